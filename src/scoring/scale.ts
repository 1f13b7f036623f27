/**
 * The scale as the scoring functions see it: level ids turned into small integer indices once per
 * rubric, so that counting a rating is an array increment and every figure (mean, median, range)
 * is derived from counts.
 */
import { scaleKind, type ScaleKind } from '../rubrics/kinds.js';
import type { Rubric } from '../rubrics/schema.js';

/** Precomputed facts about a rubric's scale, shared by every scoring function. */
export interface ScaleIndex {
  /** The scale's kind (docs/scale-kinds.md). */
  readonly kind: ScaleKind;
  /** Whether levels have an order (ordered, ideal-point): only then are means, medians and spreads figures. */
  readonly ordered: boolean;
  /**
   * Checklist and prompt scales have no levels: their one pseudo-level (`checked`, `answered`)
   * counts ticks or written answers; no level id of a response ever matches it.
   */
  readonly pseudo: boolean;
  /** Level ids in definition order; a level's index is its place in this list. */
  readonly ids: readonly string[];
  /** Level id → index, for the levels that count (rated or not applicable); first wins on a duplicate. */
  readonly indexById: ReadonlyMap<string, number>;
  /** Position per level index; NaN for a not-applicable level. */
  readonly positions: Float64Array;
  /** Scale step per level index (0 = lowest rated level); -1 for a level that is not rated. */
  readonly ranks: Int32Array;
  /** 1 where the level is a rated level marked `target` (ideal-point: the ideal level). */
  readonly target: Uint8Array;
  /** 1 where the level is a genuine "does not apply" (`notApplicable`). */
  readonly notApplicable: Uint8Array;
  /** 1 where the level counts (rated or not applicable, first of its id); 0 for an ignored level. */
  readonly counted: Uint8Array;
  /** Every level id mapped to 0: a template that `{ ...zeroCounts }` copies quickly. */
  readonly zeroCounts: Readonly<Record<string, number>>;
  /** Indices of the rated levels, lowest position first. */
  readonly ratedOrder: Int32Array;
  /** How many levels are rated (not `notApplicable`). */
  readonly ratedCount: number;
  /** Whether any rated level is a target. */
  readonly hasTargets: boolean;
  /** Ideal-point: scale step of the target, or -1 when no target is set. */
  readonly idealStep: number;
  /** Level index of `levelId`, or -1 when it is unknown or not a string. */
  indexOf(levelId: unknown): number;
}

const cache = new WeakMap<Rubric, ScaleIndex>();
const withIdeal = new WeakMap<Rubric, Map<string, ScaleIndex>>();

/**
 * Returns the same string as a property key would hold it. V8 compares such (internalized)
 * strings by pointer, which keeps the counting loops fast when ids came from JSON text.
 */
export function internalizeId(value: string): string {
  const holder: Record<string, 0> = {};
  holder[value] = 0;
  return Object.keys(holder)[0] ?? value;
}

/** The id of the pseudo-level of a checklist or prompt scale. */
export const PSEUDO_LEVEL: Readonly<Record<ScaleKind, string>> = {
  ordered: '',
  'ideal-point': '',
  nominal: '',
  checklist: 'checked',
  prompt: 'answered',
};

function build(rubric: Rubric, ideal: string | undefined): ScaleIndex {
  const kind = scaleKind(rubric);
  const pseudo = PSEUDO_LEVEL[kind] !== '';
  const ordered = kind === 'ordered' || kind === 'ideal-point';
  const levels = pseudo ? [] : (rubric.scale?.levels ?? []);
  const ids = pseudo ? [PSEUDO_LEVEL[kind]] : levels.map((l) => internalizeId(String(l.id)));
  const size = ids.length;
  const positions = new Float64Array(size).fill(Number.NaN);
  const ranks = new Int32Array(size).fill(-1);
  const target = new Uint8Array(size);
  const notApplicable = new Uint8Array(size);
  const counted = new Uint8Array(size);
  const indexById = new Map<string, number>();
  const rated: number[] = [];
  levels.forEach((level, i) => {
    const id = ids[i]!;
    if (indexById.has(id)) return;
    if (level.notApplicable === true) {
      notApplicable[i] = 1;
      indexById.set(id, i);
    } else if (!ordered) {
      // A nominal choice: counted, with no position and no rank.
      indexById.set(id, i);
    } else if (typeof level.position === 'number' && Number.isFinite(level.position)) {
      // A level without a usable position only exists in an unvalidated definition: ignore it.
      positions[i] = level.position;
      target[i] = (kind === 'ideal-point' ? id === ideal : level.target === true) ? 1 : 0;
      indexById.set(id, i);
      rated.push(i);
    }
  });
  // Validated scales are already ascending; sorting keeps hand-built objects honest (stable on ties).
  rated.sort((a, b) => positions[a]! - positions[b]!);
  rated.forEach((levelIndex, rank) => {
    ranks[levelIndex] = rank;
  });
  // A checklist's tick or a prompt's answer is counted on the pseudo-level, which merging saved
  // aggregates (`mergeAggregates`, `compareTeams`' pool) finds by its id like any level.
  if (pseudo) indexById.set(ids[0]!, 0);
  for (const i of indexById.values()) counted[i] = 1;
  const idealLevel = rated.find((i) => target[i] === 1);
  const indexOf = (levelId: unknown): number => (typeof levelId === 'string' ? (indexById.get(levelId) ?? -1) : -1);
  return {
    kind,
    ordered,
    pseudo,
    idealStep: kind === 'ideal-point' && idealLevel !== undefined ? ranks[idealLevel]! : -1,
    ids,
    indexById,
    positions,
    ranks,
    target,
    notApplicable,
    counted,
    zeroCounts: Object.freeze(Object.fromEntries(ids.map((id) => [id, 0]))),
    ratedOrder: Int32Array.from(rated),
    ratedCount: rated.length,
    hasTargets: rated.some((i) => target[i] === 1),
    indexOf,
  };
}

/**
 * The scale lookup for `rubric`, computed once per rubric object (cached in a WeakMap). Treat
 * definitions as immutable: a rubric object edited after its first scoring keeps its old index.
 * `ideal` (ideal-point scales) is the team's target level id, in place of `scale.ideal`.
 */
export function scaleIndex(rubric: Rubric, ideal?: string): ScaleIndex {
  if (ideal !== undefined && scaleKind(rubric) === 'ideal-point' && ideal !== rubric.scale?.ideal) {
    // A team's own target (ideal-point scales): one index per target, cached like the default.
    let byIdeal = withIdeal.get(rubric);
    if (!byIdeal) withIdeal.set(rubric, (byIdeal = new Map()));
    let index = byIdeal.get(ideal);
    if (!index) byIdeal.set(ideal, (index = build(rubric, ideal)));
    return index;
  }
  let index = cache.get(rubric);
  if (!index) {
    index = build(rubric, rubric.scale?.ideal);
    cache.set(rubric, index);
  }
  return index;
}

/** The level index an answer chose: its level, or a checklist's tick or a prompt's text as the pseudo-level 0; -1 for none. */
export function answerLevel(scale: ScaleIndex, answer: Record<string, unknown> | undefined): number {
  if (!answer) return -1;
  if (!scale.pseudo) return scale.indexOf(answer['level']);
  if (scale.kind === 'checklist') return answer['checked'] === true ? 0 : -1;
  const text = answer['text'];
  return typeof text === 'string' && text.trim() !== '' ? 0 : -1;
}
