/**
 * Registers every element a respondent's page needs: the rubric elements, the session and the
 * summary. The CDN's `collab-rubrics.js` is built from this; the team report, which only team
 * leads open, is its own file (`cr-rubric-report.js`) so respondents never download it.
 */
import './components/rubric/cr-rubric.js';
import './components/rubric-session/cr-rubric-session.js';
import './components/summary/cr-rubric-summary.js';
// The built-in rubrics last: their text then follows all the code, which compresses better together.
import './components/coherence-progression/cr-coherence-progression.js';
import './components/slt-indicators/cr-slt-indicators.js';
import './components/relationship-continuum/cr-relationship-continuum.js';
import './components/team-assessment/cr-team-assessment.js';
