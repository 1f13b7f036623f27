import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { CrRubric } from '../src/components/rubric/rubric.js';
import type { RubricResponse } from '../src/rubrics/schema.js';
import { FILLED } from '../test/fixtures/instrument-data.js';

// Every built-in instrument besides the four with an element of their own, shown by id with
// `<cr-rubric rubric="…">`, empty and filled. The catalogue is docs/rubrics.md.

interface Args {
  rubric: string;
  value?: RubricResponse | null;
}

const meta = {
  title: 'Instruments',
  component: 'cr-rubric',
  render: (args) => html`<cr-rubric rubric=${args.rubric} .value=${args.value ?? null}></cr-rubric>`,
} satisfies Meta<Args>;

export default meta;

type Story = StoryObj<Args>;

/** Waits for the built-in to load, then checks that it shows its title and, when filled, its answers. */
const loads =
  (title: string): Story['play'] =>
  async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<CrRubric>('cr-rubric')!;
    await waitFor(() => expect(el.rubric?.title).toBe(title));
    await el.updateComplete;
    await expect(el.shadowRoot!.textContent).toContain(title);
    if (args.value) await expect(el.score).toBeDefined();
  };

const CEC = 'CEC, Resource Guidebook (2018)';
const NEA = 'NEA, Collaborating for Student Success (2019)';

/** Title shown and a sentence for the Docs page, per built-in id. */
const INFO: Record<string, readonly [title: string, what: string]> = {
  'norms-inventory': ['Norms Inventory', `${CEC}, pp. 36-38: 21 statements rated 1-4 between Low and High.`],
  'decision-continuum': [
    'Seven Point Decision-Making Continuum',
    `${CEC}, p. 34: decisions the respondent adds, each placed on the seven points (an ideal point, not "higher is better").`,
  ],
  'meetings-that-work': ['Meetings That Work', `${CEC}, Effective Team Management: a checklist of 34 points in 11 elements.`],
  'developing-norms': ['Developing Norms', `${CEC}, p. 39: six topics with their questions, answered as proposed norms.`],
  'leadership-structures': [
    'Leadership Structures: Reviewing Purpose and Voice',
    `${CEC}, Leadership Team Resources: structures the respondent adds, each with its purpose, stakeholders and opportunities.`,
  ],
  'slt-assessing-our-work': [
    'The Site Leadership Team: Assessing Our Work',
    `${CEC}, Leadership Team Resources: eight criteria with their questions, answered as indicators.`,
  ],
  'opportunity-checklist': ["NEA's Opportunity Checklist", `${NEA}, pp. 53-59: 32 areas in five groups; tick the top areas.`],
  'collaborative-attributes': [
    'Collaborative Attributes: Commitment List',
    `${NEA}: 15 attributes each partner ticks where all partners agree.`,
  ],
  'collaboration-skills': ['Collaboration Skills Checklist', `${NEA}: 31 skills, a self-reflection checklist.`],
  'building-partnership': ['Building a Strong Partnership', `${NEA}, p. 81: six key components every partner commits to.`],
  'results-analysis': ['Results Analysis Template', `${NEA}, pp. 146-147: tasks the team adds; adopt, adapt or abandon each (no order).`],
  'strengthening-partnerships': [
    'Strengthening Partnerships',
    `${NEA}, pp. 148-151: six components rated Needs Work, Adequate or Strong, with how each was exhibited.`,
  ],
  'lessons-learned': ['Lessons Learned Discussion Template', `${NEA}, p. 152: fourteen questions in four timed sections.`],
  'sustaining-structures': [
    'Sustaining Collaborative Structures',
    `${NEA}: structures the team adds; sustainable or not, and what to change.`,
  ],
  'group-norms-activity': [
    'Group Norms Activity',
    `${NEA}: six categories of group norms, each with its questions and the commitment template's sentence starter.`,
  ],
  'where-next': ['Where Are You Going Next?', `${NEA}: three questions on the team's successes and next steps.`],
  'guiding-principles': [
    'Guiding Principles, Guiding Behaviors: Codifying Your Commitments',
    `${NEA}: five discussion questions, then the partners' guiding principles and behaviors.`,
  ],
  'repeatable-processes': [
    'Identifying Repeatable Processes',
    `${NEA}: processes the team adds; helpful or not, and how to repeat or change them.`,
  ],
};

const story = (rubric: string, filled: boolean): Story => ({
  args: { rubric, value: filled ? FILLED[rubric]! : null },
  play: loads(INFO[rubric]![0]),
  parameters: { docs: { description: { story: `${INFO[rubric]![1]} ${filled ? 'Filled with a made-up answer.' : 'Empty.'}` } } },
});

export const NormsInventoryEmpty = story('norms-inventory', false);
export const NormsInventoryFilled = story('norms-inventory', true);
export const DecisionContinuumEmpty = story('decision-continuum', false);
export const DecisionContinuumFilled = story('decision-continuum', true);
export const MeetingsThatWorkEmpty = story('meetings-that-work', false);
export const MeetingsThatWorkFilled = story('meetings-that-work', true);
export const DevelopingNormsEmpty = story('developing-norms', false);
export const DevelopingNormsFilled = story('developing-norms', true);
export const LeadershipStructuresEmpty = story('leadership-structures', false);
export const LeadershipStructuresFilled = story('leadership-structures', true);
export const SltAssessingOurWorkEmpty = story('slt-assessing-our-work', false);
export const SltAssessingOurWorkFilled = story('slt-assessing-our-work', true);
export const OpportunityChecklistEmpty = story('opportunity-checklist', false);
export const OpportunityChecklistFilled = story('opportunity-checklist', true);
export const CollaborativeAttributesEmpty = story('collaborative-attributes', false);
export const CollaborativeAttributesFilled = story('collaborative-attributes', true);
export const CollaborationSkillsEmpty = story('collaboration-skills', false);
export const CollaborationSkillsFilled = story('collaboration-skills', true);
export const BuildingPartnershipEmpty = story('building-partnership', false);
export const BuildingPartnershipFilled = story('building-partnership', true);
export const ResultsAnalysisEmpty = story('results-analysis', false);
export const ResultsAnalysisFilled = story('results-analysis', true);
export const StrengtheningPartnershipsEmpty = story('strengthening-partnerships', false);
export const StrengtheningPartnershipsFilled = story('strengthening-partnerships', true);
export const LessonsLearnedEmpty = story('lessons-learned', false);
export const LessonsLearnedFilled = story('lessons-learned', true);
export const SustainingStructuresEmpty = story('sustaining-structures', false);
export const SustainingStructuresFilled = story('sustaining-structures', true);
export const RepeatableProcessesEmpty = story('repeatable-processes', false);
export const RepeatableProcessesFilled = story('repeatable-processes', true);
export const GroupNormsActivityEmpty = story('group-norms-activity', false);
export const GroupNormsActivityFilled = story('group-norms-activity', true);
export const WhereNextEmpty = story('where-next', false);
export const WhereNextFilled = story('where-next', true);
export const GuidingPrinciplesEmpty = story('guiding-principles', false);
export const GuidingPrinciplesFilled = story('guiding-principles', true);
