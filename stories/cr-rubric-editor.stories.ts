import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../src/components/rubric-editor/cr-rubric-editor.js';
import type { CrRubricEditor } from '../src/components/rubric-editor/rubric-editor.js';
import { brokenDefinition } from './broken-definition.js';
import teamwork from './definitions/classroom-teamwork.json';

// The Docs page takes the element's description from the manifest (its JSDoc in src/).
// No `storage-key` and no `id`: stories never autosave.
interface EditorArgs {
  rubric?: string;
  definition?: unknown;
  lang?: string;
  theme?: string;
  disabled?: boolean;
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
}

const meta = {
  title: 'Elements/cr-rubric-editor',
  component: 'cr-rubric-editor',
  args: { rubric: '', disabled: false },
  argTypes: { onInput: { action: 'input' }, onChange: { action: 'change' } },
  render: (args) => html`<cr-rubric-editor
    rubric=${args.rubric || nothing}
    .definition=${args.definition}
    lang=${args.lang || nothing}
    theme=${args.theme || nothing}
    ?disabled=${args.disabled}
    @input=${args.onInput}
    @change=${args.onChange}
  ></cr-rubric-editor>`,
} satisfies Meta<EditorArgs>;

export default meta;
type Story = StoryObj<EditorArgs>;

const ready =
  (id: string): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CrRubricEditor>('cr-rubric-editor')!;
    for (let i = 0; i < 100 && el.definition['id'] !== id; i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    await expect(el.definition['id']).toBe(id);
    await expect(el.definitionIssues.length).toBe(0);
  };

const builtIn = (id: string, story: string): Story => ({
  args: { rubric: id },
  play: ready(id),
  parameters: { docs: { description: { story } } },
});

export const CoherenceProgression = builtIn(
  'coherence-progression',
  'The Coherence progression (14 components × 3 stages) opened for adapting: every descriptor in a text box, the live preview beside it.',
);
export const SltIndicators = builtIn('slt-indicators', 'The School Leadership Team indicators: five levels with meanings, four sections.');
export const RelationshipContinuum = builtIn(
  'relationship-continuum',
  'The relationship continuum: a scale with target stages, and rated subjects (partners) that respondents add.',
);
export const TeamAssessment = builtIn(
  'team-assessment',
  'The effective team assessment: a 1–7 bipolar scale, each item with a low and a high anchor.',
);

export const Reconstructed: Story = {
  args: { rubric: 'collaborative-attributes' },
  parameters: {
    docs: {
      description: {
        story:
          'Text rebuilt from a damaged source: the rubric and two attributes are ticked **Reconstructed**, each with what was rebuilt ' +
          '(shown to respondents) and where it came from (for authors). The Coherence progression shows the other half, **Other names**.',
      },
    },
  },
  play: async (context) => {
    await ready('collaborative-attributes')!(context);
    const root = context.canvasElement.querySelector<CrRubricEditor>('cr-rubric-editor')!.shadowRoot!;
    const marked = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-edit=present]')].filter((box) => box.checked);
    await expect(marked.length).toBe(3);
  },
};

export const Empty: Story = {
  parameters: { docs: { description: { story: 'Started blank: one section, one item, three levels to rename.' } } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CrRubricEditor>('cr-rubric-editor')!;
    await el.updateComplete;
    await expect(el.definition['title']).toBe('New rubric');
  },
};

export const WithErrors: Story = {
  args: { definition: brokenDefinition },
  parameters: {
    docs: {
      description: {
        story:
          'A definition with three common mistakes. Each problem is shown on the field it names (and listed at the top, each a link to its field); ' +
          'the preview keeps the last version without problems, and nothing typed is lost.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CrRubricEditor>('cr-rubric-editor')!;
    await el.updateComplete;
    await expect(el.definitionIssues.length).toBe(3);
    await expect(el.shadowRoot!.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0);
  },
};

export const Spanish: Story = {
  args: { definition: teamwork },
  globals: { lang: 'es' },
  parameters: {
    docs: { description: { story: 'The interface in Spanish (`lang="es"`), on a definition whose texts are in English and Spanish.' } },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CrRubricEditor>('cr-rubric-editor')!;
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('h2')!.textContent).toBe('Editor de rúbricas');
  },
};
