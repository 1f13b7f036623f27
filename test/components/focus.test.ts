import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/engine.js';
import '../../src/components/team-assessment/cr-team-assessment.js';
import '../../src/components/relationship-continuum/cr-relationship-continuum.js';
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

describe('focus after adding a partner or clearing a partner’s rating', () => {
  /** Where focus is: the partner heading and item legend around the focused radio, as a person reads them. */
  function focused(el: CrRubric): { partner: string; item: string; radio: boolean } | null {
    const active = el.shadowRoot!.activeElement as HTMLInputElement | null;
    if (!active) return null;
    return {
      partner: active.closest('article')?.querySelector('h4')?.textContent?.trim() ?? '',
      item: active.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '',
      radio: active.type === 'radio',
    };
  }

  async function addPartner(el: CrRubric, name: string): Promise<void> {
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('#new-subject')!;
    box.focus();
    await sendKeys({ type: name });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-kind="add-subject"]:not([data-name])')!.click();
    await el.updateComplete;
    await el.updateComplete;
  }

  it('moves focus to the new partner’s first rating after “Add”', async () => {
    const el = await fixture<CrRubric>(html`<cr-relationship-continuum></cr-relationship-continuum>`);
    const firstItem = el.rubric!.sections[0]!.items[0]!.title;
    const itemTitle = typeof firstItem === 'string' ? firstItem : firstItem['en']!;
    await addPartner(el, 'Parents');
    expect(focused(el)).to.deep.equal({ partner: 'Parents', item: itemTitle, radio: true });
    await addPartner(el, 'School board');
    expect(focused(el)).to.deep.equal({ partner: 'School board', item: itemTitle, radio: true });
  });

  it('moves focus back to the partner’s ratings after clearing one of them', async () => {
    const el = await fixture<CrRubric>(html`<cr-relationship-continuum></cr-relationship-continuum>`);
    await addPartner(el, 'Parents');
    await addPartner(el, 'School board');
    const parents = [...el.shadowRoot!.querySelectorAll('article')].find((a) => a.querySelector('h4')?.textContent?.trim() === 'Parents')!;
    const group = parents.querySelector('fieldset')!;
    const legend = group.querySelector('legend')!.textContent!.trim();
    group.querySelectorAll<HTMLInputElement>('input[type=radio]')[2]!.click();
    await el.updateComplete;
    const clear = group.querySelector<HTMLButtonElement>('button.clear')!;
    clear.focus();
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(group.querySelector('button.clear'), 'the rating was cleared').to.equal(null);
    expect(focused(el)).to.deep.equal({ partner: 'Parents', item: legend, radio: true });
  });
});
