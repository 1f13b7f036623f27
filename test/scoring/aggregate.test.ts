import { expect } from '@open-wc/testing';
import {
  aggregateResponses,
  createAccumulator,
  DEFAULT_DISCUSS_STEPS,
  mergeAggregates,
  shouldDiscuss,
  type Distribution,
  type TeamAggregate,
} from '../../src/scoring/index.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { byKind } from '../fixtures/instruments.js';
import { continuum, grid3, respond, respondSubjects, slt, subject, withNa } from './fixtures.js';

/** Checks the listed fields; numbers to 12 decimals. */
function expectFigures(actual: Partial<Distribution> & object, expected: Record<string, unknown>, label: string): void {
  for (const [key, value] of Object.entries(expected)) {
    const got = (actual as Record<string, unknown>)[key];
    if (typeof value === 'number' && typeof got === 'number') expect(got, `${label}.${key}`).to.be.closeTo(value, 1e-12);
    else expect(got, `${label}.${key}`).to.deep.equal(value);
  }
}

const team = [
  respond(grid3, { a1: 'emerging', a2: 'mastering', a3: 'mastering', b1: 'accelerating', b2: 'accelerating' }),
  respond(grid3, { a1: 'mastering', a2: 'mastering', a3: 'accelerating', b1: 'accelerating', b2: null }),
  respond(grid3, { a1: 'accelerating', a2: 'mastering', a3: 'emerging', b1: 'accelerating', b2: 'emerging', extra: 'mastering' }),
];

describe('aggregateResponses', () => {
  it('states its discuss rule', () => {
    expect(DEFAULT_DISCUSS_STEPS).to.equal(2);
    expect([shouldDiscuss(2, 2), shouldDiscuss(1, 5), shouldDiscuss(3, 1), shouldDiscuss(3, null), shouldDiscuss(2, 1, 1)]).to.deep.equal([
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  const itemCases: [string, Record<string, unknown>][] = [
    [
      'a1',
      {
        n: 3,
        answered: 3,
        counts: { emerging: 1, accelerating: 1, mastering: 1 },
        mean: 2,
        median: 2,
        modal: 1,
        min: 1,
        max: 3,
        spread: 2,
        steps: 2,
        discuss: true,
      },
    ],
    [
      'a2',
      {
        n: 3,
        counts: { emerging: 0, accelerating: 0, mastering: 3 },
        mean: 3,
        median: 3,
        modal: 3,
        min: 3,
        max: 3,
        spread: 0,
        steps: 0,
        discuss: false,
      },
    ],
    ['a3', { n: 3, mean: 2, median: 2, steps: 2, discuss: true }],
    ['b1', { n: 3, mean: 2, median: 2, modal: 2, spread: 0, steps: 0, discuss: false }],
    [
      'b2',
      {
        n: 2,
        answered: 2,
        counts: { emerging: 1, accelerating: 1, mastering: 0 },
        mean: 1.5,
        median: 1.5,
        modal: 1,
        min: 1,
        max: 2,
        spread: 1,
        steps: 1,
        discuss: false,
      },
    ],
  ];
  for (const [itemId, expected] of itemCases) {
    it(`3-level grid, item ${itemId}`, () => {
      const result = aggregateResponses(grid3, team);
      expectFigures(
        result.items.find((i) => i.itemId === itemId)!,
        expected,
        itemId,
      );
    });
  }

  it('3-level grid, sections and overall pool the ratings', () => {
    const result = aggregateResponses(grid3, team);
    expect(result).to.include({ kind: 'aggregate', rubricId: 'grid3', rubricVersion: '1.0.0', responses: 3, discussSteps: 2 });
    expect(result.items.map((i) => `${i.sectionId}/${i.itemId}`)).to.deep.equal(['a/a1', 'a/a2', 'a/a3', 'b/b1', 'b/b2']);
    expectFigures(
      result.sections[0]!,
      {
        sectionId: 'a',
        n: 9,
        counts: { emerging: 2, accelerating: 2, mastering: 5 },
        mean: 7 / 3,
        median: 3,
        modal: 3,
        min: 1,
        max: 3,
        steps: 2,
        discuss: true,
        discussItems: ['a1', 'a3'],
      },
      'a',
    );
    expectFigures(
      result.sections[1]!,
      {
        sectionId: 'b',
        n: 5,
        counts: { emerging: 1, accelerating: 4, mastering: 0 },
        mean: 1.8,
        median: 2,
        modal: 2,
        min: 1,
        max: 2,
        spread: 1,
        steps: 1,
        discuss: false,
        discussItems: [],
      },
      'b',
    );
    expectFigures(
      result.overall,
      {
        n: 14,
        answered: 14,
        counts: { emerging: 3, accelerating: 6, mastering: 5 },
        mean: 15 / 7,
        median: 2,
        modal: 2,
        min: 1,
        max: 3,
        spread: 2,
        steps: 2,
        discuss: true,
        discussItems: ['a1', 'a3'],
      },
      'overall',
    );
  });

  it('takes the discuss threshold as an option', () => {
    const one = aggregateResponses(grid3, team, { discussSteps: 1 });
    expect(one.discussSteps).to.equal(1);
    expect(one.overall.discussItems).to.deep.equal(['a1', 'a3', 'b2']);
    expect(aggregateResponses(grid3, team, { discussSteps: 3 }).overall.discussItems).to.deep.equal([]);
    expect(aggregateResponses(grid3, team, { discussSteps: Number.NaN }).discussSteps).to.equal(2);
  });

  it('measures the middle half of the ratings, and can flag by it in large groups', () => {
    // Twelve people: ten agree on "accelerating", one says "emerging", one "mastering".
    const twelve = [
      ...Array.from({ length: 10 }, () => respond(grid3, { a1: 'accelerating', a2: 'emerging', a3: 'accelerating' })),
      respond(grid3, { a1: 'emerging', a2: 'emerging', a3: 'mastering' }),
      respond(grid3, { a1: 'mastering', a2: 'mastering', a3: 'mastering' }),
    ];
    const range = aggregateResponses(grid3, twelve);
    const middle = aggregateResponses(grid3, twelve, { discussBasis: 'middle-half' });
    expect(range.discussBasis).to.equal('range');
    expect(middle.discussBasis).to.equal('middle-half');
    const a1 = middle.items.find((i) => i.itemId === 'a1')!;
    expect([a1.steps, a1.middleSteps], 'two outliers span the scale, the middle half does not').to.deep.equal([2, 0]);
    expect(range.overall.discussItems).to.deep.equal(['a1', 'a2']);
    expect(middle.overall.discussItems, 'outliers alone flag nothing').to.deep.equal([]);
    // A real split: half say "emerging", half "mastering".
    const split = Array.from({ length: 8 }, (_, i) => respond(grid3, { a1: i % 2 ? 'emerging' : 'mastering' }));
    const splitItem = aggregateResponses(grid3, split, { discussBasis: 'middle-half' }).items[0]!;
    expect([splitItem.middleSteps, splitItem.discuss]).to.deep.equal([2, true]);
    // Four raters or fewer: the middle half is the whole range.
    for (const item of aggregateResponses(grid3, team).items) expect(item.middleSteps, item.itemId).to.equal(item.steps);
    expect(aggregateResponses(grid3, team, { discussBasis: 'middle-half' }).overall.discussItems).to.deep.equal(['a1', 'a3']);
    expect(aggregateResponses(grid3, team, { discussBasis: 'nonsense' as never }).discussBasis).to.equal('range');
  });

  it('returns the rule it applied as data (steps, basis), for the report to word', () => {
    expect([aggregateResponses(grid3, []).discussSteps, aggregateResponses(grid3, []).discussBasis]).to.deep.equal([2, 'range']);
    const odd = aggregateResponses(grid3, [], { discussSteps: Number.NaN });
    expect(odd.discussSteps).to.equal(DEFAULT_DISCUSS_STEPS);
    const chosen = aggregateResponses(grid3, [], { discussSteps: 3, discussBasis: 'middle-half' });
    expect([chosen.discussSteps, chosen.discussBasis]).to.deep.equal([3, 'middle-half']);
  });

  it('counts steps by rank, not by position, and leaves "does not apply" out', () => {
    const result = aggregateResponses(withNa, [
      respond(withNa, { q1: 'low', q2: 'mid', q3: 'dna', q4: 'dna' }),
      respond(withNa, { q1: 'high', q2: 'high', q3: 'dna', q4: 'low' }),
      respond(withNa, { q3: 'dna', q4: 'dna' }),
    ]);
    const [q1, q2, q3, q4] = result.items;
    expectFigures(q1!, { n: 2, spread: 4, steps: 2, discuss: true, mean: 3, median: 3 }, 'q1');
    expectFigures(q2!, { n: 2, spread: 3, steps: 1, discuss: false, mean: 3.5 }, 'q2');
    expectFigures(
      q3!,
      {
        n: 0,
        answered: 3,
        notApplicable: 3,
        mean: null,
        median: null,
        modal: null,
        min: null,
        max: null,
        spread: null,
        steps: null,
        discuss: false,
      },
      'q3',
    );
    expectFigures(q4!, { n: 1, answered: 3, notApplicable: 2, mean: 1, discuss: false, counts: { low: 1, mid: 0, high: 0, dna: 2 } }, 'q4');
    expectFigures(result.overall, { n: 5, answered: 10, notApplicable: 5, mean: 14 / 5, median: 2, min: 1, max: 5 }, 'overall');
  });

  it('counts the SLT "N/A" stage like any level', () => {
    const result = aggregateResponses(slt, [respond(slt, { x1: 'na' }), respond(slt, { x1: 'b' }), respond(slt, { x1: 'na' })]);
    expectFigures(
      result.items[0]!,
      { n: 3, notApplicable: 0, mean: 2 / 3, median: 0, modal: 0, min: 0, max: 2, steps: 2, discuss: true },
      'x1',
    );
  });

  it('gathers continuum subjects by normalised name and flags per subject', () => {
    const result = aggregateResponses(continuum, [
      respondSubjects([
        subject('1', 'Parents', { stage: 'cooperative', trust: 'partner' }),
        subject('2', 'Union Local', { stage: 'communication', trust: 'coordination' }),
      ]),
      respondSubjects([
        subject('1', ' parents ', { stage: 'communication', trust: 'partner' }),
        subject('2', 'District', { stage: 'none' }),
      ]),
    ]);
    expect(result.responses).to.equal(2);
    expect(result.subjects!.map((s) => [s.key, s.name, s.raters])).to.deep.equal([
      ['district', 'District', 1],
      ['parents', 'Parents', 2],
      ['union local', 'Union Local', 1],
    ]);
    const parents = result.subjects![1]!;
    expectFigures(parents.items[0]!, { itemId: 'stage', n: 2, mean: 3, steps: 2, discuss: true, atTarget: 1 }, 'parents.stage');
    expectFigures(parents.items[1]!, { itemId: 'trust', n: 2, mean: 5, steps: 0, discuss: false, atTarget: 2 }, 'parents.trust');
    expect(parents.overall.discussItems).to.deep.equal(['stage']);
    // Pooled: stage 4, 2, 2, 1; trust 5, 3, 5. Trust spans 2 steps across partners, but no
    // partner is rated apart by two people, so it is not flagged.
    expectFigures(result.items[0]!, { n: 4, mean: 2.25, median: 2, steps: 3, atTarget: 1, discuss: true }, 'stage');
    expectFigures(result.items[1]!, { n: 3, mean: 13 / 3, steps: 2, atTarget: 2, discuss: false }, 'trust');
    expect(result.overall.discussItems).to.deep.equal(['stage']);
  });

  it('ignores junk without throwing', () => {
    const junk = [
      {
        rubricId: 'grid3',
        rubricVersion: '1',
        answers: { a1: { level: 7 }, a2: 'mastering', a3: null, b1: { level: 'MASTERING' }, b2: {} },
      },
      { rubricId: 'grid3', rubricVersion: '1', answers: null },
      null,
      { rubricId: 'grid3', rubricVersion: '1' },
    ] as never[];
    const result = aggregateResponses(grid3, junk);
    expect(result.responses).to.equal(4);
    expect(result.overall.answered).to.equal(0);
  });

  it('accumulates incrementally and merges accumulators and aggregates', () => {
    const whole = aggregateResponses(grid3, team);
    const first = createAccumulator(grid3).add(team[0]!);
    const rest = createAccumulator(grid3).addAll(new Set(team.slice(1)));
    expect(first.responses).to.equal(1);
    expect(first.merge(rest).result()).to.deep.equal(whole);
    const parts: TeamAggregate[] = [aggregateResponses(grid3, team.slice(0, 2)), aggregateResponses(grid3, team.slice(2))];
    expect(mergeAggregates(grid3, parts)).to.deep.equal(whole);
    // Through JSON, as saved batches would be.
    expect(mergeAggregates(grid3, JSON.parse(JSON.stringify(parts)) as TeamAggregate[])).to.deep.equal(whole);
  });

  it('merges continuum aggregates by subject key', () => {
    const a = respondSubjects([subject('1', 'parents', { stage: 'partner' })]);
    const b = respondSubjects([subject('1', 'Parents ', { stage: 'none' }), subject('2', 'District', { stage: 'none' })]);
    const whole = aggregateResponses(continuum, [a, b]);
    expect(mergeAggregates(continuum, [aggregateResponses(continuum, [b]), aggregateResponses(continuum, [a])])).to.deep.equal(whole);
    expect(whole.subjects!.map((s) => s.name)).to.deep.equal(['District', 'Parents']);
  });

  it("keeps a checklist's ticks and a prompt's answers when merging (they sit on a pseudo-level, found by its id)", () => {
    for (const rubric of [byKind.checklist[0], byKind.prompt[0]] as unknown as Rubric[]) {
      const item = rubric.sections[0]!.items[0]!.id;
      const answer = rubric.scale.kind === 'checklist' ? { checked: true } : { text: 'We meet on Mondays.' };
      const one: RubricResponse = { rubricId: rubric.id, rubricVersion: rubric.version, answers: { [item]: answer } };
      const whole = aggregateResponses(rubric, [one, one, { ...one, answers: {} }]);
      expect(whole.items[0]!.answered, rubric.id).to.equal(2);
      const parts = [aggregateResponses(rubric, [one]), aggregateResponses(rubric, [one, { ...one, answers: {} }])];
      expect(mergeAggregates(rubric, parts), rubric.id).to.deep.equal(whole);
      expect(
        createAccumulator(rubric)
          .add(one)
          .merge(createAccumulator(rubric).addAll([one, { ...one, answers: {} }]))
          .result(),
      ).to.deep.equal(whole);
    }
  });
});
