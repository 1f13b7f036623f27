/**
 * JSON text with object keys sorted: equal for equal data, whatever the key order or spacing.
 * Used to compare responses (two tabs' drafts, duplicate imports). `keep` leaves keys out, such as
 * timestamps when comparing what a person sees. Keys with `undefined` values are left out, as
 * `JSON.stringify` does.
 */
export function canonicalJson(value: unknown, keep: (key: string) => boolean = () => true): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, keep)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined && keep(key)) parts.push(`${JSON.stringify(key)}:${canonicalJson(record[key], keep)}`);
  }
  return `{${parts.join(',')}}`;
}
