export * from './schema.js';
export * from './parse.js';
export * from './migrate.js';
export * from './load.js';
export { localize } from './text.js';
export * from './edit.js';
export { mergeResponses } from './merge.js';
export * from './validator.js';
export { safeHttpsUrl } from './url.js';
