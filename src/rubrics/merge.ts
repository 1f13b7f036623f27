import { canonicalJson } from './canonical.js';
import type { Answer, RatedSubject, RubricResponse } from './schema.js';

type Data = Record<string, unknown>;
type Side = 'mine' | 'theirs' | undefined;

/** True when two responses hold the same data; key order and the order of subjects are ignored. */
export function sameResponse(a: RubricResponse, b: RubricResponse): boolean {
  const norm = (r: RubricResponse) => (r.subjects ? { ...r, subjects: [...r.subjects].sort((x, y) => (x.id < y.id ? -1 : 1)) } : r);
  return canonicalJson(norm(a)) === canonicalJson(norm(b));
}

/** Sets an own, enumerable key; an own "__proto__" key stays plain data, never a prototype. */
function put(target: Data, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The larger of two values by canonical JSON: the same choice whichever side runs the merge. */
const larger = <T>(a: T, b: T): T => (canonicalJson(b) > canonicalJson(a) ? b : a);

/** The side edited later, or undefined on a tie. */
function later(a: { updatedAt?: string | undefined }, b: { updatedAt?: string | undefined }): Side {
  const ta = a.updatedAt ?? '';
  const tb = b.updatedAt ?? '';
  return ta === tb ? undefined : ta > tb ? 'mine' : 'theirs';
}

/** Key by key: a key only one side has is kept; on conflict the later side wins, on a tie the larger value. */
function joinKeys(mine: Data, theirs: Data, side: Side, skip: ReadonlySet<string> = new Set()): Data {
  const out: Data = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    if (skip.has(key)) continue;
    const inMine = Object.hasOwn(mine, key);
    const inTheirs = Object.hasOwn(theirs, key);
    const a = mine[key];
    const b = theirs[key];
    put(out, key, !inTheirs ? a : !inMine ? b : side === 'mine' ? a : side === 'theirs' ? b : larger(a, b));
  }
  return out;
}

function mergeAnswers(mine: Record<string, Answer>, theirs: Record<string, Answer>): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const a = Object.hasOwn(mine, key) ? mine[key] : undefined;
    const b = Object.hasOwn(theirs, key) ? theirs[key] : undefined;
    const side = a && b ? later(a, b) : undefined;
    put(out, key, !a ? b : !b ? a : side === 'mine' ? a : side === 'theirs' ? b : larger(a, b));
  }
  return out;
}

const SUBJECT_OWN = new Set(['answers', 'fields']);
const RESPONSE_OWN = new Set(['answers', 'fields', 'subjects']);

function mergeSubject(mine: RatedSubject, theirs: RatedSubject, side: Side): RatedSubject {
  const out = joinKeys(mine as unknown as Data, theirs as unknown as Data, side, SUBJECT_OWN);
  if (mine.fields || theirs.fields) out['fields'] = joinKeys(mine.fields ?? {}, theirs.fields ?? {}, side);
  out['answers'] = mergeAnswers(mine.answers, theirs.answers);
  return out as unknown as RatedSubject;
}

/**
 * Merges two edits of one response (two tabs). Per answer, the later `updatedAt` wins; the
 * response's own values and fields come from the later response, key by key, and keys only one
 * side has are kept. Ties are broken by content, so `merge(a, b)` equals `merge(b, a)` and tabs
 * converge instead of echoing each other. Subjects present in either are kept, in the later
 * response's order.
 */
export function mergeResponses(mine: RubricResponse, theirs: RubricResponse): RubricResponse {
  const side = later(mine, theirs);
  const out = joinKeys(mine as unknown as Data, theirs as unknown as Data, side, RESPONSE_OWN);
  if (mine.fields || theirs.fields) out['fields'] = joinKeys(mine.fields ?? {}, theirs.fields ?? {}, side);
  out['answers'] = mergeAnswers(mine.answers, theirs.answers);
  if (mine.subjects || theirs.subjects) {
    const ours = mine.subjects ?? [];
    const other = theirs.subjects ?? [];
    const first = side === 'mine' ? ours : side === 'theirs' ? other : larger(ours, other);
    const second = first === ours ? other : ours;
    const rest = new Map(second.map((s) => [s.id, s]));
    const subjects = first.map((s) => {
      const match = rest.get(s.id);
      rest.delete(s.id);
      if (!match) return s;
      return first === ours ? mergeSubject(s, match, side) : mergeSubject(match, s, side);
    });
    out['subjects'] = [...subjects, ...rest.values()];
  }
  return out as unknown as RubricResponse;
}
