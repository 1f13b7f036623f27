/** Pure import and export of a team's responses: CSV (RFC 4180, injection-safe) and JSON; members' notes per item. */
// The CSV codec lives with the rubrics (spreadsheets use it too); re-exported for report users.
export {
  detectDelimiter,
  formatCell,
  isFormulaLike,
  parseCsv,
  protectCell,
  readCsv,
  unprotectCell,
  writeCsv,
  type CsvResult,
  type Delimiter,
} from '../rubrics/csv.js';
export {
  EXISTING,
  FILE_LIMITS,
  type DuplicateEntry,
  type ImportReport,
  type InvalidEntry,
  type LoadedEntry,
  type NotCountedEntry,
  type SkippedEntry,
  type SourceText,
} from './entries.js';
export {
  canonicalJson,
  checkResponses,
  DuplicateIndex,
  firstIssues,
  importResponses,
  importResponsesInSteps,
  responsesToJson,
  type CheckedResponses,
  type ImportProgress,
  type StepOptions,
} from './import.js';
export {
  CSV_COLUMNS,
  CSV_SUBJECT_COLUMNS,
  csvToResponses,
  fieldColumns,
  responsesToCsv,
  type CsvColumn,
  type CsvImport,
  type FieldColumn,
  type FieldScope,
} from './csv-mapping.js';
export * from './notes.js';
export {
  checkTeams,
  checkTeamsInput,
  teamsByField,
  teamsToCsv,
  NO_TEAM,
  TEAMS_CSV_COLUMNS,
  TEAMS_LIMIT,
  type CheckedTeams,
  type TeamInput,
  type TeamsCsvOptions,
  type TeamsInput,
} from './teams.js';
