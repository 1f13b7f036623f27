import type { ImportReport } from '../../report/io.js';

/**
 * Fired by `<cr-rubric-report>` after files were picked or dropped and read: `report` lists what
 * loaded and what did not (invalid, duplicate, another rubric). Not cancelable.
 */
export class CrImportEvent extends Event {
  static readonly eventName = 'cr-import';
  readonly report: ImportReport;
  constructor(report: ImportReport) {
    super(CrImportEvent.eventName, { bubbles: true, composed: true });
    this.report = report;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cr-import': CrImportEvent;
  }
}
