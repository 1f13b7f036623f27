/**
 * Tests of the built files fail, never skip, when a file is missing: `npm test` builds them first
 * (scripts/ensure-built.mjs); run `npm run build` before calling web-test-runner directly.
 */
export async function requireBuilt(...urls: string[]): Promise<void> {
  const missing: string[] = [];
  for (const url of urls) {
    const ok = await fetch(url, { method: 'HEAD', cache: 'no-store' }).then(
      (r) => r.ok,
      () => false,
    );
    if (!ok) missing.push(url);
  }
  if (missing.length > 0) {
    throw new Error(`${missing.join(', ')} missing: run \`npm test\` (it builds them) or \`npm run build\` first`);
  }
}
