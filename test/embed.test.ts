// Issue 10, fault 8: the embed page binds drafts to the page that really frames it. Runs the built
// embed (dist/embed, built by `npm test` when missing or older than the sources).
import { aTimeout, expect } from '@open-wc/testing';
import type { CrRubric } from '../src/components/rubric/rubric.js';

const PREFIX = 'collab-rubrics:draft:';
const draft = (level: string) =>
  JSON.stringify({
    rubricId: 'team-assessment',
    rubricVersion: '1.0.0',
    answers: { leadership: { level, updatedAt: '2026-01-01T00:00:00.000Z' } },
  });

/** Opens the embed in a frame of this page and resolves with its rubric once it has rendered. */
async function embed(query: string): Promise<{ frame: HTMLIFrameElement; el: CrRubric }> {
  const frame = document.createElement('iframe');
  frame.src = `/dist/embed/index.html?${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  let el: CrRubric | null = null;
  for (let i = 0; i < 300 && !el; i++) {
    el = frame.contentDocument!.querySelector<CrRubric>('cr-team-assessment');
    if (!el) await aTimeout(10);
  }
  await el!.updateComplete;
  return { frame, el: el! };
}

describe('embed drafts (issue 10)', () => {
  afterEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX)) localStorage.removeItem(k);
  });

  it('fault 8: a page that names another origin as parent-origin can neither read nor delete that origin’s draft', async () => {
    const lms = 'https://lms.example';
    // A student's draft, under the plain key (as before) and under the LMS origin's key.
    localStorage.setItem(`${PREFIX}s1`, draft('6'));
    localStorage.setItem(`${PREFIX}embed:${lms}:s1`, draft('6'));
    const { frame, el } = await embed(`rubric=team-assessment&storage-key=s1&parent-origin=${encodeURIComponent(lms)}`);
    expect(el.value, 'nothing restored into a frame that lies about its parent').to.equal(null);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    frame.contentWindow!.dispatchEvent(new PageTransitionEvent('pagehide'));
    frame.contentWindow!.postMessage({ type: 'collab-rubrics:submitted' }, '*');
    await aTimeout(50);
    expect(localStorage.getItem(`${PREFIX}s1`)).to.equal(draft('6'));
    expect(localStorage.getItem(`${PREFIX}embed:${lms}:s1`), 'neither overwritten nor deleted').to.equal(draft('6'));
    frame.remove();
  });

  it('fault 8: the real parent gets its own draft back, and only its own', async () => {
    const here = location.origin;
    localStorage.setItem(`${PREFIX}embed:https://lms.example:s2`, draft('6'));
    localStorage.setItem(`${PREFIX}embed:${here}:s2`, draft('3'));
    const { frame, el } = await embed(`rubric=team-assessment&storage-key=s2&parent-origin=${encodeURIComponent(here)}`);
    expect(el.value?.answers['leadership']?.level).to.equal('3');
    frame.contentWindow!.postMessage({ type: 'collab-rubrics:submitted' }, here);
    for (let i = 0; i < 100 && localStorage.getItem(`${PREFIX}embed:${here}:s2`) !== null; i++) await aTimeout(10);
    expect(localStorage.getItem(`${PREFIX}embed:${here}:s2`), 'submitted deletes this origin’s draft').to.equal(null);
    expect(localStorage.getItem(`${PREFIX}embed:https://lms.example:s2`)).to.equal(draft('6'));
    frame.remove();
  });
});
