import { html } from 'lit';
import { t } from '../templates.js';
import { levelsLayout, name, oneLine } from './levels.js';
import { tableForm } from './table.js';

/**
 * A descriptor per level (the Coherence Progression). A cell with a descriptor is one template
 * with the level's name and the descriptor, not one per part: the 42 cells render 84 template
 * instances fewer at the first render (docs/performance.md).
 */
export const descriptorGrid = levelsLayout(
  (view, level, item) => {
    const descriptor = item.descriptors?.[level.id];
    return descriptor
      ? html`<span class="level-name">${t(view, level.label)}</span><span class="descriptor" part="descriptor">${t(view, descriptor)}</span>`
      : name(view, level);
  },
  true,
  oneLine(11, 0.5),
  tableForm({ wide: 60, narrow: 44, columns: [2, 7] }),
);
