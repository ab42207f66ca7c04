// The one UTF-16 <-> line/character conversion point, and UTF-16 -> code points for brat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodePointIndex, LineIndex } from '../../server/src/analysis/positions';

test('positions count UTF-16 code units per line, across LF, CRLF and CR line ends', () => {
  const text = 'a😀b\r\nsecond\rthird\nlast';
  const li = new LineIndex(text);
  assert.equal(li.lineCount, 4);
  assert.deepEqual(li.positionAt(3), { line: 0, character: 3 }, 'the emoji is two code units');
  assert.deepEqual(li.positionAt(text.indexOf('second')), { line: 1, character: 0 });
  assert.deepEqual(li.positionAt(text.indexOf('third')), { line: 2, character: 0 });
  assert.deepEqual(li.positionAt(text.length), { line: 3, character: 4 });
  assert.equal(li.offsetAt({ line: 0, character: 99 }), 4, 'clamped to the end of the line, before CRLF');
  assert.equal(li.offsetAt({ line: 99, character: 0 }), text.length);
  assert.equal(li.offsetAt({ line: -1, character: 5 }), 0);
});

test('offsetAt inverts positionAt for every offset of any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', '😀', 'é', ' ') }), (text) => {
      const li = new LineIndex(text);
      for (let o = 0; o <= text.length; o++) {
        // An offset between \r and \n is not a position an editor can name; skip it.
        if (text[o - 1] === '\r' && text[o] === '\n') continue;
        assert.equal(li.offsetAt(li.positionAt(o)), o);
      }
    }),
  );
});

test('lines start where a plain reading of LF, CRLF and lone CR says, in any text', () => {
  // The index finds line ends with indexOf; this is the character-by-character reading it must agree with.
  const lineOf = (text: string, o: number): number => {
    let line = 0;
    for (let i = 0; i < o; i++) {
      if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) line++;
    }
    return line;
  };
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', '\r\n', ' ') }), (text) => {
      const li = new LineIndex(text);
      for (let o = 0; o <= text.length; o++) {
        if (text[o - 1] === '\r' && text[o] === '\n') continue;
        assert.equal(li.positionAt(o).line, lineOf(text, o), JSON.stringify(text) + ' at ' + o);
      }
    }),
  );
});

test('code-point offsets count astral characters once', () => {
  const text = 'x😀y😀z';
  const cp = new CodePointIndex(text);
  assert.equal(cp.toCodePoints(0), 0);
  assert.equal(cp.toCodePoints(3), 2, 'after the first emoji');
  assert.equal(cp.toCodePoints(text.length), [...text].length);
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '😀', 'é', '\n') }), (t) => {
      const idx = new CodePointIndex(t);
      assert.equal(idx.toCodePoints(t.length), [...t].length);
    }),
  );
});
