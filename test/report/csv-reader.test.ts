import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvRecords, parseCsv, type CsvResult, type Delimiter } from '../../src/rubrics/csv.js';

/**
 * The model: the reader as it was first written, one character at a time (slow: about 0.5 s per
 * megabyte, which froze the report on a district's export). The fast reader slices cells out of
 * the text and must read every text exactly as this one does: the same rows, record numbers,
 * errors and error lines.
 */
function modelParseCsv(text: string, delimiter: Delimiter): CsvResult {
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
          return { ok: false, line, message: 'after a closing quote' };
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
      cell += ch;
      i++;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, message: 'never closed' };
  if (cell !== '' || row.length > 0 || sawQuote) endRow();
  return { ok: true, rows, rowNumbers };
}

/** Compares results, errors by line and kind (the model's messages are short forms). */
const comparable = (result: CsvResult) =>
  result.ok ? result : { ok: false, line: result.line, kind: /never closed/.test(result.message) ? 'unclosed' : 'after quote' };

describe('csvRecords: the fast CSV reader reads every text as the character-at-a-time model does', () => {
  const delimiters: Delimiter[] = [',', '\t', ';'];
  // Texts made of the characters that matter (quotes, every delimiter, every line end, a BOM) and plain text.
  const piece = fc.constantFrom('"', '""', ',', ';', '\t', '\r', '\n', '\r\n', 'a', 'bc', ' ', "'=", '\uFEFF', 'é');
  const text = fc.oneof(
    fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );

  for (const delimiter of delimiters) {
    it(`same rows, record numbers and errors with ${JSON.stringify(delimiter)} (property)`, () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(comparable(parseCsv(t, delimiter))).to.deep.equal(comparable(modelParseCsv(t, delimiter)));
        }),
        { numRuns: 2000 },
      );
    });
  }

  const cases: [string, string][] = [
    ['a delimiter at the very end', 'a,'],
    ['a quoted cell at the very end', 'a,""'],
    ['blank lines at the end', 'a\r\n\r\n\n\r'],
    ['a byte-order mark only', '\uFEFF'],
    ['a quote opening the last line, never closed', 'a\n"b'],
    ['a lone CR between records', 'a\rb\r"c\rd"'],
  ];
  for (const [name, t] of cases) {
    it(`reads ${name} as the model does`, () => {
      expect(comparable(parseCsv(t, ','))).to.deep.equal(comparable(modelParseCsv(t, ',')));
    });
  }

  it('gives where each record ends, so a long import can show how much of the file it has read', () => {
    const t = 'h1,h2\r\n"x\r\ny",1\r\n\r\nlast,2';
    const ends: number[] = [];
    const records = csvRecords(t);
    for (let step = records.next(); !step.done; step = records.next()) ends.push(step.value.end);
    expect(ends).to.deep.equal([t.indexOf('\r\n'), t.indexOf(',1') + 2, t.length]);
  });
});
