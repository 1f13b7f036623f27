import { ContextConsumer, ContextProvider } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResponseController } from '../../controllers/response-controller.js';
import type { SetAsideDraft } from '../../controllers/set-aside.js';
import type { XapiController } from '../../controllers/xapi-controller.js';
import type { ParkedStatement } from '../../controllers/xapi-queue.js';
import type { XapiAuth } from '../../interop/lrs.js';
import type { XapiAgent } from '../../interop/xapi-types.js';
import { CrCompleteEvent, CrDefinitionErrorEvent } from '../../events/events.js';
import { LocalizeController } from '../../controllers/localize.js';
import { UI_STRINGS, type UiStrings } from '../../i18n/strings.js';
import type { ReconcileReport } from '../../rubrics/migrate.js';
import type { Layout } from '../../rubrics/kinds.js';
import type { ParseResult, ValidationIssue } from '../../rubrics/parse.js';
import type { Rubric, RubricResponse } from '../../rubrics/schema.js';
import { checkResponse } from '../../rubrics/validator.js';
import { scoreResponse, type ResponseScore } from '../../scoring/index.js';
import { localize } from '../../rubrics/text.js';
import { FormAssociatedElement, safeString } from '../base/form-associated.js';
import { rubricContext, sessionContext, type RubricState, type SessionState } from './context.js';
import { formEntries, missingItems, validationMessage } from './form-value.js';
import { builtInSource } from './built-in.js';
import { rubricEdits } from './edits.js';
import { afterRender, afterRenderFor, afterRenderLoading, loadAfterRender, nextTask } from './later.js';
import { progressSlot } from './progress-slot.js';
import { renderHeader } from './panels.js';
import styles from './rubric.styles.js';
import {
  layoutTemplate,
  renderProvenance,
  renderResponseFields,
  renderSection,
  subjectsTemplate,
  type LayoutTemplate,
  type SubjectsTemplate,
  type View,
} from './templates.js';

/**
 * @summary Renders any valid rubric definition as a fillable, scored, form-associated assessment.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - Title, description, instructions and source.
 * @csspart title - The rubric's title.
 * @csspart source-link - The link to the source document (in `--cr-color-accent`).
 * @csspart translation - Who translated the rubric, shown above a translation not from the source.
 * @csspart section - One section (driver, indicator group).
 * @csspart section-title - A section's heading.
 * @csspart item - One rated item: a radio group.
 * @csspart item-title - An item's name (inside the group's legend).
 * @csspart options - The row of level choices of an item.
 * @csspart columns - The level names above a section in the table form (`density`).
 * @csspart level - One level choice (a label wrapping a native radio).
 * @csspart level-checked - The chosen level choice.
 * @csspart descriptor - A level's descriptor text in a grid cell.
 * @csspart anchor - A low or high anchor statement.
 * @csspart legend - The scale's meanings, above an indicator table.
 * @csspart field - A note, checkbox or other extra field.
 * @csspart response-fields - The date, school, team and role fields.
 * @csspart clear - The button that clears an item's rating.
 * @csspart subjects - The continuum's list of partners.
 * @csspart subject - One partner.
 * @csspart add - The controls that add a partner.
 * @csspart remove - The button that removes a partner.
 * @csspart target - The "Target" badge on a target stage.
 * @csspart provenance - The one notice that says which texts are reconstructed, and why.
 * @csspart reconstructed-mark - The quiet mark (†) on an item whose text is reconstructed.
 * @csspart error - An item's error message.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart definition-error - The readable error shown for a broken definition.
 * @csspart notice - Notes on answers kept from another version.
 * @csspart summary - The live summary of answers.
 * @csspart status - The polite status line (draft saved, restored).
 * @csspart progress - The progress bar that stays in view: the progress line, its meter and the "Next unrated" button.
 * @csspart progress-line - "8 of 14 rated" (answered, ticked, partners rated: what the scale's kind counts).
 * @csspart progress-status - The progress bar's polite announcements (a section completed, where "Next unrated" went), visually hidden.
 * @csspart progress-bar - The meter beside the progress line (a native `progress`, hidden from assistive technology).
 * @csspart next-open - The "Next unrated" button; `aria-disabled` once nothing is left.
 * @csspart sections-nav - The navigation to each section, for rubrics with two or more sections.
 * @csspart section-link - One section's button in the navigation, with its own progress.
 * @csspart section-link-complete - A section's button once every item of it is answered.
 * @cssproperty --cr-color-accent - Accent for chosen levels and focus rings.
 * @cssproperty --cr-color-text - Text colour.
 * @cssproperty --cr-color-muted - Secondary text colour.
 * @cssproperty --cr-color-surface - Background of items.
 * @cssproperty --cr-color-background - Background of the element.
 * @cssproperty --cr-color-border - Borders of items and options.
 * @cssproperty --cr-color-chosen - Background of the chosen level.
 * @cssproperty --cr-color-error - Error text and borders.
 * @cssproperty --cr-font-family - Font of the whole element.
 * @cssproperty --cr-radius - Corner radius of items and options.
 * @cssproperty --cr-space - Base spacing.
 * @cssproperty --cr-focus-ring - Outline of focused controls.
 * @cssproperty --cr-scroll-margin - Space kept above a focused control when it scrolls into view (a host's sticky header, the progress bar); default 8rem.
 * @cssproperty --cr-progress-top - Where the progress bar sticks, from the top of the viewport (below a host's own sticky header); default 0.
 * @cssproperty --cr-progress-background - Background of the sticky progress bar; default the element's background.
 * @cssproperty --cr-progress-bar-color - Fill of the progress meter; default the accent.
 * @cssstate complete - Every item is rated.
 * @cssstate invalid - Required and not complete.
 * @event input - The response changed through user interaction (also each keystroke in a note).
 * @event change - The response changed through user interaction (a level chosen or cleared, a field committed).
 * @event cr-complete - A user's edit rated the last unrated item.
 * @event cr-definition-error - The definition failed to load or validate; `issues` lists readable problems.
 * @event cr-xapi - Statements are about to be queued for the LRS (`xapi-endpoint`); cancel it to send `statements` yourself.
 * @event cr-draft-status - A draft was saved, restored, set aside or could not be saved, another tab replaced this tab's answers, or a host's value was merged with an unsent draft; `status` says which.
 */
export class CrRubric extends FormAssociatedElement {
  static override styles = styles;

  /** The definition shown when neither `definition` nor `src` is given (set by the built-in elements). */
  static defaultDefinition: unknown = undefined;
  /** Layouts this element's file carries (a built-in element, its own); any other arrives as a chunk when shown. */
  static layouts: Partial<Record<Layout, LayoutTemplate>> = {};
  /** The rated-subjects rows, when this element's file carries them (the continuum). */
  static subjectRows?: SubjectsTemplate;

  /** A rubric definition object; takes precedence over `src` and the built-in definition. */
  @property({ attribute: false }) definition: unknown = undefined;
  /** Address of a definition JSON (https:, or http: on the same origin). */
  @property() src = '';
  /** Id of a built-in definition to show (`norms-inventory`; see `builtInIds`); `definition` and `src` take precedence. */
  @property({ attribute: 'rubric' }) rubricId = '';
  /** The response (saved-response schema). One that is unreadable, or for another rubric, is kept here untouched but not shown. */
  @property({ attribute: false }) value: RubricResponse | null = null;
  /** Shows the answers without letting them change. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Draft key in browser storage. Without it, an element with an `id` autosaves under that id; otherwise autosave is off. */
  @property({ attribute: 'storage-key' }) storageKey = '';
  /**
   * How grid rubrics are arranged (docs/layouts.md): `auto` shows the table (items × levels) where
   * the element is wide enough and the cards below that; `compact` shows the table from a smaller
   * width; `comfortable` always shows the cards. Any other value is `auto`.
   */
  @property({ reflect: true, converter: safeString }) density: 'auto' | 'compact' | 'comfortable' = 'auto';
  /** `dark` or `high-contrast`; any other value keeps the light theme. */
  @property({ reflect: true, converter: safeString }) theme = '';
  /**
   * The progress bar: shown and sticky in view (default), `static` (shown where it is, not sticky),
   * or `none` (not shown: the host shows its own).
   * @attr progress
   */
  @property({ reflect: true, converter: safeString }) progress = '';
  /** A Learning Record Store's xAPI endpoint: complete and submitted responses are sent there (docs/interop.md). Default: the session's. */
  @property({ attribute: 'xapi-endpoint' }) xapiEndpoint = '';
  /** Who is answering, as an xAPI Agent (`mbox`, `mbox_sha1sum`, `openid` or `account`); never guessed. Default: the session's. */
  @property({ attribute: false }) xapiActor?: XapiAgent;
  /** Returns the `Authorization` header for each LRS request; credentials never go into attributes or storage. Default: the session's. */
  @property({ attribute: false }) xapiAuth?: XapiAuth;

  // @lit/context's controllers rather than its decorators: the same behaviour, and the CDN files
  // leave out the decorator code (about 0.2 KiB gzipped).
  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });
  readonly #provider = new ContextProvider(this, { context: rubricContext });

  /** Respondent, date, school and language shared by an enclosing `<cr-rubric-session>`. */
  protected get session(): SessionState | undefined {
    return this.#session.value;
  }

  /** What nested parts such as `<cr-rubric-summary>` are given (set in each update). */
  protected shared?: RubricState;

  @state() private showErrors = false;
  @state() private status = '';

  /** The one owner of the definition and the response: loading, validation, drafts, merges. */
  readonly #owner = new ResponseController(this, {
    session: () => this.session,
    fallback: () => this.#builtIn.fallback(),
  });
  /** The built-in shown without `definition` and `src`: this element's own, or the one `rubric` names. */
  readonly #builtIn = builtInSource(this, this.#owner);
  /** The interface text in this element's language, loaded the first time that language is shown. */
  readonly #localize = new LocalizeController(this, UI_STRINGS, () => this.language);
  /** The after-render chunk for a notice or problem display, or undefined while it loads. */
  readonly #problems = afterRenderFor(this.#owner);
  /** The progress bar (a chunk fetched after the first render) and the shown layout's style rules. */
  readonly #progress = progressSlot(this, this.#owner);
  /** A person's input: the listeners, the edit path they wait for, and what an applied edit sets off. */
  readonly #edits = rubricEdits(this, this.#owner, this.#localize, {
    editable: () => !!this.rubric && !this.readonly && !this.isDisabled,
    status: () => this.status,
  });
  /** The LRS sender, loaded once an `xapi-endpoint` applies (its own file in the CDN build). */
  #xapi?: Promise<XapiController>;
  #xapiLoaded?: XapiController;

  /** Queues `response` for the LRS, once the sender has loaded (it may still be loading). */
  #sendXapi(response: RubricResponse | null): void {
    void this.#xapi?.then((x) => x.submit(response));
  }

  /** Sending to the LRS: the last outcome (`state`, statements `waiting`, `parked` ones the LRS did not accept). */
  get xapiStatus() {
    return this.#xapiLoaded?.status;
  }

  /** Settles when sending to the LRS (if any) has finished. */
  get xapiComplete(): Promise<unknown> {
    return this.#xapi?.then((x) => x.complete) ?? Promise.resolve();
  }

  /** Sends what waits for the LRS now (after refreshing credentials, say) instead of at the next retry. */
  retryXapi(): void {
    void this.#xapi?.then((x) => x.retry());
  }

  /**
   * Statements the LRS would not take as they are (409, 413 alone, 400), each with its `problem`:
   * kept in the queue, never retried on their own, counted in `xapiStatus.parked`.
   */
  async xapiParked(): Promise<ParkedStatement[]> {
    return (await this.#xapi)?.parked() ?? [];
  }

  /**
   * Decides what becomes of parked statements (all, or those whose `statement.id` is given):
   * `'discard'` removes them for good (download them first from `xapiParked()` to keep a copy);
   * `'resend'` sends them again (after the LRS's limit or configuration changed).
   */
  async settleXapiParked(action: 'discard' | 'resend', ids?: Iterable<string>): Promise<void> {
    await (await this.#xapi)?.settleParked(action, ids);
  }

  /** The broken definition `cr-definition-error` last told about: each result is told once. */
  #reported?: ParseResult<Rubric>;
  /** What of the shown value the definition cannot place, for the notices. */
  #report?: ReconcileReport;
  /** Set while the translation for the current language loads: nothing is shown half-translated. */
  #translating?: Promise<unknown>;

  constructor() {
    super();
    // `invalid` (from reportValidity() or a form's submit) comes before the browser focuses the
    // first missing item and scrolls to it: the error summary and the items' errors are rendered
    // now, so that scroll lands where they leave the item (rendered after it, they pushed the
    // focused item out of the window in Chromium and Firefox). A listener on the element itself
    // lives exactly as long as the element: added once, never removed.
    this.addEventListener('invalid', () => {
      this.showErrors = true;
      if (this.isUpdatePending) this.performUpdate();
    });
  }

  /** Also waits for what the element is loading (the definition, the validator, a stored draft, a chunk it shows), so tests and hosts see the outcome. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let work = this.#owner.pending; work.length > 0; work = this.#owner.pending) {
      await Promise.allSettled(work);
      done = await super.getUpdateComplete();
    }
    // The after-render chunk, fetched after the first update: a host (or a test) that waits can edit
    // at once. Awaited quietly: its arrival updates nothing.
    await afterRenderLoading()?.catch(() => undefined);
    return done;
  }

  /** The validated definition in use, or undefined while loading or when invalid. */
  get rubric(): Rubric | undefined {
    return this.#owner.rubric;
  }

  /** Problems with the current definition; empty when it is valid. */
  get definitionIssues(): readonly ValidationIssue[] {
    const result = this.#owner.result;
    return result && !result.success ? result.issues : [];
  }

  /** The score of the current response, computed by `src/scoring`. */
  get score(): ResponseScore | undefined {
    return this.shared?.score;
  }

  /** The effective language: own `lang`, the session's, the nearest ancestor's, the page's, then English. */
  get language(): string {
    const inherited = this.closest('[lang]')?.getAttribute('lang');
    return this.getAttribute('lang') || this.session?.lang || inherited || document.documentElement.lang || 'en';
  }

  /** Like `checkValidity()`, and shows the error summary and each item's error; the browser focuses the first unrated item. */
  override reportValidity(): boolean {
    this.showErrors = true;
    return super.reportValidity();
  }

  /** Clears every answer. The stored draft stays until `markSubmitted()`. */
  reset(): void {
    this.value = null;
    this.showErrors = false;
  }

  /** Tells the element the host received the response: the autosaved draft is deleted, and with an `xapi-endpoint` the response is sent. */
  markSubmitted(): void {
    this.#owner.markSubmitted();
    this.#sendXapi(this.value);
  }

  /** Drafts kept aside under this element's key (unreadable, or replaced by a newer copy), oldest first, for recovery. */
  setAsideDrafts(): SetAsideDraft[] {
    return this.#owner.setAside();
  }

  /** Shows a polite status message (drafts); never moves focus. */
  announce(message: string): void {
    this.status = message;
  }

  /**
   * The browser restores the response it was given as state (back/forward navigation, autofill).
   * It is merged with what is shown like any other copy, answer by answer.
   */
  override formStateRestoreCallback(state: unknown, _mode?: 'restore' | 'autocomplete'): void {
    this.#owner.formState(state);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rubricId')) this.#builtIn.load();
    const translating = this.#localize.load();
    const decided = this.#owner.update();
    // Nothing is shown half-translated: the interface strings, or a built-in's own translation file.
    const builtIn = this.#builtIn.translating();
    this.#translating = translating ?? builtIn;
    if (this.#translating) this.#owner.waitFor(this.#translating);
    if (!decided) {
      this.shared = undefined;
      this.#provider.setValue(undefined);
      return;
    }
    const { rubric, response } = decided;
    // Without the validator loaded, the response holds only typed edits of a blank one: nothing to report.
    this.#report = this.#owner.report(rubric, response);
    const lang = this.language;
    const score = scoreResponse(rubric, response);
    this.shared = { rubric, response, score, lang, strings: this.#localize.strings, readonly: this.readonly };
    this.#provider.setValue(this.shared);
  }

  protected override updated(): void {
    // A first render shows answers but makes none: the after-render chunk (the edit path, the summary's
    // counts, the notices) and the progress bar's are fetched in the next task, while the person reads.
    if (!afterRender() && !afterRenderLoading() && this.rubric) void loadAfterRender(nextTask()).catch(() => undefined);
    this.#progress.load();
    if (!this.#xapi && (this.xapiEndpoint || this.session?.xapi?.endpoint)) {
      this.#xapi = import('../../controllers/xapi-controller.js').then(
        (m) => (this.#xapiLoaded = new m.XapiController(this, () => this.session?.xapi)),
      );
    }
    if (this.#edits.completing() && this.shared?.score.complete && this.shared.response === this.value) {
      this.dispatchEvent(new CrCompleteEvent(this.shared.response));
      this.#sendXapi(this.shared.response);
    }
    const result = this.#owner.result;
    if (result && !result.success && this.#reported !== result) {
      this.#reported = result;
      this.dispatchEvent(new CrDefinitionErrorEvent(result.issues));
    }
    const rubric = this.rubric;
    const missing = rubric && this.required ? missingItems(rubric, this.#owner.response(rubric), this.language) : [];
    const anchor =
      missing[0] &&
      this.renderRoot.querySelector<HTMLElement>(
        `#item-${CSS.escape(missing[0].key)} :is(input, textarea), #${CSS.escape(missing[0].key)}`,
      );
    const message = validationMessage(missing, this.#localize.strings);
    const usable = rubric && checkResponse(this.value, rubric.id) ? this.value : null;
    this.setFormState(
      usable && rubric ? formEntries(this.name, rubric, usable) : null,
      { message },
      anchor,
      usable ? JSON.stringify(usable) : undefined,
    );
    this.setCustomState('complete', this.shared?.score.complete === true);
  }

  /** Notes on a given response (answers kept from another version, a value that cannot be read), from the after-render chunk. */
  #renderNotices(rubric: Rubric, lang: string, strings: UiStrings) {
    const unusable = this.#owner.unusable(rubric);
    if (!this.#report && !unusable) return '';
    return this.#problems()?.renderNotices(this.#report, strings, unusable, (text) => localize(text, lang, rubric.defaultLanguage)) ?? '';
  }

  protected override render() {
    const strings = this.#localize.strings;
    const result = this.#owner.result;
    if (result && !result.success) {
      // The problem display is in the after-render chunk: until it arrives, the loading line.
      const problems = this.#problems();
      return problems
        ? problems.renderDefinitionError(result.issues, strings)
        : html`<p part="status" role="status">${strings.loading}</p>`;
    }
    const shared = this.shared;
    if (!shared || this.#translating)
      return html`<p part="status" role="status">${this.#owner.definition.loading ? strings.loading : ''}</p>`;
    const { rubric, response, lang } = shared;
    // A layout (or the subjects rows) that this file does not carry arrives as a chunk first.
    const carried = this.constructor as typeof CrRubric;
    const layout = carried.layouts[rubric.layout] ?? layoutTemplate(rubric.layout);
    const subjects = rubric.subjects ? (carried.subjectRows ?? subjectsTemplate()) : undefined;
    if (layout instanceof Promise || subjects instanceof Promise) {
      this.#owner.waitFor(Promise.all([layout, subjects]));
      return html`<p part="status" role="status">${strings.loading}</p>`;
    }
    this.#progress.adopt(layout.styles);
    const missing = this.showErrors && this.required ? missingItems(rubric, response, lang) : [];
    // What the templates see: what nested parts are given (`shared`), and what only this element knows.
    const view: View = {
      ...shared,
      disabled: this.isDisabled,
      required: this.required,
      errors: new Set(missing.map((m) => m.key)),
      opened: this.#edits.opened,
    };
    return html`<div part="base" class="base" lang=${lang}
        @change=${this.#edits} @input=${this.#edits} @click=${this.#edits} @keydown=${this.#edits} @focusin=${this.#edits}>
      ${renderHeader(rubric, lang, strings)}
      ${missing.length > 0 ? (this.#problems()?.renderErrorSummary(missing, strings) ?? '') : ''}
      ${this.#renderNotices(rubric, lang, strings)}
      ${this.#progress.render(view)}
      ${renderResponseFields(view)} ${layout.head(view)} ${renderProvenance(view)}
      ${subjects ? subjects(view, layout) : rubric.sections.map((s) => renderSection(view, s, layout))}
      <cr-rubric-summary part="summary" exportparts="summary-table"></cr-rubric-summary>
      <p class="status" part="status" role="status">${this.status}</p>
    </div>`;
  }
}
