import '../summary/cr-rubric-summary.js';
import { CrRelationshipContinuum } from './relationship-continuum.js';

export { CrRelationshipContinuum };

if (!customElements.get('cr-relationship-continuum')) customElements.define('cr-relationship-continuum', CrRelationshipContinuum);

declare global {
  interface HTMLElementTagNameMap {
    'cr-relationship-continuum': CrRelationshipContinuum;
  }
}
