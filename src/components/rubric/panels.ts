/** The header above the items (the notices and problem displays are `problems.ts`). */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';
import type { Rubric } from '../../rubrics/schema.js';
import { localize } from '../../rubrics/text.js';
import { safeHttpsUrl } from '../../rubrics/url.js';

/** Title, description, instructions and source of a rubric. */
export function renderHeader(rubric: Rubric, lang: string, strings: UiStrings): TemplateResult {
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang, rubric.defaultLanguage);
  const source = rubric.source;
  const original = rubric.originalInstructions ?? [];
  // Instructions written for the screen; the source's own wording ("Circle the number…") is printed instead.
  const list = (steps: readonly Parameters<typeof t>[0][], kind: string) =>
    steps.length === 1
      ? html`<p class="instructions ${kind}">${t(steps[0]!)}</p>`
      : steps.length > 1
        ? html`<ol class="instructions ${kind}" aria-label=${strings.instructions}>${steps.map((i) => html`<li>${t(i)}</li>`)}</ol>`
        : nothing;
  return html`<header part="header" class=${original.length ? 'has-original' : ''}>
    <h2 part="title">${t(rubric.title)}</h2>
    ${renderTranslation(rubric, lang, strings)}
    ${rubric.description ? html`<p class="description">${t(rubric.description)}</p>` : nothing}
    ${list(rubric.instructions ?? [], 'screen')} ${list(original, 'original')}
    ${source ? renderSource(source, strings, t(source.edition) || String(source.year)) : nothing}
  </header>`;
}

/** Says who translated the text shown, when that is not the source document itself. */
function renderTranslation(rubric: Rubric, lang: string, strings: UiStrings): TemplateResult | typeof nothing {
  const code = lang.split('-')[0]!;
  // Only over text actually shown in that language (not over a translation that failed to load).
  const by =
    typeof rubric.title === 'object' && Object.hasOwn(rubric.title, code) && Object.hasOwn(rubric.translations ?? {}, code)
      ? rubric.translations![code]
      : undefined;
  return by && !by.fromSource
    ? html`<p class="translation" part="translation">${strings.translatedBy(by.translator, by.reviewed)}</p>`
    : nothing;
}

/** The source attribution; the document links to `source.url` only when it is a safe https: address. */
function renderSource(source: NonNullable<Rubric['source']>, strings: UiStrings, edition: string): TemplateResult {
  const href = safeHttpsUrl(source.url);
  const name = href ? html`<a part="source-link" href=${href} rel="noopener noreferrer">${source.document}</a>` : source.document;
  return html`<p class="source">${strings.source}: ${name}, ${source.publisher}, ${edition}</p>`;
}
