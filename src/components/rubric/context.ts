import { createContext } from '@lit/context';
import type { UiStrings } from '../../i18n/strings.js';
import type { Rubric, RubricResponse } from '../../rubrics/schema.js';
import type { ResponseScore } from '../../scoring/index.js';

/** What a rubric container shares with its nested parts. */
export interface RubricState {
  readonly rubric: Rubric;
  readonly response: RubricResponse;
  /** Computed by `src/scoring`; parts only display it. */
  readonly score: ResponseScore;
  readonly lang: string;
  readonly strings: UiStrings;
  readonly readonly: boolean;
}

export const rubricContext = createContext<RubricState | undefined>(Symbol.for('collab-rubrics:rubric'));

/** Shared by `<cr-rubric-session>` with every rubric inside it. */
export interface SessionState {
  readonly lang?: string;
  readonly respondent?: string;
  readonly date?: string;
  readonly school?: string;
  readonly team?: string;
  readonly role?: string;
  readonly cycle?: string;
}

export const sessionContext = createContext<SessionState | undefined>(Symbol.for('collab-rubrics:session'));
