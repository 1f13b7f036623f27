// Issue 12, item 6: every extra field a definition has (Opportunity marks, evidence, selects,
// response and subject fields) has its own CSV column and comes back exactly; answers that are
// not counted (a level not on the scale, an item the rubric does not have) are said, never silent.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { canonicalJson, csvToResponses, fieldColumns, importResponses, responsesToCsv } from '../../src/report/index.js';
import { fieldTextsByItem, subjectFieldTexts } from '../../src/report/notes.js';
import { parseCsv } from '../../src/rubrics/csv.js';
import type { FieldValue, Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { aggregateResponses, excludedAnswers, fieldCounts } from '../../src/scoring/index.js';
import { coherenceWithOpportunity, fieldsGrid } from '../fixtures/field-data.js';
import { coherence, continuum, continuumTeam, teamAssessment, teamAssessmentTeam } from '../fixtures/team-data.js';

describe('the CSV has a column per definition field and reads it back exactly', () => {
  it('names one column per field after the fixed ones; the note and date keep their own', () => {
    expect(fieldColumns(fieldsGrid()).map((c) => c.header)).to.deep.equal([
      'item field: opportunity',
      'item field: evidence',
      'item field: priority',
      'item field: seen',
      'response field: school',
      'response field: consent',
    ]);
    expect(fieldColumns(coherence).map((c) => c.header)).to.deep.equal([
      'item field: opportunity',
      'response field: school',
      'response field: team',
      'response field: role',
    ]);
    expect(fieldColumns(continuum).map((c) => c.header)).to.include('subject field: strengthen');
  });

  it('writes the Opportunity marks in their own column, on their item’s row, and reads them back', () => {
    const responses = coherenceWithOpportunity();
    const csv = responsesToCsv(coherence, responses);
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const [head, ...rows] = parsed.rows;
    const col = head!.indexOf('item field: opportunity');
    const itemCol = head!.indexOf('item id');
    const first = coherence.sections[0]!.items[0]!.id;
    const marks = rows.filter((r) => r[itemCol] === first).map((r) => r[col]);
    expect(marks).to.deep.equal([...Array(7).fill('true'), ...Array(5).fill('false')]);
    expect(
      rows.filter((r) => r[itemCol] !== first).every((r) => r[col] === ''),
      'other items carry no mark',
    ).to.equal(true);
    expect(csv, 'no copy in "other data"').to.not.contain('opportunity\\"');
    const back = csvToResponses(coherence, csv);
    expect(back.invalid).to.deep.equal([]);
    expect(back.loaded.map((e) => canonicalJson(e.response))).to.deep.equal(responses.map((r) => canonicalJson(r)));
  });

  it('reads a spreadsheet’s TRUE / FALSE / yes back as ticks', () => {
    const rubric = fieldsGrid();
    const csv = [
      'item id,level id,item field: opportunity,response field: school,response field: consent',
      'first,low,TRUE,Lincoln,Yes',
      'second,high,False,Lincoln,Yes',
    ].join('\r\n');
    const back = csvToResponses(rubric, csv);
    expect(back.invalid).to.deep.equal([]);
    const r = back.loaded[0]!.response;
    expect(r.answers['first']!.fields).to.deep.equal({ opportunity: true });
    expect(r.answers['second']!.fields).to.deep.equal({ opportunity: false });
    expect(r.fields).to.deep.equal({ school: 'Lincoln', consent: true });
  });

  it('any field values at item, response and subject level survive the round trip (property)', () => {
    const value: fc.Arbitrary<FieldValue> = fc.oneof(
      fc.boolean(),
      fc.constantFrom('', ' ', 'true', 'no', 'TRUE', '=1+1', 'a,b', 'line\nbreak', ' lead'),
      fc.string({ maxLength: 12 }),
    );
    const fields = (ids: readonly string[]) =>
      fc.option(fc.dictionary(fc.constantFrom(...ids, 'other'), value, { maxKeys: 4 }), { nil: undefined });
    const itemIds = ['opportunity', 'note', 'evidence', 'priority', 'seen'];
    const answer = fc.record(
      { level: fc.option(fc.constantFrom('low', 'mid', 'high', 'x9'), { nil: undefined }), fields: fields(itemIds) },
      { requiredKeys: [] },
    );
    const answers = fc.dictionary(fc.constantFrom('first', 'second', 'gone'), answer, { maxKeys: 3 });
    const grid = fieldsGrid();
    const withSubjects: Rubric = {
      ...grid,
      id: 'fields-subjects',
      layout: 'rating-scale',
      sections: [{ ...grid.sections[0]!, items: grid.sections[0]!.items.map(({ id, title }) => ({ id, title })) }],
      subjects: {
        label: 'Partner',
        fields: [
          { id: 'strengthen', label: 'How to strengthen', type: 'textarea' },
          { id: 'met', label: 'Met', type: 'checkbox' },
        ],
      },
    };
    const response = (rubric: Rubric) =>
      fc
        .record(
          {
            id: fc.uuid(),
            respondent: fc.option(fc.constantFrom('Ana', 'Ben', ''), { nil: undefined }),
            fields: fields(['date', 'school', 'consent']),
            answers: rubric.subjects ? fc.constant({}) : answers,
            subjects: rubric.subjects
              ? fc.uniqueArray(
                  fc.record(
                    {
                      id: fc.constantFrom('s1', 's2', 's3'),
                      name: fc.constantFrom('Parents', 'Union'),
                      answers,
                      fields: fields(['strengthen', 'met']),
                    },
                    { requiredKeys: ['id', 'name', 'answers'] },
                  ),
                  { selector: (s) => s.id, maxLength: 3 },
                )
              : fc.constant(undefined),
            // A subject rubric's responses list their subjects (maybe none), as the elements write them.
          },
          { requiredKeys: rubric.subjects ? ['id', 'answers', 'subjects'] : ['id', 'answers'] },
        )
        .map((r) => {
          const out = { rubricId: rubric.id, rubricVersion: rubric.version, ...r } as Record<string, unknown>;
          for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
          return out as unknown as RubricResponse;
        });
    for (const rubric of [grid, withSubjects]) {
      fc.assert(
        fc.property(fc.array(response(rubric), { maxLength: 4 }), (responses) => {
          const back = csvToResponses(rubric, responsesToCsv(rubric, responses));
          expect(back.invalid).to.deep.equal([]);
          expect(back.loaded.map((e) => canonicalJson(e.response))).to.deep.equal(responses.map((x) => canonicalJson(x)));
        }),
        { numRuns: 150 },
      );
    }
  });
});

describe('extra fields, counted and gathered purely', () => {
  it('fieldCounts: ticks of a checkbox and choices of a select per item, out of the responses', () => {
    const responses = coherenceWithOpportunity();
    const first = coherence.sections[0]!.items[0]!.id;
    const counts = fieldCounts(coherence, responses);
    expect(counts.length, 'one per item for the one checkbox field').to.equal(coherence.sections.flatMap((s) => s.items).length);
    expect(counts[0]).to.deep.include({ itemId: first, fieldId: 'opportunity', marked: 7, of: 12 });
    expect(counts.slice(1).every((c) => c.marked === 0 && c.of === 12)).to.equal(true);
    const rubric = fieldsGrid();
    const picks: RubricResponse[] = ['now', 'later', 'now', 'soon', 7].map((p, i) => ({
      rubricId: 'fields',
      rubricVersion: '1.0.0',
      answers: { first: { level: 'low', fields: { priority: p as string, opportunity: i === 0 ? 'yes' : i < 3 } } },
    }));
    const [opportunity, priority] = fieldCounts(rubric, picks);
    expect(opportunity).to.deep.include({ marked: 2, of: 5 });
    expect(priority).to.deep.include({ marked: 3, of: 5, options: { now: 2, later: 1 } });
  });

  it('gathers evidence texts per item and subject texts per partner', () => {
    const rubric = fieldsGrid();
    const responses: RubricResponse[] = [
      { rubricId: 'fields', rubricVersion: '1.0.0', respondent: 'Ana', answers: { first: { fields: { evidence: ' Agendas ' } } } },
      {
        rubricId: 'fields',
        rubricVersion: '1.0.0',
        answers: { first: { fields: { evidence: 'Minutes' } }, second: { fields: { evidence: '  ' } } },
      },
    ];
    expect([...fieldTextsByItem(rubric, responses, 'evidence')]).to.deep.equal([
      ['first', [{ respondent: 'Ana', text: 'Agendas' }, { text: 'Minutes' }]],
    ]);
    const team = continuumTeam();
    const texts = subjectFieldTexts(continuum, team);
    const written = team.flatMap((r) => (r.subjects ?? []).filter((s) => s.fields?.['strengthen']));
    expect(written.length, 'the fixture has texts').to.be.greaterThan(0);
    expect(texts.reduce((n, t) => n + t.texts.length, 0)).to.equal(written.length);
    expect(texts.every((t) => t.fieldId === 'strengthen')).to.equal(true);
  });
});

describe('answers that are not counted are listed, never counted silently', () => {
  const team = teamAssessmentTeam().slice(0, 4);
  const odd: RubricResponse[] = [
    { ...team[0]!, answers: { ...team[0]!.answers, leadership: { level: '9' } } },
    { ...team[1]!, answers: { ...team[1]!.answers, retired: { level: '3' }, resources: { level: null } } },
    ...team.slice(2),
  ];

  it('excludedAnswers names the response, item and level; the aggregate counts neither', () => {
    expect(excludedAnswers(teamAssessment, odd)).to.deep.equal([
      {
        response: 0,
        respondent: team[0]!.respondent,
        responseId: team[0]!.id,
        itemId: 'leadership',
        levelId: '9',
        reason: 'level-not-on-scale',
      },
      {
        response: 1,
        respondent: team[1]!.respondent,
        responseId: team[1]!.id,
        itemId: 'retired',
        levelId: '3',
        reason: 'item-not-in-rubric',
      },
    ]);
    expect(excludedAnswers(teamAssessment, team)).to.deep.equal([]);
    const withOdd = aggregateResponses(teamAssessment, odd).items.find((i) => i.itemId === 'leadership')!;
    const without = aggregateResponses(teamAssessment, [
      { ...team[0]!, answers: { ...team[0]!.answers, leadership: { level: null } } },
      ...odd.slice(1),
    ]);
    expect(withOdd).to.deep.equal(without.items.find((i) => i.itemId === 'leadership'));
    expect(withOdd.n).to.equal(3);
    // A continuum: per partner.
    const partners = continuumTeam().slice(0, 1);
    const s = partners[0]!.subjects![0]!;
    const bad = [{ ...partners[0]!, subjects: [{ ...s, answers: { 'current-relationship': { level: 'best-friends' } } }] }];
    expect(excludedAnswers(continuum, bad)).to.deep.equal([
      {
        response: 0,
        respondent: partners[0]!.respondent,
        responseId: partners[0]!.id,
        subject: s.name,
        itemId: 'current-relationship',
        levelId: 'best-friends',
        reason: 'level-not-on-scale',
      },
    ]);
  });

  it('an import lists a loaded response’s answers that are not counted, with the file they came from', () => {
    const csv = responsesToCsv(teamAssessment, odd).replace(/,leadership,([^,]*),9,/, ',leadership,$1,9,');
    const result = importResponses(teamAssessment, [{ name: 'team.csv', text: csv }]);
    expect(result.loaded.length).to.equal(4);
    expect(result.notCounted).to.deep.equal([
      { source: 'team.csv rows 2–10', itemId: 'leadership', levelId: '9', reason: 'level-not-on-scale' },
      { source: 'team.csv rows 11–20', itemId: 'retired', levelId: '3', reason: 'item-not-in-rubric' },
    ]);
  });
});
