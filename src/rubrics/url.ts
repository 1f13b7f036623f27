/**
 * The only way a URL from a definition reaches an `href`: parsed with `new URL()` and kept only
 * when its scheme is https:. Lit binds attributes verbatim, so a `javascript:` link would run.
 */
export function safeHttpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
