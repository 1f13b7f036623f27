/**
 * Reading and writing a team's responses: many JSON or CSV files in, with every file that cannot
 * be used listed with its reason; CSV and JSON out. Pure: text in, data out, no DOM, no I/O.
 */
import { formatPath, INPUT_LIMITS, parseResponse, type ValidationIssue } from '../rubrics/parse.js';
import type { Answer, RatedSubject, Rubric, RubricResponse } from '../rubrics/schema.js';
import { localize } from '../rubrics/text.js';
import { readCsv, writeCsv } from '../rubrics/csv.js';
import { canonicalJson } from '../rubrics/canonical.js';

/**
 * The CSV columns, in order: the eleven a reader needs first, then what makes reading it back
 * exact (`response number` tells apart responses that have no id). `subject id` and
 * `subject name` follow for rubrics with subjects (the continuum's partners).
 */
export const CSV_COLUMNS = [
  'respondent',
  'response id',
  'cycle',
  'date',
  'section id',
  'item id',
  'item title',
  'level id',
  'level label',
  'position',
  'note',
  'rubric id',
  'rubric version',
  'response number',
] as const;
export const CSV_SUBJECT_COLUMNS = ['subject id', 'subject name'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number] | (typeof CSV_SUBJECT_COLUMNS)[number];

/** Size limits of one imported file. A JSON file of one response is also held to `INPUT_LIMITS`. */
export const FILE_LIMITS = {
  /** Characters of one file (JSON list or CSV). */
  chars: 20_000_000,
  /** Responses in one file. */
  responses: 100_000,
} as const;

/** A file's name and text, as read by the element (or by a test). */
export interface SourceText {
  readonly name: string;
  readonly text: string;
}

export interface LoadedEntry {
  /** Where it came from: `team.json`, `all.json [3]`, `export.csv rows 2–10`. */
  readonly source: string;
  readonly response: RubricResponse;
}
export interface InvalidEntry {
  readonly source: string;
  readonly issues: readonly ValidationIssue[];
}
export interface DuplicateEntry {
  readonly source: string;
  /** The source of the response it repeats (`EXISTING` for one loaded before). */
  readonly duplicateOf: string;
  /** `id`: the same response id; `content`: identical content without an id to tell them apart. */
  readonly reason: 'id' | 'content';
}
export interface SkippedEntry {
  readonly source: string;
  /** The rubric the response answers. */
  readonly rubricId: string;
}

/** What an import did with every file and every response in it. Nothing is dropped unreported. */
export interface ImportReport {
  readonly loaded: readonly LoadedEntry[];
  readonly invalid: readonly InvalidEntry[];
  readonly duplicates: readonly DuplicateEntry[];
  /** Valid responses to another rubric. */
  readonly skipped: readonly SkippedEntry[];
}

/** `duplicateOf` for a response that was loaded before this import. */
export const EXISTING = '(already loaded)';

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

interface Candidate {
  readonly source: string;
  readonly value: unknown;
}

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

/**
 * Reads `files` (JSON: one response or a list; CSV: as written by `responsesToCsv`) for `rubric`.
 * Every response is validated with `parseResponse`; a file or response that fails is listed with
 * its issues while the rest load. Responses to another rubric are listed as skipped, and a
 * response that repeats one in `existing` or earlier in `files` (same `id`, or identical content
 * when it has no id) is listed as a duplicate. Never throws.
 */
export function importResponses(rubric: Rubric, files: readonly SourceText[], existing: readonly RubricResponse[] = []): ImportReport {
  const index = new DuplicateIndex();
  for (const response of existing) index.add(response, EXISTING);
  const loaded: LoadedEntry[] = [];
  const invalid: InvalidEntry[] = [];
  const duplicates: DuplicateEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const take = (source: string, response: RubricResponse) => {
    if (response.rubricId !== rubric.id) {
      skipped.push({ source, rubricId: response.rubricId });
      return;
    }
    const repeated = index.add(response, source);
    if (repeated) duplicates.push({ source, ...repeated });
    else loaded.push({ source, response });
  };
  for (const file of files) {
    if (file.text.length > FILE_LIMITS.chars) {
      invalid.push({ source: file.name, issues: [{ path: '(root)', message: `too large: over ${FILE_LIMITS.chars} characters` }] });
      continue;
    }
    if (isCsv(file)) {
      const result = csvToResponses(rubric, file.text, file.name);
      invalid.push(...result.invalid);
      skipped.push(...result.skipped);
      for (const entry of result.loaded) take(entry.source, entry.response);
      continue;
    }
    // A single response goes through `parseResponse` as text, so its byte limit applies too.
    const single = file.text.length <= INPUT_LIMITS.bytes && /^\s*\{/.test(file.text.replace(/^\uFEFF/, ''));
    const candidates = single ? [{ source: file.name, value: file.text.replace(/^\uFEFF/, '') }] : jsonCandidates(file);
    if (!Array.isArray(candidates)) {
      invalid.push(candidates);
      continue;
    }
    for (const candidate of candidates) {
      const parsed = parseResponse(candidate.value);
      if (parsed.success) take(candidate.source, parsed.data);
      else invalid.push({ source: candidate.source, issues: parsed.issues });
    }
  }
  return { loaded, invalid, duplicates, skipped };
}

// ---------------------------------------------------------------------------------------------
// CSV

const note = (answer: Answer | undefined): string => {
  const value = answer?.fields?.['note'];
  return typeof value === 'string' ? value : '';
};

/** The response's date: its `date` field when it has one, else when it was created. */
function responseDate(response: RubricResponse): string {
  const date = response.fields?.['date'];
  return typeof date === 'string' && date !== '' ? date : (response.createdAt ?? '');
}

/**
 * Writes `responses` as CSV: one row per respondent × item (× subject for a continuum), in
 * definition order, then any answers to items the definition does not have. Unrated items get a
 * row with an empty level. Titles and labels are in `lang`. Cells that would start a formula are
 * prefixed with an apostrophe (`readCsv` removes it).
 */
export function responsesToCsv(rubric: Rubric, responses: readonly RubricResponse[], lang = 'en'): string {
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang, rubric.defaultLanguage);
  const levels = new Map(rubric.scale.levels.map((l) => [l.id, l]));
  const items = rubric.sections.flatMap((s) => s.items.map((item) => ({ sectionId: s.id, item })));
  const known = new Set(items.map((i) => i.item.id));
  const withSubjects = rubric.subjects !== undefined;
  const rows: string[][] = [withSubjects ? [...CSV_COLUMNS, ...CSV_SUBJECT_COLUMNS] : [...CSV_COLUMNS]];
  responses.forEach((response, index) => {
    const head = [response.respondent ?? '', response.id ?? '', response.cycle ?? '', responseDate(response)];
    const tail = [response.rubricId, response.rubricVersion, String(index + 1)];
    const emit = (answers: Record<string, Answer>, subject?: RatedSubject) => {
      const extra = withSubjects ? [subject?.id ?? '', subject?.name ?? ''] : [];
      const row = (sectionId: string, itemId: string, title: string, answer: Answer | undefined) => {
        const level = answer?.level ? levels.get(answer.level) : undefined;
        rows.push([
          ...head,
          sectionId,
          itemId,
          title,
          answer?.level ?? '',
          level ? t(level.label) : '',
          level?.position === undefined ? '' : String(level.position),
          note(answer),
          ...tail,
          ...extra,
        ]);
      };
      for (const { sectionId, item } of items) row(sectionId, item.id, t(item.title), Object.hasOwn(answers, item.id) ? answers[item.id] : undefined);
      for (const [itemId, answer] of Object.entries(answers)) if (!known.has(itemId)) row('', itemId, '', answer);
    };
    const subjects = withSubjects ? (response.subjects ?? []) : [];
    // A subject rubric keeps its ratings per subject; its top-level answers get rows only if any.
    if (subjects.length === 0 || Object.keys(response.answers).length > 0) emit(response.answers);
    for (const subject of subjects) emit(subject.answers, subject);
  });
  return writeCsv(rows);
}

/** The `loaded`, `invalid` and `skipped` parts of an import, for one CSV file. */
export type CsvImport = Pick<ImportReport, 'loaded' | 'invalid' | 'skipped'>;

interface Group {
  readonly firstRow: number;
  lastRow: number;
  readonly key: string;
  readonly seen: Set<string>;
  readonly cells: Record<string, string>;
  readonly answers: Record<string, Answer>;
  readonly subjects: RatedSubject[];
  readonly rubricIds: Set<string>;
}

/** Answers keyed by ids read from the file: a null-prototype table, so `__proto__` is an id like any other (and refused by validation with a reason). */
const table = (): Record<string, Answer> => Object.create(null) as Record<string, Answer>;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads CSV written by `responsesToCsv` (columns are found by their header, in any order; only
 * `item id` and `level id` are required). Rows with the same `response number` form one response;
 * without that column, consecutive rows with the same response id, respondent, cycle and date
 * do, until an item repeats. Each response is checked with `parseResponse`. Never throws.
 */
export function csvToResponses(rubric: Rubric, text: string, name = 'CSV'): CsvImport {
  const parsed = readCsv(text);
  if (!parsed.ok) return { loaded: [], invalid: [{ source: name, issues: [{ path: `line ${parsed.line}`, message: parsed.message }] }], skipped: [] };
  const [header, ...body] = parsed.rows;
  const columns = new Map((header ?? []).map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = (['item id', 'level id'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const message = `the header row has no ${missing.map((m) => `"${m}"`).join(' or ')} column`;
    return { loaded: [], invalid: [{ source: name, issues: [{ path: 'line 1', message }] }], skipped: [] };
  }
  const cell = (row: readonly string[], column: CsvColumn) => {
    const i = columns.get(column);
    return i === undefined ? '' : (row[i] ?? '');
  };
  const dateIsField = rubric.responseFields?.some((f) => f.id === 'date') ?? false;
  const groups: Group[] = [];
  const byNumber = new Map<string, Group>();
  let current: Group | undefined;
  body.forEach((row, i) => {
    const rowNumber = i + 2;
    const numbered = columns.has('response number');
    const key = numbered
      ? cell(row, 'response number')
      : JSON.stringify([cell(row, 'response id'), cell(row, 'respondent'), cell(row, 'cycle'), cell(row, 'date')]);
    const itemId = cell(row, 'item id');
    const subjectId = cell(row, 'subject id');
    const at = `${subjectId}\u0000${itemId}`;
    if (numbered && current?.key !== key) current = byNumber.get(key);
    if (!current || current.key !== key || (!numbered && current.seen.has(at))) {
      current = {
        firstRow: rowNumber,
        lastRow: rowNumber,
        key,
        seen: new Set(),
        cells: Object.fromEntries(CSV_COLUMNS.map((c) => [c, cell(row, c)])),
        answers: table(),
        subjects: [],
        rubricIds: new Set(),
      };
      groups.push(current);
      if (numbered) byNumber.set(key, current);
    }
    current.lastRow = rowNumber;
    current.seen.add(at);
    const rubricId = cell(row, 'rubric id');
    if (rubricId) current.rubricIds.add(rubricId);
    const level = cell(row, 'level id');
    const text = cell(row, 'note');
    let answers = current.answers;
    if (subjectId) {
      let subject = current.subjects.find((s) => s.id === subjectId);
      if (!subject) current.subjects.push((subject = { id: subjectId, name: cell(row, 'subject name'), answers: table() }));
      answers = subject.answers;
    }
    if (level || text) answers[itemId] = { ...(level ? { level } : {}), ...(text ? { fields: { note: text } } : {}) };
  });
  const loaded: LoadedEntry[] = [];
  const invalid: InvalidEntry[] = [];
  const skipped: SkippedEntry[] = [];
  for (const g of groups) {
    const source = g.firstRow === g.lastRow ? `${name} row ${g.firstRow}` : `${name} rows ${g.firstRow}–${g.lastRow}`;
    const [rubricId = rubric.id] = g.rubricIds;
    if (g.rubricIds.size > 1 || rubricId !== rubric.id) {
      skipped.push({ source, rubricId: [...g.rubricIds].join(', ') });
      continue;
    }
    const c = g.cells;
    const date = c['date'] ?? '';
    const candidate = {
      rubricId,
      rubricVersion: c['rubric version'] || rubric.version,
      ...(c['response id'] ? { id: c['response id'] } : {}),
      ...(c['respondent'] ? { respondent: c['respondent'] } : {}),
      ...(c['cycle'] ? { cycle: c['cycle'] } : {}),
      ...(date && dateIsField ? { fields: { date } } : {}),
      ...(date && !dateIsField && TIMESTAMP.test(date) ? { createdAt: date } : {}),
      answers: g.answers,
      ...(rubric.subjects || g.subjects.length > 0 ? { subjects: g.subjects } : {}),
    };
    const result = parseResponse(candidate);
    if (result.success) loaded.push({ source, response: result.data });
    else invalid.push({ source, issues: result.issues });
  }
  return { loaded, invalid, skipped };
}

/** All responses as pretty JSON (a list), which `importResponses` reads back unchanged. */
export function responsesToJson(responses: readonly RubricResponse[]): string {
  return `${JSON.stringify(responses, null, 2)}\n`;
}

/** The first `max` issues of an entry as `path: message` lines, for a compact listing. */
export function firstIssues(issues: readonly ValidationIssue[], max = 3): string[] {
  return issues.slice(0, max).map((i) => (i.path === formatPath([]) ? i.message : `${i.path}: ${i.message}`));
}
