// sortShort and sortByStart order exactly as Array.prototype.sort does (stable), on short and long lists with many ties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstStartingFrom, lowerBound, overlapsSorted, removeWhere, sortByStart, sortShort, pushAll, withinSorted, Unmarked } from '../../server/src/analysis/order';

test('sortShort gives the order Array.prototype.sort gives, ties included', () => {
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % 6;
  const cmp = (a: { k: number }, b: { k: number }) => a.k - b.k;
  for (let n = 0; n <= 40; n++) {
    for (let round = 0; round < 20; round++) {
      const list = Array.from({ length: n }, (_, id) => ({ k: next(), id }));
      const expected = [...list].sort(cmp).map((x) => x.id);
      const same = sortShort(list, cmp);
      assert.equal(same, list, 'sorted in place');
      assert.deepEqual(list.map((x) => x.id), expected, `n=${n}`);
    }
  }
});

test('sortByStart gives the order Array.prototype.sort gives by start, on lists made of sorted runs and on random ones', () => {
  let seed = 11;
  const next = (m: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % m;
  for (let n = 0; n <= 60; n++) {
    for (let round = 0; round < 20; round++) {
      // A few ascending runs (as the earlier mentions are), or no order at all; starts repeat, so ties are many.
      const runs = round % 2 ? 1 + next(4) : n;
      const list = Array.from({ length: n }, (_, id) => ({ start: (id % Math.max(1, Math.ceil(n / runs))) + next(3), id }));
      const expected = [...list].sort((a, b) => a.start - b.start).map((x) => x.id);
      const same = sortByStart(list);
      assert.equal(same, list, 'sorted in place');
      assert.deepEqual(list.map((x) => x.id), expected, `n=${n} round=${round}`);
    }
  }
});

test('lowerBound and firstStartingFrom find the first entry not below x', () => {
  const xs = [1, 3, 3, 7];
  for (let x = 0; x <= 8; x++) {
    const expected = xs.findIndex((v) => v >= x);
    assert.equal(lowerBound(xs, x), expected < 0 ? xs.length : expected, `x=${x}`);
    assert.equal(firstStartingFrom(xs.map((start) => ({ start })), x), expected < 0 ? xs.length : expected, `x=${x}`);
  }
  assert.equal(lowerBound([], 5), 0);
});

test('pushAll appends every item in order, short lists and ones too long for a spread', () => {
  for (const n of [0, 1, 8191, 8192, 8193, 300_000]) {
    const items = Array.from({ length: n }, (_, k) => k);
    const out = [-1];
    pushAll(out, items);
    assert.equal(out.length, n + 1);
    assert.ok(out.every((x, k) => x === k - 1));
  }
});

test('removeWhere drops, in place and in order, what a splice from the end dropped', () => {
  for (const n of [0, 1, 2, 7, 100]) {
    const list = Array.from({ length: n }, (_, k) => ({ k, inner: k % 3 === 1 || k % 7 === 0 }));
    const expected = [...list];
    for (let k = expected.length - 1; k >= 0; k--) if (expected[k].inner) expected.splice(k, 1);
    const seen: number[] = [];
    removeWhere(list, (x) => (seen.push(x.k), x.inner));
    assert.deepEqual(list, expected, `n=${n}`);
    assert.deepEqual(seen, Array.from({ length: n }, (_, k) => k), 'each item asked once, in order');
  }
});

test('overlapsSorted and withinSorted answer as a look through all the spans does', () => {
  const spans = [{ start: 2, end: 5 }, { start: 5, end: 6 }, { start: 9, end: 14 }, { start: 20, end: 21 }];
  for (let start = 0; start < 24; start++) {
    for (let end = start + 1; end < 25; end++) {
      assert.equal(overlapsSorted(spans, start, end), spans.some((l) => start < l.end && end > l.start), `overlaps [${start}, ${end})`);
      assert.equal(withinSorted(spans, start, end), spans.some((l) => l.start <= start && end <= l.end), `within [${start}, ${end})`);
    }
  }
  assert.equal(overlapsSorted([], 0, 10), false);
  assert.equal(withinSorted([], 0, 10), false);
});

test('Unmarked: next skips the indexes struck off, up to n', () => {
  const u = new Unmarked(6);
  assert.equal(u.next(0), 0);
  for (const k of [1, 2, 4]) u.strike(k);
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((k) => u.next(k)), [0, 3, 3, 3, 5, 5, 6]);
  u.strike(3);
  u.strike(5);
  assert.equal(u.next(1), 6);
  assert.equal(u.next(0), 0);
});
