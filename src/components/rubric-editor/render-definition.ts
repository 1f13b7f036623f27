/** The editor's panels for what a definition holds: about, scale, sections and items, fields, subjects. */
import { html, nothing, type TemplateResult } from 'lit';
import { getAt, listAt, textIn, type Path } from '../../rubrics/authoring.js';
import { choosesLevel, LAYOUTS, SCALE_KINDS, type ScaleKind } from '../../rubrics/kinds.js';
import { addButton, checkField, entryActions, group, linesField, plainField, selectField, textField, type EditorView } from './fields.js';
import { renderItemAlignment } from './render-alignment.js';
import { renderItemProvenance, renderReconstruction } from './render-provenance.js';

const FIELD_TYPES = ['text', 'textarea', 'checkbox', 'date', 'select'] as const;
const SOURCE_KEYS = ['document', 'publisher', 'year', 'edition', 'pages', 'url', 'adaptedBy'] as const;

/** A name for entry `path` in buttons and messages: its text, else "Item 3". */
function nameOf(v: EditorView, path: Path, key: string, fallback: string): string {
  return textIn(getAt(v.work, [...path, key]), v.primary, v.primary) || fallback;
}

/** A list of translatable texts (instructions, notes), each with Move and Remove. */
function renderTexts(v: EditorView, list: Path, legend: string, each: (n: number) => string, add: string): TemplateResult {
  const texts = listAt(v.work, list);
  return group(
    v,
    list,
    legend,
    html`
    ${texts.map(
      (_, i) => html`<div class="entry" data-drop=${JSON.stringify(list)} data-index=${i}>
      ${textField(v, [...list, i], each(i + 1), { long: true })}
      ${entryActions(v, list, i, texts.length, each(i + 1))}
    </div>`,
    )}
    ${addButton(v, list, 'text', add)}`,
  );
}

export function renderAbout(v: EditorView): TemplateResult {
  const { s } = v;
  const changes = listAt(v.work, ['changes']);
  return group(
    v,
    [],
    s.about,
    html`
    ${textField(v, ['title'], s.title)}
    ${textField(v, ['description'], s.description, { long: true })}
    <div class="row">
      ${plainField(v, ['id'], s.id)} ${plainField(v, ['version'], s.version)}
      ${selectField(
        v,
        ['layout'],
        s.layout,
        LAYOUTS.map((l) => [l, l] as const),
      )}
      ${plainField(v, ['defaultLanguage'], s.language)}
    </div>
    ${renderTexts(v, ['instructions'], s.instructions, s.instruction, s.addInstruction)}
    ${
      getAt(v.work, ['instructions']) !== undefined || getAt(v.work, ['originalInstructions']) !== undefined
        ? renderTexts(v, ['originalInstructions'], s.originalInstructions, s.instruction, s.addInstruction)
        : nothing
    }
    ${renderReconstruction(v, [])}
    ${
      changes.length
        ? group(
            v,
            ['changes'],
            s.changes,
            changes.map(
              (_, i) => html`<div class="entry" data-drop=${JSON.stringify(['changes'])} data-index=${i}>
          <div class="row">${plainField(v, ['changes', i, 'version'], s.version)} ${textField(v, ['changes', i, 'note'], s.changeNoteLabel, { long: true })}</div>
          ${entryActions(v, ['changes'], i, changes.length, s.changeNoteLabel)}
        </div>`,
            ),
          )
        : nothing
    }
    <details class="group" ?open=${getAt(v.work, ['source']) !== undefined}>
      <summary>${s.source}</summary>
      <div class="row">
        ${SOURCE_KEYS.map((key) => plainField(v, ['source', key], s.sourceFields[key], key === 'year' ? { type: 'number' } : {}))}
      </div>
    </details>
    <details class="group" ?open=${getAt(v.work, ['notes']) !== undefined}>
      <summary>${s.notes}</summary>
      ${linesField(v, ['languages'], s.languages, 'lines', s.languagesHelp, false)}
      ${renderTexts(v, ['notes'], s.notes, s.note, s.addNote)}
    </details>`,
  );
}

/** What the scale's kind asks for beyond levels: the ideal point, "choose up to N", the longest answer. */
function renderKindOptions(v: EditorView, kind: ScaleKind): TemplateResult | typeof nothing {
  const { s } = v;
  if (kind === 'ideal-point') {
    const choices = listAt(v.work, ['scale', 'levels']).flatMap((l) => {
      const id = getAt(l, ['id']);
      return typeof id === 'string' ? [[id, textIn(getAt(l, ['label']), v.primary, v.primary) || id] as const] : [];
    });
    return selectField(v, ['scale', 'ideal'], s.ideal, choices, '');
  }
  if (kind === 'checklist')
    return html`<div class="row">${plainField(v, ['scale', 'maxChecked'], s.maxChecked, { type: 'number' })} ${checkField(v, ['scale', 'agreement'], s.agreement)}</div>`;
  if (kind === 'prompt') return plainField(v, ['scale', 'maxLength'], s.maxLength, { type: 'number' });
  return nothing;
}

export function renderScale(v: EditorView): TemplateResult {
  const { s } = v;
  const levels = listAt(v.work, ['scale', 'levels']);
  const list: Path = ['scale', 'levels'];
  const given = getAt(v.work, ['scale', 'kind']);
  const kind: ScaleKind = (SCALE_KINDS as readonly unknown[]).includes(given) ? (given as ScaleKind) : 'ordered';
  return group(
    v,
    ['scale'],
    s.scale,
    html`
    <div class="row">
      ${selectField(
        v,
        ['scale', 'kind'],
        s.kind,
        SCALE_KINDS.map((k) => [k, s.kinds[k]] as const),
      )}
      ${textField(v, ['scale', 'label'], s.scaleLabel)}
    </div>
    ${renderKindOptions(v, kind)}
    ${
      choosesLevel(kind)
        ? html`<div class="row">${textField(v, ['scale', 'anchors', 'low'], s.anchorsLow)} ${textField(v, ['scale', 'anchors', 'high'], s.anchorsHigh)}</div>`
        : nothing
    }
    ${
      !choosesLevel(kind) && levels.length === 0
        ? nothing
        : group(
            v,
            list,
            s.levels,
            html`
      <ol class="entries">
        ${levels.map((_, i) => {
          const at = [...list, i];
          const name = nameOf(v, at, 'label', s.level(i + 1));
          return html`<li class="entry" data-drop=${JSON.stringify(list)} data-index=${i}>
            ${group(
              v,
              at,
              s.level(i + 1),
              html`
              <div class="row">
                ${textField(v, [...at, 'label'], s.label)} ${textField(v, [...at, 'shortLabel'], s.shortLabel)}
                ${plainField(v, [...at, 'points'], s.points, { type: 'number' })}
              </div>
              ${textField(v, [...at, 'meaning'], s.meaning, { long: true })}
              <div class="row">${checkField(v, [...at, 'target'], s.target)} ${checkField(v, [...at, 'notApplicable'], s.notApplicable)}</div>
              ${renderReconstruction(v, at)}`,
              entryActions(v, list, i, levels.length, name, choosesLevel(kind) ? 2 : 0),
            )}
          </li>`;
        })}
      </ol>
      ${addButton(v, list, 'level', s.addLevel)}`,
          )
    }`,
  );
}

function renderItem(v: EditorView, section: number, i: number, count: number): TemplateResult {
  const { s } = v;
  const list: Path = ['sections', section, 'items'];
  const at = [...list, i];
  const layout = getAt(v.work, ['layout']);
  const levels = listAt(v.work, ['scale', 'levels']);
  const descriptors = layout === 'descriptor-grid' || getAt(v.work, [...at, 'descriptors']) !== undefined;
  // Feedback for each level an answer can give (not N/A, which is no rating).
  const feedbackLevels = levels.flatMap((level, l) => {
    const id = getAt(level, ['id']);
    return typeof id === 'string' && getAt(level, ['notApplicable']) !== true
      ? [{ id, name: nameOf(v, ['scale', 'levels', l], 'label', s.level(l + 1)) }]
      : [];
  });
  return html`<li class="entry" data-drop=${JSON.stringify(list)} data-index=${i}>
    ${group(
      v,
      at,
      s.item(i + 1),
      html`
      ${textField(v, [...at, 'title'], s.title, { long: true })}
      <div class="row">${plainField(v, [...at, 'code'], s.code)} ${plainField(v, [...at, 'weight'], s.weight, { type: 'number' })}</div>
      ${textField(v, [...at, 'description'], s.description, { long: true })}
      ${
        descriptors
          ? html`<div class="descriptors">${levels.map((level, l) => {
              const id = getAt(level, ['id']);
              if (typeof id !== 'string' || getAt(level, ['notApplicable']) === true) return nothing;
              return textField(v, [...at, 'descriptors', id], s.descriptor(nameOf(v, ['scale', 'levels', l], 'label', s.level(l + 1))), {
                long: true,
              });
            })}</div>`
          : nothing
      }
      ${
        layout === 'prompts' || getAt(v.work, [...at, 'questions']) !== undefined
          ? renderTexts(v, [...at, 'questions'], s.questions, s.question, s.addQuestion)
          : nothing
      }
      ${
        layout === 'bipolar-scale' || getAt(v.work, [...at, 'anchors']) !== undefined
          ? html`<div class="row">${textField(v, [...at, 'anchors', 'low'], s.anchorsLow, { long: true })} ${textField(v, [...at, 'anchors', 'high'], s.anchorsHigh, { long: true })}</div>`
          : nothing
      }
      ${renderItemProvenance(v, at)}
      ${renderItemAlignment(v, at, feedbackLevels)}`,
      // The first and last items also move into the section before or after.
      entryActions(v, list, i, count, nameOf(v, at, 'title', s.item(i + 1)), 1, {
        up: section > 0,
        down: section < listAt(v.work, ['sections']).length - 1,
      }),
    )}
  </li>`;
}

export function renderSections(v: EditorView): TemplateResult {
  const { s } = v;
  const sections = listAt(v.work, ['sections']);
  return group(
    v,
    ['sections'],
    s.sections,
    html`
    <ol class="entries">
      ${sections.map((_, si) => {
        const at: Path = ['sections', si];
        const items = listAt(v.work, [...at, 'items']);
        return html`<li class="entry" data-drop=${JSON.stringify(['sections'])} data-index=${si}>
          ${group(
            v,
            at,
            s.section(si + 1),
            html`
            <div class="row">${textField(v, [...at, 'title'], s.title)} ${plainField(v, [...at, 'code'], s.code)}</div>
            ${textField(v, [...at, 'description'], s.description, { long: true })}
            ${group(
              v,
              [...at, 'items'],
              nameOf(v, at, 'title', s.section(si + 1)),
              html`
              <ol class="entries">${items.map((_, i) => renderItem(v, si, i, items.length))}</ol>
              ${addButton(v, [...at, 'items'], 'item', s.addItem)}`,
            )}`,
            entryActions(v, ['sections'], si, sections.length, nameOf(v, at, 'title', s.section(si + 1)), 1),
          )}
        </li>`;
      })}
    </ol>
    ${addButton(v, ['sections'], 'section', s.addSection)}`,
  );
}

function renderFieldList(v: EditorView, list: Path, legend: string): TemplateResult {
  const { s } = v;
  const fields = listAt(v.work, list);
  return group(
    v,
    list,
    legend,
    html`
    <ol class="entries">
      ${fields.map((_, i) => {
        const at = [...list, i];
        return html`<li class="entry" data-drop=${JSON.stringify(list)} data-index=${i}>
          ${group(
            v,
            at,
            s.field(i + 1),
            html`
            <div class="row">
              ${textField(v, [...at, 'label'], s.label)} ${plainField(v, [...at, 'id'], s.id)}
              ${selectField(
                v,
                [...at, 'type'],
                s.type,
                FIELD_TYPES.map((t) => [t, t] as const),
              )}
            </div>
            <div class="row">${textField(v, [...at, 'help'], s.help)} ${plainField(v, [...at, 'maxLength'], s.maxLengthField, { type: 'number' })}</div>
            <div class="row">${checkField(v, [...at, 'required'], s.required)} ${checkField(v, [...at, 'addition'], s.addition)}</div>
            ${getAt(v.work, [...at, 'type']) === 'select' ? linesField(v, [...at, 'options'], s.options, 'options', s.optionsHelp) : nothing}`,
            entryActions(v, list, i, fields.length, nameOf(v, at, 'label', s.field(i + 1))),
          )}
        </li>`;
      })}
    </ol>
    ${addButton(v, list, 'field', s.addField)}`,
  );
}

export function renderExtras(v: EditorView): TemplateResult {
  const { s } = v;
  const on = getAt(v.work, ['subjects']) !== undefined;
  return html`${group(v, ['$fields'], s.fields, html`${renderFieldList(v, ['itemFields'], s.itemFields)} ${renderFieldList(v, ['responseFields'], s.responseFields)}`)}
    ${group(
      v,
      ['subjects'],
      s.subjects,
      html`
      <div class="control check">
        <input type="checkbox" id="subjects-on" .checked=${on} ?disabled=${v.disabled} data-act="subjects" />
        <label for="subjects-on">${s.subjectsOn}</label>
      </div>
      ${
        on
          ? html`<div class="row">${textField(v, ['subjects', 'label'], s.label)} ${textField(v, ['subjects', 'pluralLabel'], s.pluralLabel)}
            ${plainField(v, ['subjects', 'max'], s.max, { type: 'number' })}</div>
            ${linesField(v, ['subjects', 'suggestions'], s.suggestions, 'lines', s.suggestionsHelp)}
            ${renderFieldList(v, ['subjects', 'fields'], s.fields)}`
          : nothing
      }`,
    )}`;
}
