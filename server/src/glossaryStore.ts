// The glossaries in force for the workspace: the built-in one plus workspace files, where an open editor's
// unsaved text wins over the file on disk. A file that fails to load keeps its last good version in use.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { GlossaryData } from './analysis/glossaryTypes';
import { mergeGlossaries } from './glossary/merge';
import { createGazetteer, type Gazetteer } from './analysis/gazetteer';
import { loadGlossaryText, MAX_GLOSSARY_BYTES, type GlossaryProblem } from './glossary/load';

interface FileState {
  uri: string;
  /** Entries of the last version that loaded without errors. */
  good: GlossaryData;
  problems: GlossaryProblem[];
  /** The latest text; loaded (into good and problems) when the glossary is next needed. */
  text?: string;
  /** The text that good and problems are of. */
  loadedText?: string;
}

export class GlossaryStore {
  private files = new Map<string, FileState>();
  private gazetteer: Gazetteer | undefined;
  /** Bumped on every change, so cached analyses know they are stale. */
  version = 0;

  constructor(private readonly builtin: () => GlossaryData) {}

  /** Glossary file URIs for the workspace folders and settings (existing or not). */
  static candidates(folders: string[], configured: string[]): string[] {
    const out: string[] = [];
    for (const p of configured) {
      if (path.isAbsolute(p)) out.push(URI.file(p).toString());
      else for (const f of folders) out.push(URI.file(path.join(URI.parse(f).fsPath, p)).toString());
    }
    return [...new Set(out)];
  }

  /** True when the uri is one of the glossary files in force. */
  has(uri: string): boolean {
    return this.files.has(uri);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  /** Replaces the set of glossary files, reading each from disk (missing files are simply absent). */
  setFiles(uris: string[], openText: (uri: string) => string | undefined): void {
    const old = this.files;
    this.files = new Map();
    for (const uri of uris) {
      const text = openText(uri) ?? readIfExists(uri);
      if (text === undefined) continue;
      const prev = old.get(uri);
      if (prev) this.files.set(uri, prev);
      this.update(uri, text);
    }
    this.invalidate();
  }

  /**
   * Takes new text for one glossary file. It is loaded when the glossary is next used, not here: a large
   * glossary takes a second to parse, an editor sends its text at every keystroke, and settings changes
   * re-read every file. The same text again changes nothing.
   */
  update(uri: string, text: string): void {
    const state = this.files.get(uri) ?? { uri, good: { entries: [], stoplist: [] }, problems: [] };
    this.files.set(uri, state);
    if (state.text === text) return;
    state.text = text;
    this.invalidate();
  }

  /** Loads the files' latest texts; a file that fails to load keeps its last good entries. */
  private load(): void {
    for (const state of this.files.values()) {
      if (state.text === undefined || state.text === state.loadedText) continue;
      const result = loadGlossaryText(state.uri, state.text);
      state.loadedText = state.text;
      state.problems = result.problems;
      if (result.ok) state.good = { entries: result.entries, stoplist: result.stoplist };
    }
  }

  /** Re-reads a file after it changed on disk (or removes it when deleted). */
  reloadFromDisk(uri: string): void {
    const text = readIfExists(uri);
    if (text === undefined) {
      this.files.delete(uri);
      this.invalidate();
      return;
    }
    this.update(uri, text);
  }

  problems(uri: string): GlossaryProblem[] {
    this.load();
    return this.files.get(uri)?.problems ?? [];
  }

  private invalidate(): void {
    this.gazetteer = undefined;
    this.version++;
  }

  /** The merged glossary: built-in entries, overridden by id by workspace entries (later files win). */
  data(): GlossaryData {
    this.load();
    return mergeGlossaries(this.builtin(), ...[...this.files.values()].map((f) => f.good));
  }

  /** The gazetteer over the merged glossary, rebuilt only after a change. */
  current(): Gazetteer {
    return (this.gazetteer ??= createGazetteer(this.data()));
  }

  /** The workspace glossary file that new entries go to: the first existing one, else the first candidate. */
  target(candidates: string[]): string | undefined {
    return candidates.find((u) => this.files.has(u)) ?? candidates[0];
  }
}

function readIfExists(uri: string): string | undefined {
  try {
    const p = URI.parse(uri).fsPath;
    const st = fs.statSync(p);
    if (!st.isFile()) return undefined;
    // The loader refuses oversized files with a located message; don't read gigabytes to learn that.
    if (st.size > MAX_GLOSSARY_BYTES) return 'x'.repeat(MAX_GLOSSARY_BYTES + 1);
    return fs.readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}
