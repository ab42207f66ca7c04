// The core on any input: it never throws, never hangs on pathological text, and every annotation's
// offsets point at its text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';
import type { ArticleModel } from '../../server/src/analysis/types';

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

test('front matter: a BOM is allowed and broken YAML still analyses the body', () => {
  const m = analyze('---\ndate: [unclosed\n---\nOn Thursday 13 November 2025 they met.', { gazetteer });
  assert.ok(m.frontMatter?.error, 'the YAML error is reported');
  assert.ok(m.dates.some((d) => d.value === '2025-11-13'));
  const b = analyze('\ufeff---\ndate: 2025-11-14\n---\nThey met on Thursday.', { gazetteer });
  assert.equal(b.referenceDate, '2025-11-14');
});
