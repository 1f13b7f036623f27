#!/usr/bin/env node
// Screenshots of <cr-rubric-report> (demo/report.html, generated team data) at 375 and 1280 px,
// into docs/screenshots/: the team assessment with 12 and 30 members, the Coherence Progression
// (Opportunity marks, two cycles), the SLT heat table and the continuum. Serves the repository
// from source, as `npm run demo` does.
//   node scripts/report-screenshots.mjs
import { startDevServer } from '@web/dev-server';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import config from '../web-dev-server.config.mjs';
import { findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const shots = [
  ['team-assessment', 12],
  ['team-assessment', 30],
  ['coherence-progression', 12],
  ['slt-indicators', 30],
  ['relationship-continuum', 5],
];
// The demo's own server settings (web-dev-server.config.mjs), as scripts/screenshot.mjs uses them.
process.chdir(root);
const server = await startDevServer({
  config: { ...config, port: 0, hostname: '127.0.0.1', middleware: [], logStartMessage: false, clearTerminalOnReload: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://127.0.0.1:${server.server.address().port}/demo/report.html`;
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [rubric, members] of shots) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.on('pageerror', (e) => console.error(`${rubric}: ${e.message}`));
      await page.goto(`${base}?rubric=${rubric}&members=${members}`, { waitUntil: 'networkidle' });
      await page.locator('cr-rubric-report').evaluate((el) => el.updateComplete);
      const file = join(out, `report-${rubric}-${members}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file.slice(root.length));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
