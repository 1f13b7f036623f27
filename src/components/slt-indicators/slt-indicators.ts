import { CrRubric } from '../rubric/rubric.js';
import { indicatorTable } from '../rubric/layouts/indicator-table.js';
// After the element's code, so the text does not sit between code that compresses together.
import definition from '../../rubrics/slt-indicators.json';

/**
 * Same API, parts, custom properties and events as `<cr-rubric>`.
 *
 * @summary School (Site) Leadership Team indicators, rated N/A, Initiating, Beginning, Progressing, Sustaining. Shows the built-in definition unless `definition` or `src` is set.
 */
export class CrSltIndicators extends CrRubric {
  static override defaultDefinition: unknown = definition;
  static override layouts = { 'indicator-table': indicatorTable };
}
