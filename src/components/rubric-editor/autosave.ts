/**
 * Autosaves the editor's work to browser storage, like a response's draft (same prefix, delay and
 * flush on `pagehide` and hidden tabs): the draft may be invalid, so it is saved as it is, and
 * nothing typed is lost. A stored text that cannot be read is copied aside, never deleted.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DRAFT_DEBOUNCE, DRAFT_PREFIX } from '../../controllers/draft-controller.js';
import type { Draft } from '../../rubrics/authoring.js';
import { checkStructure } from '../../rubrics/parse.js';

/** What is stored: the draft, and the published definition it started from (for version bumps). */
export interface EditorSave {
  readonly work: Draft;
  readonly published?: unknown;
}

interface AutosaveHost extends ReactiveControllerHost, HTMLElement {
  announceSave(outcome: 'saved' | 'failed' | 'restored' | 'corrupt'): void;
}

function storage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export class EditorAutosave implements ReactiveController {
  readonly #host: AutosaveHost;
  #key = '';
  #timer?: ReturnType<typeof setTimeout>;
  #pending?: EditorSave;

  constructor(host: AutosaveHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  /** Uses `key` from now on and returns the work stored under it, if any. */
  connect(key: string): EditorSave | undefined {
    const full = key ? `${DRAFT_PREFIX}editor:${key}` : '';
    if (full === this.#key) return undefined;
    this.flush();
    this.#key = full;
    const store = full ? storage() : null;
    if (!store) return undefined;
    let raw: string | null = null;
    try {
      raw = store.getItem(full);
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      const saved: unknown = JSON.parse(raw);
      if (isObject(saved) && isObject(saved['work']) && checkStructure(saved).length === 0) {
        this.#host.announceSave('restored');
        return saved as unknown as EditorSave;
      }
    } catch {
      // unreadable: set aside below
    }
    try {
      store.setItem(`${full}:corrupt:${Date.now()}`, raw);
    } catch {
      this.#key = ''; // could not copy it: never overwrite it
    }
    this.#host.announceSave('corrupt');
    return undefined;
  }

  /** Saves `save` after the usual delay. */
  schedule(save: EditorSave): void {
    if (!this.#key) return;
    this.#pending = save;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.flush, DRAFT_DEBOUNCE);
  }

  /** Writes the pending work now. */
  readonly flush = (): void => {
    clearTimeout(this.#timer);
    const save = this.#pending;
    if (!save || !this.#key) return;
    try {
      storage()!.setItem(this.#key, JSON.stringify(save));
      this.#pending = undefined;
      this.#host.announceSave('saved');
    } catch {
      this.#host.announceSave('failed'); // kept pending: the next edit or flush tries again
    }
  };
}
