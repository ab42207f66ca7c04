// Tagging through the real server: code actions and commands, the sidecar on disk, edits moving tags,
// external rewrites, orphans, glossary edits (applied as the editor would) and claim fixes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startClient, fileUri, decodeTokens, type TestClient } from '../support/lspClient';
import { TAG_ARTICLE } from '../support/tagArticle';

const ARTICLE = TAG_ARTICLE;

const legend = {
  tokenTypes: ['date', 'actor', 'agreement', 'claim', 'source'],
  tokenModifiers: ['person', 'official', 'government', 'military', 'organization', 'country', 'group', 'unlinked', 'relative', 'vague', 'manual'],
};

let ws: string;
let client: TestClient;
let version = 1;
let applied: any[] = [];

function posAt(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
function offsetAt(text: string, p: { line: number; character: number }) {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
  return o + p.character;
}
function rangeOf(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" in text`);
  return { start: posAt(text, at), end: posAt(text, at + needle.length) };
}
/** Applies LSP text edits to a text, as an editor would. */
function applyEdits(text: string, edits: any[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const e of sorted) text = text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
  return text;
}
/** Edits for one uri out of a WorkspaceEdit (changes or documentChanges). */
function editsFor(edit: any, uri: string): any[] {
  if (edit.changes) return edit.changes[uri] ?? [];
  return (edit.documentChanges ?? []).filter((d: any) => d.textDocument?.uri === uri).flatMap((d: any) => d.edits);
}

async function actions(uri: string, text: string, range: any, diagnostics: any[] = [], only?: string[]): Promise<any[]> {
  return (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } })) as any[];
}
async function run(action: any): Promise<any> {
  assert.ok(action?.command, `an action with a command: ${JSON.stringify(action)}`);
  return client.conn.sendRequest('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
}
async function tokens(uri: string, text: string) {
  const res: any = await client.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  const lines = text.split('\n');
  return decodeTokens(res.data, legend).map((t) => ({ ...t, text: lines[t.line].slice(t.char, t.char + t.length) }));
}
async function change(uri: string, text: string, range: any, insert: string): Promise<string> {
  await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: insert }] });
  return text.slice(0, offsetAt(text, range.start)) + insert + text.slice(offsetAt(text, range.end));
}
function sidecar(file: string): any[] {
  return JSON.parse(fs.readFileSync(file + '.annotations.json', 'utf8')).first.items;
}
function findTitle(list: any[], re: RegExp): any {
  const a = list.find((x) => re.test(x.title));
  assert.ok(a, `an action matching ${re}; got: ${list.map((x) => x.title).join(' | ')}`);
  return a;
}

before(async () => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-tag-'));
  client = await startClient({
    rootPath: ws,
    capabilities: {
      workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, applyEdit: true },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } },
    },
    initializationOptions: { settings: { annotations: { author: 'tester' } } },
  });
  client.conn.onRequest('workspace/applyEdit', (p: any) => {
    applied.push(p.edit);
    return { applied: true };
  });
});

after(async () => {
  await client.close();
  fs.rmSync(ws, { recursive: true, force: true });
});

test('tag a selection as an actor: sidecar written, manual token, hover, edits move it', async () => {
  const file = path.join(ws, 'a.news');
  fs.writeFileSync(file, ARTICLE);
  const uri = fileUri(file);
  await client.open(uri, ARTICLE);
  await client.waitForDiagnostics(uri);
  let text = ARTICLE;
  const list = await actions(uri, text, rangeOf(text, 'armed factions'));
  await run(findTitle(list, /^Tag as Actor$/));
  const items = sidecar(file);
  assert.equal(items.length, 1);
  assert.equal(items[0].target.selector[0].exact, 'armed factions');
  assert.equal(items[0].creator.name, 'tester');
  let toks = await tokens(uri, text);
  const t = toks.find((x) => x.text === 'armed factions');
  assert.ok(t && t.type === 'actor' && t.modifiers.includes('manual'), JSON.stringify(t));
  const h: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, 'factions').start });
  assert.match(h.contents.value, /Tagged by hand/);

  // Before, inside and after the tag.
  text = await change(uri, text, { start: rangeOf(text, 'The withdrawal').start, end: rangeOf(text, 'The withdrawal').start }, 'In short, ');
  text = await change(uri, text, { start: rangeOf(text, 'factions').start, end: rangeOf(text, 'factions').start }, 'and militant ');
  text = await change(uri, text, { start: rangeOf(text, 'exploit').end, end: rangeOf(text, 'exploit').end }, ' quickly');
  toks = await tokens(uri, text);
  assert.ok(toks.some((x) => x.text === 'armed and militant factions' && x.modifiers.includes('manual')), JSON.stringify(toks.filter((x) => x.modifiers.includes('manual'))));
  // Saved: the sidecar follows the saved text.
  fs.writeFileSync(file, text);
  await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  const sel = sidecar(file)[0].target.selector;
  assert.equal(sel[0].exact, 'armed and militant factions');
  assert.equal([...text].slice(sel[1].start, sel[1].end).join(''), 'armed and militant factions');
});

test('reopen after an outside rewrite re-anchors; losing the text makes an orphan with actions', async () => {
  const file = path.join(ws, 'a.news');
  const uri = fileUri(file);
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const moved = 'A new first paragraph.\n\n' + fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, moved);
  await client.open(uri, moved);
  let toks = await tokens(uri, moved);
  assert.ok(toks.some((x) => x.text === 'armed and militant factions' && x.modifiers.includes('manual')));
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const gone = 'Entirely different text about nothing in particular.\n';
  fs.writeFileSync(file, gone);
  await client.open(uri, gone);
  const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'orphaned-tag'));
  const orphan = diags.find((d) => d.code === 'orphaned-tag');
  // Re-attach to a selection ...
  const sel = rangeOf(gone, 'different text');
  const list = await actions(uri, gone, sel, [orphan]);
  await run(findTitle(list, /^Re-attach the orphaned actor tag to the selection/));
  await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'orphaned-tag'));
  toks = await tokens(uri, gone);
  assert.ok(toks.some((x) => x.text === 'different text' && x.modifiers.includes('manual')));
  // ... or delete.
  const list2 = await actions(uri, gone, rangeOf(gone, 'different'));
  await run(findTitle(list2, /^Remove the actor tag/));
  assert.equal(sidecar(file).length, 0);
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('not an actor here removes the mention; two quick commands both land', async () => {
  const file = path.join(ws, 'b.news');
  fs.writeFileSync(file, ARTICLE);
  const uri = fileUri(file);
  await client.open(uri, ARTICLE);
  const list = await actions(uri, ARTICLE, rangeOf(ARTICLE, 'NATO'));
  await run(findTitle(list, /^Not an actor here: "NATO"/));
  const toks = await tokens(uri, ARTICLE);
  assert.ok(!toks.some((x) => x.text === 'NATO'), 'NATO is no longer an actor');
  const a1 = findTitle(await actions(uri, ARTICLE, rangeOf(ARTICLE, 'Erbil')), /^Tag as Actor$/);
  const a2 = findTitle(await actions(uri, ARTICLE, rangeOf(ARTICLE, 'the talks')), /^Tag as Claim$/);
  await Promise.all([run(a1), run(a2)]);
  const kinds = sidecar(file).map((i: any) => i.policyLens.kind).sort();
  assert.deepEqual(kinds, ['actor', 'claim', 'reject']);
});

test('add an unlinked actor to the glossary: the missing file is created, then aliases go into it', async () => {
  const file = path.join(ws, 'b.news');
  const uri = fileUri(file);
  const glossaryUri = fileUri(path.join(ws, 'glossary.yaml'));
  const list = await actions(uri, ARTICLE, rangeOf(ARTICLE, 'Zubair Tribal Council'));
  const add = findTitle(list, /^Add "Zubair Tribal Council" to the glossary as a new actor/);
  const dc = add.edit.documentChanges;
  assert.equal(dc[0].kind, 'create');
  assert.equal(dc[0].uri, glossaryUri);
  const yaml = applyEdits('', editsFor(add.edit, glossaryUri));
  assert.match(yaml, /^entries:\n {2}- id: zubair-tribal-council\n {4}label: Zubair Tribal Council\n {4}kind: actor\n {4}category: organization\n$/);
  fs.writeFileSync(path.join(ws, 'glossary.yaml'), yaml);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: glossaryUri, type: 1 }] });
  // The glossary now knows it: the mention is linked.
  let linked = false;
  for (let i = 0; i < 50 && !linked; i++) {
    const h: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: rangeOf(ARTICLE, 'Zubair').start });
    linked = /Zubair Tribal Council\*\* · actor/.test(h?.contents?.value ?? '');
    if (!linked) await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(linked, 'linked after the glossary changed');
  // The hover link's command: the server asks the client to apply the edit.
  applied = [];
  const ok = await client.conn.sendRequest('workspace/executeCommand', {
    command: 'policyLens.addToGlossary',
    arguments: [{ uri, start: 0, end: 0, kind: 'actor', category: 'group', text: 'Zubair Council', aliasOf: 'zubair-tribal-council' }],
  });
  assert.equal(ok, true);
  const after = applyEdits(yaml, editsFor(applied[0], glossaryUri));
  assert.match(after, /label: Zubair Tribal Council\n {4}aliases:\n {6}- Zubair Council\n {4}kind: actor/);
});

test('claim fixes: attribute, ignore here, attach source, mark as background', async () => {
  const file = path.join(ws, 'c.news');
  fs.writeFileSync(file, ARTICLE);
  const uri = fileUri(file);
  await client.open(uri, ARTICLE);
  const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unsourced-claim'));
  const claim = diags.find((d) => d.code === 'unsourced-claim');
  const list = await actions(uri, ARTICLE, claim.range, [claim]);
  const attribute = findTitle(list, /^Attribute to Defence Minister Thabit al-Abbasi/);
  const attributed = applyEdits(ARTICLE, editsFor(attribute.edit, uri));
  assert.match(attributed, /armed factions will exploit, according to Defence Minister Thabit al-Abbasi\.\n$/);
  const ignore = findTitle(list, /^Ignore unsourced-claim here/);
  const ignored = applyEdits(ARTICLE, editsFor(ignore.edit, uri));
  assert.match(ignored, /will exploit\. \[policy-lens-ignore unsourced-claim\]\n$/);
  await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: ignored }] });
  await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'unsourced-claim'));
  await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: ARTICLE }] });
  await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unsourced-claim'));
  // Attach a source: the command carries `ask` for the client; a client that already knows the source sends it.
  const attach = findTitle(list, /^Attach a source/);
  assert.deepEqual(attach.command.arguments[0].ask, ['source']);
  attach.command.arguments[0].source = 'https://example.org/report';
  await run(attach);
  await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'unsourced-claim'));
  const item = sidecar(file).find((i: any) => i.policyLens.kind === 'source');
  assert.equal(item.policyLens.source, 'https://example.org/report');
  // Remove it again and mark as background instead.
  const removeList = await actions(uri, ARTICLE, rangeOf(ARTICLE, 'security vacuum'));
  await run(findTitle(removeList, /^Remove the source tag/));
  const d2 = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unsourced-claim'));
  const bg = findTitle(await actions(uri, ARTICLE, d2.find((x) => x.code === 'unsourced-claim').range, d2), /^Mark as background/);
  await run(bg);
  await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'unsourced-claim'));
});

test('never tag: the stoplist edit; source action lists unlinked actors', async () => {
  const uri = fileUri(path.join(ws, 'c.news'));
  const glossaryUri = fileUri(path.join(ws, 'glossary.yaml'));
  const list = await actions(uri, ARTICLE, rangeOf(ARTICLE, 'Iraqi officials'));
  const never = findTitle(list, /^Never tag "Iraqi officials"/);
  const text = fs.readFileSync(path.join(ws, 'glossary.yaml'), 'utf8');
  const after = applyEdits(text, editsFor(never.edit, glossaryUri));
  assert.match(after, /\nstoplist:\n {2}- Iraqi officials\n$/);
  const src = await actions(uri, ARTICLE, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source']);
  assert.ok(src.length >= 1 && src.every((a) => a.kind.startsWith('source')), JSON.stringify(src.map((a) => a.kind)));
  findTitle(src, /^Tag all \d+ unlinked actors/);
  findTitle(src, /^Add all \d+ unlinked actors to the glossary/);
});

test('a sidecar changed outside the editor is reloaded for the open article', async () => {
  const file = path.join(ws, 'd.news');
  fs.writeFileSync(file, ARTICLE);
  const uri = fileUri(file);
  await client.open(uri, ARTICLE);
  await client.waitForDiagnostics(uri);
  assert.ok(!(await tokens(uri, ARTICLE)).some((x) => x.modifiers.includes('manual')));
  // Another tool (or git) writes the sidecar: one agreement tag on "the talks".
  const at = ARTICLE.indexOf('the talks');
  const sidecarDoc = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: { type: 'AnnotationPage', items: [{ id: 'urn:uuid:ext-1', type: 'Annotation', created: '2026-01-01T00:00:00Z', policyLens: { kind: 'agreement' },
      target: { source: uri, selector: [{ type: 'TextQuoteSelector', exact: 'the talks', prefix: 'Thabit al-Abbasi said ', suffix: ' went well' }, { type: 'TextPositionSelector', start: at, end: at + 9 }] } }] },
  };
  fs.writeFileSync(file + '.annotations.json', JSON.stringify(sidecarDoc));
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file + '.annotations.json'), type: 2 }] });
  let found = false;
  for (let i = 0; i < 50 && !found; i++) {
    found = (await tokens(uri, ARTICLE)).some((x) => x.text === 'the talks' && x.type === 'agreement' && x.modifiers.includes('manual'));
    if (!found) await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(found, 'the external tag is shown');
});

test('policyLens.annotations.location puts sidecars in a folder (settings from workspace/configuration)', async () => {
  const ws2 = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-tag-loc-'));
  const c2 = await startClient({ rootPath: ws2, configuration: { annotations: { location: '.policy-lens/tags', author: 'cfg' } } });
  try {
    fs.mkdirSync(path.join(ws2, 'news'));
    const file = path.join(ws2, 'news', 'e.news');
    fs.writeFileSync(file, ARTICLE);
    const uri = fileUri(file);
    await c2.open(uri, ARTICLE);
    await c2.waitForDiagnostics(uri);
    const s = ARTICLE.indexOf('armed factions');
    await c2.conn.sendRequest('workspace/executeCommand', { command: 'policyLens.tag', arguments: [{ uri, kind: 'actor', start: s, end: s + 14 }] });
    const side = path.join(ws2, '.policy-lens', 'tags', 'news', 'e.news.annotations.json');
    assert.ok(fs.existsSync(side), 'the sidecar is in the configured folder');
    assert.ok(!fs.existsSync(file + '.annotations.json'));
    assert.equal(JSON.parse(fs.readFileSync(side, 'utf8')).first.items[0].creator.name, 'cfg');
  } finally {
    await c2.close();
    fs.rmSync(ws2, { recursive: true, force: true });
  }
});

test('the export command writes the chosen formats for an open article, manual tags merged', async () => {
  const file = path.join(ws, 'b.news');
  const uri = fileUri(file);
  const out = path.join(ws, 'exported');
  const r: any = await client.conn.sendRequest('workspace/executeCommand', { command: 'policyLens.exportAnnotations', arguments: [{ uri, formats: ['brat', 'json', 'nonsense'], out }] });
  assert.deepEqual(r.files.map((f: string) => path.basename(f)).sort(), ['annotation.conf', 'b.ann', 'b.json', 'b.txt']);
  const json = JSON.parse(fs.readFileSync(path.join(out, 'b.json'), 'utf8'));
  assert.ok(json.annotations.some((a: any) => a.text === 'Erbil' && a.manual), 'the manual actor tag from an earlier test');
  assert.ok(!json.annotations.some((a: any) => a.text === 'NATO'), 'the rejected mention is gone');
  assert.ok(fs.readFileSync(path.join(out, 'b.ann'), 'utf8').includes('\tManual T'));
});

test('policyLens.applyArticleDate sets the front matter date: added with front matter, added to it, or the line it has replaced', async () => {
  const cases = [
    { name: 'no-front-matter.news', text: 'Officials met on Thursday.\n', want: '---\ndate: 2025-11-21\n---\nOfficials met on Thursday.\n' },
    { name: 'no-date.news', text: '---\ntitle: Talks\n---\nOfficials met on Thursday.\n', want: '---\ndate: 2025-11-21\ntitle: Talks\n---\nOfficials met on Thursday.\n' },
    { name: 'old-date.news', text: '---\ntitle: Talks\ndate: 2024-01-02 # wrong\nauthor: K\n---\nOfficials met on Thursday.\n', want: '---\ntitle: Talks\ndate: 2025-11-21\nauthor: K\n---\nOfficials met on Thursday.\n' },
    { name: 'unreadable-date.news', text: '---\ndate: soon\n---\nOfficials met on Thursday.\n', want: '---\ndate: 2025-11-21\n---\nOfficials met on Thursday.\n' },
  ];
  for (const c of cases) {
    const uri = fileUri(path.join(ws, c.name));
    await client.open(uri, c.text);
    applied = [];
    const done = await client.conn.sendRequest('workspace/executeCommand', { command: 'policyLens.applyArticleDate', arguments: [uri, '2025-11-21'] });
    assert.equal(done, true, c.name);
    assert.equal(applyEdits(c.text, editsFor(applied[0], uri)), c.want, c.name);
  }
  // Not a day, or not an open article: nothing is changed.
  applied = [];
  const uri = fileUri(path.join(ws, cases[0].name));
  assert.equal(await client.conn.sendRequest('workspace/executeCommand', { command: 'policyLens.applyArticleDate', arguments: [uri, '2025-02-30'] }), false);
  assert.equal(await client.conn.sendRequest('workspace/executeCommand', { command: 'policyLens.applyArticleDate', arguments: ['untitled:nowhere', '2025-11-21'] }), false);
  assert.equal(applied.length, 0);
});
