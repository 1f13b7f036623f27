// A @web/test-runner reporter that counts passed and failed tests across every session and writes
// them to WTR_RESULTS_FILE, so `npm test` can print CI's `N passed, N failed` line.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults)) totals.failed++;
      }
      if (process.env.WTR_RESULTS_FILE) writeFileSync(process.env.WTR_RESULTS_FILE, JSON.stringify(totals));
    },
  };
}
