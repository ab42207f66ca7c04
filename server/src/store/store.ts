// The annotation store: every open article's manual tags, kept on their text while it is edited and saved
// to the article's sidecar. Independent of the LSP connection so it can be tested (and used by the CLI).
import { URI } from 'vscode-uri';
import { type OffsetChange, reanchorAll, shiftTags } from './anchor';
import { makeTag, refreshQuote, type NewTag, type Tag } from './model';
import { fromSidecar, readSidecar, sidecarUri, toSidecar, writeAtomic } from './sidecar';

export interface StoreOptions {
  /** Setting policyLens.annotations.location for an article ("beside" or a folder). */
  location: (articleUri: string) => string;
  workspaceFolders: () => string[];
  now?: () => string;
  /** Reports a sidecar that could not be read or written (the tags stay in memory). */
  onProblem?: (articleUri: string, message: string) => void;
}

interface State {
  tags: Tag[];
  /** The text the offsets refer to. */
  text: string;
  /** The sidecar content last read or written by us, to tell our own writes from outside ones. */
  lastDisk?: string;
  version: number;
}

export class AnnotationStore {
  private states = new Map<string, State>();
  constructor(private readonly options: StoreOptions) {}

  private now(): string {
    return (this.options.now ?? (() => new Date().toISOString()))();
  }

  /** The sidecar URI of an article (null for unsaved, non-file documents). */
  sidecarOf(uri: string): string | null {
    return sidecarUri(uri, this.options.location(uri), this.options.workspaceFolders());
  }

  /** Loads an article's tags (once) and anchors them on its current text. */
  open(uri: string, text: string): Tag[] {
    const s = this.states.get(uri);
    if (s) {
      if (s.text !== text) this.replaceText(uri, text);
      return s.tags;
    }
    const state: State = { tags: [], text, version: 0 };
    this.states.set(uri, state);
    this.loadFromDisk(uri, state);
    return state.tags;
  }

  private loadFromDisk(uri: string, state: State): void {
    const side = this.sidecarOf(uri);
    const json = side ? readSidecar(URI.parse(side).fsPath) : undefined;
    state.lastDisk = json;
    if (json === undefined) {
      state.tags = [];
    } else {
      const { tags, problems } = fromSidecar(json, state.text);
      for (const p of problems) this.options.onProblem?.(uri, p);
      reanchorAll(tags, state.text);
      state.tags = tags;
    }
    state.version++;
  }

  /** True when the store holds the article. */
  has(uri: string): boolean {
    return this.states.has(uri);
  }

  /** The article's tags (anchored ones sorted by start, orphans last). */
  tags(uri: string): Tag[] {
    const s = this.states.get(uri);
    if (!s) return [];
    return [...s.tags].sort((a, b) => Number(!!a.orphan) - Number(!!b.orphan) || a.start - b.start || a.end - b.end);
  }

  /** Bumped on every change of an article's tags; caches key on it. */
  version(uri: string): number {
    return this.states.get(uri)?.version ?? -1;
  }

  /** Editor changes (offsets relative to the text before each change): tags follow them. */
  applyChanges(uri: string, changes: OffsetChange[], newText: string): void {
    const s = this.states.get(uri);
    if (!s) return;
    const lost = new Set(shiftTags(s.tags, changes));
    s.text = newText;
    for (const t of s.tags) if (!t.orphan && !lost.has(t)) refreshQuote(t, newText);
    reanchorAll([...lost], newText);
    if (s.tags.length) s.version++;
  }

  /** The whole text changed with no precise changes (external rewrite): re-anchor every tag by its quote. */
  replaceText(uri: string, newText: string): void {
    const s = this.states.get(uri);
    if (!s) return;
    s.text = newText;
    reanchorAll(s.tags, newText);
    s.version++;
  }

  /** Adds a tag over [start, end) of the article's current text; null for an empty selection. */
  add(uri: string, init: NewTag): Tag | null {
    const s = this.states.get(uri);
    if (!s) return null;
    const tag = makeTag(s.text, init, this.now());
    if (tag.end <= tag.start) return null;
    // One tag per span and kind: a second "Tag as actor" on the same text updates the first.
    const same = s.tags.find((t) => !t.orphan && t.start === tag.start && t.end === tag.end && t.kind === tag.kind && t.rejects === tag.rejects);
    if (same) {
      Object.assign(same, { ...tag, id: same.id, created: same.created, modified: tag.created });
      s.version++;
      this.save(uri);
      return same;
    }
    s.tags.push(tag);
    s.version++;
    this.save(uri);
    return tag;
  }

  /** Several tags at once, saved once. */
  addMany(uri: string, inits: NewTag[]): Tag[] {
    const s = this.states.get(uri);
    if (!s) return [];
    const out: Tag[] = [];
    // One tag per span and kind, as in add (but an existing one is left as it is).
    const key = (t: Tag) => `${t.start}:${t.end}:${t.kind}:${t.rejects ?? ''}`;
    const taken = new Set(s.tags.filter((t) => !t.orphan).map(key));
    for (const init of inits) {
      const tag = makeTag(s.text, init, this.now());
      if (tag.end <= tag.start || taken.has(key(tag))) continue;
      taken.add(key(tag));
      s.tags.push(tag);
      out.push(tag);
    }
    if (out.length) {
      s.version++;
      this.save(uri);
    }
    return out;
  }

  get(uri: string, id: string): Tag | undefined {
    return this.states.get(uri)?.tags.find((t) => t.id === id);
  }

  /** Deletes a tag; false when there was none. */
  remove(uri: string, id: string): boolean {
    const s = this.states.get(uri);
    if (!s) return false;
    const n = s.tags.length;
    s.tags = s.tags.filter((t) => t.id !== id);
    if (s.tags.length === n) return false;
    s.version++;
    this.save(uri);
    return true;
  }

  /** Puts a tag (typically an orphan) on [start, end) of the current text. */
  reattach(uri: string, id: string, start: number, end: number): Tag | null {
    const s = this.states.get(uri);
    const tag = s?.tags.find((t) => t.id === id);
    if (!s || !tag) return null;
    const fresh = makeTag(s.text, { kind: tag.kind, start, end }, this.now());
    if (fresh.end <= fresh.start) return null;
    tag.start = fresh.start;
    tag.end = fresh.end;
    delete tag.orphan;
    tag.modified = this.now();
    refreshQuote(tag, s.text);
    s.version++;
    this.save(uri);
    return tag;
  }

  /** Changes fields of a tag (note, source, entity ...). */
  update(uri: string, id: string, fields: Partial<Pick<Tag, 'note' | 'source' | 'entity' | 'category' | 'value'>>): Tag | null {
    const s = this.states.get(uri);
    const tag = s?.tags.find((t) => t.id === id);
    if (!s || !tag) return null;
    for (const [k, v] of Object.entries(fields)) {
      if (typeof v === 'string' && v.trim()) (tag as unknown as Record<string, string>)[k] = v.trim();
      else delete (tag as unknown as Record<string, unknown>)[k];
    }
    tag.modified = this.now();
    s.version++;
    this.save(uri);
    return tag;
  }

  /**
   * Writes the sidecar atomically (synchronously, so two quick changes can never interleave their writes).
   * An article without tags and without a sidecar gets none; one whose tags were all deleted keeps an empty
   * collection, so the deletion is recorded rather than the old file lingering.
   */
  save(uri: string): void {
    const s = this.states.get(uri);
    const side = this.sidecarOf(uri);
    if (!s || !side) return;
    if (!s.tags.length && s.lastDisk === undefined) return;
    const content = toSidecar(this.tags(uri), uri, s.text);
    if (content === s.lastDisk) return;
    try {
      writeAtomic(URI.parse(side).fsPath, content);
      s.lastDisk = content;
    } catch (err) {
      this.options.onProblem?.(uri, `could not write ${URI.parse(side).fsPath}: ${(err as Error).message}`);
    }
  }

  /** The sidecar changed on disk: reload it unless it is what we wrote. Returns true when tags changed. */
  sidecarChanged(uri: string): boolean {
    const s = this.states.get(uri);
    const side = this.sidecarOf(uri);
    if (!s || !side) return false;
    const json = readSidecar(URI.parse(side).fsPath);
    if (json === s.lastDisk) return false;
    this.loadFromDisk(uri, s);
    return true;
  }

  /** The article whose sidecar is this URI, among the open ones. */
  articleOfSidecar(sidecar: string): string | undefined {
    for (const uri of this.states.keys()) if (this.sidecarOf(uri) === sidecar) return uri;
    return undefined;
  }

  /** Forgets an article (its editor closed); the sidecar on disk stays. */
  close(uri: string): void {
    this.states.delete(uri);
  }
}
