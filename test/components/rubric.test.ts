import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/engine.js';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import type { CrCompleteEvent, CrDefinitionErrorEvent } from '../../src/events/events.js';
import { expectAxeClean } from '../helpers/axe.js';
import { tinyGrid } from '../fixtures/definitions.js';

const radios = (el: CrRubric, itemId: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`#item-${itemId} input[type=radio]`),
];

async function tiny(extra = html``): Promise<CrRubric> {
  const el = await fixture<CrRubric>(html`<cr-rubric .definition=${tinyGrid()}>${extra}</cr-rubric>`);
  await el.updateComplete;
  return el;
}

function count(el: EventTarget, type: string): { n: number } {
  const c = { n: 0 };
  el.addEventListener(type, () => c.n++);
  return c;
}

describe('<cr-rubric>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('renders one named radio group per item, nothing pre-selected', async () => {
    const el = await tiny();
    const groups = el.shadowRoot!.querySelectorAll('fieldset[role=radiogroup]');
    expect(groups.length).to.equal(2);
    const first = groups[0]!;
    const legend = el.shadowRoot!.getElementById(first.getAttribute('aria-labelledby')!)!;
    expect(legend.textContent).to.contain('First item');
    expect(radios(el, 'first').map((r) => r.name)).to.deep.equal(['r-first', 'r-first', 'r-first']);
    expect(radios(el, 'second')[0]!.name).to.equal('r-second');
    expect(el.shadowRoot!.querySelectorAll('input:checked').length).to.equal(0);
    await expectAxeClean(el);
  });

  it('takes a rating from the keyboard with one input and one change per key', async () => {
    const el = await tiny();
    const inputs = count(el, 'input');
    const changes = count(el, 'change');
    radios(el, 'first')[0]!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value?.answers['first']?.level).to.equal('low');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value?.answers['first']?.level).to.equal('mid');
    expect(el.shadowRoot!.activeElement).to.equal(radios(el, 'first')[1]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.value?.answers['first']?.level, 'wraps from first to last').to.equal('high');
    expect(inputs.n).to.equal(4);
    expect(changes.n).to.equal(4);
  });

  it('is one tab stop per item', async () => {
    const el = await fixture<CrRubric>(
      html`<div><button id="before">before</button><cr-rubric .definition=${{ ...tinyGrid(), itemFields: [] }}></cr-rubric></div>`,
    );
    const rubric = el.querySelector('cr-rubric')!;
    await rubric.updateComplete;
    el.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(rubric.shadowRoot!.activeElement, 'the progress bar\'s "Next unrated" comes first').to.equal(
      rubric.shadowRoot!.querySelector('[part~="next-open"]'),
    );
    await sendKeys({ press: 'Tab' });
    expect(rubric.shadowRoot!.activeElement).to.equal(radios(rubric, 'first')[0]);
    await sendKeys({ press: 'Tab' });
    expect(rubric.shadowRoot!.activeElement).to.equal(radios(rubric, 'second')[0]);
  });

  it('tabs onto the checked option of a rated item, both ways, one stop per item (A-01)', async () => {
    const host = await fixture<HTMLElement>(html`<div><button id="before">before</button>
      <cr-rubric .definition=${{ ...tinyGrid(), itemFields: [] }}
        .value=${{ rubricId: 'tiny', rubricVersion: '1.0.0', answers: { first: { level: 'high' }, second: { level: 'mid' } } }}></cr-rubric>
      <button id="after">after</button></div>`);
    const rubric = host.querySelector('cr-rubric')!;
    await rubric.updateComplete;
    const stops: (Element | null)[] = [];
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(rubric.shadowRoot!.activeElement ?? document.activeElement);
    }
    const [first, second] = [radios(rubric, 'first')[2], radios(rubric, 'second')[1]];
    const [firstClear, secondClear] = [...rubric.shadowRoot!.querySelectorAll('button.clear')];
    const next = rubric.shadowRoot!.querySelector('[part~="next-open"]');
    expect(stops).to.deep.equal([next, first, firstClear, second, secondClear, host.querySelector('#after')]);
    const back: (Element | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Shift+Tab' });
      back.push(rubric.shadowRoot!.activeElement ?? document.activeElement);
    }
    expect(back).to.deep.equal([secondClear, second, firstClear, first]);
  });

  it('takes a disabled rubric out of the tab order, and keys change nothing (A-12)', async () => {
    const host = await fixture<HTMLElement>(html`<div><button id="before">before</button>
      <cr-rubric disabled .definition=${tinyGrid()}></cr-rubric><button id="after">after</button></div>`);
    const rubric = host.querySelector('cr-rubric')!;
    await rubric.updateComplete;
    const changes = count(rubric, 'change');
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(host.querySelector('#after'));
    radios(rubric, 'first')[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    radios(rubric, 'first')[1]!.click();
    await rubric.updateComplete;
    expect(rubric.value).to.equal(null);
    expect(changes.n).to.equal(0);
    expect(radios(rubric, 'first').every((r) => r.disabled && !r.checked)).to.equal(true);
  });

  it('fires no events when value is set programmatically, and shows that value', async () => {
    const el = await tiny();
    const inputs = count(el, 'input');
    const changes = count(el, 'change');
    el.value = { rubricId: 'tiny', rubricVersion: '1.0.0', answers: { second: { level: 'high' } } };
    await el.updateComplete;
    expect(radios(el, 'second')[2]!.checked).to.equal(true);
    expect(inputs.n + changes.n).to.equal(0);
  });

  it('clears a rating with a keyboard-reachable button and returns focus to the group', async () => {
    const el = await tiny();
    radios(el, 'first')[1]!.click();
    await el.updateComplete;
    const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('#item-first button.clear')!;
    expect(clear.getAttribute('aria-label')).to.equal('Clear rating for First item');
    clear.click();
    await el.updateComplete;
    expect(el.value?.answers['first']?.level).to.equal(null);
    expect(radios(el, 'first').some((r) => r.checked)).to.equal(false);
    expect(el.shadowRoot!.activeElement, 'focus back on the group').to.equal(radios(el, 'first')[0]);
  });

  it('clears the form value and the draft entry of a cleared rating (A-13)', async () => {
    const key = `clear-${Date.now()}`;
    const form = await fixture<HTMLFormElement>(
      html`<form><cr-rubric name="r" storage-key=${key} .definition=${tinyGrid()}></cr-rubric></form>`,
    );
    const el = form.querySelector('cr-rubric')!;
    await el.updateComplete;
    radios(el, 'first')[1]!.click();
    await el.updateComplete;
    expect(new FormData(form).get('r[first]')).to.equal('mid');
    el.shadowRoot!.querySelector<HTMLButtonElement>('#item-first button.clear')!.click();
    await el.updateComplete;
    expect(new FormData(form).has('r[first]')).to.equal(false);
    expect(JSON.parse(String(new FormData(form).get('r'))).answers.first.level).to.equal(null);
    el.remove(); // leaving saves the draft at once
    const draft = JSON.parse(localStorage.getItem(`collab-rubrics:draft:${key}`)!);
    expect(draft.answers.first.level).to.equal(null);
    localStorage.removeItem(`collab-rubrics:draft:${key}`);
  });

  it('submits with its form, blocks submission while required and incomplete, and resets', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cr-rubric name="rubric" required .definition=${tinyGrid()}></cr-rubric></form>`,
    );
    const el = form.querySelector('cr-rubric')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Select a level for First item and 1 more.');
    radios(el, 'first')[0]!.click();
    radios(el, 'second')[2]!.click();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    const data = new FormData(form);
    expect(data.get('rubric[first]')).to.equal('low');
    expect(data.get('rubric[second]')).to.equal('high');
    expect(JSON.parse(String(data.get('rubric'))).answers.second.level).to.equal('high');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('shows an error summary and item errors after reportValidity, and stays accessible', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric required .definition=${tinyGrid()}></cr-rubric>`);
    const invalid = oneEvent(el, 'invalid');
    expect(el.reportValidity()).to.equal(false);
    await invalid;
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('[part=error-summary]')!;
    expect(summary.textContent).to.contain('There is a problem');
    const group = el.shadowRoot!.querySelector('#item-first')!;
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!)!.textContent).to.equal('Select a level for First item');
    await expectAxeClean(el);
    summary.querySelector('a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(radios(el, 'first')[0]);
    radios(el, 'first')[0]!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#item-first')!.getAttribute('aria-invalid')).to.equal(null);
  });

  it('leaves its value out of a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset disabled><cr-rubric name="r" .definition=${tinyGrid()} .value=${{ rubricId: 'tiny', rubricVersion: '1.0.0', answers: { first: { level: 'low' } } }}></cr-rubric></fieldset></form>`,
    );
    await form.querySelector('cr-rubric')!.updateComplete;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('never changes in read-only mode', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric readonly .definition=${tinyGrid()}></cr-rubric>`);
    const changes = count(el, 'change');
    radios(el, 'first')[0]!.click();
    radios(el, 'first')[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(changes.n).to.equal(0);
    expect(el.shadowRoot!.querySelector('#item-first')!.getAttribute('aria-readonly')).to.equal('true');
    await expectAxeClean(el);
  });

  it('shows a broken definition as a readable error and fires cr-definition-error', async () => {
    const broken = tinyGrid() as unknown as { sections: { items: { descriptors: Record<string, unknown> }[] }[] };
    broken.sections[0]!.items[0]!.descriptors['high'] = 42;
    const el = document.createElement('cr-rubric');
    const event = oneEvent(el, 'cr-definition-error') as Promise<CrDefinitionErrorEvent>;
    el.definition = broken;
    document.body.append(el);
    const { issues } = await event;
    expect(issues.map((i) => `${i.path}: ${i.message}`)).to.include('sections[0].items[0].descriptors.high: expected text');
    expect(el.shadowRoot!.textContent).to.contain('sections[0].items[0].descriptors.high');
    el.remove();
  });

  it('renders rubric text as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const def = tinyGrid();
    def.title = payload;
    def.sections[0]!.items[0]!.title = payload;
    const el = await fixture<CrRubric>(html`<cr-rubric .definition=${def}></cr-rubric>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(payload);
    expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('uses no inline style attributes', async () => {
    const el = await tiny();
    radios(el, 'first')[0]!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
  });

  it('speaks Spanish with lang="es"', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric lang="es" required .definition=${tinyGrid()}></cr-rubric>`);
    expect(el.validationMessage).to.equal('Seleccione un nivel para First item y 1 más.');
  });

  it('reflows at 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<CrRubric>(html`<cr-team-assessment></cr-team-assessment>`);
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expectAxeClean(el);
  });

  it('reflows a 7-point, 20-criterion rubric at 320 px: every option in view without sideways scrolling (A-07)', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const layout of ['bipolar-scale', 'rating-scale'] as const) {
      const definition = {
        id: 'wide',
        version: '1.0.0',
        title: 'Seven points, twenty criteria',
        layout,
        scale: { levels: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: String(n), label: `Level ${n} of seven`, position: n })) },
        sections: [
          {
            id: 's',
            title: 'Criteria',
            items: Array.from({ length: 20 }, (_, i) => ({
              id: `c${i}`,
              title: `Criterion ${i + 1} with a title long enough to wrap at this width`,
              anchors: { low: 'The team rarely does this, and nobody has noticed yet', high: 'The team always does this, and says so' },
            })),
          },
        ],
      };
      const el = await fixture<CrRubric>(html`<cr-rubric .definition=${definition}></cr-rubric>`);
      await el.updateComplete;
      expect(el.rubric?.id, layout).to.equal('wide');
      expect(document.documentElement.scrollWidth, layout).to.be.at.most(320);
      expect(el.scrollWidth, layout).to.be.at.most(el.clientWidth);
      const options = [...el.shadowRoot!.querySelectorAll('label.option')];
      expect(options).to.have.length(140);
      for (const option of options) {
        const box = option.getBoundingClientRect();
        expect(box.left, layout).to.be.at.least(0);
        expect(box.right, layout).to.be.at.most(320);
        expect(Math.min(box.width, box.height), layout).to.be.at.least(24);
      }
    }
  });

  it('loads a definition from a same-origin src and refuses other schemes', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric src="/__definitions__/team-assessment"></cr-rubric>`);
    for (let i = 0; i < 50 && !el.rubric; i++) await aTimeout(20);
    expect(el.rubric?.id).to.equal('team-assessment');
    const bad = document.createElement('cr-rubric');
    const error = oneEvent(bad, 'cr-definition-error') as Promise<CrDefinitionErrorEvent>;
    bad.src = 'javascript:alert(1)';
    document.body.append(bad);
    expect((await error).issues[0]!.message).to.contain('only https:');
    bad.remove();
  });
});

describe('<cr-rubric> language', () => {
  it('follows changes of its lang attribute', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric required .definition=${tinyGrid()}></cr-rubric>`);
    expect(el.validationMessage).to.contain('Select a level');
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(el.validationMessage).to.contain('Seleccione un nivel');
  });
});

describe('<cr-rubric> form state restore', () => {
  it('restores the response the browser kept as form state, and ignores anything else', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric .definition=${tinyGrid()}></cr-rubric>`);
    const saved = { rubricId: 'tiny', rubricVersion: '1.0.0', answers: { first: { level: 'mid' } } };
    el.formStateRestoreCallback('{not json');
    await el.updateComplete;
    expect(el.value).to.equal(null);
    el.formStateRestoreCallback(JSON.stringify({ ...saved, rubricId: 'other' }));
    await el.updateComplete;
    expect(el.value).to.equal(null);
    el.formStateRestoreCallback(JSON.stringify(saved));
    await el.updateComplete;
    expect(el.value?.answers['first']?.level).to.equal('mid');
  });
});

describe('<cr-rubric> completion', () => {
  it('fires cr-complete once, when a user edit rates the last unrated item, never on programmatic sets', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric .definition=${tinyGrid()}></cr-rubric>`);
    const events: CrCompleteEvent[] = [];
    el.addEventListener('cr-complete', (e) => events.push(e));
    radios(el, 'first')[0]!.click();
    await el.updateComplete;
    expect(events.length).to.equal(0);
    radios(el, 'second')[1]!.click();
    await el.updateComplete;
    expect(events.length).to.equal(1);
    expect(events[0]!.response.answers['second']!.level).to.equal('mid');
    radios(el, 'second')[2]!.click();
    await el.updateComplete;
    expect(events.length, 'already complete').to.equal(1);
    el.value = null;
    await el.updateComplete;
    el.value = { rubricId: 'tiny', rubricVersion: '1.0.0', answers: { first: { level: 'low' }, second: { level: 'low' } } };
    await el.updateComplete;
    expect(events.length, 'programmatic').to.equal(1);
  });
});

describe('<cr-rubric> in every engine', () => {
  it('wraps at both ends of a group with every arrow key, also under dir=rtl (A-02)', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const host = await fixture<HTMLElement>(html`<div dir=${dir}><cr-rubric .definition=${tinyGrid()}></cr-rubric></div>`);
      const el = host.querySelector('cr-rubric')!;
      await el.updateComplete;
      const changes = count(el, 'change');
      const level = () => el.value?.answers['first']?.level;
      const [back, forth] = dir === 'rtl' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
      radios(el, 'first')[0]!.focus();
      await sendKeys({ press: 'Space' });
      for (const [key, expected] of [
        [back, 'high'],
        [forth, 'low'],
        ['ArrowUp', 'high'],
        ['ArrowDown', 'low'],
        [forth, 'mid'],
      ] as const) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(level(), `${dir}: ${key}`).to.equal(expected);
        expect(el.shadowRoot!.activeElement, `${dir}: ${key} moves focus`).to.equal(radios(el, 'first').find((r) => r.value === expected));
      }
      expect(changes.n, `${dir}: one change per key`).to.equal(6);
      host.remove();
    }
  });

  it('matches :state(complete) and :state(invalid) as its answers change', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric required .definition=${tinyGrid()}></cr-rubric>`);
    await el.updateComplete;
    expect(el.matches(':state(complete)'), 'empty').to.equal(false);
    expect(el.matches(':state(invalid)'), 'required and empty').to.equal(true);
    radios(el, 'first')[0]!.click();
    await el.updateComplete;
    expect(el.matches(':state(invalid)'), 'one item still missing').to.equal(true);
    radios(el, 'second')[1]!.click();
    await el.updateComplete;
    expect(el.matches(':state(complete)'), 'every item rated').to.equal(true);
    expect(el.matches(':state(invalid)'), 'nothing missing').to.equal(false);
    el.value = null;
    await el.updateComplete;
    expect(el.matches(':state(complete)'), 'cleared').to.equal(false);
  });
});
