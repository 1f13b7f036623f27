/** Classes, types, events, validation and scoring. Importing this registers no element. */
export { CrRubric } from './components/rubric/rubric.js';
export { CrCoherenceProgression } from './components/coherence-progression/coherence-progression.js';
export { CrSltIndicators } from './components/slt-indicators/slt-indicators.js';
export { CrRelationshipContinuum } from './components/relationship-continuum/relationship-continuum.js';
export { CrTeamAssessment } from './components/team-assessment/team-assessment.js';
export { CrRubricSession } from './components/rubric-session/rubric-session.js';
export { CrRubricSummary } from './components/summary/summary.js';
export { rubricContext, sessionContext, type RubricState, type SessionState } from './components/rubric/context.js';
export * from './events/events.js';
export * from './rubrics/index.js';
export * from './scoring/index.js';
export { loadUiStrings, uiStrings, UI_LANGUAGES, type UiStrings } from './i18n/strings.js';
export { CrRubricReport } from './components/report/report.js';
export { CrRubricEditor } from './components/rubric-editor/rubric-editor.js';
export { editorStrings, loadEditorStrings, type EditorStrings } from './components/rubric-editor/strings.js';
export { loadReportStrings, reportStrings, type ReportStrings } from './components/report/strings.js';
export * from './report/index.js';
