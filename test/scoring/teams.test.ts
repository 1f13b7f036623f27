import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { aggregateResponses, compareCycles, compareTeams, type TeamCell, type TeamResponses } from '../../src/scoring/index.js';
import { arbResponse, arbRubric } from '../arbitraries.js';
import { byKind } from '../fixtures/instruments.js';
import { grid3, respond } from './fixtures.js';

const lincoln: TeamResponses = {
  id: 'lincoln',
  name: 'Lincoln SLT',
  responses: [
    respond(grid3, { a1: 'emerging', a2: 'mastering', b1: 'accelerating' }),
    respond(grid3, { a1: 'mastering', a2: 'mastering', b1: 'accelerating' }),
    respond(grid3, { a1: 'accelerating', a2: 'mastering' }),
  ],
};
const roosevelt: TeamResponses = {
  id: 'roosevelt',
  name: 'Roosevelt SLT',
  responses: [
    respond(grid3, { a1: 'accelerating', a2: 'emerging', b1: 'mastering' }),
    respond(grid3, { a1: 'accelerating', a2: 'accelerating' }),
  ],
};
/** A team whose members have not answered yet: a column of its own, not left out. */
const washington: TeamResponses = { id: 'washington', name: 'Washington SLT', responses: [] };

const pick = ({ teamId, responses, n, median, spreadSteps, discuss }: TeamCell) => ({ teamId, responses, n, median, spreadSteps, discuss });

describe('compareTeams', () => {
  const comparison = compareTeams(grid3, [lincoln, roosevelt, washington]);

  it('gives each team its median, spread, discuss flag and counts per item, in the order given', () => {
    const a1 = comparison.items.find((row) => row.itemId === 'a1')!;
    expect(a1.sectionId).to.equal('a');
    expect(a1.teams.map(pick)).to.deep.equal([
      { teamId: 'lincoln', responses: 3, n: 3, median: 2, spreadSteps: 2, discuss: true },
      { teamId: 'roosevelt', responses: 2, n: 2, median: 2, spreadSteps: 0, discuss: false },
      { teamId: 'washington', responses: 0, n: 0, median: null, spreadSteps: null, discuss: false },
    ]);
    // Pooled: emerging, mastering, accelerating ×3 → median accelerating, spread 2 steps.
    expect(pick(a1.all)).to.deep.equal({ teamId: null, responses: 5, n: 5, median: 2, spreadSteps: 2, discuss: true });
    const a2 = comparison.items.find((row) => row.itemId === 'a2')!;
    expect(a2.teams.map((c) => [c.median, c.spreadSteps, c.discuss])).to.deep.equal([
      [3, 0, false],
      [1.5, 1, false],
      [null, null, false],
    ]);
    const b2 = comparison.items.find((row) => row.itemId === 'b2')!;
    expect(b2.teams.map((c) => c.n)).to.deep.equal([0, 0, 0]);
  });

  it('lists the teams with their response counts and flagged items, and every section and the whole rubric', () => {
    expect(comparison.teams).to.deep.equal([
      { id: 'lincoln', name: 'Lincoln SLT', responses: 3, discussItems: ['a1'] },
      { id: 'roosevelt', name: 'Roosevelt SLT', responses: 2, discussItems: [] },
      { id: 'washington', name: 'Washington SLT', responses: 0, discussItems: [] },
    ]);
    expect(comparison.responses).to.equal(5);
    expect(comparison.items.map((r) => r.itemId)).to.deep.equal(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(comparison.sections.map((r) => [r.sectionId, r.itemId])).to.deep.equal([
      ['a', undefined],
      ['b', undefined],
    ]);
    expect(comparison.sections[1]!.teams.map((c) => [c.n, c.median])).to.deep.equal([
      [2, 2],
      [1, 3],
      [0, null],
    ]);
    expect(comparison.overall.all.n).to.equal(13);
  });

  it("gives the figures each team's own report shows, and the pool's as one report of everyone would", () => {
    for (const [t, team] of [lincoln, roosevelt].entries()) {
      const own = aggregateResponses(grid3, team.responses);
      comparison.items.forEach((row, i) => {
        expect(row.teams[t]!.median).to.equal(own.items[i]!.median);
        expect(row.teams[t]!.steps).to.equal(own.items[i]!.steps);
      });
    }
    const everyone = aggregateResponses(grid3, [...lincoln.responses, ...roosevelt.responses]);
    expect(comparison.pooled.items).to.deep.equal(everyone.items);
  });

  it('measures the spread over the middle half when the basis says so', () => {
    const many: TeamResponses = {
      id: 'big',
      name: 'Big',
      responses: ['emerging', 'accelerating', 'accelerating', 'accelerating', 'accelerating', 'mastering'].map((level) =>
        respond(grid3, { a1: level }),
      ),
    };
    const range = compareTeams(grid3, [many]).items[0]!.teams[0]!;
    const middle = compareTeams(grid3, [many], { discussBasis: 'middle-half' }).items[0]!.teams[0]!;
    expect([range.spreadSteps, range.discuss]).to.deep.equal([2, true]);
    expect([middle.spreadSteps, middle.discuss]).to.deep.equal([0, false]);
  });

  it('names the most chosen levels on a nominal scale (all of them on a tie), and none on ordered scales', () => {
    const nominal = byKind.nominal[0] as unknown as Rubric;
    const item = nominal.sections[0]!.items[0]!.id;
    const [first, second] = (nominal.scale.levels ?? []).map((l) => l.id);
    const answer = (level: string): RubricResponse => ({
      rubricId: nominal.id,
      rubricVersion: nominal.version,
      answers: { [item]: { level } },
    });
    const result = compareTeams(nominal, [
      { id: 'tie', name: 'Tie', responses: [answer(first!), answer(second!)] },
      { id: 'one', name: 'One', responses: [answer(second!), answer(second!), answer(first!)] },
      { id: 'none', name: 'None', responses: [] },
    ]);
    expect(result.items[0]!.teams.map((c) => c.mostChosen)).to.deep.equal([[first, second], [second], []]);
    expect(result.items[0]!.teams.every((c) => c.median === null)).to.equal(true);
    expect(comparison.items[0]!.teams[0]!.mostChosen).to.deep.equal([]);
  });

  it("says how each team's mean moved since an earlier cycle, matched by id, and the pool's", () => {
    const earlier: TeamResponses[] = [{ id: 'roosevelt', name: 'Roosevelt', responses: lincoln.responses }];
    const result = compareTeams(grid3, [lincoln, roosevelt], { previous: earlier });
    const now = aggregateResponses(grid3, roosevelt.responses);
    const was = aggregateResponses(grid3, lincoln.responses);
    const expected = compareCycles(grid3, was, now);
    result.items.forEach((row, i) => expect(row.teams[1]!.change, row.itemId).to.deep.equal(expected.items[i]));
    expect(result.overall.teams[1]!.change).to.deep.equal(expected.overall);
    // Lincoln has no earlier cycle: every rated item is new.
    expect(result.items[0]!.teams[0]!.change!.direction).to.equal('new');
    expect(result.items[0]!.all.change).to.deep.equal(compareCycles(grid3, was, result.pooled).items[0]);
    expect(comparison.items[0]!.teams[0]!.change, 'no change without an earlier cycle').to.equal(undefined);
  });

  it('refuses two teams with one id, naming both entries', () => {
    expect(() => compareTeams(grid3, [lincoln, roosevelt, { ...washington, id: 'lincoln' }])).to.throw(
      TypeError,
      'teams[2].id: "lincoln" is already the id of teams[0]',
    );
  });

  it('holds for any rubric and teams: each cell is its team aggregated alone, the pool is everyone together, and order does not matter', () => {
    const arbTeams = arbRubric().chain((rubric: Rubric) =>
      fc.tuple(
        fc.constant(rubric),
        fc.array(fc.array(arbResponse(rubric), { maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('range' as const, 'middle-half' as const),
      ),
    );
    fc.assert(
      fc.property(arbTeams, ([rubric, lists, discussBasis]) => {
        const teams = lists.map((responses, i) => ({ id: `t${i}`, name: `Team ${i}`, responses }));
        const result = compareTeams(rubric, teams, { discussBasis });
        expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
        expect(result.responses).to.equal(lists.reduce((sum, l) => sum + l.length, 0));
        const pooled = aggregateResponses(rubric, lists.flat(), { discussBasis });
        expect(result.pooled.items.map((i) => i.counts)).to.deep.equal(pooled.items.map((i) => i.counts));
        teams.forEach((team, t) => {
          const own = aggregateResponses(rubric, team.responses, { discussBasis });
          result.items.forEach((row, i) => {
            const c = row.teams[t]!;
            const d = own.items[i]!;
            expect([c.teamId, c.responses, c.n, c.answered, c.median, c.discuss]).to.deep.equal([
              team.id,
              team.responses.length,
              d.n,
              d.answered,
              d.median,
              d.discuss,
            ]);
            expect(c.spreadSteps).to.equal(discussBasis === 'middle-half' ? d.middleSteps : d.steps);
          });
        });
        for (const row of [...result.items, ...result.sections, result.overall])
          expect(row.all.answered).to.equal(row.teams.reduce((sum, c) => sum + c.answered, 0));
        const reversed = compareTeams(rubric, [...teams].reverse(), { discussBasis });
        result.items.forEach((row, i) => expect(reversed.items[i]!.teams.slice().reverse()).to.deep.equal(row.teams));
        expect(reversed.pooled).to.deep.equal(result.pooled);
      }),
      { numRuns: 60 },
    );
  });
});
