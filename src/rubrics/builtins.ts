/**
 * The built-in instruments: one line each, and the only list of them. The package index, the
 * embed's `?rubric=`, `<cr-rubric rubric="…">`, `<cr-rubric-report rubric="…">`, the CDN build's
 * inputs, the size script, the stories and the tests all read it.
 *
 * Adding an instrument: write `src/rubrics/<id>.json` and add one line below. Its text is imported
 * lazily (`load`), so it lands only in the files that show it. `tag` names the element that shows
 * it without a `rubric` attribute, for the four that have one (`src/components/<name>/`).
 * The title, source and everything else live in the definition itself.
 */
import type { ParseResult } from './parse.js';
import type { Rubric } from './schema.js';

export interface BuiltIn {
  /** The element that shows this definition by itself, if any. */
  readonly tag?: `cr-${string}`;
  /** Imports `./<id>.json` (its own chunk in the CDN build). */
  readonly load: () => Promise<{ readonly default: unknown }>;
}

export const BUILT_INS = {
  'coherence-progression': { tag: 'cr-coherence-progression', load: () => import('./coherence-progression.json') },
  'slt-indicators': { tag: 'cr-slt-indicators', load: () => import('./slt-indicators.json') },
  'relationship-continuum': { tag: 'cr-relationship-continuum', load: () => import('./relationship-continuum.json') },
  'team-assessment': { tag: 'cr-team-assessment', load: () => import('./team-assessment.json') },
  'norms-inventory': { load: () => import('./norms-inventory.json') },
  'decision-continuum': { load: () => import('./decision-continuum.json') },
  'meetings-that-work': { load: () => import('./meetings-that-work.json') },
  'developing-norms': { load: () => import('./developing-norms.json') },
  'leadership-structures': { load: () => import('./leadership-structures.json') },
  'slt-assessing-our-work': { load: () => import('./slt-assessing-our-work.json') },
  'opportunity-checklist': { load: () => import('./opportunity-checklist.json') },
  'collaborative-attributes': { load: () => import('./collaborative-attributes.json') },
  'collaboration-skills': { load: () => import('./collaboration-skills.json') },
  'guiding-principles': { load: () => import('./guiding-principles.json') },
  'building-partnership': { load: () => import('./building-partnership.json') },
  'group-norms-activity': { load: () => import('./group-norms-activity.json') },
  'results-analysis': { load: () => import('./results-analysis.json') },
  'strengthening-partnerships': { load: () => import('./strengthening-partnerships.json') },
  'lessons-learned': { load: () => import('./lessons-learned.json') },
  'where-next': { load: () => import('./where-next.json') },
  'sustaining-structures': { load: () => import('./sustaining-structures.json') },
  'repeatable-processes': { load: () => import('./repeatable-processes.json') },
} as const satisfies Readonly<Record<string, BuiltIn>>;

export type BuiltInId = keyof typeof BUILT_INS;

/** Every built-in id, in catalogue order. */
export const builtInIds = Object.keys(BUILT_INS) as BuiltInId[];

export function isBuiltInId(id: string): id is BuiltInId {
  return Object.hasOwn(BUILT_INS, id);
}

/** The issue for an id no built-in has, naming the known ones. */
export function unknownBuiltIn(id: string, path = 'rubric'): ParseResult<never> {
  return { success: false, issues: [{ path, message: `no built-in rubric has the id "${id}" (known: ${builtInIds.join(', ')})` }] };
}

const loaded = new Map<string, Promise<ParseResult<Rubric>>>();

/**
 * The built-in definition `id`, or an issue naming the id. Built-in definitions are validated by
 * the test suite, not at run time; the same promise (and object) is returned for the same id.
 */
export function loadBuiltIn(id: string): Promise<ParseResult<Rubric>> {
  if (!isBuiltInId(id)) return Promise.resolve(unknownBuiltIn(id));
  let result = loaded.get(id);
  if (!result) {
    result = BUILT_INS[id].load().then((module) => ({ success: true, data: module.default as Rubric }) as const);
    loaded.set(id, result);
  }
  return result;
}
