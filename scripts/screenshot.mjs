#!/usr/bin/env node
// `npm run screenshots`: photographs each built-in rubric (filled with the tests' deterministic
// answers) at 375 and 1280 px, and the team report, into docs/screenshots/<id>-<width>.png.
// It serves the sources itself (web-dev-server.config.mjs, on a free port on 127.0.0.1) and opens
// demo/screenshots.html in headless Chromium; only the element is photographed, not the page.
//   node scripts/screenshot.mjs [--only id,id] [--widths 375,1280] [--font 200] [--density compact] [--out dir]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import config from '../web-dev-server.config.mjs';
import { builtIns } from './builtins.mjs';
import { findChromium } from './find-chromium.mjs';

const MAX_HEIGHT = 2400;
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    widths: { type: 'string', default: '375,1280' },
    font: { type: 'string', default: '100' },
    density: { type: 'string', default: '' },
    out: { type: 'string', default: 'docs/screenshots' },
  },
});
const ids = values.only ? values.only.split(',') : [...builtIns.map((b) => b.id), 'report'];
const widths = values.widths.split(',').map(Number);
mkdirSync(values.out, { recursive: true });
// pngquant (Debian's `pngquant`) makes the files about a third of the size; without it they are kept as Chromium saves them.
const pngquant = (() => {
  try {
    execFileSync('pngquant', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('pngquant not found (apt-get install pngquant): the screenshots are saved unquantized, about three times larger');
    return false;
  }
})();

const server = await startDevServer({
  config: { ...config, port: 0, hostname: '127.0.0.1', middleware: [], logStartMessage: false, clearTerminalOnReload: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server.address();
const base = `http://127.0.0.1:${address.port}/demo/screenshots.html`;
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
let failed = 0;
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    page.on('pageerror', (e) => {
      failed++;
      console.error(`pageerror: ${e.message}`);
    });
    for (const id of ids) {
      const query = new URLSearchParams({ rubric: id, ...(values.density ? { density: values.density } : {}) });
      await page.goto(`${base}?${query}`);
      if (values.font !== '100') await page.addStyleTag({ content: `html { font-size: ${values.font}% }` });
      await page.waitForSelector('body[data-ready]');
      // Fonts and the report's charts settle after the first frame.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(150);
      const file = `${values.out}/${id}-${width}${values.density ? `-${values.density}` : ''}${values.font !== '100' ? `-${values.font}` : ''}.png`;
      // The element only, and at most MAX_HEIGHT px of it: the head and the first items tell the
      // layout; a whole Coherence Progression at 375 px would be 20,000 px tall.
      const box = await page.locator('#shot').boundingBox();
      await page.screenshot({
        path: file,
        animations: 'disabled',
        fullPage: true,
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_HEIGHT) },
      });
      if (pngquant) execFileSync('pngquant', ['--quality', '60-90', '--speed', '3', '--force', '--skip-if-larger', '--output', file, file]);
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
