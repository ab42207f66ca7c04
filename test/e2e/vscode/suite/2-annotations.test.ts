// What a reader sees on the Erbil article: colouring (semantic tokens), hovers, go-to-definition into the
// workspace glossary, the outline's Timeline and the resolved-date inlay hints, all through the real
// `vscode.*` provider commands, so the client's conversions are exercised too.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { extension, hoverAt, inside, openFixture, policyDiagnostics, rangeOf, semanticTokens, waitFor } from './util';

describe('annotations', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = (await openFixture('erbil-talks.news')).document;
    // The first analysis is done once diagnostics are published; providers answer from the same model.
    await waitFor('diagnostics', () => policyDiagnostics(doc.uri).length > 0);
  });

  it('semantic tokens decode to date, actor and agreement', async () => {
    const tokens = await waitFor('semantic tokens', async () => {
      const t = await semanticTokens(doc);
      return t && t.length > 0 && t;
    });
    const find = (type: string, text: string) => tokens.find((t) => t.type === type && t.text.includes(text));
    const sample = tokens.slice(0, 12).map((t) => `${t.type}:${t.text}`).join(', ');
    assert.ok(find('date', 'Thursday'), `"Thursday" is a date token (got ${sample})`);
    assert.ok(find('actor', 'Peshmerga'), `"Peshmerga forces" is an actor token (got ${sample})`);
    assert.ok(find('agreement', 'Strategic Framework Agreement'), `the 2008 agreement is an agreement token (got ${sample})`);
  });

  it('hover on a relative date shows the resolved date', async () => {
    const text = await waitFor('a date hover', async () => {
      const h = await hoverAt(doc.uri, inside(doc, 'Thursday'));
      return h.includes('13 November 2025') && h;
    });
    assert.match(text, /2025-11-13/);
  });

  it('hover on an actor shows the workspace glossary entry', async () => {
    const text = await hoverAt(doc.uri, inside(doc, 'Peshmerga forces'));
    assert.match(text, /Ministry of Peshmerga Affairs/, 'the description comes from the workspace glossary, not the built-in one');
  });

  it('go to definition on an actor opens its glossary entry', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', doc.uri, inside(doc, 'Peshmerga forces'));
    assert.ok(defs && defs.length > 0, 'a definition is returned');
    const first = defs[0];
    const uri = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetUri' in first ? first.targetRange : first.range;
    assert.equal(path.basename(uri.fsPath), 'glossary.yaml');
    const glossary = await vscode.workspace.openTextDocument(uri);
    assert.match(glossary.lineAt(range.start.line).text, /peshmerga/i, 'the location is the peshmerga entry');
  });

  it('the outline has a Timeline group with the resolved dates', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const timeline = symbols?.find((s) => s.name === 'Timeline');
    assert.ok(timeline, `a Timeline group (got ${symbols?.map((s) => s.name).join(', ')})`);
    assert.ok(timeline.children.some((c) => c.name.includes('2025-11-13')), `Thursday is on the timeline: ${timeline.children.map((c) => c.name).join(' | ')}`);
  });

  it('inlay hints show the resolved date after a relative expression', async () => {
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, all);
    const label = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    const thursday = rangeOf(doc, 'Thursday');
    const near = hints?.filter((h) => h.position.line === thursday.start.line && Math.abs(h.position.character - thursday.end.character) <= 1);
    assert.ok(near?.length, `a hint right after "Thursday" (got ${hints?.map(label).join(' | ')})`);
    assert.match(near.map(label).join(' '), /13 Nov|2025-11-13/);
  });

  it('the cursor on an actor highlights its other mentions, and Expand Selection grows from a date to its sentence', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, inside(doc, 'Global Coalition against ISIS'));
    const marked = (highlights ?? []).map((h) => doc.getText(h.range));
    assert.ok(marked.includes('Global Coalition against ISIS') && marked.includes('the coalition'), `the coalition's mentions are highlighted (got ${marked.join(' | ')})`);
    assert.ok(marked.every((t) => /coalition/i.test(t)), `only the coalition's (got ${marked.join(' | ')})`);
    // (VS Code merges the ranges of every provider, words and brackets among them, into one chain.)
    const [chain] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', doc.uri, [inside(doc, 'early January')]);
    const grown: string[] = [];
    for (let r: vscode.SelectionRange | undefined = chain; r; r = r.parent) grown.push(doc.getText(r.range));
    const line = doc.lineAt(rangeOf(doc, 'early January').start.line).text;
    for (const want of ['early January', 'the next round would be held in Baghdad in early January.', line]) {
      assert.ok(grown.includes(want), `the selection grows to "${want}" (got ${grown.join(' | ')})`);
    }
  });

  it('the status bar shows the date relative dates resolve against, and its tooltip where it came from', async () => {
    const status = (extension().exports as { status: () => { text: string; tooltip: string; visible: boolean } }).status;
    const shown = await waitFor('the article status', async () => status().visible && status().text.includes('14 Nov 2025') && status());
    assert.equal(shown.text, '$(calendar) 14 Nov 2025');
    assert.match(shown.tooltip, /resolve against Friday 14 November 2025 \(from front matter\)/);
    assert.match(shown.tooltip, /\d+ unsourced claims?/);
  });

  it('an article without a date says so in the status bar, and Set Article Date gives it one', async () => {
    const status = (extension().exports as { status: () => { text: string; tooltip: string; visible: boolean } }).status;
    const undated = await vscode.workspace.openTextDocument({ language: 'policy-news', content: 'Officials met on Thursday.\n' });
    await vscode.window.showTextDocument(undated, { preview: false });
    try {
      await waitFor('"No article date"', async () => status().visible && status().text.includes('No article date'));
      assert.match(status().tooltip, /1 relative date is unresolved/);
      const applied = await vscode.commands.executeCommand<boolean>('policyLens.setArticleDate', '2025-11-21');
      assert.equal(applied, true);
      assert.equal(undated.getText(), '---\ndate: 2025-11-21\n---\nOfficials met on Thursday.\n');
      await waitFor('the new date in the status bar', async () => status().text.includes('21 Nov 2025'));
      await waitFor('"Thursday" resolved against it', async () => (await hoverAt(undated.uri, inside(undated, 'Thursday'))).includes('20 November 2025'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
    }
    await vscode.window.showTextDocument(doc, { preview: false });
  });

  describe('settings', () => {
    const config = () => vscode.workspace.getConfiguration('policyLens', doc.uri);
    const hintsAfterThursday = async () => {
      const line = rangeOf(doc, 'Thursday').start.line;
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(line, 0, line + 1, 0));
      return hints ?? [];
    };

    after(async () => {
      await config().update('referenceDate', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('policyLens.referenceDate re-resolves relative dates', async () => {
      await config().update('referenceDate', '2025-11-21', vscode.ConfigurationTarget.Workspace);
      await waitFor('"Thursday" to resolve against 21 November', async () => (await hoverAt(doc.uri, inside(doc, 'Thursday'))).includes('20 November 2025'));
      await config().update('referenceDate', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('the article date to be used again', async () => (await hoverAt(doc.uri, inside(doc, 'Thursday'))).includes('13 November 2025'));
    });

    it('policyLens.inlayHints.enabled switches the hints off and on', async () => {
      assert.ok((await hintsAfterThursday()).length > 0, 'hints to start with');
      await config().update('inlayHints.enabled', false, vscode.ConfigurationTarget.Workspace);
      await waitFor('no inlay hints', async () => (await hintsAfterThursday()).length === 0);
      await config().update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('the hints to come back', async () => (await hintsAfterThursday()).length > 0);
    });
  });
});
