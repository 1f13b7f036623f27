import { css, html, nothing } from 'lit';
import { isTarget, levelsLayout, meaning, name, oneLine } from './levels.js';

/** Stages with their meaning and target marks, per subject (the relationship continuum, the decision continuum). */
export const continuum = levelsLayout(
  (view, level) =>
    html`${name(view, level)}${isTarget(view, level) ? html`<span class="badge" part="target">${view.strings.target}</span>` : nothing}${meaning(view, level)}`,
  false,
  css`
    /* The continuum itself: an arrow from the first stage past the last, down the side of the
       list or along the top of the line, so it always spans every stage. */
    .layout-continuum .options {
      position: relative;
      padding-inline-start: 1.25rem;
    }
    .layout-continuum .options::before {
      content: '';
      position: absolute;
      inset-block: 0.5rem 0.9rem;
      inset-inline-start: 0.4rem;
      border-inline-start: 3px solid var(--_border);
    }
    .layout-continuum .options::after {
      content: '';
      position: absolute;
      inset-block-end: 0.4rem;
      inset-inline-start: calc(0.4rem - 5px);
      border-inline: 6.5px solid transparent;
      border-block-start: 10px solid var(--_border);
    }
    ${oneLine(
      8,
      0.5,
      (line) => css`
        ${line} {
          padding: 1rem 0 0;
        }
        ${line} > .option {
          flex-direction: column;
          hyphens: auto;
        }
        ${line}::before {
          inset-block: 0.4rem auto;
          inset-inline: 0.5rem 0.9rem;
          border-inline-start: 0;
          border-block-start: 3px solid var(--_border);
        }
        ${line}::after {
          inset-block: calc(0.4rem - 5px) auto;
          inset-inline: auto 0.4rem;
          border-block: 6.5px solid transparent;
          border-inline: 10px solid var(--_border);
          border-inline-end: 0;
        }
      `,
    )}
  `,
);
