/**
 * Rated subjects: rows the respondent adds (partners, decisions, structures, processes), each
 * answered on every item in the rubric's layout. Loaded only for definitions with `subjects`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldInput, t, type LayoutTemplate, type View } from './templates.js';

/** Rows of subjects (partners, decisions, processes) the respondent adds, renames, answers and removes. */
export function renderSubjects(view: View, layout: LayoutTemplate): TemplateResult {
  const spec = view.rubric.subjects!;
  const label = t(view, spec.label);
  const plural = t(view, spec.pluralLabel ?? spec.label);
  const subjects = view.response.subjects ?? [];
  const full = spec.max !== undefined && subjects.length >= spec.max;
  // Suggestions not yet added: a chip adds a partner once.
  const taken = new Set(subjects.map((s) => s.name.trim().toLowerCase()));
  const suggestions = (spec.suggestions ?? []).map((s) => t(view, s)).filter((s) => !taken.has(s.toLowerCase()));
  return html`<section class="subjects layout-${view.rubric.layout}" part="subjects" aria-labelledby="subjects-title">
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
        ${view.rubric.sections.flatMap((section) => section.items.map((item) => layout.item(view, item, subject, index)))}
        ${(spec.fields ?? []).map((f) =>
          fieldInput(view, f, subject.fields?.[f.id], `sf-${subject.id}-${f.id}`, { kind: 'subject-field', subject: subject.id }),
        )}
        ${
          view.readonly || view.disabled
            ? nothing
            : html`<button type="button" class="remove" part="remove" data-kind="remove-subject" data-subject=${subject.id}>
              ${view.strings.remove(subject.name || view.strings.unnamed(index + 1))}</button>`
        }
      </article>`,
    )}
    ${
      view.readonly || view.disabled || full
        ? nothing
        : html`<div class="add" part="add">
          <label for="new-subject">${view.strings.subjectName(label)}</label>
          <input id="new-subject" type="text" list="cr-suggestions" maxlength="200" data-kind="new-subject" />
          <button type="button" data-kind="add-subject">${view.strings.addSubject(label)}</button>
          <datalist id="cr-suggestions">${suggestions.map((s) => html`<option value=${s}></option>`)}</datalist>
          ${
            suggestions.length
              ? html`<p class="suggestions"><span>${view.strings.suggestions}:</span>
                ${suggestions.map((s) => html`<button type="button" class="chip" data-kind="add-subject" data-name=${s}>${s}</button>`)}</p>`
              : nothing
          }
        </div>`
    }
  </section>`;
}
