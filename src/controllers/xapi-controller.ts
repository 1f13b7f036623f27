/**
 * Sends a rubric's responses to a Learning Record Store as xAPI statements: the rubric hands over
 * a response when a person's edit completes it (`cr-complete`) and when the host calls
 * `markSubmitted()`. The statements go
 * through a queue in storage and leave it only when the LRS acknowledged them; the queue is tried
 * again after a reload, when the browser is back online, and with growing pauses after a failure.
 * The rubric loads this module only once an `xapi-endpoint` applies (in the CDN build it is
 * `xapi.js`, a file of its own), so pages without one carry none of it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CrXapiEvent } from '../events/events.js';
import type { XapiAuth } from '../interop/lrs.js';
import type { XapiAgent, XapiGroup } from '../interop/xapi-types.js';
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import {
  enqueue,
  nextDue,
  parkedStatements,
  readQueue,
  sendQueue,
  settleParked,
  type ParkedStatement,
  type SendStatus,
} from './xapi-queue.js';
import { statementsFor, statusText } from './xapi-sender.js';

/** Where and as whom to send; from the element's own properties, else its `<cr-rubric-session>`'s. */
export interface XapiSettings {
  readonly endpoint: string;
  readonly auth?: XapiAuth | undefined;
  readonly actor?: XapiAgent | undefined;
  readonly team?: XapiGroup | undefined;
  readonly registration?: string | undefined;
  readonly activityBase?: string | undefined;
  readonly platform?: string | undefined;
}

interface XapiHost extends ReactiveControllerHost, HTMLElement {
  readonly rubric: Rubric | undefined;
  readonly language: string;
  readonly xapiEndpoint: string;
  readonly xapiActor?: XapiAgent | undefined;
  readonly xapiAuth?: XapiAuth | undefined;
  announce(message: string): void;
}

export class XapiController implements ReactiveController {
  readonly #host: XapiHost;
  /** The session's settings; the element's own `xapi-endpoint`, `xapiActor` and `xapiAuth` win over them. */
  readonly #shared: () => XapiSettings | undefined;
  #timer?: ReturnType<typeof setTimeout>;
  #endpoint = '';
  #status?: SendStatus;
  #work: Promise<unknown> = Promise.resolve();

  /**
   * `shared` (the session's settings) and the element's own are read at each trigger, so they always
   * reflect the current attributes and session. They are composed here, in the sender's own file,
   * rather than in the element, which every page downloads.
   */
  constructor(host: XapiHost, shared: () => XapiSettings | undefined) {
    this.#host = host;
    this.#shared = shared;
    host.addController(this);
    this.hostUpdated();
  }

  #settings(): XapiSettings {
    const host = this.#host;
    const shared = this.#shared();
    const endpoint = host.xapiEndpoint || shared?.endpoint || '';
    return { ...shared, endpoint, actor: host.xapiActor ?? shared?.actor, auth: host.xapiAuth ?? shared?.auth };
  }

  /** The outcome of the last sending: state, statements waiting, statements the LRS did not accept. */
  get status(): SendStatus | undefined {
    return this.#status;
  }

  /** Settles when the current sending (if any) has finished. */
  get complete(): Promise<unknown> {
    return this.#work;
  }

  hostConnected(): void {
    window.addEventListener('online', this.#retry);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#retry);
    clearTimeout(this.#timer);
    this.#endpoint = '';
  }

  hostUpdated(): void {
    // A new endpoint (or a page just loaded): send what an earlier page left in its queue.
    const endpoint = this.#settings().endpoint;
    if (endpoint === this.#endpoint) return;
    this.#endpoint = endpoint;
    if (endpoint && typeof localStorage === 'object' && this.#hasQueue(endpoint)) this.retry();
  }

  #hasQueue(endpoint: string): boolean {
    try {
      return localStorage.getItem(`collab-rubrics:xapi-queue:${endpoint}`) !== null;
    } catch {
      return false;
    }
  }

  /** Sends `response` (a person's edit completed it, or the host received it: `markSubmitted()`). */
  submit(response: RubricResponse | null): void {
    if (response) this.#queue(response);
  }

  /** Tries the queue now (after the host refreshed its credentials, say). */
  retry(): void {
    const settings = this.#settings();
    if (!settings.endpoint) return;
    this.#work = this.#work.then(() => this.#send(settings));
  }

  readonly #retry = (): void => this.retry();

  /** Statements the LRS would not take, kept in the queue (`status.parked` counts them). */
  parked(): ParkedStatement[] {
    const endpoint = this.#settings().endpoint;
    return endpoint ? parkedStatements(endpoint) : [];
  }

  /** Discards parked statements for good, or puts them back in line and sends them now. */
  settleParked(action: 'discard' | 'resend', ids?: Iterable<string>): Promise<unknown> {
    const settings = this.#settings();
    if (!settings.endpoint) return Promise.resolve();
    this.#work = this.#work.then(async () => {
      if (settleParked(settings.endpoint, action, ids) === 0) return;
      if (action === 'resend') await this.#send(settings);
      else {
        const waiting = readQueue(settings.endpoint);
        const parked = waiting.filter((e) => e.parked).length;
        this.#status = { state: parked > 0 ? 'parked' : 'sent', waiting: waiting.length - parked, parked };
        this.#say(statusText(this.#status, this.#host.language));
      }
    });
    return this.#work;
  }

  #queue(response: RubricResponse): void {
    const settings = this.#settings();
    const rubric = this.#host.rubric;
    if (!settings.endpoint || !rubric) return;
    this.#work = this.#work.then(async () => {
      if (!settings.actor) return this.#say(statusText('no-actor', this.#host.language));
      const statements = statementsFor(rubric, response, {
        actor: settings.actor,
        ...(settings.team ? { team: settings.team } : {}),
        ...(settings.registration ? { registration: settings.registration } : {}),
        ...(settings.activityBase ? { activityBase: settings.activityBase } : {}),
        ...(settings.platform ? { platform: settings.platform } : {}),
        lang: this.#host.language,
      });
      if (typeof statements === 'string') return this.#say(`${statusText('no-actor', this.#host.language)} (${statements})`);
      if (statements.length === 0) return;
      const event = new CrXapiEvent(statements, settings.endpoint, response);
      this.#host.dispatchEvent(event);
      if (event.defaultPrevented) return;
      enqueue(settings.endpoint, statements);
      await this.#send(settings);
    });
  }

  async #send(settings: XapiSettings): Promise<void> {
    clearTimeout(this.#timer);
    const lang = this.#host.language;
    if (readQueue(settings.endpoint).length === 0) return;
    this.#say(statusText('sending', lang));
    const status = await sendQueue(settings.endpoint, settings.auth);
    this.#status = status;
    this.#say(statusText(status, lang));
    const due = status.waiting > 0 ? nextDue(settings.endpoint) : undefined;
    if (due !== undefined && this.#host.isConnected) {
      this.#timer = setTimeout(() => this.retry(), Math.max(0, due - Date.now()));
    }
  }

  #say(message: string): void {
    this.#host.announce(message);
  }
}
