/**
 * Which definition an element shows, and loading it: the `definition` object first, then `src`
 * (fetched by a `@lit/task` Task: arguments, an AbortSignal, `taskComplete`), then the element's
 * built-in one. Definitions from outside are validated on demand (`validator.ts`), so a page that
 * only shows a built-in rubric never downloads the validator. Used by the rubric elements and
 * `<cr-rubric-report>` alike.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

  readonly #load: Task<[string], { readonly src: string; readonly result: ParseResult<Rubric> } | undefined>;

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
    this.#load = new Task(host, {
      args: () => [this.#sources().src] as [string],
      task: async ([src], { signal }) => {
        if (!src) return undefined;
        const { loadDefinition } = await import('../rubrics/load.js');
        const result = await loadDefinition(src, { signal });
        signal.throwIfAborted(); // a newer `src`, or the element left: this result is not used
        return { src, result };
      },
    });
  }

  hostConnected(): void {
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.#load.run();
    }
  }

  hostDisconnected(): void {
    if (this.#load.status === TaskStatus.PENDING) {
      this.#interrupted = true;
      this.#load.abort();
    }
  }

  /** True while a `src` is being fetched. */
  get loading(): boolean {
    const { src } = this.#sources();
    return !!src && (this.#load.status === TaskStatus.PENDING || this.#load.value?.src !== src);
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
      const loaded = this.#load.status === TaskStatus.COMPLETE ? this.#load.value : undefined;
      this.#result = loaded?.src === src ? loaded.result : undefined;
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
