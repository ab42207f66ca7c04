// Claims: unsourced and vaguely attributed statements are diagnostics with stable codes, and the
// per-rule severity setting takes effect without reopening the file.
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnosticCode, openFixture, policyDiagnostics, waitFor, workspaceRoot } from './util';

describe('claims', () => {
  let doc: vscode.TextDocument;
  const withCode = (code: string) => policyDiagnostics(doc.uri).filter((d) => diagnosticCode(d) === code);

  before(async () => {
    doc = (await openFixture('erbil-talks.news')).document;
    await waitFor('diagnostics', () => policyDiagnostics(doc.uri).length > 0);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('policyLens').update('claims.severity', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('reports an unsourced claim on the unattributed prediction', () => {
    const claims = withCode('unsourced-claim');
    const lines = claims.map((d) => doc.lineAt(d.range.start.line).text);
    assert.ok(lines.some((l) => l.includes('inevitably leave a security vacuum')), `unsourced claims on: ${lines.join(' | ')}`);
    assert.ok(claims.every((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'warning by default');
  });

  it('reports a vague attribution ("Critics argue", an anonymous official)', () => {
    const vague = withCode('vague-attribution');
    const texts = vague.map((d) => doc.getText(d.range));
    assert.ok(texts.some((t) => /critics|anonymity|senior Kurdish official/i.test(t)), `vague attributions: ${texts.join(' | ')}`);
    assert.ok(vague.every((d) => d.severity === vscode.DiagnosticSeverity.Information), 'information by default');
  });

  it('policyLens.claims.severity changes the severity live', async () => {
    const config = vscode.workspace.getConfiguration('policyLens');
    await config.update('claims.severity', { 'unsourced-claim': 'error', 'vague-attribution': 'hint' }, vscode.ConfigurationTarget.Workspace);
    await waitFor('unsourced claims to become errors', () => {
      const c = withCode('unsourced-claim');
      return c.length > 0 && c.every((d) => d.severity === vscode.DiagnosticSeverity.Error);
    });
    await waitFor('vague attributions to become hints', () => {
      const v = withCode('vague-attribution');
      return v.length > 0 && v.every((d) => d.severity === vscode.DiagnosticSeverity.Hint);
    });
    await config.update('claims.severity', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the default severity to come back', () => {
      const c = withCode('unsourced-claim');
      return c.length > 0 && c.every((d) => d.severity === vscode.DiagnosticSeverity.Warning);
    });
  });

  it('policyLens.diagnostics.workspace lists the findings of articles that are not open, and follows their files', async () => {
    const config = vscode.workspace.getConfiguration('policyLens');
    const file = path.join(workspaceRoot(), 'desk-unopened.news');
    const uri = vscode.Uri.file(file);
    const codes = () => policyDiagnostics(uri).map(diagnosticCode).sort().join(',');
    fs.writeFileSync(file, '---\ndate: 2025-11-14\n---\nThe withdrawal will inevitably leave a security vacuum that armed factions will exploit.\n');
    try {
      await config.update('diagnostics.workspace', true, vscode.ConfigurationTarget.Workspace);
      await waitFor('the unopened article\'s unsourced claim', () => codes() === 'unsourced-claim');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === file), 'the article was never opened');
      // Its file changes on disk (the client watches articles): the findings follow.
      fs.writeFileSync(file, '---\ndate: 2025-11-14\n---\nThe minister said talks would resume on Monday. Critics say the plan is vague.\n');
      await waitFor('the changed file\'s findings', () => codes() === 'vague-attribution');
      await config.update('diagnostics.workspace', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('its findings taken back when the setting is off', () => codes() === '');
    } finally {
      await config.update('diagnostics.workspace', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(file, { force: true });
    }
  });
});
