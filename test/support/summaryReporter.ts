import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends `npm test` with what an operator needs at a glance: every skipped test with its reason (an
 * external part such as Chromium or PostgreSQL that was absent), then the plain line
 * "N passed, M failed, K skipped" that CI tooling reads.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    const skipped: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') passed++;
        else if (result.state === 'failed') failed++;
        else if (result.state === 'skipped') skipped.push(`${test.module.moduleId.replace(`${process.cwd()}/`, '')} > ${test.fullName}${result.note ? ` — ${result.note.replace(/^skipped: /, '')}` : ''}`);
      }
      // A file that failed to load has no tests to count: count it as a failure, not as nothing.
      if (module.state() === 'failed' && ![...module.children.allTests()].length) failed++;
    }
    const out = process.stdout;
    if (skipped.length) {
      out.write(`\nSkipped tests (${skipped.length}):\n`);
      for (const s of skipped) out.write(`  skipped: ${s}\n`);
    }
    out.write(`\n${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ''}\n`);
  }
}
