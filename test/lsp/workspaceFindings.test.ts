// The findings of the workspace's articles that are not open (policyLens.diagnostics.workspace): listed when the
// setting is on and taken back when it is off, followed when a file changes, replaced by the open article's own while
// it is open, with its manual tags applied; none of it when the setting is off (the default).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startClient, fileUri } from '../support/lspClient';
import { toSidecar } from '../../server/src/store/sidecar';

const CLAIM = 'The withdrawal will inevitably leave a security vacuum that armed factions will exploit.';
const codes = (d: any[]) => d.map((x) => x.code).sort();

function workspace(): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-wsfind-'));
  fs.writeFileSync(path.join(ws, 'a.news'), `---\ndate: 2025-11-14\n---\n${CLAIM}\n`);
  fs.mkdirSync(path.join(ws, 'desk'));
  fs.writeFileSync(path.join(ws, 'desk', 'b.article'), `---\ndate: 2025-11-14\n---\nThe minister said talks would resume on Monday.\n`);
  fs.writeFileSync(path.join(ws, 'notes.txt'), `${CLAIM}\n`);
  return ws;
}

test('with the setting on, the articles that are not open get their findings, followed as files change and taken back when it is off', async () => {
  const ws = workspace();
  const c = await startClient({ rootPath: ws, initializationOptions: { settings: { diagnostics: { workspace: true } } } });
  try {
    const a = fileUri(path.join(ws, 'a.news'));
    const b = fileUri(path.join(ws, 'desk', 'b.article'));
    assert.deepEqual(codes(await c.waitForDiagnostics(a, (d) => d.length > 0)), ['unsourced-claim']);
    assert.deepEqual(await c.waitForDiagnostics(b), [], 'the sourced article is listed with no findings');
    assert.ok(!c.diagnostics.has(fileUri(path.join(ws, 'notes.txt'))), 'only articles');
    // The file changes on disk: its findings follow.
    fs.writeFileSync(path.join(ws, 'a.news'), `---\ndate: 2025-11-14\n---\n${CLAIM} Critics say so.\n`);
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: a, type: 2 }] });
    assert.deepEqual(codes(await c.waitForDiagnostics(a, (d) => d.length === 2)), ['unsourced-claim', 'vague-attribution']);
    // Open, the editor's text is what counts; closed, the file's findings come back.
    await c.open(a, '---\ndate: 2025-11-14\n---\nThe minister said talks would resume on Monday.\n');
    await c.waitForDiagnostics(a, (d) => d.length === 0);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: a } });
    assert.deepEqual(codes(await c.waitForDiagnostics(a, (d) => d.length === 2)), ['unsourced-claim', 'vague-attribution']);
    // A manual tag in the file's sidecar counts too: the claim marked as background is no finding.
    const file = path.join(ws, 'a.news');
    const text = fs.readFileSync(file, 'utf8');
    const start = text.indexOf(CLAIM);
    const tag = { id: 'urn:uuid:1', kind: 'background' as const, start, end: start + CLAIM.length, exact: CLAIM, prefix: text.slice(start - 10, start), suffix: text.slice(start + CLAIM.length, start + CLAIM.length + 10), created: '2025-11-14T00:00:00Z' };
    fs.writeFileSync(`${file}.annotations.json`, toSidecar([tag], a, text));
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${a}.annotations.json`, type: 1 }] });
    assert.deepEqual(codes(await c.waitForDiagnostics(a, (d) => d.length === 1)), ['vague-attribution']);
    // Off: every finding of a file that is not open is taken back.
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { policyLens: { diagnostics: { workspace: false } } } });
    await c.waitForDiagnostics(a, (d) => d.length === 0);
  } finally {
    await c.close();
    fs.rmSync(ws, { recursive: true, force: true });
  }
});

test('with the setting off (the default), only open articles get findings', async () => {
  const ws = workspace();
  const c = await startClient({ rootPath: ws });
  try {
    const open = fileUri(path.join(ws, 'desk', 'b.article'));
    await c.open(open, fs.readFileSync(path.join(ws, 'desk', 'b.article'), 'utf8'));
    await c.waitForDiagnostics(open);
    // (Long enough for a sweep, which starts half a second after the glossaries load.)
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.ok(!c.diagnostics.has(fileUri(path.join(ws, 'a.news'))), 'the closed article has none');
  } finally {
    await c.close();
    fs.rmSync(ws, { recursive: true, force: true });
  }
});
