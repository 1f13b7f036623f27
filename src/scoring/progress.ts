/**
 * How far a respondent has got, from a response's score: what the progress line counts for the
 * scale's kind, each section's share, and which item is the next one still open. Pure: the
 * elements only show it.
 */
import type { ScaleKind } from '../rubrics/kinds.js';
import type { ItemScore, ResponseScore } from './score-response.js';

/**
 * What the progress line counts:
 * - `rated`: items with a level chosen (a "does not apply" level counts: it is an answer);
 * - `answered`: prompts with a written answer;
 * - `ticked`: checklist boxes ticked (an unticked box is an answer too, so nothing is "open");
 * - `subjects`: rated subjects (partners) with every item answered.
 */
export type ProgressUnit = 'rated' | 'answered' | 'ticked' | 'subjects';

/** How many of a group are done. */
export interface ProgressCount {
  readonly done: number;
  readonly total: number;
  /** Every countable thing is done (false when there is nothing to count). */
  readonly complete: boolean;
}

export interface SectionProgress extends ProgressCount {
  readonly sectionId: string;
}

export interface SubjectProgress extends ProgressCount {
  readonly subjectId: string;
}

/** Where an item sits: its id and, in a subject rubric, the subject's. */
export interface ItemPlace {
  readonly itemId: string;
  readonly subjectId?: string;
}

/** An item in the order shown, with its section. */
export interface PlacedItem extends ItemPlace {
  readonly sectionId: string;
}

export interface Progress extends ProgressCount {
  readonly unit: ProgressUnit;
  /** A checklist's "choose up to N", or null. */
  readonly max: number | null;
  /** Each section's items (pooled over subjects in a subject rubric), definition order. */
  readonly sections: readonly SectionProgress[];
  /** Subject rubrics: each subject's items, response order. */
  readonly subjects: readonly SubjectProgress[];
  /** Items still to answer, in the order they are shown; always empty for a checklist. */
  readonly open: readonly PlacedItem[];
  /** Every item in the order shown (per subject, then item, for a subject rubric). */
  readonly order: readonly PlacedItem[];
}

const ITEM_UNIT: Record<ScaleKind, ProgressUnit> = {
  ordered: 'rated',
  'ideal-point': 'rated',
  nominal: 'rated',
  prompt: 'answered',
  checklist: 'ticked',
};

const count = (done: number, total: number): ProgressCount => ({ done, total, complete: total > 0 && done === total });

const place = ({ itemId, subjectId, sectionId }: ItemScore): PlacedItem =>
  subjectId === undefined ? { itemId, sectionId } : { itemId, subjectId, sectionId };

/** The progress of one scored response. Never throws; counts come from `score`, never recomputed. */
export function progressOf(score: ResponseScore): Progress {
  const checklist = score.scaleKind === 'checklist';
  const order = score.items.map(place);
  const open = checklist ? [] : score.items.filter((s) => !s.answered).map(place);
  const sections = score.sections.map((s) => ({ sectionId: s.sectionId, ...count(s.answered, s.total) }));
  // A subject is done as its score says (a checklist's once something is ticked).
  const subjects = (score.subjects ?? []).map((s) => ({
    subjectId: s.subjectId,
    done: s.overall.answered,
    total: s.overall.total,
    complete: s.complete,
  }));
  const max = score.ticks?.max ?? null;
  const common = { max, sections, subjects, open, order };
  if (score.subjects) {
    const done = subjects.filter((s) => s.complete).length;
    return { unit: 'subjects', ...count(done, subjects.length), ...common };
  }
  const unit = ITEM_UNIT[score.scaleKind];
  if (checklist) {
    // "2 of 5 chosen" against the limit; without one, "3 of 9 ticked". Complete as the score says.
    const total = max ?? score.overall.total;
    return { unit, done: score.ticks?.checked ?? score.overall.answered, total, complete: score.complete, ...common };
  }
  return { unit, ...count(score.overall.answered, score.overall.total), ...common };
}

/** The next open item after `after` in the order shown, wrapping to the first; `wrapped` when it did. */
export function nextOpen(progress: Progress, after?: ItemPlace): { readonly item: PlacedItem; readonly wrapped: boolean } | undefined {
  if (progress.open.length === 0) return undefined;
  const key = (p: ItemPlace) => `${p.subjectId ?? ''}\u0000${p.itemId}`;
  const open = new Set(progress.open.map(key));
  const from = after ? progress.order.findIndex((p) => key(p) === key(after)) : -1;
  const isOpen = (p: ItemPlace) => open.has(key(p));
  for (let i = from + 1; i < progress.order.length; i++)
    if (isOpen(progress.order[i]!)) return { item: progress.order[i]!, wrapped: false };
  return { item: progress.open[0]!, wrapped: from >= 0 };
}
