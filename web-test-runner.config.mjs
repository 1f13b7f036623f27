// Tests run in real Chromium (Debian's, or CHROME_PATH) through Playwright's launcher.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { countReporter } from './scripts/count-reporter.mjs';
import { findChromium } from './scripts/find-chromium.mjs';
import { cspMiddleware } from './test/csp/middleware.mjs';
import { lrsPlugin } from './scripts/lrs.mjs';
import { axTreePlugin } from './test/helpers/ax-tree-plugin.mjs';

const args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  middleware: [cspMiddleware],
  reporters: [defaultReporter(), countReporter()],
  // A real Learning Record Store (scripts/lrs.mjs) for the xAPI tests, started on first use.
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }), lrsPlugin(), axTreePlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args },
    }),
  ],
};
