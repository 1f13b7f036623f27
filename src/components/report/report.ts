import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrDefinitionErrorEvent, CrImportEvent } from '../../events/events.js';
import { responsesToCsv } from '../../report/csv-mapping.js';
import { FILE_LIMITS, type ImportReport, type SourceText } from '../../report/entries.js';
import {
  checkResponses,
  importResponsesInSteps,
  responsesToJson,
  type CheckedResponses,
  type ImportProgress,
} from '../../report/import.js';
import { parseDefinitionOnce, type ParseResult } from '../../rubrics/parse.js';
import type { Rubric, RubricResponse } from '../../rubrics/schema.js';
import { DEFAULT_DISCUSS_STEPS, type DiscussBasis } from '../../scoring/index.js';
import { DefinitionController } from '../../controllers/definition-controller.js';
import { safeString } from '../base/form-associated.js';
import { LAYOUT_CHARTS } from './charts.js';
import { downloadText } from './download.js';
import styles from './report.styles.js';
import {
  renderComparison,
  renderFiles,
  renderInvalidResponses,
  renderNotCounted,
  renderOverview,
  renderRespondents,
  renderSection,
  renderSectionsTable,
  renderSubjectAgreed,
  renderSubjectTexts,
} from './report-templates.js';
import { LocalizeController } from '../../controllers/localize.js';
import type { TeamInput } from '../../report/teams.js';
import { renderDefinitionError, renderLrsStatus } from './status.js';
import { REPORT_STRINGS } from './strings.js';
import type { TeamsView } from './teams.js';
import { LazyModule } from './lazy-module.js';
import { agreedEdit } from './agreed-edit.js';
import { BuiltInLoader } from './builtin-loader.js';
import { DropZone } from './drop-zone.js';
import { asResponse, scoreView, tr, type ReportView, type TextView } from './view.js';
import type { XapiAuth } from '../../interop/lrs.js';
import type { XapiGroup } from '../../interop/xapi-types.js';
import { XapiReader } from './xapi-reader.js';

/**
 * @summary A team's results on one rubric: where ratings agree, where they spread (marked
 * "Discuss"), per-section summaries, layout charts, what changed since the previous cycle, and the
 * team's agreed rating per item. With `teams` (or `xapiTeams`), several teams side by side instead.
 * Every figure comes from `src/scoring`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - Title and response count.
 * @csspart files - File picking, dropping, downloads and the import report.
 * @csspart invalid-responses - Entries of `responses` that are not valid responses, each with its reasons.
 * @csspart drop-zone - The area files can be dropped on.
 * @csspart import-report - What the last import loaded and what it did not.
 * @csspart import-progress - The progress bar of a running import.
 * @csspart lrs-status - Reading from a Learning Record Store: progress, outcome or problem.
 * @csspart overview - Items to discuss and the discuss rule.
 * @csspart rule - The discuss rule's text.
 * @csspart sections - The per-section summary; `sections-table` is its table.
 * @csspart section - A rubric section with its items.
 * @csspart item - One item's results.
 * @csspart discuss - The "Discuss" mark of a flagged item.
 * @csspart figures - An item's median, mean, range and count.
 * @csspart anchors - What an item's lowest and highest levels mean; `notes` holds members' own notes on it (and each other text field's answers).
 * @csspart field-counts - How many marked an item's checkbox or select fields ("Opportunity: 7 of 12 members").
 * @csspart not-counted - Answers every figure leaves out (a level not on the scale, an item the rubric does not have), by response, item and level.
 * @csspart respondents - Each response's response fields (date, school, role), in a data table.
 * @csspart subject-texts - What members wrote in each partner's fields ("How to strengthen").
 * @csspart chart - A chart figure (SVG and caption).
 * @csspart data - The "Show data table" disclosure; `data-table` is the table in it.
 * @csspart heat-map - The section-by-stage heat table (indicator tables).
 * @csspart heat-table - A heat table (the profile, sections by stage): levels as columns, each cell the count of ratings as text, shaded by it.
 * @csspart continuum - Partners on the continuum.
 * @csspart profile - The team profile (bipolar scales): a heat table of the dimensions by level, with the team's median.
 * @csspart comparison - The comparison with the previous cycle; `comparison-table` is its table.
 * @csspart teams - Several teams side by side (with `teams` or `xapiTeams`); `teams-table` is its table.
 * @csspart agreed - The team's agreed rating and note for one item.
 * @csspart level - An agreed-rating choice; `level-checked` the chosen one.
 * @cssproperty --cr-report-mark - Colour of people's marks and bars.
 * @cssproperty --cr-report-team - Colour of the team's median marks (the triangle under each strip, the diamond in a heat table).
 * @event input - The agreed value changed through user interaction (also per keystroke in a note).
 * @event change - The agreed value changed through user interaction.
 * @event cr-import - Files (or a Learning Record Store's statements) were read; `report` lists what loaded and what did not.
 * @event cr-definition-error - The definition failed to validate; `issues` lists readable problems.
 */
export class CrRubricReport extends LitElement {
  static override styles = styles;

  /** A rubric definition object; takes precedence over `src` and `rubric`. */
  @property({ attribute: false }) definition: unknown = undefined;
  /** Address of a definition JSON (https:, or http: on the same origin), loaded as `<cr-rubric src>` loads it; takes precedence over `rubric`. */
  @property() src = '';
  /** Id of a built-in definition (any id of `builtInIds`: team-assessment, norms-inventory, …). */
  @property() rubric = '';
  /** The team's responses of this cycle, each checked like an imported file: invalid ones and responses to another rubric are left out and listed. */
  @property({ attribute: false }) responses: readonly RubricResponse[] = [];
  /** Responses of an earlier cycle; when set, the report shows what changed. */
  @property({ attribute: false }) previous: readonly RubricResponse[] | null = null;
  /** The team's agreed rating and note per item, a response with `respondent: "Team"`. */
  @property({ attribute: false }) value: RubricResponse | null = null;
  /** Stem of downloaded file names (default: the rubric id). */
  @property({ reflect: true, converter: safeString }) name = '';
  /** `dark` or `high-contrast`; anything else is the light theme. */
  @property({ reflect: true, converter: safeString }) theme = '';
  /** Language of the interface and of translated definitions (inherits the page's when unset). */
  @property() override lang!: string;
  /** Smallest spread of ratings, in scale steps, that marks an item "Discuss" (default 2). */
  @property({ attribute: 'discuss-steps', type: Number }) discussSteps = DEFAULT_DISCUSS_STEPS;
  /**
   * `middle-half` measures that spread over the middle half of the ratings, so one or two outlying
   * ratings in a large group do not mark an item; anything else (the default, `range`) over all.
   */
  @property({ attribute: 'discuss-basis' }) discussBasis: DiscussBasis = 'range';
  /** Ideal-point scales: the level id the team aims for; each item then shows its ratings' distance from it. */
  @property() ideal = '';

  /** A Learning Record Store's xAPI endpoint (`https://lrs.example/xapi/`): with `registration`, the report reads that cycle's responses from it. */
  @property({ attribute: 'xapi-endpoint' }) xapiEndpoint = '';
  /** The cycle to read from the LRS: its registration UUID, or the cycle's name as the rubrics sent it ("2026 fall"). */
  @property() registration = '';
  /** The earlier cycle (registration or name) to compare with, read from the same LRS. */
  @property({ attribute: 'previous-registration' }) previousRegistration = '';
  /** The IRI prefix the rubrics' activities were sent with, when not the default. */
  @property({ attribute: 'xapi-activity-base' }) xapiActivityBase = '';
  /** Returns the `Authorization` header for each LRS request (credentials never go into attributes or storage). */
  @property({ attribute: false }) xapiAuth?: XapiAuth;
  /**
   * Only this team's responses, when one LRS holds several teams' cycles: the identified xAPI Group
   * the rubrics sent as `context.team` (`{ objectType: 'Group', account: { homePage, name } }`).
   */
  @property({ attribute: false }) xapiTeam?: XapiGroup;
  /** Several teams side by side instead of one: `[{ id?, name, responses }]` (id: the name when absent; unique), responses checked like `responses`. */
  @property({ attribute: false }) teams: readonly TeamInput[] | null = null;
  /** The same teams in an earlier cycle (matched by id; with `team-field`, `previous` grouped): each cell then says how its mean moved. */
  @property({ attribute: false }) previousTeams: readonly TeamInput[] | null = null;
  /** Several teams from the LRS into `teams`: identified Groups as the rubrics sent them in `context.team`, in this order, or `all` the cycle has. */
  @property({ attribute: 'xapi-teams', converter: { fromAttribute: (v) => (v === 'all' ? 'all' : null) } })
  xapiTeams: readonly XapiGroup[] | 'all' | null = null;
  /** Several teams side by side from `responses` (and files added): the id of the response field that names each one's team (`team`, `school`). */
  @property({ attribute: 'team-field' }) teamField = '';

  @state() private importReport?: ImportReport;
  /** How far a running import has got; shown as a progress bar. */
  @state() private importing?: ImportProgress;
  /** The built-in definition `rubric` names, once its chunk has loaded. */
  readonly #builtIn = new BuiltInLoader(this);

  /** The same definition path as the rubric elements: `definition`, then `src`, then the built-in `rubric`. */
  readonly #definitions = new DefinitionController(
    this,
    () => ({ definition: this.definition, src: this.src, fallback: () => this.#builtIn.result }),
    parseDefinitionOnce,
  );
  #result?: ParseResult<Rubric>;
  #reported?: ParseResult<Rubric>;
  #view?: ReportView;
  readonly #lrs = new XapiReader(this, (report) => {
    this.importReport = report;
    this.dispatchEvent(new CrImportEvent(report));
  });

  readonly #drop = new DropZone(this, (files) => void this.addFiles(files));

  /** Reads the cycle from the Learning Record Store again (new statements since the last reading). */
  refreshXapi(): void {
    this.#lrs.refresh();
  }

  /** Settles when reading from the Learning Record Store (if any) has finished and the report shows it. */
  get xapiComplete(): Promise<boolean> {
    return this.updateComplete.then(() => this.#lrs.complete).then(() => this.updateComplete);
  }
  #usable: readonly RubricResponse[] = [];
  #checked?: CheckedResponses;
  readonly #teamsChunk = new LazyModule(this, () => import('./teams.js'));
  #teamsView?: TeamsView;

  /** Whether the report compares several teams (`teams` or `xapiTeams` set). */
  get #teamsMode(): boolean {
    return this.teams !== null || this.xapiTeams !== null || this.teamField !== '';
  }

  /** The validated definition in use, or undefined when none or invalid. */
  get rubricDefinition(): Rubric | undefined {
    return this.#result?.success ? this.#result.data : undefined;
  }

  /** The effective language: own `lang`, the nearest ancestor's, the page's, then English. */
  get language(): string {
    return this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  /** `value` when it looks like a response; anything else reads as no agreed value yet. */
  get #agreed(): RubricResponse | null {
    return asResponse(this.value);
  }

  /** The interface text in the report's language, loaded the first time that language is shown. */
  readonly #localize = new LocalizeController(this, REPORT_STRINGS, () => this.language);

  /** Also waits for a built-in definition and the interface text being loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const pending = () => this.#builtIn.pending ?? this.#teamsChunk.pending ?? this.#localize.pending;
    for (let work = pending(); work; work = pending()) {
      await work.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rubric')) this.#builtIn.load(this.rubric);
    this.#localize.load();
    this.#result = this.#definitions.resolve();
    const rubric = this.rubricDefinition;
    this.#lrs.sync(
      {
        endpoint: this.xapiEndpoint,
        registration: this.registration,
        previousRegistration: this.previousRegistration,
        activityBase: this.xapiActivityBase,
        auth: this.xapiAuth,
        team: this.xapiTeam,
        teams: this.xapiTeams,
      },
      rubric,
    );
    if (!rubric) {
      this.#view = this.#teamsView = undefined;
      return;
    }
    const lang = this.language;
    const options = { discussSteps: this.discussSteps, discussBasis: this.discussBasis, ...(this.ideal ? { ideal: this.ideal } : {}) };
    if (this.#teamsMode) {
      // The teams view is a chunk of its own: a one-team report never loads it.
      const { teams, responses, teamField, previousTeams, previous } = this;
      const input = { teams, responses, teamField, previousTeams, previous };
      this.#teamsView = this.#teamsChunk.get()?.teamsView(rubric, input, lang, options);
      this.#usable = this.#teamsView?.checked.usable.flatMap((team) => team.responses) ?? [];
      return;
    }
    const old = this.#view;
    const rescore = ['responses', 'previous', 'discussSteps', 'discussBasis', 'ideal'] as const;
    if (
      old &&
      old.rubric === rubric &&
      old.lang === lang &&
      old.strings === this.#localize.strings &&
      !rescore.some((key) => changed.has(key))
    ) {
      this.#view = { ...old, value: this.#agreed };
      return;
    }
    // Properties set from outside may hold anything: each entry is checked like an imported file.
    this.#checked = checkResponses(rubric, this.responses);
    this.#usable = this.#checked.usable;
    const earlier = this.previous === null ? [] : checkResponses(rubric, this.previous, 'previous').usable;
    this.#view = scoreView(rubric, this.#usable, earlier, this.#agreed, lang, options);
  }

  protected override updated(): void {
    if (this.#result && !this.#result.success && this.#reported !== this.#result) {
      this.#reported = this.#result;
      this.dispatchEvent(new CrDefinitionErrorEvent(this.#result.issues));
    }
  }

  /**
   * Reads response files (JSON: one response or a list; CSV as exported) and adds the valid ones
   * to `responses`. Invalid files, duplicates and responses to another rubric are listed in the
   * report (returned, shown, and sent with `cr-import`), never silently dropped.
   */
  async addFiles(files: Iterable<File> | ArrayLike<File>): Promise<ImportReport | undefined> {
    const rubric = this.rubricDefinition;
    if (!rubric) return undefined;
    const list = Array.from(files as ArrayLike<File>);
    const tooLarge = list.filter((f) => f.size > FILE_LIMITS.chars * 4);
    const texts: SourceText[] = await Promise.all(
      list.filter((f) => !tooLarge.includes(f)).map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    const existing = Array.isArray(this.responses) ? this.responses : [];
    this.importing = { done: 0, total: 0 };
    let result: ImportReport;
    try {
      result = await importResponsesInSteps(rubric, texts, this.#usable, { onProgress: (progress) => (this.importing = progress) });
    } finally {
      this.importing = undefined;
    }
    const strings = this.#localize.strings;
    const report: ImportReport = {
      ...result,
      invalid: [...tooLarge.map((f) => ({ source: f.name, issues: [{ path: '(root)', message: strings.tooLarge }] })), ...result.invalid],
    };
    if (report.loaded.length > 0) this.responses = [...existing, ...report.loaded.map((e) => e.response)];
    this.importReport = report;
    this.dispatchEvent(new CrImportEvent(report));
    return report;
  }

  /** All responses to this rubric as CSV (see docs/report.md for the columns). */
  exportCsv(): string {
    const rubric = this.rubricDefinition;
    return rubric ? responsesToCsv(rubric, this.#usable, this.language) : '';
  }

  /** All responses to this rubric as a JSON list, which `addFiles` reads back. */
  exportJson(): string {
    return responsesToJson(this.#usable);
  }

  /** The teams table as CSV (one row per item and team; see docs/report.md), or '' without teams. */
  exportTeamsCsv(): string {
    const view = this.#teamsMode ? this.#teamsView : undefined;
    return view ? this.#teamsChunk.module!.teamsCsv(view) : '';
  }

  /** Downloads `exportTeamsCsv()`. */
  downloadTeamsCsv(): void {
    downloadText(`${this.#fileStem()}-teams.csv`, 'text/csv;charset=utf-8', `\uFEFF${this.exportTeamsCsv()}`);
  }

  /** Downloads `exportCsv()` (with a byte-order mark so spreadsheets read it as UTF-8). */
  downloadCsv(): void {
    downloadText(`${this.#fileStem()}-responses.csv`, 'text/csv;charset=utf-8', `\uFEFF${this.exportCsv()}`);
  }

  /** Downloads `exportJson()`. */
  downloadJson(): void {
    downloadText(`${this.#fileStem()}-responses.json`, 'application/json', this.exportJson());
  }

  #fileStem(): string {
    return (this.name || this.rubricDefinition?.id || 'rubric').replace(/[^\w.-]+/g, '-');
  }

  /** Applies an agreed-value control's edit and announces it like a form control. */
  #applyAgreed(el: HTMLElement, type: string): boolean {
    const rubric = this.rubricDefinition;
    const change = rubric && agreedEdit({ rubric, view: this.#view, agreed: this.#agreed, usable: this.#usable }, el, type);
    if (!change) return false;
    if (change.next) this.value = change.next;
    if (change.announce !== 'change') this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (change.announce !== 'input') this.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }

  private handleEdit(event: Event): void {
    const el = event.target as HTMLInputElement | HTMLTextAreaElement;
    const kind = el.dataset?.['kind'];
    const rubric = this.rubricDefinition;
    if (!rubric || !kind) return;
    if (kind === 'files') {
      if (event.type === 'change')
        void this.addFiles((el as HTMLInputElement).files ?? []).then(() => ((el as HTMLInputElement).value = ''));
      return;
    }
    event.stopPropagation();
    this.#applyAgreed(el, event.type);
  }

  private handleClick(event: Event): void {
    const el = (event.target as HTMLElement).closest<HTMLElement>('[data-kind]');
    const kind = el?.dataset['kind'];
    const rubric = this.rubricDefinition;
    if (!el || !rubric) return;
    if (kind === 'download-csv') this.downloadCsv();
    else if (kind === 'download-json') this.downloadJson();
    else if (kind === 'download-teams-csv') this.downloadTeamsCsv();
    else if (kind === 'goto') {
      event.preventDefault();
      const target = this.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(el.dataset['item'] ?? '')}`);
      target?.scrollIntoView({ block: 'start' });
      target?.focus();
    } else if (this.#applyAgreed(el, 'click')) {
      void this.updateComplete.then(() => el.closest('fieldset')?.querySelector('input')?.focus());
    }
  }

  protected override render() {
    const strings = this.#localize.strings;
    if (this.#result && !this.#result.success) return renderDefinitionError(strings, this.#result.issues);
    const teams = this.#teamsView;
    if (this.#teamsMode && teams && this.#localize.ready) {
      const status = renderLrsStatus(strings, this.#lrs, true);
      // Teams from a response field take files too; teams given or read from an LRS do not.
      const files = this.teams === null && this.teamField ? this.renderFiles(teams) : undefined;
      return html`<div class="base" part="base" lang=${teams.lang} @change=${this.handleEdit} @click=${this.handleClick}>
        ${this.#teamsChunk.module!.renderTeamsReport(teams, { status, report: this.importReport, files })}
      </div>`;
    }
    const view = this.#view;
    // Nothing is shown half-translated: the report's text in its language arrives first.
    if (!view || !this.#localize.ready) return nothing;
    const { rubric, aggregate } = view;
    const checked = this.#checked;
    const left = checked?.skipped.length ?? 0;
    return html`<div class="base" part="base" lang=${view.lang} @change=${this.handleEdit} @input=${this.handleEdit} @click=${this.handleClick}>
      <header part="header">
        <h2>${tr(view, rubric.title)}</h2>
        <p class="subtitle">${strings.teamResults} · ${strings.responses(aggregate.responses)}${view.cycles ? ` · ${view.cycles.after}` : ''}</p>
        ${left > 0 ? html`<p class="notice">${strings.otherRubric(left)}</p>` : nothing}
        ${checked?.invalid.length ? renderInvalidResponses(view, checked.invalid) : nothing}
        ${renderLrsStatus(strings, this.#lrs, false)}
      </header>
      ${this.renderFiles(view)}
      ${aggregate.responses === 0 ? html`<p class="notice">${strings.noResponses}</p>` : this.renderResults(view)}
      ${aggregate.responses === 0 ? nothing : renderRespondents(view)}
    </div>`;
  }

  /** Picking, dropping and downloading response files, and what the last import did. */
  private renderFiles(view: TextView) {
    return renderFiles(view, {
      dragging: this.#drop.dragging,
      canExport: this.#usable.length > 0,
      report: this.importReport,
      importing: this.importing,
      onDragOver: this.#drop.onDragOver,
      onDragLeave: this.#drop.onDragLeave,
      onDrop: this.#drop.onDrop,
    });
  }

  private renderResults(view: ReportView) {
    return html`${renderNotCounted(view)} ${renderOverview(view)} ${LAYOUT_CHARTS[view.rubric.layout](view)} ${renderSubjectTexts(view)}
      ${renderComparison(view)} ${renderSectionsTable(view)}
      ${view.rubric.sections.map((section) => renderSection(view, section))}
      ${view.rubric.subjects ? renderSubjectAgreed(view) : nothing}`;
  }
}
