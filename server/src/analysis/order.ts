// Sorting and searching the core's ordered lists. Sorting: the many short lists (a paragraph's candidates, a
// sentence's masks, a chunk's dates).
// Array.prototype.sort allocates a work area and pays a fixed entry cost on every call; for a handful of
// elements an insertion sort in place does the same job with neither. Both are stable, so for a comparator
// that is a consistent order both give the same result.

/** How long a list is sorted by insertion; longer ones go to Array.prototype.sort. */
const SHORT = 24;

/** Sorts list in place (stably) by cmp and returns it, as list.sort(cmp) does. */
export function sortShort<T>(list: T[], cmp: (a: T, b: T) => number): T[] {
  const n = list.length;
  if (n > SHORT) return list.sort(cmp);
  for (let i = 1; i < n; i++) {
    const x = list[i];
    let j = i - 1;
    while (j >= 0 && cmp(list[j], x) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}

/**
 * Sorts list by start, in place and stably (the order of list.sort((a, b) => a.start - b.start)) and returns it. A
 * merge of the runs already in order, comparing starts inline: for lists made of a few sorted runs (an actor's earlier
 * mentions), where a comparator's call for each comparison cost ~30 µs a paragraph (20 ms of a cold run on 1 MB).
 */
export function sortByStart<T extends { start: number }>(list: T[]): T[] {
  const n = list.length;
  // The ends of the runs: bounds[r] to bounds[r + 1] is one.
  let bounds = [0];
  for (let i = 1; i < n; i++) if (list[i].start < list[i - 1].start) bounds.push(i);
  if (bounds.length === 1) return list;
  bounds.push(n);
  let src = list;
  let dst: T[] = new Array<T>(n);
  while (bounds.length > 2) {
    // Each pair of runs merged into one (an odd last run copied), ties taken from the first.
    const merged = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r];
      const mid = bounds[r + 1];
      const hi = r + 2 < bounds.length ? bounds[r + 2] : mid;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) dst[k++] = src[j].start < src[i].start ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
      merged.push(hi);
    }
    bounds = merged;
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== list) for (let k = 0; k < n; k++) list[k] = src[k];
  return list;
}

/** Index of the first value >= x in an ascending array (xs.length when none). */
export function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item starting at or after x in a list sorted by start (list.length when none). */
export function firstStartingFrom(list: readonly { start: number }[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether [start, end) overlaps one of spans, sorted by start and not overlapping one another (so also sorted by end):
 * a binary search for the last that starts before `end`, where a look through them all, for every mention of a text
 * with thousands of spans, was quadratic.
 */
export function overlapsSorted(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const k = firstStartingFrom(spans, end) - 1;
  return k >= 0 && spans[k].end > start;
}

/** Whether [start, end) lies within one of spans, sorted by start and not overlapping one another (as overlapsSorted). */
export function withinSorted(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const k = firstStartingFrom(spans, start + 1) - 1;
  return k >= 0 && spans[k].end >= end;
}

/**
 * Appends items to out. `out.push(...items)` passes each item as an argument, so past ~100k of them the stack
 * overflows; it is still the fastest way for short lists (one builtin call, even before the engine optimises), so
 * long lists go in slices of that kind.
 */
export function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k += PUSH_SLICE) out.push(...(k === 0 && items.length <= PUSH_SLICE ? items : items.slice(k, k + PUSH_SLICE)));
}
const PUSH_SLICE = 8192;

/**
 * Removes from list, in place and in one pass, the items for which drop holds (called on each in order). A splice per
 * item would move the rest of the list each time: quadratic on a list of many to drop.
 */
export function removeWhere<T>(list: T[], drop: (x: T) => boolean): void {
  let kept = 0;
  for (let k = 0; k < list.length; k++) if (!drop(list[k])) list[kept++] = list[k];
  list.length = kept;
}

/**
 * The indexes 0 .. n-1, each of which can be struck off once: next(k) is the first not struck off at or after k (n
 * when none is). Amortised almost constant (a union-find with path halving), so that visiting the unmarked indexes of
 * many overlapping ranges, striking each off, costs about the number of indexes, not the sum of the ranges.
 */
export class Unmarked {
  private readonly up: Int32Array;
  constructor(n: number) {
    this.up = new Int32Array(n + 1);
    for (let k = 0; k <= n; k++) this.up[k] = k;
  }
  next(k: number): number {
    const up = this.up;
    while (up[k] !== k) {
      up[k] = up[up[k]];
      k = up[k];
    }
    return k;
  }
  strike(k: number): void {
    this.up[k] = k + 1;
  }
}

/** Adds value to the list of key in a map of lists (making the list on the key's first value). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Two ascending lists of numbers as one ascending list (either, as it is, when the other is empty). */
export function mergeSortedOffsets(a: number[], b: number[]): number[] {
  if (!b.length) return a;
  if (!a.length) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
}
