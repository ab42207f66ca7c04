// The command's narrow bundle cuts each Unicode class of its regexes to the alphabet most articles are written in
// (server/src/cli/narrow.ts). On any text of that alphabet a cut pattern must find exactly what the whole one finds,
// with or without the i flag; a run whose inputs go beyond it is handed to the full bundle, with the same output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { NARROW_ALPHABET, caseMatesOfAlphabet, narrowClass, narrowPattern, outsidePattern } from '../../server/src/cli/narrow';

const NAMES = ['L', 'Lu', 'Ll', 'N', 'M', 'P', 'Nd'];
const caseMates = caseMatesOfAlphabet();
const classes: Record<string, string> = {};
for (const n of NAMES) {
  classes[n] = narrowClass(n, false, caseMates)!;
  classes[`^${n}`] = narrowClass(n, true, caseMates)!;
}

test('the alphabet takes the Latin scripts, punctuation, symbols and emoji, and leaves other scripts out', () => {
  const outside = new RegExp(outsidePattern(), 'u');
  for (const fits of ['Erdoğan', 'Łukasz Dvořák', 'Nicușor', '“quoted” — and…', '€12 ₹40 ™ → ±', 'café', '✔ 😀 👍🏽', '\u200b\ufeff']) assert.ok(!outside.test(fits), fits);
  for (const beyond of ['Москва', 'Αθήνα', 'القاهرة', '北京', 'ℵ\u05d0'.slice(1), '\ufffd']) assert.ok(outside.test(beyond), beyond);
  assert.ok(caseMates.includes(0x1e9e) && caseMates.includes(0x39c), 'the capital sharp s for ß, the Greek capital mu for µ');
  assert.ok(NARROW_ALPHABET.every(([a, b]) => a <= b));
});

test('a class is cut where it stands: a class of its own outside brackets, ranges inside; escapes are read as such', () => {
  const cut = narrowPattern('\\p{Lu}[\\p{L}\'-]+\\\\p{L}[^\\p{N}]\\P{L}', classes);
  assert.equal(cut, `[${classes.Lu}][${classes.L}'-]+\\\\p{L}[^${classes.N}][${classes['^L']}]`);
  assert.equal(narrowPattern('\\p{Script=Greek}x', classes), '\\p{Script=Greek}x', 'a class the tables lack stays');
  assert.equal(narrowPattern('[\\]\\p{L}]', classes), `[\\]${classes.L}]`, 'an escaped bracket does not close the class');
});

/** Characters to test on: each script the alphabet holds, its case pairs and the letters with odd case rules. */
const INTERESTING = [...'aZé ÿßµſkK\u212a\u212bÅåĞğİıŁłŒœǅǈșȘ0²½.,-—’“\u0301\u0300\u200b\ue001🙂👍🏽✔€™→\u00a0\t\n'];
const subject = fc.array(fc.constantFrom(...INTERESTING), { maxLength: 12 }).map((a) => a.join(''));
const atom = fc.constantFrom('\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{N}', '\\p{M}', '\\p{P}', '\\P{L}', '\\P{Lu}', '[\\p{L}\\p{M}]', "[\\p{Lu}'.-]", '[^\\p{L}\\d]', '[^\\p{Ll}]', 'a', 'ß', 'k', '\\s', '.');
const pattern = fc.array(fc.tuple(atom, fc.constantFrom('', '+', '?', '{0,2}')), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([a, q]) => a + q).join(''));

test('on any text of the alphabet, a cut pattern finds what the whole one finds, with or without the i flag', () => {
  fc.assert(
    fc.property(pattern, subject, fc.constantFrom('u', 'iu', 'gu', 'giu'), (source, text, flags) => {
      const whole = [...text.matchAll(new RegExp(source, flags.includes('g') ? flags : `g${flags}`))].map((m) => `${m.index}:${m[0]}`);
      const cut = [...text.matchAll(new RegExp(narrowPattern(source, classes), flags.includes('g') ? flags : `g${flags}`))].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(cut, whole, `${source} /${flags} on ${JSON.stringify(text)}`);
    }),
    { numRuns: 3000, seed: 44 },
  );
});

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'policy-lens.js');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, POLICY_LENS_NO_DAEMON: '1', POLICY_LENS_NO_CACHE: '1', ...env } });

test('the command gives the same output from the narrow bundle as from the full one, and hands it texts beyond the alphabet', () => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'cli-narrow.js')), 'the build writes the narrow bundle');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-narrow-'));
  try {
    const files: string[] = [];
    const write = (name: string, body: string) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, `---\ndate: 2025-11-14\n---\n${body}\n`);
      files.push(f);
    };
    write('latin.news', 'ANKARA, Nov. 13 (Reuters) — Turkish President Tayyip Erdoğan said on Thursday that Łukasz Kowalski, Poland’s envoy, would visit Nicușor Dan in Bucharest “next week”. Critics say the talks will inevitably fail.');
    write('accents.news', 'The ministry of José Álvarez said on Monday that prices rose 3% in Q3 — the fastest pace since 2019. Ólafur Ragnar Grímsson said nothing. 👍🏽');
    write('cyrillic.news', 'Президент Владимир Путин said on Friday that talks with Ердоган would resume in Сочи next month. The Kremlin said so.');
    write('greek.news', 'Greek Prime Minister Κυριάκος Μητσοτάκης said on Wednesday the budget would pass. Analysts say growth will inevitably slow.');
    const fixtures = fs.readdirSync(path.join(ROOT, 'test', 'fixtures')).filter((f) => /\.(news|article)$/.test(f)).map((f) => path.join(ROOT, 'test', 'fixtures', f));
    for (const f of [...files, ...fixtures]) {
      const narrow = run(['annotate', '--format', 'json', f]);
      const full = run(['annotate', '--format', 'json', f], { POLICY_LENS_NO_NARROW: '1' });
      assert.equal(narrow.status, full.status, f);
      assert.equal(narrow.stdout, full.stdout, f);
      assert.equal(narrow.stderr, full.stderr, f);
    }
    // Several articles at once, some beyond the alphabet: the full bundle takes the whole run.
    const both = run(['check', '--format', 'jsonl', ...files]);
    assert.equal(both.stdout, run(['check', '--format', 'jsonl', ...files], { POLICY_LENS_NO_NARROW: '1' }).stdout);
    // Standard input, which only one bundle can read, goes to the full bundle whole.
    const piped = spawnSync(process.execPath, [CLI, 'annotate', '--format', 'json', '-'], { input: fs.readFileSync(files[0]), encoding: 'utf8', env: { ...process.env, POLICY_LENS_NO_DAEMON: '1' } });
    assert.equal(piped.status, 0);
    assert.match(piped.stdout, /Erdo\u011fan/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
