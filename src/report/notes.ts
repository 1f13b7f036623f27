/**
 * Members' own notes per item (`answers[itemId].fields.note`), gathered for display. Text only:
 * nothing here is a figure, so it lives beside the CSV helpers rather than in `src/scoring`.
 */
import type { Answer, Rubric, RubricResponse } from '../rubrics/schema.js';

/** One member's note on one item. */
export interface ItemNote {
  /** The response's `respondent`, trimmed; absent when the response names nobody. */
  readonly respondent?: string;
  /** For a continuum: the partner the note is about. */
  readonly subject?: string;
  /** The note as written (trimmed of surrounding blank space). */
  readonly text: string;
}

/** A member's note on an answer (its `note` field) as written, or '' when there is none. */
export const noteOf = (answer: Answer | undefined): string => {
  const note = answer?.fields?.['note'];
  return typeof note === 'string' ? note : '';
};
const textOf = (answer: Answer | undefined): string => (typeof answer?.text === 'string' ? answer.text : '');

/**
 * The non-empty notes per item id, in definition order of the items and response order within an
 * item (then partner order for a continuum). Items nobody wrote a note on are left out, and so are
 * answers to items the definition does not have.
 */
export function notesByItem(rubric: Rubric, responses: readonly RubricResponse[]): Map<string, ItemNote[]> {
  return byItem(rubric, responses, noteOf);
}

/** The written answers to each prompt (a `prompt` scale), gathered like `notesByItem`. */
export function writtenAnswersByItem(rubric: Rubric, responses: readonly RubricResponse[]): Map<string, ItemNote[]> {
  return byItem(rubric, responses, textOf);
}

function byItem(rubric: Rubric, responses: readonly RubricResponse[], written: (answer: Answer | undefined) => string): Map<string, ItemNote[]> {
  const noteOf = (answer: Answer | undefined) => written(answer).trim();
  const items = rubric.sections.flatMap((s) => s.items.map((i) => i.id));
  const notes = new Map<string, ItemNote[]>();
  for (const itemId of items) {
    const list: ItemNote[] = [];
    for (const response of responses) {
      const respondent = typeof response?.respondent === 'string' ? response.respondent.trim() : '';
      const who = respondent ? { respondent } : {};
      const answers = response?.answers;
      const own = answers && typeof answers === 'object' && Object.hasOwn(answers, itemId) ? noteOf(answers[itemId]) : '';
      if (own) list.push({ ...who, text: own });
      for (const subject of Array.isArray(response?.subjects) ? response.subjects : []) {
        const text = subject?.answers && Object.hasOwn(subject.answers, itemId) ? noteOf(subject.answers[itemId]) : '';
        if (text) list.push({ ...who, subject: subject.name, text });
      }
    }
    if (list.length) notes.set(itemId, list);
  }
  return notes;
}
