/**
 * What only data from outside an element needs, loaded on demand by `validator.ts`: validation
 * (`parse.ts`, with zod), reading a response saved with another version of a definition
 * (`migrate.ts`) and merging the draft another tab saved (`merge.ts`).
 *
 * A response the element built itself from typed edits of a blank one needs none of it, so a page
 * that shows a built-in rubric and the answers typed into it never downloads this module. Anything
 * else (a host's `value`, a stored draft, a `src` URL, a `definition` object) loads it first.
 */
export { isResponseTo, parseDefinition, parseDefinitionOnce, parseResponse } from './parse.js';
export { compareVersions, reconcileResponse } from './migrate.js';
export { sameResponse } from './merge.js';
export { reconcile, trustStamps } from './reconcile.js';
