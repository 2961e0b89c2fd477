// Prints "passed failed skipped" from a vitest JSON report (--reporter=json --outputFile=…).
// A file that failed to import has no failed test but a failed suite: it counts as one failure.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let failed = report.numFailedTests ?? 0;
for (const file of report.testResults ?? []) {
  const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
  if (file.status === 'failed' && failedTests === 0) failed++;
}
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${report.numPassedTests ?? 0} ${failed} ${skipped}`);
