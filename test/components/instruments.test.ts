import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulatePrint, itExceptIn, PRINT_MEDIA, sendKeys } from '../helpers/engine.js';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { expectAxeClean } from '../helpers/axe.js';
import {
  assessingOurWork,
  byKind,
  collaborativeAttributes,
  decisionContinuum,
  normsInventory,
  opportunityChecklist,
  resultsAnalysis,
} from '../fixtures/instruments.js';

const mount = async (definition: object, attrs = '') => {
  const wrapper = await fixture<HTMLFormElement>(`<form><cr-rubric name="r" ${attrs}></cr-rubric></form>`);
  const el = wrapper.querySelector('cr-rubric') as CrRubric;
  el.definition = definition;
  await el.updateComplete;
  return { el, form: wrapper, root: el.shadowRoot! };
};

describe('every scale kind renders with native controls', () => {
  for (const [kind, defs] of Object.entries(byKind)) {
    for (const def of defs) {
      it(`${kind}: ${def.id} is accessible empty, filled, with errors and read-only`, async () => {
        const { el, root } = await mount(def, 'required');
        expect(el.definitionIssues).to.deep.equal([]);
        await expectAxeClean(el);
        root.querySelector<HTMLButtonElement>('button.chip, .add button')?.click();
        await el.updateComplete;
        root.querySelector<HTMLInputElement>('input[type=radio], input[type=checkbox]')?.click();
        const box = root.querySelector('textarea');
        if (box) {
          box.value = 'Written answer';
          box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
        await el.updateComplete;
        expect(el.score?.overall.answered, 'one answer given').to.be.greaterThan(0);
        await expectAxeClean(el);
        el.value = null;
        el.reportValidity();
        await el.updateComplete;
        await expectAxeClean(el);
        el.readonly = true;
        await el.updateComplete;
        await expectAxeClean(el);
      });
    }
  }
});

describe('checklists', () => {
  it('are tick boxes grouped by section, submitted as "on" per ticked item', async () => {
    const { el, form, root } = await mount(collaborativeAttributes);
    const group = root.querySelector('[role=group]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal(root.querySelector('.section h3')!.id);
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => root.querySelector(`label[for="${b.id}"]`)?.textContent?.trim())).to.deep.equal(
      collaborativeAttributes.sections[0]!.items.map((i) => i.title),
    );
    expect(root.querySelectorAll('input[type=radio]').length).to.equal(0);
    const changed = oneEvent(el, 'change');
    boxes[1]!.focus();
    await sendKeys({ press: 'Space' });
    await changed;
    await el.updateComplete;
    expect(el.value?.answers['authenticity']?.checked).to.equal(true);
    expect(new FormData(form).get('r[authenticity]')).to.equal('on');
    expect(new FormData(form).get('r[awareness]')).to.equal(null);
  });

  it('enforce "choose up to N": the other boxes are disabled and say why, until one is unticked', async () => {
    const { el, root } = await mount(opportunityChecklist);
    const boxes = () => [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const status = root.querySelector('[part=limit]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain('Choose up to 3.').and.contain('0 of 3 chosen.');
    for (const i of [0, 1, 2]) {
      boxes()[i]!.click();
      await el.updateComplete;
    }
    expect(root.querySelector('[part=limit]')!.textContent).to.contain('3 of 3 chosen. Untick one to choose another.');
    expect(boxes().map((b) => b.disabled)).to.deep.equal([false, false, false, true]);
    expect(boxes()[3]!.getAttribute('aria-describedby')).to.equal('ticks-status');
    boxes()[3]!.click();
    await el.updateComplete;
    expect(el.value?.answers['meals'], 'a disabled box cannot be ticked').to.equal(undefined);
    boxes()[0]!.click();
    await el.updateComplete;
    expect(boxes().map((b) => b.disabled)).to.deep.equal([false, false, false, false]);
    expect(el.score?.ticks).to.deep.equal({ checked: 2, max: 3, over: false });
  });

  it('when required, ask for one tick, not for every box', async () => {
    const { el, root } = await mount(opportunityChecklist, 'required');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Tick at least one item');
    root.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });
});

describe('open prompts', () => {
  it('are text boxes named by the prompt and described by its questions; each keystroke is kept', async () => {
    const { el, form, root } = await mount(assessingOurWork, 'required');
    const box = root.querySelector<HTMLTextAreaElement>('textarea')!;
    const label = root.querySelector(`label[for="${box.id}"]`)!;
    expect(label.textContent).to.contain('Selection of SLT Members').and.contain('Indicators');
    const questions = root.getElementById(box.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect([...questions.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(
      assessingOurWork.sections[0]!.items[0]!.questions,
    );
    expect(el.validationMessage).to.equal('Write an answer for Selection of SLT Members and 1 more.');
    box.focus();
    const typed = oneEvent(el, 'input');
    await sendKeys({ type: 'By vote' });
    await typed;
    await el.updateComplete;
    expect(el.value?.answers['selection']?.text).to.equal('By vote');
    expect(new FormData(form).get('r[selection]')).to.equal('By vote');
    expect(el.validationMessage).to.equal('Write an answer for Relationship with Faculty.');
  });
});

describe('nominal choices and ideal points', () => {
  it('show each choice as a radio, with no order implied', async () => {
    const { el, root } = await mount(resultsAnalysis);
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['adopt', 'adapt', 'abandon']);
    radios[1]!.click();
    await el.updateComplete;
    expect([el.score?.items[0]?.levelId, el.score?.overall.mean]).to.deep.equal(['adapt', null]);
    expect(root.querySelector('[part=summary]')!.shadowRoot!.textContent).to.contain('Adapt');
  });

  it('rate each decision the respondent adds on the seven points, with the target marked when set', async () => {
    const { el, root } = await mount({ ...decisionContinuum, scale: { ...decisionContinuum.scale, ideal: '4' } });
    const name = root.querySelector<HTMLInputElement>('#new-subject')!;
    name.value = 'Master schedule';
    root.querySelector<HTMLButtonElement>('.add button')!.click();
    await el.updateComplete;
    const options = [...root.querySelectorAll('[part~=level]')];
    expect(options.length).to.equal(7);
    expect(options[3]!.querySelector('[part=target]')).to.not.equal(null);
    expect(options[3]!.textContent).to.contain('We will CO-CONSTRUCT the decision together.');
    (options[5]!.querySelector('input') as HTMLInputElement).click();
    await el.updateComplete;
    expect(el.score?.items[0]?.offset).to.equal(2);
  });
});

describe('instructions on screen and on paper', () => {
  itExceptIn(PRINT_MEDIA, "shows the screen wording and prints the source's own", async () => {
    const { root } = await mount(normsInventory);
    const screen = root.querySelector('.instructions.screen')!;
    const original = root.querySelector('.instructions.original')!;
    expect(screen.textContent).to.equal(normsInventory.instructions[0]);
    expect(original.textContent).to.equal(normsInventory.originalInstructions[0]);
    expect([getComputedStyle(screen).display, getComputedStyle(original).display]).to.deep.equal(['block', 'none']);
    await emulatePrint(true);
    try {
      expect([getComputedStyle(screen).display, getComputedStyle(original).display]).to.deep.equal(['none', 'block']);
    } finally {
      await emulatePrint(false);
    }
  });
});
