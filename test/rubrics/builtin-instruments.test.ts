/**
 * Content tests for the instruments transcribed from the source documents besides the first four:
 * every text a definition shows is checked against the exact lines of the seed it came from
 * (test/fixtures/seed-excerpts.ts), and each instrument's items, levels and key sentences are
 * pinned to literal seed strings.
 */
import { expect } from '@open-wc/testing';
import buildingPartnership from '../../src/rubrics/building-partnership.json';
import collaborationSkills from '../../src/rubrics/collaboration-skills.json';
import collaborativeAttributes from '../../src/rubrics/collaborative-attributes.json';
import decisionContinuum from '../../src/rubrics/decision-continuum.json';
import developingNorms from '../../src/rubrics/developing-norms.json';
import groupNormsActivity from '../../src/rubrics/group-norms-activity.json';
import guidingPrinciples from '../../src/rubrics/guiding-principles.json';
import leadershipStructures from '../../src/rubrics/leadership-structures.json';
import lessonsLearned from '../../src/rubrics/lessons-learned.json';
import meetingsThatWork from '../../src/rubrics/meetings-that-work.json';
import normsInventory from '../../src/rubrics/norms-inventory.json';
import opportunityChecklist from '../../src/rubrics/opportunity-checklist.json';
import repeatableProcesses from '../../src/rubrics/repeatable-processes.json';
import resultsAnalysis from '../../src/rubrics/results-analysis.json';
import sltAssessing from '../../src/rubrics/slt-assessing-our-work.json';
import strengtheningPartnerships from '../../src/rubrics/strengthening-partnerships.json';
import sustainingStructures from '../../src/rubrics/sustaining-structures.json';
import whereNext from '../../src/rubrics/where-next.json';
import { formatIssues, parseDefinition } from '../../src/rubrics/parse.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import { SEED_EXCERPTS } from '../fixtures/seed-excerpts.js';

interface Case {
  readonly def: unknown;
  readonly kind: string;
  /** Items per section, in order. */
  readonly items: readonly number[];
  /** Strings that must be shown exactly as the seed prints them (each is also checked against the seed). */
  readonly exact: readonly string[];
  /** Texts this library wrote (instructions for the screen, labels of added rows, section titles). */
  readonly ours: readonly string[];
}

const CEC = 'Consortium for Educational Change';
const NEA = 'National Education Association';

const CASES: Record<string, Case> = {
  'norms-inventory': {
    def: normsInventory,
    kind: 'ordered',
    items: [3, 3, 3, 3, 3, 3, 3],
    exact: [
      'Place a mark on each scale, to reflect your perception of the behavior of group members.',
      'Rating the Consistency of Group Member Behavior',
      'Putting Ideas on the Table and Pulling Them Off',
      'Pursuing a Balance between Advocacy and Inquiry',
      'Advocates for own ideas and inquiries into the ideas of others: "Do you see any flaws in my reasoning?"',
      'Disagrees respectfully and openly with ideas and offers and seeks rationale for disagreement: "I am seeing this from the point of view of..."',
      'Low',
      'High',
    ],
    ours: ['Choose a point on each scale, from 1 (Low) to 4 (High), to reflect your perception of the behavior of group members.'],
  },
  'decision-continuum': {
    def: decisionContinuum,
    kind: 'ideal-point',
    items: [1],
    exact: [
      'I will ask if I need you.',
      'I will INFORM you prior to implementation.',
      'I will CONSULT with you before I decide.',
      'We will CO-CONSTRUCT the decision together.',
      'You will CONSULT with me before you decide.',
      'You will INFORM me prior to implementation.',
      'You will ask if you need me.',
      '4. Joint Decision',
    ],
    ours: [
      'Add each decision your team is making, and choose where it falls on the continuum: "My Decision" (points 1 to 3), "Joint Decision" (point 4) or "Your Decision" (points 5 to 7).',
      'Decision',
      'Decisions',
    ],
  },
  'meetings-that-work': {
    def: meetingsThatWork,
    kind: 'checklist',
    items: [4, 1, 4, 2, 7, 4, 2, 5, 2, 2, 1],
    exact: [
      'Recorder (Capture Key Discussion & Action Items)',
      'Majority Voting (trivial matter, clear options, division of group is OK)',
      'Seven Point Decision-Making Continuum Tool',
      'Call "Time Out" to Regroup if needed',
      'Identify Strengths and Opportunities for Improvement',
    ],
    ours: ["Tick each point that your team's meetings have."],
  },
  'opportunity-checklist': {
    def: opportunityChecklist,
    kind: 'checklist',
    items: [3, 8, 7, 5, 9],
    exact: [
      'Do students and educators at your school have everything they need? If not, this is your opportunity to speak up! On the lists below and on the following pages, place a checkmark next to the top areas where school needs to improve.',
      "It's important that your school is open to the community it serves.",
      'Healthy indoor air quality (free of mold, proper ventilation, and proper temperature control)',
      'Regular physical education classes (150 minutes in elementary school, 225 minutes in middle and high school)',
      'A community free from bullying and harassment',
      'Relevant, timely professional development',
    ],
    ours: [
      'Do students and educators at your school have everything they need? If not, this is your opportunity to speak up! In the lists below, tick the top areas where school needs to improve.',
    ],
  },
  'collaborative-attributes': {
    def: collaborativeAttributes,
    kind: 'checklist',
    items: [15],
    exact: [
      'We are honest with each other about our thoughts, feelings, and opinions',
      'We proactively engage, rather than wait and react',
      'We share information, and we expect sharing in return through reciprocity',
    ],
    ours: [
      'Discuss these attributes of collaborative partnerships with your partners, and tick the ones where you feel that both you and your partners agree with the statements.',
      'Collaborative Attributes',
    ],
  },
  'collaboration-skills': {
    def: collaborationSkills,
    kind: 'checklist',
    items: [31],
    exact: [
      'Actively listening to the concerns of team members',
      'Interviewing clients to determine their needs and preferences',
      'Making sure the perspectives of quieter collaborators is heard',
      'Working hard to fulfill obligations to the team',
    ],
    ours: ['Tick each skill that you bring to the collaboration table.', 'Collaboration Skills'],
  },
  'building-partnership': {
    def: buildingPartnership,
    kind: 'checklist',
    items: [6],
    exact: [
      'Discuss these components with your partners. What do they mean to you? What are your hopes and aspirations for your partnership in each component? After discussing the components you are committing to build together, all partners can write their initials in the box provided.',
      'Training and ongoing support in collaborative processes, relationship building, and subject matter expertise.',
    ],
    ours: [
      'Discuss these components with your partners. What do they mean to you? What are your hopes and aspirations for your partnership in each component? After discussing the components you are committing to build together, each partner ticks them.',
    ],
  },
  'strengthening-partnerships': {
    def: strengtheningPartnerships,
    kind: 'ordered',
    items: [6],
    exact: [
      'This tool can help your leadership team reflect on the strength of your partnerships by reviewing the key components below and considering how to continue strengthening those components.',
      'An agreement between administration and association/union leadership to work together with local stakeholders on plans to improve schools, and a pledge not to let each other fail.',
      'Connection to other education partnerships working on similar projects, or in a similar context, for sharing and mentorship.',
    ],
    ours: ['For each key component, choose Strong, Adequate or Needs Work, and write how you exhibited it.'],
  },
  'slt-assessing-our-work': {
    def: sltAssessing,
    kind: 'prompt',
    items: [8],
    exact: [
      'The Site Leadership Team: Assessing Our Work',
      'Length of time linked to SLT Membership',
      'What expectations are in place for SLT meetings? Members?',
      'How is this information used to enhance supports for students?',
      'Indicators',
    ],
    ours: ['For each criterion, answer its questions in the Indicators box.'],
  },
  'developing-norms': {
    def: developingNorms,
    kind: 'prompt',
    items: [6],
    exact: [
      'When Establishing Norms, Consider:',
      'Proposed Norms:',
      'How can we ensure open, honest conversations?',
      'How we will ensure broad participation from all stakeholders?',
    ],
    ours: ['For each topic, consider its questions and write your proposed norms.'],
  },
  'leadership-structures': {
    def: leadershipStructures,
    kind: 'prompt',
    items: [3],
    exact: ['Current Structure', 'Purpose', 'Stakeholders', 'Opportunities for Improvement', 'Team Members'],
    ours: ['Add each current structure, with its purpose, its stakeholders and its opportunities for improvement.', 'Current Structures'],
  },
  'lessons-learned': {
    def: lessonsLearned,
    kind: 'prompt',
    items: [4, 4, 4, 2],
    exact: [
      'We adhere to the allotted time for each section, so that the meeting can be accomplished in 60 minutes',
      'Look at evidence (project plans, survey results, student achievement data, other artifacts)',
      'What can we do to improve our working relationship for next time?',
    ],
    ours: [],
  },
  'results-analysis': {
    def: resultsAnalysis,
    kind: 'nominal',
    items: [1],
    exact: [
      'As a team, fill out a copy of this form for each major task (or group of related tasks) your team attempted, to help you gain clarity about how it went and what you want to do about it.',
    ],
    ours: [
      'As a team, add each major task (or group of related tasks) your team attempted, to help you gain clarity about how it went and what you want to do about it.',
      'Task',
      'Tasks',
    ],
  },
  'sustaining-structures': {
    def: sustainingStructures,
    kind: 'nominal',
    items: [1],
    exact: [
      "Consider the structures you've built to support your collaborative efforts. A structure can be anything formally created to encourage collaboration to occur (example: teams, committees, meetings).",
    ],
    ours: [
      "Add each structure you've built to support your collaborative efforts. A structure can be anything formally created to encourage collaboration to occur (example: teams, committees, meetings).",
      'Structure',
      'Structures',
    ],
  },
  'repeatable-processes': {
    def: repeatableProcesses,
    kind: 'nominal',
    items: [1],
    exact: ['If yes, how can you repeat for the future? If no, what can you change for next time?'],
    ours: [
      'Add each process you implemented during the various stages of collaboration (PREPARE, ACT, and REFLECT), say whether it was helpful, and write how you can repeat it or what you can change for next time.',
      'Process',
      'Processes',
    ],
  },
  'group-norms-activity': {
    def: groupNormsActivity,
    kind: 'prompt',
    items: [6],
    exact: [
      "This tool can help guide development of agreed-upon group norms to build trust and ensure participants' psychological safety throughout the collaborative process.",
      'To ensure equal voice, what commitments will we make to each other?',
      'Our records and notes from the meeting will be kept by:',
      'When describing the partnership to others, we will:',
    ],
    ours: ['For each of the six categories, consider its description and questions, and write the norms your group commits to.'],
  },
  'where-next': {
    def: whereNext,
    kind: 'prompt',
    items: [3],
    exact: ['The Where Are You Going Next? tool asks your team to identify its successes and consider your next steps.'],
    ours: ['Next Steps'],
  },
  'guiding-principles': {
    def: guidingPrinciples,
    kind: 'prompt',
    items: [5, 2],
    exact: [
      'Gather your partners together to discuss your shared vision for the partnership. Keep the focus on the relationships, not a particular topic.',
      'When your partner is not in the room, how will you speak to others of them and this partnership?',
      'We will honor these principles in our relationship with one another by...',
    ],
    ours: ['Discuss'],
  },
};

/** Parses a built-in definition, failing the test with readable issues if it is invalid. */
function parsed(def: unknown): Rubric {
  const result = parseDefinition(def);
  if (!result.success) expect.fail(formatIssues(result.issues));
  return (result as { success: true; data: Rubric }).data;
}

const str = (text: unknown): string => {
  expect(text, 'expected a plain string').to.be.a('string');
  return text as string;
};

interface Shown {
  readonly text: string;
  readonly where: string;
  /** Text inside something marked `reconstructed`. */
  readonly rebuilt: boolean;
}

/** Every text of a definition that claims to come from the source, with where it is. */
function shownTexts(rubric: Rubric): Shown[] {
  const out: Shown[] = [];
  const add = (text: unknown, where: string, rebuilt = false) => {
    if (text !== undefined) out.push({ text: str(text), where, rebuilt });
  };
  const whole = rubric.reconstructed !== undefined;
  add(rubric.title, 'title');
  add(rubric.description, 'description', whole);
  // Screen instructions are the library's when the source's own wording is kept beside them.
  for (const i of rubric.originalInstructions ?? []) add(i, 'originalInstructions', whole);
  for (const i of rubric.instructions ?? []) add(i, 'instructions', whole);
  add(rubric.scale.label, 'scale.label');
  add(rubric.scale.anchors?.low, 'scale.anchors.low');
  add(rubric.scale.anchors?.high, 'scale.anchors.high');
  for (const level of rubric.scale.levels ?? []) {
    add(level.label, `level ${level.id}`, level.reconstructed !== undefined);
    add(level.meaning, `level ${level.id} meaning`, level.reconstructed !== undefined);
  }
  for (const section of rubric.sections) {
    add(section.title, `section ${section.id}`);
    add(section.description, `section ${section.id} description`);
    for (const item of section.items) {
      const rebuilt = item.reconstructed !== undefined;
      add(item.title, `item ${item.id}`, rebuilt);
      add(item.description, `item ${item.id} description`, rebuilt);
      for (const q of item.questions ?? []) add(q, `item ${item.id} question`, rebuilt);
    }
  }
  for (const field of [...(rubric.responseFields ?? []), ...(rubric.itemFields ?? []), ...(rubric.subjects?.fields ?? [])]) {
    if (!field.addition) add(field.label, `field ${field.id}`);
  }
  add(rubric.subjects?.label, 'subjects.label');
  add(rubric.subjects?.pluralLabel, 'subjects.pluralLabel');
  return out;
}

/** Whitespace-free, lower-case: the extraction breaks lines and cells anywhere. */
const compact = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/**
 * Splits `text` into the fewest pieces that each occur in `source` (greedy longest match), or
 * returns null when some character occurs nowhere. A faithful transcription is one piece, or a few
 * long ones where the extraction cut a sentence into table cells.
 */
function pieces(text: string, source: string): string[] | null {
  const t = compact(text);
  const s = compact(source);
  const out: string[] = [];
  let i = 0;
  while (i < t.length) {
    let n = 0;
    while (i + n < t.length && s.includes(t.slice(i, i + n + 1))) n++;
    if (n === 0) return null;
    out.push(t.slice(i, i + n));
    i += n;
  }
  return out;
}

/** At most `max` pieces, each but the last at least `min` characters: re-joined cells, nothing invented. */
function drawnFrom(text: string, source: string, max: number, min: number): boolean {
  const found = pieces(text, source);
  return found !== null && found.length <= max && found.slice(0, -1).every((p) => p.length >= min);
}

describe('built-in instruments: content against the source documents', () => {
  for (const [id, c] of Object.entries(CASES)) {
    describe(id, () => {
      const excerpt = SEED_EXCERPTS[id]!;

      it('is a valid definition of its kind, with its source cited by document, publisher, year and page', () => {
        const rubric = parsed(c.def);
        expect(rubric.id).to.equal(id);
        expect(rubric.scale.kind ?? 'ordered').to.equal(c.kind);
        const src = rubric.source!;
        expect(src.publisher).to.equal(excerpt.seed.startsWith('002') ? CEC : NEA);
        expect(src.year).to.equal(excerpt.seed.startsWith('002') ? 2018 : 2019);
        expect(src.document).to.match(
          excerpt.seed.startsWith('002')
            ? /^Resource Guidebook: Cultivating a Culture of Collaboration/
            : /^Collaborating for Student Success/,
        );
        expect(src.pages).to.match(/^\d+(-\d+)?\b/);
      });

      it('has every item of the source, section by section', () => {
        const rubric = parsed(c.def);
        expect(rubric.sections.map((s) => s.items.length)).to.deep.equal([...c.items]);
      });

      it('shows the source wording exactly where the extraction kept it', () => {
        const texts = shownTexts(parsed(c.def)).map((t) => t.text);
        for (const s of c.exact) {
          expect(excerpt.text.replace(/\s+/g, ' '), `the seed prints "${s}"`).to.contain(s);
          expect(texts, `the definition shows "${s}"`).to.include(s);
        }
      });

      it('takes every other text from the source lines, re-joining cut cells and inventing nothing', () => {
        const shown = shownTexts(parsed(c.def));
        for (const { text, where, rebuilt } of shown) {
          if (c.ours.includes(text)) continue;
          if (rebuilt) {
            // Supplied words are in square brackets and what is outside them comes from the seed; a
            // rebuilt text without brackets is vouched for by its `reconstructed` evidence alone.
            const kept = text.replace(/\[[^\]]*\]/g, ' ');
            if (kept !== text) expect(drawnFrom(kept, excerpt.text, 12, 3), `${where}: "${text}" (outside the brackets)`).to.equal(true);
          } else {
            expect(text, `${where}: only reconstructed text has supplied [words]`).to.not.match(/\[[^\]]*\]/);
            expect(drawnFrom(text, excerpt.text, 8, 4), `${where}: "${text}" is not in ${excerpt.seed} lines ${excerpt.lines}`).to.equal(
              true,
            );
          }
        }
        // The library's own texts are really shown (a stale entry here would hide nothing).
        for (const s of c.ours)
          expect(
            shown.map((t) => t.text),
            `"${s}" is shown`,
          ).to.include(s);
      });

      it('marks every reconstruction with the seed lines and the raw fragments it was rebuilt from', () => {
        const rubric = parsed(c.def);
        const marks = [
          rubric.reconstructed,
          ...(rubric.scale.levels ?? []).map((l) => l.reconstructed),
          ...rubric.sections.flatMap((s) => s.items.map((i) => i.reconstructed)),
        ].filter((r) => r !== undefined);
        for (const r of marks) {
          expect(r.source).to.contain(excerpt.seed);
          expect(r.note).to.match(/\w/);
          // Each quoted raw fragment that claims to be extracted text is in the seed, character for character.
          const quoted = [...(r.detail ?? '').matchAll(/"([^"]{12,})"/g)].map((m) => m[1]!);
          expect(
            quoted.some((q) => excerpt.text.includes(q)),
            `${r.source}: quotes the raw text`,
          ).to.equal(true);
        }
      });
    });
  }

  it('does not show a shared text with two wordings: the key components follow each tool', () => {
    const building = parsed(buildingPartnership).sections[0]!.items.map((i) => str(i.title));
    const strengthening = parsed(strengtheningPartnerships).sections[0]!.items.map((i) => str(i.title));
    // Page 81 says "district and education association/union leadership"; the reflection exercise "administration and association/union leadership".
    expect(building[0]).to.contain('between district and education association/union leadership');
    expect(strengthening[0]).to.contain('between administration and association/union leadership');
    expect(building.slice(1)).to.deep.equal(strengthening.slice(1));
  });
});
