/**
 * Progress and orientation in a long rubric: a line that says how far the respondent has got
 * ("8 of 14 rated") and stays in view (sticky inside the element), a "Next unrated" button, and
 * for rubrics with sections a navigation landmark with each section's own progress. Every figure
 * comes from `src/scoring/progress.ts`; this module only shows it, moves focus and announces
 * (politely, in its own status region, apart from the drafts' status line): a section or partner
 * completed by the respondent's own answer, everything answered, and where "Next unrated" went.
 * Never on each click.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';
import type { ResponseScore } from '../../scoring/score-response.js';
import { nextOpen, progressOf, type ItemPlace, type Progress } from '../../scoring/progress.js';
import { itemFocus, t, type View } from './templates.js';

/** What the controller needs from its element. */
export interface ProgressHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const progressStyles = css`
  .progress {
    position: sticky;
    top: var(--cr-progress-top, 0px);
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_gap);
    margin-inline: calc(-1 * var(--_gap));
    padding: 0.375rem var(--_gap);
    background: var(--cr-progress-background, var(--_page));
    border-block-end: 1px solid var(--_border);
  }
  .progress.static {
    position: static;
  }
  /* Heard, not seen: the line above already shows the count. */
  .progress-status {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .progress-line {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .progress progress {
    flex: 1 1 6rem;
    min-width: 4rem;
    accent-color: var(--cr-progress-bar-color, var(--_accent));
  }
  .progress button[aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
  }
  .sections-nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sections-nav button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    text-align: start;
    height: 100%;
  }
  .nav-count {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='section-link-complete'] .nav-count::before {
    content: '✓ ' / '';
  }
  /* A heading or item brought into view stays clear of the sticky line (and of a host's header). */
  [part~='section-title'],
  [part~='item'] {
    scroll-margin-block-start: var(--cr-scroll-margin, 8rem);
  }
  [part~='section-title']:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    .progress {
      position: static;
    }
    .progress progress,
    .progress-status,
    .sections-nav {
      display: none;
    }
  }
`;

export class ProgressController implements ReactiveController {
  /** The bar's style rules, adopted by the element with its own. */
  readonly styles = progressStyles;
  readonly #host: ProgressHost;
  #score?: ResponseScore;
  #progress?: Progress;
  #view?: View;
  /** The progress before the respondent's last edit, until the update that shows the edit. */
  #before?: Progress;
  /** What the status region says (the last announcement stays until the next). */
  #message = '';
  /** The item the respondent was last in: "Next unrated" starts after it. */
  #current?: ItemPlace;

  constructor(host: ProgressHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // On the shadow root: a move between two controls inside it never reaches the host.
    this.#host.renderRoot.addEventListener('focusin', this.#onFocus as EventListener);
    // The element fires `input` only for the respondent's own edits, before the update that shows them.
    this.#host.addEventListener('input', this.#onEdit);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('focusin', this.#onFocus as EventListener);
    this.#host.removeEventListener('input', this.#onEdit);
  }

  /** The progress line, the "Next" button and the section navigation, or nothing. */
  render(view: View, mode: string): TemplateResult | typeof nothing {
    if (view.score !== this.#score) {
      this.#score = view.score;
      this.#progress = progressOf(view.score);
    }
    this.#view = view;
    const p = this.#progress!;
    // The first render after the respondent's edit says what it completed, if anything.
    const before = this.#before;
    this.#before = undefined;
    if (before && before !== p) this.#message = this.#completed(before, p) || this.#message;
    // Nothing to count yet (no partner: never "0 of 0"), or a single question: no line.
    if (mode === 'none' || p.total === 0 || (p.unit !== 'subjects' && p.order.length < 2)) return nothing;
    const { strings } = view;
    const canMove = p.unit !== 'ticked' && !view.disabled;
    const sections = view.rubric.subjects || view.rubric.sections.length < 2 ? [] : view.rubric.sections;
    return html`<div class="progress ${mode === 'static' ? 'static' : ''}" part="progress">
        <p class="progress-line" part="progress-line" id="progress-line">${this.#line(p, strings)}</p>
        <p class="progress-status" part="progress-status" role="status">${this.#message}</p>
        <progress part="progress-bar" max=${p.total} .value=${p.done} aria-hidden="true"></progress>
        ${
          canMove
            ? html`<button type="button" part="next-open" aria-disabled=${p.open.length === 0 ? 'true' : 'false'}
              aria-describedby="progress-line" @click=${this.#next}>${strings.nextOpen(p.unit)}</button>`
            : nothing
        }
      </div>
      ${
        sections.length
          ? html`<nav class="sections-nav" part="sections-nav" aria-label=${strings.sections}>
            <ul>
              ${sections.map((section, i) => {
                const s = p.sections[i]!;
                return html`<li><button type="button" part="section-link${s.complete ? ' section-link-complete' : ''}"
                    data-section=${section.id} @click=${this.#toSection}>
                  <span class="nav-title">${t(view, section.title)}</span>
                  <span class="nav-count">${strings.progress(p.unit, s.done, s.total, '', false)}</span>
                </button></li>`;
              })}
            </ul>
          </nav>`
          : nothing
      }`;
  }

  #line(p: Progress, strings: UiStrings): string {
    const subjects = this.#view?.rubric.subjects;
    const plural = subjects ? t(this.#view!, subjects.pluralLabel ?? subjects.label) : '';
    return strings.progress(p.unit, p.done, p.total, plural, p.max !== null);
  }

  /** What the respondent's edit completed, as one sentence with the new progress; '' for nothing worth saying. */
  #completed(before: Progress, now: Progress): string {
    const view = this.#view!;
    const { strings, rubric } = view;
    // A checklist says its own count (its limit line); an unticked box is no less an answer.
    if (now.unit === 'ticked') return '';
    const line = this.#line(now, strings);
    if (now.complete && !before.complete) return `${strings.allDone(now.unit)} ${line}.`;
    const was = (list: readonly { complete: boolean }[], i: number) => list[i]?.complete === true;
    if (now.unit === 'subjects') {
      const names = view.response.subjects ?? [];
      const done = now.subjects.find((s) => s.complete && !before.subjects.some((b) => b.subjectId === s.subjectId && b.complete));
      const name = done && names.find((n) => n.id === done.subjectId)?.name;
      return name ? `${strings.subjectDone(name)} ${line}.` : '';
    }
    if (rubric.sections.length < 2) return '';
    const section = rubric.sections.find((_, i) => now.sections[i]?.complete && !was(before.sections, i));
    return section ? `${strings.sectionDone(t(view, section.title))} ${line}.` : '';
  }

  #onEdit = (): void => {
    this.#before ??= this.#progress;
  };

  #onFocus = (event: FocusEvent): void => {
    const target = event.target;
    const control = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-item]') : null;
    const itemId = control?.dataset['item'];
    if (!itemId) return;
    const subjectId = control.dataset['subject'];
    this.#current = subjectId ? { itemId, subjectId } : { itemId };
  };

  #next = (): void => {
    const p = this.#progress;
    const strings = this.#view?.strings;
    if (!p || !strings) return;
    const found = nextOpen(p, this.#current);
    if (!found) {
      this.#say(`${strings.allDone(p.unit)} ${this.#line(p, strings)}.`);
      return;
    }
    const control = this.#host.renderRoot.querySelector<HTMLElement>(itemFocus(found.item.itemId, found.item.subjectId));
    if (!control) return;
    this.#current = found.item;
    show(control, control.closest<HTMLElement>('[part~="item"]') ?? control);
    this.#say(strings.left(p.open.length, p.unit, found.wrapped));
  };

  #say(message: string): void {
    this.#message = message;
    this.#host.requestUpdate();
  }

  #toSection = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['section'] ?? '';
    const heading = this.#host.renderRoot.querySelector<HTMLElement>(`#sec-${CSS.escape(id)}`);
    if (!heading) return;
    // "Next unrated" from here starts at this section.
    const order = this.#progress?.order ?? [];
    const first = order.findIndex((item) => item.sectionId === id);
    this.#current = first > 0 ? order[first - 1] : undefined;
    heading.tabIndex = -1;
    show(heading, heading);
  };
}

/** Focuses `target` and brings `box` (its item, or itself) into view from its start. */
function show(target: HTMLElement, box: HTMLElement): void {
  target.focus({ preventScroll: true });
  box.scrollIntoView({ block: 'start' });
}
