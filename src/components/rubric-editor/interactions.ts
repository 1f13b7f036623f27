/**
 * The editor's listeners: one delegated handler per event type turns a control or button into a
 * call of `actions.ts`, then moves focus and says what happened. Keyboard first: every drag has a
 * Move button, and Ctrl+Z / Ctrl+Shift+Z undo and redo.
 */
import { getAt, listAt, type Draft, type Path } from '../../rubrics/authoring.js';
import { BUILT_INS, builtInIds, isBuiltInId } from '../../rubrics/builtins.js';
import type { ValidationIssue } from '../../rubrics/parse.js';
import type { Rubric } from '../../rubrics/schema.js';
import { definitionFromSpreadsheet, definitionToSpreadsheet } from '../../rubrics/spreadsheet.js';
import { addEntry, applyControl, moveEntry, moveItemAcross, pathOf, removeEntry, toggleSubjects } from './actions.js';
import { snippets } from './render-output.js';
import type { EditorStrings } from './strings.js';

/** What the listeners need of the element. */
export interface EditorHost extends HTMLElement {
  work: Draft;
  second: string;
  importIssues: readonly ValidationIssue[];
  readonly strings: EditorStrings;
  readonly primary: string;
  readonly json: string;
  readonly cdn: string;
  readonly validDefinition: Rubric | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  load(value: unknown, options: { published: boolean; user: boolean }): void;
  commit(next: Draft, options?: { group?: string; event?: 'input' | 'change' | 'both' | 'none'; record?: boolean }): void;
  step(back: boolean): void;
  reset(): void;
  announce(message: string): void;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const target = (event: Event) => event.composedPath()[0] as HTMLElement;

export class EditorInteractions {
  readonly #host: EditorHost;
  #dragging?: { list: string; index: number };

  constructor(host: EditorHost) {
    this.#host = host;
  }

  /** Every built-in (src/rubrics/builtins.ts), each loaded when chosen. */
  get builtIns(): readonly string[] {
    return builtInIds;
  }

  /** Loads built-in `id` (or a blank definition for `blank`); `user` when a person chose it. */
  async startFrom(id: string, user: boolean): Promise<void> {
    const host = this.#host;
    if (id === 'blank') return host.reset();
    if (!isBuiltInId(id)) return host.announce(host.strings.unreadable);
    const module = await BUILT_INS[id].load();
    host.load(module.default, { published: true, user });
    host.announce(host.strings.loaded(id));
  }

  /** Reads JSON, or else a spreadsheet (grid, Canvas, long list), and loads it. */
  importText(text: string, name: string): void {
    const host = this.#host;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const sheet = definitionFromSpreadsheet(text);
      if (!sheet.success) {
        host.importIssues = sheet.issues;
        return host.announce(host.strings.unreadable);
      }
      json = sheet.data;
    }
    host.importIssues = [];
    host.load(json, { published: true, user: true });
    host.announce(host.strings.loaded(name));
  }

  #focus(selector: string): void {
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #move(list: Path, from: number, to: number): void {
    const host = this.#host;
    const count = listAt(host.work, list).length;
    if ((to < 0 || to >= count) && list.length === 3 && list[0] === 'sections' && list[2] === 'items')
      return this.#moveAcross(list[1] as number, from, to < 0 ? -1 : 1);
    if (to < 0 || to >= count) return;
    host.commit(moveEntry(host.work, list, from, to), { event: 'change' });
    const data = CSS.escape(JSON.stringify(list));
    const act = to === 0 ? 'down' : to === count - 1 ? 'up' : from > to ? 'up' : 'down';
    this.#focus(`button[data-act="${act}"][data-list="${data}"][data-index="${to}"]`);
    host.announce(
      host.strings.moved(String(getAt(host.work, [...list, to, 'title']) ?? getAt(host.work, [...list, to, 'label']) ?? ''), to + 1, count),
    );
  }

  /** An item moved past the first or last place of its section goes into the next section. */
  #moveAcross(section: number, index: number, direction: -1 | 1): void {
    const host = this.#host;
    const next = moveItemAcross(host.work, section, index, direction);
    if (next === host.work) return;
    host.commit(next, { event: 'change' });
    const list: Path = ['sections', section + direction, 'items'];
    const count = listAt(host.work, list).length;
    const at = direction < 0 ? count - 1 : 0;
    const data = CSS.escape(JSON.stringify(list));
    this.#focus(`button[data-act="${direction < 0 ? 'up' : 'down'}"][data-list="${data}"][data-index="${at}"]`);
    host.announce(host.strings.moved(String(getAt(host.work, [...list, at, 'title']) ?? ''), at + 1, count));
  }

  readonly handleInput = (event: Event): void => {
    // Inner `input` events are composed: the host's page sees only the editor's own.
    event.stopPropagation();
    const control = target(event) as Control;
    const path = pathOf(control.dataset?.['path']);
    if (!path) return;
    const host = this.#host;
    host.commit(applyControl(host.work, path, control.dataset['edit'] ?? '', control, host.primary), {
      group: `${control.dataset['path']}|${control.dataset['lang']}`,
      event: 'input',
    });
  };

  readonly handleChange = (event: Event): void => {
    const control = target(event) as Control;
    const host = this.#host;
    const act = control.dataset?.['act'];
    if (control.dataset?.['path']) {
      host.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (act === 'start' && control.value) {
      void this.startFrom(control.value, true);
      control.value = '';
    } else if (act === 'second') {
      host.second = control.value.trim();
    } else if (act === 'subjects') {
      host.commit(toggleSubjects(host.work, (control as HTMLInputElement).checked, 'Partner'), { event: 'change' });
    } else if (act === 'file') {
      const file = (control as HTMLInputElement).files?.[0];
      if (file) void file.text().then((text) => this.importText(text, file.name));
    }
  };

  readonly handleClick = (event: Event): void => {
    const button = (target(event) as HTMLElement).closest<HTMLElement>('[data-act]');
    if (!button || !(button instanceof HTMLButtonElement || button instanceof HTMLAnchorElement)) return;
    const host = this.#host;
    const act = button.dataset['act'];
    const list = pathOf(button.dataset['list']);
    const index = Number(button.dataset['index']);
    const data = list ? CSS.escape(JSON.stringify(list)) : '';
    if (act === 'add' && list) {
      const count = listAt(host.work, list).length;
      host.commit(addEntry(host.work, list, button.dataset['kind'] ?? '', host.strings), { event: 'change' });
      this.#focus(`[data-drop="${data}"][data-index="${count}"] :is(input, textarea)`);
    } else if (act === 'remove' && list) {
      host.commit(removeEntry(host.work, list, index), { event: 'change' });
      this.#focus(`button[data-act="add"][data-list="${data}"]`);
    } else if ((act === 'up' || act === 'down') && list) {
      this.#move(list, index, act === 'up' ? index - 1 : index + 1);
    } else if (act === 'undo' || act === 'redo') {
      host.step(act === 'undo');
    } else if (act === 'paste') {
      const text = host.renderRoot.querySelector<HTMLTextAreaElement>('#paste')?.value ?? '';
      if (text.trim()) this.importText(text, host.strings.paste);
    } else if (act === 'copy') {
      const what = button.dataset['what'] as 'json' | 'script' | 'npm' | 'iframe';
      const text = what === 'json' ? host.json : snippets(host.work, host.cdn)[what];
      navigator.clipboard.writeText(text).then(
        () => host.announce(host.strings.copied),
        () => host.announce(host.strings.copyFailed),
      );
    } else if (act === 'download') {
      this.#download(button.dataset['what'] ?? 'json');
    } else if (act === 'focus') {
      event.preventDefault();
      this.#focusIssue(button.dataset['key'] ?? '');
    }
  };

  #download(what: string): void {
    const host = this.#host;
    const id = typeof host.work['id'] === 'string' ? host.work['id'] : 'rubric';
    const rubric = host.validDefinition;
    const [text, name, type] =
      what === 'json' || !rubric
        ? [host.json, `${id}.json`, 'application/json']
        : [definitionToSpreadsheet(rubric, { format: what === 'canvas' ? 'canvas' : 'grid' }), `${id}-${what}.csv`, 'text/csv'];
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Focuses the control of the field an issue names, or of the nearest group that holds it. */
  #focusIssue(key: string): void {
    const root = this.#host.renderRoot;
    for (let at = key; at; at = at.replace(/(\.[^.[]+|\[[^\]]*\])$/, '')) {
      const box = root.querySelector(`[data-key="${CSS.escape(at)}"]`);
      const control = box?.querySelector<HTMLElement>('input, textarea, select, button');
      if (control) return control.focus();
      if (!/[.[]/.test(at)) break;
    }
  }

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    event.preventDefault();
    this.#host.step(key === 'z' && !event.shiftKey);
  };

  readonly handleDragStart = (event: DragEvent): void => {
    const handle = target(event);
    if (!handle.classList?.contains('handle')) return;
    this.#dragging = { list: handle.dataset['list'] ?? '', index: Number(handle.dataset['index']) };
    event.dataTransfer?.setData('text/plain', handle.dataset['list'] ?? '');
  };

  #dropTarget(event: DragEvent): HTMLElement | undefined {
    const over = (target(event) as HTMLElement).closest?.<HTMLElement>('[data-drop]');
    return over && this.#dragging && over.dataset['drop'] === this.#dragging.list ? over : undefined;
  }

  readonly handleDragOver = (event: DragEvent): void => {
    if (this.#dropTarget(event)) event.preventDefault();
  };

  readonly handleDrop = (event: DragEvent): void => {
    const over = this.#dropTarget(event);
    const dragging = this.#dragging;
    this.#dragging = undefined;
    const list = pathOf(dragging?.list);
    if (!over || !dragging || !list) return;
    event.preventDefault();
    this.#move(list, dragging.index, Number(over.dataset['index']));
  };
}
