// Helpers shared by the VS Code suite: polling instead of sleeping, opening fixture files, decoding the
// semantic tokens the editor receives, and finding the language server process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'policy-lens.policy-lens';

/** Polls `probe` until it returns a value that is neither undefined, null nor false; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== null && v !== false) return v;
    } catch (err) {
      last = err; // a provider may throw while the server (re)starts; keep polling
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the fixture workspace open (test/e2e/workspace)');
  return folder.uri.fsPath;
}

export function fixtureUri(rel: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), rel));
}

export async function openFixture(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return ext;
}

/** The range of the n-th occurrence (0-based) of `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) not in ${doc.uri.fsPath}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** Position inside `needle` (a character or two in, so word boundaries do not matter). */
export function inside(doc: vscode.TextDocument, needle: string): vscode.Position {
  return rangeOf(doc, needle).start.translate(0, Math.min(2, needle.length - 1));
}

/** Diagnostics from this extension's server (other extensions, e.g. Markdown link checks, report too). */
export function policyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policy-lens');
}

export function diagnosticCode(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

/** The plain text of hover results, all contents joined. */
export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export async function hoverAt(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos));
}

export interface DecodedToken {
  text: string;
  line: number;
  type: string;
  modifiers: string[];
}

/** Asks the editor for the document's semantic tokens and decodes them with the provider's legend. */
export async function semanticTokens(doc: vscode.TextDocument): Promise<DecodedToken[] | undefined> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
  if (!legend || !tokens) return undefined;
  const out: DecodedToken[] = [];
  const d = tokens.data;
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < d.length; i += 5) {
    line += d[i];
    char = d[i] === 0 ? char + d[i + 1] : d[i + 1];
    const mods = legend.tokenModifiers.filter((_, bit) => (d[i + 4] & (1 << bit)) !== 0);
    const range = new vscode.Range(line, char, line, char + d[i + 2]);
    out.push({ text: doc.getText(range), line, type: legend.tokenTypes[d[i + 3]] ?? `#${d[i + 3]}`, modifiers: mods });
  }
  return out;
}

/** Pids of running language servers started from this extension's bundle (Linux: reads /proc). */
export function serverPids(): number[] {
  const bundle = path.join(extension().extensionPath, 'dist', 'server.js');
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv.includes(bundle)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
