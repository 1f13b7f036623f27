// `npm run demo`: the demo page with every rubric, served from source.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  appIndex: 'demo/index.html',
  open: false,
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: { exportConditions: ['production', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
