/**
 * Translations kept apart from a definition: a table of `path → text` for one language, merged
 * into the definition when a page needs that language. The built-in rubrics keep their Spanish
 * this way (`src/rubrics/locales/<id>.es.json`), so a page in English never downloads it.
 *
 * A path names a text by the ids on the way to it, `/`-separated (ids never contain `/`):
 * `sections/focusing-direction/items/focusing-direction-a/descriptors/emerging`, and by index
 * where the list has no ids (`instructions/0`, `subjects/suggestions/3`). Reordering items does not
 * move their translation.
 */
import type { Rubric, Text } from './schema.js';

/** One language's texts for one definition, by path (see `textPaths`). */
export type TranslationTable = Readonly<Record<string, string>>;

/** Keys whose value is one text. */
const TEXT = new Set(['title', 'description', 'label', 'shortLabel', 'pluralLabel', 'meaning', 'help', 'low', 'high', 'context', 'note']);
/** Keys whose value is a list of texts, or a record of texts by id. */
const TEXT_LISTS = new Set(['instructions', 'originalInstructions', 'questions', 'suggestions', 'descriptors', 'feedback']);
/**
 * Not translated: the source's own names (document, publisher), the evidence of a reconstruction
 * for authors (`reconstructed.source`, `.detail` are plain strings), the editorial `notes`,
 * which authors read in the JSON file and no respondent ever sees, and an item's `competency`
 * (a reference to a framework's own competency, named as the framework names it).
 */
const SKIP = new Set([
  'source',
  'notes',
  'translations',
  '$schema',
  'id',
  'code',
  'version',
  'layout',
  'defaultLanguage',
  'languages',
  'competency',
]);

type Json = unknown;
const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A step into a list: the element's id where it has one, else its index. */
const step = (value: Json, index: number) => (isRecord(value) && typeof value['id'] === 'string' ? value['id'] : String(index));

/**
 * Calls `visit` with the path and value of every translatable text of a definition, in document
 * order. `replace` (optional) returns a new value for a text; the walk then builds a copy.
 */
function walk(value: Json, path: string, visit: (path: string, text: Text) => Text | void): Json {
  if (Array.isArray(value)) return value.map((v, i) => walk(v, path ? `${path}/${step(v, i)}` : step(v, i), visit));
  if (!isRecord(value)) return value;
  const out: Record<string, Json> = {};
  for (const [key, v] of Object.entries(value)) {
    const at = path ? `${path}/${key}` : key;
    // A source's names stay as printed; only which edition it is reads as text.
    if (key === 'source' && !path && isRecord(v) && v['edition'] !== undefined)
      out[key] = { ...v, edition: visit(`${at}/edition`, v['edition'] as Text) ?? v['edition'] };
    else if (SKIP.has(key)) out[key] = v;
    else if (TEXT.has(key) && (typeof v === 'string' || isRecord(v))) out[key] = visit(at, v as Text) ?? v;
    else if (TEXT_LISTS.has(key) && Array.isArray(v)) out[key] = v.map((t, i) => visit(`${at}/${i}`, t as Text) ?? t);
    else if (TEXT_LISTS.has(key) && isRecord(v))
      out[key] = Object.fromEntries(Object.entries(v).map(([id, t]) => [id, visit(`${at}/${id}`, t as Text) ?? t]));
    else out[key] = walk(v, at, visit);
  }
  return out;
}

/** Every translatable text of a definition, by path (see the module comment). */
export function textPaths(definition: Rubric | Json): Map<string, Text> {
  const texts = new Map<string, Text>();
  walk(definition, '', (path, text) => void texts.set(path, text));
  return texts;
}

/**
 * The definition with `table`'s texts added in `lang`: each text becomes
 * `{ [default language]: original, [lang]: translation }`. Texts the table lacks stay as they
 * are (shown in the default language); a path that names nothing is ignored. The input is not
 * changed. Follows each path directly rather than walking the whole definition (`textPaths`), so
 * that the respondent files carry only this.
 */
export function withTranslation(definition: Rubric, lang: string, table: TranslationTable): Rubric {
  const copy = structuredClone(definition) as Rubric & Record<string, Json>;
  for (const [path, translated] of Object.entries(table)) {
    const keys = path.split('/');
    const last = keys.pop()!;
    let node: Json = copy;
    for (const key of keys)
      node = Array.isArray(node)
        ? (node.find((v) => isRecord(v) && v['id'] === key) ?? node[+key])
        : isRecord(node)
          ? node[key]
          : undefined;
    const text = isRecord(node) || Array.isArray(node) ? (node as Record<string, Json>)[last] : undefined;
    if (typeof text === 'string') (node as Record<string, Json>)[last] = { [copy.defaultLanguage ?? 'en']: text, [lang]: translated };
    else if (isRecord(text)) text[lang] = translated;
  }
  if (!copy.languages?.includes(lang)) copy.languages = [...(copy.languages ?? [copy.defaultLanguage ?? 'en']), lang];
  return copy;
}
