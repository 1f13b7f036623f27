// Small things a designer found on the way (issue 12, item 7), each as the behaviour a user sees.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { expectAxeClean } from '../helpers/axe.js';

const summaryText = async (el: CrRubric) => {
  const summary = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('cr-rubric-summary')!;
  await summary.updateComplete;
  return summary.shadowRoot!;
};

describe('the details a designer notices', () => {
  it('the Source link takes the accent colour and can be styled as a part', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <style>cr-team-assessment { --cr-color-accent: rgb(122, 31, 92); }</style>
      <cr-team-assessment></cr-team-assessment></div>`);
    const el = wrapper.querySelector<CrRubric>('cr-team-assessment')!;
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=header] a')!;
    expect(link.getAttribute('part')).to.equal('source-link');
    expect(getComputedStyle(link).color).to.equal('rgb(122, 31, 92)');
  });

  it('a suggestion adds its partner once: its chip goes, and a second click only returns to that partner', async () => {
    const el = await fixture<CrRubric>(html`<cr-relationship-continuum></cr-relationship-continuum>`);
    const root = el.shadowRoot!;
    const chip = () => [...root.querySelectorAll<HTMLButtonElement>('button.chip')].find((b) => b.textContent === 'Principal');
    const first = chip()!;
    first.click();
    first.click(); // before the update removes it
    await el.updateComplete;
    expect(el.value!.subjects!.map((s) => s.name)).to.deep.equal(['Principal']);
    expect(chip(), 'the chip of an added partner is gone').to.equal(undefined);
    expect([...root.querySelectorAll('#cr-suggestions option')].map((o) => o.getAttribute('value'))).to.not.include('Principal');
    // Typing a name is the person's choice: it is added as typed.
    root.querySelector<HTMLInputElement>('#new-subject')!.value = 'Principal';
    root.querySelector<HTMLButtonElement>('.add button[data-kind="add-subject"]:not(.chip)')!.click();
    await el.updateComplete;
    expect(el.value!.subjects!.map((s) => s.name)).to.deep.equal(['Principal', 'Principal']);
  });

  it('the continuum with no partner says so, with no "0 of 0" and no table of zeros', async () => {
    const el = await fixture<CrRubric>(html`<cr-relationship-continuum></cr-relationship-continuum>`);
    let summary = await summaryText(el);
    expect(summary.textContent).to.contain('No answers yet.');
    expect(summary.textContent).to.not.contain('0 of 0');
    expect(summary.querySelector('table')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.chip')!.click();
    await el.updateComplete;
    summary = await summaryText(el);
    expect(summary.textContent).to.contain('0 of 1 answered');
    expect(summary.querySelector('table'), 'nothing rated yet: nothing to count').to.equal(null);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await el.updateComplete;
    summary = await summaryText(el);
    expect(summary.textContent).to.contain('1 of 1 answered');
    expect(summary.querySelector('table')).to.not.equal(null);
    await expectAxeClean(el);
  });

  it('a page’s own :focus outline rings the focused control, not the whole rubric', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <style>:focus { outline: 4px solid rgb(255, 0, 0); }</style>
      <cr-team-assessment></cr-team-assessment></div>`);
    const el = wrapper.querySelector<CrRubric>('cr-team-assessment')!;
    await el.updateComplete;
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
    radio.focus();
    expect(el.matches(':focus'), 'the host matches :focus while a control inside has it').to.equal(true);
    expect(getComputedStyle(el).outlineStyle).to.equal('none');
    expect(getComputedStyle(radio.closest('label')!).outlineStyle, 'the control keeps its own ring').to.not.equal('none');
  });

  it('the SLT shows its stage key once', async () => {
    const el = await fixture<CrRubric>(html`<cr-slt-indicators></cr-slt-indicators>`);
    const text = el.shadowRoot!.querySelector('[part=base]')!.textContent!;
    for (const meaning of [
      'No conversation or action',
      'Some conversation but no action',
      'Effective action with monitoring and results',
    ]) {
      expect(text.split(meaning).length - 1, meaning).to.equal(1);
    }
  });
});
