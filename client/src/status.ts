// The status bar item of an open article: the date its relative dates resolve against (or that it has none, so they
// are unresolved), and in its tooltip where that date came from and how much was found. Asked of the server
// (`policyLens/articleStatus`) when the editor changes and after each analysis of the article in it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

// (The server's answer: a type only, so nothing of the server's code comes into the client's bundle.)
import type { ArticleStatus } from '../../server/src/features/status';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 Nov 2025" for 2025-11-14. */
function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1] ?? m} ${y}`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The item's text and tooltip for a status. */
export function statusText(st: ArticleStatus): { text: string; tooltip: string; warn: boolean } {
  const found = [count(st.dates, 'date'), count(st.actors, 'actor mention'), count(st.agreements, 'agreement mention'), count(st.attributions, 'attribution')].join(' · ');
  const findings = [count(st.unsourcedClaims, 'unsourced claim'), count(st.vagueAttributions, 'vague attribution')].join(' · ');
  if (st.referenceDate) {
    return {
      text: `$(calendar) ${shortDate(st.referenceDate)}`,
      tooltip: `Policy Lens: relative dates resolve against ${st.referenceDateInWords ?? st.referenceDate} (from ${st.origin}).\n\n${found}\n\n${findings}`,
      warn: false,
    };
  }
  const why = st.unresolved
    ? `${count(st.unresolved, 'relative date is', 'relative dates are')} unresolved: add "date: YYYY-MM-DD" to the front matter (the quick fix on any of them does it) or set policyLens.referenceDate.`
    : 'Relative dates would be unresolved: add "date: YYYY-MM-DD" to the front matter or set policyLens.referenceDate.';
  return { text: '$(calendar) No article date', tooltip: `Policy Lens: this article has no date. ${why}\n\n${found}\n\n${findings}`, warn: st.unresolved > 0 };
}

/**
 * Shows the item for the active editor's article. Returns what the item shows, for the e2e suite (no API reads another
 * extension's status bar).
 */
export function registerArticleStatus(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
  isArticle: (doc: vscode.TextDocument) => boolean,
): () => { text: string; tooltip: string; visible: boolean } {
  const item = vscode.window.createStatusBarItem('policyLens.articleStatus', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Policy Lens: article date';
  context.subscriptions.push(vscode.commands.registerCommand('policyLens.setArticleDate', (date?: unknown) => setArticleDate(client(), date)));
  let visible = false;
  let asked = 0;
  const hide = (): void => {
    item.hide();
    visible = false;
  };
  const update = async (): Promise<void> => {
    const doc = vscode.window.activeTextEditor?.document;
    const c = client();
    const mine = ++asked;
    if (!doc || !c || !isArticle(doc)) return hide();
    let st: ArticleStatus | null = null;
    try {
      st = await c.sendRequest<ArticleStatus | null>('policyLens/articleStatus', { uri: doc.uri.toString() });
    } catch {
      st = null;
    }
    // (An answer overtaken by a later question, for another editor or a later text, is dropped.)
    if (mine !== asked) return;
    if (!st) return hide();
    const shown = statusText(st);
    item.text = shown.text;
    item.tooltip = shown.tooltip;
    item.backgroundColor = shown.warn ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    // (With a date, the outline: the article's Timeline and its actors; without one, a date to set.)
    item.command = st.referenceDate ? 'outline.focus' : 'policyLens.setArticleDate';
    item.show();
    visible = true;
  };
  let timer: NodeJS.Timeout | undefined;
  const soon = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), 300);
  };
  const active = (uri: vscode.Uri): boolean => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    // After each analysis of the article (its diagnostics are published then), and after an edit.
    vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some(active)) soon();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (active(e.document.uri)) soon();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens')) soon();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  void update();
  return () => ({ text: item.text, tooltip: typeof item.tooltip === 'string' ? item.tooltip : '', visible });
}

/** Whether a text is a day of the calendar as YYYY-MM-DD. */
function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * Policy Lens: Set Article Date: the active article's front matter `date:` set to the day given (a keybinding or a
 * script may pass it) or asked for, today offered; the server makes the edit (front matter added where there is none).
 */
async function setArticleDate(client: LanguageClient | undefined, given: unknown): Promise<boolean> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !client) return false;
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const date = typeof given === 'string' && isDay(given)
    ? given
    : await vscode.window.showInputBox({
        title: 'Policy Lens: the article date',
        prompt: 'The day the article was published (YYYY-MM-DD): relative dates ("Thursday", "last month") resolve against it.',
        value: today,
        validateInput: (v) => (isDay(v.trim()) ? null : 'A day as YYYY-MM-DD, for example 2025-11-14'),
      });
  if (!date) return false;
  // (The server's command, which the client registers in VS Code under its own name.)
  const applied = await vscode.commands.executeCommand<boolean | null>('policyLens.applyArticleDate', doc.uri.toString(), date.trim());
  return applied === true;
}
