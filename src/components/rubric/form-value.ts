/** What a rubric element submits with its form, and what a required rubric still lacks. */
import type { UiStrings } from '../../i18n/strings.js';
import { scaleKind } from '../../rubrics/kinds.js';
import type { Answer, Rubric, RubricResponse } from '../../rubrics/schema.js';
import { localize } from '../../rubrics/text.js';
import { itemKey } from './templates.js';

export interface MissingItem {
  /** The item key used for element ids (`itemKey`); for a checklist, its first item's. */
  readonly key: string;
  /** The item's title, with the subject's name for subject rubrics. */
  readonly title: string;
  /** What is missing: a level, a written answer, any tick, or a first subject. */
  readonly need: 'level' | 'text' | 'tick' | 'subject';
}

/** What a required rubric still lacks, in definition order (per subject, for subject rubrics). */
export function missingItems(rubric: Rubric, response: RubricResponse, lang: string): MissingItem[] {
  const kind = scaleKind(rubric);
  const levels = new Set((rubric.scale.levels ?? []).map((l) => l.id));
  const items = rubric.sections.flatMap((s) => s.items);
  const title = (text: Parameters<typeof localize>[0]) => localize(text, lang, rubric.defaultLanguage);
  const need = kind === 'prompt' ? 'text' : 'level';
  const answered = (answers: Record<string, Answer>, itemId: string): boolean => {
    const answer = Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
    if (kind === 'checklist') return answer?.checked === true;
    if (kind === 'prompt') return typeof answer?.text === 'string' && answer.text.trim() !== '';
    return typeof answer?.level === 'string' && levels.has(answer.level);
  };
  const missing = (answers: Record<string, Answer>, subjectId?: string, name?: string): MissingItem[] => {
    const label = (i: (typeof items)[number]) => (name === undefined ? title(i.title) : `${title(i.title)}: ${name}`);
    // A checklist lacks something only when nothing at all is ticked: an unticked box is an answer.
    if (kind === 'checklist') {
      const first = items[0];
      return first && !items.some((i) => answered(answers, i.id))
        ? [{ key: itemKey(first.id, subjectId), title: name ?? title(rubric.title), need: 'tick' }]
        : [];
    }
    return items.filter((i) => !answered(answers, i.id)).map((i) => ({ key: itemKey(i.id, subjectId), title: label(i), need }));
  };
  if (!rubric.subjects) return missing(response.answers);
  const subjects = response.subjects ?? [];
  if (subjects.length === 0) return [{ key: 'new-subject', title: title(rubric.subjects.label), need: 'subject' }];
  return subjects.flatMap((s, n) => missing(s.answers, s.id, s.name || `#${n + 1}`));
}

/** What the error summary says about one missing answer. */
export function missingMessage(m: MissingItem, strings: UiStrings): string {
  switch (m.need) {
    case 'subject':
      return strings.addFirst(m.title);
    case 'tick':
      return strings.tickOne;
    case 'text':
      return strings.answerFor(m.title);
    case 'level':
      return strings.required(m.title);
  }
}

/** The validation message of a required rubric that lacks `missing` (empty when complete). */
export function validationMessage(missing: readonly MissingItem[], strings: UiStrings): string {
  const first = missing[0];
  if (!first) return '';
  if (first.need === 'level') return strings.missing(missing.length, first.title);
  if (first.need === 'text') return strings.missingAnswers(missing.length, first.title);
  return missingMessage(first, strings);
}

/**
 * The form value: the whole response as JSON under `name`, plus `name[itemId]` = level id for each
 * rated item, `on` for each ticked one and the text of each answered prompt (`name[subjectId][itemId]`
 * for subject rubrics), for servers that read plain fields.
 */
export function formEntries(name: string, rubric: Rubric, response: RubricResponse): FormData | null {
  if (typeof name !== 'string' || !name) return null;
  const data = new FormData();
  data.append(name, JSON.stringify(response));
  const levels = new Set((rubric.scale.levels ?? []).map((l) => l.id));
  const add = (prefix: string, answers: Record<string, Answer>) => {
    for (const [itemId, answer] of Object.entries(answers)) {
      // A level id; a ticked box as "on", as a native checkbox submits; a prompt's text.
      const value = answer.level && levels.has(answer.level) ? answer.level : answer.checked === true ? 'on' : answer.text || '';
      if (value) data.append(`${prefix}[${itemId}]`, value);
    }
  };
  add(name, response.answers);
  for (const s of response.subjects ?? []) add(`${name}[${s.id}]`, s.answers);
  return data;
}
