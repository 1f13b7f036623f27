/**
 * The table form of a grid rubric (items × levels, as on the paper forms): one row per item, its
 * title in the first column, one cell per level, the item's fields and clear button under its
 * cells, the level names once above each section. Each row is still the item's fieldset and radio
 * group (the same names, descriptions and keys as the cards); only the arrangement changes, so it
 * is no `<table>`.
 *
 * Chosen by the element's own width (container queries on the host, never the viewport):
 * - `density="auto"` (default): the table from `wide` em up, the cards below;
 * - `density="compact"`: the table from `narrow` em up (tighter columns), the cards below;
 * - `density="comfortable"`: the cards at every width.
 * The columns are fractions with a zero minimum, so every row and the heads line up without a
 * subgrid, and a cell never widens its row. See docs/layouts.md.
 */
import { css, html, type CSSResult, type TemplateResult } from 'lit';
import { t, type View } from '../templates.js';
import type { TableForm } from './levels.js';

export interface TableColumns {
  /** Where the table starts (`density="auto"`), in em of the element's own width. */
  readonly wide: number;
  /** Where it starts for `density="compact"`. */
  readonly narrow: number;
  /** The row's columns in fractions: the title's, then the scale's. */
  readonly columns: readonly [title: number, scale: number];
  /** With end labels: the scale's own columns in fractions, low anchor, the levels, high anchor. */
  readonly anchors?: readonly [low: number, levels: number, high: number];
  /**
   * The layout's rules for its options on one line (`oneLine`'s `row`), applied to every row: the
   * table form's items are no `cr-scale` container (see `rules`).
   */
  readonly line?: (line: CSSResult) => CSSResult;
}

// Selector fragments for rules(). The empty hole keeps scripts/minify-literals.mjs from parsing a
// fragment as a stylesheet (it minifies whole stylesheets only, and leaves literals with holes).
const HOLE = css``;
const AUTO = css`:host(:not([density='comfortable']))${HOLE}`;
const COMPACT = css`:host([density='compact'])${HOLE}`;

/** The rules of the table form, under `host` (the density's `:host(…)` selector). */
function rules(host: CSSResult, { columns, anchors, line }: TableColumns): CSSResult {
  // The items are no container here: every row's options are one line of cells, whatever the
  // width, so the one-line queries would only cost a style pass per section (docs/performance.md).
  return css`
    ${host} .items {
      container-type: normal;
      gap: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    ${host} .items > :is(.columns, .item) {
      display: grid;
      grid-template-columns: minmax(0, ${columns[0]}fr) minmax(0, ${columns[1]}fr);
      grid-template-rows: repeat(6, auto) 1fr;
      column-gap: 0.75em;
      padding: 0.5em 0.75em;
    }
    ${host} .items > .item {
      border: 0;
      border-block-start: 1px solid var(--_border);
      border-radius: 0;
      background: none;
    }
    ${host} .items > .item.invalid {
      border: 3px solid var(--_error);
    }
    /* The title (and description, marks) in the first column; the cells, then the fields under them. */
    ${host} .items > .item > * {
      grid-column: 1;
    }
    /* The legend draws no box (rubric.styles.ts): its title is the grid item. */
    ${host} .items > .item > legend > .item-title {
      grid-column: 1;
      grid-row: span 2;
    }
    ${host} .items > .item > .item-footer {
      grid-column: 2;
      grid-row: 2 / -1;
    }
    ${host} .items .scale {
      grid-column: 2;
      grid-row: 1;
      display: grid;
      grid-template-columns: ${anchors ? css`minmax(0, ${anchors[0]}fr) minmax(0, ${anchors[1]}fr) minmax(0, ${anchors[2]}fr)` : css`minmax(0, 1fr) ${HOLE}`};
      column-gap: 0.75em;
      align-items: start;
    }
    ${host} .items .scale > .options {
      grid-column: ${anchors ? 2 : 1};
      grid-row: 1;
      grid-template-columns: none;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      gap: 0.25em;
    }
    ${host} .items .scale > .anchor {
      grid-row: 1;
      margin: 0;
      font-size: 0.9em;
    }
    ${host} .items .scale > .low {
      grid-column: 1;
      text-align: end;
    }
    ${host} .items .scale > .high {
      grid-column: 3;
      text-align: start;
    }
    /* Cells: the radio (and a descriptor); the level's name is the column's head. */
    ${host} .items .scale .option {
      border-color: transparent;
      justify-content: center;
    }
    ${host} .items .scale .option.checked {
      border-color: var(--_accent);
    }
    ${host} .items .scale .option:has(.descriptor) {
      justify-content: start;
    }
    ${host} .items .scale .option :is(.level-name, .short) {
      display: none;
    }
    ${host} .items > .columns {
      display: grid;
    }
    ${line ? line(css`${host} .items .scale > .options`) : HOLE}
  `;
}

/** The table form for a layout: its column heads, its container queries and the heads' look. */
export const tableForm = (spec: TableColumns): TableForm => ({ columns: renderColumns, styles: tableRules(spec) });

function tableRules(spec: TableColumns): CSSResult {
  return css`
    .columns {
      display: none;
      font-weight: 600;
      hyphens: auto;
    }
    /* The heads' own size only: the rows' gaps and padding stay in the rows' em. */
    .columns .options > span {
      font-size: 0.875em;
      text-align: center;
      overflow-wrap: break-word;
    }
    @container cr-rubric (width >= ${spec.wide}em) {
      ${rules(AUTO, spec)}
    }
    @container cr-rubric (width >= ${spec.narrow}em) {
      ${rules(COMPACT, spec)}
    }
  `;
}

/** A section's column heads: each level's name over its column. Hidden from assistive technology, since each radio says its level. */
function renderColumns(view: View): TemplateResult {
  const levels = view.rubric.scale.levels ?? [];
  return html`<div class="columns" part="columns" aria-hidden="true">
    <span></span>
    <div class="scale"><div class="options">${levels.map((level) => html`<span>${t(view, level.label)}</span>`)}</div></div>
  </div>`;
}
