/**
 * The statements waiting for a Learning Record Store, and the sending of them. Loaded only by a
 * page whose rubric has an `xapi-endpoint` (see xapi-controller.ts), so pages without one carry
 * none of it.
 *
 * The queue lives in `localStorage`, one list per endpoint, shared by every element and tab of the
 * origin: statements not yet acknowledged survive a reload and are sent by the next page that has
 * an element for that endpoint. It holds statements only, never credentials. Entries are keyed by
 * statement id (deterministic per response, item and edit), so queueing or sending one twice
 * stores it once at the LRS. An entry leaves the queue only when the LRS acknowledged it; one the
 * LRS will never take (409, 413 alone, 400) is parked with the reason, kept, and reported.
 */
import { LrsError, postStatements, type LrsProblem, type XapiAuth } from '../interop/lrs.js';
import type { XapiStatement } from '../interop/xapi-types.js';

export const QUEUE_PREFIX = 'collab-rubrics:xapi-queue:';
/** Statements per request, and the most bytes a request should hold (many LRSs sit behind a 1 MB limit). */
export const BATCH = { statements: 100, bytes: 256_000 } as const;
/** Milliseconds before the first retry; doubled per failure up to `MAX_DELAY`. */
export const FIRST_DELAY = 1_000;
export const MAX_DELAY = 5 * 60_000;

export interface QueueEntry {
  readonly statement: XapiStatement;
  /** Failed attempts so far. */
  tries: number;
  /** Epoch ms of the next automatic try after a failure (pauses grow with `tries`). */
  next: number;
  /** Set when the LRS will not take it as it is: kept, not retried. */
  parked?: LrsProblem;
}

/** What the last attempt came to; the element's `xapiStatus` and its status line say it. */
export type SendState = 'sent' | 'sending' | 'offline' | 'retrying' | 'parked' | 'unavailable';

export interface SendStatus {
  readonly state: SendState;
  /** Statements waiting to be sent (parked ones not counted). */
  readonly waiting: number;
  /** Statements the LRS did not accept, kept in the queue. */
  readonly parked: number;
  /** Why the last attempt failed, when it did. */
  readonly problem?: LrsProblem;
}

function storage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

const keyFor = (endpoint: string) => `${QUEUE_PREFIX}${endpoint}`;

/** The stored queue of `endpoint` (entries that do not look like entries are left out, never thrown on). */
export function readQueue(endpoint: string): QueueEntry[] {
  try {
    const raw = storage()?.getItem(keyFor(endpoint));
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list) ? list.filter((e): e is QueueEntry => typeof e?.statement?.id === 'string') : [];
  } catch {
    return [];
  }
}

/** Writes the queue; false when storage refused (the entries stay in memory for this page). */
function writeQueue(endpoint: string, entries: readonly QueueEntry[]): boolean {
  try {
    const store = storage();
    if (!store) return false;
    if (entries.length === 0) store.removeItem(keyFor(endpoint));
    else store.setItem(keyFor(endpoint), JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

/** Pages' in-memory copies of the queue, for when storage is unavailable or full. */
const memory = new Map<string, QueueEntry[]>();

function load(endpoint: string): QueueEntry[] {
  const stored = readQueue(endpoint);
  const held = memory.get(endpoint) ?? [];
  if (held.length === 0) return stored;
  const ids = new Set(stored.map((e) => e.statement.id));
  return [...stored, ...held.filter((e) => !ids.has(e.statement.id))];
}

function save(endpoint: string, entries: QueueEntry[]): void {
  if (writeQueue(endpoint, entries)) memory.delete(endpoint);
  else memory.set(endpoint, entries);
}

/** Adds statements to the queue of `endpoint`; one already queued (same id) is not added again. */
export function enqueue(endpoint: string, statements: readonly XapiStatement[]): void {
  const entries = load(endpoint);
  const ids = new Set(entries.map((e) => e.statement.id));
  for (const statement of statements) {
    if (ids.has(statement.id)) continue;
    ids.add(statement.id);
    entries.push({ statement, tries: 0, next: 0 });
  }
  save(endpoint, entries);
}

/** Removes the acknowledged statements, re-reading the stored queue first (another tab may have changed it). */
function acknowledge(endpoint: string, ids: ReadonlySet<string>): void {
  save(
    endpoint,
    load(endpoint).filter((e) => !ids.has(e.statement.id!)),
  );
}

function update(endpoint: string, ids: ReadonlySet<string>, change: (e: QueueEntry) => void): void {
  const entries = load(endpoint);
  for (const e of entries) if (ids.has(e.statement.id!)) change(e);
  save(endpoint, entries);
}

/** Splits `entries` into requests of at most `size` statements and `BATCH.bytes` bytes. */
function batches(entries: readonly QueueEntry[], size: number): QueueEntry[][] {
  const out: QueueEntry[][] = [];
  let current: QueueEntry[] = [];
  let bytes = 2;
  for (const e of entries) {
    const length = JSON.stringify(e.statement).length + 1;
    if (current.length > 0 && (current.length >= size || bytes + length > BATCH.bytes)) {
      out.push(current);
      current = [];
      bytes = 2;
    }
    current.push(e);
    bytes += length;
  }
  if (current.length > 0) out.push(current);
  return out;
}

const delayAfter = (tries: number) => Math.min(MAX_DELAY, FIRST_DELAY * 2 ** Math.max(0, tries - 1));

/** One sending run per endpoint at a time on this page: a second asks the running one to go again. */
const running = new Map<string, { again: boolean; done: Promise<SendStatus> }>();

/**
 * Sends what is due in the queue of `endpoint`, batch by batch, and resolves to the outcome.
 * Never throws. A batch the LRS refuses as a whole (409, 400, 413) is split until the statement it
 * refuses is found, which is parked; everything else in it is sent.
 */
export function sendQueue(endpoint: string, auth: XapiAuth | undefined): Promise<SendStatus> {
  const run = running.get(endpoint);
  if (run) {
    run.again = true;
    return run.done;
  }
  const state = { again: false, done: Promise.resolve<SendStatus>({ state: 'sent', waiting: 0, parked: 0 }) };
  state.done = (async () => {
    let status: SendStatus;
    do {
      state.again = false;
      status = await sendOnce(endpoint, auth);
    } while (state.again);
    running.delete(endpoint);
    return status;
  })();
  running.set(endpoint, state);
  return state.done;
}

/** A statement the LRS would not take as it is, kept in the queue until a person decides. */
export interface ParkedStatement {
  readonly statement: XapiStatement;
  /** Why the LRS refused it: `conflict` (409: another statement has its id), `too-large` (413), `rejected` (400). */
  readonly problem: LrsProblem;
}

/** The parked statements of `endpoint`'s queue, oldest first. */
export function parkedStatements(endpoint: string): ParkedStatement[] {
  return load(endpoint)
    .filter((e) => e.parked)
    .map((e) => ({ statement: e.statement, problem: e.parked! }));
}

/**
 * Decides what becomes of parked statements (all of them, or those with the ids given): `discard`
 * removes them from the queue for good; `resend` puts them back in line (after the LRS's limit or
 * the district's configuration changed). Returns how many were changed.
 */
export function settleParked(endpoint: string, action: 'discard' | 'resend', ids?: Iterable<string>): number {
  const only = ids ? new Set(ids) : undefined;
  const chosen = (e: QueueEntry) => !!e.parked && (!only || only.has(e.statement.id!));
  const entries = load(endpoint);
  const changed = entries.filter(chosen).length;
  if (changed === 0) return 0;
  if (action === 'discard')
    save(
      endpoint,
      entries.filter((e) => !chosen(e)),
    );
  else {
    for (const e of entries.filter(chosen)) {
      delete e.parked;
      e.tries = 0;
      e.next = 0;
    }
    save(endpoint, entries);
  }
  return changed;
}

/** When the next entry of `endpoint`'s queue is due (epoch ms), or undefined when none waits. */
export function nextDue(endpoint: string): number | undefined {
  const due = load(endpoint)
    .filter((e) => !e.parked)
    .map((e) => e.next);
  return due.length > 0 ? Math.min(...due) : undefined;
}

function counts(endpoint: string): { waiting: number; parked: number } {
  const entries = load(endpoint);
  const parked = entries.filter((e) => e.parked).length;
  return { waiting: entries.length - parked, parked };
}

async function sendOnce(endpoint: string, auth: XapiAuth | undefined): Promise<SendStatus> {
  // Every run is asked for (an answer completed or submitted, a page loaded, the browser back
  // online, the pause after a failure over): it tries everything that waits. `next` only times the pause.
  const due = load(endpoint).filter((e) => !e.parked);
  let failure: LrsError | undefined;
  const send = async (batch: QueueEntry[]): Promise<void> => {
    const ids = new Set(batch.map((e) => e.statement.id!));
    try {
      await postStatements(
        endpoint,
        batch.map((e) => e.statement),
        { auth },
      );
      acknowledge(endpoint, ids);
    } catch (error) {
      const problem = error instanceof LrsError ? error : new LrsError('offline', String(error));
      if (!problem.retryable && batch.length > 1) {
        // One statement spoils the batch (the LRS takes all or none): halve until it is found.
        const half = Math.ceil(batch.length / 2);
        await send(batch.slice(0, half));
        await send(batch.slice(half));
        return;
      }
      failure = problem;
      if (problem.retryable) throw problem;
      update(endpoint, ids, (e) => {
        e.parked = problem.problem;
      });
    }
  };
  try {
    for (const batch of batches(due, BATCH.statements)) await send(batch);
  } catch {
    // A retryable failure stops this run: everything still due waits, longer after each failure.
    update(endpoint, new Set(due.map((e) => e.statement.id!)), (e) => {
      e.tries++;
      e.next = Date.now() + delayAfter(e.tries);
    });
  }
  const { waiting, parked } = counts(endpoint);
  if (failure?.retryable)
    return { state: failure.problem === 'offline' ? 'offline' : 'retrying', waiting, parked, problem: failure.problem };
  if (parked > 0) return { state: 'parked', waiting, parked, ...(failure ? { problem: failure.problem } : {}) };
  return { state: 'sent', waiting, parked };
}
