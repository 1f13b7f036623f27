/**
 * What a screen reader says for a level choice beyond its name (the level's label): the
 * descriptor or meaning beside it, and on a bipolar scale where the point sits between the two
 * anchor statements ("1 of 7, closest to: There is a lack of …"). The chosen state is the radio's own.
 */
import type { Item, Level } from '../../rubrics/schema.js';
import { localize } from '../../rubrics/text.js';
import type { View } from './templates.js';

export function levelDescription(view: View, level: Level, item: Item): string {
  const t = (text: Parameters<typeof localize>[0]) => localize(text, view.lang, view.rubric.defaultLanguage);
  const rated = (view.rubric.scale.levels ?? []).filter((l) => !l.notApplicable);
  const position = rated.indexOf(level) + 1;
  const anchors = item.anchors ?? view.rubric.scale.anchors;
  if (view.rubric.layout === 'bipolar-scale' && anchors && position > 0) {
    const fromLow = position - 1;
    const fromHigh = rated.length - position;
    const nearest = fromLow === fromHigh ? undefined : t(fromLow < fromHigh ? anchors.low : anchors.high);
    return view.strings.scalePoint(position, rated.length, nearest, Math.min(fromLow, fromHigh) === 0);
  }
  const text = item.descriptors?.[level.id] ?? level.meaning;
  return text ? t(text) : '';
}
