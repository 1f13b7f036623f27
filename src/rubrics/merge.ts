import type { Answer, RubricResponse } from './schema.js';

const later = (a: Answer | undefined, b: Answer | undefined): Answer | undefined => {
  if (!a) return b;
  if (!b) return a;
  return (b.updatedAt ?? '') > (a.updatedAt ?? '') ? b : a;
};

function mergeAnswers(mine: Record<string, Answer>, theirs: Record<string, Answer>): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    out[key] = later(mine[key], theirs[key])!;
  }
  return out;
}

/**
 * Merges two edits of one response (two tabs): per answer, the later `updatedAt` wins, and on a tie
 * `mine` wins, so the result is deterministic. Subjects present in either are kept.
 */
export function mergeResponses(mine: RubricResponse, theirs: RubricResponse): RubricResponse {
  const subjects = new Map((mine.subjects ?? []).map((s) => [s.id, s]));
  for (const s of theirs.subjects ?? []) {
    const own = subjects.get(s.id);
    subjects.set(s.id, own ? { ...own, answers: mergeAnswers(own.answers, s.answers) } : s);
  }
  const newer = (theirs.updatedAt ?? '') > (mine.updatedAt ?? '') ? theirs : mine;
  return {
    ...mine,
    fields: { ...(newer === mine ? theirs.fields : mine.fields), ...newer.fields },
    updatedAt: newer.updatedAt ?? mine.updatedAt,
    answers: mergeAnswers(mine.answers, theirs.answers),
    ...(mine.subjects || theirs.subjects ? { subjects: [...subjects.values()] } : {}),
  } as RubricResponse;
}
