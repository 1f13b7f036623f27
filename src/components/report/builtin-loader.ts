/** The built-in definition a report's `rubric` attribute names: its chunk loaded on demand, validated, and the host updated when it arrives. */
import type { ReactiveControllerHost } from 'lit';
import { loadBuiltIn } from '../../rubrics/builtins.js';
import { parseDefinitionOnce, type ParseResult } from '../../rubrics/parse.js';
import type { Rubric } from '../../rubrics/schema.js';

export class BuiltInLoader {
  readonly #host: ReactiveControllerHost;
  /** The validated built-in, once loaded; undefined while loading or without an id. */
  result?: ParseResult<Rubric>;
  /** The load under way, if any (the host's `updateComplete` waits for it). */
  pending?: Promise<unknown>;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Starts loading the built-in `id` (nothing for ''); a later call supersedes an earlier one. */
  load(id: string): void {
    this.result = undefined;
    this.pending = undefined;
    if (!id) return;
    const pending = loadBuiltIn(id).then((result) => {
      if (this.pending !== pending) return;
      this.pending = undefined;
      // Validated here as before: the report also takes definitions from outside.
      this.result = result.success ? parseDefinitionOnce(result.data) : result;
      this.#host.requestUpdate();
    });
    this.pending = pending;
  }
}
