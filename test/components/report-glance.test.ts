// Issue 12, item 6 "The report at a glance", in a real browser: extra fields (Opportunity marks,
// evidence, response and partner fields) in the report, and answers that are not counted listed.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/report/cr-rubric-report.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { aggregateResponses } from '../../src/scoring/index.js';
import { expectAxeClean } from '../helpers/axe.js';
import { coherence, continuumTeam, teamAssessment, teamAssessmentTeam } from '../fixtures/team-data.js';
import { coherenceWithOpportunity, fieldsGrid } from '../fixtures/field-data.js';

async function report(setup: { rubric?: string; definition?: Rubric; responses?: readonly RubricResponse[]; lang?: string }): Promise<CrRubricReport> {
  const el = await fixture<CrRubricReport>(html`<cr-rubric-report rubric=${setup.rubric ?? ''} lang=${setup.lang ?? 'en'}
    .definition=${setup.definition} .responses=${setup.responses ?? []}></cr-rubric-report>`);
  await el.updateComplete;
  return el;
}
const all = (el: CrRubricReport, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** An item's card: the article the "to discuss" list links to. */
const card = (el: CrRubricReport, itemId: string) => el.shadowRoot!.getElementById(`item-${itemId}`)!;
/** The line of a card's field counts that starts with the field's label. */
const countOf = (article: Element, label: string) => [...article.querySelectorAll('[part~="field-counts"] li')].find((li) => text(li).startsWith(`${label}:`));

describe('<cr-rubric-report>: every extra field a definition has', () => {
  it('shows the Coherence Opportunity marks per item ("Opportunity: 7 of 12 members") and in the CSV', async () => {
    const responses = coherenceWithOpportunity();
    const el = await report({ rubric: 'coherence-progression', responses });
    const first = coherence.sections[0]!.items[0]!.id;
    expect(text(countOf(card(el, first), 'Opportunity'))).to.equal('Opportunity: 7 of 12 members');
    const second = coherence.sections[0]!.items[1]!.id;
    expect(text(countOf(card(el, second), 'Opportunity'))).to.equal('Opportunity: 0 of 12 members');
    const csv = el.exportCsv();
    expect(csv.split('\r\n')[0]).to.contain('item field: opportunity');
    await expectAxeClean(el);
  });

  it('shows evidence texts, select choices and response fields; in Spanish too', async () => {
    const rubric = fieldsGrid();
    const responses: RubricResponse[] = [
      { rubricId: 'fields', rubricVersion: '1.0.0', respondent: 'Ana', fields: { date: '2026-03-01', school: 'Lincoln', consent: true },
        answers: { first: { level: 'low', fields: { evidence: 'Agendas since May', priority: 'now', opportunity: true } } } },
      { rubricId: 'fields', rubricVersion: '1.0.0', respondent: 'Ben', fields: { school: 'Grant', consent: false },
        answers: { first: { level: 'high', fields: { priority: 'later' } }, second: { level: 'mid', fields: { evidence: 'Minutes' } } } },
    ];
    const el = await report({ definition: rubric, responses });
    const first = card(el, 'first');
    expect(text(countOf(first, 'Opportunity'))).to.equal('Opportunity: 1 of 2 members');
    expect(text(countOf(first, 'Priority'))).to.equal('Priority: 2 of 2 members (Now: 1, Later: 1)');
    const evidence = [...first.querySelectorAll('details[part~="notes"]')].find((d) => text(d.querySelector('summary')).startsWith('Evidence'))!;
    expect(text(evidence.querySelector('summary'))).to.equal('Evidence (1)');
    expect(text(evidence.querySelector('li'))).to.equal('Ana: Agendas since May');
    const rows = all(el, '[part~="respondents"] table tbody tr').map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows).to.deep.equal([
      ['Ana', '2026-03-01', 'Lincoln', 'Yes'],
      ['Ben', '', 'Grant', 'No'],
    ]);
    await expectAxeClean(el);
    const es = await report({ definition: rubric, responses, lang: 'es' });
    expect(text(countOf(card(es, 'first'), 'Opportunity'))).to.equal('Opportunity: 1 de 2 miembros');
    expect(all(es, '[part~="respondents"] table tbody td').map((td) => text(td))).to.include('Sí');
  });

  it('lists what members wrote in a partner’s fields ("How to strengthen") under each partner', async () => {
    const responses = continuumTeam();
    const el = await report({ rubric: 'relationship-continuum', responses });
    const written = responses.flatMap((r) => (r.subjects ?? []).filter((s) => s.fields?.['strengthen']).map((s) => `${r.respondent}: ${s.fields!['strengthen']}`));
    const shown = all(el, '[part~="subject-texts"] details li').map((li) => text(li));
    expect(shown.sort()).to.deep.equal(written.sort());
    expect(text(el.shadowRoot!.querySelector('[part~="subject-texts"] summary'))).to.match(/ · How to Strengthen \(\d+\)$/);
    await expectAxeClean(el);
  });
});

describe('<cr-rubric-report>: answers that are not counted', () => {
  const team = teamAssessmentTeam();
  const odd: RubricResponse[] = [{ ...team[0]!, answers: { ...team[0]!.answers, leadership: { level: '9' } } }, ...team.slice(1)];

  it('lists a level that is not on the scale by response, item and level, and counts it nowhere', async () => {
    const el = await report({ rubric: 'team-assessment', responses: odd });
    const list = el.shadowRoot!.querySelector('[part~="not-counted"]')!;
    expect(text(list.querySelector('h3'))).to.equal('Not counted: 1 answer');
    const leadership = teamAssessment.sections[0]!.items.find((i) => i.id === 'leadership')!;
    const title = `${leadership.code}. ${leadership.title as string}`;
    const item = list.querySelector<HTMLElement>('li')!;
    expect(text(item)).to.equal(`${team[0]!.respondent}, ${team[0]!.id}: ${title}: level “9” is not on the scale`);
    // Not counted: the item's figures are those of the eleven others.
    const expected = aggregateResponses(teamAssessment, team.slice(1)).items.find((i) => i.itemId === 'leadership')!;
    const article = card(el, 'leadership');
    expect(article.querySelectorAll('circle.mark').length).to.equal(expected.n);
    expect(text(article.querySelector('tfoot td'))).to.equal(String(expected.n));
    expect(list.compareDocumentPosition(el.shadowRoot!.querySelector('[part~="overview"]')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the results').to.be.greaterThan(0);
    await expectAxeClean(el);
    const clean = await report({ rubric: 'team-assessment', responses: team });
    expect(clean.shadowRoot!.querySelector('[part~="not-counted"]')).to.equal(null);
  });

  it('an imported file with an out-of-scale level: loaded, the answer listed with the file’s name, not counted', async () => {
    const el = await report({ rubric: 'team-assessment', responses: team.slice(1) });
    const file = new File([JSON.stringify(odd[0])], 'ana.json', { type: 'application/json' });
    const result = await el.addFiles([file]);
    await el.updateComplete;
    expect(result!.loaded.length).to.equal(1);
    expect(result!.notCounted).to.deep.equal([{ source: 'ana.json', itemId: 'leadership', levelId: '9', reason: 'level-not-on-scale' }]);
    const status = el.shadowRoot!.querySelector('[part~="import-report"]')!;
    expect(text(status)).to.contain('Not counted: 1 answer').and.contain('ana.json: ').and.contain('level “9” is not on the scale');
    expect(all(el, '[part~="not-counted"] li').length).to.equal(1);
    expect(card(el, 'leadership').querySelectorAll('circle.mark').length).to.equal(
      aggregateResponses(teamAssessment, team.slice(1)).items.find((i) => i.itemId === 'leadership')!.n,
    );
  });
});
