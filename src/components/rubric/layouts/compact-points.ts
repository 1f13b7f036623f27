import { css } from 'lit';

/** Points in a compact row, each label centred under its radio. */
export const compactPoints = css`
  :is(.layout-indicator-table, .layout-bipolar-scale) .options {
    grid-template-columns: repeat(auto-fit, minmax(3rem, 1fr));
  }
  :is(.layout-indicator-table, .layout-bipolar-scale) .option {
    flex-direction: column;
    align-items: center;
    text-align: center;
  }
`;
