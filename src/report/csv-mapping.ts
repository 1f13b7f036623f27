/**
 * A team's responses as CSV and back: which column holds what, one row per respondent × item
 * (× subject), and rows grouped back into responses exactly. Pure: text in, data out.
 */
import { csvRecords, unprotectCell, writeCsv } from '../rubrics/csv.js';
import { TIMESTAMP } from '../rubrics/input-limits.js';
import { parseResponse, type ValidationIssue } from '../rubrics/parse.js';
import type { Answer, Field, FieldValue, RatedSubject, Rubric, RubricResponse } from '../rubrics/schema.js';
import { localize } from '../rubrics/text.js';
import { FILE_LIMITS, type Candidate, type ImportReport, type InvalidEntry, type LoadedEntry, type SkippedEntry } from './entries.js';

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

/** Where a definition field's values live in a response: on each answer, on the response, on each subject. */
export type FieldScope = 'item' | 'response' | 'subject';

/** One column per definition field, after the fixed ones: `item field: opportunity`, `response field: school`, `subject field: strengthen`. */
export interface FieldColumn {
  readonly scope: FieldScope;
  readonly field: Field;
  /** The header cell. */
  readonly header: string;
}

/**
 * The field columns of `rubric`'s CSV, in definition order: item fields (but `note`, which has its
 * own column), response fields (but `date`, which has its own), subject fields. A field whose header
 * would repeat another's (ids that differ only in case) gets no column: its values stay in `other data`.
 */
export function fieldColumns(rubric: Rubric): FieldColumn[] {
  const seen = new Set<string>();
  const columns: FieldColumn[] = [];
  const add = (scope: FieldScope, fields: readonly Field[] | undefined, skip: string) => {
    for (const field of fields ?? []) {
      const header = `${scope} field: ${field.id}`;
      if (field.id === skip || seen.has(header.toLowerCase())) continue;
      seen.add(header.toLowerCase());
      columns.push({ scope, field, header });
    }
  };
  add('item', rubric.itemFields, 'note');
  add('response', rubric.responseFields, 'date');
  add('subject', rubric.subjects?.fields, '');
  return columns;
}

/**
 * A field value as its cell, when the cell brings it back exactly: a checkbox's true or false as
 * `true` / `false`, any other field's non-empty text as written. Anything else (an empty text, a
 * text in a checkbox field) returns undefined and stays in `other data`.
 */
function fieldCell(field: Field, value: FieldValue | undefined): string | undefined {
  if (field.type === 'checkbox') return typeof value === 'boolean' ? String(value) : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A cell read back into a field value ('' is no value); a checkbox reads true/false in any case, also yes/no. */
function cellValue(field: Field, cell: string): FieldValue | undefined {
  if (cell === '') return undefined;
  if (field.type !== 'checkbox') return cell;
  const word = cell.trim().toLowerCase();
  return word === 'true' || word === 'yes' ? true : word === 'false' || word === 'no' ? false : cell;
}

/** The cells of `columns` for `fields`, and `fields` without the values those cells carry (undefined when nothing is left to carry). */
function splitFields(
  columns: readonly FieldColumn[],
  fields: Readonly<Record<string, FieldValue>> | undefined,
): { cells: string[]; rest: Record<string, FieldValue> | undefined } {
  const cells = columns.map((c) => (fields && Object.hasOwn(fields, c.field.id) ? fieldCell(c.field, fields[c.field.id]) : undefined));
  if (!fields) return { cells: cells.map(() => ''), rest: undefined };
  const carried = new Set(columns.filter((_, i) => cells[i] !== undefined).map((c) => c.field.id));
  const rest: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(fields)) if (!carried.has(key)) rest[key] = value;
  // An empty `fields` object that no cell carries is kept, so it comes back as it was.
  return { cells: cells.map((c) => c ?? ''), rest: Object.keys(rest).length > 0 || carried.size === 0 ? rest : undefined };
}

/** The `note` column: the answer's `note` field, as the field columns are read and written. */
const NOTE_COLUMN: FieldColumn = { scope: 'item', field: { id: 'note', label: 'note', type: 'textarea' }, header: 'note' };

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

/** What the cells of a row leave out of an answer: a cleared level (`null`), fields no cell carries. */
function answerRest(answer: Answer, fields: Record<string, FieldValue> | undefined): Record<string, unknown> | undefined {
  const out = rest(answer, ['level', 'fields', 'updatedAt']) ?? {};
  if (answer.level === null) out['level'] = null;
  if (fields !== undefined) out['fields'] = fields;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** What the cells leave out of a response: fields no cell carries (the date…), language, empty names. */
function responseRest(response: RubricResponse, fields: Record<string, FieldValue> | undefined): Record<string, unknown> | undefined {
  const out =
    rest(response, ['rubricId', 'rubricVersion', 'id', 'respondent', 'cycle', 'createdAt', 'updatedAt', 'answers', 'subjects', 'fields']) ??
    {};
  if (fields !== undefined) out['fields'] = fields;
  if (response.respondent === '') out['respondent'] = '';
  if (response.cycle === '') out['cycle'] = '';
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Writes `responses` as CSV: one row per respondent × item (× subject for a continuum), in
 * definition order, then any answers to items the definition does not have. Unrated items get a
 * row with an empty level. Every field the definition has gets its own column after the fixed ones
 * (`fieldColumns`): an item field's value on its item's row, a response field's and a subject
 * field's on each row of the response or subject. Titles and labels are in `lang`. Cells that
 * would start a formula are prefixed with an apostrophe (`readCsv` removes it). `csvToResponses`
 * reads every response back exactly, ids and timestamps included.
 */
export function responsesToCsv(rubric: Rubric, responses: readonly RubricResponse[], lang = 'en'): string {
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang, rubric.defaultLanguage);
  const levels = new Map((rubric.scale.levels ?? []).map((l) => [l.id, l]));
  const items = rubric.sections.flatMap((s) => s.items.map((item) => ({ sectionId: s.id, item })));
  const known = new Set(items.map((i) => i.item.id));
  const withSubjects = rubric.subjects !== undefined;
  const columns = fieldColumns(rubric);
  const itemColumns = [NOTE_COLUMN, ...columns.filter((c) => c.scope === 'item')];
  const responseColumns = columns.filter((c) => c.scope === 'response');
  const subjectColumns = columns.filter((c) => c.scope === 'subject');
  const header = [...CSV_COLUMNS, ...(withSubjects ? CSV_SUBJECT_COLUMNS : []), ...columns.map((c) => c.header)];
  const rows: string[][] = [header];
  responses.forEach((response, index) => {
    const head = [response.respondent ?? '', response.id ?? '', response.cycle ?? '', responseDate(response)];
    const tail = [response.rubricId, response.rubricVersion, String(index + 1), response.createdAt ?? '', response.updatedAt ?? ''];
    const own = splitFields(responseColumns, response.fields);
    // Response-wide extras go on the response's first row, a subject's on its first row.
    const first = responseRest(response, own.rest);
    let extra: Record<string, unknown> | undefined = first ? { response: first } : undefined;
    const emit = (answers: Record<string, Answer>, subject?: RatedSubject) => {
      const named = withSubjects ? [subject?.id ?? '', subject?.name ?? ''] : [];
      const theirs = splitFields(subjectColumns, subject?.fields);
      if (theirs.rest !== undefined) extra = { ...extra, subject: { fields: theirs.rest } };
      const row = (sectionId: string, itemId: string, title: string, answer: Answer | undefined) => {
        const level = answer?.level ? levels.get(answer.level) : undefined;
        const split = splitFields(itemColumns, answer?.fields);
        // An answer the cells would not bring back (`{}`) is kept as an empty `answer`.
        const carried = answer && (answer.level || answer.updatedAt || split.cells.some((c) => c !== ''));
        const more = answer ? (answerRest(answer, split.rest) ?? (carried ? undefined : {})) : undefined;
        const other = more ? { ...extra, answer: more } : extra;
        extra = undefined;
        const [noteCell = '', ...fieldCells] = split.cells;
        rows.push([
          ...head,
          sectionId,
          itemId,
          title,
          answer?.level ?? '',
          level ? t(level.label) : '',
          level?.position === undefined ? '' : String(level.position),
          noteCell,
          ...tail,
          answer?.updatedAt ?? '',
          other ? JSON.stringify(other) : '',
          ...named,
          ...fieldCells,
          ...own.cells,
          ...theirs.cells,
        ]);
      };
      for (const { sectionId, item } of items)
        row(sectionId, item.id, t(item.title), Object.hasOwn(answers, item.id) ? answers[item.id] : undefined);
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

export interface CsvCandidates {
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
  /** Response fields read from their columns on the response's first row. */
  readonly fields: Record<string, FieldValue> | undefined;
}

/** A plain object parsed from JSON, copied key by key as own data (`__proto__` included), else undefined. */
function plainObject(value: unknown): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * Field values from `other data` with those read from field columns added; `other data` that is
 * not an object is kept as it is, so validation reports it instead of it being dropped.
 */
function withCells(other: unknown, cells: Record<string, FieldValue> | undefined): unknown {
  if (other === undefined) return cells;
  const kept = plainObject(other);
  return kept ? { ...kept, ...cells } : other;
}

/** The `other data` cell of a row: `{ response?, subject?, answer? }`, or an issue. */
function otherData(
  text: string,
  rowNumber: number,
): { response?: Record<string, unknown>; subject?: Record<string, unknown>; answer?: Record<string, unknown> } | ValidationIssue {
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

/** Rows read between two turns given to the page by `csvCandidateSteps`. */
const ROWS_PER_STEP = 2000;

/**
 * Reads CSV written by `responsesToCsv` (columns are found by their header, in any order; only
 * `item id` and `level id` are required). Rows with the same `response number` form one response;
 * without that column, consecutive rows with the same response id, respondent, cycle and date
 * do, until an item repeats. More than `FILE_LIMITS.responses` responses make the whole file
 * invalid, as for JSON. Returns the candidate responses, not yet validated. Runs in one go: see
 * `csvCandidateSteps` for a long file.
 */
export function csvCandidates(rubric: Rubric, text: string, name: string): CsvCandidates {
  const steps = csvCandidateSteps(rubric, text, name);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `csvCandidates` a step at a time: yields the share of the text read so far (0 to 1) every
 * `ROWS_PER_STEP` rows, so an import can give the page a turn while it reads a file of many
 * thousand rows, and returns the candidates. A file that cannot be read as CSV gives no
 * candidates, wherever its fault is.
 */
export function* csvCandidateSteps(rubric: Rubric, text: string, name: string): Generator<number, CsvCandidates> {
  const unreadable = (line: number, message: string): CsvCandidates => ({
    candidates: [],
    invalid: [{ source: name, issues: [{ path: `line ${line}`, message }] }],
    skipped: [],
  });
  const records = csvRecords(text);
  const first = records.next();
  if (first.done && first.value) return unreadable(first.value.line, first.value.message);
  const header = first.done ? [] : first.value.cells.map(unprotectCell);
  const columns = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = (['item id', 'level id'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const message = `the header row has no ${missing.map((m) => `"${m}"`).join(' or ')} column`;
    return unreadable(1, message);
  }
  const cell = (row: readonly string[], column: CsvColumn) => {
    const i = columns.get(column);
    return i === undefined ? '' : (row[i] ?? '');
  };
  const fieldCols = fieldColumns(rubric).filter((c) => columns.has(c.header.toLowerCase()));
  /** The values of `scope`'s field columns in `row`, or undefined when every such cell is empty. */
  const fieldsIn = (row: readonly string[], scope: FieldScope): Record<string, FieldValue> | undefined => {
    let out: Record<string, FieldValue> | undefined;
    for (const c of fieldCols) {
      if (c.scope !== scope) continue;
      const value = cellValue(c.field, row[columns.get(c.header.toLowerCase())!] ?? '');
      if (value !== undefined) (out ??= {})[c.field.id] = value;
    }
    return out;
  };
  const dateIsField = rubric.responseFields?.some((f) => f.id === 'date') ?? false;
  const groups: Group[] = [];
  const byNumber = new Map<string, Group>();
  let current: Group | undefined;
  const tooMany = { source: name, issues: [{ path: '(root)', message: `more than ${FILE_LIMITS.responses} responses in one file` }] };
  for (let i = 0; ; i++) {
    const read = records.next();
    if (read.done) {
      if (read.value) return unreadable(read.value.line, read.value.message);
      break;
    }
    if (i > 0 && i % ROWS_PER_STEP === 0) yield read.value.end / text.length;
    const row = read.value.cells.map(unprotectCell);
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
        fields: fieldsIn(row, 'response'),
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
    const note = cell(row, 'note');
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
      if (!subject) {
        const cells = fieldsIn(row, 'subject');
        current.subjects.push(
          (subject = { id: subjectId, name: cell(row, 'subject name'), answers: table(), ...(cells ? { fields: cells } : {}) }),
        );
      }
      const fields = other.subject && Object.hasOwn(other.subject, 'fields') ? other.subject['fields'] : undefined;
      if (fields !== undefined) subject.fields = withCells(fields, subject.fields) as RatedSubject['fields'];
      answers = subject.answers;
    }
    const cells = fieldsIn(row, 'item');
    if (level || note || ratedAt || other.answer || cells) {
      const more = other.answer ?? {};
      const kept = Object.hasOwn(more, 'fields') ? plainObject(more['fields']) : undefined;
      const fields = note || cells ? { ...kept, ...cells, ...(note ? { note } : {}) } : kept;
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
    const legacyDate = legacy && date && dateIsField ? { date } : undefined;
    const cells = legacyDate || g.fields ? { ...legacyDate, ...g.fields } : undefined;
    const fields = cells ? withCells(Object.hasOwn(g.extra, 'fields') ? g.extra['fields'] : undefined, cells) : undefined;
    const candidate = {
      ...g.extra,
      ...(fields ? { fields } : {}),
      rubricId,
      rubricVersion: c['rubric version'] || rubric.version,
      ...(c['response id'] ? { id: c['response id'] } : {}),
      ...(c['respondent'] ? { respondent: c['respondent'] } : {}),
      ...(c['cycle'] ? { cycle: c['cycle'] } : {}),
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
