/**
 * `collab-rubrics/interop`: responses as xAPI statements for a Learning Record Store and back,
 * rubric definitions as 1EdTech CASE 1.1 `CFRubric` and back, and a small LRS client. Pure
 * mapping plus `fetch`: no DOM, no Lit, runs in Node and browsers. See docs/interop.md.
 */
export * from './xapi-types.js';
export * from './xapi.js';
export * from './xapi-read.js';
export * from './xapi-teams.js';
export * from './case.js';
export { isUuid, uuidV5, COLLAB_RUBRICS_NAMESPACE } from './uuid.js';
export * from './lrs.js';
