/**
 * Fetches a definition from a URL the host may not control: https only (http on the page's own
 * origin, for development), no credentials, a byte limit counted while streaming, a timeout, a JSON
 * content-type, and abort on demand. Never throws: failures come back as readable issues.
 */
import { INPUT_LIMITS, parseDefinition, type ParseResult } from './parse.js';
import type { Rubric } from './schema.js';

export interface LoadOptions {
  /** Aborts the request (a newer `src` does this). */
  readonly signal?: AbortSignal;
  /** Milliseconds before giving up; default 15 000. */
  readonly timeout?: number;
  /** Largest body accepted, in bytes; default 1 000 000. */
  readonly maxBytes?: number;
  /** Base for relative URLs; default `document.baseURI`. */
  readonly base?: string;
}

const fail = (message: string): ParseResult<Rubric> => ({ success: false, issues: [{ path: 'src', message }] });

/** Parses `src` and returns the URL if its scheme is allowed, otherwise a reason. */
export function checkDefinitionUrl(src: string, base: string): URL | string {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return `"${src}" is not a valid address`;
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && url.origin === new URL(base).origin) return url;
  return `only https: addresses are loaded (got ${url.protocol})`;
}

async function readLimited(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const decoder = new TextDecoder();
  return chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode();
}

/**
 * `application/json` or a `+json` type (`application/vnd.rubric+json`), with parameters after a
 * `;`. Not `application/json-seq` (a stream of texts) nor `application/json.evil`.
 */
export function isJsonType(contentType: string): boolean {
  return /^\s*application\/(?:[a-z0-9!#$&^_.-]+\+)?json\s*(?:;.*)?$/is.test(contentType);
}

/** Redirects followed at most (where the runtime lets each hop be checked). */
const MAX_HOPS = 5;

/**
 * Fetches `url` one hop at a time (`redirect: 'manual'`), checking every redirect target with the
 * rule `src` itself passed before it is requested, so a disallowed origin is never contacted.
 * Browsers hide a redirect's target (an `opaqueredirect` response): there no hop can be checked,
 * so a redirect is refused and `src` must give the definition's final address. Returns the final
 * response, or why it was refused.
 */
async function fetchHops(url: URL, base: string, signal: AbortSignal): Promise<Response | string> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, {
      signal,
      credentials: 'omit',
      mode: 'cors',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
    if (response.type === 'opaqueredirect') {
      return 'the server redirected this address; redirects are not followed, so give the final address of the definition';
    }
    const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (location === null) return response;
    if (hop >= MAX_HOPS) return `more than ${MAX_HOPS} redirects`;
    const next = checkDefinitionUrl(new URL(location, current).href, base);
    if (typeof next === 'string') return `redirected elsewhere: ${next}`;
    current = next;
  }
}

/** Loads and validates a definition from `src`. */
export async function loadDefinition(src: string, options: LoadOptions = {}): Promise<ParseResult<Rubric>> {
  if (typeof src !== 'string') return fail('expected an address as text');
  const base = options.base ?? (typeof document === 'undefined' ? 'https://invalid.invalid/' : document.baseURI);
  const url = checkDefinitionUrl(src, base);
  if (typeof url === 'string') return fail(url);
  if (options.signal?.aborted) return fail('loading was cancelled');
  const maxBytes = options.maxBytes ?? INPUT_LIMITS.bytes;
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(abort, options.timeout ?? 15_000);
  try {
    const response = await fetchHops(url, base, controller.signal);
    if (typeof response === 'string') return fail(response);
    if (!response.ok) return fail(`the server answered ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type') ?? '';
    if (!isJsonType(type)) return fail(`expected JSON, got "${type || 'no content type'}"`);
    const text = await readLimited(response, maxBytes);
    if (text === null) return fail(`the definition is larger than ${maxBytes} bytes`);
    return parseDefinition(text);
  } catch (error) {
    if (options.signal?.aborted) return fail('loading was cancelled');
    if (controller.signal.aborted) return fail('loading took too long');
    return fail(`could not be loaded (${(error instanceof Error && error.message) || 'network error'})`);
  } finally {
    clearTimeout(timer);
    // Releases a body left unread (too large, wrong type, error page); a no-op after a full read.
    controller.abort();
    options.signal?.removeEventListener('abort', abort);
  }
}
