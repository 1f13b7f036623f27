import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatCell, parseCsv, protectCell, readCsv, unprotectCell, writeCsv } from '../../src/rubrics/csv.js';
import {
  canonicalJson,
  CSV_COLUMNS,
  csvToResponses,
  EXISTING,
  importResponses,
  responsesToCsv,
  responsesToJson,
  type SourceText,
} from '../../src/report/index.js';
import type { RubricResponse } from '../../src/rubrics/schema.js';
import { arbResponse, arbRubric } from '../arbitraries.js';
import { coherence, coherenceCycles, continuum, continuumTeam, teamAssessment, teamAssessmentTeam } from '../fixtures/team-data.js';

const file = (name: string, value: unknown): SourceText => ({ name, text: typeof value === 'string' ? value : JSON.stringify(value) });

/** Every rated level of a response, keyed `subject|item` (top-level answers under `|item`). */
function levels(response: RubricResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [item, a] of Object.entries(response.answers)) if (a.level) out[`|${item}`] = a.level;
  for (const s of response.subjects ?? []) for (const [item, a] of Object.entries(s.answers)) if (a.level) out[`${s.id}|${item}`] = a.level;
  return out;
}

describe('CSV (RFC 4180)', () => {
  const cases: [string, string, string[][]][] = [
    [
      'plain cells, CRLF',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF line ends, no final line end',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['CR line ends', 'a\rb', [['a'], ['b']]],
    ['a comma inside quotes', '"a,b",c', [['a,b', 'c']]],
    ['doubled quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    [
      'line breaks inside quotes',
      '"one\r\ntwo\nthree",x\r\ny,z',
      [
        ['one\r\ntwo\nthree', 'x'],
        ['y', 'z'],
      ],
    ],
    [
      'empty cells',
      'a,,\r\n,b,',
      [
        ['a', '', ''],
        ['', 'b', ''],
      ],
    ],
    ['a byte-order mark', '\uFEFFa,b', [['a', 'b']]],
    ['blank lines skipped', 'a\r\n\r\nb\r\n\r\n', [['a'], ['b']]],
    ['a quoted empty row kept', '""\r\nb', [[''], ['b']]],
    ['a stray quote inside a bare cell kept as text', 'a"b,c', [['a"b', 'c']]],
    ['spaces kept', ' a , b ', [[' a ', ' b ']]],
    ['empty text', '', []],
  ];
  for (const [name, text, rows] of cases) {
    it(`reads ${name}`, () => {
      const result = parseCsv(text);
      expect(result.ok, name).to.equal(true);
      if (result.ok) expect(result.rows).to.deep.equal(rows);
    });
  }

  const errors: [string, string, number][] = [
    ['a quote never closed', 'a,b\r\n"open,c\r\nd', 2],
    ['text after a closing quote', '"a"b,c', 1],
  ];
  for (const [name, text, line] of errors) {
    it(`reports ${name} with its line, without throwing`, () => {
      const result = parseCsv(text);
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.line).to.equal(line);
        expect(result.message).to.be.a('string').and.not.equal('');
      }
    });
  }

  const injection: [string, string][] = [
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=x', "'\t=x"],
    ['\r=x', "'\r=x"],
    ["'=x", "''=x"],
    ["''@x", "'''@x"],
    ['plain', 'plain'],
    ["'plain", "'plain"],
    ["'", "'"],
    ['', ''],
    ['a=b', 'a=b'],
  ];
  for (const [raw, written] of injection) {
    it(`protects ${JSON.stringify(raw)} as ${JSON.stringify(written)} and reads it back`, () => {
      expect(protectCell(raw)).to.equal(written);
      expect(unprotectCell(written)).to.equal(raw);
    });
  }

  it('quotes only cells that need it', () => {
    expect(formatCell('a')).to.equal('a');
    expect(formatCell('a,b')).to.equal('"a,b"');
    expect(formatCell('say "x"')).to.equal('"say ""x"""');
    expect(formatCell('=HYPERLINK("http://x")')).to.equal('"\'=HYPERLINK(""http://x"")"');
    expect(writeCsv([['a', 'b'], ['c']])).to.equal('a,b\r\nc\r\n');
  });

  it('reads back exactly what it wrote, for any cells (property)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=1', '+', '-', '@', "'", "'=", '"', ',', '\r\n', '\n', '\r', '\t', ' '));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const back = readCsv(writeCsv(rows));
        expect(back.ok).to.equal(true);
        if (back.ok) expect(back.rows).to.deep.equal(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => void readCsv(text)),
      { numRuns: 500 },
    );
  });
});

describe('importResponses', () => {
  const team = teamAssessmentTeam();

  it('loads valid files and lists an invalid one with its reason', () => {
    const report = importResponses(teamAssessment, [
      file('ana.json', team[0]),
      file('broken.json', '{"rubricId": "team-assessment", '),
      file('wrong-shape.json', { rubricId: 'team-assessment', rubricVersion: '1.0.0', answers: { leadership: { level: 5 } } }),
      file('ben.json', team[1]),
    ]);
    expect(report.loaded.map((e) => e.source)).to.deep.equal(['ana.json', 'ben.json']);
    expect(report.invalid.map((e) => e.source)).to.deep.equal(['broken.json', 'wrong-shape.json']);
    expect(report.invalid[0]!.issues[0]!.message).to.match(/not valid JSON/);
    expect(report.invalid[1]!.issues[0]!.path).to.equal('answers.leadership.level');
  });

  it('lists duplicates by id and by content, including ones loaded before', () => {
    const anonymous = { ...team[2]! };
    delete (anonymous as { id?: string }).id;
    const report = importResponses(
      teamAssessment,
      [
        file('a.json', team[0]),
        file('a-again.json', JSON.stringify(team[0], null, 2)),
        file('same-id-other-content.json', { ...team[1]!, id: team[0]!.id }),
        file('b.json', team[3]),
        file('anon.json', anonymous),
        // Same content, keys in another order: still the same response.
        file('anon-reordered.json', Object.fromEntries(Object.entries(anonymous).reverse())),
      ],
      [team[3]!],
    );
    expect(report.loaded.map((e) => e.source)).to.deep.equal(['a.json', 'anon.json']);
    expect(report.duplicates).to.deep.equal([
      { source: 'a-again.json', duplicateOf: 'a.json', reason: 'id' },
      { source: 'same-id-other-content.json', duplicateOf: 'a.json', reason: 'id' },
      { source: 'b.json', duplicateOf: EXISTING, reason: 'id' },
      { source: 'anon-reordered.json', duplicateOf: 'anon.json', reason: 'content' },
    ]);
  });

  it('skips responses to another rubric with the rubric they answer', () => {
    const other = coherenceCycles().current[0]!;
    const report = importResponses(teamAssessment, [file('coh.json', other), file('ta.json', team[0])]);
    expect(report.loaded.map((e) => e.source)).to.deep.equal(['ta.json']);
    expect(report.skipped).to.deep.equal([{ source: 'coh.json', rubricId: 'coherence-progression' }]);
  });

  it('reads a JSON list file entry by entry, naming each entry', () => {
    const report = importResponses(teamAssessment, [file('all.json', [team[0], { nope: true }, team[1]])]);
    expect(report.loaded.map((e) => e.source)).to.deep.equal(['all.json [0]', 'all.json [2]']);
    expect(report.invalid.map((e) => e.source)).to.deep.equal(['all.json [1]']);
  });

  it('refuses prototype keys and keeps the prototype clean', () => {
    const text = `{"rubricId":"team-assessment","rubricVersion":"1.0.0","answers":{},"__proto__":{"polluted":1}}`;
    const report = importResponses(teamAssessment, [file('evil.json', text), file('evil-list.json', `[${text}]`)]);
    expect(report.loaded).to.deep.equal([]);
    expect(report.invalid.length).to.equal(2);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('reads back its own JSON export', () => {
    const report = importResponses(teamAssessment, [file('export.json', responsesToJson(team))]);
    expect(report.loaded.map((e) => e.response)).to.deep.equal(team);
  });

  it('treats a .json file with CSV-like text as invalid JSON, and a .csv file as CSV', () => {
    const report = importResponses(teamAssessment, [file('notes.json', 'hello, world'), file('x.csv', 'hello, world')]);
    expect(report.invalid.map((e) => e.source)).to.deep.equal(['notes.json', 'x.csv']);
    expect(report.invalid[0]!.issues[0]!.message).to.match(/not valid JSON/);
    expect(report.invalid[1]!.issues[0]!.message).to.match(/item id/);
  });

  it('gives equal canonical JSON for equal data in any key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).to.equal(canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }));
    expect(canonicalJson({ a: 1 })).to.not.equal(canonicalJson({ a: '1' }));
  });
});

describe('CSV export and import of responses', () => {
  it('writes one row per respondent × item with the documented columns', () => {
    const team = teamAssessmentTeam().slice(0, 2);
    const result = readCsv(responsesToCsv(teamAssessment, team));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const [header, ...rows] = result.rows;
    // Then one column per response field besides the date (the team assessment's team and role).
    expect(header).to.deep.equal([...CSV_COLUMNS, 'response field: team', 'response field: role']);
    expect(header!.slice(0, 11)).to.deep.equal([
      'respondent',
      'response id',
      'cycle',
      'date',
      'section id',
      'item id',
      'item title',
      'level id',
      'level label',
      'position',
      'note',
    ]);
    expect(rows.length).to.equal(2 * 9);
    const first = rows[0]!;
    expect(first.slice(0, 7)).to.deep.equal([
      team[0]!.respondent,
      team[0]!.id,
      '2026 spring',
      '2026-03-02',
      'dimensions',
      'goals-objectives',
      'Goals and Objectives',
    ]);
    const level = team[0]!.answers['goals-objectives']?.level ?? '';
    expect(first[7]).to.equal(level);
    expect(first[9]).to.equal(level);
  });

  it('round-trips the generated teams (levels, notes, names, cycles)', () => {
    for (const [rubric, responses] of [
      [teamAssessment, teamAssessmentTeam()],
      [coherence, coherenceCycles().previous],
      [continuum, continuumTeam()],
    ] as const) {
      const back = csvToResponses(rubric, responsesToCsv(rubric, responses), 'team.csv');
      expect(back.invalid, rubric.id).to.deep.equal([]);
      expect(back.loaded.length).to.equal(responses.length);
      back.loaded.forEach(({ response }, i) => {
        const original = responses[i]!;
        expect(levels(response), `${rubric.id} ${i}`).to.deep.equal(levels(original));
        expect([response.id, response.respondent, response.cycle]).to.deep.equal([original.id, original.respondent, original.cycle]);
        for (const [item, a] of Object.entries(original.answers))
          expect(response.answers[item]?.fields?.['note']).to.equal(a.fields?.['note']);
        expect((response.subjects ?? []).map((s) => s.name)).to.deep.equal((original.subjects ?? []).map((s) => s.name));
      });
    }
  });

  it('defuses formula cells on export and restores them on import', () => {
    const evil: RubricResponse = {
      rubricId: 'team-assessment',
      rubricVersion: '1.0.0',
      id: 'x1',
      respondent: '=HYPERLINK("https://evil.example","Click")',
      cycle: '+1',
      answers: { leadership: { level: '4', fields: { note: '@SUM(A1:A9)' } }, resources: { level: '2', fields: { note: '-2+3' } } },
    };
    const csv = responsesToCsv(teamAssessment, [evil]);
    const raw = parseCsv(csv);
    expect(raw.ok).to.equal(true);
    if (!raw.ok) return;
    for (const cell of raw.rows.flat()) expect(cell, cell).to.not.match(/^[=+\-@\t\r]/);
    expect(csv).to.contain(`"'=HYPERLINK(""https://evil.example"",""Click"")"`);
    const back = csvToResponses(teamAssessment, csv).loaded[0]!.response;
    expect(back.respondent).to.equal(evil.respondent);
    expect(back.cycle).to.equal('+1');
    expect(back.answers['leadership']?.fields?.['note']).to.equal('@SUM(A1:A9)');
    expect(back.answers['resources']?.fields?.['note']).to.equal('-2+3');
  });

  const csvErrors: [string, string, RegExp][] = [
    ['no header columns', 'who,what\r\nAna,4', /item id/],
    ['an unclosed quote', 'item id,level id\r\n"leadership,4', /never closed/],
  ];
  for (const [name, text, message] of csvErrors) {
    it(`lists a CSV file with ${name} as invalid`, () => {
      const report = importResponses(teamAssessment, [{ name: 'bad.csv', text }]);
      expect(report.loaded).to.deep.equal([]);
      expect(report.invalid[0]!.source).to.equal('bad.csv');
      expect(report.invalid[0]!.issues[0]!.message).to.match(message);
    });
  }

  it('lists CSV rows of another rubric as skipped, and invalid rows by row number', () => {
    const text = [
      'respondent,item id,level id,rubric id,response number',
      'Ana,leadership,4,team-assessment,1',
      'Ben,x,1,coherence-progression,2',
      'Cy,bad id!,4,team-assessment,3',
    ].join('\r\n');
    const report = importResponses(teamAssessment, [{ name: 'mixed.csv', text }]);
    expect(report.loaded.map((e) => e.source)).to.deep.equal(['mixed.csv row 2']);
    expect(report.skipped).to.deep.equal([{ source: 'mixed.csv row 3', rubricId: 'coherence-progression' }]);
    expect(report.invalid.map((e) => e.source)).to.deep.equal(['mixed.csv row 4']);
  });

  it('round-trips the levels of any valid responses (property)', () => {
    const arb = arbRubric().chain((rubric) =>
      fc.tuple(
        fc.constant(rubric),
        fc.array(
          // Subject ids are unique within a response, as the rubric element makes them.
          arbResponse(rubric).map((r) =>
            r.subjects ? { ...r, subjects: r.subjects.filter((s, i, all) => all.findIndex((t) => t.id === s.id) === i) } : r,
          ),
          { maxLength: 5 },
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([rubric, responses]) => {
        const back = csvToResponses(rubric, responsesToCsv(rubric, responses));
        expect(back.invalid).to.deep.equal([]);
        expect(back.loaded.map((e) => levels(e.response))).to.deep.equal(responses.map(levels));
        expect(back.loaded.map((e) => e.response.respondent)).to.deep.equal(responses.map((r) => r.respondent));
      }),
      { numRuns: 150 },
    );
  });
});
