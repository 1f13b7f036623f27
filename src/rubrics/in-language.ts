/**
 * A built-in definition in the language a page asks for. The translation, and the code that
 * merges it, are fetched the first time a language the definition has a translation into
 * (`translations`) is shown: a page in the definition's own language fetches nothing.
 */
import type { Rubric } from './schema.js';

/** Merged definitions by built-in definition and language; a promise while one loads. */
const merged = new WeakMap<Rubric, Map<string, Rubric | Promise<unknown>>>();

/**
 * `definition` in `lang` (by its base language: "es" for "es-MX"), or a promise to wait for while its
 * translation loads. The definition itself when it lists no such language, or when the
 * translation could not be fetched (offline: its own language rather than nothing).
 */
export function builtInIn(definition: Rubric, lang: string): Rubric | Promise<unknown> {
  const offered = definition.translations ?? {};
  const code = lang.toLowerCase().split('-')[0]!;
  if (!Object.hasOwn(offered, code)) return definition;
  let byLang = merged.get(definition);
  if (!byLang) merged.set(definition, (byLang = new Map()));
  const known = byLang.get(code);
  if (known) return known;
  const loading = import('./locales/index.js')
    .then(({ translatedBuiltIn }) => translatedBuiltIn(definition, code))
    .then(
      (translated) => void byLang.set(code, translated),
      (error: unknown) => {
        byLang.set(code, definition);
        throw error;
      },
    );
  byLang.set(code, loading);
  return loading;
}
