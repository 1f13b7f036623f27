import { css } from 'lit';

/** Design tokens with fallbacks; themes only change these. */
export const tokens = css`
  :host {
    --_accent: var(--cr-color-accent, #1d4ed8);
    --_text: var(--cr-color-text, #1f2937);
    --_muted: var(--cr-color-muted, #4b5563);
    --_surface: var(--cr-color-surface, #ffffff);
    --_page: var(--cr-color-background, #f8fafc);
    --_border: var(--cr-color-border, #6b7280);
    --_chosen: var(--cr-color-chosen, #dbeafe);
    --_error: var(--cr-color-error, #b91c1c);
    --_radius: var(--cr-radius, 6px);
    --_gap: var(--cr-space, 0.75rem);
    --_focus: var(--cr-focus-ring, 3px solid var(--_accent));
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_accent: var(--cr-color-accent, #93c5fd);
    --_text: var(--cr-color-text, #f1f5f9);
    --_muted: var(--cr-color-muted, #cbd5e1);
    --_surface: var(--cr-color-surface, #1e293b);
    --_page: var(--cr-color-background, #0f172a);
    --_border: var(--cr-color-border, #94a3b8);
    --_chosen: var(--cr-color-chosen, #1e3a8a);
    --_error: var(--cr-color-error, #fca5a5);
  }
  :host([theme='high-contrast']) {
    --_accent: #000000;
    --_text: #000000;
    --_muted: #000000;
    --_surface: #ffffff;
    --_page: #ffffff;
    --_border: #000000;
    --_chosen: #ffff00;
    --_error: #9b0000;
    --_focus: 4px solid #000000;
  }
`;

/** The host box, wrapper, headings and buttons every element of the library shares. */
export const surface = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_page);
    font-family: var(--cr-font-family, system-ui, sans-serif);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* A page's ':focus { outline }' would ring the whole element whenever a control inside has focus
     (the host matches :focus then); each control draws its own ring instead (docs/theming.md). */
  :host(:focus) {
    outline: none !important;
  }
  a {
    color: var(--_accent);
  }
  .base {
    display: grid;
    gap: var(--_gap);
    padding: var(--_gap);
  }
  h2,
  h3,
  h4 {
    margin: 0.25em 0;
    line-height: 1.25;
  }
  button {
    font: inherit;
    min-height: 32px;
    min-width: 24px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
`;

export default [
  tokens,
  surface,
  css`
    .description,
    .source,
    .translation,
    .aliases,
    .provenance,
    .help {
      color: var(--_muted);
      margin: 0.25em 0;
    }
    .help {
      display: block;
      font-size: 0.9em;
    }
    .section,
    .subjects,
    .items,
    .subject {
      display: grid;
      gap: var(--_gap);
    }
    fieldset.item,
    .subject {
      margin: 0;
      min-width: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: var(--_gap);
    }
    legend {
      font-weight: 600;
      padding: 0 0.25em;
      float: left;
      width: 100%;
      margin-bottom: 0.5em;
    }
    legend + * {
      clear: left;
    }
    .options {
      display: grid;
      gap: 0.5rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    }
    .mark {
      color: var(--_muted);
      font-size: 0.85em;
      margin: 0.25em 0 0;
    }
    .option-text .mark {
      margin-inline-start: 0.25em;
    }
    .provenance summary {
      cursor: pointer;
      min-height: 24px;
    }
    .option {
      position: relative;
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      min-height: 44px;
      padding: 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    .option.checked {
      background: var(--_chosen);
      border-width: 3px;
      border-color: var(--_accent);
      padding: calc(0.5rem - 2px);
    }
    /* A mark to see, not to hear: the radio itself says it is chosen. */
    .option.checked .level-name::after {
      content: ' ✓' / '';
    }
    .option:focus-within {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    .option input {
      flex: none;
      width: 24px;
      height: 24px;
      margin: 0;
      accent-color: var(--_accent);
    }
    .option input:focus-visible {
      outline: none;
    }
    .option-text {
      display: grid;
      gap: 0.25rem;
      min-width: 0;
    }
    .level-name,
    .short {
      font-weight: 600;
    }
    .is-target {
      border-style: dashed;
    }
    .badge {
      display: inline-block;
      font-size: 0.8em;
      border: 1px solid currentColor;
      border-radius: 999px;
      padding: 0 0.5em;
      justify-self: start;
    }
    .anchor {
      margin: 0.25rem 0;
      font-style: italic;
    }
    .anchor.high {
      text-align: end;
    }
    .item-footer {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
      align-items: end;
      margin-top: 0.5rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      flex: 1 1 14rem;
      min-width: 0;
    }
    .field.check {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: center;
      column-gap: 0.5rem;
    }
    .field.check .help {
      grid-column: 2;
    }
    .field.check input {
      width: 24px;
      height: 24px;
      margin: 0;
    }
    .response-fields {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
    }
    input[type='text'],
    input[type='date'],
    textarea,
    select {
      font: inherit;
      color: inherit;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.4rem;
      min-height: 24px;
      max-width: 100%;
      box-sizing: border-box;
    }
    textarea {
      width: 100%;
      resize: vertical;
    }
    /* Room above and below a focused control when the browser scrolls it into view, so a host's
       sticky header (up to --cr-scroll-margin tall) never hides it. */
    :is(button, a, input, textarea, select, summary) {
      scroll-margin-block: var(--cr-scroll-margin, 8rem);
    }
    :is(button, a, input, textarea, select):focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .suggestions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0;
      width: 100%;
    }
    .error,
    .definition-error {
      color: var(--_error);
      font-weight: 600;
      margin: 0.25rem 0;
    }
    fieldset.invalid {
      border: 3px solid var(--_error);
    }
    .error-summary {
      border: 4px solid var(--_error);
      padding: var(--_gap);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .error-summary a {
      color: var(--_error);
      display: inline-block;
      min-height: 24px;
      padding-block: 0.125rem;
    }
    .notice {
      border-inline-start: 4px solid var(--_accent);
      padding-inline-start: 0.5rem;
      margin: 0;
    }
    .legend {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      gap: 0.25rem 1rem;
      margin: 0;
    }
    .legend div {
      display: flex;
      gap: 0.5rem;
    }
    .legend dt {
      font-weight: 700;
      min-width: 2.5em;
    }
    .legend dd {
      margin: 0;
    }
    .status:empty {
      display: none;
    }
    @media (forced-colors: active) {
      .option.checked {
        border-color: Highlight;
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      .option:focus-within {
        outline: 3px solid CanvasText;
      }
      fieldset.invalid {
        border-color: Mark;
      }
    }
    .instructions.original {
      display: none;
    }
    @media print {
      :host {
        background: none;
        color: #000;
      }
      .has-original .instructions.screen {
        display: none;
      }
      .instructions.original {
        display: revert;
      }
      button,
      .add,
      .status,
      .clear {
        display: none !important;
      }
      fieldset.item,
      .subject {
        break-inside: avoid;
      }
      .option:not(.checked) {
        border-style: dotted;
      }
    }
  `,
];
