// Issue 12, item 6 "The report at a glance", in a real browser: extra fields (Opportunity marks,
// evidence, response and partner fields) in the report, and answers that are not counted listed.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/components/report/cr-rubric-report.js';
import { emulatePrint, itExceptIn, PRINT_MEDIA, setViewport } from '../helpers/engine.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { aggregateResponses } from '../../src/scoring/index.js';
import { expectAxeClean } from '../helpers/axe.js';
import { coherence, continuumTeam, generateResponses, slt, teamAssessment, teamAssessmentTeam } from '../fixtures/team-data.js';

/** A team of 30 on the team assessment, from the seeded generator. */
const team30 = () => generateResponses(teamAssessment, 30, { seed: 30, cycle: '2026 spring', idPrefix: 'ta30', notes: true });

/** Whether two boxes share any area. */
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A card's width inside its padding. */
function innerWidth(card: HTMLElement): number {
  const cs = getComputedStyle(card);
  return card.clientWidth - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight);
}
import { coherenceWithOpportunity, fieldsGrid } from '../fixtures/field-data.js';

async function report(setup: {
  rubric?: string;
  definition?: Rubric;
  responses?: readonly RubricResponse[];
  lang?: string;
}): Promise<CrRubricReport> {
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
const countOf = (article: Element, label: string) =>
  [...article.querySelectorAll('[part~="field-counts"] li')].find((li) => text(li).startsWith(`${label}:`));

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
      {
        rubricId: 'fields',
        rubricVersion: '1.0.0',
        respondent: 'Ana',
        fields: { date: '2026-03-01', school: 'Lincoln', consent: true },
        answers: { first: { level: 'low', fields: { evidence: 'Agendas since May', priority: 'now', opportunity: true } } },
      },
      {
        rubricId: 'fields',
        rubricVersion: '1.0.0',
        respondent: 'Ben',
        fields: { school: 'Grant', consent: false },
        answers: { first: { level: 'high', fields: { priority: 'later' } }, second: { level: 'mid', fields: { evidence: 'Minutes' } } },
      },
    ];
    const el = await report({ definition: rubric, responses });
    const first = card(el, 'first');
    expect(text(countOf(first, 'Opportunity'))).to.equal('Opportunity: 1 of 2 members');
    expect(text(countOf(first, 'Priority'))).to.equal('Priority: 2 of 2 members (Now: 1, Later: 1)');
    const evidence = [...first.querySelectorAll('details[part~="notes"]')].find((d) =>
      text(d.querySelector('summary')).startsWith('Evidence'),
    )!;
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
    const written = responses.flatMap((r) =>
      (r.subjects ?? []).filter((s) => s.fields?.['strengthen']).map((s) => `${r.respondent}: ${s.fields!['strengthen']}`),
    );
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
    expect(
      list.compareDocumentPosition(el.shadowRoot!.querySelector('[part~="overview"]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      'before the results',
    ).to.be.greaterThan(0);
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

describe('<cr-rubric-report>: charts at a glance', () => {
  it('sizes every chart to its card: the width follows the container at 320 and 1200 px, text keeps its size', async () => {
    const widths: Record<number, number[]> = {};
    const fonts: string[] = [];
    for (const width of [320, 1200]) {
      const el = await report({ rubric: 'team-assessment', responses: team30() });
      el.style.width = `${width}px`;
      await nextFrame();
      const articles = all(el, 'article[part~="item"]');
      expect(articles.length).to.equal(9);
      widths[width] = articles.map((article) => {
        const svg = article.querySelector<SVGSVGElement>('figure svg')!;
        const box = svg.getBoundingClientRect();
        expect(box.width, `${article.id} at ${width}`).to.be.closeTo(innerWidth(article), 1.5);
        // The marks spread over the whole width: the last level's label sits near the right end.
        const ticks = [...svg.querySelectorAll<SVGTextElement>('text.tick')].map((t) => t.getBoundingClientRect());
        expect(ticks.at(-1)!.right, 'last label near the right edge').to.be.greaterThan(box.right - box.width / 7);
        expect(ticks[0]!.left, 'first label near the left edge').to.be.lessThan(box.left + box.width / 7);
        fonts.push(getComputedStyle(svg.querySelector('text.tick')!).fontSize);
        // Thirty dots never cover one another, even at 320 px: a level's dots stack in columns beside each other.
        const dots = [...svg.querySelectorAll('circle.mark')].map((c) => c.getBoundingClientRect());
        dots.forEach((a, i) =>
          dots.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${article.id}: two dots overlap at ${width}`).to.equal(false)),
        );
        expect(svg.querySelector('text.tick')!.getBoundingClientRect().height, 'text is not scaled up or down').to.be.within(8, 16);
        return box.width;
      });
      // The heat table fills its card too.
      const heat = el.shadowRoot!.querySelector<HTMLElement>('[part~="profile"] table[part~="heat-table"]')!;
      expect(heat.getBoundingClientRect().width).to.be.closeTo(
        innerWidth(el.shadowRoot!.querySelector<HTMLElement>('[part~="profile"]')!),
        1.5,
      );
      expect(el.scrollWidth, 'nothing sticks out of the element').to.be.at.most(el.clientWidth);
      expect(all(el, '[style]').length).to.equal(0);
    }
    expect(Math.min(...widths[1200]!), 'a wide card gets a wide chart').to.be.greaterThan(1000);
    expect(Math.max(...widths[320]!)).to.be.lessThan(300);
    expect(new Set(fonts).size, 'one font size at both widths').to.equal(1);
  });

  it('the continuum chart fills its card when wide and scrolls inside its region when narrow', async () => {
    for (const width of [320, 1200]) {
      const el = await report({ rubric: 'relationship-continuum', responses: continuumTeam() });
      el.style.width = `${width}px`;
      await nextFrame();
      const region = el.shadowRoot!.querySelector<HTMLElement>('[part~="continuum"] figure .scroll')!;
      const svg = region.querySelector('svg')!.getBoundingClientRect();
      if (width === 1200) expect(svg.width).to.be.closeTo(region.clientWidth, 1.5);
      else expect(svg.width, 'keeps a legible minimum').to.be.at.least(470);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    }
  });

  for (const [name, rubric, chart, rows] of [
    ['team assessment', teamAssessment, 'profile', 'items'],
    ['SLT indicators', slt, 'heat-map', 'sections'],
  ] as const) {
    it(`a heat table instead of crossing lines: ${name}, a generated team of 30, counts as text in a real table`, async () => {
      const responses = generateResponses(rubric, 30, { seed: 7, idPrefix: 'heat' });
      const aggregate = aggregateResponses(rubric, responses);
      const el = await report({ rubric: rubric.id, responses });
      expect(all(el, 'polyline').length, 'no line per member').to.equal(0);
      const table = el.shadowRoot!.querySelector<HTMLTableElement>(`[part~="${chart}"] table[part~="heat-table"]`)!;
      expect(text(table.querySelector('caption')), 'a caption says how to read it').to.not.equal('');
      const levels = rubric.scale.levels!;
      expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => text(th)).slice(1, levels.length + 1)).to.deep.equal(
        levels.map((l) => (l.shortLabel ?? l.label) as string),
      );
      // A short head is named by the level's full label ("I" is "Initiating" to a screen reader).
      const heads = [...table.querySelectorAll('thead th.level')];
      expect(heads.map((th) => th.getAttribute('aria-label') ?? text(th))).to.deep.equal(levels.map((l) => l.label as string));
      const expected = rows === 'items' ? aggregate.items : aggregate.sections;
      const trs = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
      expect(trs.length).to.equal(expected.length);
      trs.forEach((tr, i) => {
        expect(tr.querySelector('th')!.getAttribute('scope')).to.equal('row');
        const cells = [...tr.querySelectorAll<HTMLElement>('td.heat')];
        const want = levels.map((l) => expected[i]!.counts[l.id] ?? 0);
        // The count is text in the cell, read with its row and column heads.
        expect(cells.map((c) => Number(c.querySelector('.count')!.textContent))).to.deep.equal(want);
        expect(cells.map((c) => text(c).replace('◆', '').trim())).to.deep.equal(want.map(String));
        // Darker for more: the shade step never falls as the count grows.
        const steps = cells.map((c) => Number(/\bh(\d)\b/.exec(c.className)![1]));
        want.forEach((n, a) => want.forEach((m, b) => n > m && expect(steps[a]!).to.be.at.least(steps[b]!)));
      });
      const sum = trs.reduce(
        (n, tr) => n + [...tr.querySelectorAll<HTMLElement>('td.heat .count')].reduce((k, c) => k + Number(c.textContent), 0),
        0,
      );
      expect(sum, 'every counted rating is in a cell').to.equal(expected.reduce((n, d) => n + d.answered, 0));
      if (rows === 'items') {
        trs.forEach((tr, i) => {
          const median = (expected[i] as (typeof aggregate.items)[number]).median;
          const marks = tr.querySelectorAll('.median-mark');
          expect(marks.length, 'one diamond for the median').to.equal(median === null ? 0 : 1);
          if (median === null) return;
          // In its level's cell, or on the line after the level below it.
          const cell = [...tr.querySelectorAll('td.heat')].indexOf(marks[0]!.closest('td')!);
          const below = levels.filter((l) => (l.position ?? 0) <= median).length - 1;
          expect(cell).to.equal(below);
          expect(marks[0]!.classList.contains('after')).to.equal(!Number.isInteger(median));
          const label = levels[below]!.label as string;
          expect(text(tr.querySelector('td.median')), 'the median as text too').to.match(
            Number.isInteger(median) ? new RegExp(`${label}$`) : new RegExp(`${String(median).replace('.', '\\.')}, between ${label} and`),
          );
        });
      }
      await expectAxeClean(el);
    });
  }

  for (const size of [12, 30, 120]) {
    it(`draws each item's median beside its ${size > 30 ? 'bars' : 'dots'}, never through them (${size} members)`, async () => {
      const responses = generateResponses(teamAssessment, size, { seed: size });
      const aggregate = aggregateResponses(teamAssessment, responses);
      const el = await report({ rubric: 'team-assessment', responses });
      for (const d of aggregate.items) {
        const svg = el.shadowRoot!.getElementById(`item-${d.itemId}`)!.querySelector<SVGSVGElement>('figure svg')!;
        const group = svg.querySelector<SVGGElement>('g.median-group')!;
        const median = [group.querySelector('path.median-mark')!, group.querySelector('text.median-label')!].map((m) =>
          m.getBoundingClientRect(),
        );
        expect(text(group.querySelector('text.median-label'))).to.equal(`Median: ${Number(d.median).toLocaleString('en')}`);
        const marks = [...svg.querySelectorAll('circle.mark, rect.bar, text.count')].map((m) => m.getBoundingClientRect());
        expect(marks.length).to.be.greaterThan(0);
        for (const m of median)
          for (const mark of marks) expect(overlaps(m, mark), `${d.itemId}: the median keeps clear of the marks`).to.equal(false);
        // It points at its place on the axis: under the level's label when it is a level.
        const axis = svg.querySelector('line.axis')!.getBoundingClientRect();
        expect(median[0]!.top, 'just under the axis').to.be.within(axis.bottom - 0.5, axis.bottom + 8);
        if (Number.isInteger(d.median)) {
          const level = teamAssessment.scale.levels!.findIndex((l) => l.position === d.median);
          const tick = svg.querySelectorAll('text.tick')[level]!.getBoundingClientRect();
          expect((median[0]!.left + median[0]!.right) / 2).to.be.closeTo((tick.left + tick.right) / 2, 1);
        }
      }
    });
  }

  it('a team of 30 at 320 px: no sideways scrolling, every table open, axe clean', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await report({ rubric: 'team-assessment', responses: team30() });
      for (const details of all(el, 'details')) (details as HTMLDetailsElement).open = true;
      await el.updateComplete;
      await nextFrame();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      // The heat table puts each row's label on its own line, so its cells fit the card.
      const region = el.shadowRoot!.querySelector<HTMLElement>('[part~="profile"] .scroll')!;
      expect(region.scrollWidth, 'the heat table needs no scrolling').to.be.at.most(region.clientWidth);
      await expectAxeClean(el);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  itExceptIn(PRINT_MEDIA, 'prints: no file controls, the data tables open, charts as wide as the page, the heat shades kept', async () => {
    const el = await report({ rubric: 'team-assessment', responses: team30() });
    await emulatePrint(true);
    try {
      await nextFrame();
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="files"]')!).display).to.equal('none');
      const table = el.shadowRoot!.querySelector<HTMLElement>('[part~="profile"] table[part~="data-table"]')!;
      expect(table.getBoundingClientRect().height, 'the profile data table is printed').to.be.greaterThan(0);
      const cell = el.shadowRoot!.querySelector<HTMLElement>('table.heat td.h4')!;
      expect(getComputedStyle(cell).printColorAdjust).to.equal('exact');
      const article = el.shadowRoot!.querySelector<HTMLElement>('article[part~="item"]')!;
      expect(article.querySelector('figure svg')!.getBoundingClientRect().width).to.be.closeTo(innerWidth(article), 1.5);
    } finally {
      await emulatePrint(false);
    }
  });
});
