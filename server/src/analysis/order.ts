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
 * Appends items to out. `out.push(...items)` passes each item as an argument, so past ~100k of them the stack
 * overflows; it is still the fastest way for short lists (one builtin call, even before the engine optimises), so
 * long lists go in slices of that kind.
 */
export function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k += PUSH_SLICE) out.push(...(k === 0 && items.length <= PUSH_SLICE ? items : items.slice(k, k + PUSH_SLICE)));
}
const PUSH_SLICE = 8192;
