/** The editor's toolbar, problems, translation, preview and output panels, and what they write. */
import { html, nothing, type TemplateResult } from 'lit';
import { getAt, untranslated, type Draft } from '../../rubrics/authoring.js';
import type { ValidationIssue } from '../../rubrics/parse.js';
import { checkField, plainField, type EditorView } from './fields.js';

/** Where the snippets point until the host says (`cdn` attribute). */
export const DEFAULT_CDN = 'https://YOUR-CDN/collab-rubrics/';

/** The definition as a file: `$schema` first, two-space indents, a final line end. */
export function definitionJson(work: Draft, cdn: string): string {
  const { $schema: _old, ...rest } = work;
  return `${JSON.stringify({ $schema: `${cdn}schemas/rubric.schema.json`, ...rest }, null, 2)}\n`;
}

/** The three ways to embed the rubric, as text to copy. */
export function snippets(work: Draft, cdn: string): { script: string; npm: string; iframe: string } {
  const id = typeof work['id'] === 'string' ? work['id'] : 'my-rubric';
  const title = getAt(work, ['title']);
  const name = (typeof title === 'string' ? title : Object.values((title as Record<string, string>) ?? {})[0]) ?? id;
  const file = `${id}.json`;
  return {
    script: `<script type="module" src="${cdn}dist/cdn/cr-rubric.js"></script>\n<cr-rubric src="${file}" name="${id}" storage-key="${id}"></cr-rubric>`,
    npm: `npm install collab-rubrics\n\nimport 'collab-rubrics/components/rubric/cr-rubric.js';\nimport definition from './${file}' with { type: 'json' };\n\ndocument.querySelector('cr-rubric').definition = definition;`,
    iframe: `<iframe data-collab-rubrics title="${name.replace(/"/g, '&quot;')}"\n  src="${cdn}embed/index.html?src=${encodeURIComponent(`https://YOUR-HOST/${file}`)}&storage-key=${encodeURIComponent(id)}"></iframe>\n<script src="${cdn}embed/resize.js"></script>`,
  };
}

export function renderToolbar(v: EditorView, builtIns: readonly string[], canUndo: boolean, canRedo: boolean): TemplateResult {
  const { s } = v;
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${s.start}>
    <div class="control">
      <label for="start">${s.startFrom}</label>
      <select id="start" data-act="start" ?disabled=${v.disabled}>
        <option value="" selected>…</option>
        <option value="blank">${s.blank}</option>
        ${builtIns.map((id) => html`<option value=${id}>${id}</option>`)}
      </select>
    </div>
    <div class="control">
      <label for="file">${s.openFile}</label>
      <input id="file" type="file" accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values" data-act="file" ?disabled=${v.disabled} />
    </div>
    <div class="control">
      <button type="button" data-act="undo" ?disabled=${v.disabled || !canUndo} aria-keyshortcuts="Control+Z">${s.undo}</button>
      <button type="button" data-act="redo" ?disabled=${v.disabled || !canRedo} aria-keyshortcuts="Control+Shift+Z">${s.redo}</button>
    </div>
    <details class="paste">
      <summary>${s.paste}</summary>
      <label for="paste">${s.paste}</label>
      <span class="help" id="paste-help">${s.pasteHelp}</span>
      <textarea id="paste" rows="4" aria-describedby="paste-help" ?disabled=${v.disabled}></textarea>
      <button type="button" data-act="paste" ?disabled=${v.disabled}>${s.read}</button>
    </details>
  </div>`;
}

/** Every issue as a link to the field it names (GOV.UK error summary), or a line saying there are none. */
export function renderProblems(v: EditorView, issues: readonly ValidationIssue[]): TemplateResult {
  const { s } = v;
  if (issues.length === 0) return html`<p class="ok" part="problems">${s.noProblems}</p>`;
  return html`<div class="problems" part="problems" aria-labelledby="problems-title">
    <h3 id="problems-title">${s.problems(issues.length)}</h3>
    <ul>${issues.slice(0, 50).map((i) => html`<li><a href="#" data-act="focus" data-key=${i.path}><code>${i.path}</code>: ${i.message}</a></li>`)}</ul>
  </div>`;
}

export function renderTranslation(v: EditorView): TemplateResult {
  const { s } = v;
  const missing = v.second ? untranslated(v.work, v.second, v.primary).length : 0;
  return html`<div class="translation" part="translation">
    <div class="control">
      <label for="second">${s.translateTo}</label>
      <input id="second" list="languages" .value=${v.second} data-act="second" ?disabled=${v.disabled} />
      <datalist id="languages"><option value="es"></option><option value="en"></option><option value="fr"></option><option value="pt"></option><option value="zh"></option></datalist>
    </div>
    ${
      v.second
        ? html`<p class="status">${missing ? s.untranslated(missing) : s.allTranslated}</p>
      <div class="row">
        ${plainField(v, ['translations', v.second, 'translator'], s.translator)}
        ${checkField(v, ['translations', v.second, 'fromSource'], s.fromSource, 'flag')}
        ${checkField(v, ['translations', v.second, 'reviewed'], s.reviewed, 'flag')}
      </div>`
        : nothing
    }
  </div>`;
}

export function renderOutput(v: EditorView, cdn: string, canUse: boolean): TemplateResult {
  const { s } = v;
  const code = snippets(v.work, cdn);
  const snippet = (key: keyof typeof code, label: string) => html`<div class="snippet">
    <h4 id=${`snippet-${key}`}>${label}</h4>
    <pre tabindex="0" aria-labelledby=${`snippet-${key}`}><code>${code[key]}</code></pre>
    <button type="button" data-act="copy" data-what=${key}>${s.copy(label)}</button>
  </div>`;
  return html`<section class="output" part="output" aria-labelledby="output-title">
    <h3 id="output-title">${s.output}</h3>
    <div class="buttons">
      <button type="button" data-act="download" data-what="json">${s.downloadJson}</button>
      <button type="button" data-act="copy" data-what="json">${s.copyJson}</button>
      <button type="button" data-act="download" data-what="grid" ?disabled=${!canUse}>${s.downloadCsv('grid')}</button>
      <button type="button" data-act="download" data-what="canvas" ?disabled=${!canUse}>${s.downloadCsv('Canvas')}</button>
    </div>
    <h3>${s.snippets}</h3>
    ${snippet('script', s.snippetScript)} ${snippet('npm', s.snippetNpm)} ${snippet('iframe', s.snippetIframe)}
  </section>`;
}
