/**
 * Members' own notes per item (`answers[itemId].fields.note`), the other text fields a definition
 * has (evidence, "How to strengthen"), gathered for display. Text only: nothing here is a figure,
 * so it lives beside the CSV helpers rather than in `src/scoring`.
 */
import type { Answer, Rubric, RubricResponse } from '../rubrics/schema.js';
import { subjectKey } from '../scoring/subjects.js';

/** One member's note on one item. */
export interface ItemNote {
  /** The response's `respondent`, trimmed; absent when the response names nobody. */
  readonly respondent?: string;
  /** For a continuum: the partner the note is about. */
  readonly subject?: string;
  /** The note as written (trimmed of surrounding blank space). */
  readonly text: string;
}

/** One field of an answer (`fields[fieldId]`) as written, or '' when it is not text. */
const fieldOf =
  (fieldId: string) =>
  (answer: Answer | undefined): string => {
    const fields = answer?.fields;
    const value = fields && typeof fields === 'object' && Object.hasOwn(fields, fieldId) ? fields[fieldId] : undefined;
    return typeof value === 'string' ? value : '';
  };
/** A member's note on an answer (its `note` field) as written, or '' when there is none. */
export const noteOf = fieldOf('note');
const textOf = (answer: Answer | undefined): string => (typeof answer?.text === 'string' ? answer.text : '');
const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * The non-empty notes per item id, in definition order of the items and response order within an
 * item (then partner order for a continuum). Items nobody wrote a note on are left out, and so are
 * answers to items the definition does not have.
 */
export function notesByItem(rubric: Rubric, responses: readonly RubricResponse[]): Map<string, ItemNote[]> {
  return byItem(rubric, responses, noteOf);
}

/** The non-empty texts of one item field (`answers[itemId].fields[fieldId]`: an evidence box) per item id, gathered like `notesByItem`. */
export function fieldTextsByItem(rubric: Rubric, responses: readonly RubricResponse[], fieldId: string): Map<string, ItemNote[]> {
  return byItem(rubric, responses, fieldOf(fieldId));
}

/** One subject's texts in one subject field (a partner's "How to strengthen"), from every response that lists it. */
export interface SubjectTexts {
  /** The subject's grouping key (`subjectKey`), as the aggregate's subjects have it. */
  readonly key: string;
  readonly fieldId: string;
  readonly texts: readonly ItemNote[];
}

/**
 * The non-empty texts of the definition's subject fields, per subject key (sorted as the aggregate
 * sorts its subjects) and field (definition order); response order within each. Subjects and fields
 * nobody wrote in are left out.
 */
export function subjectFieldTexts(rubric: Rubric, responses: readonly RubricResponse[]): SubjectTexts[] {
  const fields = (rubric.subjects?.fields ?? []).filter((f) => f.type !== 'checkbox');
  const byKey = new Map<string, Map<string, ItemNote[]>>();
  for (const response of Array.isArray(responses) ? responses : []) {
    const respondent = typeof response?.respondent === 'string' ? response.respondent.trim() : '';
    for (const subject of Array.isArray(response?.subjects) ? response.subjects : []) {
      const values = subject?.fields;
      if (!values || typeof values !== 'object') continue;
      for (const field of fields) {
        const text = Object.hasOwn(values, field.id) ? trimmed(values[field.id]) : '';
        if (!text) continue;
        const key = subjectKey(subject.name);
        const mine = byKey.get(key) ?? new Map<string, ItemNote[]>();
        byKey.set(key, mine);
        mine.set(field.id, [...(mine.get(field.id) ?? []), { ...(respondent ? { respondent } : {}), subject: subject.name, text }]);
      }
    }
  }
  return [...byKey.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((key) =>
      fields.filter((f) => byKey.get(key)!.has(f.id)).map((f) => ({ key, fieldId: f.id, texts: byKey.get(key)!.get(f.id)! })),
    );
}

/** The written answers to each prompt (a `prompt` scale), gathered like `notesByItem`. */
export function writtenAnswersByItem(rubric: Rubric, responses: readonly RubricResponse[]): Map<string, ItemNote[]> {
  return byItem(rubric, responses, textOf);
}

function byItem(
  rubric: Rubric,
  responses: readonly RubricResponse[],
  written: (answer: Answer | undefined) => string,
): Map<string, ItemNote[]> {
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
