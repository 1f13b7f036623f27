/**
 * Copies of drafts kept aside instead of being overwritten: `<draft key>:<reason>:<ms>`. A copy is
 * made once per content (a reload that meets the same unreadable draft again adds nothing), and at
 * most `SET_ASIDE_LIMIT` are kept per draft key: the oldest goes when a new one arrives, so a large
 * corrupt draft can never fill storage. `listSetAside` (and each element's `setAsideDrafts()`)
 * lists them for recovery.
 */

/** Copies kept per draft key. */
export const SET_ASIDE_LIMIT = 5;

/** Why a copy was set aside. */
export type SetAsideReason = 'corrupt' | 'replaced';

/** A draft copy kept for recovery. */
export interface SetAsideDraft {
  /** The storage key holding the copy. */
  readonly key: string;
  readonly reason: SetAsideReason;
  /** When it was set aside (ISO date-time). */
  readonly savedAt: string;
  /** The stored text, exactly as it was. */
  readonly text: string;
}

/** `localStorage`, or null where reading it throws (sandboxed or opaque-origin frames). */
export function storage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

const COPY = /:(corrupt|replaced|other):(\d+)$/;

/** Copies set aside for the draft under `draftKey`, oldest first. */
export function listSetAside(draftKey: string): SetAsideDraft[] {
  const store = storage();
  if (!store || !draftKey) return [];
  const out: SetAsideDraft[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(`${draftKey}:`)) continue;
      const match = COPY.exec(key);
      const text = match && key.length === draftKey.length + match[0].length ? store.getItem(key) : null;
      if (match && text !== null) out.push({ key, reason: match[1] as SetAsideReason, savedAt: new Date(Number(match[2])).toISOString(), text });
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
}

/** Keeps `raw` aside for `draftKey`; false when it could not be written (the caller must then never overwrite the original). */
export function setAside(draftKey: string, raw: string, reason: SetAsideReason): boolean {
  const store = storage();
  if (!store) return false;
  const existing = listSetAside(draftKey);
  if (existing.some((copy) => copy.text === raw)) return true;
  try {
    let stamp = Date.now();
    while (store.getItem(`${draftKey}:${reason}:${stamp}`) !== null) stamp++;
    store.setItem(`${draftKey}:${reason}:${stamp}`, raw);
  } catch {
    return false;
  }
  for (const old of existing.slice(0, Math.max(0, existing.length + 1 - SET_ASIDE_LIMIT))) store.removeItem(old.key);
  return true;
}
