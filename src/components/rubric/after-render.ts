/**
 * What a rubric element needs only once it has rendered, in one chunk it fetches after its first
 * update and never waits for to render (docs/decisions.md, "Bundle size"): the edit path, which
 * turns a person's input into a new response (`intents.ts`, `limits.ts` and the edits of
 * `src/rubrics/edit.ts`). A first render shows answers but makes none; an edit made before this
 * arrives waits, in order, and is applied when it does (`rubric.ts`).
 */
export { intentOfClick } from './intents.js';
export { editWithinLimit } from './limits.js';
