/**
 * Points: the sum of the chosen levels' `points`, and the same sum with each item's `weight`, for
 * definitions that give points (what Canvas, Moodle and LTI grade passback read). A definition
 * without points gets none: the built-in rubrics are self-assessments, and a number of points
 * would claim a grade they do not give.
 */
import type { Rubric, RubricResponse } from '../rubrics/schema.js';

/** The points of one response (or one group of ratings). */
export interface PointsScore {
  /** Sum of the points of the chosen levels. */
  readonly total: number;
  /** Sum over the items of the most points a level gives (not-applicable answers left out). */
  readonly max: number;
  /** `total` with each item's points times its weight; equals `total` when no item has a weight. */
  readonly weighted: number;
  /** `max` with weights. */
  readonly weightedMax: number;
  /** Whether any item carries a weight (otherwise `weighted` repeats `total`). */
  readonly hasWeights: boolean;
}

interface PointsIndex {
  readonly points: ReadonlyMap<string, number>;
  /** Levels chosen as "does not apply": out of both sums. */
  readonly notApplicable: ReadonlySet<string>;
  readonly best: number;
  readonly weights: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Rubric, PointsIndex | null>();

function index(rubric: Rubric): PointsIndex | null {
  let found = cache.get(rubric);
  if (found !== undefined) return found;
  const levels = rubric.scale.levels ?? [];
  const points = new Map<string, number>();
  const notApplicable = new Set<string>();
  for (const level of levels) {
    if (level.notApplicable) notApplicable.add(level.id);
    else if (typeof level.points === 'number') points.set(level.id, level.points);
  }
  const weights = new Map<string, number>();
  for (const section of rubric.sections)
    for (const item of section.items) if (typeof item.weight === 'number') weights.set(item.id, item.weight);
  found = points.size === 0 ? null : { points, notApplicable, best: Math.max(...points.values()), weights };
  cache.set(rubric, found);
  return found;
}

/** Whether the definition gives points (some level has `points`). */
export function hasPoints(rubric: Rubric): boolean {
  return index(rubric) !== null;
}

/**
 * The points of one response (every subject's answers, for a subject rubric), or undefined when the
 * definition gives none. Pure and total like `scoreResponse`: unknown levels count as not rated.
 * Kept out of `scoreResponse` so the respondent elements, which show no points, do not carry it.
 */
export function scorePoints(rubric: Rubric, response: RubricResponse): PointsScore | undefined {
  const at = index(rubric);
  if (!at) return undefined;
  let total = 0;
  let max = 0;
  let weighted = 0;
  let weightedMax = 0;
  const add = (answers: unknown) => {
    const record = answers !== null && typeof answers === 'object' ? (answers as Record<string, { level?: unknown } | undefined>) : {};
    for (const section of rubric.sections) {
      for (const item of section.items) {
        const chosen = Object.hasOwn(record, item.id) ? record[item.id]?.level : undefined;
        const levelId = typeof chosen === 'string' ? chosen : null;
        if (levelId !== null && at.notApplicable.has(levelId)) continue;
        const weight = at.weights.get(item.id) ?? 1;
        const got = levelId === null ? 0 : (at.points.get(levelId) ?? 0);
        total += got;
        weighted += got * weight;
        max += at.best;
        weightedMax += at.best * weight;
      }
    }
  };
  if (rubric.subjects) for (const subject of response.subjects ?? []) add(subject.answers);
  else add(response.answers);
  return { total, max, weighted, weightedMax, hasWeights: at.weights.size > 0 };
}
