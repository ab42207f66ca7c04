// The character tests answer exactly what the regexes they replace answer, for every UTF-16 code unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { wordRunEnd } from '../../server/src/analysis/sourceAfter';
import { firstWordOf, hasLineBreak, isAsciiLetterCode, isAsciiLowerCode, isAsciiUpperCode, isDigitCode, isSpaceAt, isSpaceCode, isWordCode, lastIndexWithin, nextMatch } from '../../server/src/analysis/chars';

const cases: [string, (c: number) => boolean, RegExp][] = [
  ['isSpaceCode', isSpaceCode, /\s/],
  ['isAsciiLetterCode', isAsciiLetterCode, /[A-Za-z]/],
  ['isAsciiLowerCode', isAsciiLowerCode, /[a-z]/],
  ['isAsciiUpperCode', isAsciiUpperCode, /[A-Z]/],
  ['isDigitCode', isDigitCode, /\d/],
  ['isWordCode', isWordCode, /\w/],
];

for (const [name, fn, re] of cases) {
  test(`${name} agrees with ${re} on every code unit`, () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (fn(c) !== re.test(String.fromCharCode(c))) assert.fail(`${name}(U+${c.toString(16).padStart(4, '0')}) = ${fn(c)}`);
    }
  });
}

test("isWordCode is false for codeAt's -1 outside a string and for code points past one unit", () => {
  assert.equal(isWordCode(-1), false);
  assert.equal(isWordCode(0x10000 + 97), false);
});

test('hasLineBreak answers as a slice of the text that includes a line break', () => {
  assert.equal(hasLineBreak('a\nb', 0, 3), true);
  assert.equal(hasLineBreak('a\nb', 2, 3), false);
  assert.equal(hasLineBreak('a\nb', 3, 1), false);
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\u2019') }), fc.nat(12), fc.nat(12), (s, from, to) => hasLineBreak(s, from, to) === s.slice(from, to).includes('\n')));
});

test('firstWordOf is the text before the first space, or all of it', () => {
  assert.equal(firstWordOf('under WTO rules'), 'under');
  assert.equal(firstWordOf('officials'), 'officials');
  assert.equal(firstWordOf(''), '');
  assert.equal(firstWordOf(' leading'), '');
  fc.assert(fc.property(fc.string(), (s) => firstWordOf(s) === s.split(' ')[0]));
});

test('isSpaceAt is false outside the string', () => {
  assert.equal(isSpaceAt('a b', 1), true);
  assert.equal(isSpaceAt('a b', 0), false);
  assert.equal(isSpaceAt('a b', -1), false);
  assert.equal(isSpaceAt('a b', 3), false);
});

test('gapEnd answers what the sentence-end regexes answer', async () => {
  const { gapEnd } = await import('../../server/src/analysis/actorContext');
  const expected = (gap: string) =>
    /\n/.test(gap) ? 1 : /[!?:]["'\u201d\u2019)]?\s*$/.test(gap) ? 2 : /\.["'\u201d\u2019)]?\s+$/.test(gap) ? 3 : 0;
  const parts = ['', ' ', '  ', '.', '!', '?', ':', '"', "'", '\u201d', '\u2019', ')', '\n', '\u00a0', ',', 'x'];
  // Every gap of up to four parts, placed between two words.
  const gaps = new Set<string>(['']);
  for (let n = 0; n < 4; n++) for (const g of [...gaps]) for (const p of parts) gaps.add(g + p);
  for (const gap of gaps) {
    const text = `ab${gap}cd`;
    assert.equal(gapEnd(text, 2, 2 + gap.length), expected(gap), JSON.stringify(gap));
  }
});

test('joinable answers what its gap regex answers', async () => {
  const { joinable } = await import('../../server/src/analysis/gazetteer');
  // (" \u00a0\u00a0" and longer: a soft break before a continued line's marks, as unwrapText writes it.)
  const re = /^(?:[ \u00a0]{1,2}|\r?\n|[-\u2010\u2011'\u2019]|\. | \u00a0{2,8})$/;
  const parts = [' ', '\u00a0', '\r', '\n', '-', '\u2010', '\u2011', "'", '\u2019', '.', ',', 'x'];
  const gaps = new Set<string>(['']);
  for (let n = 0; n < 3; n++) for (const g of [...gaps]) for (const p of parts) gaps.add(g + p);
  for (const gap of gaps) {
    const text = `ab${gap}cd`;
    const a = { start: 0, end: 2, text: 'ab', key: 'ab' };
    const b = { start: 2 + gap.length, end: 4 + gap.length, text: 'cd', key: 'cd' };
    assert.equal(joinable(text, a, b), gap.length === 0 || re.test(gap), JSON.stringify(gap));
  }
});

test('skipBlanks and backOverBlanks stop at the first non-blank and at their bounds', async () => {
  const { backOverBlanks, codeAt, skipBlanks } = await import('../../server/src/analysis/chars');
  const s = 'a \t\u00a0b  ';
  assert.equal(skipBlanks(s, 1), 4);
  assert.equal(skipBlanks(s, 1, 3), 3);
  assert.equal(skipBlanks(s, 5), s.length);
  assert.equal(backOverBlanks(s, s.length), 5);
  assert.equal(backOverBlanks(s, 4), 1);
  assert.equal(backOverBlanks(s, 4, 2), 2);
  assert.equal(codeAt(s, -1), -1);
  assert.equal(codeAt(s, s.length), -1);
  assert.equal(codeAt(s, 0), 97);
});

test('lastIndexWithin answers lastIndexOf where the match starts at the floor or after it, else -1', () => {
  const text = 'a -- b \u2014 c -- d (e) f';
  for (const needle of ['--', '\u2014', '(', 'x', 'f']) {
    for (let from = -1; from <= text.length + 1; from++) {
      for (let floor = 0; floor <= text.length; floor++) {
        const plain = text.lastIndexOf(needle, from);
        const want = from < 0 || plain < floor ? -1 : plain;
        assert.equal(lastIndexWithin(text, needle, from, floor), want, `${needle} from ${from} floor ${floor}`);
      }
    }
  }
});

test('nextMatch finds the next match inside a paragraph only, as a position in the whole text', () => {
  const text = 'No mark here.\n\nOne "here" and\n\nnone again';
  const re = /["'\u201c]/g;
  // Every paragraph, every start: the first mark at or after the start and before the paragraph's end, else its end.
  for (const [start, end] of [[0, 13], [15, 29], [31, text.length]]) {
    const own = text.slice(start, end);
    for (let from = start; from <= end + 1; from++) {
      let want = end;
      for (let i = from; i < end; i++) if ('"\'\u201c'.includes(text[i])) { want = i; break; }
      assert.equal(nextMatch(re, own, start, from), want, `paragraph ${start} from ${from}`);
    }
  }
});

test('wordRunEnd ends where the run-of-words regex it replaces ends', () => {
  const re = /^(?:[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*)(?:[ \u00a0]+[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*){0,14}/u;
  const odd = fc.constantFrom('a', 'Z', '9', '\u00e9', '\u4e2d', '\ud835\udc00', '\ud835', ' ', '\u00a0', "'", '\u2019', '.', '&', '-', ',', '"', '\n', '\t');
  const piece = fc.oneof({ arbitrary: fc.constantFrom('ab ', 'Xy-z ', "O'Neil\u00a0"), weight: 3 }, { arbitrary: odd, weight: 1 });
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 80, size: 'max' }), fc.nat(5), (parts, cut) => {
      const text = parts.join('');
      const end = Math.max(0, text.length - cut);
      const m = re.exec(text.slice(0, end));
      assert.equal(wordRunEnd(text, 0, end), m ? m[0].length : 0, JSON.stringify(text.slice(0, end)));
    }),
    { numRuns: 3000, seed: 21 },
  );
});

// testLong and execLong skip a regex on a subject shorter than two characters, so every pattern passed to them must fail
// on "" and on every single code unit (and carry no g or y flag, whose lastIndex a skipped test would leave alone);
// testShort looks the one character up, so its pattern must match exactly those characters.
test('every pattern given to testLong, execLong or testShort answers as they do on "" and one character', () => {
  const root = path.join(__dirname, '../../server/src/analysis');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const f of fs.readdirSync(dir)) {
      const p = path.join(dir, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(root);
  let calls = 0;
  // (A pattern's name is looked up in its own file first, then in the one file of the core that declares it.)
  const consts = new Map<string, string>();
  const global = new Map<string, string | null>();
  const uses: [string, string, string, string][] = [];
  for (const file of files) {
    const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      // (`const X = /.../` or, made on first use, `const X = lazyRegExp(() => /.../)`, passed as X().)
      const init = n.kind === ts.SyntaxKind.VariableDeclaration ? (n as ts.VariableDeclaration).initializer : undefined;
      const lazy = init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'lazyRegExp' && init.arguments.length === 1 && ts.isArrowFunction(init.arguments[0]) ? init.arguments[0].body : undefined;
      const lit = init && ts.isRegularExpressionLiteral(init) ? init : lazy && ts.isRegularExpressionLiteral(lazy) ? lazy : undefined;
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && lit) {
        consts.set(`${file}#${n.name.text}`, lit.text);
        global.set(n.name.text, global.has(n.name.text) ? null : lit.text);
      }
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && ['testLong', 'execLong', 'testShort'].includes(n.expression.text)) {
        const a = n.arguments[0];
        const where = `${path.basename(file)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
        // (testShort's third argument: the one-character strings its pattern matches, as a string literal.)
        const ones = n.expression.text === 'testShort' ? n.arguments[2] : undefined;
        if (ones && !ts.isStringLiteral(ones)) assert.fail(`${where}: testShort's characters are no string literal`);
        if (ts.isRegularExpressionLiteral(a)) uses.push([where, file, a.text, ones?.text ?? '']);
        else if (ts.isIdentifier(a)) uses.push([where, file, '@' + a.text, ones?.text ?? '']);
        else if (ts.isCallExpression(a) && ts.isIdentifier(a.expression) && !a.arguments.length) uses.push([where, file, '@' + a.expression.text, ones?.text ?? '']);
        else assert.fail(`${where}: the pattern is neither a literal nor a name`);
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  for (const [where, file, lit0, ones] of uses) {
    const lit = lit0.startsWith('@') ? consts.get(`${file}#${lit0.slice(1)}`) ?? global.get(lit0.slice(1)) : lit0;
    if (!lit) assert.fail(`${where}: ${lit0.slice(1)} is no regex literal of the core (or of more than one file)`);
    const re = new Function(`return ${lit};`)() as RegExp;
    assert.ok(!re.global && !re.sticky, `${where}: ${lit} has the g or y flag`);
    assert.ok(!re.test(''), `${where}: ${lit} matches ""`);
    for (let c = 0; c <= 0xffff; c++) if (re.test(String.fromCharCode(c)) !== ones.includes(String.fromCharCode(c))) assert.fail(`${where}: ${lit} on U+${c.toString(16)}`);
    calls++;
  }
  assert.ok(calls > 100, `only ${calls} calls found`);
});

test('webAddresses: the last text kept, each text answered as a fresh scan (texts alternating, equal but not the same string)', async () => {
  const { webAddresses, URL_RE } = await import('../../server/src/analysis/chars');
  // The definition: every match of URL_RE over the whole text.
  const expected = (text: string) => [...text.matchAll(new RegExp(URL_RE.source, 'g'))].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const texts = ['See https://a.org/2025/11/14 and www.b.org.', 'No address here.', 'www.c.org https://d.org/x', '', 'Again https://a.org'];
  for (let round = 0; round < 3; round++) {
    for (const t of [...texts, ...texts.map((x) => [...x].join(''))]) assert.deepEqual(webAddresses(t), expected(t), t);
    for (const t of texts) assert.deepEqual(webAddresses(t), webAddresses(t), t);
  }
});
