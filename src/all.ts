/** Registers every element, the team report and the rubric editor included. Import this once: `import 'collab-rubrics/all.js'`. */
import './respondent.js';
import './components/report/cr-rubric-report.js';
import './components/rubric-editor/cr-rubric-editor.js';
