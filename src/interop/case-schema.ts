/**
 * The CASE 1.1 rubric classes (1EdTech Competencies and Academic Standards Exchange Service 1.1,
 * Final Release, 24 January 2025; Data Model §7.1.26 CFRubric, §7.1.27 CFRubricCriterion,
 * §7.1.29 CFRubricCriterionLevel, §7.1.36 LinkURI) as zod/mini schemas, written from that
 * specification's attribute tables: the multiplicities (`[1]` required, `[0..1]` optional) and
 * primitive types (UUID, AnyURI, DateTime, Float, Integer) as given there. Keys outside the model
 * are ignored rather than refused: CASE publishers add their own.
 */
import * as z from 'zod/mini';
import { isUuid } from './uuid.js';

const text = (what: string) => z.string({ error: `expected ${what}` });

/** UUID: the 8-4-4-4-12 hexadecimal form. */
export const CaseUuid = text('a UUID').check(z.refine(isUuid, 'expected a UUID such as "6f1c2c1e-1111-4111-8111-000000000001"'));

function isUri(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** AnyURI: an absolute URI (https:, urn:uuid: …). */
export const CaseUri = text('a URI').check(z.refine(isUri, 'expected an absolute URI such as "https://…" or "urn:uuid:…"'));

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** DateTime: ISO 8601 with a time and a zone. */
export const CaseDateTime = text('a date-time').check(
  z.refine((v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)), 'expected an ISO 8601 date-time such as "2025-01-24T00:00:00Z"'),
);

const float = z.number({ error: 'expected a number' }).check(z.refine(Number.isFinite, 'expected a finite number'));
const integer = z.number({ error: 'expected a whole number' }).check(z.refine(Number.isInteger, 'expected a whole number'));
/** The binding leaves the form of extensions open: an object (or, as some publishers write it, a list of objects). */
const extensions = z.optional(
  z.union([z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown()))], { error: 'expected an object' }),
);

/** LinkURI (§7.1.36): a reference to another CASE object. */
export const CaseLinkUri = z.object({
  title: text('text'),
  identifier: CaseUuid,
  uri: CaseUri,
});

/** CFRubricCriterionLevel (§7.1.29). */
export const CaseRubricCriterionLevel = z.object({
  identifier: CaseUuid,
  uri: CaseUri,
  description: z.optional(text('text')),
  quality: z.optional(text('text')),
  score: z.optional(float),
  feedback: z.optional(text('text')),
  position: z.optional(integer),
  rubricCriterionId: z.optional(CaseUuid),
  lastChangeDateTime: CaseDateTime,
  extensions,
});

/** CFRubricCriterion (§7.1.27). */
export const CaseRubricCriterion = z.object({
  identifier: CaseUuid,
  uri: CaseUri,
  category: z.optional(text('text')),
  description: z.optional(text('text')),
  CFItemURI: z.optional(CaseLinkUri),
  weight: z.optional(float),
  position: z.optional(integer),
  rubricId: z.optional(CaseUuid),
  lastChangeDateTime: CaseDateTime,
  CFRubricCriterionLevels: z.optional(z.array(CaseRubricCriterionLevel, { error: 'expected a list of CFRubricCriterionLevel' })),
  extensions,
});

/** CFRubric (§7.1.26). */
export const CaseRubric = z.object({
  identifier: CaseUuid,
  uri: CaseUri,
  title: z.optional(text('text')),
  description: z.optional(text('text')),
  lastChangeDateTime: CaseDateTime,
  CFRubricCriteria: z.optional(z.array(CaseRubricCriterion, { error: 'expected a list of CFRubricCriterion' })),
  extensions,
});

export type CaseLinkUri = z.output<typeof CaseLinkUri>;
export type CaseRubricCriterionLevel = z.output<typeof CaseRubricCriterionLevel>;
export type CaseRubricCriterion = z.output<typeof CaseRubricCriterion>;
export type CaseRubric = z.output<typeof CaseRubric>;
