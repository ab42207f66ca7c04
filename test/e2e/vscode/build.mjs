// Compiles the VS Code suite to CommonJS for the extension host: one file per test (mocha loads them with
// addFile) plus the index. `vscode` is provided by the host; mocha is required from node_modules at run time.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const suite = join(here, 'suite');
const entryPoints = readdirSync(suite).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => join(suite, f));

await esbuild.build({
  entryPoints,
  outdir: join(root, 'out', 'e2e', 'vscode', 'suite'),
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
