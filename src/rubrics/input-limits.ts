/**
 * Size limits shared by the validator (`parse.ts`, `schema.ts`) and the elements, which must never
 * accept what they could not save and read back. Kept apart from the schemas so an element can
 * check them without loading zod.
 */

/** Bounds checked before the schema runs, so hostile input cannot exhaust the stack or stall the page. */
export const INPUT_LIMITS = {
  /** Characters of JSON text accepted by `parseDefinition`, `parseResponse` (so a stored draft) and the `src` loader. */
  bytes: 1_000_000,
  depth: 16,
  nodes: 100_000,
  stringLength: 20_000,
} as const;

/** Longest text a saved response holds in these places (the schema's limits). */
export const RESPONSE_TEXT = {
  respondent: 500,
  cycle: 100,
  field: 10_000,
} as const;

/** An ISO date or date-time, as a saved response's timestamps hold them (and a CSV's date cells). */
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
