// @web/test-runner config for the interop suite (issue 10): every element against an independent
// FHIR server (Medplum, scripts/interop-server.mjs), through the ordinary endpoint configuration.
// Run by `npm run interop` (scripts/interop.mjs), which starts the server and sets
// ICR_INTEROP_ENDPOINT. Not part of `npm test`.
import { writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import baseConfig from './web-test-runner.config.mjs';
import { fixturesMiddleware } from './scripts/fixtures-middleware.mjs';

const endpoint = process.env.ICR_INTEROP_ENDPOINT;
if (!endpoint) throw new Error('ICR_INTEROP_ENDPOINT is not set: run `npm run interop`');
const reportFile = process.env.ICR_INTEROP_REPORT;

/** Writes every test result (suite path + name + pass) as JSON for scripts/interop.mjs to tabulate. */
function jsonReporter() {
  return {
    onTestRunFinished({ sessions }) {
      if (!reportFile) return;
      const rows = [];
      const walk = (suite, trail) => {
        for (const t of suite.tests ?? []) {
          rows.push({ file: session.testFile, suite: trail, name: t.name, passed: t.passed, skipped: t.skipped, error: t.error?.message });
        }
        for (const s of suite.suites ?? []) walk(s, [...trail, s.name]);
      };
      let session;
      const sessionErrors = [];
      for (session of sessions) {
        if (session.testResults) walk(session.testResults, []);
        for (const e of session.errors ?? []) sessionErrors.push({ file: session.testFile, error: e.message });
        for (const log of session.logs ?? []) void log;
      }
      writeFileSync(reportFile, JSON.stringify({ rows, sessionErrors }, null, 1));
    },
  };
}

export default {
  ...baseConfig,
  files: ['test-interop/**/*.test.ts'],
  middleware: [
    function interopConfig(ctx, next) {
      if (ctx.path !== '/interop-config.json') return next();
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ endpoint, patients: process.env.ICR_INTEROP_PATIENTS?.split(',').filter(Boolean) });
      return undefined;
    },
    fixturesMiddleware(),
  ],
  reporters: [defaultReporter(), jsonReporter()],
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60000,
};
