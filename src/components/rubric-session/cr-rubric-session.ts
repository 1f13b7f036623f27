import { CrRubricSession } from './rubric-session.js';

export { CrRubricSession };

if (!customElements.get('cr-rubric-session')) customElements.define('cr-rubric-session', CrRubricSession);

declare global {
  interface HTMLElementTagNameMap {
    'cr-rubric-session': CrRubricSession;
  }
}
