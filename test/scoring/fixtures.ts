/** Small hand-made rubrics whose figures the scoring tests compute by hand. */
import type { Answer, RatedSubject, Rubric, RubricResponse } from '../../src/rubrics/schema.js';

/** Three-level descriptor grid: emerging 1, accelerating 2, mastering 3; sections a (a1–a3) and b (b1–b2). */
export const grid3: Rubric = {
  id: 'grid3',
  version: '1.0.0',
  title: 'Grid',
  layout: 'descriptor-grid',
  scale: {
    levels: [
      { id: 'emerging', label: 'Emerging', position: 1 },
      { id: 'accelerating', label: 'Accelerating', position: 2 },
      { id: 'mastering', label: 'Mastering', position: 3 },
    ],
  },
  sections: [
    {
      id: 'a',
      title: 'A',
      items: ['a1', 'a2', 'a3'].map((id) => ({ id, title: id, descriptors: { emerging: 'e', accelerating: 'a', mastering: 'm' } })),
    },
    {
      id: 'b',
      title: 'B',
      items: ['b1', 'b2'].map((id) => ({ id, title: id, descriptors: { emerging: 'e', accelerating: 'a', mastering: 'm' } })),
    },
  ],
};

/** SLT-like indicators: "N/A" is the lowest stage (position 0) and counts like any level. */
export const slt: Rubric = {
  id: 'slt',
  version: '1.0.0',
  title: 'SLT',
  layout: 'indicator-table',
  scale: {
    levels: [
      { id: 'na', label: 'Not yet addressed', shortLabel: 'N/A', position: 0 },
      { id: 'i', label: 'Initiating', shortLabel: 'I', position: 1 },
      { id: 'b', label: 'Beginning', shortLabel: 'B', position: 2 },
      { id: 'p', label: 'Progressing', shortLabel: 'P', position: 3 },
      { id: 's', label: 'Sustaining', shortLabel: 'S', position: 4 },
    ],
  },
  sections: [
    {
      id: 's1',
      title: 'S1',
      items: [
        { id: 'x1', title: 'x1' },
        { id: 'x2', title: 'x2' },
      ],
    },
    {
      id: 's2',
      title: 'S2',
      items: [
        { id: 'y1', title: 'y1' },
        { id: 'y2', title: 'y2' },
        { id: 'y3', title: 'y3' },
      ],
    },
  ],
};

/** A genuine "does not apply" level (`dna`) and uneven positions 1, 2, 5 (steps ≠ spread). */
export const withNa: Rubric = {
  id: 'with-na',
  version: '1.0.0',
  title: 'With N/A',
  layout: 'rating-scale',
  scale: {
    levels: [
      { id: 'low', label: 'Low', position: 1 },
      { id: 'mid', label: 'Middle', position: 2 },
      { id: 'high', label: 'High', position: 5 },
      { id: 'dna', label: 'Does not apply', notApplicable: true },
    ],
  },
  sections: [{ id: 'q', title: 'Q', items: ['q1', 'q2', 'q3', 'q4'].map((id) => ({ id, title: id })) }],
};

/** A continuum rated per partner; cooperative (4) and partner (5) are target stages. */
export const continuum: Rubric = {
  id: 'continuum',
  version: '1.0.0',
  title: 'Relationship continuum',
  layout: 'continuum',
  scale: {
    levels: [
      { id: 'none', label: 'No relationship', position: 1 },
      { id: 'communication', label: 'Communication', position: 2 },
      { id: 'coordination', label: 'Coordination', position: 3 },
      { id: 'cooperative', label: 'Cooperative', position: 4, target: true },
      { id: 'partner', label: 'Partner', position: 5, target: true },
    ],
  },
  sections: [
    {
      id: 'rel',
      title: 'Relationship',
      items: [
        { id: 'stage', title: 'Stage' },
        { id: 'trust', title: 'Trust' },
      ],
    },
  ],
  subjects: { label: 'Potential partner', fields: [{ id: 'strengthen', label: 'How to strengthen', type: 'textarea' }] },
};

/** Answers from `{ itemId: levelId | null }`. */
export function answers(levels: Record<string, string | null>): Record<string, Answer> {
  return Object.fromEntries(Object.entries(levels).map(([item, level]) => [item, { level }]));
}

/** A response to `rubric` with the given levels. */
export function respond(rubric: Rubric, levels: Record<string, string | null>, extra: Partial<RubricResponse> = {}): RubricResponse {
  return { rubricId: rubric.id, rubricVersion: rubric.version, answers: answers(levels), ...extra };
}

/** A subject entry with the given levels. */
export function subject(id: string, name: string, levels: Record<string, string | null>): RatedSubject {
  return { id, name, answers: answers(levels) };
}

/** A continuum response rating the given subjects. */
export function respondSubjects(subjects: RatedSubject[]): RubricResponse {
  return { rubricId: continuum.id, rubricVersion: continuum.version, answers: {}, subjects };
}
