/**
 * Immutable edits of a response, one per user intent. Each returns a new response and leaves
 * every answer it does not touch (including answers to items the definition no longer has) as is.
 */
import { newResponseId } from './new-response.js';
import type { Answer, FieldValue, RatedSubject, RubricResponse } from './schema.js';

// A new response is the one thing a first render needs of this: it lives apart, so the edits load with the edit path.
export { emptyResponse, newResponseId } from './new-response.js';

/** Which answer an edit addresses: an item, or an item of one rated subject (continuum partner). */
export interface AnswerTarget {
  readonly itemId: string;
  readonly subjectId?: string;
}

/**
 * The response after an edit at `stamp`: its id kept, or given one if it has none (a response
 * saved before ids existed, or a host's copy without one), so every response a person edits has
 * a stable id that exports and imports recognise.
 */
function touched(response: RubricResponse, stamp: string): RubricResponse {
  return { ...response, id: response.id ?? newResponseId(), updatedAt: stamp };
}

function patchAnswers(answers: Record<string, Answer>, itemId: string, patch: (a: Answer) => Answer, stamp: string) {
  const next = { ...patch(Object.hasOwn(answers, itemId) ? answers[itemId]! : {}), updatedAt: stamp };
  return { ...answers, [itemId]: next };
}

function patchAnswer(response: RubricResponse, target: AnswerTarget, patch: (a: Answer) => Answer, stamp: string): RubricResponse {
  if (target.subjectId === undefined) {
    return { ...touched(response, stamp), answers: patchAnswers(response.answers, target.itemId, patch, stamp) };
  }
  return {
    ...touched(response, stamp),
    subjects: (response.subjects ?? []).map((s) =>
      s.id === target.subjectId ? { ...s, answers: patchAnswers(s.answers, target.itemId, patch, stamp) } : s,
    ),
  };
}

/** Chooses a level, or clears the rating with `null`. */
export function setLevel(response: RubricResponse, target: AnswerTarget, level: string | null, now = new Date()): RubricResponse {
  return patchAnswer(response, target, (a) => ({ ...a, level }), now.toISOString());
}

/** Ticks or unticks a checklist item. */
export function setChecked(response: RubricResponse, target: AnswerTarget, checked: boolean, now = new Date()): RubricResponse {
  return patchAnswer(response, target, (a) => ({ ...a, checked }), now.toISOString());
}

/** Sets a prompt's written answer. */
export function setText(response: RubricResponse, target: AnswerTarget, text: string, now = new Date()): RubricResponse {
  return patchAnswer(response, target, (a) => ({ ...a, text }), now.toISOString());
}

/** Sets an item field (a note, the Opportunity mark). */
export function setItemField(
  response: RubricResponse,
  target: AnswerTarget,
  fieldId: string,
  value: FieldValue,
  now = new Date(),
): RubricResponse {
  return patchAnswer(response, target, (a) => ({ ...a, fields: { ...a.fields, [fieldId]: value } }), now.toISOString());
}

/** Sets a field of the whole response (date, school, team, role). */
export function setResponseField(response: RubricResponse, fieldId: string, value: FieldValue, now = new Date()): RubricResponse {
  return { ...touched(response, now.toISOString()), fields: { ...response.fields, [fieldId]: value } };
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
  return { ...touched(response, now.toISOString()), subjects: [...subjects, { id: nextSubjectId(subjects), name, answers: {} }] };
}

/** Renames a subject. */
export function renameSubject(response: RubricResponse, subjectId: string, name: string, now = new Date()): RubricResponse {
  return {
    ...touched(response, now.toISOString()),
    subjects: (response.subjects ?? []).map((s) => (s.id === subjectId ? { ...s, name } : s)),
  };
}

/** Sets a field of one subject ("How to strengthen"). */
export function setSubjectField(
  response: RubricResponse,
  subjectId: string,
  fieldId: string,
  value: FieldValue,
  now = new Date(),
): RubricResponse {
  return {
    ...touched(response, now.toISOString()),
    subjects: (response.subjects ?? []).map((s) => (s.id === subjectId ? { ...s, fields: { ...s.fields, [fieldId]: value } } : s)),
  };
}

/** Removes a subject and its answers (an explicit user intent). */
export function removeSubject(response: RubricResponse, subjectId: string, now = new Date()): RubricResponse {
  return { ...touched(response, now.toISOString()), subjects: (response.subjects ?? []).filter((s) => s.id !== subjectId) };
}
