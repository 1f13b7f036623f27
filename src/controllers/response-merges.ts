/**
 * What the response owner (`response-controller.ts`) does with a copy of the response from outside
 * the element: a host's `value`, the browser's form state, a stored draft. Each needs the
 * validator, so this module is loaded with it (and with autosave): a page that shows a built-in
 * rubric and the answers typed into it never downloads it. Which answers win is the one rule of
 * `src/rubrics/reconcile.ts`.
 */
import { withPart, type DraftStrings } from '../i18n/strings.js';
import type { RubricResponse, Rubric } from '../rubrics/schema.js';
import { trustedResponses, type Validator } from '../rubrics/validator.js';
import type { DraftController, DraftSource } from './draft-controller.js';
import { tell, type DraftHost } from './draft-status.js';

/** What merging says in English (`DraftStrings`); a translation's table has its own. */
export const MERGE_EN: Pick<DraftStrings, 'restored' | 'replaced' | 'merged'> = {
  restored: 'Your saved answers were restored.',
  replaced: 'Another tab saved later changes to your answers. They now show here too.',
  merged: (fromDraft, fromGiven) =>
    [
      fromDraft
        ? `${fromDraft} ${fromDraft === 1 ? 'answer' : 'answers'} saved in this browser ${fromDraft === 1 ? 'is' : 'are'} newer than the copy given to this page and ${fromDraft === 1 ? 'was' : 'were'} kept.`
        : '',
      fromGiven
        ? `${fromGiven} newer ${fromGiven === 1 ? 'answer' : 'answers'} came from the copy given to this page; the earlier draft was set aside, not deleted.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
};

/** What the merges read and change in the owner. */
export interface Owned {
  readonly host: DraftHost & { value: RubricResponse | null };
  readonly rubric: Rubric | undefined;
  readonly drafts: DraftController | undefined;
  /** The value the owner last showed: any other `value` was set by the host. */
  readonly shown: RubricResponse | null;
  /** The host's value, copied and checked, while nobody has edited it. */
  given: RubricResponse | undefined;
  /** Makes `response` the one shown (and trusted). */
  show(response: RubricResponse): void;
  /** What is shown, if it is a readable response to the current rubric. */
  usableShown(): RubricResponse | null;
  /** Whether an answer with this `updatedAt` was typed in this tab. */
  typedHere(updatedAt: string): boolean;
  /** Takes the host's `value` (it calls `take` below once the validator has loaded). */
  take(value: RubricResponse | null, rubric: Rubric): void;
}

/** Future times this page has capped (`reconcile.ts`): shared by every element, as one draft may be. */
const capped = new Map<string, string>();

/**
 * The host set `value` (an object): copy and check it, then merge it with what the person has
 * (`edited`, and the stored draft). A value that is not a readable response to `rubric` is kept
 * exactly as given and not shown; returns false then.
 */
export function take(owner: Owned, check: Validator, value: object, rubric: Rubric, edited: RubricResponse | null): boolean {
  // A copy: the host's object may change later without going through validation again.
  const parsed = trustedResponses.has(value) ? { success: true as const, data: value as RubricResponse } : check.parseResponse(value);
  if (!parsed.success || parsed.data.rubricId !== rubric.id) return false;
  let mine = edited;
  const drafts = owner.drafts;
  if (drafts?.key) {
    drafts.flush(); // the person's queued edits are stored before anything is compared
    const stored = drafts.readStored();
    if (stored) mine = check.reconcile(mine, stored, Date.now(), capped).response;
  }
  const { response, mineLost, theirsLost } = check.reconcile(mine, parsed.data, Date.now(), capped);
  if (mineLost.length > 0) drafts?.keepStored();
  owner.show(response);
  owner.given = response;
  if (mine && (mineLost.length > 0 || theirsLost.length > 0)) {
    tell(owner.host, 'merged', (s) => withPart(MERGE_EN, s).merged(theirsLost.length, mineLost.length));
  }
  return true;
}

/** The browser restored form state (back/forward, autofill): merged like any other copy. */
export function restoreFormState(owner: Owned, check: Validator, state: string): void {
  const restored = check.parseResponse(state);
  const rubric = owner.rubric;
  if (!restored.success || (rubric && restored.data.rubricId !== rubric.id)) return;
  const shown = owner.usableShown();
  const { response, mineLost } = check.reconcile(shown, restored.data, Date.now(), capped);
  if (mineLost.length > 0) owner.drafts?.keepStored();
  if (!shown || !check.sameResponse(shown, response)) owner.show(response);
}

/** A stored draft was read: merge it into what is shown; returns what to save back, if anything. */
export function mergeDraft(
  owner: Owned,
  check: Validator,
  theirs: RubricResponse,
  readAt: number,
  source: DraftSource,
  queued: RubricResponse | undefined,
): RubricResponse | undefined {
  const { host, rubric, drafts } = owner;
  // A value the host set that has not been taken yet: taking it merges the stored draft too.
  if (host.value !== owner.shown && rubric) {
    owner.take(host.value, rubric);
    return undefined;
  }
  // A value the host set that is not a readable response is left exactly as it is.
  if (owner.shown != null && owner.usableShown() === null) return undefined;
  // A save still queued holds what the person typed (also after a reset): it takes part.
  const mine = queued ?? owner.usableShown();
  const { response, theirsLost, mineLost } = check.reconcile(mine, theirs, readAt, capped);
  // The stored draft loses answers: it is kept aside before it is replaced (a time that could not
  // be trusted may have hidden the later edit; copies are made once per content, and bounded).
  if (theirsLost.length > 0) drafts?.keepStored();
  // Answers typed here and not saved yet lose: they exist nowhere else, so they are kept aside too.
  if (queued && mineLost.length > 0) drafts?.keep(queued);
  if (!mine || !check.sameResponse(mine, response)) owner.show(response);
  if (source === 'restore') {
    if (!mine) tell(host, 'restored', (s) => withPart(MERGE_EN, s).restored);
    else if (mine === owner.given && (mineLost.length > 0 || theirsLost.length > 0)) {
      tell(host, 'merged', (s) => withPart(MERGE_EN, s).merged(mineLost.length, theirsLost.length));
    }
  } else if (mine && mineLost.some((ref) => typedHere(owner, mine, ref))) {
    // The losing tab says so: a later edit from the other tab replaced what was shown here.
    tell(host, 'replaced', (s) => withPart(MERGE_EN, s).replaced);
  }
  // Saved back: what the person typed and is not stored yet, and times that had to be corrected
  // (so other tabs read the corrected ones, not a clock's 2031). A plain restore writes nothing.
  const corrected = check.trustStamps(theirs, readAt, capped) !== theirs;
  if (source === 'restore' && !queued && !corrected) return undefined;
  return check.sameResponse(response, theirs) ? undefined : response;
}

function typedHere(owner: Owned, response: RubricResponse, ref: { itemId: string; subjectId?: string }): boolean {
  const answers = ref.subjectId === undefined ? response.answers : response.subjects?.find((s) => s.id === ref.subjectId)?.answers;
  const answer = answers && Object.hasOwn(answers, ref.itemId) ? answers[ref.itemId] : undefined;
  return owner.typedHere(answer?.updatedAt ?? '');
}
