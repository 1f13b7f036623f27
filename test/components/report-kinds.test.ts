import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/report/cr-rubric-report.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import type { Answer, RubricResponse } from '../../src/rubrics/schema.js';
import { expectAxeClean } from '../helpers/axe.js';
import {
  assessingOurWork,
  collaborativeAttributes,
  decisionContinuum,
  opportunityChecklist,
  resultsAnalysis,
} from '../fixtures/instruments.js';

const response = (def: { id: string }, respondent: string, answers: Record<string, Answer>): RubricResponse => ({
  rubricId: def.id,
  rubricVersion: '1.0.0',
  respondent,
  answers,
});
const report = async (definition: object, responses: RubricResponse[], attrs: Partial<CrRubricReport> = {}) => {
  const el = await fixture<CrRubricReport>(html`<cr-rubric-report .definition=${definition} .responses=${responses}></cr-rubric-report>`);
  Object.assign(el, attrs);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
};
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the report, per scale kind', () => {
  it('tallies a checklist, most ticked first, with no median or mean', async () => {
    const { el, root } = await report(opportunityChecklist, [
      response(opportunityChecklist, 'Ana', { meals: { checked: true }, languages: { checked: true } }),
      response(opportunityChecklist, 'Ben', { meals: { checked: true } }),
    ]);
    const tally = [...root.querySelectorAll('[part=tally] li')].map(text);
    expect(tally[0]).to.equal('Healthy meals: Ticked by 2 of 2 · Everyone ticked it');
    expect(tally[1]).to.equal('Materials available in the languages the school serves: Ticked by 1 of 2');
    const item = root.querySelector('#item-meals')!;
    expect(text(item.querySelector('[part=figures]'))).to.equal('Ticked by 2 of 2 · Everyone ticked it');
    expect(text(root.querySelector('#item-meals'))).to.not.contain('Median');
    expect(root.querySelector('#item-meals [part=agreed]'), 'no agreed level for a tick').to.equal(null);
    await expectAxeClean(el);
  });

  it('reads an "all partners agree" list as agreement', async () => {
    const { root } = await report(collaborativeAttributes, [
      response(collaborativeAttributes, 'Ana', { awareness: { checked: true } }),
      response(collaborativeAttributes, 'Ben', { awareness: { checked: true }, authenticity: { checked: true } }),
    ]);
    expect(text(root.querySelector('#item-awareness [part=figures]'))).to.equal('Ticked by 2 of 2 · Everyone agrees');
    expect(text(root.querySelector('#item-authenticity [part=figures]'))).to.equal('Ticked by 1 of 2');
  });

  it('lists every written answer to a prompt, with who wrote it, as text', async () => {
    const { el, root } = await report(assessingOurWork, [
      response(assessingOurWork, 'Ana', { selection: { text: 'By election <b>each</b> spring' } }),
      response(assessingOurWork, 'Ben', { selection: { text: '  ' } }),
    ]);
    const item = root.querySelector('#item-selection')!;
    expect(text(item.querySelector('[part=figures]'))).to.equal('Answered by 1 of 2');
    expect([...item.querySelectorAll('[part=written] li')].map(text)).to.deep.equal(['Ana: By election <b>each</b> spring']);
    expect(item.querySelector('b')).to.equal(null);
    await expectAxeClean(el);
  });

  it('counts nominal choices and claims no median, mean or range', async () => {
    const { el, root } = await report(
      resultsAnalysis,
      ['adopt', 'adapt', 'adapt'].map((level, i) => response(resultsAnalysis, `P${i}`, { proceed: { level } })),
    );
    const rows = [...root.querySelectorAll('#item-proceed table.choices tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows).to.deep.equal([
      ['Adopt', '1'],
      ['Adapt', '2'],
      ['Abandon', '0'],
    ]);
    expect(text(root.querySelector('#item-proceed')))
      .to.not.contain('Median')
      .and.not.contain('Mean');
    await expectAxeClean(el);
  });

  it('measures an ideal point from the target the team sets, and calls no point better without one', async () => {
    const decided = (name: string, level: string): RubricResponse => ({
      rubricId: decisionContinuum.id,
      rubricVersion: '1.0.0',
      respondent: name,
      answers: {},
      subjects: [{ id: 's1', name: 'Master schedule', answers: { where: { level } } }],
    });
    const team = [decided('Ana', '2'), decided('Ben', '6')];
    const { el, root } = await report(decisionContinuum, team);
    expect(text(root.querySelector('#item-where .ideal'))).to.contain('No target set');
    el.ideal = '4';
    await el.updateComplete;
    expect(text(root.querySelector('#item-where .ideal'))).to.equal('Mean distance from the target (4. Joint Decision): 2 steps');
    await expectAxeClean(el);
  });
});
