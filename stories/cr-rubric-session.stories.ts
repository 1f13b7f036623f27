import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { teamPartly } from './fixtures.js';
import { narrow } from './support.js';

/** The session's attributes (as in the manifest), the theme of the rubrics inside and the toolbar's language. */
interface SessionArgs {
  respondent?: string;
  date?: string;
  school?: string;
  team?: string;
  'respondent-role'?: string;
  cycle?: string;
  lang?: string;
  theme?: string;
}

type Story = StoryObj<SessionArgs>;

// The Docs page takes the element's description from the manifest (its JSDoc in src/).
// `<cr-rubric-session>` shares a respondent, date, school, team, role and language with every
// rubric inside it. Here it holds a team assessment and the School Leadership Team indicators:
// their date, team, role and school fields start from the session's values.
const meta = {
  title: 'Elements/cr-rubric-session',
  component: 'cr-rubric-session',
  args: {
    respondent: 'Maria Chen',
    date: '2026-10-14',
    school: 'Lincoln Elementary',
    team: 'Grade 4 team',
    'respondent-role': 'Principal',
    cycle: '2026 fall',
  },
  render: (args) => html`<cr-rubric-session
    respondent=${args.respondent || nothing}
    date=${args.date || nothing}
    school=${args.school || nothing}
    team=${args.team || nothing}
    respondent-role=${args['respondent-role'] || nothing}
    cycle=${args.cycle || nothing}
    lang=${args.lang || nothing}
  >
    <div class="cr-session-pair">
      <cr-team-assessment theme=${args.theme || nothing}></cr-team-assessment>
      <cr-slt-indicators theme=${args.theme || nothing}></cr-slt-indicators>
    </div>
  </cr-rubric-session>`,
} satisfies Meta<SessionArgs>;

export default meta;

export const TwoRubrics: Story = {};

export const Spanish: Story = {
  globals: { lang: 'es' },
  parameters: {
    docs: { description: { story: 'The session\'s `lang="es"` reaches both rubrics: their interface is in Spanish.' } },
  },
};

export const WithSavedAnswers: Story = {
  render: (args) => html`<cr-rubric-session respondent=${args.respondent || nothing} date=${args.date || nothing}
    team=${args.team || nothing} respondent-role=${args['respondent-role'] || nothing} lang=${args.lang || nothing}>
    <div class="cr-session-pair">
      <cr-team-assessment theme=${args.theme || nothing} .value=${teamPartly}></cr-team-assessment>
      <cr-slt-indicators theme=${args.theme || nothing}></cr-slt-indicators>
    </div>
  </cr-rubric-session>`,
  parameters: {
    docs: {
      description: {
        story: 'A saved response (`value`) keeps its own respondent and fields; the other rubric still starts from the session.',
      },
    },
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
export const Narrow: Story = { decorators: [narrow] };

/** What `examples/lrs.html` does: a local test LRS started with `node scripts/lrs.mjs --port 8642` takes any credentials. */
const LOCAL_LRS = 'http://127.0.0.1:8642/xAPI/';
const lrsAuth = () => 'Basic c3Rvcnk6Ym9vaw==';
const lrsActor = { account: { homePage: 'https://lms.example', name: 'maria-chen' }, name: 'Maria Chen' };

export const SendToALearningRecordStore: Story = {
  args: { cycle: 'Storybook cycle' },
  render: (args) => html`<cr-rubric-session cycle=${args.cycle || nothing} lang=${args.lang || nothing}
      xapi-endpoint=${LOCAL_LRS} .xapiActor=${lrsActor} .xapiAuth=${lrsAuth}>
      <cr-team-assessment theme=${args.theme || nothing}
        @cr-xapi=${(e: Event) => {
          const rubric = e.currentTarget as HTMLElement & { xapiComplete: Promise<unknown> };
          const report = rubric.closest('cr-rubric-session')!.nextElementSibling as HTMLElement & { refreshXapi(): void };
          void rubric.xapiComplete.then(() => report.refreshXapi());
        }}></cr-team-assessment>
    </cr-rubric-session>
    <cr-rubric-report rubric="team-assessment" lang=${args.lang || nothing} xapi-endpoint=${LOCAL_LRS}
      registration=${args.cycle || nothing} .xapiAuth=${lrsAuth}></cr-rubric-report>`,
  parameters: {
    docs: {
      description: {
        story:
          'The session sends each complete response to a Learning Record Store as xAPI statements, and the report reads the cycle back. ' +
          'Start a local LRS with `node scripts/lrs.mjs --port 8642`, then rate every dimension: the status line says "Sent" and the report shows the response. ' +
          'Without an LRS the status line says "Will send when online" and the statements wait in the queue (see docs/interop.md).',
      },
    },
  },
};
