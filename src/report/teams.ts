/**
 * Several teams' responses as a host gives them to the report (`report.teams`), checked like an
 * import, and the teams-side-by-side comparison as CSV. Pure: data in, data out.
 */
import { writeCsv } from '../rubrics/csv.js';
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import { localize } from '../rubrics/text.js';
import { compareCodeUnits, preferredName, subjectKey } from '../scoring/subjects.js';
import { NO_TEAM, type TeamCell, type TeamResponses, type TeamsComparison, type TeamsRow } from '../scoring/teams.js';
import type { InvalidEntry, SkippedEntry } from './entries.js';
import { checkResponses } from './import.js';

export { NO_TEAM };

/** A team as a host gives it to the report (`teams`, `previousTeams`): without an id, its name is its id. */
export type TeamInput = Omit<TeamResponses, 'id'> & { readonly id?: string };

/** Most teams one comparison takes (a table wider than this helps nobody; split by region). */
export const TEAMS_LIMIT = 500;

export interface CheckedTeams {
  /** The teams that can be compared, in the order given, each with its valid responses to the rubric. */
  readonly usable: readonly TeamResponses[];
  /** The same teams' responses of an earlier cycle, when given (`checkTeamsInput`). */
  readonly previous?: readonly TeamResponses[];
  /** Entries that are not a team, and responses that are not valid, each with its reasons (`teams[2].responses[4]`). */
  readonly invalid: readonly InvalidEntry[];
  /** Valid responses to another rubric. */
  readonly skipped: readonly SkippedEntry[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * Checks `teams` set by a host: a list of `{ id?, name, responses }`. A team needs a name (or an
 * id, shown as its name); its id, the name when absent, must be unique. Every response is checked as
 * `checkResponses` checks one. Whatever is left out is listed with its reason; never throws.
 */
export function checkTeams(rubric: Rubric, teams: unknown, name = 'teams'): CheckedTeams {
  if (teams === null || teams === undefined) return { usable: [], invalid: [], skipped: [] };
  if (!Array.isArray(teams))
    return { usable: [], invalid: [{ source: name, issues: [{ path: '(root)', message: 'expected a list of teams' }] }], skipped: [] };
  const usable: TeamResponses[] = [];
  const invalid: InvalidEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const ids = new Map<string, number>();
  teams.forEach((entry: unknown, i) => {
    const source = `${name}[${i}]`;
    if (i >= TEAMS_LIMIT) {
      invalid.push({ source, issues: [{ path: '(root)', message: `more than ${TEAMS_LIMIT} teams in one comparison` }] });
      return;
    }
    const team = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : undefined;
    const id = text(team?.['id']) ?? text(team?.['name']);
    const problem = !team
      ? { path: '(root)', message: 'expected a team: { id, name, responses }' }
      : !id
        ? { path: 'name', message: 'expected the team’s name (or an id)' }
        : ids.has(id)
          ? { path: team['id'] === undefined ? 'name' : 'id', message: `"${id}" is already the team ${name}[${ids.get(id)}]` }
          : !Array.isArray(team['responses'])
            ? { path: 'responses', message: 'expected a list of responses' }
            : undefined;
    if (problem || !team || !id) {
      invalid.push({ source, issues: [problem ?? { path: '(root)', message: 'expected a team' }] });
      return;
    }
    ids.set(id, i);
    const checked = checkResponses(rubric, team['responses'], `${source}.responses`);
    invalid.push(...checked.invalid);
    skipped.push(...checked.skipped);
    usable.push({ id, name: text(team['name']) ?? id, responses: checked.usable });
  });
  return { usable, invalid, skipped };
}

/**
 * One team per value of a response field (the `team` of the team assessment and the Coherence
 * Progression, a `school`): values that differ only in case or spacing are one team, shown under
 * the spelling that sorts first; responses without a value form the team `NO_TEAM`, last. Teams
 * are in the order of their names; each keeps its responses in the order given.
 */
export function teamsByField(responses: readonly RubricResponse[], fieldId: string): TeamResponses[] {
  const groups = new Map<string, { name: string; responses: RubricResponse[] }>();
  for (const response of responses) {
    const value = response.fields && Object.hasOwn(response.fields, fieldId) ? response.fields[fieldId] : undefined;
    const key = subjectKey(value);
    const group = groups.get(key);
    if (group) {
      if (key) group.name = preferredName(group.name, value);
      group.responses.push(response);
    } else groups.set(key, { name: key ? preferredName(undefined, value) : NO_TEAM, responses: [response] });
  }
  return [...groups]
    .sort(([a], [b]) => (!a ? 1 : !b ? -1 : compareCodeUnits(a, b)))
    .map(([key, group]) => ({ id: key || NO_TEAM, name: group.name, responses: group.responses }));
}

/**
 * Where the report's teams come from: `teams` as given, else its `responses` grouped by
 * `teamField` (none without one); the earlier cycle likewise from `previousTeams` or `previous`.
 */
export interface TeamsInput {
  readonly teams: unknown;
  readonly responses: unknown;
  readonly teamField: string;
  readonly previousTeams?: unknown;
  readonly previous?: unknown;
}

function checkSide(rubric: Rubric, teams: unknown, responses: unknown, teamField: string, names: readonly [string, string]): CheckedTeams {
  if (teams !== null && teams !== undefined) return checkTeams(rubric, teams, names[0]);
  const checked = checkResponses(rubric, responses, names[1]);
  return { ...checked, usable: teamField ? teamsByField(checked.usable, teamField) : [] };
}

/**
 * The teams of `input`, checked: `checkTeams` of `teams`, or `checkResponses` of `responses` then
 * `teamsByField`; the earlier cycle (when any) the same way, its problems listed with the rest.
 * Never throws.
 */
export function checkTeamsInput(rubric: Rubric, input: TeamsInput): CheckedTeams {
  const now = checkSide(rubric, input.teams, input.responses, input.teamField, ['teams', 'responses']);
  const given = (value: unknown) => value !== null && value !== undefined;
  if (!given(input.previousTeams) && !(given(input.previous) && !given(input.teams) && input.teamField)) return now;
  const before = checkSide(rubric, input.previousTeams, input.previous, input.teamField, ['previousTeams', 'previous']);
  return {
    usable: now.usable,
    previous: before.usable,
    invalid: [...now.invalid, ...before.invalid],
    skipped: [...now.skipped, ...before.skipped],
  };
}

/** The CSV columns of `teamsToCsv`, in order: one row per item (and section, and overall) and team. */
export const TEAMS_CSV_COLUMNS = [
  'section id',
  'item id',
  'title',
  'team id',
  'team',
  'responses',
  'answered',
  'ratings',
  'median',
  'median level',
  'spread steps',
  'discuss',
  'most chosen',
  'mean',
  'change',
] as const;

export interface TeamsCsvOptions {
  /** Language of titles and labels (default `en`). */
  readonly lang?: string;
  /** The `team` cell of the rows that pool every team (default `All teams`; the `team id` cell is empty). */
  readonly allTeams?: string;
  /** The `team` cell of the responses that name no team (`team id` `NO_TEAM`; default `No team given`). */
  readonly noTeam?: string;
}

/**
 * `comparison` as CSV, the figures of the report's teams table: for each item (then each section,
 * then the whole rubric, as `(overall)`) one row per team in the table's order and one for all teams
 * pooled. Fixed columns (`TEAMS_CSV_COLUMNS`) whatever the number of teams, so a pivot table or a
 * filter per team works. Numbers are plain (`2.5`), the median's level is its label when the median
 * falls on a level, `discuss` is `yes` or empty. Cells that would start a formula are protected.
 */
export function teamsToCsv(rubric: Rubric, comparison: TeamsComparison, options: TeamsCsvOptions = {}): string {
  const lang = options.lang ?? 'en';
  const t = (value: Parameters<typeof localize>[0]) => localize(value, lang, rubric.defaultLanguage);
  const levels = rubric.scale.levels ?? [];
  const names = new Map(comparison.teams.map((team) => [team.id, team.name]));
  const number = (value: number | null) => (value === null ? '' : String(Math.round(value * 1e6) / 1e6));
  const titles = new Map<string, string>();
  for (const section of rubric.sections) {
    titles.set(`s:${section.id}`, t(section.title));
    for (const item of section.items) titles.set(`i:${item.id}`, item.code ? `${item.code}. ${t(item.title)}` : t(item.title));
  }
  const rows: string[][] = [[...TEAMS_CSV_COLUMNS]];
  const emit = (row: TeamsRow, title: string) => {
    for (const c of [...row.teams, row.all] as TeamCell[]) {
      const level = c.median === null ? undefined : levels.find((l) => l.position === c.median);
      rows.push([
        row.sectionId,
        row.itemId ?? '',
        title,
        c.teamId ?? '',
        c.teamId === null
          ? (options.allTeams ?? 'All teams')
          : c.teamId === NO_TEAM
            ? (options.noTeam ?? 'No team given')
            : (names.get(c.teamId) ?? c.teamId),
        String(c.responses),
        String(c.answered),
        String(c.n),
        number(c.median),
        level ? t(level.label) : '',
        number(c.spreadSteps),
        c.discuss ? 'yes' : '',
        c.mostChosen.map((id) => t(levels.find((l) => l.id === id)?.label ?? id)).join('; '),
        number(c.mean),
        c.change ? number(c.change.delta) || c.change.direction : '',
      ]);
    }
  };
  for (const row of comparison.items) emit(row, titles.get(`i:${row.itemId}`) ?? row.itemId ?? '');
  for (const row of comparison.sections) emit(row, titles.get(`s:${row.sectionId}`) ?? row.sectionId);
  emit(comparison.overall, '(overall)');
  return writeCsv(rows);
}
