import { css } from 'lit';

/** The report's tables (sections, comparison, each chart's data table): scrolling, stacking in narrow containers, print. */
export default css`
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
  @media print {
    /* Printed pages have no "Show data table" to press: print the tables open. */
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    details > summary {
      display: none;
    }
    table {
      break-inside: avoid;
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
    table.profile {
      table-layout: fixed;
    }
    table.profile thead th:first-child {
      width: 10em;
    }
  }
`;
