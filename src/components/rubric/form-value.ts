/** What a rubric element submits with its form, and what a required rubric still lacks. */
import type { Answer, Rubric, RubricResponse } from '../../rubrics/schema.js';
import { localize } from '../../rubrics/text.js';
import { itemKey } from './templates.js';

export interface MissingItem {
  /** The item key used for element ids (`itemKey`). */
  readonly key: string;
  /** The item's title, with the subject's name for subject rubrics. */
  readonly title: string;
  /** True when no subject was added yet (the continuum needs at least one partner). */
  readonly noSubject?: boolean;
}

const chosen = (answers: Record<string, Answer>, itemId: string, levels: ReadonlySet<string>) => {
  const level = Object.hasOwn(answers, itemId) ? answers[itemId]?.level : undefined;
  return typeof level === 'string' && levels.has(level);
};

/** Items (per subject, for subject rubrics) without a valid level, in definition order. */
export function missingItems(rubric: Rubric, response: RubricResponse, lang: string): MissingItem[] {
  const levels = new Set(rubric.scale.levels.map((l) => l.id));
  const items = rubric.sections.flatMap((s) => s.items);
  const title = (text: Parameters<typeof localize>[0]) => localize(text, lang, rubric.defaultLanguage);
  if (!rubric.subjects) {
    return items.filter((i) => !chosen(response.answers, i.id, levels)).map((i) => ({ key: itemKey(i.id), title: title(i.title) }));
  }
  const subjects = response.subjects ?? [];
  if (subjects.length === 0) return [{ key: 'new-subject', title: title(rubric.subjects.label), noSubject: true }];
  return subjects.flatMap((s, n) =>
    items
      .filter((i) => !chosen(s.answers, i.id, levels))
      .map((i) => ({ key: itemKey(i.id, s.id), title: `${title(i.title)}: ${s.name || `#${n + 1}`}` })),
  );
}

/**
 * The form value: the whole response as JSON under `name`, plus `name[itemId]` = level id for each
 * rated item (`name[subjectId][itemId]` for subject rubrics), for servers that read plain fields.
 */
export function formEntries(name: string, rubric: Rubric, response: RubricResponse): FormData | null {
  if (typeof name !== 'string' || !name) return null;
  const data = new FormData();
  data.append(name, JSON.stringify(response));
  const levels = new Set(rubric.scale.levels.map((l) => l.id));
  const add = (prefix: string, answers: Record<string, Answer>) => {
    for (const [itemId, answer] of Object.entries(answers)) {
      if (answer.level && levels.has(answer.level)) data.append(`${prefix}[${itemId}]`, answer.level);
    }
  };
  add(name, response.answers);
  for (const s of response.subjects ?? []) add(`${name}[${s.id}]`, s.answers);
  return data;
}
