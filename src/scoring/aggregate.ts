/**
 * Aggregates many responses to one rubric (a team's self-assessments): per item, section and
 * overall, the distribution over levels and the figures read off it, plus a flag for the items
 * the team should talk about. Ratings are counted into one typed array (items × levels); every
 * figure is derived from those counts, so the result never depends on the order of responses.
 */
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import { figuresFromCounts, type Figures } from './figures.js';
import { itemIndex, type ItemIndex } from './items.js';
import { levelProbe } from './probe.js';
import type { ScaleKind } from '../rubrics/kinds.js';
import { answerLevel, scaleIndex, type ScaleIndex } from './scale.js';
import { compareCodeUnits, preferredName, subjectKey } from './subjects.js';

/** Default of `AggregateOptions.discussSteps`. */
export const DEFAULT_DISCUSS_STEPS = 2;

/**
 * Which ratings the discuss rule measures: `range`, all of them (lowest to highest); `middle-half`,
 * the middle half (lower to upper quartile), so that one or two outlying ratings in a large group
 * do not flag an item. With four raters or fewer the two are the same.
 */
export type DiscussBasis = 'range' | 'middle-half';

/** Options of the aggregation. */
export interface AggregateOptions {
  /** Smallest range, in scale steps, that flags an item rated by two or more people. Default 2. */
  readonly discussSteps?: number;
  /** Which ratings that range is measured over; default `range` (all of them). */
  readonly discussBasis?: DiscussBasis;
  /** Ideal-point scales: the team's target level id, in place of the definition's `scale.ideal`. */
  readonly ideal?: string;
}

/** How a set of ratings is spread over the scale. Positions are the levels' `position` values. */
export interface Distribution extends Pick<
  Figures,
  'answered' | 'notApplicable' | 'counts' | 'mean' | 'median' | 'modal' | 'min' | 'max' | 'atTarget'
> {
  /** Ratings on a rated level (not-applicable answers excluded). */
  readonly n: number;
  /** `max - min` in positions, or null. */
  readonly spread: number | null;
  /** `max - min` in scale steps (ranks among rated levels), or null. */
  readonly steps: number | null;
  /**
   * Scale steps between the lower and the upper quartile rating (nearest rank: ratings
   * `⌊(n−1)/4⌋` and `⌈3(n−1)/4⌉` counted from the lowest), or null. Equals `steps` for n ≤ 4.
   */
  readonly middleSteps: number | null;
  /** Ideal-point scales with a target: the mean distance, in scale steps, of the ratings from it; otherwise null. */
  readonly distance: number | null;
  /** Flagged for discussion (`shouldDiscuss`, over `steps` or `middleSteps` as `discussBasis` says). */
  readonly discuss: boolean;
}

/** One item's distribution. */
export interface ItemAggregate extends Distribution {
  readonly itemId: string;
  readonly sectionId: string;
}

/** The pooled distribution of a group of items, with the items flagged for discussion. */
export interface GroupAggregate extends Distribution {
  /** Ids of the flagged items, definition order. */
  readonly discussItems: readonly string[];
}

/** One section's pooled distribution. */
export interface SectionAggregate extends GroupAggregate {
  readonly sectionId: string;
}

/** The ratings of one subject (partner), gathered across responses by normalised name. */
export interface SubjectAggregate {
  /** The grouping key (see `subjectKey`). */
  readonly key: string;
  /** The spelling shown (see `preferredName`). */
  readonly name: string;
  /** How many times the subject was listed across the responses. */
  readonly raters: number;
  readonly items: readonly ItemAggregate[];
  readonly sections: readonly SectionAggregate[];
  readonly overall: GroupAggregate;
}

/** A team's aggregate of many responses. */
export interface TeamAggregate {
  readonly kind: 'aggregate';
  /**
   * The definition's scale kind. For `nominal`, `checklist` and `prompt` every position figure
   * (mean, median, range, steps) is null and nothing is flagged; for a checklist `answered` counts
   * ticks, for a prompt written answers (docs/scale-kinds.md).
   */
  readonly scaleKind: ScaleKind;
  /** Ideal-point scales: the target level id the distances are measured from, or null. */
  readonly idealLevel: string | null;
  readonly rubricId: string;
  readonly rubricVersion: string;
  /** Responses aggregated. */
  readonly responses: number;
  /** The `discussSteps` the flags were computed with. */
  readonly discussSteps: number;
  /** The `discussBasis` the flags were computed with. */
  readonly discussBasis: DiscussBasis;
  /** One entry per item, definition order; for a subject rubric pooled over every subject. */
  readonly items: readonly ItemAggregate[];
  readonly sections: readonly SectionAggregate[];
  readonly overall: GroupAggregate;
  /** Subject rubrics only: one entry per subject key, sorted by key. */
  readonly subjects?: readonly SubjectAggregate[];
}

/** An incremental aggregation: add responses (or other accumulators) and read the result any time. */
export interface TeamAccumulator {
  /** Responses added so far. */
  readonly responses: number;
  /** Adds one response. */
  add(response: RubricResponse): this;
  /** Adds many responses; the fast path for arrays. */
  addAll(responses: Iterable<RubricResponse> | ArrayLike<RubricResponse>): this;
  /** Adds the counts of another accumulator (its rubric is matched by item and level ids). */
  merge(other: TeamAccumulator): this;
  /** Adds the counts of a finished aggregate, matched by item and level ids. */
  mergeAggregate(aggregate: TeamAggregate): this;
  /** The aggregate of everything added so far. */
  result(): TeamAggregate;
}

/** The discuss rule itself: `n >= 2` ratings spanning at least `discussSteps` scale steps. */
export function shouldDiscuss(n: number, steps: number | null, discussSteps = DEFAULT_DISCUSS_STEPS): boolean {
  return n >= 2 && steps !== null && steps >= discussSteps;
}

interface SubjectState {
  name: string;
  raters: number;
  counts: Uint32Array;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** The lookups the counting loop reads, hoisted once per call. */
interface Lookups {
  readonly itemIds: readonly string[];
  readonly byItem: ReadonlyMap<string, number>;
  readonly levelIds: readonly string[];
  readonly probeAt: number;
  readonly probe: Int8Array;
  readonly singleChar: boolean;
  readonly scale: ScaleIndex;
}

function lookups(items: ItemIndex, scale: ScaleIndex): Lookups {
  const { at: probeAt, table: probe, singleChar } = levelProbe(scale);
  return { itemIds: items.ids, byItem: items.indexById, levelIds: scale.ids, probeAt, probe, singleChar, scale };
}

/**
 * Counts one answers record into `counts[item * levels + level]`. `countResponses` repeats this
 * body inline (a call per response costs about 15 % at a million responses); keep both in step.
 * `for…in` reads each answer once through V8's enum cache; the next item is guessed from the
 * previous one (answers are usually written in definition order); a level id is recognised by one
 * char code looked up in a table, confirmed by one comparison.
 */
function countAnswers(answers: unknown, counts: Uint32Array, k: Lookups): void {
  if (answers === null || typeof answers !== 'object') return;
  const record = answers as Record<string, unknown>;
  const { itemIds, byItem, levelIds, probeAt, probe, singleChar, scale } = k;
  const itemCount = itemIds.length;
  const levelCount = levelIds.length;
  let next = 0;
  for (const key in record) {
    let item = next;
    if (item >= itemCount || itemIds[item] !== key) {
      const found = byItem.get(key);
      if (found === undefined) continue;
      item = found;
    }
    next = item + 1;
    const answer = record[key] as { level?: unknown } | null | undefined;
    if (answer === null || answer === undefined) continue;
    const level = answer.level;
    if (typeof level !== 'string') continue;
    let index: number;
    if (probeAt >= 0) {
      const length = level.length;
      index = length > probeAt ? probe[level.charCodeAt(probeAt) & 127]! : -1;
      if (index < 0 || (singleChar ? length !== 1 : levelIds[index] !== level)) continue;
    } else {
      index = scale.indexOf(level);
      if (index < 0) continue;
    }
    counts[item * levelCount + index]!++;
  }
}

/** `countAnswers` for checklists and prompts: a tick, or a written answer, counts on the one pseudo-level. */
function countFlags(answers: unknown, counts: Uint32Array, k: Lookups): void {
  if (answers === null || typeof answers !== 'object') return;
  const record = answers as Record<string, unknown>;
  for (const key in record) {
    const item = k.byItem.get(key);
    const answer = record[key];
    if (item === undefined || answer === null || typeof answer !== 'object') continue;
    if (answerLevel(k.scale, answer as Record<string, unknown>) === 0) counts[item]!++;
  }
}

/** Counts the `answers` of every response in `list`. */
function countResponses(list: readonly unknown[], counts: Uint32Array, k: Lookups): void {
  for (let r = 0; r < list.length; r++) {
    const response = list[r] as { answers?: unknown } | null | undefined;
    if (response !== null && typeof response === 'object') countAnswers(response.answers, counts, k);
  }
}

function validSteps(value: number | undefined): number {
  return typeof value === 'number' && !Number.isNaN(value) ? value : DEFAULT_DISCUSS_STEPS;
}

function validBasis(value: unknown): DiscussBasis {
  return value === 'middle-half' ? 'middle-half' : 'range';
}

/** Steps between the ratings at sorted indices `⌊(n−1)/4⌋` and `⌈3(n−1)/4⌉`, from level counts. */
function middleSteps(scale: ScaleIndex, counts: ArrayLike<number>, offset: number, n: number): number | null {
  if (n === 0) return null;
  const lower = Math.floor((n - 1) / 4);
  const upper = Math.ceil((3 * (n - 1)) / 4);
  let seen = 0;
  let lowRank = -1;
  let highRank = -1;
  const order = scale.ratedOrder;
  for (let rank = 0; rank < order.length; rank++) {
    const c = counts[offset + order[rank]!] ?? 0;
    if (c === 0) continue;
    if (lowRank < 0 && lower < seen + c) lowRank = rank;
    if (upper < seen + c) {
      highRank = rank;
      break;
    }
    seen += c;
  }
  return highRank - lowRank;
}

class Accumulator implements TeamAccumulator {
  readonly #rubric: Rubric;
  readonly #scale: ScaleIndex;
  readonly #items: ItemIndex;
  readonly #discussSteps: number;
  readonly #discussBasis: DiscussBasis;
  readonly #lookups: Lookups;
  /** items × levels, for a rubric without subjects. */
  readonly #counts: Uint32Array;
  readonly #subjects = new Map<string, SubjectState>();
  #responses = 0;

  /** How one answers record is counted: by level, or by tick or text. */
  readonly #count: typeof countAnswers;

  constructor(rubric: Rubric, options: AggregateOptions | undefined) {
    this.#rubric = rubric;
    this.#scale = scaleIndex(rubric, options?.ideal);
    this.#count = this.#scale.pseudo ? countFlags : countAnswers;
    this.#items = itemIndex(rubric);
    this.#discussSteps = validSteps(options?.discussSteps);
    this.#discussBasis = validBasis(options?.discussBasis);
    this.#lookups = lookups(this.#items, this.#scale);
    this.#counts = new Uint32Array(rubric.subjects ? 0 : this.#items.ids.length * this.#scale.ids.length);
  }

  get responses(): number {
    return this.#responses;
  }

  add(response: RubricResponse): this {
    this.#responses++;
    const record = asRecord(response);
    if (!this.#rubric.subjects) this.#count(record?.['answers'], this.#counts, this.#lookups);
    else this.#addSubjects(record?.['subjects']);
    return this;
  }

  addAll(responses: Iterable<RubricResponse> | ArrayLike<RubricResponse>): this {
    if (Array.isArray(responses) && !this.#rubric.subjects && !this.#scale.pseudo) {
      const list = responses as readonly unknown[];
      countResponses(list, this.#counts, this.#lookups);
      this.#responses += list.length;
      return this;
    }
    const iterable: Iterable<RubricResponse> =
      Symbol.iterator in Object(responses) ? (responses as Iterable<RubricResponse>) : Array.from(responses as ArrayLike<RubricResponse>);
    for (const response of iterable) this.add(response);
    return this;
  }

  #subject(key: string, name: unknown): SubjectState {
    let state = this.#subjects.get(key);
    if (!state) {
      state = { name: preferredName(undefined, name), raters: 0, counts: new Uint32Array(this.#items.ids.length * this.#scale.ids.length) };
      this.#subjects.set(key, state);
    } else {
      state.name = preferredName(state.name, name);
    }
    return state;
  }

  #addSubjects(subjects: unknown): void {
    if (!Array.isArray(subjects)) return;
    for (const entry of subjects as unknown[]) {
      const subject = asRecord(entry);
      if (!subject) continue;
      const state = this.#subject(subjectKey(subject['name']), subject['name']);
      state.raters++;
      this.#count(subject['answers'], state.counts, this.#lookups);
    }
  }

  /** Adds `counts` laid out for another rubric's items and levels into ours, matched by id. */
  #addCounts(target: Uint32Array, source: ArrayLike<number>, items: readonly string[], levels: readonly string[]): void {
    const levelCount = this.#scale.ids.length;
    const levelMap = levels.map((id) => this.#scale.indexOf(id));
    items.forEach((itemId, i) => {
      const item = this.#items.indexById.get(itemId);
      if (item === undefined) return;
      levelMap.forEach((level, l) => {
        if (level >= 0) target[item * levelCount + level]! += source[i * levels.length + l] ?? 0;
      });
    });
  }

  merge(other: TeamAccumulator): this {
    if (!(other instanceof Accumulator)) return this.mergeAggregate(other.result());
    this.#responses += other.#responses;
    const items = other.#items.ids;
    const levels = other.#scale.ids;
    if (!this.#rubric.subjects) this.#addCounts(this.#counts, other.#pooled(), items, levels);
    else {
      for (const [key, state] of other.#subjects) {
        const mine = this.#subject(key, state.name);
        mine.raters += state.raters;
        this.#addCounts(mine.counts, state.counts, items, levels);
      }
    }
    return this;
  }

  mergeAggregate(aggregate: TeamAggregate): this {
    this.#responses += aggregate.responses;
    const levels = this.#scale.ids;
    const flatten = (list: readonly ItemAggregate[]): { ids: string[]; counts: number[] } => ({
      ids: list.map((i) => i.itemId),
      counts: list.flatMap((i) => levels.map((id) => (Object.hasOwn(i.counts, id) ? (i.counts[id] ?? 0) : 0))),
    });
    if (!this.#rubric.subjects) {
      const { ids, counts } = flatten(aggregate.items);
      this.#addCounts(this.#counts, counts, ids, levels);
    } else {
      for (const subject of aggregate.subjects ?? []) {
        const mine = this.#subject(subject.key, subject.name);
        mine.raters += subject.raters;
        const { ids, counts } = flatten(subject.items);
        this.#addCounts(mine.counts, counts, ids, levels);
      }
    }
    return this;
  }

  /** Item × level counts: our own, or the sum over subjects for a subject rubric. */
  #pooled(): Uint32Array {
    if (!this.#rubric.subjects) return this.#counts;
    const pooled = new Uint32Array(this.#items.ids.length * this.#scale.ids.length);
    for (const state of this.#subjects.values()) {
      for (let i = 0; i < pooled.length; i++) pooled[i]! += state.counts[i]!;
    }
    return pooled;
  }

  #distribution(counts: ArrayLike<number>, offset: number): Omit<Distribution, 'discuss'> {
    const f = figuresFromCounts(this.#scale, counts, offset);
    return {
      n: f.rated,
      answered: f.answered,
      notApplicable: f.notApplicable,
      counts: f.counts,
      mean: f.mean,
      median: f.median,
      modal: f.modal,
      min: f.min,
      max: f.max,
      spread: f.min === null || f.max === null ? null : f.max - f.min,
      steps: f.minStep === null || f.maxStep === null ? null : f.maxStep - f.minStep,
      middleSteps: this.#scale.ordered ? middleSteps(this.#scale, counts, offset, f.rated) : null,
      atTarget: f.atTarget,
      distance: this.#distance(counts, offset, f.rated),
    };
  }

  /** Mean distance in steps from the ideal-point target, from level counts. */
  #distance(counts: ArrayLike<number>, offset: number, n: number): number | null {
    const { idealStep, ratedOrder } = this.#scale;
    if (idealStep < 0 || n === 0) return null;
    let sum = 0;
    for (let rank = 0; rank < ratedOrder.length; rank++) sum += (counts[offset + ratedOrder[rank]!] ?? 0) * Math.abs(rank - idealStep);
    return sum / n;
  }

  /** Item, section and overall figures from item × level counts; `flagged` overrides item flags. */
  #figures(counts: Uint32Array, flagged?: readonly boolean[]) {
    const items = this.#items;
    const levelCount = this.#scale.ids.length;
    const itemAggregates: ItemAggregate[] = items.ids.map((itemId, i) => {
      const d = this.#distribution(counts, i * levelCount);
      return {
        itemId,
        sectionId: items.sectionIds[items.sectionOf[i]!]!,
        ...d,
        discuss: flagged
          ? flagged[i] === true
          : shouldDiscuss(d.n, this.#discussBasis === 'middle-half' ? d.middleSteps : d.steps, this.#discussSteps),
      };
    });
    const group = (indices: readonly number[]): GroupAggregate => {
      const sum = new Float64Array(levelCount);
      for (const i of indices) for (let l = 0; l < levelCount; l++) sum[l]! += counts[i * levelCount + l]!;
      const discussItems = indices.filter((i) => itemAggregates[i]!.discuss).map((i) => items.ids[i]!);
      return { ...this.#distribution(sum, 0), discuss: discussItems.length > 0, discussItems };
    };
    const sections: SectionAggregate[] = items.sectionIds.map((sectionId, s) => ({
      sectionId,
      ...group(items.sectionItems[s]!),
    }));
    const overall = group(items.ids.map((_, i) => i));
    return { items: itemAggregates, sections, overall };
  }

  result(): TeamAggregate {
    const { kind, idealStep, ratedOrder, ids } = this.#scale;
    const head = {
      kind: 'aggregate',
      scaleKind: kind,
      idealLevel: idealStep >= 0 ? ids[ratedOrder[idealStep]!]! : null,
      rubricId: String(this.#rubric.id),
      rubricVersion: String(this.#rubric.version),
      responses: this.#responses,
      discussSteps: this.#discussSteps,
      discussBasis: this.#discussBasis,
    } as const;
    if (!this.#rubric.subjects) return { ...head, ...this.#figures(this.#counts) };
    const subjects: SubjectAggregate[] = [...this.#subjects.entries()]
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([key, state]) => ({ key, name: state.name, raters: state.raters, ...this.#figures(state.counts) }));
    const flagged = this.#items.ids.map((_, i) => subjects.some((s) => s.items[i]!.discuss));
    return { ...head, ...this.#figures(this.#pooled(), flagged), subjects };
  }
}

/** Starts an incremental aggregation for `rubric`. */
export function createAccumulator(rubric: Rubric, options?: AggregateOptions): TeamAccumulator {
  return new Accumulator(rubric, options);
}

/**
 * Aggregates `responses` to `rubric`. Pure and total: unknown item or level ids are ignored, the
 * inputs are never mutated, and the result does not depend on the order of the responses.
 */
export function aggregateResponses(
  rubric: Rubric,
  responses: Iterable<RubricResponse> | ArrayLike<RubricResponse>,
  options?: AggregateOptions,
): TeamAggregate {
  return new Accumulator(rubric, options).addAll(responses).result();
}

/** Combines finished aggregates of the same rubric (teams, schools, saved batches) into one. */
export function mergeAggregates(rubric: Rubric, aggregates: Iterable<TeamAggregate>, options?: AggregateOptions): TeamAggregate {
  const accumulator = new Accumulator(rubric, options);
  for (const aggregate of aggregates) accumulator.mergeAggregate(aggregate);
  return accumulator.result();
}
