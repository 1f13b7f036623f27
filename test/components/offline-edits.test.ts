// The edit path's chunk (src/components/rubric/after-render.ts) cannot be fetched: the connection
// dropped after the rubric was shown. The test server answers 503 for it while the cookie
// `cr-slow-after-render` is `fail` (test/csp/middleware.mjs). A file of its own, and a frame of its
// own, so that no page of this browser has the chunk in its memory cache yet.
import { aTimeout, expect } from '@open-wc/testing';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { openFrame } from '../helpers/frame.js';

describe('edits made while the edit path cannot be fetched (offline)', () => {
  afterEach(() => {
    document.cookie = 'cr-slow-after-render=; path=/; max-age=0';
  });

  it('stay in the controls that show them, and the status line says they are not recorded', async function () {
    this.timeout(20000);
    // A frame of its own: a module map where the chunk has not been fetched yet.
    document.cookie = 'cr-slow-after-render=fail; path=/';
    const frame = await openFrame(`/__fresh__/${Date.now()}/src/components/team-assessment/cr-team-assessment.ts`);
    const el = frame.doc.createElement('cr-team-assessment') as CrRubric;
    frame.doc.body.append(el);
    const radio = (level: string) => el.shadowRoot?.querySelector<HTMLInputElement>(`#item-goals-objectives input[value="${level}"]`);
    const status = () => el.shadowRoot!.querySelector('[part~=status]')?.textContent?.trim() ?? '';
    for (let i = 0; i < 200 && !radio('4'); i++) await aTimeout(10);
    radio('4')!.click();
    for (let i = 0; i < 200 && !/not recorded/.test(status()); i++) await aTimeout(10);
    expect(status(), 'said in the status line').to.match(/^Your last answers are not recorded: part of this form could not load/);
    expect(radio('4')!.checked, 'the answer stays where the person put it').to.equal(true);
    expect(el.value, 'not in the response yet').to.equal(null);
    frame.close();
  });
});
