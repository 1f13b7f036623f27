import type { ValidationIssue } from '../rubrics/parse.js';
import type { ImportReport } from '../report/entries.js';
import type { RubricResponse } from '../rubrics/schema.js';

/** Fired when a user's edit rates the last unrated item. `detail.response` is the full response. */
export class CrCompleteEvent extends Event {
  static get eventName(): 'cr-complete' {
    return 'cr-complete';
  }
  readonly response: RubricResponse;
  constructor(response: RubricResponse) {
    super(CrCompleteEvent.eventName, { bubbles: true, composed: true });
    this.response = response;
  }
}

/** Fired when a definition (property, `src` or built-in) fails to load or validate. */
export class CrDefinitionErrorEvent extends Event {
  static get eventName(): 'cr-definition-error' {
    return 'cr-definition-error';
  }
  /** Readable problems, each naming the field: `sections[2].items[0].title: expected text`. */
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super(CrDefinitionErrorEvent.eventName, { bubbles: true, composed: true });
    this.issues = issues;
  }
}

/** What happened to the autosaved draft. */
export type DraftStatus = 'saved' | 'failed' | 'unavailable' | 'restored' | 'corrupt' | 'cleared' | 'replaced' | 'merged';

/** Fired after each draft save, failure or restore, and when another tab replaced this tab's answers; the same text is announced politely. */
export class CrDraftStatusEvent extends Event {
  static get eventName(): 'cr-draft-status' {
    return 'cr-draft-status';
  }
  readonly status: DraftStatus;
  constructor(status: DraftStatus) {
    super(CrDraftStatusEvent.eventName, { bubbles: true, composed: true });
    this.status = status;
  }
}

/**
 * Fired by `<cr-rubric-report>` after files were picked or dropped and read: `report` lists what
 * loaded and what did not (invalid, duplicate, another rubric). Not cancelable.
 */
export class CrImportEvent extends Event {
  static get eventName(): 'cr-import' {
    return 'cr-import';
  }
  readonly report: ImportReport;
  constructor(report: ImportReport) {
    super(CrImportEvent.eventName, { bubbles: true, composed: true });
    this.report = report;
  }
}

/**
 * Fired by a rubric with an `xapi-endpoint` before it queues a response's xAPI statements for the
 * Learning Record Store. Cancelable: a host that sends them its own way (an LMS plugin) calls
 * `preventDefault()` and takes `statements`; then nothing is queued or sent.
 */
export class CrXapiEvent extends Event {
  static get eventName(): 'cr-xapi' {
    return 'cr-xapi';
  }
  /** The statements (xAPI 1.0.3 JSON), ids already set: sending one twice stores it once. */
  readonly statements: readonly object[];
  /** Where they would go. */
  readonly endpoint: string;
  readonly response: RubricResponse;
  constructor(statements: readonly object[], endpoint: string, response: RubricResponse) {
    super(CrXapiEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.statements = statements;
    this.endpoint = endpoint;
    this.response = response;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cr-xapi': CrXapiEvent;
    'cr-import': CrImportEvent;
    'cr-complete': CrCompleteEvent;
    'cr-definition-error': CrDefinitionErrorEvent;
    'cr-draft-status': CrDraftStatusEvent;
  }
}
