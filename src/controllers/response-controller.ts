/**
 * The one owner of a rubric element's response. Every copy of it goes through here: the host's
 * `value`, the stored draft, the browser's form state, another tab's save and the person's own
 * edits. Which answers win is decided by one pure rule (`src/rubrics/reconcile.ts`): answer by
 * answer, the later checked `updatedAt`. A stored draft is read and merged before anything is
 * written over it, and a stored draft that loses answers to a host's value or the form state is
 * set aside first (`set-aside.ts`). The definition in use comes from `DefinitionController`.
 */
import type { ReactiveControllerHost } from 'lit';
import { uiStrings } from '../i18n/strings.js';
import type { ReconcileReport } from '../rubrics/migrate.js';
import type { ParseResult } from '../rubrics/parse.js';
import type { Answer, Rubric, RubricResponse } from '../rubrics/schema.js';
import { checkResponseState, loadValidator, trustedResponses, validator } from '../rubrics/validator.js';
import { sessionResponse, type SessionState } from '../components/rubric/context.js';
import { DefinitionController, type DefinitionSources } from './definition-controller.js';
import { DraftController, tell, type DraftSource } from './draft-controller.js';
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

/** Future times this page has capped (`reconcile.ts`): shared by every element, as one draft may be. */
const capped = new Map<string, string>();

export class ResponseController {
  readonly #host: ResponseHost;
  readonly definition: DefinitionController;
  readonly #drafts: DraftController;
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

  constructor(host: ResponseHost, context: ResponseContext) {
    this.#host = host;
    this.#context = context;
    this.definition = new DefinitionController(host, () => ({ definition: host.definition, src: host.src, fallback: context.fallback }));
    this.#drafts = new DraftController(host, (theirs, readAt, source, queued) => this.#mergeDraft(theirs, readAt, source, queued));
  }

  /** Work the element's `updateComplete` waits for: the definition, the validator, a stored draft. */
  get pending(): Promise<unknown>[] {
    return [...this.#waits, this.definition.pending, this.#drafts.pending].filter((p): p is Promise<unknown> => !!p);
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
    if (rubric && this.#host.value !== this.#shown) this.#take(this.#host.value, rubric);
    // Autosave needs a stable identity: an explicit storage-key, or the element's id on this page.
    const { storageKey, id } = this.#host;
    // The page is its path and query (view.php?id=1 and ?id=2 are two pages); the hash is not.
    this.#drafts.connectKey(storageKey || (id ? `auto:${location.pathname}${location.search}:${id}` : ''), rubric);
    return rubric && { rubric, response: this.response(rubric) };
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
    if (!check) {
      if (this.#taking === value) return;
      this.#taking = value;
      this.waitFor(loadValidator());
      return;
    }
    this.#taking = undefined;
    // A copy: the host's object may change later without going through validation again.
    const parsed = trustedResponses.has(value) ? { success: true as const, data: value } : check.parseResponse(value);
    if (!parsed.success || parsed.data.rubricId !== rubric.id) {
      this.#shown = value; // kept exactly as given, not shown (docs: a value the element cannot use)
      return;
    }
    let mine = edited;
    if (this.#drafts.key) {
      this.#drafts.flush(); // the person's queued edits are stored before anything is compared
      const stored = this.#drafts.readStored();
      if (stored) mine = check.reconcile(mine, stored, Date.now(), capped).response;
    }
    const { response, mineLost, theirsLost } = check.reconcile(mine, parsed.data, Date.now(), capped);
    if (mineLost.length > 0) this.#drafts.keepStored();
    this.#show(own(response));
    this.#given = response;
    if (mine && (mineLost.length > 0 || theirsLost.length > 0)) {
      tell(this.#host, 'merged', uiStrings(this.#host.language).merged(theirsLost.length, mineLost.length));
    }
  }

  /** The browser restored form state (back/forward, autofill): merged like any other copy. */
  formState(state: unknown): void {
    if (typeof state !== 'string') return;
    this.waitFor(
      loadValidator().then((check) => {
        const restored = check.parseResponse(state);
        const rubric = this.rubric;
        if (!restored.success || (rubric && restored.data.rubricId !== rubric.id)) return;
        const shown = this.#usableShown();
        const { response, mineLost } = check.reconcile(shown, restored.data, Date.now(), capped);
        if (mineLost.length > 0) this.#drafts.keepStored();
        if (!shown || !check.sameResponse(shown, response)) this.#show(own(response));
      }),
    );
  }

  /** What is shown, if it is a readable response to the current rubric. */
  #usableShown(): RubricResponse | null {
    const value = this.#shown;
    const rubric = this.rubric;
    return rubric && value && checkResponseState(value, rubric.id) === true ? value : null;
  }

  /** A stored draft was read: merge it into what is shown; returns what to save back, if anything. */
  #mergeDraft(theirs: RubricResponse, readAt: number, source: DraftSource, queued: RubricResponse | undefined): RubricResponse | undefined {
    const check = validator()!;
    const rubric = this.rubric;
    // A value the host set that has not been taken yet: taking it merges the stored draft too.
    if (this.#host.value !== this.#shown && rubric) {
      this.#take(this.#host.value, rubric);
      return undefined;
    }
    // A value the host set that is not a readable response is left exactly as it is.
    if (this.#shown != null && this.#usableShown() === null) return undefined;
    // A save still queued holds what the person typed (also after a reset): it takes part.
    const mine = queued ?? this.#usableShown();
    const { response, theirsLost, mineLost } = check.reconcile(mine, theirs, readAt, capped);
    // The stored draft loses answers: it is kept aside before it is replaced (a time that could not
    // be trusted may have hidden the later edit; copies are made once per content, and bounded).
    if (theirsLost.length > 0) this.#drafts.keepStored();
    // Answers typed here and not saved yet lose: they exist nowhere else, so they are kept aside too.
    if (queued && mineLost.length > 0) this.#drafts.keep(queued);
    if (!mine || !check.sameResponse(mine, response)) this.#show(own(response));
    if (source === 'restore') {
      if (!mine) tell(this.#host, 'restored');
      else if (mine === this.#given && (mineLost.length > 0 || theirsLost.length > 0)) {
        tell(this.#host, 'merged', uiStrings(this.#host.language).merged(mineLost.length, theirsLost.length));
      }
    } else if (mine && mineLost.some((ref) => this.#isOwn(mine, ref))) {
      // The losing tab says so: a later edit from the other tab replaced what was shown here.
      tell(this.#host, 'replaced');
    }
    // Saved back: what the person typed and is not stored yet, and times that had to be corrected
    // (so other tabs read the corrected ones, not a clock's 2031). A plain restore writes nothing.
    const corrected = check.trustStamps(theirs, readAt, capped) !== theirs;
    if (source === 'restore' && !queued && !corrected) return undefined;
    return check.sameResponse(response, theirs) ? undefined : response;
  }

  #isOwn(response: RubricResponse, ref: { itemId: string; subjectId?: string }): boolean {
    const answers = ref.subjectId === undefined ? response.answers : response.subjects?.find((s) => s.id === ref.subjectId)?.answers;
    const answer = answers && Object.hasOwn(answers, ref.itemId) ? answers[ref.itemId] : undefined;
    return this.#ownEdits.has(answer?.updatedAt ?? '');
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
    this.#drafts.schedule(next);
  }

  /** The host received the response: the draft is deleted. */
  markSubmitted(): void {
    this.#drafts.clear();
  }

  /** Copies of drafts set aside under this element's key (unreadable, or replaced by a newer copy), oldest first. */
  setAside(): SetAsideDraft[] {
    return this.#drafts.setAside();
  }
}
