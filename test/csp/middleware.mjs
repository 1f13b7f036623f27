// Serves test/csp/*.html with a strict Content-Security-Policy header, so tests can load them in an
// iframe and count `securitypolicyviolation` events.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

export function cspMiddleware(ctx, next) {
  return next().then(() => {
    if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
      ctx.set('Content-Security-Policy', STRICT_CSP);
    }
  });
}
