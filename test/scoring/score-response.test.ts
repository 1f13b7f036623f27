import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/rubrics/parse.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import { scoreResponse, type GroupScore } from '../../src/scoring/index.js';
import { continuum, grid3, respond, respondSubjects, slt, subject, withNa } from './fixtures.js';

type Expected = Partial<GroupScore>;

describe('scoreResponse', () => {
  it('uses fixtures that are valid definitions', () => {
    for (const rubric of [grid3, slt, withNa, continuum]) expect(parseDefinition(rubric).success, rubric.id).to.equal(true);
  });

  const cases: {
    name: string;
    rubric: Rubric;
    levels: Record<string, string | null>;
    overall: Expected;
    sections?: Record<string, Expected>;
    complete: boolean;
  }[] = [
    {
      name: '3-level grid, one item unanswered, one unknown level, one unknown item',
      rubric: grid3,
      levels: { a1: 'emerging', a2: 'mastering', a3: 'mastering', b1: 'accelerating', b2: 'bogus', zz: 'mastering' },
      overall: {
        total: 5,
        answered: 4,
        rated: 4,
        notApplicable: 0,
        completion: 0.8,
        counts: { emerging: 1, accelerating: 1, mastering: 2 },
        mean: 2.25,
        median: 2.5,
        modal: 3,
        min: 1,
        max: 3,
        lowestItems: ['a1'],
        highestItems: ['a2', 'a3'],
        atTarget: 0,
      },
      sections: {
        a: {
          total: 3,
          answered: 3,
          completion: 1,
          mean: 7 / 3,
          median: 3,
          modal: 3,
          min: 1,
          max: 3,
          lowestItems: ['a1'],
          highestItems: ['a2', 'a3'],
        },
        b: {
          total: 2,
          answered: 1,
          completion: 0.5,
          counts: { emerging: 0, accelerating: 1, mastering: 0 },
          mean: 2,
          median: 2,
          modal: 2,
          lowestItems: ['b1'],
          highestItems: ['b1'],
        },
      },
      complete: false,
    },
    {
      name: 'modal tie picks the lowest position',
      rubric: grid3,
      levels: { a1: 'emerging', a2: 'mastering', b1: 'emerging', b2: 'mastering' },
      overall: { answered: 4, mean: 2, median: 2, modal: 1, min: 1, max: 3, lowestItems: ['a1', 'b1'], highestItems: ['a2', 'b2'] },
      complete: false,
    },
    {
      name: 'SLT "N/A" is the lowest stage (position 0) and counts',
      rubric: slt,
      levels: { x1: 'na', x2: 'p', y1: 'na', y2: 's', y3: 'i' },
      overall: {
        total: 5,
        answered: 5,
        rated: 5,
        notApplicable: 0,
        completion: 1,
        counts: { na: 2, i: 1, b: 0, p: 1, s: 1 },
        mean: 1.6,
        median: 1,
        modal: 0,
        min: 0,
        max: 4,
        lowestItems: ['x1', 'y1'],
        highestItems: ['y2'],
      },
      sections: { s1: { mean: 1.5, median: 1.5, modal: 0, min: 0, max: 3 }, s2: { mean: 5 / 3, median: 1, modal: 0 } },
      complete: true,
    },
    {
      name: 'a genuine not-applicable level is answered but left out of every figure',
      rubric: withNa,
      levels: { q1: 'low', q2: 'dna', q3: 'high', q4: 'dna' },
      overall: {
        total: 4,
        answered: 4,
        rated: 2,
        notApplicable: 2,
        completion: 1,
        counts: { low: 1, mid: 0, high: 1, dna: 2 },
        mean: 3,
        median: 3,
        modal: 1,
        min: 1,
        max: 5,
        lowestItems: ['q1'],
        highestItems: ['q3'],
      },
      complete: true,
    },
    {
      name: 'all not applicable: complete, but no figures',
      rubric: withNa,
      levels: { q1: 'dna', q2: 'dna', q3: 'dna', q4: 'dna' },
      overall: {
        answered: 4,
        rated: 0,
        notApplicable: 4,
        mean: null,
        median: null,
        modal: null,
        min: null,
        max: null,
        lowestItems: [],
        highestItems: [],
      },
      complete: true,
    },
    {
      name: 'nothing answered (nulls)',
      rubric: grid3,
      levels: { a1: null, b2: null },
      overall: {
        total: 5,
        answered: 0,
        rated: 0,
        completion: 0,
        counts: { emerging: 0, accelerating: 0, mastering: 0 },
        mean: null,
        median: null,
        lowestItems: [],
      },
      complete: false,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const score = scoreResponse(c.rubric, respond(c.rubric, c.levels));
      expect(score.kind).to.equal('response');
      expect(score.complete).to.equal(c.complete);
      for (const [key, value] of Object.entries(c.overall))
        expect(score.overall[key as keyof GroupScore], `overall.${key}`).to.deep.equal(value);
      for (const [sectionId, expected] of Object.entries(c.sections ?? {})) {
        const section = score.sections.find((s) => s.sectionId === sectionId)!;
        for (const [key, value] of Object.entries(expected)) {
          const actual = section[key as keyof GroupScore];
          if (typeof value === 'number') expect(actual, `${sectionId}.${key}`).to.be.closeTo(value, 1e-12);
          else expect(actual, `${sectionId}.${key}`).to.deep.equal(value);
        }
      }
    });
  }

  it('reports each item in definition order, whatever the answer order', () => {
    const score = scoreResponse(withNa, respond(withNa, { q4: 'dna', q3: 'high', q1: 'mid' }));
    expect(score.items.map((i) => i.itemId)).to.deep.equal(['q1', 'q2', 'q3', 'q4']);
    expect(score.items[0]).to.deep.equal({
      itemId: 'q1',
      sectionId: 'q',
      levelId: 'mid',
      position: 2,
      step: 1,
      offset: null,
      answered: true,
      rated: true,
      notApplicable: false,
      atTarget: false,
    });
    expect(score.items[1]).to.include({ levelId: null, position: null, answered: false, rated: false });
    expect(score.items[3]).to.include({ levelId: 'dna', position: null, step: null, answered: true, rated: false, notApplicable: true });
    expect(score.subjects).to.equal(undefined);
    expect(score.targets).to.equal(undefined);
  });

  it('scores a continuum per subject and counts subjects at a target stage', () => {
    const response = respondSubjects([
      subject('s-a', 'Parents', { stage: 'cooperative', trust: 'partner' }),
      subject('s-b', 'Union  Local ', { stage: 'coordination', trust: 'partner' }),
      subject('s-c', 'District', {}),
    ]);
    const score = scoreResponse(continuum, response);
    expect(score.subjects!.map((s) => [s.subjectId, s.name, s.key, s.atTarget, s.complete])).to.deep.equal([
      ['s-a', 'Parents', 'parents', true, true],
      ['s-b', 'Union  Local ', 'union local', false, true],
      ['s-c', 'District', 'district', false, false],
    ]);
    expect(score.targets).to.deep.equal({ met: 1, rated: 2, total: 3 });
    expect(score.complete).to.equal(false);
    const a = score.subjects![0]!;
    expect(a.overall).to.include({ total: 2, answered: 2, mean: 4.5, min: 4, max: 5, atTarget: 2 });
    expect(a.items.map((i) => i.atTarget)).to.deep.equal([true, true]);
    expect(a.items[0]).to.not.have.property('subjectId');
    // Pooled over every subject: 3 subjects × 2 items.
    expect(score.overall).to.include({ total: 6, answered: 4, rated: 4, mean: 4.25, min: 3, max: 5, atTarget: 3 });
    expect(score.overall.lowestItems).to.deep.equal(['stage']);
    expect(score.overall.highestItems).to.deep.equal(['trust']);
    expect(score.items.map((i) => `${i.subjectId}:${i.itemId}`)).to.deep.equal([
      's-a:stage',
      's-a:trust',
      's-b:stage',
      's-b:trust',
      's-c:stage',
      's-c:trust',
    ]);
  });

  it('ignores top-level answers of a subject rubric and treats no subjects as incomplete', () => {
    const score = scoreResponse(continuum, { ...respondSubjects([]), answers: { stage: { level: 'partner' } } });
    expect(score.overall).to.include({ total: 0, answered: 0, completion: 0, mean: null });
    expect(score.complete).to.equal(false);
    expect(score.targets).to.deep.equal({ met: 0, rated: 0, total: 0 });
  });

  it('is not at target when a rated item is below the target stages', () => {
    const score = scoreResponse(continuum, respondSubjects([subject('x', 'X', { stage: 'partner', trust: 'none' })]));
    expect(score.subjects![0]!.atTarget).to.equal(false);
    expect(score.targets!.met).to.equal(0);
  });
});
