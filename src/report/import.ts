/**
 * Reading a team's responses: many JSON or CSV files in, with every file that cannot be used
 * listed with its reason; a host's list checked the same way; JSON out. Pure: text in, data out,
 * no DOM, no I/O. What the CSV cells mean is `csv-mapping.ts`.
 */
import { canonicalJson } from '../rubrics/canonical.js';
import { formatPath, INPUT_LIMITS, parseResponse, type ValidationIssue } from '../rubrics/parse.js';
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import { excludedAnswers } from '../scoring/excluded.js';
import { csvCandidateSteps } from './csv-mapping.js';
import {
  EXISTING,
  FILE_LIMITS,
  type Candidate,
  type DuplicateEntry,
  type ImportReport,
  type InvalidEntry,
  type LoadedEntry,
  type NotCountedEntry,
  type SkippedEntry,
  type SourceText,
} from './entries.js';

export { canonicalJson };

/** Remembers responses by id and by content, and says which earlier one a new one repeats. */
export class DuplicateIndex {
  readonly #ids = new Map<string, string>();
  readonly #contents = new Map<string, string>();

  /** Adds `response` unless it repeats one added before; returns what it repeats, if anything. */
  add(response: RubricResponse, source: string): Omit<DuplicateEntry, 'source'> | undefined {
    if (response.id !== undefined) {
      const before = this.#ids.get(response.id);
      if (before !== undefined) return { duplicateOf: before, reason: 'id' };
      this.#ids.set(response.id, source);
      return undefined;
    }
    const key = canonicalJson(response);
    const before = this.#contents.get(key);
    if (before !== undefined) return { duplicateOf: before, reason: 'content' };
    this.#contents.set(key, source);
    return undefined;
  }
}

/** CSV by name; a file named neither `.csv` nor `.json` is CSV unless it starts like JSON. */
const isCsv = (file: SourceText) =>
  /\.csv$/i.test(file.name) || (!/\.json$/i.test(file.name) && !/^\s*[[{]/.test(file.text.replace(/^\uFEFF/, '')));

/** Splits one JSON file into candidate responses (one object, or a list of them). */
function jsonCandidates(file: SourceText): Candidate[] | InvalidEntry {
  let value: unknown;
  try {
    value = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { source: file.name, issues: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (!Array.isArray(value)) return [{ source: file.name, value }];
  if (value.length > FILE_LIMITS.responses) {
    return { source: file.name, issues: [{ path: '(root)', message: `more than ${FILE_LIMITS.responses} responses in one file` }] };
  }
  return value.map((v, i) => ({ source: `${file.name} [${i}]`, value: v }));
}

/** How far an import has got: responses checked so far, of how many found so far. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  /** While a CSV file is read (before its responses can be counted): its name and the share of it read, 0 to 1. */
  readonly reading?: { readonly source: string; readonly fraction: number };
}

/**
 * The import, one response at a time: yields progress after each response it checks and returns
 * the report. `importResponses` runs it in one go; `importResponsesInSteps` yields to the page.
 */
function* importSteps(
  rubric: Rubric,
  files: readonly SourceText[],
  existing: readonly RubricResponse[],
): Generator<ImportProgress, ImportReport> {
  const index = new DuplicateIndex();
  for (const response of existing) index.add(response, EXISTING);
  const loaded: LoadedEntry[] = [];
  const invalid: InvalidEntry[] = [];
  const duplicates: DuplicateEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const notCounted: NotCountedEntry[] = [];
  let done = 0;
  let total = 0;
  const take = (source: string, response: RubricResponse) => {
    if (response.rubricId !== rubric.id) {
      skipped.push({ source, rubricId: response.rubricId });
      return;
    }
    const repeated = index.add(response, source);
    if (repeated) duplicates.push({ source, ...repeated });
    else {
      loaded.push({ source, response });
      for (const { subject, itemId, levelId, reason } of excludedAnswers(rubric, [response])) {
        notCounted.push({ source, ...(subject === undefined ? {} : { subject }), itemId, levelId, reason });
      }
    }
  };
  for (const file of files) {
    if (file.text.length > FILE_LIMITS.chars) {
      invalid.push({ source: file.name, issues: [{ path: '(root)', message: `too large: over ${FILE_LIMITS.chars} characters` }] });
      continue;
    }
    if (isCsv(file)) {
      const reading = csvCandidateSteps(rubric, file.text, file.name);
      let step = reading.next();
      for (; !step.done; step = reading.next()) yield { done, total, reading: { source: file.name, fraction: step.value } };
      const read = step.value;
      invalid.push(...read.invalid);
      skipped.push(...read.skipped);
      total += read.candidates.length;
      yield { done, total };
      for (const candidate of read.candidates) {
        const parsed = parseResponse(candidate.value);
        if (parsed.success) take(candidate.source, parsed.data);
        else invalid.push({ source: candidate.source, issues: parsed.issues });
        yield { done: ++done, total };
      }
      continue;
    }
    // A single response goes through `parseResponse` as text, so its byte limit applies too.
    const single = file.text.length <= INPUT_LIMITS.bytes && /^\s*\{/.test(file.text.replace(/^\uFEFF/, ''));
    const candidates = single ? [{ source: file.name, value: file.text.replace(/^\uFEFF/, '') }] : jsonCandidates(file);
    if (!Array.isArray(candidates)) {
      invalid.push(candidates);
      continue;
    }
    total += candidates.length;
    yield { done, total };
    for (const candidate of candidates) {
      const parsed = parseResponse(candidate.value);
      if (parsed.success) take(candidate.source, parsed.data);
      else invalid.push({ source: candidate.source, issues: parsed.issues });
      yield { done: ++done, total };
    }
  }
  return { loaded, invalid, duplicates, skipped, notCounted };
}

/**
 * Reads `files` (JSON: one response or a list; CSV: as written by `responsesToCsv`) for `rubric`.
 * Every response is validated with `parseResponse`; a file or response that fails is listed with
 * its issues while the rest load. Each file is held to `FILE_LIMITS`, whatever its format.
 * Responses to another rubric are listed as skipped, and a response that repeats one in `existing`
 * or earlier in `files` (same `id`, or identical content when it has no id) is listed as a
 * duplicate. Never throws. Runs in one go: see `importResponsesInSteps` for long imports.
 */
export function importResponses(rubric: Rubric, files: readonly SourceText[], existing: readonly RubricResponse[] = []): ImportReport {
  const steps = importSteps(rubric, files, existing);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface StepOptions {
  /** Called with the progress each time the import gives the page a turn. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Milliseconds of work between turns given to the page; default 12. */
  readonly slice?: number;
}

/**
 * `importResponses`, giving the page a turn (a macrotask) every `slice` milliseconds and reporting
 * progress, so a file of 100,000 responses never freezes the page.
 */
export async function importResponsesInSteps(
  rubric: Rubric,
  files: readonly SourceText[],
  existing: readonly RubricResponse[] = [],
  options: StepOptions = {},
): Promise<ImportReport> {
  const steps = importSteps(rubric, files, existing);
  const slice = options.slice ?? 12;
  let until = performance.now() + slice;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= until) {
      options.onProgress?.(step.value);
      await new Promise((resolve) => setTimeout(resolve, 0));
      until = performance.now() + slice;
    }
  }
}

/** What `checkResponses` made of a list a host set: responses to use, and what was left out and why. */
export interface CheckedResponses {
  /** Valid responses to the rubric (validated copies: later changes to the host's objects do not reach them). */
  readonly usable: readonly RubricResponse[];
  /** Entries that are not valid responses, each with its reasons; `source` is `responses[3]`. */
  readonly invalid: readonly InvalidEntry[];
  /** Valid responses to another rubric. */
  readonly skipped: readonly SkippedEntry[];
}

/**
 * Checks a list of responses set by a host (`report.responses`) as an import checks a file: every
 * entry is validated with `parseResponse`; an entry that fails is listed with its reasons while
 * the rest are used, and responses to another rubric are listed as skipped. Never throws.
 */
export function checkResponses(rubric: Rubric, list: unknown, name = 'responses'): CheckedResponses {
  if (list === null || list === undefined) return { usable: [], invalid: [], skipped: [] };
  if (!Array.isArray(list))
    return { usable: [], invalid: [{ source: name, issues: [{ path: '(root)', message: 'expected a list of responses' }] }], skipped: [] };
  const usable: RubricResponse[] = [];
  const invalid: InvalidEntry[] = [];
  const skipped: SkippedEntry[] = [];
  list.forEach((entry: unknown, i) => {
    const source = `${name}[${i}]`;
    const parsed = parseResponse(entry);
    if (!parsed.success) invalid.push({ source, issues: parsed.issues });
    else if (parsed.data.rubricId !== rubric.id) skipped.push({ source, rubricId: parsed.data.rubricId });
    else usable.push(parsed.data);
  });
  return { usable, invalid, skipped };
}

/** All responses as pretty JSON (a list), which `importResponses` reads back unchanged. */
export function responsesToJson(responses: readonly RubricResponse[]): string {
  return `${JSON.stringify(responses, null, 2)}\n`;
}

/** The first `max` issues of an entry as `path: message` lines, for a compact listing. */
export function firstIssues(issues: readonly ValidationIssue[], max = 3): string[] {
  return issues.slice(0, max).map((i) => (i.path === formatPath([]) ? i.message : `${i.path}: ${i.message}`));
}
