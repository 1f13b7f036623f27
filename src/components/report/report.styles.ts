import { css } from 'lit';
import { surface, tokens } from '../rubric/rubric.styles.js';

export default [
  tokens,
  surface,
  css`
    :host {
      --_mark: var(--cr-report-mark, var(--_accent));
      --_team: var(--cr-report-team, var(--_text));
      --_member: var(--cr-report-member, var(--_muted));
    }
    p {
      margin: 0.25em 0;
    }
    .subtitle,
    .central,
    figcaption,
    .legend {
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
    .agreed-subjects {
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
    /* Charts: every position is an SVG attribute; colours and strokes come from here. */
    figure {
      margin: 0;
      display: grid;
      gap: 0.25rem;
    }
    figure svg {
      display: block;
      width: 100%;
      height: auto;
      max-width: 40rem;
    }
    .item figure svg {
      max-width: 28rem;
    }
    figure .scroll {
      overflow-x: auto;
    }
    figure .scroll svg {
      min-width: 30rem;
    }
    figure .scroll:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    svg text {
      fill: var(--_text);
      font-size: 11px;
      font-family: inherit;
    }
    svg .tick {
      font-size: 10px;
    }
    svg .count {
      font-size: 11px;
      font-weight: 600;
      /* A halo keeps the number readable where a line crosses it. */
      paint-order: stroke;
      stroke: var(--_surface);
      stroke-width: 3px;
    }
    svg .heat + .count {
      stroke: none;
    }
    svg .axis,
    svg .grid {
      stroke: var(--_border);
      stroke-width: 1;
    }
    svg .grid {
      stroke-dasharray: 2 3;
    }
    svg .mark {
      fill: var(--_mark);
      stroke: var(--_surface);
      stroke-width: 1.5;
    }
    svg .mark.big {
      fill: var(--_surface);
      stroke: var(--_mark);
      stroke-width: 2.5;
    }
    svg .bar {
      fill: var(--_mark);
    }
    svg .median {
      stroke: var(--_team);
      stroke-width: 2;
      stroke-dasharray: 5 3;
    }
    svg .median-mark {
      fill: var(--_team);
    }
    /* The median is drawn over the marks: a halo in the surface colour keeps its dashes visible
       where it runs through a column of dots; it never takes the dots' hover titles. */
    svg .median-group {
      pointer-events: none;
    }
    svg .median-halo {
      stroke: var(--_surface);
      stroke-width: 4;
    }
    svg .cell {
      fill: var(--_surface);
      stroke: var(--_border);
    }
    svg .heat {
      fill: var(--_accent);
    }
    svg .target {
      fill: none;
      stroke: var(--_border);
      stroke-width: 1.5;
      stroke-dasharray: 6 3;
    }
    /* An item's anchors: what the two ends of the scale mean, under the ends of its strip. */
    .anchors {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.25rem 1rem;
      margin: 0;
      max-width: 28rem;
      font-size: 0.9em;
    }
    .anchor {
      display: flex;
      gap: 0.4rem;
      align-items: baseline;
    }
    .anchor.high {
      flex-direction: row-reverse;
      text-align: end;
    }
    .anchor dt {
      flex: none;
      font-weight: 700;
      min-width: 1.5em;
      padding: 0 0.25em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      text-align: center;
    }
    .anchor dd {
      margin: 0;
    }
    @container (max-width: 24rem) {
      .anchors {
        grid-template-columns: 1fr;
      }
      .anchor.high {
        flex-direction: row;
        text-align: start;
      }
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
    svg .member polyline {
      fill: none;
      stroke: var(--_member);
      stroke-width: 1.25;
      stroke-opacity: 0.7;
    }
    svg .member circle {
      fill: var(--_member);
    }
    svg .team polyline {
      fill: none;
      stroke: var(--_team);
      stroke-width: 3.5;
    }
    svg .team rect {
      fill: var(--_team);
    }
    svg .range {
      fill: var(--_chosen);
      stroke: var(--_border);
    }
    .legend {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    /* Tables */
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      margin: 0.5rem 0;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-bottom: 0.25rem;
    }
    th,
    td {
      overflow-wrap: normal;
      min-width: 3em;
      text-align: start;
      padding: 0.2rem 0.6rem;
      border-bottom: 1px solid var(--_border);
      vertical-align: top;
    }
    td.num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    th.sub {
      font-weight: normal;
      padding-inline-start: 1.5rem;
    }
    tr.row-section th,
    tr.row-overall th {
      font-weight: 700;
    }
    td.change {
      white-space: nowrap;
    }
    th.anchor,
    td.anchor {
      min-width: 12em;
      max-width: 18em;
    }
    .cell-label {
      display: none;
    }
    /* Narrow containers: the sections table's rows become stacked blocks of labelled lines, so a
       long "Items to discuss" cell no longer stretches every other cell of its row. */
    @container (max-width: 40rem) {
      table.stacking,
      table.stacking tbody,
      table.stacking tr,
      table.stacking th,
      table.stacking td {
        display: block;
      }
      table.stacking {
        width: 100%;
      }
      table.stacking thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      table.stacking tr {
        border-top: 1px solid var(--_border);
        padding: 0.35rem 0;
      }
      table.stacking th,
      table.stacking td {
        border: none;
        padding: 0.1rem 0.25rem;
        text-align: start;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      table.stacking td {
        display: grid;
        grid-template-columns: minmax(6rem, 35%) 1fr;
        gap: 0.5rem;
      }
      table.stacking .cell-label {
        display: block;
        color: var(--_muted);
      }
    }
    .change .arrow {
      display: inline-block;
      min-width: 1.2em;
    }
    details summary {
      cursor: pointer;
      min-height: 24px;
      padding: 0.25rem 0;
    }
    /* Files */
    .drop {
      display: grid;
      gap: 0.35rem;
      justify-items: start;
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      padding: var(--_gap);
    }
    .drop.dragging {
      border-style: solid;
      border-color: var(--_accent);
      background: var(--_chosen);
    }
    .exports {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .import-report:empty {
      display: none;
    }
    .import-report ul {
      margin: 0.25rem 0;
    }
    .notice,
    .definition-error {
      margin: 0;
    }
    .definition-error {
      color: var(--_error);
    }
    /* The team's agreed rating */
    fieldset.agreed {
      margin: 0;
      min-width: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5rem;
      display: grid;
      gap: 0.5rem;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25em;
    }
    .options {
      display: grid;
      gap: 0.35rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 7rem), 1fr));
    }
    .option {
      display: flex;
      gap: 0.4rem;
      align-items: center;
      min-height: 32px;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    .option.checked {
      background: var(--_chosen);
      border-width: 3px;
      border-color: var(--_accent);
      padding: calc(0.25rem - 2px) calc(0.5rem - 2px);
      font-weight: 600;
    }
    .option.checked span::after {
      content: ' ✓';
    }
    .option:focus-within {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    .option input {
      width: 24px;
      height: 24px;
      margin: 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .option input:focus-visible {
      outline: none;
    }
    .note {
      display: grid;
      gap: 0.25rem;
    }
    textarea,
    input[type='file'] {
      font: inherit;
      color: inherit;
      max-width: 100%;
      box-sizing: border-box;
    }
    textarea {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.4rem;
      width: 100%;
      resize: vertical;
    }
    input[type='file'] {
      min-height: 32px;
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
    @media (forced-colors: active) {
      svg text {
        fill: CanvasText;
      }
      svg .mark,
      svg .bar,
      svg .team rect,
      svg .member circle,
      svg .median-mark,
      svg .heat {
        fill: CanvasText;
      }
      svg .mark.big,
      svg .cell {
        fill: Canvas;
        stroke: CanvasText;
      }
      svg .median-halo {
        stroke: Canvas;
      }
      svg .team polyline,
      svg .member polyline,
      svg .median,
      svg .axis,
      svg .grid,
      svg .target {
        stroke: CanvasText;
      }
      .option.checked {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
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
        --_member: #555;
        --_accent: #000;
        --_chosen: #ddd;
      }
      .files,
      button,
      .option:not(.checked) {
        display: none !important;
      }
      /* Printed pages have no "Show data table" to press: print the tables open. */
      details::details-content {
        content-visibility: visible;
        display: contents;
      }
      details > summary {
        display: none;
      }
      .item,
      figure,
      table,
      fieldset.agreed {
        break-inside: avoid;
      }
      .item figure svg,
      figure svg {
        max-width: 100%;
      }
      /* Paper does not scroll: wide tables shrink to the page instead. */
      .scroll {
        overflow: visible;
      }
      table {
        width: 100%;
        font-size: 0.8em;
      }
      th,
      td {
        min-width: 0;
        padding: 0.1rem 0.25rem;
        overflow-wrap: anywhere;
      }
      table[data-chart='profile'] {
        table-layout: fixed;
      }
      table[data-chart='profile'] thead th:first-child {
        width: 10em;
      }
    }
  `,
];
