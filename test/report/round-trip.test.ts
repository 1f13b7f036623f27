// Faults 11, 12 and 14 of issue 10, and CSV injection by look-alike characters: what a team's
// files do on the way out and back in.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/report/cr-rubric-report.js';
import '../../src/components/team-assessment/cr-team-assessment.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import {
  canonicalJson,
  csvToResponses,
  FILE_LIMITS,
  importResponses,
  importResponsesInSteps,
  type ImportProgress,
  responsesToCsv,
} from '../../src/report/index.js';
import { parseCsv, protectCell, unprotectCell } from '../../src/rubrics/csv.js';
import { emptyResponse, setItemField, setLevel, setResponseField } from '../../src/rubrics/edit.js';
import type { RubricResponse } from '../../src/rubrics/schema.js';
import { arbResponse, arbRubric } from '../arbitraries.js';
import { continuum, continuumTeam, teamAssessment, teamAssessmentTeam } from '../fixtures/team-data.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('fault 11: responses keep one stable id, and a CSV round trip loses nothing', () => {
  it('fault 11: a response gets an id when it is created, also by a person’s first edit', async () => {
    expect(emptyResponse(teamAssessment).id).to.match(UUID);
    expect(emptyResponse(teamAssessment).id).to.not.equal(emptyResponse(teamAssessment).id);
    const el = await fixture<CrRubric>(html`<cr-team-assessment></cr-team-assessment>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await el.updateComplete;
    const id = el.value!.id;
    expect(id).to.match(UUID);
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[9]!.click();
    await el.updateComplete;
    expect(el.value!.id, 'the same id after more edits').to.equal(id);
    // A response saved before ids existed gets one at its next edit, and keeps it.
    const old: RubricResponse = { rubricId: 'team-assessment', rubricVersion: '1.0.0', answers: {} };
    const edited = setLevel(old, { itemId: 'leadership' }, '3');
    expect(edited.id).to.match(UUID);
    expect(setLevel(edited, { itemId: 'resources' }, '4').id).to.equal(edited.id);
  });

  it('fault 11: an exported CSV imported again is recognised as the same responses (no double count)', async () => {
    // Two people answer in the real element; the team report exports them, then reads its own file.
    const responses: RubricResponse[] = [];
    for (const pick of [2, 5]) {
      const el = await fixture<CrRubric>(html`<cr-team-assessment></cr-team-assessment>`);
      const radios = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]');
      radios[pick]!.click();
      radios[7 + pick]!.click();
      await el.updateComplete;
      responses.push(el.value!);
    }
    const report = await fixture<CrRubricReport>(
      html`<cr-rubric-report rubric="team-assessment" .responses=${responses}></cr-rubric-report>`,
    );
    const csv = report.exportCsv();
    const result = await report.addFiles([new File([csv], 'team.csv', { type: 'text/csv' })]);
    expect(result!.loaded).to.deep.equal([]);
    expect(result!.duplicates.map((d) => d.reason)).to.deep.equal(['id', 'id']);
    await report.updateComplete;
    expect(report.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain('2 responses');
  });

  it('fault 11: responses come back from CSV exactly: ids, timestamps, fields, notes, cleared levels', () => {
    let r = emptyResponse(teamAssessment, new Date('2026-03-01T10:00:00.000Z'));
    r = setResponseField(r, 'date', '2026-03-01', new Date('2026-03-01T10:01:00.000Z'));
    r = setLevel(r, { itemId: 'leadership' }, '6', new Date('2026-03-01T10:02:00.000Z'));
    r = setItemField(r, { itemId: 'leadership' }, 'note', ' starts with a space', new Date('2026-03-01T10:03:00.000Z'));
    r = setLevel(r, { itemId: 'resources' }, '2', new Date('2026-03-01T10:04:00.000Z'));
    r = setLevel(r, { itemId: 'resources' }, null, new Date('2026-03-01T10:05:00.000Z'));
    const noId = { ...teamAssessmentTeam()[0]!, id: undefined, createdAt: '2026-02-01T09:00:00Z' };
    for (const [rubric, list] of [
      [teamAssessment, [r, noId, ...teamAssessmentTeam().slice(1, 4)]],
      [continuum, continuumTeam().slice(0, 4)],
    ] as const) {
      const back = csvToResponses(rubric, responsesToCsv(rubric, list));
      expect(back.invalid).to.deep.equal([]);
      expect(back.loaded.map((e) => canonicalJson(e.response))).to.deep.equal(list.map((x) => canonicalJson(x)));
      // And therefore an import next to the originals adds nothing.
      const again = importResponses(rubric, [{ name: 'x.csv', text: responsesToCsv(rubric, list) }], list);
      expect(again.loaded.length, rubric.id).to.equal(0);
      expect(again.duplicates.length, rubric.id).to.equal(list.length);
    }
  });

  it('fault 11: any valid response survives the CSV round trip unchanged (property)', () => {
    const stamp = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t).toISOString());
    const arb = arbRubric().chain((rubric) =>
      fc.tuple(
        fc.constant(rubric),
        fc.array(
          fc
            .tuple(arbResponse(rubric), fc.option(stamp, { nil: undefined }), fc.option(stamp, { nil: undefined }), fc.uuid())
            .map(([r, created, updated, id]) => ({
              ...r,
              id,
              ...(created ? { createdAt: created } : {}),
              ...(updated ? { updatedAt: updated } : {}),
              ...(r.subjects ? { subjects: r.subjects.filter((s, i, all) => all.findIndex((t) => t.id === s.id) === i) } : {}),
            })),
          { maxLength: 4 },
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([rubric, responses]) => {
        const back = csvToResponses(rubric, responsesToCsv(rubric, responses));
        expect(back.invalid).to.deep.equal([]);
        expect(back.loaded.map((e) => canonicalJson(e.response))).to.deep.equal(responses.map((x) => canonicalJson(x)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('fault 12: report.responses set by a host is checked like an import', () => {
  it('fault 12: respondent: 42 and answers: null are listed with reasons while the rest render and download', async () => {
    const team = teamAssessmentTeam().slice(0, 5);
    const responses = [
      team[0],
      { ...team[1], respondent: 42 },
      team[2],
      { ...team[3], answers: null },
      team[4],
      'not a response',
    ] as unknown as RubricResponse[];
    const el = await fixture<CrRubricReport>(html`<cr-rubric-report rubric="team-assessment" .responses=${responses}></cr-rubric-report>`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('article[part~="item"]').length).to.equal(9);
    expect(root.querySelector('.subtitle')!.textContent).to.contain('3 responses');
    const listed = root.querySelector('[part~="invalid-responses"]')!;
    expect(listed.textContent).to.contain('3 responses are not valid and left out of the results');
    const lines = [...listed.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).to.have.length(3);
    expect(lines[0]).to.match(/^responses\[1\]: respondent: /);
    expect(lines[1]).to.match(/^responses\[3\]: answers: /);
    expect(lines[2]).to.match(/^responses\[5\]: /);
    const csv = el.exportCsv();
    const rows = parseCsv(csv);
    expect(rows.ok).to.equal(true);
    if (rows.ok) expect(rows.rows.length).to.equal(1 + 3 * 9);
    expect(JSON.parse(el.exportJson())).to.have.length(3);
  });
});

describe('fault 14: CSV import has the limits of JSON, and long imports yield with progress', () => {
  it('fault 14: a CSV file of more than 100,000 responses is refused like a JSON file', () => {
    const rows = ['item id,level id,response number'];
    for (let i = 1; i <= FILE_LIMITS.responses + 1; i++) rows.push(`leadership,4,${i}`);
    const report = importResponses(teamAssessment, [{ name: 'huge.csv', text: rows.join('\n') }]);
    expect(report.loaded.length).to.equal(0);
    expect(report.invalid).to.deep.equal([
      { source: 'huge.csv', issues: [{ path: '(root)', message: `more than ${FILE_LIMITS.responses} responses in one file` }] },
    ]);
  });

  it('fault 14: a long import gives the page turns and reports its progress', async () => {
    const team = teamAssessmentTeam();
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...team[i % team.length]!, id: `r${i}` }));
    const text = responsesToCsv(teamAssessment, many);
    const seen: ImportProgress[] = [];
    let turns = 0;
    let turnsWhileReading = 0;
    const ticker = setInterval(() => turns++, 0);
    const report = await importResponsesInSteps(teamAssessment, [{ name: 'big.csv', text }], [], {
      onProgress: (p) => {
        seen.push(p);
        if (p.reading) turnsWhileReading = turns;
      },
      slice: 4,
    });
    clearInterval(ticker);
    expect(report.loaded.length).to.equal(3000);
    const reading = seen.filter((p) => p.reading);
    const checking = seen.filter((p) => !p.reading);
    expect(checking.length, 'progress reported').to.be.greaterThan(1);
    expect(turns, 'the page ran in between').to.be.greaterThan(1);
    expect(checking.every((p) => p.total === 3000 && p.done <= p.total)).to.equal(true);
    expect(checking.map((p) => p.done)).to.deep.equal([...checking.map((p) => p.done)].sort((a, b) => a - b));
    // 27,000 rows: the CSV itself is read in steps too, before a response can be counted.
    expect(reading.length, 'progress while the CSV is read').to.be.greaterThan(1);
    expect(turnsWhileReading, 'the page ran while the CSV was read').to.be.greaterThan(0);
    expect(seen.indexOf(reading.at(-1)!)).to.be.lessThan(seen.indexOf(checking[0]!));
    const fractions = reading.map((p) => p.reading!.fraction);
    expect(fractions).to.deep.equal([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f > 0 && f < 1 && reading[0]!.reading!.source === 'big.csv')).to.equal(true);
  });

  it('fault 14: the report shows a progress bar while it reads a large file', async () => {
    const team = teamAssessmentTeam();
    const many = Array.from({ length: 4000 }, (_, i) => ({ ...team[i % team.length]!, id: `p${i}` }));
    const el = await fixture<CrRubricReport>(html`<cr-rubric-report rubric="team-assessment"></cr-rubric-report>`);
    const pending = el.addFiles([new File([responsesToCsv(teamAssessment, many)], 'big.csv')]);
    let shown = '';
    let read = '';
    for (let i = 0; i < 400 && !shown; i++) {
      await new Promise((r) => setTimeout(r, 5));
      const bar = el.shadowRoot!.querySelector('progress');
      const text = el.shadowRoot!.querySelector('[part~="import-report"]')!.textContent!.replace(/\s+/g, ' ');
      if (bar && /Reading big\.csv: \d+%/.test(text) && Number(bar.value) > 0 && bar.max === 1) read = text;
      if (bar && Number(bar.getAttribute('value')) > 0 && /checked/.test(text)) shown = text;
    }
    expect(read, 'the share of the file read, while the CSV is read').to.match(/Reading big\.csv: \d+%/);
    expect(shown).to.match(/Reading responses: [\d,]+ of 4,000 checked/);
    const report = await pending;
    expect(report!.loaded.length).to.equal(4000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('progress')).to.equal(null);
  });
});

describe('CSV export defuses look-alike formula starts (OWASP CSV injection)', () => {
  const risky = [
    ' =1+1',
    '\u00A0=1',
    '\u3000+1',
    '\u200B=cmd',
    '\uFF1DSUM(A1)',
    '\uFF0B1',
    '\uFF0D1',
    '\uFF20x',
    '\uFEFF=1',
    ' plain text',
  ];
  it('CSV injection: prefixes cells that start with a space of any kind, a zero-width space or a full-width ＝/＋, and reads them back', () => {
    for (const cell of risky) {
      expect(protectCell(cell), JSON.stringify(cell)).to.equal(`'${cell}`);
      expect(unprotectCell(protectCell(cell))).to.equal(cell);
    }
    const response: RubricResponse = {
      rubricId: 'team-assessment',
      rubricVersion: '1.0.0',
      id: 'x',
      respondent: '\uFF1DHYPERLINK("https://evil.example")',
      answers: Object.fromEntries(
        risky.slice(0, 9).map((note, i) => [teamAssessment.sections[0]!.items[i]!.id, { level: '3', fields: { note } }]),
      ),
    };
    const csv = responsesToCsv(teamAssessment, [response]);
    const parsed = parseCsv(csv);
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    for (const cell of parsed.rows.flat())
      expect(cell, JSON.stringify(cell)).to.not.match(/^[\s\u200B\uFEFF\uFF1D\uFF0B\uFF0D\uFF20=+\-@]/);
    expect(canonicalJson(csvToResponses(teamAssessment, csv).loaded[0]!.response)).to.equal(canonicalJson(response));
  });
});
