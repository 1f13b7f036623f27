/**
 * Lookups by a key that a page, a file or a person supplies (a `lang` attribute, `?lang=`, an id
 * in an imported file): only the table's own properties count, so `constructor`, `__proto__` or
 * `toString` never find what every object inherits from `Object.prototype`.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
