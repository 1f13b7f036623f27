#!/usr/bin/env node
// Fails when Storybook does not build or a story does not work. Runs `npm run build-storybook`
// (which regenerates custom-elements.json first), then checks that storybook-static/ has
// index.html and index.json and that index.json lists every story file: each
// stories/**/*.stories.ts with at least one story and each stories/**/*.mdx as a docs page. Then
// renders every story in Chromium (scripts/check-stories.mjs): no error, no failed `play`
// function, no accessibility violation. Prints the times. Works offline.
//
//   node scripts/check-storybook.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'storybook-static');

function fail(message, output = '') {
  if (output) process.stderr.write(output.endsWith('\n') ? output : `${output}\n`);
  console.error(`check-storybook: ${message}`);
  process.exit(1);
}

/** Story files under stories/, as Storybook writes them in index.json (`./stories/…`). */
function storyFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return storyFiles(path);
    return /\.stories\.ts$|\.mdx$/.test(name) ? [`./${relative(root, path).split('\\').join('/')}`] : [];
  });
}

const started = performance.now();
const build = spawnSync('npm', ['run', 'build-storybook'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  maxBuffer: 64 * 1024 * 1024,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (build.error) fail(`could not run npm: ${build.error.message}`);
if (build.status !== 0) fail(`npm run build-storybook exited with ${build.status} after ${seconds} s`, `${build.stdout}${build.stderr}`);

for (const file of ['index.html', 'index.json', 'iframe.html']) {
  if (!existsSync(join(out, file))) fail(`storybook-static/${file} is missing`);
}

let index;
try {
  index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
} catch (error) {
  fail(`storybook-static/index.json is not JSON: ${error.message}`);
}
const entries = Object.values(index.entries ?? {});
const expected = storyFiles(join(root, 'stories'));
if (expected.length === 0) fail('no story files found under stories/');

const problems = [];
for (const file of expected) {
  const mine = entries.filter((e) => e.importPath === file);
  if (file.endsWith('.mdx') && !mine.some((e) => e.type === 'docs')) problems.push(`${file}: no docs page in index.json`);
  if (file.endsWith('.stories.ts') && !mine.some((e) => e.type === 'story')) problems.push(`${file}: no stories in index.json`);
}
if (problems.length > 0) fail(`index.json does not list every story file:\n  ${problems.join('\n  ')}`);

const stories = entries.filter((e) => e.type === 'story').length;
const docs = entries.filter((e) => e.type === 'docs').length;
console.log(`check-storybook: built in ${seconds} s; ${expected.length} story files, ${stories} stories, ${docs} docs pages`);

// Then every story is rendered in Chromium: it must finish without an error, a failed `play`
// function or an accessibility violation (scripts/check-stories.mjs).
const rendered = spawnSync(process.execPath, [join(root, 'scripts/check-stories.mjs')], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const lines = `${rendered.stdout}${rendered.stderr}`.trimEnd().split('\n');
if (rendered.status !== 0) fail('a story did not render cleanly', lines.filter((l) => !l.startsWith('ok ')).join('\n'));
console.log(lines.at(-1));
