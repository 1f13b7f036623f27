// Tests run in three engines: Chromium (Debian's, or CHROME_PATH) through Playwright's launcher,
// Firefox ESR through Puppeteer over WebDriver BiDi, and WebKit (WebKitGTK's MiniBrowser) through
// WebKitWebDriver. `npm test` (scripts/test.mjs) installs what is missing, starts Xvfb and the
// WebKit driver, and passes WTR_ENGINES / WTR_WEBKIT_PORT; `WTR_ENGINES=chromium` runs one engine.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { countReporter } from './scripts/count-reporter.mjs';
import { findEngine, wantedEngines } from './scripts/engines.mjs';
import { engineCommandsPlugin } from './scripts/engine-commands.mjs';
import { cspMiddleware } from './test/csp/middleware.mjs';
import { lrsPlugin } from './scripts/lrs.mjs';
import { axTreePlugin } from './test/helpers/ax-tree-plugin.mjs';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const launchers = {
  async chromium() {
    return playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findEngine('chromium'), headless: true, args: chromiumArgs },
    });
  },
  async firefox() {
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    return puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findEngine('firefox'),
        headless: true,
        // No first-run pages, updates or telemetry; the tests' own storage only.
        extraPrefsFirefox: {
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'app.update.enabled': false,
        },
      },
    });
  },
  async webkit() {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    return webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WTR_WEBKIT_PORT ?? 4444),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only: a BiDi (webSocketUrl) request fails the session.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findEngine('webkit'), args: ['--automation'] },
      },
    });
  },
};

const wanted = wantedEngines();

// Property and model tests: one fixed seed unless FC_SEED says otherwise (test/helpers/fc-seed.ts).
const fcSeed = process.env.FC_SEED ?? '20261201';
if (!/^(random|-?\d+)$/.test(fcSeed)) throw new Error(`FC_SEED: "${fcSeed}" is neither a number nor "random"`);

export default {
  files: ['test/**/*.test.ts'],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head></head><body><script type="module" src="/test/helpers/fc-seed.ts?seed=${fcSeed}"></script><script type="module" src="${testFramework}"></script></body></html>`,
  nodeResolve: { exportConditions: ['production', 'browser'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  middleware: [cspMiddleware],
  reporters: [defaultReporter(), countReporter()],
  // A real Learning Record Store (scripts/lrs.mjs) for the xAPI tests, started on first use; the
  // accessibility tree (Chromium only) for the speech tests.
  plugins: [
    engineCommandsPlugin(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    lrsPlugin(),
    axTreePlugin(),
  ],
  browsers: await Promise.all(wanted.map((engine) => launchers[engine]())),
};
