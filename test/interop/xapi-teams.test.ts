import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  responsesFromStatements,
  teamResponsesFromStatements,
  VERBS,
  xapiStatements,
  type XapiGroup,
  type XapiStatement,
} from '../../src/interop/index.js';
import type { RubricResponse } from '../../src/rubrics/schema.js';
import { NO_TEAM } from '../../src/scoring/index.js';
import { arbResponse } from '../arbitraries.js';
import { generateResponses, teamAssessment } from '../fixtures/team-data.js';

const registration = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const group = (name: string, shown?: string): XapiGroup => ({
  objectType: 'Group',
  ...(shown ? { name: shown } : {}),
  account: { homePage: 'https://lms.example', name },
});

/** Each member's statements, sent with `team` (or none). */
function statementsOf(team: XapiGroup | undefined, members: readonly RubricResponse[], tag: string): XapiStatement[] {
  return members.flatMap((r, i) =>
    xapiStatements(
      teamAssessment,
      { ...r, id: `${tag}-${i}` },
      { actor: { account: { homePage: 'https://lms.example', name: `${tag}-${i}` } }, registration, ...(team ? { team } : {}) },
    ),
  );
}

describe('teamResponsesFromStatements', () => {
  const lincoln = generateResponses(teamAssessment, 4, { seed: 1 });
  const roosevelt = generateResponses(teamAssessment, 3, { seed: 2 });
  const loose = generateResponses(teamAssessment, 1, { seed: 3 });
  const mixed = [
    ...statementsOf(group('lincoln-slt', 'Lincoln SLT'), lincoln, 'l'),
    ...statementsOf(group('roosevelt-slt'), roosevelt, 'r'),
    ...statementsOf(undefined, loose, 'x'),
  ].sort((a, b) => (a.id! < b.id! ? -1 : 1));

  it('finds every team in the cycle, by name, with the statements without a team last', () => {
    const reading = teamResponsesFromStatements(teamAssessment, mixed);
    expect(reading.teams.map((t) => [t.id, t.name, t.responses.length])).to.deep.equal([
      ['account:https://lms.example|lincoln-slt', 'Lincoln SLT', 4],
      ['account:https://lms.example|roosevelt-slt', 'roosevelt-slt', 3],
      [NO_TEAM, '', 1],
    ]);
    expect(reading.teams[0]!.responses.map((r) => r.id).sort()).to.deep.equal(['l-0', 'l-1', 'l-2', 'l-3']);
    expect(reading.teams[2]!.group).to.equal(null);
    expect([reading.ignored, reading.voided, reading.unlisted]).to.deep.equal([[], 0, 0]);
  });

  it('reads only the teams listed, in their order and with their names, counts the rest, and keeps a listed team with no statements', () => {
    const reading = teamResponsesFromStatements(teamAssessment, mixed, {
      teams: [group('roosevelt-slt', 'Roosevelt'), group('washington-slt', 'Washington'), group('lincoln-slt')],
    });
    expect(reading.teams.map((t) => [t.name, t.responses.length])).to.deep.equal([
      ['Roosevelt', 3],
      ['Washington', 0],
      ['lincoln-slt', 4],
    ]);
    expect(reading.unlisted).to.equal(statementsOf(undefined, loose, 'x').length);
  });

  it('keeps one person in two teams as two responses, one per team', () => {
    const [member] = generateResponses(teamAssessment, 1, { seed: 4 });
    const both = [...statementsOf(group('a'), [member!], 'same'), ...statementsOf(group('b'), [{ ...member!, id: 'other' }], 'same')];
    const reading = teamResponsesFromStatements(teamAssessment, both);
    expect(reading.teams.map((t) => t.responses.length)).to.deep.equal([1, 1]);
  });

  it('applies a voiding statement, which names no team, to the team whose statement it voids', () => {
    const target = mixed.find((s) => s.context?.team?.account?.name === 'roosevelt-slt' && s.verb.id === VERBS.answered)!;
    const voiding: XapiStatement = {
      id: crypto.randomUUID(),
      actor: { mbox: 'mailto:admin@district.example' },
      verb: { id: VERBS.voided },
      object: { objectType: 'StatementRef', id: target.id! },
    };
    const reading = teamResponsesFromStatements(teamAssessment, [...mixed, voiding]);
    expect(reading.voided).to.equal(1);
    const alone = responsesFromStatements(teamAssessment, [
      ...mixed.filter((s) => s.context?.team?.account?.name === 'roosevelt-slt'),
      voiding,
    ]);
    expect(reading.teams[1]!.responses).to.deep.equal(alone.responses);
  });

  it('names a listed Group without an identifier, or listed twice', () => {
    expect(() => teamResponsesFromStatements(teamAssessment, mixed, { teams: [group('a'), { objectType: 'Group', name: 'B' }] })).to.throw(
      TypeError,
      'xapiTeams[1]: a Group needs an mbox, mbox_sha1sum, openid or account',
    );
    expect(() => teamResponsesFromStatements(teamAssessment, mixed, { teams: [group('a', 'A'), group('a', 'Again')] })).to.throw(
      TypeError,
      'xapiTeams[1]: the same Group as xapiTeams[0]',
    );
  });

  it('loses nothing: every team together is what reading the cycle as one team gives, whatever the order of statements', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', ''), arbResponse(teamAssessment)), { maxLength: 8 }),
        fc.nat(),
        (members, seed) => {
          const statements = members.flatMap(([team, response], i) =>
            statementsOf(team ? group(team) : undefined, [{ ...response, updatedAt: '2026-11-30T10:00:00.000Z' }], `m${i}`),
          );
          const shuffled = statements
            .map((s, i) => [(i * 7919 + seed) % 1009, s] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, s]) => s);
          const reading = teamResponsesFromStatements(teamAssessment, shuffled);
          const whole = responsesFromStatements(teamAssessment, shuffled);
          const ids = (list: readonly RubricResponse[]) => list.map((r) => r.id).sort();
          expect(ids(reading.teams.flatMap((t) => t.responses))).to.deep.equal(ids(whole.responses));
          expect(reading.ignored).to.have.length(whole.ignored.length);
          // Each response sits with the team its member sent with.
          for (const team of reading.teams)
            for (const response of team.responses)
              expect(team.id.replace('account:https://lms.example|', '')).to.equal(
                members[Number(response.id!.slice(1, -2))]![0] || NO_TEAM,
              );
        },
      ),
      { numRuns: 50 },
    );
  });
});
