/**
 * What an item is aligned to and what a respondent is told at each level: its `competency` (a CASE
 * `CFItem` it assesses, the criterion's `CFItemURI`) and its `feedback` per level (CASE's level
 * `feedback`). Both travel with the definition and through CASE (docs/interop.md).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getAt, type Path } from '../../rubrics/authoring.js';
import { checkField, plainField, textField, type EditorView } from './fields.js';

/** A level an item can be given feedback for: its id and the name the editor shows. */
export interface FeedbackLevel {
  readonly id: string;
  readonly name: string;
}

/** The item's competency (a checkbox, then its three fields) and its feedback for each level. */
export function renderItemAlignment(v: EditorView, item: Path, levels: readonly FeedbackLevel[]): TemplateResult {
  const { s } = v;
  const competency = [...item, 'competency'];
  const linked = getAt(v.work, competency) !== undefined;
  const open = linked || getAt(v.work, [...item, 'feedback']) !== undefined;
  return html`<details class="group" ?open=${open}>
    <summary>${s.alignment}</summary>
    <div class="competency">
      ${checkField(v, competency, s.competency, 'present')}
      ${
        linked
          ? html`${plainField(v, [...competency, 'title'], s.competencyTitle)}
            <div class="row">
              ${plainField(v, [...competency, 'identifier'], s.competencyIdentifier)} ${plainField(v, [...competency, 'uri'], s.competencyUri)}
            </div>`
          : nothing
      }
    </div>
    ${
      levels.length > 0
        ? html`<div class="descriptors">
            ${levels.map((level) => textField(v, [...item, 'feedback', level.id], s.feedback(level.name), { long: true }))}
          </div>`
        : nothing
    }
  </details>`;
}
