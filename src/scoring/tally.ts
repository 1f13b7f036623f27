/**
 * Checklists read as a team: how many people ticked each item, the items most ticked first (the
 * Opportunity Checklist's "top areas"), and whether everyone ticked it (an "all partners agree"
 * list is agreed only where every respondent ticked).
 */
import type { TeamAggregate } from './aggregate.js';

export interface TallyEntry {
  readonly itemId: string;
  /** People who ticked the item. */
  readonly ticks: number;
  /** `ticks` out of the responses aggregated, 0..1 (0 when there are none). */
  readonly share: number;
  /** Every response ticked it (and there is at least one). */
  readonly everyone: boolean;
}

/**
 * The items of a checklist aggregate by ticks, most first; ties keep definition order. Pure; for a
 * subject rubric the pooled counts are per subject listed, so `share` is left to its subjects.
 */
export function checklistTally(aggregate: TeamAggregate): TallyEntry[] {
  const of = aggregate.responses;
  return aggregate.items
    .map((item, order) => ({
      order,
      itemId: item.itemId,
      ticks: item.answered,
      share: of > 0 ? item.answered / of : 0,
      everyone: of > 0 && item.answered >= of,
    }))
    .sort((a, b) => b.ticks - a.ticks || a.order - b.order)
    .map(({ itemId, ticks, share, everyone }) => ({ itemId, ticks, share, everyone }));
}
