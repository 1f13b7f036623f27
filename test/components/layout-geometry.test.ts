/**
 * Layouts that never break (issue 12, item 1): every built-in at element widths of 280, 375, 768
 * and 1280 px, at 100 % and 200 % root font size. The element is sized, not the window (WebKit's
 * window cannot go below 447 px: docs/engines.md), so these run in every engine.
 *
 * For every item with level choices, its options are either on one line (all share a top) or a
 * vertical list (all share a left), never 5 + 2; nothing scrolls sideways, in the element or the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { BUILT_INS, builtInIds } from '../../src/rubrics/builtins.js';
import { expectAxeClean } from '../helpers/axe.js';
import { sendKeys, setViewport } from '../helpers/engine.js';

const WIDTHS = [280, 375, 768, 1280] as const;
const FONTS = [100, 200] as const;

/** A built-in, by its own element or `<cr-rubric rubric>`, in a box `width` px wide. */
async function mount(id: string, width: number, density = ''): Promise<CrRubric> {
  const tag = (BUILT_INS[id as keyof typeof BUILT_INS] as { tag?: string }).tag ?? 'cr-rubric';
  const box = await fixture<HTMLElement>(html`<div></div>`);
  box.style.width = `${width}px`;
  const el = document.createElement(tag) as CrRubric;
  if (tag === 'cr-rubric') el.setAttribute('rubric', id);
  if (density) el.setAttribute('density', density);
  box.append(el);
  await el.updateComplete;
  // Rubrics of rated subjects show their items once a subject is added.
  const add = el.shadowRoot!.querySelector<HTMLButtonElement>('button.chip, .add > button');
  if (add) {
    const name = el.shadowRoot!.querySelector<HTMLInputElement>('#new-subject');
    if (name && !add.classList.contains('chip')) name.value = 'Parent-teacher association';
    add.click();
    await el.updateComplete;
  }
  // Choose the second level of the first item: a chosen option (thicker border) must fit too.
  el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]?.click();
  await el.updateComplete;
  return el;
}

/** The options of each item that chooses a level, with its title (for messages). */
function itemsOf(el: CrRubric): { title: string; options: DOMRect[]; box: HTMLElement }[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=item][role=radiogroup]')].map((item) => ({
    title: item.querySelector('[part~=item-title]')?.textContent?.trim() ?? item.id,
    options: [...item.querySelectorAll('[part~=level]')].map((o) => o.getBoundingClientRect()),
    box: item.querySelector<HTMLElement>('[part=options]')!,
  }));
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1;

/** 'row' when every option shares the first one's top, 'list' when every one shares its left. */
function arrangement(options: readonly DOMRect[]): 'row' | 'list' | 'broken' {
  const [first] = options;
  if (!first) return 'row';
  if (options.every((o) => near(o.top, first.top))) return 'row';
  if (options.every((o) => near(o.left, first.left) && near(o.width, first.width))) return 'list';
  return 'broken';
}

/** Describes how options are laid out, for a failure message: the tops and lefts, rounded. */
const where = (options: readonly DOMRect[]) => options.map((o) => `(${Math.round(o.left)},${Math.round(o.top)})`).join(' ');

describe('layout geometry: every built-in at 280-1280 px and 200 % text', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
  });

  for (const id of builtInIds) {
    describe(id, () => {
      for (const font of FONTS) {
        for (const width of WIDTHS) {
          it(`${width} px at ${font} % text: each scale on one line or one list, nothing scrolls sideways`, async () => {
            await setViewport({ width: Math.max(800, width + 40), height: 900 });
            if (font !== 100) document.documentElement.style.fontSize = `${font}%`;
            const el = await mount(id, width);
            expect(el.rubric, 'definition shown').to.not.equal(undefined);
            const host = el.getBoundingClientRect();
            expect(Math.round(host.width), 'element width').to.equal(width);
            for (const { title, options, box } of itemsOf(el)) {
              expect(arrangement(options), `${title}: ${where(options)}`).to.not.equal('broken');
              for (const o of options) expect(o.right, `${title}: an option past the element's edge`).to.be.at.most(host.right + 0.5);
              expect(box.scrollWidth, `${title}: its options scroll sideways`).to.be.at.most(box.clientWidth);
            }
            expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(el.clientWidth);
            expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
          });
        }
      }
    });
  }
});

/** Whether `el` shows its grid rubric as the table: the level heads are shown and each title sits left of its cells. */
function form(el: CrRubric): 'table' | 'cards' {
  const root = el.shadowRoot!;
  const heads = [...root.querySelectorAll<HTMLElement>('[part=columns]')];
  const shown = heads.filter((h) => getComputedStyle(h).display !== 'none').length;
  const beside = [...root.querySelectorAll<HTMLElement>('[part~=item][role=radiogroup]')].map((item) => {
    const title = item.querySelector('[part~=item-title]')!.getBoundingClientRect();
    const first = item.querySelector('[part~=level]')!.getBoundingClientRect();
    return title.right <= first.left && first.top < title.bottom;
  });
  expect(heads.length, 'a head row per section').to.equal(root.querySelectorAll('[part=section]').length);
  if (shown === heads.length && beside.every(Boolean)) return 'table';
  expect(shown, 'no head row over cards').to.equal(0);
  expect(beside.some(Boolean), 'no title beside its levels in the cards').to.equal(false);
  return 'cards';
}

describe('table form of the grid rubrics and the density attribute', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  const GRIDS = ['coherence-progression', 'slt-indicators', 'team-assessment', 'norms-inventory', 'strengthening-partnerships'];

  for (const id of GRIDS) {
    it(`${id}: the table at 1280 px, the cards at 375 px, the cards at every width with density="comfortable"`, async () => {
      await setViewport({ width: 1320, height: 900 });
      expect(form(await mount(id, 1280))).to.equal('table');
      expect(form(await mount(id, 375))).to.equal('cards');
      expect(form(await mount(id, 1280, 'comfortable'))).to.equal('cards');
    });
  }

  it('density="compact" shows the table at widths where "auto" still shows the cards (team assessment at 768 px)', async () => {
    await setViewport({ width: 1000, height: 900 });
    expect(form(await mount('team-assessment', 768))).to.equal('cards');
    const compact = await mount('team-assessment', 768, 'compact');
    expect(form(compact)).to.equal('table');
    expect(form(await mount('team-assessment', 320, 'compact')), 'below what fits, the cards even when compact').to.equal('cards');
  });

  it('the density property reflects to the attribute and switches the form; an unknown value is auto', async () => {
    await setViewport({ width: 1320, height: 900 });
    const el = await mount('team-assessment', 1280);
    expect(el.density).to.equal('auto');
    el.density = 'comfortable';
    await el.updateComplete;
    expect(el.getAttribute('density')).to.equal('comfortable');
    expect(form(el)).to.equal('cards');
    el.setAttribute('density', 'roomy');
    await el.updateComplete;
    expect(form(el)).to.equal('table');
  });

  it('the table keeps one radio group per item: same names, arrow keys within the row, axe clean', async () => {
    await setViewport({ width: 1320, height: 900 });
    const el = await mount('team-assessment', 1280);
    expect(form(el)).to.equal('table');
    const groups = el.shadowRoot!.querySelectorAll('[role=radiogroup]');
    expect(groups.length).to.equal(9);
    const [second] = [...groups].slice(1);
    const radios = [...second!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.getAttribute('aria-label'))).to.deep.equal(['1', '2', '3', '4', '5', '6', '7']);
    // The heads repeat what each radio says, so assistive technology does not hear them twice.
    expect(el.shadowRoot!.querySelector('[part=columns]')!.getAttribute('aria-hidden')).to.equal('true');
    radios[2]!.click();
    radios[2]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(radios[3]!.checked).to.equal(true);
    expect(el.value!.answers[second!.id.replace(/^item-/, '')]?.level).to.equal('4');
    await expectAxeClean(el);
  });
});
