/**
 * The notices and problem displays: answers kept from another version or a value that cannot be
 * read, the error summary a failed submit shows, and a definition that failed to load or validate.
 * None is part of a first render of a built-in rubric (a given value is taken with the validator,
 * a chunk of its own), so they are in the after-render chunk (`after-render.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { withPart, type NoticeStrings, type UiStrings } from '../../i18n/strings.js';
import type { ReconcileReport } from '../../rubrics/migrate.js';
import type { ValidationIssue } from '../../rubrics/parse.js';
import type { Text } from '../../rubrics/schema.js';
import { missingMessage, type MissingItem } from './form-value.js';

/** What the notices say in English; a translation's table has its own. */
export const NOTICES_EN: NoticeStrings = {
  kept: (count) =>
    `${count} earlier ${count === 1 ? 'answer belongs' : 'answers belong'} to items this version no longer has. ${count === 1 ? 'It is' : 'They are'} kept and saved with your response.`,
  newer: 'These answers were saved with a newer version of this rubric. They are shown as far as possible and kept unchanged.',
  unusable:
    'The answers given to this rubric could not be read, or belong to another rubric. They are kept unchanged and not shown; rating here starts a new response.',
};

/** Tells the person about answers kept from another version, or a given value that cannot be used. */
export function renderNotices(
  report: ReconcileReport | undefined,
  shown: UiStrings,
  unusable: boolean,
  t: (text: Text) => string,
): TemplateResult | typeof nothing {
  const strings = withPart(NOTICES_EN, shown);
  if (unusable) return html`<p class="notice" part="notice" role="status">${strings.unusable}</p>`;
  if (!report) return nothing;
  return html`${report.versionRelation === 'newer' ? html`<p class="notice" part="notice">${strings.newer}</p>` : nothing}
    ${report.changes.map((note) => html`<p class="notice" part="notice">${t(note)}</p>`)}
    ${report.unplaced.length > 0 ? html`<p class="notice" part="notice">${strings.kept(report.unplaced.length)}</p>` : nothing}`;
}

/** A link in the error summary moves focus to its item's first enabled control (or its text box). */
function focusItem(event: Event): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLElement;
  const key = link.dataset['key'] ?? '';
  (link.getRootNode() as ParentNode)
    .querySelector<HTMLElement>(`#item-${CSS.escape(key)} :is(input:not(:disabled), textarea), #${CSS.escape(key)}`)
    ?.focus();
}

/** "There is a problem", with a link to each unrated item (GOV.UK error summary pattern). */
export function renderErrorSummary(missing: readonly MissingItem[], strings: UiStrings): TemplateResult {
  return html`<div class="error-summary" part="error-summary" role="alert" aria-labelledby="problem" tabindex="-1">
    <h3 id="problem">${strings.problem}</h3>
    <ul>
      ${missing.map((m) => html`<li><a href=${`#item-${m.key}`} data-key=${m.key} @click=${focusItem}>${missingMessage(m, strings)}</a></li>`)}
    </ul>
  </div>`;
}

/** A definition that failed to load or validate, as a readable list of problems. */
export function renderDefinitionError(issues: readonly ValidationIssue[], strings: UiStrings): TemplateResult {
  return html`<div class="definition-error" part="definition-error" role="alert">
    <h2>${strings.loadError}</h2>
    <ul>${issues.slice(0, 20).map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul>
    ${issues.length > 20 ? html`<p>… ${issues.length - 20} more</p>` : nothing}
  </div>`;
}
