import { css } from 'lit';

/** The files part (`renderFiles`): the drop zone, the import report and the downloads. */
export default css`
  /* Files */
  .drop {
    display: grid;
    gap: 0.35rem;
    justify-items: start;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .drop.dragging {
    border-style: solid;
    border-color: var(--_accent);
    background: var(--_chosen);
  }
  .exports {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .import-report:empty {
    display: none;
  }
  .import-report ul {
    margin: 0.25rem 0;
  }
  input[type='file'] {
    font: inherit;
    color: inherit;
    max-width: 100%;
    box-sizing: border-box;
    min-height: 32px;
  }
  @media print {
    .files {
      display: none !important;
    }
  }
`;
