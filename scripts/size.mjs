#!/usr/bin/env node
// `npm run size`: gzip (zlib level 9) and brotli (quality 11) sizes of the browser bundles
// (dist/cdn/**/*.js, dist/embed/*.js), what each CDN file loads on demand, and the size goals.
// A benchmark: it exits 0 over budget too.
//   node scripts/size.mjs           the table, the on-demand files and the goals
//   node scripts/size.mjs --why [file…]   also where the bytes of the all-in-one and the Coherence
//                                   files (or the named ones: cr-team-assessment) come from: each
//                                   module's share of the gzipped file
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { taggedBuiltIns } from './builtins.mjs';

const KiB = 1024;
const dirs = ['dist/cdn', 'dist/embed'];
const ELEMENTS = ['cr-rubric', ...taggedBuiltIns.map((b) => b.tag)];
const GOALS = [
  // With what it imports statically (the shared Lit); the validator and the rest load on demand.
  { label: 'everything (cdn/collab-rubrics.js and the shared Lit)', files: ['dist/cdn/collab-rubrics.js'], limit: 40 * KiB, closure: true },
  // With the shared Lit chunk it imports (chunks/lit-*.js), which a page loads once for all its elements.
  // The Coherence Progression's goal adds its rubric text (42 descriptors, 5.6 KiB gzipped, three to
  // seven times any other built-in's): docs/decisions.md, "Bundle size".
  {
    label: 'one rubric element (each cdn/cr-*.js and the shared Lit)',
    files: ELEMENTS.map((n) => `dist/cdn/${n}.js`),
    limit: 25 * KiB,
    closure: true,
    withText: new Set(['coherence-progression']),
  },
  // With what it imports statically (its chunks): what a page with the editor downloads up front.
  {
    label: 'the rubric editor (cdn/cr-rubric-editor.js and its static imports)',
    files: ['dist/cdn/cr-rubric-editor.js'],
    limit: 60 * KiB,
    closure: true,
  },
];

if (!dirs.some((d) => existsSync(d))) {
  console.log('size: dist/cdn and dist/embed are missing; run `npm run build` first.');
  process.exit(0);
}

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const measure = (file) => {
  const raw = readFileSync(file);
  return {
    file,
    raw: raw.length,
    gzip: gzip(raw),
    brotli: brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length,
  };
};

const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : f.endsWith('.js') ? [join(dir, f)] : []));
const rows = dirs
  .filter((d) => existsSync(d))
  .flatMap(walk)
  .map(measure);
const bySize = new Map(rows.map((r) => [r.file, r]));

const kib = (n) => `${(n / KiB).toFixed(2)} KiB`;
const table = [['file', 'raw', 'gzip -9', 'brotli'], ...rows.map((r) => [r.file, kib(r.raw), kib(r.gzip), kib(r.brotli)])];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
console.log('');

// What a CDN file fetches later, and only when needed: `import("./…")` (with the static imports of
// those files). A page showing a built-in rubric in English, with no stored draft, fetches none.
const importsOf = (file, pattern) =>
  [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => join(dirname(file), m[1])).filter((f) => existsSync(f));
const staticClosure = (file, seen = new Set()) => {
  for (const dep of importsOf(file, /(?:^|[;}\s])(?:import|export)\s*(?:[\w${}\s,*]+from\s*)?["'](\.[^"']+)["']/g)) {
    if (!seen.has(dep)) {
      seen.add(dep);
      staticClosure(dep, seen);
    }
  }
  return seen;
};
const WHY = [
  [/^chunks\/untrusted-/, 'validation, older versions, cross-tab merge (with parse-*): for a definition, src, host value or stored draft'],
  [/^chunks\/parse-/, 'the validator itself (zod)'],
  [/^chunks\/(load|definition-load)-/, 'the src loader (with @lit/task): for a src'],
  [/^chunks\/response-merges-/, 'merging a host value, form state or stored draft: with the validator or autosave'],
  [
    /^chunks\/progress-/,
    'the progress bar and Next unrated: fetched in the task after the first update of a rubric, by every page with one; nothing waits for it',
  ],
  [
    /^chunks\/after-render-/,
    "the edit path, arrow keys, the summary's counts, notices and problem displays: fetched after a rubric's first update, by every page with one; nothing waits for it",
  ],
  [/^chunks\/(draft-controller|set-aside)-/, 'autosave: for a storage-key or an id'],
  [
    /^chunks\/(levels|checklist|prompts|descriptor-grid|indicator-table|continuum|bipolar-scale|rating-scale|choices|compact-points)-/,
    'a layout the file does not carry',
  ],
  [/^chunks\/subjects-/, 'the rated-subjects rows (partners)'],
  [/^chunks\/builtins-/, 'the built-ins registry: for a `rubric` attribute'],
  [/^chunks\/lrs-|^xapi\.js$/, 'the LRS sender: for an xapi-endpoint'],
  [/^locales\/[a-z]{2,3}\.js$/, 'the interface in another language'],
  [/^locales\/(report|editor|embed)\.[a-z]{2,3}\.js$/, "an element's own interface (the report's, the editor's) in another language"],
  [/^locales\//, 'a built-in rubric in another language'],
  [/^chunks\/lit-/, 'Lit, shared by every per-element file on a page'],
  [/^chunks\//, 'a built-in definition: for a `rubric` attribute naming it'],
];
const onDemand = new Map();
for (const name of ['collab-rubrics', ...ELEMENTS]) {
  const file = `dist/cdn/${name}.js`;
  if (!existsSync(file)) continue;
  // What the file loads up front (itself, the shared Lit) is not on demand, even when a lazy chunk
  // imports from it (a chunk that needs the element's own modules imports them from the element).
  const upFront = new Set([file, ...staticClosure(file)]);
  for (const dep of importsOf(file, /import\(["'](\.[^"']+)["']\)/g)) {
    for (const f of [dep, ...staticClosure(dep)]) {
      if (upFront.has(f)) continue;
      const key = relative('dist/cdn', f).replace(/\\/g, '/');
      onDemand.set(key, [...new Set([...(onDemand.get(key) ?? []), name])]);
    }
  }
}
console.log(
  'loaded on demand (gzip -9); a page showing built-in rubrics in English, with no stored draft, loads none but progress-* and after-render-*:',
);
for (const [key, users] of [...onDemand].sort()) {
  const why = WHY.find(([pattern]) => pattern.test(key))?.[1];
  const who = users.length === 1 + ELEMENTS.length ? 'every CDN file' : users.map((u) => `${u}.js`).join(', ');
  console.log(`  ${key.padEnd(28)} ${kib(gzip(readFileSync(join('dist/cdn', key)))).padStart(10)}  ${why ? `${why}; ` : ''}from ${who}`);
}
console.log('');

/**
 * The gzipped rubric text of a built-in element whose goal adds it: its definition as the built
 * file carries it, which is also the chunk the built-ins registry loads for `rubric="<id>"`.
 */
function textOf(goal, file) {
  const tag = file.replace(/^dist\/cdn\/(.*)\.js$/, '$1');
  const id = taggedBuiltIns.find((b) => b.tag === tag)?.id;
  if (!id || !goal.withText?.has(id)) return undefined;
  const chunk = rows.find((r) => r.file.startsWith(`dist/cdn/chunks/${id}-`) && /-[\w-]{8}\.js$/.test(r.file));
  return chunk?.gzip;
}

console.log('goals (gzip -9: the file a page showing built-in rubrics in English, with no stored draft, downloads):');
for (const goal of GOALS) {
  for (const file of goal.files) {
    const own = bySize.get(file);
    const r =
      own && goal.closure ? { ...own, gzip: [...staticClosure(file)].reduce((sum, f) => sum + (bySize.get(f)?.gzip ?? 0), own.gzip) } : own;
    if (!r) {
      console.log(`  MISSING  ${goal.label}: ${file} not built`);
      continue;
    }
    const text = textOf(goal, file);
    const limit = goal.limit + (text ?? 0);
    const verdict = r.gzip <= limit ? 'PASS' : 'OVER';
    const delta = r.gzip - limit;
    const of = text === undefined ? kib(limit) : `${kib(limit)} (${kib(goal.limit)} + its rubric text, ${kib(text)})`;
    console.log(`  ${verdict}  ${goal.label}: ${file} ${kib(r.gzip)} / ${of} (${delta > 0 ? '+' : ''}${kib(delta)})`);
  }
}

// A page in Spanish also loads the interface's translation and, for a built-in element, the
// rubric's own translation (locales/rubrics.js and locales/<id>.es.js); nothing of it in English.
const inSpanish = ['dist/cdn/locales/es.js', 'dist/cdn/locales/rubrics.js'];
if (inSpanish.every((f) => existsSync(f))) {
  console.log(
    'in Spanish (gzip -9: the same, plus locales/es.js, and for a built-in element locales/rubrics.js and its locales/<id>.es.js):',
  );
  const idOfTag = new Map(taggedBuiltIns.map((b) => [b.tag, b.id]));
  for (const file of GOALS[1].files) {
    if (!bySize.has(file)) continue;
    const id = idOfTag.get(file.replace(/^dist\/cdn\/(.*)\.js$/, '$1'));
    const extra = [inSpanish[0], ...(id ? [inSpanish[1], `dist/cdn/locales/${id}.es.js`] : [])].filter((f) => existsSync(f));
    const total = [file, ...staticClosure(file), ...extra].reduce((sum, f) => sum + (bySize.get(f)?.gzip ?? gzip(readFileSync(f))), 0);
    console.log(
      `  ${file} ${kib(total)} (${extra.map((f) => f.replace('dist/cdn/', '')).join(' + ')}: +${kib(extra.reduce((sum, f) => sum + bySize.get(f).gzip, 0))})`,
    );
  }
}

if (process.argv.includes('--why')) {
  // Each module's share of the gzipped file: the same rollup build as dist/cdn without terser,
  // every module minified on its own (names not mangled), then gzip of the whole minus gzip of
  // the whole without that module. Shares do not add up exactly to the file: read them as weights.
  const [{ rollup }, { minify }, { default: config }] = await Promise.all([
    import('rollup'),
    import('terser'),
    import('../rollup.config.mjs'),
  ]);
  // `--why cr-team-assessment …` picks the files; by default the all-in-one and Coherence.
  const named = process.argv.slice(process.argv.indexOf('--why') + 1).filter((a) => !a.startsWith('-'));
  const targets = named.length > 0 ? named : ['collab-rubrics', 'cr-coherence-progression'];
  for (const name of targets) {
    const key = name;
    const cfg = config.find((c) => c.output.file === key || (c.output.dir === 'dist/cdn' && Object.keys(c.input ?? {})[0] === key));
    const bundle = await rollup({ ...cfg, plugins: cfg.plugins.filter((p) => p.name !== 'terser'), onwarn() {} });
    const { output } = await bundle.generate({ ...cfg.output, file: undefined, dir: 'dist/.size-why' });
    const parts = [];
    for (const [id, m] of Object.entries(output[0].modules)) {
      if (!m.code) continue;
      const { code } = await minify(m.code, { module: true, compress: false, mangle: false, format: { comments: false } });
      const group = id.includes('/node_modules/')
        ? id.replace(/.*\/node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')
        : relative(process.cwd(), id).replace(/\\/g, '/');
      parts.push({ group, code: code ?? m.code });
    }
    const whole = gzip(parts.map((p) => p.code).join('\n'));
    const shares = new Map();
    parts.forEach((p, i) => {
      const without = gzip(
        parts
          .filter((_, j) => j !== i)
          .map((q) => q.code)
          .join('\n'),
      );
      shares.set(p.group, (shares.get(p.group) ?? 0) + whole - without);
    });
    console.log(`\n${name}.js, without its on-demand files (unmangled: ${kib(whole)} gzipped):`);
    for (const [group, bytes] of [...shares].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`  ${kib(bytes).padStart(10)}  ${group}`);
    }
  }
}
