// Writes jest's totals to test-results/jest-counts.json so .ci/run can add them to the e2e counts.
const fs = require('fs');
const path = require('path');
class CountReporter {
  onRunComplete(_contexts, results) {
    const dir = path.join(process.cwd(), 'test-results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'jest-counts.json'),
      JSON.stringify({ passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites, skipped: results.numPendingTests }),
    );
  }
}
module.exports = CountReporter;
