/**
 * One element per page for `npm run screenshots` (scripts/screenshots.mjs), filled with the
 * deterministic answers and team data of the tests (test/fixtures/). Query: `?rubric=<built-in id>`
 * or `?rubric=report`, `&density=compact|comfortable`; the element is as wide as the page.
 */
import '../src/all.js';
import type { CrRubricReport } from '../src/components/report/report.js';
import type { CrRubric } from '../src/components/rubric/rubric.js';
import { BUILT_INS, isBuiltInId } from '../src/rubrics/builtins.js';
import type { RubricResponse } from '../src/rubrics/schema.js';
import { FILLED } from '../test/fixtures/instrument-data.js';
import { teamAssessmentTeam } from '../test/fixtures/team-data.js';
import { coherencePartly, continuumPartly, sltPartly, teamPartly } from '../stories/fixtures.js';

const PARTLY: Record<string, RubricResponse> = {
  'coherence-progression': coherencePartly,
  'slt-indicators': sltPartly,
  'relationship-continuum': continuumPartly,
  'team-assessment': teamPartly,
  ...FILLED,
};

const query = new URLSearchParams(location.search);
const id = query.get('rubric') ?? 'team-assessment';
const stage = document.querySelector('#stage')!;

let el: HTMLElement;
if (id === 'report') {
  const report = document.createElement('cr-rubric-report') as CrRubricReport;
  report.setAttribute('rubric', 'team-assessment');
  report.responses = teamAssessmentTeam();
  el = report;
} else if (isBuiltInId(id)) {
  const tag = (BUILT_INS[id] as { tag?: string }).tag;
  const rubric = document.createElement(tag ?? 'cr-rubric') as CrRubric;
  if (!tag) rubric.setAttribute('rubric', id);
  const value = PARTLY[id];
  if (value) rubric.value = value;
  el = rubric;
} else {
  throw new Error(`?rubric=: no built-in rubric has the id "${id}"`);
}
const density = query.get('density');
if (density) el.setAttribute('density', density);
el.id = 'shot';
stage.append(el);
await (el as CrRubric).updateComplete;
document.body.dataset['ready'] = 'true';
