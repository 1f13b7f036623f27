import { CrRubric } from '../rubric/rubric.js';
import { descriptorGrid } from '../rubric/layouts/descriptor-grid.js';
// After the element's code, so the text does not sit between code that compresses together.
import definition from '../../rubrics/coherence-progression.json';

/**
 * Same API, parts, custom properties and events as `<cr-rubric>`.
 *
 * @summary The Coherence Progression: four drivers, fourteen components, a descriptor in every cell. Shows the built-in definition unless `definition` or `src` is set.
 */
export class CrCoherenceProgression extends CrRubric {
  static override defaultDefinition: unknown = definition;
  static override layouts = { 'descriptor-grid': descriptorGrid };
}
