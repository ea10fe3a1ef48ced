// Runs every compiled unit test with mocha and writes its counts to the file named in argv[2].
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const Mocha = require('mocha');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20000 });

function collect(dir) {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) collect(p);
    else if (e.name.endsWith('.test.js')) mocha.addFile(p);
  }
}
collect(path.join(root, 'out', 'test', 'unit'));
const runner = mocha.run(() => {
  const s = runner.stats;
  if (process.argv[2]) fs.writeFileSync(process.argv[2], JSON.stringify({ passes: s.passes, failures: s.failures, pending: s.pending }));
  process.exitCode = s.failures ? 1 : 0;
});
