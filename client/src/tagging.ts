// The VS Code side of tagging: commands that need UI (pickers, input boxes, folder choice) and a middleware
// that asks for the fields a server command leaves to the user (`ask: ['source']`). The tags themselves live
// in the server.
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';

type TagKind = 'actor' | 'agreement' | 'date' | 'claim' | 'source' | 'background' | 'analysis';

const PROMPTS: Record<string, vscode.InputBoxOptions> = {
  source: { title: 'Attach a source', prompt: 'A URL or a citation (publication, date, page)', placeHolder: 'https://… or Reuters, 14 Nov 2025', ignoreFocusOut: true },
  note: { title: 'Note', prompt: 'A note for this tag', ignoreFocusOut: true },
};

/** Fills in the fields a command asks for; false when the user cancelled. */
async function askFor(arg: Record<string, unknown>): Promise<boolean> {
  const ask = Array.isArray(arg.ask) ? (arg.ask as string[]) : [];
  for (const field of ask) {
    if (typeof arg[field] === 'string' && (arg[field] as string).trim()) continue;
    const value = await vscode.window.showInputBox({ ...PROMPTS[field], validateInput: (v) => (field === 'source' && !v.trim() ? 'Enter a URL or a citation' : undefined) });
    if (value === undefined) return false;
    arg[field] = value.trim();
  }
  delete arg.ask;
  return true;
}

/** Middleware: prompts before policyLens.tag / policyLens.updateTag run when their arguments say `ask`. */
export const taggingMiddleware: Middleware = {
  executeCommand: async (command, args, next) => {
    const arg = args?.[0];
    if ((command === 'policyLens.tag' || command === 'policyLens.updateTag') && arg && typeof arg === 'object' && Array.isArray(arg.ask)) {
      const copy = { ...arg };
      if (!(await askFor(copy))) return undefined;
      return next(command, [copy, ...args.slice(1)]);
    }
    return next(command, args);
  },
};

function activeArticle(): { editor: vscode.TextEditor; uri: string; start: number; end: number } | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const start = editor.document.offsetAt(editor.selection.start);
  const end = editor.document.offsetAt(editor.selection.end);
  return { editor, uri: editor.document.uri.toString(), start, end };
}

async function tagSelection(kind: TagKind, extra: Record<string, unknown> = {}): Promise<void> {
  const a = activeArticle();
  if (!a) return;
  if (a.end <= a.start) {
    void vscode.window.showInformationMessage('Policy Lens: select the text to tag first.');
    return;
  }
  await vscode.commands.executeCommand('policyLens.tag', { uri: a.uri, kind, start: a.start, end: a.end, ...extra });
}

const KIND_PICKS: (vscode.QuickPickItem & { tagKind: TagKind })[] = [
  { label: 'Actor', description: 'a state, government, official, force, organisation, group or person', tagKind: 'actor' },
  { label: 'Agreement', description: 'a treaty, accord, framework, memorandum, deal or resolution', tagKind: 'agreement' },
  { label: 'Date', description: 'a temporal expression', tagKind: 'date' },
  { label: 'Claim', description: 'an assertion that needs a source', tagKind: 'claim' },
  { label: 'Source…', description: 'attach a URL or citation to this text', tagKind: 'source' },
  { label: 'Background', description: 'not a claim: context the reader can check elsewhere', tagKind: 'background' },
  { label: 'Analysis', description: "not a claim: the writer's own analysis", tagKind: 'analysis' },
];

const FORMAT_PICKS = [
  { label: 'JSON', description: 'annotation format, manual tags merged (NAME.json)', format: 'json', picked: true },
  { label: 'brat', description: 'standoff NAME.txt + NAME.ann', format: 'brat' },
  { label: 'W3C Web Annotation', description: 'JSON-LD (NAME.jsonld)', format: 'w3c' },
  { label: 'CSV timeline', description: 'dates sorted by value (NAME.timeline.csv)', format: 'csv' },
];

async function exportAnnotations(): Promise<void> {
  const a = activeArticle();
  if (!a) {
    void vscode.window.showInformationMessage('Policy Lens: open an article to export its annotations.');
    return;
  }
  const picks = await vscode.window.showQuickPick(FORMAT_PICKS, { canPickMany: true, title: 'Export annotations as' });
  if (!picks?.length) return;
  const folder = vscode.workspace.getWorkspaceFolder(a.editor.document.uri)?.uri ?? vscode.Uri.joinPath(a.editor.document.uri, '..');
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: vscode.Uri.joinPath(folder, 'export'), openLabel: 'Export here' });
  if (!chosen?.[0]) return;
  const result = (await vscode.commands.executeCommand('policyLens.exportAnnotations', { uri: a.uri, formats: picks.map((p) => p.format), out: chosen[0].fsPath })) as { files?: string[] } | null;
  const n = result?.files?.length ?? 0;
  const open = await vscode.window.showInformationMessage(`Policy Lens: exported ${n} file${n === 1 ? '' : 's'} to ${chosen[0].fsPath}.`, 'Reveal');
  if (open === 'Reveal') void vscode.commands.executeCommand('revealFileInOS', chosen[0]);
}

/** The commands of package.json's contributes that need the editor (selection, pickers). */
export function registerTaggingCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const reg = (id: string, fn: () => Promise<void>) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('policyLens.tagAsActor', () => tagSelection('actor'));
  reg('policyLens.tagAsAgreement', () => tagSelection('agreement'));
  reg('policyLens.tagAsDate', () => tagSelection('date'));
  reg('policyLens.tagAsClaim', () => tagSelection('claim'));
  reg('policyLens.tagAsSource', () => tagSelection('source', { ask: ['source'] }));
  reg('policyLens.markBackground', () => tagSelection('background'));
  reg('policyLens.tagSelection', async () => {
    const pick = await vscode.window.showQuickPick(KIND_PICKS, { title: 'Tag the selection as' });
    if (!pick) return;
    const extra: Record<string, unknown> = pick.tagKind === 'source' ? { ask: ['source'] } : {};
    if (pick.tagKind === 'actor') {
      const cats = ['person', 'official', 'government', 'military', 'organization', 'country', 'group'];
      const cat = await vscode.window.showQuickPick(cats, { title: 'What kind of actor?', placeHolder: 'Escape: let Policy Lens decide' });
      if (cat) extra.category = cat;
    }
    await tagSelection(pick.tagKind, extra);
  });
  reg('policyLens.addNote', async () => {
    const a = activeArticle();
    if (!a || !client()) return;
    // The tags under the cursor come from the server's code actions ("Remove the ... tag" carries the id).
    const range = new vscode.Range(a.editor.selection.start, a.editor.selection.end);
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', a.editor.document.uri, range)) as vscode.CodeAction[] | undefined;
    const ids = (actions ?? []).filter((x) => x.command?.command === 'policyLens.deleteTag').map((x) => ({ label: x.title.replace(/^Remove the /, ''), id: (x.command!.arguments?.[0] as { id: string }).id }));
    if (!ids.length) {
      void vscode.window.showInformationMessage('Policy Lens: there is no manual tag at the cursor.');
      return;
    }
    const pick = ids.length === 1 ? ids[0] : await vscode.window.showQuickPick(ids, { title: 'Add a note to' });
    if (pick) await vscode.commands.executeCommand('policyLens.updateTag', { uri: a.uri, id: pick.id, ask: ['note'] });
  });
  reg('policyLens.export', exportAnnotations);
}
