import { css } from 'lit';

/** The charts' rules (`charts.ts`): every position is an SVG attribute; colours and strokes come from here. */
export default css`
  /* Charts: every position is an SVG attribute; colours and strokes come from here. */
  figure {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  /* A chart is as wide as its card: x positions are percentages of the width and y are pixels
     (the height attribute), so text and marks keep their size at 320 px and at 1200 px. */
  figure svg.fill {
    display: block;
    width: 100%;
    overflow: visible;
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
  /* The median has a lane of its own under the axis: a triangle and its value, beside the dots. */
  svg .median-mark {
    fill: var(--_team);
  }
  svg .median-label {
    font-weight: 600;
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
  /* Heat tables (the team profile, sections by stage): each count on a chip of the surface colour,
     so it reads on any shade; the shade steps by the count's share of the largest. */
  table.heat {
    width: 100%;
    border-collapse: separate;
    border-spacing: 2px;
  }
  table.heat th,
  table.heat td {
    min-width: 0;
    border: none;
  }
  table.heat caption {
    font-weight: normal;
  }
  table.heat thead th.level,
  table.heat td.heat {
    text-align: center;
    padding: 0.3rem 0.15rem;
  }
  table.heat td.heat {
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table.heat td.h1 {
    background: color-mix(in srgb, var(--_accent) 15%, var(--_surface));
  }
  table.heat td.h2 {
    background: color-mix(in srgb, var(--_accent) 35%, var(--_surface));
  }
  table.heat td.h3 {
    background: color-mix(in srgb, var(--_accent) 55%, var(--_surface));
  }
  table.heat td.h4 {
    background: color-mix(in srgb, var(--_accent) 80%, var(--_surface));
  }
  table.heat .count {
    display: inline-block;
    min-width: 1.4em;
    padding: 0 0.2em;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  table.heat td.h0 .count {
    font-weight: normal;
    color: var(--_muted);
  }
  table.heat .median-mark {
    color: var(--_team);
    margin-inline-start: 0.1em;
  }
  /* Between two levels: on the line between their cells. */
  table.heat .median-mark.after {
    position: absolute;
    inset-inline-end: 0;
    top: 50%;
    transform: translate(50%, -50%);
    margin: 0;
    z-index: 1;
    line-height: 1;
    background: var(--_surface);
    border-radius: 50%;
  }
  /* Narrow containers: each row's label, and its median, take a line of their own above and
     below its cells, so the cells keep their room (the head row lines up with them). */
  @container (max-width: 36rem) {
    table.heat,
    table.heat caption,
    table.heat thead,
    table.heat tbody {
      display: block;
    }
    table.heat tr {
      display: flex;
      flex-wrap: wrap;
      gap: 2px;
      margin-bottom: 0.35rem;
    }
    table.heat th,
    table.heat td {
      flex: 1 1 0;
      min-width: 0;
    }
    table.heat thead th.level,
    table.heat td.heat {
      padding: 0.2rem 0;
    }
    table.heat .cell-label {
      display: inline;
    }
    table.heat .count {
      min-width: 0;
      padding: 0 0.1em;
    }
    table.heat th[scope='row'],
    table.heat thead th:first-child,
    table.heat .median,
    table.heat thead th.median {
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    svg text {
      fill: CanvasText;
    }
    svg .mark,
    svg .bar,
    svg .median-mark {
      fill: CanvasText;
    }
    svg .mark.big {
      fill: Canvas;
      stroke: CanvasText;
    }
    svg .axis,
    svg .grid,
    svg .target {
      stroke: CanvasText;
    }
  }
  @media print {
    figure {
      break-inside: avoid;
    }
    table.heat td.heat {
      print-color-adjust: exact;
    }
  }
`;
