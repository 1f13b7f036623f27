import { own } from './own.js';
import type { Text } from './schema.js';

/**
 * Picks the string for `lang` from a possibly translated text: exact tag, then its base language
 * ("es" for "es-MX"), then `fallback`, then English, then the first language given.
 */
export function localize(text: Text | undefined, lang = 'en', fallback = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0]!;
  return own(text, lang) ?? own(text, base) ?? own(text, fallback) ?? own(text, 'en') ?? Object.values(text)[0] ?? '';
}
