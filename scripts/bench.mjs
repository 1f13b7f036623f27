#!/usr/bin/env node
// `npm run bench`: bundles the scoring module with esbuild, imports it in Node and times it on
// synthetic data. Each figure is the median of RUNS timed runs after WARMUP untimed ones.
// To add a section: call `section('Title')`, then `measure(name, fn, { budget, per })` below it.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const RUNS = 5;
const WARMUP = 2;

const dir = mkdtempSync(join(tmpdir(), 'cr-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Bundles one entry point to a temporary ESM file and imports it. */
async function load(entry) {
  const outfile = join(dir, `${entry.replace(/\W+/g, '_')}.mjs`);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'error' });
  return import(pathToFileURL(outfile).href);
}

const rows = [];

/** Starts a titled group of measurements in the printed table. */
function section(title) {
  rows.push({ title });
}

/**
 * Times `fn` (median of RUNS after WARMUP); `per` is how many operations one call does (for a
 * throughput column), `budget` an optional ceiling in ms that the table marks.
 */
function measure(name, fn, { per, budget } = {}) {
  for (let i = 0; i < WARMUP; i++) fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)];
  const row = { name, median, min: times[0], max: times[RUNS - 1], per, budget };
  rows.push(row);
  const over = budget !== undefined && median > budget ? `  OVER the ${budget} ms budget` : '';
  console.log(`  ${name}: ${median.toFixed(1)} ms${over}`);
  return median;
}

function printTable() {
  const fmt = (n) => (n === undefined ? '' : n.toFixed(1));
  const rate = (r) => (r.per ? `${Math.round((r.per / r.median) * 1000).toLocaleString('en-US')}/s` : '');
  const header = ['measurement', 'median ms', 'min ms', 'max ms', 'throughput', 'budget ms'];
  const body = rows.map((r) =>
    r.title !== undefined
      ? [r.title]
      : [
          `  ${r.name}`,
          fmt(r.median),
          fmt(r.min),
          fmt(r.max),
          rate(r),
          r.budget === undefined ? '' : `${r.budget}${r.median > r.budget ? ' OVER' : ''}`,
        ],
  );
  const widths = header.map((h, c) => Math.max(h.length, ...body.filter((b) => b.length > 1).map((b) => String(b[c]).length)));
  const line = (cells) => cells.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  console.log(`\nMedian of ${RUNS} runs after ${WARMUP} warm-up runs; Node ${process.version}.\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(b.length === 1 ? b[0] : line(b));
}

// ---------------------------------------------------------------------------------------------
// Scoring

const scoring = await load('src/scoring/index.ts');
// The tests' seeded PRNG (mulberry32): the same data on every run and machine.
const { prng } = await load('test/fixtures/team-data.ts');

// The built-in definition itself, not a copy of its ids: the bench scores what respondents answer.
const teamRubric = JSON.parse(readFileSync(new URL('../src/rubrics/team-assessment.json', import.meta.url), 'utf8'));
const ITEM_IDS = teamRubric.sections.flatMap((section) => section.items.map((item) => item.id));
const LEVEL_IDS = teamRubric.scale.levels.map((level) => level.id);

/** `count` responses as ordinary objects; about one answer in 40 is left unrated. */
function teamResponses(count, seed) {
  const random = prng(seed);
  const list = new Array(count);
  for (let r = 0; r < count; r++) {
    const answers = {};
    for (const id of ITEM_IDS) answers[id] = { level: random() < 0.025 ? null : LEVEL_IDS[Math.floor(random() * LEVEL_IDS.length)] };
    list[r] = { rubricId: teamRubric.id, rubricVersion: teamRubric.version, answers };
  }
  return list;
}

section('Scoring: effective team assessment (9 items, 7 levels)');
let sink = 0;
// A block of its own: the 1.1 million responses are garbage once it ends, so later sections do not
// time a full garbage collection marking them (the xAPI mapping did, by about 240 ms, under load).
{
  const small = teamResponses(100_000, 1);
  const large = teamResponses(1_000_000, 2);
  measure(
    'aggregateResponses, 100,000 responses',
    () => {
      sink += scoring.aggregateResponses(teamRubric, small).overall.n;
    },
    { per: small.length, budget: 10 },
  );
  measure(
    'aggregateResponses, 1,000,000 responses',
    () => {
      sink += scoring.aggregateResponses(teamRubric, large).overall.n;
    },
    { per: large.length, budget: 100 },
  );
  measure(
    'scoreResponse, 100,000 responses',
    () => {
      for (let i = 0; i < small.length; i++) sink += scoring.scoreResponse(teamRubric, small[i]).overall.rated;
    },
    { per: small.length },
  );
}
// ---------------------------------------------------------------------------------------------
// Validation at the limits (RELIABILITY.md B-05: the largest allowed definition parses in < 200 ms;
// oversized input is refused without a stall)

const rubrics = await load('src/rubrics/index.ts');
const { LIMITS, INPUT_LIMITS } = rubrics;

/** A descriptor grid at the schema's limits (levels, items per section, items) within the byte limit. */
function largestDefinition() {
  const levels = Array.from({ length: LIMITS.levels }, (_, i) => ({ id: `level-${i}`, label: `Level ${i}`, position: i }));
  const sections = [];
  for (let s = 0, left = LIMITS.items; left > 0; s++, left -= LIMITS.itemsPerSection) {
    const count = Math.min(LIMITS.itemsPerSection, left);
    sections.push({
      id: `section-${s}`,
      title: `Section ${s}`,
      items: Array.from({ length: count }, (_, i) => ({
        id: `item-${s}-${i}`,
        title: `Item ${s}.${i}`,
        descriptors: Object.fromEntries(levels.map((l) => [l.id, `${'Descriptor text of a fair length. '.repeat(3)}${l.id}`])),
      })),
    });
  }
  return { id: 'largest', version: '1.0.0', title: 'Largest allowed', layout: 'descriptor-grid', scale: { levels }, sections };
}

section('Validation at the limits');
const largest = JSON.stringify(largestDefinition());
if (largest.length > INPUT_LIMITS.bytes) throw new Error(`bench: the largest definition is ${largest.length} bytes, over the limit`);
let parsed;
measure(
  `parseDefinition, the largest allowed definition (${LIMITS.items} items x ${LIMITS.levels} levels, ${Math.round(largest.length / 1000)} kB)`,
  () => {
    parsed = rubrics.parseDefinition(largest);
  },
  { budget: 200 },
);
if (!parsed.success) throw new Error(`bench: the largest definition is refused: ${rubrics.formatIssues(parsed.issues).slice(0, 300)}`);
const deep = '['.repeat(10_000) + ']'.repeat(10_000);
const wide = JSON.stringify({ id: 'wide', notes: Array.from({ length: INPUT_LIMITS.nodes }, () => 0) });
/** Times a refusal and checks it is refused for the intended reason. */
function refuses(name, text, reason) {
  let result;
  measure(
    name,
    () => {
      result = rubrics.parseDefinition(text);
    },
    { budget: 200 },
  );
  if (result.success || !result.issues.some((i) => i.message.includes(reason))) {
    throw new Error(`bench: ${name}: expected "${reason}", got ${JSON.stringify(result).slice(0, 200)}`);
  }
}
refuses('parseDefinition refuses 10,000 levels of nesting', deep, 'nested more than');
refuses(
  `parseDefinition refuses more than ${INPUT_LIMITS.nodes.toLocaleString('en-US')} values (${Math.round(wide.length / 1000)} kB)`,
  wide,
  'too large',
);

// ---------------------------------------------------------------------------------------------
// Interop (issue 14): 10,000 team-assessment responses to xAPI statements and back, in Node

const interop = await load('src/interop/index.ts');
const { generateResponses, teamAssessment } = await load('test/fixtures/team-data.ts');
section('xAPI mapping: 10,000 team-assessment responses (about 90,000 statements)');
const xapiTeam = generateResponses(teamAssessment, 10_000, { seed: 14 });
const actors = xapiTeam.map((_, i) => ({ actor: { mbox: `mailto:member${i}@district.example`, name: `Member ${i}` } }));
let xapiOut = [];
measure(
  'xapiStatements, 10,000 responses',
  () => {
    xapiOut = [];
    for (let i = 0; i < xapiTeam.length; i++)
      for (const s of interop.xapiStatements(teamAssessment, xapiTeam[i], actors[i])) xapiOut.push(s);
  },
  { per: xapiTeam.length, budget: 100 },
);
let xapiBack;
measure(
  `responsesFromStatements, ${xapiOut.length.toLocaleString('en-US')} statements`,
  () => {
    xapiBack = interop.responsesFromStatements(teamAssessment, xapiOut);
  },
  { per: xapiOut.length, budget: 100 },
);
if (xapiBack.responses.length !== xapiTeam.length || xapiBack.ignored.length > 0) {
  throw new Error(`bench: the round trip gave ${xapiBack.responses.length} responses and ${xapiBack.ignored.length} ignored statements`);
}

if (sink < 0) console.log(sink); // keeps the work observable

printTable();
