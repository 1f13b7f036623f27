/**
 * Turns a DOM event from the rubric's shadow root into the user's intent: which edit of the
 * response it asks for, and which events to announce. Controls carry `data-kind` and friends.
 */
import * as edit from '../../rubrics/edit.js';
import type { RubricResponse } from '../../rubrics/schema.js';
import { itemFocus } from './templates.js';

/** `input` for each keystroke, `change` when committed, `both` for a one-step choice. */
export type Announce = 'input' | 'change' | 'both';

export interface Intent {
  /** The new response, or undefined when nothing changes (only a `change` announced, or only focus moved). */
  readonly next?: RubricResponse;
  readonly announce: Announce;
  /** What to focus after the update, as a selector in the shadow root. */
  readonly focus?: string;
}

const data = (el: HTMLElement) => ({
  kind: el.dataset['kind'] ?? '',
  itemId: el.dataset['item'] ?? '',
  subjectId: el.dataset['subject'] || undefined,
  field: el.dataset['field'] ?? '',
});

/**
 * The intent of an `input` (`typing`) or `change` event from a form control, if any. It takes the
 * control, not the event: an event from a shadow root has no target once it has been dispatched,
 * and an edit made before the edit path arrived is read after that.
 */
export function intentOfEdit(control: HTMLInputElement, typing: boolean, base: RubricResponse, now = new Date()): Intent | undefined {
  const { kind, itemId, subjectId, field } = data(control);
  const at = { itemId, ...(subjectId ? { subjectId } : {}) };
  const oneStep = control.type === 'checkbox' || control.tagName === 'SELECT' || control.type === 'date';
  const value = control.type === 'checkbox' ? control.checked : control.value;
  // Text is saved on every keystroke (`input`) and announced once more as `change` when committed.
  const text = (next: () => RubricResponse): Intent | undefined =>
    oneStep
      ? typing
        ? undefined
        : { next: next(), announce: 'both' }
      : typing
        ? { next: next(), announce: 'input' }
        : { announce: 'change' };
  switch (kind) {
    case 'level':
      return typing ? undefined : { next: edit.setLevel(base, at, control.value, now), announce: 'both' };
    case 'check':
      return typing ? undefined : { next: edit.setChecked(base, at, control.checked, now), announce: 'both' };
    case 'text':
      return text(() => edit.setText(base, at, String(value), now));
    case 'item-field':
      return text(() => edit.setItemField(base, at, field, value, now));
    case 'response-field':
      return text(() => edit.setResponseField(base, field, value, now));
    case 'subject-field':
      return text(() => edit.setSubjectField(base, subjectId ?? '', field, value, now));
    case 'subject-name':
      return text(() => edit.renameSubject(base, subjectId ?? '', String(value), now));
    default:
      return undefined;
  }
}

/** The intent of a click on a button (clear a rating, add or remove a subject), if any. */
export function intentOfClick(button: HTMLElement, base: RubricResponse, newName: string, firstItemId: string): Intent | undefined {
  const { kind, itemId, subjectId } = data(button);
  if (kind === 'clear') {
    return {
      next: edit.setLevel(base, { itemId, ...(subjectId ? { subjectId } : {}) }, null),
      announce: 'both',
      focus: itemFocus(itemId, subjectId),
    };
  }
  if (kind === 'remove-subject' && subjectId) {
    return { next: edit.removeSubject(base, subjectId), announce: 'both', focus: '#new-subject' };
  }
  if (kind === 'add-subject') {
    const name = (button.dataset['name'] ?? newName).trim();
    // A suggestion already added (a second click before the chip is gone) goes to that partner.
    const same =
      button.dataset['name'] === undefined ? undefined : base.subjects?.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
    if (same) return { announce: 'input', focus: itemFocus(firstItemId, same.id) };
    const next = edit.addSubject(base, name);
    const added = next.subjects?.at(-1)?.id ?? '';
    return { next, announce: 'both', focus: itemFocus(firstItemId, added) };
  }
  return undefined;
}
