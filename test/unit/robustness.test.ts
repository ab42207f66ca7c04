// The core on any input: it never throws, never hangs on pathological text, and every annotation's
// offsets point at its text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';
import type { ArticleModel } from '../../server/src/analysis/types';
import { ADVERSARIAL_CASES } from '../../bench/sample';

const gazetteer = createGazetteer(builtinGlossary());

function assertWellFormed(model: ArticleModel): void {
  const { text } = model;
  for (const list of [model.dates, model.actors, model.agreements, model.attributions]) {
    let prevEnd = -1;
    let prevStart = -1;
    for (const a of list) {
      assert.ok(a.start >= 0 && a.end <= text.length && a.start < a.end, `${a.kind} span in range`);
      assert.equal(a.text, text.slice(a.start, a.end));
      assert.ok(a.start >= prevStart, `${a.kind} sorted`);
      assert.ok(a.start >= prevEnd, `${a.kind} annotations do not overlap`);
      prevStart = a.start;
      prevEnd = a.end;
    }
  }
  for (const f of model.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
}

const words = ['Thursday', 'May', 'may', 'the', 'agreement', 'said', '"', '“', '”', 'U.S.', 'Iraq', "'s", '2008', '1990s',
  'early', 'October', 'according to', 'Treaty', 'of', 'the end of', '(', ')', 'ISIS', '.', ',', ' ', '\n', '\n\n', '---',
  'date:', '\u0000', '\ud800', '😀', 'é', '\u202e', '\t', '$300 billion', 'a year', 'will', 'Prime Minister', 'Mr.'];

test('random news-like text never breaks the core', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 200 }), fc.option(fc.constantFrom('2025-11-14', '1998-02-28')), (parts, ref) => {
      const text = parts.join(' ');
      assertWellFormed(analyze(text, { gazetteer, referenceDate: ref ?? undefined }));
    }),
    { numRuns: 300 },
  );
});

test('arbitrary unicode never breaks the core', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => assertWellFormed(analyze(text, { gazetteer }))), { numRuns: 200 });
});

test('pathological inputs finish and stay well formed', () => {
  const cases = [
    'may '.repeat(20000),
    'last day of '.repeat(5000),
    'x'.repeat(300_000),
    '"'.repeat(50_000),
    '(' .repeat(50_000),
    'The Treaty of '.repeat(5000),
    'U.S. '.repeat(20000),
    `---\n${'a: ['.repeat(2000)}\n---\nbody`,
    '---\ndate: [unclosed\n---\nThey met on Thursday.',
    '\ufeff---\ndate: 2025-11-14\n---\nThey met on Thursday.',
    'A'.repeat(10) + '\n'.repeat(100_000) + 'end',
  ];
  for (const text of cases) assertWellFormed(analyze(text, { gazetteer }));
});

// Inputs that once made a pass read back to the line's, paragraph's or document's start from every word, so that
// time grew with the square of the text (a megabyte of any of them took from a minute to hours), or that overflowed
// the stack and lost a stage's annotations. Read in linear time, each takes under a second. They run in a child
// process with a deadline, since a test's own timeout cannot stop a loop that never yields. The deadline is only a
// guard against a pass that never ends: all of them take ~25 s on the test machine, and over 60 s when it runs other
// jobs beside. How long each takes against an article of its size is `npm run bench`'s check (CI fails on one that
// takes over 8 times as long).
test('adversarial inputs are read in linear time and lose nothing', () => {
  const script = `
    const { analyze } = require(${JSON.stringify(require.resolve('../../server/src/analysis/analyze'))});
    const { createGazetteer } = require(${JSON.stringify(require.resolve('../../server/src/analysis/gazetteer'))});
    const { builtinGlossary } = require(${JSON.stringify(require.resolve('../../server/src/glossary'))});
    const { ADVERSARIAL_CASES, adversarialText } = require(${JSON.stringify(require.resolve('../../bench/sample'))});
    const gazetteer = createGazetteer(builtinGlossary());
    for (const c of ADVERSARIAL_CASES) {
      const m = analyze(adversarialText(c, 1e6), { gazetteer, referenceDate: '2025-11-14' });
      process.stdout.write(JSON.stringify({ name: c.name, dates: m.dates.length, actors: m.actors.length }) + '\\n');
    }`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 600_000 });
  assert.equal(run.signal, null, `analysis stopped after 10 minutes; finished: ${run.stdout}`);
  assert.equal(run.status, 0, run.stderr);
  const counts = new Map(run.stdout.trim().split('\n').map((line) => JSON.parse(line)).map((c) => [c.name, c]));
  assert.equal(counts.size, ADVERSARIAL_CASES.length);
  // Nothing is lost on the way: a chain of capitals and a paragraph of 333,333 actors once overflowed the stack,
  // which cost the article all its actors.
  assert.ok(counts.get('"Moscow and "').actors > 80_000, 'every Moscow is an actor');
  assert.ok(counts.get('"UN "').actors > 300_000, 'every UN is an actor');
  assert.ok(counts.get('"2020, "').dates > 100_000, 'every 2020 is a date');
});

test('front matter: a BOM is allowed and broken YAML still analyses the body', () => {
  const m = analyze('---\ndate: [unclosed\n---\nOn Thursday 13 November 2025 they met.', { gazetteer });
  assert.ok(m.frontMatter?.error, 'the YAML error is reported');
  // ... to the reader too, on the front matter's first line.
  const f = m.findings.find((x) => x.code === 'front-matter');
  assert.ok(f && f.severity === 'warning' && /could not be read/.test(f.message), JSON.stringify(m.findings));
  assert.equal(f.start, 4);
  assert.ok(m.dates.some((d) => d.value === '2025-11-13'));
  const b = analyze('\ufeff---\ndate: 2025-11-14\n---\nThey met on Thursday.', { gazetteer });
  assert.equal(b.referenceDate, '2025-11-14');
});
