// The first paint never waits for the progress bar's chunk (docs/decisions.md, "Progress": the
// respondent file's size goal is what a first paint downloads); the bar is added when it arrives.
// The element loads in a frame of its own (its own module map), and the test server delays the
// chunk by the milliseconds in the cookie `cr-slow-progress` (test/csp/middleware.mjs), as a
// network one round trip away would. The frame loads the element under a path of its own, so no
// browser serves it the chunk from its cache (Firefox and WebKit did, when an earlier test file had
// loaded it).
import { aTimeout, expect } from '@open-wc/testing';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { openFrame, type Frame } from '../helpers/frame.js';

const ELEMENT = '/src/components/team-assessment/cr-team-assessment.ts';
let frames = 0;
/** The element under a path of its own (test/csp/middleware.mjs): its modules, the chunk included, are fetched, never taken from a cache. */
const fresh = () => `/__fresh__/${Date.now()}-${frames++}${ELEMENT}`;

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

  it('a chunk a round trip away is not waited for: the items first, then the bar', async () => {
    document.cookie = 'cr-slow-progress=150; path=/';
    const frame = await openFrame(fresh());
    const first = await firstRender(frame);
    expect(first.radios, 'the items are shown').to.be.greaterThan(0);
    expect(first.bar, 'before the chunk is in').to.equal(false);
    await first.el.updateComplete;
    expect(first.el.shadowRoot!.querySelector('[part~=progress-line]')?.textContent?.trim()).to.match(/^0 of \d+/);
    frame.close();
  });
});
