// The first update waits for the progress bar's chunk, at most 300 ms (`scheduleUpdate` in
// rubric.ts, docs/decisions.md "Progress"). Each test loads the element in a frame of its own (its
// own module map); the test server delays the chunk by the milliseconds in the cookie
// `cr-slow-progress` (test/csp/middleware.mjs), as a slow network would. The stalled chunk comes
// first: the browser may serve a later frame the chunk from its cache, which only makes it arrive
// sooner, as in the second test.
import { aTimeout, expect } from '@open-wc/testing';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { openFrame, type Frame } from '../helpers/frame.js';

const ELEMENT = '/src/components/team-assessment/cr-team-assessment.ts';

/** The element in a fresh frame, and what its shadow root held the first time it showed radios. */
async function firstRender(frame: Frame) {
  const el = frame.doc.createElement('cr-team-assessment') as CrRubric;
  frame.doc.body.append(el);
  const radios = () => el.shadowRoot?.querySelectorAll('input[type=radio]').length ?? 0;
  for (let i = 0; i < 1000 && radios() === 0; i++) await aTimeout(5);
  return { el, radios: radios(), bar: !!el.shadowRoot!.querySelector('[part~=progress]') };
}

describe('the progress bar’s chunk and the first render', function () {
  this.timeout(20000);
  afterEach(() => {
    document.cookie = 'cr-slow-progress=; path=/; max-age=0';
  });

  it('a stalled chunk is not waited for: the rubric is shown without the bar, and the bar is added when it arrives', async () => {
    document.cookie = 'cr-slow-progress=3000; path=/';
    const frame = await openFrame(ELEMENT);
    const first = await firstRender(frame);
    expect(first.radios, 'the items are shown while the chunk is on its way').to.be.greaterThan(0);
    expect(first.bar, 'no bar yet').to.equal(false);
    await first.el.updateComplete;
    expect(first.el.shadowRoot!.querySelector('[part~=progress-line]')?.textContent?.trim()).to.match(/^0 of \d+/);
    frame.close();
  });

  it('a chunk that arrives in time is in the first render: the rubric is shown once, with its bar', async () => {
    document.cookie = 'cr-slow-progress=50; path=/';
    const frame = await openFrame(ELEMENT);
    const first = await firstRender(frame);
    expect(first.radios, 'the items are shown').to.be.greaterThan(0);
    expect(first.bar, 'with the bar from the start (nothing below it moves when it arrives)').to.equal(true);
    frame.close();
  });
});
