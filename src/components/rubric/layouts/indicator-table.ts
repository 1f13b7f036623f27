import { css, html } from 'lit';
import { t } from '../templates.js';
import { compactCells, compactPoints } from './compact-points.js';
import { levelsLayout } from './levels.js';
import { tableForm } from './table.js';

/** Compact levels with the meanings in a legend above (the SLT indicators). */
export const indicatorTable = levelsLayout(
  (view, level) => {
    const short = level.shortLabel ? t(view, level.shortLabel) : '';
    const label = t(view, level.label);
    // One template with both labels rather than the name's own inside (docs/performance.md).
    return short && short !== label
      ? html`<span class="short">${short}</span><span class="level-name">${label}</span>`
      : html`<span class="short">${label}</span>`;
  },
  true,
  css`
    ${compactPoints(5.25)}
    .layout-indicator-table .level-name {
      font-weight: normal;
      font-size: 0.8em;
    }
  `,
  tableForm({ wide: 48, narrow: 40, columns: [2, 5], line: compactCells }),
);
