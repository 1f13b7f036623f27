/** How subjects (the continuum's partners) typed by different people are recognised as one. */

/**
 * The key that groups subject names: Unicode NFC, trimmed, inner white space collapsed to one
 * space, lower-cased (locale-independent). "  Parent  Association" and "parent association" meet.
 */
export function subjectKey(name: unknown): string {
  if (typeof name !== 'string') return '';
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * Picks the name shown for a group of spellings: the trimmed spelling that sorts first by UTF-16
 * code units (capitalised spellings sort before lower-case ones). Order-independent and associative,
 * so merging partial results picks the same name.
 */
export function preferredName(current: string | undefined, candidate: unknown): string {
  const name = typeof candidate === 'string' ? candidate.trim().replace(/\s+/gu, ' ') : '';
  return current === undefined || name < current ? name : current;
}

/** Compares two strings by UTF-16 code units: the same order in every engine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
