/**
 * Interface text of the rubric elements (the report, the editor and the embed page have their own
 * catalogs, through the same `catalog`). English is built in; every other language is its own
 * module, loaded the first time an element needs it, so a page in English never downloads a
 * translation. Rubric text comes from definitions.
 */
import type { ProgressUnit } from '../scoring/progress.js';
import { catalog } from './catalog.js';

export interface UiStrings {
  clear: string;
  clearLabel: (item: string) => string;
  required: (item: string) => string;
  addFirst: (label: string) => string;
  missing: (count: number, first: string) => string;
  /** A required checklist with nothing ticked. */
  tickOne: string;
  /** A required prompt without an answer. */
  answerFor: (item: string) => string;
  missingAnswers: (count: number, first: string) => string;
  /** A checklist's "choose up to N" line. */
  chooseUpTo: (max: number) => string;
  chosen: (checked: number, max: number) => string;
  limitReached: string;
  ticked: (checked: number, total: number) => string;
  problem: string;
  loading: string;
  loadError: string;
  summary: string;
  answered: (answered: number, total: number) => string;
  /** The summary before there is anything to answer (no partner added yet). */
  noAnswers: string;
  target: string;
  targetsMet: (met: number, total: number) => string;
  addSubject: (label: string) => string;
  subjectName: (label: string) => string;
  remove: (name: string) => string;
  suggestions: string;
  unnamed: (index: number) => string;
  noSubjects: (plural: string) => string;
  level: string;
  count: string;
  lowest: string;
  highest: string;
  /** The drafts' status line when the browser keeps no drafts (said without any chunk: see `DraftStrings`). */
  unavailable: string;
  /** A response too large to save: the edit was not taken. */
  tooLarge: string;
  /** The edit path's chunk could not be fetched (offline): answers shown but not yet in the response. */
  editsWaiting: string;
  instructions: string;
  source: string;
  reconstructed: string;
  /** A definition's own translation, made by `translator` rather than the source's authors. */
  translatedBy: (translator: string, reviewed: boolean) => string;
  /** A point of a bipolar scale: its place, and the anchor statement it is nearer (none midway); `end` at either end. */
  scalePoint: (position: number, count: number, nearest: string | undefined, end: boolean) => string;
  /** The progress line ("8 of 14 rated"); `plural`: a subject rubric's plural label; `limit`: a checklist's "choose up to N" is the total. */
  progress: (unit: ProgressUnit, done: number, total: number, plural: string, limit: boolean) => string;
  /** The button that moves to the next item still to answer. */
  nextOpen: (unit: ProgressUnit) => string;
  /** Said after that move: how many are left, and whether it went back to the first. */
  left: (count: number, unit: ProgressUnit, wrapped: boolean) => string;
  /** Nothing is left to answer. */
  allDone: (unit: ProgressUnit) => string;
  /** The name of the section navigation. */
  sections: string;
  /** Said when the respondent's answer completes a section. */
  sectionDone: (title: string) => string;
  /** Said when the respondent's answer completes a subject (partner). */
  subjectDone: (name: string) => string;
}

/**
 * What the drafts' status line says, by `cr-draft-status` status (`cleared` says nothing;
 * `unavailable`, which needs no chunk to happen, is in `UiStrings`). Their English is in the
 * chunks that say them: `SAVE_EN` with autosave (`controllers/draft-controller.ts`), `MERGE_EN`
 * with the merges (`controllers/response-merges.ts`).
 */
export interface DraftStrings {
  saved: string;
  failed: string;
  corrupt: string;
  restored: string;
  replaced: string;
  /** A host's `value` (or the browser's form state) met a stored draft: how many answers each side kept. */
  merged: (fromDraft: number, fromGiven: number) => string;
}

/**
 * What the notices about a given response say (answers kept from another version, a value that
 * cannot be read). Their English is with the notices, in the after-render chunk (`NOTICES_EN`,
 * `components/rubric/problems.ts`).
 */
export interface NoticeStrings {
  kept: (count: number) => string;
  newer: string;
  unusable: string;
}

/** A translation: every text of the interface, in one table loaded at once. */
export type UiTranslation = UiStrings & DraftStrings & NoticeStrings;

/**
 * The English a first render may show. What autosave and merging say (`DraftStrings`) is in their
 * chunks, so a page showing a built-in rubric does not download it up front.
 */
const en: UiStrings = {
  clear: 'Clear',
  clearLabel: (item) => `Clear rating for ${item}`,
  required: (item) => `Select a level for ${item}`,
  addFirst: (label) => `Add at least one ${label.toLowerCase()}`,
  missing: (count, first) => (count === 1 ? `Select a level for ${first}.` : `Select a level for ${first} and ${count - 1} more.`),
  tickOne: 'Tick at least one item',
  answerFor: (item) => `Write an answer for ${item}`,
  missingAnswers: (count, first) => (count === 1 ? `Write an answer for ${first}.` : `Write an answer for ${first} and ${count - 1} more.`),
  chooseUpTo: (max) => `Choose up to ${max}.`,
  chosen: (checked, max) => `${checked} of ${max} chosen.`,
  limitReached: 'Untick one to choose another.',
  ticked: (checked, total) => `${checked} of ${total} ticked`,
  problem: 'There is a problem',
  loading: 'Loading rubric…',
  loadError: 'This rubric could not be shown',
  summary: 'Your answers so far',
  answered: (answered, total) => `${answered} of ${total} answered`,
  noAnswers: 'No answers yet.',
  target: 'Target',
  targetsMet: (met, total) => `${met} of ${total} at a target stage`,
  addSubject: (label) => `Add ${label.toLowerCase()}`,
  subjectName: (label) => `${label} name`,
  remove: (name) => `Remove ${name}`,
  suggestions: 'Suggestions',
  unnamed: (index) => `Unnamed ${index}`,
  noSubjects: (plural) => `No ${plural.toLowerCase()} yet. Add one to rate the relationship.`,
  level: 'Level',
  count: 'Count',
  lowest: 'Lowest rated',
  highest: 'Highest rated',
  unavailable: 'Drafts can’t be saved here: your answers stay in this tab until you submit.',
  tooLarge: 'This response has reached its size limit: shorten a note to add more.',
  editsWaiting:
    'Your last answers are not recorded: part of this form could not load (no connection?). Write them down, and reload this page when you are back online.',
  instructions: 'Instructions',
  source: 'Source',
  reconstructed: 'Reconstructed text',
  translatedBy: (translator, reviewed) =>
    `Translated by ${translator}, not by the source's authors${reviewed ? '' : '; not yet reviewed'}.`,
  scalePoint: (position, count, nearest, end) =>
    `${position} of ${count}, ${nearest === undefined ? 'midway between the two statements' : `${end ? 'closest' : 'nearer'} to: ${nearest}`}`,
  progress: (unit, done, total, plural, limit) =>
    `${done} of ${total} ${unit === 'subjects' ? `${plural.toLowerCase()} rated` : unit === 'ticked' && limit ? 'chosen' : unit}`,
  nextOpen: (unit) => (unit === 'answered' ? 'Next unanswered' : 'Next unrated'),
  left: (count, unit, wrapped) => `${wrapped ? 'Back to the first one. ' : ''}${count} left to ${unit === 'answered' ? 'answer' : 'rate'}.`,
  allDone: (unit) => (unit === 'answered' ? 'Everything is answered.' : 'Everything is rated.'),
  sections: 'Sections',
  sectionDone: (title) => `Section complete: ${title}.`,
  subjectDone: (name) => `${name}: every item rated.`,
};

/** The interface text, English built in; each other language is `./<lang>.ts`, loaded on first use. */
export const UI_STRINGS = catalog<UiStrings>(en, {
  es: () => import('./es.js'),
});

/** `strings` with the English of a part that loads with its own code, where `strings` (a translation) has none of its own. */
export const withPart = <P extends object>(part: P, strings: UiStrings): UiStrings & P => ({ ...part, ...strings });

/**
 * Interface strings for a BCP 47 tag (falling back to the base language, then English). A
 * translation that is not loaded yet gives English: call `loadUiStrings` first.
 */
export const uiStrings = (lang: string | undefined): UiStrings => UI_STRINGS.get(lang);

/**
 * Loads the translation for `lang` once. Returns undefined when nothing needs loading (English,
 * an unsupported language, or a translation already loaded), so callers can stay synchronous.
 */
export const loadUiStrings = (lang: string | undefined): Promise<UiStrings> | undefined => UI_STRINGS.load(lang);

/** Languages the interface is translated into. */
export const UI_LANGUAGES = UI_STRINGS.languages;
