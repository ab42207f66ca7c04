// The extension activates on an article, from the installed package when the launcher says so, and
// annotates files matched by `policyLens.include`.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticCode, extension, openFixture, policyDiagnostics, waitFor } from './util';

describe('activation', () => {
  it('activates when a .news article opens', async () => {
    const editor = await openFixture('erbil-talks.news');
    assert.equal(editor.document.languageId, 'policy-news');
    await waitFor('the extension to activate', () => extension().isActive);
  });

  it('runs from the installed .vsix, not the source tree (headless launcher)', function () {
    const extensionsDir = process.env.POLICY_LENS_E2E_EXTENSIONS_DIR;
    if (!extensionsDir) this.skip(); // @vscode/test-electron loads the source folder as the development extension
    const where = extension().extensionPath;
    assert.ok(path.resolve(where).startsWith(path.resolve(extensionsDir) + path.sep), `extension loaded from ${where}`);
  });

  it('publishes diagnostics for the article', async () => {
    const { document } = await openFixture('erbil-talks.news');
    const diags = await waitFor('Policy Lens diagnostics', () => policyDiagnostics(document.uri).length > 0 && policyDiagnostics(document.uri));
    assert.ok(diags.every((d) => typeof diagnosticCode(d) === 'string'), 'every diagnostic carries a stable code');
  });

  it('annotates Markdown matched by policyLens.include', async () => {
    const { document } = await openFixture('notes/briefing.md');
    assert.equal(document.languageId, 'markdown');
    const diags = await waitFor('diagnostics on the included Markdown file', () => policyDiagnostics(document.uri).length > 0 && policyDiagnostics(document.uri));
    assert.ok(diags.some((d) => d.range.start.line >= 5), 'the claim on the last paragraph is reported');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
