/**
 * Responses as xAPI 1.0.3 statements: one `answered` statement per answered item, one `completed`
 * statement per complete response. Each scale kind (docs/scale-kinds.md) is its own interaction
 * type: ordered and ideal-point scales `likert` (the levels as the scale), nominal choices `choice`,
 * checklists `true-false` (`"true"` / `"false"`), open prompts `long-fill-in` (the words). A rating
 * the person cleared is sent too, as an empty response marked `cleared`, so a reader's latest
 * answer is "not rated" again. A note on an item never answered is a `commented` statement with
 * the item's fields and no response. Pure (no DOM, no I/O, no validator): the elements send what
 * this returns; `xapi-read.ts` reads statements back into responses.
 * Statement ids are derived from the response id, the item and the time of the edit, so sending the
 * same edit twice gives the same statement, which an LRS stores once.
 */
import type { Answer, RatedSubject, Rubric, RubricResponse, Text } from '../rubrics/schema.js';
import { scorePoints } from '../scoring/points.js';
import { answerCounts } from '../scoring/score-response.js';
import { isUuid, uuidV5, v5Prefix } from './uuid.js';
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
  if (
    account !== undefined &&
    !(account && typeof account['homePage'] === 'string' && typeof account['name'] === 'string' && account['name'])
  ) {
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

function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
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
  if (account && typeof account['homePage'] === 'string' && typeof account['name'] === 'string')
    return `account:${account['homePage']}|${account['name']}`;
  return undefined;
}

interface Activities {
  readonly rubric: XapiActivity;
  readonly items: ReadonlyMap<string, XapiActivity>;
  readonly levels: ReadonlySet<string>;
}

type Interaction = NonNullable<NonNullable<XapiActivity['definition']>['interactionType']>;

/** The xAPI interaction type that asks what an item of `rubric` asks. */
export function interactionTypeOf(rubric: Pick<Rubric, 'scale'>): Interaction {
  switch (rubric.scale.kind ?? 'ordered') {
    case 'checklist':
      return 'true-false';
    case 'prompt':
      return 'long-fill-in';
    case 'nominal':
      return 'choice';
    case 'ordered':
    case 'ideal-point':
      return 'likert';
  }
}

/**
 * What a statement says of `answer` as `result.response` (an empty response for a cleared rating),
 * or undefined when there is nothing to send: an answer not given, or a level this version lacks.
 */
function responseOf(kind: Interaction, answer: Answer, levels: ReadonlySet<string>): string | undefined {
  switch (kind) {
    case 'true-false':
      return typeof answer.checked === 'boolean' ? String(answer.checked) : undefined;
    case 'long-fill-in':
      return typeof answer.text === 'string' ? answer.text : undefined;
    case 'likert':
    case 'choice':
      if (answer.level === null) return answer.updatedAt ? '' : undefined;
      return typeof answer.level === 'string' && levels.has(answer.level) ? answer.level : undefined;
  }
}

/** The answer holds no answer at all (no level, tick or words): only item fields, such as a note, can be sent. */
function unanswered(kind: Interaction, answer: Answer): boolean {
  switch (kind) {
    case 'true-false':
      return answer.checked === undefined;
    case 'long-fill-in':
      return answer.text === undefined;
    case 'likert':
    case 'choice':
      return answer.level === undefined || (answer.level === null && !answer.updatedAt);
  }
}

/** A rating the person cleared: an empty response of a scale with levels. */
const isCleared = (kind: Interaction, answer: Answer) => (kind === 'likert' || kind === 'choice') && answer.level === null;

const activityCache = new WeakMap<Rubric, Map<string, Activities>>();
let last: { readonly rubric: Rubric; readonly base: string; readonly lang: string; readonly activities: Activities } | undefined;

/** The rubric's and each item's activity, built once per rubric, base and language and shared (frozen) by every statement. */
function activities(rubric: Rubric, base: string, lang: string): Activities {
  // Thousands of responses to one rubric come one after the other: the last answer first.
  if (last && last.rubric === rubric && last.base === base && last.lang === lang) return last.activities;
  let byKey = activityCache.get(rubric);
  if (!byKey) activityCache.set(rubric, (byKey = new Map()));
  const key = `${base}\n${lang}`;
  const known = byKey.get(key);
  if (known) {
    last = { rubric, base, lang, activities: known };
    return known;
  }
  const rubricIri = rubricActivityId(rubric, base);
  const components = (rubric.scale.levels ?? []).map((l) => Object.freeze({ id: l.id, description: languageMap(l.label, lang)! }));
  const interactionType = interactionTypeOf(rubric);
  const listed = interactionType === 'choice' ? { choices: components } : interactionType === 'likert' ? { scale: components } : {};
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
            ...listed,
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
    levels: new Set((rubric.scale.levels ?? []).map((l) => l.id)),
  };
  byKey.set(key, result);
  last = { rubric, base, lang, activities: result };
  return result;
}

const ANSWERED = Object.freeze({ id: VERBS.answered, display: Object.freeze({ 'en-US': 'answered' }) });
const COMMENTED = Object.freeze({ id: VERBS.commented, display: Object.freeze({ 'en-US': 'commented' }) });
const COMPLETED = Object.freeze({ id: VERBS.completed, display: Object.freeze({ 'en-US': 'completed' }) });

/**
 * The statements of one response: an `answered` statement per rated item (per subject and item on
 * the continuum), a `commented` one per note on an item not answered, and, when every item is
 * answered, one `completed` statement with the counts and, where the definition gives points, the
 * weighted points as `result.score`. Throws a `TypeError` naming the option when the actor or team
 * is not an identified xAPI agent or group.
 */
export function xapiStatements(rubric: Rubric, response: RubricResponse, options: XapiOptions): XapiStatement[] {
  checkIdentified(options?.actor, 'options.actor', 'Agent');
  if (options.team !== undefined) checkIdentified(options.team, 'options.team', 'Group');
  const lang = options.lang ?? response.lang ?? rubric.defaultLanguage ?? 'en';
  const base = options.activityBase ?? DEFAULT_ACTIVITY_BASE;
  const { rubric: rubricActivity, items, levels } = activities(rubric, base, lang);
  const kind = interactionTypeOf(rubric);
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
  const fallbackStamp = fallbackTime ? xapiTimestamp(fallbackTime) : '';
  const fallbackSuffix = `\n${fallbackTime}`;
  const push = (id: string, verb: XapiStatement['verb'], object: XapiActivity, result: XapiStatement['result'], time: string) => {
    statements.push(
      time
        ? { id, actor, verb, object, result, context, timestamp: time === fallbackTime ? fallbackStamp : xapiTimestamp(time) }
        : { id, actor, verb, object, result, context },
    );
  };
  const add = (answers: Record<string, Answer>, subject?: RatedSubject) => {
    const subjectInfo = subject && { id: subject.id, name: subject.name, ...(subject.fields ? { fields: subject.fields } : {}) };
    // Everything of the id's name but the item and the time, joined once per response (or subject).
    const ids = v5Prefix(`${responseId}\n${registration ?? ''}\n${subject?.id ?? ''}\n`);
    for (const itemId in answers) {
      if (!Object.hasOwn(answers, itemId)) continue;
      const answer = answers[itemId]!;
      const object = items.get(itemId);
      // Answers to items or levels this version no longer has stay in the response, unsent.
      if (!object) continue;
      const said = responseOf(kind, answer, levels);
      const time = answer.updatedAt ?? fallbackTime;
      if (said === undefined) {
        // A note on an item never answered goes as a comment on the item, with no response (a
        // note is not an answer of the interaction's kind); a level this version lacks stays unsent.
        if (!answer.fields || !hasKeys(answer.fields) || !unanswered(kind, answer)) continue;
        const extensions: Record<string, unknown> = { [EXTENSIONS.fields]: answer.fields };
        if (subjectInfo) extensions[EXTENSIONS.subject] = subjectInfo;
        push(ids.id(itemId, `\ncommented\n${time}`), COMMENTED, object, { extensions }, time);
        continue;
      }
      let extensions: Record<string, unknown> | undefined;
      if (isCleared(kind, answer)) (extensions ??= {})[EXTENSIONS.cleared] = true;
      if (answer.fields && hasKeys(answer.fields)) (extensions ??= {})[EXTENSIONS.fields] = answer.fields;
      if (subjectInfo) (extensions ??= {})[EXTENSIONS.subject] = subjectInfo;
      const result: XapiStatement['result'] = extensions ? { response: said, extensions } : { response: said };
      push(ids.id(itemId, time === fallbackTime ? fallbackSuffix : `\n${time}`), ANSWERED, object, result, time);
    }
  };
  if (rubric.subjects) for (const subject of response.subjects ?? []) add(subject.answers, subject);
  else add(response.answers);

  const counts = answerCounts(rubric, response);
  if (counts.complete) {
    const { answered, rated, notApplicable, total } = counts;
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
          ? {
              score: {
                raw: points.weighted,
                min: 0,
                max: points.weightedMax,
                scaled: Math.round((points.weighted / points.weightedMax) * 1e4) / 1e4,
              },
            }
          : {}),
        extensions: { [EXTENSIONS.counts]: { answered, rated, notApplicable, total } },
      },
      context,
      ...(fallbackTime ? { timestamp: fallbackStamp } : {}),
    });
  }
  return statements;
}
