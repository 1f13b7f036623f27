/**
 * What an import of a team's responses reports, and the limits it holds every file to: shared by
 * the import (`import.ts`) and the CSV mapping (`csv-mapping.ts`).
 */
import type { ValidationIssue } from '../rubrics/parse.js';
import type { RubricResponse } from '../rubrics/schema.js';
import type { ExclusionReason } from '../scoring/excluded.js';

/** Size limits of one imported file. A JSON file of one response is also held to `INPUT_LIMITS`. */
export const FILE_LIMITS = {
  /** Characters of one file (JSON list or CSV). */
  chars: 20_000_000,
  /** Responses in one file. */
  responses: 100_000,
} as const;

/** A file's name and text, as read by the element (or by a test). */
export interface SourceText {
  readonly name: string;
  readonly text: string;
}

export interface LoadedEntry {
  /** Where it came from: `team.json`, `all.json [3]`, `export.csv rows 2–10`. */
  readonly source: string;
  readonly response: RubricResponse;
}
export interface InvalidEntry {
  readonly source: string;
  readonly issues: readonly ValidationIssue[];
}
export interface DuplicateEntry {
  readonly source: string;
  /** The source of the response it repeats (`EXISTING` for one loaded before). */
  readonly duplicateOf: string;
  /** `id`: the same response id; `content`: identical content without an id to tell them apart. */
  readonly reason: 'id' | 'content';
}
export interface SkippedEntry {
  readonly source: string;
  /** The rubric the response answers. */
  readonly rubricId: string;
}

/** An answer of a loaded response that the figures leave out (see `excludedAnswers` in `src/scoring`). */
export interface NotCountedEntry {
  readonly source: string;
  /** For a rubric with subjects: the subject's name. */
  readonly subject?: string;
  readonly itemId: string;
  readonly levelId: string | null;
  readonly reason: ExclusionReason;
}

/** What an import did with every file and every response in it. Nothing is dropped unreported. */
export interface ImportReport {
  readonly loaded: readonly LoadedEntry[];
  readonly invalid: readonly InvalidEntry[];
  readonly duplicates: readonly DuplicateEntry[];
  /** Valid responses to another rubric. */
  readonly skipped: readonly SkippedEntry[];
  /**
   * Answers of loaded responses that are not counted: a level not on the scale, an item the rubric
   * does not have. The response is loaded; these answers are left out of every figure.
   */
  readonly notCounted?: readonly NotCountedEntry[];
}

/** `duplicateOf` for a response that was loaded before this import. */
export const EXISTING = '(already loaded)';

/** A response found in a file, not yet validated, with where it came from. */
export interface Candidate {
  readonly source: string;
  readonly value: unknown;
}
