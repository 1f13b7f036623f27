import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import coherence from '../../src/rubrics/coherence-progression.json';
import continuumJson from '../../src/rubrics/relationship-continuum.json';
import sltJson from '../../src/rubrics/slt-indicators.json';
import team from '../../src/rubrics/team-assessment.json';
import { formatIssues, parseDefinition } from '../../src/rubrics/parse.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import { scorePoints, scoreResponse } from '../../src/scoring/index.js';
import { arbResponse, arbRubric } from '../arbitraries.js';
import { respond, respondSubjects, subject, withNa } from './fixtures.js';

/** withNa with points 0/2/4 (does-not-apply has none) and q2 weighted 3. */
const pointed: Rubric = {
  ...withNa,
  id: 'pointed',
  scale: { levels: withNa.scale.levels!.map((l, i) => (l.notApplicable ? l : { ...l, points: i * 2 })) },
  sections: [
    { ...withNa.sections[0]!, items: withNa.sections[0]!.items.map((item) => (item.id === 'q2' ? { ...item, weight: 3 } : item)) },
  ],
};

describe('points and weights', () => {
  it('the fixture is a valid definition', () => {
    const result = parseDefinition(pointed);
    expect(result.success, result.success ? '' : formatIssues(result.issues)).to.equal(true);
  });

  const cases: [string, Record<string, string | null>, { total: number; max: number; weighted: number; weightedMax: number }][] = [
    ['nothing rated: the most is still counted', {}, { total: 0, max: 16, weighted: 0, weightedMax: 24 }],
    ['every item at the top', { q1: 'high', q2: 'high', q3: 'high', q4: 'high' }, { total: 16, max: 16, weighted: 24, weightedMax: 24 }],
    ['a weighted item counts three times', { q1: 'low', q2: 'mid', q3: 'high' }, { total: 6, max: 16, weighted: 10, weightedMax: 24 }],
    [
      '"does not apply" leaves the item out of both sums',
      { q1: 'dna', q2: 'dna', q3: 'mid' },
      { total: 2, max: 8, weighted: 2, weightedMax: 8 },
    ],
    ['an unknown level counts as not rated', { q1: 'bogus', q4: 'high' }, { total: 4, max: 16, weighted: 4, weightedMax: 24 }],
  ];
  for (const [name, levels, expected] of cases) {
    it(name, () => {
      const points = scorePoints(pointed, respond(pointed, levels));
      expect(points).to.deep.equal({ ...expected, hasWeights: true });
    });
  }

  it('sums the points of every subject of a subject rubric', () => {
    const rubric: Rubric = { ...pointed, subjects: { label: 'Partner' } };
    const response = {
      ...respondSubjects([subject('s1', 'A', { q1: 'high' }), subject('s2', 'B', { q1: 'mid', q2: 'high' })]),
      rubricId: rubric.id,
    };
    expect(scorePoints(rubric, response)).to.deep.include({ total: 10, max: 32, weighted: 18 });
  });

  it('never invents points for the built-in rubrics, or any definition without them', () => {
    for (const json of [coherence, sltJson, continuumJson, team]) {
      const rubric = json as unknown as Rubric;
      const levels = rubric.scale.levels!;
      const all = Object.fromEntries(rubric.sections.flatMap((s) => s.items.map((i) => [i.id, levels[levels.length - 1]!.id])));
      expect(scorePoints(rubric, respond(rubric, all)), rubric.id).to.equal(undefined);
    }
    fc.assert(
      fc.property(
        arbRubric().chain((r) => fc.tuple(fc.constant(r), arbResponse(r))),
        ([rubric, response]) => scorePoints(rubric, response) === undefined,
      ),
      { numRuns: 100 },
    );
  });

  it('weighted equals total without weights, and neither passes its most (property)', () => {
    const withPoints = arbRubric().chain((rubric) =>
      fc
        .tuple(
          fc.array(fc.integer({ min: 0, max: 10 }), { minLength: rubric.scale.levels!.length, maxLength: rubric.scale.levels!.length }),
          fc.boolean(),
        )
        .map(([points, weighted]): Rubric => ({
          ...rubric,
          scale: { ...rubric.scale, levels: rubric.scale.levels!.map((l, i) => ({ ...l, points: points[i]! })) },
          sections: rubric.sections.map((s) => ({
            ...s,
            items: s.items.map((item, i) => (weighted && i === 0 ? { ...item, weight: 2.5 } : item)),
          })),
        })),
    );
    fc.assert(
      fc.property(
        withPoints.chain((r) => fc.tuple(fc.constant(r), arbResponse(r))),
        ([rubric, response]) => {
          expect(parseDefinition(rubric).success).to.equal(true);
          const points = scorePoints(rubric, response)!;
          expect(points.total).to.be.at.most(points.max);
          expect(points.weighted).to.be.at.most(points.weightedMax + 1e-9);
          if (!points.hasWeights) expect([points.weighted, points.weightedMax]).to.deep.equal([points.total, points.max]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is left out of scoreResponse, which the respondent elements use', () => {
    expect(Object.keys(scoreResponse(pointed, respond(pointed, { q1: 'high' })))).to.not.include('points');
  });

  const invalid: [string, (r: Rubric) => Rubric, string][] = [
    [
      'a level without points beside levels with them',
      (r) => ({ ...r, scale: { levels: r.scale.levels!.map((l) => (l.id === 'mid' ? { ...l, points: undefined } : l)) } }),
      'scale.levels[1].points: expected points, as the other levels have',
    ],
    [
      'a weight without points',
      () => ({ ...withNa, sections: [{ ...withNa.sections[0]!, items: [{ id: 'q1', title: 'q1', weight: 2 }] }] }),
      'sections[0].items[0].weight: a weight multiplies points: give the levels points first',
    ],
    [
      'a negative weight',
      (r) => ({ ...r, sections: [{ ...r.sections[0]!, items: [{ id: 'q1', title: 'q1', weight: -1 }] }] }),
      'sections[0].items[0].weight: expected a weight of 0 or more',
    ],
    [
      'points that are not a number',
      (r) => ({ ...r, scale: { levels: r.scale.levels!.map((l) => (l.id === 'low' ? { ...l, points: '1' as unknown as number } : l)) } }),
      'scale.levels[0].points: expected a finite number',
    ],
  ];
  for (const [name, change, message] of invalid) {
    it(`refuses ${name}, naming the field`, () => {
      const result = parseDefinition(JSON.parse(JSON.stringify(change(pointed))));
      expect(result.success).to.equal(false);
      if (!result.success) expect(formatIssues(result.issues)).to.contain(message);
    });
  }
});
