// Test-server middleware:
// - serves test/csp/*.html with a strict Content-Security-Policy header, so tests can load them in
//   an iframe and count `securitypolicyviolation` events;
// - serves `/__definitions__/<name>.json` raw (the esbuild plugin would turn .json into a module),
//   with knobs for loader tests: `?type=` content type, `?pad=` extra bytes, `?delay=` milliseconds,
//   `?status=` HTTP status.
import { readFile } from 'node:fs/promises';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

export async function cspMiddleware(ctx, next) {
  if (ctx.path.startsWith('/__definitions__/')) {
    const name = ctx.path.slice('/__definitions__/'.length).replace(/[^a-z0-9-]/g, '');
    const q = ctx.query;
    if (q.delay) await new Promise((r) => setTimeout(r, Math.min(Number(q.delay), 10000)));
    let body = await readFile(new URL(`../../src/rubrics/${name}.json`, import.meta.url), 'utf8').catch(() => null);
    if (body === null) {
      ctx.status = 404;
      return;
    }
    if (q.pad) body = body.replace(/\}\s*$/, `,"$schema":"${' '.repeat(Number(q.pad))}"}`);
    ctx.status = Number(q.status ?? 200);
    ctx.set('Content-Type', q.type ?? 'application/json');
    ctx.body = body;
    return;
  }
  await next();
  if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
    ctx.set('Content-Security-Policy', STRICT_CSP);
  }
}
