import { compactCells, compactPoints } from './compact-points.js';
import { levelsLayout, name } from './levels.js';
import { tableForm } from './table.js';

/** A row of points between two end labels (the team assessment, the Norms Inventory). */
export const bipolarScale = levelsLayout(
  name,
  true,
  compactPoints(2.25),
  tableForm({ wide: 56, narrow: 44, columns: [3, 7], anchors: [2, 5, 2], line: compactCells }),
);
