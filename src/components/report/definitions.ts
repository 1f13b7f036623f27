/** The definitions `<cr-rubric-report rubric="…">` can name. */
import { parseDefinitionOnce, type ParseResult } from '../../rubrics/parse.js';
import type { Rubric } from '../../rubrics/schema.js';
import coherence from '../../rubrics/coherence-progression.json';
import continuum from '../../rubrics/relationship-continuum.json';
import slt from '../../rubrics/slt-indicators.json';
import teamAssessment from '../../rubrics/team-assessment.json';

/** Definitions the `rubric` attribute can name. */
export const BUILT_IN: Readonly<Record<string, unknown>> = {
  'coherence-progression': coherence,
  'slt-indicators': slt,
  'relationship-continuum': continuum,
  'team-assessment': teamAssessment,
};

/** Cached so the same id yields the same result object (the error event fires once). */
const unknownIds = new Map<string, ParseResult<Rubric>>();

/** The result for a `rubric` attribute: the built-in definition validated, or an issue naming the id. */
export function builtInResult(id: string): ParseResult<Rubric> | undefined {
  if (!id) return undefined;
  if (Object.hasOwn(BUILT_IN, id)) return parseDefinitionOnce(BUILT_IN[id]);
  let result = unknownIds.get(id);
  if (!result) {
    const message = `no built-in rubric has the id "${id}" (known: ${Object.keys(BUILT_IN).join(', ')})`;
    result = { success: false, issues: [{ path: 'rubric', message }] };
    unknownIds.set(id, result);
  }
  return result;
}
