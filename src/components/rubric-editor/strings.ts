/**
 * Interface text of `<cr-rubric-editor>`: English here, other languages in `src/i18n/editor.<lang>.ts`
 * through the one localisation path (`catalog()`). Rubric text comes from the definition.
 */
import { catalog } from '../../i18n/catalog.js';

export interface EditorStrings {
  editor: string;
  start: string;
  blank: string;
  startFrom: string;
  openFile: string;
  paste: string;
  pasteHelp: string;
  read: string;
  undo: string;
  redo: string;
  about: string;
  title: string;
  description: string;
  instructions: string;
  instruction: (n: number) => string;
  addInstruction: string;
  id: string;
  version: string;
  layout: string;
  language: string;
  source: string;
  sourceFields: Record<'document' | 'publisher' | 'year' | 'edition' | 'pages' | 'url' | 'adaptedBy', string>;
  scale: string;
  scaleLabel: string;
  kind: string;
  kinds: Record<'ordered' | 'ideal-point' | 'nominal' | 'checklist' | 'prompt', string>;
  originalInstructions: string;
  questions: string;
  question: (n: number) => string;
  addQuestion: string;
  addition: string;
  levels: string;
  level: (n: number) => string;
  label: string;
  shortLabel: string;
  meaning: string;
  points: string;
  target: string;
  notApplicable: string;
  addLevel: string;
  ideal: string;
  maxChecked: string;
  agreement: string;
  maxLength: string;
  anchorsLow: string;
  anchorsHigh: string;
  sections: string;
  section: (n: number) => string;
  addSection: string;
  item: (n: number) => string;
  addItem: string;
  code: string;
  weight: string;
  descriptor: (level: string) => string;
  /** The details of an item that name where its text came from: other names, reconstruction. */
  provenance: string;
  aliases: string;
  alias: (n: number) => string;
  aliasTitle: string;
  aliasContext: string;
  addAlias: string;
  /** A checkbox: the text was rebuilt from a damaged or missing part of the source. */
  reconstructed: string;
  reconstructionNote: string;
  reconstructionSource: string;
  reconstructionDetail: string;
  /** The details of an item that say what it assesses and what a respondent is told at each level. */
  alignment: string;
  /** A checkbox: the item assesses a competency of a CASE framework. */
  competency: string;
  competencyTitle: string;
  competencyIdentifier: string;
  competencyUri: string;
  feedback: (level: string) => string;
  fields: string;
  itemFields: string;
  responseFields: string;
  field: (n: number) => string;
  addField: string;
  type: string;
  required: string;
  options: string;
  optionsHelp: string;
  help: string;
  subjects: string;
  subjectsOn: string;
  pluralLabel: string;
  suggestions: string;
  suggestionsHelp: string;
  max: string;
  moveUp: (what: string) => string;
  moveDown: (what: string) => string;
  remove: (what: string) => string;
  dragHint: string;
  moved: (what: string, n: number, of: number) => string;
  translation: string;
  translator: string;
  fromSource: string;
  reviewed: string;
  notes: string;
  note: (n: number) => string;
  addNote: string;
  languages: string;
  languagesHelp: string;
  maxLengthField: string;
  translateTo: string;
  noTranslation: string;
  untranslated: (n: number) => string;
  allTranslated: string;
  preview: string;
  previewStale: string;
  output: string;
  downloadJson: string;
  copyJson: string;
  downloadCsv: (format: string) => string;
  copied: string;
  copyFailed: string;
  snippets: string;
  snippetScript: string;
  snippetNpm: string;
  snippetIframe: string;
  copy: (what: string) => string;
  problems: (n: number) => string;
  noProblems: string;
  restored: string;
  saved: string;
  notSaved: string;
  loaded: (what: string) => string;
  unreadable: string;
  versionBumped: (version: string) => string;
  changes: string;
  changeNoteLabel: string;
  changeNote: (levels: boolean, removed: readonly string[]) => string;
  newLevel: string;
  newSection: string;
  newItem: string;
  newField: string;
  blankTitle: string;
  blankLevels: readonly [string, string, string];
}

const en: EditorStrings = {
  editor: 'Rubric editor',
  start: 'Start',
  blank: 'A blank rubric',
  startFrom: 'Start from',
  openFile: 'Open a file (JSON, CSV or tab-separated)',
  paste: 'Paste a definition or a spreadsheet',
  pasteHelp: 'JSON, or cells copied from Excel or Google Sheets (a grid, a Canvas rubric export or a long list).',
  read: 'Read what was pasted',
  undo: 'Undo',
  redo: 'Redo',
  about: 'About the rubric',
  title: 'Title',
  description: 'Description',
  instructions: 'Instructions',
  instruction: (n) => `Instruction ${n}`,
  addInstruction: 'Add an instruction',
  id: 'Id (used in saved answers)',
  version: 'Version',
  layout: 'Layout',
  language: 'Language of the texts',
  source: 'Source',
  sourceFields: {
    document: 'Document',
    publisher: 'Publisher',
    year: 'Year',
    edition: 'Edition',
    pages: 'Pages',
    url: 'Address (https:)',
    adaptedBy: 'Adapted by',
  },
  scale: 'Scale',
  scaleLabel: 'Name of the scale',
  kind: 'Kind of answer',
  kinds: {
    ordered: 'Ordered levels',
    'ideal-point': 'Levels with an ideal point',
    nominal: 'Choices with no order',
    checklist: 'A tick per item',
    prompt: 'A written answer',
  },
  originalInstructions: "The source's own instructions, word for word (printed)",
  questions: 'Guiding questions',
  question: (n) => `Question ${n}`,
  addQuestion: 'Add a question',
  addition: 'Not on the source form (added)',
  levels: 'Levels, lowest first',
  level: (n) => `Level ${n}`,
  label: 'Label',
  shortLabel: 'Short label',
  meaning: 'Meaning',
  points: 'Points',
  target: 'A target level',
  notApplicable: 'Means "does not apply"',
  addLevel: 'Add a level',
  ideal: 'Ideal point',
  maxChecked: 'Choose up to (number)',
  agreement: 'A tick means all partners agree',
  maxLength: 'Longest answer (characters)',
  anchorsLow: 'Low anchor',
  anchorsHigh: 'High anchor',
  sections: 'Sections and items',
  section: (n) => `Section ${n}`,
  addSection: 'Add a section',
  item: (n) => `Item ${n}`,
  addItem: 'Add an item',
  code: 'Code',
  weight: 'Weight',
  descriptor: (level) => `Descriptor: ${level}`,
  provenance: 'Other names, reconstruction',
  aliases: 'Other names the source uses',
  alias: (n) => `Other name ${n}`,
  aliasTitle: 'Name',
  aliasContext: 'Where the source uses it (e.g. Summary grid)',
  addAlias: 'Add another name',
  reconstructed: 'Reconstructed: rebuilt from a damaged or missing part of the source',
  reconstructionNote: 'What was rebuilt (shown to respondents)',
  reconstructionSource: 'Where it came from (document, page or lines)',
  reconstructionDetail: 'Evidence for authors (fragments, quotations; not shown)',
  alignment: 'Competency, feedback',
  competency: 'Assesses a competency of a CASE framework (CFItem)',
  competencyTitle: 'Competency (as the framework names it)',
  competencyIdentifier: 'Its identifier (UUID)',
  competencyUri: 'Its URI',
  feedback: (level) => `Feedback at ${level}`,
  fields: 'Extra fields',
  itemFields: 'Fields of every item (notes, evidence, checkboxes)',
  responseFields: 'Fields of the whole response (date, school, role)',
  field: (n) => `Field ${n}`,
  addField: 'Add a field',
  type: 'Type',
  required: 'Required',
  options: 'Options',
  optionsHelp: 'One option per line.',
  help: 'Help text',
  subjects: 'Rated subjects',
  subjectsOn: 'Respondents add subjects (partners, structures) and rate each one',
  pluralLabel: 'Label, plural',
  suggestions: 'Suggestions',
  suggestionsHelp: 'One suggestion per line.',
  max: 'At most (number)',
  moveUp: (what) => `Move ${what} up`,
  moveDown: (what) => `Move ${what} down`,
  remove: (what) => `Remove ${what}`,
  dragHint: 'Drag to reorder, or use the Move buttons.',
  moved: (what, n, of) => `${what} moved to position ${n} of ${of}.`,
  translation: 'Translation',
  translator: 'Translated by',
  fromSource: 'The source document gives this language',
  reviewed: 'Checked by someone fluent',
  notes: 'Notes for authors, languages',
  note: (n) => `Note ${n}`,
  addNote: 'Add a note',
  languages: 'Languages offered',
  languagesHelp: 'One language tag per line (en, es).',
  maxLengthField: 'Longest answer (characters)',
  translateTo: 'Second language (e.g. es)',
  noTranslation: 'None',
  untranslated: (n) => `${n} ${n === 1 ? 'text is' : 'texts are'} not translated yet.`,
  allTranslated: 'Every text is translated.',
  preview: 'Preview',
  previewStale: 'The preview shows the last version without problems.',
  output: 'Use it',
  downloadJson: 'Download JSON',
  copyJson: 'Copy JSON',
  downloadCsv: (format) => `Download spreadsheet (${format})`,
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the text and copy it.',
  snippets: 'Embed it',
  snippetScript: 'A script tag (host the JSON file next to your page)',
  snippetNpm: 'From npm',
  snippetIframe: 'An iframe (where scripts are not allowed)',
  copy: (what) => `Copy: ${what}`,
  problems: (n) => `${n} ${n === 1 ? 'problem' : 'problems'} to fix before this rubric can be used`,
  noProblems: 'No problems: this rubric can be used.',
  restored: 'Your unsaved work was restored.',
  saved: 'Saved in this browser.',
  notSaved: 'Could not save in this browser: keep this tab open and download the JSON.',
  loaded: (what) => `Loaded ${what}.`,
  unreadable: 'That could not be read as a definition or a spreadsheet.',
  versionBumped: (version) =>
    `Published answers may no longer fit: the version is now ${version}, with a note for people with saved answers.`,
  changes: 'Changes by version (shown to people with answers saved under an older version)',
  changeNoteLabel: 'Note',
  changeNote: (levels, removed) =>
    [
      levels ? 'The levels of the scale changed: please check your ratings.' : '',
      removed.length
        ? `${removed.length === 1 ? 'One item was' : `${removed.length} items were`} removed; your answers to ${removed.length === 1 ? 'it are' : 'them are'} kept.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  newLevel: 'New level',
  newSection: 'New section',
  newItem: 'New item',
  newField: 'New field',
  blankTitle: 'New rubric',
  blankLevels: ['Beginning', 'Developing', 'Established'],
};

/**
 * The editor's catalog: English built in, Spanish its own module (`src/i18n/editor.es.ts`,
 * `dist/cdn/locales/editor.es.js` in the CDN build), loaded the first time an editor is shown in
 * Spanish or writes a change note into a Spanish definition.
 */
export const EDITOR_STRINGS = catalog<EditorStrings>(en, {
  es: () => import('../../i18n/editor.es.js'),
});

/** Editor strings for a BCP 47 tag (then its base language, then English); English until that language has loaded. */
export const editorStrings = (lang: string | undefined): EditorStrings => EDITOR_STRINGS.get(lang);

/** Loads the editor strings for `lang` once; undefined when nothing needs loading. */
export const loadEditorStrings = (lang: string | undefined): Promise<EditorStrings> | undefined => EDITOR_STRINGS.load(lang);
