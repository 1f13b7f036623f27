/** Registers every element, the team report included. Import this once: `import 'collab-rubrics/all.js'`. */
import './respondent.js';
import './components/report/cr-rubric-report.js';
