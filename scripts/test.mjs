#!/usr/bin/env node
// `npm test`: runs every test through @web/test-runner in the default engines (DEFAULT_ENGINES in
// scripts/engines.mjs: Chromium, Firefox and WebKit), one engine after the other, each in a runner
// process of its own.
// - Installs a missing engine with apt-get (Debian packages in scripts/engines.mjs) when it can.
// - WebKit: starts Xvfb (unless DISPLAY is set) and WebKitWebDriver on a free port, and stops both.
// - Builds dist/ and custom-elements.json first when they are missing or older than the sources.
// - A browser that dies mid-run: the file it was in and those not yet run run again, once, in a
//   new browser (printed under "Browser restarts").
// - Prints each engine's counts and wall time, the tests an engine cannot run (with why), and last
//   a bare `N passed, N failed` line over every engine; exits non-zero on any failure. Any other
//   skipped test did not run: it counts as failed.
// `npm test -- --files test/x.test.ts` passes arguments on; WTR_ENGINES=chromium (or a comma list) picks engines.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync } from 'node:fs';
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

/** Starts WebKitWebDriver (and Xvfb when needed) for one runner process; returns its env and a stop(). */
async function startWebKit(env) {
  env.DISPLAY ??= await ensureDisplay();
  const port = await freePort();
  // MiniBrowser's chrome shrunk (scripts/minibrowser/gtk-3.0/gtk.css) so its window can be 320 px wide.
  const driverEnv = { ...env, XDG_CONFIG_HOME: join(root, 'scripts', 'minibrowser') };
  // WTR_WEBKIT_LOG=<file>: the driver's and MiniBrowser's own output, to see why a browser died.
  const out = process.env.WTR_WEBKIT_LOG ? openSync(process.env.WTR_WEBKIT_LOG, 'a') : 'ignore';
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: ['ignore', out, out], env: driverEnv });
  children.push(driver);
  await waitForPort(port, driver, 'WebKitWebDriver');
  return { port, stop: () => driver.exitCode === null && driver.kill('SIGTERM') };
}

/** The arguments given to `npm test` without their `--files` list, to pass a list of our own. */
function withoutFiles(args) {
  const kept = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--files') while (args[i + 1] !== undefined && !args[i + 1].startsWith('--')) i++;
    else kept.push(args[i]);
  }
  return kept;
}

/**
 * Runs the suite in one engine, in a runner process of its own, so a browser that dies takes only
 * its own engine's run down. When it dies mid-run (the page's connection closes; MiniBrowser has,
 * under heavy load), the file it was in and the files not yet run are run again, once, in a new
 * browser; the restart is printed. A file that loses its browser twice counts as failed.
 */
async function runEngine(engine, extra) {
  const label = ENGINE_LABELS[engine];
  const resultsFile = `.wtr-results-${engine}-${process.pid}.json`;
  const counts = { passed: 0, failed: 0, notRun: 0, notRunList: [], skipped: [], restarts: [] };
  const started = Date.now();
  let files; // undefined: the files the arguments (or the config) name
  for (let attempt = 1; ; attempt++) {
    const env = { ...process.env, WTR_ENGINES: engine, WTR_RESULTS_FILE: resultsFile };
    const webkit = engine === 'webkit' ? await startWebKit(env) : undefined;
    if (webkit) env.WTR_WEBKIT_PORT = String(webkit.port);
    rmSync(resultsFile, { force: true });
    const args = files ? [...withoutFiles(extra), '--files', ...files] : extra;
    const run = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...args], { stdio: 'inherit', env });
    webkit?.stop();
    const r = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
    rmSync(resultsFile, { force: true });
    if (r) {
      const c = r.engines[label] ?? { passed: 0, failed: 0, notRun: 0 };
      counts.passed += c.passed;
      counts.failed += c.failed;
      counts.notRun += c.notRun;
      counts.notRunList.push(...r.notRun);
      counts.skipped.push(...r.skipped);
    }
    const left = r ? [...r.crashed, ...r.files.filter((f) => !r.finished.includes(f) && !r.crashed.includes(f))] : [];
    if (r && r.complete && left.length === 0) {
      if (run.status !== 0 && counts.failed === 0) counts.failed = 1; // the runner itself failed
      break;
    }
    const where = r?.crashed.length ? `in ${r.crashed.join(', ')}` : 'between files';
    if (!r || attempt === 2 || left.length === 0) {
      // No results, or a second browser lost too: each file left counts as one failure.
      counts.failed += Math.max(1, r?.crashed.length ?? 0);
      counts.restarts.push(
        `${label}: the runner stopped ${r ? `(the browser disconnected ${where})` : 'before any result'}; ${left.length} files not run: failed`,
      );
      break;
    }
    counts.restarts.push(
      `${label}: the browser disconnected ${where}; that file and the ${left.length - r.crashed.length} not yet run ran again in a new browser`,
    );
    files = left;
  }
  return { label, ...counts, seconds: Math.round((Date.now() - started) / 1000) };
}

const extra = process.argv.slice(2);
const started = Date.now();
const results = [];
for (const engine of wanted) results.push(await runEngine(engine, extra));
stopChildren();

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\nProperty tests' seed: ${process.env.FC_SEED ?? '20261201 (fixed; FC_SEED=random or npm run test:explore for new ones)'}`);
console.log(`\nTests by engine (${Math.round((Date.now() - started) / 1000)} s):`);
for (const r of results) {
  console.log(`  ${r.label.padEnd(9)} ${r.passed} passed, ${r.failed} failed, ${r.notRun} not run (${r.seconds} s)`);
}
const notRun = results.flatMap((r) => r.notRunList);
if (notRun.length > 0) {
  console.log('Not run (an engine limitation each):');
  for (const line of notRun) console.log(`  ${line}`);
}
const skipped = results.flatMap((r) => r.skipped);
if (skipped.length > 0) {
  console.log('Skipped (a skipped test did not run, so each counts as failed):');
  for (const line of skipped) console.log(`  ${line}`);
}
const restarts = results.flatMap((r) => r.restarts);
if (restarts.length > 0) {
  console.log('Browser restarts (a browser that died mid-run):');
  for (const line of restarts) console.log(`  ${line}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
