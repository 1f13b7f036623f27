/**
 * Loaded before every test file (web-test-runner.config.mjs, `testRunnerHtml`): property and
 * model tests run with one fixed seed, so `npm test` and CI are repeatable, and a failure names
 * the seed and path that replay it. `FC_SEED=random` (`npm run test:explore`) lets fast-check pick
 * a new seed per property, to hunt for counterexamples; `FC_SEED=<n>` replays one run. A
 * counterexample found that way becomes a named test of its own (see test/drafts/reconcile-model.test.ts).
 */
import fc from 'fast-check';

const seed = new URL(import.meta.url).searchParams.get('seed');
if (seed && seed !== 'random') fc.configureGlobal({ seed: Number(seed) });
