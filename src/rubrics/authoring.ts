/**
 * Immutable edits of a definition being written, for `<cr-rubric-editor>`: the draft may be half
 * done and invalid at any moment, so every function here takes `unknown` and never throws. Pure.
 */
import type { Rubric } from './schema.js';
export { freeId } from './ids.js';

/** Where a value sits: `['sections', 0, 'items', 2, 'title']`. */
export type Path = readonly (string | number)[];
/** A definition being written: JSON that may not be valid yet. */
export type Draft = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at `path`, or undefined. */
export function getAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const key of path) {
    if (Array.isArray(v) && typeof key === 'number') v = v[key];
    else if (isObject(v) && typeof key === 'string' && Object.hasOwn(v, key)) v = v[key];
    else return undefined;
  }
  return v;
}

/** An own, enumerable property, even for a name like `__proto__` (the schema then reports it). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A copy of `root` with `value` at `path` (objects and lists made on the way); `undefined` removes
 * an object key. Only the objects along the path are copied.
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...Path];
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    list[key] = setAt(list[key], rest, value);
    return list as T;
  }
  const copy: Record<string, unknown> = {};
  if (isObject(root)) for (const k of Object.keys(root)) put(copy, k, root[k]);
  const next = setAt(copy[key], rest, value);
  if (next === undefined) delete copy[key];
  else put(copy, key, next);
  return copy as T;
}

/** The list at `path` (empty when there is none). */
export function listAt(root: unknown, path: Path): unknown[] {
  const v = getAt(root, path);
  return Array.isArray(v) ? v : [];
}

/** Moves entry `from` of the list at `path` to index `to`. */
export function moveAt<T>(root: T, path: Path, from: number, to: number): T {
  const list = [...listAt(root, path)];
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return root;
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved);
  return setAt(root, path, list);
}

/** Inserts `value` into the list at `path` (at the end by default). */
export function insertAt<T>(root: T, path: Path, value: unknown, index?: number): T {
  const list = [...listAt(root, path)];
  list.splice(index ?? list.length, 0, value);
  return setAt(root, path, list);
}

/** Removes entry `index` of the list at `path`; an emptied optional list is removed. */
export function removeAt<T>(root: T, path: Path, index: number, keepEmpty = true): T {
  const list = listAt(root, path).filter((_, i) => i !== index);
  return setAt(root, path, list.length === 0 && !keepEmpty ? undefined : list);
}

/** The text of `value` in exactly `lang` ('' when it has none), for one column of the translation view. */
export function textIn(value: unknown, lang: string, primary: string): string {
  if (typeof value === 'string') return lang === primary ? value : '';
  if (isObject(value) && Object.hasOwn(value, lang) && typeof value[lang] === 'string') return value[lang] as string;
  return '';
}

/**
 * Sets the `lang` text of a translatable text at `path`. A plain string is the `primary` language;
 * a second language turns it into `{ primary: …, lang: … }`, and clearing that one turns it back.
 */
export function setText<T>(root: T, path: Path, lang: string, primary: string, text: string): T {
  const current = getAt(root, path);
  if (typeof current !== 'object' || current === null || Array.isArray(current)) {
    if (lang === primary) return setAt(root, path, text === '' ? undefined : text);
    if (text === '') return root;
    return setAt(root, path, { [primary]: typeof current === 'string' ? current : '', [lang]: text });
  }
  const next = setAt(current as Record<string, unknown>, [lang], text === '' ? undefined : text);
  const keys = Object.keys(next);
  if (keys.length === 0) return setAt(root, path, undefined);
  if (keys.length === 1 && keys[0] === primary) return setAt(root, path, next[primary]);
  return setAt(root, path, next);
}

/**
 * A list of translatable texts after its `lang` lines were edited in one text box (suggestions,
 * the labels of a select's options). Translations are never dropped by an edit in another
 * language: in the `primary` language, a line that repeats an entry's text keeps that entry's
 * translations (a line moved, another removed), and with as many lines as before the other lines
 * keep those of the other entries in order (edited in place); in a second language, line i is entry i's
 * translation, and a line past the end starts an entry whose primary text is still empty (the
 * schema then names it). Empty lines are left out.
 */
export function setLines(
  list: readonly unknown[],
  lines: readonly string[],
  lang: string,
  primary: string,
): { value: unknown; from: number }[] {
  const withText = (entry: unknown, text: string) => (setText<unknown>({ at: entry }, ['at'], lang, primary, text) as { at?: unknown }).at;
  if (lang !== primary) {
    // Line i is entry i's translation, blank lines included (a blank is a text not translated yet).
    const given = lines.length > 0 && lines.at(-1)?.trim() === '' ? lines.slice(0, -1) : lines;
    const out: { value: unknown; from: number }[] = [];
    for (let i = 0; i < Math.max(list.length, given.length); i++) {
      const value = withText(list[i], given[i]?.trim() === '' ? '' : (given[i] ?? ''));
      if (value !== undefined) out.push({ value, from: i < list.length ? i : -1 });
    }
    return out;
  }
  const given = lines.filter((line) => line.trim() !== '');
  const free = list.map((entry, i) => ({ entry, i, used: false }));
  // A line that repeats an entry's text is that entry (moved, or left as it was)…
  const from = given.map((line) => {
    const same = free.find((f) => !f.used && textIn(f.entry, primary, primary) === line);
    if (same) same.used = true;
    return same;
  });
  // …and with as many lines as entries, the other lines are the other entries, edited in place.
  if (given.length === list.length) {
    const rest = free.filter((f) => !f.used);
    for (let i = 0; i < from.length; i++) if (!from[i]) from[i] = rest.shift();
  }
  return given.map((line, i) => ({ value: withText(from[i]?.entry, line), from: from[i]?.i ?? -1 }));
}

/** Every id used in the list at `path`. */
export function idsAt(root: unknown, path: Path): string[] {
  return listAt(root, path)
    .map((entry) => getAt(entry, ['id']))
    .filter((id): id is string => typeof id === 'string');
}

/** Every item id of the draft, in every section. */
export function itemIds(root: unknown): string[] {
  return listAt(root, ['sections']).flatMap((s) => idsAt(s, ['items']));
}

/**
 * A new definition with one section, one item and three levels, for "start blank"; its texts are
 * in `lang` (the editor's interface language), which becomes `defaultLanguage` unless English.
 */
export function blankDefinition(
  title: string,
  labels: readonly [string, string, string],
  section: string,
  item: string,
  lang = 'en',
): Draft {
  return {
    id: 'my-rubric',
    version: '1.0.0',
    title,
    ...(lang === 'en' ? {} : { defaultLanguage: lang }),
    layout: 'descriptor-grid',
    scale: { levels: labels.map((label, i) => ({ id: `level-${i + 1}`, label, position: i + 1 })) },
    sections: [{ id: 'section-1', title: section, items: [{ id: 'item-1', title: item, descriptors: {} }] }],
  };
}

/** The paths of every translatable text in the draft, in reading order. */
export function textPaths(root: unknown): Path[] {
  const out: Path[] = [];
  const add = (path: Path) => {
    if (getAt(root, path) !== undefined) out.push(path);
  };
  const each = (path: Path, keys: readonly string[], also?: (at: Path, entry: unknown) => void) =>
    listAt(root, path).forEach((entry, i) => {
      for (const key of keys) add([...path, i, key]);
      also?.([...path, i], entry);
    });
  add(['title']);
  add(['description']);
  add(['reconstructed', 'note']);
  for (const key of ['instructions', 'originalInstructions', 'notes'] as const) listAt(root, [key]).forEach((_, i) => add([key, i]));
  each(['changes'], ['note']);
  add(['scale', 'label']);
  each(['scale', 'levels'], ['label', 'shortLabel', 'meaning'], (at) => add([...at, 'reconstructed', 'note']));
  add(['scale', 'anchors', 'low']);
  add(['scale', 'anchors', 'high']);
  each(['sections'], ['title', 'description'], (s) =>
    each([...s, 'items'], ['title', 'description'], (at, item) => {
      each([...at, 'aliases'], ['title', 'context']);
      add([...at, 'reconstructed', 'note']);
      listAt(item, ['questions']).forEach((_, i) => add([...at, 'questions', i]));
      for (const list of ['descriptors', 'feedback']) {
        const texts = getAt(item, [list]);
        if (isObject(texts)) for (const key of Object.keys(texts)) add([...at, list, key]);
      }
      add([...at, 'anchors', 'low']);
      add([...at, 'anchors', 'high']);
    }),
  );
  for (const key of ['itemFields', 'responseFields'] as const) each([key], ['label', 'help'], (at) => each([...at, 'options'], ['label']));
  add(['subjects', 'label']);
  add(['subjects', 'pluralLabel']);
  listAt(root, ['subjects', 'suggestions']).forEach((_, i) => add(['subjects', 'suggestions', i]));
  each(['subjects', 'fields'], ['label', 'help']);
  return out;
}

/** The texts with no `lang` version yet. */
export function untranslated(root: unknown, lang: string, primary: string): Path[] {
  return textPaths(root).filter((path) => textIn(getAt(root, path), lang, primary) === '');
}

/** "1.2.0" → "2.0.0"; a version that is not dotted numbers gets "-2" added. */
export function nextMajor(version: string): string {
  const major = /^(\d+)(?:\.\d+){0,2}$/.exec(version);
  return major ? `${Number(major[1]) + 1}.0.0` : `${version}-2`;
}

/** What changed between a published definition and its edit that older drafts need told. */
export interface BreakingChange {
  /** Item ids the published version had and the edit has not. */
  readonly removedItems: readonly string[];
  /** The levels (ids or their order) are not those of the published version. */
  readonly levelsChanged: boolean;
}

/** Whether the edit removes items or changes the levels of `published`; undefined when neither. */
export function breakingChange(published: Rubric, edited: unknown): BreakingChange | undefined {
  const now = new Set(itemIds(edited));
  const removedItems = published.sections.flatMap((s) => s.items.map((i) => i.id)).filter((id) => !now.has(id));
  const before = (published.scale.levels ?? []).map((l) => l.id).join('\n');
  const levelsChanged = idsAt(edited, ['scale', 'levels']).join('\n') !== before;
  return removedItems.length > 0 || levelsChanged ? { removedItems, levelsChanged } : undefined;
}
