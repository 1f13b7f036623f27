/**
 * One localisation path for every element: a catalog holds a table of interface text per
 * language, English built in and every other language a module of its own, imported the first
 * time an element shows that language (`src/i18n/<name>.<lang>.ts`; the CDN build keeps each one
 * a file of its own, see rollup.config.mjs). Languages are per element (`lang`), not per page.
 */
import { own } from '../rubrics/own.js';

export interface Catalog<T> {
  /** The table for a BCP 47 tag (then its base language, then English); English until a translation has loaded. */
  get(lang: string | undefined): T;
  /** The language of the table `get(lang)` returns now: English until that language has loaded (or if it failed to). */
  shown(lang: string | undefined): string;
  /** Loads the table for `lang` once; undefined when nothing needs loading, so callers can stay synchronous. */
  load(lang: string | undefined): Promise<T> | undefined;
  /** The languages it has, English first. */
  readonly languages: readonly string[];
}

export function catalog<T>(en: T, loaders: Readonly<Record<string, () => Promise<{ readonly default: T }>>>): Catalog<T> {
  const loaded = new Map<string, T>([['en', en]]);
  const loading = new Map<string, Promise<T>>();
  const tableFor = (lang: string | undefined): string => {
    const tag = (lang ?? 'en').toLowerCase();
    const known = (t: string) => loaded.has(t) || own(loaders, t) !== undefined;
    if (known(tag)) return tag;
    const base = tag.split('-')[0]!;
    return known(base) ? base : 'en';
  };
  return {
    get: (lang) => loaded.get(tableFor(lang)) ?? en,
    shown(lang) {
      const table = tableFor(lang);
      const found = loaded.get(table);
      return found === undefined || found === en ? 'en' : table;
    },
    load(lang) {
      const table = tableFor(lang);
      if (loaded.has(table)) return undefined;
      let pending = loading.get(table);
      if (!pending) {
        pending = own(loaders, table)!().then(
          (module) => {
            loaded.set(table, module.default);
            return module.default;
          },
          (error: unknown) => {
            // A file that failed to arrive (offline): English from now on, rather than a blank element.
            loaded.set(table, en);
            throw error;
          },
        );
        loading.set(table, pending);
      }
      return pending;
    },
    languages: ['en', ...Object.keys(loaders)],
  };
}
