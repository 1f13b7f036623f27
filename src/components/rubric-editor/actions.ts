/**
 * What each control and button of the editor does to the draft, as pure functions: the element
 * only finds the control, calls one of these and records the result.
 */
import {
  breakingChange,
  freeId,
  getAt,
  idsAt,
  insertAt,
  itemIds,
  listAt,
  moveAt,
  nextMajor,
  removeAt,
  setAt,
  setLines,
  setText,
  textIn,
  type Draft,
  type Path,
} from '../../rubrics/authoring.js';
import type { Rubric } from '../../rubrics/schema.js';
import type { EditorStrings } from './strings.js';

/** The path a control or button writes to, from its `data-path` / `data-list`. */
export function pathOf(text: string | undefined): Path | undefined {
  try {
    const path: unknown = JSON.parse(text ?? '');
    return Array.isArray(path) && path.every((k) => typeof k === 'string' || typeof k === 'number') ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The draft after a control of kind `edit` at `path` took the value of `control`. */
export function applyControl(
  work: Draft,
  path: Path,
  edit: string,
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  primary: string,
): Draft {
  const next = controlValue(work, path, edit, control, primary);
  // Saying who translated a language starts its record with the two flags the schema requires.
  if (path[0] === 'translations' && typeof path[1] === 'string' && getAt(next, ['translations', path[1]]) !== undefined) {
    let out = next;
    for (const flag of ['fromSource', 'reviewed'])
      if (getAt(out, ['translations', path[1], flag]) === undefined) out = setAt(out, ['translations', path[1], flag], false);
    return out;
  }
  return next;
}

function controlValue(
  work: Draft,
  path: Path,
  edit: string,
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  primary: string,
): Draft {
  const value = control.value;
  switch (edit) {
    case 'text':
      return setText(work, path, control.dataset['lang'] || primary, primary, value);
    case 'number': {
      const n = Number(value);
      // Text that is not a number stays text, so the schema names the field.
      return setAt(work, path, value.trim() === '' ? undefined : Number.isFinite(n) ? n : value);
    }
    case 'bool':
      return setAt(work, path, (control as HTMLInputElement).checked ? true : undefined);
    case 'flag':
      return setAt(work, path, (control as HTMLInputElement).checked);
    case 'present':
      return setAt(work, path, (control as HTMLInputElement).checked ? (getAt(work, path) ?? {}) : undefined);
    case 'lines': {
      const lines = setLines(listAt(work, path), value.split('\n'), control.dataset['lang'] || primary, primary).map((l) => l.value);
      return setAt(work, path, lines.length ? lines : undefined);
    }
    case 'options': {
      const old = listAt(work, path);
      const labels = setLines(
        old.map((o) => getAt(o, ['label'])),
        value.split('\n'),
        control.dataset['lang'] || primary,
        primary,
      );
      const taken: string[] = [];
      const options = labels.map(({ value: label, from }) => {
        // An option keeps its id wherever its label came from, so answers given to it still count.
        const kept = from >= 0 ? getAt(old[from], ['id']) : undefined;
        const id = typeof kept === 'string' && !taken.includes(kept) ? kept : freeId(textIn(label, primary, primary) || 'option', taken);
        taken.push(id);
        return { id, label };
      });
      return setAt(work, path, options.length ? options : undefined);
    }
    default:
      return setAt(work, path, value === '' ? undefined : value);
  }
}

/** Positions of the rated levels, increasing in list order (after a move or an insert). */
function renumber(work: Draft): Draft {
  const levels = listAt(work, ['scale', 'levels']);
  const given = levels
    .map((l) => getAt(l, ['position']))
    .filter((p): p is number => typeof p === 'number')
    .sort((a, b) => a - b);
  let next = given[0] ?? 1;
  return setAt(
    work,
    ['scale', 'levels'],
    levels.map((level, i) => {
      if (getAt(level, ['notApplicable']) === true) return level;
      const position = given[i] !== undefined && given[i]! >= next ? given[i]! : next;
      next = position + 1;
      return setAt(level, ['position'], position);
    }),
  );
}

/** A new entry of `kind` for the list at `list`. */
export function addEntry(work: Draft, list: Path, kind: string, s: EditorStrings): Draft {
  const grid = getAt(work, ['layout']) === 'descriptor-grid';
  switch (kind) {
    case 'level':
      return renumber(insertAt(work, list, { id: freeId('level', idsAt(work, list)), label: s.newLevel }));
    case 'section': {
      const id = freeId('section', idsAt(work, list));
      const item = { id: freeId('item', itemIds(work)), title: s.newItem, ...(grid ? { descriptors: {} } : {}) };
      return insertAt(work, list, { id, title: s.newSection, items: [item] });
    }
    case 'item':
      return insertAt(work, list, { id: freeId('item', itemIds(work)), title: s.newItem, ...(grid ? { descriptors: {} } : {}) });
    case 'field':
      return insertAt(work, list, { id: freeId('field', idsAt(work, list)), label: s.newField, type: 'text' });
    case 'alias':
      // Both texts are the author's to write: the schema names each until it is filled in.
      return insertAt(work, list, {});
    default:
      return insertAt(work, list, '');
  }
}

/** Removes entry `index` of the list at `list`; a removed level takes its descriptors and feedback with it. */
export function removeEntry(work: Draft, list: Path, index: number): Draft {
  // Optional lists go when emptied: instructions, fields, a subject's fields, the levels of a checklist or prompt scale, an item's other names.
  const optional =
    (list.length === 1 && list[0] !== 'sections') ||
    (list.length === 2 && (list[0] === 'subjects' || list[0] === 'scale')) ||
    list.at(-1) === 'aliases';
  let next = removeAt(work, list, index, !optional);
  if (list.join('.') === 'scale.levels') {
    const id = getAt(work, [...list, index, 'id']);
    listAt(next, ['sections']).forEach((section, si) =>
      listAt(section, ['items']).forEach((_, ii) => {
        for (const key of ['descriptors', 'feedback']) {
          const at = ['sections', si, 'items', ii, key, String(id)];
          if (getAt(next, at) !== undefined) next = setAt(next, at, undefined);
        }
      }),
    );
  }
  return next;
}

/** Moves entry `from` of the list at `list` to `to`; levels keep increasing positions. */
export function moveEntry(work: Draft, list: Path, from: number, to: number): Draft {
  const next = moveAt(work, list, from, to);
  return list.join('.') === 'scale.levels' ? renumber(next) : next;
}

/** Moves item `index` of section `section` to the end of the section before (`-1`) or the start of the one after (`1`). */
export function moveItemAcross(work: Draft, section: number, index: number, direction: -1 | 1): Draft {
  const to = section + direction;
  const item = getAt(work, ['sections', section, 'items', index]);
  if (item === undefined || getAt(work, ['sections', to]) === undefined) return work;
  const without = removeAt(work, ['sections', section, 'items'], index);
  return insertAt(without, ['sections', to, 'items'], item, direction < 0 ? undefined : 0);
}

/** Turns rated subjects on (with a label to start from) or off. */
export function toggleSubjects(work: Draft, on: boolean, label: string): Draft {
  return setAt(work, ['subjects'], on ? (getAt(work, ['subjects']) ?? { label }) : undefined);
}

/**
 * A published definition's edit that removes items or changes the levels gets the next major
 * version and a note for people with answers saved under the older one (`changes`).
 */
export function versioned(work: Draft, published: Rubric | undefined, changeNote: EditorStrings['changeNote']): Draft {
  if (!published) return work;
  const change = breakingChange(published, work);
  if (!change) return work;
  const current = getAt(work, ['version']);
  const version = current === published.version || typeof current !== 'string' ? nextMajor(published.version) : current;
  const note = changeNote(change.levelsChanged, change.removedItems);
  const earlier = listAt(work, ['changes']).filter((c) => getAt(c, ['version']) !== version);
  return setAt(setAt(work, ['version'], version), ['changes'], [...earlier, { version, note }]);
}
