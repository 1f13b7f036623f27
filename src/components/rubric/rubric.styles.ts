import { css } from 'lit';
import { choice } from '../../styles/choice.js';
import { surface } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';

export default [
  tokens,
  surface,
  choice,
  css`
    :host {
      container-name: cr-rubric;
    }
    /* No text or control widens the element past its container: it wraps, or its own box scrolls. */
    .base {
      grid-template-columns: minmax(0, 1fr);
    }
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
      grid-template-columns: minmax(0, 1fr);
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
    /* The legend names the group but draws no box of its own: a fieldset's rendered legend sits on
       its border and is no grid item, and a float does not stop WebKit rendering it so (it computes
       a legend's float as none). The title inside it is the box, in the cards and in the table
       form's first column alike (docs/engines.md). */
    legend {
      display: contents;
    }
    legend > .item-title {
      display: block;
      font-weight: 600;
      padding: 0 0.25em;
      margin-bottom: 0.5em;
    }
    /* A scale's options: one list here, one line where they fit (each layout's oneLine rules,
       measured on the list of items or the subject's card around them; a container inside the
       item's fieldset would lose a focused radio in Chromium after reportValidity()). */
    .items,
    .subject {
      container: cr-scale / inline-size;
    }
    .options {
      display: grid;
      gap: 0.5rem;
      grid-template-columns: minmax(0, 1fr);
    }
    /* A narrow element keeps more of its width for the scales. */
    @container cr-rubric (width < 30em) {
      .base {
        --_gap: calc(var(--cr-space, 0.75rem) * 2 / 3);
      }
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
      grid-template-columns: minmax(0, 1fr);
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
      /* An unopened note prints as the box to write it in, as on the paper form. */
      button.open-field {
        display: block !important;
        width: 100%;
        min-height: 4em;
        text-align: start;
        background: none;
        color: #000;
      }
    }
  `,
];
