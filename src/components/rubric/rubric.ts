import { consume, provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrCompleteEvent, CrDefinitionErrorEvent } from '../../events/events.js';
import { uiStrings } from '../../i18n/strings.js';
import * as edit from '../../rubrics/edit.js';
import { loadDefinition } from '../../rubrics/load.js';
import { emptyResponse, reconcileResponse, type ReconcileReport } from '../../rubrics/migrate.js';
import { parseDefinition, type ParseResult, type ValidationIssue } from '../../rubrics/parse.js';
import type { Rubric, RubricResponse } from '../../rubrics/schema.js';
import { localize } from '../../rubrics/text.js';
import { scoreResponse, type ResponseScore } from '../../scoring/index.js';
import { rubricContext, sessionContext, type RubricState, type SessionState } from './context.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { formEntries, missingItems } from './form-value.js';
import styles from './rubric.styles.js';
import { itemKey, renderLegend, renderResponseFields, renderSection, renderSubjects, type View } from './templates.js';

const parsed = new WeakMap<object, ParseResult<Rubric>>();

/** Validates a definition once per object, so re-renders never re-parse. */
function validateOnce(definition: unknown): ParseResult<Rubric> {
  if (definition === null || typeof definition !== 'object') return parseDefinition(definition);
  let result = parsed.get(definition);
  if (!result) parsed.set(definition, (result = parseDefinition(definition)));
  return result;
}

/**
 * @summary Renders any valid rubric definition as a fillable, scored, form-associated assessment.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - Title, description, instructions and source.
 * @csspart section - One section (driver, indicator group).
 * @csspart section-title - A section's heading.
 * @csspart item - One rated item: a radio group.
 * @csspart item-title - An item's name (the group's legend).
 * @csspart options - The row of level choices of an item.
 * @csspart level - One level choice (a label wrapping a native radio).
 * @csspart level-checked - The chosen level choice.
 * @csspart descriptor - A level's descriptor text in a grid cell.
 * @csspart anchor - A low or high anchor statement.
 * @csspart field - A note, checkbox or other extra field.
 * @csspart clear - The button that clears an item's rating.
 * @csspart error - An item's error message.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart summary - The live summary of answers.
 * @csspart status - The polite status line (draft saved, restored).
 * @cssproperty --cr-color-accent - Accent for chosen levels and focus rings.
 * @cssproperty --cr-color-text - Text colour.
 * @cssproperty --cr-color-surface - Background of items.
 * @cssproperty --cr-color-border - Borders of items and options.
 * @cssproperty --cr-color-error - Error text and borders.
 * @cssproperty --cr-font-family - Font of the whole element.
 * @cssproperty --cr-radius - Corner radius of items and options.
 * @cssstate complete - Every item is rated.
 * @cssstate invalid - Required and not complete.
 * @event input - The response changed through user interaction (also for each keystroke in a note).
 * @event change - The response changed through user interaction (a level chosen or cleared, a field committed).
 * @event cr-complete - A user's edit rated the last unrated item.
 * @event cr-definition-error - The definition failed to load or validate; `issues` lists readable problems.
 * @event cr-draft-status - A draft was saved, restored or could not be saved.
 */
export class CrRubric extends LitElement {
  static formAssociated = true;
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: false };

  /** The definition shown when neither `definition` nor `src` is given (set by the built-in elements). */
  static defaultDefinition: unknown = undefined;

  /** A rubric definition object; takes precedence over `src` and the built-in definition. */
  @property({ attribute: false }) definition: unknown = undefined;
  /** Address of a definition JSON (https:, or http: on the same origin). */
  @property() src = '';
  /** The response (saved-response schema). Set it to show or continue a saved response. */
  @property({ attribute: false }) value: RubricResponse | null = null;
  /** Form field name the response is submitted under. */
  @property({ reflect: true }) name = '';
  /** Blocks form submission until every item is rated. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Shows the answers without letting them change. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Disables every control and leaves the response out of form submission. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Key under which drafts autosave in browser storage. Without it, an element with an `id` autosaves under that id; otherwise autosave is off. */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** Respondent, date, school and language shared by an enclosing `<cr-rubric-session>`. */
  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected session?: SessionState;

  @provide({ context: rubricContext })
  @state()
  protected shared?: RubricState;

  @state() private loaded?: ParseResult<Rubric>;
  @state() private loading = false;
  @state() private showErrors = false;
  @state() private formDisabled = false;
  @state() private status = '';

  readonly #internals = this.attachInternals();
  readonly #drafts = new DraftController(this);
  #abort?: AbortController;
  #result?: ParseResult<Rubric>;
  #reported?: ParseResult<Rubric>;
  #score?: ResponseScore;
  #report?: ReconcileReport;

  /** The validated definition in use, or undefined while loading or when invalid. */
  get rubric(): Rubric | undefined {
    return this.#result?.success ? this.#result.data : undefined;
  }

  /** Problems with the current definition; empty when it is valid. */
  get definitionIssues(): readonly ValidationIssue[] {
    return this.#result && !this.#result.success ? this.#result.issues : [];
  }

  /** The score of the current response, computed by `src/scoring`. */
  get score(): ResponseScore | undefined {
    return this.#score;
  }

  /** The element's effective language: its `lang`, the session's, the page's, then English. */
  get language(): string {
    const own = this.closest('[lang]')?.getAttribute('lang');
    return this.getAttribute('lang') || this.session?.lang || own || document.documentElement.lang || 'en';
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** Returns false (and fires `invalid`) when required and incomplete. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Like `checkValidity`, and shows the problems and focuses the first unrated item. */
  reportValidity(): boolean {
    this.showErrors = true;
    return this.#internals.reportValidity();
  }

  /** Clears every answer (and the draft, once the host confirms with `markSubmitted`). */
  reset(): void {
    this.value = null;
    this.showErrors = false;
  }

  /** Tells the element the host received the response: the autosaved draft is deleted. */
  markSubmitted(): void {
    this.#drafts.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.handleInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.handleInvalid);
    this.#abort?.abort();
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string' && this.value === null) this.#drafts.restoreFrom(state);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.#load();
    if (this.definition !== undefined) this.#result = validateOnce(this.definition);
    else if (this.src) this.#result = this.loaded;
    else {
      const fallback = (this.constructor as typeof CrRubric).defaultDefinition;
      this.#result = fallback === undefined ? undefined : validateOnce(fallback);
    }
    const rubric = this.rubric;
    // Autosave needs a stable identity: an explicit storage-key, or the element's id on this page.
    this.#drafts.connectKey(this.storageKey || (this.id ? `auto:${location.pathname}:${this.id}` : ''), rubric);
    if (!rubric) {
      this.#score = undefined;
      this.shared = undefined;
      return;
    }
    const response = this.#response(rubric);
    this.#report = this.value ? reconcileResponse(rubric, this.value) : undefined;
    this.#score = scoreResponse(rubric, response);
    const lang = this.language;
    this.shared = { rubric, response, score: this.#score, lang, strings: uiStrings(lang), readonly: this.readonly };
  }

  protected override updated(): void {
    if (this.#result && !this.#result.success && this.#reported !== this.#result) {
      this.#reported = this.#result;
      this.dispatchEvent(new CrDefinitionErrorEvent(this.#result.issues));
    }
    const rubric = this.rubric;
    const disabled = this.disabled || this.formDisabled;
    this.#internals.setFormValue(rubric && this.value && !disabled ? formEntries(this.name, rubric, this.value) : null);
    const missing = rubric && this.required ? missingItems(rubric, this.#response(rubric), this.language) : [];
    const strings = uiStrings(this.language);
    const anchor = missing[0] ? this.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(missing[0].key)} input`) : null;
    if (missing.length > 0 && !disabled) {
      this.#internals.setValidity({ valueMissing: true }, strings.missing(missing.length, missing[0]!.title), anchor ?? undefined);
    } else {
      this.#internals.setValidity({});
    }
    this.#setState('complete', this.#score?.complete === true);
    this.#setState('invalid', missing.length > 0);
  }

  #setState(name: string, on: boolean): void {
    try {
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // Older engines without CustomStateSet: styling hooks are optional.
    }
  }

  #blank?: { rubric: Rubric; session?: SessionState; response: RubricResponse };

  /** The value, or a blank response pre-filled from the enclosing session. */
  #response(rubric: Rubric): RubricResponse {
    if (this.value) return this.value;
    const session = this.session;
    if (this.#blank?.rubric !== rubric || this.#blank.session !== session) {
      const fields: Record<string, string> = {};
      for (const f of rubric.responseFields ?? []) {
        const given = session?.[f.id as keyof SessionState];
        if (given) fields[f.id] = given;
      }
      const response: RubricResponse = {
        ...emptyResponse(rubric),
        ...(session?.respondent ? { respondent: session.respondent } : {}),
        ...(session?.cycle ? { cycle: session.cycle } : {}),
        ...(Object.keys(fields).length ? { fields } : {}),
      };
      this.#blank = { rubric, ...(session ? { session } : {}), response };
    }
    return this.#blank.response;
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    if (!this.src) {
      this.loaded = undefined;
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.loading = true;
    const result = await loadDefinition(this.src, { signal: abort.signal });
    if (abort.signal.aborted) return;
    this.loading = false;
    this.loaded = result;
  }

  /** Applies a user's edit: new value, events, draft. */
  protected commit(next: RubricResponse, kind: 'input' | 'change' | 'both'): void {
    const wasComplete = this.#score?.complete === true;
    this.value = next;
    this.#drafts.schedule(next);
    if (kind !== 'change') this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (kind !== 'input') this.dispatchEvent(new Event('change', { bubbles: true }));
    const rubric = this.rubric;
    if (rubric && !wasComplete && scoreResponse(rubric, next).complete) this.dispatchEvent(new CrCompleteEvent(next));
  }

  /** Sets the status line announced politely (drafts); never moves focus. */
  announce(message: string): void {
    this.status = message;
  }

  private handleInvalid = (): void => {
    this.showErrors = true;
  };

  private handleEdit(event: Event): void {
    const target = event.target as HTMLInputElement;
    const kind = target.dataset?.['kind'];
    if (!kind) return;
    event.stopPropagation();
    const rubric = this.rubric;
    if (!rubric || this.readonly || this.disabled || this.formDisabled) return;
    const now = new Date();
    const base = this.#response(rubric);
    const subjectId = target.dataset['subject'] || undefined;
    const at = { itemId: target.dataset['item'] ?? '', ...(subjectId ? { subjectId } : {}) };
    const field = target.dataset['field'] ?? '';
    const typing = event.type === 'input';
    const value = target.type === 'checkbox' ? target.checked : target.value;
    switch (kind) {
      case 'level':
        if (event.type === 'change') this.commit(edit.setLevel(base, at, target.value, now), 'both');
        return;
      case 'item-field':
        if (typing || target.type === 'checkbox' || target.tagName === 'SELECT') this.commit(edit.setItemField(base, at, field, value, now), typing ? 'input' : 'both');
        else this.dispatchEvent(new Event('change', { bubbles: true }));
        return;
      case 'response-field':
        if (typing || target.tagName === 'SELECT') this.commit(edit.setResponseField(base, field, value, now), typing ? 'input' : 'both');
        else this.dispatchEvent(new Event('change', { bubbles: true }));
        return;
      case 'subject-field':
        if (typing) this.commit(edit.setSubjectField(base, subjectId ?? '', field, value, now), 'input');
        else this.dispatchEvent(new Event('change', { bubbles: true }));
        return;
      case 'subject-name':
        if (typing) this.commit(edit.renameSubject(base, subjectId ?? '', String(value), now), 'input');
        else this.dispatchEvent(new Event('change', { bubbles: true }));
        return;
    }
  }

  private handleClick(event: Event): void {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-kind]');
    const kind = target?.dataset['kind'];
    if ((this.readonly || this.disabled) && target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) {
      event.preventDefault();
      return;
    }
    const rubric = this.rubric;
    if (!rubric || !target || this.readonly || this.disabled || this.formDisabled) return;
    const base = this.#response(rubric);
    const subjectId = target.dataset['subject'] || undefined;
    if (kind === 'clear') {
      const itemId = target.dataset['item'] ?? '';
      this.commit(edit.setLevel(base, { itemId, ...(subjectId ? { subjectId } : {}) }, null), 'both');
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#item-${CSS.escape(itemKey(itemId, subjectId))} input`)?.focus());
    } else if (kind === 'remove-subject' && subjectId) {
      this.commit(edit.removeSubject(base, subjectId), 'both');
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#new-subject')?.focus());
    } else if (kind === 'add-subject') {
      const input = this.renderRoot.querySelector<HTMLInputElement>('#new-subject');
      const name = (target.dataset['name'] ?? input?.value ?? '').trim();
      const next = edit.addSubject(base, name);
      if (input) input.value = '';
      this.commit(next, 'both');
      const added = next.subjects?.at(-1);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#item-${CSS.escape(itemKey(rubric.sections[0]!.items[0]!.id, added?.id))} input`)?.focus());
    }
  }

  private handleKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLInputElement;
    if (this.readonly && target.type === 'radio' && /^(Arrow|Space$| $)/.test(event.key)) event.preventDefault();
    if (event.key === 'Enter' && target.dataset?.['kind'] === 'new-subject') {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLButtonElement>('button[data-kind="add-subject"]')?.click();
    }
  }

  private focusItem(event: Event, key: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>(`#item-${CSS.escape(key)} input`)?.focus();
  }

  protected override render() {
    if (this.loading && !this.#result) return html`<p part="status" role="status">${uiStrings(this.language).loading}</p>`;
    const strings = uiStrings(this.language);
    if (this.#result && !this.#result.success) return this.renderDefinitionError(this.#result.issues);
    const rubric = this.rubric;
    if (!rubric || !this.shared) return html`<p part="status" role="status">${this.loading ? strings.loading : ''}</p>`;
    const missing = this.showErrors && this.required ? missingItems(rubric, this.shared.response, this.language) : [];
    const view: View = {
      rubric,
      response: this.shared.response,
      lang: this.shared.lang,
      strings,
      readonly: this.readonly,
      disabled: this.disabled || this.formDisabled,
      errors: new Set(missing.map((m) => m.key)),
    };
    return html`<div part="base" class="base" lang=${this.shared.lang}
        @change=${this.handleEdit} @input=${this.handleEdit} @click=${this.handleClick} @keydown=${this.handleKeydown}>
      ${this.renderHeader(rubric)}
      ${missing.length > 0 ? this.renderErrorSummary(missing) : nothing}
      ${this.renderNotices()}
      ${renderResponseFields(view)} ${renderLegend(view)}
      ${rubric.subjects ? renderSubjects(view) : rubric.sections.map((s) => renderSection(view, s))}
      <cr-rubric-summary part="summary" exportparts="summary-table"></cr-rubric-summary>
      <p class="status" part="status" role="status">${this.status}</p>
    </div>`;
  }

  protected renderHeader(rubric: Rubric) {
    const lang = this.shared!.lang;
    const t = (text: Parameters<typeof localize>[0]) => localize(text, lang, rubric.defaultLanguage);
    const source = rubric.source;
    return html`<header part="header">
      <h2 part="title">${t(rubric.title)}</h2>
      ${rubric.description ? html`<p class="description">${t(rubric.description)}</p>` : nothing}
      ${rubric.instructions?.length ? html`<ol class="instructions" aria-label=${this.shared!.strings.instructions}>${rubric.instructions.map((i) => html`<li>${t(i)}</li>`)}</ol>` : nothing}
      ${source ? html`<p class="source">${this.shared!.strings.source}: ${source.document}, ${source.publisher}, ${source.edition ?? source.year}</p>` : nothing}
    </header>`;
  }

  protected renderNotices() {
    const report = this.#report;
    if (!report) return nothing;
    const strings = this.shared!.strings;
    return html`${report.versionRelation === 'newer' ? html`<p class="notice" part="notice">${strings.newer}</p>` : nothing}
      ${report.unplaced.length > 0 ? html`<p class="notice" part="notice">${strings.kept(report.unplaced.length)}</p>` : nothing}`;
  }

  protected renderErrorSummary(missing: readonly { key: string; title: string }[]) {
    const strings = this.shared!.strings;
    return html`<div class="error-summary" part="error-summary" role="alert" aria-labelledby="problem" tabindex="-1">
      <h3 id="problem">${strings.problem}</h3>
      <ul>${missing.map((m) => html`<li><a href=${`#item-${m.key}`} @click=${(e: Event) => this.focusItem(e, m.key)}>${strings.required(m.title)}</a></li>`)}</ul>
    </div>`;
  }

  protected renderDefinitionError(issues: readonly ValidationIssue[]) {
    const strings = uiStrings(this.language);
    return html`<div class="definition-error" part="definition-error" role="alert">
      <h2>${strings.loadError}</h2>
      <ul>${issues.slice(0, 20).map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul>
      ${issues.length > 20 ? html`<p>… ${issues.length - 20} more</p>` : nothing}
    </div>`;
  }
}
