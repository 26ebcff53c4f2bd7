// Runs first in strict-host.html (a classic external script, allowed by script-src 'self'):
// records every CSP / Trusted Types violation and every uncaught error, for the test to read.
window.__strictHost = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__strictHost.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample || ''} at ${e.sourceFile}:${e.lineNumber}`.trim());
});
window.addEventListener('error', (e) => {
  window.__strictHost.errors.push(String(e.message || e.error));
});
window.addEventListener('unhandledrejection', (e) => {
  window.__strictHost.errors.push(String(e.reason && e.reason.message ? e.reason.message : e.reason));
});
