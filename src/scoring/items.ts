/** The rubric's items and sections as integer indices, computed once per rubric. */
import type { Rubric } from '../rubrics/schema.js';
import { internalizeId } from './scale.js';

/** Precomputed item and section lookup shared by the scoring functions. */
export interface ItemIndex {
  /** Item ids in definition order (sections in order, items in order within each). */
  readonly ids: readonly string[];
  /** Item id → index into `ids`; first wins on a duplicate. */
  readonly indexById: ReadonlyMap<string, number>;
  /** Section index of each item. */
  readonly sectionOf: Int32Array;
  /** Section ids in definition order. */
  readonly sectionIds: readonly string[];
  /** Item indices of each section. */
  readonly sectionItems: readonly (readonly number[])[];
}

const cache = new WeakMap<Rubric, ItemIndex>();

function build(rubric: Rubric): ItemIndex {
  const ids: string[] = [];
  const sectionOf: number[] = [];
  const indexById = new Map<string, number>();
  const sections = rubric.sections ?? [];
  const sectionItems = sections.map((section, s) =>
    (section.items ?? []).map((item) => {
      const id = internalizeId(String(item.id));
      const i = ids.length;
      ids.push(id);
      sectionOf.push(s);
      if (!indexById.has(id)) indexById.set(id, i);
      return i;
    }),
  );
  return {
    ids,
    indexById,
    sectionOf: Int32Array.from(sectionOf),
    sectionIds: sections.map((s) => String(s.id)),
    sectionItems,
  };
}

/** The item lookup for `rubric`, computed once per rubric object (cached in a WeakMap). */
export function itemIndex(rubric: Rubric): ItemIndex {
  let index = cache.get(rubric);
  if (!index) {
    index = build(rubric);
    cache.set(rubric, index);
  }
  return index;
}
