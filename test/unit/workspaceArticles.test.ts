// Articles in the workspace that are not open: found by extension, analysed once per version of the file and settings
// (and of the glossary where the file names what changed), and kept only as their mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Location } from 'vscode-languageserver';
import { ArticleIndex, listArticles } from '../../server/src/workspaceArticles';
import type { GlossaryData } from '../../server/src/analysis/glossaryTypes';

test('listArticles finds .news and .article files, not other files or skipped folders', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-ws-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.writeFileSync(path.join(dir, 'a.news'), 'x');
  fs.writeFileSync(path.join(dir, 'sub', 'b.article'), 'x');
  fs.writeFileSync(path.join(dir, 'c.md'), 'x');
  fs.writeFileSync(path.join(dir, 'node_modules', 'd.news'), 'x');
  const found = listArticles([URI.file(dir).toString()]).map((u) => path.basename(URI.parse(u).fsPath)).sort();
  assert.deepEqual(found, ['a.news', 'b.article']);
  fs.rmSync(dir, { recursive: true, force: true });
});

const G1: GlossaryData = { entries: [{ id: 'eu', label: 'European Union', kind: 'actor', aliases: ['EU'] }], stoplist: [] };
const G2: GlossaryData = { entries: [...G1.entries, { id: 'au', label: 'African Union', kind: 'actor', aliases: ['AU'] }], stoplist: [] };
const G3: GlossaryData = { entries: [...G2.entries, { id: 'nato', label: 'NATO', kind: 'actor' }], stoplist: [] };

test('ArticleIndex analyses a file again only when it or the settings changed, or the glossary where the file names it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-ws-'));
  const file = path.join(dir, 'a.news');
  const uri = URI.file(file).toString();
  fs.writeFileSync(file, 'NATO met.\n');
  const texts: string[] = [];
  const index = async (doc: { getText(): string; uri: string }): Promise<Map<string, Location[]>> => {
    texts.push(doc.getText());
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
    return new Map([[`text:${doc.getText().trim()}`, [{ uri: doc.uri, range }]]]);
  };
  const idx = new ArticleIndex();
  const first = await idx.get(uri, 1e6, 's1', G1, index);
  assert.deepEqual([...first!.keys()], ['text:NATO met.']);
  assert.equal(await idx.get(uri, 1e6, 's1', G1, index), first, 'the same index, not analysed again');
  assert.equal(texts.length, 1);
  await idx.get(uri, 1e6, 's2', G1, index);
  assert.equal(texts.length, 2, 'new settings analyse again');
  // A glossary edit analyses again only where the text names what changed.
  await idx.get(uri, 1e6, 's2', G2, index);
  assert.equal(texts.length, 2, 'an edit of an entry the article does not name');
  await idx.get(uri, 1e6, 's2', G3, index);
  assert.equal(texts.length, 3, 'an entry the article names');
  // A new version of the file (another size, so that a coarse modification time cannot hide it).
  fs.writeFileSync(file, 'The EU met again.\n');
  assert.deepEqual([...(await idx.get(uri, 1e6, 's2', G1, index))!.keys()], ['text:The EU met again.']);
  assert.equal(await idx.get(uri, 5, 's2', G1, index), undefined, 'over the size limit');
  fs.rmSync(file);
  assert.equal(await idx.get(uri, 1e6, 's2', G1, index), undefined, 'gone');
  // An analysis that fails leaves nothing cached and no error.
  fs.writeFileSync(file, 'again\n');
  assert.equal(await idx.get(uri, 1e6, 's2', G1, () => Promise.reject(new Error('boom'))), undefined);
  assert.deepEqual([...(await idx.get(uri, 1e6, 's2', G1, index))!.keys()], ['text:again']);
  fs.rmSync(dir, { recursive: true, force: true });
});
