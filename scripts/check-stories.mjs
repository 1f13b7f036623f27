#!/usr/bin/env node
// Renders every story of the built Storybook (storybook-static/) in headless Chromium (two pages
// at a time, one page load per story), and fails when one does not finish cleanly: an error on the page, a render
// error, or a `play` function that threw. It also counts the accessibility addon's violations
// (axe, WCAG 2.2 AA tags) per story and fails on any. Run after `npm run build-storybook`;
// `node scripts/check-storybook.mjs` runs both.
//
//   node scripts/check-stories.mjs            every story
//   node scripts/check-stories.mjs <filter>   stories whose id contains <filter>
import { startDevServer } from '@web/dev-server';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const index = join(root, 'storybook-static/index.json');
if (!existsSync(index)) {
  console.error('check-stories: storybook-static/index.json is missing; run `npm run build-storybook` first.');
  process.exit(1);
}
const filter = process.argv[2] ?? '';
const stories = Object.values(JSON.parse(readFileSync(index, 'utf8')).entries)
  .filter((e) => e.type === 'story' && e.id.includes(filter))
  .map((e) => e.id);

const executablePath = findChromium();
if (!executablePath) {
  console.error('check-stories: no Chromium found (set CHROME_PATH).');
  process.exit(1);
}

const server = await startDevServer({
  config: { rootDir: root, port: 0 },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const started = performance.now();
const failures = [];
/** Opens stories from the shared queue in one page until it is empty. */
async function worker(queue, lines) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  // Listen to Storybook's channel from the first moment, before any story renders.
  await page.addInitScript(() => {
    window.__crStory = { errors: [], finished: undefined };
    const attach = setInterval(() => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) return;
      clearInterval(attach);
      const note = (kind) => (e) => window.__crStory.errors.push(`${kind}: ${e?.message ?? JSON.stringify(e)}`);
      channel.on('playFunctionThrewException', note('play function threw'));
      channel.on('storyThrewException', note('story threw'));
      channel.on('storyErrored', note('story errored'));
      channel.on('unhandledErrorsWhilePlaying', note('unhandled errors while playing'));
      channel.on('storyFinished', (e) => (window.__crStory.finished = e));
    }, 1);
  });
  const { port } = server.server.address();
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const pageErrors = [];
    const onError = (e) => pageErrors.push(`page error: ${e.message}`);
    page.on('pageerror', onError);
    await page.goto(`http://localhost:${port}/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    const result = await page
      .waitForFunction(() => window.__crStory?.finished, null, { timeout: 30_000, polling: 50 })
      .then(() => page.evaluate(() => window.__crStory))
      .catch(() => ({ errors: ['did not finish within 30 s'], finished: undefined }));
    page.off('pageerror', onError);
    const violations = (result.finished?.reporters ?? [])
      .filter((r) => r.type === 'a11y')
      .flatMap((r) => r.result?.violations ?? [])
      .map((v) => `a11y: ${v.id} (${v.nodes?.length ?? 0} nodes)`);
    const problems = [...pageErrors, ...result.errors, ...violations];
    if (result.finished?.status === 'error' && problems.length === 0) problems.push('finished with status "error"');
    if (problems.length > 0) failures.push({ id, problems });
    lines.set(id, `${problems.length ? 'FAIL' : 'ok  '} ${id}${problems.length ? `\n       ${problems.join('\n       ')}` : ''}`);
  }
  await page.close();
}
try {
  const queue = [...stories];
  const lines = new Map();
  await Promise.all([worker(queue, lines), worker(queue, lines)]);
  for (const id of stories) console.log(lines.get(id));
} finally {
  await browser.close();
  await server.stop();
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`check-stories: ${stories.length - failures.length} of ${stories.length} stories rendered cleanly in ${seconds} s`);
if (failures.length > 0) process.exit(1);
