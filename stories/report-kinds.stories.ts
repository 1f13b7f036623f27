import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { CrRubricReport } from '../src/components/report/report.js';
import type { RubricResponse } from '../src/rubrics/schema.js';
import { attributesTeam, decisionTeam, lessonsTeam, normsTeam, opportunityTeam, resultsTeam } from '../test/fixtures/instrument-data.js';

// The team report for each kind of scale (docs/scale-kinds.md), with a made-up team answering a
// built-in instrument: what the report computes differs by kind, and nothing is averaged that has
// no order.

interface Args {
  rubric: string;
  ideal?: string;
  responses: readonly RubricResponse[];
}

const meta = {
  title: 'Report/Scale kinds',
  component: 'cr-rubric-report',
  render: (args) =>
    html`<cr-rubric-report rubric=${args.rubric} ideal=${args.ideal || nothing} .responses=${args.responses}></cr-rubric-report>`,
} satisfies Meta<Args>;

export default meta;

type Story = StoryObj<Args>;

/** Waits for the built-in to load and checks that the report counts every respondent. */
const reads: Story['play'] = async ({ canvasElement, args }) => {
  const el = canvasElement.querySelector<CrRubricReport>('cr-rubric-report')!;
  await waitFor(() => expect(el.rubricDefinition?.id).toBe(args.rubric));
  await el.updateComplete;
  await expect(el.shadowRoot!.textContent).toContain(String(args.responses.length));
};

const about = (story: string) => ({ docs: { description: { story } } });

export const Ordered: Story = {
  args: { rubric: 'norms-inventory', responses: normsTeam() },
  play: reads,
  parameters: about(
    'Ten members rate the 21 Norms Inventory statements 1-4: distributions, mean, median and the "discuss" marks where the team is split.',
  ),
};

export const IdealPoint: Story = {
  args: { rubric: 'decision-continuum', ideal: '4', responses: decisionTeam() },
  play: reads,
  parameters: about(
    'Eight members place the same three decisions on the Seven Point Decision-Making Continuum; the team aims for "4. Joint Decision" (`ideal="4"`): positions and distance from the target, never "higher is better".',
  ),
};

export const Nominal: Story = {
  args: { rubric: 'results-analysis', responses: resultsTeam() },
  play: reads,
  parameters: about('Six members choose adopt, adapt or abandon for three tasks: counts per choice, no mean.'),
};

export const Checklist: Story = {
  args: { rubric: 'opportunity-checklist', responses: opportunityTeam() },
  play: reads,
  parameters: about("Fourteen educators tick the top areas on NEA's Opportunity Checklist: tallies, the most-ticked areas first."),
};

export const ChecklistAgreement: Story = {
  args: { rubric: 'collaborative-attributes', responses: attributesTeam() },
  play: reads,
  parameters: about(
    'Four partners tick the Collaborative Attributes they commit to: the attributes all partners agree on, and where one is missing.',
  ),
};

export const Prompt: Story = {
  args: { rubric: 'lessons-learned', responses: lessonsTeam() },
  play: reads,
  parameters: about(
    "Three committees' scribes answer the Lessons Learned questions: how many answered each, and the answers listed under it.",
  ),
};
