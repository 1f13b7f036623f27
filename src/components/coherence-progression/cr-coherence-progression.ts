import '../summary/cr-rubric-summary.js';
import { CrCoherenceProgression } from './coherence-progression.js';

export { CrCoherenceProgression };

if (!customElements.get('cr-coherence-progression')) customElements.define('cr-coherence-progression', CrCoherenceProgression);

declare global {
  interface HTMLElementTagNameMap {
    'cr-coherence-progression': CrCoherenceProgression;
  }
}
