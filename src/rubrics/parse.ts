/**
 * Total, CSP-safe validation of definitions and responses. Nothing here throws: every failure
 * comes back as a list of readable issues, each naming the field (`sections[2].items[0].title`).
 */
import type * as z from 'zod/mini';
import { INPUT_LIMITS } from './input-limits.js';
import { ResponseSchema, RubricSchema, type Rubric, type RubricResponse } from './schema.js';

export { INPUT_LIMITS };

/** One problem found in a definition or a response. */
export interface ValidationIssue {
  /** Where: `sections[2].items[0].descriptors.mastering`, or `(root)`. */
  readonly path: string;
  /** What is wrong, in plain words. */
  readonly message: string;
}

export type ParseResult<T> =
  { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly ValidationIssue[] };

/** Keys that reach or replace an object's prototype when data is merged carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path the way a JavaScript reader would write it: `sections[2].items[0].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += IDENT.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out || '(root)';
}

/** Renders issues as lines of `path: message`, for logs and error panels. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * Walks parsed JSON without recursion and reports what the schema should never see: keys that can
 * reach an object's prototype, excessive depth, size or string length.
 */
export function checkStructure(root: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // One shared path, pushed and popped on the way; recursion is safe because depth is bounded.
  const path: PropertyKey[] = [];
  let nodes = 0;
  const visit = (value: unknown): boolean => {
    if (++nodes > INPUT_LIMITS.nodes) {
      issues.push({ path: '(root)', message: `too large: more than ${INPUT_LIMITS.nodes} values` });
      return false;
    }
    if (typeof value === 'string') {
      if (value.length > INPUT_LIMITS.stringLength) {
        issues.push({ path: formatPath(path), message: `text is longer than ${INPUT_LIMITS.stringLength} characters` });
      }
      return true;
    }
    if (value === null || typeof value !== 'object') return true;
    if (path.length >= INPUT_LIMITS.depth) {
      issues.push({ path: formatPath(path), message: `nested more than ${INPUT_LIMITS.depth} levels deep` });
      return true;
    }
    const isArray = Array.isArray(value);
    // A plain object from any realm (another frame's Object.prototype counts): its prototype is
    // null, or an object whose own prototype is null.
    const proto = Object.getPrototypeOf(value);
    if (
      !isArray &&
      proto !== null &&
      (Object.getPrototypeOf(proto) !== null || Object.prototype.toString.call(value) !== '[object Object]')
    ) {
      issues.push({ path: formatPath(path), message: 'expected plain JSON data' });
      return true;
    }
    for (const key of Object.keys(value)) {
      path.push(isArray ? Number(key) : key);
      let going = true;
      if (!isArray && FORBIDDEN_KEYS.has(key)) issues.push({ path: formatPath(path), message: `the key "${key}" is not allowed` });
      else going = visit((value as Record<string, unknown>)[key]);
      path.pop();
      if (!going) return false;
    }
    return true;
  };
  visit(root);
  return issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A thrown value as text; the value itself may refuse to become a string. */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unreadable input';
  }
}

function messageFor(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? `unknown key "${issue.keys[0]}"` : `unknown keys ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type': {
      const at = issue.path.reduce<unknown>(
        (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
        input,
      );
      const missing = at === undefined;
      const base = issue.message.startsWith('Invalid input') ? `expected ${issue.expected}` : issue.message;
      return missing ? `${base}, but it is missing` : `${base}, got ${describe(at)}`;
    }
    // A limit given without its own message (a list's length: other names, options, instructions)
    // says what the limit is rather than zod's bare "Invalid input".
    case 'too_big':
    case 'too_small': {
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      const big = issue.code === 'too_big';
      const n = Number(big ? issue.maximum : issue.minimum);
      const bound = issue.inclusive === false ? (big ? 'fewer than' : 'more than') : big ? 'at most' : 'at least';
      if (issue.origin === 'array') return `expected ${bound} ${n} ${n === 1 ? 'entry' : 'entries'}`;
      if (issue.origin === 'string') return `expected ${bound} ${n} ${n === 1 ? 'character' : 'characters'}`;
      return `expected ${bound} ${n}`;
    }
    default:
      return issue.message;
  }
}

/** Validates `input` (parsed JSON or JSON text) with any schema: the same limits, structure checks and readable issues. Never throws. */
export function validate<T>(schema: z.ZodMiniType<T>, input: unknown): ParseResult<T> {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > INPUT_LIMITS.bytes) {
      return { success: false, issues: [{ path: '(root)', message: `too large: over ${INPUT_LIMITS.bytes} bytes` }] };
    }
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { success: false, issues: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
  try {
    // Inside the try: a host object may hide a throwing getter or a Proxy trap.
    const structural = checkStructure(value);
    if (structural.length > 0) return { success: false, issues: structural };
    const result = schema.safeParse(value);
    if (result.success) return { success: true, data: result.data };
    const issues = result.error.issues.map((i) => ({ path: formatPath(i.path), message: messageFor(i, value) }));
    return { success: false, issues };
  } catch (error) {
    // A schema bug must never reach the host page.
    return { success: false, issues: [{ path: '(root)', message: `could not be checked: ${describeError(error)}` }] };
  }
}

/** Validates a rubric definition given as parsed JSON or as JSON text. Never throws. */
export function parseDefinition(input: unknown): ParseResult<Rubric> {
  return validate(RubricSchema as unknown as z.ZodMiniType<Rubric>, input);
}

/** Validates a saved response given as parsed JSON or as JSON text. Never throws. */
export function parseResponse(input: unknown): ParseResult<RubricResponse> {
  return validate(ResponseSchema as unknown as z.ZodMiniType<RubricResponse>, input);
}

const checkedResponses = new WeakMap<object, boolean>();
const checkedDefinitions = new WeakMap<object, ParseResult<Rubric>>();

/**
 * `parseDefinition`, once per object: re-renders with the same definition never re-parse (a
 * definition is never mutated; a changed one is a new object).
 */
export function parseDefinitionOnce(definition: unknown): ParseResult<Rubric> {
  if (definition === null || typeof definition !== 'object') return parseDefinition(definition);
  let result = checkedDefinitions.get(definition);
  if (!result) checkedDefinitions.set(definition, (result = parseDefinition(definition)));
  return result;
}

/**
 * True when `value` is a valid saved response (to the rubric `rubricId`, when given). Validated
 * once per object, so re-renders stay cheap: a response is never mutated, edits make new objects.
 */
export function isResponseTo(value: unknown, rubricId?: string): value is RubricResponse {
  if (value === null || typeof value !== 'object') return false;
  let ok = checkedResponses.get(value);
  if (ok === undefined) checkedResponses.set(value, (ok = parseResponse(value).success));
  return ok && (rubricId === undefined || (value as RubricResponse).rubricId === rubricId);
}
