import { expect } from '@open-wc/testing';
import { parseDefinition } from '../../src/rubrics/parse.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import coherenceJson from '../../src/rubrics/coherence-progression.json';
import sltJson from '../../src/rubrics/slt-indicators.json';

function parsed(input: unknown): Rubric {
  const result = parseDefinition(input);
  if (!result.success) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.data;
}

function item(def: Rubric, id: string) {
  const found = def.sections.flatMap((s) => s.items).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('built-in rubric: Coherence Progression', () => {
  it('validates against the schema', () => {
    const result = parseDefinition(coherenceJson);
    expect(result.success, result.success ? '' : JSON.stringify(result.issues)).to.equal(true);
  });

  it('has the identity and layout of the built-in definition', () => {
    const def = parsed(coherenceJson);
    expect(def.id).to.equal('coherence-progression');
    expect(def.version).to.equal('1.0.0');
    expect(def.layout).to.equal('descriptor-grid');
    expect(def.title).to.equal('Coherence Progression: From Thinking to Doing');
    expect(def.source?.year).to.equal(2018);
    expect(def.source?.edition).to.equal('Updated October 2018');
    expect(def.notes?.length ?? 0).to.be.greaterThan(0);
  });

  it('rates on Emerging, Accelerating, Mastering, lowest first', () => {
    const def = parsed(coherenceJson);
    expect(def.scale.levels!.map((l) => l.id)).to.deep.equal(['emerging', 'accelerating', 'mastering']);
    expect(def.scale.levels!.map((l) => l.label)).to.deep.equal(['Emerging', 'Accelerating', 'Mastering']);
    expect(def.scale.levels!.map((l) => l.position)).to.deep.equal([1, 2, 3]);
  });

  it('has 4 drivers, 14 components and 42 non-empty descriptors', () => {
    const def = parsed(coherenceJson);
    expect(def.sections.map((s) => s.id)).to.deep.equal([
      'focusing-direction',
      'collaborative-cultures',
      'deepening-learning',
      'securing-accountability',
    ]);
    expect(def.sections.map((s) => s.title)).to.deep.equal([
      'Focusing Direction',
      'Cultivating Collaborative Cultures',
      'Deepening Learning',
      'Securing Accountability',
    ]);
    expect(def.sections.map((s) => s.items.map((i) => i.code).join(''))).to.deep.equal(['ABCD', 'ABCD', 'ABC', 'ABC']);
    const items = def.sections.flatMap((s) => s.items);
    expect(items).to.have.length(14);
    const descriptors = items.flatMap((i) => Object.values(i.descriptors ?? {}));
    expect(descriptors).to.have.length(42);
    for (const d of descriptors) {
      expect(d).to.be.a('string');
      expect((d as string).trim().length).to.be.greaterThan(20);
    }
    for (const i of items) expect(Object.keys(i.descriptors ?? {})).to.deep.equal(['emerging', 'accelerating', 'mastering']);
  });

  it('carries Opportunity and a note per component, and date, school, team, role per response', () => {
    const def = parsed(coherenceJson);
    expect(def.itemFields?.map((f) => [f.id, f.type])).to.deep.equal([
      ['opportunity', 'checkbox'],
      ['note', 'textarea'],
    ]);
    expect(def.responseFields?.map((f) => [f.id, f.type])).to.deep.equal([
      ['date', 'date'],
      ['school', 'text'],
      ['team', 'text'],
      ['role', 'text'],
    ]);
    expect(def.responseFields?.find((f) => f.id === 'role')?.label).to.equal('Your role');
  });

  it('keeps the rubric-page names as titles and the summary-grid names as aliases', () => {
    const def = parsed(coherenceJson);
    const aliased = def.sections
      .flatMap((s) => s.items)
      .filter((i) => i.aliases)
      .map((i) => [i.id, i.title, i.aliases?.map((a) => [a.title, a.context])]);
    expect(aliased).to.deep.equal([
      [
        'collaborative-cultures-d',
        'Structures and processes support intentional collaborative work',
        [['Structures and processes support intentional collaboration', 'Summary grid']],
      ],
      [
        'deepening-learning-b',
        'A set of effective pedagogical practices are known and used by all educators',
        [['A set of effective pedagogical practices are known and used by educators', 'Summary grid']],
      ],
      [
        'deepening-learning-c',
        'Robust processes such as collaborative inquiry and examining student work are used regularly to improve practice',
        [['Robust and authentic processes used regularly to improve practice', 'Summary grid']],
      ],
      [
        'securing-accountability-a',
        'Educators take responsibility for continuously improving results',
        [['Continuously improving results', 'Summary grid']],
      ],
      [
        'securing-accountability-b',
        'Underperformance is an opportunity for growth, not blame',
        [['Underperformance is an opportunity for growth not blame', 'Summary grid']],
      ],
    ]);
    expect(item(def, 'focusing-direction-a').title).to.equal('Shared purpose drives action');
    expect(item(def, 'securing-accountability-c').title).to.equal('External accountability is used transparently to benchmark progress');
  });

  it('transcribes descriptors verbatim from the guidebook', () => {
    const def = parsed(coherenceJson);
    expect(item(def, 'focusing-direction-a').descriptors?.['emerging']).to.equal(
      'A stated purpose or focus for the organization exists in formal documents but is not widely shared and does not drive decisions.',
    );
    expect(item(def, 'collaborative-cultures-c').descriptors?.['mastering']).to.equal(
      'A powerful culture of learning pervades the school/district as the way we do things here. Learning collaboratively is the norm. Strong trust exists and supports innovation and risk taking. Learning opportunities are rich and diverse with an emphasis on collaborative learning. Opportunities to apply the learning in role are supported consistently. Successes are celebrated and shared and challenges seen as opportunities for deeper learning.',
    );
    expect(item(def, 'deepening-learning-b').descriptors?.['emerging']).to.equal(
      'A comprehensive framework for learning that identifies goals and high-yield pedagogies is in the beginning stages of development but is not understood widely or used consistently to guide learning.',
    );
    // The source's own slips are kept.
    expect(item(def, 'deepening-learning-b').descriptors?.['accelerating']).to.contain(
      'A strategy for fostering deep learning accelerated by digital is bring developed.',
    );
    expect(item(def, 'securing-accountability-a').descriptors?.['emerging']).to.contain(
      'Processes such as examination of student work and collaborative inquiry are used by some educators buy not consistently in the school or district.',
    );
    expect(item(def, 'securing-accountability-c').descriptors?.['accelerating']).to.contain(
      'The school or district has established standards and expectations for learning, teaching, and leadership, but they may not by understood and used consistently.',
    );
    expect(item(def, 'securing-accountability-b').descriptors?.['mastering']).to.equal(
      'Ongoing monitoring of the performance of the system, including direct intervention in cases of persistent underperformance, is an opportunity for growth. Performance processes are undertaken by respected peers and leaders and developed with teacher leaders so that the quality of teaching becomes collective responsibility. Interventions for underperforming schools are developed as a partnership and focus on capacity building, not buying short-term solutions.',
    );
    expect(item(def, 'securing-accountability-c').descriptors?.['mastering']).to.match(
      /student sense of control over destiny and engagement in learning\.$/,
    );
  });
});

describe('built-in rubric: School (Site) Leadership Team indicators', () => {
  it('validates against the schema', () => {
    const result = parseDefinition(sltJson);
    expect(result.success, result.success ? '' : JSON.stringify(result.issues)).to.equal(true);
  });

  it('has the identity and layout of the built-in definition', () => {
    const def = parsed(sltJson);
    expect(def.id).to.equal('slt-indicators');
    expect(def.version).to.equal('1.0.0');
    expect(def.layout).to.equal('indicator-table');
    expect(def.source?.year).to.equal(2018);
    expect(def.notes?.length ?? 0).to.be.greaterThan(0);
    expect(def.responseFields?.map((f) => [f.id, f.type, f.label])).to.deep.equal([
      ['date', 'date', 'Date'],
      ['school', 'text', 'School'],
    ]);
    expect(def.itemFields?.map((f) => [f.id, f.type])).to.deep.equal([['note', 'textarea']]);
  });

  it('rates on five stages with N/A as the lowest stage, not "not applicable"', () => {
    const def = parsed(sltJson);
    const levels = def.scale.levels;
    expect(levels).to.have.length(5);
    expect(levels!.map((l) => [l.id, l.label, l.shortLabel, l.meaning, l.position])).to.deep.equal([
      ['na', 'N/A', 'N/A', 'No conversation or action', 0],
      ['initiating', 'Initiating', 'I', 'Some conversation but no action', 1],
      ['beginning', 'Beginning', 'B', 'Some action but not effective', 2],
      ['progressing', 'Progressing', 'P', 'Effective action', 3],
      ['sustaining', 'Sustaining', 'S', 'Effective action with monitoring and results', 4],
    ]);
    for (const l of levels!) expect(l.notApplicable).to.not.equal(true);
    const lowest = levels!.reduce((a, b) => ((a.position ?? 0) <= (b.position ?? 0) ? a : b));
    expect(lowest.id).to.equal('na');
  });

  it('has 4 sections and 14 indicators in the seed order', () => {
    const def = parsed(sltJson);
    expect(def.sections.map((s) => s.title)).to.deep.equal([
      'Set Direction',
      'Empower and Support',
      'Monitor and Communicate',
      'Evaluate and Improve',
    ]);
    expect(def.sections.map((s) => s.items.length)).to.deep.equal([5, 3, 4, 2]);
    expect(def.sections.flatMap((s) => s.items)).to.have.length(14);
  });

  it('transcribes every indicator verbatim', () => {
    const def = parsed(sltJson);
    expect(def.sections.flatMap((s) => s.items.map((i) => i.title))).to.deep.equal([
      'The SLT leads a school improvement process that determines school goals by analyzing data and information linked to teaching and learning.',
      'School goals focus on improving student learning.',
      'The school improvement process includes major stakeholders. Action plans are developed.',
      'School goals and action plans are repeatedly communicated to all stakeholders.',
      'SLT members use the Mission, Vision, and Values of the school to guide decision-making.',
      'SLT identifies barriers to achieving school goals.',
      'SLT develops creative solutions to address barriers to achieving school goals.',
      'SLT involves the school community in problem solving barriers to achieving school goals.',
      'SLT systematically collects and analyzes data related to school goals from all stakeholders.',
      'SLT communicates progress toward school goals to all stakeholders.',
      'SLT identifies and communicates barriers to achievement of school goals.',
      'SLT celebrates progress and achievement of school goals with school community.',
      'SLT has standard processes it follows to do business.',
      'SLT evaluates the effectiveness of each process. SLT evaluates each meeting.',
    ]);
  });
});
