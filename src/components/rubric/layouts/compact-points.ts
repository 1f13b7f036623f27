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

/**
 * The table form's cells (`TableColumns.line`): the points' line, without a box for the choice's
 * text, all of which the table form hides but a level's † mark (the column heads name the levels).
 * An empty grid beside each radio cost the first layout about 0.7 ms in the team assessment
 * (docs/performance.md); the radio's margin keeps the gap that box had, so a cell is as tall as
 * before and a † sits where it did.
 */
export const compactCells = (line: CSSResult) => css`
  ${compactLine(line)}
  ${line} > .option {
    gap: 0;
  }
  ${line} > .option > input {
    margin-block-end: 0.5rem;
  }
  ${line} > .option > .option-text {
    display: contents;
  }
`;

/** Points in a compact line where `point` em each fit (the radio beside its label in a list). */
export const compactPoints = (point: number) => oneLine(point, 0.25, compactLine);
