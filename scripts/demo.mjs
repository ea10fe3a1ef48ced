// npm run demo: check the example brief against the example corpus and print what was found.
// `trade-brief check` exits 1 when it warns, which is the point of the demo, so that counts as
// success here; a real failure (2: bad usage or input, or a crash) still fails the command.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', 'examples/brief.md', '--corpus', 'examples/sources'], { cwd: root, stdio: 'inherit' });
process.exit(r.status === 0 || r.status === 1 ? 0 : r.status ?? 1);
