import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import type { Layout } from '../../rubrics/kinds.js';
import { localize } from '../../rubrics/text.js';
import { rubricContext, type RubricState } from '../rubric/context.js';
import { tokens } from '../../styles/tokens.js';

/**
 * @summary The live summary of one response, inside a rubric element: answered count, counts per
 * level, the team profile, partners at a target stage. It only displays what `src/scoring` computed.
 *
 * @csspart summary-table - The counts-per-level table.
 */
export class CrRubricSummary extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        border-top: 1px solid var(--_border);
        padding-top: 0.5rem;
      }
      h3 {
        margin: 0 0 0.25rem;
        font-size: 1em;
      }
      table {
        border-collapse: collapse;
      }
      th,
      td {
        text-align: start;
        padding: 0.125rem 0.75rem 0.125rem 0;
        vertical-align: top;
      }
      td.num {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      svg {
        display: block;
        max-width: 100%;
      }
      .bar {
        fill: var(--_accent);
      }
      .track {
        fill: none;
        stroke: var(--_border);
      }
      p {
        margin: 0.25rem 0;
      }
      @media (forced-colors: active) {
        .bar {
          fill: CanvasText;
        }
      }
    `,
  ];

  readonly #rubric = new ContextConsumer(this, { context: rubricContext, subscribe: true });

  /** What the enclosing rubric element shares: definition, response, score, language. */
  protected get rubricState(): RubricState | undefined {
    return this.#rubric.value;
  }

  /** What the summary shows for each layout, besides the heading: a new layout does not compile until it decides. */
  readonly #parts: Record<Layout, () => TemplateResult | typeof nothing> = {
    'descriptor-grid': () => this.renderCounts(),
    'indicator-table': () => this.renderCounts(),
    continuum: () => this.renderCounts(),
    'bipolar-scale': () => html`${this.renderCounts()}${this.renderProfile()}`,
    'rating-scale': () => this.renderCounts(),
    choices: () => this.renderCounts(),
    checklist: () => {
      const { score, strings } = this.rubricState!;
      return html`<p>${strings.ticked(score.overall.answered, score.overall.total)}</p>`;
    },
    prompts: () => this.renderAnswered(),
  };

  protected override render() {
    const s = this.rubricState;
    if (!s) return nothing;
    const overall = s.score.overall;
    // Nothing to count yet (no partner added, or nothing answered): a sentence, not "0 of 0" and a table of zeros.
    if (overall.total === 0 || overall.answered === 0) {
      return html`<section aria-labelledby="summary-title">
        <h3 id="summary-title">${s.strings.summary}</h3>
        <p>${overall.total === 0 ? s.strings.noAnswers : s.strings.answered(0, overall.total)}</p>
      </section>`;
    }
    return html`<section aria-labelledby="summary-title">
      <h3 id="summary-title">${s.strings.summary}</h3>
      ${this.#parts[s.rubric.layout]()}
    </section>`;
  }

  private t(text: Parameters<typeof localize>[0]): string {
    const { rubric, lang } = this.rubricState!;
    return localize(text, lang, rubric.defaultLanguage);
  }

  /** How many items are answered, and subjects at a target stage. */
  private renderAnswered() {
    const { score, strings } = this.rubricState!;
    return html`<p>${strings.answered(score.overall.answered, score.overall.total)}</p>
      ${score.targets ? html`<p>${strings.targetsMet(score.targets.met, score.targets.total)}</p>` : nothing}`;
  }

  /** The answered count and how many chose each level. */
  private renderCounts() {
    const { rubric, score, strings } = this.rubricState!;
    return html`${this.renderAnswered()}
      <table part="summary-table">
        <thead><tr><th scope="col">${strings.level}</th><th scope="col">${strings.count}</th></tr></thead>
        <tbody>
          ${(rubric.scale.levels ?? []).map(
            (l) => html`<tr><th scope="row">${this.t(l.label)}</th><td class="num">${score.overall.counts[l.id] ?? 0}</td></tr>`,
          )}
        </tbody>
      </table>`;
  }

  /** The team profile: one bar per item at its chosen position, with the same data as text. */
  private renderProfile() {
    const { score, strings, rubric } = this.rubricState!;
    const titles = new Map(rubric.sections.flatMap((sec) => sec.items.map((i) => [i.id, this.t(i.title)] as const)));
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
}
