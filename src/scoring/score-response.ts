/**
 * Scores one response: what was chosen for every item, and per section and overall how complete
 * it is and where it sits on the scale. Answers to unknown items and unknown level ids are
 * ignored, never errors.
 */
import type { ScaleKind } from '../rubrics/kinds.js';
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import { figuresFromCounts, type Figures } from './figures.js';
import { itemIndex, type ItemIndex } from './items.js';
import { answerLevel, scaleIndex, type ScaleIndex } from './scale.js';
import { subjectKey } from './subjects.js';

/** The rating of one item in one response (or for one subject of it). */
export interface ItemScore {
  readonly itemId: string;
  readonly sectionId: string;
  /** Set only in the pooled `items` of a subject rubric: which subject this rating is for. */
  readonly subjectId?: string;
  /** The chosen level, or null when none or an unknown id was chosen (always null for checklists and prompts). */
  readonly levelId: string | null;
  /** Position of the chosen level; null when none, when it is not applicable, or on a scale without order. */
  readonly position: number | null;
  /** Scale step of the chosen level (0 = lowest rated level); null like `position`. */
  readonly step: number | null;
  /**
   * Ideal-point scales with a target: steps from the target to the chosen level (negative toward
   * the first level, 0 at the target); otherwise null.
   */
  readonly offset: number | null;
  /** A known level was chosen, not-applicable ones included; a checklist item ticked; a prompt answered (not only white space). */
  readonly answered: boolean;
  /** Answered and not a "does not apply" (checklists and prompts: the same as `answered`). */
  readonly rated: boolean;
  /** A genuine "does not apply" level was chosen. */
  readonly notApplicable: boolean;
  /** The chosen level is a target stage. */
  readonly atTarget: boolean;
}

/**
 * Completion and scale figures of a group of items (a section or the whole response): the
 * `Figures` of its ratings (an item counts as one rating) plus what only a response has.
 */
export interface GroupScore extends Omit<Figures, 'minStep' | 'maxStep'> {
  /** Items in the group (for a subject rubric: items × subjects). */
  readonly total: number;
  /** `answered / total`, 0..1 (0 when the group is empty). */
  readonly completion: number;
  /** Ids of the items rated at `min`, definition order, each once. */
  readonly lowestItems: readonly string[];
  /** Ids of the items rated at `max`, definition order, each once. */
  readonly highestItems: readonly string[];
}

/** A section's figures. */
export interface SectionScore extends GroupScore {
  readonly sectionId: string;
}

/** The figures of one subject (partner) of a continuum response. */
export interface SubjectScore {
  /** The subject's id in the response. */
  readonly subjectId: string;
  /** The name as typed. */
  readonly name: string;
  /** The grouping key of the name (see `subjectKey`). */
  readonly key: string;
  readonly items: readonly ItemScore[];
  readonly sections: readonly SectionScore[];
  readonly overall: GroupScore;
  /** Every item of the rubric has a known level (checklists: something is ticked, within the limit). */
  readonly complete: boolean;
  /** At least one item is rated and every rated item is on a target stage. */
  readonly atTarget: boolean;
  /** Checklists only. */
  readonly ticks?: TickCount;
}

/** Checklists: how many items are ticked, against the "choose up to N" limit. */
export interface TickCount {
  readonly checked: number;
  /** The definition's `maxChecked`, or null without a limit. */
  readonly max: number | null;
  /** More are ticked than the limit allows (only a hand-edited or imported response can be). */
  readonly over: boolean;
}

/** Ideal-point scales: where the ratings sit relative to the target. */
export interface IdealScore {
  /** The target level id, or null when neither the definition nor the caller set one. */
  readonly levelId: string | null;
  /** Mean of the rated items' distances (unsigned steps) from the target, or null. */
  readonly meanDistance: number | null;
}

/** How many subjects stand at a target stage. */
export interface TargetCount {
  /** Subjects at a target stage (`SubjectScore.atTarget`). */
  readonly met: number;
  /** Subjects with at least one rated item. */
  readonly rated: number;
  /** Subjects listed in the response. */
  readonly total: number;
}

/** The score of one response. */
export interface ResponseScore {
  readonly kind: 'response';
  /** The definition's scale kind: says which figures mean something (docs/scale-kinds.md). */
  readonly scaleKind: ScaleKind;
  readonly rubricId: string;
  readonly rubricVersion: string;
  /** One entry per item in definition order; for a subject rubric, per subject then item. */
  readonly items: readonly ItemScore[];
  readonly sections: readonly SectionScore[];
  readonly overall: GroupScore;
  /**
   * Every item has a known level, or a written answer (for a subject rubric: at least one subject,
   * each complete); a checklist is complete once something is ticked, within the limit.
   */
  readonly complete: boolean;
  /** Checklists only: ticks against the limit (for a subject rubric, each subject has its own instead). */
  readonly ticks?: TickCount;
  /** Ideal-point scales only. */
  readonly ideal?: IdealScore;
  /** Subject rubrics only: one entry per subject, in response order. */
  readonly subjects?: readonly SubjectScore[];
  /** Subject rubrics only: how many subjects are at a target stage. */
  readonly targets?: TargetCount;
}

interface Cell {
  readonly score: ItemScore;
  /** Level index, or -1. */
  readonly level: number;
  readonly section: number;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

function readAnswers(scale: ScaleIndex, items: ItemIndex, answers: unknown): Cell[] {
  const record = asRecord(answers);
  const { ordered, pseudo, idealStep } = scale;
  return items.ids.map((itemId, i) => {
    const answer = record && Object.hasOwn(record, itemId) ? asRecord(record[itemId]) : undefined;
    const level = answerLevel(scale, answer);
    const notApplicable = level >= 0 && scale.notApplicable[level] === 1;
    const rated = level >= 0 && !notApplicable;
    const placed = rated && ordered;
    const section = items.sectionOf[i]!;
    const score: ItemScore = {
      itemId,
      sectionId: items.sectionIds[section]!,
      levelId: level >= 0 && !pseudo ? scale.ids[level]! : null,
      position: placed ? scale.positions[level]! : null,
      step: placed ? scale.ranks[level]! : null,
      offset: placed && idealStep >= 0 ? scale.ranks[level]! - idealStep : null,
      answered: level >= 0,
      rated,
      notApplicable,
      atTarget: rated && scale.target[level] === 1,
    };
    return { score, level, section };
  });
}

function extremes(cells: readonly Cell[], position: number | null): string[] {
  if (position === null) return [];
  const ids = new Set<string>();
  for (const { score } of cells) if (score.position === position) ids.add(score.itemId);
  return [...ids];
}

function groupScore(scale: ScaleIndex, cells: readonly Cell[]): GroupScore;
function groupScore(scale: ScaleIndex, cells: readonly Cell[], sectionId: string): SectionScore;
function groupScore(scale: ScaleIndex, cells: readonly Cell[], sectionId?: string): GroupScore | SectionScore {
  const counts: number[] = new Array<number>(scale.ids.length).fill(0);
  for (const cell of cells) if (cell.level >= 0) counts[cell.level]!++;
  const f: Figures = figuresFromCounts(scale, counts);
  // Field by field rather than a spread of `f`: a fixed object shape keeps scoring fast.
  const group: GroupScore = {
    total: cells.length,
    answered: f.answered,
    rated: f.rated,
    notApplicable: f.notApplicable,
    completion: cells.length > 0 ? f.answered / cells.length : 0,
    counts: f.counts,
    mean: f.mean,
    median: f.median,
    modal: f.modal,
    min: f.min,
    max: f.max,
    lowestItems: extremes(cells, f.min),
    highestItems: extremes(cells, f.max),
    atTarget: f.atTarget,
  };
  return sectionId === undefined ? group : { sectionId, ...group };
}

function sectionScores(scale: ScaleIndex, items: ItemIndex, cells: readonly Cell[]): SectionScore[] {
  const perSection: Cell[][] = items.sectionIds.map(() => []);
  for (const cell of cells) perSection[cell.section]?.push(cell);
  return items.sectionIds.map((sectionId, s) => groupScore(scale, perSection[s]!, sectionId));
}

function tickCount(rubric: Rubric, cells: readonly Cell[]): TickCount {
  const max = rubric.scale?.maxChecked ?? null;
  let checked = 0;
  for (const cell of cells) if (cell.score.answered) checked++;
  return { checked, max, over: max !== null && checked > max };
}

function idealScore(scale: ScaleIndex, cells: readonly Cell[]): IdealScore {
  const target = scale.idealStep >= 0 ? scale.ratedOrder[scale.idealStep]! : -1;
  let sum = 0;
  let n = 0;
  for (const { score } of cells) {
    if (score.offset === null) continue;
    sum += Math.abs(score.offset);
    n++;
  }
  return { levelId: target >= 0 ? scale.ids[target]! : null, meanDistance: n > 0 ? sum / n : null };
}

/** Whether a group of cells is complete for the scale's kind. */
function isComplete(overall: GroupScore, ticks: TickCount | undefined): boolean {
  if (ticks) return overall.total > 0 && ticks.checked > 0 && !ticks.over;
  return overall.total > 0 && overall.answered === overall.total;
}

/** What `scoreResponse` says of a response's completeness, without its figures. */
export interface AnswerCounts {
  /** `overall.answered` */
  readonly answered: number;
  /** `overall.rated` */
  readonly rated: number;
  /** `overall.notApplicable` */
  readonly notApplicable: number;
  /** `overall.total` */
  readonly total: number;
  /** `complete` */
  readonly complete: boolean;
}

/** Counts the answers of one set of `answers` (a response's, or one subject's) the way `readAnswers` and `groupScore` do. */
function countAnswers(scale: ScaleIndex, items: ItemIndex, answers: unknown, into: { answered: number; notApplicable: number }): number {
  const record = asRecord(answers);
  let answered = 0;
  for (const itemId of items.ids) {
    const level = answerLevel(scale, record && Object.hasOwn(record, itemId) ? asRecord(record[itemId]) : undefined);
    if (level < 0 || scale.counted[level] !== 1) continue;
    answered++;
    if (scale.notApplicable[level] === 1) into.notApplicable++;
  }
  into.answered += answered;
  return answered;
}

/**
 * `scoreResponse(rubric, response)`'s overall counts and `complete`, and nothing else: for callers
 * that only need to know whether a response is complete (the xAPI mapping, for each of thousands
 * of responses), without building every item's score and figures. Agrees with `scoreResponse` by
 * construction and by a property test.
 */
export function answerCounts(rubric: Rubric, response: RubricResponse): AnswerCounts {
  const scale = scaleIndex(rubric);
  const items = itemIndex(rubric);
  const max = scale.kind === 'checklist' ? (rubric.scale?.maxChecked ?? null) : undefined;
  const n = items.ids.length;
  // A group is complete as `isComplete` says: a checklist once something is ticked within the limit, else every item answered.
  const complete = (answered: number) => n > 0 && (max !== undefined ? answered > 0 && !(max !== null && answered > max) : answered === n);
  const into = { answered: 0, notApplicable: 0 };
  let total: number;
  let done: boolean;
  if (!rubric.subjects) {
    done = complete(countAnswers(scale, items, asRecord(response)?.['answers'], into));
    total = n;
  } else {
    const listed = asRecord(response)?.['subjects'];
    const entries = Array.isArray(listed) ? listed : [];
    done = entries.length > 0;
    for (const entry of entries) if (!complete(countAnswers(scale, items, asRecord(entry)?.['answers'], into))) done = false;
    total = n * entries.length;
  }
  return { answered: into.answered, rated: into.answered - into.notApplicable, notApplicable: into.notApplicable, total, complete: done };
}

/** Options of `scoreResponse`. */
export interface ScoreOptions {
  /** Ideal-point scales: the target level id, in place of the definition's `scale.ideal`. */
  readonly ideal?: string;
}

/**
 * Scores one response against its rubric. Pure and total: never throws on a valid rubric and
 * response, never mutates them; unknown item or level ids are ignored.
 */
export function scoreResponse(rubric: Rubric, response: RubricResponse, options?: ScoreOptions): ResponseScore {
  const scale = scaleIndex(rubric, options?.ideal);
  const items = itemIndex(rubric);
  const rubricId = String(rubric.id);
  const rubricVersion = String(rubric.version);
  const checklist = scale.kind === 'checklist';
  const extras = (cells: readonly Cell[], pooled: boolean) => ({
    ...(checklist && !pooled ? { ticks: tickCount(rubric, cells) } : {}),
    ...(scale.kind === 'ideal-point' ? { ideal: idealScore(scale, cells) } : {}),
  });
  if (!rubric.subjects) {
    const cells = readAnswers(scale, items, asRecord(response)?.['answers']);
    const overall = groupScore(scale, cells);
    const more = extras(cells, false);
    return {
      kind: 'response',
      scaleKind: scale.kind,
      rubricId,
      rubricVersion,
      items: cells.map((c) => c.score),
      sections: sectionScores(scale, items, cells),
      overall,
      complete: isComplete(overall, more.ticks),
      ...more,
    };
  }
  const listed = asRecord(response)?.['subjects'];
  const entries = Array.isArray(listed) ? listed.map(asRecord) : [];
  const pooled: Cell[] = [];
  const subjects = entries.map((entry): SubjectScore => {
    const subjectId = String(entry?.['id'] ?? '');
    const name = typeof entry?.['name'] === 'string' ? entry['name'] : '';
    const cells = readAnswers(scale, items, entry?.['answers']);
    for (const cell of cells) pooled.push({ ...cell, score: { ...cell.score, subjectId } });
    const overall = groupScore(scale, cells);
    const ticks = checklist ? tickCount(rubric, cells) : undefined;
    return {
      subjectId,
      name,
      key: subjectKey(name),
      items: cells.map((c) => c.score),
      sections: sectionScores(scale, items, cells),
      overall,
      complete: isComplete(overall, ticks),
      atTarget: overall.rated > 0 && overall.atTarget === overall.rated,
      ...(ticks ? { ticks } : {}),
    };
  });
  const overall = groupScore(scale, pooled);
  return {
    kind: 'response',
    scaleKind: scale.kind,
    ...extras(pooled, true),
    rubricId,
    rubricVersion,
    items: pooled.map((c) => c.score),
    sections: sectionScores(scale, items, pooled),
    overall,
    complete: subjects.length > 0 && subjects.every((s) => s.complete),
    subjects,
    targets: {
      met: subjects.filter((s) => s.atTarget).length,
      rated: subjects.filter((s) => s.overall.rated > 0).length,
      total: subjects.length,
    },
  };
}
