/**
 * Loading a definition from `src`: a `@lit/task` Task (arguments, an AbortSignal, `taskComplete`)
 * around `loadDefinition`. Its own module, imported by `DefinitionController` the first time an
 * element has a `src`, so a page showing a built-in rubric downloads neither the loader nor
 * `@lit/task` (one lazy chunk in the CDN files).
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { loadDefinition } from '../rubrics/load.js';
import type { ParseResult } from '../rubrics/parse.js';
import type { Rubric } from '../rubrics/schema.js';

export { TaskStatus };

export type LoadTask = Task<[string], { readonly src: string; readonly result: ParseResult<Rubric> } | undefined>;

/** A Task that fetches and validates the definition at the address `src()` gives, when it changes. */
export function loadTask(host: ReactiveControllerHost, src: () => string): LoadTask {
  return new Task(host, {
    args: () => [src()] as [string],
    task: async ([address], { signal }) => {
      if (!address) return undefined;
      const result = await loadDefinition(address, { signal });
      signal.throwIfAborted(); // a newer `src`, or the element left: this result is not used
      return { src: address, result };
    },
  });
}
