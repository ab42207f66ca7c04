// Resilience: the server comes back by itself after it is killed, and on the "Restart Server" command.
// Runs last: it replaces the server the other tests talked to.
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { isAlive, openFixture, policyDiagnostics, serverPids, waitFor } from './util';

describe('server lifecycle', function () {
  let doc: vscode.TextDocument;

  before(async function () {
    if (process.platform !== 'linux') this.skip(); // finding the server process reads /proc
    doc = (await openFixture('erbil-talks.news')).document;
    await waitFor('diagnostics', () => policyDiagnostics(doc.uri).length > 0);
  });

  // A request only a live server can answer (hover has its own tests; do not make these depend on it).
  const serving = () => waitFor('the new server to answer', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    return symbols?.some((s) => s.name === 'Timeline');
  }, 30000);

  it('registers the Restart Server command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('policyLens.restartServer'));
  });

  it('restarts the server after it is killed', async () => {
    const [pid] = await waitFor('exactly one server process', () => serverPids().length === 1 && serverPids());
    process.kill(pid, 'SIGKILL');
    await waitFor('the killed server to be gone', () => !isAlive(pid));
    const next = await waitFor('a new server process', () => serverPids().find((p) => p !== pid), 30000);
    assert.notEqual(next, pid);
    await serving();
    await waitFor('diagnostics after the restart', () => policyDiagnostics(doc.uri).length > 0);
  });

  it('"Policy Lens: Restart Server" replaces the running server', async () => {
    const [pid] = await waitFor('exactly one server process', () => serverPids().length === 1 && serverPids());
    await vscode.commands.executeCommand('policyLens.restartServer');
    await waitFor('the old server to exit', () => !isAlive(pid), 30000);
    await waitFor('one new server process', () => serverPids().length === 1 && serverPids()[0] !== pid, 30000);
    await serving();
  });
});
