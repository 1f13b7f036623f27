/** Open prompts: each item a question, its guiding questions, and a text box for the answer. */
import { css, html, nothing } from 'lit';
import type { Item, RatedSubject } from '../../../rubrics/schema.js';
import { itemFields, itemKey, itemProvenance, t, type LayoutTemplate, type View } from '../templates.js';

function renderPrompt(view: View, item: Item, subject?: RatedSubject, index = 0) {
  const key = itemKey(item.id, subject?.id);
  const answers = subject ? subject.answers : view.response.answers;
  const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
  const title = subject ? `${t(view, item.title)}: ${subject.name || view.strings.unnamed(index + 1)}` : t(view, item.title);
  const invalid = view.errors.has(key);
  const questions = item.questions ?? [];
  const describedBy = [questions.length ? `q-${key}` : '', item.description ? `desc-${key}` : '', invalid ? `err-${key}` : '']
    .filter(Boolean)
    .join(' ');
  const label = view.rubric.scale.label;
  const code = item.code ? html`<span class="code">${item.code}.</span> ` : nothing;
  return html`<div class="item prompt ${invalid ? 'invalid' : ''}" part="item" id=${`item-${key}`}>
    <label for=${`ta-${key}`} class="item-title" part="item-title">${code}${subject ? t(view, item.title) : title}${
      label ? html`<span class="answer-label">${t(view, label)}</span>` : nothing
    }</label>
    ${questions.length ? html`<ul class="questions" id=${`q-${key}`}>${questions.map((q) => html`<li>${t(view, q)}</li>`)}</ul>` : nothing}
    ${item.description ? html`<p class="description" id=${`desc-${key}`}>${t(view, item.description)}</p>` : nothing}
    ${invalid ? html`<p class="error" part="error" id=${`err-${key}`}>${view.strings.answerFor(title)}</p>` : nothing}
    <textarea id=${`ta-${key}`} rows="4" .value=${answer?.text ?? ''} maxlength=${view.rubric.scale.maxLength ?? 10000}
      ?readonly=${view.readonly} ?disabled=${view.disabled} aria-describedby=${describedBy || nothing}
      aria-invalid=${invalid ? 'true' : nothing} aria-required=${view.required ? 'true' : nothing}
      data-kind="text" data-item=${item.id} data-subject=${subject?.id ?? ''}></textarea>
    ${itemProvenance(view, item)}
    ${view.rubric.itemFields?.length ? html`<div class="item-footer">${itemFields(view, item, key, answer, subject)}</div>` : nothing}
  </div>`;
}

export const prompts: LayoutTemplate = {
  head: () => nothing,
  columns: () => nothing,
  item: renderPrompt,
  grouped: false,
  styles: css`
    .prompt {
      display: grid;
      gap: 0.25rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: var(--_gap);
    }
    .prompt > label {
      font-weight: 600;
    }
    .answer-label {
      display: block;
      font-weight: normal;
      color: var(--_muted);
    }
    .questions {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .prompt.invalid {
      border: 3px solid var(--_error);
    }  `,
};
