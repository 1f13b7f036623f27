/** A new response and its id: what every rubric needs before anyone edits it (`edit.ts` has the edits). */
import type { Rubric, RubricResponse } from './schema.js';

/**
 * A new response id: a random UUID (version 4) from `crypto.getRandomValues`, which, unlike
 * `crypto.randomUUID`, also works on plain-http pages.
 */
export function newResponseId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new, empty response to `rubric`, with a new id. */
export function emptyResponse(rubric: Rubric, now: Date = new Date()): RubricResponse {
  const stamp = now.toISOString();
  return {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    id: newResponseId(),
    createdAt: stamp,
    updatedAt: stamp,
    answers: {},
    ...(rubric.subjects ? { subjects: [] } : {}),
  };
}
