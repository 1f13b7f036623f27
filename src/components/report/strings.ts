/** Interface text of `<cr-rubric-report>`, in English and Spanish. Rubric text comes from definitions. */
import { catalog } from '../../i18n/catalog.js';
import type { DiscussBasis, TeamAggregate } from '../../scoring/index.js';

export interface ReportStrings {
  teamResults: string;
  responses: (n: number) => string;
  otherRubric: (n: number) => string;
  /** Entries of `responses` that are not valid responses: left out, listed with their reasons. */
  invalidResponses: (n: number) => string;
  /** While a long import runs: responses checked so far, of how many. */
  importing: (done: number, total: number) => string;
  /** While a CSV file is read, before its responses are counted: the file's name and the share read. */
  readingFile: (source: string, fraction: number) => string;
  noResponses: string;
  loadError: string;
  more: (n: number) => string;
  person: (index: number) => string;
  team: string;
  // Import and export
  filesTitle: string;
  chooseFiles: string;
  dropHint: string;
  downloadCsv: string;
  downloadJson: string;
  loaded: (n: number) => string;
  invalidTitle: string;
  duplicatesTitle: string;
  skippedTitle: string;
  sameId: (source: string) => string;
  sameContent: (source: string) => string;
  existing: string;
  otherRubricReason: (rubricId: string) => string;
  tooLarge: string;
  // Reading from a Learning Record Store
  lrsReading: (read: number) => string;
  lrsRead: (statements: number, responses: number) => string;
  lrsFailed: (why: string) => string;
  /** Why reading failed, by `LrsProblem`. */
  lrsProblems: Readonly<Record<string, string>>;
  // Agreement
  discuss: string;
  /** Why an item is marked: the steps its ratings (or the middle half of them) span. */
  discussWhy: (steps: string, basis: DiscussBasis) => string;
  ruleTitle: string;
  /** The discuss rule, worded from the steps and basis an aggregate was computed with (`src/scoring` gives data, not prose). */
  rule: (aggregate: Pick<TeamAggregate, 'discussSteps' | 'discussBasis'>) => string;
  toDiscuss: string;
  nothingToDiscuss: string;
  median: string;
  mean: string;
  range: string;
  ratings: string;
  /** Checklists, prompts, nominal choices and ideal points (docs/scale-kinds.md). */
  tickedBy: (n: number, of: number) => string;
  everyoneAgrees: string;
  everyoneTicked: string;
  mostTicked: string;
  answeredBy: (n: number, of: number) => string;
  choice: string;
  fromTarget: (distance: string, target: string) => string;
  noTarget: string;
  steps: (n: string) => string;
  notApplicable: (n: number) => string;
  centralValue: string;
  notRated: string;
  between: (low: string, high: string) => string;
  showTable: string;
  level: string;
  people: string;
  who: string;
  item: string;
  section: string;
  sectionsTitle: string;
  itemsToDiscuss: string;
  stripCaption: (title: string, n: number, median: string) => string;
  barsCaption: (title: string, n: number, median: string) => string;
  /** Column heads of an item's anchors in the profile's data table; `level` is the end's label ("1", "7"). */
  lowAnchor: (level: string) => string;
  highAnchor: (level: string) => string;
  /** Summary of the members' own notes on an item. */
  notesSummary: (n: number) => string;
  moreNotes: (n: number) => string;
  // Layout charts
  heatTitle: string;
  heatCaption: string;
  total: string;
  continuumTitle: (plural: string) => string;
  continuumCaption: (plural: string) => string;
  target: string;
  atTarget: (met: number, n: number) => string;
  teamTargets: (met: number, n: number, stages: string) => string;
  personTargets: string;
  partnersAtTarget: (met: number, total: number) => string;
  profileTitle: string;
  profileCaption: string;
  /** Added to the profile's caption when the items have anchors. */
  profileAnchors: (low: string, high: string) => string;
  // Comparison
  compareTitle: string;
  compareIntro: (before: string, after: string) => string;
  previousCycle: string;
  currentCycle: string;
  before: string;
  now: string;
  change: string;
  up: (delta: string) => string;
  down: (delta: string) => string;
  same: string;
  added: string;
  gone: string;
  movedUp: string;
  movedDown: string;
  overall: string;
  newPartner: string;
  gonePartner: string;
  // The team's agreed value
  agreedTitle: string;
  agreedLegend: (title: string) => string;
  agreedNote: (title: string) => string;
  clear: string;
  clearLabel: (title: string) => string;
  // Answers left out, and the definition's extra fields
  notCountedTitle: (n: number) => string;
  notCountedIntro: string;
  /** Why one answer is left out: its level is not on the scale, or its item is not in the rubric. */
  levelNotOnScale: (level: string) => string;
  itemNotInRubric: string;
  /** A checkbox or select field's count on an item ("Opportunity: 7 of 12 members"); `subjects` when counted over a continuum's partners. */
  fieldCount: (label: string, n: number, of: number, subjects: boolean) => string;
  /** Summary of a text field's answers on an item ("Evidence (3)"). */
  fieldSummary: (label: string, n: number) => string;
  respondentsTitle: string;
  respondent: string;
  yes: string;
  no: string;
  // Teams side by side (a district's view of a cycle)
  teamsResults: string;
  /** "3 teams · 27 responses". */
  teamsCount: (teams: number, responses: number) => string;
  teamsTitle: string;
  /** The table's caption: what each cell shows, and the discuss rule's threshold. */
  teamsCaption: (steps: number, basis: DiscussBasis) => string;
  /** The column that pools every team. */
  allTeams: string;
  /** The column of statements that named no team. */
  noTeam: string;
  /** A spread in scale steps, in a cell ("spread 2 steps"). */
  spread: (steps: string) => string;
  /** How many ratings a cell counts ("5 ratings"). */
  nRatings: (n: number) => string;
  downloadTeamsCsv: string;
  noTeams: string;
  /** Reading several teams from an LRS: statements read, teams, responses. */
  lrsReadTeams: (statements: number, teams: number, responses: number) => string;
  /** Statements of teams not in `xapiTeams`, left out. */
  unlisted: (n: number) => string;
  /** Added to the caption when the teams are compared with an earlier cycle. */
  teamsChangeCaption: string;
}

const en: ReportStrings = {
  teamResults: 'Team results',
  responses: (n) => (n === 1 ? '1 response' : `${n} responses`),
  otherRubric: (n) => `${n} ${n === 1 ? 'response answers' : 'responses answer'} another rubric and ${n === 1 ? 'is' : 'are'} left out.`,
  invalidResponses: (n) => `${n} ${n === 1 ? 'response is' : 'responses are'} not valid and left out of the results:`,
  importing: (done, total) => `Reading responses: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} checked`,
  readingFile: (source, fraction) => `Reading ${source}: ${fraction.toLocaleString('en', { style: 'percent' })}`,
  noResponses: 'No responses yet. Add response files to see the team’s results.',
  loadError: 'This report could not be shown',
  more: (n) => `… and ${n} more`,
  person: (index) => `Person ${index}`,
  team: 'Team',
  filesTitle: 'Responses',
  chooseFiles: 'Add response files (JSON or CSV)',
  dropHint: 'You can also drop files on this area.',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  loaded: (n) => (n === 1 ? 'Loaded 1 response.' : `Loaded ${n} responses.`),
  invalidTitle: 'Not loaded: not valid',
  duplicatesTitle: 'Not loaded: duplicates',
  skippedTitle: 'Not loaded: another rubric',
  sameId: (source) => `same response id as ${source}`,
  sameContent: (source) => `same content as ${source}`,
  existing: 'a response loaded before',
  otherRubricReason: (rubricId) => `answers the rubric “${rubricId}”`,
  tooLarge: 'the file is too large',
  lrsReading: (read) =>
    read === 0
      ? 'Reading from the Learning Record Store…'
      : `Reading from the Learning Record Store… ${read.toLocaleString('en-US')} statements so far`,
  lrsRead: (statements, responses) =>
    `Read ${statements.toLocaleString('en-US')} ${statements === 1 ? 'statement' : 'statements'} from the Learning Record Store: ${responses} ${responses === 1 ? 'response' : 'responses'}.`,
  lrsFailed: (why) => `Could not read from the Learning Record Store: ${why}. The report shows what it had before.`,
  lrsProblems: {
    offline: 'it could not be reached',
    timeout: 'it did not answer in time',
    server: 'it had a problem of its own',
    unauthorized: 'it refused the credentials',
    rejected: 'it refused the request',
  },
  discuss: 'Discuss',
  discussWhy: (steps, basis) =>
    basis === 'middle-half'
      ? `the middle half of the ratings spans ${steps} steps of the scale`
      : `ratings span ${steps} steps of the scale`,
  ruleTitle: 'When is an item marked “Discuss”?',
  rule: ({ discussSteps: steps, discussBasis: basis }) =>
    'An item is flagged for discussion when at least two people rated it and ' +
    (basis === 'middle-half' ? 'the middle half of their ratings (from the lower to the upper quartile) spans' : 'their ratings span') +
    ` at least ${steps} step${steps === 1 ? '' : 's'} of the scale (steps count levels, whatever their position values; ` +
    '"does not apply" answers are left out). For a continuum the rule is applied per subject, and an item is flagged when ' +
    'it is flagged for any subject. A section, and the whole rubric, is flagged when any of its items is.',
  toDiscuss: 'To discuss',
  nothingToDiscuss: 'The team’s ratings are close on every item: nothing is marked for discussion.',
  median: 'Median',
  mean: 'Mean',
  range: 'Range',
  ratings: 'Ratings',
  tickedBy: (n, of) => `Ticked by ${n} of ${of}`,
  everyoneAgrees: 'Everyone agrees',
  everyoneTicked: 'Everyone ticked it',
  mostTicked: 'Most ticked',
  answeredBy: (n, of) => `Answered by ${n} of ${of}`,
  choice: 'Choice',
  fromTarget: (distance, target) => `Mean distance from the target (${target}): ${distance} steps`,
  noTarget: 'No target set, so no point is called better: the team can set one (the report’s ideal attribute).',
  steps: (n) => `${n} ${n === '1' ? 'step' : 'steps'}`,
  notApplicable: (n) => `${n} said “does not apply”`,
  centralValue: 'The team’s central value is the median: half the ratings are at or below it, half at or above.',
  notRated: 'not rated',
  between: (low, high) => `between ${low} and ${high}`,
  showTable: 'Show data table',
  level: 'Level',
  people: 'People',
  who: 'Who',
  item: 'Item',
  section: 'Section',
  sectionsTitle: 'Sections',
  itemsToDiscuss: 'Items to discuss',
  stripCaption: (title, n, median) =>
    `${title}: one mark per person (${n} ${n === 1 ? 'rating' : 'ratings'}); the triangle under the axis marks the median, ${median}.`,
  barsCaption: (title, n, median) =>
    `${title}: bar height is the number of ratings at each level (${n} ratings); the triangle under the axis marks the median, ${median}.`,
  lowAnchor: (level) => `Low end (${level})`,
  highAnchor: (level) => `High end (${level})`,
  notesSummary: (n) => `Notes (${n})`,
  moreNotes: (n) => `… and ${n} more in the CSV download`,
  heatTitle: 'Sections by stage',
  heatCaption: 'Ratings in each section by stage. Each cell shows how many ratings fall at that stage; darker cells hold more.',
  total: 'Total',
  continuumTitle: (plural) => `${plural} on the continuum`,
  continuumCaption: (plural) =>
    `${plural} placed on the continuum. Each circle shows how many people placed the partner at that stage; the diamond marks the median. Target stages are outlined.`,
  target: 'Target',
  atTarget: (met, n) => `${met} of ${n} at a target stage`,
  teamTargets: (met, n, stages) => `${met} of ${n} partner ratings are at a target stage (${stages}).`,
  personTargets: 'At a target stage, per person',
  partnersAtTarget: (met, total) => `${met} of ${total} partners`,
  profileTitle: 'Team profile',
  profileCaption:
    'Each row is a dimension and each column a level: a cell counts the members who chose that level (darker cells hold more), and ◆ marks the team’s median beside the count (on the line between two cells when it falls between levels).',
  profileAnchors: (low, high) =>
    `${low} is each dimension’s low anchor and ${high} its high anchor: each dimension below and the data table give their words.`,
  compareTitle: 'Since the last cycle',
  compareIntro: (before, after) => `Mean ratings of ${before} compared with ${after}.`,
  previousCycle: 'the previous cycle',
  currentCycle: 'this cycle',
  before: 'Before (mean)',
  now: 'Now (mean)',
  change: 'Change',
  up: (delta) => `Up ${delta}`,
  down: (delta) => `Down ${delta}`,
  same: 'No change',
  added: 'New: not rated before',
  gone: 'Not rated now',
  movedUp: 'Moved up',
  movedDown: 'Moved down',
  overall: 'Overall',
  newPartner: 'new partner',
  gonePartner: 'no longer listed',
  agreedTitle: 'The team’s agreed rating',
  agreedLegend: (title) => `Agreed rating for ${title}`,
  agreedNote: (title) => `Agreed note for ${title}`,
  clear: 'Clear',
  clearLabel: (title) => `Clear the agreed rating for ${title}`,
  notCountedTitle: (n) => `Not counted: ${n} ${n === 1 ? 'answer' : 'answers'}`,
  notCountedIntro:
    'These answers name a level that is not on this rubric’s scale, or an item this rubric does not have. Every figure in this report leaves them out; correct the file and load it again to count them.',
  levelNotOnScale: (level) => `level “${level}” is not on the scale`,
  itemNotInRubric: 'this rubric has no such item',
  fieldCount: (label, n, of, subjects) =>
    `${label}: ${n} of ${of} ${subjects ? (of === 1 ? 'rating' : 'ratings') : of === 1 ? 'member' : 'members'}`,
  fieldSummary: (label, n) => `${label} (${n})`,
  respondentsTitle: 'Respondents',
  respondent: 'Respondent',
  yes: 'Yes',
  no: 'No',
  teamsResults: 'Teams side by side',
  teamsCount: (teams, responses) =>
    `${teams} ${teams === 1 ? 'team' : 'teams'} · ${responses} ${responses === 1 ? 'response' : 'responses'}`,
  teamsTitle: 'Each team’s results',
  teamsCaption: (steps, basis) =>
    `Each team’s median per item, how far its ratings spread (in scale steps) and how many ratings it has. “Discuss” marks a team whose ${
      basis === 'middle-half' ? 'middle half of the ratings spans' : 'ratings span'
    } at least ${steps} ${steps === 1 ? 'step' : 'steps'}.`,
  allTeams: 'All teams',
  noTeam: 'No team given',
  spread: (steps) => `spread ${steps} ${steps === '1' ? 'step' : 'steps'}`,
  nRatings: (n) => (n === 1 ? '1 rating' : `${n} ratings`),
  downloadTeamsCsv: 'Download this table (CSV)',
  noTeams: 'No teams yet.',
  lrsReadTeams: (statements, teams, responses) =>
    `Read ${statements.toLocaleString('en-US')} ${statements === 1 ? 'statement' : 'statements'} from the Learning Record Store: ${teams} ${teams === 1 ? 'team' : 'teams'}, ${responses} ${responses === 1 ? 'response' : 'responses'}.`,
  unlisted: (n) =>
    `${n.toLocaleString('en-US')} ${n === 1 ? 'statement is' : 'statements are'} from teams not listed (or from no team) and left out.`,
  teamsChangeCaption: 'Each cell also says how the team’s mean rating moved since the previous cycle.',
};

/** The report's interface text, English built in; each other language is `src/i18n/report.<lang>.ts`, loaded on first use. */
export const REPORT_STRINGS = catalog<ReportStrings>(en, {
  es: () => import('../../i18n/report.es.js'),
});

/** Report strings for a BCP 47 tag (then the base language, then English); English until `REPORT_STRINGS.load(lang)` has settled. */
export const reportStrings = (lang: string | undefined): ReportStrings => REPORT_STRINGS.get(lang);

/** Loads the report's text in `lang` once; undefined when nothing needs loading. */
export const loadReportStrings = (lang: string | undefined): Promise<ReportStrings> | undefined => REPORT_STRINGS.load(lang);
