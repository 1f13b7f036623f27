import { css } from 'lit';
import { compactPoints } from './compact-points.js';
import { levelsLayout, name } from './levels.js';

/** A row of points between two end labels (the team assessment, the Norms Inventory). */
export const bipolarScale = levelsLayout(
  name,
  true,
  css`
    ${compactPoints}
    @container (min-width: 48rem) {
      .layout-bipolar-scale .item > .options {
        grid-template-columns: repeat(auto-fit, minmax(2.5rem, 1fr));
      }
    }
  `,
);
