/**
 * Loading an old (or newer) saved response against the definition at hand. Answers are matched by
 * stable ids; nothing is dropped: answers the definition cannot place are reported, and stay in the
 * response object so they are saved again untouched.
 */
import type { Answer, Rubric, RubricResponse, Text } from './schema.js';

/** Where a response's version stands relative to the definition's. */
export type VersionRelation = 'same' | 'older' | 'newer';

export interface UnplacedAnswer {
  readonly itemId: string;
  /** The level id given, when the item exists but the level does not. */
  readonly levelId?: string;
  /** The subject (continuum partner) the answer belongs to. */
  readonly subjectId?: string;
  readonly reason: 'unknown-item' | 'unknown-level';
}

export interface ReconcileReport {
  /** False when the response answers another rubric altogether. */
  readonly sameRubric: boolean;
  readonly versionRelation: VersionRelation;
  /** Answers kept in the response but not shown or scored by this definition. */
  readonly unplaced: readonly UnplacedAnswer[];
  /** For a response to an older version: the definition's notes (`changes`) on every version since, oldest first. */
  readonly changes: readonly Text[];
}

/** Compares dotted versions numerically ("1.10.0" > "1.9.2"); a pre-release sorts before its release. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const [coreA = '', preA] = a.split('-', 2);
  const [coreB = '', preB] = b.split('-', 2);
  const pa = coreA.split('.').map(Number);
  const pb = coreB.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

/** Lists what of `response` the definition cannot place, without changing either. */
export function reconcileResponse(rubric: Rubric, response: RubricResponse): ReconcileReport {
  const levels = new Map<string, Set<string>>();
  const levelIds = new Set((rubric.scale.levels ?? []).map((l) => l.id));
  for (const section of rubric.sections) for (const item of section.items) levels.set(item.id, levelIds);

  const unplaced: UnplacedAnswer[] = [];
  const check = (answers: Record<string, Answer>, subjectId?: string) => {
    for (const [itemId, answer] of Object.entries(answers)) {
      const known = levels.get(itemId);
      const at = subjectId === undefined ? {} : { subjectId };
      if (!known) unplaced.push({ itemId, ...at, reason: 'unknown-item' });
      else if (answer.level && !known.has(answer.level)) unplaced.push({ itemId, levelId: answer.level, ...at, reason: 'unknown-level' });
    }
  };
  check(response.answers);
  for (const subject of response.subjects ?? []) check(subject.answers, subject.id);

  const order = compareVersions(response.rubricVersion, rubric.version);
  return {
    sameRubric: response.rubricId === rubric.id,
    versionRelation: order === 0 ? 'same' : order < 0 ? 'older' : 'newer',
    unplaced,
    changes:
      order < 0 ? (rubric.changes ?? []).filter((c) => compareVersions(c.version, response.rubricVersion) > 0).map((c) => c.note) : [],
  };
}
