import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { CrRubricReport } from '../src/components/report/report.js';
import type { TeamResponses } from '../src/scoring/index.js';
import { coherence, generateResponses, teamAssessment } from '../test/fixtures/team-data.js';
import { narrow } from './support.js';

// A district coordinator's view of one cycle: several teams' results on one rubric side by side
// (`teams`, or `xapiTeams` to read them from a Learning Record Store; docs/interop.md). The teams
// are the deterministic generators of the tests, so every machine shows the same figures.

interface Args {
  rubric: string;
  name?: string;
  'discuss-basis'?: string;
  /** Set by the Language toolbar (see .storybook/preview.ts), not a control. */
  lang?: string;
  teams: readonly TeamResponses[];
}

const coherenceTeams: TeamResponses[] = [
  { id: 'lincoln', name: 'Lincoln Elementary SLT', responses: generateResponses(coherence, 9, { seed: 31, cycle: '2026 fall' }) },
  { id: 'roosevelt', name: 'Roosevelt Middle ILT', responses: generateResponses(coherence, 6, { seed: 32, cycle: '2026 fall' }) },
  { id: 'adams', name: 'Adams High Leadership Team', responses: generateResponses(coherence, 12, { seed: 33, cycle: '2026 fall' }) },
  // Nobody has answered yet: the team keeps its column, so the coordinator sees who is missing.
  { id: 'washington', name: 'Washington Elementary SLT', responses: [] },
];

const meta = {
  title: 'Report/Teams side by side',
  component: 'cr-rubric-report',
  args: { rubric: 'coherence-progression', name: 'district-2026-fall', 'discuss-basis': 'range', teams: coherenceTeams },
  argTypes: { 'discuss-basis': { control: 'inline-radio', options: ['range', 'middle-half'] } },
  render: (args) => html`<cr-rubric-report
    rubric=${args.rubric}
    name=${args.name || nothing}
    discuss-basis=${args['discuss-basis'] || nothing}
    lang=${args.lang || nothing}
    .teams=${args.teams}
  ></cr-rubric-report>`,
} satisfies Meta<Args>;

export default meta;

type Story = StoryObj<Args>;

const about = (story: string) => ({ docs: { description: { story } } });

/** Waits for the built-in and checks one column per team plus "All teams". */
const columns: Story['play'] = async ({ canvasElement, args }) => {
  const el = canvasElement.querySelector<CrRubricReport>('cr-rubric-report')!;
  await waitFor(() => expect(el.rubricDefinition?.id).toBe(args.rubric));
  await el.updateComplete;
  const heads = el.shadowRoot!.querySelectorAll('[part~="teams-table"] thead th');
  await expect(heads.length).toBe(args.teams.length + 2);
};

export const CoherenceFourTeams: Story = {
  play: columns,
  parameters: about(
    'Four school teams on the Coherence Progression in one cycle. Each column is a team (with how many responded), the last one ' +
      "all teams pooled; each row an item, under its section's own row. A cell gives the team's median level, how far its " +
      'ratings spread in scale steps and how many ratings it has, and says "Discuss" (with the flag and a rule beside the cell) ' +
      "when the team's ratings span the discuss rule's steps. Washington has no responses yet and keeps its column. " +
      '"Download this table (CSV)" saves the same figures, one row per item and team (docs/report.md).',
  ),
};

export const SinceLastCycle: Story = {
  render: (args) => html`<cr-rubric-report
    rubric=${args.rubric}
    name=${args.name || nothing}
    lang=${args.lang || nothing}
    .teams=${args.teams}
    .previousTeams=${coherenceTeams.slice(0, 3).map((team, i) => ({
      ...team,
      responses: generateResponses(coherence, team.responses.length, { seed: 31 + i, cycle: '2026 spring', shift: i === 1 ? 0.6 : -0.6 }),
    }))}
  ></cr-rubric-report>`,
  play: columns,
  parameters: about(
    "The same four teams with last spring's responses (`previousTeams`, matched by id): each cell also says how the team's mean " +
      'moved ("▲ Up +0.5", "▼ Down −0.25"); Roosevelt slipped, Lincoln and Adams rose, and Washington, with no responses in ' +
      'either cycle, claims no change.',
  ),
};

export const TeamAssessmentMiddleHalf: Story = {
  args: {
    rubric: 'team-assessment',
    'discuss-basis': 'middle-half',
    teams: [
      { id: 'g3', name: 'Grade 3 team', responses: generateResponses(teamAssessment, 8, { seed: 41 }) },
      { id: 'g4', name: 'Grade 4 team', responses: generateResponses(teamAssessment, 30, { seed: 42 }) },
      { id: 'g5', name: 'Grade 5 team', responses: generateResponses(teamAssessment, 5, { seed: 43 }) },
    ],
  },
  play: columns,
  parameters: about(
    'Three grade-level teams on the effective team assessment with `discuss-basis="middle-half"`: the spread each cell gives is ' +
      "that of the middle half of the team's ratings, so one outlier in the 30-member team does not mark an item.",
  ),
};

export const Spanish: Story = {
  globals: { lang: 'es' },
  play: columns,
  parameters: about('The same four teams with the Language toolbar locked to Spanish: headings, caption, cells and the CSV button.'),
};

export const Narrow: Story = {
  decorators: [narrow],
  play: columns,
  parameters: about(
    'At 320 CSS px the page never scrolls sideways: the table scrolls inside its own focusable, named region (a data table is ' +
      "WCAG 1.4.10's two-dimensional exception), with the item column and each team's name kept.",
  ),
};

/** Twelve members who typed their team into the team assessment's `team` field, with different spellings. */
const typedTeams = generateResponses(teamAssessment, 12, { seed: 44, cycle: '2026 spring' }).map((r, i) => ({
  ...r,
  fields: { ...r.fields, team: ['Grade 3', 'grade 3 ', 'Grade 4', 'Grade 5'][i % 4]! },
}));

export const ByResponseField: Story = {
  args: { rubric: 'team-assessment', teams: [] },
  render: (args) => html`<cr-rubric-report
    rubric=${args.rubric}
    team-field="team"
    lang=${args.lang || nothing}
    .responses=${typedTeams}
  ></cr-rubric-report>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CrRubricReport>('cr-rubric-report')!;
    await waitFor(() => expect(el.rubricDefinition?.id).toBe('team-assessment'));
    await el.updateComplete;
    // "Grade 3" and "grade 3 " are one team: three teams and "All teams".
    await expect(el.shadowRoot!.querySelectorAll('[part~="teams-table"] thead th').length).toBe(5);
  },
  parameters: about(
    'No `teams` given: `team-field="team"` groups the responses (and any file dropped on the report) by the team each member ' +
      'typed into the team assessment\'s "Team" field. "Grade 3" and "grade 3 " are one team; the file picker and the ' +
      "responses' CSV and JSON downloads stay.",
  ),
};
