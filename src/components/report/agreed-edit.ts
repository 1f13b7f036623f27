/**
 * What an agreed-value control of the report asks for: the team's agreed response after the
 * edit, and how the element announces it. The controls carry `data-kind`, `data-item` and
 * `data-subject`; this module reads them and edits through `src/rubrics/edit.ts`.
 */
import * as edit from '../../rubrics/edit.js';
import type { Rubric, RubricResponse } from '../../rubrics/schema.js';
import { subjectKey } from '../../scoring/index.js';
import { sharedCycle, type ReportView } from './view.js';

export interface AgreedContext {
  readonly rubric: Rubric;
  /** The report's scored view (its partners, for a continuum). */
  readonly view: ReportView | undefined;
  /** The current agreed value, if any. */
  readonly agreed: RubricResponse | null;
  /** The responses the report uses (their shared cycle goes on a new agreed value). */
  readonly usable: readonly RubricResponse[];
}

/** The new agreed value (absent: unchanged) and which events announce it. */
export interface AgreedEdit {
  readonly next?: RubricResponse;
  readonly announce: 'input' | 'change' | 'both';
}

/** The agreed value to edit: the current one, or a new "Team" response. */
function base({ rubric, agreed, usable }: AgreedContext): RubricResponse {
  if (agreed) return agreed;
  const cycle = sharedCycle(usable);
  return { ...edit.emptyResponse(rubric), respondent: 'Team', ...(cycle ? { cycle } : {}) };
}

/** Where a control writes: an item, or an item of a partner (added on first use). */
function target(context: AgreedContext, el: HTMLElement): { response: RubricResponse; at: edit.AnswerTarget } {
  const itemId = el.dataset['item'] ?? '';
  const index = el.dataset['subject'];
  const response = base(context);
  if (!index) return { response, at: { itemId } };
  const subject = context.view?.aggregate.subjects?.[Number(index)];
  const key = subject?.key ?? '';
  const mine = response.subjects?.find((s) => subjectKey(s.name) === key);
  if (mine) return { response, at: { itemId, subjectId: mine.id } };
  const added = edit.addSubject(response, subject?.name ?? '');
  return { response: added, at: { itemId, subjectId: added.subjects!.at(-1)!.id } };
}

/**
 * The edit a control's event asks for: a level chosen (`change`), a note typed (`input`, then
 * `change` when it is left), a rating cleared (a click). Undefined for anything else.
 */
export function agreedEdit(context: AgreedContext, el: HTMLElement & { value?: string }, type: string): AgreedEdit | undefined {
  const kind = el.dataset['kind'];
  if (kind === 'agreed-level' && type === 'change') {
    const { response, at } = target(context, el);
    return { next: edit.setLevel(response, at, el.value ?? ''), announce: 'both' };
  }
  if (kind === 'agreed-note' && (type === 'input' || type === 'change')) {
    if (type === 'change') return { announce: 'change' };
    const { response, at } = target(context, el);
    return { next: edit.setItemField(response, at, 'note', el.value ?? ''), announce: 'input' };
  }
  if (kind === 'agreed-clear' && type === 'click') {
    const { response, at } = target(context, el);
    return { next: edit.setLevel(response, at, null), announce: 'both' };
  }
  return undefined;
}
