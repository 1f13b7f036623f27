/** Pure import and export of a team's responses: CSV (RFC 4180, injection-safe) and JSON; members' notes per item. */
// The CSV codec lives with the rubrics (spreadsheets use it too); re-exported for report users.
export { detectDelimiter, formatCell, isFormulaLike, parseCsv, protectCell, readCsv, unprotectCell, writeCsv, type CsvResult, type Delimiter } from '../rubrics/csv.js';
export * from './io.js';
export * from './notes.js';
