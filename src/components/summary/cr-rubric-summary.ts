import { CrRubricSummary } from './summary.js';

export { CrRubricSummary };

if (!customElements.get('cr-rubric-summary')) customElements.define('cr-rubric-summary', CrRubricSummary);

declare global {
  interface HTMLElementTagNameMap {
    'cr-rubric-summary': CrRubricSummary;
  }
}
