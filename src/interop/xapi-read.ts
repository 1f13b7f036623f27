/**
 * xAPI statements back into responses: what the team report does with a Learning Record Store's
 * answer. Pure (no DOM, no I/O). Reads statements other tools wrote defensively: whatever does not
 * fit is listed with its reason, never thrown on and never silently dropped.
 */
import { isSafeKey, LIMITS, type Answer, type FieldValue, type Rubric, type RubricResponse } from '../rubrics/schema.js';
import { uuidV5 } from './uuid.js';
import { actorKey, DEFAULT_ACTIVITY_BASE, interactionTypeOf, rubricActivityId } from './xapi.js';
import { EXTENSIONS, VERBS } from './xapi-types.js';

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

/** The name to show for an Agent or Group: its `name`, else its account name, email address, hash or OpenID. */
export function actorName(actor: Record<string, unknown>): string {
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
  /** `actorKey(actor)` */
  readonly who: string;
  registration: string;
  responseId?: string;
  rubricVersion?: string;
  cycle?: string;
  fields?: Record<string, FieldValue>;
  created: string;
  answers: Map<string, Latest & { answer: Answer }>;
  subjects: Map<
    string,
    { name: string; fields?: Record<string, FieldValue>; at: Latest; answers: Map<string, Latest & { answer: Answer }> }
  >;
}

/** Normalised time for ordering (ISO strings compare as text once in UTC). */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

let lastTime = '';
let lastTimeOf = '';

function timeOf(value: unknown): string {
  if (typeof value !== 'string') return '';
  // The statements of one response mostly share their times: the last one read is asked again.
  if (value === lastTime) return lastTimeOf;
  let out = value;
  if (!CANONICAL.test(value)) {
    const ms = Date.parse(value);
    out = Number.isNaN(ms) ? '' : new Date(ms).toISOString();
  }
  lastTime = value;
  lastTimeOf = out;
  return out;
}

/** The answer a statement's `result.response` gives for the rubric's kind, or why it cannot be one. */
function answerOf(
  kind: ReturnType<typeof interactionTypeOf>,
  response: unknown,
  cleared: boolean,
  levels: ReadonlySet<string>,
): Answer | string {
  const shown = () => (typeof response === 'string' ? `"${response.slice(0, 80)}"` : 'none');
  switch (kind) {
    case 'true-false':
      return response === 'true' || response === 'false'
        ? { checked: response === 'true' }
        : `result.response: ${shown()} is neither "true" nor "false"`;
    case 'long-fill-in':
      if (typeof response !== 'string') return 'result.response: expected the written answer';
      return response.length <= LIMITS.longText ? { text: response } : `result.response: longer than ${LIMITS.longText} characters`;
    case 'likert':
    case 'choice':
      if (cleared && response === '') return { level: null };
      return typeof response === 'string' && levels.has(response)
        ? { level: response }
        : `result.response: ${shown()} is not a level of this rubric's scale`;
  }
}

/**
 * Responses to `rubric` from statements (those `xapiStatements` writes, or another tool's that use
 * the same activities): per person and registration, the latest answer per item wins (a `commented`
 * statement is the item's note with no answer, so the item reads "not rated"); voided
 * statements and voiding statements are left out. Nothing is dropped silently: a statement whose
 * level is not on the scale, or whose fields do not fit, is listed in `ignored` with the reason.
 */
export function responsesFromStatements(rubric: Rubric, statements: Iterable<unknown>, options: ReadOptions = {}): StatementsReading {
  const rubricIri = rubricActivityId(rubric, options.activityBase ?? DEFAULT_ACTIVITY_BASE);
  const itemPrefix = `${rubricIri}/items/`;
  const levelIds = new Set((rubric.scale.levels ?? []).map((l) => l.id));
  const kind = interactionTypeOf(rubric);
  // Read twice (voiding statements first), so an iterable is listed once; an array is read as it is.
  const list: readonly unknown[] = Array.isArray(statements) ? statements : Array.from(statements);
  const voidedIds = new Set<string>();
  for (const s of list) {
    const st = asRecord(s);
    if (asRecord(st?.['verb'])?.['id'] !== VERBS.voided) continue;
    const object = asRecord(st?.['object']);
    if (object?.['objectType'] === 'StatementRef' && typeof object['id'] === 'string') voidedIds.add(object['id'].toLowerCase());
  }
  const ignored: IgnoredStatement[] = [];
  const drafts = new Map<string, Draft>();
  let voided = 0;
  // Consecutive statements are mostly one person's in one registration: the last draft is tried first.
  let lastActor: Record<string, unknown> | undefined;
  let lastWho: string | undefined;
  let lastDraft: Draft | undefined;
  /** What a statement's fields do not fit; emptied for each statement. */
  const problems: string[] = [];
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
    const who = actor !== undefined && actor === lastActor ? lastWho : actorKey(actor);
    if (!actor || !who) {
      ignored.push({ statementId, reason: 'actor: no mbox, mbox_sha1sum, openid or account' });
      continue;
    }
    const context = asRecord(st['context']);
    const registration = typeof context?.['registration'] === 'string' ? context['registration'].toLowerCase() : '';
    const ext = asRecord(asRecord(context?.['extensions'])?.[EXTENSIONS.response]);
    const stored = timeOf(st['stored']);
    // When and what: the answer is set once the statement turns out to carry one (one object per statement).
    const at: Latest & { answer: Answer | undefined } = {
      time: timeOf(st['timestamp']) || stored,
      stored,
      id: statementId,
      answer: undefined,
    };
    let draft = lastDraft && lastDraft.who === who && lastDraft.registration === registration ? lastDraft : undefined;
    if (!draft) {
      const key = `${who}\n${registration}`;
      draft = drafts.get(key);
      if (!draft) {
        draft = { actor, who, registration, created: at.time, answers: new Map(), subjects: new Map(), time: '', stored: '', id: '' };
        drafts.set(key, draft);
      }
    }
    lastActor = actor;
    lastWho = who;
    lastDraft = draft;
    if (at.time && (!draft.created || at.time < draft.created)) draft.created = at.time;
    if (problems.length > 0) problems.length = 0;
    if (later(at, draft)) {
      draft.time = at.time;
      draft.stored = at.stored;
      draft.id = at.id;
      if (typeof ext?.['id'] === 'string' && ext['id'].length <= 100 && ext['id']) draft.responseId = ext['id'];
      if (typeof ext?.['rubricVersion'] === 'string' && ext['rubricVersion'].length <= 32 && ext['rubricVersion'])
        draft.rubricVersion = ext['rubricVersion'];
      if (typeof ext?.['cycle'] === 'string' && ext['cycle'].length <= 100) draft.cycle = ext['cycle'];
      const fields = readFields(ext?.['fields'], problems, 'context.extensions.response.fields');
      if (fields) draft.fields = fields;
    }
    if (objectId === rubricIri || (verb !== VERBS.answered && verb !== VERBS.commented)) {
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
    const extensions = asRecord(result?.['extensions']);
    // A comment is a note on an item not answered: the item comes back not rated, with the note.
    const commented = verb === VERBS.commented;
    const answer: Answer | string = commented
      ? {}
      : answerOf(kind, result?.['response'], extensions?.[EXTENSIONS.cleared] === true, levelIds);
    if (typeof answer === 'string') {
      ignored.push({ statementId, reason: answer });
      continue;
    }
    if (!isId(itemId)) {
      ignored.push({ statementId, reason: `object.id: "${itemId.slice(0, 80)}" is not an item id` });
      continue;
    }
    // Added in the order a response has them: the answer, its fields, its time.
    const fields = readFields(extensions?.[EXTENSIONS.fields], problems, 'result.extensions.item-fields');
    if (fields) answer.fields = fields;
    else if (commented) {
      // Another tool's comment without our fields says nothing this rubric keeps, and must not
      // make a rated item look unrated.
      problems.push("result.extensions.item-fields: a comment on an item carries the item's fields (a note)");
      ignored.push({ statementId, reason: problems.join('; ') });
      continue;
    }
    if (at.time) answer.updatedAt = at.time;
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
    if (!known || later(at, known)) {
      at.answer = answer;
      target.set(itemId, at as Latest & { answer: Answer });
    }
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
      respondent: actorName(d.actor),
      ...(d.cycle ? { cycle: d.cycle } : {}),
      ...(d.created ? { createdAt: d.created } : {}),
      ...(d.time ? { updatedAt: d.time } : {}),
      ...(d.fields ? { fields: d.fields } : {}),
      answers: answers(d.answers),
      ...(rubric.subjects
        ? {
            subjects: [...d.subjects]
              .slice(0, LIMITS.subjects)
              .map(([id, s]) => ({ id, name: s.name, answers: answers(s.answers), ...(s.fields ? { fields: s.fields } : {}) })),
          }
        : {}),
    };
    // Every piece was checked against the response schema above (a test parses every result too);
    // a second, whole-response parse would double the time of reading a large cycle.
    responses.push(response);
  }
  return { responses, ignored, voided };
}
