#!/usr/bin/env node
// `npm run size`: gzip (zlib level 9) and brotli (quality 11) sizes of the browser bundles
// (dist/cdn/*.js, dist/embed/*.js) and the size goals. A benchmark: it exits 0 over budget too.
//   node scripts/size.mjs           the table and the goals
//   node scripts/size.mjs --why     also the biggest input modules of each CDN bundle (esbuild metafile)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KiB = 1024;
const dirs = ['dist/cdn', 'dist/embed'];
const GOALS = [
  { label: 'everything (cdn/collab-rubrics.js)', files: ['dist/cdn/collab-rubrics.js'], limit: 40 * KiB },
  {
    label: 'one rubric element (each cdn/cr-*.js)',
    files: ['cr-rubric', 'cr-team-assessment', 'cr-coherence-progression', 'cr-slt-indicators', 'cr-relationship-continuum'].map(
      (n) => `dist/cdn/${n}.js`,
    ),
    limit: 25 * KiB,
  },
];

if (!dirs.some((d) => existsSync(d))) {
  console.log('size: dist/cdn and dist/embed are missing; run `npm run build` first.');
  process.exit(0);
}

const measure = (file) => {
  const raw = readFileSync(file);
  return {
    file,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
  };
};

const rows = dirs
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.js'))
      .sort()
      .map((f) => measure(join(d, f))),
  );
const bySize = new Map(rows.map((r) => [r.file, r]));

const kib = (n) => `${(n / KiB).toFixed(2)} KiB`;
const table = [['file', 'raw', 'gzip -9', 'brotli'], ...rows.map((r) => [r.file, kib(r.raw), kib(r.gzip), kib(r.brotli)])];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
console.log('');

console.log('goals (gzip -9):');
for (const goal of GOALS) {
  for (const file of goal.files) {
    const r = bySize.get(file);
    if (!r) {
      console.log(`  MISSING  ${goal.label}: ${file} not built`);
      continue;
    }
    const verdict = r.gzip <= goal.limit ? 'PASS' : 'OVER';
    const delta = r.gzip - goal.limit;
    console.log(
      `  ${verdict}  ${goal.label}: ${file} ${kib(r.gzip)} / ${kib(goal.limit)} (${delta > 0 ? '+' : ''}${kib(delta)})`,
    );
  }
}

if (process.argv.includes('--why')) {
  // Which inputs make up each bundle: an esbuild build of the same entries with a metafile. esbuild
  // is not the bundler that made dist/cdn (rollup + terser is), so use the numbers as proportions.
  const { build } = await import('esbuild');
  const entries = {
    'collab-rubrics': 'src/all.ts',
    'cr-team-assessment': 'src/components/team-assessment/cr-team-assessment.ts',
  };
  for (const [name, entry] of Object.entries(entries)) {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      conditions: ['production'],
      write: false,
      metafile: true,
      tsconfig: 'tsconfig.json',
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0];
    const groups = new Map();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      const group = m ? m[1] : input.replace(/^src\/([^/]+\/[^/]+).*$/, 'src/$1');
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
    console.log(`\n${name} (esbuild, minified, before compression): ${kib(output.bytes)}`);
    for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
      console.log(`  ${kib(bytes).padStart(11)}  ${group}`);
    }
  }
}
