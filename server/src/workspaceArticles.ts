// Articles in the workspace folders that are not open in the editor, for references across the workspace.
// Files are found by extension, read on demand and their analysis cached by modification time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';

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

/** Reads an article's text with its modification time, or undefined when it cannot be read or is too big. */
export function readArticle(uri: string, maxSize: number): { text: string; mtime: number } | undefined {
  try {
    const p = URI.parse(uri).fsPath;
    const st = fs.statSync(p);
    if (!st.isFile() || st.size > maxSize) return undefined;
    return { text: fs.readFileSync(p, 'utf8'), mtime: st.mtimeMs };
  } catch {
    return undefined;
  }
}
