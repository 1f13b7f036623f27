/**
 * A small xAPI 1.0.3 client: `POST statements` in batches, `GET statements` following `more`
 * links. Only `fetch`: no storage, no retries of its own (the sending controller keeps the queue
 * and decides when to try again), except to tell a refused body from a lost connection (below). Credentials are never stored here: `auth` is asked for the
 * `Authorization` header on every request, so a host can hand out short-lived tokens.
 */
import type { StatementResult, XapiStatement } from './xapi-types.js';

/** Returns the `Authorization` header value for a request to the LRS (or nothing). */
export type XapiAuth = () => string | undefined | null | Promise<string | undefined | null>;

export interface LrsOptions {
  /** Asked for the `Authorization` header before each request. */
  readonly auth?: XapiAuth | undefined;
  /** Aborts the whole operation. */
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds one request may take (default 30 s). */
  readonly timeout?: number;
  /** For tests and hosts with their own transport; defaults to the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/** What went wrong with a request, in the terms a status line needs. */
export type LrsProblem =
  /** No answer at all (offline, refused, DNS, CORS), a timeout, or 5xx/429: try again later. */
  | 'offline'
  | 'timeout'
  | 'server'
  /** 401/403: the credentials were refused. */
  | 'unauthorized'
  /** 409: the LRS holds a different statement under this id. */
  | 'conflict'
  /** 413: the request body is over the LRS's limit. */
  | 'too-large'
  /** 400 and other 4xx: the LRS refused the statement itself. */
  | 'rejected';

export class LrsError extends Error {
  readonly problem: LrsProblem;
  readonly status: number | undefined;
  constructor(problem: LrsProblem, message: string, status?: number) {
    super(message);
    this.name = 'LrsError';
    this.problem = problem;
    this.status = status;
  }
  /** Whether trying the same request again later may succeed. */
  get retryable(): boolean {
    return this.problem === 'offline' || this.problem === 'timeout' || this.problem === 'server' || this.problem === 'unauthorized';
  }
}

/** The endpoint as a base URL ending in `/`; throws a `TypeError` naming the problem otherwise. */
export function lrsEndpoint(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint, typeof location === 'object' ? location.href : undefined);
  } catch {
    throw new TypeError(`xapi-endpoint: "${endpoint}" is not a URL`);
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new TypeError(`xapi-endpoint: expected an https: address (http: only for this machine), got "${url.protocol}"`);
  }
  if (url.username || url.password) throw new TypeError('xapi-endpoint: credentials never go into the address; give them through xapiAuth');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

async function request(url: URL, init: RequestInit, options: LrsOptions): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('X-Experience-API-Version', '1.0.3');
  const authorization = await options.auth?.();
  if (authorization) headers.set('Authorization', authorization);
  const timeout = AbortSignal.timeout(options.timeout ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { ...init, headers, signal, credentials: 'omit', cache: 'no-store', redirect: 'error' });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) throw new LrsError('timeout', `the LRS did not answer within ${Math.round((options.timeout ?? 30_000) / 1000)} s`);
    throw new LrsError('offline', 'the LRS could not be reached');
  }
  if (response.ok) return response;
  const status = response.status;
  const text = (await response.text().catch(() => '')).slice(0, 300);
  const said = text ? `: ${text}` : '';
  if (status === 401 || status === 403) throw new LrsError('unauthorized', `the LRS refused the credentials (${status})`, status);
  if (status === 409) throw new LrsError('conflict', `the LRS holds a different statement under the same id (409)${said}`, status);
  if (status === 413) throw new LrsError('too-large', 'the request was larger than the LRS accepts (413)', status);
  if (status === 429 || status >= 500) throw new LrsError('server', `the LRS answered ${status}`, status);
  throw new LrsError('rejected', `the LRS refused the statement (${status})${said}`, status);
}

/** Whether the LRS answers at all: any HTTP answer to `GET about` (even 404) says it is reachable. */
async function answers(base: URL, options: LrsOptions): Promise<boolean> {
  try {
    await request(new URL('about', base), { method: 'GET', headers: { Accept: 'application/json' } }, options);
    return true;
  } catch (error) {
    return error instanceof LrsError && error.status !== undefined;
  }
}

/**
 * Sends one batch as one `POST statements`. Resolves when the LRS stored all of them (it is all or nothing).
 *
 * A server that refuses a body as too large may answer 413 and close the connection before reading
 * it (nginx and many proxies do). Chromium and Firefox still read the 413; WebKit (Safari) reports a
 * network error, which alone would make an oversized batch look like "offline" and be retried as
 * it is forever, never split. So when a POST fails without an answer, the client asks the LRS a
 * small question (`GET about`): when the LRS answers that, and the same POST then fails again
 * without an answer, the body is what it refuses (`too-large`); otherwise it is `offline`.
 */
export async function postStatements(endpoint: string, statements: readonly XapiStatement[], options: LrsOptions = {}): Promise<void> {
  const base = lrsEndpoint(endpoint);
  const url = new URL('statements', base);
  const post = () =>
    request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(statements) }, options);
  try {
    await post();
  } catch (error) {
    if (!(error instanceof LrsError) || error.problem !== 'offline' || !(await answers(base, options))) throw error;
    try {
      await post();
    } catch (again) {
      if (!(again instanceof LrsError) || again.problem !== 'offline') throw again;
      throw new LrsError(
        'too-large',
        'the LRS dropped the request twice while it answers smaller ones: most likely larger than it accepts (a 413 the browser could not read)',
      );
    }
  }
}

export interface ReadQuery {
  /** Statements about this activity (and, with `relatedActivities`, with it in their context). */
  readonly activity: string;
  readonly registration?: string;
  readonly relatedActivities?: boolean;
  /**
   * Only statements about this agent or group; with `relatedAgents`, also those naming it anywhere
   * else, such as a team in `context.team` (xAPI 1.0.3 Communication §2.1.3 `agent`, `related_agents`).
   */
  readonly agent?: object;
  readonly relatedAgents?: boolean;
  /** Statements per page to ask for (the LRS may give fewer). */
  readonly limit?: number;
}

export interface ReadStatementsOptions extends LrsOptions {
  /** Called after each page with the number of statements read so far. */
  readonly onProgress?: (read: number) => void;
  /** Stops (with an error) past this many statements; default 1,000,000. */
  readonly maxStatements?: number;
}

/** Reads every statement matching `query`, following the LRS's `more` links page by page. */
export async function readStatements(endpoint: string, query: ReadQuery, options: ReadStatementsOptions = {}): Promise<XapiStatement[]> {
  const base = lrsEndpoint(endpoint);
  const params = new URLSearchParams({ activity: query.activity });
  if (query.registration) params.set('registration', query.registration);
  if (query.relatedActivities) params.set('related_activities', 'true');
  if (query.agent) params.set('agent', JSON.stringify(query.agent));
  if (query.agent && query.relatedAgents) params.set('related_agents', 'true');
  params.set('limit', String(query.limit ?? 1000));
  let url: URL | undefined = new URL(`statements?${params}`, base);
  const seen = new Set<string>();
  const out: XapiStatement[] = [];
  const max = options.maxStatements ?? 1_000_000;
  while (url) {
    if (seen.has(url.href)) throw new LrsError('rejected', 'the LRS sent the same "more" link twice');
    seen.add(url.href);
    const response = await request(url, { method: 'GET', headers: { Accept: 'application/json' } }, options);
    let body: StatementResult;
    try {
      body = (await response.json()) as StatementResult;
    } catch {
      throw new LrsError('rejected', 'the LRS answered with something that is not JSON');
    }
    if (!body || !Array.isArray(body.statements)) throw new LrsError('rejected', 'the LRS answer has no "statements" list');
    for (const s of body.statements) out.push(s);
    if (out.length > max) throw new LrsError('rejected', `more than ${max.toLocaleString('en-US')} statements`);
    options.onProgress?.(out.length);
    // `more` is relative to the LRS's host (xAPI 1.0.3 Communication §2.1.3); it must stay there.
    const more: string | undefined = typeof body.more === 'string' && body.more ? body.more : undefined;
    url = more ? new URL(more, base) : undefined;
    if (url && url.origin !== base.origin) throw new LrsError('rejected', 'the LRS sent a "more" link to another server');
  }
  return out;
}
