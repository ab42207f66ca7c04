// startServer(): capabilities, documents, settings and glossaries, every handler through runSafe.
import {
  CodeActionKind,
  MarkupContent,
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  DiagnosticSeverity,
  SymbolKind,
  type SymbolInformation,
  type Location,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { GlossaryData } from './analysis/glossaryTypes';
import { pushAll } from './analysis/order';
import { DocumentCache } from './documents';
import { BackgroundAnalyzer } from './analysisWorker';
import { GlossaryStore } from './glossaryStore';
import { runSafe, yieldToEventLoop, type Logger } from './runner';
import { defaultSettings, normaliseSettings, type Settings } from './settings';
import type { DocContext } from './features/context';
import { diagnostics as toDiagnostics } from './features/diagnostics';
import { hoverAt } from './features/hover';
import { withoutCommandLinks } from './features/markdown';
import { legend, semanticTokens } from './features/semanticTokens';
import { inlayHints } from './features/inlayHints';
import { documentSymbols } from './features/symbols';
import { dateActions, setArticleDateEdit } from './features/dateActions';
import { isIsoDay } from './analysis/referenceDate';
import { entityKeyAt, entryLocation, highlightsAt, mentionIndex, mentionsOf } from './features/definition';
import { selectionRangeAt } from './features/selection';
import { articleStatus } from './features/status';
import { completions } from './features/completion';
import { ArticleIndex, listArticles } from './workspaceArticles';
import { WorkspaceFindings } from './workspaceFindings';
import { applyTags } from './store/overlay';
import type { GlossaryProblem } from './glossary/load';
import { Tagging } from './features/tagging';

export interface ServerOptions {
  /** The built-in glossary (loaded lazily, once). */
  builtin: () => GlossaryData;
  /** Today's date (YYYY-MM-DD), injectable for tests. */
  today?: () => string;
  /** The script to run as the analysis worker for long articles (none: analyse everything in place). */
  workerScript?: string;
  /** Texts at least this long go to the worker. */
  backgroundThreshold?: number;
}

/** How long glossary and settings changes must pause before the editor's views are refreshed (refreshAll). */
const REFRESH_QUIET_MS = 200;
/** An article's file, as the workspace's findings list them (workspaceArticles.ts). */
const ARTICLE_FILE_RE = /\.(?:news|article)$/i;
const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

/** Wires a connection to the analysis. Returns nothing; the connection's lifetime is the server's. */
export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const glossary = new GlossaryStore(options.builtin);
  const background = options.workerScript
    ? new BackgroundAnalyzer(options.workerScript, (m) => connection.console.error(m))
    : undefined;
  const cache = new DocumentCache(glossary, background, options.backgroundThreshold);
  const log: Logger = {
    error: (m) => connection.console.error(m),
    info: (m) => connection.console.info(m),
  };
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));

  let hasConfiguration = false;
  let markdownHover = true;
  /** Whether the client greys out a code action with a reason (`disabled`); to others such an action would look live. */
  let disabledActions = false;
  /** Whether hover links that run this extension's commands work: only in VS Code, whose client says so. */
  let commandLinks = false;
  let canRefreshTokens = false;
  let canRefreshHints = false;
  let hasFolderEvents = false;
  let workspaceFolders: string[] = [];
  let initSettings: Settings = defaultSettings;
  const settingsCache = new Map<string, Promise<Settings>>();
  // Manual tags (issue 5): the store follows the editor's changes; see features/tagging.ts.
  const tagging = new Tagging({
    connection,
    documents,
    glossary,
    workspaceFolders: () => workspaceFolders,
    glossaryPaths: async (uri) => (await settingsFor(uri)).glossary,
    changed: (uri) => {
      schedule(uri, 0);
      refreshViews();
    },
    log: (m) => log.error(m),
  });
  const pending = new Map<string, NodeJS.Timeout>();
  let refreshTimer: NodeJS.Timeout | undefined;
  const articleIndex = new ArticleIndex();
  // With policyLens.diagnostics.workspace on: the findings of the articles that are not open, too.
  const workspaceFindings = new WorkspaceFindings({
    folders: () => workspaceFolders,
    isOpen: (uri) => !!documents.get(uri),
    settingsFor: (uri) => settingsFor(uri),
    stamp: (uri) => tagging.sidecarStamp(uri),
    glossary: () => glossary.current().data,
    diagnose: async (uri, text, settings) => {
      const base = await cache.analyseDetached(TextDocument.create(uri, 'policy-news', 0, text), settings, markdownHover);
      const tags = await tagging.tagsOnDisk(uri, text);
      return toDiagnostics(tags.length ? { ...base, model: applyTags(base.model, tags, base.gazetteer) } : base);
    },
    send: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }),
    log: (m) => log.error(m),
  });

  function settingsFor(uri: string): Promise<Settings> {
    if (!hasConfiguration) return Promise.resolve(initSettings);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'policyLens' })
        .then(normaliseSettings, () => initSettings);
      settingsCache.set(uri, s);
    }
    return s;
  }

  async function contextFor(uri: string): Promise<DocContext | undefined> {
    const doc = documents.get(uri);
    if (!doc || glossary.has(uri)) return undefined;
    const base = await cache.get(doc, await settingsFor(uri), markdownHover);
    await tagging.ensure(uri);
    return tagging.overlay(base);
  }

  function glossaryDiagnostics(problems: GlossaryProblem[]): Diagnostic[] {
    return problems.map((p) => ({
      range: { start: { line: p.line, character: p.character }, end: { line: p.endLine, character: p.endCharacter } },
      severity: SEVERITY[p.severity] ?? DiagnosticSeverity.Error,
      source: 'policy-lens',
      code: 'glossary',
      message: p.message,
    }));
  }

  async function publish(uri: string): Promise<void> {
    pending.delete(uri);
    try {
      if (glossary.has(uri)) {
        await connection.sendDiagnostics({ uri, diagnostics: glossaryDiagnostics(glossary.problems(uri)) });
        return;
      }
      const ctx = await contextFor(uri);
      // (Closed while it was analysed: its diagnostics were taken back then, or are its file's now.)
      if (!ctx || !documents.get(uri)) return;
      // (The version whose text was analysed: a request during a burst of edits may be answered from a later one.)
      await connection.sendDiagnostics({ uri, version: ctx.version ?? documents.get(uri)?.version, diagnostics: [...toDiagnostics(ctx), ...tagging.diagnostics(ctx)] });
    } catch (err) {
      log.error(`diagnostics for ${uri} failed: ${(err as Error)?.stack ?? err}`);
    }
  }

  function schedule(uri: string, delay = 150): void {
    const t = pending.get(uri);
    if (t) clearTimeout(t);
    pending.set(uri, setTimeout(() => void publish(uri), delay));
  }

  /** Asks the client to re-request tokens and hints; clients that cannot refresh ask again on their own. */
  function refreshViews(): void {
    if (canRefreshTokens) connection.languages.semanticTokens.refresh();
    if (canRefreshHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  }

  /**
   * After a glossary or settings change: re-publishes everything and refreshes the views once the changes stop
   * coming for a fifth of a second (each refresh makes the editor ask again for the tokens and hints of every visible
   * document; a burst of edits to a large glossary, read between them, can arrive tens of milliseconds apart).
   */
  function refreshAll(): void {
    workspaceFindings.schedule();
    for (const d of documents.all()) schedule(d.uri, 50);
    for (const u of glossary.uris()) schedule(u, 50);
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      refreshViews();
    }, REFRESH_QUIET_MS);
  }

  async function loadGlossaries(): Promise<void> {
    const configured = (await settingsFor(workspaceFolders[0] ?? '')).glossary;
    const candidates = GlossaryStore.candidates(workspaceFolders, configured);
    glossary.setFiles(candidates, (u) => documents.get(u)?.getText());
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    hasConfiguration = !!caps.workspace?.configuration;
    canRefreshTokens = !!caps.workspace?.semanticTokens?.refreshSupport;
    canRefreshHints = !!caps.workspace?.inlayHint?.refreshSupport;
    hasFolderEvents = !!caps.workspace?.workspaceFolders;
    const formats = caps.textDocument?.hover?.contentFormat;
    markdownHover = !formats || formats.includes('markdown');
    disabledActions = !!caps.textDocument?.codeAction?.disabledSupport;
    commandLinks = (params.initializationOptions as { commandLinks?: unknown } | undefined)?.commandLinks === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
    initSettings = normaliseSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    tagging.hasConfiguration = hasConfiguration;
    // Versioned edits that can create a missing glossary file; without `create`, plain changes.
    tagging.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges && !!caps.workspace.workspaceEdit.resourceOperations?.includes('create');
    tagging.setRawSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [] },
        semanticTokensProvider: { legend, full: true, range: true },
        inlayHintProvider: true,
        documentSymbolProvider: { label: 'Policy Lens' },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.Source] },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        selectionRangeProvider: true,
        workspaceSymbolProvider: true,
        executeCommandProvider: { commands: ['policyLens.openGlossaryEntry', 'policyLens.applyArticleDate', ...Tagging.commands()] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'policy-lens', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyLens' }).catch(() => undefined);
    void loadGlossaries().then(refreshAll, (e) => log.error(`loading glossaries failed: ${e}`));
    // Only a client that sends folder changes may be asked for them (the library throws otherwise).
    if (!hasFolderEvents) return;
    connection.workspace.onDidChangeWorkspaceFolders((ev) => {
      workspaceFolders = workspaceFolders.filter((f) => !ev.removed.some((r) => r.uri === f)).concat(ev.added.map((a) => a.uri));
      void loadGlossaries().then(refreshAll);
    });
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    if (!hasConfiguration) initSettings = normaliseSettings((change.settings as { policyLens?: unknown } | undefined)?.policyLens);
    tagging.configurationChanged((change.settings as { policyLens?: unknown } | undefined)?.policyLens);
    void loadGlossaries().then(refreshAll);
  });

  connection.onDidChangeWatchedFiles((params) => {
    let changed = false;
    for (const c of params.changes) {
      // (An article's file, or its manual tags: the workspace's findings looked at again, where they are shown.)
      if (ARTICLE_FILE_RE.test(c.uri) || c.uri.endsWith('.annotations.json')) workspaceFindings.schedule();
      if (c.uri.endsWith('.annotations.json') && tagging.fileChanged(c.uri)) continue;
      if (documents.get(c.uri)) continue; // the editor's text wins while the file is open
      if (glossary.has(c.uri) || c.type === FileChangeType.Created) {
        changed = true;
        if (glossary.has(c.uri)) glossary.reloadFromDisk(c.uri);
      }
    }
    if (changed) void loadGlossaries().then(refreshAll);
  });

  documents.onDidChangeContent((e) => {
    if (glossary.has(e.document.uri)) {
      glossary.update(e.document.uri, e.document.getText());
      refreshAll();
      return;
    }
    schedule(e.document.uri);
  });
  documents.onDidOpen((e) => {
    workspaceFindings.opened(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidSave((e) => tagging.saved(e.document.uri));
  documents.onDidClose((e) => {
    const due = pending.get(e.document.uri);
    if (due) clearTimeout(due);
    pending.delete(e.document.uri);
    tagging.closed(e.document.uri);
    cache.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    if (glossary.has(e.document.uri)) {
      glossary.reloadFromDisk(e.document.uri);
      refreshAll();
    } else {
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      workspaceFindings.closed();
    }
  });

  const safe = <T>(what: string, token: CancellationToken | undefined, fallback: T, fn: () => T | Promise<T>) =>
    runSafe(log, what, token, fallback, fn);

  connection.onHover((p, token) =>
    safe('hover', token, null, async () => {
      const ctx = await contextFor(p.textDocument.uri);
      if (!ctx) return null;
      const offset = ctx.lines.offsetAt(p.position);
      const hover = tagging.hover(ctx, hoverAt(ctx, offset), offset);
      if (commandLinks || !hover || !MarkupContent.is(hover.contents) || hover.contents.kind !== 'markdown') return hover;
      return { ...hover, contents: { kind: 'markdown', value: withoutCommandLinks(hover.contents.value) } };
    }),
  );

  connection.languages.semanticTokens.on((p, token) =>
    safe('semantic tokens', token, { data: [] }, async () => {
      const ctx = await contextFor(p.textDocument.uri);
      return ctx ? semanticTokens(ctx) : { data: [] };
    }),
  );
  connection.languages.semanticTokens.onRange((p, token) =>
    safe('semantic tokens (range)', token, { data: [] }, async () => {
      const ctx = await contextFor(p.textDocument.uri);
      return ctx ? semanticTokens(ctx, ctx.lines.offsetAt(p.range.start), ctx.lines.offsetAt(p.range.end)) : { data: [] };
    }),
  );

  connection.languages.inlayHint.on((p, token) =>
    safe('inlay hints', token, [], async () => {
      const ctx = await contextFor(p.textDocument.uri);
      if (!ctx || !(await settingsFor(p.textDocument.uri)).inlayHints.enabled) return [];
      return inlayHints(ctx, ctx.lines.offsetAt(p.range.start), ctx.lines.offsetAt(p.range.end));
    }),
  );

  connection.onDocumentSymbol((p, token) =>
    safe('document symbols', token, [], async () => {
      const ctx = await contextFor(p.textDocument.uri);
      return ctx ? documentSymbols(ctx) : [];
    }),
  );

  connection.onCodeAction((p, token) =>
    safe('code actions', token, [], async () => {
      const ctx = await contextFor(p.textDocument.uri);
      if (!ctx) return [];
      const start = ctx.lines.offsetAt(p.range.start);
      const end = ctx.lines.offsetAt(p.range.end);
      const tags = await tagging.codeActions(ctx, start, end, p.context.diagnostics, p.context.only);
      const actions = [...dateActions(ctx, start, end, p.context.diagnostics, today()), ...tags];
      return disabledActions ? actions : actions.filter((a) => !a.disabled);
    }),
  );

  connection.onCompletion((p, token) =>
    safe('completion', token, [], async () => {
      const ctx = await contextFor(p.textDocument.uri);
      return ctx ? completions(ctx.model.text, ctx.lines.offsetAt(p.position), ctx.gazetteer) : [];
    }),
  );

  connection.onDefinition((p, token) =>
    safe('definition', token, null, async () => {
      const ctx = await contextFor(p.textDocument.uri);
      if (!ctx) return null;
      const hit = entityKeyAt(ctx, ctx.lines.offsetAt(p.position));
      return hit ? entryLocation(hit.entity) : null;
    }),
  );

  connection.onDocumentHighlight((p, token) =>
    safe('highlight', token, [], async () => {
      const ctx = await contextFor(p.textDocument.uri);
      return ctx ? highlightsAt(ctx, ctx.lines.offsetAt(p.position)) : [];
    }),
  );

  connection.onSelectionRanges((p, token) =>
    safe('selection', token, [], async () => {
      const ctx = await contextFor(p.textDocument.uri);
      return ctx ? p.positions.map((pos) => selectionRangeAt(ctx, ctx.lines.offsetAt(pos))) : [];
    }),
  );

  // For the editor's status bar (client/src/status.ts): the article's date and what was found in it.
  connection.onRequest('policyLens/articleStatus', (p: { uri: string }, token) =>
    safe('status', token, null, async () => {
      const ctx = typeof p?.uri === 'string' ? await contextFor(p.uri) : undefined;
      return ctx ? articleStatus(ctx.model) : null;
    }),
  );

  connection.onReferences((p, token) =>
    safe('references', token, [], async () => {
      const ctx = await contextFor(p.textDocument.uri);
      if (!ctx) return [];
      const hit = entityKeyAt(ctx, ctx.lines.offsetAt(p.position));
      if (!hit) return [];
      const out: Location[] = [];
      for (const d of documents.all()) {
        await yieldToEventLoop();
        if (token.isCancellationRequested) break;
        const other = await contextFor(d.uri);
        if (other) pushAll(out, mentionsOf(other, hit.key));
      }
      // Articles in the workspace that are not open: analysed from disk once per modification time (and glossary and
      // settings), of which only the mentions are kept.
      const settings = await settingsFor(p.textDocument.uri);
      const stamp = JSON.stringify(settings);
      const data = glossary.current().data;
      const index = async (doc: TextDocument): Promise<Map<string, Location[]>> => mentionIndex(await cache.analyseDetached(doc, settings, markdownHover));
      for (const u of listArticles(workspaceFolders)) {
        await yieldToEventLoop();
        if (token.isCancellationRequested) break;
        if (documents.get(u)) continue;
        const mentions = await articleIndex.get(u, settings.maxFileSize, stamp, data, index);
        if (mentions) pushAll(out, mentions.get(hit.key) ?? []);
      }
      if (p.context.includeDeclaration) {
        const loc = entryLocation(hit.entity);
        if (loc) out.unshift(loc);
      }
      return out;
    }),
  );

  connection.onWorkspaceSymbol((p, token) =>
    safe('workspace symbols', token, [], () => {
      const q = p.query.toLowerCase();
      const out: SymbolInformation[] = [];
      for (const e of glossary.current().data.entries) {
        if (!e.origin) continue;
        if (q && !e.label.toLowerCase().includes(q) && !(e.aliases ?? []).some((a) => a.toLowerCase().includes(q))) continue;
        const pos = { line: e.origin.line, character: e.origin.character };
        out.push({ name: e.label, kind: e.kind === 'agreement' ? SymbolKind.Struct : SymbolKind.Class, containerName: e.category ?? e.kind, location: { uri: e.origin.uri, range: { start: pos, end: pos } } });
        if (out.length >= 500) break;
      }
      return out;
    }),
  );

  connection.onExecuteCommand((p, token) =>
    safe('command', token, null, async () => {
      if (p.command === 'policyLens.openGlossaryEntry') {
        const id = String(p.arguments?.[0] ?? '');
        const entry = glossary.current().get(id);
        const loc = entryLocation(entry);
        if (loc) await connection.window.showDocument({ uri: loc.uri, selection: loc.range, takeFocus: true });
        else void connection.window.showInformationMessage(entry ? `"${entry.label}" is a built-in glossary entry; add it to your glossary to edit it.` : `No glossary entry "${id}".`);
        return null;
      }
      // [uri, YYYY-MM-DD]: the article's front matter date set (the client's Set Article Date command asks for it).
      if (p.command === 'policyLens.applyArticleDate') {
        const [uri, date] = [String(p.arguments?.[0] ?? ''), String(p.arguments?.[1] ?? '')];
        const ctx = isIsoDay(date) ? await contextFor(uri) : undefined;
        if (!ctx) return false;
        const done = await connection.workspace.applyEdit({ label: 'Set the article date', edit: { changes: { [uri]: [setArticleDateEdit(ctx.model, ctx.lines, date)] } } });
        return done.applied;
      }
      return (await tagging.execute(p, contextFor)) ?? null;
    }),
  );

  connection.onShutdown(() => {
    workspaceFindings.dispose();
    background?.dispose();
    for (const t of pending.values()) clearTimeout(t);
    pending.clear();
    if (refreshTimer) clearTimeout(refreshTimer);
  });

  documents.listen(tagging.wrap(connection));
  connection.listen();
}
