/**
 * The report's teams view (a district's view of a cycle): several teams' results on one rubric
 * side by side, one row per item (sections and the whole rubric too), one column per team and
 * one for all teams pooled. The figures come from `compareTeams` in `src/scoring`; this module
 * only arranges them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ScaleKind } from '../../rubrics/kinds.js';
import type { ImportReport } from '../../report/entries.js';
import { checkTeamsInput, teamsToCsv, type CheckedTeams, type TeamsInput } from '../../report/teams.js';
import type { Rubric } from '../../rubrics/schema.js';
import {
  compareTeams,
  NO_TEAM,
  type Direction,
  scaleIndex,
  type AggregateOptions,
  type TeamCell,
  type TeamsComparison,
  type TeamSummary,
} from '../../scoring/index.js';
import { flagIcon, scrollable } from './charts.js';
import { ARROWS, renderImportReport, renderInvalidResponses } from './report-templates.js';
import { reportStrings } from './strings.js';
import { itemTitle, num, positionText, sectionTitle, signed, tr, type TextView } from './view.js';

export interface TeamsView extends TextView {
  /** The teams compared, and what was left out of them. */
  readonly checked: CheckedTeams;
  readonly comparison: TeamsComparison;
}

/** Checks the teams (`checkTeamsInput`) and scores the view through `src/scoring` only. Never throws. */
export function teamsView(rubric: Rubric, input: TeamsInput, lang: string, options?: AggregateOptions): TeamsView {
  const checked = checkTeamsInput(rubric, input);
  return {
    rubric,
    lang,
    strings: reportStrings(lang),
    scale: scaleIndex(rubric, options?.ideal),
    checked,
    comparison: compareTeams(rubric, checked.usable, { ...options, ...(checked.previous ? { previous: checked.previous } : {}) }),
  };
}

/** The teams table as CSV (`teamsToCsv`), "All teams" and "No team given" in the view's language. */
export const teamsCsv = (view: TeamsView): string =>
  teamsToCsv(view.rubric, view.comparison, { lang: view.lang, allTeams: view.strings.allTeams, noTeam: view.strings.noTeam });

/** A team's name as shown: the statements that named no team (`NO_TEAM`) get a name that says so. */
export const teamName = (view: TeamsView, team: TeamSummary): string => (team.id === NO_TEAM ? view.strings.noTeam : team.name);

/** What a cell says first, by scale kind: a new kind does not compile until it decides. */
const CELL_HEAD: Record<ScaleKind, (view: TeamsView, c: TeamCell) => string> = {
  ordered: (view, c) => positionText(view, c.median),
  'ideal-point': (view, c) => positionText(view, c.median),
  nominal: (view, c) =>
    c.mostChosen.length
      ? c.mostChosen.map((id) => tr(view, (view.rubric.scale.levels ?? []).find((l) => l.id === id)?.label ?? id)).join(', ')
      : view.strings.notRated,
  checklist: (view, c) => view.strings.tickedBy(c.answered, c.responses),
  prompt: (view, c) => view.strings.answeredBy(c.answered, c.responses),
};

/** Ordered scales add the spread and the number of ratings; nominal ones how many answered. */
function cellDetail(view: TeamsView, c: TeamCell): string {
  const s = view.strings;
  switch (view.comparison.scaleKind) {
    case 'ordered':
    case 'ideal-point':
      return c.n === 0 ? '' : `${c.spreadSteps === null ? '' : `${s.spread(num(view, c.spreadSteps))} · `}${s.nRatings(c.n)}`;
    case 'nominal':
      return s.answeredBy(c.answered, c.responses);
    default:
      return '';
  }
}

/** How the team's mean moved since the earlier cycle, in words after an arrow; ordered scales only. */
function changeText(view: TeamsView, c: TeamCell): TemplateResult | typeof nothing {
  const change = c.change;
  const kind = view.comparison.scaleKind;
  // Rated in neither cycle: nothing to say.
  if (!change || (change.before === null && change.after === null) || (kind !== 'ordered' && kind !== 'ideal-point')) return nothing;
  const s = view.strings;
  const words: Record<Direction, string> = {
    up: s.up(signed(view, change.delta)),
    down: s.down(signed(view, change.delta)),
    same: s.same,
    new: s.added,
    gone: s.gone,
  };
  return html`<span class="change ${change.direction}"><span class="arrow" aria-hidden="true">${ARROWS[change.direction]}</span> ${
    words[change.direction]
  }</span>`;
}

function cell(view: TeamsView, c: TeamCell): TemplateResult {
  const detail = cellDetail(view, c);
  return html`<td class=${c.discuss ? 'team-cell flagged' : 'team-cell'}>
    <span class="head">${CELL_HEAD[view.comparison.scaleKind](view, c)}</span> ${detail ? html`<span class="detail">${detail}</span>` : nothing}
    ${changeText(view, c)}
    ${c.discuss ? html`<span class="discuss-mark">${flagIcon}<strong>${view.strings.discuss}</strong></span>` : nothing}</td>`;
}

/**
 * The teams side by side, in one table: a column per team (its name and how many responded) and
 * one for all teams; a row group per section (the section's own row, then its items), the whole
 * rubric in the footer. Row and column headers name every cell for a screen reader.
 */
export function renderTeamsTable(view: TeamsView): TemplateResult {
  const s = view.strings;
  const cmp = view.comparison;
  const head = (name: string, responses: number, all = false) =>
    html`<th scope="col" class=${all ? 'all' : ''}><span class="team-name">${name}</span> <span class="detail">${s.responses(responses)}</span></th>`;
  const row = (label: string, cells: readonly TeamCell[], all: TeamCell, kind: string) =>
    html`<tr class=${`row-${kind}`}><th scope="row" class=${kind === 'item' && view.rubric.sections.length > 1 ? 'sub' : ''}>${label}</th>${cells.map((c) => cell(view, c))}${cell(view, all)}</tr>`;
  return html`<section class="teams" part="teams" aria-labelledby="teams-title">
    <h3 id="teams-title">${s.teamsTitle}</h3>
    ${
      cmp.teams.length === 0
        ? html`<p class="notice">${s.noTeams}</p>`
        : html`<div class="exports"><button type="button" data-kind="download-teams-csv">${s.downloadTeamsCsv}</button></div>
      ${scrollable(
        s.teamsTitle,
        html`<table part="teams-table">
        <caption>${s.teamsCaption(cmp.discussSteps, cmp.discussBasis)}${view.checked.previous ? ` ${s.teamsChangeCaption}` : ''}</caption>
        <thead><tr><th scope="col">${s.item}</th>${cmp.teams.map((t) => head(teamName(view, t), t.responses))}${head(s.allTeams, cmp.responses, true)}</tr></thead>
        ${view.rubric.sections.map((section, i) => {
          const sec = cmp.sections[i]!;
          return html`<tbody>
          ${view.rubric.sections.length > 1 ? row(sectionTitle(view, section.id), sec.teams, sec.all, 'section') : nothing}
          ${cmp.items.filter((r) => r.sectionId === section.id).map((r) => row(itemTitle(view, r.itemId!), r.teams, r.all, 'item'))}
        </tbody>`;
        })}
        <tfoot>${row(s.overall, cmp.overall.teams, cmp.overall.all, 'overall')}</tfoot>
      </table>`,
      )}`
    }
  </section>`;
}

export interface TeamsState {
  /** The LRS status line, if reading from one. */
  readonly status: TemplateResult | typeof nothing;
  /** What the LRS reading loaded and which statements it could not use. */
  readonly report: ImportReport | undefined;
  /** The files part (teams from a response field), which shows `report` itself. */
  readonly files?: TemplateResult | undefined;
}

/** The whole teams view: title, counts and problems, the table, and what reading loaded. */
export function renderTeamsReport(view: TeamsView, state: TeamsState): TemplateResult {
  const s = view.strings;
  const cmp = view.comparison;
  const skipped = view.checked.skipped.length;
  return html`<header part="header">
      <h2>${tr(view, view.rubric.title)}</h2>
      <p class="subtitle">${s.teamsResults} · ${s.teamsCount(cmp.teams.length, cmp.responses)}</p>
      ${skipped > 0 ? html`<p class="notice">${s.otherRubric(skipped)}</p>` : nothing}
      ${view.checked.invalid.length ? renderInvalidResponses(view, view.checked.invalid) : nothing} ${state.status}
    </header>
    ${state.files ?? nothing} ${renderTeamsTable(view)} ${!state.files && state.report ? renderImportReport(view, state.report, undefined) : nothing}`;
}
