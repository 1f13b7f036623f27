import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatIssues, parseDefinition, parseResponse } from '../../src/rubrics/parse.js';
import type { Answer, Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import {
  aggregateResponses,
  answerCounts,
  compareCycles,
  createAccumulator,
  mergeAggregates,
  scoreResponse,
  subjectKey,
  type Distribution,
  type GroupScore,
} from '../../src/scoring/index.js';
import { arbResponse, arbRubric, arbTeam } from '../arbitraries.js';
import { byKind } from '../fixtures/instruments.js';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const close = (actual: number | null, expected: number | null, label: string): void => {
  if (expected === null) expect(actual, label).to.equal(null);
  else expect(actual, label).to.be.closeTo(expected, 1e-9);
};

const arbRubricAndResponse = arbRubric().chain((rubric) => fc.tuple(fc.constant(rubric), arbResponse(rubric)));

describe('scoring properties', () => {
  it('generates valid definitions and responses', () => {
    fc.assert(
      fc.property(arbRubricAndResponse, ([rubric, response]) => {
        const definition = parseDefinition(rubric);
        if (!definition.success) expect.fail(formatIssues(definition.issues));
        const parsed = parseResponse(response);
        if (!parsed.success) expect.fail(formatIssues(parsed.issues));
      }),
      { numRuns: 200 },
    );
  });

  it('scores any valid response without throwing, with consistent counts', () => {
    fc.assert(
      fc.property(arbRubricAndResponse, ([rubric, response]) => {
        const score = scoreResponse(rubric, response);
        const groups: GroupScore[] = [
          score.overall,
          ...score.sections,
          ...(score.subjects ?? []).flatMap((s) => [s.overall, ...s.sections]),
        ];
        for (const g of groups) {
          expect(g.answered).to.equal(g.rated + g.notApplicable);
          expect(Object.values(g.counts).reduce((a, b) => a + b, 0)).to.equal(g.answered);
          expect(g.completion).to.be.within(0, 1);
          if (g.rated > 0) {
            expect(g.min!).to.be.at.most(g.mean! + 1e-9);
            expect(g.mean!).to.be.at.most(g.max! + 1e-9);
            expect(g.lowestItems.length).to.be.greaterThan(0);
          } else expect([g.mean, g.median, g.modal, g.min, g.max, g.lowestItems.length]).to.deep.equal([null, null, null, null, null, 0]);
        }
        const itemCount = rubric.sections.reduce((n, s) => n + s.items.length, 0);
        expect(score.items.length).to.equal(itemCount * (rubric.subjects ? (response.subjects?.length ?? 0) : 1));
        expect(score.complete).to.equal(score.overall.total > 0 && score.overall.answered === score.overall.total);
        expect(json(score)).to.deep.equal(score);
      }),
    );
  });

  it('gives the same score after a JSON round trip of the response and of the rubric', () => {
    fc.assert(
      fc.property(arbRubricAndResponse, ([rubric, response]) => {
        const score = scoreResponse(rubric, response);
        expect(scoreResponse(rubric, json(response))).to.deep.equal(score);
        expect(scoreResponse(json(rubric), json(response))).to.deep.equal(score);
        expect(aggregateResponses(json(rubric), [json(response)])).to.deep.equal(aggregateResponses(rubric, [response]));
      }),
    );
  });

  it('counts answers and completeness as scoreResponse does (answerCounts), on every scale kind, subjects included', () => {
    const counts = (rubric: Rubric, response: RubricResponse) => {
      const { overall, complete } = scoreResponse(rubric, response);
      return { answered: overall.answered, rated: overall.rated, notApplicable: overall.notApplicable, total: overall.total, complete };
    };
    /** Every item answered the same way: a complete response where the kind allows. */
    const every = (rubric: Rubric, answer: Answer): RubricResponse => {
      const answers = Object.fromEntries(rubric.sections.flatMap((s) => s.items.map((i) => [i.id, answer])));
      return rubric.subjects
        ? { rubricId: rubric.id, rubricVersion: rubric.version, answers: {}, subjects: [{ id: 's1', name: 'A', answers }] }
        : { rubricId: rubric.id, rubricVersion: rubric.version, answers };
    };
    fc.assert(
      fc.property(arbRubricAndResponse, ([rubric, response]) => {
        expect(answerCounts(rubric, response)).to.deep.equal(counts(rubric, response));
        const full = every(rubric, { level: rubric.scale.levels![0]!.id });
        expect(answerCounts(rubric, full)).to.deep.equal(counts(rubric, full));
      }),
    );
    for (const fixture of Object.values(byKind).flat()) {
      const rubric = fixture as unknown as Rubric;
      const answers: Answer[] = [{ checked: true }, { checked: false }, { text: 'Yes' }, { text: '  ' }, {}];
      if (rubric.scale.levels) answers.push(...rubric.scale.levels.map((l) => ({ level: l.id })));
      for (const answer of answers) {
        const response = every(rubric, answer);
        expect(answerCounts(rubric, response), `${rubric.id} ${JSON.stringify(answer)}`).to.deep.equal(counts(rubric, response));
      }
      const none = { ...every(rubric, {}), subjects: rubric.subjects ? [] : undefined };
      expect(answerCounts(rubric, none), `${rubric.id} no subjects`).to.deep.equal(counts(rubric, none));
    }
  });

  it('never mutates its inputs', () => {
    fc.assert(
      fc.property(arbTeam(6), ({ rubric, responses }) => {
        const before = json({ rubric, responses });
        deepFreeze(rubric);
        deepFreeze(responses);
        const scores = responses.map((r) => scoreResponse(rubric, r));
        const team = aggregateResponses(rubric, responses);
        if (scores[0]) compareCycles(rubric, scores[0], team);
        expect({ rubric, responses }).to.deep.equal(before);
      }),
      { numRuns: 50 },
    );
  });

  it('aggregates N copies of one response to that response’s figures, with nothing to discuss', () => {
    fc.assert(
      fc.property(arbRubricAndResponse, fc.integer({ min: 1, max: 6 }), ([rubric, response], copies) => {
        const score = scoreResponse(rubric, response);
        const team = aggregateResponses(
          rubric,
          Array.from({ length: copies }, () => response),
        );
        expect(team.responses).to.equal(copies);
        const sameGroup = (g: Distribution, s: GroupScore, label: string) => {
          expect(g.n, `${label}.n`).to.equal(s.rated * copies);
          expect(g.notApplicable, `${label}.notApplicable`).to.equal(s.notApplicable * copies);
          for (const [id, count] of Object.entries(s.counts)) expect(g.counts[id], `${label}.counts.${id}`).to.equal(count * copies);
          close(g.mean, s.mean, `${label}.mean`);
          close(g.median, s.median, `${label}.median`);
          close(g.modal, s.modal, `${label}.modal`);
          expect([g.min, g.max], `${label}.min/max`).to.deep.equal([s.min, s.max]);
        };
        sameGroup(team.overall, score.overall, 'overall');
        team.sections.forEach((section, i) => sameGroup(section, score.sections[i]!, section.sectionId));
        const keys = (score.subjects ?? []).map((s) => s.key);
        if (new Set(keys).size === keys.length) {
          // Every subject listed once: per subject (and so at the top) nobody disagrees.
          expect(team.overall.discuss).to.equal(false);
          if (!rubric.subjects) {
            team.items.forEach((item, i) => {
              const single = score.items[i]!;
              expect([item.n, item.mean, item.min, item.max, item.steps, item.spread, item.discuss]).to.deep.equal(
                single.rated
                  ? [copies, single.position, single.position, single.position, 0, 0, false]
                  : [0, null, null, null, null, null, false],
              );
            });
          }
          for (const s of score.subjects ?? []) {
            const agg = team.subjects!.find((x) => x.key === s.key)!;
            expect(agg.raters).to.equal(copies);
            sameGroup(agg.overall, s.overall, `subject ${s.key}`);
            expect(agg.items.map((i) => i.mean)).to.deep.equal(s.items.map((i) => i.position));
          }
        }
      }),
    );
  });

  it('does not depend on the order of the responses', () => {
    const arb = arbTeam().chain(({ rubric, responses }) =>
      fc.tuple(
        fc.constant(rubric),
        fc.constant(responses),
        fc.shuffledSubarray(responses, { minLength: responses.length, maxLength: responses.length }),
      ),
    );
    fc.assert(
      fc.property(arb, ([rubric, responses, shuffled]) => {
        expect(aggregateResponses(rubric, shuffled)).to.deep.equal(aggregateResponses(rubric, responses));
      }),
    );
  });

  it('adds one by one, in bulk, merged from parts or from saved aggregates alike', () => {
    fc.assert(
      fc.property(arbTeam(), fc.nat(), ({ rubric, responses }, cut) => {
        const whole = aggregateResponses(rubric, responses);
        const one = createAccumulator(rubric);
        for (const r of responses) one.add(r);
        expect(one.result()).to.deep.equal(whole);
        const at = responses.length === 0 ? 0 : cut % (responses.length + 1);
        const left = createAccumulator(rubric).addAll(responses.slice(0, at));
        const right = createAccumulator(rubric).addAll(responses.slice(at));
        expect(left.merge(right).result()).to.deep.equal(whole);
        const saved = json([aggregateResponses(rubric, responses.slice(at)), aggregateResponses(rubric, responses.slice(0, at))]);
        expect(mergeAggregates(rubric, saved)).to.deep.equal(whole);
      }),
    );
  });

  it('aggregates consistently: counts add up, flags follow the rule, results are plain JSON', () => {
    fc.assert(
      fc.property(arbTeam(), fc.integer({ min: 0, max: 4 }), ({ rubric, responses }, discussSteps) => {
        const team = aggregateResponses(rubric, responses, { discussSteps });
        expect(json(team)).to.deep.equal(team);
        const perSubject = team.subjects ?? [];
        for (const item of [...team.items, ...perSubject.flatMap((s) => s.items)]) {
          expect(Object.values(item.counts).reduce((a, b) => a + b, 0)).to.equal(item.answered);
          expect(item.answered).to.equal(item.n + item.notApplicable);
          if (!rubric.subjects) {
            expect(item.answered).to.be.at.most(responses.length);
            expect(item.discuss).to.equal(item.n >= 2 && item.steps! >= discussSteps);
          }
          if (item.n > 0) {
            expect(item.min! <= item.median! && item.median! <= item.max!).to.equal(true);
            expect(item.spread).to.equal(item.max! - item.min!);
          }
        }
        if (rubric.subjects) {
          const keys = perSubject.map((s) => s.key);
          expect(keys).to.deep.equal([...keys].sort());
          expect(perSubject.reduce((n, s) => n + s.raters, 0)).to.equal(responses.reduce((n, r) => n + (r.subjects?.length ?? 0), 0));
          for (const s of perSubject) expect(subjectKey(s.name)).to.equal(s.key);
          team.items.forEach((item, i) => expect(item.discuss).to.equal(perSubject.some((s) => s.items[i]!.discuss)));
        }
        expect(team.overall.discussItems).to.deep.equal(team.items.filter((i) => i.discuss).map((i) => i.itemId));
      }),
    );
  });

  it('finds no change between a cycle and itself', () => {
    fc.assert(
      fc.property(arbTeam(4), ({ rubric, responses }) => {
        const team = aggregateResponses(rubric, responses);
        const results = [team, ...responses.map((r) => scoreResponse(rubric, r))];
        for (const result of results) {
          const comparison = compareCycles(rubric, result, result);
          const changes = [
            comparison.overall,
            ...comparison.items,
            ...comparison.sections,
            ...(comparison.subjects ?? []).flatMap((s) => [s.overall, ...s.items, ...s.sections]),
          ];
          for (const c of changes) expect(c.direction).to.equal('same');
          expect((comparison.subjects ?? []).every((s) => s.presence === 'both')).to.equal(true);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('survives responses that are only roughly the right shape', () => {
    const rough = fc.record({
      rubricId: fc.string(),
      rubricVersion: fc.string(),
      answers: fc.dictionary(
        fc.string(),
        fc.oneof(fc.constant(null), fc.string(), fc.record({ level: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) })),
      ),
      subjects: fc.option(
        fc.array(
          fc.record({
            id: fc.string(),
            name: fc.oneof(fc.string(), fc.constant(undefined)),
            answers: fc.dictionary(fc.string(), fc.record({ level: fc.string() })),
          }),
        ),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(arbRubric(), fc.array(rough, { maxLength: 5 }), (rubric, responses) => {
        const list = responses as unknown as RubricResponse[];
        list.forEach((r) => scoreResponse(rubric, r));
        aggregateResponses(rubric, list);
      }),
    );
  });
});
