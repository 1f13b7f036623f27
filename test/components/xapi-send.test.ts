// Rubrics sending their responses to a real LRS (scripts/lrs.mjs) from Chromium, through CORS,
// and every fault the issue names: LRS down, 401, 409, 413, a slow LRS, a reload in between.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/rubric/cr-rubric.js';
import '../../src/components/rubric-session/cr-rubric-session.js';
import '../../src/components/team-assessment/cr-team-assessment.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import type { CrRubricSession } from '../../src/components/rubric-session/rubric-session.js';
import { QUEUE_PREFIX, readQueue } from '../../src/controllers/xapi-queue.js';
import type { CrXapiEvent } from '../../src/events/events.js';
import {
  postStatements,
  readStatements,
  registrationFor,
  responsesFromStatements,
  rubricActivityId,
  VERBS,
  xapiStatements,
  type XapiStatement,
} from '../../src/interop/index.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { tinyGrid } from '../fixtures/definitions.js';
import { teamAssessment } from '../fixtures/team-data.js';
import { BAD_AUTH, GOOD_AUTH, setProxy, testLrs, type TestLrs } from '../helpers/lrs.js';

const actor = { mbox: 'mailto:ana@lincoln.example', name: 'Ana' };
const radios = (el: HTMLElement, itemId: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`#item-${itemId} input[type=radio]`),
];
const status = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~=status][role=status]')?.textContent?.trim() ?? '';

/** What the LRS holds for a cycle of `rubric`. */
async function stored(lrs: TestLrs, rubric: Rubric, cycle: string): Promise<XapiStatement[]> {
  return readStatements(
    lrs.endpoint,
    { activity: rubricActivityId(rubric), registration: registrationFor(cycle), relatedActivities: true },
    { auth: GOOD_AUTH },
  );
}

async function rubricAt(
  endpoint: string,
  cycle: string,
  auth: () => string = GOOD_AUTH,
  value: RubricResponse | null = null,
): Promise<CrRubric> {
  const session = await fixture<CrRubricSession>(html`<cr-rubric-session cycle=${cycle}>
    <cr-rubric .definition=${tinyGrid()} .value=${value} xapi-endpoint=${endpoint} .xapiActor=${actor} .xapiAuth=${auth}></cr-rubric>
  </cr-rubric-session>`);
  const el = session.querySelector<CrRubric>('cr-rubric')!;
  await el.updateComplete;
  return el;
}

async function settle(el: CrRubric): Promise<void> {
  await el.updateComplete;
  await el.xapiComplete;
  await el.updateComplete;
}

/** Rates both items of the tiny grid, completing it. */
async function complete(el: CrRubric, first = 1, second = 2): Promise<void> {
  radios(el, 'first')[first]!.click();
  await el.updateComplete;
  radios(el, 'second')[second]!.click();
  await settle(el);
}

/** A saved response to the tiny grid with fixed ids and times, so its statements are known in advance. */
function saved(cycle: string, note = 'We plan together'): RubricResponse {
  return {
    rubricId: 'tiny',
    rubricVersion: '1.0.0',
    id: `saved-${cycle}`,
    cycle,
    createdAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-11-30T09:02:00.000Z',
    answers: {
      first: { level: 'mid', fields: { note }, updatedAt: '2026-11-30T09:01:00.000Z' },
      second: { level: 'high', updatedAt: '2026-11-30T09:02:00.000Z' },
    },
  };
}

const newCycle = () => `cycle ${crypto.randomUUID()}`;

function clearQueues(): void {
  for (const key of Object.keys(localStorage))
    if (key.startsWith(QUEUE_PREFIX) || key.startsWith('collab-rubrics:draft:')) localStorage.removeItem(key);
}

describe('rubrics sending to a Learning Record Store', function () {
  this.timeout(60_000);
  let lrs: TestLrs;
  before(async () => {
    lrs = await testLrs();
  });
  beforeEach(clearQueues);
  afterEach(async () => {
    await setProxy({ mode: 'up' });
    clearQueues();
  });

  it('sends each answer and the completion when a person completes the rubric, and says "Sent"; a resubmission adds nothing', async () => {
    const cycle = newCycle();
    const el = await rubricAt(lrs.endpoint, cycle);
    await complete(el);
    expect(status(el)).to.equal('Sent');
    let held = await stored(lrs, tinyGrid(), cycle);
    expect(held.map((s) => s.verb.id).sort()).to.deep.equal([VERBS.answered, VERBS.answered, VERBS.completed]);
    expect(held.every((s) => s.actor.mbox === actor.mbox)).to.equal(true);
    el.markSubmitted();
    await settle(el);
    held = await stored(lrs, tinyGrid(), cycle);
    expect(held, 'the same statements again are stored once').to.have.length(3);
    expect(readQueue(lrs.endpoint)).to.deep.equal([]);
  });

  it('sends a changed answer as a new statement, and the report counts the person once, with the change', async () => {
    const cycle = newCycle();
    const el = await rubricAt(lrs.endpoint, cycle);
    await complete(el, 0, 0);
    radios(el, 'first')[2]!.click();
    await el.updateComplete;
    el.markSubmitted();
    await settle(el);
    const held = await stored(lrs, tinyGrid(), cycle);
    expect(held.length).to.be.greaterThan(3);
    const { responses } = responsesFromStatements(tinyGrid(), held);
    expect(responses).to.have.length(1);
    expect(responses[0]!.answers['first']?.level).to.equal('high');
    expect(responses[0]!.answers['second']?.level).to.equal('low');
  });

  it('sends a note typed on an item never rated as a comment, and the report reads it back: the note, the item not rated', async () => {
    const cycle = newCycle();
    const el = await rubricAt(lrs.endpoint, cycle);
    radios(el, 'second')[2]!.click();
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector('#item-first')!;
    first.querySelector<HTMLButtonElement>('[part=field] button')!.click();
    await el.updateComplete;
    const box = first.querySelector<HTMLTextAreaElement>('textarea')!;
    box.value = 'Ask the union rep before we rate this';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.markSubmitted();
    await settle(el);
    expect(status(el)).to.equal('Sent');
    const held = await stored(lrs, tinyGrid(), cycle);
    expect(held.map((s) => s.verb.id).sort()).to.deep.equal([VERBS.answered, VERBS.commented]);
    const comment = held.find((s) => s.verb.id === VERBS.commented)!;
    expect(comment.object.id).to.equal(`${rubricActivityId(tinyGrid())}/items/first`);
    expect(comment.result?.response, 'a note is not an answer').to.equal(undefined);
    const { responses, ignored } = responsesFromStatements(tinyGrid(), held);
    expect(ignored).to.deep.equal([]);
    expect(responses).to.have.length(1);
    expect(responses[0]!.answers['first']?.fields).to.deep.equal({ note: 'Ask the union rep before we rate this' });
    expect(responses[0]!.answers['first']?.level, 'not rated').to.equal(undefined);
    expect(responses[0]!.answers['second']?.level).to.equal('high');
    // The person rates the item later: the rating, with the note, is the latest answer.
    radios(el, 'first')[0]!.click();
    await settle(el);
    const [after] = responsesFromStatements(tinyGrid(), await stored(lrs, tinyGrid(), cycle)).responses;
    expect(after!.answers['first']).to.include({ level: 'low' });
    expect(after!.answers['first']?.fields).to.deep.equal({ note: 'Ask the union rep before we rate this' });
  });

  it('takes the endpoint, actor, team and credentials from <cr-rubric-session>', async () => {
    const cycle = newCycle();
    const team = { objectType: 'Group' as const, name: 'Lincoln SLT', account: { homePage: 'https://lms.example', name: 'slt-7' } };
    const session = await fixture<CrRubricSession>(html`<cr-rubric-session cycle=${cycle} xapi-endpoint=${lrs.endpoint}
      .xapiActor=${actor} .xapiTeam=${team} .xapiAuth=${GOOD_AUTH}><cr-team-assessment></cr-team-assessment></cr-rubric-session>`);
    const el = session.querySelector<CrRubric>('cr-team-assessment')!;
    await el.updateComplete;
    for (const section of teamAssessment.sections) {
      for (const item of section.items) {
        radios(el, item.id)[3]!.click();
        await el.updateComplete;
      }
    }
    await settle(el);
    const held = await stored(lrs, teamAssessment, cycle);
    expect(held).to.have.length(10);
    expect(held.every((s) => s.context?.team?.account?.name === 'slt-7')).to.equal(true);
    expect(status(el)).to.equal('Sent');
  });

  it('lets a host take the statements (cr-xapi, cancelled): nothing is queued or sent', async () => {
    const cycle = newCycle();
    const el = await rubricAt(lrs.endpoint, cycle);
    const taken: CrXapiEvent[] = [];
    el.addEventListener('cr-xapi', (event) => {
      taken.push(event);
      event.preventDefault();
    });
    await complete(el);
    expect(taken).to.have.length(1);
    expect(taken[0]!.statements).to.have.length(3);
    expect(taken[0]!.endpoint).to.equal(lrs.endpoint);
    expect(readQueue(lrs.endpoint)).to.deep.equal([]);
    expect(await stored(lrs, tinyGrid(), cycle)).to.deep.equal([]);
  });

  it('keeps the statements when the LRS is down ("Will send when online") and sends them after a reload', async () => {
    const cycle = newCycle();
    await setProxy({ mode: 'down' });
    const el = await rubricAt(lrs.proxy, cycle);
    await complete(el);
    expect(status(el)).to.equal('Will send when online');
    expect(el.xapiStatus).to.include({ state: 'offline', waiting: 3, parked: 0 });
    expect(readQueue(lrs.proxy)).to.have.length(3);
    el.closest('cr-rubric-session')!.remove();
    await setProxy({ mode: 'up' });
    // The next page with a rubric for this LRS sends what is waiting.
    const next = await rubricAt(lrs.proxy, cycle);
    await settle(next);
    expect(status(next)).to.equal('Sent');
    expect(await stored(lrs, tinyGrid(), cycle)).to.have.length(3);
    expect(readQueue(lrs.proxy)).to.deep.equal([]);
  });

  it('says when the LRS refuses the credentials, keeps the statements, and sends them with new ones', async () => {
    const cycle = newCycle();
    const el = await rubricAt(lrs.endpoint, cycle, BAD_AUTH);
    await complete(el);
    expect(status(el)).to.equal('Not sent yet: the record store refused the credentials. Will try again.');
    expect(readQueue(lrs.endpoint)).to.have.length(3);
    el.xapiAuth = GOOD_AUTH;
    el.retryXapi();
    await settle(el);
    expect(status(el)).to.equal('Sent');
    expect(await stored(lrs, tinyGrid(), cycle)).to.have.length(3);
  });

  it('keeps a statement the LRS holds in another version (409), sends the others, and says so', async () => {
    const cycle = newCycle();
    const response = saved(cycle);
    const [first] = xapiStatements(tinyGrid(), response, { actor });
    await postStatements(lrs.endpoint, [{ ...first!, result: { response: 'low' } }], { auth: GOOD_AUTH });
    const el = await rubricAt(lrs.endpoint, cycle, GOOD_AUTH, response);
    el.markSubmitted();
    await settle(el);
    expect(status(el)).to.equal('1 answer was not accepted (the record store holds a different version); kept on this device.');
    expect(readQueue(lrs.endpoint).map((e) => [e.statement.id, e.parked])).to.deep.equal([[first!.id, 'conflict']]);
    const held = await stored(lrs, tinyGrid(), cycle);
    expect(held).to.have.length(3);
    expect(held.find((s) => s.id === first!.id)?.result?.response, 'the LRS keeps its own version').to.equal('low');

    // The host lists what was kept, with why, and a person decides: here, the LRS's version stands.
    const parked = await el.xapiParked();
    expect(parked.map((p) => [p.statement.id, p.problem, p.statement.result?.response])).to.deep.equal([[first!.id, 'conflict', 'mid']]);
    await el.settleXapiParked('discard', [first!.id!]);
    await settle(el);
    expect(readQueue(lrs.endpoint)).to.deep.equal([]);
    expect(el.xapiStatus).to.include({ state: 'sent', waiting: 0, parked: 0 });
    expect(status(el)).to.equal('Sent');
    expect(await el.xapiParked()).to.deep.equal([]);
  });

  it('splits requests the LRS finds too large (413), and keeps a statement that is too large on its own', async () => {
    const cycle = newCycle();
    const sizes = xapiStatements(tinyGrid(), saved(cycle), { actor }).map((s) => JSON.stringify(s).length);
    await setProxy({ limit: Math.max(...sizes) + 40 });
    const el = await rubricAt(lrs.proxy, cycle, GOOD_AUTH, saved(cycle));
    el.markSubmitted();
    await settle(el);
    expect(status(el)).to.equal('Sent');
    expect(await stored(lrs, tinyGrid(), cycle)).to.have.length(3);

    const other = newCycle();
    const long = saved(other, 'x'.repeat(Math.max(...sizes) + 100));
    const big = await rubricAt(lrs.proxy, other, GOOD_AUTH, long);
    big.markSubmitted();
    await settle(big);
    expect(status(big)).to.equal('1 answer was not accepted (too large for the record store); kept on this device.');
    expect(readQueue(lrs.proxy).map((e) => e.parked)).to.deep.equal(['too-large']);
    expect(await stored(lrs, tinyGrid(), other)).to.have.length(2);

    // The district raises its server's limit: the kept statement is sent again on request.
    await setProxy({});
    expect((await big.xapiParked()).map((p) => p.problem)).to.deep.equal(['too-large']);
    await big.settleXapiParked('resend');
    await settle(big);
    expect(status(big)).to.equal('Sent');
    expect(readQueue(lrs.proxy)).to.deep.equal([]);
    expect(await stored(lrs, tinyGrid(), other)).to.have.length(3);
  });

  it('sends once through a slow LRS, however often the host submits meanwhile', async () => {
    const cycle = newCycle();
    await setProxy({ mode: 'slow', delay: 1_500 });
    const el = await rubricAt(lrs.proxy, cycle, GOOD_AUTH, saved(cycle));
    el.markSubmitted();
    await el.updateComplete;
    el.markSubmitted();
    el.markSubmitted();
    await aMoment();
    expect(status(el)).to.equal('Sending…');
    await settle(el);
    expect(status(el)).to.equal('Sent');
    expect(await stored(lrs, tinyGrid(), cycle)).to.have.length(3);
  });
});

const aMoment = () => new Promise((resolve) => setTimeout(resolve, 200));
