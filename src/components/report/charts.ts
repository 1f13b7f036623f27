/**
 * The report's SVG charts, each with a caption that names it and a data table with the same
 * figures. Every figure comes from `src/scoring`; the only arithmetic here is layout geometry
 * (where a mark goes, how long a bar is). Positions are SVG attributes: no `style=` anywhere.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Layout } from '../../rubrics/kinds.js';
import type { Item, Level } from '../../rubrics/schema.js';
import type { Distribution, ItemAggregate } from '../../scoring/index.js';
import { itemById, itemTitle, num, positionText, ratedLevels, shortLabel, tr, type ReportView } from './view.js';

/**
 * Maps a position to x on an axis as a percentage of the chart's width: each rated level sits in
 * the middle of an equal column (lowest first), so labels have a column's room whatever the
 * width. Charts are as wide as their card; x is a percentage and y a pixel, so text keeps its size.
 */
function axis(view: ReportView): (position: number) => number {
  const { positions, ratedOrder } = view.scale;
  const lo = positions[ratedOrder[0] ?? 0] ?? 0;
  const hi = positions[ratedOrder[ratedOrder.length - 1] ?? 0] ?? 0;
  const columns = Math.max(1, ratedOrder.length);
  return (p) => (hi === lo ? 50 : ((0.5 + ((p - lo) / (hi - lo)) * (columns - 1)) / columns) * 100);
}

/** `x` (a percentage of the chart's width) as an SVG length. */
const pct = (x: number): string => `${Math.round(x * 100) / 100}%`;

/** A group placed at `x`% across and `y` px down: its children are drawn in pixels around that point. */
const at = (x: number, y: number, body: SVGTemplateResult | SVGTemplateResult[]) =>
  svg`<svg x=${pct(x)} y=${y} width="1" height="1" overflow="visible">${body}</svg>`;

/** The largest count of a distribution, at least 1: the full length of a bar. */
const largest = (d: Distribution): number => Math.max(1, ...Object.values(d.counts));

/** A small flag icon drawn beside the word "Discuss", so the mark is not colour alone. */
export const flagIcon = html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
  <path d="M3 1v14M3 2h9l-2 3 2 3H3" fill="none" stroke="currentColor" stroke-width="2"></path></svg>`;

/**
 * A chart with its caption. Wide charts keep a legible minimum size and scroll sideways inside a
 * keyboard-focusable region on narrow screens (charts are the WCAG reflow exception; the data
 * table beside each one reflows).
 */
interface FigureOptions {
  /** Shown right under the chart, before the caption (an item's anchors). */
  readonly below?: unknown;
  /** Shown after the caption (a legend). */
  readonly extra?: unknown;
  /** Keeps a minimum size and scrolls sideways when the screen is narrower (default true). */
  readonly wide?: boolean;
}

function figure(id: string, caption: string, body: SVGTemplateResult, height: number, options: FigureOptions = {}): TemplateResult {
  // As wide as the card (CSS width: 100%), as tall as its content: x positions are percentages.
  const chart = html`<svg class="fill" width="100%" height=${height} role="img" aria-labelledby=${id} focusable="false">${body}</svg>`;
  return html`<figure class="chart" part="chart">
    ${(options.wide ?? true) ? html`<div class="scroll" tabindex="0" role="group" aria-labelledby=${id}>${chart}</div>` : chart}
    ${options.below ?? nothing}<figcaption id=${id}>${caption}</figcaption>${options.extra ?? nothing}
  </figure>`;
}

/** Tables too wide for the screen scroll inside their own keyboard-reachable region. */
export const scrollable = (label: string, table: TemplateResult) =>
  html`<div class="scroll" tabindex="0" role="region" aria-label=${label}>${table}</div>`;

const dataTable = (view: ReportView, label: string, table: TemplateResult) =>
  html`<details class="data" part="data"><summary>${view.strings.showTable}</summary>${scrollable(label, table)}</details>`;

// ---------------------------------------------------------------------------------------------
// Per item: one mark per person (or a bar per level for a large team)

const STRIP = { top: 4, pitch: 12, r: 5, rows: 8, bar: 60, lane: 16, label: 14 } as const;

/** Who chose each level of `item`, by name, from the people's own scores. */
function namesByLevel(view: ReportView, item: Item): Map<string, string[]> | undefined {
  if (!view.people || view.rubric.subjects) return undefined;
  const byLevel = new Map<string, string[]>();
  for (const person of view.people) {
    const level = person.score.items.find((i) => i.itemId === item.id)?.levelId;
    if (level) byLevel.set(level, [...(byLevel.get(level) ?? []), person.name]);
  }
  return byLevel;
}

/** Where the `k`-th of `n` dots of a level goes, in pixels from the level's point on the axis: up to `rows` high, then another column beside. */
function dotAt(k: number, n: number): [number, number] {
  const columns = Math.ceil(n / STRIP.rows);
  return [(Math.floor(k / STRIP.rows) - (columns - 1) / 2) * STRIP.pitch, -((k % STRIP.rows) + 0.5) * STRIP.pitch];
}

/**
 * The median, in its own lane under the axis: a triangle pointing up at its place on the axis and
 * the word with the value beside it, never drawn through the dots or bars. Near the right end the
 * words go to the triangle's left.
 */
function medianLane(view: ReportView, mx: number, y: number, value: number | null): SVGTemplateResult | typeof nothing {
  if (value === null) return nothing;
  const right = mx > 60;
  // A level's own short label when the median is one ("Accelerating", "4"), else the figure ("2.5").
  const level = ratedLevels(view).find((l) => l.position === value);
  return svg`<g class="median-group">${at(
    mx,
    y,
    svg`<path class="median-mark" d="M 0 0 l 5 8 h -10 z"></path>
      <text class="median-label" x=${right ? -8 : 8} y="8" text-anchor=${right ? 'end' : 'start'}>${view.strings.median}: ${level ? shortLabel(view, level) : num(view, value)}</text>`,
  )}</g>`;
}

/** An item's spread: the strip chart (as wide as its card) and its data table. */
export function renderItemStrip(view: ReportView, item: Item, d: ItemAggregate): TemplateResult {
  const levels = ratedLevels(view);
  const x = axis(view);
  const names = namesByLevel(view, item);
  const tallest = names ? Math.min(largest(d), STRIP.rows) * STRIP.pitch : STRIP.bar + STRIP.label;
  const base = STRIP.top + tallest + 4;
  const lane = base + 4;
  const ticks = lane + STRIP.lane + STRIP.label;
  const height = ticks + 6;
  const marks = levels.map((level) => {
    const cx = x(level.position ?? 0);
    const count = d.counts[level.id] ?? 0;
    if (names) {
      const who = names.get(level.id) ?? [];
      if (!who.length) return nothing;
      return at(
        cx,
        base,
        who.map((name, k) => {
          const [dx, dy] = dotAt(k, who.length);
          return svg`<circle class="mark" cx=${dx} cy=${dy} r=${STRIP.r}><title>${name}: ${tr(view, level.label)}</title></circle>`;
        }),
      );
    }
    const h = (count / largest(d)) * STRIP.bar;
    return at(
      cx,
      base,
      svg`<rect class="bar" x="-9" y=${-h} width="18" height=${h}></rect>
      <text class="count" x="0" y=${-h - 3} text-anchor="middle">${count}</text>`,
    );
  });
  const labels = levels.map(
    (level) => svg`<text class="tick" x=${pct(x(level.position ?? 0))} y=${ticks} text-anchor="middle">${shortLabel(view, level)}</text>`,
  );
  const title = itemTitle(view, item.id);
  const medianText = positionText(view, d.median);
  const caption = names ? view.strings.stripCaption(title, d.n, medianText) : view.strings.barsCaption(title, d.n, medianText);
  const body = svg`<line class="axis" x1="0" x2="100%" y1=${base} y2=${base}></line>${marks}${medianLane(view, d.median === null ? 0 : x(d.median), lane, d.median)}${labels}`;
  return html`${figure(`cap-${item.id}`, caption, body, height, { wide: false, below: renderAnchors(view, item) })}
    ${dataTable(view, title, itemTable(view, item, d, names))}`;
}

/** What the two ends of the scale mean for an item: its low and high anchors, from the definition. */
function renderAnchors(view: ReportView, item: Item): TemplateResult | typeof nothing {
  if (!item.anchors) return nothing;
  const levels = ratedLevels(view);
  const end = (side: 'low' | 'high', level: Level | undefined) =>
    html`<div class=${`anchor ${side}`}><dt>${level ? shortLabel(view, level) : ''}</dt><dd>${tr(view, item.anchors![side])}</dd></div>`;
  return html`<dl class="anchors" part="anchors">
    ${end('low', levels[0])}${end('high', levels.at(-1))}</dl>`;
}

function itemTable(view: ReportView, item: Item, d: ItemAggregate, names: Map<string, string[]> | undefined) {
  const s = view.strings;
  return html`<table part="data-table">
    <caption>${itemTitle(view, item.id)}</caption>
    <thead><tr><th scope="col">${s.level}</th><th scope="col">${s.people}</th>${names ? html`<th scope="col">${s.who}</th>` : nothing}</tr></thead>
    <tbody>${(view.rubric.scale.levels ?? []).map(
      (level) => html`<tr><th scope="row">${tr(view, level.label)}</th>
        <td class="num">${d.counts[level.id] ?? 0}</td>
        ${names ? html`<td>${(names.get(level.id) ?? []).join(', ')}</td>` : nothing}</tr>`,
    )}</tbody>
    <tfoot>
      ${figureRow(s.ratings, String(d.n), names)} ${figureRow(s.median, positionText(view, d.median), names)}
      ${figureRow(s.mean, num(view, d.mean), names)}
      ${figureRow(s.range, d.min === null ? '–' : `${num(view, d.min)}–${num(view, d.max)} (${s.steps(num(view, d.steps))})`, names)}
    </tfoot>
  </table>`;
}

const figureRow = (label: string, text: string, names: unknown) =>
  html`<tr><th scope="row">${label}</th><td class="num" colspan=${names ? 2 : 1}>${text}</td></tr>`;

// ---------------------------------------------------------------------------------------------
// Indicator table: sections × stages

/** One row of a heat table: its counts per level id, and the figures shown after them. */
interface HeatRow {
  readonly label: string;
  readonly counts: Readonly<Record<string, number>>;
  /** The row's median (a position), marked in the cells, when the table shows medians. */
  readonly median?: number | null;
  /** The row's total, when the table shows totals. */
  readonly total?: number;
}

interface HeatSpec {
  /** The table's class besides `heat`: which chart it is. */
  readonly chart: string;
  readonly caption: string;
  /** Head of the row-label column. */
  readonly head: string;
  readonly rows: readonly HeatRow[];
  readonly withMedian: boolean;
  readonly withTotal: boolean;
}

/**
 * A heat table: rows (items or sections) by levels, each cell the number of ratings at that level
 * as text on a chip of the surface colour (so the count reads at any shade), the cell shaded in
 * four steps by its share of the largest count, and the row's median as a diamond beside the count
 * in its level's cell (on the line between two cells when it falls between levels), with the same
 * median as text in its own column. A real table: screen readers read every count with its row
 * and column heads. Narrow containers put each row's label on a line of its own.
 */
function heatTable(view: ReportView, spec: HeatSpec): TemplateResult {
  const s = view.strings;
  const levels = view.rubric.scale.levels ?? [];
  const rated = ratedLevels(view);
  const max = Math.max(1, ...spec.rows.flatMap((r) => levels.map((l) => r.counts[l.id] ?? 0)));
  // The median's place: on a rated level, or between it and the next one.
  const medianAt = (median: number | null | undefined, levelId: string): 'on' | 'after' | undefined => {
    if (median === null || median === undefined) return undefined;
    const i = rated.findIndex((l) => l.id === levelId);
    if (i < 0) return undefined;
    const p = rated[i]!.position ?? 0;
    if (p === median) return 'on';
    const next = rated[i + 1]?.position;
    return next !== undefined && p < median && median < next ? 'after' : undefined;
  };
  return html`<table class="heat ${spec.chart}" part="heat-table">
    <caption>${spec.caption}</caption>
    <thead><tr><th scope="col">${spec.head}</th>${levels.map((l) => {
      // A short head ("I") is named by the level's full label ("Initiating") for screen readers and as a tooltip.
      const full = tr(view, l.label);
      const short = shortLabel(view, l);
      return short === full
        ? html`<th scope="col" class="level">${short}</th>`
        : html`<th scope="col" class="level" aria-label=${full} title=${full}>${short}</th>`;
    })}
      ${spec.withMedian ? html`<th scope="col" class="median">${s.median}</th>` : nothing}${spec.withTotal ? html`<th scope="col">${s.total}</th>` : nothing}</tr></thead>
    <tbody>${spec.rows.map(
      (row) => html`<tr>
        <th scope="row">${row.label}</th>
        ${levels.map((l) => {
          const count = row.counts[l.id] ?? 0;
          const median = medianAt(row.median, l.id);
          return html`<td class="num heat h${count === 0 ? 0 : Math.ceil((count / max) * 4)}"
            ><span class="count">${count}</span>${median ? html`<span class="median-mark ${median}" aria-hidden="true">◆</span>` : nothing}</td>`;
        })}
        ${
          spec.withMedian
            ? html`<td class="median"><span class="cell-label" aria-hidden="true">${s.median}: </span>${positionText(view, row.median ?? null)}</td>`
            : nothing
        }
        ${spec.withTotal ? html`<td class="num">${row.total ?? 0}</td>` : nothing}</tr>`,
    )}</tbody>
  </table>`;
}

/** The indicator table's sections by stage, as a heat table. */
export function renderHeatMap(view: ReportView): TemplateResult {
  const s = view.strings;
  const rows = view.aggregate.sections.map((sec, i) => ({
    label: tr(view, view.rubric.sections[i]!.title),
    counts: sec.counts,
    total: sec.answered,
  }));
  return html`<section class="layout-chart" part="heat-map" aria-labelledby="heat-title">
    <h3 id="heat-title">${s.heatTitle}</h3>
    ${scrollable(s.heatTitle, heatTable(view, { chart: 'heat-map', caption: s.heatCaption, head: s.section, rows, withMedian: false, withTotal: true }))}
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// Continuum: partners placed on the stages

/** `min`: the narrowest the chart is drawn (px, its scroll region's `min-width: 30rem`); labels are wrapped to fit that. */
const CONT = { min: 480, head: 44, line: 14, r: 11, gap: 6, lines: 3 } as const;

/** A generous average advance of an 11 px label character, in chart units, so text stays inside its room. */
const CHAR = 6.2;

/** Cuts `text` to `max` characters, ending with "…" when anything was cut (or `cut` says so). */
const ellipsis = (text: string, max: number, cut = false): string =>
  text.length <= max && !cut ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;

/**
 * Lays a label's parts out on lines of at most `max` characters: parts are joined by " · " while
 * they fit, a part too long for a line wraps at spaces, and past `maxLines` the last line ends
 * with "…". Layout only: the full text goes in the row's `<title>` and in the data table.
 */
export function wrapLabel(parts: readonly string[], max: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const part of parts) {
    const joined = line ? `${line} · ${part}` : part;
    if (joined.length <= max) {
      line = joined;
      continue;
    }
    push();
    for (const word of part.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (next.length <= max || !line) line = next;
      else {
        push();
        line = word;
      }
    }
  }
  push();
  const kept = lines.slice(0, maxLines).map((l) => ellipsis(l, max));
  if (lines.length > maxLines) kept[maxLines - 1] = ellipsis(kept[maxLines - 1]!, max, true);
  return kept;
}

/** Runs of adjacent target stages, as indexes into `levels`: one outline goes around each run. */
function targetRuns(levels: readonly Level[]): [number, number][] {
  const runs: [number, number][] = [];
  levels.forEach((l, i) => {
    if (!l.target) return;
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}

export function renderContinuum(view: ReportView): TemplateResult {
  const s = view.strings;
  const spec = view.rubric.subjects!;
  const plural = tr(view, spec.pluralLabel ?? spec.label);
  const levels = ratedLevels(view);
  const subjects = view.aggregate.subjects ?? [];
  // One column per stage; marks sit in the middle of their column (x in % of the chart's width).
  const half = 50 / Math.max(1, levels.length);
  const x = axis(view);
  const runs = targetRuns(levels).map(
    ([a, b]) => [x(levels[a]!.position ?? 0) - half + 0.3, x(levels[b]!.position ?? 0) + half - 0.3] as const,
  );
  // Labels keep clear of the first outline edge they would run into, at the narrowest width drawn.
  const px = (percent: number) => (percent / 100) * CONT.min;
  const edge = Math.min(
    CONT.min,
    ...runs
      .flat()
      .map(px)
      .filter((e) => e > 80),
  );
  const maxChars = Math.floor((edge - 12) / CHAR);
  let y = CONT.head;
  const rows = subjects.map((subject) => {
    const d = subject.overall;
    const parts = [subject.name, s.atTarget(d.atTarget, d.n), ...(d.discuss ? [`⚑ ${s.discuss}`] : [])];
    const lines = wrapLabel(parts, maxChars, CONT.lines);
    const top = y;
    const cy = top + lines.length * CONT.line + 4 + CONT.r;
    y = cy + CONT.r + 14 + CONT.gap;
    return svg`<g class="row"><title>${parts.join(' · ')}</title>
      <text class="label" x="4" y=${top + 11}>${lines.map((text, k) => svg`<tspan x="4" y=${top + 11 + k * CONT.line}>${text}</tspan>`)}</text>
      <line class="axis" x1=${pct(half)} x2=${pct(100 - half)} y1=${cy} y2=${cy}></line>
      ${levels.map((l) => {
        const count = d.counts[l.id] ?? 0;
        return count === 0
          ? nothing
          : at(
              x(l.position ?? 0),
              cy,
              svg`<circle class="mark big" cx="0" cy="0" r=${CONT.r}></circle><text class="count on-mark" x="0" y="4" text-anchor="middle">${count}</text>`,
            );
      })}
      ${d.median === null ? nothing : at(x(d.median), cy + CONT.r + 2, svg`<path class="median-mark" d="M 0 0 l 5 6 l -5 6 l -5 -6 z"></path>`)}</g>`;
  });
  const height = y + 2;
  const heads = svg`${runs.map(
    ([x0, x1]) => svg`<rect class="target" x=${pct(x0)} y="2" width=${pct(x1 - x0)} height=${height - 4}></rect>
      <text class="tick target-label" x=${pct((x0 + x1) / 2)} y="36" text-anchor="middle">${s.target}</text>`,
  )}${levels.map((l) => svg`<text class="tick" x=${pct(x(l.position ?? 0))} y="18" text-anchor="middle">${shortLabel(view, l)}</text>`)}`;
  const atTargetStages = levels
    .filter((l) => l.target)
    .map((l) => tr(view, l.label))
    .join(', ');
  const o = view.aggregate.overall;
  const table = html`<table part="data-table">
    <caption>${s.continuumTitle(plural)}</caption>
    <thead><tr><th scope="col">${tr(view, spec.label)}</th>${levels.map((l) => html`<th scope="col">${tr(view, l.label)}</th>`)}
      <th scope="col">${s.median}</th><th scope="col">${s.target}</th><th scope="col">${s.discuss}</th></tr></thead>
    <tbody>${subjects.map(
      (subject) => html`<tr><th scope="row">${subject.name}</th>
        ${levels.map((l) => html`<td class="num">${subject.overall.counts[l.id] ?? 0}</td>`)}
        <td>${positionText(view, subject.overall.median)}</td>
        <td>${s.atTarget(subject.overall.atTarget, subject.overall.n)}</td>
        <td>${subject.overall.discuss ? s.discuss : ''}</td></tr>`,
    )}</tbody>
  </table>`;
  const people = view.people
    ? html`<table part="data-table">
        <caption>${s.personTargets}</caption>
        <tbody>${view.people.map(
          (p) =>
            html`<tr><th scope="row">${p.name}</th><td>${s.partnersAtTarget(p.score.targets?.met ?? 0, p.score.targets?.total ?? 0)}</td></tr>`,
        )}</tbody>
      </table>`
    : nothing;
  return html`<section class="layout-chart" part="continuum" aria-labelledby="continuum-title">
    <h3 id="continuum-title">${s.continuumTitle(plural)}</h3>
    <p class="targets">${s.teamTargets(o.atTarget, o.n, atTargetStages)}</p>
    ${figure('cap-continuum', s.continuumCaption(plural), svg`${heads}${rows}`, height)}
    ${dataTable(view, s.continuumTitle(plural), html`${table}${people}`)}
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// Bipolar scale: the team profile

/**
 * The team profile of a bipolar scale: a heat table of the dimensions by level (how many members
 * chose each level, the team's median beside the counts), readable for a team of 12 or 30 where
 * one line per member would cross into a tangle; the data table has each member's rating and the
 * anchors' words.
 */
export function renderProfile(view: ReportView): TemplateResult {
  const s = view.strings;
  const levels = ratedLevels(view);
  const items = view.aggregate.items;
  const people = view.people;
  const anchors = items.map((d) => itemById(view, d.itemId)?.anchors);
  const ends = [levels[0], levels.at(-1)].map((l) => (l ? shortLabel(view, l) : ''));
  const withAnchors = anchors.some(Boolean);
  const caption = `${s.profileCaption}${withAnchors ? ` ${s.profileAnchors(ends[0]!, ends[1]!)}` : ''}`;
  const heat = heatTable(view, {
    chart: 'profile-heat',
    caption,
    head: s.item,
    rows: items.map((d) => ({ label: itemTitle(view, d.itemId), counts: d.counts, median: d.median })),
    withMedian: true,
    withTotal: false,
  });
  const table = html`<table part="data-table" class="profile">
    <caption>${s.profileTitle}</caption>
    <thead><tr><th scope="col">${s.item}</th>
      ${withAnchors ? html`<th scope="col" class="anchor">${s.lowAnchor(ends[0]!)}</th><th scope="col" class="anchor">${s.highAnchor(ends[1]!)}</th>` : nothing}
      ${(people ?? []).map((p) => html`<th scope="col">${p.name}</th>`)}
      <th scope="col">${s.median}</th><th scope="col">${s.mean}</th><th scope="col">${s.range}</th></tr></thead>
    <tbody>${items.map(
      (d, i) => html`<tr><th scope="row">${itemTitle(view, d.itemId)}</th>
        ${
          withAnchors
            ? html`<td class="anchor">${tr(view, anchors[i]?.low)}</td><td class="anchor">${tr(view, anchors[i]?.high)}</td>`
            : nothing
        }
        ${(people ?? []).map((p) => {
          const rated = p.score.items.find((it) => it.itemId === d.itemId);
          return html`<td class="num">${rated?.levelId ? tr(view, (view.rubric.scale.levels ?? []).find((l) => l.id === rated.levelId)?.label) : '–'}</td>`;
        })}
        <td class="num">${num(view, d.median)}</td><td class="num">${num(view, d.mean)}</td>
        <td class="num">${d.min === null ? '–' : `${num(view, d.min)}–${num(view, d.max)}`}</td></tr>`,
    )}</tbody>
  </table>`;
  return html`<section class="layout-chart" part="profile" aria-labelledby="profile-title">
    <h3 id="profile-title">${s.profileTitle}</h3>
    ${scrollable(s.profileTitle, heat)} ${dataTable(view, s.profileTitle, table)}
  </section>`;
}

/** A checklist's items by how many ticked them, most first (the "top areas"). */
function renderTally(view: ReportView): TemplateResult {
  const s = view.strings;
  return html`<section class="layout-chart" part="tally" aria-labelledby="tally-title">
    <h3 id="tally-title">${s.mostTicked}</h3>
    <ol class="tally">${view.tally.map(
      (e) =>
        html`<li>${itemTitle(view, e.itemId)}: ${s.tickedBy(e.ticks, view.aggregate.responses)}${
          e.everyone ? html` · <strong>${view.rubric.scale.agreement ? s.everyoneAgrees : s.everyoneTicked}</strong>` : nothing
        }</li>`,
    )}</ol>
  </section>`;
}

/** The chart each layout shows above the items: a new layout does not compile until it decides. */
export const LAYOUT_CHARTS: Record<Layout, (view: ReportView) => TemplateResult | typeof nothing> = {
  'descriptor-grid': () => nothing,
  'indicator-table': renderHeatMap,
  continuum: renderContinuum,
  'bipolar-scale': renderProfile,
  'rating-scale': () => nothing,
  choices: () => nothing,
  checklist: renderTally,
  prompts: () => nothing,
};
