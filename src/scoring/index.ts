/** Pure scoring: one response, a team's many, and two cycles compared. No DOM, no Lit, no storage. */
export { scaleIndex, internalizeId, answerLevel, PSEUDO_LEVEL, type ScaleIndex } from './scale.js';
export { itemIndex, type ItemIndex } from './items.js';
export { figuresFromCounts, type Figures } from './figures.js';
export { hasPoints, scorePoints, type PointsScore } from './points.js';
export { subjectKey, preferredName, compareCodeUnits } from './subjects.js';
export {
  scoreResponse,
  answerCounts,
  type AnswerCounts,
  type ItemScore,
  type GroupScore,
  type SectionScore,
  type SubjectScore,
  type TargetCount,
  type TickCount,
  type IdealScore,
  type ScoreOptions,
  type ResponseScore,
} from './score-response.js';
export {
  aggregateResponses,
  createAccumulator,
  mergeAggregates,
  shouldDiscuss,
  DEFAULT_DISCUSS_STEPS,
  type AggregateOptions,
  type DiscussBasis,
  type Distribution,
  type ItemAggregate,
  type GroupAggregate,
  type SectionAggregate,
  type SubjectAggregate,
  type TeamAggregate,
  type TeamAccumulator,
} from './aggregate.js';
export {
  compareCycles,
  meanChange,
  SAME_EPSILON,
  type Direction,
  type CycleResult,
  type Change,
  type ItemChange,
  type SectionChange,
  type SubjectChange,
  type CycleComparison,
} from './compare.js';
export { checklistTally, type TallyEntry } from './tally.js';
export { excludedAnswers, type ExcludedAnswer, type ExclusionReason } from './excluded.js';
export { fieldCounts, countedFields, type FieldCount } from './fields.js';
export {
  progressOf,
  nextOpen,
  type Progress,
  type ProgressUnit,
  type ProgressCount,
  type SectionProgress,
  type SubjectProgress,
  type ItemPlace,
  type PlacedItem,
} from './progress.js';
export {
  compareTeams,
  NO_TEAM,
  type TeamCell,
  type TeamResponses,
  type TeamsComparison,
  type TeamsRow,
  type TeamSummary,
} from './teams.js';
