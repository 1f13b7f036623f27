// First import of the strict-CSP page: records every CSP violation and uncaught error before any
// library module evaluates (module imports run in order, depth first).
export interface Recorded {
  violations: string[];
  errors: string[];
  submitted: number;
  ready: boolean;
}

declare global {
  interface Window {
    __csp: Recorded;
  }
}

const recorded: Recorded = { violations: [], errors: [], submitted: 0, ready: false };
window.__csp = recorded;
document.addEventListener('securitypolicyviolation', (e) => {
  recorded.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
});
window.addEventListener('error', (e) => recorded.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => recorded.errors.push(String(e.reason)));
