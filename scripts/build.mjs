#!/usr/bin/env node
// `npm run build`: everything in dist/ from a clean checkout.
//   1. removes dist/;
//   2. rollup (rollup.config.mjs): the npm modules, dist/cdn/ and dist/embed/;
//   3. tsc -p tsconfig.build.json: .d.ts files next to the npm modules;
//   4. `npm run analyze` (custom-elements.json), when that script exists;
//   5. dist/.build-stamp, which `npm test` compares with the sources (scripts/ensure-built.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

function run(label, command, args) {
  const started = Date.now();
  console.log(`build: ${label}…`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed${result.error ? ` (${result.error.message})` : ''}`);
    process.exit(result.status ?? 1);
  }
  console.log(`build: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The path of a package's bin script, run with this Node (no shell, no PATH lookup). */
function bin(pkg, name) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
  return join(dirname(manifestPath), rel);
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
run('rollup', process.execPath, [bin('rollup', 'rollup'), '-c', 'rollup.config.mjs']);
run('declarations', process.execPath, [bin('typescript', 'tsc'), '-p', 'tsconfig.build.json']);

const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
if (scripts.analyze) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run('custom-elements.json (npm run analyze)', npm, ['run', '--silent', 'analyze']);
} else {
  console.log('build: no "analyze" script, custom-elements.json not generated');
}
writeFileSync(join(root, 'dist', '.build-stamp'), `${new Date().toISOString()}\n`);
