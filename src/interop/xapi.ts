/**
 * Responses as xAPI 1.0.3 statements and back: one `answered` statement per rated item, one
 * `completed` statement per complete response. Pure (no DOM, no I/O): the elements send what this
 * returns, the report reads a Learning Record Store's answer through `responsesFromStatements`.
 * Statement ids are derived from the response id, the item and the time of the edit, so sending the
 * same edit twice gives the same statement, which an LRS stores once.
 */
import { isSafeKey, LIMITS, type Answer, type FieldValue, type RatedSubject, type Rubric, type RubricResponse, type Text } from '../rubrics/schema.js';
import { parseResponse, type ValidationIssue } from '../rubrics/parse.js';
import { scorePoints } from '../scoring/points.js';
import { scoreResponse } from '../scoring/score-response.js';
import { isUuid, uuidV5 } from './uuid.js';
import {
  ACTIVITY_TYPES,
  EXTENSIONS,
  VERBS,
  type LanguageMap,
  type XapiActivity,
  type XapiAgent,
  type XapiContext,
  type XapiGroup,
  type XapiStatement,
} from './xapi-types.js';

/** Where activity ids start unless the host says otherwise. */
export const DEFAULT_ACTIVITY_BASE = 'https://w3id.org/collab-rubrics/rubrics/';

export interface XapiOptions {
  /** Who answered, as the host knows them: exactly one of `mbox`, `mbox_sha1sum`, `openid`, `account`. Never guessed. */
  readonly actor: XapiAgent;
  /** IRI prefix of the rubric and item activities (default `DEFAULT_ACTIVITY_BASE`); the district's own if it has one. */
  readonly activityBase?: string;
  /** The cycle's registration: a UUID as is, any other text (a cycle name) turned into one by `registrationFor`. Default: the response's `cycle`. */
  readonly registration?: string;
  /** The team, as an identified Group. */
  readonly team?: XapiGroup;
  /** Language of the statements' names (default: the response's, the rubric's default, then `en`). */
  readonly lang?: string;
  /** `context.platform`, such as the LMS's name. */
  readonly platform?: string;
}

const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

function ifiCount(agent: object): number {
  return IFIS.filter((k) => (agent as Record<string, unknown>)[k] !== undefined).length;
}

/** Throws a `TypeError` that names the option, for a host's programming mistakes. */
function checkIdentified(agent: unknown, what: string, type: 'Agent' | 'Group'): void {
  if (agent === null || typeof agent !== 'object') throw new TypeError(`${what}: expected an xAPI ${type}`);
  const a = agent as Record<string, unknown>;
  if (type === 'Group' && a['objectType'] !== 'Group') throw new TypeError(`${what}.objectType: expected "Group"`);
  if (ifiCount(a) !== 1) throw new TypeError(`${what}: expected exactly one of mbox, mbox_sha1sum, openid or account`);
  if (a['mbox'] !== undefined && !(typeof a['mbox'] === 'string' && /^mailto:[^@\s]+@[^@\s]+$/.test(a['mbox']))) {
    throw new TypeError(`${what}.mbox: expected "mailto:" and an email address`);
  }
  if (a['mbox_sha1sum'] !== undefined && !(typeof a['mbox_sha1sum'] === 'string' && /^[0-9a-f]{40}$/i.test(a['mbox_sha1sum']))) {
    throw new TypeError(`${what}.mbox_sha1sum: expected 40 hexadecimal digits`);
  }
  const account = a['account'] as Record<string, unknown> | undefined;
  if (account !== undefined && !(account && typeof account['homePage'] === 'string' && typeof account['name'] === 'string' && account['name'])) {
    throw new TypeError(`${what}.account: expected { homePage, name }`);
  }
}

/** The registration (a UUID) of a cycle: a UUID stays as it is, a name such as "2026 fall" always gives the same one. */
export function registrationFor(cycle: string): string {
  return isUuid(cycle) ? cycle.toLowerCase() : uuidV5(`registration\n${cycle}`);
}

/** The activity id of a rubric. */
export function rubricActivityId(rubric: Pick<Rubric, 'id'>, activityBase: string = DEFAULT_ACTIVITY_BASE): string {
  return `${activityBase}${encodeURIComponent(rubric.id)}`;
}

function itemActivityId(rubricIri: string, itemId: string): string {
  return `${rubricIri}/items/${encodeURIComponent(itemId)}`;
}

/** A text as an xAPI language map. */
function languageMap(text: Text | undefined, lang: string): LanguageMap | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? { [lang]: text } : { ...text };
}

/** An ISO 8601 timestamp with a zone, as xAPI requires (a bare date becomes midnight UTC). */
function xapiTimestamp(stamp: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(stamp)) return `${stamp}T00:00:00Z`;
  return /(?:Z|[+-]\d{2}:?\d{2})$/.test(stamp) ? stamp : `${stamp}Z`;
}

/** A string identifying an agent or group by its inverse functional identifier. */
export function actorKey(actor: unknown): string | undefined {
  if (actor === null || typeof actor !== 'object') return undefined;
  const a = actor as Record<string, unknown>;
  if (typeof a['mbox'] === 'string') return `mbox:${a['mbox'].toLowerCase()}`;
  if (typeof a['mbox_sha1sum'] === 'string') return `sha1:${a['mbox_sha1sum'].toLowerCase()}`;
  if (typeof a['openid'] === 'string') return `openid:${a['openid']}`;
  const account = a['account'] as Record<string, unknown> | undefined;
  if (account && typeof account['homePage'] === 'string' && typeof account['name'] === 'string') return `account:${account['homePage']}|${account['name']}`;
  return undefined;
}

interface Activities {
  readonly rubric: XapiActivity;
  readonly items: ReadonlyMap<string, XapiActivity>;
  readonly levels: ReadonlySet<string>;
}

const activityCache = new WeakMap<Rubric, Map<string, Activities>>();

/** The rubric's and each item's activity, built once per rubric, base and language and shared (frozen) by every statement. */
function activities(rubric: Rubric, base: string, lang: string): Activities {
  let byKey = activityCache.get(rubric);
  if (!byKey) activityCache.set(rubric, (byKey = new Map()));
  const key = `${base}\n${lang}`;
  const known = byKey.get(key);
  if (known) return known;
  const rubricIri = rubricActivityId(rubric, base);
  const components = rubric.scale.levels.map((l) => Object.freeze({ id: l.id, description: languageMap(l.label, lang)! }));
  const interactionType = rubric.layout === 'checklist' ? 'choice' : 'likert';
  const items = new Map<string, XapiActivity>();
  for (const section of rubric.sections) {
    for (const item of section.items) {
      const description = languageMap(item.description, lang);
      items.set(
        item.id,
        Object.freeze({
          objectType: 'Activity' as const,
          id: itemActivityId(rubricIri, item.id),
          definition: Object.freeze({
            name: languageMap(item.title, lang)!,
            ...(description ? { description } : {}),
            type: ACTIVITY_TYPES.interaction,
            interactionType,
            [interactionType === 'choice' ? 'choices' : 'scale']: components,
          }),
        }),
      );
    }
  }
  const rubricDescription = languageMap(rubric.description, lang);
  const result: Activities = {
    rubric: Object.freeze({
      objectType: 'Activity' as const,
      id: rubricIri,
      definition: Object.freeze({
        name: languageMap(rubric.title, lang)!,
        ...(rubricDescription ? { description: rubricDescription } : {}),
        type: ACTIVITY_TYPES.assessment,
      }),
    }),
    items,
    levels: new Set(rubric.scale.levels.map((l) => l.id)),
  };
  byKey.set(key, result);
  return result;
}

const ANSWERED = Object.freeze({ id: VERBS.answered, display: Object.freeze({ 'en-US': 'answered' }) });
const COMPLETED = Object.freeze({ id: VERBS.completed, display: Object.freeze({ 'en-US': 'completed' }) });

/**
 * The statements of one response: an `answered` statement per rated item (per subject and item on
 * the continuum) and, when every item is answered, one `completed` statement with the counts and,
 * where the definition gives points, the weighted points as `result.score`. Throws a `TypeError` naming the
 * option when the actor or team is not an identified xAPI agent or group.
 */
export function xapiStatements(rubric: Rubric, response: RubricResponse, options: XapiOptions): XapiStatement[] {
  checkIdentified(options?.actor, 'options.actor', 'Agent');
  if (options.team !== undefined) checkIdentified(options.team, 'options.team', 'Group');
  const lang = options.lang ?? response.lang ?? rubric.defaultLanguage ?? 'en';
  const base = options.activityBase ?? DEFAULT_ACTIVITY_BASE;
  const { rubric: rubricActivity, items, levels } = activities(rubric, base, lang);
  const actor: XapiAgent = { objectType: 'Agent', ...options.actor };
  const cycle = options.registration ?? response.cycle;
  const registration = cycle ? registrationFor(cycle) : undefined;
  const responseId = response.id ?? uuidV5(`${rubric.id}\n${actorKey(actor)}\n${response.createdAt ?? ''}`);
  const context: XapiContext = {
    ...(registration ? { registration } : {}),
    contextActivities: { parent: [rubricActivity] },
    ...(options.team ? { team: options.team } : {}),
    language: lang,
    ...(options.platform ? { platform: options.platform } : {}),
    extensions: {
      [EXTENSIONS.response]: {
        id: responseId,
        rubricVersion: response.rubricVersion,
        ...(response.cycle ? { cycle: response.cycle } : {}),
        ...(response.fields ? { fields: response.fields } : {}),
      },
    },
  };
  const statements: XapiStatement[] = [];
  const fallbackTime = response.updatedAt ?? response.createdAt ?? '';
  const add = (answers: Record<string, Answer>, subject?: RatedSubject) => {
    const subjectInfo = subject && { id: subject.id, name: subject.name, ...(subject.fields ? { fields: subject.fields } : {}) };
    for (const itemId of Object.keys(answers)) {
      const answer = answers[itemId]!;
      const object = items.get(itemId);
      // Answers to items or levels this version no longer has stay in the response, unsent.
      if (!object || typeof answer.level !== 'string' || !levels.has(answer.level)) continue;
      const time = answer.updatedAt ?? fallbackTime;
      let extensions: Record<string, unknown> | undefined;
      if (answer.fields && Object.keys(answer.fields).length > 0) (extensions ??= {})[EXTENSIONS.fields] = answer.fields;
      if (subjectInfo) (extensions ??= {})[EXTENSIONS.subject] = subjectInfo;
      const result: XapiStatement['result'] = extensions ? { response: answer.level, extensions } : { response: answer.level };
      const statement: XapiStatement = {
        id: uuidV5(`${responseId}\n${registration ?? ''}\n${subject?.id ?? ''}\n${itemId}\n${time}`),
        actor,
        verb: ANSWERED,
        object,
        result,
        context,
      };
      if (time) statement.timestamp = xapiTimestamp(time);
      statements.push(statement);
    }
  };
  if (rubric.subjects) for (const subject of response.subjects ?? []) add(subject.answers, subject);
  else add(response.answers);

  const score = scoreResponse(rubric, response);
  if (score.complete) {
    const { answered, rated, notApplicable, total } = score.overall;
    // Points only where the definition gives them (scoring/points.ts): never invented for a self-assessment.
    const points = scorePoints(rubric, response);
    statements.push({
      id: uuidV5(`${responseId}\n${registration ?? ''}\ncompleted\n${fallbackTime}`),
      actor,
      verb: COMPLETED,
      object: rubricActivity,
      result: {
        completion: true,
        ...(points && points.weightedMax > 0
          ? { score: { raw: points.weighted, min: 0, max: points.weightedMax, scaled: Math.round((points.weighted / points.weightedMax) * 1e4) / 1e4 } }
          : {}),
        extensions: { [EXTENSIONS.counts]: { answered, rated, notApplicable, total } },
      },
      context,
      ...(fallbackTime ? { timestamp: xapiTimestamp(fallbackTime) } : {}),
    });
  }
  return statements;
}

// ---------------------------------------------------------------------------------------------
// Reading back

/** A statement that did not become (part of) a response, and why. */
export interface IgnoredStatement {
  readonly statementId: string;
  readonly reason: string;
}

export interface StatementsReading {
  /** One response per person (actor) and registration: the latest answer per item wins. */
  readonly responses: RubricResponse[];
  /** Statements that carried something this rubric cannot use (an unknown level, a broken field), each with its reason. */
  readonly ignored: IgnoredStatement[];
  /** Statements voided at the LRS (and so left out). */
  readonly voided: number;
}

export interface ReadOptions {
  /** The IRI prefix the statements were sent with (default `DEFAULT_ACTIVITY_BASE`). */
  readonly activityBase?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const isId = (v: unknown): boolean => typeof v === 'string' && v.length <= LIMITS.idLength && ID.test(v) && isSafeKey(v);

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Field values another tool wrote: what fits the response schema is kept, the rest named in `problems`. */
function readFields(value: unknown, problems: string[], where: string): Record<string, FieldValue> | undefined {
  const record = asRecord(value);
  if (!record) {
    if (value !== undefined) problems.push(`${where}: expected an object of fields`);
    return undefined;
  }
  const out: Record<string, FieldValue> = {};
  for (const [key, v] of Object.entries(record)) {
    if (!isId(key)) problems.push(`${where}: the field id "${key.slice(0, 80)}" is not allowed`);
    else if (typeof v === 'boolean' || (typeof v === 'string' && v.length <= LIMITS.longText)) out[key] = v;
    else problems.push(`${where}.${key}: expected text (up to ${LIMITS.longText} characters) or true/false`);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function respondentName(actor: Record<string, unknown>): string {
  const name = actor['name'];
  if (typeof name === 'string' && name) return name.slice(0, LIMITS.shortText);
  const account = asRecord(actor['account']);
  if (account && typeof account['name'] === 'string') return account['name'].slice(0, LIMITS.shortText);
  if (typeof actor['mbox'] === 'string') return actor['mbox'].replace(/^mailto:/, '').slice(0, LIMITS.shortText);
  if (typeof actor['mbox_sha1sum'] === 'string') return `sha1 ${actor['mbox_sha1sum'].slice(0, 8)}`;
  return typeof actor['openid'] === 'string' ? actor['openid'].slice(0, LIMITS.shortText) : '';
}

interface Latest {
  time: string;
  stored: string;
  id: string;
}

/** True when `a` is a later answer than `b`: its timestamp, then the LRS's `stored`, then the id decide. */
function later(a: Latest, b: Latest): boolean {
  if (a.time !== b.time) return a.time > b.time;
  if (a.stored !== b.stored) return a.stored > b.stored;
  return a.id > b.id;
}

interface Draft extends Latest {
  readonly actor: Record<string, unknown>;
  registration: string;
  responseId?: string;
  rubricVersion?: string;
  cycle?: string;
  fields?: Record<string, FieldValue>;
  created: string;
  answers: Map<string, { answer: Answer; at: Latest }>;
  subjects: Map<string, { name: string; fields?: Record<string, FieldValue>; at: Latest; answers: Map<string, { answer: Answer; at: Latest }> }>;
}

/** Normalised time for ordering (ISO strings compare as text once in UTC). */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function timeOf(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (CANONICAL.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
}

/**
 * Responses to `rubric` from statements (those `xapiStatements` writes, or another tool's that use
 * the same activities): per person and registration, the latest answer per item wins; voided
 * statements and voiding statements are left out. Nothing is dropped silently: a statement whose
 * level is not on the scale, or whose fields do not fit, is listed in `ignored` with the reason.
 */
export function responsesFromStatements(rubric: Rubric, statements: Iterable<unknown>, options: ReadOptions = {}): StatementsReading {
  const rubricIri = rubricActivityId(rubric, options.activityBase ?? DEFAULT_ACTIVITY_BASE);
  const itemPrefix = `${rubricIri}/items/`;
  const levelIds = new Set(rubric.scale.levels.map((l) => l.id));
  const list = Array.from(statements);
  const voidedIds = new Set<string>();
  for (const s of list) {
    const st = asRecord(s);
    const object = asRecord(st?.['object']);
    if (asRecord(st?.['verb'])?.['id'] === VERBS.voided && object?.['objectType'] === 'StatementRef' && typeof object['id'] === 'string') {
      voidedIds.add(object['id'].toLowerCase());
    }
  }
  const ignored: IgnoredStatement[] = [];
  const drafts = new Map<string, Draft>();
  let voided = 0;
  for (const s of list) {
    const st = asRecord(s);
    if (!st) continue;
    const statementId = typeof st['id'] === 'string' ? st['id'] : '';
    const verb = asRecord(st['verb'])?.['id'];
    if (verb === VERBS.voided) continue;
    if (voidedIds.size > 0 && voidedIds.has(statementId.toLowerCase())) {
      voided++;
      continue;
    }
    const objectId = asRecord(st['object'])?.['id'];
    if (typeof objectId !== 'string' || (objectId !== rubricIri && !objectId.startsWith(itemPrefix))) continue;
    const actor = asRecord(st['actor']);
    const who = actorKey(actor);
    if (!actor || !who) {
      ignored.push({ statementId, reason: 'actor: no mbox, mbox_sha1sum, openid or account' });
      continue;
    }
    const context = asRecord(st['context']);
    const registration = typeof context?.['registration'] === 'string' ? context['registration'].toLowerCase() : '';
    const ext = asRecord(asRecord(context?.['extensions'])?.[EXTENSIONS.response]);
    const at: Latest = { time: timeOf(st['timestamp']) || timeOf(st['stored']), stored: timeOf(st['stored']), id: statementId };
    const key = `${who}\n${registration}`;
    let draft = drafts.get(key);
    if (!draft) {
      draft = { actor, registration, created: at.time, answers: new Map(), subjects: new Map(), time: '', stored: '', id: '' };
      drafts.set(key, draft);
    }
    if (at.time && (!draft.created || at.time < draft.created)) draft.created = at.time;
    const problems: string[] = [];
    if (later(at, draft)) {
      draft.time = at.time;
      draft.stored = at.stored;
      draft.id = at.id;
      if (typeof ext?.['id'] === 'string' && ext['id'].length <= 100 && ext['id']) draft.responseId = ext['id'];
      if (typeof ext?.['rubricVersion'] === 'string' && ext['rubricVersion'].length <= 32 && ext['rubricVersion']) draft.rubricVersion = ext['rubricVersion'];
      if (typeof ext?.['cycle'] === 'string' && ext['cycle'].length <= 100) draft.cycle = ext['cycle'];
      const fields = readFields(ext?.['fields'], problems, 'context.extensions.response.fields');
      if (fields) draft.fields = fields;
    }
    if (objectId === rubricIri || verb !== VERBS.answered) {
      if (problems.length > 0) ignored.push({ statementId, reason: problems.join('; ') });
      continue;
    }
    const rawItem = objectId.slice(itemPrefix.length);
    let itemId = rawItem;
    try {
      if (rawItem.includes('%')) itemId = decodeURIComponent(rawItem);
    } catch {
      // Not valid percent-encoding: left as it is, and refused as an item id below.
    }
    const result = asRecord(st['result']);
    const level = result?.['response'];
    if (typeof level !== 'string' || !levelIds.has(level)) {
      const shown = typeof level === 'string' ? `"${level.slice(0, 80)}"` : 'none';
      ignored.push({ statementId, reason: `result.response: ${shown} is not a level of this rubric's scale` });
      continue;
    }
    if (!isId(itemId)) {
      ignored.push({ statementId, reason: `object.id: "${itemId.slice(0, 80)}" is not an item id` });
      continue;
    }
    const extensions = asRecord(result?.['extensions']);
    const fields = readFields(extensions?.[EXTENSIONS.fields], problems, 'result.extensions.item-fields');
    const answer: Answer = { level, ...(fields ? { fields } : {}), ...(at.time ? { updatedAt: at.time } : {}) };
    let target = draft.answers;
    if (rubric.subjects) {
      const subject = asRecord(extensions?.[EXTENSIONS.subject]);
      const subjectId = subject?.['id'];
      const name = subject?.['name'];
      if (typeof subjectId !== 'string' || !isId(subjectId) || typeof name !== 'string' || name.length > LIMITS.shortText) {
        ignored.push({ statementId, reason: 'result.extensions.subject: expected { id, name } of the partner rated' });
        continue;
      }
      let entry = draft.subjects.get(subjectId);
      if (!entry) draft.subjects.set(subjectId, (entry = { name, at, answers: new Map() }));
      if (!later(entry.at, at)) {
        entry.name = name;
        entry.at = at;
        const subjectFields = readFields(subject?.['fields'], problems, 'result.extensions.subject.fields');
        if (subjectFields) entry.fields = subjectFields;
      }
      target = entry.answers;
    }
    const known = target.get(itemId);
    if (!known || later(at, known.at)) target.set(itemId, { answer, at });
    if (problems.length > 0) ignored.push({ statementId, reason: problems.join('; ') });
  }

  const responses: RubricResponse[] = [];
  for (const [key, d] of drafts) {
    if (d.answers.size === 0 && d.subjects.size === 0) continue;
    const answers = (map: Draft['answers']) => {
      const out: Record<string, Answer> = {};
      for (const [itemId, { answer }] of map) out[itemId] = answer;
      return out;
    };
    const response: RubricResponse = {
      rubricId: rubric.id,
      rubricVersion: d.rubricVersion ?? rubric.version,
      id: d.responseId ?? uuidV5(`response\n${key}`),
      respondent: respondentName(d.actor),
      ...(d.cycle ? { cycle: d.cycle } : {}),
      ...(d.created ? { createdAt: d.created } : {}),
      ...(d.time ? { updatedAt: d.time } : {}),
      ...(d.fields ? { fields: d.fields } : {}),
      answers: answers(d.answers),
      ...(rubric.subjects
        ? { subjects: [...d.subjects].slice(0, LIMITS.subjects).map(([id, s]) => ({ id, name: s.name, answers: answers(s.answers), ...(s.fields ? { fields: s.fields } : {}) })) }
        : {}),
    };
    // The pieces were checked one by one; this catches anything a future field forgets.
    const checked = parseResponse(response);
    if (checked.success) responses.push(checked.data);
    else ignored.push({ statementId: d.id, reason: `response of ${response.respondent}: ${describeIssues(checked.issues)}` });
  }
  return { responses, ignored, voided };
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
}
