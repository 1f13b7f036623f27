/**
 * Copies of drafts kept aside instead of being overwritten: `<draft key>:<reason>:<ms>`. A copy is
 * made once per content (a reload that meets the same unreadable draft again adds nothing), and a
 * readable draft only when it holds an answer no copy holds yet (what a person sees of it: level,
 * tick, words, notes; a response field; a partner's name; not times). At most `SET_ASIDE_LIMIT` are kept per draft key, so a large
 * corrupt draft can never fill storage: when a new one arrives, a copy whose every answer another
 * copy also holds goes first, else the oldest. `listSetAside` (and each element's
 * `setAsideDrafts()`) lists them for recovery.
 */
import { canonicalJson } from '../rubrics/canonical.js';

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
      if (match && text !== null)
        out.push({ key, reason: match[1] as SetAsideReason, savedAt: new Date(Number(match[2])).toISOString(), text });
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
}

/**
 * What a person sees of each answer in a stored response (`item` or `subject|item` → the answer
 * without its time), or undefined for text that is not a response (kept whole, compared as text).
 */
function answersOf(text: string): Map<string, string> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const response = data as { answers?: unknown; subjects?: unknown } | null;
  if (!response || typeof response !== 'object' || !response.answers || typeof response.answers !== 'object') return undefined;
  const out = new Map<string, string>();
  const add = (prefix: string, answers: unknown) => {
    if (!answers || typeof answers !== 'object') return;
    for (const [item, answer] of Object.entries(answers))
      out.set(
        `${prefix}${item}`,
        canonicalJson(answer, (key) => key !== 'updatedAt'),
      );
  };
  add('|', response.answers);
  // The response's own fields (school, date) and each partner's name and fields count as answers too.
  add('@|', (response as { fields?: unknown }).fields);
  if (Array.isArray(response.subjects)) {
    for (const s of response.subjects as { id?: unknown; name?: unknown; fields?: unknown; answers?: unknown }[]) {
      add(`${String(s?.id)}|`, s?.answers);
      add(`${String(s?.id)}@|`, { name: s?.name, ...(s?.fields && typeof s.fields === 'object' ? s.fields : {}) });
    }
  }
  return out;
}

/** Whether every answer of `copy` is also held, the same, by one of `others`. */
function covered(copy: Map<string, string> | undefined, others: readonly (Map<string, string> | undefined)[]): boolean {
  if (!copy) return false;
  for (const [key, shown] of copy) if (!others.some((o) => o?.get(key) === shown)) return false;
  return true;
}

/** Keeps `raw` aside for `draftKey`; false when it could not be written (the caller must then never overwrite the original). */
export function setAside(draftKey: string, raw: string, reason: SetAsideReason): boolean {
  const store = storage();
  if (!store) return false;
  const existing = listSetAside(draftKey);
  if (existing.some((copy) => copy.text === raw)) return true;
  const held = existing.map((copy) => answersOf(copy.text));
  const mine = answersOf(raw);
  if (reason === 'replaced' && existing.length > 0 && covered(mine, held)) return true; // every answer in it is kept already
  try {
    let stamp = Date.now();
    while (store.getItem(`${draftKey}:${reason}:${stamp}`) !== null) stamp++;
    store.setItem(`${draftKey}:${reason}:${stamp}`, raw);
  } catch {
    return false;
  }
  // Over the limit: first the copies whose every answer another copy (or the new one) holds, then the oldest.
  let over = existing.length + 1 - SET_ASIDE_LIMIT;
  const gone = new Set<number>();
  for (let i = 0; i < existing.length && over > 0; i++) {
    const others = [...held.filter((_, j) => j !== i && !gone.has(j)), mine];
    if (covered(held[i], others)) {
      gone.add(i);
      over--;
    }
  }
  for (let i = 0; i < existing.length && over > 0; i++) {
    if (!gone.has(i)) {
      gone.add(i);
      over--;
    }
  }
  for (const i of gone) store.removeItem(existing[i]!.key);
  return true;
}
