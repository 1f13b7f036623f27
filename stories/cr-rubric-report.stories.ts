import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import type { CrRubricReport } from '../src/components/report/report.js';
import type { RubricResponse } from '../src/rubrics/schema.js';
import {
  coherenceCycles,
  continuumTeam,
  generateResponses,
  sltTeam,
  teamAssessment,
  teamAssessmentTeam,
} from '../test/fixtures/team-data.js';
import { coherenceWithOpportunity } from '../test/fixtures/field-data.js';
import { narrow } from './support.js';

/** The report's attributes (as in the manifest), its object properties and the event actions. */
interface ReportArgs {
  rubric?: string;
  name?: string;
  theme?: string;
  'discuss-steps'?: number;
  'discuss-basis'?: string;
  /** Set by the Language toolbar (see .storybook/preview.ts), not a control. */
  lang?: string;
  definition?: unknown;
  responses?: readonly RubricResponse[];
  previous?: readonly RubricResponse[] | null;
  value?: RubricResponse | null;
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onCrImport?: (event: Event) => void;
  onCrDefinitionError?: (event: Event) => void;
}

type Story = StoryObj<ReportArgs>;

// ---------------------------------------------------------------------------------------------
// Team data: the deterministic generators of the tests (test/fixtures/team-data.ts), so the
// stories show the same responses on every machine.

/** Twelve named members of one team, spring 2026, with a few notes. */
const team = teamAssessmentTeam();

/**
 * The same twelve people last fall: the same items split the team, most dimensions sat about half
 * a step lower, and one (Problem-Solving) was rated higher than now.
 */
const teamLastFall = generateResponses(teamAssessment, 12, {
  seed: 11,
  cycle: '2025 fall',
  date: '2025-10-14',
  idPrefix: 'ta-2025',
  shift: -0.5,
});

/** The team's agreed rating on five of the nine dimensions, three with a note. */
const teamAgreed: RubricResponse = {
  rubricId: 'team-assessment',
  rubricVersion: '1.0.0',
  respondent: 'Team',
  cycle: '2026 spring',
  createdAt: '2026-03-09T16:00:00.000Z',
  updatedAt: '2026-03-09T16:45:00.000Z',
  answers: {
    'goals-objectives': { level: '3', fields: { note: 'We agree on the school goals, less on what they mean for our grade level.' } },
    'trust-conflict': { level: '4' },
    'problem-solving': {
      level: '4',
      fields: { note: 'Ratings ran from 2 to 7: some count the data protocol, some only team meetings. Write down how we decide by May.' },
    },
    experimentation: { level: '3' },
    evaluation: { level: '2', fields: { note: 'Add a five-minute check on how the meeting went to every second agenda.' } },
  },
};

const coherence = coherenceCycles();

/** Every part at once: the profile chart, the comparison with last fall and the agreed ratings. */
const everything: ReportArgs = {
  rubric: 'team-assessment',
  name: 'grade-4-team',
  responses: team,
  previous: teamLastFall,
  value: teamAgreed,
};

/** A `File` as the file picker gives one: a name and text. */
const file = (name: string, content: unknown) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content, null, 2)], name, { type: 'application/json' });

const printDescription = [
  'The report\'s print stylesheet hides the file controls, prints every "Show data table" table open,',
  'keeps each item, chart and table on one page and prints the charts in black. To preview it: open this',
  'story on its own ("Open canvas in new tab" in the toolbar), then use the browser\'s print preview',
  '(Ctrl+P / ⌘P). In Chrome or Edge you can also keep the page live: DevTools → ⋮ → More tools → Rendering →',
  '"Emulate CSS media type" → print.',
].join(' ');

// The Docs page takes the element's description from the manifest (its JSDoc in src/).
// `<cr-rubric-report>` (CrRubricReport): a team's responses to one rubric, from `src/scoring`.
// See docs/report.md for what each part shows, the discuss rule and the import rules.
const meta = {
  title: 'Elements/cr-rubric-report',
  component: 'cr-rubric-report',
  args: {
    rubric: 'team-assessment',
    name: '',
    theme: '',
    'discuss-basis': 'range',
    'discuss-steps': 2,
    responses: team,
    previous: null,
    value: null,
  },
  argTypes: { 'discuss-basis': { control: 'inline-radio', options: ['range', 'middle-half'] } },
  render: (args) => html`<cr-rubric-report
    rubric=${args.rubric || nothing}
    name=${args.name || nothing}
    theme=${args.theme || nothing}
    discuss-basis=${args['discuss-basis'] || nothing}
    discuss-steps=${args['discuss-steps'] ?? nothing}
    lang=${args.lang || nothing}
    .definition=${args.definition}
    .responses=${args.responses ?? []}
    .previous=${args.previous ?? null}
    .value=${args.value ?? null}
    @input=${args.onInput}
    @change=${args.onChange}
    @cr-import=${args.onCrImport}
    @cr-definition-error=${args.onCrDefinitionError}
  ></cr-rubric-report>`,
} satisfies Meta<ReportArgs>;

export default meta;

export const TeamAssessmentTwelveMembers: Story = {
  parameters: {
    docs: {
      description: {
        story:
          "Twelve named members on the effective team assessment. Each item's strip is as wide as its card and shows one dot " +
          "per person (their name is the dot's title), the median in its own lane under the axis (beside the dots, never through " +
          "them), mean and range, and what its two ends mean (the definition's low and high anchors); items whose ratings span " +
          'two or more steps are marked "Discuss", and members\' own notes are under "Notes (n)". The team profile is a heat ' +
          "table: per dimension, how many members chose each level, with the team's median (◆); its data table has each " +
          "member's rating and the anchors.",
      },
    },
  },
};

/** Thirty members: the profile stays a readable heat table, and each strip stacks its dots in columns. */
export const TeamAssessmentThirtyMembers: Story = {
  args: {
    name: 'team-30',
    responses: generateResponses(teamAssessment, 30, { seed: 30, cycle: '2026 spring', idPrefix: 'ta30', notes: true }),
  },
  parameters: {
    docs: {
      description: {
        story:
          'Thirty members (the seeded team-data generator). One line per member would cross into a tangle; the heat table ' +
          "counts the members at each level of each dimension, as text in every cell, shaded by the count. A level's dots " +
          'stack up to eight high, then in another column beside; the median keeps its own lane. Resize the canvas (or try ' +
          "the Narrow story) to see the charts follow their card's width and the heat table put each row's label on its own line.",
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cr-rubric-report') as CrRubricReport;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('[part~="profile"] table[part~="heat-table"] tbody tr').length).toBe(9);
    await expect(el.shadowRoot!.querySelectorAll('polyline').length).toBe(0);
  },
};

/** Coherence with the Opportunity column ticked, and a file with a level that is not on the scale. */
export const OpportunityAndNotCounted: Story = {
  args: {
    rubric: 'coherence-progression',
    name: 'coherence-opportunity',
    responses: coherenceWithOpportunity().map((r, i) =>
      i === 3 ? { ...r, answers: { ...r.answers, 'focusing-direction-b': { level: 'excellent' } } } : r,
    ),
  },
  parameters: {
    docs: {
      description: {
        story:
          'Twelve responses to the Coherence Progression, seven of which tick Opportunity on "Shared purpose drives action": ' +
          'the item says "Opportunity: 7 of 12 members", and the CSV download has an `item field: opportunity` column. One ' +
          'response names a level that is not on the scale ("excellent"): it is listed under "Not counted" by response, item ' +
          'and level, and no figure counts it.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cr-rubric-report') as CrRubricReport;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[part~="not-counted"] li')!.textContent).toContain('“excellent” is not on the scale');
    const counts = [...el.shadowRoot!.querySelectorAll('[part~="field-counts"] li')].map((li) => li.textContent ?? '');
    await expect(counts).toContain('Opportunity: 7 of 12 members');
  },
};

/** A whole district's staff: where the range marks nearly everything, the middle half does not. */
export const LargeGroupMiddleHalf: Story = {
  args: {
    name: 'district',
    'discuss-basis': 'middle-half',
    responses: generateResponses(teamAssessment, 300, { seed: 11, cycle: '2026 spring', idPrefix: 'district' }),
  },
  parameters: {
    docs: {
      description: {
        story:
          'Three hundred respondents. By the whole range, one or two outlying ratings mark nearly every dimension "Discuss"; ' +
          'with `discuss-basis="middle-half"` the rule measures the middle half of the ratings (lower to upper quartile), so ' +
          'only the dimensions on which the group is really split are marked, and the rule and each mark say so. Switch the ' +
          '"discuss-basis" control to compare.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cr-rubric-report') as CrRubricReport;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[part~="rule"]')!.textContent).toContain('middle half');
  },
};

export const CoherenceTwoCycles: Story = {
  args: { rubric: 'coherence-progression', name: 'coherence', responses: coherence.current, previous: coherence.previous },
  parameters: {
    docs: {
      description: {
        story:
          'The same eight people on the Coherence Progression in fall 2025 (`previous`) and spring 2026 (`responses`): ' +
          '"Since the last cycle" gives each section\'s and item\'s mean before and now, and what moved up or down. Item codes ' +
          'restart at A in every section, so "To discuss" and "Moved up/down" name the section first ("Focusing Direction · D. …").',
      },
    },
  },
};

export const SltHeatMap: Story = {
  name: 'SLT Heat Map',
  args: { rubric: 'slt-indicators', name: 'slt', responses: sltTeam() },
  parameters: {
    docs: {
      description: {
        story:
          'A School Leadership Team of six: the heat map counts the ratings of each section at each stage. "N/A" is this ' +
          'scale\'s lowest stage ("No conversation or action", position 0), so it is rated and counted like the others.',
      },
    },
  },
};

export const ContinuumPartners: Story = {
  args: { rubric: 'relationship-continuum', name: 'continuum', responses: continuumTeam() },
  parameters: {
    docs: {
      description: {
        story:
          'Five people, each placing three to six partners on the relationship continuum. Partners are grouped by name; each ' +
          'circle counts the people who placed the partner at that stage, and the team agrees a stage per partner at the end. ' +
          "The two target stages share one outline; long partner labels wrap clear of it (the full text is the row's tooltip " +
          'and is in the data table).',
      },
    },
  },
};

export const WithAgreedRating: Story = {
  args: { value: teamAgreed },
  parameters: {
    docs: {
      description: {
        story:
          'The team\'s agreed rating (`value`, a response with `respondent: "Team"`) on five of the nine dimensions, three with a note. ' +
          'Choosing a rating or typing a note fires `input` and `change` (see the Actions panel).',
      },
    },
  },
};

export const ImportErrors: Story = {
  args: { responses: team.slice(0, 9) },
  parameters: {
    docs: {
      description: {
        story:
          "Nine responses are loaded; then `addFiles()` reads three files as the file picker would: Jamal Wright's response (loaded), " +
          "Kiri Ngata's with a rating written as a number (listed as not valid, with the reason) and Ana Morales's again " +
          '(listed as a duplicate). The outcome is a status region; nothing is dropped silently.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CrRubricReport>('cr-rubric-report')!;
    await el.updateComplete;
    const kiri = team[10]!;
    const result = await el.addFiles([
      file('jamal-wright.json', team[9]),
      file('kiri-ngata.json', { ...kiri, answers: { ...kiri.answers, leadership: { level: 2 } } }),
      file('ana-morales (1).json', team[0]),
    ]);
    await el.updateComplete;
    await expect(result?.loaded.length).toBe(1);
    await expect(result?.invalid.map((e) => e.source)).toEqual(['kiri-ngata.json']);
    await expect(result?.duplicates.map((e) => e.source)).toEqual(['ana-morales (1).json']);
    const text = el.shadowRoot!.querySelector('[part~="import-report"]')!.textContent!.replace(/\s+/g, ' ');
    await expect(text).toContain('kiri-ngata.json');
    await expect(text).toContain('ana-morales (1).json');
    await expect(el.responses.length).toBe(10);
  },
};

export const Spanish: Story = {
  args: everything,
  globals: { lang: 'es' },
  parameters: {
    docs: {
      description: {
        story:
          'The Language toolbar is locked to Spanish (`lang="es"`): headings, figures, the discuss rule, the comparison and the ' +
          'agreed-rating controls are in Spanish, and numbers use Spanish decimals. The built-in definitions are English only, ' +
          'so item titles stay English unless the definition has `{ "en": "…", "es": "…" }` texts.',
      },
    },
  },
};

export const Dark: Story = { args: everything, globals: { theme: 'dark' } };

export const HighContrast: Story = { args: everything, globals: { theme: 'high-contrast' } };

export const Narrow: Story = {
  args: everything,
  decorators: [narrow],
  parameters: {
    docs: {
      description: {
        story:
          'At 320 CSS px (a wrapper with the `cr-narrow` class): the page does not scroll sideways; wide tables scroll inside their ' +
          'own focusable region, and the sections table stacks each row as labelled lines (a container query). The Viewport ' +
          'toolbar has a "Narrow (320 px)" size to try any story.',
      },
    },
  },
};

export const Print: Story = {
  args: everything,
  parameters: { docs: { description: { story: printDescription } } },
};
