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
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      mode: 'cors',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
    // A redirect must land on an address that would have been allowed in the first place.
    const landed = response.redirected ? checkDefinitionUrl(response.url, base) : url;
    if (typeof landed === 'string') return fail(`redirected elsewhere: ${landed}`);
    if (!response.ok) return fail(`the server answered ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) return fail(`expected JSON, got "${type || 'no content type'}"`);
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
