/** Interface text of `<cr-rubric-editor>`, in English and Spanish. Rubric text comes from the definition. */
import { own } from '../../rubrics/own.js';

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

const es: EditorStrings = {
  editor: 'Editor de rúbricas',
  start: 'Empezar',
  blank: 'Una rúbrica en blanco',
  startFrom: 'Empezar desde',
  openFile: 'Abrir un archivo (JSON, CSV o separado por tabulaciones)',
  paste: 'Pegar una definición o una hoja de cálculo',
  pasteHelp: 'JSON, o celdas copiadas de Excel o Google Sheets (una cuadrícula, una rúbrica exportada de Canvas o una lista larga).',
  read: 'Leer lo pegado',
  undo: 'Deshacer',
  redo: 'Rehacer',
  about: 'Sobre la rúbrica',
  title: 'Título',
  description: 'Descripción',
  instructions: 'Instrucciones',
  instruction: (n) => `Instrucción ${n}`,
  addInstruction: 'Añadir una instrucción',
  id: 'Identificador (se usa en las respuestas guardadas)',
  version: 'Versión',
  layout: 'Diseño',
  language: 'Idioma de los textos',
  source: 'Fuente',
  sourceFields: {
    document: 'Documento',
    publisher: 'Editorial',
    year: 'Año',
    edition: 'Edición',
    pages: 'Páginas',
    url: 'Dirección (https:)',
    adaptedBy: 'Adaptado por',
  },
  scale: 'Escala',
  scaleLabel: 'Nombre de la escala',
  kind: 'Tipo de respuesta',
  kinds: {
    ordered: 'Niveles ordenados',
    'ideal-point': 'Niveles con un punto ideal',
    nominal: 'Opciones sin orden',
    checklist: 'Una marca por elemento',
    prompt: 'Una respuesta escrita',
  },
  originalInstructions: 'Las instrucciones de la fuente, palabra por palabra (se imprimen)',
  questions: 'Preguntas guía',
  question: (n) => `Pregunta ${n}`,
  addQuestion: 'Añadir una pregunta',
  addition: 'No está en el formulario de la fuente (añadido)',
  levels: 'Niveles, del más bajo al más alto',
  level: (n) => `Nivel ${n}`,
  label: 'Etiqueta',
  shortLabel: 'Etiqueta corta',
  meaning: 'Significado',
  points: 'Puntos',
  target: 'Un nivel meta',
  notApplicable: 'Significa «no corresponde»',
  addLevel: 'Añadir un nivel',
  ideal: 'Punto ideal',
  maxChecked: 'Elegir hasta (número)',
  agreement: 'Marcar significa que todos los socios están de acuerdo',
  maxLength: 'Respuesta más larga (caracteres)',
  anchorsLow: 'Ancla baja',
  anchorsHigh: 'Ancla alta',
  sections: 'Secciones y elementos',
  section: (n) => `Sección ${n}`,
  addSection: 'Añadir una sección',
  item: (n) => `Elemento ${n}`,
  addItem: 'Añadir un elemento',
  code: 'Código',
  weight: 'Peso',
  descriptor: (level) => `Descriptor: ${level}`,
  fields: 'Campos adicionales',
  itemFields: 'Campos de cada elemento (notas, evidencias, casillas)',
  responseFields: 'Campos de toda la respuesta (fecha, escuela, función)',
  field: (n) => `Campo ${n}`,
  addField: 'Añadir un campo',
  type: 'Tipo',
  required: 'Obligatorio',
  options: 'Opciones',
  optionsHelp: 'Una opción por línea.',
  help: 'Texto de ayuda',
  subjects: 'Sujetos valorados',
  subjectsOn: 'Quien responde añade sujetos (socios, estructuras) y valora cada uno',
  pluralLabel: 'Etiqueta en plural',
  suggestions: 'Sugerencias',
  suggestionsHelp: 'Una sugerencia por línea.',
  max: 'Como máximo (número)',
  moveUp: (what) => `Subir ${what}`,
  moveDown: (what) => `Bajar ${what}`,
  remove: (what) => `Quitar ${what}`,
  dragHint: 'Arrastre para reordenar, o use los botones Subir y Bajar.',
  moved: (what, n, of) => `${what}: ahora en la posición ${n} de ${of}.`,
  translation: 'Traducción',
  translator: 'Traducido por',
  fromSource: 'El documento de la fuente trae este idioma',
  reviewed: 'Revisado por alguien con fluidez',
  notes: 'Notas para autores, idiomas',
  note: (n) => `Nota ${n}`,
  addNote: 'Añadir una nota',
  languages: 'Idiomas ofrecidos',
  languagesHelp: 'Una etiqueta de idioma por línea (en, es).',
  maxLengthField: 'Respuesta más larga (caracteres)',
  translateTo: 'Segundo idioma (p. ej. en)',
  noTranslation: 'Ninguno',
  untranslated: (n) => `${n} ${n === 1 ? 'texto no está traducido' : 'textos no están traducidos'} todavía.`,
  allTranslated: 'Todos los textos están traducidos.',
  preview: 'Vista previa',
  previewStale: 'La vista previa muestra la última versión sin problemas.',
  output: 'Usarla',
  downloadJson: 'Descargar JSON',
  copyJson: 'Copiar JSON',
  downloadCsv: (format) => `Descargar hoja de cálculo (${format})`,
  copied: 'Copiado.',
  copyFailed: 'No se pudo copiar: seleccione el texto y cópielo.',
  snippets: 'Insertarla en una página',
  snippetScript: 'Una etiqueta script (aloje el JSON junto a su página)',
  snippetNpm: 'Desde npm',
  snippetIframe: 'Un iframe (donde no se permiten scripts)',
  copy: (what) => `Copiar: ${what}`,
  problems: (n) => `${n} ${n === 1 ? 'problema' : 'problemas'} por resolver antes de poder usar esta rúbrica`,
  noProblems: 'Sin problemas: esta rúbrica se puede usar.',
  restored: 'Se recuperó su trabajo sin guardar.',
  saved: 'Guardado en este navegador.',
  notSaved: 'No se pudo guardar en este navegador: no cierre esta pestaña y descargue el JSON.',
  loaded: (what) => `Se cargó ${what}.`,
  unreadable: 'No se pudo leer como definición ni como hoja de cálculo.',
  versionBumped: (version) =>
    `Las respuestas publicadas pueden no encajar: la versión ahora es ${version}, con una nota para quien tenga respuestas guardadas.`,
  changes: 'Cambios por versión (se muestran a quien tenga respuestas guardadas con una versión anterior)',
  changeNoteLabel: 'Nota',
  changeNote: (levels, removed) =>
    [
      levels ? 'Los niveles de la escala cambiaron: revise sus valoraciones.' : '',
      removed.length
        ? `${removed.length === 1 ? 'Se quitó un elemento' : `Se quitaron ${removed.length} elementos`}; sus respuestas se conservan.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  newLevel: 'Nivel nuevo',
  newSection: 'Sección nueva',
  newItem: 'Elemento nuevo',
  newField: 'Campo nuevo',
  blankTitle: 'Rúbrica nueva',
  blankLevels: ['Inicial', 'En desarrollo', 'Consolidado'],
};

const TABLES: Record<string, EditorStrings> = { en, es };

/** Editor strings for a BCP 47 tag; falls back to the base language, then English. */
export function editorStrings(lang: string | undefined): EditorStrings {
  const tag = (lang ?? 'en').toLowerCase();
  return own(TABLES, tag) ?? own(TABLES, tag.split('-')[0]!) ?? en;
}
