// strict-csp.html: a plain submit/reset round trip, nothing that needs 'unsafe-inline' or 'unsafe-eval'.
const form = document.getElementById('form');
const output = document.getElementById('form-data');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  output.textContent = [...data.keys()].join('\n') || '(no fields: nothing rated yet)';
  form.dataset.state = 'submitted';
  for (const el of form.querySelectorAll('[name]')) if (typeof el.markSubmitted === 'function') el.markSubmitted();
});
form.addEventListener('reset', () => {
  output.textContent = 'Nothing submitted yet.';
  form.dataset.state = 'reset';
});
