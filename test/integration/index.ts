// Mocha entry inside the VS Code extension host (code-server or desktop): runs every
// *.test.js beside this file and writes the counts to $HARNESS_RESULTS_FILE for the runner.
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testFiles(path.join(dir, e.name)) : e.name.endsWith('.test.js') ? [path.join(dir, e.name)] : []));
}

export function run(): Promise<void> {
  return runSuites(__dirname);
}

/** Runs the suites under `dir` (another entry, such as the multi-root one, passes its own). */
export function runSuites(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000 });
  for (const f of testFiles(dir).sort()) mocha.addFile(f);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats;
      if (process.env.HARNESS_RESULTS_FILE) {
        fs.writeFileSync(process.env.HARNESS_RESULTS_FILE, JSON.stringify({ passes: s?.passes ?? 0, failures: s?.failures ?? 0, pending: s?.pending ?? 0 }));
      }
      if (failures) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
