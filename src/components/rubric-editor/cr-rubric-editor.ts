import '../rubric/cr-rubric.js';
import * as untrusted from '../../rubrics/untrusted.js';
import { useValidator } from '../../rubrics/validator.js';
import { CrRubricEditor } from './rubric-editor.js';

export { CrRubricEditor };

// The editor validates on every keystroke anyway: its preview gets the same validator up front.
useValidator(untrusted);

if (!customElements.get('cr-rubric-editor')) customElements.define('cr-rubric-editor', CrRubricEditor);

declare global {
  interface HTMLElementTagNameMap {
    'cr-rubric-editor': CrRubricEditor;
  }
}
