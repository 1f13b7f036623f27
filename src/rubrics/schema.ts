/**
 * The rubric definition and saved-response schemas: the only domain types of the library.
 *
 * Built with `zod/mini`, which has no JIT path and so never probes the Function constructor (strict
 * Content-Security-Policy stays quiet) and weighs about a quarter of classic zod.
 * Every object is strict: unknown keys are errors, so a typo in a hand-edited definition is
 * reported instead of silently ignored.
 *
 * Patterns, choices and whole numbers are checked with `z.refine`/`z.custom` rather than
 * `z.regex`, `z.enum` and `z.int`: each of those pulls in its own zod classes, about 1 KiB gzipped
 * together in the CDN bundles. What they would have told the JSON Schema (`pattern`, `enum`,
 * `integer`) is registered in `jsonSchemaHints`, so `schemas/*.schema.json` stays as precise.
 */
import * as z from 'zod/mini';
import { RESPONSE_TEXT, TIMESTAMP } from './input-limits.js';
import { LAYOUT_KINDS, LAYOUTS, SCALE_KINDS, choosesLevel } from './kinds.js';

/** JSON Schema keywords for checks zod cannot see into (refinements); `json-schema.ts` merges them in. */
export const jsonSchemaHints = z.registry<Record<string, unknown>>();

/** A string check by regular expression, described to JSON Schema as `pattern`. */
const matches = (pattern: RegExp, message: string) => z.refine<string>((v) => pattern.test(v), message);

/** One of a fixed list of strings (an enum), with a message that lists them. */
function oneOf<const T extends string>(values: readonly T[]) {
  const message = `expected one of ${values.join(', ')}`;
  return z
    .custom<T>((v) => typeof v === 'string' && (values as readonly string[]).includes(v), { error: message })
    .register(jsonSchemaHints, { type: 'string', enum: [...values] });
}

/** A whole number from `min` to `max`. */
const wholeNumber = (min: number, max: number, message = 'expected a whole number') =>
  z
    .number({ error: message })
    .check(z.refine(Number.isInteger, message), z.gte(min), z.lte(max))
    .register(jsonSchemaHints, { type: 'integer' });

/** Limits that keep a hostile definition from stalling the page. */
export const LIMITS = {
  idLength: 64,
  shortText: 500,
  longText: 10_000,
  languages: 20,
  levels: 12,
  sections: 50,
  itemsPerSection: 200,
  items: 500,
  fields: 12,
  options: 50,
  suggestions: 100,
  instructions: 30,
  aliases: 5,
  subjects: 100,
} as const;

/** Ids are plain tokens; names that exist on `Object.prototype` are refused so lookups stay safe. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const HTTPS = /^https:\/\//;
const VERSION = /^\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?$/;
const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** An absolute URI (a scheme, a colon, no spaces): `https://…`, `urn:uuid:…`. */
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

export function isSafeKey(key: string): boolean {
  return key !== '__proto__' && !Object.prototype.hasOwnProperty.call(Object.prototype, key);
}

export const Id = z
  .string({ error: 'expected an id' })
  .check(
    z.minLength(1, 'expected an id'),
    z.maxLength(LIMITS.idLength, `an id has at most ${LIMITS.idLength} characters`),
    matches(ID_PATTERN, 'an id starts with a letter or digit and holds only letters, digits, ".", "_" and "-"'),
    z.refine(isSafeKey, 'this id is a reserved JavaScript name'),
  )
  .register(jsonSchemaHints, { pattern: ID_PATTERN.source });

export const LanguageTag = z
  .string({ error: 'expected a language tag' })
  .check(matches(LANG_PATTERN, 'expected a language tag such as "en" or "es-MX"'))
  .register(jsonSchemaHints, { pattern: LANG_PATTERN.source });

const plain = (max: number) => z.string({ error: 'expected text' }).check(z.maxLength(max, `text is longer than ${max} characters`));
const nonEmpty = (max: number) => plain(max).check(z.minLength(1, 'expected text, got an empty string'));

/** Text shown to people: a plain string, or one string per language (`{ "en": "…", "es": "…" }`). */
const localized = (max: number) =>
  z.union(
    [
      nonEmpty(max),
      z
        .record(LanguageTag, nonEmpty(max), { error: 'expected text' })
        .check(z.refine((r) => Object.keys(r).length > 0, 'expected at least one language')),
    ],
    { error: 'expected text' },
  );
export const Text = localized(LIMITS.longText);
export const ShortText = localized(LIMITS.shortText);

/** Marks content rebuilt from a damaged or missing part of the source, and says from what. */
export const Reconstruction = z.strictObject({
  /**
   * Where in the source the fragments came from (document, page or line numbers), for authors: not
   * shown to respondents, and left out of the CDN build. The built-in definitions always give it.
   */
  source: z.optional(nonEmpty(LIMITS.shortText)),
  /** What was rebuilt, in a sentence shown to respondents (so it may be translated). */
  note: Text,
  /** The evidence (fragments, quotations) for authors; not shown, and left out of the CDN build. */
  detail: z.optional(nonEmpty(LIMITS.longText)),
});

export const Source = z.strictObject({
  document: nonEmpty(LIMITS.shortText),
  publisher: nonEmpty(LIMITS.shortText),
  year: wholeNumber(1900, 2200, 'expected a whole year'),
  /** Which edition ("Updated October 2018"): text, so it can be translated; the names above are not. */
  edition: z.optional(ShortText),
  pages: z.optional(nonEmpty(LIMITS.shortText)),
  /** An https: address for the source; rendered only after `safeHttpsUrl()` (src/rubrics/url.ts). */
  url: z.optional(nonEmpty(2000).check(matches(HTTPS, 'expected an https: address')).register(jsonSchemaHints, { pattern: HTTPS.source })),
  adaptedBy: z.optional(nonEmpty(LIMITS.shortText)),
});

/** Who made a translation of a definition; respondents reading it are told (see the README). */
export const Translation = z.strictObject({
  /** Who translated it: a person or an organisation ("collab-rubrics" for the built-ins). */
  translator: nonEmpty(LIMITS.shortText),
  /** True when the source document itself gives the text in this language; false for a translation made later. */
  fromSource: z.boolean({ error: 'expected true or false' }),
  /** Whether someone fluent has checked the translation against the source. */
  reviewed: z.boolean({ error: 'expected true or false' }),
});

export const Level = z.strictObject({
  id: Id,
  label: ShortText,
  /** A compact label for narrow columns and charts ("N/A", "I", "B"…). */
  shortLabel: z.optional(ShortText),
  /** What choosing this level means, shown beside the choice. */
  meaning: z.optional(Text),
  /** Order on the scale; higher is further along. Required unless `notApplicable`; a `nominal` choice has none. */
  position: z.optional(z.number({ error: 'expected a finite number' })),
  /** A level the respondent aims for (the continuum's Cooperative and Partner); `ordered` scales only. */
  target: z.optional(z.boolean({ error: 'expected true or false' })),
  /** A genuine "does not apply" choice: left out of every score and denominator. */
  notApplicable: z.optional(z.boolean({ error: 'expected true or false' })),
  /** Points for choosing this level (what Canvas, Moodle and LTI grade passback read); optional, never invented. */
  points: z.optional(z.number({ error: 'expected a finite number' })),
  reconstructed: z.optional(Reconstruction),
});

export const FieldType = oneOf(['text', 'textarea', 'checkbox', 'date', 'select']);

export const Field = z.strictObject({
  id: Id,
  label: ShortText,
  type: FieldType,
  help: z.optional(Text),
  required: z.optional(z.boolean({ error: 'expected true or false' })),
  maxLength: z.optional(wholeNumber(1, LIMITS.longText)),
  options: z.optional(z.array(z.strictObject({ id: Id, label: ShortText })).check(z.minLength(1), z.maxLength(LIMITS.options))),
  /** Not on the source's form: this library added it (the Date, Team and Role of a paper form that has none). */
  addition: z.optional(z.boolean({ error: 'expected true or false' })),
});

export const Anchors = z.strictObject({
  /** The statement at the bottom of the scale. */
  low: Text,
  /** The statement at the top of the scale. */
  high: Text,
});

export const Alias = z.strictObject({
  /** Another name the source uses for this item. */
  title: Text,
  /** Where that name is used ("summary grid"). */
  context: ShortText,
});

/**
 * The competency an item assesses, as a reference to a 1EdTech CASE `CFItem` (a CASE LinkURI: its
 * title, identifier and uri). Carried for CASE export and import (docs/interop.md); not shown to
 * respondents, and its `uri` is never rendered as a link.
 */
export const CompetencyLink = z.strictObject({
  /** The competency's name, as its framework gives it (not translated). */
  title: nonEmpty(LIMITS.shortText),
  /** The `CFItem`'s identifier. */
  identifier: nonEmpty(36)
    .check(matches(UUID_PATTERN, 'expected a UUID such as "6f1c2c1e-1111-4111-8111-000000000001"'))
    .register(jsonSchemaHints, { pattern: UUID_PATTERN.source }),
  /** Where the `CFItem` is published. */
  uri: nonEmpty(2000)
    .check(matches(ABSOLUTE_URI, 'expected an absolute URI such as "https://…" or "urn:uuid:…"'))
    .register(jsonSchemaHints, { pattern: ABSOLUTE_URI.source }),
});

export const Item = z.strictObject({
  id: Id,
  /** Short reference the source prints ("A", "1"). */
  code: z.optional(nonEmpty(16)),
  title: Text,
  aliases: z.optional(z.array(Alias).check(z.maxLength(LIMITS.aliases))),
  description: z.optional(Text),
  /** One descriptor per level id (the Coherence grid). */
  descriptors: z.optional(z.record(Id, Text)),
  /** A low and a high anchor statement (the team assessment); overrides `scale.anchors`. */
  anchors: z.optional(Anchors),
  /** Multiplies this item's level points in the weighted total; 1 when absent. */
  weight: z.optional(z.number({ error: 'expected a finite number' }).check(z.gte(0, 'expected a weight of 0 or more'))),
  /** The competency this item assesses (CASE: the criterion's `CFItemURI`). */
  competency: z.optional(CompetencyLink),
  /**
   * Feedback per level id for someone rated at that level on this item (CASE: a criterion level's
   * `feedback`). Kept with the definition for CASE; the respondent elements do not show it.
   */
  feedback: z.optional(z.record(Id, Text)),
  /** Guiding questions shown under the title (a prompt's "How often does the SLT meet? …"). */
  questions: z.optional(z.array(Text).check(z.maxLength(LIMITS.instructions))),
  reconstructed: z.optional(Reconstruction),
});

export const Section = z.strictObject({
  id: Id,
  code: z.optional(nonEmpty(16)),
  title: ShortText,
  description: z.optional(Text),
  items: z
    .array(Item)
    .check(
      z.minLength(1, 'a section needs at least one item'),
      z.maxLength(LIMITS.itemsPerSection, `a section holds at most ${LIMITS.itemsPerSection} items`),
    ),
});

export const Layout = oneOf(LAYOUTS);
export const ScaleKind = oneOf(SCALE_KINDS);

/** What an answer is and how it is scored: see `ScaleKind` in kinds.ts and docs/scale-kinds.md. */
export const Scale = z.strictObject({
  /** `ordered` (the default), `ideal-point`, `nominal`, `checklist` or `prompt`. */
  kind: z.optional(ScaleKind),
  label: z.optional(ShortText),
  /** The choices, lowest first (`nominal`: in the source's order). Required for ordered, ideal-point and nominal; none for checklist and prompt. */
  levels: z.optional(
    z
      .array(Level)
      .check(
        z.minLength(2, 'a scale needs at least two levels'),
        z.maxLength(LIMITS.levels, `a scale has at most ${LIMITS.levels} levels`),
      ),
  ),
  /** Labels at the two ends of every item's scale (the Norms Inventory's Low … High); an item's own `anchors` win. */
  anchors: z.optional(Anchors),
  /** `ideal-point`: the level id a team aims for unless it sets its own target in the report. */
  ideal: z.optional(Id),
  /** `checklist`: the most items one respondent may tick ("choose up to N"). */
  maxChecked: z.optional(wholeNumber(1, LIMITS.items)),
  /** `checklist`: a tick records that all partners agree with the statement. */
  agreement: z.optional(z.boolean({ error: 'expected true or false' })),
  /** `prompt`: the longest answer, in characters (default 10 000). */
  maxLength: z.optional(wholeNumber(1, LIMITS.longText)),
});

/** Things the respondent adds and rates one by one (the continuum's potential partners). */
export const Subjects = z.strictObject({
  label: ShortText,
  pluralLabel: z.optional(ShortText),
  /** Offered as quick picks; the respondent may type any other name. */
  suggestions: z.optional(z.array(ShortText).check(z.maxLength(LIMITS.suggestions))),
  /** Extra fields per subject ("How to strengthen"). */
  fields: z.optional(z.array(Field).check(z.maxLength(LIMITS.fields))),
  max: z.optional(wholeNumber(1, LIMITS.subjects)),
});

const Version = nonEmpty(32)
  .check(matches(VERSION, 'expected a version such as "1.0.0"'))
  .register(jsonSchemaHints, { pattern: VERSION.source });

/** What changed in one version, for people whose saved answers were given to an older one. */
export const VersionChange = z.strictObject({
  version: Version,
  /** Shown with a draft saved under an older version ("The levels changed: …"). */
  note: Text,
});

const RubricShape = z.strictObject({
  /** Lets editors find `rubric.schema.json`; ignored otherwise. */
  $schema: z.optional(plain(2000)),
  id: Id,
  /** Version of this definition. Saved responses record it. */
  version: Version,
  /** What changed in each version, oldest first (written by `<cr-rubric-editor>` when levels change or items go). */
  changes: z.optional(z.array(VersionChange).check(z.maxLength(LIMITS.instructions))),
  title: ShortText,
  description: z.optional(Text),
  /** Instructions written for the screen. */
  instructions: z.optional(z.array(Text).check(z.maxLength(LIMITS.instructions))),
  /** The source's own instructions, word for word ("Circle the number…"): printed instead of `instructions`. */
  originalInstructions: z.optional(z.array(Text).check(z.maxLength(LIMITS.instructions))),
  /** The description or instructions were rebuilt from a damaged source (supplied words in [square brackets]). */
  reconstructed: z.optional(Reconstruction),
  source: z.optional(Source),
  defaultLanguage: z.optional(LanguageTag),
  languages: z.optional(z.array(LanguageTag).check(z.minLength(1), z.maxLength(LIMITS.languages))),
  /** Who made each translation (by language); a translation not from the source is shown as such. */
  translations: z.optional(z.record(LanguageTag, Translation)),
  layout: Layout,
  /** What every item is answered with (see `Scale`). */
  scale: Scale,
  sections: z
    .array(Section)
    .check(
      z.minLength(1, 'a rubric needs at least one section'),
      z.maxLength(LIMITS.sections, `a rubric has at most ${LIMITS.sections} sections`),
    ),
  /** Fields every item carries besides its rating (Coherence: Opportunity, a note). */
  itemFields: z.optional(z.array(Field).check(z.maxLength(LIMITS.fields))),
  /** Fields of the whole response (date, school, team, role). */
  responseFields: z.optional(z.array(Field).check(z.maxLength(LIMITS.fields))),
  subjects: z.optional(Subjects),
  /** Editorial notes on the transcription, shown to authors, not respondents. */
  notes: z.optional(z.array(Text).check(z.maxLength(LIMITS.instructions))),
});

type RubricInput = z.output<typeof RubricShape>;

function checkUnique(
  ctx: { addIssue: (issue: { code: 'custom'; message: string; path: PropertyKey[] }) => void },
  entries: { id: string; path: PropertyKey[] }[],
  what: string,
): void {
  const seen = new Map<string, PropertyKey[]>();
  for (const { id, path } of entries) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} id "${id}"`, path });
    else seen.set(id, path);
  }
}

/** Points on every level that can be chosen and rated, or on none; weights only with points. */
function checkPoints(rubric: RubricInput, ctx: z.core.$RefinementCtx<RubricInput>): void {
  const levels = rubric.scale.levels ?? [];
  const rated = levels.filter((l) => !l.notApplicable);
  if (rated.some((l) => l.points !== undefined)) {
    levels.forEach((l, i) => {
      if (!l.notApplicable && l.points === undefined)
        ctx.addIssue({ code: 'custom', message: 'expected points, as the other levels have', path: ['scale', 'levels', i, 'points'] });
    });
    return;
  }
  rubric.sections.forEach((s, si) =>
    s.items.forEach((item, ii) => {
      if (item.weight !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: 'a weight multiplies points: give the levels points first',
          path: ['sections', si, 'items', ii, 'weight'],
        });
    }),
  );
}

type Ctx = z.core.$RefinementCtx<RubricInput>;
const issue = (ctx: Ctx, path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', message, path });

/** What each scale kind needs and refuses: levels, their positions, and the options of other kinds. */
function checkScale(rubric: RubricInput, ctx: Ctx): void {
  const scale = rubric.scale;
  const kind = scale.kind ?? 'ordered';
  const levels = scale.levels ?? [];
  const at = (...rest: PropertyKey[]) => ['scale', ...rest];
  const allowed = LAYOUT_KINDS[rubric.layout];
  if (!allowed.includes(kind)) {
    issue(ctx, ['layout'], `layout "${rubric.layout}" does not show a "${kind}" scale (it shows: ${allowed.join(', ')})`);
  }
  const only = (key: 'ideal' | 'maxChecked' | 'agreement' | 'maxLength', owner: string) => {
    if (scale[key] !== undefined && kind !== owner) issue(ctx, at(key), `only a "${owner}" scale has "${key}"`);
  };
  only('ideal', 'ideal-point');
  only('maxChecked', 'checklist');
  only('agreement', 'checklist');
  only('maxLength', 'prompt');
  if (!choosesLevel(kind)) {
    if (scale.levels)
      issue(
        ctx,
        at('levels'),
        `a "${kind}" scale has no levels: ${kind === 'checklist' ? 'each item is ticked or not' : 'each item is answered in words'}`,
      );
    return;
  }
  if (!scale.levels) {
    issue(ctx, at('levels'), `a "${kind}" scale needs levels`);
    return;
  }
  checkUnique(
    ctx,
    levels.map((l, i) => ({ id: l.id, path: at('levels', i, 'id') })),
    'level',
  );
  let previous = -Infinity;
  let rated = 0;
  levels.forEach((level, i) => {
    if (level.target && kind !== 'ordered') {
      issue(
        ctx,
        at('levels', i, 'target'),
        kind === 'nominal' ? 'a nominal choice is not a target' : 'an ideal-point scale names its target with "scale.ideal"',
      );
    }
    if (level.notApplicable) return;
    rated++;
    if (kind === 'nominal') {
      if (level.position !== undefined) issue(ctx, at('levels', i, 'position'), 'nominal choices have no order: remove "position"');
      return;
    }
    if (level.position === undefined) {
      issue(ctx, at('levels', i, 'position'), 'expected a position (only a not-applicable level may omit it)');
      return;
    }
    if (level.position <= previous) issue(ctx, at('levels', i, 'position'), 'levels are listed lowest first: positions must increase');
    previous = level.position;
  });
  if (rated < 2) issue(ctx, at('levels'), 'a scale needs at least two levels that are not "not applicable"');
  if (scale.ideal !== undefined && !levels.some((l) => l.id === scale.ideal && !l.notApplicable)) {
    issue(ctx, at('ideal'), `no level that can be rated has the id "${scale.ideal}"`);
  }
}

/** Rules that span fields: unique ids, a consistent scale, descriptors and anchors per layout. */
function checkRubric(rubric: RubricInput, ctx: Ctx): void {
  checkPoints(rubric, ctx);
  const levels = rubric.scale.levels ?? [];
  const levelIds = new Set(levels.map((l) => l.id));
  checkScale(rubric, ctx);
  checkUnique(
    ctx,
    rubric.sections.map((s, i) => ({ id: s.id, path: ['sections', i, 'id'] })),
    'section',
  );
  checkUnique(
    ctx,
    rubric.sections.flatMap((s, si) => s.items.map((item, ii) => ({ id: item.id, path: ['sections', si, 'items', ii, 'id'] }))),
    'item',
  );
  for (const key of ['itemFields', 'responseFields'] as const) {
    checkUnique(
      ctx,
      (rubric[key] ?? []).map((f, i) => ({ id: f.id, path: [key, i, 'id'] })),
      'field',
    );
  }
  checkUnique(
    ctx,
    (rubric.subjects?.fields ?? []).map((f, i) => ({ id: f.id, path: ['subjects', 'fields', i, 'id'] })),
    'field',
  );

  const itemCount = rubric.sections.reduce((n, s) => n + s.items.length, 0);
  if (itemCount > LIMITS.items) issue(ctx, ['sections'], `a rubric has at most ${LIMITS.items} items`);

  const gridLevels = levels.filter((l) => !l.notApplicable);
  rubric.sections.forEach((section, si) =>
    section.items.forEach((item, ii) => {
      const at = ['sections', si, 'items', ii];
      for (const key of ['descriptors', 'feedback'] as const) {
        for (const id of Object.keys(item[key] ?? {})) if (!levelIds.has(id)) issue(ctx, [...at, key, id], `no level has the id "${id}"`);
      }
      if (rubric.layout === 'descriptor-grid') {
        for (const level of gridLevels) {
          if (!item.descriptors || !Object.hasOwn(item.descriptors, level.id))
            issue(ctx, [...at, 'descriptors', level.id], 'expected text');
        }
      }
      if (rubric.layout === 'bipolar-scale' && !item.anchors && !rubric.scale.anchors) {
        issue(ctx, [...at, 'anchors'], 'a bipolar scale needs low and high anchors (on the item or as "scale.anchors")');
      }
    }),
  );
  if (rubric.layout === 'continuum' && !rubric.subjects) {
    issue(ctx, ['subjects'], 'a continuum rates subjects the respondent adds: expected "subjects"');
  }
  for (const [key, fields] of [
    ['itemFields', rubric.itemFields],
    ['responseFields', rubric.responseFields],
  ] as const) {
    fields?.forEach((field, i) => {
      if (field.type === 'select' && !field.options) issue(ctx, [key, i, 'options'], 'a select field needs options');
    });
  }
}

export const RubricSchema = RubricShape.check(z.superRefine(checkRubric));

/** A validated rubric definition. */
export type Rubric = z.output<typeof RubricShape>;
export type Level = z.output<typeof Level>;
export type Section = z.output<typeof Section>;
export type Item = z.output<typeof Item>;
export type Field = z.output<typeof Field>;
export type CompetencyLink = z.output<typeof CompetencyLink>;
export type Layout = z.output<typeof Layout>;
export type Text = z.output<typeof Text>;
export type Subjects = z.output<typeof Subjects>;
export type Translation = z.output<typeof Translation>;
export type VersionChange = z.output<typeof VersionChange>;
export type Scale = z.output<typeof Scale>;
export type ScaleKind = z.output<typeof ScaleKind>;

// ---------------------------------------------------------------------------------------------
// Saved responses

const FieldValue = z.union([plain(LIMITS.longText), z.boolean()], { error: 'expected text or true/false' });
const FieldValues = z.record(Id, FieldValue);
const Timestamp = plain(40)
  .check(matches(TIMESTAMP, 'expected an ISO date or date-time'))
  .register(jsonSchemaHints, { pattern: TIMESTAMP.source });

export const Answer = z.strictObject({
  /** The chosen level id (ordered, ideal-point and nominal scales); `null` or absent means not rated yet. */
  level: z.optional(z.nullable(Id)),
  /** A checklist item: ticked (`true`) or not. */
  checked: z.optional(z.boolean({ error: 'expected true or false' })),
  /** A prompt's written answer. */
  text: z.optional(plain(LIMITS.longText)),
  /** Values of the definition's `itemFields`. */
  fields: z.optional(FieldValues),
  updatedAt: z.optional(Timestamp),
});

export const RatedSubject = z.strictObject({
  id: Id,
  name: plain(LIMITS.shortText),
  answers: z.record(Id, Answer),
  fields: z.optional(FieldValues),
});

export const ResponseSchema = z.strictObject({
  $schema: z.optional(plain(2000)),
  /** The definition this answers, by id and version. */
  rubricId: Id,
  rubricVersion: nonEmpty(32),
  /** Identifies one response, so duplicates can be told apart when a team merges files. */
  id: z.optional(nonEmpty(100)),
  respondent: z.optional(plain(LIMITS.shortText)),
  /** The cycle or round this belongs to ("2026 fall"). */
  cycle: z.optional(plain(RESPONSE_TEXT.cycle)),
  lang: z.optional(LanguageTag),
  createdAt: z.optional(Timestamp),
  updatedAt: z.optional(Timestamp),
  /** Values of the definition's `responseFields` (date, school, team, role). */
  fields: z.optional(FieldValues),
  /** Answers by item id. Answers to items the definition no longer has are kept, never dropped. */
  answers: z.record(Id, Answer),
  /** Subjects the respondent added and rated (continuum), each with its own answers. */
  subjects: z.optional(z.array(RatedSubject).check(z.maxLength(LIMITS.subjects))),
});

export type Answer = z.output<typeof Answer>;
export type RatedSubject = z.output<typeof RatedSubject>;
export type RubricResponse = z.output<typeof ResponseSchema>;
export type FieldValue = z.output<typeof FieldValue>;
