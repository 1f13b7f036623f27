#!/usr/bin/env node
// `npm test`: finds (or installs) Chromium, runs every test in it through @web/test-runner, then
// prints a bare `N passed, N failed` line from the runner's results and exits non-zero on failure.
// It first builds what the tests of the built files need (dist/, custom-elements.json) when that is
// missing or older than the sources, so a fresh clone passes with nothing built. A skipped test
// did not run: it counts as failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBuilt } from './ensure-built.mjs';
import { findChromium } from './find-chromium.mjs';
import { ensureLrsInstalled } from './lrs.mjs';

function ensureChromium() {
  if (findChromium()) return;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log('No Chromium found: installing Debian\'s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  if (!findChromium()) {
    console.error('No Chromium or Chrome found. Install one (Debian: apt-get install chromium) or set CHROME_PATH.');
    process.exit(2);
  }
}

ensureChromium();
ensureBuilt();
// The xAPI tests send to a real LRS installed under test/lrs/ (its own package.json, not the library's).
ensureLrsInstalled();
const results = '.wtr-results.json';
rmSync(results, { force: true });
const extra = process.argv.slice(2);
const run = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...extra], {
  stdio: 'inherit',
  env: { ...process.env, WTR_RESULTS_FILE: results },
});

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(results)) {
  ({ passed, failed, skipped = 0 } = JSON.parse(readFileSync(results, 'utf8')));
}
if (skipped > 0) {
  console.log(`${skipped} skipped: a skipped test did not run, so it counts as failed`);
  failed += skipped;
}
if (run.status !== 0 && failed === 0) failed = 1; // the runner itself failed (compile error, crash)
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
