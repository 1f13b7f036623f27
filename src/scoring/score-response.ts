/**
 * Scores one response: what was chosen for every item, and per section and overall how complete
 * it is and where it sits on the scale. Answers to unknown items and unknown level ids are
 * ignored, never errors.
 */
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import { figuresFromCounts, type Figures } from './figures.js';
import { itemIndex, type ItemIndex } from './items.js';
import { scaleIndex, type ScaleIndex } from './scale.js';
import { subjectKey } from './subjects.js';

/** The rating of one item in one response (or for one subject of it). */
export interface ItemScore {
  readonly itemId: string;
  readonly sectionId: string;
  /** Set only in the pooled `items` of a subject rubric: which subject this rating is for. */
  readonly subjectId?: string;
  /** The chosen level, or null when none or an unknown id was chosen. */
  readonly levelId: string | null;
  /** Position of the chosen level; null when none, or when it is not applicable. */
  readonly position: number | null;
  /** Scale step of the chosen level (0 = lowest rated level); null like `position`. */
  readonly step: number | null;
  /** A known level was chosen, not-applicable ones included. */
  readonly answered: boolean;
  /** A rated level was chosen (answered and not a "does not apply"). */
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
  /** Every item of the rubric has a known level. */
  readonly complete: boolean;
  /** At least one item is rated and every rated item is on a target stage. */
  readonly atTarget: boolean;
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
  readonly rubricId: string;
  readonly rubricVersion: string;
  /** One entry per item in definition order; for a subject rubric, per subject then item. */
  readonly items: readonly ItemScore[];
  readonly sections: readonly SectionScore[];
  readonly overall: GroupScore;
  /** Every item has a known level (for a subject rubric: at least one subject, each complete). */
  readonly complete: boolean;
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

function readAnswers(
  scale: ScaleIndex,
  items: ItemIndex,
  answers: unknown,
): Cell[] {
  const record = asRecord(answers);
  return items.ids.map((itemId, i) => {
    const answer = record && Object.hasOwn(record, itemId) ? asRecord(record[itemId]) : undefined;
    const level = answer ? scale.indexOf(answer['level']) : -1;
    const notApplicable = level >= 0 && scale.notApplicable[level] === 1;
    const rated = level >= 0 && !notApplicable;
    const section = items.sectionOf[i]!;
    const score: ItemScore = {
      itemId,
      sectionId: items.sectionIds[section]!,
      levelId: level >= 0 ? scale.ids[level]! : null,
      position: rated ? scale.positions[level]! : null,
      step: rated ? scale.ranks[level]! : null,
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

/**
 * Scores one response against its rubric. Pure and total: never throws on a valid rubric and
 * response, never mutates them; unknown item or level ids are ignored.
 */
export function scoreResponse(rubric: Rubric, response: RubricResponse): ResponseScore {
  const scale = scaleIndex(rubric);
  const items = itemIndex(rubric);
  const rubricId = String(rubric.id);
  const rubricVersion = String(rubric.version);
  if (!rubric.subjects) {
    const cells = readAnswers(scale, items, asRecord(response)?.['answers']);
    const overall = groupScore(scale, cells);
    return {
      kind: 'response',
      rubricId,
      rubricVersion,
      items: cells.map((c) => c.score),
      sections: sectionScores(scale, items, cells),
      overall,
      complete: overall.total > 0 && overall.answered === overall.total,
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
    return {
      subjectId,
      name,
      key: subjectKey(name),
      items: cells.map((c) => c.score),
      sections: sectionScores(scale, items, cells),
      overall,
      complete: overall.total > 0 && overall.answered === overall.total,
      atTarget: overall.rated > 0 && overall.atTarget === overall.rated,
    };
  });
  const overall = groupScore(scale, pooled);
  return {
    kind: 'response',
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
