// The server side of tagging, kept out of server.ts: the annotation store fed by the editor's changes, the
// overlay of tags on each analysed document, orphan diagnostics, tag code actions and the tag commands.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Connection, Diagnostic, DidChangeTextDocumentParams, ExecuteCommandParams, Hover, TextDocuments } from 'vscode-languageserver';
import type { TextDocumentConnection } from 'vscode-languageserver/lib/common/textDocuments';
import { GlossaryStore } from '../glossaryStore';
import { AnnotationStore } from '../store/store';
import type { OffsetChange } from '../store/anchor';
import { isTagKind, type NewTag, type Tag } from '../store/model';
import { applyTags } from '../store/overlay';
import { normaliseAnnotationSettings, type AnnotationSettings } from '../store/settings';
import { sidecarUri } from '../store/sidecar';
import { addStopSplice, toWorkspaceEdit, type GlossaryFile } from '../glossary/edit';
import { EXPORT_FORMATS, exportNames, loadTagsFor, writeExport, type ExportFormat } from '../export';
import type { DocContext } from './context';
import { addToGlossaryEdit } from './glossaryActions';
import { orphanDiagnostics, tagActions } from './tagActions';
import { withTagHover } from './tagHover';
import { COMMANDS, firstArg, type AddToGlossaryArgs, type TagArgs, type TagManyArgs, type TagRefArgs } from './tagCommands';

export interface TaggingHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  glossary: GlossaryStore;
  workspaceFolders: () => string[];
  /** The glossary paths setting for a resource. */
  glossaryPaths: (uri: string) => Promise<string[]>;
  /** Re-publishes diagnostics and refreshes tokens after the tags of a document changed. */
  changed: (uri: string) => void;
  log: (message: string) => void;
}

export class Tagging {
  readonly store: AnnotationStore;
  private settings = new Map<string, AnnotationSettings>();
  private opening = new Map<string, Promise<void>>();
  private overlays = new Map<string, { base: DocContext; version: number; ctx: DocContext }>();
  private rawSettings: unknown = undefined;
  /** Set from the client's capabilities. */
  documentChanges = true;
  hasConfiguration = false;

  constructor(private readonly host: TaggingHost) {
    this.store = new AnnotationStore({
      location: (uri) => this.settingsOf(uri).location,
      workspaceFolders: host.workspaceFolders,
      onProblem: (uri, message) => host.log(`annotations of ${uri}: ${message}`),
    });
  }

  /** The command ids to register in executeCommandProvider. */
  static commands(): string[] {
    return Object.values(COMMANDS);
  }

  private settingsOf(uri: string): AnnotationSettings {
    return this.settings.get(uri) ?? normaliseAnnotationSettings(this.rawSettings);
  }

  /** The manual tags of an article that is not open, read from its sidecar and anchored on `text` (those whose text is
   * gone left out); none where it has no sidecar. */
  async tagsOnDisk(uri: string, text: string): Promise<Tag[]> {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return [];
    if (!this.settings.has(uri)) await this.loadSettings(uri);
    const folders = this.host.workspaceFolders().map((f) => URI.parse(f)).filter((f) => f.scheme === 'file').map((f) => f.fsPath);
    return loadTagsFor(u.fsPath, text, this.settingsOf(uri).location, folders).tags.filter((t) => !t.orphan);
  }

  /** The modification time of an article's sidecar as a string ('' without one): what its tags on disk depend on. */
  async sidecarStamp(uri: string): Promise<string> {
    // (Settings asked once per article: a sweep of the workspace asks for each of its files.)
    if (!this.settings.has(uri)) await this.loadSettings(uri);
    const side = sidecarUri(uri, this.settingsOf(uri).location, this.host.workspaceFolders());
    try {
      return side ? String(fs.statSync(URI.parse(side).fsPath).mtimeMs) : '';
    } catch {
      return '';
    }
  }

  /** Settings from initializationOptions or didChangeConfiguration (clients without workspace/configuration). */
  setRawSettings(raw: unknown): void {
    this.rawSettings = (raw as { annotations?: unknown } | undefined)?.annotations;
    this.settings.clear();
  }

  /** Settings changed: re-read them for the open articles (the next save goes to the new location). */
  configurationChanged(raw: unknown): void {
    if (!this.hasConfiguration) return this.setRawSettings(raw);
    for (const uri of [...this.settings.keys()]) void this.loadSettings(uri);
  }

  private async loadSettings(uri: string): Promise<void> {
    if (!this.hasConfiguration) return;
    try {
      const raw = (await this.host.connection.workspace.getConfiguration({ scopeUri: uri, section: 'policyLens' })) as { annotations?: unknown } | null;
      this.settings.set(uri, normaliseAnnotationSettings(raw?.annotations));
    } catch {
      /* keep the defaults */
    }
  }

  /** Loads the article's tags once (after its settings, which say where the sidecar is). */
  ensure(uri: string): Promise<void> {
    if (this.store.has(uri)) return Promise.resolve();
    let p = this.opening.get(uri);
    if (!p) {
      p = this.loadSettings(uri)
        .then(() => {
          const doc = this.host.documents.get(uri);
          if (doc && !this.store.has(uri)) this.store.open(uri, doc.getText());
        })
        .catch((err) => this.host.log(`loading the tags of ${uri} failed: ${(err as Error)?.stack ?? err}`))
        .finally(() => this.opening.delete(uri));
      this.opening.set(uri, p);
    }
    return p;
  }

  /** A connection for TextDocuments.listen that lets the store see each change's offsets before it is applied. */
  wrap(connection: Connection): TextDocumentConnection {
    return {
      onDidOpenTextDocument: (h) => connection.onDidOpenTextDocument(h),
      onDidChangeTextDocument: (h) =>
        connection.onDidChangeTextDocument((params) => {
          const changes = this.offsetsOf(params);
          h(params);
          this.afterChange(params.textDocument.uri, changes);
        }),
      onDidCloseTextDocument: (h) => connection.onDidCloseTextDocument(h),
      onWillSaveTextDocument: (h) => connection.onWillSaveTextDocument(h),
      onWillSaveTextDocumentWaitUntil: (h) => connection.onWillSaveTextDocumentWaitUntil(h),
      onDidSaveTextDocument: (h) => connection.onDidSaveTextDocument(h),
    };
  }

  /** Offsets of each change relative to the text before it; null for a full-text replacement. */
  private offsetsOf(params: DidChangeTextDocumentParams): OffsetChange[] | null {
    const uri = params.textDocument.uri;
    const old = this.host.documents.get(uri);
    if (!old || !this.store.has(uri)) return [];
    if (params.contentChanges.some((c) => !('range' in c) || !c.range)) return null;
    const out: OffsetChange[] = [];
    let doc = old;
    const many = params.contentChanges.length > 1;
    if (many) doc = TextDocument.create(uri, old.languageId, old.version, old.getText());
    for (const c of params.contentChanges) {
      if (!('range' in c) || !c.range) continue;
      out.push({ start: doc.offsetAt(c.range.start), end: doc.offsetAt(c.range.end), length: c.text.length });
      if (many) doc = TextDocument.update(doc, [c], doc.version + 1);
    }
    return out;
  }

  private afterChange(uri: string, changes: OffsetChange[] | null): void {
    const doc = this.host.documents.get(uri);
    if (!doc || !this.store.has(uri)) return;
    try {
      if (changes === null) this.store.replaceText(uri, doc.getText());
      else if (changes.length) this.store.applyChanges(uri, changes, doc.getText());
    } catch (err) {
      this.host.log(`moving tags of ${uri} failed: ${(err as Error)?.stack ?? err}`);
    }
  }

  saved(uri: string): void {
    this.store.save(uri);
  }

  closed(uri: string): void {
    this.store.close(uri);
    this.overlays.delete(uri);
    this.settings.delete(uri);
  }

  /** A watched file changed: a sidecar of an open article is reloaded. */
  fileChanged(uri: string): boolean {
    const article = this.store.articleOfSidecar(uri);
    if (!article || !this.store.sidecarChanged(article)) return false;
    this.host.changed(article);
    return true;
  }

  /** The document context with the article's tags applied (cached per analysis and tag version). */
  overlay(base: DocContext): DocContext {
    const tags = this.store.tags(base.uri);
    if (!tags.length) return base;
    const version = this.store.version(base.uri);
    const hit = this.overlays.get(base.uri);
    if (hit && hit.base === base && hit.version === version) return hit.ctx;
    const ctx = { ...base, model: applyTags(base.model, tags, base.gazetteer) };
    this.overlays.set(base.uri, { base, version, ctx });
    return ctx;
  }

  diagnostics(ctx: DocContext): Diagnostic[] {
    return orphanDiagnostics(ctx, this.store.tags(ctx.uri));
  }

  hover(ctx: DocContext, hover: Hover | null, offset: number): Hover | null {
    return withTagHover(ctx, hover, this.store.tags(ctx.uri), offset);
  }

  /** The glossary file new entries go to, as the user sees it (open editor text wins over the disk). */
  async glossaryFile(uri: string): Promise<GlossaryFile | undefined> {
    return this.readGlossaryFile(await this.glossaryTarget(uri));
  }

  private async glossaryTarget(uri: string): Promise<string | undefined> {
    return this.host.glossary.target(GlossaryStore.candidates(this.host.workspaceFolders(), await this.host.glossaryPaths(uri)));
  }

  private readGlossaryFile(target: string | undefined): GlossaryFile | undefined {
    if (!target) return undefined;
    const open = this.host.documents.get(target);
    if (open) return { uri: target, text: open.getText(), version: open.version };
    let text: string | undefined;
    try {
      text = fs.readFileSync(URI.parse(target).fsPath, 'utf8');
    } catch {
      text = undefined;
    }
    return { uri: target, text, version: null };
  }

  async codeActions(ctx: DocContext, start: number, end: number, diagnostics: Diagnostic[], only: string[] | undefined): Promise<CodeAction[]> {
    await this.ensure(ctx.uri);
    // The glossary file is read only when an action needs it (most cursor moves do not).
    const target = await this.glossaryTarget(ctx.uri);
    let file: GlossaryFile | undefined | null = null;
    const glossaryFile = () => (file === null ? (file = this.readGlossaryFile(target)) : file);
    return tagActions({ ctx, tags: this.store.tags(ctx.uri), start, end, diagnostics, only, glossaryFile, documentChanges: this.documentChanges });
  }

  /** Runs a tag command; returns its result, or undefined when the command is not ours. */
  async execute(p: ExecuteCommandParams, contextFor: (uri: string) => Promise<DocContext | undefined>): Promise<unknown> {
    const { connection } = this.host;
    switch (p.command) {
      case COMMANDS.tag: {
        const a = firstArg<TagArgs>(p.arguments);
        if (!a || !isTagKind(a.kind)) throw new Error('policyLens.tag needs {uri, kind, start, end}');
        await this.ensure(a.uri);
        const tag = this.store.add(a.uri, this.withAuthor(a, a));
        if (tag) this.host.changed(a.uri);
        return tag ? { id: tag.id } : null;
      }
      case COMMANDS.tagMany: {
        const a = firstArg<TagManyArgs>(p.arguments);
        if (!a || !Array.isArray(a.tags)) throw new Error('policyLens.tagMany needs {uri, tags}');
        await this.ensure(a.uri);
        const tags = this.store.addMany(a.uri, a.tags.filter((t) => isTagKind(t?.kind)).map((t) => this.withAuthor(a, t)));
        if (tags.length) this.host.changed(a.uri);
        return { ids: tags.map((t) => t.id) };
      }
      case COMMANDS.deleteTag: {
        const a = firstArg<TagRefArgs>(p.arguments);
        const ok = !!a && this.store.remove(a.uri, a.id);
        if (ok) this.host.changed(a!.uri);
        return ok;
      }
      case COMMANDS.reattachTag: {
        const a = firstArg<TagRefArgs>(p.arguments);
        if (!a || typeof a.start !== 'number' || typeof a.end !== 'number') throw new Error('policyLens.reattachTag needs {uri, id, start, end}');
        const tag = this.store.reattach(a.uri, a.id, a.start, a.end);
        if (tag) this.host.changed(a.uri);
        return !!tag;
      }
      case COMMANDS.updateTag: {
        const a = firstArg<TagRefArgs>(p.arguments);
        if (!a) return false;
        const fields: Record<string, string> = {};
        if (typeof a.note === 'string') fields.note = a.note;
        if (typeof a.source === 'string') fields.source = a.source;
        const tag = this.store.update(a.uri, a.id, fields);
        if (tag) this.host.changed(a.uri);
        return !!tag;
      }
      case COMMANDS.addToGlossary: {
        const a = firstArg<AddToGlossaryArgs>(p.arguments);
        if (!a?.uri || !a.text) throw new Error('policyLens.addToGlossary needs {uri, text, kind}');
        const ctx = await contextFor(a.uri);
        const file = await this.glossaryFile(a.uri);
        if (!ctx || !file) {
          void connection.window.showWarningMessage('Policy Lens: open a workspace folder to have a glossary to add to.');
          return false;
        }
        const edit = addToGlossaryEdit(ctx, file, a, this.documentChanges);
        const r = await connection.workspace.applyEdit({ label: `Add "${a.text}" to the glossary`, edit });
        return r.applied;
      }
      case COMMANDS.neverTag: {
        const a = firstArg<{ uri: string; text: string }>(p.arguments);
        if (!a?.text) throw new Error('policyLens.neverTag needs {uri, text}');
        const file = await this.glossaryFile(a.uri);
        if (!file) return false;
        const r = await connection.workspace.applyEdit({ label: `Never tag "${a.text}"`, edit: toWorkspaceEdit(file, addStopSplice(file, a.text), this.documentChanges) });
        return r.applied;
      }
      case COMMANDS.exportAnnotations: {
        const a = firstArg<{ uri: string; formats?: string[]; format?: string; out?: string }>(p.arguments);
        if (!a?.uri) throw new Error('policyLens.exportAnnotations needs {uri}');
        return this.exportOne(a, await contextFor(a.uri));
      }
      default:
        return undefined;
    }
  }

  private withAuthor<T extends NewTag>(args: { uri: string }, t: T): T {
    const author = this.settingsOf(args.uri).author;
    return author && !t.author ? { ...t, author } : t;
  }

  private exportOne(a: { uri: string; formats?: string[]; format?: string; out?: string }, ctx: DocContext | undefined): { files: string[] } {
    if (!ctx) throw new Error(`${a.uri} is not an open article`);
    const formats = (a.formats ?? (a.format ? [a.format] : ['json'])).filter((f): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f));
    const article = URI.parse(a.uri);
    const file = article.scheme === 'file' ? article.fsPath : path.basename(article.path) || 'untitled';
    const out = a.out ? (a.out.startsWith('file:') ? URI.parse(a.out).fsPath : a.out) : path.join(path.dirname(file), 'export');
    const [name] = exportNames([file]);
    const tags = this.store.tags(a.uri);
    const files = writeExport({ file: path.basename(file), source: a.uri, model: ctx.model, tags, entryOf: (id) => ctx.gazetteer.get(id) }, formats, out, name);
    return { files };
  }
}
