/**
 * A team report with generated, deterministic data (test/fixtures/team-data.ts), for
 * `scripts/report-screenshots.mjs` and for trying the report by hand (`npm run demo`, then
 * /demo/report.html?rubric=team-assessment&members=30). Query: `rubric` (team-assessment,
 * coherence-progression, slt-indicators, relationship-continuum), `members`, `lang`.
 */
import '../src/components/report/cr-rubric-report.js';
import type { CrRubricReport } from '../src/components/report/report.js';
import type { RubricResponse } from '../src/rubrics/schema.js';
import { coherenceWithOpportunity } from '../test/fixtures/field-data.js';
import { coherenceCycles, continuumTeam, generateResponses, slt, teamAssessment } from '../test/fixtures/team-data.js';

const query = new URLSearchParams(location.search);
const rubric = query.get('rubric') ?? 'team-assessment';
const members = Math.max(1, Math.min(1000, Number(query.get('members') ?? 12) || 12));
const data: Record<string, () => { responses: RubricResponse[]; previous?: RubricResponse[] }> = {
  'team-assessment': () => ({
    responses: generateResponses(teamAssessment, members, { seed: members, cycle: '2026 spring', idPrefix: 'ta', notes: true }),
  }),
  'coherence-progression': () => ({ responses: coherenceWithOpportunity(), previous: coherenceCycles().previous }),
  'slt-indicators': () => ({ responses: generateResponses(slt, members, { seed: members, cycle: '2026 spring', idPrefix: 'slt' }) }),
  'relationship-continuum': () => ({ responses: continuumTeam(41, Math.min(members, 30)) }),
};
const el = document.createElement('cr-rubric-report') as CrRubricReport;
el.rubric = rubric;
el.lang = query.get('lang') ?? 'en';
const { responses, previous } = (data[rubric] ?? data['team-assessment']!)();
el.responses = responses;
if (previous) el.previous = previous;
document.getElementById('report')!.append(el);
