/**
 * Several teams' results on one rubric, side by side (a district's view of a cycle): per item and
 * section, each team's median, how far its ratings spread, whether the discuss rule flags it and
 * how many responded, plus every team pooled. Each team is aggregated on its own by
 * `aggregateResponses` and the pool by `mergeAggregates`, so a team's figures here are exactly the
 * figures its own report shows.
 */
import type { Rubric, RubricResponse } from '../rubrics/schema.js';
import type { ScaleKind } from '../rubrics/kinds.js';
import { compareCycles, type Change, type CycleComparison } from './compare.js';
import {
  aggregateResponses,
  mergeAggregates,
  type AggregateOptions,
  type DiscussBasis,
  type Distribution,
  type TeamAggregate,
} from './aggregate.js';

/** The id of the team of responses that name none (no `context.team`, no value in the team field); shown as "No team given". */
export const NO_TEAM = '(no team)';

/** One team's responses to the rubric, as a host or a Learning Record Store gives them. */
export interface TeamResponses {
  /** Identifies the team; unique in the list (a school code, an xAPI Group's identifier). */
  readonly id: string;
  /** The team's name as shown. */
  readonly name: string;
  readonly responses: readonly RubricResponse[];
}

/** One team's figures for one item, one section or the whole rubric. */
export interface TeamCell extends Pick<
  Distribution,
  'n' | 'answered' | 'notApplicable' | 'median' | 'mean' | 'steps' | 'middleSteps' | 'discuss'
> {
  /** The team's id, or `null` for every team pooled. */
  readonly teamId: string | null;
  /** Responses of the team (all of them, answered or not). */
  readonly responses: number;
  /** The spread the discuss rule measured, in scale steps: `steps`, or `middleSteps` with the `middle-half` basis. */
  readonly spreadSteps: number | null;
  /** Nominal scales: the most chosen level ids, definition order (several on a tie); otherwise, or when nobody chose one, empty. */
  readonly mostChosen: readonly string[];
  /** With `previous`: how the mean moved since the earlier cycle (`compareCycles`; `new` for a team or item not rated then). */
  readonly change?: Change;
}

/** Options of `compareTeams`. */
export interface TeamsOptions extends AggregateOptions {
  /** The same teams' responses of an earlier cycle, matched by id: each cell then says how its mean moved. */
  readonly previous?: readonly TeamResponses[];
}

/** One row of the comparison: an item or a section, each team's cell, and the pool's. */
export interface TeamsRow {
  readonly sectionId: string;
  /** The item's id; absent on a section's row. */
  readonly itemId?: string;
  /** One cell per team, in the order of `teams`. */
  readonly teams: readonly TeamCell[];
  /** Every team's responses pooled. */
  readonly all: TeamCell;
}

/** A team in the comparison. */
export interface TeamSummary {
  readonly id: string;
  readonly name: string;
  readonly responses: number;
  /** Items the discuss rule flags for this team, definition order. */
  readonly discussItems: readonly string[];
}

export interface TeamsComparison {
  readonly kind: 'teams';
  readonly scaleKind: ScaleKind;
  readonly rubricId: string;
  readonly rubricVersion: string;
  readonly discussSteps: number;
  readonly discussBasis: DiscussBasis;
  /** The teams, in the order given. */
  readonly teams: readonly TeamSummary[];
  /** Responses of every team together. */
  readonly responses: number;
  /** One row per item, definition order. */
  readonly items: readonly TeamsRow[];
  /** One row per section (its items pooled), definition order. */
  readonly sections: readonly TeamsRow[];
  /** One row for the whole rubric. */
  readonly overall: TeamsRow;
  /** Every team's responses as one aggregate (what one report of all of them would show). */
  readonly pooled: TeamAggregate;
}

function cell(
  teamId: string | null,
  responses: number,
  d: Distribution,
  basis: DiscussBasis,
  nominal: boolean,
  change: Change | undefined,
): TeamCell {
  let most = 0;
  const mostChosen: string[] = [];
  if (nominal) {
    for (const [id, count] of Object.entries(d.counts)) {
      if (count > most) {
        most = count;
        mostChosen.length = 0;
      }
      if (count === most && count > 0) mostChosen.push(id);
    }
  }
  return {
    teamId,
    responses,
    n: d.n,
    answered: d.answered,
    notApplicable: d.notApplicable,
    median: d.median,
    mean: d.mean,
    steps: d.steps,
    middleSteps: d.middleSteps,
    spreadSteps: basis === 'middle-half' ? d.middleSteps : d.steps,
    discuss: d.discuss,
    mostChosen,
    ...(change ? { change } : {}),
  };
}

/**
 * Compares `teams` on `rubric`: per item, per section and overall, each team's cell and the pool's.
 * Pure; the inputs are never mutated. Throws a `TypeError` naming the entry when two teams share an
 * id (a host that means one team gives it one entry).
 */
export function compareTeams(rubric: Rubric, teams: readonly TeamResponses[], options?: TeamsOptions): TeamsComparison {
  const seen = new Map<string, number>();
  teams.forEach((team, i) => {
    const first = seen.get(team.id);
    if (first !== undefined) throw new TypeError(`teams[${i}].id: "${team.id}" is already the id of teams[${first}]`);
    seen.set(team.id, i);
  });
  const aggregates = teams.map((team) => aggregateResponses(rubric, team.responses, options));
  const pooled = mergeAggregates(rubric, aggregates, options);
  const basis = pooled.discussBasis;
  const nominal = pooled.scaleKind === 'nominal';
  // The earlier cycle, per team by id and pooled: each side aggregated as this cycle is.
  let changes: { teams: CycleComparison[]; all: CycleComparison } | undefined;
  if (options?.previous) {
    const before = new Map(options.previous.map((team) => [team.id, team.responses]));
    const earlier = teams.map((team) => aggregateResponses(rubric, before.get(team.id) ?? [], options));
    changes = {
      teams: earlier.map((was, t) => compareCycles(rubric, was, aggregates[t]!)),
      all: compareCycles(rubric, mergeAggregates(rubric, earlier, options), pooled),
    };
  }
  const row = (
    pick: (aggregate: TeamAggregate) => Distribution,
    pickChange: (comparison: CycleComparison) => Change,
    sectionId: string,
    itemId?: string,
  ): TeamsRow => ({
    sectionId,
    ...(itemId === undefined ? {} : { itemId }),
    teams: aggregates.map((aggregate, t) =>
      cell(teams[t]!.id, aggregate.responses, pick(aggregate), basis, nominal, changes && pickChange(changes.teams[t]!)),
    ),
    all: cell(null, pooled.responses, pick(pooled), basis, nominal, changes && pickChange(changes.all)),
  });
  return {
    kind: 'teams',
    scaleKind: pooled.scaleKind,
    rubricId: pooled.rubricId,
    rubricVersion: pooled.rubricVersion,
    discussSteps: pooled.discussSteps,
    discussBasis: basis,
    teams: teams.map((team, t) => ({
      id: team.id,
      name: team.name,
      responses: aggregates[t]!.responses,
      discussItems: aggregates[t]!.overall.discussItems,
    })),
    responses: pooled.responses,
    items: pooled.items.map((item, i) =>
      row(
        (a) => a.items[i]!,
        (c) => c.items[i]!,
        item.sectionId,
        item.itemId,
      ),
    ),
    sections: pooled.sections.map((section, s) =>
      row(
        (a) => a.sections[s]!,
        (c) => c.sections[s]!,
        section.sectionId,
      ),
    ),
    overall: row(
      (a) => a.overall,
      (c) => c.overall,
      '',
    ),
    pooled,
  };
}
