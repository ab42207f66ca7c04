// Bundles the client (vscode external), the language server and the CLI into dist/.
import * as esbuild from 'esbuild';
import { foldedBuild } from './build/foldMarks.mjs';
import { asciiOutput } from './build/asciiOutput.mjs';
import { withScannerPlan } from './build/scannerPlan.mjs';
import { warmupTextStale, writeWarmupText } from './build/warmupText.mjs';
import { buildNarrowBundle } from './build/narrowBundle.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Node 18+ reads \p{...} in regex literals, but esbuild does not count on it for this target and
  // would rewrite those literals as `new RegExp(...)` calls, which parse their pattern again at every evaluation and
  // at every start (a literal's parse is left to its first use). 87 such regexes in the CLI.
  supported: { 'regexp-unicode-property-escapes': true },
};

// The server's and the CLI's core read an article's one-byte form (build/foldMarks.mjs), with the dates' scanner
// planned here (build/scannerPlan.mjs).
const core = await withScannerPlan({ ...common, ...foldedBuild });
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...core, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...core, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);
// The command's bundle again, its Unicode classes cut to the alphabet most articles are written in, which it runs when
// its inputs fit (build/narrowBundle.mjs, server/src/cli/narrow.ts).
await buildNarrowBundle({ ...core, entryPoints: ['server/src/cli/main.ts'] }, 'dist/cli.js', 'dist/cli-narrow.js');
// Read at every start: in ASCII, Node reads them one byte a character (build/asciiOutput.mjs).
for (const f of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/cli-narrow.js']) asciiOutput(f);
// The background analyser's warm-up (build/warmupText.mjs), written again only when a test has changed since.
if (warmupTextStale('test/unit', 'dist/warmup.txt')) writeWarmupText('test/unit', 'dist/warmup.txt');
