// Manual tagging in the real editor: "Tag Selection as Actor" writes the sidecar and paints a manual token,
// the tag follows an edit before it and is saved with the article, a lightbulb "Attach a source" settles an
// unsourced claim, and "Remove the actor tag" takes it away. Works on its own scratch article and cleans up.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticCode, policyDiagnostics, rangeOf, semanticTokens, waitFor, workspaceRoot } from './util';

const TEXT = `---
date: 2025-11-14
---
ERBIL, Nov. 14 - Iraqi officials met on Thursday in Erbil.

The withdrawal will inevitably leave a security vacuum that armed factions will exploit.
`;

type Action = vscode.CodeAction | vscode.Command;

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<Action[]> {
  return (await vscode.commands.executeCommand<Action[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

function sidecarItems(file: string): any[] {
  try {
    return JSON.parse(fs.readFileSync(`${file}.annotations.json`, 'utf8')).first.items;
  } catch {
    return [];
  }
}

describe('manual tagging', () => {
  let file: string;
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async () => {
    file = path.join(workspaceRoot(), 'tagging-scratch.news');
    fs.writeFileSync(file, TEXT);
    doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    editor = await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor('diagnostics on the scratch article', () => policyDiagnostics(doc.uri).length > 0);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
    for (const f of [file, `${file}.annotations.json`]) fs.rmSync(f, { force: true });
  });

  it('Tag Selection as Actor writes the sidecar and paints a manual token', async () => {
    const r = rangeOf(doc, 'armed factions');
    editor.selection = new vscode.Selection(r.start, r.end);
    await vscode.commands.executeCommand('policyLens.tagAsActor');
    await waitFor('the sidecar to hold the tag', () => sidecarItems(file).some((i) => i.target.selector[0].exact === 'armed factions'));
    await waitFor('a manual actor token', async () => (await semanticTokens(doc))?.some((t) => t.text === 'armed factions' && t.type === 'actor' && t.modifiers.includes('manual')));
  });

  it('the tag follows an edit before it and is saved with the article', async () => {
    assert.ok(await editor.edit((b) => b.insert(rangeOf(doc, 'The withdrawal').start, 'In short, ')));
    await waitFor('the manual token on the moved text', async () => (await semanticTokens(doc))?.some((t) => t.text === 'armed factions' && t.modifiers.includes('manual')));
    assert.ok(await doc.save());
    const text = doc.getText();
    // The quote selector's prefix is the same before and after the insert, so wait on the position
    // selector: it is right only once the sidecar was rewritten for the saved text.
    const at = (s: { start: number; end: number }) => [...text].slice(s.start, s.end).join('');
    const sel = await waitFor('the sidecar to follow the save', () => {
      const s = sidecarItems(file)[0]?.target.selector;
      return s && s[0].prefix.endsWith('vacuum that ') && at(s[1]) === 'armed factions' && s;
    }, 10000).catch((err: Error) => {
      const s = sidecarItems(file)[0]?.target.selector;
      throw new Error(`${err.message}; the position selector covers ${JSON.stringify(s && at(s[1]))}`);
    });
    assert.equal(at(sel[1]), 'armed factions');
  });

  it('Attach a source (lightbulb) settles the unsourced claim', async () => {
    const claim = await waitFor('an unsourced claim', () => policyDiagnostics(doc.uri).find((d) => diagnosticCode(d) === 'unsourced-claim'));
    const action = (await actionsAt(doc.uri, claim.range)).find((a) => a.title.startsWith('Attach a source')) as vscode.CodeAction | undefined;
    assert.ok(action?.command, 'Attach a source is offered');
    // The editor would ask in an input box; give the answer in the arguments, which skips the prompt.
    const args = { ...(action.command.arguments?.[0] as object), source: 'https://example.org/report' };
    await vscode.commands.executeCommand(action.command.command, args);
    await waitFor('the claim diagnostic to go', () => !policyDiagnostics(doc.uri).some((d) => diagnosticCode(d) === 'unsourced-claim'));
    assert.ok(sidecarItems(file).some((i) => i.policyLens.kind === 'source' && i.policyLens.source === 'https://example.org/report'));
  });

  it('a whole long article selected gets no fix for each of its annotations; a cursor still does', async () => {
    const long = path.join(workspaceRoot(), 'crowded-scratch.news');
    fs.writeFileSync(long, `---\ndate: 2025-11-14\n---\n${TEXT.split('---\n')[2].repeat(40)}`);
    try {
      const d = await vscode.workspace.openTextDocument(vscode.Uri.file(long));
      await waitFor('diagnostics on the long article', () => policyDiagnostics(d.uri).length > 0);
      // (VS Code leaves the greyed entry out of the list it gives and of its Quick Fix menu: no actions at all.)
      const all = await actionsAt(d.uri, new vscode.Range(0, 0, d.lineCount, 0));
      assert.deepEqual(all.map((a) => a.title), []);
      // A cursor on a name still gets its fixes.
      const at = rangeOf(d, 'Iraqi officials').start.translate(0, 2);
      const here = await actionsAt(d.uri, new vscode.Range(at, at));
      assert.ok(here.some((a) => a.title.startsWith('Not an actor here')), JSON.stringify(here.map((a) => a.title)));
    } finally {
      fs.rmSync(long, { force: true });
    }
  });

  it('Remove the actor tag (lightbulb) takes the manual token away', async () => {
    const action = (await actionsAt(doc.uri, rangeOf(doc, 'armed factions'))).find((a) => a.title.startsWith('Remove the actor tag')) as vscode.CodeAction | undefined;
    assert.ok(action?.command, 'Remove is offered on a tagged span');
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    await waitFor('no manual token', async () => !(await semanticTokens(doc))?.some((t) => t.modifiers.includes('manual')));
    assert.ok(!sidecarItems(file).some((i) => i.policyLens.kind === 'actor'));
  });
});
