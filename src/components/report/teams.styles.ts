import { css } from 'lit';

/** The teams view (`renderTeamsTable`): one column per team, each cell a median with its spread and count. */
export default css`
  /* Teams side by side */
  table[part='teams-table'] th[scope='row'] {
    min-width: 10em;
    max-width: 22em;
  }
  .team-cell {
    min-width: 8em;
  }
  .team-cell > span,
  th .team-name,
  th .detail {
    display: block;
  }
  .team-cell .head {
    font-weight: 600;
  }
  .team-cell .detail,
  th .detail {
    color: var(--_muted);
    font-weight: normal;
    font-size: 0.9em;
  }
  /* A flagged cell says "Discuss" in words and with the flag, and gets a rule on its side: never colour alone. */
  .team-cell.flagged {
    border-inline-start: 4px solid var(--_accent);
  }
  .team-cell .discuss-mark {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }
  th.all,
  .team-cell:last-child {
    border-inline-start: 2px solid var(--_border);
  }
  tr.row-section th,
  tr.row-section td {
    border-top: 2px solid var(--_border);
  }
`;
