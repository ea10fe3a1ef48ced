// What `npm test` runs: lint (strict type check), the build and its .vsix, the unit tests, then the integration tests inside
// a real VS Code when a test host is installed. Ends with one line: N passed, N failed, N skipped.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
let passed = 0;
let failed = 0;
let skipped = 0;

function run(cmd, args, env = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;
}

console.log('== lint (tsc --noEmit, strict)');
if (run('npx', ['tsc', '-p', '.', '--noEmit']) === 0) passed++;
else failed++;

console.log('== build');
if (run('node', ['scripts/build.mjs']) !== 0 || run('npx', ['tsc', '-p', '.']) !== 0) failed++;

// The .vsix the README tells users to install: it must build, and carry every bundle the build
// made (a worker missing from .vscodeignore would leave the extension without it).
console.log('== package (.vsix)');
{
  const out = path.join(os.tmpdir(), `tba-package-${process.pid}.vsix`);
  const code = run('npx', ['vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', out]);
  const listed = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).stdout ?? '';
  const bundles = fs.readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js')).map((f) => `dist/${f}`);
  const missing = bundles.filter((b) => !listed.split('\n').includes(b));
  if (code === 0 && fs.existsSync(out) && missing.length === 0) passed++;
  else {
    console.log(`packaging failed (exit ${code})${missing.length ? `; not in the .vsix: ${missing.join(', ')}` : ''}`);
    failed++;
  }
  fs.rmSync(out, { force: true });
}

console.log('== unit tests');
const unitStats = path.join(os.tmpdir(), `tba-unit-${process.pid}.json`);
run('node', ['scripts/run-unit-tests.mjs', unitStats]);
try {
  const s = JSON.parse(fs.readFileSync(unitStats, 'utf8'));
  passed += s.passes;
  failed += s.failures;
  skipped += s.pending;
  fs.rmSync(unitStats, { force: true });
} catch {
  console.log('unit tests did not report their results');
  failed++;
}

console.log('== integration tests (inside VS Code)');
const runner = path.join(root, 'scripts', 'run-vscode-tests.mjs');
if (fs.existsSync(runner)) {
  // The single-folder suites, then the multi-root ones in a workspace of two folders.
  const runs = [[], ['--workspace', 'test/fixtures/multi-root.code-workspace', '--extensionTestsPath', 'out/test/integration-multiroot/index.js']];
  for (const args of runs) {
    const integrationStats = path.join(os.tmpdir(), `tba-int-${process.pid}.json`);
    const code = run('node', [runner, ...args], { TBA_SUMMARY_FILE: integrationStats });
    try {
      const s = JSON.parse(fs.readFileSync(integrationStats, 'utf8'));
      passed += s.passed ?? s.passes ?? 0;
      failed += s.failed ?? s.failures ?? 0;
      skipped += s.skipped ?? s.pending ?? 0;
      if (code !== 0 && !(s.failed ?? s.failures)) failed++;
      fs.rmSync(integrationStats, { force: true });
    } catch {
      console.log('integration run did not report results');
      failed++;
    }
  }
} else {
  console.log('integration runner not present: skipped');
  skipped++;
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
