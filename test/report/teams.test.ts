import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkTeams, checkTeamsInput, NO_TEAM, readCsv, TEAMS_CSV_COLUMNS, teamsByField, teamsToCsv } from '../../src/report/index.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import { compareTeams } from '../../src/scoring/index.js';
import { arbResponse, arbRubric } from '../arbitraries.js';
import { grid3, respond } from '../scoring/fixtures.js';

const r = (levels: Record<string, string>) => respond(grid3, levels);

describe('checkTeams', () => {
  it('keeps every valid team in order, with its valid responses, and lists everything it leaves out by place', () => {
    const checked = checkTeams(grid3, [
      { id: 'lincoln', name: ' Lincoln SLT ', responses: [r({ a1: 'emerging' }), { rubricId: 'grid3' }] },
      { name: 'Roosevelt SLT', responses: [r({ a1: 'mastering' }), { ...r({ a1: 'mastering' }), rubricId: 'other' }] },
      { id: 'no-name', responses: [] },
      'Washington',
      { name: 'Roosevelt SLT', responses: [] },
      { name: '  ' },
      { name: 'Adams', responses: 'none' },
    ]);
    expect(checked.usable.map((t) => [t.id, t.name, t.responses.length])).to.deep.equal([
      ['lincoln', 'Lincoln SLT', 1],
      ['Roosevelt SLT', 'Roosevelt SLT', 1],
      ['no-name', 'no-name', 0],
    ]);
    expect(checked.invalid.map((e) => [e.source, e.issues[0]!.path, e.issues[0]!.message])).to.deep.include.members([
      ['teams[3]', '(root)', 'expected a team: { id, name, responses }'],
      ['teams[4]', 'name', '"Roosevelt SLT" is already the team teams[1]'],
      ['teams[5]', 'name', 'expected the team’s name (or an id)'],
      ['teams[6]', 'responses', 'expected a list of responses'],
    ]);
    expect(checked.invalid.some((e) => e.source === 'teams[0].responses[1]')).to.equal(true);
    expect(checked.skipped).to.deep.equal([{ source: 'teams[1].responses[1]', rubricId: 'other' }]);
  });

  it('reads nothing as no teams, and anything but a list as one named problem', () => {
    expect(checkTeams(grid3, null)).to.deep.equal({ usable: [], invalid: [], skipped: [] });
    expect(checkTeams(grid3, { lincoln: [] }).invalid).to.deep.equal([
      { source: 'teams', issues: [{ path: '(root)', message: 'expected a list of teams' }] },
    ]);
  });

  it('never throws, whatever a host sets', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const checked = checkTeams(grid3, value);
        expect(new Set(checked.usable.map((t) => t.id)).size).to.equal(checked.usable.length);
      }),
    );
  });
});

describe('teamsByField', () => {
  const inTeam = (team: string | boolean | undefined, a1: string) => ({
    ...r({ a1 }),
    ...(team === undefined ? {} : { fields: { team } }),
  });

  it('makes one team per value of a response field, whatever its case and spacing, and one for responses without a value, last', () => {
    const responses = [
      inTeam('Grade 4', 'emerging'),
      inTeam(' grade  3', 'mastering'),
      inTeam(undefined, 'emerging'),
      inTeam('Grade 3', 'emerging'),
      inTeam(true, 'emerging'),
    ];
    const teams = teamsByField(responses, 'team');
    expect(teams.map((t) => [t.id, t.name, t.responses.length])).to.deep.equal([
      ['grade 3', 'Grade 3', 2],
      ['grade 4', 'Grade 4', 1],
      [NO_TEAM, NO_TEAM, 2],
    ]);
    expect(teams[0]!.responses).to.deep.equal([responses[1], responses[3]]);
  });

  it('keeps every response in exactly one team', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('A', 'a', ' A ', 'B', ''), { nil: undefined }), { maxLength: 12 }), (names) => {
        const responses = names.map((name) => inTeam(name, 'emerging'));
        const teams = teamsByField(responses, 'team');
        expect(teams.flatMap((t) => t.responses)).to.have.members(responses);
        expect(new Set(teams.map((t) => t.id)).size).to.equal(teams.length);
      }),
    );
  });

  it('is where checkTeamsInput takes teams from when no teams are given, listing the responses it cannot use', () => {
    const checked = checkTeamsInput(grid3, { teams: null, responses: [inTeam('A', 'emerging'), { rubricId: 'grid3' }], teamField: 'team' });
    expect(checked.usable.map((t) => t.name)).to.deep.equal(['A']);
    expect(checked.invalid.map((e) => e.source)).to.deep.equal(['responses[1]']);
    expect(checkTeamsInput(grid3, { teams: [], responses: [inTeam('A', 'emerging')], teamField: 'team' }).usable).to.deep.equal([]);
  });
});

describe('teamsToCsv', () => {
  const comparison = compareTeams(grid3, [
    {
      id: 'lincoln',
      name: 'Lincoln, "North" SLT',
      responses: [r({ a1: 'emerging', a2: 'mastering' }), r({ a1: 'mastering', a2: 'mastering' })],
    },
    { id: 'roosevelt', name: '=Roosevelt', responses: [r({ a1: 'accelerating' })] },
  ]);

  it('writes one row per item and team, then the pool, then sections and the whole rubric, with fixed columns', () => {
    const csv = readCsv(teamsToCsv(grid3, comparison, { allTeams: 'Todos los equipos' }));
    expect(csv.ok).to.equal(true);
    const rows = csv.ok ? csv.rows : [];
    expect(rows[0]).to.deep.equal([...TEAMS_CSV_COLUMNS]);
    // 5 items + 2 sections + overall, 3 rows each (two teams and the pool).
    expect(rows.length).to.equal(1 + 8 * 3);
    expect(rows.slice(1, 4)).to.deep.equal([
      ['a', 'a1', 'a1', 'lincoln', 'Lincoln, "North" SLT', '2', '2', '2', '2', 'Accelerating', '2', 'yes', '', '2', ''],
      ['a', 'a1', 'a1', 'roosevelt', '=Roosevelt', '1', '1', '1', '2', 'Accelerating', '0', '', '', '2', ''],
      ['a', 'a1', 'a1', '', 'Todos los equipos', '3', '3', '3', '2', 'Accelerating', '2', 'yes', '', '2', ''],
    ]);
    expect(rows.find((row) => row[1] === 'b2' && row[3] === 'lincoln')).to.deep.equal([
      'b',
      'b2',
      'b2',
      'lincoln',
      'Lincoln, "North" SLT',
      '2',
      '0',
      '0',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(rows.at(-1)!.slice(0, 5)).to.deep.equal(['', '', '(overall)', '', 'Todos los equipos']);
    expect(rows[22]!.slice(0, 4)).to.deep.equal(['', '', '(overall)', 'lincoln']);
  });

  it('says how each mean moved since an earlier cycle, when one is given', () => {
    const before = [{ id: 'lincoln', name: 'Lincoln', responses: [r({ a1: 'emerging' }), r({ a1: 'emerging' })] }];
    const moved = compareTeams(
      grid3,
      [
        { id: 'lincoln', name: 'Lincoln', responses: [r({ a1: 'accelerating' }), r({ a1: 'mastering' })] },
        { id: 'adams', name: 'Adams', responses: [r({ a1: 'emerging' })] },
      ],
      { previous: before },
    );
    const rows = readCsv(teamsToCsv(grid3, moved));
    const a1 = rows.ok ? rows.rows.filter((row) => row[1] === 'a1').map((row) => [row[3], row[13], row[14]]) : [];
    // Lincoln 1 → 2.5; Adams was not there (new); all teams 1 → 2.
    expect(a1).to.deep.equal([
      ['lincoln', '2.5', '1.5'],
      ['adams', '1', 'new'],
      ['', '2', '1'],
    ]);
  });

  it('names the responses of no team as the report does', () => {
    const none = compareTeams(grid3, [{ id: NO_TEAM, name: '', responses: [r({ a1: 'emerging' })] }]);
    const rows = readCsv(teamsToCsv(grid3, none, { noTeam: 'Sin equipo indicado' }));
    expect(rows.ok && rows.rows[1]!.slice(3, 5)).to.deep.equal([NO_TEAM, 'Sin equipo indicado']);
    const english = readCsv(teamsToCsv(grid3, none));
    expect(english.ok && english.rows[1]![4]).to.equal('No team given');
  });

  it('protects cells that would start a formula', () => {
    expect(teamsToCsv(grid3, comparison)).to.contain(",'=Roosevelt,");
  });

  it('names a median between two levels by number only, and reads back as many rows as cells for any rubric', () => {
    const half = compareTeams(grid3, [{ id: 't', name: 'T', responses: [r({ a1: 'emerging' }), r({ a1: 'accelerating' })] }]);
    const csv = readCsv(teamsToCsv(grid3, half));
    expect(csv.ok && csv.rows[1]!.slice(8, 10)).to.deep.equal(['1.5', '']);
    fc.assert(
      fc.property(
        arbRubric().chain((rubric: Rubric) =>
          fc.tuple(fc.constant(rubric), fc.array(fc.array(arbResponse(rubric), { maxLength: 3 }), { minLength: 1, maxLength: 3 })),
        ),
        ([rubric, lists]) => {
          const result = compareTeams(
            rubric,
            lists.map((responses, i) => ({ id: `t${i}`, name: `=T${i}`, responses })),
          );
          const read = readCsv(teamsToCsv(rubric, result));
          const rows = (result.items.length + result.sections.length + 1) * (lists.length + 1);
          expect(read.ok && read.rows.length).to.equal(rows + 1);
          expect(read.ok && read.rows.slice(1).every((row) => row.length === TEAMS_CSV_COLUMNS.length)).to.equal(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
