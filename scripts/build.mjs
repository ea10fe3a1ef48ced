// Bundles the extension, the engine worker, its extraction workers and the CLI with esbuild into dist/.
// One bundle per entry keeps the .vsix free of node_modules and loads fast.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  minify: !watch,
  logLevel: watch ? 'info' : 'warning',
};
const entries = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/core/engine/worker.ts'], outfile: 'dist/engineWorker.js' },
  // Beside the engine worker and the CLI, which start it for a cold index of many sources.
  { entryPoints: ['src/core/engine/extractWorker.ts'], outfile: 'dist/extractWorker.js' },
  // Beside them too: reads the sources ahead at a warm start.
  { entryPoints: ['src/core/engine/readWorker.ts'], outfile: 'dist/readWorker.js' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (watch) {
  for (const e of entries) await (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
