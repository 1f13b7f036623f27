import definition from '../../rubrics/team-assessment.json';
import { CrRubric } from '../rubric/rubric.js';

/**
 * Same API, parts, custom properties and events as `<cr-rubric>`.
 *
 * @summary Effective team assessment: nine dimensions rated 1 to 7 between two anchor statements. Shows the built-in definition unless `definition` or `src` is set.
 */
export class CrTeamAssessment extends CrRubric {
  static override defaultDefinition: unknown = definition;
}
