// A @web/test-runner reporter that counts passed and failed tests across every session, per
// engine, and writes them to WTR_RESULTS_FILE after each test file, so `npm test` can print CI's
// `N passed, N failed` and, when a browser dies mid-run, knows which files are still to run.
// A test an engine cannot run (itExceptIn in test/helpers/engine.ts) is pending with
// `[not run in <Engine>: <reason>]` in its title: it is listed, by name, and not counted as passed.
// Any other skipped or pending test did not run: it is listed by name too, and counts as failed.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const DECLARED = /\[not run in [A-Za-z]+: .+\]$/;
/** What the runner says when a page's connection closed mid-file: the browser (or its page) died. */
const DISCONNECTED = /browser disconnected/i;

/** Chromium, Firefox or WebKit, from the launcher's browser name. */
export function engineOf(browserName) {
  const name = browserName.toLowerCase();
  if (name.includes('firefox')) return 'Firefox';
  if (name.includes('minibrowser') || name.includes('webkit') || name.includes('safari')) return 'WebKit';
  return 'Chromium';
}

function count(suite, path, totals, engine, file) {
  const names = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    const name = [...names, test.name].join(' › ');
    if (test.skipped) {
      if (DECLARED.test(test.name)) {
        engine.notRun++;
        totals.notRun.push(`${file}: ${name}`);
      } else {
        totals.skipped.push(`${file}: ${name}`);
        engine.failed++;
        totals.failed++;
      }
    } else if (test.passed) {
      engine.passed++;
      totals.passed++;
    } else {
      engine.failed++;
      totals.failed++;
    }
  }
  for (const child of suite.suites ?? []) count(child, names, totals, engine, file);
}

/**
 * The counts of the finished sessions. `files`: every test file of the run; `finished`: those whose
 * sessions all finished; `crashed`: those where a browser disconnected (not counted: scripts/test.mjs
 * runs them again in a new browser); `complete`: the runner reached its end.
 */
function tally(sessions, files, complete) {
  const totals = { passed: 0, failed: 0, engines: {}, notRun: [], skipped: [], files, finished: [], crashed: [], complete };
  const byFile = new Map();
  for (const session of sessions) byFile.set(session.testFile, [...(byFile.get(session.testFile) ?? []), session]);
  for (const [testFile, list] of byFile) {
    const file = relative(process.cwd(), testFile);
    if (!list.every((s) => s.status === 'FINISHED')) continue;
    if (list.some((s) => (s.errors ?? []).some((e) => DISCONNECTED.test(e.message ?? '')))) {
      totals.crashed.push(file);
      continue;
    }
    totals.finished.push(file);
    for (const session of list) {
      const label = engineOf(session.browser.name);
      const engine = (totals.engines[label] ??= { passed: 0, failed: 0, notRun: 0 });
      if (session.testResults) count(session.testResults, [], totals, engine, file);
      // A file that failed to load or threw outside a test counts as one failure.
      if ((session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults)) {
        engine.failed++;
        totals.failed++;
      }
    }
  }
  return totals;
}

export function countReporter() {
  let files = [];
  let sessions;
  const write = (complete) => {
    if (!process.env.WTR_RESULTS_FILE || !sessions) return;
    writeFileSync(process.env.WTR_RESULTS_FILE, JSON.stringify(tally([...sessions.all()], files, complete)));
  };
  return {
    start({ testFiles, sessions: all }) {
      files = testFiles.map((f) => relative(process.cwd(), f));
      sessions = all;
      write(false);
    },
    reportTestFileResults() {
      write(false);
    },
    onTestRunFinished() {
      write(true);
    },
  };
}
