/** Pure import and export of a team's responses: CSV (RFC 4180, injection-safe) and JSON; members' notes per item. */
export * from './csv.js';
export * from './io.js';
export * from './notes.js';
