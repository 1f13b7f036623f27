/** Ids made from people's texts, for definitions written by the editor or read from a spreadsheet. */
import { isSafeKey } from './schema.js';

/** Whether `id` may key a lookup: not an `Object.prototype` name, and not `prototype` (the structural check refuses that key). */
const usable = (id: string) => isSafeKey(id) && id !== 'prototype';

/**
 * `text` as an id that `taken` does not have: lowercase ASCII words joined by "-" ("Évaluación
 * final" → "evaluacion-final"), `fallback` when no letter or digit is left, a number when taken.
 */
export function freeId(text: string, taken: Iterable<string>, fallback = 'new'): string {
  const used = taken instanceof Set ? (taken as Set<string>) : new Set(taken);
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 48)
      .replace(/^-+|-+$/g, '') || fallback;
  let id = base;
  for (let n = 2; used.has(id) || !usable(id); n++) id = `${base}-${n}`;
  return id;
}

/** A maker of unique ids for one list: `make(text, index)`, with `<fallback>-<index + 1>` for text with no letters. */
export function idMaker(fallback: string): (text: string, index: number) => string {
  const used = new Set<string>();
  return (text, index) => {
    const id = freeId(text, used, `${fallback}-${index + 1}`);
    used.add(id);
    return id;
  };
}
