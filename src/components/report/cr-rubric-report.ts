import { CrRubricReport } from './report.js';

export { CrRubricReport };

if (!customElements.get('cr-rubric-report')) customElements.define('cr-rubric-report', CrRubricReport);

declare global {
  interface HTMLElementTagNameMap {
    'cr-rubric-report': CrRubricReport;
  }
}
