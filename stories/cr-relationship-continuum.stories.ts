import type { Meta } from '@storybook/web-components-vite';
import { continuumComplete, continuumPartly } from './fixtures.js';
import { defaultArgs, renderRubric, standardStates, type RubricArgs, type RubricStory } from './support.js';

// The Docs page takes the element's description from the manifest (its JSDoc in src/).
// `<cr-relationship-continuum>` (CrRelationshipContinuum): the built-in relationship continuum; the respondent adds partners and places each one on the continuum.
const meta = {
  title: 'Elements/cr-relationship-continuum',
  component: 'cr-relationship-continuum',
  render: renderRubric('cr-relationship-continuum'),
  args: { ...defaultArgs, name: 'continuum' },
} satisfies Meta<RubricArgs>;

export default meta;

const states = standardStates(continuumPartly, continuumComplete);

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
