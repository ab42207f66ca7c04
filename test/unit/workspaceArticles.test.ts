// Articles in the workspace that are not open: found by extension, analysed once per version of the file, glossary
// and settings, and kept only as their mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Location } from 'vscode-languageserver';
import { ArticleIndex, listArticles } from '../../server/src/workspaceArticles';

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

test('ArticleIndex analyses a file again only when it, or the glossary and settings, changed', async () => {
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
  const first = await idx.get(uri, 1e6, 'g1', index);
  assert.deepEqual([...first!.keys()], ['text:NATO met.']);
  assert.equal(await idx.get(uri, 1e6, 'g1', index), first, 'the same index, not analysed again');
  assert.equal(texts.length, 1);
  await idx.get(uri, 1e6, 'g2', index);
  assert.equal(texts.length, 2, 'a new glossary or settings stamp analyses again');
  // A new version of the file (another size, so that a coarse modification time cannot hide it).
  fs.writeFileSync(file, 'The EU met again.\n');
  assert.deepEqual([...(await idx.get(uri, 1e6, 'g2', index))!.keys()], ['text:The EU met again.']);
  assert.equal(await idx.get(uri, 5, 'g2', index), undefined, 'over the size limit');
  fs.rmSync(file);
  assert.equal(await idx.get(uri, 1e6, 'g2', index), undefined, 'gone');
  // An analysis that fails leaves nothing cached and no error.
  fs.writeFileSync(file, 'again\n');
  assert.equal(await idx.get(uri, 1e6, 'g2', () => Promise.reject(new Error('boom'))), undefined);
  assert.deepEqual([...(await idx.get(uri, 1e6, 'g2', index))!.keys()], ['text:again']);
  fs.rmSync(dir, { recursive: true, force: true });
});
