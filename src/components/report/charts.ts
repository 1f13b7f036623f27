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

/** Maps a position to x on an axis from `x0` to `x0 + width`, lowest rated level at `x0`. */
function axis(view: ReportView, x0: number, width: number): (position: number) => number {
  const { positions, ratedOrder } = view.scale;
  const lo = positions[ratedOrder[0] ?? 0] ?? 0;
  const hi = positions[ratedOrder[ratedOrder.length - 1] ?? 0] ?? 0;
  return (p) => (hi === lo ? x0 + width / 2 : x0 + ((p - lo) / (hi - lo)) * width);
}

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

function figure(id: string, caption: string, body: SVGTemplateResult, width: number, height: number, options: FigureOptions = {}): TemplateResult {
  const chart = html`<svg viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="img" aria-labelledby=${id} focusable="false">${body}</svg>`;
  return html`<figure class="chart" part="chart">
    ${options.wide ?? true ? html`<div class="scroll" tabindex="0" role="group" aria-labelledby=${id}>${chart}</div>` : chart}
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

const STRIP = { width: 360, pad: 28, dot: 14, bar: 60, axis: 22, label: 16 } as const;

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

/** An item's spread: the strip chart and its data table. */
export function renderItemStrip(view: ReportView, item: Item, d: ItemAggregate): TemplateResult {
  const levels = ratedLevels(view);
  const x = axis(view, STRIP.pad, STRIP.width - 2 * STRIP.pad);
  const names = namesByLevel(view, item);
  const plot = names ? largest(d) * STRIP.dot : STRIP.bar + 14;
  const base = plot + 12;
  const height = base + STRIP.axis;
  const mx = d.median === null ? 0 : x(d.median);
  // Where the median line must stop: above a bar's count label it would otherwise cross.
  let stop = base;
  const marks = levels.map((level) => {
    const cx = x(level.position ?? 0);
    const count = d.counts[level.id] ?? 0;
    if (names) {
      return (names.get(level.id) ?? []).map(
        (name, k) => svg`<circle class="mark" cx=${cx} cy=${base - (k + 0.5) * STRIP.dot} r="5.5"><title>${name}: ${tr(view, level.label)}</title></circle>`,
      );
    }
    const h = (count / largest(d)) * STRIP.bar;
    if (d.median !== null && Math.abs(mx - cx) < STRIP.label) stop = Math.min(stop, base - h - STRIP.label);
    return svg`<rect class="bar" x=${cx - 9} y=${base - h} width="18" height=${h}></rect>
      <text class="count" x=${cx} y=${base - h - 3} text-anchor="middle">${count}</text>`;
  });
  // Drawn after the marks, on a halo, so a median that sits on a column of dots stays visible;
  // dashes and the triangle tell it apart without colour.
  const median = d.median === null ? nothing : svg`<g class="median-group">
    <line class="median-halo" x1=${mx} x2=${mx} y1="7" y2=${stop}></line>
    <line class="median" x1=${mx} x2=${mx} y1="8" y2=${stop}></line>
    <path class="median-mark" d="M ${mx - 5} 0 h 10 l -5 7 z"></path></g>`;
  const ticks = levels.map(
    (level) => svg`<text class="tick" x=${x(level.position ?? 0)} y=${base + 16} text-anchor="middle">${shortLabel(view, level)}</text>`,
  );
  const title = itemTitle(view, item.id);
  const medianText = positionText(view, d.median);
  const caption = names ? view.strings.stripCaption(title, d.n, medianText) : view.strings.barsCaption(title, d.n, medianText);
  const body = svg`<line class="axis" x1="4" x2=${STRIP.width - 4} y1=${base} y2=${base}></line>${marks}${median}${ticks}`;
  return html`${figure(`cap-${item.id}`, caption, body, STRIP.width, height, { wide: false, below: renderAnchors(view, item) })}
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

const HEAT = { gutter: 210, cell: 64, row: 36, head: 28, maxOpacity: 0.35 } as const;

export function renderHeatMap(view: ReportView): TemplateResult {
  const s = view.strings;
  const levels = view.rubric.scale.levels ?? [];
  const sections = view.aggregate.sections;
  const max = Math.max(1, ...sections.flatMap((sec) => Object.values(sec.counts)));
  const width = HEAT.gutter + levels.length * HEAT.cell + 4;
  const height = HEAT.head + sections.length * HEAT.row + 4;
  const heads = levels.map(
    (l, j) => svg`<text class="tick" x=${HEAT.gutter + (j + 0.5) * HEAT.cell} y="18" text-anchor="middle">${shortLabel(view, l)}</text>`,
  );
  const rows = sections.map((sec, i) => {
    const y = HEAT.head + i * HEAT.row;
    return svg`<text class="label" x=${HEAT.gutter - 8} y=${y + HEAT.row / 2 + 4} text-anchor="end">${tr(view, view.rubric.sections[i]!.title)}</text>
      ${levels.map((l, j) => {
        const count = sec.counts[l.id] ?? 0;
        const cx = HEAT.gutter + j * HEAT.cell;
        return svg`<rect class="cell" x=${cx + 1} y=${y + 1} width=${HEAT.cell - 2} height=${HEAT.row - 2}></rect>
          <rect class="heat" x=${cx + 1} y=${y + 1} width=${HEAT.cell - 2} height=${HEAT.row - 2} fill-opacity=${(count / max) * HEAT.maxOpacity}></rect>
          <text class="count" x=${cx + HEAT.cell / 2} y=${y + HEAT.row / 2 + 5} text-anchor="middle">${count}</text>`;
      })}`;
  });
  const table = html`<table part="data-table">
    <caption>${s.heatTitle}</caption>
    <thead><tr><th scope="col">${s.section}</th>${levels.map((l) => html`<th scope="col">${tr(view, l.label)}</th>`)}<th scope="col">${s.total}</th></tr></thead>
    <tbody>${sections.map(
      (sec, i) => html`<tr><th scope="row">${tr(view, view.rubric.sections[i]!.title)}</th>
        ${levels.map((l) => html`<td class="num">${sec.counts[l.id] ?? 0}</td>`)}
        <td class="num">${sec.answered}</td></tr>`,
    )}</tbody>
  </table>`;
  return html`<section class="layout-chart" part="heat-map" aria-labelledby="heat-title">
    <h3 id="heat-title">${s.heatTitle}</h3>
    ${figure('cap-heat', s.heatCaption, svg`${heads}${rows}`, width, height)} ${dataTable(view, s.heatTitle, table)}
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// Continuum: partners placed on the stages

const CONT = { width: 600, head: 44, line: 14, r: 11, gap: 6, lines: 3 } as const;

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
  // One column per stage; marks sit in the middle of their column.
  const half = CONT.width / (2 * Math.max(1, levels.length));
  const x = axis(view, half, CONT.width - 2 * half);
  const runs = targetRuns(levels).map(([a, b]) => [x(levels[a]!.position ?? 0) - half + 2, x(levels[b]!.position ?? 0) + half - 2] as const);
  // Labels keep clear of the first outline edge they would run into.
  const edge = Math.min(CONT.width, ...runs.flat().filter((e) => e > 80));
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
      <line class="axis" x1=${half} x2=${CONT.width - half} y1=${cy} y2=${cy}></line>
      ${levels.map((l) => {
        const count = d.counts[l.id] ?? 0;
        const cx = x(l.position ?? 0);
        return count === 0
          ? nothing
          : svg`<circle class="mark big" cx=${cx} cy=${cy} r=${CONT.r}></circle><text class="count on-mark" x=${cx} y=${cy + 4} text-anchor="middle">${count}</text>`;
      })}
      ${d.median === null ? nothing : svg`<path class="median-mark" d="M ${x(d.median)} ${cy + CONT.r + 2} l 5 6 l -5 6 l -5 -6 z"></path>`}</g>`;
  });
  const height = y + 2;
  const heads = svg`${runs.map(
    ([x0, x1]) => svg`<rect class="target" x=${x0} y="2" width=${x1 - x0} height=${height - 4}></rect>
      <text class="tick target-label" x=${(x0 + x1) / 2} y="36" text-anchor="middle">${s.target}</text>`,
  )}${levels.map((l) => svg`<text class="tick" x=${x(l.position ?? 0)} y="18" text-anchor="middle">${shortLabel(view, l)}</text>`)}`;
  const atTargetStages = levels.filter((l) => l.target).map((l) => tr(view, l.label)).join(', ');
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
          (p) => html`<tr><th scope="row">${p.name}</th><td>${s.partnersAtTarget(p.score.targets?.met ?? 0, p.score.targets?.total ?? 0)}</td></tr>`,
        )}</tbody>
      </table>`
    : nothing;
  return html`<section class="layout-chart" part="continuum" aria-labelledby="continuum-title">
    <h3 id="continuum-title">${s.continuumTitle(plural)}</h3>
    <p class="targets">${s.teamTargets(o.atTarget, o.n, atTargetStages)}</p>
    ${figure('cap-continuum', s.continuumCaption(plural), svg`${heads}${rows}`, CONT.width, height)}
    ${dataTable(view, s.continuumTitle(plural), html`${table}${people}`)}
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// Bipolar scale: the team profile

const PROFILE = { gutter: 230, width: 330, head: 26, row: 30 } as const;

export function renderProfile(view: ReportView): TemplateResult {
  const s = view.strings;
  const levels = ratedLevels(view);
  const items = view.aggregate.items;
  const x = axis(view, PROFILE.gutter + 12, PROFILE.width - 24);
  const y = (i: number) => PROFILE.head + (i + 0.5) * PROFILE.row;
  const width = PROFILE.gutter + PROFILE.width + 4;
  const height = PROFILE.head + items.length * PROFILE.row + 4;
  const people = view.people;
  const grid = levels.map((l) => {
    const gx = x(l.position ?? 0);
    return svg`<line class="grid" x1=${gx} x2=${gx} y1=${PROFILE.head - 4} y2=${height - 2}></line>
      <text class="tick" x=${gx} y="16" text-anchor="middle">${shortLabel(view, l)}</text>`;
  });
  const anchors = items.map((d) => itemById(view, d.itemId)?.anchors);
  const ends = [levels[0], levels.at(-1)].map((l) => (l ? shortLabel(view, l) : ''));
  const labels = items.map((d, i) => {
    const a = anchors[i];
    const hint = a ? svg`<title>${ends[0]}: ${tr(view, a.low)} · ${ends[1]}: ${tr(view, a.high)}</title>` : nothing;
    return svg`<text class="label" x=${PROFILE.gutter - 8} y=${y(i) + 4} text-anchor="end">${hint}${itemTitle(view, d.itemId)}</text>`;
  });
  const withAnchors = anchors.some(Boolean);
  const line = (points: readonly (readonly [number, number] | null)[]) => {
    // Break the line where an item is not rated instead of bridging the gap.
    const runs: string[] = [];
    let run: string[] = [];
    for (const p of points) {
      if (p) run.push(`${p[0]},${p[1]}`);
      else if (run.length) {
        runs.push(run.join(' '));
        run = [];
      }
    }
    if (run.length) runs.push(run.join(' '));
    return runs;
  };
  const members = people
    ? people.map((p) => {
        const points = items.map((d, i) => {
          const position = p.score.items.find((it) => it.itemId === d.itemId)?.position ?? null;
          return position === null ? null : ([x(position), y(i)] as const);
        });
        return svg`<g class="member"><title>${p.name}</title>
          ${line(points).map((pts) => svg`<polyline points=${pts}></polyline>`)}
          ${points.map((pt) => (pt ? svg`<circle cx=${pt[0]} cy=${pt[1]} r="3"></circle>` : nothing))}</g>`;
      })
    : items.map((d, i) =>
        d.min === null || d.max === null ? nothing : svg`<rect class="range" x=${x(d.min) - 4} y=${y(i) - 6} width=${x(d.max) - x(d.min) + 8} height="12"></rect>`,
      );
  const team = items.map((d, i) => (d.median === null ? null : ([x(d.median), y(i)] as const)));
  const teamLine = svg`<g class="team"><title>${s.team}</title>
    ${line(team).map((pts) => svg`<polyline points=${pts}></polyline>`)}
    ${team.map((pt) => (pt ? svg`<rect x=${pt[0] - 5} y=${pt[1] - 5} width="10" height="10"></rect>` : nothing))}</g>`;
  const legend = html`<ul class="legend" part="legend">
    <li>${people ? s.legendMembers(people.length) : s.legendRange}</li><li>${s.legendTeam}</li></ul>`;
  const table = html`<table part="data-table" class="profile">
    <caption>${s.profileTitle}</caption>
    <thead><tr><th scope="col">${s.item}</th>
      ${withAnchors ? html`<th scope="col" class="anchor">${s.lowAnchor(ends[0]!)}</th><th scope="col" class="anchor">${s.highAnchor(ends[1]!)}</th>` : nothing}
      ${(people ?? []).map((p) => html`<th scope="col">${p.name}</th>`)}
      <th scope="col">${s.median}</th><th scope="col">${s.mean}</th><th scope="col">${s.range}</th></tr></thead>
    <tbody>${items.map(
      (d, i) => html`<tr><th scope="row">${itemTitle(view, d.itemId)}</th>
        ${withAnchors
          ? html`<td class="anchor">${tr(view, anchors[i]?.low)}</td><td class="anchor">${tr(view, anchors[i]?.high)}</td>`
          : nothing}
        ${(people ?? []).map((p) => {
          const rated = p.score.items.find((it) => it.itemId === d.itemId);
          return html`<td class="num">${rated?.levelId ? tr(view, (view.rubric.scale.levels ?? []).find((l) => l.id === rated.levelId)?.label) : '–'}</td>`;
        })}
        <td class="num">${num(view, d.median)}</td><td class="num">${num(view, d.mean)}</td>
        <td class="num">${d.min === null ? '–' : `${num(view, d.min)}–${num(view, d.max)}`}</td></tr>`,
    )}</tbody>
  </table>`;
  const caption = `${people ? s.profileCaption(people.length) : `${s.legendRange}. ${s.legendTeam}.`}${withAnchors ? ` ${s.profileAnchors(ends[0]!, ends[1]!)}` : ''}`;
  return html`<section class="layout-chart" part="profile" aria-labelledby="profile-title">
    <h3 id="profile-title">${s.profileTitle}</h3>
    ${figure('cap-profile', caption, svg`${grid}${labels}${members}${teamLine}`, width, height, { extra: legend })}
    ${dataTable(view, s.profileTitle, table)}
  </section>`;
}


/** A checklist's items by how many ticked them, most first (the "top areas"). */
function renderTally(view: ReportView): TemplateResult {
  const s = view.strings;
  return html`<section class="layout-chart" part="tally" aria-labelledby="tally-title">
    <h3 id="tally-title">${s.mostTicked}</h3>
    <ol class="tally">${view.tally.map(
      (e) => html`<li>${itemTitle(view, e.itemId)}: ${s.tickedBy(e.ticks, view.aggregate.responses)}${e.everyone
        ? html` · <strong>${view.rubric.scale.agreement ? s.everyoneAgrees : s.everyoneTicked}</strong>`
        : nothing}</li>`,
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
