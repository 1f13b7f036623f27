/**
 * Compares two cycles (rounds) of the same rubric: before and after, each a single response's
 * score or a team aggregate. Items and sections come in definition order, subjects by key.
 */
import type { Rubric } from '../rubrics/schema.js';
import type { TeamAggregate } from './aggregate.js';
import { itemIndex } from './items.js';
import type { ResponseScore } from './score-response.js';
import { compareCodeUnits } from './subjects.js';

/** Which way a figure moved. `same` also covers "no figure before nor after". */
export type Direction = 'up' | 'down' | 'same' | 'new' | 'gone';

/** Either side of a comparison. */
export type CycleResult = ResponseScore | TeamAggregate;

/** How one figure (a mean position) changed. */
export interface Change {
  /** Mean position before, or null when nothing was rated. */
  readonly before: number | null;
  /** Mean position after, or null when nothing was rated. */
  readonly after: number | null;
  /** `after - before` when both exist, else null. */
  readonly delta: number | null;
  readonly direction: Direction;
}

/** How one item changed; the level fields are set when both sides are single responses. */
export interface ItemChange extends Change {
  readonly itemId: string;
  readonly sectionId: string;
  /** Level chosen before (null when none); single responses only. */
  readonly levelBefore?: string | null;
  /** Level chosen after (null when none); single responses only. */
  readonly levelAfter?: string | null;
  /** Scale steps moved (after − before) when both are rated; single responses only. */
  readonly steps?: number | null;
}

/** How one section changed. */
export interface SectionChange extends Change {
  readonly sectionId: string;
}

/** How one subject (partner) changed, matched across cycles by its key. */
export interface SubjectChange {
  readonly key: string;
  /** The name on the after side, or the before side when the subject is gone. */
  readonly name: string;
  /** Whether the subject is listed before / after. */
  readonly presence: 'both' | 'new' | 'gone';
  readonly items: readonly ItemChange[];
  readonly sections: readonly SectionChange[];
  readonly overall: Change;
}

/** The comparison of two cycles. */
export interface CycleComparison {
  readonly items: readonly ItemChange[];
  readonly sections: readonly SectionChange[];
  readonly overall: Change;
  /** Subject rubrics only: one entry per subject key present on either side, sorted by key. */
  readonly subjects?: readonly SubjectChange[];
}

/** Means closer than this count as the same (floating-point noise, not a change). */
export const SAME_EPSILON = 1e-9;

/** The change between two mean positions. */
export function meanChange(before: number | null, after: number | null): Change {
  if (before === null || after === null) {
    const direction: Direction = before === null && after === null ? 'same' : before === null ? 'new' : 'gone';
    return { before, after, delta: null, direction };
  }
  const delta = after - before;
  const direction: Direction = Math.abs(delta) <= SAME_EPSILON ? 'same' : delta > 0 ? 'up' : 'down';
  return { before, after, delta, direction };
}

/** One side's figures in a common shape. */
interface Side {
  readonly items: ReadonlyMap<string, { mean: number | null; level?: string | null; step?: number | null }>;
  readonly sections: ReadonlyMap<string, number | null>;
  readonly overall: number | null;
  readonly single: boolean;
}

interface ItemLike {
  readonly itemId: string;
  readonly levelId?: string | null;
  readonly position?: number | null;
  readonly step?: number | null;
  readonly mean?: number | null;
}

function side(
  items: readonly ItemLike[],
  sections: readonly { sectionId: string; mean: number | null }[],
  overall: number | null,
  single: boolean,
): Side {
  const map = new Map<string, { mean: number | null; level?: string | null; step?: number | null }>();
  if (single) {
    for (const item of items) {
      if (!map.has(item.itemId))
        map.set(item.itemId, { mean: item.position ?? null, level: item.levelId ?? null, step: item.step ?? null });
    }
  } else {
    for (const item of items) if (!map.has(item.itemId)) map.set(item.itemId, { mean: item.mean ?? null });
  }
  return { items: map, sections: new Map(sections.map((s) => [s.sectionId, s.mean])), overall, single };
}

/** Per-item means of a subject rubric's pooled single-response items (one rating per subject). */
function pooledMeans(items: readonly ItemLike[]): ItemLike[] {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const item of items) {
    const entry = sums.get(item.itemId) ?? { sum: 0, n: 0 };
    if (typeof item.position === 'number') {
      entry.sum += item.position;
      entry.n++;
    }
    sums.set(item.itemId, entry);
  }
  return [...sums].map(([itemId, { sum, n }]) => ({ itemId, mean: n > 0 ? sum / n : null }));
}

function topSide(result: CycleResult): Side {
  if (result.kind === 'aggregate') return side(result.items, result.sections, result.overall.mean, false);
  if (result.subjects) return side(pooledMeans(result.items), result.sections, result.overall.mean, false);
  return side(result.items, result.sections, result.overall.mean, true);
}

interface SubjectSide {
  readonly name: string;
  readonly side: Side;
}

function subjectSides(result: CycleResult): Map<string, SubjectSide> {
  const map = new Map<string, SubjectSide>();
  if (result.kind === 'aggregate') {
    for (const s of result.subjects ?? []) {
      if (!map.has(s.key)) map.set(s.key, { name: s.name, side: side(s.items, s.sections, s.overall.mean, false) });
    }
  } else {
    // Two entries of one response with the same key: the first one counts.
    for (const s of result.subjects ?? []) {
      if (!map.has(s.key)) map.set(s.key, { name: s.name, side: side(s.items, s.sections, s.overall.mean, true) });
    }
  }
  return map;
}

const EMPTY: Side = { items: new Map(), sections: new Map(), overall: null, single: true };

function compareSides(rubric: Rubric, before: Side, after: Side): Omit<CycleComparison, 'subjects'> {
  const index = itemIndex(rubric);
  const single = before.single && after.single;
  const items = index.ids.map((itemId, i): ItemChange => {
    const b = before.items.get(itemId);
    const a = after.items.get(itemId);
    const base = { itemId, sectionId: index.sectionIds[index.sectionOf[i]!]!, ...meanChange(b?.mean ?? null, a?.mean ?? null) };
    if (!single) return base;
    const stepB = b?.step ?? null;
    const stepA = a?.step ?? null;
    return {
      ...base,
      levelBefore: b?.level ?? null,
      levelAfter: a?.level ?? null,
      steps: stepB === null || stepA === null ? null : stepA - stepB,
    };
  });
  const sections = index.sectionIds.map((sectionId) => ({
    sectionId,
    ...meanChange(before.sections.get(sectionId) ?? null, after.sections.get(sectionId) ?? null),
  }));
  return { items, sections, overall: meanChange(before.overall, after.overall) };
}

/**
 * Compares two cycles of `rubric`. Either side may be a `scoreResponse` result or an
 * `aggregateResponses` result; items and sections follow the rubric's definition order (items or
 * sections missing on one side read as unrated there).
 */
export function compareCycles(rubric: Rubric, before: CycleResult, after: CycleResult): CycleComparison {
  const top = compareSides(rubric, topSide(before), topSide(after));
  if (!rubric.subjects) return top;
  const b = subjectSides(before);
  const a = subjectSides(after);
  const keys = [...new Set([...b.keys(), ...a.keys()])].sort(compareCodeUnits);
  const subjects = keys.map((key): SubjectChange => {
    const was = b.get(key);
    const now = a.get(key);
    return {
      key,
      name: now?.name ?? was?.name ?? '',
      presence: was && now ? 'both' : now ? 'new' : 'gone',
      ...compareSides(
        rubric,
        was?.side ?? { ...EMPTY, single: now?.side.single ?? true },
        now?.side ?? { ...EMPTY, single: was?.side.single ?? true },
      ),
    };
  });
  return { ...top, subjects };
}
