/**
 * Validation on demand. The zod schemas (`parse.ts`, through `untrusted.ts`, which also carries
 * version reconciliation and the cross-tab merge) are loaded the first time something untrusted
 * arrives: a `definition` object, a `value` set by the host, a stored draft, a `src` URL.
 * Built-in definitions (validated by the test suite) and the responses an element builds itself
 * with typed edits are trusted, so a page that only shows a built-in rubric never downloads the
 * validator.
 *
 * It follows that while `validator()` is undefined, every response on the page was built from a
 * blank one by typed edits: nothing in it can belong to another version or another tab.
 */
import type { ParseResult } from './parse.js';
import type { Rubric, RubricResponse } from './schema.js';
import type * as UntrustedModule from './untrusted.js';

export type Validator = typeof UntrustedModule;

let ready: Validator | undefined;
let loading: Promise<Validator> | undefined;
/** Why the validator could not be loaded (a network failure for its chunk). */
let failure: string | undefined;

/** The validator if it is loaded, else undefined. */
export function validator(): Validator | undefined {
  return ready;
}

/** Makes `module` the validator without loading anything (a bundle that carries it anyway). */
export function useValidator(module: Validator): void {
  ready = module;
  loading = Promise.resolve(module);
}

/** Loads the validator (once) and resolves with it. */
export function loadValidator(): Promise<Validator> {
  return (loading ??= import('./untrusted.js').then(
    (module) => (ready = module),
    (error: unknown) => {
      failure = String(error);
      throw error;
    },
  ));
}

/** Responses built by the library itself (typed edits of a valid response): no need to re-check. */
export const trustedResponses = new WeakSet<object>();

/**
 * Validates a definition once per object. Returns undefined while the validator is not loaded:
 * call `loadValidator()` and ask again.
 */
export function checkDefinition(definition: unknown): ParseResult<Rubric> | undefined {
  if (failure !== undefined) return { success: false, issues: [{ path: '(root)', message: `could not be checked: ${failure}` }] };
  return ready?.parseDefinitionOnce(definition);
}

/**
 * Whether `value` is a readable response to the rubric `rubricId`: true, false, or undefined while
 * the validator is not loaded.
 */
export function checkResponse(value: unknown, rubricId: string): value is RubricResponse {
  return checkResponseState(value, rubricId) === true;
}

/** Like `checkResponse`, but tells "not known yet" (undefined) apart from false. */
export function checkResponseState(value: unknown, rubricId: string): boolean | undefined {
  if (value === null || typeof value !== 'object') return false;
  if (trustedResponses.has(value)) return (value as RubricResponse).rubricId === rubricId;
  if (failure !== undefined) return false;
  return ready ? ready.isResponseTo(value, rubricId) : undefined;
}
