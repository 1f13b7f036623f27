/**
 * Which definition an element shows, and loading it: the `definition` object first, then `src`
 * (fetched by a `@lit/task` Task in `definition-load.ts`, a module loaded the first time a `src`
 * is set), then the element's built-in one. Definitions from outside are validated on demand (`validator.ts`), so a page that
 * only shows a built-in rubric never downloads the validator. Used by the rubric elements and
 * `<cr-rubric-report>` alike.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as DefinitionLoad from './definition-load.js';
import type { ParseResult } from '../rubrics/parse.js';
import type { Rubric } from '../rubrics/schema.js';
import { checkDefinition, loadValidator } from '../rubrics/validator.js';

/** What the host offers, read at each update. */
export interface DefinitionSources {
  /** A definition object (untrusted); wins when not undefined. */
  readonly definition: unknown;
  /** Address of a definition JSON. */
  readonly src: string;
  /** The result for neither: a built-in definition, or undefined. */
  readonly fallback: () => ParseResult<Rubric> | undefined;
}

export class DefinitionController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #sources: () => DefinitionSources;
  #result?: ParseResult<Rubric>;
  #validating?: Promise<unknown>;
  /** Aborted by leaving the document while loading: loaded again on return. */
  #interrupted = false;

  /** Fetches `src`; made the first time a `src` is set (`#startLoader`). */
  #load?: DefinitionLoad.LoadTask;
  #loader?: Promise<void>;
  #status?: typeof DefinitionLoad.TaskStatus;
  #loadFailure?: ParseResult<Rubric>;

  readonly #check: (definition: unknown) => ParseResult<Rubric> | undefined;

  /** `check` validates a `definition` object; by default the validator loaded on demand. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    sources: () => DefinitionSources,
    check: (definition: unknown) => ParseResult<Rubric> | undefined = checkDefinition,
  ) {
    this.#host = host;
    this.#sources = sources;
    this.#check = check;
    host.addController(this);
  }

  /** Imports the loader and makes its Task (once); the Task runs in the update that follows. */
  #startLoader(): void {
    if (this.#loader) return;
    const settle = () => {
      // The element left while the loader was importing: the load starts when it comes back.
      if (!this.#host.isConnected) this.#interrupted = true;
      else this.#host.requestUpdate();
    };
    this.#loader = import('./definition-load.js').then((m) => {
      this.#status = m.TaskStatus;
      this.#load = m.loadTask(this.#host, () => this.#sources().src);
    });
    // A failed import is a failed load: shown as the definition error, as a failed fetch is.
    this.#loader.then(settle, (error: unknown) => {
      this.#loadFailure = { success: false, issues: [{ path: 'src', message: `could not be loaded: ${String(error)}` }] };
      settle();
    });
  }

  hostConnected(): void {
    if (this.#interrupted) {
      this.#interrupted = false;
      if (this.#load) void this.#load.run();
      else this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.#load && this.#load.status === this.#status!.PENDING) {
      this.#interrupted = true;
      this.#load.abort();
    }
  }

  /** True while a `src` is being fetched. */
  get loading(): boolean {
    const { src } = this.#sources();
    if (!src || this.#loadFailure) return false;
    return !this.#load || this.#load.status === this.#status!.PENDING || this.#load.value?.src !== src;
  }

  /** The validated definition in use, or the reason it is not usable; undefined while loading. */
  get result(): ParseResult<Rubric> | undefined {
    return this.#result;
  }

  /** Settles when a `definition` object has been validated. A `src` load is not waited for: `loaded` says when it is done. */
  get pending(): Promise<unknown> | undefined {
    return this.#validating;
  }

  /** Decides the definition for this update; call from `willUpdate`. */
  resolve(): ParseResult<Rubric> | undefined {
    const { definition, src, fallback } = this.#sources();
    if (definition !== undefined) {
      this.#result = this.#check(definition);
      if (!this.#result) this.#waitForValidator();
    } else if (src) {
      // The last `src` only: while a new one loads, nothing of the previous one is shown.
      this.#startLoader();
      const loaded = this.#load?.status === this.#status?.COMPLETE ? this.#load?.value : undefined;
      this.#result = loaded?.src === src ? loaded.result : this.#loadFailure;
    } else {
      this.#result = fallback();
    }
    return this.#result;
  }

  #waitForValidator(): void {
    if (this.#validating) return;
    const settle = () => {
      this.#validating = undefined;
      this.#host.requestUpdate();
    };
    this.#validating = loadValidator().then(settle, settle);
  }
}
