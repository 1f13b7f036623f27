/**
 * What every layout shares: the view, field controls, response fields, sections, and the layout
 * table. Each layout's own templates (`layouts/*.ts`) are loaded when a definition needs them: an
 * element file carries the layouts it shows (the built-in elements import theirs), and any other
 * layout arrives as a chunk of its own. They only arrange text and native controls; every control
 * carries `data-*` attributes that the element's one delegated listener turns into an edit. No scoring.
 */
import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { Layout } from '../../rubrics/kinds.js';
import type { Answer, Field, FieldValue, Item, RatedSubject, Section } from '../../rubrics/schema.js';
import { localize } from '../../rubrics/text.js';
import type { RubricState } from './context.js';

/**
 * Everything a template needs; built by the element for each render: what it shares with nested
 * parts (the score comes from `src/scoring`: templates show its figures, never compute them), and
 * what only the element itself shows.
 */
export interface View extends RubricState {
  readonly disabled: boolean;
  readonly required: boolean;
  /** Item keys (see `itemKey`) whose missing answer is shown as an error. */
  readonly errors: ReadonlySet<string>;
  /** Ids of the item notes the person has opened (see `itemFields`). */
  readonly opened: ReadonlySet<string>;
}

/** How one layout shows its items. */
export interface LayoutTemplate {
  /** Shown once above the items: a legend, a limit, provenance of reconstructed levels. */
  head(view: View): TemplateResult | typeof nothing;
  /** Above a section's items: the column heads of the table form (docs/layouts.md), or nothing. */
  columns(view: View): TemplateResult | typeof nothing;
  /** One item (for a subject rubric, of one subject, the `index`th). */
  item(view: View, item: Item, subject?: RatedSubject, index?: number): TemplateResult;
  /** The items of a section form one group of controls (a checklist's boxes), named by the section title. */
  readonly grouped: boolean;
  /** The layout's own style rules, adopted by the element when it shows the layout. */
  readonly styles: CSSResult;
}

/** Shows the rated subjects (rows the respondent adds), whatever the layout. */
export type SubjectsTemplate = (view: View, layout: LayoutTemplate) => TemplateResult;

/**
 * Every layout's templates, by layout: a new layout does not compile until it has an entry. One
 * module per layout: an element file that carries its own layout (a built-in) carries none of the
 * others, which arrive as chunks when a definition needs them; importing the layout a file carries
 * costs no fetch.
 */
const LAYOUT_TEMPLATES: Record<Layout, () => Promise<LayoutTemplate>> = {
  'descriptor-grid': () => import('./layouts/descriptor-grid.js').then((m) => m.descriptorGrid),
  'indicator-table': () => import('./layouts/indicator-table.js').then((m) => m.indicatorTable),
  continuum: () => import('./layouts/continuum.js').then((m) => m.continuum),
  'bipolar-scale': () => import('./layouts/bipolar-scale.js').then((m) => m.bipolarScale),
  'rating-scale': () => import('./layouts/rating-scale.js').then((m) => m.ratingScale),
  choices: () => import('./layouts/choices.js').then((m) => m.choices),
  checklist: () => import('./layouts/checklist.js').then((m) => m.checklist),
  prompts: () => import('./layouts/prompts.js').then((m) => m.prompts),
};

const ready = new Map<string, unknown>();
const loading = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): T | Promise<unknown> {
  if (ready.has(key)) return ready.get(key) as T;
  let pending = loading.get(key);
  if (!pending) loading.set(key, (pending = load().then((part) => void ready.set(key, part))));
  return pending;
}

/** The templates of `layout`, or the promise of them the first time (the element re-renders when it settles). */
export const layoutTemplate = (layout: Layout): LayoutTemplate | Promise<unknown> => once(layout, LAYOUT_TEMPLATES[layout]);

/** The rated-subjects template, or the promise of it the first time. */
export const subjectsTemplate = (): SubjectsTemplate | Promise<unknown> =>
  once('subjects', () => import('./subjects.js').then((m) => m.renderSubjects));

/** A key unique within one element for an item, or an item of one subject. */
export const itemKey = (itemId: string, subjectId?: string) => (subjectId === undefined ? itemId : `${subjectId}--${itemId}`);

/** A selector for an item's first control (of one subject's copy of the item, given `subjectId`). */
export const itemFocus = (itemId: string, subjectId?: string) => `#item-${CSS.escape(itemKey(itemId, subjectId))} :is(input, textarea)`;

export const t = (view: View, text: Parameters<typeof localize>[0]) => localize(text, view.lang, view.rubric.defaultLanguage);

/** What a date field accepts while it is still a text field (the value a date input gives). */
const DATE_PATTERN = '\\d{4}-\\d{2}-\\d{2}';

export function fieldInput(view: View, field: Field, value: FieldValue | undefined, id: string, data: Record<string, string>) {
  const label = t(view, field.label);
  const help = field.help ? html`<span class="help" id="${id}-help">${t(view, field.help)}</span>` : nothing;
  const described = field.help ? `${id}-help` : nothing;
  const common = { kind: data['kind'] ?? '', item: data['item'] ?? '', subject: data['subject'] ?? '', field: field.id };
  if (field.type === 'checkbox') {
    // No whitespace between tags (a text node each, never shown in this grid box): see levels.ts.
    return html`<div class="field check" part="field"
      ><input type="checkbox" id=${id} .checked=${value === true} ?disabled=${view.disabled}
        aria-describedby=${described} data-kind=${common.kind} data-item=${common.item}
        data-subject=${common.subject} data-field=${common.field}
      /><label for=${id}>${label}</label>${help}</div>`;
  }
  const text = typeof value === 'string' ? value : '';
  // A date field is a text field (a date as 2026-03-01) until it is first focused (`handleFocusIn`
  // in edits.ts): a date input costs a page about 7 ms at its first render. Focused, it is the
  // browser's own date control, picker included, and stays one.
  const date = field.type === 'date';
  const control =
    field.type === 'textarea'
      ? html`<textarea id=${id} rows="3" .value=${text} maxlength=${field.maxLength ?? 10000}
          ?readonly=${view.readonly} ?disabled=${view.disabled} aria-describedby=${described}
          data-kind=${common.kind} data-item=${common.item} data-subject=${common.subject} data-field=${common.field}></textarea>`
      : field.type === 'select'
        ? html`<select id=${id} ?disabled=${view.disabled || view.readonly} aria-describedby=${described}
            data-kind=${common.kind} data-item=${common.item} data-subject=${common.subject} data-field=${common.field}>
            <option value="" ?selected=${!text}></option>
            ${(field.options ?? []).map((o) => html`<option value=${o.id} ?selected=${o.id === text}>${t(view, o.label)}</option>`)}
          </select>`
        : html`<input id=${id} type="text" .value=${text}
            pattern=${date ? DATE_PATTERN : nothing} ?data-date=${date}
            maxlength=${field.maxLength ?? 500} ?readonly=${view.readonly} ?disabled=${view.disabled}
            aria-describedby=${described} data-kind=${common.kind} data-item=${common.item}
            data-subject=${common.subject} data-field=${common.field} />`;
  return html`<div class="field" part="field"><label for=${id}>${label}</label>${help}${control}</div>`;
}

/** An item's quiet mark when its text is reconstructed (the reason is in the one notice, `renderProvenance`). */
export function itemProvenance(view: View, item: Item): TemplateResult | typeof nothing {
  return item.reconstructed ? html`<p class="mark" part="reconstructed-mark">† ${view.strings.reconstructed}</p>` : nothing;
}

/**
 * One notice for the whole rubric: which texts were rebuilt from a damaged source and why, texts
 * that share a reason named together. Each such text carries only a quiet mark (†) where it is.
 */
export function renderProvenance(view: View): TemplateResult | typeof nothing {
  const byNote = new Map<string, string[]>();
  const add = (reconstructed: Item['reconstructed'], name: string) => {
    if (!reconstructed) return;
    const note = t(view, reconstructed.note);
    byNote.set(note, [...(byNote.get(note) ?? []), name]);
  };
  add(view.rubric.reconstructed, t(view, view.rubric.title));
  for (const level of view.rubric.scale.levels ?? []) add(level.reconstructed, t(view, level.label));
  for (const section of view.rubric.sections) for (const item of section.items) add(item.reconstructed, t(view, item.title));
  if (byNote.size === 0) return nothing;
  return html`<details class="provenance" part="provenance"><summary>† ${view.strings.reconstructed}</summary>
    ${[...byNote].map(([note, names]) => html`<p><strong>${names.join(', ')}</strong>: ${note}</p>`)}
  </details>`;
}

/**
 * The fields every item carries (an evidence box, a note, the Opportunity mark). An empty note
 * (a text area) is a button with its label and help until the person opens it, so a first render
 * does not build a text area per item (fourteen in the Coherence Progression; docs/performance.md).
 * A note with text in it (typed, restored or given) is always shown, and so is every note of a
 * rubric that cannot be edited.
 */
export function itemFields(view: View, item: Item, key: string, answer: Answer | undefined, subject?: RatedSubject): TemplateResult[] {
  return (view.rubric.itemFields ?? []).map((f) => {
    const id = `if-${key}-${f.id}`;
    const value = answer?.fields?.[f.id];
    if (f.type === 'textarea' && !value && !view.opened.has(id) && !view.readonly && !view.disabled) {
      const help = f.help ? html`<span class="help" id="${id}-help">${t(view, f.help)}</span>` : nothing;
      return html`<div class="field" part="field"
        ><button type="button" class="open-field" data-kind="open-field" data-field=${id} aria-describedby=${f.help ? `${id}-help` : nothing}>${t(view, f.label)}</button>${help}</div>`;
    }
    return fieldInput(view, f, value, id, { kind: 'item-field', item: item.id, subject: subject?.id ?? '' });
  });
}

/** The response-wide fields (date, school, team, role). */
export function renderResponseFields(view: View): TemplateResult | typeof nothing {
  const fields = view.rubric.responseFields ?? [];
  if (fields.length === 0) return nothing;
  return html`<div class="response-fields" part="response-fields">
    ${fields.map((f) => fieldInput(view, f, view.response.fields?.[f.id], `rf-${f.id}`, { kind: 'response-field' }))}
  </div>`;
}

/** A section with its heading and items (rubrics without subjects). */
export function renderSection(view: View, section: Section, layout: LayoutTemplate): TemplateResult {
  const id = `sec-${section.id}`;
  return html`<section class="section" part="section" aria-labelledby=${id}>
    <h3 id=${id} part="section-title">${t(view, section.title)}</h3>
    ${section.description ? html`<p class="description" id=${`${id}-desc`}>${t(view, section.description)}</p>` : nothing}
    <div class="items layout-${view.rubric.layout}" role=${layout.grouped ? 'group' : nothing}
      aria-labelledby=${layout.grouped ? id : nothing} aria-describedby=${layout.grouped && section.description ? `${id}-desc` : nothing}>
      ${layout.columns(view)} ${section.items.map((item) => layout.item(view, item))}
    </div>
  </section>`;
}
