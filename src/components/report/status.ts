/** The report's status lines, shared by the one-team and the teams views: a definition that failed, and reading from an LRS. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationIssue } from '../../rubrics/parse.js';
import type { ReportStrings } from './strings.js';
import type { XapiReader } from './xapi-reader.js';

/** Why the definition cannot be shown: its first 20 issues, each with its path. */
export const renderDefinitionError = (strings: ReportStrings, issues: readonly ValidationIssue[]): TemplateResult =>
  html`<div class="definition-error" part="definition-error" role="alert">
    <h2>${strings.loadError}</h2>
    <ul>${issues.slice(0, 20).map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}</ul>
  </div>`;

/** Where reading from the Learning Record Store is: progress, what it read, or why it failed. */
export function renderLrsStatus(strings: ReportStrings, lrs: XapiReader, teams: boolean): TemplateResult | typeof nothing {
  if (lrs.phase === 'idle') return nothing;
  const text =
    lrs.phase === 'reading'
      ? strings.lrsReading(lrs.read)
      : lrs.phase === 'failed'
        ? strings.lrsFailed(strings.lrsProblems[lrs.problem] ?? lrs.problem)
        : teams
          ? strings.lrsReadTeams(lrs.read, lrs.teams, lrs.responses)
          : strings.lrsRead(lrs.read, lrs.responses);
  return html`<p class="lrs-status" part="lrs-status" role="status">${text}${
    lrs.phase === 'done' && lrs.unlisted > 0 ? ` ${strings.unlisted(lrs.unlisted)}` : ''
  }</p>`;
}
