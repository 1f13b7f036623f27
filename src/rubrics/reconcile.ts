/**
 * Which answers win when two copies of one response meet: the one rule for every source (a stored
 * draft, the host's `value`, the browser's form state, another tab). Pure: no DOM, no storage.
 *
 * 1. Every time (`updatedAt`) that comes from outside is checked first (`trustStamps`): a date
 *    that is not a real one counts as no time at all (the oldest), and a time later than the moment
 *    the copy was read is capped at that moment, so a clock once set to 2031 cannot win forever.
 * 2. Answer by answer, the later time wins (`mergeResponses`); ties go to the larger value, so both
 *    sides of a merge choose the same answers.
 * 3. A side whose answers lost (a different answer won for an item it holds) is reported as
 *    `mineLost` / `theirsLost`: the caller keeps that copy somewhere recoverable before anything
 *    overwrites it. Nothing is deleted here.
 */
import { canonicalJson } from './canonical.js';
import { mergeResponses } from './merge.js';
import type { Answer, RatedSubject, RubricResponse } from './schema.js';

const DATE_PART = /^(\d{4})-(\d{2})-(\d{2})/;

/** The time of `stamp` in ms, or NaN when it is not a real date (`9999-99-99`, `2026-02-30`). */
export function stampTime(stamp: unknown): number {
  if (typeof stamp !== 'string') return Number.NaN;
  const parts = DATE_PART.exec(stamp);
  if (!parts) return Number.NaN;
  const [, y, m, d] = parts.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  // Date.parse rolls 2026-02-30 over to March: the calendar day must exist as written.
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return Number.NaN;
  return Date.parse(stamp);
}

/**
 * Future times already capped, by their text: the same future time read again (another tab saving
 * its unchanged copy) keeps the time it was first given, so an edit made since still wins.
 */
export type CappedTimes = Map<string, string>;

/** `stamp` checked: undefined when not a real date, the cap when later than it, else unchanged. */
export function trustStamp(stamp: string | undefined, cap: number, capped?: CappedTimes): string | undefined {
  const time = stampTime(stamp);
  if (Number.isNaN(time)) return undefined;
  if (time <= cap) return stamp;
  let given = capped?.get(stamp!);
  if (given === undefined) {
    given = new Date(cap).toISOString();
    if (capped && capped.size >= 1000) capped.clear();
    capped?.set(stamp!, given);
  }
  return given;
}

function trustAnswers(answers: Record<string, Answer>, cap: number, capped?: CappedTimes): Record<string, Answer> {
  let changed = false;
  const out: Record<string, Answer> = {};
  for (const key of Object.keys(answers)) {
    const answer = answers[key]!;
    const stamp = trustStamp(answer.updatedAt, cap, capped);
    let next = answer;
    if (stamp !== answer.updatedAt) {
      changed = true;
      const { updatedAt: _dropped, ...rest } = answer;
      next = stamp === undefined ? rest : { ...rest, updatedAt: stamp };
    }
    Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return changed ? out : answers;
}

/**
 * A response read from outside, with its times checked against `readAt` (ms): the same object when
 * every time was already a real date no later than `readAt`.
 */
export function trustStamps(response: RubricResponse, readAt: number, capped?: CappedTimes): RubricResponse {
  const stamp = trustStamp(response.updatedAt, readAt, capped);
  const answers = trustAnswers(response.answers, readAt, capped);
  let subjectsChanged = false;
  const subjects = response.subjects?.map((s): RatedSubject => {
    const a = trustAnswers(s.answers, readAt, capped);
    if (a === s.answers) return s;
    subjectsChanged = true;
    return { ...s, answers: a };
  });
  if (stamp === response.updatedAt && answers === response.answers && !subjectsChanged) return response;
  const { updatedAt: _dropped, ...rest } = response;
  return {
    ...rest,
    ...(stamp === undefined ? {} : { updatedAt: stamp }),
    answers,
    ...(subjects ? { subjects } : {}),
  };
}

/** One answer, by item and (on the continuum) partner. */
export interface AnswerRef {
  readonly itemId: string;
  readonly subjectId?: string;
}

/** What a person sees of an answer: its level and fields, not its time. */
const shown = (answer: Answer | undefined) => (answer ? canonicalJson(answer, (key) => key !== 'updatedAt') : '');

/** Answers of `side` that the merge replaced with a different answer. */
export function lostAnswers(side: RubricResponse, merged: RubricResponse): AnswerRef[] {
  const lost: AnswerRef[] = [];
  const compare = (a: Record<string, Answer>, b: Record<string, Answer> | undefined, subjectId?: string) => {
    for (const itemId of Object.keys(a)) {
      const other = b && Object.hasOwn(b, itemId) ? b[itemId] : undefined;
      if (shown(a[itemId]) !== shown(other)) lost.push({ itemId, ...(subjectId === undefined ? {} : { subjectId }) });
    }
  };
  compare(side.answers, merged.answers);
  for (const subject of side.subjects ?? [])
    compare(subject.answers, merged.subjects?.find((s) => s.id === subject.id)?.answers, subject.id);
  return lost;
}

/** The outcome of reconciling two copies of one response. */
export interface Reconciled {
  /** What to show from now on. */
  readonly response: RubricResponse;
  /** Answers of `mine` replaced by `theirs`: when mine must survive, keep it aside first. */
  readonly mineLost: readonly AnswerRef[];
  /** Answers of `theirs` replaced by `mine`. */
  readonly theirsLost: readonly AnswerRef[];
  /** Answers now shown that came from `theirs` and were not shown before. */
  readonly fromTheirs: readonly AnswerRef[];
}

/**
 * Reconciles `theirs` (read at `readAt`, untrusted times) with `mine` (what is shown, if anything).
 * `mine` carries times this element wrote or already checked; `capped` remembers future times
 * across calls (one map per page).
 */
export function reconcile(mine: RubricResponse | null, theirs: RubricResponse, readAt: number, capped?: CappedTimes): Reconciled {
  const checked = trustStamps(theirs, readAt, capped);
  if (!mine) return { response: checked, mineLost: [], theirsLost: [], fromTheirs: [] };
  const merged = mergeResponses(mine, checked);
  const mineLost = lostAnswers(mine, merged);
  const theirsLost = lostAnswers(checked, merged);
  // Answers theirs brought: those it holds that mine showed differently or not at all.
  const fromTheirs = lostAnswers(checked, mine).filter(
    (ref) => !theirsLost.some((l) => l.itemId === ref.itemId && l.subjectId === ref.subjectId),
  );
  return { response: merged, mineLost, theirsLost, fromTheirs };
}
