import { expect } from '@open-wc/testing';
import { aggregateResponses, compareCycles, meanChange, scoreResponse } from '../../src/scoring/index.js';
import { continuum, grid3, respond, respondSubjects, subject } from './fixtures.js';

describe('compareCycles', () => {
  const cases: [string, number | null, number | null, ReturnType<typeof meanChange>][] = [
    ['up', 1, 2.5, { before: 1, after: 2.5, delta: 1.5, direction: 'up' }],
    ['down', 3, 2, { before: 3, after: 2, delta: -1, direction: 'down' }],
    ['same', 2, 2, { before: 2, after: 2, delta: 0, direction: 'same' }],
    ['same within float noise', 0.1 + 0.2, 0.3, { before: 0.1 + 0.2, after: 0.3, delta: 0.3 - (0.1 + 0.2), direction: 'same' }],
    ['new', null, 1, { before: null, after: 1, delta: null, direction: 'new' }],
    ['gone', 1, null, { before: 1, after: null, delta: null, direction: 'gone' }],
    ['nothing on either side', null, null, { before: null, after: null, delta: null, direction: 'same' }],
  ];
  for (const [name, before, after, expected] of cases) {
    it(`meanChange(): ${name}`, () => expect(meanChange(before, after)).to.deep.equal(expected));
  }

  const before = scoreResponse(
    grid3,
    respond(grid3, { a1: 'emerging', a2: 'mastering', a3: 'mastering', b1: 'accelerating', b2: 'bogus' }),
  );
  const after = scoreResponse(grid3, respond(grid3, { a1: 'accelerating', a2: 'mastering', a3: 'emerging', b2: 'emerging' }));

  it('compares two single responses item by item, with the level change', () => {
    const result = compareCycles(grid3, before, after);
    expect(result.items).to.deep.equal([
      {
        itemId: 'a1',
        sectionId: 'a',
        before: 1,
        after: 2,
        delta: 1,
        direction: 'up',
        levelBefore: 'emerging',
        levelAfter: 'accelerating',
        steps: 1,
      },
      {
        itemId: 'a2',
        sectionId: 'a',
        before: 3,
        after: 3,
        delta: 0,
        direction: 'same',
        levelBefore: 'mastering',
        levelAfter: 'mastering',
        steps: 0,
      },
      {
        itemId: 'a3',
        sectionId: 'a',
        before: 3,
        after: 1,
        delta: -2,
        direction: 'down',
        levelBefore: 'mastering',
        levelAfter: 'emerging',
        steps: -2,
      },
      {
        itemId: 'b1',
        sectionId: 'b',
        before: 2,
        after: null,
        delta: null,
        direction: 'gone',
        levelBefore: 'accelerating',
        levelAfter: null,
        steps: null,
      },
      {
        itemId: 'b2',
        sectionId: 'b',
        before: null,
        after: 1,
        delta: null,
        direction: 'new',
        levelBefore: null,
        levelAfter: 'emerging',
        steps: null,
      },
    ]);
    expect(result.sections.map((s) => [s.sectionId, s.direction])).to.deep.equal([
      ['a', 'down'],
      ['b', 'down'],
    ]);
    expect(result.sections[0]!.delta).to.be.closeTo(2 - 7 / 3, 1e-12);
    expect(result.overall).to.deep.equal({ before: 2.25, after: 1.75, delta: -0.5, direction: 'down' });
    expect(result.subjects).to.equal(undefined);
  });

  it('compares team aggregates by mean, without level fields', () => {
    const t1 = aggregateResponses(grid3, [respond(grid3, { a1: 'emerging' }), respond(grid3, { a1: 'accelerating' })]);
    const t2 = aggregateResponses(grid3, [respond(grid3, { a1: 'mastering', b1: 'emerging' }), respond(grid3, { a1: 'accelerating' })]);
    const result = compareCycles(grid3, t1, t2);
    expect(result.items[0]).to.deep.equal({ itemId: 'a1', sectionId: 'a', before: 1.5, after: 2.5, delta: 1, direction: 'up' });
    expect(result.items[3]).to.deep.equal({ itemId: 'b1', sectionId: 'b', before: null, after: 1, delta: null, direction: 'new' });
    expect(result.items[1]!.direction).to.equal('same');
  });

  it('compares a single response with an aggregate', () => {
    const team = aggregateResponses(grid3, [respond(grid3, { a1: 'mastering' }), respond(grid3, { a1: 'accelerating' })]);
    const result = compareCycles(grid3, before, team);
    expect(result.items[0]).to.deep.equal({ itemId: 'a1', sectionId: 'a', before: 1, after: 2.5, delta: 1.5, direction: 'up' });
  });

  it('compares continuum subjects by normalised name', () => {
    const r1 = scoreResponse(
      continuum,
      respondSubjects([subject('1', 'Parents', { stage: 'cooperative' }), subject('2', 'District', { stage: 'none' })]),
    );
    const r2 = scoreResponse(
      continuum,
      respondSubjects([subject('9', ' parents', { stage: 'partner', trust: 'coordination' }), subject('3', 'Union', { stage: 'none' })]),
    );
    const result = compareCycles(continuum, r1, r2);
    expect(result.subjects!.map((s) => [s.key, s.name, s.presence, s.items[0]!.direction])).to.deep.equal([
      ['district', 'District', 'gone', 'gone'],
      ['parents', ' parents', 'both', 'up'],
      ['union', 'Union', 'new', 'new'],
    ]);
    expect(result.subjects![1]!.items).to.deep.equal([
      {
        itemId: 'stage',
        sectionId: 'rel',
        before: 4,
        after: 5,
        delta: 1,
        direction: 'up',
        levelBefore: 'cooperative',
        levelAfter: 'partner',
        steps: 1,
      },
      {
        itemId: 'trust',
        sectionId: 'rel',
        before: null,
        after: 3,
        delta: null,
        direction: 'new',
        levelBefore: null,
        levelAfter: 'coordination',
        steps: null,
      },
    ]);
    // Top level: per-item means pooled over subjects (stage 2.5 → 3).
    expect(result.items[0]).to.deep.equal({ itemId: 'stage', sectionId: 'rel', before: 2.5, after: 3, delta: 0.5, direction: 'up' });
    // The same continuum compared as team aggregates.
    const teams = compareCycles(
      continuum,
      aggregateResponses(continuum, [respondSubjects([subject('1', 'Parents', { stage: 'cooperative' })])]),
      aggregateResponses(continuum, [respondSubjects([subject('1', 'PARENTS', { stage: 'none' })])]),
    );
    expect(teams.subjects!.map((s) => [s.key, s.presence, s.items[0]!.direction, s.items[0]!.delta])).to.deep.equal([
      ['parents', 'both', 'down', -3],
    ]);
  });
});
