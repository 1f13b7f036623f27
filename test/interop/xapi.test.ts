import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ACTIVITY_TYPES,
  EXTENSIONS,
  registrationFor,
  responsesFromStatements,
  rubricActivityId,
  uuidV5,
  VERBS,
  xapiStatements,
  type XapiActivity,
  type XapiStatement,
} from '../../src/interop/index.js';
import { v5Prefix } from '../../src/interop/uuid.js';
import { parseResponse } from '../../src/rubrics/parse.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { aggregateResponses, checklistTally, scoreResponse } from '../../src/scoring/index.js';
import { arbResponse, arbRubric } from '../arbitraries.js';
import { tinyGrid } from '../fixtures/definitions.js';
import { assessingOurWork, byKind, collaborationSkills } from '../fixtures/instruments.js';
import { continuum, continuumTeam, teamAssessment, teamAssessmentTeam } from '../fixtures/team-data.js';

const ana = { mbox: 'mailto:ana@district.example', name: 'Ana' };
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function tinyResponse(overrides: Partial<RubricResponse> = {}): RubricResponse {
  return {
    rubricId: 'tiny',
    rubricVersion: '1.0.0',
    id: 'response-1',
    createdAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-11-30T09:05:00.000Z',
    answers: {
      first: { level: 'mid', fields: { note: 'We plan together on Mondays' }, updatedAt: '2026-11-30T09:01:00.000Z' },
      second: { level: 'high', updatedAt: '2026-11-30T09:05:00.000Z' },
    },
    ...overrides,
  };
}

/** Rated levels of a response, keyed `subject|item`: what a round trip must keep. */
function levels(rubric: Rubric, response: RubricResponse): Record<string, string> {
  const items = new Set(rubric.sections.flatMap((s) => s.items.map((i) => i.id)));
  const scale = new Set(rubric.scale.levels!.map((l) => l.id));
  const out: Record<string, string> = {};
  const take = (prefix: string, answers: RubricResponse['answers']) => {
    for (const [item, a] of Object.entries(answers))
      if (items.has(item) && a.level && scale.has(a.level)) out[`${prefix}|${item}`] = a.level;
  };
  if (rubric.subjects) for (const s of response.subjects ?? []) take(s.id, s.answers);
  else take('', response.answers);
  return out;
}

describe('xapiStatements', () => {
  it('writes one answered statement per rated item: a likert interaction whose scale is the levels, the level as the response, the note in the result', () => {
    const rubric = tinyGrid();
    const statements = xapiStatements(rubric, tinyResponse(), { actor: ana });
    const answered = statements.filter((s) => s.verb.id === VERBS.answered);
    expect(answered).to.have.length(2);
    const first = answered.find((s) => s.object.id.endsWith('/items/first'))!;
    const object = first.object as XapiActivity;
    expect(object.id).to.equal('https://w3id.org/collab-rubrics/rubrics/tiny/items/first');
    expect(object.definition?.type).to.equal(ACTIVITY_TYPES.interaction);
    expect(object.definition?.interactionType).to.equal('likert');
    expect(object.definition?.name).to.deep.equal({ en: 'First item' });
    expect(object.definition?.scale?.map((c) => c.id)).to.deep.equal(['low', 'mid', 'high']);
    expect(object.definition?.scale?.[1]?.description).to.deep.equal({ en: 'Middle' });
    expect(first.result?.response).to.equal('mid');
    expect(first.result?.extensions?.[EXTENSIONS.fields]).to.deep.equal({ note: 'We plan together on Mondays' });
    expect(first.timestamp).to.equal('2026-11-30T09:01:00.000Z');
    expect(first.actor).to.deep.equal({ objectType: 'Agent', ...ana });
    expect(first.context?.contextActivities?.parent?.[0]?.id).to.equal('https://w3id.org/collab-rubrics/rubrics/tiny');
    expect(first.context?.contextActivities?.parent?.[0]?.definition?.type).to.equal(ACTIVITY_TYPES.assessment);
  });

  it('writes a completed statement with the counts once every item is answered, none before', () => {
    const rubric = tinyGrid();
    const complete = xapiStatements(rubric, tinyResponse(), { actor: ana });
    const done = complete.filter((s) => s.verb.id === VERBS.completed);
    expect(done).to.have.length(1);
    expect(done[0]!.object.id).to.equal(rubricActivityId(rubric));
    expect(done[0]!.result?.completion).to.equal(true);
    expect(done[0]!.result?.extensions?.[EXTENSIONS.counts]).to.deep.equal({ answered: 2, rated: 2, notApplicable: 0, total: 2 });
    expect(done[0]!.result?.score, 'no points in the definition, no score').to.equal(undefined);
    const partial = xapiStatements(rubric, tinyResponse({ answers: { first: { level: 'low' } } }), { actor: ana });
    expect(partial.map((s) => s.verb.id)).to.deep.equal([VERBS.answered]);
  });

  it('scores the weighted points where the definition gives points', () => {
    const base = tinyGrid();
    const rubric: Rubric = {
      ...base,
      scale: { levels: base.scale.levels!.map((l, i) => ({ ...l, points: [0, 2, 4][i]! })) },
      sections: [{ ...base.sections[0]!, items: base.sections[0]!.items.map((item, i) => (i === 1 ? { ...item, weight: 2 } : item)) }],
    };
    const done = xapiStatements(rubric, tinyResponse(), { actor: ana }).find((s) => s.verb.id === VERBS.completed)!;
    // first: mid = 2 points × 1; second: high = 4 points × 2 → 10 of at most 12.
    expect(done.result?.score).to.deep.equal({ raw: 10, min: 0, max: 12, scaled: 0.8333 });
  });

  it('asks each scale kind as its own interaction type: likert, choice, true-false, long-fill-in', () => {
    const expected = {
      ordered: 'likert',
      'ideal-point': 'likert',
      nominal: 'choice',
      checklist: 'true-false',
      prompt: 'long-fill-in',
    } as const;
    for (const [kind, fixtures] of Object.entries(byKind)) {
      for (const fixture of fixtures) {
        const rubric = fixture as unknown as Rubric;
        const items = rubric.sections.flatMap((sec) => sec.items.map((i) => i.id));
        const answer =
          kind === 'checklist'
            ? { checked: true }
            : kind === 'prompt'
              ? { text: 'We met every month.' }
              : { level: rubric.scale.levels![0]!.id };
        const answers = { [items[0]!]: answer };
        const response = rubric.subjects
          ? { rubricId: rubric.id, rubricVersion: rubric.version, answers: {}, subjects: [{ id: 's1', name: 'Budget', answers }] }
          : { rubricId: rubric.id, rubricVersion: rubric.version, answers };
        const statements = xapiStatements(rubric, response, { actor: ana });
        const definition = (statements[0]!.object as XapiActivity).definition!;
        expect(definition.interactionType, `${rubric.id}`).to.equal(expected[kind as keyof typeof expected]);
        const ids = rubric.scale.levels?.map((l) => l.id);
        expect(
          definition.scale?.map((c) => c.id),
          `${rubric.id} scale`,
        ).to.deep.equal(definition.interactionType === 'likert' ? ids : undefined);
        expect(
          definition.choices?.map((c) => c.id),
          `${rubric.id} choices`,
        ).to.deep.equal(definition.interactionType === 'choice' ? ids : undefined);
        expect(statements[0]!.result?.response).to.equal(
          kind === 'checklist' ? 'true' : kind === 'prompt' ? 'We met every month.' : ids![0],
        );
      }
    }
  });

  it('sends a tick taken back as "false" and a rating the person cleared as an empty response marked cleared', () => {
    const skills = collaborationSkills as unknown as Rubric;
    const [untick] = xapiStatements(
      skills,
      { rubricId: skills.id, rubricVersion: '1.0.0', answers: { listening: { checked: false, updatedAt: '2026-11-30T09:00:00.000Z' } } },
      { actor: ana },
    );
    expect(untick!.result).to.deep.equal({ response: 'false' });
    const cleared = tinyResponse({ answers: { first: { level: null, updatedAt: '2026-11-30T09:06:00.000Z' } } });
    const [statement, ...rest] = xapiStatements(tinyGrid(), cleared, { actor: ana });
    expect(rest).to.deep.equal([]);
    expect(statement!.result).to.deep.equal({ response: '', extensions: { [EXTENSIONS.cleared]: true } });
    // A level never given (null without a time: nothing happened) sends nothing.
    expect(xapiStatements(tinyGrid(), tinyResponse({ answers: { first: { level: null } } }), { actor: ana })).to.deep.equal([]);
  });

  it('sends a note on an item never rated as a commented statement: no response, the fields in the result, an id of its own', () => {
    const note = { note: 'Ask the union rep first' };
    const response = tinyResponse({
      answers: {
        first: { fields: note, updatedAt: '2026-11-30T09:03:00.000Z' },
        second: { level: 'high', updatedAt: '2026-11-30T09:05:00.000Z' },
      },
    });
    const statements = xapiStatements(tinyGrid(), response, { actor: ana });
    const [comment] = statements.filter((s) => s.verb.id === VERBS.commented);
    expect(statements.map((s) => s.verb.id)).to.have.members([VERBS.commented, VERBS.answered]);
    expect(comment!.verb).to.deep.equal({ id: 'http://adlnet.gov/expapi/verbs/commented', display: { 'en-US': 'commented' } });
    expect(comment!.object.id).to.equal(`${rubricActivityId(tinyGrid())}/items/first`);
    expect(comment!.result).to.deep.equal({ extensions: { [EXTENSIONS.fields]: note } });
    expect(comment!.timestamp).to.equal('2026-11-30T09:03:00.000Z');
    expect(comment!.id).to.match(UUID_V5);
    expect(xapiStatements(tinyGrid(), structuredClone(response), { actor: ana })[0]!.id, 'the same note again: the same id').to.equal(
      comment!.id,
    );
    // The same item rated at the same time would be another statement, with another id.
    const rated = tinyResponse({ answers: { first: { level: 'low', fields: note, updatedAt: '2026-11-30T09:03:00.000Z' } } });
    expect(xapiStatements(tinyGrid(), rated, { actor: ana })[0]!.id).not.to.equal(comment!.id);
    // Not sent: an item with nothing on it, and a note on a level this version lacks (it stays in the response).
    const quiet = tinyResponse({ answers: { first: { updatedAt: '2026-11-30T09:03:00.000Z' }, second: { level: 'gone', fields: note } } });
    expect(xapiStatements(tinyGrid(), quiet, { actor: ana })).to.deep.equal([]);
    // A rating cleared with its note kept is still an answered statement marked cleared, with the note.
    const cleared = tinyResponse({ answers: { first: { level: null, fields: note, updatedAt: '2026-11-30T09:06:00.000Z' } } });
    expect(xapiStatements(tinyGrid(), cleared, { actor: ana })[0]!.result).to.deep.equal({
      response: '',
      extensions: { [EXTENSIONS.cleared]: true, [EXTENSIONS.fields]: note },
    });
  });

  it('sends notes on an unticked checklist item, an unanswered prompt and an unrated item of a partner as comments', () => {
    const skills = collaborationSkills as unknown as Rubric;
    const prompts = assessingOurWork as unknown as Rubric;
    const promptItem = prompts.sections[0]!.items[0]!.id;
    const note = { note: 'Next time' };
    for (const [rubric, itemId] of [
      [skills, 'listening'],
      [prompts, promptItem],
    ] as const) {
      const [comment, ...rest] = xapiStatements(
        rubric,
        { rubricId: rubric.id, rubricVersion: '1.0.0', answers: { [itemId]: { fields: note } } },
        { actor: ana },
      );
      expect(rest, rubric.id).to.deep.equal([]);
      expect(comment!.verb.id, rubric.id).to.equal(VERBS.commented);
      expect(comment!.result, rubric.id).to.deep.equal({ extensions: { [EXTENSIONS.fields]: note } });
    }
    const [partner] = xapiStatements(
      continuum,
      {
        rubricId: continuum.id,
        rubricVersion: continuum.version,
        answers: {},
        subjects: [{ id: 's1', name: 'Parents', answers: { 'current-relationship': { fields: note } } }],
      },
      { actor: ana },
    );
    expect(partner!.verb.id).to.equal(VERBS.commented);
    expect(partner!.result).to.deep.equal({
      extensions: { [EXTENSIONS.fields]: note, [EXTENSIONS.subject]: { id: 's1', name: 'Parents' } },
    });
  });

  it('carries the cycle as the registration, the team as a Group, and a registration the host gives as is', () => {
    const team = { objectType: 'Group' as const, name: 'Lincoln SLT', account: { homePage: 'https://lms.example', name: 'team-42' } };
    const [fromCycle] = xapiStatements(tinyGrid(), tinyResponse({ cycle: '2026 fall' }), { actor: ana, team });
    expect(fromCycle!.context?.registration).to.equal(registrationFor('2026 fall'));
    expect(fromCycle!.context?.registration).to.match(UUID_V5);
    expect(fromCycle!.context?.team).to.deep.equal(team);
    const given = '6f1c2c1e-1111-4111-8111-000000000009';
    const [fromHost] = xapiStatements(tinyGrid(), tinyResponse({ cycle: '2026 fall' }), { actor: ana, registration: given.toUpperCase() });
    expect(fromHost!.context?.registration).to.equal(given);
  });

  it('refuses an actor or team that is not identified exactly once, naming the option', () => {
    const cases: [unknown, string][] = [
      [undefined, 'options.actor: expected an xAPI Agent'],
      [{ name: 'Ana' }, 'options.actor: expected exactly one of'],
      [{ mbox: 'mailto:a@x.example', account: { homePage: 'https://x.example', name: 'a' } }, 'options.actor: expected exactly one of'],
      [{ mbox: 'ana@x.example' }, 'options.actor.mbox: expected "mailto:"'],
      [{ mbox_sha1sum: 'abc' }, 'options.actor.mbox_sha1sum'],
      [{ account: { homePage: 'https://x.example' } }, 'options.actor.account'],
    ];
    for (const [actor, message] of cases) {
      expect(() => xapiStatements(tinyGrid(), tinyResponse(), { actor } as never), JSON.stringify(actor)).to.throw(TypeError, message);
    }
    expect(() => xapiStatements(tinyGrid(), tinyResponse(), { actor: ana, team: { name: 'T' } as never })).to.throw(
      TypeError,
      'options.team.objectType',
    );
  });

  it('gives each statement a version 5 id from the response, item and edit time: a resend is the same statement, a new edit a new one', () => {
    const rubric = tinyGrid();
    const once = xapiStatements(rubric, tinyResponse(), { actor: ana });
    const again = xapiStatements(rubric, structuredClone(tinyResponse()), { actor: ana });
    expect(again.map((s) => s.id)).to.deep.equal(once.map((s) => s.id));
    for (const s of once) expect(s.id).to.match(UUID_V5);
    expect(new Set(once.map((s) => s.id)).size).to.equal(once.length);
    const edited = tinyResponse();
    edited.answers['second'] = { level: 'low', updatedAt: '2026-11-30T09:09:00.000Z' };
    edited.updatedAt = '2026-11-30T09:09:00.000Z';
    const after = xapiStatements(rubric, edited, { actor: ana });
    const idOf = (list: XapiStatement[], end: string) => list.find((s) => s.object.id.endsWith(end))?.id;
    expect(idOf(after, '/items/first'), 'an untouched answer keeps its id').to.equal(idOf(once, '/items/first'));
    expect(idOf(after, '/items/second'), 'an edited answer gets a new id').not.to.equal(idOf(once, '/items/second'));
  });

  it('derives ids as RFC 9562 version 5 UUIDs (the RFC test vector)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).to.equal('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('é ✓ ñ', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).to.match(UUID_V5);
    expect(uuidV5('x'.repeat(200))).not.to.equal(uuidV5('x'.repeat(201)));
  });

  it('gives a name split into a shared prefix and two parts the id of the whole name (v5Prefix), at every length and in any script', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('a', '\n', '-', 'é', '✓', '😀', '\u007f', '\u0080'),
        fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
      ),
      maxLength: 140,
    });
    const namespace = fc.constantFrom(undefined, '6ba7b811-9dad-11d1-80b4-00c04fd430c8');
    fc.assert(
      fc.property(text, text, text, namespace, (prefix, a, b, ns) => {
        const ids = v5Prefix(prefix, ns);
        expect(ids.id(a, b)).to.equal(uuidV5(prefix + a + b, ns));
        // Again with another ending: the prefix's encoding is reused, not overwritten.
        expect(ids.id(b, a)).to.equal(uuidV5(prefix + b + a, ns));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves answers to levels or items this version does not have unsent (they stay in the response)', () => {
    const response = tinyResponse({ answers: { first: { level: 'gone' }, removed: { level: 'low' }, second: { level: 'low' } } });
    const statements = xapiStatements(tinyGrid(), response, { actor: ana });
    expect(statements.map((s) => s.object.id.split('/').pop())).to.deep.equal(['second']);
  });
});

describe('responsesFromStatements', () => {
  it('round-trips any response: every rated answer comes back, once', () => {
    fc.assert(
      fc.property(
        arbRubric().chain((rubric) => fc.tuple(fc.constant(rubric), arbResponse(rubric))),
        ([rubric, response]) => {
          fc.pre(new Set((response.subjects ?? []).map((s) => s.id)).size === (response.subjects ?? []).length);
          const statements = JSON.parse(JSON.stringify(xapiStatements(rubric, response, { actor: ana }))) as XapiStatement[];
          const { responses, ignored } = responsesFromStatements(rubric, statements);
          expect(ignored).to.deep.equal([]);
          const sent = levels(rubric, response);
          if (Object.keys(sent).length === 0) {
            expect(responses).to.deep.equal([]);
          } else {
            expect(responses).to.have.length(1);
            expect(levels(rubric, responses[0]!)).to.deep.equal(sent);
            const parsed = parseResponse(responses[0]);
            expect(parsed.success, JSON.stringify(parsed.success || parsed.issues)).to.equal(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the team report the same figures as the original responses (team assessment and continuum)', () => {
    for (const [rubric, team] of [
      [teamAssessment, teamAssessmentTeam()],
      [continuum, continuumTeam()],
    ] as const) {
      const statements = team.flatMap((r, i) =>
        xapiStatements(rubric, r, { actor: { account: { homePage: 'https://lms.example', name: `u${i}` }, name: r.respondent } }),
      );
      const { responses } = responsesFromStatements(rubric, statements);
      expect(responses.map((r) => r.respondent)).to.deep.equal(team.map((r) => r.respondent));
      expect(aggregateResponses(rubric, responses)).to.deep.equal(aggregateResponses(rubric, team));
    }
  });

  it('keeps the latest answer per person and item, whatever order the LRS returns them in', () => {
    const rubric = tinyGrid();
    const early = tinyResponse();
    const late = tinyResponse({
      answers: { first: { level: 'high', updatedAt: '2026-12-01T08:00:00.000Z' } },
      updatedAt: '2026-12-01T08:00:00.000Z',
    });
    const statements = [...xapiStatements(rubric, early, { actor: ana }), ...xapiStatements(rubric, late, { actor: ana })];
    for (const order of [statements, [...statements].reverse()]) {
      const { responses } = responsesFromStatements(rubric, order);
      expect(responses).to.have.length(1);
      expect(responses[0]!.answers['first']?.level).to.equal('high');
      expect(responses[0]!.answers['second']?.level).to.equal('high');
      expect(responses[0]!.answers['first']?.fields, 'the later answer had no note').to.equal(undefined);
      expect(responses[0]!.respondent).to.equal('Ana');
      expect(responses[0]!.id).to.equal('response-1');
    }
  });

  it('reads ticks, unticks and written answers back, and a cleared rating as not rated: the latest statement wins', () => {
    const skills = collaborationSkills as unknown as Rubric;
    const ticked = xapiStatements(
      skills,
      {
        rubricId: skills.id,
        rubricVersion: '1.0.0',
        answers: {
          listening: { checked: true, updatedAt: '2026-11-30T09:00:00.000Z' },
          roles: { checked: true, updatedAt: '2026-11-30T09:00:00.000Z' },
        },
      },
      { actor: ana },
    );
    const later = xapiStatements(
      skills,
      { rubricId: skills.id, rubricVersion: '1.0.0', answers: { roles: { checked: false, updatedAt: '2026-11-30T09:10:00.000Z' } } },
      { actor: ana },
    );
    const [read] = responsesFromStatements(skills, [...later, ...ticked]).responses;
    expect(read!.answers).to.deep.equal({
      listening: { checked: true, updatedAt: '2026-11-30T09:00:00.000Z' },
      roles: { checked: false, updatedAt: '2026-11-30T09:10:00.000Z' },
    });
    expect(checklistTally(aggregateResponses(skills, [read!])).map((t) => [t.itemId, t.ticks])).to.deep.equal([
      ['listening', 1],
      ['roles', 0],
      ['blame', 0],
    ]);

    const prompts = assessingOurWork as unknown as Rubric;
    const item = prompts.sections[0]!.items[0]!.id;
    const words = 'Agendas went out a week ahead; "norms" were read aloud — every meeting.';
    const [prompt] = responsesFromStatements(
      prompts,
      xapiStatements(
        prompts,
        { rubricId: prompts.id, rubricVersion: '1.0.0', answers: { [item]: { text: words, updatedAt: '2026-11-30T09:00:00.000Z' } } },
        { actor: ana },
      ),
    ).responses;
    expect(prompt!.answers[item]).to.deep.equal({ text: words, updatedAt: '2026-11-30T09:00:00.000Z' });

    const rated = xapiStatements(tinyGrid(), tinyResponse(), { actor: ana });
    const cleared = xapiStatements(
      tinyGrid(),
      tinyResponse({ answers: { first: { level: null, updatedAt: '2026-11-30T09:30:00.000Z' } } }),
      { actor: ana },
    );
    const [back] = responsesFromStatements(tinyGrid(), [...cleared, ...rated]).responses;
    expect(back!.answers['first']).to.deep.equal({ level: null, updatedAt: '2026-11-30T09:30:00.000Z' });
    expect(back!.answers['second']?.level).to.equal('high');
    expect(parseResponse(back).success).to.equal(true);
  });

  it('reads a comment back as the note on an item not rated; a later rating wins, and a comment without fields changes nothing', () => {
    const rubric = tinyGrid();
    const note = { note: 'Ask the union rep first' };
    const commented = xapiStatements(
      rubric,
      tinyResponse({ answers: { first: { fields: note, updatedAt: '2026-11-30T09:03:00.000Z' }, second: { level: 'high' } } }),
      { actor: ana },
    );
    const [read] = responsesFromStatements(rubric, JSON.parse(JSON.stringify(commented)) as unknown[]).responses;
    expect(read!.answers['first']).to.deep.equal({ fields: note, updatedAt: '2026-11-30T09:03:00.000Z' });
    expect(scoreResponse(rubric, read!).items.find((i) => i.itemId === 'first')).to.include({ levelId: null, answered: false });
    expect(parseResponse(read).success).to.equal(true);

    const rated = xapiStatements(
      rubric,
      tinyResponse({ answers: { first: { level: 'mid', fields: note, updatedAt: '2026-11-30T09:10:00.000Z' } } }),
      { actor: ana },
    );
    for (const order of [
      [...commented, ...rated],
      [...rated, ...commented],
    ]) {
      const [latest] = responsesFromStatements(rubric, order).responses;
      expect(latest!.answers['first']).to.deep.equal({ level: 'mid', fields: note, updatedAt: '2026-11-30T09:10:00.000Z' });
    }

    const other: XapiStatement = {
      id: '0b9c3f2e-5555-4555-8555-000000000003',
      actor: ana,
      verb: { id: VERBS.commented },
      object: { id: `${rubricActivityId(rubric)}/items/first` },
      result: { response: 'Great discussion' },
      timestamp: '2026-12-01T10:00:00Z',
    };
    const { responses, ignored } = responsesFromStatements(rubric, [...rated, other]);
    expect(responses[0]!.answers['first']?.level, 'still rated').to.equal('mid');
    expect(ignored).to.deep.equal([
      { statementId: other.id, reason: "result.extensions.item-fields: a comment on an item carries the item's fields (a note)" },
    ]);
  });

  it('round-trips notes on unrated items of any rubric: each comes back on a not-rated item, every rating kept', () => {
    fc.assert(
      fc.property(
        arbRubric().chain((rubric) => fc.tuple(fc.constant(rubric), arbResponse(rubric))),
        ([rubric, response]) => {
          fc.pre(new Set((response.subjects ?? []).map((s) => s.id)).size === (response.subjects ?? []).length);
          const itemIds = rubric.sections.flatMap((s) => s.items.map((i) => i.id));
          const scale = new Set(rubric.scale.levels!.map((l) => l.id));
          // A note on every item of this version that has no level yet (answer or not).
          const annotate = (answers: RubricResponse['answers']) => {
            const out = { ...answers };
            for (const id of itemIds) {
              const a = out[id];
              if (!a || a.level === undefined) out[id] = { ...a, fields: { note: `on ${id}` } };
            }
            return out;
          };
          const noted: RubricResponse = rubric.subjects
            ? { ...response, subjects: (response.subjects ?? []).map((s) => ({ ...s, answers: annotate(s.answers) })) }
            : { ...response, answers: annotate(response.answers) };
          const statements = JSON.parse(JSON.stringify(xapiStatements(rubric, noted, { actor: ana }))) as XapiStatement[];
          const { responses, ignored } = responsesFromStatements(rubric, statements);
          expect(ignored).to.deep.equal([]);
          const expected: Record<string, string> = {};
          const got: Record<string, string> = {};
          const take = (into: Record<string, string>, prefix: string, answers: RubricResponse['answers'], sent: boolean) => {
            for (const [item, a] of Object.entries(answers)) {
              if (!itemIds.includes(item)) continue;
              if (a.level === undefined && a.fields?.['note'] !== undefined) into[`${prefix}|${item}`] = `note ${String(a.fields['note'])}`;
              else if (a.level && scale.has(a.level)) into[`${prefix}|${item}`] = a.level;
              else if (!sent && a.level === null) into[`${prefix}|${item}`] = 'not rated';
            }
          };
          const all = (r: RubricResponse, into: Record<string, string>, sent: boolean) => {
            if (rubric.subjects) for (const s of r.subjects ?? []) take(into, s.id, s.answers, sent);
            else take(into, '', r.answers, sent);
          };
          all(noted, expected, true);
          if (responses[0]) all(responses[0], got, false);
          for (const key of Object.keys(got)) if (got[key] === 'not rated') delete got[key];
          expect(got).to.deep.equal(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('lists a checklist statement that is neither true nor false, and an empty response not marked cleared', () => {
    const skills = collaborationSkills as unknown as Rubric;
    const [s1] = xapiStatements(
      skills,
      { rubricId: skills.id, rubricVersion: '1.0.0', answers: { listening: { checked: true } } },
      { actor: ana },
    );
    const maybe = { ...s1!, id: crypto.randomUUID(), result: { response: 'maybe' } };
    const [s2] = xapiStatements(tinyGrid(), tinyResponse(), { actor: ana });
    const empty = { ...s2!, id: crypto.randomUUID(), result: { response: '' } };
    expect(responsesFromStatements(skills, [maybe]).ignored).to.deep.equal([
      { statementId: maybe.id, reason: 'result.response: "maybe" is neither "true" nor "false"' },
    ]);
    expect(responsesFromStatements(tinyGrid(), [empty]).ignored).to.deep.equal([
      { statementId: empty.id, reason: 'result.response: "" is not a level of this rubric\'s scale' },
    ]);
  });

  it('drops voided statements', () => {
    const rubric = tinyGrid();
    const statements = xapiStatements(rubric, tinyResponse(), { actor: ana });
    const target = statements.find((s) => s.object.id.endsWith('/items/first'))!;
    const voiding: XapiStatement = { actor: ana, verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: target.id! } };
    const { responses, voided } = responsesFromStatements(rubric, [...statements, voiding]);
    expect(voided).to.equal(1);
    expect(Object.keys(responses[0]!.answers)).to.deep.equal(['second']);
  });

  it('lists a statement with a level the scale does not have, and keeps every other answer', () => {
    const rubric = tinyGrid();
    const statements = xapiStatements(rubric, tinyResponse(), { actor: ana });
    const foreign: XapiStatement = {
      id: '0b9c3f2e-5555-4555-8555-000000000001',
      actor: { mbox: 'mailto:ben@district.example' },
      verb: { id: VERBS.answered },
      object: { id: `${rubricActivityId(rubric)}/items/first` },
      result: { response: 'Excellent!' },
      timestamp: '2026-11-30T10:00:00Z',
    };
    const { responses, ignored } = responsesFromStatements(rubric, [...statements, foreign]);
    expect(ignored).to.deep.equal([
      { statementId: foreign.id, reason: 'result.response: "Excellent!" is not a level of this rubric\'s scale' },
    ]);
    expect(responses).to.have.length(1);
    expect(responses[0]!.answers['first']?.level).to.equal('mid');
  });

  it('keeps the level when a field does not fit, and names the field', () => {
    const rubric = tinyGrid();
    const [s] = xapiStatements(rubric, tinyResponse(), { actor: ana });
    s!.result!.extensions = { [EXTENSIONS.fields]: { note: { html: '<b>x</b>' }, 'bad key!': 'x', ok: true } };
    const { responses, ignored } = responsesFromStatements(rubric, [s]);
    expect(responses[0]!.answers['first']).to.deep.equal({ level: 'mid', fields: { ok: true }, updatedAt: '2026-11-30T09:01:00.000Z' });
    expect(ignored).to.have.length(1);
    expect(ignored[0]!.reason).to.contain('result.extensions.item-fields.note: expected text');
    expect(ignored[0]!.reason).to.contain('the field id "bad key!" is not allowed');
  });

  it('reads one response per person and registration, and nothing from other rubrics', () => {
    const rubric = tinyGrid();
    const other = { ...tinyGrid(), id: 'other' };
    const statements = [
      ...xapiStatements(rubric, tinyResponse({ cycle: '2026 fall' }), { actor: ana }),
      ...xapiStatements(rubric, tinyResponse({ cycle: '2027 spring', id: 'response-2' }), { actor: ana }),
      ...xapiStatements(rubric, tinyResponse({ id: 'response-3' }), { actor: { mbox: 'mailto:ben@district.example' } }),
      ...xapiStatements(other, { ...tinyResponse(), rubricId: 'other' }, { actor: ana }),
    ];
    const { responses, ignored } = responsesFromStatements(rubric, statements);
    expect(ignored).to.deep.equal([]);
    expect(responses.map((r) => [r.respondent, r.cycle ?? null])).to.have.deep.members([
      ['Ana', '2026 fall'],
      ['Ana', '2027 spring'],
      ['ben@district.example', null],
    ]);
  });
});
