/**
 * Checklists: each item a native checkbox, the items of a section one named group. With a
 * "choose up to N" limit, a polite line says how many are ticked; once N are, the other boxes are
 * disabled (and say why) until one is unticked, so the limit holds for keyboard, pointer and
 * assistive technology alike.
 */
import { css, html, nothing } from 'lit';
import type { Item, RatedSubject } from '../../../rubrics/schema.js';
import { itemFields, itemKey, itemProvenance, t, type LayoutTemplate, type View } from '../templates.js';

const STATUS = 'ticks-status';

function renderTick(view: View, item: Item, subject?: RatedSubject, index = 0) {
  const key = itemKey(item.id, subject?.id);
  const answers = subject ? subject.answers : view.response.answers;
  const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
  const checked = answer?.checked === true;
  const ticks = subject ? view.score.subjects?.[index]?.ticks : view.score.ticks;
  const full = !checked && ticks?.max != null && ticks.checked >= ticks.max;
  const describedBy = [item.description ? `desc-${key}` : '', ticks?.max != null && !subject ? STATUS : ''].filter(Boolean).join(' ');
  const code = item.code ? html`<span class="code">${item.code}.</span> ` : nothing;
  return html`<div class="item tick ${checked ? 'checked' : ''}" part="item" id=${`item-${key}`}>
    <div class="tick-row">
      <input type="checkbox" id=${`cb-${key}`} .checked=${checked} ?disabled=${view.disabled || full}
        aria-describedby=${describedBy || nothing} data-kind="check" data-item=${item.id} data-subject=${subject?.id ?? ''} />
      <label for=${`cb-${key}`} class="item-title" part="item-title">${code}${t(view, item.title)}</label>
    </div>
    ${item.description ? html`<p class="description" id=${`desc-${key}`}>${t(view, item.description)}</p>` : nothing}
    ${itemProvenance(view, item)}
    ${view.rubric.itemFields?.length ? html`<div class="item-footer">${itemFields(view, item, key, answer, subject)}</div>` : nothing}
  </div>`;
}

export const checklist: LayoutTemplate = {
  head(view) {
    const ticks = view.score.ticks;
    if (!ticks || ticks.max === null) return nothing;
    const { strings } = view;
    const full = ticks.checked >= ticks.max;
    return html`<p class="limit" part="limit" id=${STATUS} aria-live="polite">
      ${strings.chooseUpTo(ticks.max)} ${strings.chosen(ticks.checked, ticks.max)}${full ? ` ${strings.limitReached}` : ''}
    </p>`;
  },
  columns: () => nothing,
  item: renderTick,
  grouped: true,
  styles: css`
    .layout-checklist {
      gap: 0.25rem;
    }
    .tick {
      padding: 0.25rem 0.5rem;
      border-radius: var(--_radius);
    }
    .tick.checked {
      background: var(--_chosen);
    }
    .tick-row {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.5rem;
      align-items: start;
      min-height: 32px;
    }
    .tick input {
      width: 24px;
      height: 24px;
      margin: 0;
      accent-color: var(--_accent);
    }
    .tick-row label {
      cursor: pointer;
      padding-top: 0.1rem;
    }
    .tick input:disabled + label {
      cursor: not-allowed;
      color: var(--_muted);
    }
    .limit {
      margin: 0;
      font-weight: 600;
    }  `,
};
