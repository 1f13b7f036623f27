/** Pure import and export of a team's responses: CSV (RFC 4180, injection-safe) and JSON. */
export * from './csv.js';
export * from './io.js';
