/**
 * The one owner of a rubric element's response. Every copy of it goes through here: the host's
 * `value`, the stored draft, the browser's form state, another tab's save and the person's own
 * edits. Which answers win is decided by one pure rule (`src/rubrics/reconcile.ts`): answer by
 * answer, the later checked `updatedAt`. A stored draft is read and merged before anything is
 * written over it, and a stored draft that loses answers to a host's value or the form state is
 * set aside first (`set-aside.ts`). The definition in use comes from `DefinitionController`.
 * Autosave (`DraftController`, with `set-aside.ts`) is loaded the first time a storage key or an
 * `id` applies: a page without autosave never downloads it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ReconcileReport } from '../rubrics/migrate.js';
import type { ParseResult } from '../rubrics/parse.js';
import type { Answer, Rubric, RubricResponse } from '../rubrics/schema.js';
import { checkResponseState, loadValidator, trustedResponses, validator, type Validator } from '../rubrics/validator.js';
import { sessionResponse, type SessionState } from '../components/rubric/context.js';
import { DefinitionController, type DefinitionSources } from './definition-controller.js';
import type { DraftController } from './draft-controller.js';
import { tell } from './draft-status.js';
import type * as Merges from './response-merges.js';
import type { Owned } from './response-merges.js';
import type { SetAsideDraft } from './set-aside.js';

/** What the owner reads from its element. */
export interface ResponseHost extends ReactiveControllerHost, HTMLElement {
  value: RubricResponse | null;
  readonly definition: unknown;
  readonly src: string;
  readonly storageKey: string;
  readonly language: string;
  announce(message: string): void;
}

/** What the element knows that is not a property: its built-in definition and its session. */
export interface ResponseContext {
  readonly fallback: DefinitionSources['fallback'];
  readonly session: () => SessionState | undefined;
}

/** Deep-freezes a response the element shows: changing it in place cannot bypass validation. */
function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Makes `response` one the element trusts and shows. */
function own(response: RubricResponse): RubricResponse {
  trustedResponses.add(freeze(response));
  return response;
}

/** How a copy from outside is merged (`response-merges.ts`), loaded with the validator. */
let merges: typeof Merges | undefined;
let loadingMerges: Promise<typeof Merges> | undefined;
const mergesModule = () => (loadingMerges ??= import('./response-merges.js').then((m) => (merges = m)));
const loadMerges = (): Promise<[Validator, typeof Merges]> => Promise.all([loadValidator(), mergesModule()]);

export class ResponseController {
  readonly #host: ResponseHost;
  readonly definition: DefinitionController;
  /** Autosave, once a key has applied and its module has loaded. */
  #drafts?: DraftController;
  #draftsLoading?: Promise<unknown>;
  #draftsFailed = false;
  /** While autosave's module loads: when the key first applied, and the edits made since. */
  #draftsSince?: { readAt: number; unsaved?: RubricResponse; submitted?: boolean };
  /** The value this controller last showed: any other `value` was set by the host. */
  #shown: RubricResponse | null = null;
  /** The host's value, copied and checked, while nobody has edited it. */
  #given?: RubricResponse;
  /** A host value waiting for the validator. */
  #taking?: unknown;
  #blank?: { rubric: Rubric; session?: SessionState; response: RubricResponse };
  /** `updatedAt` of answers this tab wrote (not received from another tab), as long as one carries it. */
  #ownEdits = new Set<string>();
  readonly #waits = new Set<Promise<unknown>>();

  readonly #context: ResponseContext;

  /** What `response-merges.ts` reads and changes here. */
  readonly #owned: Owned;

  constructor(host: ResponseHost, context: ResponseContext) {
    this.#host = host;
    this.#context = context;
    this.definition = new DefinitionController(host, () => ({ definition: host.definition, src: host.src, fallback: context.fallback }));
    // The getters below belong to the object literal, where `this` is that object: they read this controller through `owner`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const owner = this;
    this.#owned = {
      host,
      get rubric() {
        return owner.rubric;
      },
      get drafts() {
        return owner.#drafts;
      },
      get shown() {
        return owner.#shown;
      },
      get given() {
        return owner.#given;
      },
      set given(response) {
        owner.#given = response;
      },
      show: (response) => this.#show(own(response)),
      usableShown: () => this.#usableShown(),
      typedHere: (updatedAt) => this.#ownEdits.has(updatedAt),
      take: (value, rubric) => this.#take(value, rubric),
    };
  }

  /** Work the element's `updateComplete` waits for: the definition, the validator, a stored draft. */
  get pending(): Promise<unknown>[] {
    return [...this.#waits, this.definition.pending, this.#drafts?.pending].filter((p): p is Promise<unknown> => !!p);
  }

  get result(): ParseResult<Rubric> | undefined {
    return this.definition.result;
  }

  get rubric(): Rubric | undefined {
    const result = this.definition.result;
    return result?.success ? result.data : undefined;
  }

  /** Re-renders when `work` settles, and makes `updateComplete` wait for it. */
  waitFor(work: Promise<unknown>): void {
    if (this.#waits.has(work)) return;
    this.#waits.add(work);
    // Settles either way: a failure shows up as a definition error, never as an unhandled rejection.
    const settle = () => {
      this.#waits.delete(work);
      this.#host.requestUpdate();
    };
    work.then(settle, settle);
  }

  /** Decides the definition and the response for this update; call from `willUpdate`. */
  update(): { rubric: Rubric; response: RubricResponse } | undefined {
    this.definition.resolve();
    const rubric = this.rubric;
    // Autosave needs a stable identity: an explicit storage-key, or the element's id on this page.
    const { storageKey, id } = this.#host;
    // The page is its path and query (view.php?id=1 and ?id=2 are two pages); the hash is not.
    const key = storageKey || (id ? `auto:${location.pathname}${location.search}:${id}` : '');
    // A host's value is merged with the stored draft too: it waits for autosave's module.
    const autosaving = this.#loadDrafts(key, rubric);
    if (rubric && this.#host.value !== this.#shown && !autosaving) this.#take(this.#host.value, rubric);
    const since = this.#draftsSince;
    if (this.#drafts) {
      this.#draftsSince = undefined;
      this.#drafts.connectKey(key, rubric, since);
      if (since?.submitted) this.#drafts.clear();
    }
    return rubric && { rubric, response: this.response(rubric) };
  }

  /** Starts loading autosave's module when `key` applies; true while it is loading. */
  #loadDrafts(key: unknown, rubric: Rubric | undefined): boolean {
    if (this.#drafts || this.#draftsFailed || typeof key !== 'string' || !key || !rubric) return false;
    this.#draftsSince ??= { readAt: Date.now() };
    // A stored draft is merged like any other copy: the merges load with it (the validator only
    // when there is a stored draft to read).
    this.#draftsLoading ??= Promise.all([import('./draft-controller.js'), mergesModule()]).then(
      ([m]) => {
        this.#drafts = new m.DraftController(this.#host, (...draft) => merges!.mergeDraft(this.#owned, validator()!, ...draft));
      },
      () => {
        // Its chunk did not arrive (offline): no autosave on this page, and the person is told.
        this.#draftsSince = undefined;
        this.#draftsFailed = true;
        tell(this.#host, 'unavailable');
      },
    );
    this.waitFor(this.#draftsLoading);
    return true;
  }

  /** The value if it is a readable response to `rubric` (else left untouched, unused), or a blank one pre-filled from the session. */
  response(rubric: Rubric): RubricResponse {
    const value = this.#host.value;
    const usable = checkResponseState(value, rubric.id);
    if (usable === undefined) this.waitFor(loadValidator());
    if (usable) return value as RubricResponse;
    const session = this.#context.session();
    if (this.#blank?.rubric !== rubric || this.#blank.session !== session) {
      this.#blank = { rubric, ...(session ? { session } : {}), response: sessionResponse(rubric, session) };
    }
    return this.#blank.response;
  }

  /** Lists what of the shown value the definition cannot place (needs the validator, loaded for any outside value). */
  report(rubric: Rubric, response: RubricResponse): ReconcileReport | undefined {
    return response === this.#host.value ? validator()?.reconcileResponse(rubric, response) : undefined;
  }

  /** Whether `value` is set but unreadable or for another rubric. */
  unusable(rubric: Rubric): boolean {
    return this.#host.value != null && checkResponseState(this.#host.value, rubric.id) === false;
  }

  #show(response: RubricResponse | null): void {
    this.#shown = response;
    this.#host.value = response;
  }

  /** The host set `value`: copy and check it, then merge it with what the person has (the stored draft, unsaved edits). */
  #take(value: RubricResponse | null, rubric: Rubric): void {
    const edited = this.#given === undefined ? this.#usableShown() : null;
    this.#given = undefined;
    if (value === null || typeof value !== 'object') {
      this.#shown = value; // cleared, or kept untouched and not shown
      return;
    }
    const check = validator();
    if (!check || !merges) {
      if (this.#taking === value) return;
      this.#taking = value;
      this.waitFor(loadMerges());
      return;
    }
    this.#taking = undefined;
    // Not a readable response to this rubric: kept exactly as given, not shown (docs: a value the element cannot use).
    if (!merges.take(this.#owned, check, value, rubric, edited)) this.#shown = value;
  }

  /** The browser restored form state (back/forward, autofill): merged like any other copy. */
  formState(state: unknown): void {
    if (typeof state !== 'string') return;
    this.waitFor(loadMerges().then(([check, m]) => m.restoreFormState(this.#owned, check, state)));
  }

  /** What is shown, if it is a readable response to the current rubric. */
  #usableShown(): RubricResponse | null {
    const value = this.#shown;
    const rubric = this.rubric;
    return rubric && value && checkResponseState(value, rubric.id) === true ? value : null;
  }

  /** A person's edit: shown, and saved after the debounce. */
  edit(next: RubricResponse): void {
    // The edited answer carries the response's new time; times no answer carries any more are dropped.
    const kept = new Set<string>();
    const keep = (answers: Record<string, Answer>) => {
      for (const { updatedAt } of Object.values(answers)) {
        if (updatedAt && (updatedAt === next.updatedAt || this.#ownEdits.has(updatedAt))) kept.add(updatedAt);
      }
    };
    keep(next.answers);
    for (const subject of next.subjects ?? []) keep(subject.answers);
    this.#ownEdits = kept;
    this.#given = undefined;
    this.#show(own(next));
    if (this.#drafts) this.#drafts.schedule(next);
    else if (this.#draftsSince) this.#draftsSince.unsaved = next;
  }

  /** The host received the response: the draft is deleted (once autosave's module has loaded). */
  markSubmitted(): void {
    if (this.#drafts) this.#drafts.clear();
    else if (this.#draftsSince) this.#draftsSince = { ...this.#draftsSince, unsaved: undefined, submitted: true };
  }

  /** Copies of drafts set aside under this element's key (unreadable, or replaced by a newer copy), oldest first. */
  setAside(): SetAsideDraft[] {
    return this.#drafts?.setAside() ?? [];
  }
}
