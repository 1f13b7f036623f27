// strict-csp.html: records every Content-Security-Policy violation in window.cspViolations (and
// uncaught errors in window.pageErrors). A classic (non-module) script in <head>, so it is
// listening before any module runs.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.cspViolations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
    });
    const out = document.getElementById('violations');
    if (out) out.textContent = String(window.cspViolations.length);
    console.warn('CSP violation', window.cspViolations.at(-1));
  },
  true,
);
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
