/**
 * The definition a rubric element shows when it is given neither `definition` nor `src`: the
 * built-in its `rubric` attribute names (the registry and that definition are chunks, loaded only
 * for the attribute), else its own (`defaultDefinition`, set by the built-in elements). Built-in
 * definitions are checked by the test suite, so they skip the validator. A built-in's translation
 * is a file of its own, fetched the first time its language is shown; until it arrives the element
 * shows nothing rather than a half-translated rubric.
 */
import type { ResponseController } from '../../controllers/response-controller.js';
import type { ParseResult } from '../../rubrics/parse.js';
import { builtInIn } from '../../rubrics/in-language.js';
import type { Rubric } from '../../rubrics/schema.js';

/** What the source reads of the element. */
export interface BuiltInHost extends HTMLElement {
  readonly rubricId: string;
  readonly language: string;
}

export interface BuiltInSource {
  /** Loads the built-in that `rubric` names, if it names one; call from `willUpdate` when `rubric` changed. */
  load(): void;
  /** The built-in to show, or the reason it cannot be shown; undefined while its definition or translation loads. */
  fallback(): ParseResult<Rubric> | undefined;
  /** The translation `fallback()` started waiting for in this update, if any; each update asks once. */
  translating(): Promise<unknown> | undefined;
}

/** `owner.waitFor` re-renders the element when a chunk settles, and makes `updateComplete` wait for it. */
export function builtInSource(host: BuiltInHost, owner: Pick<ResponseController, 'waitFor'>): BuiltInSource {
  /** The built-in definition `rubric` names, once its chunk has loaded. */
  let named: ParseResult<Rubric> | undefined;
  let translating: Promise<unknown> | undefined;
  return {
    load() {
      const id = host.rubricId;
      named = undefined;
      if (!id) return;
      owner.waitFor(
        import('../../rubrics/builtins.js')
          .then(({ loadBuiltIn }) => loadBuiltIn(id))
          .then((result) => {
            if (host.rubricId === id) named = result;
          }),
      );
    },
    fallback() {
      const id = host.rubricId;
      if (id && named?.success === false) return named;
      const definition = id
        ? named?.success
          ? named.data
          : undefined
        : (host.constructor as unknown as { defaultDefinition: unknown }).defaultDefinition;
      if (definition === undefined) return undefined;
      const shown = builtInIn(definition as Rubric, host.language);
      if (!(shown instanceof Promise)) return { success: true, data: shown };
      translating = shown;
      return undefined;
    },
    translating() {
      const loading = translating;
      translating = undefined;
      return loading;
    },
  };
}
