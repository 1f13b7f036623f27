import { css } from 'lit';
import { oneLine } from './levels.js';

/**
 * Points in a compact line, each label centred under its radio, where `point` em each fit (the
 * radio beside its label in a list). The chosen point's mark is its border and its radio alone.
 */
export const compactPoints = (point: number) =>
  oneLine(
    point,
    0.25,
    (line) => css`
      ${line} > .option {
        flex-direction: column;
        align-items: center;
        text-align: center;
        --_choice-pad-inline: 0.125em;
      }
      ${line} .checked .level-name::after {
        content: none;
      }
    `,
  );
