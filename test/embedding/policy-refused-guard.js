// Runs first in the policy-refused pages (a classic external script, allowed by script-src 'self'):
// records every CSP / Trusted Types violation, uncaught error and console.error, for the test to read.
window.__policyHost = { violations: [], errors: [], consoleErrors: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__policyHost.violations.push(`${e.violatedDirective} ${e.sample || ''}`.trim());
});
window.addEventListener('error', (e) => {
  window.__policyHost.errors.push(String(e.message || e.error));
});
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__policyHost.consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
