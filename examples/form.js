// form.html: submit the host form, show its FormData, and clear the drafts once "the server" accepted it.
const form = document.getElementById('form');
const output = document.getElementById('form-data');
const status = document.getElementById('status');
const rubrics = () => [...form.querySelectorAll('[name]')].filter((el) => el.localName.startsWith('cr-'));

/**
 * Stands in for the real request. A real page would do
 *   const res = await fetch(form.action, { method: 'POST', body: data });
 *   return res.ok;
 */
async function send(data) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return data instanceof FormData;
}

const show = (value) => (value.length > 160 ? `${value.slice(0, 160)}… (${value.length} characters of JSON)` : value);

form.addEventListener('submit', async (event) => {
  // Only valid forms get here: a `required` rubric with unrated items blocks submission itself.
  event.preventDefault();
  const data = new FormData(form);
  output.textContent = [...data].map(([key, value]) => `${key} = ${show(String(value))}`).join('\n');
  form.dataset.state = 'sending';
  status.textContent = 'Sending…';
  const ok = await send(data).catch(() => false);
  if (ok) {
    // The host has the response: now (and only now) the autosaved drafts can go.
    for (const el of rubrics()) el.markSubmitted();
    form.dataset.state = 'sent';
    status.textContent = `Sent ${[...data.keys()].length} fields. Drafts cleared.`;
  } else {
    form.dataset.state = 'failed';
    status.textContent = 'Sending failed; your answers are kept as a draft.';
  }
});

form.addEventListener('reset', () => {
  form.dataset.state = 'reset';
  status.textContent = 'Form reset.';
  output.textContent = 'Nothing submitted yet.';
});
