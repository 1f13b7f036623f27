import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { expect } from 'storybook/test';
import type { CrRubric } from '../src/components/rubric/rubric.js';
import type { RubricResponse } from '../src/rubrics/schema.js';
import { coherencePartly, continuumPartly, sltPartly, teamPartly } from './fixtures.js';

// How the grid rubrics are arranged at each width and density (docs/layouts.md): the table of
// items × levels where it fits, the cards below; every scale on one line or one list.

const TAGS = {
  'cr-team-assessment': { tag: literal`cr-team-assessment`, value: teamPartly },
  'cr-coherence-progression': { tag: literal`cr-coherence-progression`, value: coherencePartly },
  'cr-slt-indicators': { tag: literal`cr-slt-indicators`, value: sltPartly },
  'cr-relationship-continuum': { tag: literal`cr-relationship-continuum`, value: continuumPartly },
} satisfies Record<string, { tag: unknown; value: RubricResponse }>;

interface Args {
  element: keyof typeof TAGS;
  density: 'auto' | 'compact' | 'comfortable';
  /** The element's width in CSS px (the wrapper's), whatever the canvas. */
  width: '280' | '375' | '768' | '1280';
  /** The element's text size. */
  text: '100' | '200';
}

const meta = {
  title: 'Layouts',
  component: 'cr-team-assessment',
  argTypes: {
    element: { control: 'select', options: Object.keys(TAGS) },
    density: { control: 'inline-radio', options: ['auto', 'compact', 'comfortable'] },
    width: { control: 'inline-radio', options: ['280', '375', '768', '1280'] },
    text: { control: 'inline-radio', options: ['100', '200'] },
  },
  args: { element: 'cr-team-assessment', density: 'auto', width: '1280', text: '100' },
  render: ({ element, density, width, text }) => {
    const { tag, value } = TAGS[element];
    return html`<div class="cr-width" data-width=${width} data-text=${text}>
      ${staticHtml`<${tag} density=${density} .value=${value}></${tag}>`}
    </div>`;
  },
} satisfies Meta<Args>;

export default meta;

type Story = StoryObj<Args>;

/** Whether the first section shows its column heads (the table form). */
const table = async (canvasElement: HTMLElement, expected: boolean) => {
  const el = canvasElement.querySelector<CrRubric>('.cr-width > *')!;
  await el.updateComplete;
  const heads = el.shadowRoot!.querySelector<HTMLElement>('[part=columns]')!;
  await expect(getComputedStyle(heads).display !== 'none').toBe(expected);
};

/** At 1280 px the team assessment is the paper's table: the nine dimensions in rows, 1–7 between the anchors. */
export const TableWide: Story = {
  play: ({ canvasElement }) => table(canvasElement, true),
};

/** The Coherence Progression's table: the descriptors in their cells, the note and Opportunity mark under them. */
export const TableCoherence: Story = {
  args: { element: 'cr-coherence-progression' },
  play: ({ canvasElement }) => table(canvasElement, true),
};

/** The SLT indicators at 768 px: wide enough for their table. */
export const TableSlt: Story = {
  args: { element: 'cr-slt-indicators', width: '768' },
  play: ({ canvasElement }) => table(canvasElement, true),
};

/** `density="comfortable"`: the cards at every width, each scale on one line. */
export const Comfortable: Story = {
  args: { density: 'comfortable' },
  play: ({ canvasElement }) => table(canvasElement, false),
};

/** At 768 px `auto` shows the cards for the team assessment; `compact` already shows the table. */
export const Compact768: Story = {
  args: { density: 'compact', width: '768' },
  play: ({ canvasElement }) => table(canvasElement, true),
};

/** A phone in an LMS iframe (375 px): the cards, each 1–7 on one line. */
export const Phone375: Story = {
  args: { width: '375' },
  play: ({ canvasElement }) => table(canvasElement, false),
};

/** 280 px: where seven points no longer fit one line, each scale is one list, never 5 + 2. */
export const Narrow280: Story = {
  args: { width: '280' },
};

/** 200 % text at 768 px: the breakpoints are in em, so the list comes earlier instead of a wrap. */
export const LargeText: Story = {
  args: { width: '768', text: '200' },
};

/** The relationship continuum at 768 px: the five stages on one line under one arrow. */
export const ContinuumLine: Story = {
  args: { element: 'cr-relationship-continuum', width: '768' },
};

/** The relationship continuum at 375 px: the stages as one list, the arrow down its side. */
export const ContinuumList: Story = {
  args: { element: 'cr-relationship-continuum', width: '375' },
};
