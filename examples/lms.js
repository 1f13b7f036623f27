// lms-iframe.html: the host side of the embed protocol (see src/embed/embed.ts for the messages).
const iframe = document.getElementById('rubric-frame');
const received = document.getElementById('received');
const status = document.getElementById('lms-status');
const save = document.getElementById('save');

// Tell the embedded page which origin may receive responses (and send it commands).
const url = new URL(iframe.dataset.embed, location.href);
url.searchParams.set('parent-origin', location.origin);
const frameOrigin = url.origin;
iframe.src = url.href;

let last = null;

window.addEventListener('message', (event) => {
  // Only the rubric frame, from the origin we loaded it from.
  if (event.source !== iframe.contentWindow || event.origin !== frameOrigin) return;
  const data = event.data;
  if (!data || typeof data !== 'object') return;
  if (data.type === 'collab-rubrics:ready') {
    status.textContent = `Rubric "${data.rubric}" ready.`;
  } else if (data.type === 'collab-rubrics:response') {
    last = data;
    const rated = Object.values(data.response?.answers ?? {}).filter((a) => a && a.level).length;
    status.textContent = data.complete ? 'Complete: every item rated.' : `In progress: ${rated} rated.`;
    received.textContent = JSON.stringify(data.response, null, 2);
    save.disabled = false;
  }
});

/** Commands to the frame; called by the buttons (and by the example tests). */
export const lms = {
  /** The LMS stored the response: the frame deletes its draft. */
  submitted() {
    iframe.contentWindow.postMessage({ type: 'collab-rubrics:submitted' }, frameOrigin);
  },
  /** Shows a saved response (null clears). */
  setValue(value) {
    iframe.contentWindow.postMessage({ type: 'collab-rubrics:set-value', value }, frameOrigin);
  },
  get lastMessage() {
    return last;
  },
};
window.lms = lms;

save.addEventListener('click', () => {
  // A real LMS would store `last.response` first and send `submitted` once that succeeded.
  lms.submitted();
  status.textContent = 'Saved. The rubric cleared its draft.';
  save.disabled = true;
});
document.getElementById('clear').addEventListener('click', () => {
  lms.setValue(null);
  received.textContent = 'No response yet.';
});
