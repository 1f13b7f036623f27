import { css } from 'lit';

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
