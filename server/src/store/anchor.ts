// Keeping tags on their text. Two situations:
//  - edits in the editor arrive as precise changes: shift the offsets (shiftTags), no guessing;
//  - the text changed elsewhere (another editor, git, a script): find the quote again (reanchor), first
//    exactly (the occurrence whose context fits best), then by its prefix and suffix, then approximately.
// A tag that cannot be found becomes an orphan; it is never dropped.
import { type Tag, refreshQuote } from './model';

/** One replacement of text[start, end) by `length` new characters (offsets before the change). */
export interface OffsetChange {
  start: number;
  end: number;
  length: number;
}

/**
 * Moves a tag's offsets through one change. Edits inside a tag grow or shrink it, edits before shift it,
 * edits after leave it alone; an insertion exactly at either boundary stays outside. Returns false when the
 * change removed the whole tagged text (the caller re-anchors or orphans it).
 */
export function shiftTag(tag: Tag, c: OffsetChange): boolean {
  if (tag.orphan) return true;
  const delta = c.length - (c.end - c.start);
  if (c.start >= tag.end) return true; // after (an insertion right after the tag stays outside)
  if (c.end <= tag.start) {
    tag.start += delta;
    tag.end += delta;
    return true;
  }
  if (c.start <= tag.start && c.end >= tag.end) {
    // The whole tagged text was replaced: nothing is left to point at.
    tag.start = tag.end = c.start;
    return false;
  }
  if (c.start >= tag.start && c.end <= tag.end) {
    tag.end += delta; // inside
  } else if (c.start < tag.start) {
    // Overlaps the beginning: the tag now starts after the replacement.
    tag.start = c.start + c.length;
    tag.end += delta;
  } else {
    // Overlaps the end: the tag is cut where the replacement begins.
    tag.end = c.start;
  }
  return tag.end > tag.start;
}

/**
 * Applies a sequence of changes (each relative to the text after the previous ones) to tags; tags whose
 * text vanished are returned so the caller can re-anchor them against the new text.
 */
export function shiftTags(tags: Tag[], changes: OffsetChange[]): Tag[] {
  const lost = new Set<Tag>();
  for (const c of changes) {
    for (const t of tags) if (!lost.has(t) && !shiftTag(t, c)) lost.add(t);
  }
  return [...lost];
}

/** How far either side of the old position the approximate search looks first. */
const WINDOW = 4000;
/** Longest quote searched approximately (the DP costs quote length x window). */
const MAX_FUZZY_QUOTE = 400;
/**
 * Share of the quote's characters that may differ in an approximate match. A quarter was too lax: in an
 * article of sentences built alike, a deleted tag found a "match" in another sentence whose names differed.
 */
const MAX_ERROR_RATE = 0.1;
/** Longest full-text approximate search for one tag, in DP cells (quote length x text length). */
const MAX_FULL_CELLS = 2e7;
/**
 * DP cells one re-anchoring pass may spend on approximate searches, all its tags together (one longest
 * full-text search, a few tenths of a second at most): many lost tags in a large text would otherwise cost
 * seconds at every open, edit or export.
 */
export const FUZZY_BUDGET = MAX_FULL_CELLS;

/** What is left of a pass's approximate-search budget, shared by the tags re-anchored in it. */
export interface FuzzyBudget {
  cells: number;
}

/** How many characters before text[at] agree with the end of prefix (how well the text before a match fits it). */
function agreeBefore(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && n < at && text.charCodeAt(at - 1 - n) === prefix.charCodeAt(prefix.length - 1 - n)) n++;
  return n;
}

/** How many characters from text[at] on agree with the start of suffix. */
function agreeAfter(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text.charCodeAt(at + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/** Context agreement of a candidate [s, e) with the tag's prefix and suffix, plus a little for nearness. */
function contextScore(text: string, tag: Tag, s: number, e: number): number {
  const distance = Math.abs(s - tag.start);
  return agreeBefore(text, s, tag.prefix) + agreeAfter(text, e, tag.suffix) + 1 / (1 + distance / 1000);
}

/** How many occurrences of a quote are weighed at most (so a one-letter tag in a huge text stays cheap). */
const MAX_OCCURRENCES = 5000;

/** Every occurrence of needle in text, in order, the first `limit` of them (overlapping ones included). */
export function occurrences(text: string, needle: string, limit = MAX_OCCURRENCES): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0 && out.length < limit; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Where a pass looks for quotes: `occurrences` of a text, by a plain scan or through a TextIndex. */
export type Finder = (needle: string, limit: number) => number[];

/** Length of the character runs a TextIndex files positions under. */
const GRAM = 3;

/** Hash of text[i, i + GRAM) (UTF-16 code units), masked to a bucket. */
function gramHash(text: string, i: number, mask: number): number {
  let h = 0;
  for (let k = 0; k < GRAM; k++) h = Math.imul(h ^ text.charCodeAt(i + k), 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}

/**
 * The positions of a text filed by the hash of the GRAM characters starting there, built once for a
 * re-anchoring pass. A quote is looked for at the positions of its rarest run of GRAM characters only (each
 * checked in full), instead of by a scan of the whole text for each lost tag (20,000 tags on 1 MB: seconds).
 * `occurrences` gives exactly what the scan gives: the first `limit` occurrences, in order.
 */
export class TextIndex {
  private readonly mask: number;
  /** Bucket b's positions, ascending, are at[heads[b]] to at[heads[b + 1]]. */
  private readonly heads: Int32Array;
  private readonly at: Int32Array;
  /** Quotes shorter than GRAM are looked for by a scan, once each. */
  private readonly short = new Map<string, number[]>();

  constructor(private readonly text: string) {
    const grams = Math.max(0, text.length - GRAM + 1);
    let bits = 10;
    while (bits < 20 && 1 << bits < grams) bits++;
    this.mask = (1 << bits) - 1;
    const hash = new Int32Array(grams);
    const heads = new Int32Array(this.mask + 2);
    for (let i = 0; i < grams; i++) heads[(hash[i] = gramHash(text, i, this.mask)) + 1]++;
    for (let b = 1; b < heads.length; b++) heads[b] += heads[b - 1];
    const fill = heads.slice(0, this.mask + 1);
    const at = new Int32Array(grams);
    for (let i = 0; i < grams; i++) at[fill[hash[i]]++] = i;
    this.heads = heads;
    this.at = at;
  }

  occurrences(needle: string, limit = MAX_OCCURRENCES): number[] {
    const { text } = this;
    if (needle.length < GRAM) {
      // (A copy: the caller may keep it.)
      const key = `${limit}:${needle}`;
      let hit = this.short.get(key);
      if (!hit) this.short.set(key, (hit = occurrences(text, needle, limit)));
      return hit.slice();
    }
    // The needle's run of GRAM characters with the fewest positions, at offset j of the needle.
    let bucket = 0;
    let j = 0;
    let fewest = Infinity;
    for (let k = 0; k + GRAM <= needle.length; k++) {
      const b = gramHash(needle, k, this.mask);
      const size = this.heads[b + 1] - this.heads[b];
      if (size < fewest) {
        fewest = size;
        bucket = b;
        j = k;
      }
    }
    const out: number[] = [];
    for (let q = this.heads[bucket], end = this.heads[bucket + 1]; q < end && out.length < limit; q++) {
      const p = this.at[q] - j;
      if (p >= 0 && text.startsWith(needle, p)) out.push(p);
    }
    return out;
  }
}

/**
 * Approximate substring search (Sellers' edit-distance DP): the end offsets in text[from, to) where the
 * pattern matches with the fewest edits, and that number. Costs |pattern| x (to - from).
 */
export function approximateMatch(text: string, pattern: string, from: number, to: number): { start: number; end: number; errors: number } | null {
  const m = pattern.length;
  if (!m || to <= from) return null;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  // start[j]: where the best alignment ending here began, carried along the DP.
  let prevStart = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  prevStart.fill(from);
  let best: { start: number; end: number; errors: number } | null = null;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    cur[0] = 0;
    curStart[0] = i + 1;
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + (pattern[j - 1] === ch ? 0 : 1);
      const del = prev[j] + 1; // a text character not in the pattern
      const ins = cur[j - 1] + 1; // a pattern character not in the text
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1];
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j];
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1];
      }
    }
    const closer = best && cur[m] === best.errors && curStart[m] === best.start && Math.abs(i + 1 - curStart[m] - m) < Math.abs(best.end - best.start - m);
    if (!best || cur[m] < best.errors || closer) best = { start: curStart[m], end: i + 1, errors: cur[m] };
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return best;
}

/** Trims white space inside [s, e) of text. */
function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

/**
 * Finds a tag's text again in a new text and updates its offsets (and quote, for approximate finds).
 * Returns how: 'kept' (still there), 'exact', 'context' (between its prefix and suffix), 'fuzzy', or
 * 'orphan' (not found; the tag keeps its last offsets and quote, flagged orphan). The approximate search
 * draws on `budget` and is skipped when that is spent; the tag is then an orphan as if not found.
 */
export function reanchor(
  tag: Tag,
  text: string,
  budget: FuzzyBudget = { cells: FUZZY_BUDGET },
  find: Finder = (needle, limit) => occurrences(text, needle, limit),
): 'kept' | 'exact' | 'context' | 'fuzzy' | 'orphan' {
  const exact = tag.exact;
  if (!exact) return orphan(tag);
  if (!tag.orphan && tag.start >= 0 && tag.end <= text.length && text.slice(tag.start, tag.end) === exact) {
    refreshQuote(tag, text);
    return 'kept';
  }
  const found = find(exact, MAX_OCCURRENCES);
  if (found.length) {
    let bestAt = found[0];
    let bestScore = -1;
    for (const s of found) {
      const sc = contextScore(text, tag, s, s + exact.length);
      if (sc > bestScore) {
        bestScore = sc;
        bestAt = s;
      }
    }
    return place(tag, text, bestAt, bestAt + exact.length, 'exact');
  }
  // The quote itself changed: look for the text between its unchanged prefix and suffix.
  const byContext = betweenContext(tag, text, find);
  if (byContext) return place(tag, text, byContext[0], byContext[1], 'context');
  // (Under four characters an approximate match means nothing: not worth the search.)
  if (exact.length >= 4 && exact.length <= MAX_FUZZY_QUOTE) {
    const allowed = Math.max(1, Math.floor(exact.length * MAX_ERROR_RATE));
    const centre = Math.min(tag.start, text.length);
    /** The search over text[from, to), if the budget still affords it. */
    const search = (from: number, to: number) => {
      const cells = exact.length * (to - from);
      if (cells > budget.cells) return null;
      budget.cells -= cells;
      return approximateMatch(text, exact, from, to);
    };
    let hit = search(Math.max(0, centre - WINDOW), Math.min(text.length, centre + WINDOW + exact.length));
    if ((!hit || hit.errors > allowed) && text.length * exact.length <= MAX_FULL_CELLS) hit = search(0, text.length);
    if (hit && hit.errors <= allowed) {
      const [s, e] = trim(text, hit.start, hit.end);
      // A short quote matches approximately almost anywhere: ask its context to agree as well.
      const context = agreeBefore(text, s, tag.prefix) + agreeAfter(text, e, tag.suffix);
      if (e > s && (exact.length >= 12 || context >= 4)) return place(tag, text, s, e, 'fuzzy');
    }
  }
  return orphan(tag);
}

/**
 * Re-anchors tags on a text in one pass sharing one approximate-search budget. Tags that were anchored go
 * first: an orphan (lost before) is the least likely to be found, so it does not spend the budget first.
 */
export function reanchorAll(tags: readonly Tag[], text: string): void {
  const budget: FuzzyBudget = { cells: FUZZY_BUDGET };
  // The text's index, made when the first tag has to be looked for (a text with every tag in place needs none).
  let index: TextIndex | undefined;
  const find: Finder = (needle, limit) => (index ??= new TextIndex(text)).occurrences(needle, limit);
  const orphans = tags.filter((t) => t.orphan);
  for (const t of tags) if (!t.orphan) reanchor(t, text, budget, find);
  for (const t of orphans) reanchor(t, text, budget, find);
}

/** Where the text between an intact prefix and suffix is (of plausible length), or null. */
function betweenContext(tag: Tag, text: string, find: Finder): [number, number] | null {
  const pre = tag.prefix.slice(-16);
  const suf = tag.suffix.slice(0, 16);
  if (pre.trim().length < 6 || suf.trim().length < 6) return null;
  let best: [number, number] | null = null;
  let bestDistance = Infinity;
  for (const p of find(pre, 200)) {
    const s = p + pre.length;
    const maxLen = Math.max(tag.exact.length * 2 + 20, 40);
    // Look for the suffix only as far as it may be: searching to the end of the text after each of up to
    // 200 prefixes would read the text 200 times.
    const k = text.slice(s, s + maxLen + suf.length).indexOf(suf);
    if (k < 0) continue;
    const q = s + k;
    const [a, b] = trim(text, s, q);
    if (b <= a) continue;
    const distance = Math.abs(a - tag.start);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = [a, b];
    }
  }
  return best;
}

function place<T extends string>(tag: Tag, text: string, s: number, e: number, how: T): T {
  tag.start = s;
  tag.end = e;
  delete tag.orphan;
  refreshQuote(tag, text);
  return how;
}

function orphan(tag: Tag): 'orphan' {
  tag.orphan = true;
  return 'orphan';
}
