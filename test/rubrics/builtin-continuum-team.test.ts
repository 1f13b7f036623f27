import { expect } from '@open-wc/testing';
import continuumDef from '../../src/rubrics/relationship-continuum.json';
import teamDef from '../../src/rubrics/team-assessment.json';
import { formatIssues, parseDefinition } from '../../src/rubrics/parse.js';
import type { Rubric } from '../../src/rubrics/schema.js';

/** Parses a built-in definition, failing the test with readable issues if it is invalid. */
function parsed(def: unknown): Rubric {
  const result = parseDefinition(def);
  if (!result.success) expect.fail(formatIssues(result.issues));
  return (result as { success: true; data: Rubric }).data;
}

/** Text fields of these definitions are plain strings; this narrows the localized type. */
function str(text: unknown): string {
  expect(text, 'expected a plain string').to.be.a('string');
  return text as string;
}

const items = (rubric: Rubric) => rubric.sections.flatMap((s) => s.items);

describe('built-in rubric: Effective Team Assessment', () => {
  const team = parsed(teamDef);

  it('is a valid definition', () => {
    expect(parseDefinition(teamDef).success).to.equal(true);
    expect(team.id).to.equal('team-assessment');
    expect(team.version).to.equal('1.0.0');
    expect(team.layout).to.equal('bipolar-scale');
    expect(team.source?.publisher).to.equal('Consortium for Educational Change');
    expect(team.source?.year).to.equal(2018);
  });

  it('has nine dimensions in one section, each with both anchors', () => {
    expect(team.sections).to.have.length(1);
    expect(team.sections[0]!.id).to.equal('dimensions');
    const all = items(team);
    expect(all.map((i) => i.id)).to.deep.equal([
      'goals-objectives',
      'resources',
      'trust-conflict',
      'leadership',
      'control-procedures',
      'communication',
      'problem-solving',
      'experimentation',
      'evaluation',
    ]);
    expect(all.map((i) => i.code)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    for (const item of all) {
      expect(str(item.anchors?.low), `${item.id} low`).to.not.equal('');
      expect(str(item.anchors?.high), `${item.id} high`).to.not.equal('');
      expect(item.anchors!.low).to.not.equal(item.anchors!.high);
    }
  });

  it('rates on seven levels, positions 1..7', () => {
    const levels = team.scale.levels;
    expect(levels!.map((l) => l.id)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7']);
    expect(levels!.map((l) => l.label)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7']);
    expect(levels!.map((l) => l.position)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(levels!.some((l) => l.notApplicable)).to.equal(false);
  });

  it('says where every reconstructed anchor came from', () => {
    const rebuilt = items(team).filter((i) => i.reconstructed);
    // Every dimension lost at least one anchor to the two-column extraction.
    expect(rebuilt).to.have.length(9);
    for (const item of rebuilt) {
      expect(item.reconstructed!.source).to.match(/^002_9417dedb913113de\.txt, Effective Team Assessment \(lines ~\d+-\d+\)$/);
      // A short sentence for respondents; the evidence for authors is in `detail`.
      expect(item.reconstructed!.note).to.match(/anchors? (statements )?(is|are) rebuilt from fragments/i);
      expect(item.reconstructed!.detail).to.match(/anchor rebuilt from/i);
      expect(item.reconstructed!.detail).to.contain('Raw extracted line');
    }
    // The notes quote the garbled fragments themselves.
    const note = (id: string) => items(team).find((i) => i.id === id)!.reconstructed!.detail;
    expect(note('goals-objectives')).to.contain('There is a lack understood go objectives');
    expect(note('control-procedures')).to.contain('re are effective to guide team ream members ese procedures ate themselves.');
    expect(note('leadership')).to.contain('One person do team- leadersh not carried out');
  });

  it("keeps the intact anchors and the paper's instructions verbatim, with screen instructions beside them", () => {
    const byId = new Map(items(team).map((i) => [i.id, i]));
    expect(team.instructions?.join(' ')).to.not.contain('Circle');
    expect(team.originalInstructions).to.deep.equal([
      'Rate your team on each of the following nine dimensions, using a scale of one to seven, to indicate your assessment of your team and the way it functions. Circle the number on each scale that you feel is most descriptive of your team.',
    ]);
    expect(byId.get('control-procedures')!.anchors!.low).to.equal(
      'There is little control, and there is a lack of procedure to guide team functioning',
    );
    expect(byId.get('trust-conflict')!.anchors!.high).to.equal(
      'There is a high degree of trust among team members, & conflict is dealt with openly & worked through',
    );
    expect(byId.get('experimentation')!.anchors!.low).to.equal('The team is rigid and does not experiment with how things are done');
    expect(byId.get('evaluation')!.anchors!.low).to.equal('The team never evaluates its functioning or processes');
    expect(byId.get('goals-objectives')!.anchors).to.deep.equal({
      low: 'There is a lack of commonly understood goals and objectives',
      high: 'Team members understand and agree on goals and objectives',
    });
  });

  it('asks for date, team and role', () => {
    expect(team.responseFields?.map((f) => [f.id, f.type])).to.deep.equal([
      ['date', 'date'],
      ['team', 'text'],
      ['role', 'text'],
    ]);
    expect(team.responseFields?.[2]?.label).to.equal('Your role');
  });
});

describe('built-in rubric: Relationship Continuum Self-Assessment', () => {
  const continuum = parsed(continuumDef);

  it('is a valid definition', () => {
    expect(parseDefinition(continuumDef).success).to.equal(true);
    expect(continuum.id).to.equal('relationship-continuum');
    expect(continuum.layout).to.equal('continuum');
    expect(continuum.source?.publisher).to.equal('National Education Association');
    expect(continuum.source?.year).to.equal(2019);
  });

  it('ends in Cooperative and Partner, both targets', () => {
    const levels = continuum.scale.levels;
    expect(levels!.length).to.be.within(4, 5);
    const [cooperative, partner] = levels!.slice(-2);
    expect([cooperative!.id, cooperative!.label, cooperative!.target]).to.deep.equal(['cooperative', 'Cooperative', true]);
    expect([partner!.id, partner!.label, partner!.target]).to.deep.equal(['partner', 'Partner', true]);
    const positions = levels!.map((l) => l.position!);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).to.equal(positions.length);
  });

  it("marks the lower stages (and the targets' meanings) as reconstructed, saying from where", () => {
    const levels = continuum.scale.levels;
    for (const level of levels!.slice(0, -2)) {
      expect(level.target, level.id).to.not.equal(true);
      expect(level.reconstructed, level.id).to.not.equal(undefined);
    }
    for (const level of levels!) {
      expect(str(level.meaning), level.id).to.not.equal('');
      expect(level.reconstructed?.source, level.id).to.contain('003_dac4f1c8537f0f63.txt');
      expect(level.reconstructed?.note, level.id).to.contain('continuum graphic');
      expect(level.reconstructed?.detail, level.id).to.match(/"[^"]{20,}"/);
    }
  });

  it('rates potential partners with a How to Strengthen field', () => {
    expect(continuum.sections.map((s) => s.id)).to.deep.equal(['relationship']);
    expect(items(continuum).map((i) => [i.id, i.title])).to.deep.equal([['current-relationship', 'Current Relationship Continuum']]);
    const subjects = continuum.subjects!;
    expect(subjects.label).to.equal('Potential Partner');
    expect(subjects.pluralLabel).to.equal('Potential Partners');
    expect(subjects.max).to.equal(30);
    expect(subjects.fields).to.deep.equal([{ id: 'strengthen', label: 'How to Strengthen', type: 'textarea', maxLength: 2000 }]);
    expect(subjects.suggestions).to.include.members(['District administration', 'Education association/union', 'School board']);
    expect(continuum.responseFields?.map((f) => f.id)).to.deep.equal(['date', 'organization', 'role']);
  });

  it("keeps the seed's introduction and the paper's instructions verbatim, with screen instructions beside them", () => {
    expect(continuum.description).to.equal(
      'This tool can help you consider the nature of your working relationships and understand how you might work to improve them, so that they fall into the "Cooperative" or "Partner" category.',
    );
    expect(continuum.instructions?.join(' ')).to.not.match(/next page|column/);
    expect(continuum.originalInstructions?.[0]).to.equal(
      'Consider the stakeholders in your system, and assess your relationship with them using the continuum. Where do you believe the relationships fall? Place your answers in the first two columns of the table on the next page.',
    );
    expect(continuum.originalInstructions?.[1]).to.equal(
      'As your collaboration progresses, consider which characteristics you and your partners need to attend to in order to move towards Cooperative and Partner. Brainstorm ways that you might strengthen your relationship and put your thoughts in the last column of the table.',
    );
    const partner = continuum.scale.levels!.find((l) => l.id === 'partner')!;
    expect(partner.reconstructed!.detail).to.contain(
      'Such a partnership involves increased educator involvement, shared decision making, mutual respect, transparency, and trust.',
    );
  });
});

describe('corrections found by a word-by-word comparison with the seeds', () => {
  const team = parsed(teamDef);
  const continuum = parsed(continuumDef);

  it("says plainly, where respondents read it, that the continuum's lower stages are this library's own model", () => {
    const said = continuum.instructions!.map(str).join(' ');
    expect(said).to.contain('The guidebook names only the Cooperative and Partner stages.');
    expect(said).to.contain('"a necessary and important process", not a lower rung');
    const lower = continuum.scale.levels!.filter((l) => ['top-down', 'push-pull', 'interest-based'].includes(l.id));
    expect(
      lower.map((l) => l.reconstructed?.note).every((n) => typeof n === 'string' && n.startsWith("collab-rubrics' own stage")),
    ).to.equal(true);
  });

  it("flags the team assessment's guessed words with the other reading", () => {
    const note = (id: string) => items(team).find((i) => i.id === id)!.reconstructed!.note;
    expect(note('goals-objectives')).to.contain('"of commonly" in the low anchor is a guess').and.contain('"of clearly"');
    expect(note('leadership'))
      .to.contain('is a guess')
      .and.contain('One person dominates the team; leadership roles are not carried out or shared');
  });

  it('marks the fields the paper forms do not have as additions', () => {
    expect(team.responseFields!.every((f) => f.addition === true)).to.equal(true);
    expect(continuum.responseFields!.every((f) => f.addition === true)).to.equal(true);
  });
});
