/**
 * Fixed inputs for the xAPI mapping whose output must never change: statement ids are the keys an
 * LRS de-duplicates on, so a faster or refactored `xapiStatements` has to give the same bytes, and
 * `responsesFromStatements` the same responses. `xapi-fixed.test.ts` compares the digests of what
 * these cases give with `xapi-fixed.json`, captured before the mapping was last rewritten.
 */
import { xapiStatements, type XapiOptions, type XapiStatement, VERBS } from '../../src/interop/index.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { tinyGrid } from '../fixtures/definitions.js';
import { byKind } from '../fixtures/instruments.js';
import { continuum, continuumTeam, generateResponses, teamAssessment, teamAssessmentTeam } from '../fixtures/team-data.js';

export interface FixedCase {
  readonly name: string;
  readonly rubric: Rubric;
  /** What `xapiStatements` gives for each response, in order. */
  readonly statements: XapiStatement[];
  /** Statements another tool or the LRS adds before reading back (voided, foreign, odd timestamps). */
  readonly extra: unknown[];
  /** The activity base the statements were sent with, when not the default. */
  readonly activityBase?: string;
}

const team = { objectType: 'Group' as const, name: 'Lincoln SLT', account: { homePage: 'https://lms.example', name: 'team-42' } };

function send(rubric: Rubric, responses: RubricResponse[], options: (i: number) => XapiOptions): XapiStatement[] {
  return responses.flatMap((r, i) => xapiStatements(rubric, r, options(i)));
}

/** A grid with points and weights, descriptions, and a non-ASCII response id and note. */
function pointsGrid(): Rubric {
  const grid = tinyGrid();
  return {
    ...grid,
    description: 'A grid with points',
    defaultLanguage: 'en-US',
    scale: { levels: grid.scale.levels!.map((l, i) => ({ ...l, points: i + 1 })) },
    sections: grid.sections.map((s) => ({
      ...s,
      items: s.items.map((item, i) => ({ ...item, description: `About ${item.id}`, weight: i + 1 })),
    })),
  };
}

function answersFor(rubric: Rubric, kind: string, k: number): RubricResponse['answers'] {
  const items = rubric.sections.flatMap((s) => s.items.map((i) => i.id));
  const levels = rubric.scale.levels?.map((l) => l.id) ?? [];
  return Object.fromEntries(
    items.map((id, i) => [
      id,
      kind === 'checklist'
        ? { checked: (i + k) % 3 !== 0, updatedAt: `2026-11-30T09:0${i % 10}:00.000Z` }
        : kind === 'prompt'
          ? { text: `Answer ${i} — “quoted” ${k}`, updatedAt: `2026-11-30T10:0${i % 10}:00Z` }
          : { level: levels[(i + k) % levels.length]!, ...(i % 2 ? { fields: { note: `n${i}` } } : {}) },
    ]),
  );
}

/** Every case, built afresh (the mapping must not depend on objects being shared between calls). */
export function fixedCases(): FixedCase[] {
  const cases: FixedCase[] = [];
  const big = generateResponses(teamAssessment, 300, { seed: 14, skip: 0.05 });
  cases.push({
    name: 'team assessment, 300 responses as the bench writes them',
    rubric: teamAssessment,
    statements: send(teamAssessment, big, (i) => ({ actor: { mbox: `mailto:member${i}@district.example`, name: `Member ${i}` } })),
    extra: [],
  });
  const twelve = teamAssessmentTeam();
  cases.push({
    name: 'team assessment, twelve with notes, a team, a platform and a language',
    rubric: teamAssessment,
    statements: send(teamAssessment, twelve, (i) => ({
      actor: { account: { homePage: 'https://lms.example', name: `u${i}` }, name: twelve[i]!.respondent },
      team,
      platform: 'Moodle',
      lang: i % 2 ? 'en' : 'es',
    })),
    extra: [],
  });
  const people = continuumTeam();
  cases.push({
    name: 'relationship continuum: subjects with fields',
    rubric: continuum,
    statements: send(continuum, people, (i) => ({ actor: { mbox_sha1sum: `${i}`.padStart(40, 'a') }, registration: '2026 spring' })),
    extra: [],
  });
  const activityBase = 'https://district.example/xapi/';
  for (const [kind, fixtures] of Object.entries(byKind)) {
    for (const fixture of fixtures) {
      const rubric = fixture as unknown as Rubric;
      const responses: RubricResponse[] = [0, 1, 2].map((k) => {
        const answers = answersFor(rubric, kind, k);
        return {
          rubricId: rubric.id,
          rubricVersion: rubric.version,
          ...(k === 2 ? {} : { id: `${rubric.id}-${k}` }),
          createdAt: '2026-11-30',
          ...(k === 1 ? { updatedAt: '2026-11-30T11:00:00+02:00', cycle: 'Cycle ñ' } : {}),
          ...(rubric.subjects ? { answers: {}, subjects: [{ id: 's1', name: 'Budget office', answers }] } : { answers }),
        };
      });
      cases.push({
        name: `${kind}: ${rubric.id}`,
        rubric,
        statements: send(rubric, responses, (k) => ({ actor: { openid: `https://id.example/${k}` }, activityBase })),
        extra: [],
        activityBase,
      });
    }
  }
  const grid = pointsGrid();
  const rated: RubricResponse = {
    rubricId: grid.id,
    rubricVersion: grid.version,
    id: 'réponse-1',
    cycle: '6F1C2C1E-1111-4111-8111-000000000009',
    createdAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-11-30T09:05:00.000Z',
    fields: { school: 'Lincoln' },
    answers: {
      first: { level: 'mid', fields: { note: 'Lundi: réunion ✓' }, updatedAt: '2026-11-30T09:01:00.000Z' },
      second: { level: 'high', updatedAt: '2026-11-30T09:05:00' },
      removed: { level: 'low' },
    },
  };
  const cleared: RubricResponse = {
    ...rated,
    updatedAt: '2026-11-30T09:30:00.000Z',
    answers: { first: { level: null, updatedAt: '2026-11-30T09:30:00.000Z' }, second: { level: 'gone' } },
  };
  const statements = [rated, cleared].flatMap((r) =>
    xapiStatements(grid, r, { actor: { mbox: 'mailto:ana@district.example', name: 'Ana' } }),
  );
  const foreignItem = `${statements[0]!.object.id.replace(/\/items\/.*$/, '')}/items/first`;
  /** A statement another tool wrote about the first item. */
  const foreign = (id: string, mbox: string, response: string, timestamp: string, stored: string) => ({
    id,
    actor: { mbox },
    verb: { id: VERBS.answered },
    object: { id: foreignItem },
    result: { response },
    timestamp,
    stored,
  });
  cases.push({
    name: 'grid with points: cleared, unknown and removed answers; voided and foreign statements on reading',
    rubric: grid,
    statements,
    extra: [
      {
        actor: { mbox: 'mailto:ana@district.example' },
        verb: { id: VERBS.voided },
        object: { objectType: 'StatementRef', id: statements[1]!.id!.toUpperCase() },
      },
      foreign(
        '0b9c3f2e-5555-4555-8555-000000000001',
        'mailto:Ben@District.example',
        'high',
        '2026-11-30T12:00:00+01:00',
        '2026-11-30T11:00:01.000Z',
      ),
      foreign('0b9c3f2e-5555-4555-8555-000000000002', 'mailto:ben@district.example', 'Excellent!', 'not a time', '2026-11-30T11:00:02Z'),
      { id: 'x', actor: { name: 'nobody' }, verb: { id: VERBS.answered }, object: { id: foreignItem }, result: { response: 'low' } },
      null,
      {
        id: 'y',
        actor: { mbox: 'mailto:c@d.example' },
        verb: { id: VERBS.answered },
        object: { id: `${foreignItem}%zz` },
        result: { response: 'low' },
      },
    ],
  });
  return cases;
}
