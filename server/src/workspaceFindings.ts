// The findings of the workspace's articles that are not open in the editor (setting policyLens.diagnostics.workspace),
// so that the Problems panel lists the unsourced claims of a whole folder of copy, as `policy-lens check` does. Each
// file is analysed again only when it, its manual tags or the settings changed, or the glossary changed where it can
// touch the file (glossary/delta.ts: an edit of one entry reads again only the articles that hold its names); an open
// article's own diagnostics take its place while it is open, and its file's come back when it is closed.
import * as fs from 'node:fs';
import { URI } from 'vscode-uri';
import type { Diagnostic } from 'vscode-languageserver';
import { listArticles } from './workspaceArticles';
import { yieldToEventLoop } from './runner';
import type { Settings } from './settings';
import type { GlossaryData } from './analysis/glossaryTypes';
import { GlossaryChanges } from './glossary/delta';

export interface WorkspaceFindingsHost {
  folders(): string[];
  isOpen(uri: string): boolean;
  settingsFor(uri: string): Promise<Settings>;
  /** What a file's findings depend on besides the file, the settings and the glossary: its manual tags ('' for none). */
  stamp(uri: string): Promise<string>;
  /** The glossary in force (the same object until it changes). */
  glossary(): GlossaryData;
  /** The diagnostics of a file's text, analysed off the main thread, its manual tags applied. */
  diagnose(uri: string, text: string, settings: Settings): Promise<Diagnostic[]>;
  send(uri: string, diagnostics: Diagnostic[]): Promise<void>;
  log(message: string): void;
}

/** How long after the last trigger a sweep of the workspace starts (a checkout touches many files at once). */
const SWEEP_DELAY_MS = 500;

/** What a file's findings were sent for: its time and size, manual tags and settings, and the glossary. */
interface Sent {
  key: string;
  glossary: GlossaryData;
}

export class WorkspaceFindings {
  /** The files whose findings were sent, by what they were sent for. */
  private readonly sent = new Map<string, Sent>();
  private readonly changes = new GlossaryChanges();
  private sweeps = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly host: WorkspaceFindingsHost) {}

  /** Looks at the workspace again soon (after a setting, the glossary, a file or the folders changed). */
  schedule(delay = SWEEP_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sweep().catch((err) => this.host.log(`workspace findings failed: ${(err as Error)?.stack ?? err}`));
    }, delay);
  }

  /** An article opened: its own diagnostics replace those of its file. */
  opened(uri: string): void {
    this.sent.delete(uri);
  }

  /** An article closed: its file's findings are sent again (when the setting is on). */
  closed(): void {
    this.schedule(0);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.sweeps++;
  }

  /** One pass over the workspace; a later trigger stops it and starts a new one. */
  private async sweep(): Promise<void> {
    const sweep = ++this.sweeps;
    const folders = this.host.folders();
    const on = folders.length > 0 && (await this.host.settingsFor(folders[0])).diagnostics.workspace;
    const seen = new Set<string>();
    if (on) {
      const glossary = this.host.glossary();
      for (const uri of listArticles(folders)) {
        await yieldToEventLoop();
        if (sweep !== this.sweeps) return;
        seen.add(uri);
        if (this.host.isOpen(uri)) continue;
        const settings = await this.host.settingsFor(uri);
        let key: string;
        let text: string;
        try {
          const file = URI.parse(uri).fsPath;
          const st = fs.statSync(file);
          if (!st.isFile() || st.size > settings.maxFileSize) {
            seen.delete(uri);
            continue;
          }
          const tags = await this.host.stamp(uri);
          key = `${st.mtimeMs} ${st.size} ${tags} ${JSON.stringify(settings)}`;
          const before = this.sent.get(uri);
          if (before?.key === key && before.glossary === glossary) continue;
          text = fs.readFileSync(file, 'utf8');
          // Only the glossary changed, and nowhere the text names (a manual tag may name any entry): its findings stand.
          if (before?.key === key && !tags && this.changes.holds(before, glossary, text)) continue;
        } catch {
          seen.delete(uri);
          continue;
        }
        const diagnostics = await this.host.diagnose(uri, text, settings);
        // (A newer sweep under way, or the article opened meanwhile: this answer is stale.)
        if (sweep !== this.sweeps) return;
        if (this.host.isOpen(uri)) continue;
        await this.host.send(uri, diagnostics);
        this.sent.set(uri, { key, glossary });
      }
    }
    // Files gone, or the setting off: their findings taken back.
    for (const uri of [...this.sent.keys()]) {
      if (seen.has(uri)) continue;
      this.sent.delete(uri);
      if (!this.host.isOpen(uri)) await this.host.send(uri, []);
    }
  }
}
