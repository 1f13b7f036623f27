// Copies set aside (src/controllers/set-aside.ts): made only when they hold something no copy
// holds, and at the limit a copy whose answers others hold goes before an older one with its own.
// Found by the reconciliation model test: five copies of the same answers pushed out the only copy
// of an answer a person had typed.
import { expect } from '@open-wc/testing';
import { listSetAside, SET_ASIDE_LIMIT, setAside } from '../../src/controllers/set-aside.js';

const KEY = 'collab-rubrics:draft:set-aside-test';
const draft = (answers: Record<string, string>, more: object = {}, at = '2026-12-01T08:00:00.000Z') =>
  JSON.stringify({
    rubricId: 'tiny',
    rubricVersion: '1.0.0',
    updatedAt: at,
    answers: Object.fromEntries(Object.entries(answers).map(([item, level]) => [item, { level, updatedAt: at }])),
    ...more,
  });
const levels = () => listSetAside(KEY).map((c) => JSON.parse(c.text) as { answers: Record<string, { level: string }>; fields?: object });

describe('set-aside copies', () => {
  beforeEach(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith(KEY)) localStorage.removeItem(k);
  });

  it('adds no copy whose every answer a copy already holds (times aside), and adds one with any answer of its own', () => {
    expect(setAside(KEY, draft({ first: 'low', second: 'mid' }), 'replaced')).to.equal(true);
    expect(setAside(KEY, draft({ first: 'low' }, {}, '2026-12-01T09:00:00.000Z'), 'replaced'), 'held already: nothing to write').to.equal(
      true,
    );
    expect(listSetAside(KEY)).to.have.length(1);
    setAside(KEY, draft({ first: 'high' }), 'replaced');
    setAside(KEY, draft({ first: 'low', second: 'mid' }, { fields: { school: 'Lincoln' } }), 'replaced');
    setAside(KEY, draft({}, { subjects: [{ id: 'p1', name: 'Parents', answers: {} }] }), 'replaced');
    expect(levels().map((c) => [c.answers['first']?.level ?? null, c.fields ?? null])).to.deep.equal([
      ['low', null],
      ['high', null],
      ['low', { school: 'Lincoln' }],
      [null, null],
    ]);
  });

  it('at the limit, lets a copy go whose answers the others hold before an older copy with answers of its own', () => {
    setAside(KEY, draft({ third: 'mid' }), 'replaced'); // the oldest, and the only "third: mid"
    for (let n = 1; n < SET_ASIDE_LIMIT; n++)
      setAside(KEY, draft({ first: ['low', 'mid', 'high', 'low'][n - 1]!, second: String(n) }), 'replaced');
    expect(listSetAside(KEY)).to.have.length(SET_ASIDE_LIMIT);
    // A new copy that holds all of the last one's answers and one more.
    setAside(KEY, draft({ first: 'low', second: String(SET_ASIDE_LIMIT - 1), third: 'low' }), 'replaced');
    const kept = levels();
    expect(kept).to.have.length(SET_ASIDE_LIMIT);
    expect(
      kept.some((c) => c.answers['third']?.level === 'mid'),
      'the only copy of third=mid stays',
    ).to.equal(true);
    expect(kept.filter((c) => c.answers['second']?.level === String(SET_ASIDE_LIMIT - 1))).to.have.length(1);
    // Copies with answers of their own each: the oldest goes, as before.
    setAside(KEY, draft({ first: 'x1' }), 'replaced');
    expect(
      levels().some((c) => c.answers['third']?.level === 'mid'),
      'now the oldest',
    ).to.equal(false);
  });
});
