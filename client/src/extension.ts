// The VS Code side: starts the bundled language server over IPC and restarts it on demand. Thin by design:
// all analysis lives in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerTaggingCommands, taggingMiddleware } from './tagging';
import { registerArticleStatus } from './status';

let client: LanguageClient | undefined;

function documentSelector(): DocumentSelector {
  const include = vscode.workspace.getConfiguration('policyLens').get<string[]>('include', []);
  return [
    { language: 'policy-news' },
    ...include.filter((g) => typeof g === 'string' && g.trim()).map((pattern) => ({ scheme: 'file', pattern })),
    ...include.filter((g) => typeof g === 'string' && g.trim()).map((pattern) => ({ scheme: 'untitled', pattern })),
  ];
}

function glossaryWatchers(): vscode.FileSystemWatcher[] {
  const paths = vscode.workspace.getConfiguration('policyLens').get<string[]>('glossary', []);
  return paths.map((p) => vscode.workspace.createFileSystemWatcher(path.isAbsolute(p) ? p : `**/${p}`));
}

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // Sidecars of manual tags: reloaded when they change outside the editor (git checkout, another machine).
  // (And the articles themselves, whose findings the server lists for the whole workspace where that is on.)
  const watchers = [...glossaryWatchers(), vscode.workspace.createFileSystemWatcher('**/*.annotations.json'), vscode.workspace.createFileSystemWatcher('**/*.{news,article}')];
  context.subscriptions.push(...watchers);
  // Glossary files are documents too: the server validates them and re-annotates articles as they change.
  const glossaryDocs = vscode.workspace
    .getConfiguration('policyLens')
    .get<string[]>('glossary', [])
    .map((p) => ({ scheme: 'file', pattern: path.isAbsolute(p) ? p : `**/${p}` }));
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...documentSelector(), ...glossaryDocs],
    synchronize: { fileEvents: watchers, configurationSection: 'policyLens' },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // Restart after a crash, up to the library's limit of 4 times in 3 minutes.
    connectionOptions: { maxRestartCount: 4 },
    middleware: taggingMiddleware,
    // Hover links run these commands ("Open in glossary", "Add to glossary"); nothing else is trusted. The server puts
    // such links in hovers only for a client that says it runs them (other editors would show dead links).
    markdown: { isTrusted: { enabledCommands: ['policyLens.openGlossaryEntry', 'policyLens.addToGlossary'] } },
    initializationOptions: { commandLinks: true },
  };
  return new LanguageClient('policyLens', 'Policy Lens', serverOptions, clientOptions);
}

export async function activate(
  context: vscode.ExtensionContext,
): Promise<{ client: () => LanguageClient | undefined; status: () => { text: string; tooltip: string; visible: boolean } }> {
  const output = vscode.window.createOutputChannel('Policy Lens');
  context.subscriptions.push(output);
  client = createClient(context, output);

  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.restartServer', async () => {
      output.appendLine('Restarting the Policy Lens server.');
      if (client) {
        try {
          await client.stop();
        } catch (err) {
          output.appendLine(`stop failed: ${err}`);
        }
      }
      client = createClient(context, output);
      await client.start();
    }),
    vscode.commands.registerCommand('policyLens.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The document selector and watched files are fixed when the client starts: restart to apply them.
      if (e.affectsConfiguration('policyLens.include') || e.affectsConfiguration('policyLens.glossary')) {
        void vscode.commands.executeCommand('policyLens.restartServer');
      }
    }),
  );

  registerTaggingCommands(context, () => client);
  await client.start();
  const status = registerArticleStatus(context, () => client, (doc) => vscode.languages.match(documentSelector(), doc) > 0);
  // The e2e suite reaches the client (for its server's pid) and the status bar item through this API.
  return { client: () => client, status };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
