import { css } from 'lit';

/**
 * A choice drawn as a button: a label wrapping a native radio (or checkbox) and its text, as in a
 * rubric's levels and the report's agreed rating. The chosen one is `.checked`; its name carries a
 * `.level-name` class for the check mark. An element sets `--_choice-pad-block`,
 * `--_choice-pad-inline` and `--_choice-min` for its density (default: 44 px touch targets).
 */
export const choice = css`
  .option {
    position: relative;
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-height: var(--_choice-min, 44px);
    padding: var(--_choice-pad-block, 0.5rem) var(--_choice-pad-inline, 0.5rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option.checked {
    background: var(--_chosen);
    border-width: 3px;
    border-color: var(--_accent);
    padding: calc(var(--_choice-pad-block, 0.5rem) - 2px) calc(var(--_choice-pad-inline, 0.5rem) - 2px);
  }
  /* A mark to see, not to hear: the radio itself says it is chosen. */
  .option.checked .level-name::after {
    content: ' ✓' / '';
  }
  .option:focus-within {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .option input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .option input:focus-visible {
    outline: none;
  }
  @media (forced-colors: active) {
    .option.checked {
      border-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
