/**
 * Where a text came from: an item's other names in the source (`aliases`) and the marking of a
 * text rebuilt from a damaged source (`reconstructed`) on the rubric, a level or an item. Content
 * is transcribed word for word from its source, so an author who supplies words says so here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getAt, listAt, type Path } from '../../rubrics/authoring.js';
import { LIMITS } from '../../rubrics/schema.js';
import { addButton, checkField, entryActions, group, plainField, textField, type EditorView } from './fields.js';

/** The "reconstructed" checkbox of the text at `owner` and, once ticked, what was rebuilt and from where. */
export function renderReconstruction(v: EditorView, owner: Path): TemplateResult {
  const { s } = v;
  const at = [...owner, 'reconstructed'];
  return html`<div class="reconstruction">
    ${checkField(v, at, s.reconstructed, 'present')}
    ${
      getAt(v.work, at) === undefined
        ? nothing
        : html`${textField(v, [...at, 'note'], s.reconstructionNote, { long: true })}
          ${plainField(v, [...at, 'source'], s.reconstructionSource)}
          ${plainField(v, [...at, 'detail'], s.reconstructionDetail, { long: true })}`
    }
  </div>`;
}

/** An item's other names (each a name and where the source uses it), then its reconstruction. */
export function renderItemProvenance(v: EditorView, item: Path): TemplateResult {
  const { s } = v;
  const list = [...item, 'aliases'];
  const aliases = listAt(v.work, list);
  const open = aliases.length > 0 || getAt(v.work, [...item, 'reconstructed']) !== undefined;
  return html`<details class="group" ?open=${open}>
    <summary>${s.provenance}</summary>
    ${group(
      v,
      list,
      s.aliases,
      html`${aliases.map(
        (_, i) => html`<div class="entry" data-drop=${JSON.stringify(list)} data-index=${i}>
          <div class="row">${textField(v, [...list, i, 'title'], s.aliasTitle)} ${textField(v, [...list, i, 'context'], s.aliasContext)}</div>
          ${entryActions(v, list, i, aliases.length, s.alias(i + 1))}
        </div>`,
      )}
      ${addButton(v, list, 'alias', s.addAlias, LIMITS.aliases)}`,
    )}
    ${renderReconstruction(v, item)}
  </details>`;
}
