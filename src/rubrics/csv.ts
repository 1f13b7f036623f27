/**
 * RFC 4180 CSV, both ways, and its tab-separated twin (what Excel and Google Sheets put on the
 * clipboard: the same quoting, a tab between cells). Writing quotes what needs quoting and defuses
 * cells a spreadsheet would run as a formula; reading is total (it returns an error, never throws)
 * and undoes that defusing. One codec for the report's response files and the rubric spreadsheets.
 */

/** The cell separators read and written: comma (CSV), tab (pasted from a spreadsheet), semicolon (CSV where the decimal mark is a comma). */
export type Delimiter = ',' | '\t' | ';';

/**
 * What a cell may start with that a spreadsheet could run as a formula (OWASP "CSV injection"):
 * `= + - @`, tab and carriage return, their full-width forms (`＝ ＋ － ＠`), and any space a
 * spreadsheet may trim before it looks (space, no-break, ideographic and the other Unicode spaces,
 * zero-width space and joiners, byte-order mark).
 */
const RISKY =
  '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20 \\u00A0\\u1680\\u180E\\u2000-\\u200D\\u2028\\u2029\\u202F\\u205F\\u2060\\u3000\\uFEFF';
/** A cell starting like this is run as a formula by spreadsheets, or may be after trimming. */
const FORMULA_START = new RegExp(`^[${RISKY}]`);
/** Cells we prefix on export: risky starts, and those already prefixed (so reading is exact). */
const PROTECTED = new RegExp(`^'*[${RISKY}]`);
const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'a comma', '\t': 'a tab', ';': 'a semicolon' };
// A cell holding any of the three delimiters is quoted whichever is used, so `detectDelimiter` reads the header right.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * Prefixes an apostrophe to a cell that would start a formula (`= + - @`, tab, carriage return,
 * their full-width forms, or a leading space of any kind).
 * A cell that is already apostrophes followed by such a character gets one more, so
 * `unprotectCell(protectCell(x)) === x` for every string.
 */
export function protectCell(value: string): string {
  return PROTECTED.test(value) ? `'${value}` : value;
}

/** Undoes `protectCell`: drops the one apostrophe it added, and nothing else. */
export function unprotectCell(value: string): string {
  return value.charCodeAt(0) === 39 /* ' */ && PROTECTED.test(value.slice(1)) ? value.slice(1) : value;
}

/** Whether a raw cell would be read as a formula by a spreadsheet. */
export function isFormulaLike(value: string): boolean {
  return FORMULA_START.test(value);
}

/** One cell as written: protected, then quoted when it holds a quote, a delimiter or a line break. */
export function formatCell(value: string): string {
  const safe = protectCell(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes rows as CSV (or tab-separated) text: cells protected and quoted, CRLF line ends, a final line end. */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  let out = '';
  for (const row of rows) {
    // A row of one empty cell would read back as a blank line, which readers skip.
    out += row.length === 1 && row[0] === '' ? '""\r\n' : `${row.map(formatCell).join(delimiter)}\r\n`;
  }
  return out;
}

/**
 * The delimiter of a text, guessed from its first line (outside quotes): a tab if it has one (a
 * paste from a spreadsheet), else a comma if it has one, else a semicolon if it has one, else a comma.
 */
export function detectDelimiter(text: string): Delimiter {
  let quoted = false;
  const seen = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) seen.add(ch);
  }
  return seen.has('\t') ? '\t' : seen.has(',') || !seen.has(';') ? ',' : ';';
}

/**
 * The outcome of reading CSV text. `line` is 1-based. `rowNumbers[i]` is the 1-based record number
 * of `rows[i]` counting skipped blank lines, which is the row number a spreadsheet shows.
 */
export type CsvResult =
  | { readonly ok: true; readonly rows: string[][]; readonly rowNumbers: number[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

/**
 * Reads CSV text (RFC 4180: quoted fields may hold commas, quotes doubled as `""` and line
 * breaks; CRLF, LF or CR line ends; an optional UTF-8 byte-order mark). Blank lines are skipped.
 * Cells come back exactly as written, apostrophe prefixes included (see `readCsv`). Never throws.
 * With `delimiter` tab or semicolon, the same rules with that separator.
 */
export function parseCsv(text: string, delimiter: Delimiter = ','): CsvResult {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let record = 0;
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  let sawQuote = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(cell);
    record++;
    if (sawQuote || !(row.length === 1 && row[0] === '')) {
      rows.push(row);
      rowNumbers.push(record);
    }
    row = [];
    cell = '';
    sawQuote = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
          return { ok: false, line, message: `expected ${DELIMITER_NAMES[delimiter]} or a line end after a closing quote` };
        }
        continue;
      }
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      sawQuote = true;
      quoteLine = line;
      i++;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      line++;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // A quote inside an unquoted cell is not RFC 4180; keep it as text, as spreadsheets do.
      cell += ch;
      i++;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, message: 'a quoted cell is never closed' };
  if (cell !== '' || row.length > 0 || sawQuote) endRow();
  return { ok: true, rows, rowNumbers };
}

/** `parseCsv`, then `unprotectCell` on every cell: the inverse of `writeCsv` (with the same delimiter). */
export function readCsv(text: string, delimiter: Delimiter = ','): CsvResult {
  const result = parseCsv(text, delimiter);
  return result.ok ? { ...result, rows: result.rows.map((r) => r.map(unprotectCell)) } : result;
}
