/** Registers every element. Import this once: `import 'collab-rubrics/all.js'`. */
import './components/rubric/cr-rubric.js';
import './components/coherence-progression/cr-coherence-progression.js';
import './components/slt-indicators/cr-slt-indicators.js';
import './components/relationship-continuum/cr-relationship-continuum.js';
import './components/team-assessment/cr-team-assessment.js';
import './components/rubric-session/cr-rubric-session.js';
import './components/summary/cr-rubric-summary.js';
