import { html, nothing } from 'lit';
import { t } from '../templates.js';
import { levelsLayout, name, oneLine } from './levels.js';
import { tableForm } from './table.js';

/** A descriptor per level (the Coherence Progression). */
export const descriptorGrid = levelsLayout(
  (view, level, item) => {
    const descriptor = item.descriptors?.[level.id];
    return html`${name(view, level)}${descriptor ? html`<span class="descriptor" part="descriptor">${t(view, descriptor)}</span>` : nothing}`;
  },
  true,
  oneLine(11, 0.5),
  tableForm({ wide: 60, narrow: 44, columns: [2, 7] }),
);
