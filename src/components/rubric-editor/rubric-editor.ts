import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { blankDefinition, getAt, type Draft } from '../../rubrics/authoring.js';
import { parseDefinitionOnce, type ParseResult, type ValidationIssue } from '../../rubrics/parse.js';
import type { Rubric } from '../../rubrics/schema.js';
import { LocalizeController } from '../../controllers/localize.js';
import { FormAssociatedElement, safeString } from '../base/form-associated.js';
import { EditorAutosave, type EditorSave } from './autosave.js';
import { EditorInteractions } from './interactions.js';
import { versioned } from './actions.js';
import { History } from './history.js';
import type { EditorView } from './fields.js';
import { renderAbout, renderExtras, renderScale, renderSections } from './render-definition.js';
import { DEFAULT_CDN, definitionJson, renderOutput, renderProblems, renderToolbar, renderTranslation } from './render-output.js';
import styles from './rubric-editor.styles.js';
import { EDITOR_STRINGS, type EditorStrings } from './strings.js';

/**
 * @summary Writes and adapts rubric definitions without code: every field of a definition, a live
 * preview, inline errors, undo, autosave, translations, spreadsheets and the code to embed it.
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - Start, open, paste, undo and redo.
 * @csspart group - A titled group of fields.
 * @csspart action - A move or remove button.
 * @csspart handle - The drag handle of a level, section, item or field.
 * @csspart add - A button that adds a level, section, item, field or instruction.
 * @csspart error - A field's problem, beside it.
 * @csspart problems - Every problem, with a link to its field.
 * @csspart translation - The second language for translating.
 * @csspart preview - The live `<cr-rubric>` preview.
 * @csspart output - Download, copy and embed snippets.
 * @csspart status - The polite status line.
 * @cssproperty --cr-color-accent - Accent for buttons and focus rings.
 * @cssproperty --cr-color-error - Error text and borders.
 * @cssstate invalid - The definition has problems.
 * @event input - The definition changed through user interaction (each keystroke).
 * @event change - A field was committed, or an entry added, moved or removed.
 */
export class CrRubricEditor extends FormAssociatedElement {
  static override styles = styles;

  /** Id of a built-in rubric to start from (`coherence-progression`). */
  @property({ converter: safeString }) rubric = '';
  /** Key under which the work is autosaved in this browser; without it, an element with an `id` saves under that. */
  @property({ attribute: 'storage-key' }) storageKey = '';
  /** Where the snippets and `$schema` point: the folder that holds `dist/`, `embed/` and `schemas/`. */
  @property() cdn = DEFAULT_CDN;
  /** `dark` or `high-contrast`; any other value keeps the light theme. */
  @property({ reflect: true, converter: safeString }) theme = '';

  /** @internal The draft being edited; read it through `definition`. */
  @state() work: Draft = {};
  /** @internal The second language shown for translating. */
  @state() second = '';
  /** @internal */
  @state() status = '';
  /** @internal Problems of the last import (named by row and column for a spreadsheet). */
  @state() importIssues: readonly ValidationIssue[] = [];
  /** The preview is first drawn after the form: the form is ready to type sooner. */
  @state() private previewing = false;

  /** @internal The definition as it was published (loaded), for version bumps; undefined for a new one. */
  published?: Rubric;
  /** @internal */
  readonly history = new History<Draft>();
  readonly #autosave = new EditorAutosave(this);
  readonly #interactions = new EditorInteractions(this);
  #result: ParseResult<Rubric> = { success: false, issues: [] };
  #lastValid?: Draft;
  #started = false;
  #initial?: unknown;

  /** The definition being written (may be invalid while half edited). Setting one loads it. */
  get definition(): Draft {
    return this.work;
  }
  set definition(value: unknown) {
    if (!this.#started) this.#initial = value;
    else this.load(value, { published: true, user: false });
  }

  /** Problems of the current definition; empty when it is valid. */
  get definitionIssues(): readonly ValidationIssue[] {
    return this.#result.success ? [] : this.#result.issues;
  }

  /** The validated definition, or undefined while it has problems. */
  get validDefinition(): Rubric | undefined {
    return this.#result.success ? this.#result.data : undefined;
  }

  /** The definition file's text (`$schema` first). */
  get json(): string {
    return definitionJson(this.work, this.cdn);
  }

  /** The effective language: own `lang`, the nearest ancestor's, the page's, then English. */
  get language(): string {
    return this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  /** The interface text in the editor's language (`strings`), loaded the first time that language is shown. */
  readonly #localize = new LocalizeController(this, EDITOR_STRINGS, () => this.language);
  /** The same table in the definition's language: what the editor writes into the definition (change notes). */
  readonly #written = new LocalizeController(this, EDITOR_STRINGS, () => this.primary);

  get strings(): EditorStrings {
    return this.#localize.strings;
  }

  /** Also waits for the interface text (and the definition's language, for change notes) being loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let work = this.#localize.pending ?? this.#written.pending; work; work = this.#localize.pending ?? this.#written.pending) {
      await work.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The language plain texts are in: the definition's `defaultLanguage`, else English. */
  get primary(): string {
    const lang = getAt(this.work, ['defaultLanguage']);
    return typeof lang === 'string' && lang ? lang : 'en';
  }

  /** Starts again from a blank definition (undoable). */
  reset(): void {
    const s = this.strings;
    const blank = blankDefinition(s.blankTitle, s.blankLevels, s.newSection, s.newItem, this.#localize.shown);
    this.load(blank, { published: false, user: this.#started });
  }

  /** Shows a polite status message; never moves focus. */
  announce(message: string): void {
    this.status = message;
  }

  announceSave(outcome: 'saved' | 'failed' | 'restored' | 'corrupt'): void {
    const s = this.strings;
    this.announce({ saved: s.saved, failed: s.notSaved, restored: s.restored, corrupt: s.unreadable }[outcome]);
  }

  /**
   * Makes `value` the work: a copy of it. With `published`, a valid one is the published version
   * that later breaking edits bump. A person's load (a file, a paste, "Start from") is an undoable
   * step that is saved and announced with `change`; a host's (`definition`, `rubric`) is none of these.
   */
  load(value: unknown, { published, user }: { published: boolean; user: boolean }): void {
    let copy: unknown;
    try {
      copy = JSON.parse(JSON.stringify(value ?? {}));
    } catch {
      return this.announce(this.strings.unreadable);
    }
    const work = copy !== null && typeof copy === 'object' && !Array.isArray(copy) ? (copy as Draft) : {};
    const checked = parseDefinitionOnce(work);
    this.published = published && checked.success ? checked.data : undefined;
    if (user) this.commit(work, { event: 'change' });
    else {
      this.history.clear();
      this.work = work;
    }
  }

  /** Takes an edited draft: undo step, version bump, autosave, events. */
  commit(
    next: Draft,
    { group = '', event = 'both', record = true }: { group?: string; event?: 'input' | 'change' | 'both' | 'none'; record?: boolean } = {},
  ): void {
    const work = versioned(next, this.published, this.#written.strings.changeNote);
    if (record) this.history.record(this.work, group);
    if (work['version'] !== next['version']) this.announce(this.strings.versionBumped(String(work['version'])));
    this.work = work;
    this.#autosave.schedule({ work, ...(this.published ? { published: this.published } : {}) });
    if (event === 'input' || event === 'both') this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (event === 'change' || event === 'both') this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Undoes (`back`) or redoes the last step. */
  step(back: boolean): void {
    const to = back ? this.history.undo(this.work) : this.history.redo(this.work);
    if (!to) return;
    this.work = to;
    this.#autosave.schedule({ work: to, ...(this.published ? { published: this.published } : {}) });
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #restore(saved: EditorSave): void {
    const published = parseDefinitionOnce(saved.published);
    this.published = published.success ? published.data : undefined;
    this.work = saved.work;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first render waits for the interface's language, so a blank rubric starts with its
    // titles in that language and nothing is shown half-translated; later changes of `lang` show
    // the previous text until the new one arrives rather than take the form away mid-edit.
    this.#localize.load();
    if (!this.#started && !this.#localize.ready) return;
    if (!this.#started) {
      // A draft saved in this browser wins over what the host gives: nothing typed is lost.
      const saved = this.#autosave.connect(this.storageKey || (this.id ? `auto:${location.pathname}:${this.id}` : ''));
      if (saved) this.#restore(saved);
      else if (this.#initial !== undefined) this.load(this.#initial, { published: true, user: false });
      else if (this.rubric) void this.#interactions.startFrom(this.rubric, false);
      else this.reset();
      this.#started = true;
    } else if (changed.has('rubric') && this.rubric) void this.#interactions.startFrom(this.rubric, false);
    this.#result = parseDefinitionOnce(this.work);
    if (this.#result.success) this.#lastValid = this.work;
  }

  protected override firstUpdated(): void {
    setTimeout(() => (this.previewing = true));
  }

  protected override updated(): void {
    if (!this.#started) return;
    const issues = this.definitionIssues;
    const first = issues[0];
    const anchor = first
      ? this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(first.path)}"] :is(input, textarea, select)`)
      : null;
    const json = first ? null : this.json;
    this.setFormState(json, { message: first ? `${first.path}: ${first.message}` : '', flag: 'customError' }, anchor, json ?? undefined);
  }

  /** The browser hands back the definition it was given as state (back/forward, autofill): it becomes the work. */
  override formStateRestoreCallback(state: unknown, _mode?: 'restore' | 'autocomplete'): void {
    if (typeof state !== 'string') return;
    try {
      // Through `definition`: a state restored before the first render (the interface's language
      // may still be arriving) is what the editor starts from, not replaced by a blank rubric.
      this.definition = JSON.parse(state);
    } catch {
      // Not a definition this element gave: nothing to restore.
    }
  }

  protected view(): EditorView {
    const issues = new Map<string, string>();
    for (const issue of this.definitionIssues) if (!issues.has(issue.path)) issues.set(issue.path, issue.message);
    return { work: this.work, s: this.strings, issues, primary: this.primary, second: this.second, disabled: this.isDisabled };
  }

  protected override render() {
    if (!this.#started) return nothing;
    const v = this.view();
    const { s } = v;
    const i = this.#interactions;
    return html`<div part="base" class="base" lang=${this.language}
        @input=${i.handleInput} @change=${i.handleChange} @click=${i.handleClick} @keydown=${i.handleKeydown}
        @dragstart=${i.handleDragStart} @dragover=${i.handleDragOver} @drop=${i.handleDrop}>
      <h2 class="title">${s.editor}</h2>
      ${renderToolbar(v, i.builtIns, this.history.canUndo, this.history.canRedo)}
      ${
        this.importIssues.length
          ? html`<div class="problems" role="alert"><ul>${this.importIssues.slice(0, 20).map((x) => html`<li><code>${x.path}</code>: ${x.message}</li>`)}</ul></div>`
          : nothing
      }
      <p class="status" part="status" role="status">${this.status}</p>
      <div class="columns">
        <div class="form">
          ${renderProblems(v, this.definitionIssues)} ${renderTranslation(v)}
          ${renderAbout(v)} ${renderScale(v)} ${renderSections(v)} ${renderExtras(v)}
        </div>
        <section class="preview" part="preview" aria-labelledby="preview-title">
          <h3 id="preview-title">${s.preview}</h3>
          ${this.#result.success ? nothing : html`<p class="note">${s.previewStale}</p>`}
          ${this.#lastValid && this.previewing ? html`<cr-rubric .definition=${this.#lastValid} lang=${this.second || this.primary}></cr-rubric>` : nothing}
        </section>
      </div>
      ${renderOutput(v, this.cdn, this.#result.success)}
    </div>`;
  }
}
