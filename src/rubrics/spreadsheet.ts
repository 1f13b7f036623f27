/**
 * Rubric definitions from and to spreadsheets: CSV files, and the tab-separated text a copy from
 * Excel or Google Sheets puts on the clipboard. Three layouts, told apart by their header row:
 *
 * - **grid**: an optional `Section` (or `Driver`) column, an optional `Code` column, the item titles, the
 *   optional `Description`, `Aliases` and `Reconstructed` (note, source, detail) columns, then one
 *   column per level headed by its label (lowest first), descriptors in the cells. Like the paper.
 * - **canvas**: Canvas's rubric CSV, `Rubric Name, Criteria Name, Criteria Description, Criteria
 *   Enable Range`, then `Rating Name, Rating Description, Rating Points` once per level, highest first.
 * - **long**: one row per item and level, `criterion, level, level_description, score` (what
 *   Moodle's rubric import plugins read).
 *
 * Pure (no DOM), total (bad input comes back as issues naming the row and column, never a throw),
 * and checked by the same schema as any definition. What each layout holds is in docs/spreadsheets.md;
 * the readers are in spreadsheet-read.ts.
 */
export { detectSpreadsheetFormat, type SpreadsheetFormat } from './spreadsheet-read.js';
export { idMaker } from './ids.js';
import { detectDelimiter, readCsv, writeCsv, type Delimiter } from './csv.js';
import { formatPath, INPUT_LIMITS, parseDefinition, type ParseResult, type ValidationIssue } from './parse.js';
import { idMaker } from './ids.js';
import type { Level, Rubric } from './schema.js';
import {
  CANVAS_HEAD,
  CANVAS_RATING,
  detectSpreadsheetFormat,
  GRID_EXTRA_HEADERS,
  LONG_HEAD,
  pointsAndWeights,
  readCanvas,
  readGrid,
  readLong,
  Sheet,
  SheetError,
  writeAliases,
  type Found,
  type SpreadsheetFormat,
} from './spreadsheet-read.js';
import { localize } from './text.js';

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
    if (item.at.aliases) places.set(formatPath([...at, 'aliases']), item.at.aliases);
    const rebuilt = item.at.reconstructed;
    if (rebuilt) places.set(formatPath([...at, 'reconstructed']), rebuilt.note);
    if (rebuilt?.source) places.set(formatPath([...at, 'reconstructed', 'source']), rebuilt.source);
    if (rebuilt?.detail) places.set(formatPath([...at, 'reconstructed', 'detail']), rebuilt.detail);
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
      ...(item.aliases ? { aliases: item.aliases } : {}),
      ...(item.description ? { description: item.description } : {}),
      ...(anyDescriptor ? { descriptors } : {}),
      ...(weight !== undefined ? { weight } : {}),
      ...(item.reconstructed ? { reconstructed: item.reconstructed } : {}),
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
    const found =
      format === 'canvas' ? readCanvas(sheet) : format === 'long' ? readLong(sheet) : readGrid(sheet, options.highestFirst === true);
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
  const points = (item: Rubric['sections'][number]['items'][number], level: Level) =>
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
    const withAliases = items.some(({ item }) => item.aliases?.length);
    const withNotes = items.some(({ item }) => item.reconstructed);
    const withSources = items.some(({ item }) => item.reconstructed?.source);
    const withDetails = items.some(({ item }) => item.reconstructed?.detail);
    const pick = (on: boolean | undefined, cell: string) => (on ? [cell] : []);
    const head = GRID_EXTRA_HEADERS;
    rows = [
      [
        ...pick(withSections, 'Section'),
        ...pick(withCodes, 'Code'),
        'Item',
        ...pick(withDescriptions, head.description),
        ...pick(withAliases, head.aliases),
        ...pick(withNotes, head.note),
        ...pick(withSources, head.source),
        ...pick(withDetails, head.detail),
        ...levels.map((l) => t(l.label)),
      ],
    ];
    for (const { section, item } of items) {
      const aliases = (item.aliases ?? []).map((a) => ({ title: t(a.title), context: t(a.context) }));
      rows.push([
        ...pick(withSections, t(section.title)),
        ...pick(withCodes, item.code ?? ''),
        t(item.title),
        ...pick(withDescriptions, t(item.description)),
        ...pick(withAliases, writeAliases(aliases)),
        ...pick(withNotes, t(item.reconstructed?.note)),
        ...pick(withSources, item.reconstructed?.source ?? ''),
        ...pick(withDetails, item.reconstructed?.detail ?? ''),
        ...levels.map((level) => t(item.descriptors?.[level.id])),
      ]);
    }
  }
  return writeCsv(rows, options.delimiter ?? ',');
}
