/**
 * A cycle's statements from several teams, read back per team: statements are grouped by the
 * identified Group the rubrics sent as `context.team`, and each group becomes that team's
 * responses (`responsesFromStatements`). Pure (no DOM, no I/O); feeds `compareTeams`.
 */
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import { NO_TEAM } from '../scoring/teams.js';
import { actorKey } from './xapi.js';
import { actorName, responsesFromStatements, type IgnoredStatement, type ReadOptions } from './xapi-read.js';
import { VERBS, type XapiGroup } from './xapi-types.js';

/** One team's responses read from statements. */
export interface TeamReading {
  /** The Group's identifier as `actorKey` gives it (`account:https://lms.example|lincoln-slt`); `NO_TEAM` for statements without a team. */
  readonly id: string;
  /** The name to show: the listed Group's `name`, else the one the statements carried, else its account name or address; `''` for statements without a team. */
  readonly name: string;
  /** The Group as listed, or as the statements carried it (the last one read); null for statements without a team. */
  readonly group: XapiGroup | null;
  readonly responses: RubricResponse[];
}

export interface TeamsReading {
  /** The listed teams in their order (even those with no statements), or, with no list, every team found, by name, then statements without a team (`id: NO_TEAM`) if any. */
  readonly teams: TeamReading[];
  /** Statements of the rubric that carried something it cannot use, each with its reason (every team's). */
  readonly ignored: IgnoredStatement[];
  /** Statements voided at the LRS (and so left out). */
  readonly voided: number;
  /** With a list: statements of teams not on it (or without a team), left out of `teams`. */
  readonly unlisted: number;
}

export interface TeamsReadOptions extends ReadOptions {
  /** The teams to show, in this order; without it every team found in the statements. */
  readonly teams?: readonly XapiGroup[];
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Responses to `rubric` per team from statements of several teams in one cycle. A statement's team
 * is its `context.team` (by the Group's inverse functional identifier, so a renamed team stays one
 * team). Voiding statements apply to every team. Throws a `TypeError` naming the entry when a
 * listed Group has no identifier or repeats another.
 */
export function teamResponsesFromStatements(rubric: Rubric, statements: Iterable<unknown>, options: TeamsReadOptions = {}): TeamsReading {
  const listed = options.teams;
  const keys = new Map<string, number>();
  listed?.forEach((group, i) => {
    const key = actorKey(group);
    if (!key) throw new TypeError(`xapiTeams[${i}]: a Group needs an mbox, mbox_sha1sum, openid or account`);
    if (keys.has(key)) throw new TypeError(`xapiTeams[${i}]: the same Group as xapiTeams[${keys.get(key)}]`);
    keys.set(key, i);
  });
  const voiding: unknown[] = [];
  const groups = new Map<string, { group: XapiGroup | null; statements: unknown[] }>();
  for (const group of listed ?? []) groups.set(actorKey(group)!, { group, statements: [] });
  let unlisted = 0;
  for (const s of statements) {
    const st = asRecord(s);
    if (asRecord(st?.['verb'])?.['id'] === VERBS.voided) {
      voiding.push(s);
      continue;
    }
    const team = asRecord(asRecord(st?.['context'])?.['team']);
    const key = actorKey(team) ?? NO_TEAM;
    let entry = groups.get(key);
    if (!entry) {
      if (listed) {
        unlisted++;
        continue;
      }
      groups.set(key, (entry = { group: null, statements: [] }));
    }
    if (key !== NO_TEAM && !listed) entry.group = team as unknown as XapiGroup;
    entry.statements.push(s);
  }
  const ignored: IgnoredStatement[] = [];
  let voided = 0;
  const teams: TeamReading[] = [...groups].map(([id, { group, statements: own }]) => {
    const reading = responsesFromStatements(rubric, voiding.length ? [...voiding, ...own] : own, options);
    ignored.push(...reading.ignored);
    voided += reading.voided;
    const name = group
      ? typeof group.name === 'string' && group.name
        ? group.name
        : actorName(group as unknown as Record<string, unknown>)
      : '';
    return { id, name, group, responses: reading.responses };
  });
  if (!listed)
    teams.sort((a, b) =>
      a.id === NO_TEAM ? 1 : b.id === NO_TEAM ? -1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1,
    );
  return { teams, ignored, voided, unlisted };
}
