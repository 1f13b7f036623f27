// Issue 15, item 1: what the first render of a rubric runs. Each change that makes it cheaper keeps
// what a person sees and does; these tests hold that behaviour (the timings are in `npm run bench`).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';

const dateField = (el: CrRubric) => {
  const label = [...el.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Date')!;
  return el.shadowRoot!.getElementById(label.htmlFor) as HTMLInputElement;
};

describe('a date field before and after it is focused', () => {
  it('is a text field with a date pattern until focused, then the browser’s date control, and the date is answered', async () => {
    const el = await fixture<CrRubric>(html`<cr-team-assessment></cr-team-assessment>`);
    const field = dateField(el);
    expect(field.type, 'no date input at the first render').to.equal('text');
    expect(new RegExp(`^(?:${field.pattern})$`).test('2026-03-01')).to.equal(true);
    expect(new RegExp(`^(?:${field.pattern})$`).test('1 March')).to.equal(false);
    field.focus();
    expect(field.type, 'focused: the native date control (with its picker)').to.equal('date');
    expect(el.shadowRoot!.activeElement, 'focus stays on it').to.equal(field);
    field.value = '2026-03-01';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value?.fields?.['date']).to.equal('2026-03-01');
    // A later render keeps the date control (and what was entered).
    el.readonly = true;
    await el.updateComplete;
    expect([dateField(el).type, dateField(el).value]).to.deep.equal(['date', '2026-03-01']);
  });

  it('shows a date the response already holds', async () => {
    const el = await fixture<CrRubric>(html`<cr-team-assessment></cr-team-assessment>`);
    el.value = { rubricId: el.rubric!.id, rubricVersion: el.rubric!.version, answers: {}, fields: { date: '2026-02-27' } };
    await el.updateComplete;
    expect(dateField(el).value).to.equal('2026-02-27');
  });
});

describe('item notes before and after they are opened', () => {
  const noteButtons = (el: CrRubric) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=field] button')];

  it('an empty note is a button named by the note until opened; opened, it is the labelled text box, focused, and what is typed is answered', async () => {
    const el = await fixture<CrRubric>(html`<cr-coherence-progression></cr-coherence-progression>`);
    const root = el.shadowRoot!;
    const items = root.querySelectorAll('fieldset[part=item]').length;
    expect(root.querySelectorAll('textarea').length, 'no text area at the first render').to.equal(0);
    expect(noteButtons(el).map((b) => b.textContent?.trim())).to.deep.equal(Array.from({ length: items }, () => 'Note'));
    expect(root.querySelectorAll('input[type=checkbox]').length, 'the Opportunity marks are there').to.equal(items);
    const first = root.querySelector('fieldset[part=item]')!;
    first.querySelector<HTMLButtonElement>('[part=field] button')!.click();
    await el.updateComplete;
    const box = first.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(root.querySelector(`label[for="${box.id}"]`)?.textContent).to.equal('Note');
    expect(root.activeElement, 'focus moves into the note').to.equal(box);
    box.value = 'Started in March';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const itemId = el.rubric!.sections[0]!.items[0]!.id;
    expect(el.value?.answers[itemId]?.fields?.['note']).to.equal('Started in March');
    expect(noteButtons(el)).to.have.length(items - 1);
  });

  it('a note the response holds is shown as its text box at once, and a rubric that cannot be edited shows every note', async () => {
    const el = await fixture<CrRubric>(html`<cr-coherence-progression></cr-coherence-progression>`);
    const itemId = el.rubric!.sections[0]!.items[0]!.id;
    el.value = {
      rubricId: el.rubric!.id,
      rubricVersion: el.rubric!.version,
      answers: { [itemId]: { fields: { note: 'Kept from last time' }, updatedAt: '2026-02-01T10:00:00.000Z' } },
    };
    await el.updateComplete;
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea')];
    expect(boxes.map((b) => b.value)).to.deep.equal(['Kept from last time']);
    el.readonly = true;
    await el.updateComplete;
    expect(noteButtons(el), 'read-only: no buttons').to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('textarea').length).to.equal(el.shadowRoot!.querySelectorAll('fieldset[part=item]').length);
  });
});
