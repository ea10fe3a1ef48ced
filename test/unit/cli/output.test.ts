// The command line as a CI job or a shell pipe runs it: whole output through a pipe, exit codes.
import * as assert from 'assert';
import { execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeCorpus } from '../../../bench/generate';

const CLI = path.resolve(__dirname, '..', '..', '..', 'src', 'cli', 'main.js');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

suite('command line output', () => {
  let dir = '';
  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-cli-'));
    writeCorpus(dir, 200);
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('an index larger than a pipe buffer comes through whole', async () => {
    const r = await run(['index', '--corpus', dir, '--format', 'json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const index = JSON.parse(r.stdout) as { documents: unknown[] }; // cut short, it does not parse
    assert.ok(index.documents.length >= 200);
    assert.ok(r.stdout.length > 256 * 1024, `${r.stdout.length} bytes: the corpus should give more than a pipe holds`);
  });

  test('a reader that stops early (| head) ends the output quietly', async () => {
    const child = spawn(process.execPath, [CLI, 'index', '--corpus', dir, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // as head does after its lines
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /EPIPE|Error/);
    assert.strictEqual(code, 0);
  });

  test('a brief that cannot be read exits with 2 and says why', async () => {
    const r = await run(['check', path.join(dir, 'no-such-brief.md'), '--corpus', dir]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /cannot read/);
  });
});
