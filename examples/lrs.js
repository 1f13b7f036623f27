// Points a session and a report at one LRS. `?lrs=` the xAPI endpoint (default: the local test LRS
// that `node scripts/lrs.mjs --port 8642` starts), `?cycle=` the cycle, `?member=` an LMS user id.
const params = new URLSearchParams(location.search);
const endpoint = params.get('lrs') ?? 'http://127.0.0.1:8642/xAPI/';
const cycle = params.get('cycle') ?? 'Example cycle';
const member = params.get('member') ?? 'member-1';
// A real page asks its own server for a short-lived token here; the local test LRS takes any value.
const auth = () => params.get('auth') ?? 'Basic ZXhhbXBsZTpleGFtcGxl';

const session = document.getElementById('session');
const report = document.getElementById('report');
document.getElementById('endpoint').textContent = endpoint;
document.getElementById('cycle').textContent = cycle;

session.xapiActor = { account: { homePage: 'https://lms.example', name: member }, name: `Member ${member}` };
session.xapiAuth = auth;
session.setAttribute('cycle', cycle);
session.setAttribute('xapi-endpoint', endpoint);

report.xapiAuth = auth;
report.setAttribute('registration', cycle);
report.setAttribute('xapi-endpoint', endpoint);

document.getElementById('refresh').addEventListener('click', () => report.refreshXapi());
// Once the member's statements are sent, read the cycle again.
const memberRubric = document.getElementById('member');
memberRubric.addEventListener('cr-xapi', () => void memberRubric.xapiComplete.then(() => report.refreshXapi()));
