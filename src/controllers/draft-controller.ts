/**
 * Browser storage for one rubric's draft: where it lives, reading it, writing it, setting copies
 * aside, and hearing other tabs. It decides nothing about which answers win: every draft it reads
 * (on connect, before each write, from another tab) goes to the owner's `merge`, which applies the
 * one rule of `src/rubrics/reconcile.ts`.
 *
 * It never destroys data: nothing is written over a stored draft before that draft has been read
 * and merged; an unreadable draft is copied aside once; a draft of another rubric under the same
 * key is left where it is (this rubric saves beside it); a draft of a newer definition is never
 * overwritten; a failed save keeps the answers in memory and says so; the draft is deleted only
 * when the host calls `markSubmitted()`.
 */
import type { ReactiveController } from 'lit';
import type { DraftStatus } from '../events/events.js';
import { loadValidator, validator } from '../rubrics/validator.js';
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import { withPart, type DraftStrings } from '../i18n/strings.js';
import { tell, type DraftHost } from './draft-status.js';
import { listSetAside, setAside, storage, type SetAsideDraft } from './set-aside.js';

/** What saving says in English (`DraftStrings`); a translation's table has its own. */
export const SAVE_EN: Pick<DraftStrings, 'saved' | 'failed' | 'corrupt'> = {
  saved: 'Saved',
  failed: 'Couldn’t save: kept in this tab',
  corrupt: 'A saved draft could not be read. It was set aside, not deleted.',
};

/** Milliseconds between the last edit and the save. */
export const DRAFT_DEBOUNCE = 400;
/** Every key this library writes starts with this. */
export const DRAFT_PREFIX = 'collab-rubrics:draft:';

/** Why a stored draft is being merged: the first read after connecting, a read before a write, another tab's save. */
export type DraftSource = 'restore' | 'before-save' | 'tab';

/**
 * Merges a stored draft (`theirs`, read at `readAt`) into what the element shows, and returns the
 * response to save back, or undefined when the stored draft already holds everything.
 */
export type DraftMerge = (
  theirs: RubricResponse,
  readAt: number,
  source: DraftSource,
  queued: RubricResponse | undefined,
) => RubricResponse | undefined;

/** The rubric id named in stored text, without the validator: where a rubric's draft lives is decided by it. */
function rubricIdOf(raw: string): string | undefined {
  try {
    const id = (JSON.parse(raw) as { rubricId?: unknown } | null)?.rubricId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

export class DraftController implements ReactiveController {
  readonly #host: DraftHost;
  readonly #merge: DraftMerge;
  /** `collab-rubrics:draft:<storage-key>`, or '' when autosave is off. */
  #base = '';
  #rubric?: Rubric;
  #timer?: ReturnType<typeof setTimeout>;
  #pending?: RubricResponse;
  /** Set when the stored draft belongs to a newer definition, or could not be read or copied aside when unreadable: never overwritten or deleted. */
  #frozen = false;
  /**
   * Set when a readable stored draft that lost answers could not be copied aside (storage full):
   * saves wait until the copy is made (each flush tries again). `markSubmitted()` still deletes it:
   * the submitted response replaced those answers.
   */
  #unkept = false;
  #toldUnavailable = false;
  /** Key and rubric id of the last connection: a new definition object for them restores nothing again. */
  #restoredFor = '';
  /** The stored text this element last wrote or read and merged: anything else must be merged first. */
  #seen: string | null = null;
  #inspecting?: Promise<void>;

  constructor(host: DraftHost, merge: DraftMerge) {
    this.#host = host;
    this.#merge = merge;
    host.addController(this);
  }

  /**
   * Where this rubric's draft lives: the key itself, unless it holds another rubric's draft; then
   * `<key>@<rubric id>`, so two rubrics given one key never replace each other's draft.
   */
  get key(): string {
    if (!this.#base || !this.#rubric) return '';
    let raw: string | null = null;
    try {
      raw = storage()?.getItem(this.#base) ?? null;
    } catch {
      // no storage: the key is still the plain one
    }
    const owner = raw === null ? undefined : rubricIdOf(raw);
    const beside = `${this.#base}@${this.#rubric.id}`;
    if (owner === this.#rubric.id) return this.#base;
    if (owner !== undefined) return beside;
    try {
      // The key is free (or unreadable): a draft saved beside it while another rubric held it stays there.
      return storage()?.getItem(beside) != null ? beside : this.#base;
    } catch {
      return this.#base;
    }
  }

  /** Settles when the stored draft has been looked at (the validator may be loading). */
  get pending(): Promise<void> | undefined {
    return this.#inspecting;
  }

  hostConnected(): void {
    this.#attached = true;
    this.#listen();
  }

  hostDisconnected(): void {
    this.flush();
    this.#attached = false;
    this.#listen();
  }

  #attached = false;

  /**
   * Joins the page's listeners while connected with autosave on, and leaves them otherwise: an
   * element without a `storage-key` adds no page listener (a `storage` listener costs every tab
   * work on each write to storage).
   */
  #listen(): void {
    if (this.#attached && this.#base) {
      if (connected.has(this)) return;
      connected.add(this);
      if (connected.size === 1) {
        document.addEventListener('visibilitychange', onVisibility);
        window.addEventListener('pagehide', flushAll);
        window.addEventListener('storage', onStorage);
      }
    } else if (connected.delete(this) && connected.size === 0) {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushAll);
      window.removeEventListener('storage', onStorage);
    }
  }

  /**
   * Starts autosave under `storageKey` for `rubric`, merging a saved draft into what is shown.
   * `since`: autosave applied earlier, while this controller was loading: a stored draft counts as
   * read at `readAt`, and `unsaved` (edits made meanwhile) takes part in the merge and is saved.
   */
  connectKey(storageKey: string, rubric: Rubric | undefined, since?: { readonly readAt: number; readonly unsaved?: RubricResponse }): void {
    // A key that is not text (a host's mistake) turns autosave off rather than throwing.
    const base = typeof storageKey === 'string' && storageKey && rubric ? `${DRAFT_PREFIX}${storageKey}` : '';
    if (base === this.#base && rubric === this.#rubric) return;
    this.flush();
    this.#base = base;
    this.#rubric = rubric;
    this.#frozen = false;
    this.#unkept = false;
    this.#seen = null;
    this.#listen();
    if (!base || !rubric) return;
    // Merge once per key and rubric: a host re-render or a new version after `reset()` must not
    // bring the reset answers back (only a reload does).
    const identity = `${rubric.id}\n${base}`;
    const first = identity !== this.#restoredFor;
    this.#restoredFor = identity;
    if (since?.unsaved) this.#queue(since.unsaved);
    const store = storage();
    if (!store) return this.#tell('unavailable');
    let raw: string | null = null;
    try {
      raw = store.getItem(this.key);
    } catch {
      return this.#tell('unavailable');
    }
    // Read now, so a later click is later than anything in it (times are capped at this moment).
    if (raw !== null) this.#inspect(raw, since?.readAt ?? Date.now(), first ? 'restore' : undefined);
  }

  /**
   * Looks at stored text: an unreadable draft is copied aside, a draft of a newer version freezes
   * autosave, and (with a `source`) a usable one is merged into what is shown.
   */
  #inspect(raw: string, readAt: number, source: DraftSource | undefined): void {
    const rubric = this.#rubric;
    if (!rubric) return;
    const check = validator();
    if (!check) {
      // Nothing is written under this key until the stored draft has been looked at.
      const base = this.#base;
      const work: Promise<void> = loadValidator().then(
        () => {
          if (this.#base === base) this.#inspect(raw, readAt, source);
        },
        () => {
          this.#frozen = true; // cannot read it, so never overwrite it
        },
      );
      this.#inspecting = work;
      void work.finally(() => {
        if (this.#inspecting !== work) return;
        this.#inspecting = undefined;
        if (this.#pending) this.#queue(this.#pending);
      });
      return;
    }
    const result = check.parseResponse(raw);
    if (!result.success || result.data.rubricId !== rubric.id) {
      this.#aside(raw);
      this.#seen = raw; // copied aside: it may be replaced now
      return;
    }
    if (check.compareVersions(result.data.rubricVersion, rubric.version) > 0) this.#frozen = true;
    this.#seen = raw;
    if (!source) return;
    const save = this.#merge(result.data, readAt, source, this.#pending);
    // The merge is what gets written (or nothing, when the stored draft holds it all); before a
    // write, it is written now.
    this.#pending = save;
    if (save && source !== 'before-save') this.#queue(save);
  }

  /** Queues a save of `response` (a user's edit, or a merge) after the debounce delay. */
  schedule(response: RubricResponse): void {
    this.#queue(response);
  }

  #queue(response: RubricResponse): void {
    if (!this.#base) return;
    this.#pending = response;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.flush, DRAFT_DEBOUNCE);
  }

  /** Writes the queued response now (the page is hiding, or the element is leaving). */
  readonly flush = (): void => {
    clearTimeout(this.#timer);
    if (this.#inspecting || !this.#pending || !this.#base) return; // saved once the stored draft has been looked at
    if (this.#unkept) this.keepStored(); // storage may have room for the copy now
    if (this.#frozen || this.#unkept) {
      this.#pending = undefined;
      return this.#tell('failed');
    }
    const store = storage();
    if (!store) return this.#tell('unavailable');
    const key = this.key;
    let stored: string | null = null;
    try {
      stored = store.getItem(key);
    } catch {
      return this.#tell('unavailable');
    }
    // Something else wrote it since this element last looked (another tab whose event has not
    // arrived, another element): read and merge it first; the merge is then what gets saved.
    if (stored !== null && stored !== this.#seen) {
      this.#inspect(stored, Date.now(), 'before-save');
      if (this.#inspecting) return;
      if (this.#frozen || this.#unkept) return this.flush();
    }
    const response = this.#pending;
    this.#pending = undefined;
    if (!response) return;
    const text = JSON.stringify(response);
    try {
      store.setItem(key, text);
    } catch {
      // Full or refused: keep it queued, so the next flush (edit, hide, leave) tries again.
      this.#pending ??= response;
      return this.#tell('failed');
    }
    this.#seen = text;
    this.#tell('saved');
    // Other elements on this page with the same key share the draft: `storage` events reach only
    // other pages, so they are told here, and merge it as if another tab had saved it.
    for (const other of connected) if (other !== this && other.key === key) other.handleStorage({ key, newValue: text });
  };

  /** Deletes the draft: only after the host confirms the response was received. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#pending = undefined;
    if (!this.#base || this.#frozen) return;
    try {
      storage()?.removeItem(this.key);
      this.#seen = null;
      this.#tell('cleared');
    } catch {
      this.#tell('failed');
    }
  }

  /** Copies the stored draft aside (before it is overwritten by answers that replaced some of its own). */
  keepStored(): void {
    if (!this.#base) return;
    try {
      const raw = storage()?.getItem(this.key);
      this.#unkept = !!raw && !setAside(this.key, raw, 'replaced');
    } catch {
      this.#unkept = true;
    }
  }

  /**
   * Copies `response` aside: answers this element holds and has not saved yet, about to be replaced
   * by a stored draft's (a host value set in another tab may carry a later time than a click here).
   * Best effort: when storage is full the copy cannot be made, and nothing else is held back (the
   * stored draft is not this element's to freeze).
   */
  keep(response: RubricResponse): void {
    if (this.#base) setAside(this.key, JSON.stringify(response), 'replaced');
  }

  /** The stored draft of this rubric, read now (the validator must be loaded), or null. */
  readStored(): RubricResponse | null {
    const check = validator();
    if (!check || !this.#base) return null;
    let raw: string | null = null;
    try {
      raw = storage()?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
    const result = raw === null ? undefined : check.parseResponse(raw);
    if (!result?.success || result.data.rubricId !== this.#rubric?.id) return null;
    this.#seen = raw;
    return result.data;
  }

  /** Copies set aside for this element's key, oldest first. */
  setAside(): SetAsideDraft[] {
    return this.#base ? listSetAside(this.key) : [];
  }

  /** Copies an unreadable draft aside before it may be replaced. */
  #aside(raw: string): void {
    // Could not copy it: leave the original where it is, untouched.
    if (!setAside(this.key, raw, 'corrupt')) this.#frozen = true;
    this.#tell('corrupt');
  }

  #tell(status: DraftStatus): void {
    if (status === 'unavailable') {
      if (this.#toldUnavailable) return;
      this.#toldUnavailable = true;
    }
    tell(this.#host, status, status in SAVE_EN ? (strings) => withPart(SAVE_EN, strings)[status as keyof typeof SAVE_EN] : undefined);
  }

  /** Another tab (or element) saved under this key: merge it. */
  handleStorage(event: Pick<StorageEvent, 'key' | 'newValue'>): void {
    if (!this.#base || event.newValue === null || event.key !== this.key) return;
    const check = validator();
    if (!check) {
      void loadValidator().then(
        () => this.handleStorage(event),
        () => undefined,
      );
      return;
    }
    const theirs = check.parseResponse(event.newValue);
    if (!theirs.success || theirs.data.rubricId !== this.#rubric?.id) return;
    this.#seen = event.newValue;
    const save = this.#merge(theirs.data, Date.now(), 'tab', this.#pending);
    if (save) this.#queue(save);
    else {
      clearTimeout(this.#timer);
      this.#pending = undefined;
    }
  }
}

// One set of page listeners however many rubrics are on the page (30 elements, one `storage`
// listener); each controller picks out the events for its own key.
const connected = new Set<DraftController>();
const flushAll = (): void => connected.forEach((c) => c.flush());
const onVisibility = (): void => {
  if (document.visibilityState === 'hidden') flushAll();
};
const onStorage = (event: StorageEvent): void => connected.forEach((c) => c.handleStorage(event));
