#!/usr/bin/env node
// `npm test`: runs every test through @web/test-runner in the default engines (DEFAULT_ENGINES in
// scripts/engines.mjs: Chromium for now; `npm run test:engines`: Chromium, Firefox and WebKit, one after the other).
// - Installs a missing engine with apt-get (Debian packages in scripts/engines.mjs) when it can.
// - WebKit: starts Xvfb (unless DISPLAY is set) and WebKitWebDriver on a free port, and stops both.
// - Builds dist/ and custom-elements.json first when they are missing or older than the sources.
// - Prints each engine's counts, the tests an engine cannot run (with why), and last a bare
//   `N passed, N failed` line over every engine; exits non-zero on any failure. Any other skipped
//   test did not run: it counts as failed.
// `npm test -- --files test/x.test.ts` passes arguments on; WTR_ENGINES=chromium (or a comma list) picks engines.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_LABELS, ENGINE_PACKAGES, ENGINE_TOOLS, findEngine, wantedEngines } from './engines.mjs';
import { ensureBuilt } from './ensure-built.mjs';
import { ensureLrsInstalled } from './lrs.mjs';

// WTR_ENGINES, or DEFAULT_ENGINES (docs/engines.md, "Status").
let wanted;
try {
  wanted = wantedEngines();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const hasTool = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
const installed = (engine) => Boolean(findEngine(engine)) && ENGINE_TOOLS[engine].every(hasTool);

function ensureEngines() {
  const missing = wanted.filter((e) => !installed(e));
  if (missing.length === 0) return;
  const packages = missing.flatMap((e) => ENGINE_PACKAGES[e]);
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log(`Installing Debian packages for ${missing.map((e) => ENGINE_LABELS[e]).join(', ')}: ${packages.join(' ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  }
  const still = missing.filter((e) => !installed(e));
  if (still.length > 0) {
    for (const e of still) {
      console.error(`${ENGINE_LABELS[e]} is not installed (Debian: apt-get install ${ENGINE_PACKAGES[e].join(' ')}).`);
    }
    console.error(
      'Or run fewer engines: WTR_ENGINES=chromium npm test. Set CHROME_PATH, FIREFOX_PATH or WEBKIT_MINIBROWSER for other installs.',
    );
    process.exit(2);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, name) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not answer on port ${port}`);
}

const children = [];
function stopChildren() {
  for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** Starts Xvfb on a free display when none is set; returns the DISPLAY value. */
async function ensureDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  for (let n = 99; n < 120; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    children.push(xvfb);
    for (let i = 0; i < 50 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) {
      if (xvfb.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (existsSync(`/tmp/.X11-unix/X${n}`)) return `:${n}`;
  }
  throw new Error('Could not start Xvfb on any display from :99 to :119');
}

ensureEngines();
// What the tests of the built files read (dist/, custom-elements.json), when missing or stale.
ensureBuilt();
// The xAPI tests send to a real LRS installed under test/lrs/ (its own package.json, not the library's).
ensureLrsInstalled();
const env = { ...process.env, WTR_ENGINES: wanted.join(','), WTR_RESULTS_FILE: '.wtr-results.json' };
if (wanted.includes('webkit')) {
  env.DISPLAY = await ensureDisplay();
  const port = await freePort();
  // MiniBrowser's chrome shrunk (scripts/minibrowser/gtk-3.0/gtk.css) so its window can be 320 px wide.
  const driverEnv = { ...env, XDG_CONFIG_HOME: join(root, 'scripts', 'minibrowser') };
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: driverEnv });
  children.push(driver);
  await waitForPort(port, driver, 'WebKitWebDriver');
  env.WTR_WEBKIT_PORT = String(port);
}

rmSync(env.WTR_RESULTS_FILE, { force: true });
const extra = process.argv.slice(2);
const started = Date.now();
const run = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...extra], {
  stdio: 'inherit',
  env,
});
stopChildren();

let totals = { passed: 0, failed: 0, engines: {}, notRun: [], skipped: [] };
if (existsSync(env.WTR_RESULTS_FILE)) totals = JSON.parse(readFileSync(env.WTR_RESULTS_FILE, 'utf8'));
let { passed, failed } = totals;
console.log(`\nProperty tests' seed: ${process.env.FC_SEED ?? '20261201 (fixed; FC_SEED=random or npm run test:explore for new ones)'}`);
console.log(`\nTests by engine (${Math.round((Date.now() - started) / 1000)} s):`);
for (const [engine, c] of Object.entries(totals.engines)) {
  const time = c.seconds === undefined ? '' : ` (${c.seconds} s)`;
  console.log(`  ${engine.padEnd(9)} ${c.passed} passed, ${c.failed} failed, ${c.notRun} not run${time}`);
}
if (totals.notRun.length > 0) {
  console.log('Not run (an engine limitation each):');
  for (const line of totals.notRun) console.log(`  ${line}`);
}
if (totals.skipped?.length > 0) {
  console.log('Skipped (a skipped test did not run, so each counts as failed):');
  for (const line of totals.skipped) console.log(`  ${line}`);
}
if (run.status !== 0 && failed === 0) failed = 1; // the runner itself failed (compile error, crash)
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
