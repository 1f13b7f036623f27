import '../summary/cr-rubric-summary.js';
import { CrRubric } from './rubric.js';

export { CrRubric };

if (!customElements.get('cr-rubric')) customElements.define('cr-rubric', CrRubric);

declare global {
  interface HTMLElementTagNameMap {
    'cr-rubric': CrRubric;
  }
}
