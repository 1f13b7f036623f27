import { CrRubric } from '../rubric/rubric.js';
import { continuum } from '../rubric/layouts/continuum.js';
import { renderSubjects } from '../rubric/subjects.js';
// After the element's code, so the text does not sit between code that compresses together.
import definition from '../../rubrics/relationship-continuum.json';

/**
 * Same API, parts, custom properties and events as `<cr-rubric>`.
 *
 * @summary Relationship continuum self-assessment: each potential partner placed on the continuum, with how to strengthen it. Shows the built-in definition unless `definition` or `src` is set.
 */
export class CrRelationshipContinuum extends CrRubric {
  static override defaultDefinition: unknown = definition;
  static override layouts = { continuum };
  static override subjectRows = renderSubjects;
}
