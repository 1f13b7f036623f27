import { css, html, nothing } from 'lit';
import { isTarget, levelsLayout, meaning, name } from './levels.js';

/** Stages with their meaning and target marks, per subject (the relationship continuum, the decision continuum). */
export const continuum = levelsLayout(
  (view, level) =>
    html`${name(view, level)}${isTarget(view, level) ? html`<span class="badge" part="target">${view.strings.target}</span>` : nothing}${meaning(view, level)}`,
  false,
  css`
    .layout-continuum .options {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
      position: relative;
      padding-top: 1rem;
    }
    /* The continuum itself: a line with an arrowhead running from the first stage to the targets. */
    .layout-continuum .options::before {
      content: '';
      position: absolute;
      top: 0.4rem;
      inset-inline: 0.5rem 0.9rem;
      border-top: 3px solid var(--_border);
    }
    .layout-continuum .options::after {
      content: '';
      position: absolute;
      top: calc(0.4rem - 5px);
      inset-inline-end: 0.4rem;
      border-block: 6.5px solid transparent;
      border-inline-start: 10px solid var(--_border);
    }
  `,
);
