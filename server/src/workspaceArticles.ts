// Articles in the workspace folders that are not open in the editor, for references across the workspace.
// Files are found by extension and analysed again only when their modification time changes; only their mentions are kept.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location } from 'vscode-languageserver';
import type { GlossaryData } from './analysis/glossaryTypes';
import { GlossaryChanges } from './glossary/delta';

const ARTICLE = /\.(news|article)$/i;
const SKIP = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

/** Lists article files under the folders (breadth first, bounded in depth and count). */
export function listArticles(folders: string[], maxFiles = 2000, maxDepth = 8): string[] {
  const out: string[] = [];
  const queue: [string, number][] = folders.map((f) => [URI.parse(f).fsPath, 0]);
  while (queue.length && out.length < maxFiles) {
    const [dir, depth] = queue.shift()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (depth < maxDepth && !SKIP.has(e.name) && !e.name.startsWith('.')) queue.push([path.join(dir, e.name), depth + 1]);
      } else if (e.isFile() && ARTICLE.test(e.name)) {
        out.push(URI.file(path.join(dir, e.name)).toString());
        if (out.length >= maxFiles) break;
      }
    }
  }
  return out;
}

/**
 * What references keep of the articles that are not open: each one's mentions by key (see mentionIndex), for one
 * modification time of the file, one glossary and settings. Only that index is kept, not the text or its
 * analysis: those are several times the size of the text, and a workspace may hold 2,000 articles.
 */
export class ArticleIndex {
  private files = new Map<string, { stamp: string; glossary: GlossaryData; mentions: Map<string, Location[]> }>();
  private readonly changes = new GlossaryChanges();

  /**
   * The mentions of the article at uri, or undefined if it cannot be read or is too big. `index` analyses the file's
   * text; it runs again only when the file or `stamp` (the settings) changed since the last time, or the glossary
   * changed where the text names it (glossary/delta.ts).
   */
  async get(uri: string, maxSize: number, stamp: string, glossary: GlossaryData, index: (doc: TextDocument) => Promise<Map<string, Location[]>>): Promise<Map<string, Location[]> | undefined> {
    try {
      const p = URI.parse(uri).fsPath;
      const st = fs.statSync(p);
      if (!st.isFile() || st.size > maxSize) throw new Error('not an article');
      const key = `${st.mtimeMs} ${st.size} ${stamp}`;
      const known = this.files.get(uri);
      if (known?.stamp === key && known.glossary === glossary) return known.mentions;
      const text = fs.readFileSync(p, 'utf8');
      if (known?.stamp === key && this.changes.holds(known, glossary, text)) return known.mentions;
      const mentions = await index(TextDocument.create(uri, 'policy-news', st.mtimeMs, text));
      this.files.set(uri, { stamp: key, glossary, mentions });
      return mentions;
    } catch {
      this.files.delete(uri);
      return undefined;
    }
  }
}
