// Exports: brat offsets re-parsed and checked against the text (non-ASCII, astral characters, line breaks),
// W3C selectors, the CSV timeline order, the merged JSON, and the CLI subcommand end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { fragments, parseBratSpans, toBrat } from '../../server/src/export/brat';
import { toMergedJson, toTimelineCsv, toW3C } from '../../server/src/export/formats';
import { ExportError, exportFiles, exportNames, failureMessage, writeExport, writeExportEach } from '../../server/src/export';
import { makeTag } from '../../server/src/store/model';
import { applyTags } from '../../server/src/store/overlay';
import { toSidecar } from '../../server/src/store/sidecar';

const NOW = '2026-01-01T00:00:00.000Z';
const TEXT = `---
date: 2025-11-14
---
KYIV, Nov. 14 — 🇺🇦 Ukrainian officials met Zürich's delegation 😀 on Thursday in Genève.

The Černobyl Working Group 𝒳 said talks began in October 2024 and will end next year.
The ceasefire will inevitably collapse within days, leaving a catastrophic
vacuum that militias will exploit.
`;
const gaz = createGazetteer({ entries: [{ id: 'cwg', label: 'Chernobyl Working Group', kind: 'actor', category: 'group' }], stoplist: [] });

function at(needle: string) {
  const s = TEXT.indexOf(needle);
  assert.ok(s >= 0, needle);
  return { start: s, end: s + needle.length };
}

function model() {
  const m = analyze(TEXT, { gazetteer: gaz });
  const tags = [
    makeTag(TEXT, { kind: 'actor', ...at('Černobyl Working Group 𝒳'), category: 'group', entity: 'cwg', note: 'tab\there, newline\nthere', author: 'ana' }, NOW),
    makeTag(TEXT, { kind: 'source', ...at('The ceasefire will inevitably collapse'), source: 'https://example.org/a' }, NOW),
    makeTag(TEXT, { kind: 'claim', ...at('leaving a catastrophic\nvacuum') }, NOW),
  ];
  return { model: applyTags(m, tags, gaz), tags };
}

test('brat: every T line, re-parsed, covers exactly its text in code points', () => {
  const { model: m, tags } = model();
  const ann = toBrat(m, tags, (id) => gaz.get(id));
  const cps = [...TEXT];
  const spans = parseBratSpans(ann);
  assert.ok(spans.length >= 5, ann);
  for (const s of spans) {
    const pieces = s.fragments.map(([a, b]) => cps.slice(a, b).join(''));
    assert.equal(pieces.join(' '), s.text, `${s.id} ${s.type}`);
    for (const p of pieces) assert.ok(!p.includes('\n'), 'fragments never cross a line break');
  }
  const astral = spans.find((s) => s.text === 'Černobyl Working Group 𝒳');
  assert.ok(astral, 'the manual actor with an astral character');
  // UTF-16 offsets would be larger by the surrogate pairs before it (two flags + emoji = 3 code points extra).
  assert.equal(astral.fragments[0][0], TEXT.indexOf('Černobyl') - 3);
  assert.ok(spans.some((s) => s.type === 'Claim' && s.fragments.length === 2), 'a claim over a line break has two fragments');
  // Notes are single lines; manual spans carry the Manual attribute; the glossary link is an N line.
  for (const line of ann.trimEnd().split('\n')) assert.match(line, /^[TANR#]\d+\t/);
  assert.match(ann, /\tManual T\d+\n/);
  assert.match(ann, /AnnotatorNotes T\d+\ttab here, newline there; by ana/);
  assert.match(ann, /^N\d+\tReference T\d+ PolicyLens:cwg\tChernobyl Working Group$/m);
  assert.match(ann, /\tSource \d+ \d+\tThe ceasefire will inevitably collapse\nA\d+\tManual T\d+\n#\d+\tAnnotatorNotes T\d+\tsource: https:\/\/example.org\/a/);
});

test('brat fragments skip the line break itself', () => {
  assert.deepEqual(fragments('ab\ncd', { start: 0, end: 5 }), [{ start: 0, end: 2 }, { start: 3, end: 5 }]);
  assert.deepEqual(fragments('ab\r\ncd', { start: 1, end: 6 }), [{ start: 1, end: 2 }, { start: 4, end: 6 }]);
});

test('W3C: quote and code-point position selectors agree with the text', () => {
  const { model: m, tags } = model();
  const doc = toW3C('file:///a.news', m, tags) as any;
  assert.equal(doc.type, 'AnnotationCollection');
  const cps = [...TEXT];
  for (const a of doc.first.items) {
    const q = a.target.selector.find((s: any) => s.type === 'TextQuoteSelector');
    const p = a.target.selector.find((s: any) => s.type === 'TextPositionSelector');
    assert.equal(cps.slice(p.start, p.end).join(''), q.exact);
  }
  assert.ok(doc.first.items.some((a: any) => a.creator?.name === 'ana'));
});

test('CSV timeline: sorted by resolved value, fields quoted', () => {
  const { model: m } = model();
  const csv = toTimelineCsv('a, "b".news', m);
  const rows = csv.trimEnd().split('\r\n');
  assert.equal(rows[0], 'value,type,mod,certain,text,line,start,end,manual,file,point');
  const values = rows.slice(1).map((r) => r.split(',')[0]);
  const calendar = values.filter((v) => /^\d{4}/.test(v));
  assert.deepEqual(calendar, [...calendar].sort());
  assert.ok(values.indexOf(calendar[calendar.length - 1]) < values.length, 'calendar values first');
  assert.ok(rows[1].endsWith(',"a, ""b"".news",'));
  assert.ok(values.includes('2025-11-13'), values.join(' '));
});

test('merged JSON: manual annotations marked, tags listed, rejected mentions gone', () => {
  const base = analyze(TEXT, { gazetteer: gaz });
  const ua = base.actors.find((a) => a.text === 'Ukrainian officials');
  assert.ok(ua, JSON.stringify(base.actors));
  const tags = [makeTag(TEXT, { kind: 'reject', rejects: 'actor', start: ua.start, end: ua.end }, NOW), makeTag(TEXT, { kind: 'actor', ...at('militias') }, NOW)];
  const json = toMergedJson('a.news', applyTags(base, tags, gaz), tags);
  assert.ok(!json.annotations.some((a) => a.text === 'Ukrainian officials'));
  const mil = json.annotations.find((a) => a.text === 'militias');
  assert.equal(mil?.manual, true);
  assert.equal(mil?.tag, tags[1].id);
  assert.equal(json.tags.length, 2);
  for (const a of json.annotations) assert.equal(TEXT.slice(a.start as number, a.end as number), a.text);
});

test('CLI: policy-lens export merges the sidecar and writes every format', () => {
  const cli = path.resolve(__dirname, '../../dist/cli.js');
  if (!fs.existsSync(cli)) return; // built by `npm test`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-export-'));
  try {
    const file = path.join(dir, 'k.news');
    fs.writeFileSync(file, TEXT);
    const tag = makeTag(TEXT, { kind: 'actor', ...at('militias'), category: 'group' }, NOW);
    fs.writeFileSync(file + '.annotations.json', toSidecar([tag], 'file:///k.news', TEXT));
    const out = path.join(dir, 'out');
    const r = spawnSync(process.execPath, [cli, 'export', file, '--format', 'brat,w3c,csv,json', '--out', out], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    for (const f of ['k.txt', 'k.ann', 'annotation.conf', 'k.jsonld', 'k.timeline.csv', 'k.json']) assert.ok(fs.existsSync(path.join(out, f)), f);
    assert.equal(fs.readFileSync(path.join(out, 'k.txt'), 'utf8'), TEXT);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'k.json'), 'utf8'));
    assert.ok(json.annotations.some((a: any) => a.text === 'militias' && a.manual));
    const bad = spawnSync(process.execPath, [cli, 'export', file, '--format', 'xml', '--out', out], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('all annotations come in start, then end order; ties keep dates, actors, agreements, attributions order', async () => {
  const { allAnnotations } = await import('../../server/src/cli/format');
  const span = (kind: string, start: number, end: number) => ({ kind, start, end, text: '' });
  const model = {
    dates: [span('date', 0, 4), span('date', 10, 12)],
    actors: [span('actor', 0, 4), span('actor', 5, 9)],
    agreements: [span('agreement', 10, 20)],
    attributions: [span('attribution', 0, 2), span('attribution', 10, 12)],
  } as unknown as Parameters<typeof allAnnotations>[0];
  const order = (m: typeof model) => allAnnotations(m).map((a) => `${a.kind}@${a.start}-${a.end}`);
  assert.deepEqual(order(model), ['attribution@0-2', 'date@0-4', 'actor@0-4', 'actor@5-9', 'date@10-12', 'attribution@10-12', 'agreement@10-20']);
  // A list out of order is sorted all the same.
  const shuffled = { ...model, actors: [span('actor', 5, 9), span('actor', 0, 4)] } as typeof model;
  assert.deepEqual(order(shuffled), ['attribution@0-2', 'date@0-4', 'actor@0-4', 'actor@5-9', 'date@10-12', 'attribution@10-12', 'agreement@10-20']);
});

test('export names: unique per export, numbered from 2 per base name as before', () => {
  assert.deepEqual(exportNames(['x/a.news', 'y/a.news', 'z/a.article', 'b.news', 'w/b.news']), ['a', 'a-2', 'a-3', 'b', 'b-2']);
  // A file already named like a numbered one takes its name first; the count skips it.
  assert.deepEqual(exportNames(['a-2.news', 'x/a.news', 'y/a.news', 'z/a.news', 'a-3.news']), ['a-2', 'a', 'a-3', 'a-4', 'a-3-2']);
  assert.deepEqual(exportNames(['.news', 'x/.news']), ['article', 'article-2']);
  // The same names as counting from 2 for every file (the loop it replaced), on random lists of names.
  const reference = (files: string[]) => {
    const used = new Set<string>();
    return files.map((f) => {
      const base = path.basename(f).replace(/\.[^.]+$/, '') || 'article';
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
      used.add(name);
      return name;
    });
  };
  const fileArb = fc.tuple(fc.nat({ max: 3 }), fc.constantFrom('a', 'a-2', 'a-3', 'a-2-2', 'b', 'b-1', '')).map(([d, n]) => `d${d}/${n}.news`);
  fc.assert(fc.property(fc.array(fileArb, { maxLength: 30 }), (files) => assert.deepEqual(exportNames(files), reference(files))), { numRuns: 500 });
  // Thousands of files with one name stay quick (each number is tried once, not recounted from 2).
  const many = exportNames(Array.from({ length: 20000 }, (_, i) => `d${i}/a.news`));
  assert.equal(many[0], 'a');
  assert.equal(many[19999], 'a-20000');
  assert.equal(new Set(many).size, 20000);
});

test('export: a format that fails does not stop the others, and is reported by name and reason', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-export-'));
  try {
    const { model: m, tags } = model();
    const input = { file: 'big.news', source: 'file:///big.news', model: m, tags };
    // W3C fails as it does for an 18 MB article (JSON.stringify: "Invalid string length").
    const build: typeof exportFiles = (inp, format, name) => {
      if (format === 'w3c') throw new RangeError('Invalid string length');
      return exportFiles(inp, format, name);
    };
    const r = writeExportEach(input, ['brat', 'w3c', 'csv', 'json'], dir, 'big', build);
    assert.deepEqual(r.written.map((p) => path.basename(p)), ['big.txt', 'big.ann', 'annotation.conf', 'big.timeline.csv', 'big.json']);
    for (const p of r.written) assert.ok(fs.existsSync(p), p);
    assert.ok(!fs.existsSync(path.join(dir, 'big.jsonld')));
    assert.equal(r.failures.length, 1);
    assert.equal(r.failures[0].file, 'big.news');
    assert.equal(r.failures[0].format, 'w3c');
    assert.match(r.failures[0].reason, /larger than this JavaScript engine can hold in one string; export it in another format or split the article/);
    assert.match(failureMessage(r.failures[0]), /^big\.news: cannot export to w3c: the output would be larger/);
    // writeExport (what the CLI and the editor call) writes the same, then throws naming what failed.
    fs.rmSync(dir, { recursive: true, force: true });
    assert.throws(
      () => writeExport(input, ['w3c', 'json'], dir, 'big', build),
      (err: unknown) => err instanceof ExportError && /^w3c: the output would be larger/.test(err.message) && err.written.length === 1 && /big\.json/.test(err.message),
    );
    assert.ok(fs.existsSync(path.join(dir, 'big.json')), 'the format after the failed one is written');
    // Any other error keeps its own message.
    const broken: typeof exportFiles = () => {
      throw new Error('disk full');
    };
    assert.deepEqual(writeExportEach(input, ['csv'], dir, 'big', broken).failures, [{ file: 'big.news', format: 'csv', reason: 'disk full' }]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('brat: a name linked many times is looked up once, and every mention says the same (old lines)', () => {
  const text = `😀 ${'The Chernobyl Working Group said.\n'.repeat(50)}The Chernobyl\nWorking Group said.\n`;
  const m = analyze(text, { gazetteer: gaz });
  const asked: string[] = [];
  const ann = toBrat(m, [], (id) => (asked.push(id), gaz.get(id)));
  assert.deepEqual(asked, ['cwg']);
  const refs = ann.split('\n').filter((l) => l.startsWith('N'));
  assert.equal(refs.length, m.actors.filter((a) => a.entity === 'cwg').length);
  refs.forEach((l, i) => assert.match(l, new RegExp(`^N${i + 1}\\tReference T\\d+ PolicyLens:cwg\\tChernobyl Working Group$`)));
  // T lines as before: one fragment "start end", or several joined by ";" with their texts joined by a space.
  const cps = [...text];
  for (const s of parseBratSpans(ann)) assert.equal(s.fragments.map(([a, b]) => cps.slice(a, b).join('')).join(' '), s.text);
  assert.match(ann, /^T1\tActor 6 29\tChernobyl Working Group$/m);
});
