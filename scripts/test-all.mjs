#!/usr/bin/env node
// Runs every suite in turn and ends with one line "N passed, M failed" that sums them all.
// Typecheck, lint and the bundle budget count as one check each; vitest and Playwright count tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2);

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, cmd, args) {
  if (only.length && !only.includes(name)) return;
  const ok = run(name, cmd, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  console.log(`--- ${name}: ${ok ? 'ok' : 'FAILED'}`);
}

function vitest() {
  if (only.length && !only.includes('unit')) return;
  const out = '.vitest-results.json';
  rmSync(out, { force: true });
  const ok = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) {
    totals.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load has no tests but must still count as a failure.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  totals.failed += brokenFiles;
  if (!ok && report.numFailedTests === 0 && brokenFiles === 0) totals.failed += 1;
}

/** The engine runs (e2e/engines/) drive Debian's browsers; a missing one is a failure, never a skip. */
function engine(name, file, needs, display) {
  if (only.length && !only.includes(name)) return;
  const missing = needs.filter((path) => !existsSync(path));
  if (missing.length) {
    console.log(`\n=== ${name}: missing ${missing.join(', ')} (bash .ci/run installs them)`);
    totals.failed += 1;
    return;
  }
  const node = [process.execPath, '--import', 'tsx', '--test', file];
  const ok = display ? run(name, 'xvfb-run', ['-a', ...node]) : run(name, node[0], node.slice(1));
  totals[ok ? 'passed' : 'failed'] += 1;
  console.log(`--- ${name}: ${ok ? 'ok' : 'FAILED'}`);
}

const WEBKIT = ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/bin/xvfb-run'];

function playwright() {
  if (only.length && !only.includes('e2e')) return;
  const out = '.e2e-results.json';
  rmSync(out, { force: true });
  const ok = run('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  if (!existsSync(out)) {
    totals.failed += 1;
    return;
  }
  const { stats } = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  if (!ok && stats.unexpected === 0) totals.failed += 1;
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
vitest();
check('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
check('budget', 'node', ['scripts/check-budget.mjs']);
playwright();
engine('webkit', 'e2e/engines/webkit.engine.ts', WEBKIT, true);
engine('firefox', 'e2e/engines/firefox.engine.ts', ['/usr/bin/firefox-esr'], false);
engine('cross-engine', 'e2e/engines/crossEngine.engine.ts', [...WEBKIT, '/usr/bin/chromium'], true);

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 ? 0 : 1);
