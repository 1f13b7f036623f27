import { createContext } from '@lit/context';
import type { UiStrings } from '../../i18n/strings.js';
import { emptyResponse } from '../../rubrics/new-response.js';
import { RESPONSE_TEXT } from '../../rubrics/input-limits.js';
import type { Rubric, RubricResponse } from '../../rubrics/schema.js';
import type { ResponseScore } from '../../scoring/index.js';
import type { XapiSettings } from '../../controllers/xapi-controller.js';

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
  /** Where the rubrics send their statements (`xapi-endpoint` and the `xapi*` properties of the session). */
  readonly xapi?: XapiSettings;
}

export const sessionContext = createContext<SessionState | undefined>(Symbol.for('collab-rubrics:session'));

/** A new response to `rubric`, pre-filled with what the session knows (respondent, cycle, and the response fields it names). */
export function sessionResponse(rubric: Rubric, session: SessionState | undefined): RubricResponse {
  // What a response cannot hold is left out (and said once in the console), never saved in a
  // draft that could not be read back.
  const fits = (name: string, text: string | undefined, max: number): text is string => {
    if (!text) return false;
    if (text.length <= max) return true;
    console.warn(`collab-rubrics: the session's ${name} is longer than ${max} characters; it is left out of the response.`);
    return false;
  };
  const fields: Record<string, string> = {};
  for (const f of rubric.responseFields ?? []) {
    const given = session?.[f.id as keyof SessionState];
    if (typeof given === 'string' && fits(f.id, given, RESPONSE_TEXT.field)) fields[f.id] = given;
  }
  return {
    ...emptyResponse(rubric),
    ...(fits('respondent', session?.respondent, RESPONSE_TEXT.respondent) ? { respondent: session!.respondent } : {}),
    ...(fits('cycle', session?.cycle, RESPONSE_TEXT.cycle) ? { cycle: session!.cycle } : {}),
    ...(Object.keys(fields).length ? { fields } : {}),
  };
}
