import { CrRubric } from '../rubric/rubric.js';
import { bipolarScale } from '../rubric/layouts/bipolar-scale.js';
// After the element's code, so the text does not sit between code that compresses together.
import definition from '../../rubrics/team-assessment.json';

/**
 * Same API, parts, custom properties and events as `<cr-rubric>`.
 *
 * @summary Effective team assessment: nine dimensions rated 1 to 7 between two anchor statements. Shows the built-in definition unless `definition` or `src` is set.
 */
export class CrTeamAssessment extends CrRubric {
  static override defaultDefinition: unknown = definition;
  static override layouts = { 'bipolar-scale': bipolarScale };
}
