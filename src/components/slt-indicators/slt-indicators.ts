import definition from '../../rubrics/slt-indicators.json';
import { CrRubric } from '../rubric/rubric.js';

/**
 * Same API, parts, custom properties and events as `<cr-rubric>`.
 *
 * @summary School (Site) Leadership Team indicators, rated N/A, Initiating, Beginning, Progressing, Sustaining. Shows the built-in definition unless `definition` or `src` is set.
 */
export class CrSltIndicators extends CrRubric {
  static override defaultDefinition: unknown = definition;
}
