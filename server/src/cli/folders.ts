// A folder given to the command line stands for the articles in it and its subfolders.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The extensions of the policy-news language: what a folder's articles are. */
const ARTICLE_RE = /\.(?:news|article)$/i;

/** The articles of a folder and its subfolders, in order of their paths (hidden folders and node_modules skipped). */
function articlesIn(dir: string, out: string[], seen: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    // An unreadable subfolder is skipped; the folder given itself is reported where it is read.
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      // (A folder met again through a link is read once: links may go round in a loop.)
      const real = realKey(path);
      if (real === null || seen.has(real)) continue;
      seen.add(real);
      articlesIn(path, out, seen);
    } else if (ARTICLE_RE.test(e.name) && (e.isFile() || e.isSymbolicLink())) out.push(path);
  }
}

/** A folder's identity (device and inode), or null when it cannot be read. */
function realKey(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/**
 * The files given, each folder replaced by its articles (*.news, *.article, in it and its subfolders). A folder with
 * none stays as given, so that reading it says so.
 */
export function expandFolders(files: string[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    let isDir = false;
    try {
      isDir = f !== '-' && statSync(f).isDirectory();
    } catch {
      // A missing file is reported where it is read.
    }
    if (!isDir) {
      out.push(f);
      continue;
    }
    const found: string[] = [];
    const key = realKey(f);
    articlesIn(f, found, new Set(key ? [key] : []));
    if (found.length) out.push(...found);
    else out.push(f);
  }
  return out;
}
