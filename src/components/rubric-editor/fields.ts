/**
 * The editor's form controls. Each carries `data-path` (where in the draft it writes) and
 * `data-edit` (how its value becomes data); the element's one delegated listener applies it. Each
 * shows the schema's issue for its own path beside it. Text is bound as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getAt, listAt, textIn, type Draft, type Path } from '../../rubrics/authoring.js';
import { formatPath } from '../../rubrics/parse.js';
import type { EditorStrings } from './strings.js';

/** Everything the templates need; built by the element for each render. */
export interface EditorView {
  readonly work: Draft;
  readonly s: EditorStrings;
  /** Issues by path (`formatPath`), from the schema. */
  readonly issues: ReadonlyMap<string, string>;
  /** The language of plain texts (`defaultLanguage`, else English). */
  readonly primary: string;
  /** The language shown beside it for translating, or ''. */
  readonly second: string;
  readonly disabled: boolean;
}

export type EditKind = 'text' | 'plain' | 'number' | 'bool' | 'flag' | 'present' | 'lines' | 'options';

/** An id for the control of `path` (and language), unique in the shadow root. */
export const controlId = (path: Path, lang = '') => `f-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}${lang ? `--${lang}` : ''}`;

/** The issue for `path`, or for one of its languages. */
export function issueAt(v: EditorView, path: Path, lang?: string): string | undefined {
  const key = formatPath(path);
  return v.issues.get(key) ?? (lang ? v.issues.get(formatPath([...path, lang])) : undefined);
}

function error(id: string, message: string | undefined): TemplateResult | typeof nothing {
  return message ? html`<p class="error" part="error" id=${`${id}-error`}>${message}</p>` : nothing;
}

interface ControlOptions {
  readonly long?: boolean;
  readonly type?: 'text' | 'number' | 'url';
  readonly help?: string;
}

function control(v: EditorView, path: Path, edit: EditKind, value: string, id: string, label: string, options: ControlOptions, lang = '') {
  const message = issueAt(v, path, lang || undefined);
  const described = [message ? `${id}-error` : '', options.help ? `${id}-help` : ''].filter(Boolean).join(' ') || nothing;
  const data = JSON.stringify(path);
  const input = options.long
    ? html`<textarea id=${id} rows="3" .value=${value} ?disabled=${v.disabled} lang=${lang || nothing}
        aria-invalid=${message ? 'true' : nothing} aria-describedby=${described}
        data-path=${data} data-edit=${edit} data-lang=${lang}></textarea>`
    : html`<input id=${id} type=${options.type ?? 'text'} .value=${value} ?disabled=${v.disabled} lang=${lang || nothing}
        step=${options.type === 'number' ? 'any' : nothing}
        aria-invalid=${message ? 'true' : nothing} aria-describedby=${described}
        data-path=${data} data-edit=${edit} data-lang=${lang} />`;
  return html`<div class="control" data-key=${formatPath(path)}>
    <label for=${id}>${label}</label>
    ${options.help ? html`<span class="help" id=${`${id}-help`}>${options.help}</span>` : nothing}
    ${input}${error(id, message)}
  </div>`;
}

/**
 * A translatable text: one control in the primary language, and with a second language a second
 * one beside it, marked while it is still empty.
 */
export function textField(v: EditorView, path: Path, label: string, options: ControlOptions = {}): TemplateResult {
  const value = getAt(v.work, path);
  const first = control(
    v,
    path,
    'text',
    textIn(value, v.primary, v.primary),
    controlId(path),
    label,
    options,
    v.primary === 'en' && !v.second ? '' : v.primary,
  );
  if (!v.second || v.second === v.primary) return first;
  const translated = textIn(value, v.second, v.primary);
  const missing = value !== undefined && translated === '';
  return html`<div class="pair ${missing ? 'untranslated' : ''}">
    ${first}
    ${control(v, path, 'text', translated, controlId(path, v.second), `${label} (${v.second})`, { ...options, help: missing ? v.s.untranslated(1) : '' }, v.second)}
  </div>`;
}

/** A plain (untranslated) string or number. */
export function plainField(v: EditorView, path: Path, label: string, options: ControlOptions = {}): TemplateResult {
  const value = getAt(v.work, path);
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  return control(v, path, options.type === 'number' ? 'number' : 'plain', text, controlId(path), label, options);
}

/**
 * Lines of text as a list of strings (`lines`) or of `{ id, label }` options (`options`). A
 * `translatable` list gets a second box in the second language, line by line.
 */
export function linesField(
  v: EditorView,
  path: Path,
  label: string,
  edit: 'lines' | 'options',
  help: string,
  translatable = true,
): TemplateResult {
  const list = getAt(v.work, path);
  const lines = (lang: string) =>
    Array.isArray(list) ? list.map((x) => textIn(edit === 'options' ? getAt(x, ['label']) : x, lang, v.primary)) : [];
  const first = control(v, path, edit, lines(v.primary).join('\n'), controlId(path), label, { long: true, help });
  if (!translatable || !v.second || v.second === v.primary) return first;
  const translated = lines(v.second);
  const missing = translated.filter((line) => line === '').length;
  return html`<div class="pair ${missing ? 'untranslated' : ''}">
    ${first}
    ${control(v, path, edit, translated.join('\n'), controlId(path, v.second), `${label} (${v.second})`, { long: true, help: missing ? v.s.untranslated(missing) : help }, v.second)}
  </div>`;
}

/**
 * A true-or-absent flag (`bool`), a required true-or-false one (`flag`), or whether a record is
 * there at all (`present`: ticking it starts an empty one, whose required fields the schema names).
 */
export function checkField(v: EditorView, path: Path, label: string, edit: 'bool' | 'flag' | 'present' = 'bool'): TemplateResult {
  const id = controlId(path);
  const message = issueAt(v, path);
  const value = getAt(v.work, path);
  return html`<div class="control check" data-key=${formatPath(path)}>
    <input type="checkbox" id=${id} .checked=${edit === 'present' ? value !== undefined : value === true} ?disabled=${v.disabled}
      aria-invalid=${message ? 'true' : nothing} aria-describedby=${message ? `${id}-error` : nothing}
      data-path=${JSON.stringify(path)} data-edit=${edit} />
    <label for=${id}>${label}</label>${error(id, message)}
  </div>`;
}

/** One of a fixed list of values; the empty choice removes the key. */
export function selectField(
  v: EditorView,
  path: Path,
  label: string,
  choices: readonly (readonly [string, string])[],
  empty?: string,
): TemplateResult {
  const id = controlId(path);
  const value = getAt(v.work, path);
  const message = issueAt(v, path);
  return html`<div class="control" data-key=${formatPath(path)}>
    <label for=${id}>${label}</label>
    <select id=${id} ?disabled=${v.disabled} aria-invalid=${message ? 'true' : nothing}
      aria-describedby=${message ? `${id}-error` : nothing} data-path=${JSON.stringify(path)} data-edit="plain">
      ${empty !== undefined ? html`<option value="" ?selected=${value === undefined}>${empty}</option>` : nothing}
      ${choices.map(([key, text]) => html`<option value=${key} ?selected=${key === value}>${text}</option>`)}
    </select>${error(id, message)}
  </div>`;
}

/** Move up, move down and remove buttons for entry `index` of the list at `list`. */
export function entryActions(
  v: EditorView,
  list: Path,
  index: number,
  count: number,
  what: string,
  min = 0,
  across = { up: false, down: false },
): TemplateResult {
  const data = JSON.stringify(list);
  const button = (act: string, text: string, symbol: string, off: boolean) =>
    html`<button type="button" class="icon" part="action" data-act=${act} data-list=${data} data-index=${index}
      aria-label=${text} title=${text} ?disabled=${v.disabled || off}>${symbol}</button>`;
  return html`<span class="actions">
    <span class="handle" part="handle" draggable="true" data-list=${data} data-index=${index} title=${v.s.dragHint} aria-hidden="true">⠿</span>
    ${button('up', v.s.moveUp(what), '↑', index === 0 && !across.up)}${button('down', v.s.moveDown(what), '↓', index === count - 1 && !across.down)}
    ${button('remove', v.s.remove(what), '✕', count <= min)}
  </span>`;
}

/** A button that adds an entry of `kind` to the list at `list`, until the list holds `max`. */
export function addButton(v: EditorView, list: Path, kind: string, text: string, max = Infinity): TemplateResult {
  const full = listAt(v.work, list).length >= max;
  return html`<button type="button" class="add" part="add" data-act="add" data-kind=${kind} data-list=${JSON.stringify(list)} ?disabled=${v.disabled || full}>${text}</button>`;
}

/** A titled group of controls: a fieldset with a legend, and the issue for the group's own path. */
export function group(
  v: EditorView,
  path: Path,
  legend: string,
  body: unknown,
  extra: unknown = nothing,
  attrs: { list?: Path; index?: number } = {},
): TemplateResult {
  const message = issueAt(v, path);
  return html`<fieldset class="group" part="group" data-key=${formatPath(path)}
      data-drop=${attrs.list ? JSON.stringify(attrs.list) : nothing} data-index=${attrs.index ?? nothing}>
    <legend>${legend}</legend>${extra}
    ${message ? html`<p class="error" part="error" role="note">${message}</p>` : nothing}
    ${body}
  </fieldset>`;
}
