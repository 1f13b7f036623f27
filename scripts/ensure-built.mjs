// What the tests read from a build (dist/cdn, dist/embed, custom-elements.json), built when it is
// missing or older than the sources, so `npm test` on a fresh clone tests the code in front of it.
// `npm run build` writes dist/.build-stamp last; a build is current when that stamp is newer than
// every file it is made from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_STAMP = join(root, 'dist', '.build-stamp');
/** Files whose change makes dist/ or the manifest out of date. */
const INPUTS = [
  'src',
  'rollup.config.mjs',
  'custom-elements-manifest.config.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'scripts/build.mjs',
];
/** What the tests fetch; any of them missing means build. */
const OUTPUTS = ['dist/cdn/collab-rubrics.js', 'dist/embed/embed.js', 'dist/embed/index.html', 'custom-elements.json'];

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Why a build is needed, or '' when dist/ and the manifest are current. */
export function buildNeeded() {
  const missing = OUTPUTS.find((f) => !existsSync(join(root, f)));
  if (missing) return `${missing} is missing`;
  if (!existsSync(BUILD_STAMP)) return 'dist/ was not built by `npm run build`';
  const stamp = statSync(BUILD_STAMP).mtimeMs;
  const changed = INPUTS.find((f) => newest(join(root, f)) > stamp);
  return changed ? `${changed} changed since the last build` : '';
}

/** Runs `npm run build` when needed; exits the process if the build fails. */
export function ensureBuilt() {
  const reason = buildNeeded();
  if (!reason) return;
  console.log(`Building what the tests need (${reason})…`);
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('The build failed, so the tests of dist/ cannot run.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
