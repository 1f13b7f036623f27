import { css } from 'lit';
import { choice } from '../../styles/choice.js';
import { surface } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';
import agreed from './agreed.styles.js';
import charts from './charts.styles.js';
import files from './files.styles.js';
import tables from './tables.styles.js';
import teams from './teams.styles.js';

/** The report's own frame: sections, item cards, items to discuss, members' notes, print colours. */
const report = css`
  :host {
    --_mark: var(--cr-report-mark, var(--_accent));
    --_team: var(--cr-report-team, var(--_text));
  }
  p {
    margin: 0.25em 0;
  }
  .subtitle,
  .central,
  figcaption {
    color: var(--_muted);
  }
  section,
  .item {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  /* Grid items may shrink below their content: wide tables scroll inside, the page never does. */
  .base > *,
  section > *,
  .item > *,
  .drop > *,
  figure > * {
    min-width: 0;
    max-width: 100%;
  }
  .item,
  .files,
  .overview,
  .layout-chart,
  .comparison,
  .agreed-subjects,
  .not-counted,
  .respondents,
  .subject-texts {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_gap);
  }
  .item.flagged {
    border-width: 3px;
    border-style: dashed;
  }
  .item:focus {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .discuss-mark {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-weight: 600;
  }
  .discuss-cell,
  .item-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .discuss-cell li {
    display: flex;
    gap: 0.35rem;
    align-items: flex-start;
  }
  .discuss-cell li + li {
    margin-top: 0.25rem;
  }
  .discuss-list li,
  .item-list li {
    margin: 0.15rem 0;
  }
  .in-section {
    font-weight: 600;
  }
  .moved ul {
    padding-inline-start: 1.5rem;
  }
  .icon {
    flex: none;
    vertical-align: -0.15em;
  }
  .rule {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.5rem;
  }
  /* Answers left out of every figure: a problem to fix, so drawn like one (border and words, not colour alone). */
  .not-counted {
    border-color: var(--_error);
    border-width: 2px;
  }
  .not-counted ul,
  .field-counts {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .field-counts {
    font-weight: 600;
  }
  /* Members' own notes on an item: text only, line breaks kept. */
  .notes ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .notes li + li {
    margin-top: 0.25rem;
  }
  .note-text {
    white-space: pre-line;
  }
  .notice,
  .definition-error {
    margin: 0;
  }
  .definition-error {
    color: var(--_error);
  }
  button {
    justify-self: start;
  }
  a {
    color: var(--_accent);
  }
  :is(button, a, input, textarea, summary, .scroll):focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    :host {
      background: none;
      color: #000;
      --_text: #000;
      --_muted: #000;
      --_surface: #fff;
      --_page: #fff;
      --_border: #000;
      --_mark: #000;
      --_team: #000;
      --_accent: #000;
      --_chosen: #ddd;
    }
    button {
      display: none !important;
    }
    .item {
      break-inside: avoid;
    }
  }
`;

/** Shared tokens and surface first, then each template's own rules (one file per owner). */
export default [tokens, surface, choice, report, charts, tables, teams, files, agreed];
