import { css } from 'lit';

/** Design tokens with fallbacks; themes only change these. */
export const tokens = css`
  :host {
    --_accent: var(--cr-color-accent, #1d4ed8);
    --_text: var(--cr-color-text, #1f2937);
    --_muted: var(--cr-color-muted, #4b5563);
    --_surface: var(--cr-color-surface, #ffffff);
    --_page: var(--cr-color-background, #f8fafc);
    --_border: var(--cr-color-border, #6b7280);
    --_chosen: var(--cr-color-chosen, #dbeafe);
    --_error: var(--cr-color-error, #b91c1c);
    --_radius: var(--cr-radius, 6px);
    --_gap: var(--cr-space, 0.75rem);
    --_focus: var(--cr-focus-ring, 3px solid var(--_accent));
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_accent: var(--cr-color-accent, #93c5fd);
    --_text: var(--cr-color-text, #f1f5f9);
    --_muted: var(--cr-color-muted, #cbd5e1);
    --_surface: var(--cr-color-surface, #1e293b);
    --_page: var(--cr-color-background, #0f172a);
    --_border: var(--cr-color-border, #94a3b8);
    --_chosen: var(--cr-color-chosen, #1e3a8a);
    --_error: var(--cr-color-error, #fca5a5);
  }
  :host([theme='high-contrast']) {
    --_accent: #000000;
    --_text: #000000;
    --_muted: #000000;
    --_surface: #ffffff;
    --_page: #ffffff;
    --_border: #000000;
    --_chosen: #ffff00;
    --_error: #9b0000;
    --_focus: 4px solid #000000;
  }
`;
