// The CLI as a user runs it: formats, exit codes, and no lost output when one file is bad.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { root } from '../support/lspClient';

const cli = path.join(root, 'dist/cli.js');
const fixture = (name: string) => path.join(root, 'test/fixtures', name);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('annotate --format json follows the annotation format', () => {
  const r = run('annotate', fixture('erbil-talks.news'), '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const text = fs.readFileSync(fixture('erbil-talks.news'), 'utf8');
  assert.equal(out.file, fixture('erbil-talks.news'));
  assert.equal(out.referenceDate, '2025-11-14');
  assert.equal(out.referenceDateSource, 'front-matter');
  assert.ok(out.annotations.length > 0);
  let last = -1;
  for (const a of out.annotations) {
    assert.equal(a.text, text.slice(a.start, a.end), `${a.kind} text matches its offsets`);
    assert.ok(a.start >= last, 'sorted by start');
    last = a.start;
    assert.ok(['date', 'actor', 'agreement', 'attribution'].includes(a.kind));
    if (a.kind === 'date') assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(a.type) && typeof a.value === 'string' && typeof a.certain === 'boolean');
  }
  const thursday = out.annotations.find((a: any) => a.kind === 'date' && a.text === 'Thursday');
  assert.equal(thursday?.value, '2025-11-13');
  for (const d of out.diagnostics) {
    assert.equal(typeof d.code, 'string');
    assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
    assert.ok(Array.isArray(d.reasons));
  }
});

test('several files give one JSON object per line; an unreadable one gives an error object and exit 1', () => {
  const r = run('annotate', fixture('erbil-talks.news'), 'does/not/exist.news', fixture('geneva-climate.news'), '--format', 'json');
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.equal(lines[1].file, 'does/not/exist.news');
  assert.match(lines[1].error, /no such file/);
  assert.ok(lines[2].annotations.length > 0, 'the file after the bad one is still annotated');
  assert.match(r.stderr, /does\/not\/exist\.news: no such file/);
});

test('--reference-date wins over the article and resolves relative dates', () => {
  const r = run('annotate', fixture('erbil-talks.news'), '--format', 'jsonl', '--reference-date', '2024-01-05');
  const out = JSON.parse(r.stdout);
  assert.equal(out.referenceDate, '2024-01-05');
  assert.equal(out.referenceDateSource, 'option');
  assert.equal(out.annotations.find((a: any) => a.text === 'Thursday')?.value, '2024-01-04');
});

test('--timing reports each stage, the total and the processor time on standard error, not in the output', () => {
  const plain = run('annotate', fixture('erbil-talks.news'), '--format', 'json');
  const r = run('annotate', fixture('erbil-talks.news'), '--format', 'json', '--timing');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, plain.stdout);
  assert.match(r.stderr, /erbil-talks\.news: \d+ KB; segment \d+ ms, dates \d+ ms, actors \d+ ms, attribution \d+ ms, claims \d+ ms, output \d+ ms; total \d+ ms; cpu \d+ ms, all threads\n$/);
});

test('a dateline gives the reference date when there is no front matter', () => {
  const out = JSON.parse(run('annotate', fixture('geneva-climate.news'), '--format', 'json').stdout);
  assert.equal(out.referenceDate, '2025-03-03');
  assert.equal(out.referenceDateSource, 'dateline');
});

test("a dateline without a year takes the latest such day up to today, and says the year is assumed", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  const file = path.join(dir, 'wire.news');
  // ("last Thursday": a weekday the lead gives for the news would choose between this year and the last.)
  fs.writeFileSync(file, 'WASHINGTON, Jan. 2 (Reuters) - Officials met last Thursday.\n');
  const out = JSON.parse(run('annotate', file, '--format', 'json').stdout);
  // 2 January has come this year already, or comes tomorrow (a story filed from a time zone ahead).
  assert.equal(out.referenceDate, `${new Date().getFullYear()}-01-02`);
  assert.equal(out.referenceDateSource, 'dateline');
  assert.deepEqual(out.referenceDateInferred, ['year']);
  assert.ok(out.annotations.some((a: any) => a.text === 'last Thursday' && !a.value.startsWith('XXXX')), 'last Thursday is resolved');
  assert.match(run('annotate', file, '--no-color').stdout, /Article date: \d{4}-01-02 \(from dateline; year assumed/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('text format marks the article and ends with a summary', () => {
  const r = run('annotate', fixture('erbil-talks.news'), '--no-color');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Article date: 2025-11-14 \(from front matter\)/);
  assert.match(r.stdout, /\[Thursday\|date 2025-11-13\]/);
  assert.match(r.stdout, /Summary: \d+ dates/);
  assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour codes when asked not to');
});

test("text format's Timeline words a day of a known year and lists it with its year", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  try {
    const f = path.join(dir, 'diwali.news');
    fs.writeFileSync(f, '---\ndate: 2025-11-14\n---\nTrade slowed in 2025. Shops shut for Diwali. Talks resumed in March 2025.\n');
    const r = run('annotate', f, '--no-color');
    assert.equal(r.status, 0, r.stderr);
    const timeline = r.stdout.slice(r.stdout.indexOf('\nTimeline\n'));
    assert.match(timeline, /\n {2}2025 +2025 +"2025"\n {2}2025-XX-XX +a day of 2025 +"Diwali"\n {2}2025-03 +March 2025 +"March 2025"\n/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('bad usage exits 2 with a message', () => {
  assert.equal(run('annotate').status, 2);
  assert.equal(run('frobnicate', 'x').status, 2);
  const r = run('annotate', fixture('erbil-talks.news'), '--reference-date', 'yesterday');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /YYYY-MM-DD/);
  assert.equal(run('--help').status, 0);
});

test('binary and oversized files are refused with a clear message', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  const bin = path.join(dir, 'x.news');
  fs.writeFileSync(bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 7)));
  const r = run('annotate', bin, '--format', 'json');
  assert.equal(r.status, 1);
  assert.match(JSON.parse(r.stdout).error, /binary/);
  const big = path.join(dir, 'big.news');
  fs.writeFileSync(big, 'a'.repeat(2048));
  assert.match(run('annotate', big, '--max-size', '1000').stderr, /over the/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('UTF-16 with a byte-order mark is read as such; bytes that are no UTF-8 are read with a warning', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  const article = 'On Thursday, the Iraqi foreign ministry said the talks would resume in Erbil.\n';
  const write = (name: string, bytes: Buffer): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, bytes);
    return f;
  };
  const annotate = (f: string) => {
    const r = run('annotate', f, '--format', 'json', '--reference-date', '2025-11-14');
    assert.equal(r.status, 0, r.stderr);
    return { out: JSON.parse(r.stdout), stderr: r.stderr };
  };
  const plain = annotate(write('utf8.news', Buffer.from(article, 'utf8'))).out;
  assert.ok(plain.annotations.some((a: any) => a.kind === 'date' && a.text === 'Thursday'));
  // Windows editors save "Unicode" as UTF-16 little-endian after a byte-order mark; big-endian is rarer.
  const le = annotate(write('le.news', Buffer.from('\ufeff' + article, 'utf16le')));
  const be = annotate(write('be.news', Buffer.from('\ufeff' + article, 'utf16le').swap16()));
  for (const r of [le, be]) {
    assert.equal(r.stderr, '');
    assert.deepEqual(r.out.annotations.map((a: any) => [a.kind, a.text]), plain.annotations.map((a: any) => [a.kind, a.text]));
  }
  // A stray Latin-1 byte: the article is still annotated, and the user is told why a character shows as U+FFFD.
  const bad = annotate(write('latin1.news', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talks. ' + article)])));
  assert.match(bad.stderr, /warning: not valid UTF-8/);
  assert.ok(bad.out.annotations.some((a: any) => a.kind === 'date' && a.text === 'Thursday'));
  // A replacement character written as such is no fault of the file's.
  assert.equal(annotate(write('fffd.news', Buffer.from('\ufffd ' + article, 'utf8'))).stderr, '');
  // Standard input goes through the same reading.
  const r = spawnSync(process.execPath, [cli, 'annotate', '-', '--format', 'json'], { cwd: root, input: Buffer.from('\ufeff' + article, 'utf16le') });
  assert.equal(r.status, 0);
  assert.ok(JSON.parse(r.stdout.toString('utf8')).annotations.some((a: any) => a.text === 'Thursday'));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a glossary given with --glossary links mentions to its entries; a broken one is reported with its line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  const g = path.join(dir, 'g.yaml');
  fs.writeFileSync(g, 'entries:\n  - id: nineveh\n    label: Nineveh\n    kind: actor\n    category: government\n');
  const out = JSON.parse(run('annotate', fixture('erbil-talks.news'), '--format', 'json', '--glossary', g).stdout);
  assert.ok(out.annotations.some((a: any) => a.entity === 'nineveh' && a.text === 'Nineveh'));
  const bad = path.join(dir, 'bad.yaml');
  fs.writeFileSync(bad, 'entries:\n  - id: x\n    label: [unclosed\n');
  const r = run('annotate', fixture('erbil-talks.news'), '--format', 'json', '--glossary', bad);
  assert.match(r.stderr, /bad\.yaml:\d+:\d+: error/);
  // The article is still annotated, with the built-in glossary, but a pipeline learns that the glossary was broken.
  assert.ok(JSON.parse(r.stdout).annotations.length > 0, 'annotation still runs');
  assert.equal(r.status, 1);
  // A glossary that cannot be read at all is bad usage, said in words.
  const d = run('annotate', fixture('erbil-talks.news'), '--glossary', dir);
  assert.equal(d.status, 2);
  assert.match(d.stderr, /cannot read glossary .*: is a directory/);
  assert.match(run('annotate', fixture('erbil-talks.news'), '--glossary', path.join(dir, 'none.yaml')).stderr, /: no such file/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('export: standard input is named stdin, and an --out that is a file is refused in words', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  const r = spawnSync(process.execPath, [cli, 'export', '-', '--format', 'json', '--out', dir], { encoding: 'utf8', cwd: root, input: 'On Thursday, the ministry said.\n' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(fs.readdirSync(dir), ['stdin.json']);
  const file = path.join(dir, 'stdin.json');
  const f = run('export', fixture('erbil-talks.news'), '--format', 'csv', '--out', file);
  assert.equal(f.status, 2);
  assert.match(f.stderr, /--out .* is a file; give a folder/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('check prints findings only and exits 1 when a warning is found', () => {
  const r = run('check', fixture('erbil-talks.news'), '--no-color');
  assert.match(r.stdout, /unsourced-claim/);
  assert.doesNotMatch(r.stdout, /\[Thursday\|/);
  // Its summary counts what it judged, not the dates and actors it does not print. (The vague attributions: "Critics
  // argue" and the anonymous "a senior Kurdish official who spoke on condition of anonymity".)
  assert.match(r.stdout, /Summary: 3 unsourced claims, 2 vague attributions, 0 unresolved dates/);
  assert.doesNotMatch(r.stdout, /Total over/, 'one article: no totals');
  assert.equal(r.status, 1);
});

test('a text report of several articles ends with their totals, and how many have a warning', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-totals-'));
  try {
    fs.copyFileSync(fixture('erbil-talks.news'), path.join(dir, 'a.news'));
    fs.writeFileSync(path.join(dir, 'b.news'), '---\ndate: 2025-11-14\n---\nThe minister said talks would resume on Monday. Critics say the plan is vague.\n');
    const checked = run('check', dir, '--no-color');
    const last = checked.stdout.trim().split('\n').pop();
    assert.equal(last, 'Total over 2 articles: 3 unsourced claims, 3 vague attributions, 0 unresolved dates; 1 with a warning');
    const annotated = run('annotate', dir, '--no-color');
    assert.match(annotated.stdout.trim().split('\n').pop() ?? '', /^Total over 2 articles: \d+ dates, \d+ actor mentions, \d+ agreement mentions, \d+ attributions, 3 unsourced claims, 3 vague attributions; 1 with a warning$/);
    assert.doesNotMatch(run('check', dir, '--format', 'jsonl').stdout, /Total over/, 'only the text report');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the installed command keeps a code cache and answers the same with it, without it, and with a broken one', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cache-'));
  const bin = path.join(root, 'bin/policy-lens.js');
  const once = () => spawnSync(process.execPath, [bin, 'annotate', fixture('erbil-talks.news'), '--format', 'json'], { encoding: 'utf8', cwd: root, env: { ...process.env, TMPDIR: tmp, POLICY_LENS_NO_DAEMON: '1' } });
  try {
    const direct = run('annotate', fixture('erbil-talks.news'), '--format', 'json');
    const first = once();
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, direct.stdout);
    const dirs = fs.readdirSync(tmp);
    assert.equal(dirs.length, 1, 'one cache folder');
    const dir = path.join(tmp, dirs[0]);
    if (process.platform !== 'win32') assert.equal(fs.statSync(dir).mode & 0o077, 0, 'closed to other users');
    const caches = fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
    assert.equal(caches.length, 1, 'the first run leaves one cache file');
    const cacheFile = path.join(dir, caches[0]);
    // The cache of an earlier build of the bundle under this Node goes when a new one is written; another
    // Node's, or another bundle's, stays.
    const stale = caches[0].replace(/-\d+-\d+\.v8cache$/, '-1-2.v8cache');
    // (The command's bundle: the narrow one, server/src/cli/narrow.ts.)
    assert.match(caches[0], /^cli-narrow-v/);
    const otherNode = caches[0].replace(/^cli-narrow-v[^-]+/, 'cli-narrow-v0.0.1');
    const otherBundle = caches[0].replace(/^cli-narrow-/, 'cli-');
    for (const f of [stale, otherNode, otherBundle]) fs.writeFileSync(path.join(dir, f), 'old');
    fs.rmSync(cacheFile);
    assert.equal(once().status, 0);
    assert.deepEqual(fs.readdirSync(dir).sort(), [caches[0], otherBundle, otherNode].sort(), 'only the stale cache is gone');
    const made = fs.statSync(cacheFile).ino;
    assert.equal(once().stdout, direct.stdout, 'with the cache');
    // A rejected cache is written again (a new file); an accepted one is left alone. V8 rejects a cache made
    // under other engine flags, so this also checks that the quick-start flags are put back before it is written.
    assert.equal(fs.statSync(cacheFile).ino, made, 'the next run accepts the cache');
    fs.writeFileSync(cacheFile, 'not a code cache');
    const broken = once();
    assert.equal(broken.status, 0, broken.stderr);
    assert.equal(broken.stdout, direct.stdout, 'with a broken cache');
    if (process.platform !== 'win32') {
      // A cache folder others may write to is never read or written.
      fs.rmSync(dir, { recursive: true });
      fs.mkdirSync(dir, { mode: 0o777 });
      fs.chmodSync(dir, 0o777);
      const open = once();
      assert.equal(open.stdout, direct.stdout);
      assert.deepEqual(fs.readdirSync(dir), [], 'nothing cached in a folder open to others');
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('a reader that stops early (| head) ends the command quietly', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [cli, 'annotate', ...['erbil-talks.news', 'geneva-climate.news', 'kyiv-ceasefire.article'].map(fixture), '--format', 'jsonl'], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error/);
});

test("the JSON's optional fields appear where they apply: mod, inferred, unresolved, content, vague, anonymous, score, unnamed, through", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  const dated = path.join(dir, 'a.news');
  fs.writeFileSync(
    dated,
    '---\ndate: 2025-11-14\n---\nThe next round will be held in early October, officials said on Thursday. Critics say the deal is weak, ' +
      'according to people familiar with the talks. "We will not sign," the minister said. The economy will collapse within a year. ' +
      'The Minsk Protocol failed; a ceasefire agreement followed. The 2024-25 budget was cut.\n',
  );
  const undated = path.join(dir, 'b.news');
  fs.writeFileSync(undated, 'Talks resume next week.\n');
  const a = JSON.parse(run('annotate', dated, '--format', 'json').stdout);
  const find = (kind: string, text: string) => a.annotations.find((x: any) => x.kind === kind && x.text === text);
  assert.deepEqual(find('date', 'early October'), { kind: 'date', start: 56, end: 69, text: 'early October', type: 'DATE', value: '2026-10', mod: 'START', certain: false, inferred: ['year'] });
  assert.deepEqual(find('date', 'a year'), { kind: 'date', start: 246, end: 252, text: 'a year', type: 'DURATION', value: 'P1Y', certain: true });
  assert.equal(find('attribution', 'Critics say').vague, true);
  assert.equal(find('attribution', 'according to').anonymous, true);
  const said = a.annotations.filter((x: any) => x.kind === 'attribution' && x.text === 'said').find((x: any) => x.source?.text === 'the minister');
  assert.deepEqual(said.content, { start: 174, end: 193 });
  assert.equal(said.vague, undefined);
  assert.equal(said.anonymous, undefined);
  assert.equal(find('agreement', 'Minsk Protocol').unnamed, undefined);
  assert.deepEqual(find('date', '2024-25'), { kind: 'date', start: 317, end: 324, text: '2024-25', type: 'DATE', value: '2024', certain: true, through: '2025' });
  assert.deepEqual(find('agreement', 'a ceasefire agreement'), { kind: 'agreement', start: 281, end: 302, text: 'a ceasefire agreement', entity: null, antecedent: null, unnamed: true });
  for (const d of a.diagnostics) assert.ok(typeof d.score === 'number' && d.score >= 0 && d.score <= 1 && String(d.score).length <= 5, JSON.stringify(d));
  const b = JSON.parse(run('annotate', undated, '--format', 'json').stdout);
  assert.equal(b.annotations[0].unresolved, true);
  assert.deepEqual(b.diagnostics.map((d: any) => d.code), ['unresolved-date']);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('usage: no command prints the usage; each misuse exits 2 and says what is wrong; a folder is refused, the other files still run', () => {
  const bare = run();
  assert.equal(bare.status, 0);
  assert.match(bare.stdout, /annotate/);
  for (const [args, message] of [
    [['annotate', fixture('erbil-talks.news'), '--format'], /--format needs a value/],
    [['annotate', fixture('erbil-talks.news'), '--format', 'xml'], /--format must be text, json or jsonl/],
    [['annotate', fixture('erbil-talks.news'), '--reference-date', '2025-13-45'], /YYYY-MM-DD/],
    [['annotate', fixture('erbil-talks.news'), '--reference-date', '2025-02-30'], /YYYY-MM-DD/],
    [['export', fixture('erbil-talks.news'), '--out', os.tmpdir()], /export needs --format/],
    [['export', fixture('erbil-talks.news'), '--format', 'csv'], /export needs --out/],
  ] as [string[], RegExp][]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
  }
  // A folder with no article in it is named so, and the other files' output is kept.
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-empty-'));
  fs.writeFileSync(path.join(empty, 'notes.txt'), 'Not an article.');
  const r = run('annotate', empty, fixture('erbil-talks.news'), '--format', 'jsonl');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /is a folder with no \.news or \.article file in it/);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.match(lines[0].error, /is a folder with no/);
  assert.ok(lines[1].annotations.length > 0);
});

test('a folder stands for the articles in it and its subfolders, in order, hidden folders left out', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-folder-'));
  fs.mkdirSync(path.join(dir, 'b-week'));
  fs.mkdirSync(path.join(dir, '.drafts'));
  fs.writeFileSync(path.join(dir, 'z-last.news'), 'The minister spoke on 3 March 2025.');
  fs.writeFileSync(path.join(dir, 'b-week', 'a.article'), 'Talks resumed on 4 March 2025.');
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'Not an article: 5 March 2025.');
  fs.writeFileSync(path.join(dir, '.drafts', 'draft.news'), 'A draft of 6 March 2025.');
  const r = run('annotate', dir, '--format', 'jsonl');
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.trim().split('\n').map((l) => JSON.parse(l).file);
  assert.deepEqual(files, [path.join(dir, 'b-week', 'a.article'), path.join(dir, 'z-last.news')]);
});

test('a file in Latin-1 (Windows-1252) is read as such; bytes that are no UTF-8 in a UTF-8 file are still U+FFFD', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  const latin1 = path.join(dir, 'latin1.news');
  // "é", "ç", "ü" and Windows' curly quotes, one byte each.
  fs.writeFileSync(latin1, Buffer.concat([Buffer.from('The ceasefire will hold, according to Fran'), Buffer.from([0xe7]), Buffer.from('ois M'), Buffer.from([0xfc]), Buffer.from('ller, who called it '), Buffer.from([0x93]), Buffer.from('a fragile start'), Buffer.from([0x94]), Buffer.from('.\n')]));
  const r = run('annotate', latin1, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /not valid UTF-8: read as Windows-1252/);
  const out = JSON.parse(r.stdout);
  const source = out.annotations.find((a: any) => a.kind === 'attribution' && a.text === 'according to')?.source?.text;
  assert.equal(source, 'Fran\u00e7ois M\u00fcller');
  assert.ok(!JSON.stringify(out).includes('\ufffd'));
  // A UTF-8 file with one stray byte is UTF-8 with damage, not Latin-1: its "é" stays "é".
  const mixed = path.join(dir, 'mixed.news');
  fs.writeFileSync(mixed, Buffer.concat([Buffer.from('Caf\u00e9 talks resumed in Gen'), Buffer.from([0xe8]), Buffer.from('ve on Monday.\n')]));
  const m = run('annotate', mixed, '--format', 'json');
  assert.match(m.stderr, /read as "\ufffd"/);
  assert.doesNotMatch(m.stderr, /Windows-1252/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('--max-size takes a number of bytes; a file or standard input over it is refused in sizes a reader takes in', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  const big = path.join(dir, 'big.news');
  fs.writeFileSync(big, 'The talks resumed on Monday. '.repeat(80));
  for (const bad of ['abc', '0', '-5', '']) {
    const r = run('annotate', big, '--max-size', bad);
    assert.equal(r.status, 2, bad);
    assert.match(r.stderr, /--max-size must be a number of bytes/, bad);
  }
  const r = run('annotate', big, '--max-size', '1000', '--format', 'jsonl');
  assert.equal(r.status, 1);
  assert.match(JSON.parse(r.stdout).error, /^is 2\.3 KB, over the limit of 1000 bytes \(--max-size\)$/);
  const stdin = spawnSync(process.execPath, [cli, 'annotate', '-', '--max-size', '10'], { cwd: root, input: 'The talks resumed on Monday in Geneva.\n', encoding: 'utf8' });
  assert.equal(stdin.status, 1);
  assert.match(stdin.stderr, /-: is 39 bytes, over the limit of 10 bytes \(--max-size\)/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('an empty file, or one of only front matter, is reported as such: a note, its (empty) report, exit 0', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  const empty = path.join(dir, 'empty.news');
  fs.writeFileSync(empty, '');
  const fm = path.join(dir, 'front.md');
  fs.writeFileSync(fm, '---\ntitle: Talks\ndate: 2025-11-13\n---\n');
  for (const [file, note] of [[empty, /empty\.news: note: it is empty; there is no article text/], [fm, /front\.md: note: it holds only front matter/]] as [string, RegExp][]) {
    const r = run('check', file, '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, note);
    assert.deepEqual(JSON.parse(r.stdout).diagnostics, []);
  }
  assert.equal(run('check', fixture('erbil-talks.news'), '--format', 'json').stderr, '');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('"--" ends the options, so a file may start with "-"; a loop of symbolic links is said in words', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cli-'));
  fs.copyFileSync(fixture('erbil-talks.news'), path.join(dir, '-draft.news'));
  const r = spawnSync(process.execPath, [cli, 'annotate', '--format', 'jsonl', '--', '-draft.news'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.file, '-draft.news');
  assert.ok(out.annotations.length > 0);
  fs.symlinkSync(path.join(dir, 'b'), path.join(dir, 'a'));
  fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'b'));
  const loop = run('annotate', path.join(dir, 'a'), fixture('erbil-talks.news'), '--format', 'jsonl');
  assert.equal(loop.status, 1);
  assert.match(loop.stderr, /a: its symbolic links go round in a loop/);
  assert.equal(loop.stdout.trim().split('\n').length, 2, 'the next file is still annotated');
  fs.rmSync(dir, { recursive: true, force: true });
});
