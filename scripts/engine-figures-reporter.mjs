// A web-test-runner reporter that prints, at the end of a run, each suite's figures for the engine
// (issue 22: "prints each suite's figures per engine"). A suite is a test folder (elements,
// reliability, …); a reliability file is a suite of its own, since each is one of the named checks.
// A file that failed to load or run counts as one failure, so a broken engine cannot pass silently.
import { relative } from 'node:path';

function count(result, into) {
  if (!result) return;
  for (const t of result.tests) {
    if (t.skipped) into.skipped += 1;
    else if (t.passed) into.passed += 1;
    else into.failed += 1;
  }
  for (const s of result.suites) count(s, into);
}

function suiteOf(testFile) {
  const path = relative(process.cwd(), testFile).replace(/\\/g, '/');
  const parts = path.split('/');
  if (parts[1] === 'reliability') return `reliability/${parts[2].replace(/\.test\.ts$/, '')}`;
  return parts.slice(1, -1).join('/') || parts[1];
}

export function engineFiguresReporter({ engine }) {
  return {
    onTestRunFinished({ sessions }) {
      const suites = new Map();
      for (const session of sessions) {
        const name = suiteOf(session.testFile);
        const figures = suites.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        const before = figures.failed + figures.passed;
        count(session.testResults, figures);
        if (session.errors?.length || (!session.passed && figures.failed + figures.passed === before)) figures.failed += 1;
        suites.set(name, figures);
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      console.log(`\n${engine}: figures per suite`);
      for (const [name, f] of [...suites].sort(([a], [b]) => a.localeCompare(b))) {
        console.log(`  ${engine} ${name}: ${f.passed} passed, ${f.failed} failed${f.skipped ? `, ${f.skipped} skipped` : ''}`);
        total.passed += f.passed;
        total.failed += f.failed;
        total.skipped += f.skipped;
      }
      console.log(`  ${engine} all: ${total.passed} passed, ${total.failed} failed`);
    },
  };
}
