/**
 * Immutable edits of a response, one per user intent. Each returns a new response and leaves
 * every answer it does not touch (including answers to items the definition no longer has) as is.
 */
import type { Answer, FieldValue, RatedSubject, Rubric, RubricResponse } from './schema.js';

/** Which answer an edit addresses: an item, or an item of one rated subject (continuum partner). */
export interface AnswerTarget {
  readonly itemId: string;
  readonly subjectId?: string;
}

function patchAnswers(answers: Record<string, Answer>, itemId: string, patch: (a: Answer) => Answer, stamp: string) {
  const next = { ...patch(Object.hasOwn(answers, itemId) ? answers[itemId]! : {}), updatedAt: stamp };
  return { ...answers, [itemId]: next };
}

function patchAnswer(response: RubricResponse, target: AnswerTarget, patch: (a: Answer) => Answer, stamp: string): RubricResponse {
  if (target.subjectId === undefined) {
    return { ...response, updatedAt: stamp, answers: patchAnswers(response.answers, target.itemId, patch, stamp) };
  }
  return {
    ...response,
    updatedAt: stamp,
    subjects: (response.subjects ?? []).map((s) =>
      s.id === target.subjectId ? { ...s, answers: patchAnswers(s.answers, target.itemId, patch, stamp) } : s,
    ),
  };
}

/** Chooses a level, or clears the rating with `null`. */
export function setLevel(response: RubricResponse, target: AnswerTarget, level: string | null, now = new Date()): RubricResponse {
  return patchAnswer(response, target, (a) => ({ ...a, level }), now.toISOString());
}

/** Sets an item field (a note, the Opportunity mark). */
export function setItemField(response: RubricResponse, target: AnswerTarget, fieldId: string, value: FieldValue, now = new Date()): RubricResponse {
  return patchAnswer(response, target, (a) => ({ ...a, fields: { ...a.fields, [fieldId]: value } }), now.toISOString());
}

/** Sets a field of the whole response (date, school, team, role). */
export function setResponseField(response: RubricResponse, fieldId: string, value: FieldValue, now = new Date()): RubricResponse {
  return { ...response, updatedAt: now.toISOString(), fields: { ...response.fields, [fieldId]: value } };
}

function nextSubjectId(subjects: readonly RatedSubject[]): string {
  const used = new Set(subjects.map((s) => s.id));
  let n = subjects.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

/** Adds a subject (partner) with a name; its id is stable for the life of the response. */
export function addSubject(response: RubricResponse, name: string, now = new Date()): RubricResponse {
  const subjects = response.subjects ?? [];
  return { ...response, updatedAt: now.toISOString(), subjects: [...subjects, { id: nextSubjectId(subjects), name, answers: {} }] };
}

/** Renames a subject. */
export function renameSubject(response: RubricResponse, subjectId: string, name: string, now = new Date()): RubricResponse {
  return { ...response, updatedAt: now.toISOString(), subjects: (response.subjects ?? []).map((s) => (s.id === subjectId ? { ...s, name } : s)) };
}

/** Sets a field of one subject ("How to strengthen"). */
export function setSubjectField(response: RubricResponse, subjectId: string, fieldId: string, value: FieldValue, now = new Date()): RubricResponse {
  return {
    ...response,
    updatedAt: now.toISOString(),
    subjects: (response.subjects ?? []).map((s) => (s.id === subjectId ? { ...s, fields: { ...s.fields, [fieldId]: value } } : s)),
  };
}

/** Removes a subject and its answers (an explicit user intent). */
export function removeSubject(response: RubricResponse, subjectId: string, now = new Date()): RubricResponse {
  return { ...response, updatedAt: now.toISOString(), subjects: (response.subjects ?? []).filter((s) => s.id !== subjectId) };
}

/** A new, empty response to `rubric`. */
export function emptyResponse(rubric: Rubric, now: Date = new Date()): RubricResponse {
  const stamp = now.toISOString();
  return {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    createdAt: stamp,
    updatedAt: stamp,
    answers: {},
    ...(rubric.subjects ? { subjects: [] } : {}),
  };
}
