// Entry point VS Code loads as `extensionTestsPath` (whichever launcher started it: @vscode/test-electron or
// code-server in a headless browser). Runs the compiled *.test.js beside it with mocha, prints one summary
// line the launchers and the overall e2e script read, and writes the same counts as JSON when
// POLICY_LENS_E2E_RESULTS names a file (the extension host runs on the test machine, so it can).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const SUITE_START = 'policy-lens e2e suite: start';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const grep = process.env.POLICY_LENS_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const failures: { title: string; error: string }[] = [];
  // The launchers show the extension host's log from this line on (the workbench logs plenty before it).
  console.log(`${SUITE_START} (VS Code ${vscode.version})`);
  const stats = await new Promise<{ passes: number; failures: number; pending: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0 }));
    runner.on('fail', (t, err: Error) => failures.push({ title: t.fullTitle(), error: String(err?.message ?? err) }));
  });
  console.log(`vscode-suite: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);
  const out = process.env.POLICY_LENS_E2E_RESULTS;
  if (out) fs.writeFileSync(out, JSON.stringify({ ...stats, failed: failures }, null, 2));
  if (stats.failures > 0) throw new Error(`${stats.failures} VS Code e2e test(s) failed`);
  if (stats.passes === 0) throw new Error('no VS Code e2e test ran');
}
