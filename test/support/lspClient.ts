// A minimal LSP client over a real JSON-RPC stream to the bundled server (dist/server.js --stdio).
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const root = path.resolve(__dirname, '../..');

export interface TestClient {
  conn: MessageConnection;
  child: ChildProcess;
  /** Diagnostics by uri, as last published. */
  diagnostics: Map<string, any[]>;
  /** Every publishDiagnostics notification's parameters, in order. */
  published: any[];
  /** Resolves when diagnostics for uri satisfy pred (polls the notifications, never sleeps blindly). */
  waitForDiagnostics(uri: string, pred?: (d: any[]) => boolean, timeoutMs?: number): Promise<any[]>;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  close(): Promise<void>;
}

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}

/** Starts the server and completes initialize/initialized. */
export async function startClient(opts: { rootPath?: string; capabilities?: any; initializationOptions?: any; configuration?: any; env?: Record<string, string> } = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [path.join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, any[]>();
  const published: any[] = [];
  const waiters: (() => void)[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: any) => {
    diagnostics.set(p.uri, p.diagnostics);
    published.push(p);
    for (const w of waiters.splice(0)) w();
  });
  conn.onNotification('window/logMessage', () => undefined);
  conn.onRequest('workspace/configuration', (p: any) => p.items.map(() => opts.configuration ?? null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/semanticTokens/refresh', () => null);
  conn.onRequest('workspace/inlayHint/refresh', () => null);
  conn.listen();
  const rootUri = opts.rootPath ? fileUri(opts.rootPath) : null;
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    capabilities: opts.capabilities ?? {
      workspace: { configuration: !!opts.configuration },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } },
    },
    initializationOptions: opts.initializationOptions,
  });
  await conn.sendNotification('initialized', {});
  const client: TestClient = {
    conn,
    child,
    diagnostics,
    published,
    waitForDiagnostics(uri, pred = () => true, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(diagnostics.get(uri))}`)), timeoutMs);
        const check = () => {
          const d = diagnostics.get(uri);
          if (d && pred(d)) {
            clearTimeout(timer);
            resolve(d);
          } else waiters.push(check);
        };
        check();
      });
    },
    async open(uri, text, languageId = 'text') {
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    async close() {
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      conn.dispose();
      child.kill();
    },
  };
  return client;
}

/** Decodes LSP semantic tokens into {line, char, length, type, modifiers}. */
export function decodeTokens(data: number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }) {
  const out: { line: number; char: number; length: number; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] ? data[i + 1] : char + data[i + 1];
    const mods = legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b));
    out.push({ line, char, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers: mods });
  }
  return out;
}
