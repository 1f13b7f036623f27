import { expect } from '@open-wc/testing';
import type { Rubric } from '../../src/rubrics/schema.js';
import { figuresFromCounts, itemIndex, scaleIndex, subjectKey } from '../../src/scoring/index.js';
import { levelProbe } from '../../src/scoring/probe.js';
import { grid3, slt, withNa } from './fixtures.js';

describe('scaleIndex', () => {
  it('indexes levels, positions, steps and kinds once per rubric', () => {
    const scale = scaleIndex(withNa);
    expect(scaleIndex(withNa)).to.equal(scale);
    expect(scale.ids).to.deep.equal(['low', 'mid', 'high', 'dna']);
    expect([...scale.positions.slice(0, 3)]).to.deep.equal([1, 2, 5]);
    expect(Number.isNaN(scale.positions[3])).to.equal(true);
    expect([...scale.ranks]).to.deep.equal([0, 1, 2, -1]);
    expect([...scale.notApplicable]).to.deep.equal([0, 0, 0, 1]);
    expect(scale.ratedCount).to.equal(3);
    expect([...scale.ratedOrder]).to.deep.equal([0, 1, 2]);
    expect(scale.hasTargets).to.equal(false);
  });

  const lookups: [string, Rubric, unknown, number][] = [
    ['a known id', withNa, 'high', 2],
    ['the not-applicable id', withNa, 'dna', 3],
    ['an unknown id sharing the probe character', withNa, 'lowest', -1],
    ['an id in another case', withNa, 'HIGH', -1],
    ['a non-string', withNa, 2, -1],
    ['null', withNa, null, -1],
    ['the SLT N/A stage', slt, 'na', 0],
    ['an empty string', slt, '', -1],
  ];
  for (const [name, rubric, id, expected] of lookups) {
    it(`indexOf: ${name}`, () => expect(scaleIndex(rubric).indexOf(id)).to.equal(expected));
  }

  it('falls back to a map when no single character tells the levels apart', () => {
    const rubric: Rubric = {
      ...grid3,
      scale: { levels: ['ab', 'ac', 'bc'].map((id, i) => ({ id, label: id, position: i })) },
    };
    const scale = scaleIndex(rubric);
    expect(levelProbe(scale).at).to.equal(-1);
    expect(['ab', 'ac', 'bc', 'ba'].map((id) => scale.indexOf(id))).to.deep.equal([0, 1, 2, -1]);
  });

  it('probes the first character that tells the levels apart, for aggregation', () => {
    const probe = levelProbe(scaleIndex(withNa));
    expect(probe).to.include({ at: 0, singleChar: false });
    expect([...'lmhd'].map((c) => probe.table[c.charCodeAt(0)])).to.deep.equal([0, 1, 2, 3]);
    expect(probe.table['x'.charCodeAt(0)]).to.equal(-1);
    const slim = levelProbe(scaleIndex({ ...grid3, scale: { levels: ['a', 'b'].map((id, i) => ({ id, label: id, position: i })) } }));
    expect(slim).to.include({ at: 0, singleChar: true });
  });

  it('orders a hand-built scale by position and ignores a level without one', () => {
    const rubric = {
      ...grid3,
      scale: {
        levels: [
          { id: 'x', label: 'x', position: 5 },
          { id: 'y', label: 'y', position: 1 },
          { id: 'z', label: 'z' },
        ],
      },
    } as Rubric;
    const scale = scaleIndex(rubric);
    expect([...scale.ranks]).to.deep.equal([1, 0, -1]);
    expect(scale.indexOf('z')).to.equal(-1);
    const f = figuresFromCounts(scale, [1, 1, 9]);
    expect(f).to.include({ answered: 2, rated: 2, min: 1, max: 5, minStep: 0, maxStep: 1, modal: 1 });
    expect(f.counts).to.deep.equal({ x: 1, y: 1, z: 9 });
  });
});

describe('itemIndex', () => {
  it('lists items in definition order with their sections', () => {
    const items = itemIndex(grid3);
    expect(items.ids).to.deep.equal(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect([...items.sectionOf]).to.deep.equal([0, 0, 0, 1, 1]);
    expect(items.sectionItems).to.deep.equal([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(items.indexById.get('b2')).to.equal(4);
  });
});

describe('subjectKey', () => {
  const cases: [unknown, string][] = [
    ['  Parent   Association ', 'parent association'],
    ['PARENTS', 'parents'],
    ['Cafe\u0301', 'café'],
    ['', ''],
    [undefined, ''],
  ];
  for (const [name, key] of cases) it(`keys ${JSON.stringify(name)}`, () => expect(subjectKey(name)).to.equal(key));
});
