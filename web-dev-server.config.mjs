// `npm run demo`: the demo page with every rubric, served from source.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  appIndex: 'demo/index.html',
  // The address the README gives (http://localhost:8000) opens the demo; the server's root is the
  // repository, so that the demo can load src/ and node_modules/.
  middleware: [
    (context, next) => {
      if (context.path !== '/') return next();
      context.redirect('/demo/');
      return undefined;
    },
  ],
  open: false,
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: { exportConditions: ['production', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
