/** What the embed page says when it cannot show a rubric, through the same catalogs as the elements. */
import { catalog } from '../i18n/catalog.js';

/** A message in parts: text, and `[code]` for what to type into the address. */
export type MessageParts = readonly (string | readonly [code: string])[];

export interface EmbedStrings {
  /** `?rubric=` names no built-in rubric; `known` lists the ids there are. */
  unknownRubric: (name: string, known: readonly string[]) => MessageParts;
  /** Neither `?rubric=` nor `?src=` is given. */
  noRubric: MessageParts;
}

/** `a, b, c` with each id as code. */
export const codes = (ids: readonly string[]): MessageParts => ids.flatMap((k, i): MessageParts => (i === 0 ? [[k]] : [', ', [k]]));

const en: EmbedStrings = {
  unknownRubric: (name, known) => [
    `There is no rubric called “${name}”. Use `,
    ['?rubric='],
    ' with one of: ',
    ...codes(known),
    ', or give a definition address with ',
    ['?src='],
    '.',
  ],
  noRubric: [
    'No rubric chosen. Add ',
    ['?rubric=team-assessment'],
    ' (or another built-in rubric) or ',
    ['?src='],
    ' with a definition address to the page address.',
  ],
};

/** English built in; each other language is `src/i18n/embed.<lang>.ts` (the embed page inlines them). */
export const EMBED_STRINGS = catalog<EmbedStrings>(en, {
  es: () => import('../i18n/embed.es.js'),
});
