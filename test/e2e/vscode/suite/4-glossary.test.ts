// Code actions: what the editor offers on a date and on an actor that is in no glossary, and applying
// "Add to glossary" exactly as the lightbulb would (edit, then command), which must write the workspace
// glossary and re-annotate the article so the actor is linked.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { fixtureUri, hoverAt, inside, openFixture, policyDiagnostics, rangeOf, waitFor } from './util';

const NEW_ACTOR = 'Rebaz Kardoxi';
type Action = vscode.CodeAction | vscode.Command;

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<Action[]> {
  return (await vscode.commands.executeCommand<Action[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

// 'Add "Brigadier General Rebaz Kardoxi" to the glossary as a new actor (official)'
const isAddToGlossary = (a: Action) => a.title.includes('Kardoxi') && /^add\b.*\bto (the )?glossary/i.test(a.title);

/** Applies an action as the editor's lightbulb does: a bare command runs; a code action's edit, then its command. */
async function apply(action: Action): Promise<void> {
  if (typeof action.command === 'string') {
    const cmd = action as vscode.Command;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    return;
  }
  const ca = action as vscode.CodeAction;
  if (ca.edit) assert.ok(await vscode.workspace.applyEdit(ca.edit), 'the workspace edit applies');
  if (ca.command) await vscode.commands.executeCommand(ca.command.command, ...(ca.command.arguments ?? []));
}

describe('code actions and the glossary', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = (await openFixture('erbil-talks.news')).document;
    await waitFor('diagnostics', () => policyDiagnostics(doc.uri).length > 0);
  });

  it('offers to insert the resolved date on a relative date', async () => {
    const titles = (await actionsAt(doc.uri, rangeOf(doc, 'Thursday'))).map((a) => a.title);
    assert.ok(titles.some((t) => t.includes('13 November 2025')), `actions on "Thursday": ${titles.join(' | ')}`);
  });

  it('offers "Add to glossary" on an actor that is in no glossary', async () => {
    const actions = await actionsAt(doc.uri, rangeOf(doc, NEW_ACTOR));
    assert.ok(actions.some(isAddToGlossary), `actions on "${NEW_ACTOR}": ${actions.map((a) => a.title).join(' | ')}`);
  });

  it('applying it writes glossary.yaml and links the actor', async () => {
    const glossaryUri = fixtureUri('glossary.yaml');
    const action = (await actionsAt(doc.uri, rangeOf(doc, NEW_ACTOR))).find(isAddToGlossary);
    assert.ok(action, 'the action is offered');
    await apply(action);
    const glossary = await vscode.workspace.openTextDocument(glossaryUri);
    await waitFor('the glossary to contain the new actor', () => glossary.getText().includes(NEW_ACTOR));
    // Re-annotation: the mention now resolves to its new entry and the action is no longer offered.
    const target = await waitFor('a definition in the glossary for the new actor', async () => {
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider', doc.uri, inside(doc, NEW_ACTOR));
      const d = defs?.[0];
      return d && ('targetUri' in d ? d.targetUri : d.uri);
    });
    assert.equal(path.basename(target.fsPath), 'glossary.yaml');
    assert.ok(!(await actionsAt(doc.uri, rangeOf(doc, NEW_ACTOR))).some(isAddToGlossary), 'no longer offered once linked');
    assert.doesNotMatch(await hoverAt(doc.uri, inside(doc, NEW_ACTOR)), /not in the glossary/);
  });

  it('a broken glossary.yaml is reported in the file and its last good version stays in use', async () => {
    const glossary = await vscode.workspace.openTextDocument(fixtureUri('glossary.yaml'));
    await vscode.window.showTextDocument(glossary, { preview: false, preserveFocus: true });
    const good = glossary.getText();
    const whole = new vscode.Range(glossary.positionAt(0), glossary.positionAt(good.length));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(glossary.uri, whole, good.replace('kind: actor', 'kind: [actor'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const problems = await waitFor('a problem reported in glossary.yaml', () => {
      const d = policyDiagnostics(glossary.uri);
      return d.length > 0 && d;
    });
    assert.ok(problems.some((d) => d.severity === vscode.DiagnosticSeverity.Error), problems.map((d) => d.message).join(' | '));
    // The article keeps the entries of the last version that loaded.
    assert.match(await hoverAt(doc.uri, inside(doc, 'Peshmerga forces')), /Ministry of Peshmerga Affairs/);
    const undo = new vscode.WorkspaceEdit();
    undo.replace(glossary.uri, new vscode.Range(glossary.positionAt(0), glossary.positionAt(glossary.getText().length)), good);
    assert.ok(await vscode.workspace.applyEdit(undo));
    await waitFor('the glossary problems to clear', () => policyDiagnostics(glossary.uri).length === 0);
  });
});
