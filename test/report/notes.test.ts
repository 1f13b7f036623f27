import { expect } from '@open-wc/testing';
import { notesByItem } from '../../src/report/notes.js';
import type { RubricResponse } from '../../src/rubrics/schema.js';
import { continuum, teamAssessment, teamAssessmentTeam } from '../fixtures/team-data.js';

const base = { rubricId: 'team-assessment', rubricVersion: '1.0.0' } as const;

describe('notesByItem', () => {
  it('gathers non-empty notes per item in definition and response order, with the name when present', () => {
    const responses: RubricResponse[] = [
      {
        ...base,
        respondent: ' Ana ',
        answers: { leadership: { level: '3', fields: { note: ' Clear goals ' } }, evaluation: { level: '2', fields: { note: '' } } },
      },
      {
        ...base,
        answers: { leadership: { fields: { note: 'No name here' } }, 'goals-objectives': { level: '4', fields: { note: 'First item' } } },
      },
      {
        ...base,
        respondent: 'Ben',
        answers: { leadership: { level: '5', fields: { note: 42 as unknown as string } }, unknown: { fields: { note: 'dropped' } } },
      },
    ];
    const notes = notesByItem(teamAssessment, responses);
    expect([...notes.keys()]).to.deep.equal(['goals-objectives', 'leadership']);
    expect(notes.get('leadership')).to.deep.equal([{ respondent: 'Ana', text: 'Clear goals' }, { text: 'No name here' }]);
    expect(notes.get('goals-objectives')).to.deep.equal([{ text: 'First item' }]);
  });

  it('matches the notes of the generated team, and reads partners’ notes on a continuum', () => {
    const team = teamAssessmentTeam();
    const notes = notesByItem(teamAssessment, team);
    const expected = team.flatMap((r) => Object.values(r.answers).filter((a) => a.fields?.['note'])).length;
    expect(expected, 'the fixture has notes').to.be.greaterThan(0);
    expect([...notes.values()].flat().length).to.equal(expected);

    const partner: RubricResponse = {
      rubricId: 'relationship-continuum',
      rubricVersion: continuum.version,
      respondent: 'Esi',
      answers: {},
      subjects: [
        { id: 's1', name: 'Principal', answers: { 'current-relationship': { level: 'partner', fields: { note: 'Weekly check-ins' } } } },
      ],
    };
    expect(notesByItem(continuum, [partner]).get('current-relationship')).to.deep.equal([
      { respondent: 'Esi', subject: 'Principal', text: 'Weekly check-ins' },
    ]);
  });
});
