// The bundled server over a real JSON-RPC stream: what an editor sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startClient, fileUri, decodeTokens, type TestClient } from '../support/lspClient';

const ARTICLE = `---
date: 2025-11-14
---
BAGHDAD, Nov. 14 - Iraqi officials met on Thursday in Erbil with NATO envoys.

The talks take place under the 2008 Strategic Framework Agreement. The agreement expired in early October.

The withdrawal will inevitably leave a security vacuum that armed factions will exploit.
`;

let ws: string;
let client: TestClient;
let uri: string;
const legend = { tokenTypes: ['date', 'actor', 'agreement', 'claim', 'source'], tokenModifiers: [] as string[] };

function pos(text: string, needle: string, delta = 1) {
  const i = text.indexOf(needle) + delta;
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

before(async () => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-lsp-'));
  fs.writeFileSync(
    path.join(ws, 'glossary.yaml'),
    'entries:\n  - id: erbil-talks\n    label: Erbil talks\n    kind: term\n    description: The *technical* talks.\n',
  );
  uri = fileUri(path.join(ws, 'a.news'));
  client = await startClient({ rootPath: ws });
  await client.open(uri, ARTICLE);
});

after(async () => {
  await client.close();
  fs.rmSync(ws, { recursive: true, force: true });
});

test('diagnostics arrive for an opened article and name unsourced claims', async () => {
  const diags = await client.waitForDiagnostics(uri);
  assert.ok(Array.isArray(diags));
  for (const d of diags) {
    assert.equal(d.source, 'policy-lens');
    assert.equal(typeof d.code, 'string');
  }
  // The unsourced claim is a warning (severity 2) by default, on its sentence.
  const claim = diags.find((d: any) => d.code === 'unsourced-claim');
  assert.ok(claim, JSON.stringify(diags));
  assert.equal(claim.severity, 2);
  assert.equal(claim.range.start.line, 7);
  // A claim next to a named source points at it (relatedInformation), so the editor can show who might say so.
  const u = fileUri(path.join(ws, 'related.news'));
  await client.open(u, '---\ndate: 2025-11-14\n---\nThe ministry said talks went well. Exports will double within a year.\n');
  const own = await client.waitForDiagnostics(u, (d) => d.some((x: any) => x.code === 'unsourced-claim'));
  const rel = own.find((d: any) => d.code === 'unsourced-claim').relatedInformation;
  assert.ok(rel?.length, JSON.stringify(own));
  assert.deepEqual(rel[0].location.range.start, { line: 3, character: 0 });
  assert.equal(rel[0].location.uri, u);
});

test('hover on a weekday shows the resolved date relative to the article date', async () => {
  const h: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos(ARTICLE, 'Thursday') });
  assert.ok(h, 'a hover');
  assert.match(h.contents.value, /13 November 2025/);
  assert.match(h.contents.value, /day before the article's date/);
});

test('hover on "early October" gives the month with mod START', async () => {
  const h: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos(ARTICLE, 'early October', 7) });
  assert.ok(h);
  assert.match(h.contents.value, /October 2025/);
  assert.match(h.contents.value, /START/);
  assert.match(h.contents.value, /year inferred from the article date/);
});

test('semantic tokens decode to dates inside the article', async () => {
  const res: any = await client.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  const tokens = decodeTokens(res.data, legend);
  const lines = ARTICLE.split('\n');
  const texts = tokens.filter((t) => t.type === 'date').map((t) => lines[t.line].slice(t.char, t.char + t.length));
  assert.ok(texts.includes('Thursday'), `date tokens: ${texts}`);
  assert.ok(texts.some((t) => t.includes('2008')));
});

test('semantic tokens for a range only cover that range', async () => {
  const res: any = await client.conn.sendRequest('textDocument/semanticTokens/range', {
    textDocument: { uri },
    range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } },
  });
  const tokens = decodeTokens(res.data, legend);
  assert.ok(tokens.every((t) => t.line === 3));
});

test('inlay hints show the resolved value after a relative date', async () => {
  const hints: any[] = await client.conn.sendRequest('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
  });
  assert.ok(hints.some((h) => String(h.label).includes('2025-11-13')), JSON.stringify(hints));
  // Only the requested range; nothing after vague references ("recently") or durations.
  const later: any[] = await client.conn.sendRequest('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 5, character: 0 }, end: { line: 20, character: 0 } },
  });
  assert.ok(!later.some((h) => String(h.label).includes('2025-11-13')), JSON.stringify(later));
  const u = fileUri(path.join(ws, 'hints.news'));
  await client.open(u, '---\ndate: 2025-11-14\n---\nTalks recently stalled for five years, officials said on Thursday.\n');
  const own: any[] = await client.conn.sendRequest('textDocument/inlayHint', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
  assert.deepEqual(own.map((h) => String(h.label).trim()), ['2025-11-13'], JSON.stringify(own));
});

test('document symbols include a Timeline sorted by date', async () => {
  const syms: any[] = await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  const timeline = syms.find((s) => s.name === 'Timeline');
  assert.ok(timeline, JSON.stringify(syms.map((s) => s.name)));
  const values = timeline.children.map((c: any) => c.name.split(' · ')[0]);
  assert.deepEqual(values, [...values].sort());
  // In date order, not text order: a quarter and a week sit where they begin.
  const u = fileUri(path.join(ws, 'timeline.news'));
  await client.open(u, '---\ndate: 2025-11-14\n---\nTalks ended in November. Profit rose in the second quarter. They met last week.\n');
  const own: any[] = await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } });
  const order = own.find((s) => s.name === 'Timeline').children.map((c: any) => c.name.split(' · ')[0]);
  assert.deepEqual(order, ['2025-Q2', '2025-11', '2025-W45']);
});

test('an incremental change re-analyses the document', async () => {
  const line = 3;
  await client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'On Monday, ' }],
  });
  const h: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
  assert.ok(h);
  assert.match(h.contents.value, /10 November 2025/);
});

test("a wire dateline without a year resolves the article's dates, and the hover says the year is assumed", async () => {
  const u = fileUri(path.join(ws, 'yearless.news'));
  await client.open(u, 'WASHINGTON, Jan. 2 (Reuters) - Officials met on Thursday.\n');
  const h: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 50 } });
  assert.ok(h, 'a hover on Thursday');
  assert.doesNotMatch(h.contents.value, /unresolved/);
  assert.match(h.contents.value, /Article date: \d{4}-01-02 \(from dateline; year assumed/);
});

test('without an article date, relative dates are unresolved and a quick fix sets the date', async () => {
  const u = fileUri(path.join(ws, 'nodate.news'));
  const text = 'Officials met on Thursday.\n';
  await client.open(u, text);
  const diags = await client.waitForDiagnostics(u, (d) => d.some((x) => x.code === 'unresolved-date'));
  const d = diags.find((x) => x.code === 'unresolved-date');
  assert.equal(d.severity, 4, 'a hint');
  const actions: any[] = await client.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri: u },
    range: d.range,
    context: { diagnostics: [d] },
  });
  const fix = actions.find((a) => /Set the article date/.test(a.title));
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  const edit = fix.edit.changes[u][0];
  assert.match(edit.newText, /^---\ndate: \d{4}-\d{2}-\d{2}\n---\n$/);
  const h: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 19 } });
  assert.match(h.contents.value, /unresolved/);
});

test('an unresolved date\'s hover says what its words give; a day of a known year reads in words; the outline says the same', async () => {
  const u = fileUri(path.join(ws, 'nodate-words.news'));
  await client.open(u, 'Officials met on Thursday.\n');
  const h: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 19 } });
  assert.match(h.contents.value, /relative date, unresolved/);
  assert.match(h.contents.value, /Known without the article's date: a Thursday \\\(date unknown\\\)/);
  assert.match(h.contents.value, /`XXXX-WXX-4`; week unknown/);
  const syms: any[] = await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } });
  assert.equal(syms.find((s) => s.name === 'Timeline').children[0].detail, 'unresolved: a Thursday (date unknown)');
  const d = fileUri(path.join(ws, 'diwali.news'));
  const text = '---\ndate: 2025-11-14\n---\nShops shut for Diwali.\n';
  await client.open(d, text);
  const dh: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: d }, position: pos(text, 'Diwali') });
  assert.match(dh.contents.value, /^\*\*a day of 2025\*\* \(the year of the article's date\)/);
  assert.match(dh.contents.value, /month and day unknown/);
});

test('plaintext-only clients get plaintext hovers', async () => {
  const c = await startClient({ capabilities: { textDocument: { hover: { contentFormat: ['plaintext'] } } } });
  try {
    const u = 'untitled:plain';
    await c.open(u, '---\ndate: 2025-11-14\n---\nThey met on Thursday.\n', '');
    const h: any = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 3, character: 13 } });
    assert.equal(h.contents.kind, 'plaintext');
    assert.doesNotMatch(h.contents.value, /\*\*|\\/);
  } finally {
    await c.close();
  }
});

test('binary input gets a clear message instead of annotations, and the server keeps serving', async () => {
  const u = fileUri(path.join(ws, 'bin.news'));
  await client.open(u, '\u0000\u0001\u0002garbage\u0000'.repeat(200));
  const diags = await client.waitForDiagnostics(u);
  assert.equal(diags.length, 1);
  assert.match(diags[0].message, /binary/);
  const h: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } });
  assert.match(h.contents.value, /10 November 2025/);
});

test('references list mentions in open and unopened workspace articles', async () => {
  fs.writeFileSync(path.join(ws, 'other.news'), 'BRUSSELS - Leaders of NATO met.\n');
  const u = fileUri(path.join(ws, 'refs.news'));
  await client.open(u, 'Talks with NATO envoys.\n');
  const refs: any[] = await client.conn.sendRequest('textDocument/references', {
    textDocument: { uri: u },
    position: { line: 0, character: 12 },
    context: { includeDeclaration: false },
  });
  const uris = new Set(refs.map((r) => r.uri));
  assert.ok(uris.has(u) && uris.has(uri), JSON.stringify(refs));
  assert.ok(uris.has(fileUri(path.join(ws, 'other.news'))), 'the unopened article is searched too');
});

test('highlights mark the mentions of the entity at the cursor, or the dates of the same day, in that document alone', async () => {
  const u = fileUri(path.join(ws, 'highlights.news'));
  const text = [
    '---',
    'date: 2025-11-14',
    '---',
    'NATO said on Thursday that talks would go on. The alliance called Nov. 13 a good day.',
    'Germany backed NATO on Wednesday, and again on 13 November.',
  ].join('\n');
  await client.open(u, text + '\n');
  const at = async (line: number, character: number) =>
    ((await client.conn.sendRequest('textDocument/documentHighlight', { textDocument: { uri: u }, position: { line, character } })) as any[]).map(
      (h) => `${h.range.start.line}:${text.split('\n')[h.range.start.line].slice(h.range.start.character, h.range.end.character)}`,
    );
  // "NATO", "The alliance" (linked to it) and the second "NATO"; not Germany.
  assert.deepEqual(await at(3, 1), ['3:NATO', '3:The alliance', '4:NATO']);
  // Thursday is the 13th: "Nov. 13" and "13 November" with it; not Wednesday.
  assert.deepEqual(await at(3, 16), ['3:Thursday', '3:Nov. 13', '4:13 November']);
  assert.deepEqual(await at(4, 2), ['4:Germany']);
  // Nothing at a plain word.
  assert.deepEqual(await at(3, 30), []);
});

test('smart selection grows from a date or a name to the attribution around it, the sentence and the paragraph', async () => {
  const u = fileUri(path.join(ws, 'selection.news'));
  const text = ['---', 'date: 2025-11-14', '---', 'Talks resumed. Iraqi Prime Minister Mohammed Shia al-Sudani said on Thursday that the troops would leave by September. Nobody objected.', '', 'A second paragraph.'].join('\n');
  await client.open(u, text + '\n');
  const chain = async (line: number, character: number) => {
    const [r]: any[] = await client.conn.sendRequest('textDocument/selectionRange', { textDocument: { uri: u }, positions: [{ line, character }] });
    const out: string[] = [];
    const lines = text.split('\n');
    for (let s = r; s; s = s.parent) {
      const { start, end } = s.range;
      out.push(start.line === end.line ? lines[start.line].slice(start.character, end.character) : `${start.line}:${start.character}-${end.line}:${end.character}`);
    }
    return out;
  };
  const line = text.split('\n')[3];
  const sentence = 'Iraqi Prime Minister Mohammed Shia al-Sudani said on Thursday that the troops would leave by September.';
  // In "September": the date, what was said, the whole attribution, the sentence, the paragraph.
  assert.deepEqual(await chain(3, line.indexOf('September') + 2), ['September', 'the troops would leave by September.', sentence, line]);
  // In the name: the actor (the source), then the attribution, the sentence, the paragraph.
  assert.deepEqual(await chain(3, line.indexOf('Sudani') + 1), ['Iraqi Prime Minister Mohammed Shia al-Sudani', sentence, line]);
  // Between paragraphs: nothing to grow.
  assert.deepEqual(await chain(4, 0), ['']);
});

test('the article status gives the date relative dates resolve against, where it came from, and what was found', async () => {
  const dated = fileUri(path.join(ws, 'status-dated.news'));
  await client.open(dated, '---\ndate: 2025-11-14\n---\nCritics say NATO met on Thursday.\n');
  const st: any = await client.conn.sendRequest('policyLens/articleStatus', { uri: dated });
  assert.equal(st.referenceDate, '2025-11-14');
  assert.equal(st.referenceDateInWords, 'Friday 14 November 2025');
  assert.equal(st.origin, 'front matter');
  assert.equal(st.dates, 1);
  assert.equal(st.actors, 1);
  assert.equal(st.vagueAttributions, 1);
  assert.equal(st.unresolved, 0);
  const undated = fileUri(path.join(ws, 'status-undated.news'));
  await client.open(undated, 'NATO met on Thursday and again last week.\n');
  const none: any = await client.conn.sendRequest('policyLens/articleStatus', { uri: undated });
  assert.equal(none.referenceDate, null);
  assert.equal(none.origin, null);
  assert.equal(none.unresolved, 2);
  assert.equal(await client.conn.sendRequest('policyLens/articleStatus', { uri: 'untitled:never-opened' }), null);
  assert.equal(await client.conn.sendRequest('policyLens/articleStatus', {}), null);
});

test('shutdown answers', async () => {
  const c = await startClient();
  const r = await c.conn.sendRequest('shutdown');
  assert.equal(r, null);
  await c.close();
});

test('long articles are analysed on the worker thread with the same results, and other documents stay served', async () => {
  // A threshold of 1 sends every article to the worker, so the worker path is exercised on small text.
  const c = await startClient({ rootPath: ws, env: { POLICY_LENS_BACKGROUND_THRESHOLD: '1' } });
  try {
    const u = fileUri(path.join(ws, 'worker.news'));
    const big = ARTICLE + '\nThe withdrawal will inevitably leave a security vacuum.\n'.repeat(2000);
    await c.open(u, big);
    const small = fileUri(path.join(ws, 'small.news'));
    await c.open(small, '---\ndate: 2025-11-14\n---\nThey met on Thursday.\n');
    const h: any = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 3, character: 13 } });
    assert.match(h.contents.value, /13 November 2025/);
    const diags = await c.waitForDiagnostics(u, (d) => d.length > 0, 30000);
    assert.ok(diags.filter((d) => d.code === 'unsourced-claim').length >= 2000);
    const hb: any = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: pos(ARTICLE, 'Thursday') });
    assert.match(hb.contents.value, /13 November 2025/);
  } finally {
    await c.close();
  }
});

test('editing the glossary in the editor re-annotates open articles; a broken edit is located and the last good version stays', async () => {
  const g = fileUri(path.join(ws, 'glossary.yaml'));
  const u = fileUri(path.join(ws, 'hot.news'));
  await client.open(u, 'The Zarqa Brigade crossed the river.\n');
  const hoverText = async () => {
    const h: any = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 7 } });
    return h?.contents?.value ?? '';
  };
  const text = 'entries:\n  - id: zarqa\n    label: Zarqa Brigade\n    kind: actor\n    category: group\n    description: A *made-up* militia <b>x</b>.\n';
  await client.open(g, text, 'yaml');
  let got = '';
  for (let i = 0; i < 50 && !/made-up/.test(got); i++) got = await hoverText();
  assert.match(got, /\*made-up\* militia/);
  assert.doesNotMatch(got, /<b>/);
  await client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: g, version: 2 },
    contentChanges: [{ text: text + '  - id: [broken\n' }],
  });
  const diags = await client.waitForDiagnostics(g, (d) => d.length > 0);
  assert.ok(diags[0].range.start.line >= 6, `located at the broken line: ${JSON.stringify(diags[0].range)}`);
  assert.match(await hoverText(), /made-up/, 'the last good glossary stays in use');
});

test('hover links that run commands go only to a client that says it runs them (VS Code with this extension)', async () => {
  const text = '---\ndate: 2025-11-14\n---\nThe Zubair Tribal Council met NATO envoys on Thursday.\n';
  for (const commandLinks of [false, true]) {
    const c = await startClient({
      capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
      initializationOptions: commandLinks ? { commandLinks: true } : undefined,
    });
    try {
      const u = `untitled:links-${commandLinks}`;
      await c.open(u, text, '');
      const at = (character: number) => c.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 3, character } }) as Promise<any>;
      const unlinked = (await at(6)).contents.value as string;
      const entry = (await at(32)).contents.value as string;
      assert.match(unlinked, /^\*\*Zubair Tribal Council\*\* · actor/);
      assert.match(entry, /^\*\*NATO\*\* · actor/);
      if (commandLinks) {
        assert.match(unlinked, /\[Add to glossary\]\(command:policyLens\.addToGlossary\?/);
        assert.match(entry, /\[Open in glossary\]\(command:policyLens\.openGlossaryEntry\?/);
      } else {
        for (const md of [unlinked, entry]) {
          assert.doesNotMatch(md, /command:|Add to glossary|Open in glossary/);
          assert.doesNotMatch(md, /·\s*$/m, 'no separator left dangling');
        }
      }
    } finally {
      await c.close();
    }
  }
});
