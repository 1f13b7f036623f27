import { css } from 'lit';
import { surface } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';

const editor = css`
  .title {
    font-size: 1.25rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: end;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .columns {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @container (min-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .preview {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }
  .form,
  .preview,
  .output {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  .group {
    margin: 0;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
  }
  legend,
  summary {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  summary {
    cursor: pointer;
    min-height: 24px;
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gap);
  }
  .row > * {
    flex: 1 1 min(12rem, 100%);
  }
  .control {
    display: grid;
    gap: 0.2rem;
    margin: 0.35rem 0;
    min-width: 0;
  }
  .control.check {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .control.check input {
    width: 24px;
    height: 24px;
    margin: 0;
  }
  .pair {
    display: grid;
    gap: 0 var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
  }
  .untranslated > .control:last-child :is(input, textarea) {
    border-style: dashed;
  }
  label {
    font-weight: 500;
  }
  input,
  textarea,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_page);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.5rem;
    min-height: 32px;
    box-sizing: border-box;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
  }
  .control > :is(input:not([type='checkbox']), textarea, select) {
    width: 100%;
  }
  .toolbar > * {
    min-width: 0;
    max-width: 100%;
  }
  :is(input, textarea, select, button, summary, pre, a):focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  .help,
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.25rem;
    align-items: center;
  }
  .handle {
    cursor: grab;
    padding: 0 0.25rem;
    user-select: none;
  }
  button.icon {
    min-width: 32px;
    padding: 0.1rem 0.4rem;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.add {
    justify-self: start;
    margin-top: 0.5rem;
  }
  .problems {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_gap);
    background: var(--_surface);
  }
  .problems ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .problems li {
    margin: 0.25rem 0;
  }
  .problems a {
    display: inline-block;
    min-height: 24px;
    padding: 0.15rem 0;
  }
  a {
    color: var(--_accent);
  }
  .ok,
  .status {
    margin: 0;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0.25rem 0;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_page);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .paste {
    flex-basis: 100%;
    display: grid;
    gap: 0.25rem;
  }
`;

export default [tokens, surface, editor];
