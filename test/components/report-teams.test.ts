// <cr-rubric-report> with several teams side by side (`teams`): the table a district coordinator reads.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/report/cr-rubric-report.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import { readCsv, TEAMS_CSV_COLUMNS, teamsToCsv } from '../../src/report/index.js';
import { compareTeams, type TeamResponses } from '../../src/scoring/index.js';
import { expectAxeClean } from '../helpers/axe.js';
import { captureDownloads } from '../helpers/downloads.js';
import { axTree } from '../helpers/ax-tree.js';
import { AX_TREE, itExceptIn, setViewport } from '../helpers/engine.js';
import { coherence, generateResponses, teamAssessment } from '../fixtures/team-data.js';

const lincoln: TeamResponses = {
  id: 'lincoln',
  name: 'Lincoln SLT',
  responses: generateResponses(coherence, 5, { seed: 1, idPrefix: 'l' }),
};
const roosevelt: TeamResponses = {
  id: 'roosevelt',
  name: 'Roosevelt SLT',
  responses: generateResponses(coherence, 3, { seed: 2, idPrefix: 'r' }),
};
/** Nobody has answered yet: the team still gets its column. */
const washington: TeamResponses = { id: 'washington', name: 'Washington SLT', responses: [] };
const TEAMS = [lincoln, roosevelt, washington];

async function mount(teams: unknown, more: { lang?: string; rubric?: string } = {}): Promise<CrRubricReport> {
  const el = await fixture<CrRubricReport>(
    html`<cr-rubric-report rubric=${more.rubric ?? 'coherence-progression'} lang=${more.lang ?? 'en'} .teams=${teams}></cr-rubric-report>`,
  );
  await el.updateComplete;
  return el;
}

const part = (el: CrRubricReport, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<cr-rubric-report> with several teams side by side', () => {
  it('passes axe with the WCAG 2.2 rules, in English and in Spanish', async () => {
    await expectAxeClean(await mount(TEAMS));
    await expectAxeClean(await mount(TEAMS, { lang: 'es' }));
  });

  it("shows one column per team (with how many responded) and one for all teams, one row per item, each cell the team's median, spread and ratings", async () => {
    const el = await mount(TEAMS);
    expect(words(part(el, 'header'))).to.contain('Teams side by side · 3 teams · 8 responses');
    const table = part(el, 'teams-table') as HTMLTableElement;
    expect(words(table.caption)).to.match(/^Each team’s median per item, how far its ratings spread/);
    const heads = [...table.tHead!.querySelectorAll('th')];
    expect(heads.every((th) => th.scope === 'col')).to.equal(true);
    expect(heads.map(words)).to.deep.equal([
      'Item',
      'Lincoln SLT 5 responses',
      'Roosevelt SLT 3 responses',
      'Washington SLT 0 responses',
      'All teams 8 responses',
    ]);
    const comparison = compareTeams(coherence, TEAMS);
    const rows = [...table.tBodies].flatMap((body) => [...body.rows]);
    // Four sections: each section's own row, then its items.
    expect(rows).to.have.length(coherence.sections.length + comparison.items.length);
    expect(rows.every((row) => row.cells[0]!.tagName === 'TH' && (row.cells[0] as HTMLTableCellElement).scope === 'row')).to.equal(true);
    const first = rows[1]!;
    expect(words(first.cells[0])).to.equal('A. Shared purpose drives action');
    const cell = comparison.items[0]!.teams[0]!;
    const level = coherence.scale.levels!.find((l) => l.position === cell.median);
    expect(words(first.cells[1])).to.contain(`${cell.n} ratings`);
    const label = level && (typeof level.label === 'string' ? level.label : level.label['en']!);
    if (label) expect(words(first.cells[1]).startsWith(label)).to.equal(true);
    expect(words(first.cells[3])).to.equal('not rated');
    // Every cell the discuss rule flags says so in words, and only those.
    const flagged = comparison.items.flatMap((r) => [...r.teams, r.all]).filter((c) => c.discuss).length;
    const said = rows
      .filter((r) => r.classList.contains('row-item'))
      .flatMap((r) => [...r.cells].filter((c) => words(c).endsWith('Discuss')));
    expect(said).to.have.length(flagged);
    expect(words(table.tFoot)).to.match(/^Overall/);
  });

  itExceptIn(AX_TREE, 'names the table, its column and row headers as a screen reader reads them', async () => {
    await mount(TEAMS);
    const [table] = await axTree('table');
    expect(table?.name).to.match(/^Each team’s median per item/);
    const columns = (await axTree('columnheader')).map((n) => n.name);
    expect(columns).to.include.members(['Lincoln SLT 5 responses', 'All teams 8 responses']);
    const rows = (await axTree('rowheader')).map((n) => n.name);
    expect(rows).to.include.members(['Focusing Direction', 'A. Shared purpose drives action', 'Overall']);
    const [region] = (await axTree('region')).filter((n) => n.name === 'Each team’s results');
    expect(region, 'the scrolling region around the table is named').to.exist;
  });

  it('speaks Spanish like the rest of the report', async () => {
    const el = await mount(TEAMS, { lang: 'es' });
    expect(words(part(el, 'header'))).to.contain('Equipos lado a lado · 3 equipos · 8 respuestas');
    const heads = [...part(el, 'teams-table')!.querySelectorAll('thead th')].map(words);
    expect(heads.at(-1)).to.equal('Todos los equipos 8 respuestas');
    expect(words(el.shadowRoot!.querySelector('button'))).to.equal('Descargar esta tabla (CSV)');
    const csv = readCsv(el.exportTeamsCsv());
    expect(csv.ok && csv.rows[4]![4]).to.equal('Todos los equipos');
  });

  it('downloads the table as CSV, the same figures as teamsToCsv', async () => {
    const el = await mount(TEAMS, {});
    el.name = 'district 2026 fall';
    await el.updateComplete;
    const { blobs: created, links: clicked } = await captureDownloads(() =>
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="teams"] button')!.click(),
    );
    expect(clicked.map((a) => a.download)).to.deep.equal(['district-2026-fall-teams.csv']);
    // A byte-order mark first, so spreadsheets read UTF-8 (Blob.text() drops it when decoding).
    expect([...new Uint8Array(await created[0]!.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await created[0]!.text();
    expect(text).to.equal(teamsToCsv(coherence, compareTeams(coherence, TEAMS)));
    const csv = readCsv(text);
    expect(csv.ok && csv.rows[0]).to.deep.equal([...TEAMS_CSV_COLUMNS]);
  });

  it('lists what it leaves out of the teams a host gives, and compares the rest', async () => {
    const [other] = generateResponses(teamAssessment, 1, { seed: 3 });
    const el = await mount([
      lincoln,
      { name: 'Roosevelt SLT', responses: [...roosevelt.responses, { rubricId: 'coherence-progression' }, other] },
      { name: 'Lincoln SLT', id: 'lincoln', responses: [] },
      'Adams',
    ]);
    const heads = [...part(el, 'teams-table')!.querySelectorAll('thead th')].map(words);
    expect(heads).to.deep.equal(['Item', 'Lincoln SLT 5 responses', 'Roosevelt SLT 3 responses', 'All teams 8 responses']);
    const invalid = words(part(el, 'invalid-responses'));
    expect(invalid).to.contain('teams[1].responses[3]');
    expect(invalid).to.contain('teams[2]: id: "lincoln" is already the team teams[0]');
    expect(invalid).to.contain('teams[3]: expected a team');
    expect(words(part(el, 'header'))).to.contain('1 response answers another rubric and is left out.');
  });

  it('fits 320 px: the page never scrolls sideways, the table scrolls in its own named region', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount([...TEAMS, { id: 'adams', name: 'Adams Middle School Leadership Team', responses: lincoln.responses }]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const region = part(el, 'teams')!.querySelector<HTMLElement>('.scroll')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.tabIndex).to.equal(0);
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows each kind of scale by what it has: the most chosen for choices, ticks for a checklist', async () => {
    const checklist = await mount(
      [
        {
          name: 'A',
          responses: [{ rubricId: 'opportunity-checklist', rubricVersion: '1.0.0', answers: { 'front-office': { checked: true } } }],
        },
        { name: 'B', responses: [] },
      ],
      { rubric: 'opportunity-checklist' },
    );
    const row = [...part(checklist, 'teams-table')!.querySelectorAll<HTMLTableRowElement>('tbody tr')].find((r) =>
      words(r.cells[0]).includes('front office'),
    )!;
    expect([...row.cells].slice(1).map(words)).to.deep.equal(['Ticked by 1 of 1', 'Ticked by 0 of 0', 'Ticked by 1 of 1']);
    const choices = await mount(
      [
        {
          name: 'A',
          // Results analysis rates tasks (subjects): each task's choice counts.
          responses: [
            {
              rubricId: 'results-analysis',
              rubricVersion: '1.0.0',
              answers: {},
              subjects: [{ id: 't1', name: 'Reading night', answers: { proceed: { level: 'adapt' } } }],
            },
          ],
        },
      ],
      { rubric: 'results-analysis' },
    );
    const cells = [...part(choices, 'teams-table')!.querySelectorAll('tbody td')].map(words);
    expect(cells).to.deep.equal(['Adapt Answered by 1 of 1', 'Adapt Answered by 1 of 1']);
  });

  it("groups a report's responses by a response field (team-field), files added included", async () => {
    const member = (team: string | undefined, i: number) => {
      const [r] = generateResponses(teamAssessment, 1, { seed: 50 + i, idPrefix: `m${i}` });
      return { ...r!, fields: { ...r!.fields, ...(team ? { team } : {}) } };
    };
    const el = await fixture<CrRubricReport>(html`<cr-rubric-report rubric="team-assessment" lang="en" team-field="team"
      .responses=${[member('Grade 3', 1), member('grade 3 ', 2), member('Grade 4', 3), member(undefined, 4)]}></cr-rubric-report>`);
    await el.updateComplete;
    const heads = () => [...part(el, 'teams-table')!.querySelectorAll('thead th')].map(words);
    expect(heads()).to.deep.equal([
      'Item',
      'Grade 3 2 responses',
      'Grade 4 1 response',
      'No team given 1 response',
      'All teams 4 responses',
    ]);
    const input = part(el, 'files')!.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.labels?.[0]?.textContent).to.equal('Add response files (JSON or CSV)');
    const report = await el.addFiles([new File([JSON.stringify(member('Grade 5', 5))], 'grade-5.json', { type: 'application/json' })]);
    await el.updateComplete;
    expect(report?.loaded).to.have.length(1);
    expect(heads()).to.include('Grade 5 1 response');
    expect(heads().at(-1)).to.equal('All teams 5 responses');
    expect(words(part(el, 'import-report'))).to.equal('Loaded 1 response.');
    await expectAxeClean(el);
  });

  it('says in each cell how the team moved since an earlier cycle (previousTeams)', async () => {
    const el = await fixture<CrRubricReport>(html`<cr-rubric-report rubric="coherence-progression" lang="en" .teams=${TEAMS}
      .previousTeams=${[{ ...lincoln, responses: generateResponses(coherence, 5, { seed: 1, shift: -1 }) }]}></cr-rubric-report>`);
    await el.updateComplete;
    const table = part(el, 'teams-table') as HTMLTableElement;
    expect(words(table.caption)).to.contain('Each cell also says how the team’s mean rating moved since the previous cycle.');
    const overall = [...table.tFoot!.rows[0]!.cells].map(words);
    // Lincoln rated a step lower before: its overall mean went up; Roosevelt was not compared before: new.
    expect(overall[1]).to.match(/▲ Up \+\d/);
    expect(overall[2]).to.contain('✚ New: not rated before');
    // Washington rated nothing in either cycle: no change is claimed.
    expect(overall[3]).to.equal('not rated');
    await expectAxeClean(el);
  });

  it('goes back to the one-team report when teams is null again', async () => {
    const el = await mount(TEAMS);
    el.teams = null;
    el.responses = lincoln.responses;
    await el.updateComplete;
    expect(part(el, 'teams')).to.equal(null);
    expect(words(part(el, 'header'))).to.contain('Team results · 5 responses');
  });
});
