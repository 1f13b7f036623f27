// Test-server middleware:
// - serves test/csp/*.html and examples/strict-csp.html with a strict Content-Security-Policy
//   header, so tests can load them in an iframe and count `securitypolicyviolation` events;
// - serves `/__definitions__/<name>.json` raw (the esbuild plugin would turn .json into a module),
//   with knobs for loader tests: `?type=` content type, `?pad=` extra bytes, `?delay=` milliseconds,
//   `?status=` HTTP status, `?chunked=1` streamed without Content-Length, `?cors=1` any origin may
//   read it, `?redirect=<url>` answers 302 to that address, `?mark=<token>` records that the
//   request arrived (read back with `/__seen__/<token>`: `true` or `false`);
// - serves `/__sources__`: `{ path: text }` for every file under src/ and dist/, for the static guard;
// - keeps what a test publishes with `PUT /__published__/<name>` and serves it back (the editor's output in `<cr-rubric src>`);
// - delays the validator module (`src/rubrics/untrusted.ts`) by the milliseconds in the cookie
//   `cr-slow-validator`, as a slow network would (issue 10, fault 1), the edit path
//   (`src/components/rubric/after-render.ts`) by those in `cr-slow-after-render` and the progress
//   bar's module (`src/components/rubric/progress.ts`) by those in `cr-slow-progress`, and keeps
//   them out of the cache; the value `fail` answers 503 instead, as a dropped connection would; `/__fresh__/<key>/<path>` serves `<path>` (modules no browser has cached);
// - test/csp/*.html get the S-06 policy: the strict one plus Trusted Types limited to Lit's policy.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
/** RELIABILITY.md S-06: the strict policy plus Trusted Types, with only lit-html's policy allowed. */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;
/**
 * The policy docs/security-and-drafts.md gives hosts that have their own Lit too: each copy of Lit
 * on a page (the host's, the library's shared chunk) creates a policy named `lit-html`.
 */
export const DOCUMENTED_TRUSTED_TYPES_CSP = `${TRUSTED_TYPES_CSP} 'allow-duplicates'`;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every file under `dir` (relative to the project root) with its text; missing folders give nothing. */
async function sources(dir) {
  const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true }).catch(() => []);
  const out = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const path = relative(ROOT, file).split(sep).join('/');
    if (/\.(ts|js|mjs|json|html|css)$/.test(path)) out[path] = await readFile(file, 'utf8');
  }
  return out;
}

/** `?mark=` tokens of requests that reached `/__definitions__/`, on any of the server's origins. */
const seen = new Set();

/** Definitions "published" by tests: `PUT /__published__/<name>` keeps the body, `GET` serves it as JSON. */
const published = new Map();

/** Modules a cookie can delay: cookie name → the module's path. */
const SLOW_MODULES = {
  'cr-slow-validator': '/src/rubrics/untrusted.ts',
  'cr-slow-after-render': '/src/components/rubric/after-render.ts',
  'cr-slow-progress': '/src/components/rubric/progress.ts',
};

export async function cspMiddleware(ctx, next) {
  // `/__fresh__/<key>/<path>` serves `<path>`: a frame that loads its modules under a key of its own
  // gets copies no browser holds yet (Firefox and WebKit reuse a module an earlier test file loaded,
  // without a request, so a delay below would never happen).
  const fresh = /^\/__fresh__\/[\w-]+(\/.*)$/.exec(ctx.path);
  if (fresh) ctx.path = fresh[1];
  const cookie = Object.keys(SLOW_MODULES).find((name) => ctx.path.endsWith(SLOW_MODULES[name]));
  const slow = cookie && new RegExp(`(?:^|;\\s*)${cookie}=(\\d+|fail)`).exec(ctx.get('cookie') ?? '');
  if (slow?.[1] === 'fail') {
    ctx.status = 503;
    ctx.set('Cache-Control', 'no-store');
    return;
  }
  if (slow) {
    await new Promise((r) => setTimeout(r, Math.min(Number(slow[1]), 10000)));
    await next();
    ctx.set('Cache-Control', 'no-store');
    return;
  }
  if (ctx.path.startsWith('/__published__/')) {
    const name = ctx.path.slice('/__published__/'.length).replace(/[^a-z0-9.-]/g, '');
    if (ctx.method === 'PUT') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      published.set(name, Buffer.concat(chunks).toString('utf8').slice(0, 1_000_000));
      ctx.status = 204;
      return;
    }
    ctx.status = published.has(name) ? 200 : 404;
    if (published.has(name)) {
      ctx.set('Content-Type', 'application/json');
      ctx.body = published.get(name);
    }
    return;
  }
  if (ctx.path.startsWith('/__seen__/')) {
    ctx.set('Content-Type', 'application/json');
    ctx.body = JSON.stringify(seen.has(ctx.path.slice('/__seen__/'.length)));
    return;
  }
  // Raw project files for the documentation checks (the esbuild plugin would turn JSON into a module).
  if (ctx.path === '/__raw__/README.md' || ctx.path === '/__raw__/custom-elements.json') {
    const body = await readFile(new URL(`../../${ctx.path.slice('/__raw__/'.length)}`, import.meta.url), 'utf8').catch(() => null);
    ctx.status = body === null ? 404 : 200;
    if (body !== null) {
      ctx.type = ctx.path.endsWith('.json') ? 'application/json' : 'text/plain';
      ctx.body = body;
    }
    return;
  }
  if (ctx.path === '/__sources__') {
    ctx.set('Content-Type', 'application/json');
    ctx.body = JSON.stringify({ ...(await sources('src/')), ...(await sources('dist/')) });
    return;
  }
  if (ctx.path.startsWith('/__definitions__/')) {
    const name = ctx.path.slice('/__definitions__/'.length).replace(/[^a-z0-9-]/g, '');
    const q = ctx.query;
    if (q.mark) seen.add(String(q.mark));
    if (q.delay) await new Promise((r) => setTimeout(r, Math.min(Number(q.delay), 10000)));
    if (q.cors) ctx.set('Access-Control-Allow-Origin', '*');
    if (q.redirect) {
      ctx.status = 302;
      ctx.set('Location', String(q.redirect));
      return;
    }
    let body = await readFile(new URL(`../../src/rubrics/${name}.json`, import.meta.url), 'utf8').catch(() => null);
    if (body === null) {
      ctx.status = 404;
      return;
    }
    if (q.pad) body = body.replace(/\}\s*$/, `,"$schema":"${' '.repeat(Number(q.pad))}"}`);
    ctx.status = Number(q.status ?? 200);
    ctx.set('Content-Type', q.type ?? 'application/json');
    // A stream has no Content-Length: the loader must count bytes while reading.
    ctx.body = q.chunked ? Readable.from(body.match(/[\s\S]{1,16384}/g) ?? []) : body;
    return;
  }
  await next();
  if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('-host-lit.html')) {
    ctx.set('Content-Security-Policy', DOCUMENTED_TRUSTED_TYPES_CSP);
  } else if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
    ctx.set('Content-Security-Policy', TRUSTED_TYPES_CSP);
  } else if (ctx.path === '/examples/strict-csp.html') {
    ctx.set('Content-Security-Policy', STRICT_CSP);
  }
}
