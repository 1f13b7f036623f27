// The xAPI client against a real LRS: Learning Locker's statement service, run in memory on
// 127.0.0.1 by the test runner (scripts/lrs.mjs), reached from each engine through CORS.
import { expect } from '@open-wc/testing';
import {
  LrsError,
  lrsEndpoint,
  postStatements,
  readStatements,
  responsesFromStatements,
  rubricActivityId,
  xapiStatements,
  type XapiStatement,
} from '../../src/interop/index.js';
import { teamAssessment, teamAssessmentTeam } from '../fixtures/team-data.js';
import { BAD_AUTH, GOOD_AUTH, setProxy, testLrs, type TestLrs } from '../helpers/lrs.js';

/** A cycle of the team assessment, sent as by members with LMS accounts, under a fresh registration. */
function cycle(size = 6) {
  const registration = crypto.randomUUID();
  const team = teamAssessmentTeam()
    .slice(0, size)
    .map((r, i) => ({ ...r, id: `${registration}-${i}` }));
  const statements = team.flatMap((r, i) =>
    xapiStatements(teamAssessment, r, {
      actor: { account: { homePage: 'https://lms.example', name: `u${i}` }, name: r.respondent },
      registration,
    }),
  );
  return { registration, team, statements };
}

const query = (registration: string, limit?: number) => ({
  activity: rubricActivityId(teamAssessment),
  registration,
  relatedActivities: true,
  ...(limit ? { limit } : {}),
});

async function problemOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'none';
  } catch (error) {
    return error instanceof LrsError ? error.problem : String(error);
  }
}

describe('LRS client (real LRS)', function () {
  this.timeout(60_000);
  let lrs: TestLrs;
  before(async () => {
    lrs = await testLrs();
  });
  afterEach(async () => {
    await setProxy({ mode: 'up' });
  });

  it('sends a cycle, and reads it back page by page through the "more" links', async () => {
    const { registration, team, statements } = cycle();
    await postStatements(lrs.endpoint, statements, { auth: GOOD_AUTH });
    const pages: number[] = [];
    const read = await readStatements(lrs.endpoint, query(registration, 7), { auth: GOOD_AUTH, onProgress: (n) => pages.push(n) });
    expect(read).to.have.length(statements.length);
    expect(pages.length, 'pages of at most 7').to.be.at.least(Math.ceil(statements.length / 7));
    expect(new Set(read.map((s) => s.id))).to.deep.equal(new Set(statements.map((s) => s.id)));
    const { responses } = responsesFromStatements(teamAssessment, read);
    expect(responses.map((r) => r.respondent).sort()).to.deep.equal(team.map((r) => r.respondent).sort());
  });

  it('stores a resent statement once (same id, same content)', async () => {
    const { registration, statements } = cycle(2);
    await postStatements(lrs.endpoint, statements, { auth: GOOD_AUTH });
    await postStatements(lrs.endpoint, statements, { auth: GOOD_AUTH });
    await postStatements(lrs.endpoint, statements.slice(0, 3), { auth: GOOD_AUTH });
    const read = await readStatements(lrs.endpoint, query(registration), { auth: GOOD_AUTH });
    expect(read).to.have.length(statements.length);
  });

  it('says what went wrong: refused credentials (401), a conflicting id (409), unreachable, too slow', async () => {
    const { statements } = cycle(1);
    expect(await problemOf(postStatements(lrs.endpoint, statements, { auth: BAD_AUTH }))).to.equal('unauthorized');
    await postStatements(lrs.endpoint, statements.slice(0, 1), { auth: GOOD_AUTH });
    const changed: XapiStatement = { ...statements[0]!, result: { response: statements[0]!.result!.response === '1' ? '2' : '1' } };
    expect(await problemOf(postStatements(lrs.endpoint, [changed], { auth: GOOD_AUTH }))).to.equal('conflict');
    await setProxy({ mode: 'down' });
    expect(await problemOf(postStatements(lrs.proxy, statements, { auth: GOOD_AUTH }))).to.equal('offline');
    await setProxy({ mode: 'slow', delay: 3_000 });
    expect(await problemOf(postStatements(lrs.proxy, statements, { auth: GOOD_AUTH, timeout: 500 }))).to.equal('timeout');
  });

  it('says a batch is too large (413) when the server refuses its body, even where the browser cannot read the 413 (WebKit)', async () => {
    const { statements } = cycle(1);
    await setProxy({ limit: 2_000 });
    try {
      expect(await problemOf(postStatements(lrs.proxy, statements, { auth: GOOD_AUTH }))).to.equal('too-large');
      // What the LRS does take still goes through the same server: a small batch is not "too large".
      expect(JSON.stringify(statements.slice(0, 1)).length).to.be.below(2_000);
      expect(await problemOf(postStatements(lrs.proxy, statements.slice(0, 1), { auth: GOOD_AUTH }))).to.equal('none');
    } finally {
      await setProxy({});
    }
  });

  it('refuses endpoints that would leak: plain http to another machine, credentials in the address', () => {
    expect(() => lrsEndpoint('http://lrs.example/xapi/')).to.throw(TypeError, 'expected an https: address');
    expect(() => lrsEndpoint('https://user:pass@lrs.example/xapi/')).to.throw(TypeError, 'credentials never go into the address');
    expect(lrsEndpoint('https://lrs.example/xapi').href).to.equal('https://lrs.example/xapi/');
    expect(lrsEndpoint('http://127.0.0.1:8080/xAPI/').href).to.equal('http://127.0.0.1:8080/xAPI/');
  });
});
