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
 * exact: `response number` tells apart responses that have no id; the timestamps of the response
 * and of each answer; and `other data`, JSON of whatever else a response, subject or answer holds
 * (response fields such as the date, other item fields), on the rows where there is any. `subject id` and
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
  'created at',
  'updated at',
  'rated at',
  'other data',
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

/** How far an import has got: responses checked so far, of how many found so far. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * The import, one response at a time: yields progress after each response it checks and returns
 * the report. `importResponses` runs it in one go; `importResponsesInSteps` yields to the page.
 */
function* importSteps(rubric: Rubric, files: readonly SourceText[], existing: readonly RubricResponse[]): Generator<ImportProgress, ImportReport> {
  const index = new DuplicateIndex();
  for (const response of existing) index.add(response, EXISTING);
  const loaded: LoadedEntry[] = [];
  const invalid: InvalidEntry[] = [];
  const duplicates: DuplicateEntry[] = [];
  const skipped: SkippedEntry[] = [];
  let done = 0;
  let total = 0;
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
      const read = csvCandidates(rubric, file.text, file.name);
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
  return { loaded, invalid, duplicates, skipped };
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
  if (!Array.isArray(list)) return { usable: [], invalid: [{ source: name, issues: [{ path: '(root)', message: 'expected a list of responses' }] }], skipped: [] };
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

/** `record` without `keys`, or undefined when nothing is left. */
function rest(record: object, keys: readonly string[]): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!keys.includes(key) && value !== undefined) out[key] = value;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** What the cells of a row leave out of an answer: a cleared level (`null`), other fields, an empty note. */
function answerRest(answer: Answer): Record<string, unknown> | undefined {
  const shown = note(answer) !== '';
  const fields = answer.fields && shown ? rest(answer.fields, ['note']) : answer.fields;
  const out = rest(answer, ['level', 'fields', 'updatedAt']) ?? {};
  if (answer.level === null) out['level'] = null;
  if (fields !== undefined && (Object.keys(fields).length > 0 || !shown)) out['fields'] = fields;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** What the cells leave out of a response: its fields (date, school…), language, empty names. */
function responseRest(response: RubricResponse): Record<string, unknown> | undefined {
  const out = rest(response, ['rubricId', 'rubricVersion', 'id', 'respondent', 'cycle', 'createdAt', 'updatedAt', 'answers', 'subjects']) ?? {};
  if (response.respondent === '') out['respondent'] = '';
  if (response.cycle === '') out['cycle'] = '';
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Writes `responses` as CSV: one row per respondent × item (× subject for a continuum), in
 * definition order, then any answers to items the definition does not have. Unrated items get a
 * row with an empty level. Titles and labels are in `lang`. Cells that would start a formula are
 * prefixed with an apostrophe (`readCsv` removes it). `csvToResponses` reads every response back
 * exactly, ids and timestamps included.
 */
export function responsesToCsv(rubric: Rubric, responses: readonly RubricResponse[], lang = 'en'): string {
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang, rubric.defaultLanguage);
  const levels = new Map((rubric.scale.levels ?? []).map((l) => [l.id, l]));
  const items = rubric.sections.flatMap((s) => s.items.map((item) => ({ sectionId: s.id, item })));
  const known = new Set(items.map((i) => i.item.id));
  const withSubjects = rubric.subjects !== undefined;
  const rows: string[][] = [withSubjects ? [...CSV_COLUMNS, ...CSV_SUBJECT_COLUMNS] : [...CSV_COLUMNS]];
  responses.forEach((response, index) => {
    const head = [response.respondent ?? '', response.id ?? '', response.cycle ?? '', responseDate(response)];
    const tail = [response.rubricId, response.rubricVersion, String(index + 1), response.createdAt ?? '', response.updatedAt ?? ''];
    // Response-wide extras go on the response's first row, a subject's on its first row.
    let extra: Record<string, unknown> | undefined = responseRest(response) ? { response: responseRest(response) } : undefined;
    const emit = (answers: Record<string, Answer>, subject?: RatedSubject) => {
      const named = withSubjects ? [subject?.id ?? '', subject?.name ?? ''] : [];
      if (subject?.fields) extra = { ...extra, subject: { fields: subject.fields } };
      const row = (sectionId: string, itemId: string, title: string, answer: Answer | undefined) => {
        const level = answer?.level ? levels.get(answer.level) : undefined;
        // An answer the cells would not bring back (`{}`) is kept as an empty `answer`.
        const carried = answer && (answer.level || note(answer) !== '' || answer.updatedAt);
        const more = answer ? (answerRest(answer) ?? (carried ? undefined : {})) : undefined;
        const other = more ? { ...extra, answer: more } : extra;
        extra = undefined;
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
          answer?.updatedAt ?? '',
          other ? JSON.stringify(other) : '',
          ...named,
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

interface CsvCandidates {
  readonly candidates: readonly Candidate[];
  readonly invalid: readonly InvalidEntry[];
  readonly skipped: readonly SkippedEntry[];
}

interface Group {
  readonly firstRow: number;
  lastRow: number;
  readonly key: string;
  readonly seen: Set<string>;
  readonly cells: Record<string, string>;
  readonly answers: Record<string, Answer>;
  readonly subjects: RatedSubject[];
  readonly rubricIds: Set<string>;
  /** Response-wide data from `other data` (fields, language…). */
  readonly extra: Record<string, unknown>;
  /** Why this response cannot be read back, if anything (an unreadable `other data` cell). */
  readonly problems: ValidationIssue[];
}

/** A plain object parsed from JSON, copied key by key as own data (`__proto__` included), else undefined. */
function plainObject(value: unknown): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** The `other data` cell of a row: `{ response?, subject?, answer? }`, or an issue. */
function otherData(text: string, rowNumber: number): { response?: Record<string, unknown>; subject?: Record<string, unknown>; answer?: Record<string, unknown> } | ValidationIssue {
  if (text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parts = plainObject(value);
  if (!parts) return { path: `row ${rowNumber}`, message: '"other data" is not a JSON object' };
  const part = (key: string) => (Object.hasOwn(parts, key) ? plainObject(parts[key]) : undefined);
  return { response: part('response'), subject: part('subject'), answer: part('answer') };
}

/** Answers keyed by ids read from the file: a null-prototype table, so `__proto__` is an id like any other (and refused by validation with a reason). */
const table = (): Record<string, Answer> => Object.create(null) as Record<string, Answer>;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads CSV written by `responsesToCsv` (columns are found by their header, in any order; only
 * `item id` and `level id` are required). Rows with the same `response number` form one response;
 * without that column, consecutive rows with the same response id, respondent, cycle and date
 * do, until an item repeats. More than `FILE_LIMITS.responses` responses make the whole file
 * invalid, as for JSON. Returns the candidate responses, not yet validated.
 */
function csvCandidates(rubric: Rubric, text: string, name: string): CsvCandidates {
  const parsed = readCsv(text);
  if (!parsed.ok) return { candidates: [], invalid: [{ source: name, issues: [{ path: `line ${parsed.line}`, message: parsed.message }] }], skipped: [] };
  const [header, ...body] = parsed.rows;
  const columns = new Map((header ?? []).map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = (['item id', 'level id'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const message = `the header row has no ${missing.map((m) => `"${m}"`).join(' or ')} column`;
    return { candidates: [], invalid: [{ source: name, issues: [{ path: 'line 1', message }] }], skipped: [] };
  }
  const cell = (row: readonly string[], column: CsvColumn) => {
    const i = columns.get(column);
    return i === undefined ? '' : (row[i] ?? '');
  };
  const dateIsField = rubric.responseFields?.some((f) => f.id === 'date') ?? false;
  const groups: Group[] = [];
  const byNumber = new Map<string, Group>();
  let current: Group | undefined;
  const tooMany = { source: name, issues: [{ path: '(root)', message: `more than ${FILE_LIMITS.responses} responses in one file` }] };
  for (const [i, row] of body.entries()) {
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
        extra: {},
        problems: [],
      };
      groups.push(current);
      if (groups.length > FILE_LIMITS.responses) return { candidates: [], invalid: [tooMany], skipped: [] };
      if (numbered) byNumber.set(key, current);
    }
    current.lastRow = rowNumber;
    current.seen.add(at);
    const rubricId = cell(row, 'rubric id');
    if (rubricId) current.rubricIds.add(rubricId);
    const level = cell(row, 'level id');
    const text = cell(row, 'note');
    const ratedAt = cell(row, 'rated at');
    const other = otherData(cell(row, 'other data'), rowNumber);
    if ('path' in other) {
      current.problems.push(other);
      continue;
    }
    for (const [key, value] of Object.entries(other.response ?? {})) {
      Object.defineProperty(current.extra, key, { value, enumerable: true, writable: true, configurable: true });
    }
    let answers = current.answers;
    if (subjectId) {
      let subject = current.subjects.find((s) => s.id === subjectId);
      if (!subject) current.subjects.push((subject = { id: subjectId, name: cell(row, 'subject name'), answers: table() }));
      const fields = other.subject && Object.hasOwn(other.subject, 'fields') ? other.subject['fields'] : undefined;
      if (fields !== undefined) subject.fields = fields as RatedSubject['fields'];
      answers = subject.answers;
    }
    if (level || text || ratedAt || other.answer) {
      const more = other.answer ?? {};
      const kept = Object.hasOwn(more, 'fields') ? plainObject(more['fields']) : undefined;
      const fields = text ? { ...kept, note: text } : kept;
      answers[itemId] = {
        ...more,
        ...(level ? { level } : {}),
        ...(fields ? { fields } : {}),
        ...(ratedAt ? { updatedAt: ratedAt } : {}),
      } as Answer;
    }
  }
  const candidates: Candidate[] = [];
  const invalid: InvalidEntry[] = [];
  const skipped: SkippedEntry[] = [];
  for (const g of groups) {
    const source = g.firstRow === g.lastRow ? `${name} row ${g.firstRow}` : `${name} rows ${g.firstRow}–${g.lastRow}`;
    const [rubricId = rubric.id] = g.rubricIds;
    if (g.rubricIds.size > 1 || rubricId !== rubric.id) {
      skipped.push({ source, rubricId: [...g.rubricIds].join(', ') });
      continue;
    }
    if (g.problems.length > 0) {
      invalid.push({ source, issues: g.problems });
      continue;
    }
    const c = g.cells;
    const date = c['date'] ?? '';
    // Files with the timestamp columns carry the date in `other data`; older files only in `date`.
    const legacy = !columns.has('created at') && !columns.has('other data');
    const candidate = {
      ...g.extra,
      rubricId,
      rubricVersion: c['rubric version'] || rubric.version,
      ...(c['response id'] ? { id: c['response id'] } : {}),
      ...(c['respondent'] ? { respondent: c['respondent'] } : {}),
      ...(c['cycle'] ? { cycle: c['cycle'] } : {}),
      ...(legacy && date && dateIsField ? { fields: { date } } : {}),
      ...(legacy && date && !dateIsField && TIMESTAMP.test(date) ? { createdAt: date } : {}),
      ...(c['created at'] ? { createdAt: c['created at'] } : {}),
      ...(c['updated at'] ? { updatedAt: c['updated at'] } : {}),
      answers: g.answers,
      ...(rubric.subjects || g.subjects.length > 0 ? { subjects: g.subjects } : {}),
    };
    candidates.push({ source, value: candidate });
  }
  return { candidates, invalid, skipped };
}

/** Reads one CSV file for `rubric` and validates each response in it (see `csvCandidates`). Never throws. */
export function csvToResponses(rubric: Rubric, text: string, name = 'CSV'): CsvImport {
  const read = csvCandidates(rubric, text, name);
  const loaded: LoadedEntry[] = [];
  const invalid: InvalidEntry[] = [...read.invalid];
  for (const { source, value } of read.candidates) {
    const result = parseResponse(value);
    if (result.success) loaded.push({ source, response: result.data });
    else invalid.push({ source, issues: result.issues });
  }
  return { loaded, invalid, skipped: read.skipped };
}

/** All responses as pretty JSON (a list), which `importResponses` reads back unchanged. */
export function responsesToJson(responses: readonly RubricResponse[]): string {
  return `${JSON.stringify(responses, null, 2)}\n`;
}

/** The first `max` issues of an entry as `path: message` lines, for a compact listing. */
export function firstIssues(issues: readonly ValidationIssue[], max = 3): string[] {
  return issues.slice(0, max).map((i) => (i.path === formatPath([]) ? i.message : `${i.path}: ${i.message}`));
}
