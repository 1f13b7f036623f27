import { css } from 'lit';

/** The team's agreed rating (`renderAgreed`): level choices (the shared choice style, denser) and a note. */
export default css`
  /* The team's agreed rating */
  fieldset.agreed {
    margin: 0;
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    display: grid;
    gap: 0.5rem;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .options {
    display: grid;
    gap: 0.35rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 7rem), 1fr));
  }
  /* Denser than a rubric's levels: a team lead's tool with one row of levels per item. */
  .option {
    --_choice-min: 32px;
    --_choice-pad-block: 0.25rem;
    gap: 0.4rem;
    align-items: center;
  }
  .option.checked {
    font-weight: 600;
  }
  .note {
    display: grid;
    gap: 0.25rem;
  }
  textarea {
    font: inherit;
    color: inherit;
    max-width: 100%;
    box-sizing: border-box;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem;
    width: 100%;
    resize: vertical;
  }
  @media print {
    .option:not(.checked) {
      display: none !important;
    }
    fieldset.agreed {
      break-inside: avoid;
    }
  }
`;
