/**
 * Figures derived from level counts. Every mean, median, mode and range in this library comes
 * from here, so a single response and a team of a million agree on what each figure means.
 */
import type { ScaleIndex } from './scale.js';

/** What a set of ratings looks like, read off the count of each level. */
export interface Figures {
  /** Ratings that chose any known level, not-applicable ones included. */
  readonly answered: number;
  /** Ratings on a rated level (`answered` minus `notApplicable`). */
  readonly rated: number;
  /** Ratings that chose a genuine "does not apply" level. */
  readonly notApplicable: number;
  /** Count per level id; every level of the scale is present, 0 when never chosen. */
  readonly counts: Readonly<Record<string, number>>;
  /** Mean position of the rated ratings, or null when none. This and every figure below is null for a scale without order (nominal, checklist, prompt). */
  readonly mean: number | null;
  /** Median position (mean of the two middle ones for an even count), or null when none. */
  readonly median: number | null;
  /** Most chosen position; among ties the lowest one. Null when none. */
  readonly modal: number | null;
  /** Lowest rated position, or null when none. */
  readonly min: number | null;
  /** Highest rated position, or null when none. */
  readonly max: number | null;
  /** Scale step (0 = lowest rated level) of `min`, or null when none. */
  readonly minStep: number | null;
  /** Scale step of `max`, or null when none. */
  readonly maxStep: number | null;
  /** Ratings on a level marked `target`. */
  readonly atTarget: number;
}

/** Derives the figures from `counts[offset + levelIndex]` (one count per level of `scale`). */
export function figuresFromCounts(scale: ScaleIndex, counts: ArrayLike<number>, offset = 0): Figures {
  const { ids, positions, ratedOrder, notApplicable, target, counted } = scale;
  const byId: Record<string, number> = { ...scale.zeroCounts };
  let answered = 0;
  let na = 0;
  let atTarget = 0;
  for (let i = 0; i < ids.length; i++) {
    const c = counts[offset + i] ?? 0;
    const id = ids[i]!;
    if (c !== 0) byId[id]! += c;
    if (counted[i] !== 1) continue;
    answered += c;
    if (notApplicable[i] === 1) na += c;
    else if (target[i] === 1) atTarget += c;
  }
  const rated = answered - na;
  if (rated === 0 || !scale.ordered) {
    return {
      answered,
      rated,
      notApplicable: na,
      counts: byId,
      mean: null,
      median: null,
      modal: null,
      min: null,
      max: null,
      minStep: null,
      maxStep: null,
      atTarget,
    };
  }
  // Walk the rated levels lowest first: sum, extremes, mode and the two middle ratings.
  const lowMiddle = (rated - 1) >>> 1;
  const highMiddle = rated >>> 1;
  let sum = 0;
  let seen = 0;
  let min = 0;
  let max = 0;
  let minStep = -1;
  let maxStep = -1;
  let modal = 0;
  let modalCount = 0;
  let low = 0;
  let high = 0;
  for (let rank = 0; rank < ratedOrder.length; rank++) {
    const i = ratedOrder[rank]!;
    const c = counts[offset + i] ?? 0;
    if (c === 0) continue;
    const position = positions[i]!;
    sum += c * position;
    if (minStep < 0) {
      minStep = rank;
      min = position;
    }
    maxStep = rank;
    max = position;
    if (c > modalCount) {
      modalCount = c;
      modal = position;
    }
    if (seen <= lowMiddle && lowMiddle < seen + c) low = position;
    if (seen <= highMiddle && highMiddle < seen + c) high = position;
    seen += c;
  }
  return {
    answered,
    rated,
    notApplicable: na,
    counts: byId,
    mean: sum / rated,
    median: low === high ? low : (low + high) / 2,
    modal,
    min,
    max,
    minStep,
    maxStep,
    atTarget,
  };
}
