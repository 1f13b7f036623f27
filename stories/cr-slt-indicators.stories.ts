import type { Meta } from '@storybook/web-components-vite';
import { sltComplete, sltPartly } from './fixtures.js';
import { defaultArgs, renderRubric, standardStates, type RubricArgs, type RubricStory } from './support.js';

// The Docs page takes the element's description from the manifest (its JSDoc in src/).
// `<cr-slt-indicators>` (CrSltIndicators): the built-in School Leadership Team indicators, an indicator table with a legend of the five stages.
const meta = {
  title: 'Elements/cr-slt-indicators',
  component: 'cr-slt-indicators',
  render: renderRubric('cr-slt-indicators'),
  args: { ...defaultArgs, name: 'slt' },
} satisfies Meta<RubricArgs>;

export default meta;

const states = standardStates(sltPartly, sltComplete);

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
