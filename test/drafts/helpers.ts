// Shared by the draft and security tests: storage spies, typing into the shadow root, waiting for saves.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { DRAFT_DEBOUNCE, DRAFT_PREFIX } from '../../src/controllers/draft-controller.js';
import type { DraftStatus } from '../../src/events/events.js';

export const full = (key: string) => `${DRAFT_PREFIX}${key}`;

/** Removes every key this library writes (and the corrupt copies), leaving host keys alone. */
export function clearDrafts(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith(DRAFT_PREFIX)) localStorage.removeItem(k);
}

export const radios = (el: CrRubric, key: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`#item-${CSS.escape(key)} input[type=radio]`),
];

export const statusText = (el: CrRubric) => el.shadowRoot!.querySelector('[part~=status][role=status]')?.textContent?.trim() ?? '';

/** Types `text` into a text control the way a browser reports it: `input`, then `change`. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Waits until the debounced save has had time to run. */
export const afterDebounce = () => aTimeout(DRAFT_DEBOUNCE + 120);

/** Saves every pending draft now, as when the page is hidden (synchronous). */
export async function flushNow(): Promise<void> {
  window.dispatchEvent(new PageTransitionEvent('pagehide'));
  await aTimeout(0);
}

/** Records every `cr-draft-status` an element fires. */
export function statuses(el: EventTarget): DraftStatus[] {
  const seen: DraftStatus[] = [];
  el.addEventListener('cr-draft-status', (e) => seen.push((e as Event & { status: DraftStatus }).status));
  return seen;
}

/** Counts `setItem` calls per key; `restore()` puts the original back. */
export function spySetItem(): { calls: [string, string][]; for: (key: string) => number; restore: () => void } {
  const original = Storage.prototype.setItem;
  const calls: [string, string][] = [];
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    calls.push([key, value]);
    return original.call(this, key, value);
  };
  return {
    calls,
    for: (key) => calls.filter(([k]) => k === key).length,
    restore: () => {
      Storage.prototype.setItem = original;
    },
  };
}

/** Collects uncaught errors and unhandled rejections until `stop()`. */
export function watchErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Mounts a `<cr-rubric>` with a definition and a storage key. */
export async function mount(definition: unknown, key: string): Promise<CrRubric> {
  const el = await fixture<CrRubric>(html`<cr-rubric storage-key=${key} .definition=${definition}></cr-rubric>`);
  await el.updateComplete;
  return el;
}

/** Creates a fresh element, as after a reload: listeners attached before it connects. */
export async function remount(definition: unknown, key: string, before?: (el: CrRubric) => void): Promise<CrRubric> {
  const el = document.createElement('cr-rubric');
  el.storageKey = key;
  el.definition = definition;
  before?.(el);
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.append(el);
  await el.updateComplete;
  return el;
}

/**
 * Registers hooks for the enclosing `describe`: drafts are cleared before and after each test, and
 * a test fails on any uncaught error or unhandled rejection. `errors` is the current test's list.
 */
export function guardEachTest(): { readonly errors: unknown[] } {
  const current = { errors: [] as unknown[] };
  let watch: ReturnType<typeof watchErrors> | undefined;
  beforeEach(() => {
    clearDrafts();
    watch = watchErrors();
    current.errors = watch.errors;
  });
  afterEach(() => {
    watch?.stop();
    clearDrafts();
    expect(current.errors, 'no uncaught errors').to.deep.equal([]);
  });
  return current;
}

/**
 * Makes every `Storage#setItem` in this page throw `QuotaExceededError` (storage is full), as D-03
 * does by hand. `original` writes anyway (another tab, or the test itself); `restore()` undoes it.
 */
export function stubQuota(): { original: Storage['setItem']; restore: () => void } {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return {
    original,
    restore: () => {
      Storage.prototype.setItem = original;
    },
  };
}

/**
 * Creates `<form><cr-rubric name=r storage-key=key></form>` in the body without `fixture()` (a
 * test may mount hundreds). The caller removes the form; removing it flushes the element's draft.
 */
export async function mountInForm(definition: unknown, key: string): Promise<{ form: HTMLFormElement; el: CrRubric }> {
  const form = document.createElement('form');
  document.body.append(form);
  const el = await mountInto(form, definition, key);
  return { form, el };
}

/** Appends a new `<cr-rubric name=r storage-key=key>` to `parent`, as after a reload. */
export async function mountInto(parent: HTMLElement, definition: unknown, key: string): Promise<CrRubric> {
  const el = document.createElement('cr-rubric');
  el.setAttribute('name', 'r');
  el.storageKey = key;
  el.definition = definition;
  parent.append(el);
  await el.updateComplete;
  return el;
}

/**
 * An item's note, opened first: an empty note shows as a button in its field until the person
 * opens it (`itemFields`).
 */
export async function openNote(el: CrRubric, item: string): Promise<HTMLTextAreaElement> {
  const root = el.shadowRoot!;
  const closed = root.querySelector<HTMLButtonElement>(`#item-${item} [part=field] button`);
  if (closed) {
    closed.click();
    await el.updateComplete;
  }
  return root.querySelector<HTMLTextAreaElement>(`#if-${item}-note`)!;
}

/** What an item's note shows: its text, '' when it is still its button, or null when neither is there. */
export function noteText(el: CrRubric, item: string): string | null {
  const root = el.shadowRoot!;
  const box = root.querySelector<HTMLTextAreaElement>(`#if-${item}-note`);
  if (box) return box.value;
  return root.querySelector(`#item-${item} [part=field] button`) ? '' : null;
}
