/**
 * What a rubric element needs only once it has rendered, in one chunk it fetches after its first
 * update and never waits for to render (`later.ts`; docs/decisions.md, "Bundle size"): the edit
 * path, which turns a person's input into a new response (`intents.ts`, `limits.ts` and the edits
 * of `src/rubrics/edit.ts`), the arrow keys' move, the summary's counts and profile (nothing is
 * answered at a first render), and the notices and problem displays (answers kept from another
 * version, a failed submit's error summary, a definition that cannot be shown). An edit made
 * before this arrives waits, in order, and is applied when it does (`edits.ts`).
 */
export { intentOfClick } from './intents.js';
export { editWithinLimit } from './limits.js';
export { moveByArrow } from './keys.js';
export { NOTICES_EN, renderDefinitionError, renderErrorSummary, renderNotices } from './problems.js';
export { SUMMARY_PARTS } from '../summary/parts.js';
