/**
 * What the element stories share: the args of a rubric element, one render function for every
 * rubric tag, and the decorators and play functions behind the standard states.
 */
import type { Decorator, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { expect } from 'storybook/test';
import type { CrRubric } from '../src/components/rubric/rubric.js';
import type { RubricResponse } from '../src/rubrics/schema.js';

/** Attributes (kebab-case, as in the manifest), the two object properties and the event actions. */
export interface RubricArgs {
  src?: string;
  name?: string;
  required?: boolean;
  readonly?: boolean;
  disabled?: boolean;
  'storage-key'?: string;
  theme?: string;
  /** The progress bar: '' (sticky), `static` or `none`. */
  progress?: string;
  /** `auto`, `compact` or `comfortable` (docs/layouts.md). */
  density?: string;
  /** Set by the Language toolbar (see .storybook/preview.ts), not a control. */
  lang?: string;
  definition?: unknown;
  value?: RubricResponse | null;
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onCrComplete?: (event: Event) => void;
  onCrDefinitionError?: (event: Event) => void;
  onCrDraftStatus?: (event: Event) => void;
}

export type RubricStory = StoryObj<RubricArgs>;

const TAGS = {
  'cr-rubric': literal`cr-rubric`,
  'cr-coherence-progression': literal`cr-coherence-progression`,
  'cr-slt-indicators': literal`cr-slt-indicators`,
  'cr-relationship-continuum': literal`cr-relationship-continuum`,
  'cr-team-assessment': literal`cr-team-assessment`,
};

export type RubricTag = keyof typeof TAGS;

/** Defaults shown in the Controls panel. No `storage-key` and no `id`: stories never autosave. */
export const defaultArgs: RubricArgs = {
  src: '',
  name: '',
  required: false,
  readonly: false,
  disabled: false,
  'storage-key': '',
  theme: '',
  progress: '',
  density: 'auto',
  value: null,
};

/** One rubric element with every arg bound: attributes as attributes, objects as properties. */
export function rubricTemplate(tag: RubricTag, args: RubricArgs) {
  const t = TAGS[tag];
  return staticHtml`<${t}
    src=${args.src || nothing}
    name=${args.name || nothing}
    ?required=${args.required}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    storage-key=${args['storage-key'] || nothing}
    theme=${args.theme || nothing}
    progress=${args.progress || nothing}
    density=${args.density || nothing}
    lang=${args.lang || nothing}
    .definition=${args.definition}
    .value=${args.value ?? null}
    @input=${args.onInput}
    @change=${args.onChange}
    @cr-complete=${args.onCrComplete}
    @cr-definition-error=${args.onCrDefinitionError}
    @cr-draft-status=${args.onCrDraftStatus}
  ></${t}>`;
}

export const renderRubric = (tag: RubricTag) => (args: RubricArgs) => rubricTemplate(tag, args);

/** Keeps the story 320 CSS px wide (the WCAG reflow width); the rule lives in .storybook/preview.css. */
export const narrow: Decorator = (story) => html`<div class="cr-narrow">${story()}</div>`;

/** Required, then `reportValidity()` as a form submit would: the error summary and item errors show. */
export const reportValidity: RubricStory['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector<CrRubric>('[required]');
  await expect(el).not.toBeNull();
  await el!.updateComplete;
  await expect(el!.reportValidity()).toBe(false);
  await el!.updateComplete;
  await expect(el!.shadowRoot!.querySelector('[part~="error-summary"]')).not.toBeNull();
};

export const printDescription = [
  "The element's print stylesheet hides buttons and the status line, keeps each item on one page",
  'and dots the borders of unchosen levels. To preview it: open this story on its own',
  '("Open canvas in new tab" in the toolbar), then use the browser\'s print preview (Ctrl+P / ⌘P).',
  'In Chrome or Edge you can also keep the page live: DevTools → ⋮ → More tools → Rendering →',
  '"Emulate CSS media type" → print.',
].join(' ');

export const spanishBuiltInDescription =
  'The Language toolbar is locked to Spanish: the interface (buttons, summary, errors) is in Spanish. ' +
  'The built-in definitions are English only, so the rubric text stays English until a definition with ' +
  '`{ "en": "…", "es": "…" }` texts is supplied (see the `cr-rubric` Spanish story).';

/**
 * The states every rubric element shows, given its saved responses. Each story file spreads these
 * into named exports (Storybook needs one `export const` per story).
 */
export function standardStates(partly: RubricResponse, complete: RubricResponse) {
  return {
    Empty: { args: { value: null } },
    PartlyFilled: { args: { value: partly } },
    Complete: { args: { value: complete } },
    ReadOnly: { args: { value: complete, readonly: true } },
    Invalid: {
      args: { value: partly, required: true, name: 'response' },
      play: reportValidity,
      parameters: {
        docs: {
          description: {
            story:
              'Required, then `reportValidity()` is called (as a form submit would): the error summary lists each unrated item and links to it.',
          },
        },
      },
    },
    Spanish: {
      args: { value: partly },
      globals: { lang: 'es' },
      parameters: { docs: { description: { story: spanishBuiltInDescription } } },
    },
    Dark: { args: { value: partly }, globals: { theme: 'dark' } },
    HighContrast: { args: { value: partly }, globals: { theme: 'high-contrast' } },
    Narrow: {
      args: { value: partly },
      decorators: [narrow],
      parameters: {
        docs: {
          description: {
            story:
              'At 320 CSS px (a wrapper with the `cr-narrow` class): nothing scrolls sideways. The Viewport toolbar has a "Narrow (320 px)" size to try any story.',
          },
        },
      },
    },
    Print: {
      args: { value: complete, readonly: true },
      parameters: { docs: { description: { story: printDescription } } },
    },
  } satisfies Record<string, RubricStory>;
}
