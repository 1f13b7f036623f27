// A @web/test-runner reporter that counts passed and failed tests across every session, per
// engine, and writes them to WTR_RESULTS_FILE, so `npm test` can print CI's `N passed, N failed`.
// A test an engine cannot run (itExceptIn in test/helpers/engine.ts) is pending with
// `[not run in <Engine>: <reason>]` in its title: it is listed, by name, and not counted as passed.
// Any other skipped or pending test did not run: it is listed by name too, and counts as failed.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const DECLARED = /\[not run in [A-Za-z]+: .+\]$/;

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
 * When each engine started its first test file and finished its last, from the runner's progress
 * reports (at least every 10 s when the output is not a terminal): the engines run one after the
 * other (`concurrentBrowsers: 1`), so this is each engine's wall time, to the nearest report.
 */
function clock() {
  const started = {};
  const finished = {};
  return {
    update(sessions) {
      const now = Date.now();
      const byEngine = new Map();
      for (const s of sessions) {
        const label = engineOf(s.browser.name);
        byEngine.set(label, [...(byEngine.get(label) ?? []), s]);
      }
      for (const [label, list] of byEngine) {
        if (started[label] === undefined && list.some((s) => s.status !== 'SCHEDULED')) started[label] = now;
        if (finished[label] === undefined && list.every((s) => s.status === 'FINISHED')) finished[label] = now;
      }
    },
    seconds(label) {
      const [from, to] = [started[label], finished[label]];
      return from === undefined || to === undefined ? undefined : Math.round((to - from) / 1000);
    },
  };
}

export function countReporter() {
  const times = clock();
  return {
    getTestProgress({ sessions }) {
      times.update(sessions);
      return [];
    },
    onTestRunFinished({ sessions }) {
      times.update(sessions);
      const totals = { passed: 0, failed: 0, engines: {}, notRun: [], skipped: [] };
      for (const session of sessions) {
        const label = engineOf(session.browser.name);
        const engine = (totals.engines[label] ??= { passed: 0, failed: 0, notRun: 0, seconds: times.seconds(label) });
        if (session.testResults) count(session.testResults, [], totals, engine, relative(process.cwd(), session.testFile));
        // A file that failed to load or threw outside a test counts as one failure.
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults)) {
          engine.failed++;
          totals.failed++;
        }
      }
      if (process.env.WTR_RESULTS_FILE) writeFileSync(process.env.WTR_RESULTS_FILE, JSON.stringify(totals));
    },
  };
}
