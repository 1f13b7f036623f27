/**
 * What the report's templates are given: the rubric, the figures `src/scoring` computed, and
 * text helpers. Templates read figures from here and never compute them.
 */
import {
  fieldTextsByItem,
  notesByItem,
  subjectFieldTexts,
  writtenAnswersByItem,
  type ItemNote,
  type SubjectTexts,
} from '../../report/notes.js';
import type { Field, FieldValue, Item, Level, Rubric, RubricResponse, Text } from '../../rubrics/schema.js';
import { localize } from '../../rubrics/text.js';
import {
  aggregateResponses,
  checklistTally,
  compareCycles,
  excludedAnswers,
  fieldCounts,
  type AggregateOptions,
  type ExcludedAnswer,
  type FieldCount,
  scaleIndex,
  scoreResponse,
  type CycleComparison,
  type ResponseScore,
  type ScaleIndex,
  type TallyEntry,
  type TeamAggregate,
} from '../../scoring/index.js';
import { reportStrings, type ReportStrings } from './strings.js';

/** Above this many people, charts show counts instead of one named mark per person. */
export const MAX_NAMED = 30;

/** One respondent's scored response, for the named marks and lines. */
export interface Person {
  readonly name: string;
  readonly score: ResponseScore;
}

export interface ReportView {
  readonly rubric: Rubric;
  readonly lang: string;
  readonly strings: ReportStrings;
  readonly scale: ScaleIndex;
  readonly aggregate: TeamAggregate;
  /** Set when the team has at most `MAX_NAMED` people. */
  readonly people?: readonly Person[];
  readonly comparison?: CycleComparison;
  /** Names of the two cycles compared, when `comparison` is set. */
  readonly cycles?: { readonly before: string; readonly after: string };
  /** The team's agreed rating and note per item. */
  readonly value: RubricResponse | null;
  /** Members' own notes per item id (only items with at least one note). */
  readonly notes: ReadonlyMap<string, readonly ItemNote[]>;
  /** Prompts: the written answers per item id. */
  readonly written: ReadonlyMap<string, readonly ItemNote[]>;
  /** Checklists: the items by ticks, most first. */
  readonly tally: readonly TallyEntry[];
  /** Answers the figures leave out (a level not on the scale, an item the rubric does not have), from `src/scoring`. */
  readonly excluded: readonly ExcludedAnswer[];
  /** Checkbox and select item fields (Opportunity): how many marked each, per item id, from `src/scoring`. */
  readonly fieldCounts: ReadonlyMap<string, readonly FieldCount[]>;
  /** Text item fields other than the note (evidence), each with its texts per item id. */
  readonly fieldTexts: readonly { readonly field: Field; readonly byItem: ReadonlyMap<string, readonly ItemNote[]> }[];
  /** Subject fields' texts (a partner's "How to strengthen"), per subject key and field. */
  readonly subjectTexts: readonly SubjectTexts[];
  /** Response fields (date, school, role…): each response's values, when the definition has any. */
  readonly respondents: readonly { readonly name: string; readonly fields: Readonly<Record<string, FieldValue>> }[];
}

/** What the text helpers below need: a report's view, or the teams view (`teams.ts`). */
export type TextView = Pick<ReportView, 'rubric' | 'lang' | 'strings' | 'scale'>;

/** The definition's text item fields shown as lists: every one but the note, which has its own list. */
const textFields = (rubric: Rubric): Field[] =>
  (rubric.itemFields ?? []).filter((f) => f.id !== 'note' && f.type !== 'checkbox' && f.type !== 'select');

/** Localises definition text for the view's language. */
export const tr = (view: TextView, text: Text | undefined): string => localize(text, view.lang, view.rubric.defaultLanguage);

const formats = new Map<string, Intl.NumberFormat>();
function format(lang: string, signed: boolean): Intl.NumberFormat {
  const key = `${lang}|${signed}`;
  let f = formats.get(key);
  if (!f) {
    let locale = lang;
    try {
      Intl.NumberFormat.supportedLocalesOf(lang);
    } catch {
      locale = 'en';
    }
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...(signed ? { signDisplay: 'exceptZero' as const } : {}) });
    formats.set(key, f);
  }
  return f;
}

/** A figure as text in the view's language ("–" when there is none). */
export const num = (view: TextView, value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : format(view.lang, false).format(value);

/** A change as text with its sign ("+0.5", "−0.25"). */
export const signed = (view: TextView, value: number | null): string =>
  value === null ? '–' : format(view.lang, true).format(value).replace('-', '\u2212');

/** The rated levels, lowest first (the order of `scale.ratedOrder`). */
export const ratedLevels = (view: TextView): Level[] => Array.from(view.scale.ratedOrder, (i) => (view.rubric.scale.levels ?? [])[i]!);

/** A level's compact label for axes and column heads. */
export const shortLabel = (view: TextView, level: Level): string => tr(view, level.shortLabel ?? level.label);

/**
 * A position as words: the level at exactly that position ("Accelerating"), or the number and
 * the two levels around it ("2.5, between Accelerating and Mastering").
 */
export function positionText(view: TextView, position: number | null): string {
  if (position === null) return view.strings.notRated;
  const levels = ratedLevels(view);
  const exact = levels.find((l) => l.position === position);
  if (exact) return tr(view, exact.label);
  const below = levels.filter((l) => (l.position ?? -Infinity) < position).at(-1);
  const above = levels.find((l) => (l.position ?? Infinity) > position);
  const value = num(view, position);
  return below && above ? `${value}, ${view.strings.between(tr(view, below.label), tr(view, above.label))}` : value;
}

/** The definition's item with this id. */
export const itemById = (view: TextView, itemId: string): Item | undefined => {
  for (const section of view.rubric.sections) {
    const item = section.items.find((i) => i.id === itemId);
    if (item) return item;
  }
  return undefined;
};

/** Item titles by id, in the view's language, with their code ("1. Goals and Objectives"). */
export function itemTitle(view: TextView, itemId: string): string {
  for (const section of view.rubric.sections) {
    const item = section.items.find((i) => i.id === itemId);
    if (item) return item.code ? `${item.code}. ${tr(view, item.title)}` : tr(view, item.title);
  }
  return itemId;
}

/**
 * An item's title for lists outside its own section ("To discuss", "Moved up"): codes restart in
 * every section, so the section goes first ("Focusing Direction · D. Change knowledge…"). A rubric
 * with a single section needs no qualifier.
 */
export function qualifiedTitle(view: TextView, itemId: string): string {
  const title = itemTitle(view, itemId);
  if (view.rubric.sections.length < 2) return title;
  const section = view.rubric.sections.find((s) => s.items.some((i) => i.id === itemId));
  return section ? `${tr(view, section.title)} · ${title}` : title;
}

export function sectionTitle(view: TextView, sectionId: string): string {
  const section = view.rubric.sections.find((s) => s.id === sectionId);
  return section ? tr(view, section.title) : sectionId;
}

/** `value` when it has the shape of a response (an `answers` object), else null. */
export function asResponse(value: unknown): RubricResponse | null {
  const answers = value !== null && typeof value === 'object' ? (value as { answers?: unknown }).answers : undefined;
  return answers !== null && typeof answers === 'object' ? (value as RubricResponse) : null;
}

/** The cycle shared by every response, if they all name the same one. */
export function sharedCycle(responses: readonly RubricResponse[]): string | undefined {
  const cycle = responses[0]?.cycle;
  return cycle && responses.every((r) => r.cycle === cycle) ? cycle : undefined;
}

/**
 * Scores everything the report shows, through `src/scoring` only: the team aggregate, each
 * person's response (small teams), and the comparison with the previous cycle.
 */
export function scoreView(
  rubric: Rubric,
  responses: readonly RubricResponse[],
  previous: readonly RubricResponse[],
  value: RubricResponse | null,
  lang: string,
  options?: AggregateOptions,
): ReportView {
  const strings = reportStrings(lang);
  const aggregate = aggregateResponses(rubric, responses, options);
  const counts = new Map<string, FieldCount[]>();
  for (const c of fieldCounts(rubric, responses)) counts.set(c.itemId, [...(counts.get(c.itemId) ?? []), c]);
  const name = (r: RubricResponse, i: number) => r.respondent?.trim() || strings.person(i + 1);
  const people =
    responses.length <= MAX_NAMED ? responses.map((r, i) => ({ name: name(r, i), score: scoreResponse(rubric, r, options) })) : undefined;
  const comparison = previous.length > 0 ? compareCycles(rubric, aggregateResponses(rubric, previous, options), aggregate) : undefined;
  const cycles = comparison
    ? { before: sharedCycle(previous) ?? strings.previousCycle, after: sharedCycle(responses) ?? strings.currentCycle }
    : undefined;
  return {
    rubric,
    lang,
    strings,
    scale: scaleIndex(rubric, options?.ideal),
    aggregate,
    value,
    notes: notesByItem(rubric, responses),
    written: aggregate.scaleKind === 'prompt' ? writtenAnswersByItem(rubric, responses) : new Map(),
    tally: aggregate.scaleKind === 'checklist' ? checklistTally(aggregate) : [],
    excluded: excludedAnswers(rubric, responses),
    fieldCounts: counts,
    fieldTexts: textFields(rubric).map((field) => ({ field, byItem: fieldTextsByItem(rubric, responses, field.id) })),
    subjectTexts: subjectFieldTexts(rubric, responses),
    respondents: rubric.responseFields?.length ? responses.map((r, i) => ({ name: name(r, i), fields: r.fields ?? {} })) : [],
    ...(people ? { people } : {}),
    ...(comparison && cycles ? { comparison, cycles } : {}),
  };
}
