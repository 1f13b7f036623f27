// <cr-rubric-report> reading a cycle from a real LRS (scripts/lrs.mjs), through CORS.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/report/cr-rubric-report.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import type { CrImportEvent } from '../../src/events/events.js';
import { postStatements, rubricActivityId, VERBS, xapiStatements, type XapiStatement } from '../../src/interop/index.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { expectAxeClean } from '../helpers/axe.js';
import { coherence, coherenceCycles, generateResponses, teamAssessment } from '../fixtures/team-data.js';
import { BAD_AUTH, GOOD_AUTH, testLrs, type TestLrs } from '../helpers/lrs.js';

/** Sends `responses` to the LRS under a fresh registration, as members with LMS accounts; returns the registration. */
async function send(
  lrs: TestLrs,
  rubric: Rubric,
  responses: RubricResponse[],
  registration = crypto.randomUUID(),
): Promise<{ registration: string; statements: XapiStatement[] }> {
  const statements = responses.flatMap((r, i) =>
    xapiStatements(
      rubric,
      { ...r, id: `${registration}-${i}` },
      { actor: { account: { homePage: 'https://lms.example', name: `member-${i}` }, name: r.respondent }, registration },
    ),
  );
  for (let at = 0; at < statements.length; at += 500)
    await postStatements(lrs.endpoint, statements.slice(at, at + 500), { auth: GOOD_AUTH });
  return { registration, statements };
}

async function reportFrom(
  lrs: TestLrs,
  rubric: string,
  registration: string,
  more: { previous?: string; auth?: () => string } = {},
): Promise<CrRubricReport> {
  const el = await fixture<CrRubricReport>(html`<cr-rubric-report lang="en" rubric=${rubric} .xapiAuth=${more.auth ?? GOOD_AUTH}
    xapi-endpoint=${lrs.endpoint} registration=${registration} previous-registration=${more.previous ?? ''}></cr-rubric-report>`);
  await el.xapiComplete;
  await el.updateComplete;
  return el;
}

const text = (el: CrRubricReport, part: string) =>
  el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<cr-rubric-report> reading from a Learning Record Store', function () {
  this.timeout(180_000);
  let lrs: TestLrs;
  before(async () => {
    lrs = await testLrs();
  });

  it("reads a cycle and the previous one, and shows the team's results and what changed", async () => {
    const { previous, current } = coherenceCycles();
    const earlier = await send(lrs, coherence, previous);
    const now = await send(lrs, coherence, current);
    const el = await reportFrom(lrs, 'coherence-progression', now.registration, { previous: earlier.registration });
    expect(el.responses.map((r) => r.respondent)).to.have.members(current.map((r) => r.respondent!));
    expect(el.previous?.map((r) => r.respondent)).to.have.members(previous.map((r) => r.respondent!));
    expect(text(el, 'header')).to.contain('8 responses');
    expect(text(el, 'lrs-status')).to.equal(
      `Read ${earlier.statements.length + now.statements.length} statements from the Learning Record Store: 8 responses.`,
    );
    expect(el.shadowRoot!.querySelector('[part~="comparison"]'), 'the comparison with the previous cycle').to.exist;
    await expectAxeClean(el);
  });

  it('takes a cycle by the name the rubrics sent it with', async () => {
    const name = `Lincoln ${crypto.randomUUID().slice(0, 8)} fall`;
    const team = generateResponses(teamAssessment, 5, { seed: 5, cycle: name });
    for (const [i, r] of team.entries())
      await postStatements(
        lrs.endpoint,
        xapiStatements(teamAssessment, { ...r, id: `${name}-${i}` }, { actor: { mbox: `mailto:m${i}@lincoln.example` } }),
        { auth: GOOD_AUTH },
      );
    const el = await reportFrom(lrs, 'team-assessment', name);
    expect(el.responses).to.have.length(5);
    expect(el.responses.every((r) => r.cycle === name)).to.equal(true);
  });

  it("reads one team's responses when two teams share a cycle at one LRS (xapiTeam: context.team)", async () => {
    const registration = crypto.randomUUID();
    const group = (name: string) => ({ objectType: 'Group' as const, name, account: { homePage: 'https://lms.example', name } });
    const lincoln = generateResponses(teamAssessment, 4, { seed: 21 });
    const roosevelt = generateResponses(teamAssessment, 3, { seed: 22 });
    for (const [team, members] of [
      [group('lincoln-slt'), lincoln],
      [group('roosevelt-slt'), roosevelt],
    ] as const) {
      const statements = members.flatMap((r, i) =>
        xapiStatements(
          teamAssessment,
          { ...r, id: `${team.name}-${i}` },
          { actor: { account: { homePage: 'https://lms.example', name: `${team.name}-${i}` } }, registration, team },
        ),
      );
      await postStatements(lrs.endpoint, statements, { auth: GOOD_AUTH });
    }
    const everyone = await reportFrom(lrs, 'team-assessment', registration);
    expect(everyone.responses).to.have.length(7);
    const el = document.createElement('cr-rubric-report') as CrRubricReport;
    Object.assign(el, {
      rubric: 'team-assessment',
      xapiAuth: GOOD_AUTH,
      xapiEndpoint: lrs.endpoint,
      registration,
      xapiTeam: group('roosevelt-slt'),
    });
    document.body.append(el);
    await el.xapiComplete;
    await el.updateComplete;
    expect(el.responses.map((r) => r.id).sort()).to.deep.equal(['roosevelt-slt-0', 'roosevelt-slt-1', 'roosevelt-slt-2']);
    // Another team, the same element: it reads again.
    el.xapiTeam = group('lincoln-slt');
    await el.updateComplete;
    await el.xapiComplete;
    await el.updateComplete;
    expect(el.responses).to.have.length(4);
    el.remove();
  });

  it('lists a statement another tool wrote with a level the scale does not have, and counts everything else', async () => {
    const team = generateResponses(teamAssessment, 3, { seed: 9 });
    const { registration } = await send(lrs, teamAssessment, team);
    const foreign: XapiStatement = {
      id: crypto.randomUUID(),
      actor: { mbox: 'mailto:other-tool@district.example', name: 'Other tool' },
      verb: { id: VERBS.answered },
      object: { objectType: 'Activity', id: `${rubricActivityId(teamAssessment)}/items/resources` },
      result: { response: 'Excellent' },
      context: { registration, contextActivities: { parent: [{ id: rubricActivityId(teamAssessment) }] } },
      timestamp: '2026-11-30T12:00:00Z',
    };
    await postStatements(lrs.endpoint, [foreign], { auth: GOOD_AUTH });
    const el = document.createElement('cr-rubric-report') as CrRubricReport;
    Object.assign(el, { rubric: 'team-assessment', xapiAuth: GOOD_AUTH, xapiEndpoint: lrs.endpoint, registration });
    const imported = oneEvent(el, 'cr-import') as Promise<CrImportEvent>;
    document.body.append(el);
    const { report } = await imported;
    await el.updateComplete;
    expect(report.loaded).to.have.length(3);
    expect(report.invalid).to.deep.equal([
      {
        source: `LRS statement ${foreign.id}`,
        issues: [{ path: 'result.response', message: '"Excellent" is not a level of this rubric\'s scale' }],
      },
    ]);
    expect(text(el, 'import-report')).to.contain(`LRS statement ${foreign.id}`);
    expect(text(el, 'header')).to.contain('3 responses');
    el.remove();
  });

  it('says so when the LRS refuses the credentials, and keeps what it showed', async () => {
    const el = await reportFrom(lrs, 'team-assessment', crypto.randomUUID(), { auth: BAD_AUTH });
    expect(text(el, 'lrs-status')).to.equal(
      'Could not read from the Learning Record Store: it refused the credentials. The report shows what it had before.',
    );
    expect(el.responses).to.deep.equal([]);
  });

  it('reads a cycle of 10,000 statements page by page, showing progress', async () => {
    // About 9.5 statements per response (a few answers are left unrated): 1,060 people send over 10,000.
    const team = generateResponses(teamAssessment, 1_060, { seed: 10 });
    const { registration, statements } = await send(lrs, teamAssessment, team);
    expect(statements.length).to.be.at.least(10_000);
    const el = document.createElement('cr-rubric-report') as CrRubricReport;
    Object.assign(el, { rubric: 'team-assessment', xapiAuth: GOOD_AUTH, xapiEndpoint: lrs.endpoint, registration });
    const seen = new Set<string>();
    const watch = new MutationObserver(() => seen.add(text(el, 'lrs-status')));
    document.body.append(el);
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.xapiComplete;
    await el.updateComplete;
    watch.disconnect();
    const progress = [...seen].filter((t) => t.includes('statements so far'));
    expect(progress.length, `progress shown: ${[...seen].join(' | ')}`).to.be.at.least(3);
    expect(el.responses).to.have.length(1_060);
    expect(text(el, 'header')).to.contain('1060 responses');
    el.remove();
  });
});
