// The S-06 fixture page: every element, one loading its definition from `src`, in one form.
import './violations.js';
import '../../src/all.js';

const form = document.querySelector('form')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.__csp.submitted++;
});
await customElements.whenDefined('cr-rubric');
window.__csp.ready = true;
