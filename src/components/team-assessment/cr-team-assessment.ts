import '../summary/cr-rubric-summary.js';
import { CrTeamAssessment } from './team-assessment.js';

export { CrTeamAssessment };

if (!customElements.get('cr-team-assessment')) customElements.define('cr-team-assessment', CrTeamAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'cr-team-assessment': CrTeamAssessment;
  }
}
