import type { Meta } from '@storybook/web-components-vite';
import { coherenceComplete, coherencePartly } from './fixtures.js';
import { defaultArgs, renderRubric, standardStates, type RubricArgs, type RubricStory } from './support.js';

// The Docs page takes the element's description from the manifest (its JSDoc in src/).
// `<cr-coherence-progression>` (CrCoherenceProgression): the built-in Coherence Progression, a descriptor grid with an Opportunity checkbox and a note per component.
const meta = {
  title: 'Elements/cr-coherence-progression',
  component: 'cr-coherence-progression',
  render: renderRubric('cr-coherence-progression'),
  args: { ...defaultArgs, name: 'coherence' },
} satisfies Meta<RubricArgs>;

export default meta;

const states = standardStates(coherencePartly, coherenceComplete);

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
