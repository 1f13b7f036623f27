/**
 * Reads a cycle's responses for `<cr-rubric-report>` from a Learning Record Store: every statement
 * about the rubric's activity in the registration (following the LRS's `more` links, with
 * progress), turned into responses by `responsesFromStatements`; the same for the previous
 * registration, for the comparison. The interop module is loaded only when an endpoint is set.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ImportReport } from '../../report/entries.js';
import type { XapiAuth } from '../../interop/lrs.js';
import type { XapiGroup } from '../../interop/xapi-types.js';
import type { Rubric, RubricResponse } from '../../rubrics/schema.js';
import type { TeamInput } from '../../report/teams.js';

interface ReaderHost extends ReactiveControllerHost, HTMLElement {
  responses: readonly RubricResponse[];
  previous: readonly RubricResponse[] | null;
  teams: readonly TeamInput[] | null;
  previousTeams: readonly TeamInput[] | null;
}

/** Where the reading is. */
export type ReadPhase = 'idle' | 'reading' | 'done' | 'failed';

export interface ReadSettings {
  readonly endpoint: string;
  readonly registration: string;
  readonly previousRegistration: string;
  readonly activityBase: string;
  readonly auth: XapiAuth | undefined;
  /** Only this team's statements (`context.team`), when one LRS holds several teams' cycles. */
  readonly team?: XapiGroup | undefined;
  /** Several teams side by side: these Groups (one query each), or `all` the teams in the cycle (one query); the result goes to `teams`. */
  readonly teams?: readonly XapiGroup[] | 'all' | null | undefined;
}

export class XapiReader implements ReactiveController {
  readonly #host: ReaderHost;
  readonly #onReport: (report: ImportReport) => void;
  #key = '';
  #abort?: AbortController;
  phase: ReadPhase = 'idle';
  /** Statements read so far (both registrations). */
  read = 0;
  /** Responses made from them (this cycle). */
  responses = 0;
  /** Teams read (several teams side by side). */
  teams = 0;
  /** Statements of teams not listed in `teams` (or of no team), left out. */
  unlisted = 0;
  /** What went wrong, as an `LrsProblem` or an error message. */
  problem = '';
  #work?: Promise<void>;

  /** `onReport` receives what the reading loaded and which statements it could not use, like a file import. */
  constructor(host: ReaderHost, onReport: (report: ImportReport) => void) {
    this.#host = host;
    this.#onReport = onReport;
    host.addController(this);
  }

  /** Settles when the current reading has finished (tests, hosts). */
  get complete(): Promise<void> {
    return this.#work ?? Promise.resolve();
  }

  /** Reads again at the next update, even with unchanged settings. */
  refresh(): void {
    this.#key = '';
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#key = '';
  }

  /** Starts reading when the settings or the rubric changed since the last reading. */
  sync(settings: ReadSettings, rubric: Rubric | undefined): void {
    const key =
      rubric && settings.endpoint && settings.registration
        ? [
            settings.endpoint,
            settings.registration,
            settings.previousRegistration,
            settings.activityBase,
            rubric.id,
            rubric.version,
            JSON.stringify(settings.team ?? null),
            JSON.stringify(settings.teams ?? null),
          ].join('\n')
        : '';
    if (key === this.#key) return;
    this.#key = key;
    this.#abort?.abort();
    if (!key || !rubric) {
      this.phase = 'idle';
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.phase = 'reading';
    this.read = 0;
    this.problem = '';
    this.unlisted = 0;
    this.#work = this.#read(settings, rubric, abort.signal).catch((error: unknown) => {
      if (abort.signal.aborted) return;
      this.phase = 'failed';
      this.problem = (error as { problem?: string })?.problem ?? (error instanceof Error ? error.message : String(error));
      this.#host.requestUpdate();
    });
  }

  async #read(settings: ReadSettings, rubric: Rubric, signal: AbortSignal): Promise<void> {
    // Not interop/index.js: the report needs neither the CASE mapping nor the sending side.
    const [read, lrs, write, teams] = await Promise.all([
      import('../../interop/xapi-read.js'),
      import('../../interop/lrs.js'),
      import('../../interop/xapi.js'),
      import('../../interop/xapi-teams.js'),
    ]);
    const interop = { ...read, ...lrs, ...write, ...teams };
    const activityBase = settings.activityBase || interop.DEFAULT_ACTIVITY_BASE;
    const activity = interop.rubricActivityId(rubric, activityBase);
    let before = 0;
    /** Every statement about the rubric in a registration (of one Group, when given), with progress. */
    const statementsOf = async (registration: string, agent: XapiGroup | undefined) => {
      const statements = await interop.readStatements(
        settings.endpoint,
        {
          activity,
          registration: interop.registrationFor(registration),
          relatedActivities: true,
          ...(agent ? { agent, relatedAgents: true } : {}),
        },
        {
          auth: settings.auth,
          signal,
          onProgress: (n) => {
            this.read = before + n;
            this.#host.requestUpdate();
          },
        },
      );
      before += statements.length;
      return statements;
    };
    if (settings.teams) {
      const listed = settings.teams === 'all' ? undefined : settings.teams;
      // A listed Group without an identifier is named before anything is asked of the LRS.
      if (listed) interop.teamResponsesFromStatements(rubric, [], { teams: listed });
      // One query per listed team (or one for the whole cycle); a statement two queries return counts once.
      const teamsOf = async (registration: string) => {
        const byId = new Map<string, unknown>();
        const statements: unknown[] = [];
        for (const group of listed ?? [undefined])
          for (const st of await statementsOf(registration, group))
            if (!st.id) statements.push(st);
            else byId.set(st.id, st);
        return interop.teamResponsesFromStatements(rubric, [...statements, ...byId.values()], {
          activityBase,
          ...(listed ? { teams: listed } : {}),
        });
      };
      const reading = await teamsOf(settings.registration);
      const earlier = settings.previousRegistration ? await teamsOf(settings.previousRegistration) : undefined;
      if (signal.aborted) return;
      this.phase = 'done';
      this.teams = reading.teams.length;
      this.unlisted = reading.unlisted;
      this.responses = reading.teams.reduce((sum, t) => sum + t.responses.length, 0);
      const plain = (t: { id: string; name: string; responses: RubricResponse[] }) => ({ id: t.id, name: t.name, responses: t.responses });
      this.#host.teams = reading.teams.map(plain);
      this.#host.previousTeams = earlier ? earlier.teams.map(plain) : null;
      this.#report(
        reading.teams.flatMap((t) =>
          t.responses.map((response, n) => ({ source: `LRS ${settings.registration} ${t.name || t.id} #${n + 1}`, response })),
        ),
        [...reading.ignored, ...(earlier?.ignored ?? [])],
      );
      return;
    }
    const cycle = async (registration: string) =>
      interop.responsesFromStatements(rubric, await statementsOf(registration, settings.team), { activityBase });
    const current = await cycle(settings.registration);
    const previous = settings.previousRegistration ? await cycle(settings.previousRegistration) : undefined;
    if (signal.aborted) return;
    this.phase = 'done';
    this.responses = current.responses.length;
    this.#host.responses = current.responses;
    this.#host.previous = previous ? previous.responses : null;
    this.#report(
      current.responses.map((response, n) => ({ source: `LRS ${settings.registration} #${n + 1}`, response })),
      [...current.ignored, ...(previous?.ignored ?? [])],
    );
  }

  /** Tells the host what the reading loaded and which statements it could not use, like a file import. */
  #report(loaded: ImportReport['loaded'], ignored: readonly { statementId: string; reason: string }[]): void {
    this.#onReport({
      loaded,
      invalid: ignored.map((i) => {
        const cut = i.reason.indexOf(': ');
        return {
          source: `LRS statement ${i.statementId}`,
          issues: [cut > 0 ? { path: i.reason.slice(0, cut), message: i.reason.slice(cut + 2) } : { path: '(root)', message: i.reason }],
        };
      }),
      duplicates: [],
      skipped: [],
    });
  }
}
