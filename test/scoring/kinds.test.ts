import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Answer, Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { aggregateResponses, scoreResponse } from '../../src/scoring/index.js';
import {
  decisionContinuum,
  opportunityChecklist,
  assessingOurWork,
  resultsAnalysis,
  repeatableProcesses,
} from '../fixtures/instruments.js';

const rubric = (def: object) => def as unknown as Rubric;
const checklist = rubric(opportunityChecklist);
const prompts = rubric(assessingOurWork);
const nominal = rubric(resultsAnalysis);
const decisions = rubric(decisionContinuum);
const processes = rubric(repeatableProcesses);
const withIdeal = rubric({ ...decisionContinuum, scale: { ...decisionContinuum.scale, ideal: '4' } });

const response = (def: { id: string }, answers: Record<string, Answer>): RubricResponse => ({
  rubricId: def.id,
  rubricVersion: '1.0.0',
  answers,
});
const decided = (def: { id: string }, levels: string[]): RubricResponse => ({
  rubricId: def.id,
  rubricVersion: '1.0.0',
  answers: {},
  subjects: levels.map((level, i) => ({ id: `s${i}`, name: `Decision ${i}`, answers: { where: { level } } })),
});

describe('scoring per scale kind', () => {
  describe('checklist', () => {
    it('counts ticks against the limit; complete once something is ticked within it', () => {
      const none = scoreResponse(checklist, response(checklist, {}));
      expect(none.scaleKind).to.equal('checklist');
      expect([none.ticks, none.complete]).to.deep.equal([{ checked: 0, max: 3, over: false }, false]);
      const two = scoreResponse(
        checklist,
        response(checklist, { meals: { checked: true }, languages: { checked: false }, 'front-office': { checked: true } }),
      );
      expect(two.ticks).to.deep.equal({ checked: 2, max: 3, over: false });
      expect(two.complete).to.equal(true);
      expect(two.items.map((i) => [i.itemId, i.answered, i.levelId])).to.deep.equal([
        ['front-office', true, null],
        ['community-involvement', false, null],
        ['languages', false, null],
        ['meals', true, null],
      ]);
      expect([two.overall.mean, two.overall.median, two.overall.min]).to.deep.equal([null, null, null]);
    });

    it('reports a hand-edited response over the limit, and never trims it', () => {
      const all = Object.fromEntries(checklist.sections[0]!.items.map((i) => [i.id, { checked: true }]));
      const score = scoreResponse(checklist, response(checklist, all));
      expect(score.ticks).to.deep.equal({ checked: 4, max: 3, over: true });
      expect(score.complete).to.equal(false);
    });

    it('tallies a team: ticks per item, never a mean, never "discuss"', () => {
      const team = [
        response(checklist, { meals: { checked: true }, languages: { checked: true } }),
        response(checklist, { meals: { checked: true } }),
        response(checklist, { meals: { checked: true }, 'front-office': { level: 'x' } }),
      ];
      const result = aggregateResponses(checklist, team);
      expect(result.scaleKind).to.equal('checklist');
      expect(result.items.map((i) => [i.itemId, i.answered])).to.deep.equal([
        ['front-office', 0],
        ['community-involvement', 0],
        ['languages', 1],
        ['meals', 3],
      ]);
      expect(result.items.every((i) => i.mean === null && i.steps === null && !i.discuss)).to.equal(true);
      expect(aggregateResponses(checklist, team.slice(0, 1)).items[3]!.counts).to.deep.equal({ checked: 1 });
    });
  });

  describe('prompt', () => {
    it('counts a prompt as answered when its text is more than white space', () => {
      const score = scoreResponse(prompts, response(prompts, { selection: { text: '  ' }, faculty: { text: 'Weekly staff notes.' } }));
      expect(score.items.map((i) => i.answered)).to.deep.equal([false, true]);
      expect([score.overall.answered, score.overall.total, score.complete]).to.deep.equal([1, 2, false]);
      const full = response(prompts, { selection: { text: 'By election.' }, faculty: { text: 'Notes.' } });
      expect(scoreResponse(prompts, full).complete).to.equal(true);
      const team = aggregateResponses(prompts, [full, response(prompts, { faculty: { text: 'x' } }), response(prompts, {})]);
      expect(team.items.map((i) => i.answered)).to.deep.equal([1, 2]);
    });
  });

  describe('nominal', () => {
    it('counts choices and claims no mean, median, range or spread', () => {
      const score = scoreResponse(nominal, response(nominal, { proceed: { level: 'adapt' } }));
      expect(score.items[0]).to.include({ levelId: 'adapt', position: null, step: null, offset: null, answered: true, rated: true });
      expect(score.overall).to.include({ mean: null, median: null, modal: null, min: null, max: null });
      const team = ['adopt', 'abandon', 'adapt', 'adapt'].map((level) => response(nominal, { proceed: { level } }));
      const item = aggregateResponses(nominal, team).items[0]!;
      expect(item.counts).to.deep.equal({ adopt: 1, adapt: 2, abandon: 1 });
      expect([item.n, item.mean, item.median, item.spread, item.steps, item.middleSteps, item.discuss]).to.deep.equal([
        4,
        null,
        null,
        null,
        null,
        null,
        false,
      ]);
    });

    it('works per rated subject too', () => {
      const score = scoreResponse(processes, {
        rubricId: processes.id,
        rubricVersion: '1.0.0',
        answers: {},
        subjects: [{ id: 's1', name: 'Standing meetings', answers: { helpful: { level: 'yes' } } }],
      });
      expect([score.complete, score.subjects![0]!.items[0]!.levelId, score.overall.mean]).to.deep.equal([true, 'yes', null]);
    });
  });

  describe('ideal-point', () => {
    it('reports positions only, and no target, when neither the definition nor the team sets one', () => {
      const score = scoreResponse(decisions, decided(decisions, ['1', '7']));
      expect(score.items.map((i) => [i.position, i.offset, i.atTarget])).to.deep.equal([
        [1, null, false],
        [7, null, false],
      ]);
      expect(score.ideal).to.deep.equal({ levelId: null, meanDistance: null });
      expect(aggregateResponses(decisions, [decided(decisions, ['1'])]).idealLevel).to.equal(null);
    });

    it('measures offset and distance from the target, in steps, either side', () => {
      const score = scoreResponse(withIdeal, decided(withIdeal, ['1', '4', '6']));
      expect(score.items.map((i) => [i.offset, i.atTarget])).to.deep.equal([
        [-3, false],
        [0, true],
        [2, false],
      ]);
      expect(score.ideal).to.deep.equal({ levelId: '4', meanDistance: 5 / 3 });
      expect(score.overall.max, 'positions are still reported').to.equal(6);
    });

    it("takes the team's own target in place of the definition's", () => {
      const score = scoreResponse(withIdeal, decided(withIdeal, ['2']), { ideal: '2' });
      expect(score.items[0]!.offset).to.equal(0);
      const team = aggregateResponses(withIdeal, [decided(withIdeal, ['1']), decided(withIdeal, ['7'])], { ideal: '7' });
      expect([team.idealLevel, team.items[0]!.distance, team.items[0]!.atTarget]).to.deep.equal(['7', 3, 1]);
      expect(aggregateResponses(withIdeal, [decided(withIdeal, ['1'])]).items[0]!.distance).to.equal(3);
    });

    it('has a mean distance that does not depend on which end is called low (property)', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 20 }),
          fc.integer({ min: 1, max: 7 }),
          (points, target) => {
            const a = aggregateResponses(
              withIdeal,
              points.map((p) => decided(withIdeal, [String(p)])),
              { ideal: String(target) },
            );
            const b = aggregateResponses(
              withIdeal,
              points.map((p) => decided(withIdeal, [String(8 - p)])),
              { ideal: String(8 - target) },
            );
            return Math.abs(a.items[0]!.distance! - b.items[0]!.distance!) < 1e-9;
          },
        ),
      );
    });
  });
});
