import type { Meta } from '@storybook/web-components-vite';
import { teamComplete, teamPartly } from './fixtures.js';
import { defaultArgs, renderRubric, standardStates, type RubricArgs, type RubricStory } from './support.js';

// The Docs page takes the element's description from the manifest (its JSDoc in src/).
// `<cr-team-assessment>` (CrTeamAssessment): the built-in effective team assessment, nine dimensions on a 1–7 scale between two anchors.
const meta = {
  title: 'Elements/cr-team-assessment',
  component: 'cr-team-assessment',
  render: renderRubric('cr-team-assessment'),
  args: { ...defaultArgs, name: 'team' },
} satisfies Meta<RubricArgs>;

export default meta;

const states = standardStates(teamPartly, teamComplete);

export const Empty: RubricStory = states.Empty;
export const PartlyFilled: RubricStory = states.PartlyFilled;
export const Complete: RubricStory = states.Complete;
export const ReadOnly: RubricStory = states.ReadOnly;
export const Invalid: RubricStory = states.Invalid;
export const Spanish: RubricStory = states.Spanish;
export const Dark: RubricStory = states.Dark;
export const HighContrast: RubricStory = states.HighContrast;
export const Narrow: RubricStory = states.Narrow;
export const Print: RubricStory = states.Print;
