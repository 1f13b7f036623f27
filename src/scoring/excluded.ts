/**
 * What the counting leaves out, said out loud: answers that name a level the scale does not have
 * (an imported file written for another version, a hand-edited cell) and answers to items the
 * definition does not have. `aggregateResponses` and `scoreResponse` ignore both, never guessing a
 * level; this lists every one, so a report can show them as problems instead of counting silently.
 */
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import { itemIndex } from './items.js';
import { scaleIndex } from './scale.js';

/** Why an answer was not counted. */
export type ExclusionReason = 'level-not-on-scale' | 'item-not-in-rubric';

/** One answer the figures leave out. */
export interface ExcludedAnswer {
  /** Index of the response in the list given. */
  readonly response: number;
  /** The response's `respondent`, when it names one. */
  readonly respondent?: string;
  /** The response's `id`, when it has one. */
  readonly responseId?: string;
  /** For a rubric with subjects (a continuum's partners): the subject's name. */
  readonly subject?: string;
  readonly itemId: string;
  /** The level id as written, or null for an answer to an unknown item without a level (a tick, a text). */
  readonly levelId: string | null;
  readonly reason: ExclusionReason;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Whether an answer holds anything the figures would count: a level, a tick or a written text. */
function holdsSomething(answer: Record<string, unknown>): boolean {
  return (
    typeof answer['level'] === 'string' ||
    answer['checked'] === true ||
    (typeof answer['text'] === 'string' && answer['text'].trim() !== '')
  );
}

/**
 * Every answer in `responses` that the team figures leave out, in response order (then subject and
 * item order as written): a level id that is not one of the scale's levels (on an ordered, ideal-point
 * or nominal scale), or an answer to an item the definition does not have. A cleared level (`null`)
 * is not an answer and is not listed. Pure and total: odd values are skipped, never thrown on.
 */
export function excludedAnswers(rubric: Rubric, responses: readonly RubricResponse[]): ExcludedAnswer[] {
  const scale = scaleIndex(rubric);
  const items = itemIndex(rubric);
  const out: ExcludedAnswer[] = [];
  const list = Array.isArray(responses) ? responses : [];
  list.forEach((response, index) => {
    const r = record(response);
    if (!r) return;
    const who = {
      response: index,
      ...(typeof r['respondent'] === 'string' && r['respondent'].trim() ? { respondent: r['respondent'].trim() } : {}),
      ...(typeof r['id'] === 'string' ? { responseId: r['id'] } : {}),
    };
    const check = (answers: unknown, subject?: string) => {
      const all = record(answers);
      if (!all) return;
      for (const [itemId, value] of Object.entries(all)) {
        const answer = record(value);
        if (!answer) continue;
        const level = typeof answer['level'] === 'string' ? answer['level'] : null;
        const at = { ...who, ...(subject === undefined ? {} : { subject }), itemId, levelId: level };
        if (!items.indexById.has(itemId)) {
          if (holdsSomething(answer)) out.push({ ...at, reason: 'item-not-in-rubric' });
        } else if (level !== null && !scale.pseudo && scale.indexOf(level) < 0) {
          out.push({ ...at, reason: 'level-not-on-scale' });
        }
      }
    };
    if (!rubric.subjects) check(r['answers']);
    else
      for (const s of Array.isArray(r['subjects']) ? r['subjects'] : []) check(record(s)?.['answers'], String(record(s)?.['name'] ?? ''));
  });
  return out;
}
