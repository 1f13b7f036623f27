import { css } from 'lit';

/** The charts' rules (`charts.ts`): every position is an SVG attribute; colours and strokes come from here. */
export default css`
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
  }
  @media print {
    figure {
      break-inside: avoid;
    }
    .item figure svg,
    figure svg {
      max-width: 100%;
    }
  }
`;
