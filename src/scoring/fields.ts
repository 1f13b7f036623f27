/**
 * A team's marks in the definition's extra item fields: how many marked a checkbox field (the
 * Coherence Progression's Opportunity column) and how many chose each option of a select field, per
 * item. Text fields are words, not figures: `src/report/notes.ts` gathers them.
 */
import type { Field, Rubric, RubricResponse } from '../rubrics/schema.js';

/** One item's count for one checkbox or select field. */
export interface FieldCount {
  readonly itemId: string;
  readonly fieldId: string;
  readonly type: 'checkbox' | 'select';
  /** Checkbox: answers with the box ticked (`true`). Select: answers with any option chosen. */
  readonly marked: number;
  /**
   * Out of how many: the responses (for a rubric with subjects, the subjects listed across the
   * responses, since each subject has its own answers).
   */
  readonly of: number;
  /** Select fields: answers per option id, every option listed (0 when nobody chose it). */
  readonly options: Readonly<Record<string, number>>;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** The item fields that are counted: checkboxes and selects. */
export const countedFields = (rubric: Rubric): Field[] =>
  (rubric.itemFields ?? []).filter((f) => f.type === 'checkbox' || f.type === 'select');

/**
 * Counts, per item (definition order) and per counted item field (definition order), how many
 * answers marked it. Pure and total; values of the wrong type (a text in a checkbox field, an
 * unknown option) are not counted.
 */
export function fieldCounts(rubric: Rubric, responses: readonly RubricResponse[]): FieldCount[] {
  const fields = countedFields(rubric);
  const items = rubric.sections.flatMap((s) => s.items.map((i) => i.id));
  if (fields.length === 0) return [];
  // Each answers record: one per response, or one per subject for a rubric with subjects.
  const records: Record<string, unknown>[] = [];
  for (const response of Array.isArray(responses) ? responses : []) {
    const r = record(response);
    if (!r) continue;
    if (!rubric.subjects) records.push(record(r['answers']) ?? {});
    else for (const s of Array.isArray(r['subjects']) ? r['subjects'] : []) records.push(record(record(s)?.['answers']) ?? {});
  }
  const out: FieldCount[] = [];
  for (const itemId of items) {
    for (const field of fields) {
      const options: Record<string, number> = Object.fromEntries((field.options ?? []).map((o) => [o.id, 0]));
      let marked = 0;
      for (const answers of records) {
        const value = Object.hasOwn(answers, itemId) ? record(record(answers[itemId])?.['fields'])?.[field.id] : undefined;
        if (field.type === 'checkbox' && value === true) marked++;
        if (field.type === 'select' && typeof value === 'string' && Object.hasOwn(options, value)) {
          options[value]!++;
          marked++;
        }
      }
      out.push({ itemId, fieldId: field.id, type: field.type as 'checkbox' | 'select', marked, of: records.length, options });
    }
  }
  return out;
}
