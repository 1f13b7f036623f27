import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import coherenceJson from '../../src/rubrics/coherence-progression.json';
import teamAssessmentJson from '../../src/rubrics/team-assessment.json';
import { detectDelimiter, parseCsv } from '../../src/rubrics/csv.js';
import type { ParseResult } from '../../src/rubrics/parse.js';
import type { Item, Rubric } from '../../src/rubrics/schema.js';
import { definitionFromSpreadsheet, definitionToSpreadsheet, detectSpreadsheetFormat } from '../../src/rubrics/spreadsheet.js';

const coherence = coherenceJson as unknown as Rubric;
const teamAssessment = teamAssessmentJson as unknown as Rubric;

/** Quoting the way Excel and Google Sheets write a cell: only when it needs it. */
const cell = (text: string, sep: string) => (text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const line = (cells: readonly string[], sep: string) => cells.map((c) => cell(c, sep)).join(sep);

const ok = (result: ParseResult<Rubric>): Rubric => {
  if (!result.success) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.data;
};
const issues = (result: ParseResult<Rubric>): string[] => (result.success ? [] : result.issues.map((i) => `${i.path}: ${i.message}`));

/** Every descriptor in definition order: item by item, lowest level first. */
function descriptors(rubric: Rubric): string[] {
  return rubric.sections.flatMap((s) => s.items.flatMap((item) => rubric.scale.levels!.map((l) => String(item.descriptors?.[l.id] ?? ''))));
}
const itemTitles = (rubric: Rubric) => rubric.sections.flatMap((s) => s.items.map((i) => String(i.title)));
const levelLabels = (rubric: Rubric) => rubric.scale.levels!.map((l) => String(l.label));

/** A Canvas rubric export of the Coherence progression, written as Canvas writes one (not by our exporter). */
function canvasExport(): string {
  const levels = [...coherence.scale.levels!].reverse();
  const head = ['Rubric Name', 'Criteria Name', 'Criteria Description', 'Criteria Enable Range'];
  levels.forEach((_, i) => head.push(`Rating Name ${i + 1}`, `Rating Description ${i + 1}`, `Rating Points ${i + 1}`));
  const rows = coherence.sections.flatMap((s) =>
    s.items.map((item) => [
      String(coherence.title),
      String(item.title),
      '',
      'FALSE',
      ...levels.flatMap((l) => [String(l.label), String(item.descriptors![l.id]), String(l.position)]),
    ]),
  );
  return `\uFEFF${[head, ...rows].map((r) => line(r, ',')).join('\r\n')}\r\n`;
}

/** The Coherence grid as pasted from Google Sheets: tab-separated, the driver only on its first row (merged cells). */
function pastedGrid(): string {
  const head = ['Driver', 'Component', ...coherence.scale.levels!.map((l) => String(l.label))];
  const rows = coherence.sections.flatMap((s) =>
    s.items.map((item, i) => [
      i === 0 ? String(s.title) : '',
      String(item.title),
      ...coherence.scale.levels!.map((l) => String(item.descriptors![l.id])),
    ]),
  );
  return [head, ...rows].map((r) => line(r, '\t')).join('\n');
}

describe('definitionFromSpreadsheet', () => {
  it('reads a Canvas export and a pasted grid of the Coherence progression back to the same 42 descriptors', () => {
    const fromCanvas = ok(definitionFromSpreadsheet(canvasExport()));
    const fromGrid = ok(definitionFromSpreadsheet(pastedGrid()));
    const expected = descriptors(coherence);
    expect(expected).to.have.length(42);
    expect(descriptors(fromCanvas)).to.deep.equal(expected);
    expect(descriptors(fromGrid)).to.deep.equal(expected);
    for (const rubric of [fromCanvas, fromGrid]) {
      expect(levelLabels(rubric)).to.deep.equal(['Emerging', 'Accelerating', 'Mastering']);
      expect(itemTitles(rubric)).to.deep.equal(itemTitles(coherence));
      expect(rubric.layout).to.equal('descriptor-grid');
    }
    expect(fromCanvas.title).to.equal(coherence.title);
    expect(fromCanvas.scale.levels!.map((l) => l.points)).to.deep.equal([1, 2, 3]);
    expect(fromGrid.sections.map((s) => [s.title, s.items.length])).to.deep.equal(coherence.sections.map((s) => [s.title, s.items.length]));
  });

  it('tells the three layouts and the delimiter from the header', () => {
    expect(detectSpreadsheetFormat(['Rubric Name', 'Criteria Name', 'Criteria Description'])).to.equal('canvas');
    expect(detectSpreadsheetFormat(['criterion', 'level', 'level_description', 'score'])).to.equal('long');
    expect(detectSpreadsheetFormat(['Score', 'Level', 'Criterion', 'Level_Description'])).to.equal('long');
    expect(detectSpreadsheetFormat(['Section', 'Item', 'Low', 'High'])).to.equal('grid');
    expect(detectDelimiter('a\tb,c\nd')).to.equal('\t');
    expect(detectDelimiter('"a\tb",c\nd')).to.equal(',');
    expect(detectDelimiter('a;b\nc,d')).to.equal(';');
  });

  it('reads a long list (Moodle) with scores into levels lowest first, points and weights', () => {
    const text = [
      'criterion,level,level_description,score',
      'Clarity,Excellent,Clear and concise,10',
      'Clarity,Fair,Mostly clear,5',
      'Clarity,Poor,Lacks clarity,0',
      'Evidence,Poor,No sources,0',
      'Evidence,Excellent,"Sources, cited",20',
      'Evidence,Fair,Some sources,10',
    ].join('\n');
    const rubric = ok(definitionFromSpreadsheet(text, { title: 'Essay' }));
    expect(levelLabels(rubric)).to.deep.equal(['Poor', 'Fair', 'Excellent']);
    expect(rubric.scale.levels!.map((l) => l.points)).to.deep.equal([0, 5, 10]);
    const [clarity, evidence] = rubric.sections[0]!.items;
    expect(clarity!.weight).to.equal(undefined);
    expect(evidence!.weight).to.equal(2);
    expect(evidence!.descriptors).to.deep.equal({ poor: 'No sources', fair: 'Some sources', excellent: 'Sources, cited' });
    expect(rubric.title).to.equal('Essay');
    expect(rubric.id).to.equal('essay');
  });

  it('reads a grid without descriptors as a rating scale, with sections, codes and descriptions', () => {
    const text =
      'Section,Code,Item,Description,Never,Sometimes,Always\nMeetings,1,Start on time,We begin when we said,,,\n,2,End on time,,,,\nNorms,3,Listen,,,,\n';
    const rubric = ok(definitionFromSpreadsheet(text));
    expect(rubric.layout).to.equal('rating-scale');
    expect(rubric.sections.map((s) => s.title)).to.deep.equal(['Meetings', 'Norms']);
    expect(rubric.sections[0]!.items.map((i) => [i.code, i.title, i.description])).to.deep.equal([
      ['1', 'Start on time', 'We begin when we said'],
      ['2', 'End on time', undefined],
    ]);
  });

  it('reads grid columns highest first when asked, and makes unique, safe ids', () => {
    const text = 'Item,Good,Good,Constructor,Prototype\nconstructor,a,b,c,x\n__proto__,d,e,f,y\n';
    const rubric = ok(definitionFromSpreadsheet(text, { highestFirst: true }));
    expect(levelLabels(rubric)).to.deep.equal(['Prototype', 'Constructor', 'Good', 'Good']);
    expect(rubric.scale.levels!.map((l) => l.id)).to.deep.equal(['prototype-2', 'constructor-2', 'good', 'good-2']);
    expect(itemTitles(rubric)).to.deep.equal(['constructor', '__proto__']);
    expect(rubric.sections[0]!.items.map((i) => i.id)).to.deep.equal(['constructor-2', 'proto']);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  const bad: [string, string, RegExp][] = [
    ['an empty descriptor cell in a grid', 'Item,Low,High\nOne,a,b\nTwo,c,\n', /^row 3, column C \(High\): expected text/],
    ['an empty item title', 'Item,Low,High\n,a,b\n', /^row 2, column A \(Item\): expected text/],
    ['a descriptor column with no label', 'Item,Low,High,\nOne,a,b,c\n', /^row 1, column D: expected the label/],
    ['a grid with one level', 'Item,Only\nOne,a\n', /^row 1: expected the item titles in column A/],
    [
      'a section column that starts blank',
      'Section,Item,Low,High\n,One,a,b\n',
      /^row 2, column A \(Section\): expected the title of the first section/,
    ],
    ['a header only', 'Item,Low,High\n', /^row 1: expected a header row/],
    ['a quote never closed', 'Item,Low,High\n"One,a,b\n', /^line 2: a quoted cell is never closed/],
    [
      'Canvas points that are not a number',
      'Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points\nR,C,,false,Hi,h,two,Lo,l,0\n',
      /^row 2, column G \(Rating Points\): expected a number of points, got "two"/,
    ],
    [
      'Canvas criteria on different scales',
      'Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points\nR,C,,false,Hi,h,1,Lo,l,0\nR,D,,false,Top,h,1,Lo,l,0\n',
      /^row 3, column E \(Rating Name\): every criterion is rated on one scale: expected the rating "Hi" here, as in row 2/,
    ],
    [
      'Canvas rows of two rubrics',
      'Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points\nR,C,,false,Hi,h,1,Lo,l,0\nS,D,,false,Hi,h,1,Lo,l,0\n',
      /^row 3, column A \(Rubric Name\): one file holds one rubric/,
    ],
    [
      'Canvas points that no weight explains',
      'Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points\nR,C,,false,Hi,h,4,Mid,m,2,Lo,l,0\nR,D,,false,Hi,h,8,Mid,m,3,Lo,l,0\n',
      /^row 3, column G \(Rating Points\): the points of every criterion must be those of row 2 \(0, 2, 4\) times one weight/,
    ],
    [
      'a long list missing a level',
      'criterion,level,level_description\nA,Low,a\nA,High,b\nB,Low,c\n',
      /^row 4, column B \(level\): "B" has no level "High"/,
    ],
    [
      'a long list with a level twice',
      'criterion,level,level_description\nA,Low,a\nA,High,b\nA,Low,c\n',
      /^row 4, column B \(level\): "A" has no level "High"/,
    ],
    ['a row number after blank lines', 'Item,Low,High\n\n\nOne,a,\n', /^row 4, column C \(High\)/],
    [
      'more aliases than five',
      'Item,Aliases,Low,High\nOne,a (x); b (x); c (x); d (x); e (x); f (x),l,h\n',
      /^row 2, column B \(Aliases\): expected at most 5 aliases, separated by ";", got 6/,
    ],
    ['an empty alias', 'Item,Aliases,Low,High\nOne,a (x);; b (x),l,h\n', /^row 2, column B \(Aliases\): alias 2 is empty/],
    ['a trailing alias separator', 'Item,Aliases,Low,High\nOne,a (x);,l,h\n', /^row 2, column B \(Aliases\): alias 2 is empty/],
    [
      'an alias without its context',
      'Item,Aliases,Low,High\nOne,Other name,l,h\n',
      /^row 2, column B \(Aliases\): the alias, "Other name", needs where that name is used in brackets at its end/,
    ],
    [
      'an alias with only a context',
      'Item,Aliases,Low,High\nOne,(grid),l,h\n',
      /^row 2, column B \(Aliases\): the alias, "\(grid\)", needs the other name/,
    ],
    ['an alias context too long', `Item,Aliases,Low,High\nOne,a (${'c'.repeat(501)}),l,h\n`, /^row 2, column B \(Aliases\): /],
    [
      'a reconstruction source without its note',
      'Item,Reconstructed,Reconstructed source,Low,High\nOne,,p. 3,l,h\n',
      /^row 2, column B \(Reconstructed\): expected the note of the reconstruction/,
    ],
    [
      'a reconstruction detail column without a note column',
      'Item,Reconstructed detail,Low,High\nOne,fragments,l,h\n',
      /^row 1, column B: expected a "Reconstructed" column too/,
    ],
  ];
  for (const [name, text, message] of bad) {
    it(`names the row and column of ${name}`, () => {
      const result = definitionFromSpreadsheet(text);
      expect(result.success, name).to.equal(false);
      expect(issues(result).join('\n')).to.match(message);
    });
  }

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(undefined, 'grid', 'canvas', 'long'), (text, format) => {
        const result = definitionFromSpreadsheet(text, format ? { format } : {});
        expect(typeof result.success).to.equal('boolean');
      }),
      { numRuns: 400 },
    );
  });
});

// Texts as people type them in cells: commas, quotes, tabs, line breaks, formula starts, accents.
const RESERVED =
  /^(section|driver|secci[oó]n|code|description|aliases|reconstructed( source| detail)?|item|criterion|level|level_description|score|rubric name)$/i;
const text = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.constantFrom('=SUM(A1)', '-dash', '@at', 'say "hi", then\nleave', 'tab\there', 'Évaluación', '+1', "'quoted"),
    // What the aliases cell escapes: its separator, brackets and the escape itself.
    fc.constantFrom('a; b', 'x (y)', '(', ')', 'back\\slash\\', '\\;', 'end (', ') start', ';'),
  )
  .map((s) => s.trim())
  .filter((s) => s !== '' && !RESERVED.test(s));

const arbDefinition = fc
  .record({
    levels: fc.uniqueArray(text, { minLength: 2, maxLength: 6 }),
    sections: fc.array(
      fc.record({
        title: text,
        items: fc.array(
          fc.record({
            title: text,
            description: fc.option(text, { nil: undefined }),
            code: fc.option(fc.constantFrom('A', '1', 'B.2'), { nil: undefined }),
            aliases: fc.option(fc.array(fc.record({ title: text, context: text }), { minLength: 1, maxLength: 5 }), { nil: undefined }),
            reconstructed: fc.option(
              fc.record(
                { note: text, source: fc.option(text, { nil: undefined }), detail: fc.option(text, { nil: undefined }) },
                { requiredKeys: ['note'] },
              ),
              { nil: undefined },
            ),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    cells: fc.infiniteStream(text),
    points: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }), { nil: undefined }),
    weights: fc.infiniteStream(fc.constantFrom(undefined, 2, 0.5, 3)),
  })
  .map(({ levels, sections, cells, points, weights }): Rubric => {
    const sortedPoints = points ? [...points].sort((a, b) => a - b) : undefined;
    const scale = levels.map((label, i) => ({
      id: `l${i}`,
      label,
      position: i + 1,
      ...(sortedPoints ? { points: sortedPoints[i]! } : {}),
    }));
    let n = 0;
    const it = cells[Symbol.iterator]();
    const w = weights[Symbol.iterator]();
    return {
      id: 'r',
      version: '1.0.0',
      title: 'Round trip',
      layout: 'descriptor-grid',
      scale: { levels: scale },
      sections: sections.map((s, si) => ({
        id: `s${si}`,
        title: s.title,
        items: s.items.map((item) => {
          const weight = sortedPoints && sortedPoints.some((p) => p !== 0) ? w.next().value : undefined;
          return {
            id: `i${n++}`,
            title: item.title,
            ...(item.description ? { description: item.description } : {}),
            ...(item.code ? { code: item.code } : {}),
            ...(item.aliases ? { aliases: item.aliases } : {}),
            ...(item.reconstructed ? { reconstructed: withoutUndefined(item.reconstructed) } : {}),
            descriptors: Object.fromEntries(scale.map((l) => [l.id, it.next().value as string])),
            ...(weight !== undefined ? { weight } : {}),
          };
        }),
      })),
    };
  });

const withoutUndefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
/** Each item's aliases and reconstruction, in definition order. */
const marks = (r: Rubric) => r.sections.flatMap((s) => s.items.map((i) => [i.aliases, i.reconstructed]));

/** A one-section rubric on a Low–High scale (with these points, if given). */
const lowHigh = (items: Item[], points?: [number, number]): Rubric => ({
  id: 'r',
  version: '1',
  title: 'T',
  layout: 'descriptor-grid',
  scale: {
    levels: [
      { id: 'lo', label: 'Low', position: 1, ...(points ? { points: points[0] } : {}) },
      { id: 'hi', label: 'High', position: 2, ...(points ? { points: points[1] } : {}) },
    ],
  },
  sections: [{ id: 's', title: 'S', items }],
});

describe('definitionToSpreadsheet', () => {
  it('round-trips every text through the grid, as CSV and as tab-separated text (property)', () => {
    fc.assert(
      fc.property(arbDefinition, fc.constantFrom(',' as const, '\t' as const), (rubric, delimiter) => {
        const back = ok(definitionFromSpreadsheet(definitionToSpreadsheet(rubric, { format: 'grid', delimiter })));
        expect(levelLabels(back)).to.deep.equal(levelLabels(rubric));
        expect(itemTitles(back)).to.deep.equal(itemTitles(rubric));
        expect(descriptors(back)).to.deep.equal(descriptors(rubric));
        const items = (r: Rubric) => r.sections.flatMap((s) => s.items.map((i) => [i.code, i.description]));
        expect(items(back)).to.deep.equal(items(rubric));
        const titles = (r: Rubric) => r.sections.flatMap((s) => s.items.map(() => s.title));
        if (rubric.sections.length > 1) expect(titles(back)).to.deep.equal(titles(rubric));
        expect(marks(back)).to.deep.equal(marks(rubric));
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips texts, points and weights through Canvas and the long list (property)', () => {
    fc.assert(
      fc.property(arbDefinition, fc.constantFrom('canvas' as const, 'long' as const), (rubric, format) => {
        const written = definitionToSpreadsheet(rubric, { format });
        const back = ok(definitionFromSpreadsheet(written));
        expect(levelLabels(back)).to.deep.equal(levelLabels(rubric));
        expect(itemTitles(back)).to.deep.equal(itemTitles(rubric));
        expect(descriptors(back)).to.deep.equal(descriptors(rubric));
        if (format === 'canvas') {
          expect(back.title).to.equal(rubric.title);
          const descriptions = (r: Rubric) => r.sections.flatMap((s) => s.items.map((i) => i.description));
          expect(descriptions(back)).to.deep.equal(descriptions(rubric));
        }
        const points = (r: Rubric) =>
          r.sections.flatMap((s) =>
            s.items.map((i) =>
              r.scale.levels!.map((l) => (l.points === undefined ? undefined : Math.round(l.points * (i.weight ?? 1) * 1e6) / 1e6)),
            ),
          );
        expect(points(back)).to.deep.equal(points(rubric));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the aliases of the Coherence progression and the reconstructions of the team assessment through the grid', () => {
    for (const rubric of [coherence, teamAssessment]) {
      for (const delimiter of [',', '\t'] as const) {
        const back = ok(definitionFromSpreadsheet(definitionToSpreadsheet(rubric, { format: 'grid', delimiter })));
        expect(marks(back), `${rubric.id} ${JSON.stringify(delimiter)}`).to.deep.equal(marks(rubric));
        expect(itemTitles(back)).to.deep.equal(itemTitles(rubric));
      }
    }
    expect(marks(coherence).filter(([aliases]) => aliases).length).to.equal(5);
    expect(marks(teamAssessment).filter(([, rebuilt]) => rebuilt).length).to.equal(9);
  });

  it('writes the aliases and reconstruction columns only when an item has them, with the documented headers', () => {
    const one: Item = {
      id: 'i',
      title: 'One',
      aliases: [
        { title: 'Uno; first', context: 'Summary (p. 2)' },
        { title: 'Eins', context: 'grid' },
      ],
      reconstructed: { note: 'Rebuilt.' },
      descriptors: { lo: 'l', hi: 'h' },
    };
    const two: Item = { id: 'j', title: 'Two', descriptors: { lo: 'l', hi: 'h' } };
    const rubric = lowHigh([one, two]);
    const csv = parseCsv(definitionToSpreadsheet(rubric, { format: 'grid' }));
    expect(csv.ok && csv.rows).to.deep.equal([
      ['Item', 'Aliases', 'Reconstructed', 'Low', 'High'],
      ['One', 'Uno\\; first (Summary \\(p. 2\\)); Eins (grid)', 'Rebuilt.', 'l', 'h'],
      ['Two', '', '', 'l', 'h'],
    ]);
    expect(definitionToSpreadsheet(lowHigh([two]), { format: 'grid' })).to.equal('Item,Low,High\r\nTwo,l,h\r\n');
  });

  it('reads the optional grid columns in any order, and hand-typed aliases with brackets in the name', () => {
    const text =
      'Item,Reconstructed detail,Reconstructed,Aliases,Description,Low,High\nOne,fragments,Rebuilt.,Form (A) name (summary grid),About,l,h\n';
    const item = ok(definitionFromSpreadsheet(text)).sections[0]!.items[0]!;
    expect(item.aliases).to.deep.equal([{ title: 'Form (A) name', context: 'summary grid' }]);
    expect(item.reconstructed).to.deep.equal({ note: 'Rebuilt.', detail: 'fragments' });
    expect(item.description).to.equal('About');
  });

  it('writes Canvas ratings highest first, with the documented header, and defuses formulas', () => {
    const rubric = lowHigh([{ id: 'i', title: '=cmd', weight: 2, descriptors: { lo: 'l', hi: 'h' } }], [0, 4]);
    const csv = parseCsv(definitionToSpreadsheet(rubric, { format: 'canvas' }));
    expect(csv.ok && csv.rows).to.deep.equal([
      [
        'Rubric Name',
        'Criteria Name',
        'Criteria Description',
        'Criteria Enable Range',
        'Rating Name',
        'Rating Description',
        'Rating Points',
        'Rating Name',
        'Rating Description',
        'Rating Points',
      ],
      ['T', "'=cmd", '', 'false', 'High', 'h', '8', 'Low', 'l', '0'],
    ]);
  });

  it('writes the texts of the chosen language from a translated definition', () => {
    const rubric: Rubric = {
      id: 'r',
      version: '1',
      title: { en: 'T', es: 'T es' },
      layout: 'descriptor-grid',
      scale: {
        levels: [
          { id: 'lo', label: { en: 'Low', es: 'Bajo' }, position: 1 },
          { id: 'hi', label: { en: 'High', es: 'Alto' }, position: 2 },
        ],
      },
      sections: [
        { id: 's', title: 'S', items: [{ id: 'i', title: { en: 'One', es: 'Uno' }, descriptors: { lo: { en: 'l', es: 'b' }, hi: 'h' } }] },
      ],
    };
    expect(definitionToSpreadsheet(rubric, { format: 'grid', lang: 'es' })).to.equal('Item,Bajo,Alto\r\nUno,b,h\r\n');
  });
});
