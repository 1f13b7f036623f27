// <cr-rubric-report> reading several teams of one cycle from a real LRS (scripts/lrs.mjs), through CORS.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/report/cr-rubric-report.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import { postStatements, xapiStatements, type XapiGroup } from '../../src/interop/index.js';
import { NO_TEAM } from '../../src/report/index.js';
import type { RubricResponse } from '../../src/rubrics/schema.js';
import { compareTeams, type TeamResponses } from '../../src/scoring/index.js';
import { expectAxeClean } from '../helpers/axe.js';
import { coherence, generateResponses } from '../fixtures/team-data.js';
import { GOOD_AUTH, testLrs, type TestLrs } from '../helpers/lrs.js';

const group = (id: string, name: string): XapiGroup => ({
  objectType: 'Group',
  name,
  account: { homePage: 'https://lms.district.example', name: id },
});

interface Sent {
  readonly group: XapiGroup | undefined;
  readonly responses: RubricResponse[];
}

/** Sends every team's responses under one registration, each member with an LMS account and the team as `context.team`. */
async function sendCycle(lrs: TestLrs, teams: readonly Sent[], registration: string): Promise<number> {
  const statements = teams.flatMap(({ group: team, responses }, t) =>
    responses.flatMap((r, i) =>
      xapiStatements(
        coherence,
        { ...r, id: `${registration}-${t}-${i}` },
        {
          actor: { account: { homePage: 'https://lms.district.example', name: `${t}-${i}` }, name: r.respondent },
          registration,
          ...(team ? { team } : {}),
        },
      ),
    ),
  );
  await postStatements(lrs.endpoint, statements, { auth: GOOD_AUTH });
  return statements.length;
}

async function read(lrs: TestLrs, registration: string, teams: readonly XapiGroup[] | 'all'): Promise<CrRubricReport> {
  const el = await fixture<CrRubricReport>(html`<cr-rubric-report lang="en" rubric="coherence-progression" .xapiAuth=${GOOD_AUTH}
    xapi-endpoint=${lrs.endpoint} registration=${registration} .xapiTeams=${teams}></cr-rubric-report>`);
  await el.xapiComplete;
  await el.updateComplete;
  return el;
}

const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: CrRubricReport, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const heads = (el: CrRubricReport) => [...(part(el, 'teams-table')?.querySelectorAll('thead th') ?? [])].map(words);

describe('<cr-rubric-report> reading several teams of a cycle from a Learning Record Store', function () {
  this.timeout(180_000);
  let lrs: TestLrs;
  const lincoln = group('lincoln-slt', 'Lincoln SLT');
  const roosevelt = group('roosevelt-slt', 'Roosevelt SLT');
  const adams = group('adams-ilt', 'Adams ILT');
  const sent: Sent[] = [
    { group: lincoln, responses: generateResponses(coherence, 4, { seed: 31 }) },
    { group: roosevelt, responses: generateResponses(coherence, 3, { seed: 32 }) },
    { group: adams, responses: generateResponses(coherence, 2, { seed: 33 }) },
    { group: undefined, responses: generateResponses(coherence, 1, { seed: 34 }) },
  ];
  let registration = '';
  let statements = 0;
  before(async () => {
    lrs = await testLrs();
    registration = crypto.randomUUID();
    statements = await sendCycle(lrs, sent, registration);
  });

  it('shows every team found in the cycle side by side (xapi-teams="all"), by name, with the statements of no team last', async () => {
    const el = await fixture<CrRubricReport>(html`<cr-rubric-report lang="en" rubric="coherence-progression" xapi-teams="all"
      .xapiAuth=${GOOD_AUTH} xapi-endpoint=${lrs.endpoint} registration=${registration}></cr-rubric-report>`);
    expect(el.xapiTeams).to.equal('all');
    await el.xapiComplete;
    await el.updateComplete;
    expect(heads(el)).to.deep.equal([
      'Item',
      'Adams ILT 2 responses',
      'Lincoln SLT 4 responses',
      'Roosevelt SLT 3 responses',
      'No team given 1 response',
      'All teams 10 responses',
    ]);
    expect(words(part(el, 'lrs-status'))).to.equal(`Read ${statements} statements from the Learning Record Store: 4 teams, 10 responses.`);
    expect(el.teams!.map((t) => t.id)).to.deep.equal([
      'account:https://lms.district.example|adams-ilt',
      'account:https://lms.district.example|lincoln-slt',
      'account:https://lms.district.example|roosevelt-slt',
      NO_TEAM,
    ]);
    // The figures are those of the responses each team sent.
    const expected = compareTeams(coherence, [
      { id: 'a', name: 'Adams ILT', responses: sent[2]!.responses },
      { id: 'l', name: 'Lincoln SLT', responses: sent[0]!.responses },
      { id: 'r', name: 'Roosevelt SLT', responses: sent[1]!.responses },
      { id: 'x', name: 'none', responses: sent[3]!.responses },
    ]);
    // Teams read from the LRS always have an id (the Group's): only a host may leave it out.
    expect(el.teams!.every((t) => typeof t.id === 'string')).to.equal(true);
    const read = compareTeams(coherence, el.teams! as readonly TeamResponses[]);
    expect(read.items.map((r) => r.teams.map((c) => [c.n, c.median, c.spreadSteps, c.discuss]))).to.deep.equal(
      expected.items.map((r) => r.teams.map((c) => [c.n, c.median, c.spreadSteps, c.discuss])),
    );
    await expectAxeClean(el);
  });

  it('reads only the teams listed (xapiTeams), in their order, keeps a listed team with no responses, and says what it left out', async () => {
    const washington = group('washington-slt', 'Washington SLT');
    const el = await read(lrs, registration, [roosevelt, washington, lincoln]);
    expect(heads(el)).to.deep.equal([
      'Item',
      'Roosevelt SLT 3 responses',
      'Washington SLT 0 responses',
      'Lincoln SLT 4 responses',
      'All teams 7 responses',
    ]);
    const status = words(part(el, 'lrs-status'));
    expect(status).to.match(/^Read \d+ statements from the Learning Record Store: 3 teams, 7 responses\./);
    // Each listed team is asked for on its own: Adams's and the team-less statements are never read.
    expect(status).not.to.contain('left out');
    // Changing the list reads again.
    el.xapiTeams = [adams];
    await el.updateComplete;
    await el.xapiComplete;
    await el.updateComplete;
    expect(heads(el)).to.deep.equal(['Item', 'Adams ILT 2 responses', 'All teams 2 responses']);
    await expectAxeClean(el);
  });

  it("reads the teams' previous cycle too (previous-registration), and says how each team moved", async () => {
    const earlier = crypto.randomUUID();
    await sendCycle(lrs, [{ group: lincoln, responses: generateResponses(coherence, 4, { seed: 31, shift: -1 }) }], earlier);
    const el = await fixture<CrRubricReport>(html`<cr-rubric-report lang="en" rubric="coherence-progression" xapi-teams="all"
      .xapiAuth=${GOOD_AUTH} xapi-endpoint=${lrs.endpoint} registration=${registration} previous-registration=${earlier}></cr-rubric-report>`);
    await el.xapiComplete;
    await el.updateComplete;
    expect(el.previousTeams!.map((t) => [t.name, t.responses.length])).to.deep.equal([['Lincoln SLT', 4]]);
    const overall = [...(part(el, 'teams-table') as HTMLTableElement).tFoot!.rows[0]!.cells].map(words);
    expect(heads(el)[2]).to.equal('Lincoln SLT 4 responses');
    expect(overall[2]).to.match(/▲ Up \+\d/);
    expect(overall[1]).to.contain('New: not rated before');
  });

  it('names a listed Group the LRS cannot be asked about, before asking', async () => {
    const el = await read(lrs, registration, [lincoln, { objectType: 'Group', name: 'Jefferson' }]);
    expect(words(part(el, 'lrs-status'))).to.equal(
      'Could not read from the Learning Record Store: xapiTeams[1]: a Group needs an mbox, mbox_sha1sum, openid or account. The report shows what it had before.',
    );
    expect(words(part(el, 'teams'))).to.contain('No teams yet.');
  });
});
