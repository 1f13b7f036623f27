/**
 * Every built-in shown by id (`<cr-rubric rubric="…">`) rather than by an element of its own: used
 * by a person in every state with axe's WCAG 2.2 rules, scored by its kind, and read by the team
 * report. The instruments' wording is tested in test/rubrics/builtin-instruments.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { BUILT_INS, builtInIds, loadBuiltIn } from '../../src/rubrics/builtins.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import { aggregateResponses, scoreResponse } from '../../src/scoring/index.js';
import { expectAxeClean } from '../helpers/axe.js';
import { emulateForcedColors, FORCED_COLORS, itExceptIn, setViewport } from '../helpers/engine.js';
import { FILLED, teamFor } from '../fixtures/instrument-data.js';

/** The built-ins without an element of their own: every instrument added after the first four. */
const IDS = builtInIds.filter((id) => !(BUILT_INS[id] as { tag?: string }).tag);

async function definition(id: string): Promise<Rubric> {
  const loaded = await loadBuiltIn(id);
  if (!loaded.success) expect.fail(`${id} does not load`);
  return loaded.data;
}

async function mount(id: string, attrs = ''): Promise<CrRubric> {
  const wrapper = await fixture<HTMLElement>(`<div><cr-rubric rubric="${id}" ${attrs}></cr-rubric></div>`);
  const el = wrapper.firstElementChild as CrRubric;
  for (let i = 0; i < 50 && !el.rubric; i++) await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
  expect(el.rubric?.id, `${id} loads`).to.equal(id);
  return el;
}

/** Answers two items as a person would: adds a row first where rows are added, then picks, ticks or types. */
async function answerSome(el: CrRubric): Promise<void> {
  const root = el.shadowRoot!;
  const add = root.querySelector<HTMLButtonElement>('button[data-kind=add-subject]');
  if (add) {
    const name = root.querySelector<HTMLInputElement>('.add input');
    if (name) {
      name.value = 'Standing meeting';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    }
    add.click();
    await el.updateComplete;
  }
  for (const group of [...root.querySelectorAll('fieldset[role=radiogroup]')].slice(0, 2)) {
    group.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
  }
  for (const box of [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].slice(0, 2)) box.click();
  for (const area of [...root.querySelectorAll<HTMLTextAreaElement>('textarea')].slice(0, 2)) {
    area.value = 'Twice a month, with norms read at the start.';
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

describe('built-in instruments shown by id', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateForcedColors('none');
  });

  it('are all in the registry', () => {
    expect(IDS).to.have.length.of.at.least(18);
    for (const id of IDS) expect(FILLED, `${id} has a filled answer for these tests and the stories`).to.have.property(id);
  });

  it('says why a rebuilt introduction shows words in brackets', async () => {
    const el = await mount('collaboration-skills');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~=header]')?.textContent).to.contain('take inventory o[…]');
    const notice = root.querySelector('[part~=provenance]');
    expect(notice?.textContent).to.contain('The end of the purpose statement is lost');
    expect(notice?.textContent).to.contain('Collaboration Skills Checklist');
  });

  for (const id of IDS) {
    describe(id, () => {
      it('is accessible empty, answered by a person, invalid, filled and read-only', async () => {
        const el = await mount(id, 'required name="r"');
        await expectAxeClean(el);
        await answerSome(el);
        expect(el.value, 'a person can answer it').to.not.equal(null);
        await expectAxeClean(el);
        el.value = null;
        await el.updateComplete;
        expect(el.reportValidity(), 'an empty required response is refused').to.equal(false);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~=error-summary]')).to.not.equal(null);
        await expectAxeClean(el);
        el.value = FILLED[id]!;
        await el.updateComplete;
        await expectAxeClean(el);
        el.readonly = true;
        await el.updateComplete;
        await expectAxeClean(el);
      });

      it('is accessible in the dark and high-contrast themes', async () => {
        const el = await mount(id, 'theme="dark"');
        el.value = FILLED[id]!;
        await el.updateComplete;
        await expectAxeClean(el);
        el.theme = 'high-contrast';
        await el.updateComplete;
        await expectAxeClean(el);
      });

      itExceptIn(FORCED_COLORS, 'is accessible in forced colours', async () => {
        const el = await mount(id);
        el.value = FILLED[id]!;
        await emulateForcedColors('active');
        await el.updateComplete;
        await expectAxeClean(el);
      });

      it('reflows at 320 px: nothing scrolls sideways', async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await mount(id);
        el.value = FILLED[id]!;
        await el.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expectAxeClean(el);
      });

      it('scores the filled answer by its kind', async () => {
        const rubric = await definition(id);
        const score = scoreResponse(rubric, FILLED[id]!);
        const kind = rubric.scale.kind ?? 'ordered';
        expect(score.scaleKind).to.equal(kind);
        expect(score.overall.answered, 'something is answered').to.be.greaterThan(0);
        if (kind === 'nominal' || kind === 'checklist' || kind === 'prompt') {
          // Nothing without an order is averaged.
          expect(score.overall.mean).to.equal(null);
        } else {
          expect(score.overall.mean).to.be.a('number');
        }
        const el = await mount(id);
        el.value = FILLED[id]!;
        await el.updateComplete;
        expect(el.score?.overall.answered).to.equal(score.overall.answered);
      });

      it("reads a team's answers in the report, accessibly", async () => {
        const rubric = await definition(id);
        const team = teamFor(id);
        const summary = aggregateResponses(rubric, team);
        expect(summary.responses).to.equal(team.length);
        const report = await fixture<CrRubricReport>(html`<cr-rubric-report rubric=${id} .responses=${team}></cr-rubric-report>`);
        for (let i = 0; i < 50 && !report.rubricDefinition; i++) await new Promise((r) => setTimeout(r, 10));
        await report.updateComplete;
        expect(report.rubricDefinition?.id).to.equal(id);
        expect(report.shadowRoot!.textContent).to.contain(String(team.length));
        await expectAxeClean(report);
      });
    });
  }
});
