// What the progress line counts for each scale kind, and where "Next unrated" goes: pure, from a score.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Answer, Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { nextOpen, progressOf, scoreResponse } from '../../src/scoring/index.js';
import { assessingOurWork, opportunityChecklist } from '../fixtures/instruments.js';
import { continuum, grid3, respond, respondSubjects, slt, subject, withNa } from './fixtures.js';

const progress = (rubric: Rubric, response: RubricResponse) => progressOf(scoreResponse(rubric, response));
const checklist = opportunityChecklist as unknown as Rubric;
const prompts = assessingOurWork as unknown as Rubric;
const response = (def: { id: string }, answers: Record<string, Answer>): RubricResponse => ({
  rubricId: def.id,
  rubricVersion: '1.0.0',
  answers,
});

describe('progressOf', () => {
  it('counts items rated overall and per section, definition order', () => {
    const p = progress(grid3, respond(grid3, { a1: 'emerging', a3: 'mastering', b2: 'accelerating', b1: 'nonsense' }));
    expect([p.unit, p.done, p.total, p.complete]).to.deep.equal(['rated', 3, 5, false]);
    expect(p.sections).to.deep.equal([
      { sectionId: 'a', done: 2, total: 3, complete: false },
      { sectionId: 'b', done: 1, total: 2, complete: false },
    ]);
    expect(p.open, 'an unknown level is no answer').to.deep.equal([
      { itemId: 'a2', sectionId: 'a' },
      { itemId: 'b1', sectionId: 'b' },
    ]);
    const full = progress(grid3, respond(grid3, { a1: 'emerging', a2: 'emerging', a3: 'emerging', b1: 'mastering', b2: 'mastering' }));
    expect([full.done, full.complete, full.open]).to.deep.equal([5, true, []]);
    expect(full.sections.every((s) => s.complete)).to.equal(true);
  });

  it('counts a "does not apply" level and the lowest stage (N/A) as answers', () => {
    expect(progress(withNa, respond(withNa, { q1: 'dna', q2: 'low' })).done).to.equal(2);
    expect(progress(slt, respond(slt, { x1: 'na' })).sections[0]).to.deep.equal({ sectionId: 's1', done: 1, total: 2, complete: false });
  });

  it('prompts count answers; white space is none', () => {
    const p = progress(prompts, response(prompts, { selection: { text: 'By vote' }, faculty: { text: '   ' } }));
    expect([p.unit, p.done, p.total, p.open.map((o) => o.itemId)]).to.deep.equal(['answered', 1, 2, ['faculty']]);
  });

  it('checklists count ticks against the limit, complete as the score says, and leave nothing "open"', () => {
    const p = progress(checklist, response(checklist, { meals: { checked: true } }));
    expect([p.unit, p.done, p.total, p.max, p.complete, p.open]).to.deep.equal(['ticked', 1, 3, 3, true, []]);
    const unlimited = { ...checklist, scale: { kind: 'checklist' } } as Rubric;
    const q = progress(unlimited, response(unlimited, {}));
    expect([q.done, q.total, q.max, q.complete]).to.deep.equal([0, 4, null, false]);
  });

  it('rated subjects count subjects with every item answered; none is nothing to count', () => {
    const none = progress(continuum, respondSubjects([]));
    expect([none.unit, none.done, none.total, none.complete, none.order]).to.deep.equal(['subjects', 0, 0, false, []]);
    const p = progress(
      continuum,
      respondSubjects([subject('p1', 'Union', { stage: 'partner', trust: 'none' }), subject('p2', 'Board', { trust: 'partner' })]),
    );
    expect([p.done, p.total, p.complete]).to.deep.equal([1, 2, false]);
    expect(p.subjects).to.deep.equal([
      { subjectId: 'p1', done: 2, total: 2, complete: true },
      { subjectId: 'p2', done: 1, total: 2, complete: false },
    ]);
    expect(p.open).to.deep.equal([{ itemId: 'stage', subjectId: 'p2', sectionId: 'rel' }]);
  });
});

describe('nextOpen', () => {
  const p = progress(grid3, respond(grid3, { a1: 'emerging', a3: 'mastering', b2: 'accelerating' }));

  it('goes to the first open item after the current one, and from nowhere to the first', () => {
    expect(nextOpen(p)).to.deep.equal({ item: { itemId: 'a2', sectionId: 'a' }, wrapped: false });
    expect(nextOpen(p, { itemId: 'a2' })).to.deep.equal({ item: { itemId: 'b1', sectionId: 'b' }, wrapped: false });
    expect(nextOpen(p, { itemId: 'a3' })).to.deep.equal({ item: { itemId: 'b1', sectionId: 'b' }, wrapped: false });
  });

  it('wraps past the last item and says so; an unknown current item starts at the top', () => {
    expect(nextOpen(p, { itemId: 'b1' })).to.deep.equal({ item: { itemId: 'a2', sectionId: 'a' }, wrapped: true });
    expect(nextOpen(p, { itemId: 'b2' })).to.deep.equal({ item: { itemId: 'a2', sectionId: 'a' }, wrapped: true });
    expect(nextOpen(p, { itemId: 'gone' })).to.deep.equal({ item: { itemId: 'a2', sectionId: 'a' }, wrapped: false });
  });

  it('follows subjects in the order shown, and is undefined once nothing is open', () => {
    const s = progress(continuum, respondSubjects([subject('p1', 'Union', { stage: 'partner' }), subject('p2', 'Board', {})]));
    expect(nextOpen(s, { itemId: 'trust', subjectId: 'p1' })?.item).to.deep.equal({ itemId: 'stage', subjectId: 'p2', sectionId: 'rel' });
    expect(nextOpen(s, { itemId: 'trust', subjectId: 'p2' })).to.deep.equal({
      item: { itemId: 'trust', subjectId: 'p1', sectionId: 'rel' },
      wrapped: true,
    });
    const done = progress(grid3, respond(grid3, { a1: 'emerging', a2: 'emerging', a3: 'emerging', b1: 'mastering', b2: 'mastering' }));
    expect(nextOpen(done, { itemId: 'a1' })).to.equal(undefined);
  });

  it('always lands on an open item, the nearest one after the current item in the order shown (property)', () => {
    const ids = grid3.sections.flatMap((s) => s.items.map((i) => i.id));
    const levels = fc.constantFrom('emerging', 'accelerating', 'mastering', null);
    fc.assert(
      fc.property(fc.tuple(...ids.map(() => levels)), fc.constantFrom(undefined, ...ids), (chosen, current) => {
        const pr = progress(grid3, respond(grid3, Object.fromEntries(ids.map((id, i) => [id, chosen[i]!]))));
        const found = nextOpen(pr, current === undefined ? undefined : { itemId: current });
        const open = ids.filter((_, i) => chosen[i] === null);
        if (open.length === 0) return found === undefined;
        const from = current === undefined ? -1 : ids.indexOf(current);
        const after = open.find((id) => ids.indexOf(id) > from);
        return found !== undefined && found.item.itemId === (after ?? open[0]) && found.wrapped === (after === undefined && from >= 0);
      }),
    );
  });
});
