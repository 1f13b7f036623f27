// The editor under the S-06 policy: every violation and error is recorded before it loads.
import './violations.js';
import '../../src/components/rubric-editor/cr-rubric-editor.js';

await customElements.whenDefined('cr-rubric-editor');
window.__csp.ready = true;
