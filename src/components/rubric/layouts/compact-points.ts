import { css, type CSSResult } from 'lit';
import { oneLine } from './levels.js';

/**
 * Points on one line, each label centred under its radio (`line`: the options' selector). The
 * chosen point's mark is its border and its radio alone.
 */
export const compactLine = (line: CSSResult) => css`
  ${line} > .option {
    flex-direction: column;
    align-items: center;
    text-align: center;
    --_choice-pad-inline: 0.125em;
  }
  ${line} .checked .level-name::after {
    content: none;
  }
`;

/** Points in a compact line where `point` em each fit (the radio beside its label in a list). */
export const compactPoints = (point: number) => oneLine(point, 0.25, compactLine);
