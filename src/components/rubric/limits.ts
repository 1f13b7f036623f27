/**
 * An element accepts only what it can save and read back: a stored draft is read with the
 * validator's limit on JSON text (`INPUT_LIMITS.bytes`). Typing that would take the response past
 * it is cut at the limit, as `maxlength` cuts a field, and the person is told.
 */
import { INPUT_LIMITS } from '../../rubrics/input-limits.js';
import { intentOfEdit, type Intent } from './intents.js';
import type { RubricResponse } from '../../rubrics/schema.js';

const over = (intent: Intent | undefined) => (intent?.next ? JSON.stringify(intent.next).length - INPUT_LIMITS.bytes : 0);

/** The intent of an edit (`intentOfEdit`), with the control's text shortened so the response stays within the limit; `cut` tells whether it was. */
export function editWithinLimit(
  control: HTMLInputElement,
  typing: boolean,
  base: RubricResponse,
): { intent: Intent | undefined; cut: boolean } {
  let intent = intentOfEdit(control, typing, base);
  let excess = over(intent);
  if (excess <= 0) return { intent, cut: false };
  // Escapes make JSON longer than the text: shorten until it fits (or nothing typed is left).
  while (excess > 0 && typeof control.value === 'string' && control.value.length > 0) {
    control.value = control.value.slice(0, Math.max(0, control.value.length - excess));
    intent = intentOfEdit(control, typing, base);
    excess = over(intent);
  }
  return { intent: excess > 0 ? undefined : intent, cut: true };
}
