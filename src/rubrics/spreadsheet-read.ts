/**
 * Reading the three spreadsheet layouts (see spreadsheet.ts): each reader turns rows into the texts
 * it finds, each with the cell it came from, or throws a `SheetError` that names the cell.
 */
import { LIMITS } from './schema.js';

export const CANVAS_HEAD = ['Rubric Name', 'Criteria Name', 'Criteria Description', 'Criteria Enable Range'];
export const CANVAS_RATING = ['Rating Name', 'Rating Description', 'Rating Points'];
export const LONG_HEAD = ['criterion', 'level', 'level_description', 'score'];

const norm = (cell: string | undefined) => (cell ?? '').trim().toLowerCase();
/** Headers of a grid's optional first column of section titles (the Coherence paper's are drivers). */
const SECTION_HEADERS = new Set(['section', 'driver', 'sección', 'seccion']);
/** Headers of a grid's optional columns between the item titles and the levels (any order, each once). */
export const GRID_EXTRA_HEADERS = {
  description: 'Description',
  aliases: 'Aliases',
  note: 'Reconstructed',
  source: 'Reconstructed source',
  detail: 'Reconstructed detail',
} as const;
type Extra = keyof typeof GRID_EXTRA_HEADERS;
const EXTRA_BY_HEADER = new Map(Object.entries(GRID_EXTRA_HEADERS).map(([key, head]) => [head.toLowerCase(), key as Extra]));
const MAX_ALIASES = LIMITS.aliases;

/**
 * An item's aliases in one cell: `Other name (where it is used)`, entries separated by `;`. A `\`
 * makes the next character plain: `\;` is a semicolon in a name, `\(` `\)` brackets in a context,
 * `\\` a backslash.
 */
export function writeAliases(aliases: readonly { title: string; context: string }[]): string {
  const escape = (text: string, chars: RegExp) => text.replace(chars, (c) => `\\${c}`);
  return aliases.map((a) => `${escape(a.title, /[\\;]/g)} (${escape(a.context, /[\\;()]/g)})`).join('; ');
}

/** Positions of `char` not made plain by a backslash. */
function unescaped(text: string, char: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) at.push(i);
  }
  return at;
}
const unescape = (text: string) => text.replace(/\\([\s\S])/g, '$1').trim();

/** Reads a cell written by `writeAliases`, or fails naming the cell and the entry. */
function readAliases(sheet: Sheet, row: number, col: number): { title: string; context: string }[] {
  const text = sheet.cell(row, col);
  const cuts = [-1, ...unescaped(text, ';'), text.length];
  const entries = cuts.slice(1).map((end, i) => text.slice(cuts[i]! + 1, end).trim());
  if (entries.length > MAX_ALIASES)
    sheet.fail(row, col, `expected at most ${MAX_ALIASES} aliases, separated by ";", got ${entries.length}`);
  return entries.map((entry, i) => {
    const which = entries.length > 1 ? `alias ${i + 1}` : 'the alias';
    if (entry === '') sheet.fail(row, col, `${which} is empty: separate aliases by one ";" (write "\\;" for a semicolon in a name)`);
    const open = unescaped(entry, '(').pop();
    const close = unescaped(entry, ')').pop();
    if (open === undefined || close !== entry.length - 1)
      sheet.fail(row, col, `${which}, "${entry}", needs where that name is used in brackets at its end: "Other name (Summary grid)"`);
    const title = unescape(entry.slice(0, open));
    const context = unescape(entry.slice(open + 1, -1));
    if (title === '') sheet.fail(row, col, `${which}, "${entry}", needs the other name before its brackets`);
    if (context === '') sheet.fail(row, col, `${which}, "${entry}", needs where that name is used inside its brackets`);
    return { title, context };
  });
}

export type SpreadsheetFormat = 'grid' | 'canvas' | 'long';

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

export class SheetError extends Error {}

/** The rows of a sheet with the words for a cell's place ("row 4, column C (Mastering)"). */
export class Sheet {
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
export interface Found {
  title?: string;
  levels: { label: string; at: string }[];
  items: {
    section?: { title: string; at: string };
    code?: string;
    title: string;
    description?: string;
    aliases?: { title: string; context: string }[];
    reconstructed?: { note: string; source?: string; detail?: string };
    /** Descriptor per level index ('' = empty cell). */
    descriptors: string[];
    /** Points per level index, when the layout has them. */
    points?: (number | undefined)[];
    at: {
      title: string;
      code?: string;
      description?: string;
      aliases?: string;
      reconstructed?: { note: string; source?: string; detail?: string };
      descriptors: string[];
      points?: string[];
    };
  }[];
}

function readPoints(sheet: Sheet, row: number, col: number): number | undefined {
  const text = sheet.cell(row, col);
  if (text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) sheet.fail(row, col, `expected a number of points, got "${text}"`);
  return value;
}

export function readGrid(sheet: Sheet, highestFirst: boolean): Found {
  const head = sheet.header.map(norm);
  let c = 0;
  const sectionCol = SECTION_HEADERS.has(head[c]!) ? c++ : -1;
  const codeCol = head[c] === 'code' ? c++ : -1;
  const titleCol = c++;
  const extra: Partial<Record<Extra, number>> = {};
  for (let key = EXTRA_BY_HEADER.get(head[c]!); key !== undefined && extra[key] === undefined; key = EXTRA_BY_HEADER.get(head[c]!)) {
    extra[key] = c++;
  }
  const { description: descriptionCol = -1, aliases: aliasesCol, note: noteCol, source: sourceCol, detail: detailCol } = extra;
  for (const col of [sourceCol, detailCol]) {
    if (col !== undefined && noteCol === undefined)
      sheet.fail(
        0,
        col,
        `expected a "${GRID_EXTRA_HEADERS.note}" column too: it holds the note that a reconstruction's source and detail belong to`,
      );
  }
  const width = Math.max(...sheet.rows.map((r) => r.length));
  let levelCols: number[] = [];
  for (let col = c; col < width; col++) {
    const used = sheet.rows.some((_, r) => r > 0 && sheet.cell(r, col) !== '');
    if (sheet.cell(0, col) !== '') levelCols.push(col);
    else if (used) sheet.fail(0, col, 'expected the label of the level whose descriptors are in this column');
  }
  if (levelCols.length < 2)
    sheet.fail(0, undefined, `expected the item titles in column ${columnName(titleCol)}, then one column per level headed by its label`);
  if (highestFirst) levelCols = levelCols.reverse();
  const found: Found = { levels: levelCols.map((col) => ({ label: sheet.cell(0, col), at: sheet.place(0, col) })), items: [] };
  let section: Found['items'][number]['section'];
  for (let r = 1; r < sheet.rows.length; r++) {
    if (sheet.rows[r]!.every((cell) => cell.trim() === '')) continue;
    if (sectionCol >= 0 && sheet.cell(r, sectionCol) !== '') {
      const title = sheet.cell(r, sectionCol);
      if (title !== section?.title) section = { title, at: sheet.place(r, sectionCol) };
    } else if (sectionCol >= 0 && !section) sheet.fail(r, sectionCol, 'expected the title of the first section');
    const cell = (col: number | undefined) => (col === undefined ? '' : sheet.cell(r, col));
    const [note, source, detail] = [cell(noteCol), cell(sourceCol), cell(detailCol)];
    if (note === '' && (source !== '' || detail !== ''))
      sheet.fail(r, noteCol, 'expected the note of the reconstruction whose source or detail this row gives');
    found.items.push({
      ...(section ? { section } : {}),
      ...(codeCol >= 0 && sheet.cell(r, codeCol) ? { code: sheet.cell(r, codeCol) } : {}),
      title: sheet.cell(r, titleCol),
      ...(descriptionCol >= 0 && sheet.cell(r, descriptionCol) ? { description: sheet.cell(r, descriptionCol) } : {}),
      ...(aliasesCol !== undefined && cell(aliasesCol) !== '' ? { aliases: readAliases(sheet, r, aliasesCol) } : {}),
      ...(note !== '' ? { reconstructed: { note, ...(source ? { source } : {}), ...(detail ? { detail } : {}) } } : {}),
      descriptors: levelCols.map((col) => sheet.cell(r, col)),
      at: {
        title: sheet.place(r, titleCol),
        ...(codeCol >= 0 ? { code: sheet.place(r, codeCol) } : {}),
        ...(descriptionCol >= 0 ? { description: sheet.place(r, descriptionCol) } : {}),
        ...(aliasesCol !== undefined ? { aliases: sheet.place(r, aliasesCol) } : {}),
        ...(noteCol !== undefined
          ? {
              reconstructed: {
                note: sheet.place(r, noteCol),
                ...(sourceCol !== undefined ? { source: sheet.place(r, sourceCol) } : {}),
                ...(detailCol !== undefined ? { detail: sheet.place(r, detailCol) } : {}),
              },
            }
          : {}),
        descriptors: levelCols.map((col) => sheet.place(r, col)),
      },
    });
  }
  return found;
}

export function readCanvas(sheet: Sheet): Found {
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
      if (ratings.length < 2)
        sheet.fail(r, 4, 'expected at least two ratings (Rating Name, Rating Description, Rating Points) per criterion');
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
    if (ordered.length > found.levels.length)
      sheet.fail(
        r,
        ordered[found.levels.length]!.col,
        `every criterion is rated on one scale: ${sheet.place(first)} has ${found.levels.length} ratings`,
      );
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

export function readLong(sheet: Sheet): Found {
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
    labels = firstGroup.rows
      .map((g, i) => ({ label: g.label, s: scores[i]! }))
      .sort((a, b) => a.s - b.s)
      .map((x) => x.label);
  }
  const found: Found = {
    levels: labels.map((label) => ({ label, at: sheet.place(firstGroup.rows.find((g) => g.label === label)!.row, levelCol) })),
    items: [],
  };
  for (const group of groups) {
    const name = group.name;
    const rows = labels.map(
      (label) =>
        group.rows.find((g) => g.label === label) ??
        sheet.fail(
          group.row,
          levelCol,
          `"${name}" has no level "${label}", which "${firstName}" has: every criterion is rated on one scale`,
        ),
    );
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
export function pointsAndWeights(found: Found): { points?: number[]; weights: (number | undefined)[] } {
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
