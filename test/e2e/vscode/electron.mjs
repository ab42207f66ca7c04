// Desktop launcher: runs the same suite in a downloaded VS Code with @vscode/test-electron (needs access to
// VS Code's update server, so it is for developers' machines; CI uses the headless code-server launcher).
//   node test/e2e/vscode/build.mjs && npm run build && node test/e2e/vscode/electron.mjs
// The extension is loaded from the source folder (dist/ must be built); the fixture workspace is copied to a
// temporary folder first because the suite edits its glossary and settings.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const run = mkdtempSync(join(tmpdir(), 'policy-lens-e2e-'));
const workspace = join(run, 'workspace');
cpSync(join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'e2e', 'vscode', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(run, 'user-data')],
  });
} catch (err) {
  console.error(`VS Code e2e failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  rmSync(run, { recursive: true, force: true });
}
