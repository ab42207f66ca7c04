// Articles in the workspace folders that are not open in the editor, for references across the workspace.
// Files are found by extension and read again only when their modification time changes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';

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

/** Unopened articles as documents, read again only when their modification time changes. */
export class ArticleFiles {
  private files = new Map<string, TextDocument>();

  /** The article as a document versioned by its modification time, or undefined if unreadable or too big. */
  get(uri: string, maxSize: number): TextDocument | undefined {
    try {
      const p = URI.parse(uri).fsPath;
      const st = fs.statSync(p);
      if (!st.isFile() || st.size > maxSize) return undefined;
      const known = this.files.get(uri);
      if (known && known.version === st.mtimeMs) return known;
      const doc = TextDocument.create(uri, 'policy-news', st.mtimeMs, fs.readFileSync(p, 'utf8'));
      this.files.set(uri, doc);
      return doc;
    } catch {
      this.files.delete(uri);
      return undefined;
    }
  }
}
