import type { Meta } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { CrRubric } from '../src/components/rubric/rubric.js';
import { brokenDefinition } from './broken-definition.js';
import teamwork from './definitions/classroom-teamwork.json';
import discussion from './definitions/collaborative-discussion.json';
import { discussionComplete, discussionPartly, teamworkPartly } from './fixtures.js';
import { defaultArgs, renderRubric, standardStates, type RubricArgs, type RubricStory } from './support.js';

// The Docs page takes the element's description from the manifest (its JSDoc in src/).
// `<cr-rubric>` renders any definition given as the `definition` property or loaded from `src`.
// These stories use two definitions written for Storybook (stories/definitions/*.json) and one
// that fails validation.
const meta = {
  title: 'Elements/cr-rubric',
  component: 'cr-rubric',
  render: renderRubric('cr-rubric'),
  args: { ...defaultArgs, name: 'discussion' },
} satisfies Meta<RubricArgs>;

export default meta;

const states = standardStates(discussionPartly, discussionComplete);
/** Every standard state shows the custom "Collaborative discussion" definition. */
const custom = (story: RubricStory): RubricStory => ({ ...story, args: { ...story.args, definition: discussion } });

export const CustomDefinition: RubricStory = {
  ...custom(states.Empty),
  parameters: {
    docs: {
      description: {
        story:
          'A descriptor grid written for these stories: a "Not observed" level (`notApplicable: true`), an Evidence note per item, ' +
          'and one item marked `reconstructed` (the "Reconstructed text" disclosure). Edit the `definition` control to try changes.',
      },
    },
  },
};
export const PartlyFilled: RubricStory = custom(states.PartlyFilled);
export const Complete: RubricStory = custom(states.Complete);
export const ReadOnly: RubricStory = custom(states.ReadOnly);
export const Invalid: RubricStory = custom(states.Invalid);
export const Dark: RubricStory = custom(states.Dark);
export const HighContrast: RubricStory = custom(states.HighContrast);
export const Narrow: RubricStory = custom(states.Narrow);
export const Print: RubricStory = custom(states.Print);

export const InvalidDefinition: RubricStory = {
  args: { definition: brokenDefinition },
  parameters: {
    docs: {
      description: {
        story:
          'A definition with three common mistakes: a level without `position`, a duplicated item id and a missing descriptor. ' +
          'Instead of a broken form, the element shows each problem with the field it is in, and fires `cr-definition-error` ' +
          'with the same list (see the Actions panel).',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CrRubric>('cr-rubric')!;
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('[part~="definition-error"]');
    await expect(panel).not.toBeNull();
    await expect(panel!.textContent).toContain('sections[2].items[0].descriptors.mastering');
    await expect(el.definitionIssues.length).toBe(3);
  },
};

export const Bilingual: RubricStory = {
  args: { definition: teamwork, value: teamworkPartly, name: 'teamwork' },
  parameters: {
    docs: {
      description: {
        story:
          'Every text of this definition is `{ "en": "…", "es": "…" }`. Switch the Language toolbar: the rubric text and the interface change together.',
      },
    },
  },
};

export const Spanish: RubricStory = {
  ...Bilingual,
  globals: { lang: 'es' },
  parameters: {
    docs: { description: { story: 'The same definition with the Language toolbar locked to Spanish (`lang="es"`).' } },
  },
};

export const LoadedFromSrc: RubricStory = {
  args: { src: 'definitions/collaborative-discussion.json' },
  parameters: {
    docs: {
      description: {
        story:
          'The definition is fetched from the `src` address (https:, or http: on the same origin) and validated like a `definition` object. ' +
          'Storybook serves stories/definitions/ as /definitions/.',
      },
    },
  },
};
