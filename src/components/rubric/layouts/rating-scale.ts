import { levelsLayout, name, oneLine } from './levels.js';
import { tableForm } from './table.js';

/** A row of labelled points. */
export const ratingScale = levelsLayout(name, true, oneLine(8, 0.5), tableForm({ wide: 44, narrow: 34, columns: [3, 4] }));
