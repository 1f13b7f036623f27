import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog } from '../i18n/catalog.js';

/**
 * An element's interface text: resolves its language (`language()`, read on every update) and
 * loads that language's table from `catalog` the first time, then updates the element again.
 * Until then `ready` is false, so the element shows nothing half-translated, and `pending`
 * settles when the table arrives (an element's `updateComplete` waits for it).
 */
export class LocalizeController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #catalog: Catalog<T>;
  readonly #language: () => string;
  #pending?: Promise<unknown>;

  constructor(host: ReactiveControllerHost, catalog: Catalog<T>, language: () => string) {
    this.#host = host;
    this.#catalog = catalog;
    this.#language = language;
    host.addController(this);
  }

  /** Starts loading the element's language if it has not loaded; returns what to wait for, if anything. */
  load(): Promise<unknown> | undefined {
    const loading = this.#catalog.load(this.#language());
    if (loading && loading !== this.#pending) {
      this.#pending = loading;
      const done = () => {
        if (this.#pending === loading) this.#pending = undefined;
        this.#host.requestUpdate();
      };
      void loading.then(done, done);
    }
    return loading ? this.#pending : undefined;
  }

  hostUpdate(): void {
    this.load();
  }

  /** The table in use (English while the element's language loads). */
  get strings(): T {
    return this.#catalog.get(this.#language());
  }

  /** The language `strings` are in: the element's (or its base language) once loaded, else English. */
  get shown(): string {
    return this.#catalog.shown(this.#language());
  }

  /** False while the element's language is loading. */
  get ready(): boolean {
    return this.#pending === undefined;
  }

  /** Settles once the element's language has loaded (or failed to); undefined when nothing is loading. */
  get pending(): Promise<unknown> | undefined {
    return this.#pending;
  }
}
