import '../summary/cr-rubric-summary.js';
import { CrSltIndicators } from './slt-indicators.js';

export { CrSltIndicators };

if (!customElements.get('cr-slt-indicators')) customElements.define('cr-slt-indicators', CrSltIndicators);

declare global {
  interface HTMLElementTagNameMap {
    'cr-slt-indicators': CrSltIndicators;
  }
}
