import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import type { CrRubric } from '../src/components/rubric/rubric.js';
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

/** The progress line, "Next unrated" and the drivers' navigation (on every rubric element; shown here on the longest). */
export const Progress: RubricStory = {
  args: { value: coherencePartly },
  parameters: {
    docs: {
      description: {
        story:
          'The progress line ("8 of 14 rated") stays at the top of the element while it scrolls (`position: sticky`; `--cr-progress-top` ' +
          'moves it below a host\'s own sticky header). "Next unrated" moves focus to the next item still unrated, wrapping at the end; ' +
          'the Sections navigation moves focus to a driver\'s heading and shows each driver\'s progress. `progress="static"` keeps the ' +
          'line where it is, `progress="none"` leaves it out.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CrRubric>('cr-coherence-progression')!;
    await el.updateComplete;
    const next = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-open"]')!;
    next.click();
    await expect(el.shadowRoot!.activeElement?.getAttribute('type')).toBe('radio');
    await expect(el.shadowRoot!.querySelector('nav')?.getAttribute('aria-label')).toBe('Sections');
  },
};

export const ProgressBelowAHostHeader: RubricStory = {
  args: { value: coherencePartly },
  decorators: [(story) => html`<div class="cr-story-host-header">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        story:
          'A host page with its own sticky header sets `--cr-progress-top` (and `--cr-scroll-margin`) to its height, so the progress line sticks below it. ' +
          'The rule lives in .storybook/preview.css (`.cr-story-host-header`).',
      },
    },
  },
};

export const ProgressStatic: RubricStory = { args: { value: coherencePartly, progress: 'static' } };
export const NoProgress: RubricStory = { args: { value: coherencePartly, progress: 'none' } };
