/**
 * Saved responses for the stories, in the saved-response format (schemas/response.schema.json).
 * Item and level ids are the ones in src/rubrics/*.json; each "partly filled" response leaves some
 * items unrated so the summary and the Invalid stories have something to show.
 */
import type { RubricResponse } from '../src/rubrics/schema.js';

// ---------------------------------------------------------------------------------------------
// Coherence Progression (descriptor grid: emerging, accelerating, mastering; Opportunity + note)

const coherenceFields = { date: '2026-10-14', school: 'Lincoln Elementary', team: 'Instructional Leadership Team', role: 'Principal' };

export const coherencePartly: RubricResponse = {
  rubricId: 'coherence-progression',
  rubricVersion: '1.0.0',
  respondent: 'Maria Chen',
  createdAt: '2026-10-14T15:02:00Z',
  updatedAt: '2026-10-14T15:19:00Z',
  fields: coherenceFields,
  answers: {
    'focusing-direction-a': {
      level: 'accelerating',
      fields: { note: 'Our purpose statement is on every agenda, but grade-level teams rarely refer to it.' },
    },
    'focusing-direction-b': {
      level: 'emerging',
      fields: { opportunity: true, note: 'Seven initiatives this year; staff feel the overload.' },
    },
    'focusing-direction-c': { level: 'accelerating' },
    'collaborative-cultures-a': { level: 'mastering' },
    'collaborative-cultures-d': { level: 'accelerating', fields: { opportunity: true } },
  },
};

export const coherenceComplete: RubricResponse = {
  ...coherencePartly,
  updatedAt: '2026-10-14T15:48:00Z',
  answers: {
    ...coherencePartly.answers,
    'focusing-direction-d': { level: 'emerging', fields: { opportunity: true } },
    'collaborative-cultures-b': { level: 'accelerating' },
    'collaborative-cultures-c': {
      level: 'accelerating',
      fields: { note: 'PLCs meet weekly; the focus is still mostly on individual classrooms.' },
    },
    'deepening-learning-a': { level: 'mastering' },
    'deepening-learning-b': { level: 'accelerating' },
    'deepening-learning-c': {
      level: 'emerging',
      fields: { opportunity: true, note: 'Start looking at student work together in October.' },
    },
    'securing-accountability-a': { level: 'accelerating' },
    'securing-accountability-b': { level: 'mastering' },
    'securing-accountability-c': { level: 'accelerating' },
  },
};

// ---------------------------------------------------------------------------------------------
// School Leadership Team indicators (N/A, Initiating, Beginning, Progressing, Sustaining; note)

export const sltPartly: RubricResponse = {
  rubricId: 'slt-indicators',
  rubricVersion: '1.0.0',
  respondent: 'James Okafor',
  createdAt: '2026-09-30T18:10:00Z',
  updatedAt: '2026-09-30T18:24:00Z',
  fields: { date: '2026-09-30', school: 'Roosevelt Middle School' },
  answers: {
    'set-direction-1': { level: 'progressing', fields: { note: 'Goals set from spring MAP data and the climate survey.' } },
    'set-direction-2': { level: 'sustaining' },
    'set-direction-3': { level: 'beginning', fields: { note: 'Parents are not yet at the table.' } },
    'set-direction-4': { level: 'initiating' },
    'empower-and-support-1': { level: 'progressing' },
    'monitor-and-communicate-1': { level: 'na' },
  },
};

export const sltComplete: RubricResponse = {
  ...sltPartly,
  updatedAt: '2026-09-30T18:51:00Z',
  answers: {
    ...sltPartly.answers,
    'set-direction-5': { level: 'beginning' },
    'empower-and-support-2': { level: 'beginning' },
    'empower-and-support-3': { level: 'initiating', fields: { note: 'Invite the PTA president to the November meeting.' } },
    'monitor-and-communicate-2': { level: 'progressing' },
    'monitor-and-communicate-3': { level: 'beginning' },
    'monitor-and-communicate-4': { level: 'sustaining' },
    'evaluate-and-improve-1': { level: 'progressing' },
    'evaluate-and-improve-2': { level: 'na' },
  },
};

// ---------------------------------------------------------------------------------------------
// Relationship continuum (partners added by the respondent; Top-Down … Partner; How to Strengthen)

export const continuumEmpty: RubricResponse = {
  rubricId: 'relationship-continuum',
  rubricVersion: '1.0.0',
  answers: {},
  subjects: [],
};

export const continuumPartly: RubricResponse = {
  rubricId: 'relationship-continuum',
  rubricVersion: '1.0.0',
  respondent: 'Dana Whitfield',
  createdAt: '2026-11-02T16:00:00Z',
  updatedAt: '2026-11-02T16:12:00Z',
  fields: { date: '2026-11-02', organization: 'Maple Valley Education Association', role: 'Association president' },
  answers: {},
  subjects: [
    {
      id: 's1',
      name: 'District administration',
      answers: { 'current-relationship': { level: 'push-pull' } },
      fields: { strengthen: 'Agree on a shared agenda for the monthly labor-management meeting.' },
    },
    { id: 's2', name: 'School board', answers: { 'current-relationship': { level: 'interest-based' } } },
    { id: 's3', name: 'Parents', answers: {} },
  ],
};

export const continuumComplete: RubricResponse = {
  ...continuumPartly,
  updatedAt: '2026-11-02T16:40:00Z',
  subjects: [
    ...continuumPartly.subjects!.slice(0, 2),
    {
      id: 's3',
      name: 'Parents',
      answers: { 'current-relationship': { level: 'cooperative' } },
      fields: { strengthen: 'Keep the joint family-night planning committee going next year.' },
    },
    {
      id: 's4',
      name: 'Superintendent',
      answers: { 'current-relationship': { level: 'partner' } },
      fields: { strengthen: 'Document the shared decision process so it survives a change of leadership.' },
    },
    {
      id: 's5',
      name: 'Colleges, universities, or non-profit education organizations',
      answers: { 'current-relationship': { level: 'top-down' } },
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Effective team assessment (bipolar scale 1–7, nine dimensions)

export const teamPartly: RubricResponse = {
  rubricId: 'team-assessment',
  rubricVersion: '1.0.0',
  respondent: 'Priya Natarajan',
  createdAt: '2026-10-21T20:05:00Z',
  updatedAt: '2026-10-21T20:09:00Z',
  fields: { date: '2026-10-21', team: 'Grade 4 team', role: 'Teacher' },
  answers: {
    'goals-objectives': { level: '6' },
    resources: { level: '3' },
    'trust-conflict': { level: '5' },
    leadership: { level: '4' },
  },
};

export const teamComplete: RubricResponse = {
  ...teamPartly,
  updatedAt: '2026-10-21T20:16:00Z',
  answers: {
    ...teamPartly.answers,
    'control-procedures': { level: '5' },
    communication: { level: '6' },
    'problem-solving': { level: '4' },
    experimentation: { level: '2' },
    evaluation: { level: '3' },
  },
};

// ---------------------------------------------------------------------------------------------
// Custom definitions of the <cr-rubric> stories (stories/definitions/*.json)

export const discussionPartly: RubricResponse = {
  rubricId: 'collaborative-discussion',
  rubricVersion: '1.0.0',
  respondent: 'Grade 3 team',
  createdAt: '2026-10-08T14:30:00Z',
  updatedAt: '2026-10-08T14:41:00Z',
  fields: { date: '2026-10-08', team: 'Grade 3' },
  answers: {
    'builds-on-ideas': { level: 'developing', fields: { evidence: 'Two members linked their points to what Sam said about fluency.' } },
    'asks-questions': { level: 'not-observed' },
  },
};

export const discussionComplete: RubricResponse = {
  ...discussionPartly,
  updatedAt: '2026-10-08T14:55:00Z',
  answers: {
    ...discussionPartly.answers,
    'grounds-claims': { level: 'proficient', fields: { evidence: 'Every claim pointed at one of the six writing samples.' } },
    'plans-next-steps': { level: 'beginning' },
  },
};

export const teamworkPartly: RubricResponse = {
  rubricId: 'classroom-teamwork',
  rubricVersion: '1.0.0',
  respondent: 'Lucía',
  lang: 'es',
  answers: {
    listens: { level: 'usually', fields: { example: 'Escuché la idea de Marco para el cartel.' } },
    shares: { level: 'sometimes' },
  },
};
