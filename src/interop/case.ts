/**
 * Rubric definitions as CASE 1.1 `CFRubric` and back. Each item becomes a `CFRubricCriterion`
 * (its section's title the `category`, its title the `description`, its `weight`), each level of
 * the scale a `CFRubricCriterionLevel` of every criterion (`quality` the label, `score` its points,
 * `description` what the level means for that item: its descriptor, or its low or high anchor;
 * `feedback` the item's feedback for that level). An item's `competency` is its `CFItemURI`.
 * What CASE has no field for (anchors' structure, codes, instructions, sources, translations,
 * extra fields) travels in the rubric's `extensions`, so a definition exported here imports back
 * unchanged; the CASE fields still win, so a wording changed in a CASE tool is kept.
 */
import { formatPath, parseDefinition, validate, type ParseResult, type ValidationIssue } from '../rubrics/parse.js';
import type { Item, Rubric, Text } from '../rubrics/schema.js';
import { idMaker } from '../rubrics/spreadsheet.js';
import { localize } from '../rubrics/text.js';
import { CaseRubric, type CaseLinkUri, type CaseRubricCriterion, type CaseRubricCriterionLevel } from './case-schema.js';
import { uuidV5 } from './uuid.js';

export { CaseRubric as CaseRubricSchema } from './case-schema.js';
export type { CaseRubric, CaseRubricCriterion, CaseRubricCriterionLevel, CaseLinkUri } from './case-schema.js';

/** The `extensions` key under which the full definition travels. */
export const CASE_DEFINITION_EXTENSION = 'https://w3id.org/collab-rubrics/case/definition';

export interface CaseExportOptions {
  /** Where the CASE objects will be served, e.g. `https://case.example/ims/case/v1p1/`; each `uri` is then `…CFRubrics/{identifier}`. Default: `urn:uuid:{identifier}`. */
  readonly uriBase?: string;
  /** `lastChangeDateTime` of every object (default: now). */
  readonly lastChangeDateTime?: string;
  /** Language of the exported texts (default: the rubric's default language, then `en`). */
  readonly lang?: string;
  /** The competency (`CFItem`) each item assesses, by item id: becomes the criterion's `CFItemURI` (in place of the item's own `competency`). */
  readonly itemUris?: Readonly<Record<string, CaseLinkUri>>;
  /** Leave the full definition out of `extensions` (a plain CASE rubric; an import rebuilds what CASE can say). */
  readonly plain?: boolean;
}

const ids = (rubricId: string, ...parts: string[]) => uuidV5(['case', rubricId, ...parts].join('\n'));

/** What a level means for one item, as a CASE level description. */
function levelDescription(rubric: Rubric, item: Item, levelIndex: number, lang: string): string | undefined {
  const level = (rubric.scale.levels ?? [])[levelIndex]!;
  const own = item.descriptors && Object.hasOwn(item.descriptors, level.id) ? item.descriptors[level.id] : undefined;
  if (own !== undefined) return localize(own, lang);
  const rated = (rubric.scale.levels ?? []).filter((l) => !l.notApplicable);
  if (item.anchors && level === rated[0]) return localize(item.anchors.low, lang);
  if (item.anchors && level === rated.at(-1)) return localize(item.anchors.high, lang);
  return level.meaning === undefined ? undefined : localize(level.meaning, lang);
}

/** A rubric definition as a CASE 1.1 `CFRubric` (JSON-ready). */
export function caseRubricFromDefinition(rubric: Rubric, options: CaseExportOptions = {}): CaseRubric {
  const lang = options.lang ?? rubric.defaultLanguage ?? 'en';
  const when = options.lastChangeDateTime ?? new Date().toISOString();
  const uri = (kind: string, identifier: string) =>
    options.uriBase ? `${options.uriBase}${kind}/${identifier}` : `urn:uuid:${identifier}`;
  const rubricIdentifier = ids(rubric.id);
  let position = 0;
  const criteria: CaseRubricCriterion[] = rubric.sections.flatMap((section) =>
    section.items.map((item) => {
      const identifier = ids(rubric.id, item.id);
      const link = options.itemUris && Object.hasOwn(options.itemUris, item.id) ? options.itemUris[item.id] : item.competency;
      const levels: CaseRubricCriterionLevel[] = (rubric.scale.levels ?? []).map((level, i) => {
        const levelIdentifier = ids(rubric.id, item.id, level.id);
        const description = levelDescription(rubric, item, i, lang);
        const feedback = item.feedback && Object.hasOwn(item.feedback, level.id) ? localize(item.feedback[level.id]!, lang) : undefined;
        return {
          identifier: levelIdentifier,
          uri: uri('CFRubricCriterionLevels', levelIdentifier),
          ...(description !== undefined ? { description } : {}),
          quality: localize(level.label, lang),
          ...(level.points !== undefined ? { score: level.points } : {}),
          ...(feedback !== undefined ? { feedback } : {}),
          position: i + 1,
          rubricCriterionId: identifier,
          lastChangeDateTime: when,
        };
      });
      return {
        identifier,
        uri: uri('CFRubricCriteria', identifier),
        category: localize(section.title, lang),
        description: localize(item.title, lang),
        ...(link ? { CFItemURI: link } : {}),
        ...(item.weight !== undefined ? { weight: item.weight } : {}),
        position: ++position,
        rubricId: rubricIdentifier,
        lastChangeDateTime: when,
        CFRubricCriterionLevels: levels,
      };
    }),
  );
  return {
    identifier: rubricIdentifier,
    uri: uri('CFRubrics', rubricIdentifier),
    title: localize(rubric.title, lang),
    ...(rubric.description !== undefined ? { description: localize(rubric.description, lang) } : {}),
    lastChangeDateTime: when,
    CFRubricCriteria: criteria,
    ...(options.plain ? {} : { extensions: { [CASE_DEFINITION_EXTENSION]: rubric } }),
  };
}

// ---------------------------------------------------------------------------------------------
// Import

export interface CaseImportOptions {
  /** Which rubric of a `CFPackage` holding several (its `identifier`). */
  readonly identifier?: string;
  /** Language of the CASE texts (default: the carried definition's default language, then `en`). */
  readonly lang?: string;
}

/** `text` with its `lang` string replaced by `value` (other languages kept); `value` itself when it was a plain string. */
function withText(text: Text, lang: string, value: string): Text {
  if (localize(text, lang) === value) return text;
  return typeof text === 'string' ? value : { ...text, [lang]: value };
}

/** A CASE LinkURI as an item's competency (only the three fields the definition keeps). */
const competencyOf = (link: CaseLinkUri) => ({ title: link.title, identifier: link.identifier, uri: link.uri });

/** Puts the wording of the CASE fields back into the definition that travelled in `extensions`. */
function overlay(base: Rubric, cf: CaseRubric, lang: string): Rubric {
  const byIdentifier = new Map((cf.CFRubricCriteria ?? []).map((c) => [c.identifier, c]));
  const rated = (base.scale.levels ?? []).filter((l) => !l.notApplicable);
  return {
    ...base,
    ...(cf.title !== undefined ? { title: withText(base.title, lang, cf.title) } : {}),
    ...(cf.description !== undefined && base.description !== undefined
      ? { description: withText(base.description, lang, cf.description) }
      : {}),
    sections: base.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => {
        const criterion = byIdentifier.get(ids(base.id, item.id));
        if (!criterion) return item;
        let next: Item = criterion.description !== undefined ? { ...item, title: withText(item.title, lang, criterion.description) } : item;
        if (criterion.CFItemURI) next = { ...next, competency: competencyOf(criterion.CFItemURI) };
        for (const level of criterion.CFRubricCriterionLevels ?? []) {
          const scaleLevel = (base.scale.levels ?? []).find((l) => ids(base.id, item.id, l.id) === level.identifier);
          if (scaleLevel && level.feedback !== undefined) {
            const own = next.feedback && Object.hasOwn(next.feedback, scaleLevel.id) ? next.feedback[scaleLevel.id] : undefined;
            next = { ...next, feedback: { ...next.feedback, [scaleLevel.id]: own ? withText(own, lang, level.feedback) : level.feedback } };
          }
          if (!scaleLevel || level.description === undefined) continue;
          if (next.descriptors && Object.hasOwn(next.descriptors, scaleLevel.id)) {
            next = {
              ...next,
              descriptors: { ...next.descriptors, [scaleLevel.id]: withText(next.descriptors[scaleLevel.id]!, lang, level.description) },
            };
          } else if (next.anchors && scaleLevel === rated[0]) {
            next = { ...next, anchors: { ...next.anchors, low: withText(next.anchors.low, lang, level.description) } };
          } else if (next.anchors && scaleLevel === rated.at(-1)) {
            next = { ...next, anchors: { ...next.anchors, high: withText(next.anchors.high, lang, level.description) } };
          }
        }
        return next;
      }),
    })),
  };
}

const byPosition = <T extends { position?: number | undefined }>(list: readonly T[]): T[] =>
  list
    .map((value, index) => ({ value, index }))
    .sort((a, b) => (a.value.position ?? Infinity) - (b.value.position ?? Infinity) || a.index - b.index)
    .map((e) => e.value);

interface Built {
  readonly definition: unknown;
  /** Definition path prefix → CASE path prefix, to name issues where the person will look. */
  readonly paths: readonly (readonly [string, string])[];
}

/** A definition built from the CASE fields alone (a rubric another tool published). */
function fromCaseFields(cf: CaseRubric, lang: string): Built | ValidationIssue[] {
  const criteria = byPosition(cf.CFRubricCriteria ?? []).map((c) => ({ c, index: (cf.CFRubricCriteria ?? []).indexOf(c) }));
  if (criteria.length === 0) return [{ path: 'CFRubricCriteria', message: 'a rubric needs at least one criterion' }];
  if (cf.title === undefined || !cf.title.trim()) return [{ path: 'title', message: 'expected text: a rubric needs a title to be shown' }];
  // Criteria with no levels at all are a checklist (what `caseRubricFromDefinition` makes of one).
  if (criteria.every(({ c }) => (c.CFRubricCriterionLevels ?? []).length === 0)) return checklistFromCaseFields(cf, criteria, lang);
  const ordered = (levels: readonly CaseRubricCriterionLevel[]) =>
    levels.every((l) => l.score !== undefined) ? [...levels].sort((a, b) => a.score! - b.score!) : byPosition(levels);
  const first = ordered(criteria[0]!.c.CFRubricCriterionLevels ?? []);
  if (first.length < 2)
    return [{ path: `CFRubricCriteria[${criteria[0]!.index}].CFRubricCriterionLevels`, message: 'a criterion needs at least two levels' }];
  const qualityOf = (l: CaseRubricCriterionLevel, i: number) => l.quality ?? `Level ${i + 1}`;
  const qualities = first.map(qualityOf);
  const issues: ValidationIssue[] = [];
  for (const { c, index } of criteria) {
    const mine = ordered(c.CFRubricCriterionLevels ?? []).map(qualityOf);
    if (mine.join('\n') !== qualities.join('\n')) {
      issues.push({
        path: `CFRubricCriteria[${index}].CFRubricCriterionLevels`,
        message: `every criterion needs the same levels as the first (${qualities.join(', ')}) to share one scale; this one has ${mine.join(', ') || 'none'}`,
      });
    }
  }
  if (issues.length > 0) return issues;
  const levelId = idMaker('level');
  const sectionId = idMaker('section');
  const scored = first.every((l) => l.score !== undefined);
  const levels = first.map((l, i) => ({
    id: levelId(qualities[i]!, i),
    label: qualities[i]!,
    position: i + 1,
    ...(scored ? { points: l.score! } : {}),
  }));
  const allDescribed = criteria.every(({ c }) =>
    (c.CFRubricCriterionLevels ?? []).every((l) => l.description !== undefined && l.description !== ''),
  );
  const sections: { id: string; title: string; items: unknown[] }[] = [];
  const paths: [string, string][] = [
    ['title', 'title'],
    ['description', 'description'],
  ];
  levels.forEach((_, i) =>
    paths.push([
      `scale.levels[${i}]`,
      `CFRubricCriteria[${criteria[0]!.index}].CFRubricCriterionLevels[${(criteria[0]!.c.CFRubricCriterionLevels ?? []).indexOf(first[i]!)}]`,
    ]),
  );
  for (const { c, index } of criteria) {
    const section = sectionOf(sections, c, index, cf, paths, sectionId);
    const descriptors: Record<string, string> = {};
    const feedback: Record<string, string> = {};
    const itemAt = `sections[${sections.length - 1}].items[${section.items.length}]`;
    ordered(c.CFRubricCriterionLevels ?? []).forEach((l, i) => {
      if (l.description) descriptors[levels[i]!.id] = l.description;
      if (l.feedback) feedback[levels[i]!.id] = l.feedback;
      const k = (c.CFRubricCriterionLevels ?? []).indexOf(l);
      paths.push([
        `${itemAt}.${formatPath(['feedback', levels[i]!.id])}`,
        `CFRubricCriteria[${index}].CFRubricCriterionLevels[${k}].feedback`,
      ]);
    });
    paths.push(...itemPaths(itemAt, index));
    section.items.push({
      ...itemOf(c, index),
      ...(Object.keys(descriptors).length > 0 ? { descriptors } : {}),
      ...(Object.keys(feedback).length > 0 ? { feedback } : {}),
    });
  }
  return {
    definition: { ...definitionHead(cf, lang), layout: allDescribed ? 'descriptor-grid' : 'rating-scale', scale: { levels }, sections },
    paths,
  };
}

type CaseSection = { id: string; title: string; items: unknown[] };

/** The section a criterion goes in: one per `category`, in the order they come (the rubric's title when it has none). */
function sectionOf(
  sections: CaseSection[],
  c: CaseRubricCriterion,
  index: number,
  cf: CaseRubric,
  paths: [string, string][],
  sectionId: ReturnType<typeof idMaker>,
): CaseSection {
  const category = c.category ?? '';
  let section = sections.find((s) => s.title === (category || cf.title));
  if (!section) {
    section = { id: sectionId(category || 'criteria', sections.length), title: category || cf.title!, items: [] };
    sections.push(section);
    paths.push([`sections[${sections.length - 1}].title`, `CFRubricCriteria[${index}].category`]);
  }
  return section;
}

/** What an item keeps of its criterion, whatever the scale. */
const itemOf = (c: CaseRubricCriterion, index: number) => ({
  id: `c-${c.identifier.toLowerCase()}`,
  title: c.description || c.category || `Criterion ${index + 1}`,
  ...(c.weight !== undefined ? { weight: c.weight } : {}),
  ...(c.CFItemURI ? { competency: competencyOf(c.CFItemURI) } : {}),
});

/** Where an item's fields came from in CASE, to name the field of an issue. */
const itemPaths = (itemAt: string, index: number): [string, string][] => [
  [itemAt, `CFRubricCriteria[${index}]`],
  [`${itemAt}.competency`, `CFRubricCriteria[${index}].CFItemURI`],
  [`${itemAt}.weight`, `CFRubricCriteria[${index}].weight`],
];

/** The definition's own fields from the rubric's: id, version (its last change), title, description, language. */
function definitionHead(cf: CaseRubric, lang: string) {
  const changed = new Date(Date.parse(cf.lastChangeDateTime));
  return {
    id: `case-${cf.identifier.toLowerCase()}`,
    version: `${changed.getUTCFullYear()}.${changed.getUTCMonth() + 1}.${changed.getUTCDate()}`,
    title: cf.title,
    ...(cf.description ? { description: cf.description } : {}),
    defaultLanguage: lang,
  };
}

/**
 * A rubric whose criteria have no levels, as a checklist: each criterion an item to tick. That is
 * what a checklist exports as, and what a prompt instrument exports as too (CASE cannot say that
 * an item is answered in words), so a plain export of prompts comes back as a checklist.
 */
function checklistFromCaseFields(cf: CaseRubric, criteria: readonly { c: CaseRubricCriterion; index: number }[], lang: string): Built {
  const sections: CaseSection[] = [];
  const paths: [string, string][] = [
    ['title', 'title'],
    ['description', 'description'],
  ];
  const sectionId = idMaker('section');
  for (const { c, index } of criteria) {
    const section = sectionOf(sections, c, index, cf, paths, sectionId);
    const itemAt = `sections[${sections.length - 1}].items[${section.items.length}]`;
    paths.push(...itemPaths(itemAt, index));
    section.items.push(itemOf(c, index));
  }
  return { definition: { ...definitionHead(cf, lang), layout: 'checklist', scale: { kind: 'checklist' }, sections }, paths };
}

/** Renames a definition issue's path to the CASE field it came from, where one is known. */
function renamePaths(issues: readonly ValidationIssue[], paths: Built['paths']): ValidationIssue[] {
  return issues.map((issue) => {
    const hit = [...paths]
      .sort((a, b) => b[0].length - a[0].length)
      .find(([from]) => issue.path === from || issue.path.startsWith(`${from}.`) || issue.path.startsWith(`${from}[`));
    return hit ? { path: hit[1], message: `${issue.message} (as ${issue.path} of the definition)` } : issue;
  });
}

/** The `CFRubric` itself, or the chosen one of a `CFPackage`'s `CFRubrics`. */
function pickRubric(input: unknown, options: CaseImportOptions): { rubric: unknown } | { issues: ValidationIssue[] } {
  const record = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : undefined;
  const list = record?.['CFRubrics'];
  if (!Array.isArray(list)) return { rubric: input };
  const found = options.identifier
    ? list.findIndex((r) => (r as Record<string, unknown>)?.['identifier'] === options.identifier)
    : list.length === 1
      ? 0
      : -1;
  if (found < 0) {
    const message = options.identifier
      ? `no CFRubric has the identifier "${options.identifier}"`
      : `the package holds ${list.length} rubrics: pass the identifier of one`;
    return { issues: [{ path: 'CFRubrics', message }] };
  }
  return { rubric: list[found] };
}

/**
 * A rubric definition from a CASE 1.1 `CFRubric` (an object or JSON text; a `CFPackage` with its
 * `CFRubrics` works too). Validated against the CASE schema first, then as a definition; every
 * issue names the CASE field (`CFRubricCriteria[2].CFRubricCriterionLevels[0].score`). Never throws.
 */
export function definitionFromCaseRubric(json: unknown, options: CaseImportOptions = {}): ParseResult<Rubric> {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      return { success: false, issues: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const picked = pickRubric(input, options);
  if ('issues' in picked) return { success: false, issues: picked.issues };
  const checked = validate(CaseRubric, picked.rubric);
  if (!checked.success) return checked;
  const cf = checked.data;
  const extension = !Array.isArray(cf.extensions) ? cf.extensions?.[CASE_DEFINITION_EXTENSION] : undefined;
  if (extension !== undefined) {
    const carried = parseDefinition(extension);
    if (!carried.success) {
      const at = `extensions[${JSON.stringify(CASE_DEFINITION_EXTENSION)}]`;
      return {
        success: false,
        issues: carried.issues.map((i) => ({ path: i.path === '(root)' ? at : `${at}.${i.path}`, message: i.message })),
      };
    }
    const lang = options.lang ?? carried.data.defaultLanguage ?? 'en';
    const result = parseDefinition(overlay(carried.data, cf, lang));
    return result.success
      ? result
      : {
          success: false,
          issues: renamePaths(result.issues, [
            ['title', 'title'],
            ['description', 'description'],
          ]),
        };
  }
  const built = fromCaseFields(cf, options.lang ?? 'en');
  if (Array.isArray(built)) return { success: false, issues: built };
  const result = parseDefinition(built.definition);
  return result.success ? result : { success: false, issues: renamePaths(result.issues, built.paths) };
}
