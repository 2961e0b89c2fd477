// web-test-runner reporter that writes the run's counts as JSON for scripts/test-all.sh, because
// web-test-runner prints its totals only inside a progress line (TOOLCHAIN.md "CI output").
import { writeFileSync } from 'node:fs';

/** Count every test of a suite tree. */
function countSuite(suite, acc) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite?.suites ?? []) countSuite(s, acc);
}

/** @param {string} outFile */
export function countReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, files: sessions.length, erroredFiles: [] };
      for (const session of sessions) {
        const before = acc.failed;
        countSuite(session.testResults, acc);
        // A file that failed to load or threw outside a test has errors but may have no failed test.
        if ((session.errors?.length || session.passed === false) && acc.failed === before) {
          acc.failed++;
          acc.erroredFiles.push(session.testFile);
        }
      }
      writeFileSync(outFile, JSON.stringify(acc));
    },
  };
}
