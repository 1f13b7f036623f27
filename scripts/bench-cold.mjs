#!/usr/bin/env node
// Cold render race (part of `npm run bench`): each built-in element from its CDN file in dist/,
// against the floor, a bare Lit table of the same content (scripts/bench-floor.js: the same
// definition's radios with their descriptors, item fields, response fields), bundled and minified
// the same way. Every run is a fresh browser context (nothing cached, nothing compiled), ours and
// the floor alternating; the time is from the first script in <head> until every radio of the
// rubric is in the DOM and laid out (the element and the elements inside it have finished their
// Lit updates), and "ready" until its updateComplete, which also waits for work that renders
// nothing (the edit path's chunk). Median of RUNS runs each; the ratio is ours / floor. Each row
// also shows the floor with Lit as a file of its own (see below), run in the same alternation, and
// splits each time into loading (until the element's class is defined) and rendering (from there).
// Then, once ready, a click on a radio until the next frame, and the page's JavaScript heap after
// garbage collection (issue 15's numbers to report; full speed only).
// Then the same at 4x CPU throttling (CDP Emulation.setCPUThrottlingRate), standing in for a
// low-cost Chromebook. Under each row, what the main thread did (CDP Performance.getMetrics in
// thread time, so far less sensitive to a loaded machine than the wall-clock race): all its tasks,
// script, style recalculation and layout, ours / the floor; how many times the element rendered
// before it was done; and the templates Lit prepared and instantiated. With --trace, the main
// thread's trace events with the most self time, ours and the floor (docs/performance.md).
// Needs `npm run build` first. Prints numbers and exits 0, like every bench.
//   node scripts/bench-cold.mjs [--runs N] [--only coherence-progression] [--trace]
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 9);
const ONLY = arg('--only');
const TRACE = process.argv.includes('--trace');
const BUILT_INS = ['coherence-progression', 'slt-indicators', 'relationship-continuum', 'team-assessment'].filter(
  (n) => !ONLY || n === ONLY,
);
// issue 15: within 1.2x of the floor; Coherence under 300 ms to rendered at 4x throttling.
const GOAL_RATIO = 1.2;
const GOAL_THROTTLED = { 'coherence-progression': 300 };

if (!existsSync(join(root, 'dist/cdn/collab-rubrics.js'))) {
  console.log('\nCold render race: skipped (dist/cdn is missing; run `npm run build` first).');
  process.exit(0);
}
const executablePath = findChromium();
if (!executablePath) {
  console.log('\nCold render race: skipped (no Chromium found; set CHROME_PATH).');
  process.exit(0);
}

// The floor: one bundle per built-in, its definition inlined, minified like the CDN files. And the
// same floor with Lit as a file of its own, the shared Lit chunk the per-element files import
// (issue 10, fault 10: one Lit per page), so each row also shows how much of the gap is that
// second file rather than what the element does. The goal is against the one-file floor.
const tmp = mkdtempSync(join(tmpdir(), 'cr-bench-cold-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const sharedLit = readdirSync(join(root, 'dist/cdn/chunks')).find((f) => /^lit-[\w-]+\.js$/.test(f));
if (!sharedLit) {
  console.log('\nCold render race: skipped (dist/cdn/chunks has no shared Lit; run `npm run build` first).');
  process.exit(0);
}
const litApart = {
  name: 'lit-apart',
  setup(b) {
    b.onResolve({ filter: /^(lit|@lit\/)/ }, () => ({ path: `/dist/cdn/chunks/${sharedLit}`, external: true }));
  },
};
for (const [name, apart] of BUILT_INS.flatMap((n) => [
  [n, false],
  [n, true],
])) {
  await build({
    stdin: {
      contents: `import definition from './src/rubrics/${name}.json';\nimport { defineFloor } from './scripts/bench-floor.js';\ndefineFloor(definition);`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    outfile: join(tmp, `floor-${apart ? 'apart-' : ''}${name}.js`),
    plugins: apart ? [litApart] : [],
    logLevel: 'error',
  });
}

/** The page: a timestamp in the first <head> script, the module, then wait for the element. */
const page = (script, tag) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>cold</title>
<script>window.__t0 = performance.now();
// Counts (for the metrics line, not the time): renders of the element, templates Lit prepares (one
// <template> each) and instantiates (one importNode each).
window.__counts = { updates: 0, templates: 0, instances: 0 };
const define = customElements.define.bind(customElements);
customElements.define = (name, cls, options) => {
  if (name === '${tag}') {
    window.__defined = performance.now() - window.__t0;
    const update = cls.prototype.update;
    cls.prototype.update = function (...args) { window.__counts.updates++; return update.apply(this, args); };
  }
  return define(name, cls, options);
};
const createElement = Document.prototype.createElement;
Document.prototype.createElement = function (name, ...rest) { if (name === 'template') window.__counts.templates++; return createElement.call(this, name, ...rest); };
const importNode = Document.prototype.importNode;
Document.prototype.importNode = function (...args) { window.__counts.instances++; return importNode.apply(this, args); };
</script>
<script type="module" src="${script}"></script>
<script type="module">
  const el = document.querySelector('${tag}');
  await customElements.whenDefined('${tag}');
  // Rendered: Lit's own update cycle (ReactiveElement's updateComplete) of the element and of the
  // elements inside it. The element's updateComplete also waits for the edit path's chunk, fetched
  // after the first update, whose arrival renders nothing: that is "ready" below.
  let lit = Object.getPrototypeOf(el);
  while (Object.getPrototypeOf(lit) !== HTMLElement.prototype) lit = Object.getPrototypeOf(lit);
  const rendered = async (host) => {
    while (!(await lit.getUpdateComplete.call(host)));
    for (const inner of host.shadowRoot.querySelectorAll('*')) if (inner instanceof lit.constructor) await rendered(inner);
  };
  await rendered(el);
  const all = el.shadowRoot.querySelectorAll('input[type=radio]');
  const radios = all.length;
  // Laid out: the page, the first control and the last radio (content a browser may skip laying
  // out, such as content-visibility, would be laid out here and counted).
  document.body.getBoundingClientRect();
  el.shadowRoot.querySelector('input')?.getBoundingClientRect();
  all[radios - 1]?.getBoundingClientRect();
  const t1 = performance.now();
  await el.updateComplete;
  const t2 = performance.now();
  let nodes = 0;
  const count = (n) => { nodes++; for (const c of n.childNodes) count(c); if (n.shadowRoot) count(n.shadowRoot); };
  count(el);
  window.__result = { ms: t1 - window.__t0, defined: window.__defined, ready: t2 - window.__t0, radios, nodes, ...window.__counts };
  // A click on the first item's second radio, once ready, until the next frame has been produced
  // (a requestAnimationFrame callback, then a task after it): what a person waits to see their choice.
  window.__click = async () => {
    const radio = el.shadowRoot.querySelectorAll('input[type=radio]')[1];
    if (!radio) return undefined;
    const t = performance.now();
    radio.click();
    await new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); }));
    return performance.now() - t;
  };
</script></head>
<body><${tag}></${tag}></body></html>`;

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const ours = /^\/ours\/(.+)\.html$/.exec(url.pathname);
  const floor = /^\/floor(-apart)?\/(.+)\.html$/.exec(url.pathname);
  let body;
  let type = 'text/html';
  if (ours) body = page(`/dist/cdn/cr-${ours[1]}.js`, `cr-${ours[1]}`);
  else if (floor) body = page(`/floor${floor[1] ?? ''}-${floor[2]}.js`, 'bench-floor');
  else {
    const file = url.pathname.startsWith('/dist/') ? join(root, normalize(url.pathname)) : join(tmp, normalize(url.pathname));
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    body = readFileSync(file);
    type = TYPES[extname(file)] ?? 'application/octet-stream';
  }
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });

/** CDP Performance metrics, in ms of the main thread's own time (threadTicks). */
const METRICS = { task: 'TaskDuration', script: 'ScriptDuration', style: 'RecalcStyleDuration', layout: 'LayoutDuration' };
const metricsOf = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/**
 * Self time (ms) per trace event name on the busiest renderer main thread of a trace: what the
 * page spent its time on, with nested events (a style recalculation inside a layout) counted once.
 */
function selfTimes(events) {
  const threads = new Map();
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !main.has(thread)) continue;
    if (!threads.has(thread)) threads.set(thread, []);
    threads.get(thread).push(e);
  }
  const total = (list) => list.reduce((sum, e) => sum + e.dur, 0);
  const busiest = [...threads.values()].reduce((a, b) => (total(b) > total(a) ? b : a), []);
  busiest.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const open = [];
  for (const e of busiest) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    const parent = open.at(-1);
    if (parent) self.set(parent, self.get(parent) - e.dur);
    self.set(e, e.dur);
    open.push(e);
  }
  const byName = new Map();
  for (const [e, us] of self) byName.set(e.name, (byName.get(e.name) ?? 0) + us / 1000);
  return byName;
}

/** One cold load in a fresh context; `throttle` is the CPU slow-down factor (1 = none). */
async function cold(path, throttle) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const before = await metricsOf(cdp);
    if (TRACE) await browser.startTracing(tab, { categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading'] });
    await tab.goto(`${origin}${path}`);
    await tab.waitForFunction(() => window.__result !== undefined, null, { timeout: 60_000 });
    const after = await metricsOf(cdp);
    const result = await tab.evaluate(() => window.__result);
    result.cpu = Object.fromEntries(Object.entries(METRICS).map(([key, name]) => [key, (after[name] - (before[name] ?? 0)) * 1000]));
    if (throttle === 1) {
      result.click = await tab.evaluate(() => window.__click());
      // The page's JavaScript heap once garbage is collected, after the click.
      await cdp.send('HeapProfiler.collectGarbage');
      result.heap = (await metricsOf(cdp)).JSHeapUsedSize / 1024 / 1024;
    }
    if (TRACE) result.trace = selfTimes(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
    return result;
  } finally {
    await context.close();
  }
}

/** The trace events with the most median self time, ours beside the floor's. */
function printTrace(ours, floor) {
  const names = new Set([...ours, ...floor].flatMap((r) => [...r.trace.keys()]));
  const med = (runs, name) => median(runs.map((r) => r.trace.get(name) ?? 0));
  const rows = [...names].map((name) => [name, med(ours, name), med(floor, name)]).sort((a, b) => b[1] - a[1]);
  console.log('    main-thread trace events, median self time (ms), ours / floor:');
  for (const [name, a, b] of rows.slice(0, 12)) console.log(`      ${a.toFixed(1).padStart(6)} / ${b.toFixed(1).padEnd(6)} ${name}`);
}

const results = [];
try {
  console.log(
    `\nCold render race: built-in element (dist/cdn) against a bare Lit table of the same content, ${await browser.version()} headless`,
  );
  console.log(
    `fresh context per run, alternating; median of ${RUNS} runs each; first <head> script to every radio rendered and laid out\n`,
  );
  for (const throttle of [1, 4]) {
    for (const name of BUILT_INS) {
      const ours = [];
      const floor = [];
      const apart = [];
      let sample;
      await cold(`/ours/${name}.html`, throttle); // the server and the disk cache warm up, not the browser's
      for (let run = 0; run < RUNS; run++) {
        const a = await cold(`/ours/${name}.html`, throttle);
        const b = await cold(`/floor/${name}.html`, throttle);
        apart.push(await cold(`/floor-apart/${name}.html`, throttle));
        ours.push(a);
        floor.push(b);
        sample = { ours: a, floor: b };
      }
      const row = { name, throttle, ours: median(ours.map((r) => r.ms)), floor: median(floor.map((r) => r.ms)), sample };
      row.ready = median(ours.map((r) => r.ready));
      row.ratio = row.ours / row.floor;
      row.apart = median(apart.map((r) => r.ms));
      results.push(row);
      const goal = throttle === 1 ? GOAL_RATIO : undefined;
      const over = [
        goal !== undefined && row.ratio > goal ? `  OVER the ${goal}x goal` : '',
        throttle === 4 && GOAL_THROTTLED[name] !== undefined && row.ours > GOAL_THROTTLED[name]
          ? `  OVER the ${GOAL_THROTTLED[name]} ms goal`
          : '',
      ].join('');
      console.log(
        `  ${`${name}${throttle > 1 ? ` (${throttle}x CPU)` : ''}`.padEnd(32)} ours ${row.ours.toFixed(1).padStart(6)} ms   floor ${row.floor
          .toFixed(1)
          .padStart(
            6,
          )} ms   ${row.ratio.toFixed(2)}x   radios ${sample.ours.radios}/${sample.floor.radios}, nodes ${sample.ours.nodes}/${sample.floor.nodes}${over}`,
      );
      const cpu = (runs, key) => median(runs.map((r) => r.cpu[key])).toFixed(1);
      console.log(
        `    ours ready (updateComplete) ${row.ready.toFixed(1)} ms; main thread (ms, median), ours / floor: ${Object.keys(METRICS)
          .map((key) => `${key} ${cpu(ours, key)} / ${cpu(floor, key)}`)
          .join(
            ', ',
          )}; renders ${sample.ours.updates} / ${sample.floor.updates}; templates ${sample.ours.templates} / ${sample.floor.templates}, instances ${sample.ours.instances} / ${sample.floor.instances}`,
      );
      console.log(
        `    the floor with Lit as a file of its own (the shared Lit chunk): ${row.apart.toFixed(1)} ms; ours / that ${(row.ours / row.apart).toFixed(2)}x`,
      );
      // Loading (until the element's class is defined: its files fetched, compiled and run) and
      // rendering (from there to rendered), each a median over the runs, ours / the floor / the
      // floor with Lit apart: which of the two the gap is in.
      const split = (runs) => {
        const defined = median(runs.map((r) => r.defined));
        return `${defined.toFixed(1)} + ${median(runs.map((r) => r.ms - r.defined)).toFixed(1)}`;
      };
      console.log(
        `    loading + rendering (ms, until the element is defined, then to rendered): ours ${split(ours)}, floor ${split(floor)}, floor with Lit apart ${split(apart)}`,
      );
      if (throttle === 1) {
        const of = (runs, key, digits) => {
          const values = runs.map((r) => r[key]).filter((v) => v !== undefined);
          return values.length ? median(values).toFixed(digits) : 'n/a';
        };
        console.log(
          `    click to the next frame (ms, once ready): ours ${of(ours, 'click', 1)} / floor ${of(floor, 'click', 1)}; JS heap after garbage collection (MiB): ours ${of(ours, 'heap', 2)} / floor ${of(floor, 'heap', 2)}`,
        );
      }
      if (TRACE) printTrace(ours, floor);
      if (sample.ours.radios !== sample.floor.radios)
        console.log(`    (the floor renders ${sample.floor.radios} radios, ours ${sample.ours.radios}: not the same content)`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
