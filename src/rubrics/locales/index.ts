/**
 * The built-in rubrics' translations, each a JSON module of its own (`<id>.<lang>.json`) loaded the
 * first time an element shows that rubric in that language: a page in English never downloads
 * them (nor this module: see `../in-language.ts`), and a page in Spanish downloads only the
 * rubrics it shows. The CDN and embed builds emit each as `locales/<id>.<lang>.js`.
 *
 * A file maps each text's path (see `../translate.ts`) to `{ "en": source, "<lang>": translation }`:
 * the English it was translated from is kept for reviewers and for the test that notices when
 * the English changes; the builds drop it.
 */
import { own } from '../own.js';
import type { Rubric } from '../schema.js';
import { withTranslation } from '../translate.js';

/** One translation file: for each text path, the English it was made from and the translation. */
export type LocaleFile = Readonly<Record<string, Readonly<Record<string, string>>>>;
type Loader = () => Promise<{ default: LocaleFile }>;

/** Translations of each built-in rubric, by rubric id and language. */
export const BUILT_IN_LOCALES: Readonly<Record<string, Readonly<Record<string, Loader>>>> = {
  'building-partnership': { es: () => import('./building-partnership.es.json') },
  'coherence-progression': { es: () => import('./coherence-progression.es.json') },
  'collaboration-skills': { es: () => import('./collaboration-skills.es.json') },
  'collaborative-attributes': { es: () => import('./collaborative-attributes.es.json') },
  'decision-continuum': { es: () => import('./decision-continuum.es.json') },
  'developing-norms': { es: () => import('./developing-norms.es.json') },
  'group-norms-activity': { es: () => import('./group-norms-activity.es.json') },
  'guiding-principles': { es: () => import('./guiding-principles.es.json') },
  'leadership-structures': { es: () => import('./leadership-structures.es.json') },
  'lessons-learned': { es: () => import('./lessons-learned.es.json') },
  'meetings-that-work': { es: () => import('./meetings-that-work.es.json') },
  'norms-inventory': { es: () => import('./norms-inventory.es.json') },
  'opportunity-checklist': { es: () => import('./opportunity-checklist.es.json') },
  'relationship-continuum': { es: () => import('./relationship-continuum.es.json') },
  'repeatable-processes': { es: () => import('./repeatable-processes.es.json') },
  'results-analysis': { es: () => import('./results-analysis.es.json') },
  'slt-assessing-our-work': { es: () => import('./slt-assessing-our-work.es.json') },
  'slt-indicators': { es: () => import('./slt-indicators.es.json') },
  'strengthening-partnerships': { es: () => import('./strengthening-partnerships.es.json') },
  'sustaining-structures': { es: () => import('./sustaining-structures.es.json') },
  'team-assessment': { es: () => import('./team-assessment.es.json') },
  'where-next': { es: () => import('./where-next.es.json') },
};

/** A built-in definition with its translation into `lang` merged in; the definition itself if it has none. */
export async function translatedBuiltIn(definition: Rubric, lang: string): Promise<Rubric> {
  const byLang = own(BUILT_IN_LOCALES, definition.id);
  const load = byLang && own(byLang, lang);
  if (!load) return definition;
  const table: Record<string, string> = {};
  for (const [path, entry] of Object.entries((await load()).default)) {
    const text = own(entry, lang);
    if (text) table[path] = text;
  }
  return withTranslation(definition, lang, table);
}
