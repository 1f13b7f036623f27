import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import { rubricContext, type RubricState } from '../rubric/context.js';
import { afterRender, loadAfterRender } from '../rubric/later.js';
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

  /** The counts arriving with the after-render chunk (once: offline, the count of answers stays). */
  #loading?: Promise<unknown>;

  protected override render() {
    const s = this.rubricState;
    if (!s) return nothing;
    const overall = s.score.overall;
    const parts = afterRender()?.SUMMARY_PARTS;
    if (!parts && overall.answered > 0) {
      this.#loading ??= loadAfterRender().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    }
    // Nothing to count yet (no partner added, or nothing answered): a sentence, not "0 of 0" and a
    // table of zeros. With answers, the counts (the after-render chunk; until it arrives, how many).
    return html`<section aria-labelledby="summary-title">
      <h3 id="summary-title">${s.strings.summary}</h3>
      ${
        overall.total === 0 || overall.answered === 0 || !parts
          ? html`<p>${overall.total === 0 ? s.strings.noAnswers : s.strings.answered(overall.answered, overall.total)}</p>`
          : parts[s.rubric.layout](s)
      }
    </section>`;
  }

  /** Also waits for the counts' chunk, when they need it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.#loading) {
      await this.#loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }
}
