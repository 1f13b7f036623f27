/**
 * What the summary shows once something is answered (counts per level, the team profile, targets
 * met), per layout. Nothing is answered at a first render of a built-in rubric, so this is in the
 * after-render chunk (`components/rubric/after-render.ts`); until it arrives the summary says how
 * many are answered. It only displays what `src/scoring` computed.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Layout } from '../../rubrics/kinds.js';
import { localize } from '../../rubrics/text.js';
import type { RubricState } from '../rubric/context.js';

const t = (s: RubricState, text: Parameters<typeof localize>[0]): string => localize(text, s.lang, s.rubric.defaultLanguage);

/** How many items are answered, and subjects at a target stage. */
function renderAnswered(s: RubricState) {
  const { score, strings } = s;
  return html`<p>${strings.answered(score.overall.answered, score.overall.total)}</p>
    ${score.targets ? html`<p>${strings.targetsMet(score.targets.met, score.targets.total)}</p>` : nothing}`;
}

/** The answered count and how many chose each level. */
function renderCounts(s: RubricState) {
  const { rubric, score, strings } = s;
  return html`${renderAnswered(s)}
    <table part="summary-table">
      <thead><tr><th scope="col">${strings.level}</th><th scope="col">${strings.count}</th></tr></thead>
      <tbody>
        ${(rubric.scale.levels ?? []).map(
          (l) => html`<tr><th scope="row">${t(s, l.label)}</th><td class="num">${score.overall.counts[l.id] ?? 0}</td></tr>`,
        )}
      </tbody>
    </table>`;
}

/** The team profile: one bar per item at its chosen position, with the same data as text. */
function renderProfile(s: RubricState) {
  const { score, strings, rubric } = s;
  const titles = new Map(rubric.sections.flatMap((sec) => sec.items.map((i) => [i.id, t(s, i.title)] as const)));
  const positions = (rubric.scale.levels ?? []).flatMap((l) => (l.position === undefined ? [] : [l.position]));
  const low = Math.min(...positions);
  const high = Math.max(...positions);
  const rows = score.items;
  const rowHeight = 18;
  const scaleWidth = 200;
  const x = (p: number) => ((p - low + 1) / (high - low + 1)) * scaleWidth;
  const names = (ids: readonly string[]) => ids.map((id) => titles.get(id) ?? id).join(', ');
  return html`
      <svg viewBox="0 0 ${scaleWidth} ${rows.length * rowHeight}" width=${scaleWidth} height=${rows.length * rowHeight}
        role="img" aria-hidden="true" focusable="false">
        ${rows.map(
          (r, i) => svg`<rect class="track" x="0.5" y=${i * rowHeight + 3.5} width=${scaleWidth - 1} height=${rowHeight - 7}></rect>
            ${r.position === null ? nothing : svg`<rect class="bar" x="0" y=${i * rowHeight + 3} width=${x(r.position)} height=${rowHeight - 6}></rect>`}`,
        )}
      </svg>
      ${score.overall.lowestItems.length ? html`<p>${strings.lowest}: ${names(score.overall.lowestItems)}</p>` : nothing}
      ${score.overall.highestItems.length ? html`<p>${strings.highest}: ${names(score.overall.highestItems)}</p>` : nothing}`;
}

/** What the summary shows for each layout, besides the heading: a new layout does not compile until it decides. */
export const SUMMARY_PARTS: Record<Layout, (s: RubricState) => TemplateResult | typeof nothing> = {
  'descriptor-grid': renderCounts,
  'indicator-table': renderCounts,
  continuum: renderCounts,
  'bipolar-scale': (s) => html`${renderCounts(s)}${renderProfile(s)}`,
  'rating-scale': renderCounts,
  choices: renderCounts,
  checklist: ({ score, strings }) => html`<p>${strings.ticked(score.overall.answered, score.overall.total)}</p>`,
  prompts: renderAnswered,
};
