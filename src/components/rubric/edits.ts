/**
 * A person's input inside a rubric element, turned into a new response: one delegated listener
 * (`handleEvent`, bound to the element's base for `input`, `change`, `click`, `keydown` and
 * `focusin`) hands each control to the edit path (`after-render.ts`), and applies the intent it
 * returns: the new value through the owner (shown, then saved as a draft), the `input` and `change`
 * events, focus. The edit path is a chunk fetched after the first update (`later.ts`): an edit made
 * before it arrives waits, in order, and is applied when it does.
 */
import type { LocalizeController } from '../../controllers/localize.js';
import type { ResponseController } from '../../controllers/response-controller.js';
import type { UiStrings } from '../../i18n/strings.js';
import type { Rubric } from '../../rubrics/schema.js';
import type { ResponseScore } from '../../scoring/index.js';
import type { Intent } from './intents.js';
import { afterRender, loadAfterRender, type AfterRender } from './later.js';

/** How often edits waiting for the edit path's chunk try to fetch it again while offline. */
const EDIT_RETRY_MS = 3000;

/** What the listeners need of the element. */
export interface EditHost extends HTMLElement {
  readonly score: ResponseScore | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  announce(message: string): void;
}

/** What the element knows that is not public: whether a person may edit now, and its status line. */
export interface EditState {
  editable(): boolean;
  status(): string;
}

/** The element's side: its listener, the notes a person opened, and whether an edit may have completed the response. */
export interface RubricEdits extends EventListenerObject {
  /** Item notes the person opened (`itemFields` shows an empty note as a button until then). */
  readonly opened: Set<string>;
  /**
   * Whether an edit shown by the update that just ended may have completed the response (it was
   * incomplete before); read once per update, in `updated()`, which fires `cr-complete`.
   */
  completing(): boolean;
}

/**
 * A closure rather than a class: nothing here has a lifecycle, and its state (the edits waiting for
 * the edit path, the date field a pointer focused) is private to these functions.
 */
export function rubricEdits(
  host: EditHost,
  owner: ResponseController,
  localize: LocalizeController<UiStrings>,
  state: EditState,
): RubricEdits {
  /** Edits made before the edit path arrived, applied in order when it does. */
  const early: ((m: AfterRender) => void)[] = [];
  let flushing: Promise<void> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  /** Set by an edit of an incomplete response, until the update that shows it. */
  let completing = false;
  /** A date field focused by a pointer: its click opens the picker, as a date input's would. */
  let pickerOnClick: HTMLInputElement | undefined;
  const opened = new Set<string>();
  const root = () => host.renderRoot;
  const strings = () => localize.strings;

  const retryEdits = (): void => {
    if (host.isConnected && early.length > 0) flush();
  };

  /** Applies a user's intent: new value, events, draft, focus. */
  const apply = ({ next, announce, focus }: Intent): void => {
    if (next) {
      // Scored once, in the next update; `updated()` then tells whether this edit completed it.
      if (host.score?.complete !== true) completing = true;
      owner.edit(next);
      if (announce !== 'change') host.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    if (next ? announce !== 'input' : announce === 'change') host.dispatchEvent(new Event('change', { bubbles: true }));
    if (focus) void host.updateComplete.then(() => root().querySelector<HTMLElement>(focus)?.focus());
  };

  /**
   * Fetches the edit path and applies the edits waiting for it, in order. Offline, the edits wait in
   * the controls that show them, the status line says so, and the fetch is tried again when the
   * browser is back online, every few seconds, and at the next edit; then the status line clears.
   * Only WebKit fetches a failed module again; Chromium and Firefox need a reload (docs/decisions.md).
   */
  const flush = (): void => {
    clearTimeout(retry);
    flushing ??= loadAfterRender().then(
      (m) => {
        flushing = undefined;
        if (state.status() === strings().editsWaiting) host.announce('');
        for (const run of early.splice(0)) run(m);
      },
      () => {
        flushing = undefined;
        host.announce(strings().editsWaiting);
        window.addEventListener('online', retryEdits, { once: true });
        retry = setTimeout(retryEdits, EDIT_RETRY_MS);
      },
    );
    owner.waitFor(flushing);
  };

  /** Runs an edit with the edit path and the current rubric: at once once the path has arrived, else when it does (and `updateComplete` waits for it). */
  const withEditPath = (run: (m: AfterRender, rubric: Rubric) => void): void => {
    const edit = (m: AfterRender) => {
      const rubric = owner.rubric;
      if (rubric) run(m, rubric);
    };
    const loaded = afterRender();
    if (loaded && early.length === 0) return edit(loaded);
    early.push(edit);
    flush();
  };

  const handleEdit = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    if (!control.dataset?.['kind']) return;
    // Inner `input` events are composed: stop them so the host sees only ours.
    event.stopPropagation();
    if (!state.editable()) return;
    withEditPath((m, rubric) => {
      const { intent, cut } = m.editWithinLimit(control, event.type === 'input', owner.response(rubric));
      if (cut) host.announce(strings().tooLarge);
      if (intent) apply(intent);
    });
  };

  /** Opens an item's note and moves focus into it, as if it had been there all along. */
  const openField = (id: string): void => {
    opened.add(id);
    host.requestUpdate();
    void host.updateComplete.then(() =>
      root()
        .querySelector<HTMLElement>(`#${CSS.escape(id)}`)
        ?.focus(),
    );
  };

  const handleClick = (event: Event): void => {
    const picker = pickerOnClick;
    pickerOnClick = undefined;
    if (picker && event.target === picker && state.editable()) {
      try {
        picker.showPicker();
      } catch {
        // No picker here (an engine without showPicker, or the field cannot open one now).
      }
    }
    const control = (event.target as HTMLElement).closest<HTMLElement>('[data-kind]');
    if (!control) return;
    if (control.dataset['kind'] === 'open-field') return openField(control.dataset['field'] ?? '');
    if (!state.editable()) {
      // Radios and checkboxes have no read-only state: undo the toggle.
      if (control instanceof HTMLInputElement) event.preventDefault();
      return;
    }
    if (!(control instanceof HTMLButtonElement)) return;
    withEditPath((m, rubric) => {
      const name = root().querySelector<HTMLInputElement>('#new-subject');
      const intent = m.intentOfClick(control, owner.response(rubric), name?.value ?? '', rubric.sections[0]!.items[0]!.id);
      if (intent && name && control.dataset['kind'] === 'add-subject') name.value = '';
      if (intent) apply(intent);
    });
  };

  const handleKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLInputElement;
    if (!state.editable() && target.type === 'radio' && /^(Arrow| $)/.test(event.key)) event.preventDefault();
    else if (target.type === 'radio') afterRender()?.moveByArrow(event, target, root());
    if (event.key === 'Enter' && target.dataset?.['kind'] === 'new-subject') {
      event.preventDefault();
      root().querySelector<HTMLButtonElement>('.add button[data-kind="add-subject"]')?.click();
    }
  };

  /** A date field becomes the browser's date control when it is first focused (see `fieldInput`). */
  const handleFocusIn = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    if (field.type !== 'text' || field.dataset['date'] === undefined) return;
    field.type = 'date';
    pickerOnClick = field;
  };

  return {
    opened,
    completing() {
      const was = completing;
      completing = false;
      return was;
    },
    handleEvent(event) {
      const { type } = event;
      if (type === 'click') handleClick(event);
      else if (type === 'keydown') handleKeydown(event as KeyboardEvent);
      else if (type === 'focusin') handleFocusIn(event);
      else handleEdit(event);
    },
  };
}
