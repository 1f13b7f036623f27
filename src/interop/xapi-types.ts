/**
 * The parts of xAPI 1.0.3 (IEEE 9274.1.1-2023 keeps the same JSON) that this library writes and
 * reads. Only what a rubric needs is typed; statements other tools wrote may carry more, and
 * `responsesFromStatements` reads them defensively.
 */

/** A language map: `{ "en-US": "…", "es": "…" }`. */
export type LanguageMap = Record<string, string>;

/** An Agent, identified by exactly one inverse functional identifier. */
export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

/** An identified Group (a team): one inverse functional identifier, optional members. */
export interface XapiGroup {
  objectType: 'Group';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
  member?: XapiAgent[];
}

export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

export interface ActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  interactionType?: 'likert' | 'choice' | 'true-false' | 'long-fill-in';
  scale?: InteractionComponent[];
  choices?: InteractionComponent[];
  extensions?: Record<string, unknown>;
}

export interface XapiActivity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface XapiStatementRef {
  objectType: 'StatementRef';
  id: string;
}

export interface XapiResult {
  response?: string;
  completion?: boolean;
  success?: boolean;
  score?: { raw?: number; min?: number; max?: number; scaled?: number };
  extensions?: Record<string, unknown>;
}

export interface XapiContext {
  registration?: string;
  contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[]; category?: XapiActivity[] };
  team?: XapiGroup;
  language?: string;
  platform?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiStatement {
  id?: string;
  actor: XapiAgent | XapiGroup;
  verb: { id: string; display?: LanguageMap };
  object: XapiActivity | XapiStatementRef;
  result?: XapiResult;
  context?: XapiContext;
  timestamp?: string;
  stored?: string;
  authority?: XapiAgent | XapiGroup;
  version?: string;
}

/** The body of a `GET statements` answer. */
export interface StatementResult {
  statements: XapiStatement[];
  /** A relative (to the LRS's origin) or absolute IRL of the next page; empty or absent on the last. */
  more?: string;
}

export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  /** A note (item fields) on an item the person has not answered: ADL's "provided written annotations on or about an object". */
  commented: 'http://adlnet.gov/expapi/verbs/commented',
  voided: 'http://adlnet.gov/expapi/verbs/voided',
} as const;

export const ACTIVITY_TYPES = {
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
} as const;

/** Extension IRIs this library writes (and reads back). */
export const EXTENSIONS = {
  /** Context: `{ id, rubricVersion, cycle, fields }` of the response a statement came from. */
  response: 'https://w3id.org/collab-rubrics/xapi/response',
  /** Result of an `answered` or `commented` statement: the item's extra fields (the note, the Opportunity mark). */
  fields: 'https://w3id.org/collab-rubrics/xapi/item-fields',
  /** Result of an `answered` statement on a subject rubric: `{ id, name, fields }` of the subject (partner). */
  subject: 'https://w3id.org/collab-rubrics/xapi/subject',
  /** Result of an `answered` statement: `true` when the person cleared a rating they had given (the response is empty). */
  cleared: 'https://w3id.org/collab-rubrics/xapi/cleared',
  /** Result of a `completed` statement: `{ answered, rated, notApplicable, total }`. */
  counts: 'https://w3id.org/collab-rubrics/xapi/counts',
} as const;
