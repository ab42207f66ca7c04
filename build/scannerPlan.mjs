// The dates' hint scanner is built from a plan read off the rules' hints (server/src/analysis/dates/triggers.ts,
// scannerPlan): reading the shapes of its patterns took ~20 ms of every start of the command. The bundles get the plan
// computed here, from the core as they bundle it (its marks folded, build/foldMarks.mjs), as a constant.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The options, with the scanner's plan for the core that they bundle among their defines. */
export async function withScannerPlan(options) {
  const built = await esbuild.build({
    ...options,
    stdin: {
      contents: "import { HINTS } from './server/src/analysis/dates/readRules';\nimport { scannerPlan } from './server/src/analysis/dates/triggers';\nexport const plan = scannerPlan(HINTS);\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    entryPoints: undefined,
    outfile: undefined,
    sourcemap: false,
    write: false,
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(mod, mod.exports, createRequire(path.join(ROOT, 'package.json')));
  return { ...options, define: { ...options.define, __POLICY_LENS_SCANNER_PLAN__: JSON.stringify(mod.exports.plan) } };
}
