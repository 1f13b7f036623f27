import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/team-assessment/cr-team-assessment.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';

/** True when one of the five probe points of `el` (centre and corners) shows `el` itself. */
function visible(el: HTMLElement, root: ShadowRoot): boolean {
  const r = el.getBoundingClientRect();
  const points = [
    [r.left + r.width / 2, r.top + r.height / 2],
    [r.left + 1, r.top + 1],
    [r.right - 1, r.top + 1],
    [r.left + 1, r.bottom - 1],
    [r.right - 1, r.bottom - 1],
  ];
  return points.some(([x, y]) => {
    const hit = root.elementFromPoint(x!, y!);
    return hit === el || hit === el.closest('label');
  });
}

describe('focus not obscured (A-09)', () => {
  it('keeps every keyboard-focused radio clear of a 100 px fixed header', async () => {
    await setViewport({ width: 800, height: 500 });
    const page = await fixture<HTMLElement>(html`<div>
      <header class="fixed-header" id="bar">Host header</header>
      <cr-team-assessment></cr-team-assessment>
    </div>`);
    // A host's own fixed header, styled through the CSSOM (no style attribute).
    const bar = page.querySelector<HTMLElement>('#bar')!;
    Object.assign(bar.style, { position: 'fixed', top: '0', left: '0', right: '0', height: '100px', background: '#fff', zIndex: '10' });
    const el = page.querySelector<CrRubric>('cr-team-assessment')!;
    await el.updateComplete;
    const groups = el.shadowRoot!.querySelectorAll('fieldset[role=radiogroup]').length;
    el.shadowRoot!.querySelector<HTMLInputElement>('#rf-date')!.focus();
    let checked = 0;
    for (let i = 0; i < 40 && checked < groups; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLInputElement | null;
      if (active?.type !== 'radio') continue;
      checked++;
      expect(visible(active, el.shadowRoot!), `radio in ${active.name}`).to.equal(true);
    }
    expect(checked).to.equal(groups);
    // Going back up with Shift+Tab as well.
    for (let i = 0; i < groups; i++) {
      await sendKeys({ press: 'Shift+Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (active) expect(visible(active, el.shadowRoot!), `back to ${active.id || active.localName}`).to.equal(true);
    }
    await setViewport({ width: 800, height: 600 });
  });
});
