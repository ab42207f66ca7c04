// Front matter in the plain subset is read without the yaml library: it must read exactly as the library
// would, and leave everything else to the library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseFrontMatter, plainFrontMatter } from '../../server/src/analysis/frontMatter';

/** What parseFrontMatter keeps of the library's reading of a body: an object, or {} for anything else. */
function libraryData(body: string): Record<string, unknown> | 'throws' {
  try {
    const v: unknown = parse(body, { maxAliasCount: 50 });
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return 'throws';
  }
}

const KEYS = ['date', 'title', 'source', 'Date', 'y', 'yes', 'on', 'null', 'True', 'false', '__proto__', '_id', 'a-b', 'x1', '1x', 'policy-lens-disable'];
const VALUES = [
  '2025-11-14', 'Reuters', 'US and Iraqi officials hold security talks in Erbil', "it's", 'a "b" c', 'naïve café', 'İstanbul',
  'it\u2019s', '5%', '1_000', '0b101', 'nULL', 'Infinity', 'NaN', 'a, b; c (d) e/f & g + h! i?', 'x  y',
  '1e5', '1.5', '1.', '007', '0x1F', '0o17', 'true', 'False', 'NULL', 'Null', '~', '.5', '+5', '-5', '.inf',
  'x: y', 'a #b', 'a#b', 'ends:', '[a, b]', '{a: 1}', '- item', '&anchor', '*alias', '!tag', '|', '>', '@x', '`x',
  '%x', '?x', ',x', '"quoted"', "'single'", 'tab\there', 'cr\rhere', '2025-11-14 ', 'emoji \u{1F600}', 'U\u2028V',
];
const CHARS = [...'aZ9 -.:#\'",_%?!\t\u00e9\u2019\u00a0/&()[]{}*|>@`~'];

/** Mostly the characters of plain values, now and then one that is not. */
const PLAIN_CHARS = [...'aZk9 -.,\'\u00e9'];
const value = fc.oneof(
  fc.constantFrom(...VALUES),
  fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')),
  fc.array(fc.constantFrom(...PLAIN_CHARS), { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')),
);
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...KEYS), value).map(([k, v]) => `${k}: ${v}`) },
  // Few keys, so that bodies repeat one (the library refuses a repeated key).
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('date', 'title'), value).map(([k, v]) => `${k}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...KEYS), value).map(([k, v]) => `${k}:${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', '# a comment', '  indented: x', '- item', '%YAML 1.1', 'date:', 'title:   spaced  ', 'key: v # c', '\ttab: x') },
);
const body = fc.tuple(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([ls, nl, last]) => ls.join(nl) + (last && ls.length ? nl : ''));

test('a body the plain reader accepts reads exactly as the yaml library reads it', () => {
  let accepted = 0;
  fc.assert(
    fc.property(body, (b) => {
      const plain = plainFrontMatter(b);
      if (plain === undefined) return;
      accepted++;
      const lib = libraryData(b);
      assert.notEqual(lib, 'throws', `the library refuses ${JSON.stringify(b)}`);
      assert.deepEqual(plain, lib, JSON.stringify(b));
    }),
    { numRuns: 3000, seed: 20261128 },
  );
  // The property is about accepted bodies: make sure there are plenty of them.
  assert.ok(accepted > 300, `only ${accepted} bodies accepted`);
});

test('the plain reader takes the usual front matter and leaves the rest to the library', () => {
  assert.deepEqual(plainFrontMatter('title: US and Iraqi officials hold security talks in Erbil\r\ndate: 2025-11-14\n'), {
    title: 'US and Iraqi officials hold security talks in Erbil',
    date: '2025-11-14',
  });
  assert.deepEqual(plainFrontMatter(''), {});
  for (const b of ['date: 2025', 'tags: [a, b]', '# c\ndate: 2025-11-14', 'date: 2025-11-14\ndate: 2025-11-15', 'title: a\n  b', 'flag: true', 'title: "x"']) {
    assert.equal(plainFrontMatter(b), undefined, b);
  }
});

test('parseFrontMatter gives the same data either way, and a broken body still gives {} and a message', () => {
  for (const fm of ['date: 2025-11-14\ntitle: Talks', 'date: 2025-11-14 # the day\ntags: [a, b]', 'year: 2025', '']) {
    const model = parseFrontMatter(`---\n${fm}\n---\nBody.`);
    assert.ok(model);
    assert.deepEqual(model.data, libraryData(`${fm}\n`), fm);
    assert.equal(model.error, undefined);
  }
  const broken = parseFrontMatter('---\ndate: [2025\n---\nBody.');
  assert.ok(broken);
  assert.deepEqual(broken.data, {});
  assert.match(broken.error ?? '', /./);
});

test('a front matter of many thousand keys reads as the library reads it, repeated keys still an error', () => {
  const lines = Array.from({ length: 8000 }, (_, i) => `k${i}: "v${i}"`);
  const big = lines.join('\n');
  const fm = parseFrontMatter(`---\n${big}\ndate: 2025-11-14\n---\nBody.`)!;
  assert.deepEqual(fm.data, parse(`${big}\ndate: 2025-11-14`));
  assert.equal(fm.error, undefined);
  const repeated = parseFrontMatter(`---\n${big}\nk7: "again"\n---\nBody.`)!;
  assert.deepEqual(repeated.data, {});
  assert.match(repeated.error ?? '', /unique/);
});

test('a front matter longer than any article has is not read, with a message, and the body is still there', () => {
  const fm = parseFrontMatter(`---\ntags: [${'a, '.repeat(100_000)}b]\n---\nBody.`)!;
  assert.deepEqual(fm.data, {});
  assert.match(fm.error ?? '', /longer than 256 KB/);
  assert.ok(fm.end > 300_000);
});
