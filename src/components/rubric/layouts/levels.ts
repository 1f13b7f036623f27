/**
 * What the layouts whose items choose one level (ordered, ideal-point and nominal scales) share:
 * each item a native radio group. They differ only in what each choice shows and what sits above
 * the items, and each is a module of its own (`descriptor-grid.ts`, `continuum.ts`, …), so an
 * element file carries only the layout it shows and any other arrives as a small chunk.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { Answer, Item, Level, RatedSubject } from '../../../rubrics/schema.js';
import { levelDescription } from '../speech.js';
import { itemFields, itemKey, itemProvenance, t, type LayoutTemplate, type View } from '../templates.js';

/** What one choice shows besides its radio. */
export type ChoiceText = (view: View, level: Level, item: Item) => TemplateResult;

export const name = (view: View, level: Level) => html`<span class="level-name">${t(view, level.label)}</span>`;
export const meaning = (view: View, level: Level) =>
  level.meaning ? html`<span class="meaning">${t(view, level.meaning)}</span>` : nothing;
export const isTarget = (view: View, level: Level) =>
  level.target === true || (level.id === view.rubric.scale.ideal && !level.notApplicable);

function levelOption(view: View, text: ChoiceText, level: Level, item: Item, key: string, answer: Answer | undefined, subjectId?: string) {
  const checked = answer?.level === level.id;
  const target = isTarget(view, level);
  // No whitespace between tags here and in `renderItem` (the `>` opens the next line): each run
  // would be a text node the first render builds (about 400 in the Coherence Progression), and in
  // these flex and grid boxes, or beside a block, it is never shown (docs/performance.md).
  return html`<label class="option ${checked ? 'checked' : ''} ${target ? 'is-target' : ''}" part="level${checked ? ' level-checked' : ''}"
    ><input type="radio" name=${`r-${key}`} .value=${level.id} .checked=${checked} ?disabled=${view.disabled}
      aria-label=${t(view, level.label)} aria-description=${levelDescription(view, level, item) || nothing}
      data-kind="level" data-item=${item.id} data-subject=${subjectId ?? ''}
    /><span class="option-text">${text(view, level, item)}${level.reconstructed ? html`<span class="mark" aria-hidden="true">†</span>` : nothing}</span
  ></label>`;
}

/** One item: a native radio group named by the item, its end labels, fields and clear button. */
function renderItem(text: ChoiceText, view: View, item: Item, subject?: RatedSubject, subjectIndex = 0): TemplateResult {
  const key = itemKey(item.id, subject?.id);
  const answers = subject ? subject.answers : view.response.answers;
  const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
  const title = subject ? `${t(view, item.title)}: ${subject.name || view.strings.unnamed(subjectIndex + 1)}` : t(view, item.title);
  const invalid = view.errors.has(key);
  const levels = view.rubric.scale.levels ?? [];
  const anchors = item.anchors ?? view.rubric.scale.anchors;
  // The group is described by its anchors too, so entering it says what its two ends mean.
  const describedBy = [item.description ? `desc-${key}` : '', anchors ? `low-${key} high-${key}` : '', invalid ? `err-${key}` : '']
    .filter(Boolean)
    .join(' ');
  const shown = subject ? t(view, item.title) : title;
  // The code is text in the title (`A. Shared purpose…`), not a template of its own.
  const heading = item.code && view.rubric.layout !== 'continuum' ? `${item.code}. ${shown}` : shown;
  return html`<fieldset class="item ${invalid ? 'invalid' : ''}" part="item" role="radiogroup" id=${`item-${key}`}
      aria-labelledby=${`title-${key}`} aria-describedby=${describedBy || nothing}
      aria-invalid=${invalid ? 'true' : nothing} aria-required=${view.required ? 'true' : nothing}
      aria-readonly=${view.readonly ? 'true' : nothing} ?disabled=${view.disabled}
    ><legend id=${`title-${key}`}><span class="item-title" part="item-title">${heading}</span></legend>${
      item.aliases?.length
        ? html`<p class="aliases">${item.aliases.map((a) => html`<span>${t(view, a.context)}: ${t(view, a.title)}</span>`)}</p>`
        : nothing
    }${item.description ? html`<p class="description" id=${`desc-${key}`}>${t(view, item.description)}</p>` : nothing}${
      invalid ? html`<p class="error" part="error" id=${`err-${key}`}>${view.strings.required(title)}</p>` : nothing
    }<div class="scale"
      >${anchors ? html`<p class="anchor low" part="anchor" id=${`low-${key}`}>${t(view, anchors.low)}</p>` : nothing}<div
        class="options options-${levels.length}" part="options"
      >${levels.map((level) => levelOption(view, text, level, item, key, answer, subject?.id))}</div
      >${anchors ? html`<p class="anchor high" part="anchor" id=${`high-${key}`}>${t(view, anchors.high)}</p>` : nothing}</div
    >${itemProvenance(view, item)}<div class="item-footer"
      >${itemFields(view, item, key, answer, subject)}${
        answer?.level && !view.readonly && !view.disabled
          ? html`<button type="button" class="clear" part="clear" data-kind="clear" data-item=${item.id}
            data-subject=${subject?.id ?? ''} aria-label=${view.strings.clearLabel(title)}>${view.strings.clear}</button>`
          : nothing
      }</div
  ></fieldset>`;
}

/** The scale's meanings, shown once above the items. */
function renderLegend(view: View): TemplateResult | typeof nothing {
  const levels = (view.rubric.scale.levels ?? []).filter((l) => l.meaning);
  if (levels.length === 0) return nothing;
  return html`<dl class="legend" part="legend">
    ${levels.map((l) => {
      const short = t(view, l.shortLabel ?? l.label);
      const label = t(view, l.label);
      return html`<div><dt>${short}</dt><dd>${short !== label ? `${label}: ` : ''}${t(view, l.meaning)}</dd></div>`;
    })}
  </dl>`;
}

/** A grid rubric's table form (`tableForm` in table.ts): its column heads and its rules. */
export interface TableForm {
  columns(view: View): TemplateResult;
  readonly styles: CSSResult;
}

/**
 * A layout of radio groups whose choices show `text`; `legend`: the meanings are listed once
 * above; `table`: a grid rubric with a table form where the element is wide enough. The table
 * form is given, not imported, so a layout without one (the continuum) does not carry it.
 */
export function levelsLayout(text: ChoiceText, legend: boolean, styles: CSSResult = css``, table?: TableForm): LayoutTemplate {
  return {
    head: (view) => (legend ? renderLegend(view) : nothing),
    columns: (view) => (table ? table.columns(view) : nothing),
    item: (view, item, subject, index) => renderItem(text, view, item, subject, index),
    grouped: false,
    styles: table ? css`${styles}${table.styles}` : styles,
  };
}

/**
 * A scale is one line where all its options fit, and one vertical list below that: never 5 + 2.
 * The box around the items (the container `cr-scale`: a section's items, a subject's card) is
 * measured, not the window, so the switch follows the element's own width, its nesting and its
 * text size alike. For n options of `point` em with gaps of `gap` em, n × point + (n − 1) × gap em
 * make a line, plus `ITEM_EDGES` for the item's own padding and border; `row(line)` adds a
 * layout's own rules for the options `line` when they are one line. Up to 7 options; more are
 * always a list.
 */
/** An item's padding and border on both sides (2 × `--cr-space` + 2 px), with room to spare. */
const ITEM_EDGES = 1.75;

export function oneLine(point: number, gap: number, row: (line: CSSResult) => CSSResult = () => css``): CSSResult {
  return [2, 3, 4, 5, 6, 7]
    .map((n) => {
      const line = css`.scale > .options-${n}`;
      return css`
        @container cr-scale (width >= ${n * point + (n - 1) * gap + ITEM_EDGES}em) {
          ${line} {
            grid-template-columns: repeat(${n}, minmax(0, 1fr));
            gap: ${gap}em;
          }
          ${row(line)}
        }
      `;
    })
    .reduce((all, rules) => css`${all}${rules}`);
}
