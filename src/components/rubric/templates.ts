/**
 * Templates for each layout. They only arrange text and native controls; every control carries
 * `data-*` attributes that the element's one delegated listener turns into an edit. No scoring.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';
import type { Answer, Field, FieldValue, Item, Level, RatedSubject, Rubric, RubricResponse, Section } from '../../rubrics/schema.js';
import { localize } from '../../rubrics/text.js';
import { levelDescription } from './speech.js';

/** Everything a template needs; built by the element for each render. */
export interface View {
  readonly rubric: Rubric;
  readonly response: RubricResponse;
  readonly lang: string;
  readonly strings: UiStrings;
  readonly readonly: boolean;
  readonly disabled: boolean;
  readonly required: boolean;
  /** Item keys (see `itemKey`) whose missing rating is shown as an error. */
  readonly errors: ReadonlySet<string>;
}

/** A key unique within one element for an item, or an item of one subject. */
export const itemKey = (itemId: string, subjectId?: string) => (subjectId === undefined ? itemId : `${subjectId}--${itemId}`);

/** A selector for an item's first radio (of one subject's copy of the item, given `subjectId`). */
export const itemFocus = (itemId: string, subjectId?: string) => `#item-${CSS.escape(itemKey(itemId, subjectId))} input`;

const t = (view: View, text: Parameters<typeof localize>[0]) => localize(text, view.lang, view.rubric.defaultLanguage);

function fieldInput(view: View, field: Field, value: FieldValue | undefined, id: string, data: Record<string, string>) {
  const label = t(view, field.label);
  const help = field.help ? html`<span class="help" id="${id}-help">${t(view, field.help)}</span>` : nothing;
  const described = field.help ? `${id}-help` : nothing;
  const common = { kind: data['kind'] ?? '', item: data['item'] ?? '', subject: data['subject'] ?? '', field: field.id };
  if (field.type === 'checkbox') {
    return html`<div class="field check" part="field">
      <input type="checkbox" id=${id} .checked=${value === true} ?disabled=${view.disabled}
        aria-describedby=${described} data-kind=${common.kind} data-item=${common.item}
        data-subject=${common.subject} data-field=${common.field} />
      <label for=${id}>${label}</label>${help}
    </div>`;
  }
  const text = typeof value === 'string' ? value : '';
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
        : html`<input id=${id} type=${field.type === 'date' ? 'date' : 'text'} .value=${text}
            maxlength=${field.maxLength ?? 500} ?readonly=${view.readonly} ?disabled=${view.disabled}
            aria-describedby=${described} data-kind=${common.kind} data-item=${common.item}
            data-subject=${common.subject} data-field=${common.field} />`;
  return html`<div class="field" part="field"><label for=${id}>${label}</label>${help}${control}</div>`;
}

/** The response-wide fields (date, school, team, role). */
export function renderResponseFields(view: View): TemplateResult | typeof nothing {
  const fields = view.rubric.responseFields ?? [];
  if (fields.length === 0) return nothing;
  return html`<div class="response-fields" part="response-fields">
    ${fields.map((f) => fieldInput(view, f, view.response.fields?.[f.id], `rf-${f.id}`, { kind: 'response-field' }))}
  </div>`;
}

function levelOption(view: View, level: Level, item: Item, key: string, answer: Answer | undefined, subjectId?: string) {
  const layout = view.rubric.layout;
  const descriptor = item.descriptors?.[level.id];
  const short = level.shortLabel ? t(view, level.shortLabel) : '';
  const label = t(view, level.label);
  const checked = answer?.level === level.id;
  const target = level.target ? html`<span class="badge" part="target">${view.strings.target}</span>` : nothing;
  let text: TemplateResult;
  if (layout === 'descriptor-grid') {
    text = html`<span class="level-name">${label}</span>${descriptor ? html`<span class="descriptor" part="descriptor">${t(view, descriptor)}</span>` : nothing}`;
  } else if (layout === 'indicator-table') {
    const distinct = short && short !== label;
    text = html`<span class="short">${short || label}</span>${distinct ? html`<span class="level-name">${label}</span>` : nothing}`;
  } else if (layout === 'continuum') {
    text = html`<span class="level-name">${label}</span>${target}${level.meaning ? html`<span class="meaning">${t(view, level.meaning)}</span>` : nothing}`;
  } else {
    text = html`<span class="level-name">${label}</span>`;
  }
  return html`<label class="option ${checked ? 'checked' : ''} ${level.target ? 'is-target' : ''}" part="level${checked ? ' level-checked' : ''}">
    <input type="radio" name=${`r-${key}`} .value=${level.id} .checked=${checked} ?disabled=${view.disabled}
      aria-label=${label} aria-description=${levelDescription(view, level, item) || nothing}
      data-kind="level" data-item=${item.id} data-subject=${subjectId ?? ''} />
    <span class="option-text">${text}${level.reconstructed ? html`<span class="mark" aria-hidden="true">†</span>` : nothing}</span>
  </label>`;
}

/** One rated item: a native radio group named by the item, its anchors, fields and clear button. */
export function renderItem(view: View, item: Item, subject?: RatedSubject, subjectIndex = 0): TemplateResult {
  const key = itemKey(item.id, subject?.id);
  const answers = subject ? subject.answers : view.response.answers;
  const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
  const title = subject ? `${t(view, item.title)}: ${subject.name || view.strings.unnamed(subjectIndex + 1)}` : t(view, item.title);
  const invalid = view.errors.has(key);
  // The group is described by its anchors too, so entering it says what its two ends mean.
  const describedBy = [item.description ? `desc-${key}` : '', item.anchors ? `low-${key} high-${key}` : '', invalid ? `err-${key}` : '']
    .filter(Boolean)
    .join(' ');
  const levels = view.rubric.scale.levels;
  const anchors = item.anchors;
  const code = item.code && view.rubric.layout !== 'continuum' ? html`<span class="code">${item.code}. </span>` : nothing;
  return html`<fieldset class="item ${invalid ? 'invalid' : ''}" part="item" role="radiogroup" id=${`item-${key}`}
      aria-labelledby=${`title-${key}`} aria-describedby=${describedBy || nothing}
      aria-invalid=${invalid ? 'true' : nothing} aria-required=${view.required ? 'true' : nothing}
      aria-readonly=${view.readonly ? 'true' : nothing} ?disabled=${view.disabled}>
    <legend id=${`title-${key}`} class="item-title" part="item-title">${code}${subject ? t(view, item.title) : title}</legend>
    ${item.aliases?.length
      ? html`<p class="aliases">${item.aliases.map((a) => html`<span>${t(view, a.context)}: ${t(view, a.title)}</span>`)}</p>`
      : nothing}
    ${item.description ? html`<p class="description" id=${`desc-${key}`}>${t(view, item.description)}</p>` : nothing}
    ${invalid ? html`<p class="error" part="error" id=${`err-${key}`}>${view.strings.required(title)}</p>` : nothing}
    ${anchors ? html`<p class="anchor low" part="anchor" id=${`low-${key}`}>${t(view, anchors.low)}</p>` : nothing}
    <div class="options options-${levels.length}" part="options">
      ${levels.map((level) => levelOption(view, level, item, key, answer, subject?.id))}
    </div>
    ${anchors ? html`<p class="anchor high" part="anchor" id=${`high-${key}`}>${t(view, anchors.high)}</p>` : nothing}
    ${item.reconstructed ? html`<p class="mark" part="reconstructed-mark">† ${view.strings.reconstructed}</p>` : nothing}
    <div class="item-footer">
      ${(view.rubric.itemFields ?? []).map((f) =>
        fieldInput(view, f, answer?.fields?.[f.id], `if-${key}-${f.id}`, { kind: 'item-field', item: item.id, subject: subject?.id ?? '' }),
      )}
      ${answer?.level && !view.readonly && !view.disabled
        ? html`<button type="button" class="clear" part="clear" data-kind="clear" data-item=${item.id}
            data-subject=${subject?.id ?? ''} aria-label=${view.strings.clearLabel(title)}>${view.strings.clear}</button>`
        : nothing}
    </div>
  </fieldset>`;
}

/** The scale's meanings, shown once above an indicator table or continuum. */
export function renderLegend(view: View): TemplateResult | typeof nothing {
  const levels = view.rubric.scale.levels.filter((l) => l.meaning);
  if (levels.length === 0 || view.rubric.layout === 'continuum') return nothing;
  return html`<dl class="legend" part="legend">
    ${levels.map((l) => {
      const short = t(view, l.shortLabel ?? l.label);
      const label = t(view, l.label);
      return html`<div><dt>${short}</dt><dd>${short !== label ? `${label}: ` : ''}${t(view, l.meaning)}</dd></div>`;
    })}
  </dl>`;
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
  for (const level of view.rubric.scale.levels) add(level.reconstructed, t(view, level.label));
  for (const section of view.rubric.sections) for (const item of section.items) add(item.reconstructed, t(view, item.title));
  if (byNote.size === 0) return nothing;
  return html`<details class="provenance" part="provenance"><summary>† ${view.strings.reconstructed}</summary>
    ${[...byNote].map(([note, names]) => html`<p><strong>${names.join(', ')}</strong>: ${note}</p>`)}
  </details>`;
}

/** A section with its heading and items (or, for subject rubrics, one block per subject). */
export function renderSection(view: View, section: Section): TemplateResult {
  return html`<section class="section" part="section" aria-labelledby=${`sec-${section.id}`}>
    <h3 id=${`sec-${section.id}`} part="section-title">${t(view, section.title)}</h3>
    ${section.description ? html`<p class="description">${t(view, section.description)}</p>` : nothing}
    <div class="items layout-${view.rubric.layout}">${section.items.map((item) => renderItem(view, item))}</div>
  </section>`;
}

/** Rows of subjects (continuum partners) the respondent adds, renames, rates and removes. */
export function renderSubjects(view: View): TemplateResult {
  const spec = view.rubric.subjects!;
  const label = t(view, spec.label);
  const plural = t(view, spec.pluralLabel ?? spec.label);
  const subjects = view.response.subjects ?? [];
  const full = spec.max !== undefined && subjects.length >= spec.max;
  // Suggestions not yet added: a chip adds a partner once.
  const taken = new Set(subjects.map((s) => s.name.trim().toLowerCase()));
  const suggestions = (spec.suggestions ?? []).map((s) => t(view, s)).filter((s) => !taken.has(s.toLowerCase()));
  return html`<section class="subjects" part="subjects" aria-labelledby="subjects-title">
    <h3 id="subjects-title" part="section-title">${plural}</h3>
    ${subjects.length === 0 ? html`<p class="empty">${view.strings.noSubjects(plural)}</p>` : nothing}
    ${subjects.map(
      (subject, index) => html`<article class="subject" part="subject" aria-labelledby=${`sn-${subject.id}`}>
        <h4 id=${`sn-${subject.id}`} class="subject-title">${subject.name || view.strings.unnamed(index + 1)}</h4>
        <div class="field" part="field">
          <label for=${`name-${subject.id}`}>${view.strings.subjectName(label)}</label>
          <input id=${`name-${subject.id}`} type="text" .value=${subject.name} maxlength="200" list="cr-suggestions"
            ?readonly=${view.readonly} ?disabled=${view.disabled} data-kind="subject-name" data-subject=${subject.id} />
        </div>
        ${view.rubric.sections.flatMap((section) => section.items.map((item) => renderItem(view, item, subject, index)))}
        ${(spec.fields ?? []).map((f) =>
          fieldInput(view, f, subject.fields?.[f.id], `sf-${subject.id}-${f.id}`, { kind: 'subject-field', subject: subject.id }),
        )}
        ${view.readonly || view.disabled
          ? nothing
          : html`<button type="button" class="remove" part="remove" data-kind="remove-subject" data-subject=${subject.id}>
              ${view.strings.remove(subject.name || view.strings.unnamed(index + 1))}</button>`}
      </article>`,
    )}
    ${view.readonly || view.disabled || full
      ? nothing
      : html`<div class="add" part="add">
          <label for="new-subject">${view.strings.subjectName(label)}</label>
          <input id="new-subject" type="text" list="cr-suggestions" maxlength="200" data-kind="new-subject" />
          <button type="button" data-kind="add-subject">${view.strings.addSubject(label)}</button>
          <datalist id="cr-suggestions">${suggestions.map((s) => html`<option value=${s}></option>`)}</datalist>
          ${suggestions.length
            ? html`<p class="suggestions"><span>${view.strings.suggestions}:</span>
                ${suggestions.map((s) => html`<button type="button" class="chip" data-kind="add-subject" data-name=${s}>${s}</button>`)}</p>`
            : nothing}
        </div>`}
  </section>`;
}
