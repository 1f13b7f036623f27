import definition from '../../rubrics/coherence-progression.json';
import { CrRubric } from '../rubric/rubric.js';

/**
 * Same API, parts, custom properties and events as `<cr-rubric>`.
 *
 * @summary The Coherence Progression: four drivers, fourteen components, a descriptor in every cell. Shows the built-in definition unless `definition` or `src` is set.
 */
export class CrCoherenceProgression extends CrRubric {
  static override defaultDefinition: unknown = definition;
}
