/**
 * fast-check arbitraries of valid rubric definitions and of valid responses to them, for the
 * property tests. Ids include integer-like ones ("3"), which objects keep in a different order.
 */
import fc from 'fast-check';
import { isSafeKey, type Answer, type Layout, type Level, type Rubric, type RubricResponse } from '../src/rubrics/schema.js';

// Built once: `fc.stringMatching` compiles its pattern, which is slow to repeat inside `chain`.
const ID = fc
  .oneof(
    { weight: 6, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/) },
    { weight: 2, arbitrary: fc.nat({ max: 40 }).map(String) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/) },
  )
  .filter(isSafeKey);

/** A valid id: mostly short tokens, sometimes integer-like, sometimes the longest allowed. */
export function arbId(): fc.Arbitrary<string> {
  return ID;
}

const LAYOUTS = ['rating-scale', 'indicator-table', 'bipolar-scale', 'continuum', 'descriptor-grid'] as const;

/** Subject names that normalise to the same key in different spellings, and some that do not. */
const SUBJECT_NAMES = ['Parents', ' parents ', 'PARENTS', 'Union  local', 'union local', 'District office', '', 'Ünïon', 'ünïon'];

interface Shape {
  readonly layout: (typeof LAYOUTS)[number];
  readonly sectionSizes: readonly number[];
  readonly ratedCount: number;
  /** Where a not-applicable level is inserted, if any. */
  readonly naAt: number | undefined;
  readonly naPosition: boolean;
  readonly subjects: boolean;
  readonly halfSteps: boolean;
}

/** Valid rubric definitions: 1–4 sections of 1–6 items, 2–7 rated levels, sometimes an N/A level. */
export function arbRubric(): fc.Arbitrary<Rubric> {
  const shape: fc.Arbitrary<Shape> = fc.record({
    layout: fc.constantFrom(...LAYOUTS),
    sectionSizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
    ratedCount: fc.integer({ min: 2, max: 7 }),
    naAt: fc.option(fc.nat({ max: 7 }), { nil: undefined }),
    naPosition: fc.boolean(),
    subjects: fc.boolean(),
    halfSteps: fc.boolean(),
  });
  return shape.chain((s) => {
    const itemCount = s.sectionSizes.reduce((a, b) => a + b, 0);
    const levelCount = s.ratedCount + (s.naAt === undefined ? 0 : 1);
    const exactly = (n: number) => ({ minLength: n, maxLength: n });
    return fc
      .record({
        id: arbId(),
        version: fc.constantFrom('1.0.0', '2', '0.3.1-beta.2'),
        sectionIds: fc.uniqueArray(arbId(), exactly(s.sectionSizes.length)),
        itemIds: fc.uniqueArray(arbId(), exactly(itemCount)),
        levelIds: fc.uniqueArray(arbId(), exactly(levelCount)),
        positions: fc.uniqueArray(fc.integer({ min: -5, max: 20 }), exactly(s.ratedCount)),
        targets: fc.array(fc.boolean(), exactly(s.ratedCount)),
      })
      .map((p): Rubric => {
        const positions = [...p.positions].sort((a, b) => a - b).map((x) => (s.halfSteps ? x / 2 : x));
        const rated: Level[] = positions.map((position, i) => ({
          id: '',
          label: `Level ${i + 1}`,
          position,
          ...(p.targets[i] && (s.layout === 'continuum' || i % 2 === 0) ? { target: true } : {}),
        }));
        const levels: Level[] = [...rated];
        if (s.naAt !== undefined) {
          const na: Level = {
            id: '',
            label: 'Does not apply',
            shortLabel: 'N/A',
            notApplicable: true,
            ...(s.naPosition ? { position: 99 } : {}),
          };
          levels.splice(Math.min(s.naAt, levels.length), 0, na);
        }
        const scaleLevels = levels.map((level, i) => ({ ...level, id: p.levelIds[i]! }));
        const gridLevels = scaleLevels.filter((l) => !l.notApplicable);
        let next = 0;
        const sections = s.sectionSizes.map((size, si) => ({
          id: p.sectionIds[si]!,
          title: `Section ${si + 1}`,
          items: Array.from({ length: size }, () => {
            const id = p.itemIds[next++]!;
            return {
              id,
              title: `Item ${id}`,
              ...(s.layout === 'bipolar-scale' ? { anchors: { low: 'Low statement', high: 'High statement' } } : {}),
              ...(s.layout === 'descriptor-grid'
                ? { descriptors: Object.fromEntries(gridLevels.map((l) => [l.id, `Descriptor ${l.id}`])) }
                : {}),
            };
          }),
        }));
        const withSubjects = s.layout === 'continuum' || s.subjects;
        return {
          id: p.id,
          version: p.version,
          title: 'Generated rubric',
          layout: s.layout satisfies Layout,
          scale: { levels: scaleLevels },
          sections,
          ...(withSubjects ? { subjects: { label: 'Partner', suggestions: ['Parents', 'Union local'] } } : {}),
        };
      });
  });
}

/** One answer: mostly a level of the scale, sometimes null, empty, or an unknown level id. */
function arbAnswer(levelIds: readonly string[]): fc.Arbitrary<Answer> {
  const known = fc.constantFrom(...levelIds);
  const unknown = arbId().filter((id) => !levelIds.includes(id));
  return fc.oneof(
    { weight: 8, arbitrary: known.map((level) => ({ level })) },
    { weight: 1, arbitrary: fc.constant({ level: null }) },
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: unknown.map((level) => ({ level })) },
    { weight: 1, arbitrary: known.map((level) => ({ level, fields: { note: 'why', done: true } })) },
  );
}

/** An answers record: some items skipped, some unknown item ids, keys in any order. */
function arbAnswers(rubric: Rubric): fc.Arbitrary<Record<string, Answer>> {
  const itemIds = rubric.sections.flatMap((s) => s.items.map((i) => i.id));
  const levelIds = rubric.scale.levels!.map((l) => l.id);
  const answer = arbAnswer(levelIds);
  const known = fc.tuple(
    ...itemIds.map((id) =>
      fc.option(
        answer.map((a) => [id, a] as const),
        { nil: undefined, freq: 4 },
      ),
    ),
  );
  const extra = fc.array(
    fc.tuple(
      arbId().filter((id) => !itemIds.includes(id)),
      answer,
    ),
    { maxLength: 3 },
  );
  return fc
    .tuple(known, extra)
    .chain(([k, e]) => {
      const entries = [...k.filter((x) => x !== undefined), ...e];
      return fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length });
    })
    .map((entries) => Object.fromEntries(entries));
}

/** Valid responses to `rubric`, with subjects when the rubric rates subjects. */
export function arbResponse(rubric: Rubric): fc.Arbitrary<RubricResponse> {
  const subject = fc.record({
    id: arbId(),
    name: fc.oneof(fc.constantFrom(...SUBJECT_NAMES), fc.string({ maxLength: 12 })),
    answers: arbAnswers(rubric),
  });
  return fc
    .record({
      answers: arbAnswers(rubric),
      subjects: rubric.subjects ? fc.array(subject, { maxLength: 4 }) : fc.constant(undefined),
      respondent: fc.option(fc.constantFrom('Ana', 'Ben', 'Chris'), { nil: undefined }),
      cycle: fc.option(fc.constantFrom('2026 fall', '2027 spring'), { nil: undefined }),
    })
    .map(({ answers, subjects, respondent, cycle }) => ({
      rubricId: rubric.id,
      rubricVersion: rubric.version,
      answers,
      ...(subjects ? { subjects } : {}),
      ...(respondent ? { respondent } : {}),
      ...(cycle ? { cycle } : {}),
    }));
}

/** A rubric with 0–12 responses to it. */
export function arbTeam(maxResponses = 12): fc.Arbitrary<{ rubric: Rubric; responses: RubricResponse[] }> {
  return arbRubric().chain((rubric) =>
    fc.record({ rubric: fc.constant(rubric), responses: fc.array(arbResponse(rubric), { maxLength: maxResponses }) }),
  );
}
