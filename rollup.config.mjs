// Builds everything in dist/ except the .d.ts files (scripts/build.mjs runs tsc for those):
//   dist/**          the npm build: ES modules mirroring src/, with lit, @lit/context, @lit/task and zod external;
//   dist/cdn/*.js    self-contained, minified ES modules for <script type="module" src="…">;
//   dist/embed/*     a standalone page for iframes (LMS embedding) and the parent-page resize helper.
// `npm run build` (scripts/build.mjs) cleans dist/ first; run rollup directly only after that.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { taggedBuiltIns } from './scripts/builtins.mjs';
import { minifyLiterals } from './scripts/minify-literals.mjs';

const TARGET = 'es2022';

/** Silences warnings about dependencies' internals that do not affect the output. */
function onwarn(warning, warn) {
  const inDeps = (id) => typeof id === 'string' && id.includes('/node_modules/');
  // zod explains its /*@__PURE__*/ wrappers in comments rollup cannot place; zod's core/util cycle.
  if (warning.code === 'INVALID_ANNOTATION' && inDeps(warning.id)) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && (warning.ids ?? []).every(inDeps)) return;
  warn(warning);
}

// ---------------------------------------------------------------------------------------------
// npm build
// ---------------------------------------------------------------------------------------------

/** src/components/<name>/*.ts: the class modules and the define files (cr-*.ts). */
function componentFiles() {
  const root = 'src/components';
  return readdirSync(root)
    .filter((dir) => statSync(join(root, dir)).isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
        .map((f) => `${root}/${dir}/${f}`),
    )
    .sort();
}

/** `lit`, `lit/…`, `@lit/context`, `@lit/task`, `zod`, `zod/…` (and their deep imports) stay imports. */
const external = (id) => /^(lit|@lit\/context|@lit\/task|zod)(\/|$)/.test(id) || /^@lit\/reactive-element(\/|$)/.test(id);

/**
 * A built-in rubric's translation file (`src/rubrics/locales/<id>.<lang>.json`) keeps, for each
 * text, the English it was translated from; the builds keep only the translation.
 */
function translationsOnly() {
  return {
    name: 'translations-only',
    transform(code, id) {
      const lang = /[\\/]src[\\/]rubrics[\\/]locales[\\/][^\\/]+\.([a-z]{2,3})\.json$/.exec(id)?.[1];
      if (!lang) return null;
      const kept = Object.fromEntries(Object.entries(JSON.parse(code)).map(([path, entry]) => [path, { [lang]: entry[lang] }]));
      return { code: JSON.stringify(kept), map: null };
    },
  };
}

const npm = {
  input: [
    'src/index.ts',
    'src/all.ts',
    'src/respondent.ts',
    'src/report/index.ts',
    'src/interop/index.ts',
    'src/scoring/index.ts',
    'src/rubrics/index.ts',
    ...componentFiles(),
  ],
  external,
  // Keep every module's exports even when no entry uses them (each file is a public module).
  preserveEntrySignatures: 'strict',
  onwarn,
  plugins: [
    translationsOnly(),
    json({ preferConst: true, compact: true, namedExports: false }),
    esbuild({ target: TARGET, tsconfig: 'tsconfig.json', sourceMap: false }),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    // JSON definitions are inlined as modules next to where they were: dist/rubrics/team-assessment.json.js
    entryFileNames: '[name].js',
    generatedCode: 'es2015',
  },
};

// ---------------------------------------------------------------------------------------------
// CDN build: one self-contained file per entry, production Lit, minified
// ---------------------------------------------------------------------------------------------

/**
 * Drops what only authors read from the built-in definitions in the CDN and embed bundles: `notes`,
 * `$schema`, `source.pages`, and the evidence of a reconstruction (`reconstructed.source` and
 * `reconstructed.detail`; respondents see its `note`). The JSON files and the npm build keep them.
 */
function dropAuthorNotes() {
  const AUTHOR_ONLY = new Set(['notes', '$schema', 'pages']);
  const strip = (value) => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    const out = {};
    for (const [key, v] of Object.entries(value)) {
      if (AUTHOR_ONLY.has(key)) continue;
      out[key] = key === 'reconstructed' ? { note: v.note } : strip(v);
    }
    return out;
  };
  return {
    name: 'drop-author-notes',
    transform(code, id) {
      if (!/[\\/]src[\\/]rubrics[\\/][^\\/]+\.json$/.test(id)) return null;
      return { code: JSON.stringify(strip(JSON.parse(code))), map: null };
    },
  };
}

/**
 * Translations stay out of the CDN bundles: a dynamic import of a table in `src/i18n/`
 * (`import('./es.js')` in `strings.ts`, the rubric's interface; `import('../../i18n/report.es.js')`,
 * the report's) becomes `import('./locales/es.js')` or `import('./locales/report.es.js')`, a file of
 * its own that every CDN bundle shares and only a page in that language downloads. The
 * translations are built by `locales` below.
 */
const I18N_TABLE = /[\\/]src[\\/]i18n[\\/]((?:[a-z]+\.)?[a-z]{2,3})\.[jt]s$/;
function externalLocales() {
  return {
    name: 'external-locales',
    resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string' || !importer || !specifier.startsWith('.')) return null;
      const table = I18N_TABLE.exec(resolvePath(dirname(importer), specifier))?.[1];
      return table ? { id: `./locales/${table}.js`, external: true } : null;
    },
  };
}

/**
 * The built-in rubrics' translations stay out of the bundles too. `import('./locales/index.js')` in
 * `src/rubrics/in-language.ts` becomes `import('./locales/rubrics.js')` (the merging code and the
 * list of translations), whose `import('./<id>.es.json')` become `import('./<id>.es.js')`: files
 * of their own, built by `rubricLocales` below, so a page downloads only the rubrics it shows, in
 * the language it shows, and a page in English none of it.
 */
function externalRubricLocales() {
  return {
    name: 'external-rubric-locales',
    resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      if (/[\\/]src[\\/]rubrics[\\/]in-language\.ts$/.test(importer ?? '') && specifier === './locales/index.js') {
        return { id: './locales/rubrics.js', external: true };
      }
      if (!/[\\/]src[\\/]rubrics[\\/]locales[\\/]index\.ts$/.test(importer ?? '')) return null;
      const name = /^\.\/([\w-]+\.[a-z]{2,3})\.json$/.exec(specifier)?.[1];
      return name ? { id: `./${name}.js`, external: true } : null;
    },
  };
}

/**
 * The LRS sender (`src/controllers/xapi-controller.ts`: the queue, the xAPI mapping, its status
 * text), which a rubric loads only once an `xapi-endpoint` applies, stays out of the bundles too:
 * it is `xapi.js` next to them, built by `xapi` below.
 */
function externalXapi() {
  return {
    name: 'external-xapi',
    resolveDynamicImport(specifier, importer) {
      if (
        specifier !== '../../controllers/xapi-controller.js' ||
        !/[\\/]src[\\/]components[\\/]rubric[\\/]rubric\.ts$/.test(importer ?? '')
      )
        return null;
      return { id: './xapi.js', external: true };
    },
  };
}

const bundlePlugins = () => [
  externalXapi(),
  externalRubricLocales(),
  translationsOnly(),
  nodeResolve({ exportConditions: ['production'], browser: true }),
  dropAuthorNotes(),
  json({ preferConst: true, compact: true, namedExports: false }),
  esbuild({ target: TARGET, tsconfig: 'tsconfig.json', sourceMap: false }),
  minifyLiterals(),
  terser({
    module: true,
    ecma: 2022,
    compress: { passes: 2 },
    format: { comments: false },
  }),
];

/** Bundles one entry into one file (no shared chunks): duplicated Lit across files is fine. */
function bundle(input, file) {
  return {
    input,
    plugins: [externalLocales(), ...bundlePlugins()],
    onwarn,
    output: { file, format: 'es', inlineDynamicImports: true, generatedCode: 'es2015' },
  };
}

/** The CDN files: the all-in-one, the report, `cr-rubric` and each built-in's own element (src/rubrics/builtins.ts). */
/** The respondent elements' own files: what a page showing one rubric loads first (see `compileHint`). */
const RESPONDENT_ELEMENTS = new Set(['cr-rubric', ...taggedBuiltIns.map((b) => b.tag)]);

const cdnEntries = {
  'collab-rubrics': 'src/respondent.ts',
  'cr-rubric-report': 'src/components/report/cr-rubric-report.ts',
  'cr-rubric-editor': 'src/components/rubric-editor/cr-rubric-editor.ts',
  'cr-rubric': 'src/components/rubric/cr-rubric.ts',
  ...Object.fromEntries(taggedBuiltIns.map((b) => [b.tag, b.define])),
};

/**
 * The Lit the per-element files share: `src/cdn-lit.ts` built once as `dist/cdn/chunks/lit-<hash>.js`
 * (the hash covers that module and the installed Lit versions, so a new Lit gets a new name).
 */
const SHARED_LIT_SOURCE = 'src/cdn-lit.ts';
const litVersions = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context']
  .map((pkg) => `${pkg}@${JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version}`)
  .join(',');
const SHARED_LIT_FILE = `chunks/lit-${createHash('sha256').update(readFileSync(SHARED_LIT_SOURCE)).update(litVersions).digest('hex').slice(0, 8)}.js`;
const SHARED_LIT_NAMES = new Set(
  [...readFileSync(SHARED_LIT_SOURCE, 'utf8').matchAll(/export \{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((n) => n.trim())),
);
const LIT_SPECIFIER = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)(\/|$)/;

/**
 * Imports of Lit in a per-element file become imports of the shared Lit chunk; a name the chunk
 * does not export fails the build (it would otherwise fail only in the browser).
 */
function sharedLit() {
  const PLACEHOLDER = 'collab-rubrics:shared-lit';
  return {
    name: 'shared-lit',
    resolveId(source) {
      return LIT_SPECIFIER.test(source) ? { id: PLACEHOLDER, external: true } : null;
    },
    // Each file imports the chunk by its path relative to itself: `./chunks/lit-….js` or `./lit-….js`.
    renderChunk(code, chunk) {
      if (!code.includes(PLACEHOLDER)) return null;
      const path = chunk.fileName.startsWith('chunks/') ? `./${SHARED_LIT_FILE.slice('chunks/'.length)}` : `./${SHARED_LIT_FILE}`;
      return { code: code.split(PLACEHOLDER).join(path), map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [from, bindings] of Object.entries(chunk.importedBindings)) {
          if (from !== PLACEHOLDER) continue;
          for (const name of bindings) {
            if (!SHARED_LIT_NAMES.has(name)) this.error(`${chunk.fileName} imports "${name}" from Lit: add it to ${SHARED_LIT_SOURCE}`);
          }
        }
      }
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136 and later; a comment to other engines): the first line
 * `//# allFunctionsCalledOnLoad` has V8 compile every function of the file while it streams it in,
 * off the main thread, instead of each one on the main thread the first time it is called. For the
 * files a first render runs nearly all of (a rubric element's own file and the shared Lit; what it
 * does not need is in chunks), that is less main-thread time before the rubric is shown
 * (docs/performance.md, "Compile hints"). Likewise the two chunks every rubric fetches right after
 * its first render and runs at once (the progress bar) or at the first click (the edit path). Not on
 * the all-in-one (most of it is elements a page does not show) or the other chunks. Added after
 * terser, which drops comments.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const HINTED_CHUNKS = new Set(['progress', 'after-render']);
function compileHint() {
  return {
    name: 'compile-hint',
    renderChunk(code, chunk) {
      return chunk.isEntry || HINTED_CHUNKS.has(chunk.name) ? { code: `${COMPILE_HINT}\n${code}`, map: null } : null;
    },
  };
}

/** `dist/cdn/chunks/lit-<hash>.js`: the shared Lit itself. */
const sharedLitBundle = {
  input: SHARED_LIT_SOURCE,
  plugins: [...bundlePlugins(), compileHint()],
  onwarn,
  preserveEntrySignatures: 'strict',
  output: { file: `dist/cdn/${SHARED_LIT_FILE}`, format: 'es', generatedCode: 'es2015' },
};

/**
 * Each CDN file is one entry plus shared chunks: the validator and the `src` loader, needed only
 * for untrusted input, are split into `dist/cdn/chunks/` and loaded on demand, so a page showing
 * built-in rubrics never downloads them. That holds for the all-in-one `collab-rubrics.js` too:
 * building zod's schemas costs every page about 11 ms at load, and most pages never validate.
 * Lit comes from the shared chunk (`sharedLit`), loaded once however many of these files a page uses.
 */
function elementBundle(name, input) {
  return {
    input: { [name]: input },
    // The all-in-one carries its own Lit, as it always has: a page that uses it needs no other file.
    plugins: [
      ...(name === 'collab-rubrics' ? [] : [sharedLit()]),
      externalLocales(),
      ...bundlePlugins(),
      ...(RESPONDENT_ELEMENTS.has(name) ? [compileHint()] : []),
    ],
    // A lazy chunk that needs a module the element has too (the input limits, a definition the
    // registry names) imports it from the element file itself, rather than rollup moving the
    // element into a chunk behind a facade file.
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      generatedCode: 'es2015',
    },
  };
}

const cdn = [sharedLitBundle, ...Object.entries(cdnEntries).map(([name, input]) => elementBundle(name, input))];

/** `dist/cdn/locales/<lang>.js` and `<element>.<lang>.js`: one module per translation (see `externalLocales`). */
const locales = readdirSync('src/i18n')
  // The embed page's own messages are inlined in it, like its other tables.
  .filter((f) => I18N_TABLE.test(`/src/i18n/${f}`) && !f.startsWith('embed.'))
  .map((f) => bundle(`src/i18n/${f}`, `dist/cdn/locales/${f.replace(/\.ts$/, '.js')}`));

/** `xapi.js`: the LRS sender, for the CDN files and the embed page (see `externalXapi`). */
const xapi = ['dist/cdn', 'dist/embed'].map((dir) => bundle('src/controllers/xapi-controller.ts', `${dir}/xapi.js`));

/** `locales/rubrics.js` and `locales/<id>.<lang>.js`: the built-in rubrics' translations, for the CDN files and the embed page. */
const rubricLocaleInputs = Object.fromEntries([
  ['rubrics', 'src/rubrics/locales/index.ts'],
  ...readdirSync('src/rubrics/locales')
    .filter((f) => /^[\w-]+\.[a-z]{2,3}\.json$/.test(f))
    .map((f) => [f.replace(/\.json$/, ''), `src/rubrics/locales/${f}`]),
]);
// One build per folder: every file is an entry of its own (they share no module).
const rubricLocales = ['dist/cdn', 'dist/embed'].map((dir) => ({
  input: rubricLocaleInputs,
  plugins: [externalLocales(), ...bundlePlugins()],
  onwarn,
  output: { dir: `${dir}/locales`, format: 'es', entryFileNames: '[name].js', generatedCode: 'es2015' },
}));

// ---------------------------------------------------------------------------------------------
// Embed build: the iframe page and the parent-page helper
// ---------------------------------------------------------------------------------------------

/** Copies static files (the page and its stylesheet) next to the bundle. */
function copy(files) {
  return {
    name: 'copy-static',
    buildStart() {
      for (const f of files) this.addWatchFile(f);
    },
    generateBundle() {
      for (const f of files) {
        this.emitFile({ type: 'asset', fileName: f.split('/').pop(), source: readFileSync(f) });
      }
    },
  };
}

const embed = [
  // The iframe page inlines its translations: it is one self-contained page.
  {
    ...bundle('src/embed/embed.ts', 'dist/embed/embed.js'),
    plugins: [...bundlePlugins(), copy(['src/embed/index.html', 'src/embed/embed.css'])],
  },
  // An IIFE, so the helper works as a classic <script> as well as a module.
  { ...bundle('src/embed/resize.ts', 'dist/embed/resize.js'), output: { file: 'dist/embed/resize.js', format: 'iife' } },
];

export default [npm, ...cdn, ...locales, ...rubricLocales, ...xapi, ...embed];
