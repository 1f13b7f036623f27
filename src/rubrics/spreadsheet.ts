/**
 * Rubric definitions from and to spreadsheets: CSV files, and the tab-separated text a copy from
 * Excel or Google Sheets puts on the clipboard. Three layouts, told apart by their header row:
 *
 * - **grid**: an optional `Section` (or `Driver`) column, an optional `Code` column, the item titles, an
 *   optional `Description` column, then one column per level headed by its label (lowest first),
 *   descriptors in the cells. Like the paper.
 * - **canvas**: Canvas's rubric CSV, `Rubric Name, Criteria Name, Criteria Description, Criteria
 *   Enable Range`, then `Rating Name, Rating Description, Rating Points` once per level, highest first.
 * - **long**: one row per item and level, `criterion, level, level_description, score` (what
 *   Moodle's rubric import plugins read).
 *
 * Pure (no DOM), total (bad input comes back as issues naming the row and column, never a throw),
 * and checked by the same schema as any definition. What each layout holds is in docs/spreadsheets.md.
 */
import { detectDelimiter, readCsv, writeCsv, type Delimiter } from './csv.js';
import { formatPath, INPUT_LIMITS, parseDefinition, type ParseResult, type ValidationIssue } from './parse.js';
import { isSafeKey, type Rubric } from './schema.js';
import { localize } from './text.js';

export type SpreadsheetFormat = 'grid' | 'canvas' | 'long';

export interface SpreadsheetReadOptions {
  /** Read as this layout instead of telling it from the header. */
  readonly format?: SpreadsheetFormat;
  /** Cell separator; by default a tab if the header has one, else a comma (or a semicolon). */
  readonly delimiter?: Delimiter;
  /** The new definition's id; by default made from its title. */
  readonly id?: string;
  /** The title; by default Canvas's `Rubric Name`, else "Imported rubric". */
  readonly title?: string;
  readonly version?: string;
  /** The grid's level columns run from the highest level to the lowest (Canvas's habit). */
  readonly highestFirst?: boolean;
}

export interface SpreadsheetWriteOptions {
  readonly format: SpreadsheetFormat;
  /** Cell separator: `','` (default) for a .csv file, `'\t'` to paste into a spreadsheet. */
  readonly delimiter?: Delimiter;
  /** Language of the texts written, for a translated definition; default its `defaultLanguage`. */
  readonly lang?: string;
}

const CANVAS_HEAD = ['Rubric Name', 'Criteria Name', 'Criteria Description', 'Criteria Enable Range'];
const CANVAS_RATING = ['Rating Name', 'Rating Description', 'Rating Points'];
const LONG_HEAD = ['criterion', 'level', 'level_description', 'score'];

const norm = (cell: string | undefined) => (cell ?? '').trim().toLowerCase();
/** Headers of a grid's optional first column of section titles (the Coherence paper's are drivers). */
const SECTION_HEADERS = new Set(['section', 'driver', 'sección', 'seccion']);

/** The layout a header row announces. */
export function detectSpreadsheetFormat(header: readonly string[]): SpreadsheetFormat {
  if (norm(header[0]) === 'rubric name' && norm(header[1]) === 'criteria name') return 'canvas';
  const names = header.map(norm);
  return names.includes('criterion') && names.includes('level') && names.includes('level_description') ? 'long' : 'grid';
}

/** A spreadsheet column name: A, B, … Z, AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

class SheetError extends Error {}

/** The rows of a sheet with the words for a cell's place ("row 4, column C (Mastering)"). */
class Sheet {
  constructor(
    readonly rows: readonly string[][],
    readonly rowNumbers: readonly number[],
  ) {}
  get header(): readonly string[] {
    return this.rows[0] ?? [];
  }
  cell(row: number, col: number): string {
    return (this.rows[row]?.[col] ?? '').trim();
  }
  place(row: number, col?: number): string {
    const at = `row ${this.rowNumbers[row] ?? row + 1}`;
    if (col === undefined) return at;
    const head = this.header[col]?.trim();
    return `${at}, column ${columnName(col)}${head && row > 0 ? ` (${head})` : ''}`;
  }
  fail(row: number, col: number | undefined, message: string): never {
    throw new SheetError(`${this.place(row, col)}: ${message}`);
  }
}

/** What a layout reader finds, before ids are made: texts with the cell each came from. */
interface Found {
  title?: string;
  levels: { label: string; at: string }[];
  items: {
    section?: { title: string; at: string };
    code?: string;
    title: string;
    description?: string;
    /** Descriptor per level index ('' = empty cell). */
    descriptors: string[];
    /** Points per level index, when the layout has them. */
    points?: (number | undefined)[];
    at: { title: string; code?: string; description?: string; descriptors: string[]; points?: string[] };
  }[];
}

function readPoints(sheet: Sheet, row: number, col: number): number | undefined {
  const text = sheet.cell(row, col);
  if (text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) sheet.fail(row, col, `expected a number of points, got "${text}"`);
  return value;
}

function readGrid(sheet: Sheet, highestFirst: boolean): Found {
  const head = sheet.header.map(norm);
  let c = 0;
  const sectionCol = SECTION_HEADERS.has(head[c]!) ? c++ : -1;
  const codeCol = head[c] === 'code' ? c++ : -1;
  const titleCol = c++;
  const descriptionCol = head[c] === 'description' ? c++ : -1;
  const width = Math.max(...sheet.rows.map((r) => r.length));
  let levelCols: number[] = [];
  for (let col = c; col < width; col++) {
    const used = sheet.rows.some((_, r) => r > 0 && sheet.cell(r, col) !== '');
    if (sheet.cell(0, col) !== '') levelCols.push(col);
    else if (used) sheet.fail(0, col, 'expected the label of the level whose descriptors are in this column');
  }
  if (levelCols.length < 2) sheet.fail(0, undefined, `expected the item titles in column ${columnName(titleCol)}, then one column per level headed by its label`);
  if (highestFirst) levelCols = levelCols.reverse();
  const found: Found = { levels: levelCols.map((col) => ({ label: sheet.cell(0, col), at: sheet.place(0, col) })), items: [] };
  let section: Found['items'][number]['section'];
  for (let r = 1; r < sheet.rows.length; r++) {
    if (sheet.rows[r]!.every((cell) => cell.trim() === '')) continue;
    if (sectionCol >= 0 && sheet.cell(r, sectionCol) !== '') {
      const title = sheet.cell(r, sectionCol);
      if (title !== section?.title) section = { title, at: sheet.place(r, sectionCol) };
    } else if (sectionCol >= 0 && !section) sheet.fail(r, sectionCol, 'expected the title of the first section');
    found.items.push({
      ...(section ? { section } : {}),
      ...(codeCol >= 0 && sheet.cell(r, codeCol) ? { code: sheet.cell(r, codeCol) } : {}),
      title: sheet.cell(r, titleCol),
      ...(descriptionCol >= 0 && sheet.cell(r, descriptionCol) ? { description: sheet.cell(r, descriptionCol) } : {}),
      descriptors: levelCols.map((col) => sheet.cell(r, col)),
      at: {
        title: sheet.place(r, titleCol),
        ...(codeCol >= 0 ? { code: sheet.place(r, codeCol) } : {}),
        ...(descriptionCol >= 0 ? { description: sheet.place(r, descriptionCol) } : {}),
        descriptors: levelCols.map((col) => sheet.place(r, col)),
      },
    });
  }
  return found;
}

function readCanvas(sheet: Sheet): Found {
  const found: Found = { levels: [], items: [] };
  let first = -1;
  let reverse = true;
  for (let r = 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    if (row.every((cell) => cell.trim() === '')) continue;
    const name = sheet.cell(r, 0);
    if (first < 0) found.title = name;
    else if (name !== found.title) sheet.fail(r, 0, `one file holds one rubric: this row names "${name}", the rows above "${found.title}"`);
    const ratings: { label: string; text: string; points: number | undefined; col: number }[] = [];
    for (let col = 4; col < row.length; col += 3) {
      const label = sheet.cell(r, col);
      if (label === '' && sheet.cell(r, col + 1) === '' && sheet.cell(r, col + 2) === '') continue;
      if (label === '') sheet.fail(r, col, "expected the rating's name");
      ratings.push({ label, text: sheet.cell(r, col + 1), points: readPoints(sheet, r, col + 2), col });
    }
    if (first < 0) {
      first = r;
      if (ratings.length < 2) sheet.fail(r, 4, 'expected at least two ratings (Rating Name, Rating Description, Rating Points) per criterion');
      // Canvas lists ratings from the most points down; our scales run lowest first.
      const [top, bottom] = [ratings[0]!.points, ratings[ratings.length - 1]!.points];
      reverse = !(top !== undefined && bottom !== undefined && top < bottom);
      const ordered = reverse ? [...ratings].reverse() : ratings;
      found.levels = ordered.map((g) => ({ label: g.label, at: sheet.place(r, g.col) }));
    }
    const ordered = reverse ? [...ratings].reverse() : ratings;
    found.levels.forEach((level, i) => {
      const got = ordered[i];
      if (got?.label !== level.label) {
        const col = got?.col ?? 4 + 3 * ratings.length;
        sheet.fail(r, col, `every criterion is rated on one scale: expected the rating "${level.label}" here, as in ${sheet.place(first)}`);
      }
    });
    if (ordered.length > found.levels.length) sheet.fail(r, ordered[found.levels.length]!.col, `every criterion is rated on one scale: ${sheet.place(first)} has ${found.levels.length} ratings`);
    const description = sheet.cell(r, 2);
    found.items.push({
      title: sheet.cell(r, 1),
      ...(description ? { description } : {}),
      descriptors: ordered.map((g) => g.text),
      points: ordered.map((g) => g.points),
      at: {
        title: sheet.place(r, 1),
        description: sheet.place(r, 2),
        descriptors: ordered.map((g) => sheet.place(r, g.col + 1)),
        points: ordered.map((g) => sheet.place(r, g.col + 2)),
      },
    });
  }
  return found;
}

function readLong(sheet: Sheet): Found {
  const head = sheet.header.map(norm);
  const [criterionCol, levelCol, textCol, scoreCol] = LONG_HEAD.map((name) => head.indexOf(name)) as [number, number, number, number];
  type Group = { name: string; row: number; rows: { label: string; row: number }[] };
  // Rows group by criterion name, in any order; a name whose level comes again starts another item of that name.
  const groups: Group[] = [];
  const latest = new Map<string, Group>();
  for (let r = 1; r < sheet.rows.length; r++) {
    if (sheet.rows[r]!.every((cell) => cell.trim() === '')) continue;
    const name = sheet.cell(r, criterionCol);
    if (name === '') sheet.fail(r, criterionCol, "expected the criterion's name");
    const label = sheet.cell(r, levelCol);
    if (label === '') sheet.fail(r, levelCol, "expected the level's name");
    let group = latest.get(name);
    if (!group || group.rows.some((g) => g.label === label)) {
      groups.push((group = { name, row: r, rows: [] }));
      latest.set(name, group);
    }
    group.rows.push({ label, row: r });
  }
  const firstGroup = groups[0] ?? sheet.fail(0, undefined, 'expected one row per criterion and level under the header');
  const firstName = firstGroup.name;
  let labels = firstGroup.rows.map((g) => g.label);
  const score = (row: number) => (scoreCol >= 0 ? readPoints(sheet, row, scoreCol) : undefined);
  const scores = firstGroup.rows.map((g) => score(g.row));
  // Levels run from the lowest score up when the scores say so; else in the order listed.
  if (scores.every((s) => s !== undefined)) {
    labels = firstGroup.rows.map((g, i) => ({ label: g.label, s: scores[i]! })).sort((a, b) => a.s - b.s).map((x) => x.label);
  }
  const found: Found = { levels: labels.map((label) => ({ label, at: sheet.place(firstGroup.rows.find((g) => g.label === label)!.row, levelCol) })), items: [] };
  for (const group of groups) {
    const name = group.name;
    const rows = labels.map((label) => group.rows.find((g) => g.label === label) ?? sheet.fail(group.row, levelCol, `"${name}" has no level "${label}", which "${firstName}" has: every criterion is rated on one scale`));
    if (group.rows.length > labels.length) {
      const extra = group.rows.find((g) => !labels.includes(g.label))!;
      sheet.fail(extra.row, levelCol, `"${firstName}" has no level "${extra.label}": every criterion is rated on one scale`);
    }
    found.items.push({
      title: name,
      descriptors: rows.map((g) => sheet.cell(g.row, textCol)),
      ...(scoreCol >= 0 ? { points: rows.map((g) => score(g.row)) } : {}),
      at: {
        title: sheet.place(group.row, criterionCol),
        descriptors: rows.map((g) => sheet.place(g.row, textCol)),
        ...(scoreCol >= 0 ? { points: rows.map((g) => sheet.place(g.row, scoreCol)) } : {}),
      },
    });
  }
  return found;
}

/**
 * One scale's points and a weight per item from points given per item: the scale's points are
 * those of the item with the fewest (so weights come out as 1, 2, 3 rather than fractions); every
 * other item's must be those times one number, its weight.
 */
function pointsAndWeights(found: Found): { points?: number[]; weights: (number | undefined)[] } {
  const given = found.items.map((item) => item.points ?? []);
  if (given.every((p) => p.every((v) => v === undefined))) return { weights: [] };
  found.items.forEach((item) =>
    item.points?.forEach((v, j) => {
      if (v === undefined) throw new SheetError(`${item.at.points![j]}: expected points, as the other ratings have`);
    }),
  );
  const top = (p: readonly (number | undefined)[]) => Math.max(...p.map((v) => Math.abs(v as number)));
  const baseIndex = given.reduce((best, p, i) => (top(p) > 0 && (top(given[best]!) === 0 || top(p) < top(given[best]!)) ? i : best), 0);
  const base = given[baseIndex] as number[];
  const baseRow = found.items[baseIndex]!.at.points![0]!.split(',')[0];
  const weights = given.map((p, i) => {
    const at = found.items[i]!.at.points!;
    const j = base.findIndex((b) => b !== 0);
    const k = j < 0 ? 1 : Math.round(((p[j] as number) / base[j]!) * 1e9) / 1e9;
    p.forEach((v, n) => {
      if (Math.abs((v as number) - base[n]! * k) > 1e-9 * Math.max(1, Math.abs(v as number))) {
        throw new SheetError(`${at[n]}: the points of every criterion must be those of ${baseRow} (${base.join(', ')}) times one weight`);
      }
    });
    return k === 1 ? undefined : k;
  });
  return { points: base, weights };
}

/** Ids made from texts: lowercase ASCII words joined by "-", unique, never a reserved name. */
export function idMaker(fallback: string) {
  const used = new Set<string>();
  return (text: string, n: number): string => {
    const base =
      text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 48).replace(/^-+|-+$/g, '') ||
      `${fallback}-${n + 1}`;
    let id = base;
    // `prototype` passes the schema's id check but not the structural check of keys (descriptors are keyed by level id).
    for (let k = 2; used.has(id) || !isSafeKey(id) || id === 'prototype'; k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  };
}

/** Builds the definition object and, for each field, the cell it came from. */
function build(found: Found, options: SpreadsheetReadOptions): { definition: Record<string, unknown>; places: Map<string, string> } {
  const places = new Map<string, string>();
  const levelId = idMaker('level');
  const sectionId = idMaker('section');
  const itemId = idMaker('item');
  const { points, weights } = pointsAndWeights(found);
  const levels = found.levels.map((level, i) => {
    places.set(formatPath(['scale', 'levels', i]), level.at);
    return { id: levelId(level.label, i), label: level.label, position: i + 1, ...(points ? { points: points[i] } : {}) };
  });
  const anyDescriptor = found.items.some((item) => item.descriptors.some((d) => d !== ''));
  const title = options.title ?? found.title ?? 'Imported rubric';
  const sections: { id: string; title: string; items: Record<string, unknown>[] }[] = [];
  found.items.forEach((item, n) => {
    const key = item.section ?? { title, at: '' };
    let section = sections[sections.length - 1];
    if (!section || (item.section && found.items[n - 1]?.section !== item.section)) {
      const s = sections.length;
      if (key.at) places.set(formatPath(['sections', s]), key.at);
      sections.push((section = { id: sectionId(key.title, s), title: key.title, items: [] }));
    }
    const at = ['sections', sections.length - 1, 'items', section.items.length];
    places.set(formatPath(at), item.at.title);
    if (item.at.code) places.set(formatPath([...at, 'code']), item.at.code);
    if (item.at.description) places.set(formatPath([...at, 'description']), item.at.description);
    if (item.at.points) places.set(formatPath([...at, 'weight']), item.at.points[0]!);
    const descriptors: Record<string, string> = {};
    item.descriptors.forEach((text, i) => {
      places.set(formatPath([...at, 'descriptors', levels[i]!.id]), item.at.descriptors[i]!);
      if (text !== '') descriptors[levels[i]!.id] = text;
    });
    const weight = weights[n];
    section.items.push({
      id: itemId(item.title, n),
      ...(item.code ? { code: item.code } : {}),
      title: item.title,
      ...(item.description ? { description: item.description } : {}),
      ...(anyDescriptor ? { descriptors } : {}),
      ...(weight !== undefined ? { weight } : {}),
    });
  });
  const definition = {
    id: options.id ?? idMaker('rubric')(title, 0),
    version: options.version ?? '1.0.0',
    title,
    layout: anyDescriptor ? 'descriptor-grid' : 'rating-scale',
    scale: { levels },
    sections,
  };
  return { definition, places };
}

/** Replaces a schema path by the cell it came from, where one is known. */
function placeIssue(issue: ValidationIssue, places: Map<string, string>): ValidationIssue {
  for (let path = issue.path; path; path = path.replace(/(\.[^.[]+|\[[^\]]*\])$/, '')) {
    const place = places.get(path);
    if (place) return { path: place, message: issue.message };
    if (!/[.[]/.test(path)) break;
  }
  return issue;
}

/**
 * Reads a rubric from spreadsheet text (CSV or tab-separated) in the grid, Canvas or long layout.
 * Returns what `parseDefinition` returns; issues name the row and column. Never throws.
 */
export function definitionFromSpreadsheet(text: string, options: SpreadsheetReadOptions = {}): ParseResult<Rubric> {
  const fail = (path: string, message: string): ParseResult<Rubric> => ({ success: false, issues: [{ path, message }] });
  if (typeof text !== 'string') return fail('(root)', 'expected spreadsheet text');
  if (text.length > INPUT_LIMITS.bytes) return fail('(root)', `too large: over ${INPUT_LIMITS.bytes} characters`);
  const csv = readCsv(text, options.delimiter ?? detectDelimiter(text));
  if (!csv.ok) return fail(`line ${csv.line}`, csv.message);
  const sheet = new Sheet(csv.rows, csv.rowNumbers);
  if (sheet.rows.length < 2) return fail('row 1', 'expected a header row, then a row per item');
  try {
    const format = options.format ?? detectSpreadsheetFormat(sheet.header);
    const found = format === 'canvas' ? readCanvas(sheet) : format === 'long' ? readLong(sheet) : readGrid(sheet, options.highestFirst === true);
    const { definition, places } = build(found, options);
    const result = parseDefinition(definition);
    return result.success ? result : { success: false, issues: result.issues.map((i) => placeIssue(i, places)) };
  } catch (error) {
    if (!(error instanceof SheetError)) return fail('(root)', `could not be read: ${String(error)}`);
    const [path, ...message] = error.message.split(': ');
    return fail(path!, message.join(': '));
  }
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

/**
 * Writes a definition as a spreadsheet (CSV by default) in the grid, Canvas or long layout, lowest
 * level first (Canvas: highest first, as Canvas lists them). Reading it back gives the same texts.
 */
export function definitionToSpreadsheet(rubric: Rubric, options: SpreadsheetWriteOptions): string {
  const t = (text: Parameters<typeof localize>[0]) => localize(text, options.lang ?? rubric.defaultLanguage, rubric.defaultLanguage);
  const levels = rubric.scale.levels ?? [];
  const items = rubric.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
  const points = (item: Rubric['sections'][number]['items'][number], level: Rubric['scale']['levels'][number]) =>
    level.points === undefined ? undefined : level.points * (item.weight ?? 1);
  let rows: string[][];
  if (options.format === 'canvas') {
    const top = [...levels].reverse();
    rows = [[...CANVAS_HEAD, ...top.flatMap(() => CANVAS_RATING)]];
    for (const { item } of items) {
      const ratings = top.flatMap((level) => [t(level.label), t(item.descriptors?.[level.id]), num(points(item, level))]);
      rows.push([t(rubric.title), t(item.title), t(item.description), 'false', ...ratings]);
    }
  } else if (options.format === 'long') {
    rows = [[...LONG_HEAD]];
    for (const { item } of items) {
      for (const level of levels) rows.push([t(item.title), t(level.label), t(item.descriptors?.[level.id]), num(points(item, level))]);
    }
  } else {
    const withSections = rubric.sections.length > 1;
    const withCodes = items.some(({ item }) => item.code);
    const withDescriptions = items.some(({ item }) => item.description);
    const pick = (on: boolean, cell: string) => (on ? [cell] : []);
    rows = [[...pick(withSections, 'Section'), ...pick(withCodes, 'Code'), 'Item', ...pick(withDescriptions, 'Description'), ...levels.map((l) => t(l.label))]];
    for (const { section, item } of items) {
      rows.push([
        ...pick(withSections, t(section.title)),
        ...pick(withCodes, item.code ?? ''),
        t(item.title),
        ...pick(withDescriptions, t(item.description)),
        ...levels.map((level) => t(item.descriptors?.[level.id])),
      ]);
    }
  }
  return writeCsv(rows, options.delimiter ?? ',');
}
