/**
 * Scale kinds and layouts: what an answer means (kind) and how the items look (layout). Plain data
 * with no zod, so the elements and scoring can import it without pulling in the validator.
 * See docs/scale-kinds.md.
 */

/**
 * What answering an item means, and so how it is scored:
 * - `ordered`: one level of an ordered scale (lowest first); mean, median and spread make sense.
 * - `ideal-point`: one point of an ordered scale whose best point is not an end (the decision
 *   continuum); scored as a position and a distance from a target, never "higher is better".
 * - `nominal`: one of several choices with no order (adopt / adapt / abandon); counted, never averaged.
 * - `checklist`: each item ticked or not, optionally "choose up to N"; counted and tallied.
 * - `prompt`: a written answer to a question; counted as answered or not, never rated.
 */
export const SCALE_KINDS = ['ordered', 'ideal-point', 'nominal', 'checklist', 'prompt'] as const;
export type ScaleKind = (typeof SCALE_KINDS)[number];

/** How the items are laid out on the page. Each layout shows the kinds in `LAYOUT_KINDS`. */
export const LAYOUTS = [
  'descriptor-grid',
  'indicator-table',
  'continuum',
  'bipolar-scale',
  'rating-scale',
  'choices',
  'checklist',
  'prompts',
] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The scale kinds each layout can show; the schema refuses any other pairing. */
export const LAYOUT_KINDS: Readonly<Record<Layout, readonly ScaleKind[]>> = {
  'descriptor-grid': ['ordered'],
  'indicator-table': ['ordered'],
  continuum: ['ordered', 'ideal-point'],
  'bipolar-scale': ['ordered', 'ideal-point'],
  'rating-scale': ['ordered', 'ideal-point', 'nominal'],
  choices: ['nominal', 'ordered'],
  checklist: ['checklist'],
  prompts: ['prompt'],
};

/** The kind of a definition's scale (`ordered` when the definition does not say). */
export function scaleKind(rubric: { readonly scale?: { readonly kind?: ScaleKind | undefined } }): ScaleKind {
  return rubric.scale?.kind ?? 'ordered';
}

/** Whether answers of this kind choose one level of `scale.levels`. */
export function choosesLevel(kind: ScaleKind): boolean {
  return kind !== 'checklist' && kind !== 'prompt';
}
