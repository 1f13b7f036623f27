/**
 * Templates of the report's parts: files, overview, sections with their items, the comparison
 * with the previous cycle and the team's agreed ratings. They arrange what `src/scoring`
 * computed; controls carry `data-kind` attributes that the element's delegated listeners read.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { EXISTING, type ImportReport, type InvalidEntry, type NotCountedEntry } from '../../report/entries.js';
import { firstIssues, type ImportProgress } from '../../report/import.js';
import { choosesLevel, type ScaleKind } from '../../rubrics/kinds.js';
import type { Answer, FieldValue, Item, Section } from '../../rubrics/schema.js';
import { noteOf, type ItemNote } from '../../report/notes.js';
import { subjectKey, type Change, type Direction, type ExcludedAnswer, type ItemAggregate } from '../../scoring/index.js';
import { flagIcon, renderItemStrip, scrollable } from './charts.js';
import { itemTitle, num, positionText, qualifiedTitle, sectionTitle, signed, tr, type ReportView, type TextView } from './view.js';

const LIST_MAX = 20;
/** Members' notes shown per item; the CSV download has them all. */
const NOTES_MAX = 100;

function capped<T>(view: TextView, list: readonly T[], each: (entry: T) => TemplateResult): TemplateResult {
  return html`<ul>${list.slice(0, LIST_MAX).map((e) => html`<li>${each(e)}</li>`)}
    ${list.length > LIST_MAX ? html`<li>${view.strings.more(list.length - LIST_MAX)}</li>` : nothing}</ul>`;
}

export interface FilesState {
  readonly dragging: boolean;
  readonly canExport: boolean;
  readonly report: ImportReport | undefined;
  /** Progress of a running import, if any. */
  readonly importing: ImportProgress | undefined;
  readonly onDragOver: (event: DragEvent) => void;
  readonly onDragLeave: (event: DragEvent) => void;
  readonly onDrop: (event: DragEvent) => void;
}

/** Picking and dropping files, the downloads, and what the last import did. */
export function renderFiles(view: TextView, state: FilesState): TemplateResult {
  const s = view.strings;
  return html`<section class="files" part="files" aria-labelledby="files-title">
    <h3 id="files-title">${s.filesTitle}</h3>
    <div class="drop ${state.dragging ? 'dragging' : ''}" part="drop-zone"
      @dragover=${state.onDragOver} @dragleave=${state.onDragLeave} @drop=${state.onDrop}>
      <label for="file-input">${s.chooseFiles}</label>
      <input id="file-input" type="file" multiple accept=".json,.csv,application/json,text/csv" data-kind="files" />
      <p class="hint">${s.dropHint}</p>
    </div>
    ${
      state.canExport
        ? html`<div class="exports"><button type="button" data-kind="download-csv">${s.downloadCsv}</button>
          <button type="button" data-kind="download-json">${s.downloadJson}</button></div>`
        : nothing
    }
    ${renderImportReport(view, state.report, state.importing)}
  </section>`;
}

/** Entries of `responses` (set by the host) that are not valid responses, each with its reasons. */
export function renderInvalidResponses(view: TextView, invalid: readonly InvalidEntry[]): TemplateResult {
  const s = view.strings;
  return html`<div class="notice" part="invalid-responses" role="alert">
    <p>${s.invalidResponses(invalid.length)}</p>
    ${capped(view, invalid, (e) => html`<strong>${e.source}</strong>: ${firstIssues(e.issues).join('; ')}`)}
  </div>`;
}

/** What the last import did; shown in a polite status region. */
export function renderImportReport(
  view: TextView,
  report: ImportReport | undefined,
  importing: ImportProgress | undefined,
): TemplateResult {
  const s = view.strings;
  const body = importing?.reading
    ? html`<p><label for="import-progress">${s.readingFile(importing.reading.source, importing.reading.fraction)}</label></p>
        <progress id="import-progress" part="import-progress" max="1" value=${importing.reading.fraction}></progress>`
    : importing
      ? html`<p><label for="import-progress">${s.importing(importing.done, importing.total)}</label></p>
        <progress id="import-progress" part="import-progress" max=${Math.max(importing.total, 1)} value=${importing.done}></progress>`
      : report
        ? html`<p>${s.loaded(report.loaded.length)}</p>
        ${
          report.invalid.length
            ? html`<h4>${s.invalidTitle}</h4>${capped(view, report.invalid, (e) => html`<strong>${e.source}</strong>: ${firstIssues(e.issues).join('; ')}`)}`
            : nothing
        }
        ${
          report.duplicates.length
            ? html`<h4>${s.duplicatesTitle}</h4>${capped(view, report.duplicates, (e) => {
                const of = e.duplicateOf === EXISTING ? s.existing : e.duplicateOf;
                return html`<strong>${e.source}</strong>: ${e.reason === 'id' ? s.sameId(of) : s.sameContent(of)}`;
              })}`
            : nothing
        }
        ${
          report.skipped.length
            ? html`<h4>${s.skippedTitle}</h4>${capped(view, report.skipped, (e) => html`<strong>${e.source}</strong>: ${s.otherRubricReason(e.rubricId)}`)}`
            : nothing
        }
        ${
          report.notCounted?.length
            ? html`<h4>${s.notCountedTitle(report.notCounted.length)}</h4>${capped(view, report.notCounted, (e) => html`<strong>${e.source}</strong>: ${notCountedText(view, e)}`)}`
            : nothing
        }`
        : nothing;
  return html`<div class="import-report" part="import-report" role="status">${body}</div>`;
}

/** Where an answer that is not counted sits and why: "Trust and Conflict · level “9” is not on the scale". */
function notCountedText(view: TextView, e: Pick<NotCountedEntry, 'subject' | 'itemId' | 'levelId' | 'reason'>): string {
  const s = view.strings;
  const where = [e.subject, e.reason === 'item-not-in-rubric' ? e.itemId : qualifiedTitle(view, e.itemId)].filter(Boolean).join(' · ');
  const why = e.reason === 'level-not-on-scale' ? s.levelNotOnScale(e.levelId ?? '') : s.itemNotInRubric;
  return `${where}: ${why}`;
}

/**
 * Answers every figure leaves out (`excludedAnswers` from `src/scoring`), listed by response, item
 * and level, so a file with a level that is not on the scale is never counted without a word.
 */
export function renderNotCounted(view: ReportView): TemplateResult | typeof nothing {
  const excluded = view.excluded;
  if (!excluded.length) return nothing;
  const s = view.strings;
  const who = (e: ExcludedAnswer) => [e.respondent ?? s.person(e.response + 1), e.responseId].filter(Boolean).join(', ');
  return html`<section class="not-counted" part="not-counted" aria-labelledby="not-counted-title">
    <h3 id="not-counted-title">${s.notCountedTitle(excluded.length)}</h3>
    <p>${s.notCountedIntro}</p>
    <ul>${excluded
      .slice(0, LIST_MAX)
      .map(
        (e) => html`<li><strong>${who(e)}</strong>: ${notCountedText(view, e)}</li>`,
      )}${excluded.length > LIST_MAX ? html`<li>${s.more(excluded.length - LIST_MAX)}</li>` : nothing}</ul>
  </section>`;
}

/** A field value as text: a checkbox's Yes or No, any other value as written. */
const fieldText = (view: ReportView, value: FieldValue | undefined): string =>
  value === true ? view.strings.yes : value === false ? view.strings.no : (value ?? '');

/** Each response's response fields (date, school, role…) in a collapsed table; text only. */
export function renderRespondents(view: ReportView): TemplateResult | typeof nothing {
  const fields = view.rubric.responseFields ?? [];
  if (!view.respondents.length || !fields.length) return nothing;
  const s = view.strings;
  return html`<section class="respondents" part="respondents" aria-labelledby="respondents-title">
    <h3 id="respondents-title">${s.respondentsTitle}</h3>
    <details class="data" part="data"><summary>${s.showTable}</summary>
      ${scrollable(
        s.respondentsTitle,
        html`<table part="data-table">
        <thead><tr><th scope="col">${s.respondent}</th>${fields.map((f) => html`<th scope="col">${tr(view, f.label)}</th>`)}</tr></thead>
        <tbody>${view.respondents
          .slice(0, NOTES_MAX)
          .map(
            (r) =>
              html`<tr><th scope="row">${r.name}</th>${fields.map(
                (f) => html`<td>${fieldText(view, Object.hasOwn(r.fields, f.id) ? r.fields[f.id] : undefined)}</td>`,
              )}</tr>`,
          )}${view.respondents.length > NOTES_MAX ? html`<tr><td colspan=${fields.length + 1}>${s.moreNotes(view.respondents.length - NOTES_MAX)}</td></tr>` : nothing}</tbody>
      </table>`,
      )}
    </details>
  </section>`;
}

/** The items to discuss, the discuss rule (from `src/scoring`) and which central value is shown. */
export function renderOverview(view: ReportView): TemplateResult {
  const s = view.strings;
  const flagged = view.aggregate.overall.discussItems;
  return html`<section class="overview" part="overview" aria-labelledby="overview-title">
    <h3 id="overview-title">${flagIcon} ${s.toDiscuss}</h3>
    ${
      flagged.length
        ? html`<ul class="discuss-list">${flagged.map(
            (id) => html`<li><a href=${`#item-${id}`} data-kind="goto" data-item=${id}>${qualifiedTitle(view, id)}</a></li>`,
          )}</ul>`
        : html`<p>${s.nothingToDiscuss}</p>`
    }
    <p class="rule" part="rule"><strong>${s.ruleTitle}</strong> ${s.rule(view.aggregate)}</p>
    <p class="central">${s.centralValue}</p>
  </section>`;
}

/** The column's name inside a cell, shown only when a narrow container stacks the table's rows. */
const cellLabel = (label: string) => html`<span class="cell-label" aria-hidden="true">${label}</span>`;

/**
 * One row per section: its pooled figures and the items it flags (the row names the section, so
 * the items need no qualifier). Narrow containers stack each row as a block of labelled lines.
 */
export function renderSectionsTable(view: ReportView): TemplateResult {
  const s = view.strings;
  return html`<section class="sections" part="sections" aria-labelledby="sections-title">
    <h3 id="sections-title">${s.sectionsTitle}</h3>
    ${scrollable(
      s.sectionsTitle,
      html`<table part="sections-table" class="stacking">
      <thead><tr><th scope="col">${s.section}</th><th scope="col">${s.ratings}</th><th scope="col">${s.median}</th>
        <th scope="col">${s.mean}</th><th scope="col">${s.range}</th><th scope="col">${s.itemsToDiscuss}</th></tr></thead>
      <tbody>${view.aggregate.sections.map(
        (sec) => html`<tr><th scope="row">${sectionTitle(view, sec.sectionId)}</th>
          <td class="num">${cellLabel(s.ratings)}<span>${sec.n}</span></td>
          <td>${cellLabel(s.median)}<span>${positionText(view, sec.median)}</span></td>
          <td class="num">${cellLabel(s.mean)}<span>${num(view, sec.mean)}</span></td>
          <td>${cellLabel(s.range)}<span>${sec.min === null ? '–' : `${num(view, sec.min)}–${num(view, sec.max)} (${s.steps(num(view, sec.steps))})`}</span></td>
          <td class="discuss-items">${cellLabel(s.itemsToDiscuss)}${
            sec.discussItems.length
              ? html`<ul class="discuss-cell">${sec.discussItems.map((id) => html`<li>${flagIcon}<span>${itemTitle(view, id)}</span></li>`)}</ul>`
              : html`<span>–</span>`
          }</td></tr>`,
      )}</tbody>
    </table>`,
    )}
  </section>`;
}

/** A rubric section: its items, each with its spread, figures, discuss mark and agreed rating. */
export function renderSection(view: ReportView, section: Section): TemplateResult {
  return html`<section class="section" part="section" aria-labelledby=${`sec-${section.id}`}>
    <h3 id=${`sec-${section.id}`}>${tr(view, section.title)}</h3>
    ${section.items.map((item) => renderItem(view, item))}
  </section>`;
}

/** An ordered scale: median, mean, range and the strip of ratings. */
function levelsBody(view: ReportView, item: Item, d: ItemAggregate): TemplateResult {
  const s = view.strings;
  return html`<p class="figures" part="figures">${s.median}: <strong>${positionText(view, d.median)}</strong> · ${s.mean}: ${num(view, d.mean)} ·
      ${s.range}: ${d.min === null ? '–' : `${num(view, d.min)}–${num(view, d.max)}`} · ${s.ratings}: ${d.n}
      ${d.notApplicable ? html` · ${s.notApplicable(d.notApplicable)}` : nothing}</p>
    ${renderItemStrip(view, item, d)}`;
}

/** An ideal point: as an ordered scale, then how far the ratings sit from the team's target. */
function idealBody(view: ReportView, item: Item, d: ItemAggregate): TemplateResult {
  const s = view.strings;
  const target = (view.rubric.scale.levels ?? []).find((l) => l.id === view.aggregate.idealLevel);
  return html`${levelsBody(view, item, d)}
    <p class="figures ideal" part="figures">${d.distance === null || !target ? s.noTarget : s.fromTarget(num(view, d.distance), tr(view, target.label))}</p>`;
}

/** Nominal choices: how many chose each, with no median, mean or range. */
function choicesBody(view: ReportView, item: Item, d: ItemAggregate): TemplateResult {
  const s = view.strings;
  return html`<p class="figures" part="figures">${s.answeredBy(d.answered, view.aggregate.responses)}</p>
    ${scrollable(
      itemTitle(view, item.id),
      html`<table part="data-table" class="choices">
      <thead><tr><th scope="col">${s.choice}</th><th scope="col">${s.people}</th></tr></thead>
      <tbody>${(view.rubric.scale.levels ?? []).map(
        (level) => html`<tr><th scope="row">${tr(view, level.label)}</th><td class="num">${d.counts[level.id] ?? 0}</td></tr>`,
      )}</tbody></table>`,
    )}`;
}

/** A checklist item: how many ticked it, and whether everyone did. */
function tickBody(view: ReportView, _item: Item, d: ItemAggregate): TemplateResult {
  const s = view.strings;
  const entry = view.tally.find((e) => e.itemId === d.itemId);
  return html`<p class="figures" part="figures">${s.tickedBy(d.answered, view.aggregate.responses)}${
    entry?.everyone ? html` · <strong>${view.rubric.scale.agreement ? s.everyoneAgrees : s.everyoneTicked}</strong>` : nothing
  }</p>`;
}

/** One member's text: their name (and the partner, unless `subject` is false) when the response has them, then the text, line breaks kept. */
function noteLine(n: ItemNote, subject = true): TemplateResult {
  const who = [n.respondent, subject ? n.subject : undefined].filter(Boolean).join(' · ');
  return html`<li>${who ? html`<strong class="who">${who}</strong>: ` : nothing}<span class="note-text">${n.text}</span></li>`;
}

/** Up to `NOTES_MAX` texts, then how many more the CSV has. */
const noteList = (view: ReportView, notes: readonly ItemNote[], subject = true): TemplateResult =>
  html`<ul>${notes.slice(0, NOTES_MAX).map((n) => noteLine(n, subject))}${notes.length > NOTES_MAX ? html`<li>${view.strings.moreNotes(notes.length - NOTES_MAX)}</li>` : nothing}</ul>`;

/** A prompt: how many answered, and every answer, with who wrote it. Text only. */
function writtenBody(view: ReportView, item: Item, d: ItemAggregate): TemplateResult {
  const written = view.written.get(item.id) ?? [];
  return html`<p class="figures" part="figures">${view.strings.answeredBy(d.answered, view.aggregate.responses)}</p>
    ${written.length ? html`<ul class="written" part="written">${written.map((n) => noteLine(n))}</ul>` : nothing}`;
}

/** What the report shows for an item, by scale kind: a new kind does not compile until it decides. */
const ITEM_BODY: Record<ScaleKind, (view: ReportView, item: Item, d: ItemAggregate) => TemplateResult> = {
  ordered: levelsBody,
  'ideal-point': idealBody,
  nominal: choicesBody,
  checklist: tickBody,
  prompt: writtenBody,
};

function renderItem(view: ReportView, item: Item): TemplateResult {
  const s = view.strings;
  const d = view.aggregate.items.find((i) => i.itemId === item.id)!;
  const basis = view.aggregate.discussBasis;
  const title = itemTitle(view, item.id);
  const kind = view.aggregate.scaleKind;
  return html`<article class="item ${d.discuss ? 'flagged' : ''}" part="item" id=${`item-${item.id}`} tabindex="-1"
      aria-labelledby=${`title-${item.id}`}>
    <h4 id=${`title-${item.id}`}>${title}</h4>
    ${d.discuss ? html`<p class="discuss-mark" part="discuss">${flagIcon}<span><strong>${s.discuss}</strong>: ${s.discussWhy(num(view, basis === 'middle-half' ? d.middleSteps : d.steps), basis)}</span></p>` : nothing}
    ${ITEM_BODY[kind](view, item, d)} ${renderFieldCounts(view, item)} ${renderNotes(view, view.notes.get(item.id))}
    ${view.fieldTexts.map(({ field, byItem }) => renderNotes(view, byItem.get(item.id), s.fieldSummary(tr(view, field.label), byItem.get(item.id)?.length ?? 0)))}
    ${view.rubric.subjects || !choosesLevel(kind) ? nothing : renderAgreed(view, item, title, view.value?.answers[item.id])}
  </article>`;
}

/** How many marked each checkbox or select item field on this item ("Opportunity: 7 of 12 members"), from `src/scoring`. */
function renderFieldCounts(view: ReportView, item: Item): TemplateResult | typeof nothing {
  const counts = view.fieldCounts.get(item.id);
  if (!counts?.length) return nothing;
  const s = view.strings;
  const fields = view.rubric.itemFields ?? [];
  return html`<ul class="field-counts" part="field-counts">${counts.map((c) => {
    const field = fields.find((f) => f.id === c.fieldId)!;
    const options = (field.options ?? []).filter((o) => (c.options[o.id] ?? 0) > 0);
    return html`<li>${s.fieldCount(tr(view, field.label), c.marked, c.of, Boolean(view.rubric.subjects))}${
      options.length ? html` (${options.map((o) => `${tr(view, o.label)}: ${c.options[o.id]}`).join(', ')})` : nothing
    }</li>`;
  })}</ul>`;
}

/** Members' own notes (or another text field: `summary` names it) on an item, collapsed; names (and partners) when the response has them. Text only. */
function renderNotes(view: ReportView, notes: readonly ItemNote[] | undefined, summary?: string): TemplateResult | typeof nothing {
  if (!notes?.length) return nothing;
  const s = view.strings;
  return html`<details class="notes" part="notes">
    <summary>${summary ?? s.notesSummary(notes.length)}</summary>
    ${noteList(view, notes)}
  </details>`;
}

/** Radios for the team's agreed level and a note, like the rubric element's items. */
function renderAgreed(
  view: ReportView,
  item: Item,
  title: string,
  answer: Answer | undefined,
  subject?: { index: number; name: string },
): TemplateResult {
  const s = view.strings;
  const key = subject ? `${subject.index}-${item.id}` : item.id;
  // A partner rated on one item needs only its name; otherwise name and item.
  const single = view.rubric.sections.length === 1 && view.rubric.sections[0]!.items.length === 1;
  const label = subject ? (single ? subject.name : `${subject.name}: ${title}`) : title;
  const data = { item: item.id, subject: subject ? String(subject.index) : '' };
  return html`<fieldset class="agreed" part="agreed">
    <legend>${s.agreedLegend(label)}</legend>
    <div class="options">${(view.rubric.scale.levels ?? []).map((level) => {
      const checked = answer?.level === level.id;
      return html`<label class="option ${checked ? 'checked' : ''}" part="level${checked ? ' level-checked' : ''}">
        <input type="radio" name=${`agreed-${key}`} .value=${level.id} .checked=${checked}
          data-kind="agreed-level" data-item=${data.item} data-subject=${data.subject} />
        <span class="level-name">${tr(view, level.label)}</span></label>`;
    })}</div>
    <div class="note">
      <label for=${`note-${key}`}>${s.agreedNote(label)}</label>
      <textarea id=${`note-${key}`} rows="2" maxlength="2000" .value=${noteOf(answer)}
        data-kind="agreed-note" data-item=${data.item} data-subject=${data.subject}></textarea>
    </div>
    ${
      answer?.level
        ? html`<button type="button" class="clear" data-kind="agreed-clear" data-item=${data.item} data-subject=${data.subject}
          aria-label=${s.clearLabel(label)}>${s.clear}</button>`
        : nothing
    }
  </fieldset>`;
}

/** What members wrote in the subject fields (a partner's "How to strengthen"), per subject, collapsed. Text only. */
export function renderSubjectTexts(view: ReportView): TemplateResult | typeof nothing {
  const spec = view.rubric.subjects;
  if (!spec || !view.subjectTexts.length) return nothing;
  const fields = spec.fields ?? [];
  const names = new Map((view.aggregate.subjects ?? []).map((sub) => [sub.key, sub.name]));
  return html`<section class="subject-texts" part="subject-texts" aria-labelledby="subject-texts-title">
    <h3 id="subject-texts-title">${tr(view, spec.pluralLabel ?? spec.label)}: ${fields.map((f) => tr(view, f.label)).join(', ')}</h3>
    ${view.subjectTexts.map((entry) => {
      const field = fields.find((f) => f.id === entry.fieldId)!;
      return html`<details class="notes" part="notes">
        <summary>${names.get(entry.key) ?? entry.texts[0]?.subject ?? entry.key} · ${view.strings.fieldSummary(tr(view, field.label), entry.texts.length)}</summary>
        ${noteList(view, entry.texts, false)}
      </details>`;
    })}
  </section>`;
}

/** For a continuum: the team's agreed stage per partner. */
export function renderSubjectAgreed(view: ReportView): TemplateResult {
  const subjects = view.aggregate.subjects ?? [];
  const items = view.rubric.sections.flatMap((s) => s.items);
  return html`<section class="agreed-subjects" part="agreed-subjects" aria-labelledby="agreed-title">
    <h3 id="agreed-title">${view.strings.agreedTitle}</h3>
    ${subjects.map((subject, index) => {
      const mine = view.value?.subjects?.find((s) => subjectKey(s.name) === subject.key);
      return items.map((item) => renderAgreed(view, item, tr(view, item.title), mine?.answers[item.id], { index, name: subject.name }));
    })}
  </section>`;
}

/** The mark beside a change, by direction (text beside it says the same in words). */
export const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', same: '=', new: '✚', gone: '✕' };

function changeCell(view: ReportView, c: Change): TemplateResult {
  const s = view.strings;
  const text =
    c.direction === 'up'
      ? s.up(signed(view, c.delta))
      : c.direction === 'down'
        ? s.down(signed(view, c.delta))
        : c.direction === 'new'
          ? s.added
          : c.direction === 'gone'
            ? s.gone
            : s.same;
  return html`<td class="change ${c.direction}">
    <span class="arrow" aria-hidden="true">${ARROWS[c.direction]}</span> ${text}</td>`;
}

/**
 * Items that moved, outside their sections: one line per section, led by its name
 * ("Focusing Direction · A. …; D. …"), since item codes restart in every section.
 */
function movedList(view: ReportView, direction: 'up' | 'down', label: string, ids: readonly string[]): TemplateResult {
  const sections = view.rubric.sections.length > 1;
  const groups = view.rubric.sections
    .map((section) => ({ section, ids: section.items.filter((i) => ids.includes(i.id)).map((i) => i.id) }))
    .filter((g) => g.ids.length > 0);
  return html`<div class="moved">
    <p><span aria-hidden="true">${ARROWS[direction]}</span> ${label}:</p>
    <ul class="item-list">${groups.map(
      (g) =>
        html`<li>${sections ? html`<span class="in-section">${tr(view, g.section.title)} ·</span> ` : nothing}${g.ids
          .map((id) => itemTitle(view, id))
          .join('; ')}</li>`,
    )}</ul>
  </div>`;
}

const changeRow = (view: ReportView, label: TemplateResult | string, c: Change, kind: string, head = false) =>
  html`<tr class=${`row-${kind}`}>${head ? html`<th scope="row">${label}</th>` : html`<th scope="row" class="sub">${label}</th>`}
    <td class="num">${num(view, c.before)}</td><td class="num">${num(view, c.after)}</td>
    ${changeCell(view, c)}</tr>`;

/** What moved since the previous cycle, per section, item and partner, from `compareCycles`. */
export function renderComparison(view: ReportView): TemplateResult | typeof nothing {
  const cmp = view.comparison;
  if (!cmp || !view.cycles) return nothing;
  const s = view.strings;
  const up = cmp.items.filter((i) => i.direction === 'up').map((i) => i.itemId);
  const down = cmp.items.filter((i) => i.direction === 'down').map((i) => i.itemId);
  const head = html`<thead><tr><th scope="col">${s.item}</th><th scope="col">${s.before}</th><th scope="col">${s.now}</th><th scope="col">${s.change}</th></tr></thead>`;
  return html`<section class="comparison" part="comparison" aria-labelledby="compare-title">
    <h3 id="compare-title">${s.compareTitle}</h3>
    <p>${s.compareIntro(view.cycles.before, view.cycles.after)}</p>
    ${up.length ? movedList(view, 'up', s.movedUp, up) : nothing} ${down.length ? movedList(view, 'down', s.movedDown, down) : nothing}
    ${scrollable(
      s.compareTitle,
      html`<table part="comparison-table">
      <caption>${s.compareTitle}</caption>${head}
      ${view.rubric.sections.map(
        (section, i) => html`<tbody>
        ${changeRow(view, tr(view, section.title), cmp.sections[i]!, 'section', true)}
        ${cmp.items.filter((c) => c.sectionId === section.id).map((c) => changeRow(view, itemTitle(view, c.itemId), c, 'item'))}
      </tbody>`,
      )}
      ${
        cmp.subjects?.length
          ? html`<tbody>${cmp.subjects.map((sub) =>
              changeRow(
                view,
                sub.presence === 'both' ? sub.name : `${sub.name} (${sub.presence === 'new' ? s.newPartner : s.gonePartner})`,
                sub.overall,
                'subject',
              ),
            )}</tbody>`
          : nothing
      }
      <tfoot>${changeRow(view, s.overall, cmp.overall, 'overall', true)}</tfoot>
    </table>`,
    )}
  </section>`;
}
