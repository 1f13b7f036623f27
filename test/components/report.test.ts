import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/engine.js';
import '../../src/components/report/cr-rubric-report.js';
import type { CrImportEvent } from '../../src/events/events.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import type { CrDefinitionErrorEvent } from '../../src/events/events.js';
import { parseCsv } from '../../src/rubrics/csv.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { aggregateResponses, compareCycles, type Change, type Distribution } from '../../src/scoring/index.js';
import { wrapLabel } from '../../src/components/report/charts.js';
import { expectAxeClean } from '../helpers/axe.js';
import { captureDownloads } from '../helpers/downloads.js';
import { tinyGrid } from '../fixtures/definitions.js';
import {
  coherence,
  coherenceCycles,
  continuum,
  continuumTeam,
  generateResponses,
  slt,
  sltTeam,
  teamAssessment,
  teamAssessmentTeam,
} from '../fixtures/team-data.js';

async function report(
  setup: Partial<Pick<CrRubricReport, 'definition' | 'responses' | 'previous' | 'value'>> & { rubric?: string; lang?: string },
): Promise<CrRubricReport> {
  const el = await fixture<CrRubricReport>(html`<cr-rubric-report
    rubric=${setup.rubric ?? ''} lang=${setup.lang ?? 'en'} .definition=${setup.definition}
    .responses=${setup.responses ?? []} .previous=${setup.previous ?? null} .value=${setup.value ?? null}></cr-rubric-report>`);
  await el.updateComplete;
  return el;
}

const root = (el: CrRubricReport) => el.shadowRoot!;
const all = (el: CrRubricReport, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
/** The text of a cell or line, without what is not displayed (the stacked layout's cell labels). */
const text = (node: Node): string => {
  const shown = (n: Node): string =>
    n instanceof Element
      ? getComputedStyle(n).display === 'none'
        ? ''
        : [...n.childNodes].map(shown).join('')
      : n instanceof Text
        ? n.data
        : '';
  return shown(node).replace(/\s+/g, ' ').trim();
};
/** A table's rows (`tbody` or `tfoot`) as the texts of their cells, the row header first. */
const rowsOf = (table: Element | null | undefined, rows = 'tbody tr') =>
  [...table!.querySelectorAll<HTMLTableRowElement>(rows)].map((tr) => [...tr.cells].map(text));
/** The table captioned `caption` (each chart's data table, the comparison). */
const captioned = (el: CrRubricReport, caption: string) =>
  all(el, 'table').find((t) => t.querySelector('caption')?.textContent?.trim() === caption);
/** An item's card: the article the "to discuss" list links to. */
const card = (el: CrRubricReport, itemId: string) => root(el).getElementById(`item-${itemId}`)!;
/** The item ids of the cards, in order, that carry a "Discuss" mark. */
const discussed = (el: CrRubricReport) =>
  all(el, 'article[part~="item"]')
    .filter((a) => a.querySelector('[part~="discuss"]'))
    .map((a) => a.id.replace(/^item-/, ''));
/** A figure as the report writes it in English. */
const fmt = (n: number | null) => (n === null ? '–' : new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(n));
/** A median as the report names it: a level's label, or the figure and the two levels around it. */
function expectPosition(actual: string | undefined, rubric: Rubric, position: number | null): void {
  const exact = rubric.scale.levels!.find((l) => l.position === position);
  if (position === null) expect(actual).to.equal('not rated');
  else if (exact) expect(actual).to.equal(exact.label);
  else expect(actual).to.match(new RegExp(`^${fmt(position).replace('.', '\\.')}, between `));
}

/** Per-level counts of a distribution, in scale order, as the data tables write them. */
const counts = (rubric: Rubric, d: Distribution) => rubric.scale.levels!.map((l) => String(d.counts[l.id] ?? 0));

function expectNoStyleAttributes(el: CrRubricReport): void {
  expect(all(el, '[style]').length, 'style= attributes in the shadow root').to.equal(0);
}

describe('<cr-rubric-report>', () => {
  describe('team assessment, 12 members', () => {
    const responses = teamAssessmentTeam();
    const aggregate = aggregateResponses(teamAssessment, responses);

    it('passes axe with the WCAG 2.2 rules, has no style attributes and labels every chart', async () => {
      const el = await report({ rubric: 'team-assessment', responses });
      expect(all(el, 'article[part~="item"]').length).to.equal(9);
      await expectAxeClean(el);
      expectNoStyleAttributes(el);
      for (const svg of all(el, 'figure > svg, figure > .scroll > svg')) {
        expect(svg.getAttribute('role')).to.equal('img');
        const caption = root(el).getElementById(svg.getAttribute('aria-labelledby')!);
        expect(caption?.tagName, 'a caption names the chart').to.equal('FIGCAPTION');
        expect(caption!.textContent!.trim()).to.not.equal('');
        expect(svg.closest('figure')!.parentElement!.querySelector('details table'), 'a data table goes with the chart').to.exist;
      }
    });

    it('reflows at 320 px with every data table open, and still passes axe', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await report({ rubric: 'team-assessment', responses, previous: teamAssessmentTeam(12) });
        for (const details of all(el, 'details')) (details as HTMLDetailsElement).open = true;
        await el.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        await expectAxeClean(el);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('draws one mark per person per item, named, and tables with the scoring figures', async () => {
      const el = await report({ rubric: 'team-assessment', responses });
      for (const item of aggregate.items) {
        const article = card(el, item.itemId);
        const marks = [...article.querySelectorAll('circle.mark')];
        expect(marks.length, item.itemId).to.equal(item.n);
        const rated = responses.filter((r) => r.answers[item.itemId]?.level).map((r) => r.respondent!);
        expect(marks.map((m) => m.querySelector('title')!.textContent!.split(':')[0]).sort()).to.deep.equal(rated.sort());
        const table = article.querySelector('table[part~="data-table"]');
        expect(rowsOf(table).map((row) => row[1])).to.deep.equal(counts(teamAssessment, item));
        const [n, median, mean, range] = rowsOf(table, 'tfoot tr').map((row) => row[1]);
        expect(n).to.equal(String(item.n));
        expectPosition(median, teamAssessment, item.median);
        expect(mean).to.equal(fmt(item.mean));
        expect(range).to.equal(`${fmt(item.min)}–${fmt(item.max)} (${fmt(item.steps)} ${item.steps === 1 ? 'step' : 'steps'})`);
      }
      const profile = rowsOf(captioned(el, 'Team profile'));
      expect(profile.map((row) => row[0])).to.deep.equal(teamAssessment.sections[0]!.items.map((i) => `${i.code}. ${i.title as string}`));
      profile.forEach((row, i) => {
        const { median, mean, min, max } = aggregate.items[i]!;
        expect(row.slice(-3)).to.deep.equal([fmt(median), fmt(mean), min === null ? '–' : `${fmt(min)}–${fmt(max)}`]);
      });
      // The profile is a heat table: per dimension, how many members chose each level (the median's ◆ beside one count).
      const heat = rowsOf(root(el).querySelector('[part~="profile"] table[part~="heat-table"]'));
      expect(heat.map((row) => row.slice(1, 8).map((cell) => cell.replace(' ◆', '').replace('◆', '')))).to.deep.equal(
        aggregate.items.map((i) => counts(teamAssessment, i)),
      );
      const sections = all(el, 'table[part~="sections-table"] tbody tr') as HTMLTableRowElement[];
      sections.forEach((tr, i) => {
        const s = aggregate.sections[i]!;
        const [, n, median, mean] = [...tr.cells].map(text);
        expect([n, mean]).to.deep.equal([String(s.n), fmt(s.mean)]);
        expectPosition(median, teamAssessment, s.median);
        expect(tr.cells[5]!.querySelectorAll('li').length).to.equal(s.discussItems.length);
      });
      expect(sections.length).to.equal(aggregate.sections.length);
    });

    it('marks "Discuss" exactly where the aggregate flags it, with text and the scoring rule', async () => {
      const el = await report({ rubric: 'team-assessment', responses });
      const flagged = aggregate.items.filter((i) => i.discuss).map((i) => i.itemId);
      expect(flagged.length, 'the fixture has items to discuss').to.be.greaterThan(0);
      expect(flagged.length, 'and items the team agrees on').to.be.lessThan(9);
      expect(discussed(el)).to.deep.equal(flagged);
      for (const mark of all(el, '[part~="discuss"]')) {
        expect(mark.textContent).to.contain('Discuss');
        expect(mark.querySelector('svg[aria-hidden="true"]'), 'an icon besides the word').to.exist;
      }
      expect(all(el, '.discuss-list li').map((li) => li.textContent!.trim())).to.have.length(flagged.length);
      expect(root(el).querySelector('[part~="rule"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'An item is flagged for discussion when at least two people rated it and their ratings span at least 2 steps of the scale',
      );
    });

    it('measures the discuss rule over the middle half of the ratings, or at another threshold, when asked', async () => {
      const el = await report({ rubric: 'team-assessment', responses });
      const marked = () => discussed(el);
      const readable = [
        'the middle half of their ratings (from the lower to the upper quartile) spans at least 2 steps of the scale',
        'their ratings span at least 4 steps of the scale',
        'the middle half of their ratings (from the lower to the upper quartile) spans at least 1 step of the scale',
      ];
      for (const [n, options] of [
        { discussBasis: 'middle-half' as const },
        { discussSteps: 4 },
        { discussBasis: 'middle-half' as const, discussSteps: 1 },
      ].entries()) {
        el.discussBasis = options.discussBasis ?? 'range';
        el.discussSteps = options.discussSteps ?? 2;
        await el.updateComplete;
        const expected = aggregateResponses(teamAssessment, responses, options);
        expect(marked(), JSON.stringify(options)).to.deep.equal(expected.items.filter((i) => i.discuss).map((i) => i.itemId));
        expect(root(el).querySelector('[part~="rule"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(readable[n]!);
      }
      el.setAttribute('discuss-basis', 'middle-half');
      el.setAttribute('discuss-steps', '2');
      await el.updateComplete;
      const middle = aggregateResponses(teamAssessment, responses, { discussBasis: 'middle-half' });
      expect(marked(), 'from attributes').to.deep.equal(middle.items.filter((i) => i.discuss).map((i) => i.itemId));
      const flagged = middle.items.find((i) => i.discuss);
      if (flagged) {
        const mark = card(el, flagged.itemId).querySelector('[part~="discuss"]')!;
        expect(mark.textContent).to.contain(`the middle half of the ratings spans ${flagged.middleSteps} steps`);
      }
      expect(middle.items.filter((i) => i.discuss).length, 'fewer items than by the whole range').to.be.at.most(
        aggregate.items.filter((i) => i.discuss).length,
      );
    });

    it('takes the agreed rating per item from radios and a note, firing input and change', async () => {
      const el = await report({ rubric: 'team-assessment', responses });
      const fired: string[] = [];
      el.addEventListener('input', () => fired.push('input'));
      el.addEventListener('change', () => fired.push('change'));
      const radios = [...card(el, 'leadership').querySelectorAll<HTMLInputElement>('fieldset[part~="agreed"] input[type=radio]')];
      expect(radios.map((r) => r.name)).to.deep.equal(Array(7).fill('agreed-leadership'));
      radios[3]!.click();
      await el.updateComplete;
      expect(el.value?.respondent).to.equal('Team');
      expect(el.value?.rubricId).to.equal('team-assessment');
      expect(el.value?.answers['leadership']?.level).to.equal('4');
      expect(fired).to.deep.equal(['input', 'change']);

      radios[3]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.value?.answers['leadership']?.level, 'arrow keys move like a native radio group').to.equal('5');

      const note = root(el).querySelector<HTMLTextAreaElement>('#note-leadership')!;
      note.focus();
      await sendKeys({ type: 'Ok' });
      await el.updateComplete;
      expect(el.value?.answers['leadership']?.fields?.['note']).to.equal('Ok');
      expect(el.value?.answers['leadership']?.level).to.equal('5');

      fired.length = 0;
      el.value = { ...el.value!, answers: { resources: { level: '2' } } };
      await el.updateComplete;
      expect(fired, 'programmatic value fires nothing').to.deep.equal([]);
      expect(card(el, 'resources').querySelectorAll<HTMLInputElement>('fieldset[part~="agreed"] input')[1]!.checked).to.equal(true);
      await expectAxeClean(el);
    });
  });

  it('SLT: a section-by-stage heat map with counts as text, passing axe', async () => {
    const responses = sltTeam();
    const aggregate = aggregateResponses(slt, responses);
    const el = await report({ rubric: 'slt-indicators', responses });
    const cells = all(el, '[part~="heat-map"] table.heat td .count').map((t) => t.textContent);
    expect(cells).to.deep.equal(aggregate.sections.flatMap((s) => counts(slt, s)));
    const levels = slt.scale.levels!.length;
    const rows = rowsOf(root(el).querySelector('[part~="heat-map"] table[part~="heat-table"]'));
    expect(rows.map((row) => row.slice(1, 1 + levels))).to.deep.equal(aggregate.sections.map((s) => counts(slt, s)));
    expect(rows.map((row) => row[1 + levels])).to.deep.equal(aggregate.sections.map((s) => String(s.answered)));
    await expectAxeClean(el);
    expectNoStyleAttributes(el);
  });

  it('continuum: partners on the stages, how many at a target stage, passing axe', async () => {
    const responses = continuumTeam();
    const aggregate = aggregateResponses(continuum, responses);
    const el = await report({ rubric: 'relationship-continuum', responses });
    const subjects = aggregate.subjects!;
    const levels = continuum.scale.levels!.length;
    const [stages, perPerson] = all(el, '[part~="continuum"] table[part~="data-table"]');
    const rows = rowsOf(stages);
    expect(rows.map((row) => row[0])).to.deep.equal(subjects.map((s) => s.name));
    rows.forEach((row, i) => {
      const o = subjects[i]!.overall;
      expect(row.slice(1, 1 + levels)).to.deep.equal(counts(continuum, o));
      const [median, target, discuss] = row.slice(1 + levels);
      expectPosition(median, continuum, o.median);
      expect([target, discuss]).to.deep.equal([`${o.atTarget} of ${o.n} at a target stage`, o.discuss ? 'Discuss' : '']);
    });
    expect(root(el).querySelector<HTMLElement>('[part~="continuum"] .targets')!.textContent).to.match(
      new RegExp(`^${aggregate.overall.atTarget} of ${aggregate.overall.n} partner ratings`),
    );
    expect(rowsOf(perPerson).length).to.equal(5);
    expect(all(el, '[part~="agreed-subjects"] fieldset').length).to.equal(subjects.length);
    await expectAxeClean(el);
    expectNoStyleAttributes(el);
  });

  it('continuum: the agreed stage of a partner is stored under that partner', async () => {
    const el = await report({ rubric: 'relationship-continuum', responses: continuumTeam() });
    const first = all(el, '[part~="agreed-subjects"] fieldset')[0]!;
    (first.querySelectorAll('input')[4] as HTMLInputElement).click();
    await el.updateComplete;
    const name = el.value!.subjects![0]!.name;
    expect(name).to.equal(aggregateResponses(continuum, continuumTeam()).subjects![0]!.name);
    expect(el.value!.subjects![0]!.answers['current-relationship']?.level).to.equal('partner');
  });

  it('with a previous cycle: what moved, by how much, with arrows and text, passing axe', async () => {
    const { previous, current } = coherenceCycles();
    const cmp = compareCycles(coherence, aggregateResponses(coherence, previous), aggregateResponses(coherence, current));
    const el = await report({ rubric: 'coherence-progression', responses: current, previous });
    const section = root(el).querySelector('[part~="comparison"]')!;
    expect(section.textContent).to.contain('2025 fall').and.contain('2026 spring');
    // Each section's rows: the section first, then its items; the overall change in the footer.
    const table = root(el).querySelector('table[part~="comparison-table"]')!;
    const bodies = [...table.querySelectorAll('tbody')].map((body) => rowsOf(body, 'tr'));
    const signedText = (n: number | null) =>
      n === null
        ? '–'
        : new Intl.NumberFormat('en', { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(n).replace('-', '\u2212');
    const change = (c: Change) =>
      ({
        up: `▲ Up ${signedText(c.delta)}`,
        down: `▼ Down ${signedText(c.delta)}`,
        same: '= No change',
        new: '✚ New: not rated before',
        gone: '✕ Not rated now',
      })[c.direction];
    expect(bodies.map((rows) => rows[0]![3])).to.deep.equal(cmp.sections.map(change));
    expect(bodies.flatMap((rows) => rows.slice(1).map((row) => [row[1], row[2], row[3]]))).to.deep.equal(
      cmp.items.map((c) => [fmt(c.before), fmt(c.after), change(c)]),
    );
    expect(rowsOf(table, 'tfoot tr')[0]![3]).to.equal(change(cmp.overall));
    expect(table.querySelector('td [aria-hidden="true"]')!.textContent).to.match(/[▲▼=✚✕]/);
    await expectAxeClean(el);
    expectNoStyleAttributes(el);
  });

  describe('files', () => {
    const team = teamAssessmentTeam();
    const json = (name: string, value: unknown) =>
      new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });

    it('loads valid files, lists an invalid one with its reason, duplicates and another rubric', async () => {
      const el = await report({ rubric: 'team-assessment', responses: team.slice(0, 3) });
      const event = oneEvent(el, 'cr-import') as Promise<CrImportEvent>;
      const result = await el.addFiles([
        json('d.json', team[3]),
        json('x.json', '{"rubricId": "team-assessment", "answers": '),
        json('e.json', team[4]),
        json('a-again.json', team[0]),
        json('other.json', coherenceCycles().current[0]),
      ]);
      expect((await event).report).to.equal(result);
      await el.updateComplete;
      expect(el.responses.map((r) => r.id)).to.deep.equal([...team.slice(0, 5).map((r) => r.id)]);
      const text = root(el).querySelector('[part~="import-report"]')!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Loaded 2 responses.');
      expect(text).to.contain('x.json').and.contain('not valid JSON');
      expect(text).to.contain('a-again.json').and.contain('same response id as a response loaded before');
      expect(text).to.contain('other.json').and.contain('coherence-progression');
      expect(root(el).querySelector('[part~="import-report"]')!.getAttribute('role')).to.equal('status');
      expect(root(el).querySelector('[part~="header"]')!.textContent).to.contain('5 responses');
      await expectAxeClean(el);
    });

    it('exports CSV that reads back into the same levels', async () => {
      const el = await report({ rubric: 'team-assessment', responses: team });
      const csv = el.exportCsv();
      const fresh = await report({ rubric: 'team-assessment' });
      const result = await fresh.addFiles([new File([csv], 'team.csv', { type: 'text/csv' })]);
      expect(result!.invalid).to.deep.equal([]);
      expect(fresh.responses.length).to.equal(12);
      const levels = (rs: readonly RubricResponse[]) =>
        rs.map((r) => [r.id, Object.fromEntries(Object.entries(r.answers).map(([k, a]) => [k, a.level]))]);
      expect(levels(fresh.responses)).to.deep.equal(levels(team));
      const json2 = await report({ rubric: 'team-assessment' });
      await json2.addFiles([new File([el.exportJson()], 'all.json')]);
      expect(json2.responses).to.deep.equal(team);
    });

    it('escapes formula cells in the CSV export', async () => {
      const evil = { ...team[0]!, respondent: '=cmd|"/C calc"!A0', answers: { leadership: { level: '3', fields: { note: '+1' } } } };
      const el = await report({ rubric: 'team-assessment', responses: [evil] });
      const rows = parseCsv(el.exportCsv());
      expect(rows.ok).to.equal(true);
      if (!rows.ok) return;
      expect(rows.rows[1]![0]).to.equal(`'=cmd|"/C calc"!A0`);
      expect(rows.rows.flat().filter((c) => /^[=+\-@]/.test(c))).to.deep.equal([]);
    });

    it('downloads through a Blob URL and a temporary <a download>', async () => {
      const el = await report({ rubric: 'team-assessment', responses: team.slice(0, 2) });
      const { blobs: created, links: clicked } = await captureDownloads(() => {
        all(el, 'button[data-kind="download-csv"]')[0]!.click();
        all(el, 'button[data-kind="download-json"]')[0]!.click();
      });
      expect(clicked.map((a) => a.download)).to.deep.equal(['team-assessment-responses.csv', 'team-assessment-responses.json']);
      expect(
        clicked.every((a) => !a.isConnected),
        'the links are removed again',
      ).to.equal(true);
      expect(await created[0]!.text()).to.contain('respondent,response id,cycle,date');
      expect(JSON.parse(await created[1]!.text())).to.deep.equal(team.slice(0, 2));
    });
  });

  it('renders names and definition text as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const definition = { ...tinyGrid(), title: payload, sections: [{ ...tinyGrid().sections[0]!, title: payload }] };
    const responses: RubricResponse[] = [
      { rubricId: 'tiny', rubricVersion: '1.0.0', respondent: payload, answers: { first: { level: 'low' }, second: { level: 'high' } } },
      { rubricId: 'tiny', rubricVersion: '1.0.0', respondent: 'Ben', answers: { first: { level: 'high' }, second: { level: 'high' } } },
    ];
    const el = await report({ definition, responses });
    await el.addFiles([new File([`{"rubricId":"tiny","rubricVersion":"1.0.0","respondent":1,"answers":{}}`], `${payload}.json`)]);
    await el.updateComplete;
    expect(all(el, 'img').length).to.equal(0);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    expect(root(el).querySelector('h2')!.textContent).to.equal(payload);
    expect(all(el, 'td').some((td) => td.textContent === payload)).to.equal(true);
    expect(all(el, 'svg title').some((t) => t.textContent!.startsWith(payload))).to.equal(true);
    expect(root(el).querySelector('[part~="import-report"]')!.textContent).to.contain(`${payload}.json`);
    expectNoStyleAttributes(el);
  });

  it('shows a readable error and fires cr-definition-error for an invalid definition', async () => {
    const listener = oneEvent(document, 'cr-definition-error') as Promise<CrDefinitionErrorEvent>;
    const el = await report({ definition: { ...tinyGrid(), scale: { levels: [] } } });
    const event = await listener;
    expect(event.issues[0]!.path).to.equal('scale.levels');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('scale.levels');
    const unknown = await report({ rubric: 'no-such-rubric' });
    expect(root(unknown).querySelector('[role="alert"]')!.textContent).to.contain('no-such-rubric');
  });

  it('loads its definition from src, as <cr-rubric src> does, and shows a loading failure as an error', async () => {
    const el = await fixture<CrRubricReport>(html`<cr-rubric-report lang="en" src="/__definitions__/team-assessment?delay=100"
      .responses=${teamAssessmentTeam()}></cr-rubric-report>`);
    expect(root(el).querySelector('h2'), 'nothing shown while loading').to.equal(null);
    for (let i = 0; i < 750 && !el.rubricDefinition; i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.rubricDefinition?.id).to.equal('team-assessment');
    expect(root(el).querySelector('h2')!.textContent).to.equal(teamAssessment.title);
    const failed = oneEvent(el, 'cr-definition-error');
    el.src = 'javascript:alert(1)';
    const { issues } = (await failed) as unknown as CrDefinitionErrorEvent;
    expect(issues[0]!.path).to.equal('src');
    expect(root(el).querySelector('[part=definition-error]')).to.not.equal(null);
  });

  it('leaves out responses to another rubric and says how many', async () => {
    const el = await report({ rubric: 'team-assessment', responses: [...teamAssessmentTeam().slice(0, 2), ...sltTeam().slice(0, 1)] });
    expect(root(el).querySelector('[part~="header"]')!.textContent)
      .to.contain('2 responses')
      .and.contain('1 response answers another rubric');
  });

  it('never throws on odd property values', async () => {
    const el = await report({ rubric: 'team-assessment' });
    const odds = [null, undefined, 'text', 42, {}, { answers: null }, [null, 1, 'x', { rubricId: 'team-assessment' }]];
    for (const odd of odds) {
      el.responses = odd as unknown as RubricResponse[];
      el.previous = odd as unknown as RubricResponse[];
      await el.updateComplete;
      expect(root(el).querySelector('[part~="header"]'), String(odd)).to.exist;
    }
    el.responses = teamAssessmentTeam();
    for (const odd of odds) {
      el.value = odd as unknown as RubricResponse;
      await el.updateComplete;
      expect(all(el, 'article[part~="item"]').length, String(odd)).to.equal(9);
    }
    card(el, 'leadership').querySelector<HTMLInputElement>('fieldset[part~="agreed"] input')!.click();
    await el.updateComplete;
    expect(el.value?.answers['leadership']?.level).to.equal('1');
  });

  it('shows counts instead of named marks for a large team', async () => {
    const responses = generateResponses(teamAssessment, 120, { seed: 5 });
    const aggregate = aggregateResponses(teamAssessment, responses);
    const el = await report({ rubric: 'team-assessment', responses });
    expect(all(el, 'circle.mark').length).to.equal(0);
    expect(card(el, 'leadership').querySelectorAll('rect.bar').length).to.equal(7);
    expect([...card(el, 'leadership').querySelectorAll('text.count')].map((t) => t.textContent)).to.deep.equal(
      counts(
        teamAssessment,
        aggregate.items.find((i) => i.itemId === 'leadership')!,
      ),
    );
    expect(rowsOf(root(el).querySelector('[part~="profile"] table[part~="heat-table"]')).length).to.equal(9);
    await expectAxeClean(el);
  });

  it('speaks Spanish with lang="es"', async () => {
    const el = await report({ rubric: 'team-assessment', responses: teamAssessmentTeam(), lang: 'es' });
    expect(root(el).querySelector('[part~="header"]')!.textContent).to.contain('Resultados del equipo');
    expect(root(el).querySelector('details summary')!.textContent).to.equal('Mostrar la tabla de datos');
    expect(root(el).querySelector('.base')!.getAttribute('lang')).to.equal('es');
  });

  describe('items, anchors, notes and chart legibility', () => {
    const itemsOf = (rubric: Rubric) => rubric.sections.flatMap((sec) => sec.items.map((item) => ({ sec, item })));
    const titleOf = (rubric: Rubric, id: string) => {
      const { item } = itemsOf(rubric).find((e) => e.item.id === id)!;
      return item.code ? `${item.code}. ${item.title as string}` : (item.title as string);
    };
    const sectionOf = (rubric: Rubric, id: string) => itemsOf(rubric).find((e) => e.item.id === id)!.sec;

    it('names the section of items listed outside it: "To discuss" and "Moved up/down"', async () => {
      const { previous, current } = coherenceCycles();
      const aggregate = aggregateResponses(coherence, current);
      const cmp = compareCycles(coherence, aggregateResponses(coherence, previous), aggregate);
      const el = await report({ rubric: 'coherence-progression', responses: current, previous });
      const flagged = aggregate.overall.discussItems;
      const codes = flagged.map((id) => itemsOf(coherence).find((e) => e.item.id === id)!.item.code);
      expect(new Set(codes).size, 'the fixture flags items that share a code').to.be.lessThan(codes.length);
      expect(all(el, '.discuss-list a').map((a) => a.textContent!.trim())).to.deep.equal(
        flagged.map((id) => `${sectionOf(coherence, id).title as string} · ${titleOf(coherence, id)}`),
      );
      // The lists under "▲ Moved up:" and "▼ Moved down:".
      const moved = (direction: 'up' | 'down') => [
        ...(all(el, '[part~="comparison"] p')
          .find((p) => text(p).endsWith(direction === 'up' ? 'Moved up:' : 'Moved down:'))
          ?.nextElementSibling?.querySelectorAll('li') ?? []),
      ];
      for (const direction of ['up', 'down'] as const) {
        const ids = cmp.items.filter((c) => c.direction === direction).map((c) => c.itemId);
        const lines = moved(direction);
        const expected = coherence.sections
          .map((sec) => ({ sec, ids: sec.items.filter((i) => ids.includes(i.id)).map((i) => i.id) }))
          .filter((g) => g.ids.length)
          .map((g) => `${g.sec.title as string} · ${g.ids.map((id) => titleOf(coherence, id)).join('; ')}`);
        expect(
          [...lines].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
          direction,
        ).to.deep.equal(expected);
      }
      expect(moved('up').length).to.be.greaterThan(1);
      // The sections table names the section in each row; its items to discuss are that section's.
      for (const [i, tr] of all(el, 'table[part~="sections-table"] tbody tr').entries()) {
        const sec = aggregate.sections[i]!;
        expect(text(tr.querySelector('th')!)).to.equal(coherence.sections[i]!.title);
        expect([...tr.querySelectorAll('.discuss-cell li')].map((li) => li.textContent!.trim())).to.deep.equal(
          sec.discussItems.map((id) => titleOf(coherence, id)),
        );
      }
      // One section only: no qualifier.
      const single = await report({ rubric: 'team-assessment', responses: teamAssessmentTeam() });
      const ids = aggregateResponses(teamAssessment, teamAssessmentTeam()).overall.discussItems;
      expect(all(single, '.discuss-list a').map((a) => a.textContent!.trim())).to.deep.equal(ids.map((id) => titleOf(teamAssessment, id)));
    });

    it('continuum: one outline around the adjacent target stages, labels clear of it, full text kept', async () => {
      const responses = continuumTeam();
      const aggregate = aggregateResponses(continuum, responses);
      const el = await report({ rubric: 'relationship-continuum', responses });
      const chart = root(el).querySelector<SVGSVGElement>('[part~="continuum"] figure svg')!;
      const outlines = [...chart.querySelectorAll<SVGRectElement>('rect.target')];
      expect(outlines.length, 'Cooperative and Partner share one outline').to.equal(1);
      expect(chart.querySelectorAll('text.target-label').length).to.equal(1);
      const box = outlines[0]!.getBBox();
      const targets = continuum.scale.levels!.filter((l) => l.target).map((l) => l.label as string);
      const heads = [...chart.querySelectorAll<SVGTextElement>('text.tick:not(.target-label)')];
      for (const head of heads) {
        const { x, width } = head.getBBox();
        const inside = x >= box.x && x + width <= box.x + box.width;
        expect(inside, head.textContent!).to.equal(targets.includes(head.textContent!));
      }
      const rows = [...chart.querySelectorAll<SVGGElement>('g.row')];
      expect(rows.length).to.equal(aggregate.subjects!.length);
      let wrapped = 0;
      rows.forEach((row, i) => {
        const subject = aggregate.subjects![i]!;
        const label = row.querySelector<SVGTextElement>('text.label')!;
        const { x, width } = label.getBBox();
        expect(x + width, subject.name).to.be.at.most(box.x - 2);
        expect(row.querySelector('title')!.textContent).to.equal(
          `${subject.name} · ${subject.overall.atTarget} of ${subject.overall.n} at a target stage${subject.overall.discuss ? ' · ⚑ Discuss' : ''}`,
        );
        if (label.querySelectorAll('tspan').length > 1) wrapped++;
      });
      expect(wrapped, 'long partner names wrap').to.be.greaterThan(0);
      const stages = root(el).querySelector('[part~="continuum"] table[part~="data-table"]');
      expect(rowsOf(stages).map((row) => row[0])).to.include('Association/union building representative');
      await expectAxeClean(el);
    });

    it('wraps a partner label at spaces and cuts it with "…" past three lines', () => {
      expect(wrapLabel(['Principal', '1 of 1 at a target stage'], 56, 3)).to.deep.equal(['Principal · 1 of 1 at a target stage']);
      expect(wrapLabel(['Association/union building representative', '3 of 3 at a target stage'], 40, 3)).to.deep.equal([
        'Association/union building',
        'representative',
        '3 of 3 at a target stage',
      ]);
      const long = wrapLabel([Array(40).fill('word').join(' '), '0 of 2 at a target stage', '⚑ Discuss'], 20, 3);
      expect(long.length).to.equal(3);
      expect(long.every((l) => l.length <= 20)).to.equal(true);
      expect(long[2]!.endsWith('…')).to.equal(true);
      expect(wrapLabel(['x'.repeat(30)], 10, 3)).to.deep.equal([`${'x'.repeat(9)}…`]);
    });

    it('shows each item’s anchors under its strip and in the profile table, localized', async () => {
      const responses = teamAssessmentTeam();
      const el = await report({ rubric: 'team-assessment', responses });
      const profile = (of = el) => root(of).querySelector('[part~="profile"] table[part~="data-table"]');
      for (const { item } of itemsOf(teamAssessment)) {
        const dl = card(el, item.id).querySelector('figure dl[part~="anchors"]')!;
        expect([...dl.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['1', '7']);
        expect([...dl.querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal([item.anchors!.low, item.anchors!.high]);
        const row = rowsOf(profile()).find((cells) => cells[0] === titleOf(teamAssessment, item.id))!;
        expect(row.slice(1, 3)).to.deep.equal([item.anchors!.low, item.anchors!.high]);
      }
      expect(rowsOf(profile(), 'thead tr')[0]!.slice(1, 3)).to.deep.equal(['Low end (1)', 'High end (7)']);
      expect(root(el).querySelector('[part~="profile"] table[part~="heat-table"] caption')!.textContent).to.contain(
        '1 is each dimension’s low anchor',
      );
      expect(all(el, '[part~="anchors"]').length).to.equal(9);

      const [first, ...rest] = teamAssessment.sections[0]!.items;
      const anchors = { low: { en: 'Low words', es: 'Palabras bajas' }, high: { en: 'High words', es: 'Palabras altas' } };
      const definition = { ...teamAssessment, sections: [{ ...teamAssessment.sections[0]!, items: [{ ...first!, anchors }, ...rest] }] };
      const es = await report({ definition, responses, lang: 'es' });
      const dl = card(es, first!.id).querySelector('dl[part~="anchors"]')!;
      expect(dl.textContent).to.contain('Palabras bajas').and.contain('Palabras altas').and.not.contain('Low words');
      expect(rowsOf(profile(es))[0]![1]).to.equal('Palabras bajas');
      expect(rowsOf(profile(es), 'thead tr')[0]!.slice(1, 3)).to.deep.equal(['Extremo bajo (1)', 'Extremo alto (7)']);
    });

    it('stacks the sections table on a narrow container and keeps it a table on a wide one', async () => {
      const { previous, current } = coherenceCycles();
      const wide = await report({ rubric: 'coherence-progression', responses: current, previous });
      const row = (el: CrRubricReport) => root(el).querySelector<HTMLElement>('table[part~="sections-table"] tbody tr')!;
      expect(getComputedStyle(row(wide)).display).to.equal('table-row');
      expect(getComputedStyle(row(wide).querySelector('.cell-label')!).display).to.equal('none');
      const el = await report({ rubric: 'coherence-progression', responses: current, previous });
      // A container query: a 320 px element, whatever the viewport (WebKit's has no 320 px window).
      el.style.width = '320px';
      const tr = row(el);
      expect(getComputedStyle(tr).display).to.equal('block');
      const cells = [...tr.querySelectorAll<HTMLElement>('td')];
      expect(cells.map((td) => td.querySelector('.cell-label')!.textContent)).to.deep.equal([
        'Ratings',
        'Median',
        'Mean',
        'Range',
        'Items to discuss',
      ]);
      expect(cells.every((td) => td.querySelector('.cell-label')!.getAttribute('aria-hidden') === 'true')).to.equal(true);
      // Each figure takes its own line: the short cells are no taller than their text.
      const ratings = cells[0]!.getBoundingClientRect().height;
      const discuss = cells[4]!.getBoundingClientRect().height;
      expect(ratings).to.be.below(40);
      expect(discuss).to.be.above(ratings);
      expect(cells[0]!.getBoundingClientRect().bottom).to.be.at.most(cells[1]!.getBoundingClientRect().top + 1);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expectAxeClean(el);
      expectNoStyleAttributes(el);
    });

    it('shows members’ notes per item, collapsed, with their names, as text', async () => {
      const responses = teamAssessmentTeam();
      const el = await report({ rubric: 'team-assessment', responses });
      let total = 0;
      for (const { item } of itemsOf(teamAssessment)) {
        const written = responses.filter((r) => typeof r.answers[item.id]?.fields?.['note'] === 'string');
        const details = card(el, item.id).querySelector<HTMLDetailsElement>('details[part~="notes"]');
        if (!written.length) {
          expect(details, item.id).to.equal(null);
          continue;
        }
        total += written.length;
        expect(details!.open).to.equal(false);
        expect(details!.querySelector('summary')!.textContent).to.equal(`Notes (${written.length})`);
        expect([...details!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
          written.map((r) => `${r.respondent}: ${r.answers[item.id]!.fields!['note'] as string}`),
        );
      }
      expect(total, 'the fixture has notes').to.be.greaterThan(0);
      await expectAxeClean(el);

      const payload = '<img src=x onerror="window.__xss=2">';
      const evil: RubricResponse[] = [
        { ...responses[0]!, answers: { leadership: { level: '3', fields: { note: `${payload}\nsecond line` } } } },
        { ...responses[1]!, respondent: undefined, answers: { leadership: { level: '4', fields: { note: 'No name' } } } },
      ];
      const spoken = await report({ rubric: 'team-assessment', responses: evil, lang: 'es' });
      const notes = card(spoken, 'leadership').querySelector('details[part~="notes"]')!;
      const items = [...notes.querySelectorAll('li')];
      expect(notes.querySelector('summary')!.textContent).to.equal('Notas (2)');
      expect(items[0]!.querySelector('.note-text')!.textContent).to.equal(`${payload}\nsecond line`);
      expect(items[1]!.textContent!.trim(), 'no name, no label').to.equal('No name');
      expect(all(spoken, 'img').length).to.equal(0);
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  });

  it('reflects the theme attribute and passes axe in dark and high-contrast themes', async () => {
    for (const theme of ['dark', 'high-contrast']) {
      const el = await report({ rubric: 'slt-indicators', responses: sltTeam() });
      el.theme = theme;
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal(theme);
      await expectAxeClean(el);
    }
  });
});
