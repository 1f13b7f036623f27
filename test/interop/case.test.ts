import { expect } from '@open-wc/testing';
import {
  CASE_DEFINITION_EXTENSION,
  caseRubricFromDefinition,
  CaseRubricSchema,
  definitionFromCaseRubric,
  type CaseRubric,
} from '../../src/interop/index.js';
import { parseDefinition } from '../../src/rubrics/parse.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import { coherence, continuum, slt, teamAssessment } from '../fixtures/team-data.js';
import lessonsLearned from '../../src/rubrics/lessons-learned.json';
import opportunityChecklist from '../../src/rubrics/opportunity-checklist.json';

const WHEN = '2026-12-01T00:00:00Z';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A rubric as another CASE publisher would write it: highest level first, points as scores, no extensions. */
function foreignRubric(): CaseRubric {
  const level = (n: number, quality: string, score: number, description: string) => ({
    identifier: `00000000-0000-4000-8000-0000000000${n}${score}`,
    uri: `https://case.example/ims/case/v1p1/CFRubricCriterionLevels/${n}-${score}`,
    quality,
    score,
    description,
    position: 4 - score,
    lastChangeDateTime: '2025-01-24T10:00:00Z',
  });
  const criterion = (n: number, category: string, description: string, weight?: number) => ({
    identifier: `00000000-0000-4000-8000-00000000010${n}`,
    uri: `https://case.example/ims/case/v1p1/CFRubricCriteria/${n}`,
    category,
    description,
    position: n,
    ...(weight !== undefined ? { weight } : {}),
    lastChangeDateTime: '2025-01-24T10:00:00Z',
    CFRubricCriterionLevels: [
      level(n, 'Exemplary', 3, `${description}: exemplary`),
      level(n, 'Proficient', 2, `${description}: proficient`),
      level(n, 'Developing', 1, `${description}: developing`),
    ],
  });
  return {
    identifier: '00000000-0000-4000-8000-000000000001',
    uri: 'https://case.example/ims/case/v1p1/CFRubrics/00000000-0000-4000-8000-000000000001',
    title: 'Collaborative planning',
    description: 'A state agency rubric',
    lastChangeDateTime: '2025-01-24T10:00:00Z',
    CFRubricCriteria: [
      criterion(2, 'Planning', 'Shared goals', 2),
      criterion(1, 'Planning', 'Meeting norms'),
      criterion(3, 'Data use', 'Looks at student work'),
    ],
  };
}

describe('CASE 1.1 CFRubric', () => {
  for (const rubric of [coherence, slt, continuum, teamAssessment]) {
    it(`exports ${rubric.id} as a CFRubric that validates against the CASE schema and imports back unchanged`, () => {
      const exported = JSON.parse(JSON.stringify(caseRubricFromDefinition(rubric, { lastChangeDateTime: WHEN })));
      const checked = CaseRubricSchema.safeParse(exported);
      expect(checked.success, JSON.stringify(checked.error?.issues?.slice(0, 2))).to.equal(true);
      const items = rubric.sections.flatMap((s) => s.items);
      expect(exported.CFRubricCriteria).to.have.length(items.length);
      for (const c of exported.CFRubricCriteria) {
        expect(c.identifier).to.match(UUID);
        expect(c.CFRubricCriterionLevels).to.have.length(rubric.scale.levels!.length);
      }
      const back = definitionFromCaseRubric(exported);
      expect(back.success, back.success ? '' : JSON.stringify(back.issues.slice(0, 3))).to.equal(true);
      if (back.success) expect(back.data).to.deep.equal(rubric);
    });
  }

  it('puts what a level means for each item into the CASE fields: descriptors, anchors, section titles', () => {
    const grid = caseRubricFromDefinition(coherence, { lastChangeDateTime: WHEN });
    const firstItem = coherence.sections[0]!.items[0]!;
    const c = grid.CFRubricCriteria![0]!;
    expect(c.category).to.equal(coherence.sections[0]!.title);
    expect(c.description).to.equal(firstItem.title);
    expect(c.CFRubricCriterionLevels!.map((l) => l.quality)).to.deep.equal(coherence.scale.levels!.map((l) => l.label));
    expect(c.CFRubricCriterionLevels![0]!.description).to.equal(firstItem.descriptors![coherence.scale.levels![0]!.id]);
    const team = caseRubricFromDefinition(teamAssessment, { lastChangeDateTime: WHEN }).CFRubricCriteria![0]!;
    expect(team.CFRubricCriterionLevels![0]!.description).to.equal(teamAssessment.sections[0]!.items[0]!.anchors!.low);
    expect(team.CFRubricCriterionLevels!.at(-1)!.description).to.equal(teamAssessment.sections[0]!.items[0]!.anchors!.high);
  });

  it("gives stable identifiers and the URIs of the host's CASE service", () => {
    const a = caseRubricFromDefinition(teamAssessment, { uriBase: 'https://case.district.example/ims/case/v1p1/' });
    const b = caseRubricFromDefinition(teamAssessment);
    expect(a.identifier).to.equal(b.identifier);
    expect(a.uri).to.equal(`https://case.district.example/ims/case/v1p1/CFRubrics/${a.identifier}`);
    expect(b.uri).to.equal(`urn:uuid:${b.identifier}`);
    expect(a.CFRubricCriteria![0]!.rubricId).to.equal(a.identifier);
  });

  it('keeps a wording changed in a CASE tool, and the rest of the definition', () => {
    const exported = caseRubricFromDefinition(teamAssessment, { lastChangeDateTime: WHEN });
    exported.title = 'Team health check';
    exported.CFRubricCriteria![1]!.description = 'Use of resources';
    exported.CFRubricCriteria![1]!.CFRubricCriterionLevels![6]!.description = 'We use every resource we have';
    const back = definitionFromCaseRubric(exported);
    if (!back.success) throw new Error(JSON.stringify(back.issues));
    const item = back.data.sections[0]!.items[1]!;
    expect(back.data.title).to.equal('Team health check');
    expect(item.title).to.equal('Use of resources');
    expect(item.anchors!.high).to.equal('We use every resource we have');
    expect(item.anchors!.low).to.equal(teamAssessment.sections[0]!.items[1]!.anchors!.low);
    expect(item.reconstructed).to.deep.equal(teamAssessment.sections[0]!.items[1]!.reconstructed);
  });

  it("imports another publisher's CFRubric: categories become sections, qualities the scale (lowest score first), scores the points, weights kept", () => {
    const result = definitionFromCaseRubric(JSON.stringify(foreignRubric()));
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    const rubric: Rubric = result.data;
    expect(rubric.id).to.equal('case-00000000-0000-4000-8000-000000000001');
    expect(rubric.version).to.equal('2025.1.24');
    expect(rubric.layout).to.equal('descriptor-grid');
    expect(rubric.scale.levels).to.deep.equal([
      { id: 'developing', label: 'Developing', position: 1, points: 1 },
      { id: 'proficient', label: 'Proficient', position: 2, points: 2 },
      { id: 'exemplary', label: 'Exemplary', position: 3, points: 3 },
    ]);
    expect(rubric.sections.map((s) => [s.title, s.items.map((i) => i.title)])).to.deep.equal([
      ['Planning', ['Meeting norms', 'Shared goals']],
      ['Data use', ['Looks at student work']],
    ]);
    const goals = rubric.sections[0]!.items[1]!;
    expect(goals.weight).to.equal(2);
    expect(goals.descriptors).to.deep.equal({
      developing: 'Shared goals: developing',
      proficient: 'Shared goals: proficient',
      exemplary: 'Shared goals: exemplary',
    });
    // Exported again (as plain CASE), the CASE texts are the same.
    const again = caseRubricFromDefinition(rubric, { plain: true });
    expect(again.extensions).to.equal(undefined);
    expect(again.CFRubricCriteria!.map((c) => c.description)).to.deep.equal(['Meeting norms', 'Shared goals', 'Looks at student work']);
  });

  it("keeps another publisher's CFItemURI and feedback: CASE -> definition -> CASE gives them back", () => {
    const cf = foreignRubric();
    const standard = (n: number) => ({
      title: `Standard ${n}: plans with colleagues`,
      identifier: `5e0c4b52-0000-4000-8000-00000000020${n}`,
      uri: `https://case.example/ims/case/v1p1/CFItems/5e0c4b52-0000-4000-8000-00000000020${n}`,
    });
    cf.CFRubricCriteria!.forEach((c, n) => {
      c.CFItemURI = standard(n);
      c.CFRubricCriterionLevels!.forEach((l) => (l.feedback = `Next step after ${l.quality} on ${c.description}`));
    });
    delete cf.CFRubricCriteria![2]!.CFRubricCriterionLevels![1]!.feedback;
    const result = definitionFromCaseRubric(cf);
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    const goals = result.data.sections[0]!.items[1]!;
    expect(goals.competency).to.deep.equal(standard(0));
    expect(goals.feedback).to.deep.equal({
      developing: 'Next step after Developing on Shared goals',
      proficient: 'Next step after Proficient on Shared goals',
      exemplary: 'Next step after Exemplary on Shared goals',
    });
    const student = result.data.sections[1]!.items[0]!;
    expect(Object.keys(student.feedback!), 'a level without feedback has none').to.deep.equal(['developing', 'exemplary']);
    for (const plain of [true, false]) {
      const again = caseRubricFromDefinition(result.data, { plain, lastChangeDateTime: WHEN });
      const byDescription = new Map(again.CFRubricCriteria!.map((c) => [c.description, c]));
      for (const original of cf.CFRubricCriteria!) {
        const back = byDescription.get(original.description)!;
        expect(back.CFItemURI, `${original.description} plain=${plain}`).to.deep.equal(original.CFItemURI);
        const feedbackOf = (c: typeof original) =>
          Object.fromEntries(c.CFRubricCriterionLevels!.filter((l) => l.feedback !== undefined).map((l) => [l.quality, l.feedback]));
        expect(feedbackOf(back), `${original.description} plain=${plain}`).to.deep.equal(feedbackOf(original));
      }
    }
    // In again with the definition carried along: the same items.
    const twice = definitionFromCaseRubric(JSON.parse(JSON.stringify(caseRubricFromDefinition(result.data))));
    if (!twice.success) throw new Error(JSON.stringify(twice.issues));
    expect(twice.data.sections).to.deep.equal(result.data.sections);
  });

  it('exports the competency and feedback a definition carries, and keeps them changed in a CASE tool', () => {
    const rubric = structuredClone(teamAssessment);
    const item = rubric.sections[0]!.items[0]!;
    item.competency = { title: 'Team norms', identifier: '5e0c4b52-0000-4000-8000-000000000301', uri: 'https://case.example/CFItems/301' };
    item.feedback = { '1': { en: 'Start with agreed norms', es: 'Empiecen por normas acordadas' }, '7': 'Share how you got here' };
    const exported = JSON.parse(JSON.stringify(caseRubricFromDefinition(rubric, { lastChangeDateTime: WHEN }))) as CaseRubric;
    const c = exported.CFRubricCriteria![0]!;
    expect(c.CFItemURI).to.deep.equal(item.competency);
    expect(c.CFRubricCriterionLevels!.map((l) => l.feedback ?? null)).to.deep.equal([
      'Start with agreed norms',
      null,
      null,
      null,
      null,
      null,
      'Share how you got here',
    ]);
    const back = definitionFromCaseRubric(exported);
    if (!back.success) throw new Error(JSON.stringify(back.issues));
    expect(back.data).to.deep.equal(rubric);
    // A CASE tool edits the feedback and links the item to another competency: the edit wins, other languages stay.
    c.CFRubricCriterionLevels![0]!.feedback = 'Write your norms down first';
    c.CFItemURI = { title: 'Norms', identifier: '5e0c4b52-0000-4000-8000-000000000302', uri: 'https://case.example/CFItems/302' };
    const edited = definitionFromCaseRubric(exported);
    if (!edited.success) throw new Error(JSON.stringify(edited.issues));
    const first = edited.data.sections[0]!.items[0]!;
    expect(first.feedback!['1']).to.deep.equal({ en: 'Write your norms down first', es: 'Empiecen por normas acordadas' });
    expect(first.competency).to.deep.equal(c.CFItemURI);
    // itemUris, given at export, link an item that has no competency of its own; imported, it becomes one.
    const linked = caseRubricFromDefinition(teamAssessment, {
      lastChangeDateTime: WHEN,
      itemUris: { [teamAssessment.sections[0]!.items[1]!.id]: c.CFItemURI },
    });
    const imported = definitionFromCaseRubric(JSON.parse(JSON.stringify(linked)));
    if (!imported.success) throw new Error(JSON.stringify(imported.issues));
    expect(imported.data.sections[0]!.items[1]!.competency).to.deep.equal(c.CFItemURI);
  });

  /** A built-in definition, parsed as a host would. */
  const builtIn = (json: unknown): Rubric => {
    const parsed = parseDefinition(json);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    return parsed.data;
  };
  const outline = (rubric: Rubric) => rubric.sections.map((s) => [s.title, s.items.map((i) => i.title)]);

  it('exports a checklist as criteria without levels, and a plain CASE export of it imports back as the same checklist', () => {
    const rubric = builtIn(opportunityChecklist);
    const plain = JSON.parse(JSON.stringify(caseRubricFromDefinition(rubric, { plain: true, lastChangeDateTime: WHEN })));
    const checked = CaseRubricSchema.safeParse(plain);
    expect(checked.success, JSON.stringify(checked.error?.issues?.slice(0, 2))).to.equal(true);
    expect(plain.CFRubricCriteria).to.have.length(rubric.sections.flatMap((s) => s.items).length);
    for (const c of plain.CFRubricCriteria) expect(c.CFRubricCriterionLevels).to.deep.equal([]);
    const back = definitionFromCaseRubric(plain);
    if (!back.success) throw new Error(JSON.stringify(back.issues.slice(0, 3)));
    expect(back.data.layout).to.equal('checklist');
    expect(back.data.scale).to.deep.equal({ kind: 'checklist' });
    expect(outline(back.data)).to.deep.equal(outline(rubric));
    // With the definition in `extensions` (the default), it comes back whole, as before.
    const whole = definitionFromCaseRubric(JSON.parse(JSON.stringify(caseRubricFromDefinition(rubric, { lastChangeDateTime: WHEN }))));
    expect(whole.success && whole.data).to.deep.equal(rubric);
  });

  it('brings a plain CASE export of a prompt instrument back as a checklist of the same items (CASE cannot say an item is answered in words)', () => {
    const rubric = builtIn(lessonsLearned);
    expect(rubric.scale.kind).to.equal('prompt');
    const back = definitionFromCaseRubric(caseRubricFromDefinition(rubric, { plain: true, lastChangeDateTime: WHEN }));
    if (!back.success) throw new Error(JSON.stringify(back.issues.slice(0, 3)));
    expect(back.data.scale).to.deep.equal({ kind: 'checklist' });
    expect(outline(back.data)).to.deep.equal(outline(rubric));
  });

  it("imports another publisher's criteria without levels as a checklist, keeping categories and CFItemURI", () => {
    const cf = foreignRubric();
    for (const c of cf.CFRubricCriteria!) delete (c as { CFRubricCriterionLevels?: unknown }).CFRubricCriterionLevels;
    delete (cf.CFRubricCriteria![2] as { category?: string }).category;
    const link = {
      title: 'Uses data to plan',
      identifier: '00000000-0000-4000-8000-000000000901',
      uri: 'https://case.example/ims/case/v1p1/CFItems/00000000-0000-4000-8000-000000000901',
    };
    cf.CFRubricCriteria![0]!.CFItemURI = link;
    // A weight multiplies points, and a checklist has none: refused, naming the CASE field.
    const weighted = definitionFromCaseRubric(cf);
    expect(weighted.success ? [] : weighted.issues.map((i) => i.path)).to.deep.equal(['CFRubricCriteria[0].weight']);
    delete cf.CFRubricCriteria![0]!.weight;
    const result = definitionFromCaseRubric(cf);
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    expect(result.data.layout).to.equal('checklist');
    expect(result.data.scale).to.deep.equal({ kind: 'checklist' });
    expect(outline(result.data)).to.deep.equal([
      ['Planning', ['Meeting norms', 'Shared goals']],
      [cf.title, ['Looks at student work']],
    ]);
    // Criterion 0 is the second by position.
    const [norms, goals] = result.data.sections[0]!.items;
    expect(goals!.competency).to.deep.equal(link);
    expect(norms!.competency).to.equal(undefined);
  });

  it('refuses a rubric where some criteria have levels and some none, naming the criterion', () => {
    const cf = foreignRubric();
    cf.CFRubricCriteria![2]!.CFRubricCriterionLevels = [];
    const result = definitionFromCaseRubric(cf);
    expect(result.success ? [] : result.issues).to.deep.equal([
      {
        path: 'CFRubricCriteria[2].CFRubricCriterionLevels',
        message:
          'every criterion needs the same levels as the first (Developing, Proficient, Exemplary) to share one scale; this one has none',
      },
    ]);
  });

  it('takes one rubric out of a CFPackage', () => {
    const rubric = foreignRubric();
    const one = definitionFromCaseRubric({ CFDocument: {}, CFRubrics: [rubric] });
    expect(one.success).to.equal(true);
    const two = definitionFromCaseRubric({ CFRubrics: [rubric, { ...rubric, identifier: '00000000-0000-4000-8000-000000000002' }] });
    expect(two.success ? [] : two.issues).to.deep.equal([
      { path: 'CFRubrics', message: 'the package holds 2 rubrics: pass the identifier of one' },
    ]);
    const picked = definitionFromCaseRubric(
      { CFRubrics: [rubric, { ...rubric, identifier: '00000000-0000-4000-8000-000000000002' }] },
      { identifier: '00000000-0000-4000-8000-000000000002' },
    );
    expect(picked.success && picked.data.id).to.equal('case-00000000-0000-4000-8000-000000000002');
  });

  it('names the CASE field of every problem', () => {
    const cases: [string, (r: Record<string, any>) => void, { path: string; message: string }][] = [
      ['missing identifier', (r) => delete r['identifier'], { path: 'identifier', message: 'expected a UUID, but it is missing' }],
      [
        'bad uuid',
        (r) => (r['identifier'] = 'abc'),
        { path: 'identifier', message: 'expected a UUID such as "6f1c2c1e-1111-4111-8111-000000000001"' },
      ],
      [
        'bad date',
        (r) => (r['lastChangeDateTime'] = '24/01/2025'),
        { path: 'lastChangeDateTime', message: 'expected an ISO 8601 date-time such as "2025-01-24T00:00:00Z"' },
      ],
      [
        'relative uri',
        (r) => (r['uri'] = '/CFRubrics/1'),
        { path: 'uri', message: 'expected an absolute URI such as "https://…" or "urn:uuid:…"' },
      ],
      [
        'score as text',
        (r) => (r['CFRubricCriteria'][0]['CFRubricCriterionLevels'][1]['score'] = '2'),
        { path: 'CFRubricCriteria[0].CFRubricCriterionLevels[1].score', message: 'expected a number, got string' },
      ],
      [
        'fractional position',
        (r) => (r['CFRubricCriteria'][2]['position'] = 1.5),
        { path: 'CFRubricCriteria[2].position', message: 'expected a whole number' },
      ],
      ['no title', (r) => delete r['title'], { path: 'title', message: 'expected text: a rubric needs a title to be shown' }],
      ['no criteria', (r) => (r['CFRubricCriteria'] = []), { path: 'CFRubricCriteria', message: 'a rubric needs at least one criterion' }],
    ];
    for (const [name, spoil, issue] of cases) {
      const input = structuredClone(foreignRubric()) as Record<string, any>;
      spoil(input);
      const result = definitionFromCaseRubric(input);
      expect(result.success ? [] : result.issues, name).to.deep.include(issue);
    }
    const uneven = structuredClone(foreignRubric());
    uneven.CFRubricCriteria![2]!.CFRubricCriterionLevels![0]!.quality = 'Outstanding';
    const result = definitionFromCaseRubric(uneven);
    expect(result.success ? [] : result.issues).to.deep.equal([
      {
        path: 'CFRubricCriteria[2].CFRubricCriterionLevels',
        message:
          'every criterion needs the same levels as the first (Developing, Proficient, Exemplary) to share one scale; this one has Developing, Proficient, Outstanding',
      },
    ]);
  });

  it('refuses a competency or feedback a definition cannot keep, naming the field (in the definition and in CASE)', () => {
    const withItem = (extra: Record<string, unknown>) => {
      const rubric = structuredClone(teamAssessment);
      Object.assign(rubric.sections[0]!.items[0]!, extra);
      const parsed = parseDefinition(rubric);
      return parsed.success ? [] : parsed.issues.map((i) => [i.path, i.message]);
    };
    expect(withItem({ competency: { title: 'Team norms', identifier: 'norms-1' } })).to.deep.equal([
      ['sections[0].items[0].competency.identifier', 'expected a UUID such as "6f1c2c1e-1111-4111-8111-000000000001"'],
      ['sections[0].items[0].competency.uri', 'expected text, but it is missing'],
    ]);
    expect(withItem({ feedback: { '7': 'Keep going', '9': 'Past the top of the scale' } })).to.deep.equal([
      ['sections[0].items[0].feedback["9"]', 'no level has the id "9"'],
    ]);
    const cf = foreignRubric();
    cf.CFRubricCriteria![1]!.CFItemURI = { title: '', identifier: '5e0c4b52-0000-4000-8000-000000000201', uri: 'https://case.example/x' };
    const imported = definitionFromCaseRubric(cf);
    expect(imported.success).to.equal(false);
    if (imported.success) return;
    expect(imported.issues).to.deep.equal([
      {
        path: 'CFRubricCriteria[1].CFItemURI',
        message: 'expected text, got an empty string (as sections[0].items[0].competency.title of the definition)',
      },
    ]);
  });

  it('names the definition field when the carried definition is broken', () => {
    const exported = JSON.parse(JSON.stringify(caseRubricFromDefinition(teamAssessment, { lastChangeDateTime: WHEN })));
    exported.extensions[CASE_DEFINITION_EXTENSION].scale.levels[0].position = 'one';
    const result = definitionFromCaseRubric(exported);
    expect(result.success ? [] : result.issues.map((i) => i.path)).to.deep.equal([
      `extensions["${CASE_DEFINITION_EXTENSION}"].scale.levels[0].position`,
    ]);
  });
});
