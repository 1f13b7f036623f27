/**
 * Autosaves a rubric's response to browser storage and brings it back after a reload. It never
 * destroys data: a corrupt draft is copied aside, a draft from a newer definition is never
 * overwritten, a failed save keeps the answers in memory and says so, and the draft is deleted
 * only when the host calls `markSubmitted()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CrDraftStatusEvent, type DraftStatus } from '../events/events.js';
import { loadUiStrings, uiStrings } from '../i18n/strings.js';
import { loadValidator, trustedResponses, validator } from '../rubrics/validator.js';
import type { Answer, Rubric, RubricResponse } from '../rubrics/schema.js';

/** Milliseconds between the last edit and the save. */
export const DRAFT_DEBOUNCE = 400;
/** Every key this library writes starts with this. */
export const DRAFT_PREFIX = 'collab-rubrics:draft:';

interface DraftHost extends ReactiveControllerHost, HTMLElement {
  value: RubricResponse | null;
  readonly language: string;
  announce(message: string): void;
}

/** `localStorage`, or null where reading it throws (sandboxed or opaque-origin frames). */
function storage(): Storage | null {
  try {
    const s = window.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

export class DraftController implements ReactiveController {
  readonly #host: DraftHost;
  #key = '';
  #rubric?: Rubric;
  #timer?: ReturnType<typeof setTimeout>;
  #pending?: RubricResponse;
  /** Set when the stored draft belongs to a newer definition: it is never overwritten. */
  #frozen = false;
  #toldUnavailable = false;
  /** The last draft text copied aside, so reconnecting to the same key does not copy it again. */
  #asideRaw?: string;
  /** Key and rubric id of the last connection: a new definition object for them restores nothing again. */
  #restoredFor = '';
  /** `updatedAt` of answers this tab wrote (not received from another tab), as long as one carries it. */
  #ownEdits = new Set<string>();

  readonly #takesDraft: (draft: RubricResponse) => boolean;

  /** `takesDraft` says whether a usable stored draft may become the host's value now. */
  constructor(host: DraftHost, takesDraft: (draft: RubricResponse) => boolean) {
    this.#host = host;
    this.#takesDraft = takesDraft;
    host.addController(this);
  }

  /** The full storage key in use, or '' when autosave is off. */
  get key(): string {
    return this.#key;
  }

  hostConnected(): void {
    connected.add(this);
    if (connected.size === 1) {
      document.addEventListener('visibilitychange', onVisibility);
      window.addEventListener('pagehide', flushAll);
      window.addEventListener('storage', onStorage);
    }
  }

  hostDisconnected(): void {
    this.flush();
    connected.delete(this);
    if (connected.size === 0) {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushAll);
      window.removeEventListener('storage', onStorage);
    }
  }

  /** Starts autosave under `storageKey` for `rubric`, restoring a saved draft into an empty element. */
  connectKey(storageKey: string, rubric: Rubric | undefined): void {
    // A key that is not text (a host's mistake) turns autosave off rather than throwing.
    const key = typeof storageKey === 'string' && storageKey && rubric ? `${DRAFT_PREFIX}${storageKey}` : '';
    if (key === this.#key && rubric === this.#rubric) return;
    this.flush();
    this.#key = key;
    this.#rubric = rubric;
    this.#frozen = false;
    if (!key || !rubric) return;
    // Restore once per key and rubric: a host re-render or a new version after `reset()` must not
    // bring the reset answers back (only a reload does).
    const identity = `${rubric.id}\n${key}`;
    const first = identity !== this.#restoredFor;
    this.#restoredFor = identity;
    const store = storage();
    if (!store) return this.#tell('unavailable');
    let raw: string | null = null;
    try {
      raw = store.getItem(key);
    } catch {
      return this.#tell('unavailable');
    }
    // Even when the element already has a value, the stored draft decides what may overwrite it.
    if (raw !== null) this.#inspect(raw, first);
  }

  #inspecting?: Promise<void>;

  /** Settles when the stored draft has been looked at (the validator may be loading). */
  get pending(): Promise<void> | undefined {
    return this.#inspecting;
  }

  /**
   * Looks at the stored draft: unreadable ones and drafts of another rubric are copied aside, a
   * draft of a newer version freezes autosave, and (with `apply`, if the host takes it) a usable one
   * becomes the value.
   */
  #inspect(raw: string, apply: boolean): void {
    const rubric = this.#rubric;
    if (!rubric) return;
    const check = validator();
    if (!check) {
      // Nothing is written under this key until the stored draft has been looked at.
      const key = this.#key;
      const work: Promise<void> = loadValidator().then(
        () => {
          if (this.#key === key) this.#inspect(raw, apply);
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
    if (!result.success) return this.#setAside(raw, 'corrupt');
    const draft = result.data;
    if (draft.rubricId !== rubric.id) return this.#setAside(raw, 'other');
    if (check.compareVersions(draft.rubricVersion, rubric.version) > 0) this.#frozen = true;
    if (!apply || !this.#takesDraft(draft)) return;
    trustedResponses.add(draft);
    this.#host.value = draft;
    this.#tell('restored');
  }

  /** Queues a save of `response`, a user's edit, after the debounce delay. */
  schedule(response: RubricResponse): void {
    // The edited answer carries the response's new time; times no answer carries any more are dropped.
    const own = new Set<string>();
    const keep = (answers: Record<string, Answer>) => {
      for (const { updatedAt } of Object.values(answers)) {
        if (updatedAt && (updatedAt === response.updatedAt || this.#ownEdits.has(updatedAt))) own.add(updatedAt);
      }
    };
    keep(response.answers);
    for (const subject of response.subjects ?? []) keep(subject.answers);
    this.#ownEdits = own;
    this.#queue(response);
  }

  #queue(response: RubricResponse): void {
    if (!this.#key) return;
    this.#pending = response;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.flush, DRAFT_DEBOUNCE);
  }

  /** Writes the queued response now (the page is hiding, or the element is leaving). */
  readonly flush = (): void => {
    clearTimeout(this.#timer);
    if (this.#inspecting) return; // saved once the stored draft has been looked at
    const response = this.#pending;
    this.#pending = undefined;
    if (!response || !this.#key) return;
    if (this.#frozen) return this.#tell('failed');
    const store = storage();
    if (!store) return this.#tell('unavailable');
    const text = JSON.stringify(response);
    try {
      store.setItem(this.#key, text);
    } catch {
      // Full or refused: keep it queued, so the next flush (edit, hide, leave) tries again.
      this.#pending ??= response;
      return this.#tell('failed');
    }
    this.#tell('saved');
    // Other elements on this page with the same key share the draft: `storage` events reach only
    // other pages, so they are told here, and merge it as if another tab had saved it.
    for (const other of connected) if (other !== this && other.#key === this.#key) other.handleStorage({ key: this.#key, newValue: text });
  };

  /** Deletes the draft: only after the host confirms the response was received. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#pending = undefined;
    if (!this.#key || this.#frozen) return;
    try {
      storage()?.removeItem(this.#key);
      this.#tell('cleared');
    } catch {
      this.#tell('failed');
    }
  }

  #setAside(raw: string, reason: 'corrupt' | 'other'): void {
    if (!this.#key || raw === this.#asideRaw) return;
    try {
      const store = storage();
      if (!store) throw new Error('no storage');
      store.setItem(`${this.#key}:${reason}:${Date.now()}`, raw);
      this.#asideRaw = raw;
    } catch {
      // Could not copy it: leave the original where it is, untouched.
      this.#frozen = true;
    }
    this.#tell('corrupt');
  }

  #tell(status: DraftStatus): void {
    if (status === 'unavailable') {
      if (this.#toldUnavailable) return;
      this.#toldUnavailable = true;
    }
    const lang = this.#host.language;
    const say = () => {
      this.#host.announce(status === 'cleared' ? '' : uiStrings(lang)[status]);
    };
    // In the page's language, once its translation has arrived.
    const translating = loadUiStrings(lang);
    if (translating) void translating.then(say, say);
    else say();
    this.#host.dispatchEvent(new CrDraftStatusEvent(status));
  }

  /**
   * Another tab saved the same draft: merge answer by answer, latest edit wins. When the merge holds
   * something theirs lacks it is saved back once; an equal merge writes nothing (no echo loop).
   */
  handleStorage(event: Pick<StorageEvent, 'key' | 'newValue'>): void {
    if (!this.#key || event.key !== this.#key || event.newValue === null) return;
    const check = validator();
    if (!check) {
      void loadValidator().then(() => this.handleStorage(event), () => undefined);
      return;
    }
    const theirs = check.parseResponse(event.newValue);
    if (!theirs.success || theirs.data.rubricId !== this.#rubric?.id) return;
    const mine = this.#pending ?? this.#host.value;
    // A value the host set that is not a readable response is left exactly as it is.
    if (mine != null && !trustedResponses.has(mine) && !check.parseResponse(mine).success) return;
    const { show, save, replaced } = check.mergeDraft(mine, theirs.data, (answer) => this.#ownEdits.has(answer.updatedAt ?? ''));
    if (show) {
      trustedResponses.add(show);
      this.#host.value = show;
    }
    if (save) this.#queue(save);
    else {
      clearTimeout(this.#timer);
      this.#pending = undefined;
    }
    // The losing tab says so: a later edit from the other tab replaced what was shown here.
    if (replaced > 0) this.#tell('replaced');
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
