/** A module the report loads the first time it is asked for (a chunk of its own in the CDN file); the host updates when it arrives. */
import type { ReactiveControllerHost } from 'lit';

export class LazyModule<T> {
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<T>;
  /** The module, once loaded. */
  module?: T;
  /** The load under way, if any (the host's `updateComplete` waits for it). */
  pending?: Promise<unknown>;

  constructor(host: ReactiveControllerHost, load: () => Promise<T>) {
    this.#host = host;
    this.#load = load;
  }

  /** The module, or undefined while it loads; a failed load is tried again at the next call. */
  get(): T | undefined {
    if (!this.module && !this.pending) {
      this.pending = this.#load().then(
        (module) => {
          this.module = module;
          this.pending = undefined;
          this.#host.requestUpdate();
        },
        () => (this.pending = undefined),
      );
    }
    return this.module;
  }
}
