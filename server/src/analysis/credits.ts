// The wire's credits: its byline ("By Elena Munteanu and James K. Porter") and its credit lines ("(Reporting by Elena
// Munteanu in Chisinau; additional reporting by ...; Editing by ...)"). Segmentation finds them once; the actor pass
// (no journalist of the wire is an actor of its story), the cue pass ("Reporting by" reports nothing) and the
// interview pass (a byline names the interviewer) read that one list.
import type { Span } from './types';
import { lazyRegExp } from './chars';

/** One credit: a byline ("By Ann Lee in Seoul") or a credit line ("Reporting by ...; Editing by ..."). */
export interface Credit extends Span {
  kind: 'byline' | 'credit';
}

/**
 * The credits of a text, in order and not overlapping: its bylines, and "(Reporting by Elena Munteanu in Chisinau;
 * additional reporting by ...; Editing by ...)", or the same at the head of a line. They name who wrote the story, no
 * actor in it. (Read over the text as the later passes read it: a hard-wrapped paragraph's soft breaks as spaces.)
 */
export function findCredits(text: string): Credit[] {
  const out: Credit[] = [];
  // (The credit's words are searched for alone, and the whole credit read only from the bracket or the line they open:
  // one search with the pattern cost a megabyte some milliseconds.)
  const credit = CREDIT_RE();
  for (const m of text.matchAll(CREDIT_WORDS_RE)) {
    if (out.length > 0 && m.index < out[out.length - 1].end) continue;
    const at = creditOpening(text, m.index);
    if (at < 0) continue;
    // A bracket that the credit's words open is the credit line to its close, whatever it names: "(Reporting by Ana
    // Costa and the Lisbon bureau; Editing by Tom Hale)".
    const close = text.charCodeAt(at) === 40 ? bracketCredit(text, at, m.index - (text.charCodeAt(m.index) === 112 ? 2 : 1)) : -1;
    if (close > 0) {
      out.push({ start: at, end: close, kind: 'credit' });
      continue;
    }
    credit.lastIndex = at;
    const hit = credit.exec(text);
    if (hit) out.push({ start: hit.index, end: hit.index + hit[0].length, kind: 'credit' });
  }
  if (!BYLINE_OPENS_RE.test(text)) return out;
  const bylines: Credit[] = [];
  for (const m of text.matchAll(BYLINE_RE())) bylines.push({ start: m.index, end: m.index + m[0].length, kind: 'byline' });
  return mergeByStart(out, bylines);
}

/** Two lists sorted by start, merged into one (a credit line before a byline at the same start, as a stable sort). */
function mergeByStart(a: Credit[], b: Credit[]): Credit[] {
  if (b.length === 0) return a;
  const out: Credit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}

/** The credit of `kind` that opens at `at` (its first character), if any; `credits` sorted by start. */
export function creditAt(credits: readonly Credit[] | undefined, at: number, kind: Credit['kind']): Credit | undefined {
  if (!credits?.length) return undefined;
  let lo = 0;
  let hi = credits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (credits[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < credits.length && credits[k].start === at; k++) if (credits[k].kind === kind) return credits[k];
  return undefined;
}

/** The most a bracketed credit line runs. */
const MAX_BRACKET_CREDIT = 400;
/**
 * Where the bracket at `open` closes (past its ')'), when the credit's word at `word` opens it (maybe after
 * "Additional") and it closes on the same line; else -1.
 */
function bracketCredit(text: string, open: number, word: number): number {
  if (!ADDITIONAL_RE.test(text.slice(open + 1, word))) return -1;
  const lim = Math.min(text.length, word + MAX_BRACKET_CREDIT);
  for (let k = word; k < lim; k++) {
    const c = text.charCodeAt(k);
    if (c === 41) return k + 1;
    if (c === 10 || c === 40) return -1;
  }
  return -1;
}
/** What may stand between a credit's bracket and its word: blanks, "Additional". */
const ADDITIONAL_RE = /^[ \t]*(?:[Aa]dditional\s+)?$/;
/** The words of a credit ("Reporting by", "Editing by", "Compiled by"), without their first letters. */
const CREDIT_WORDS_RE = /(?:porting|riting|diting|ompiled) by /g;
/** Whether some line opens with "By ". */
const BYLINE_OPENS_RE = /^By /m;
/** Where the credit whose words are at `from` opens, a few words back: at its bracket or its line's head; else -1. */
function creditOpening(text: string, from: number): number {
  const lo = Math.max(0, from - 24);
  for (let k = from; k >= lo; k--) {
    const c = text.charCodeAt(k);
    if (c === 40) return k;
    if (c === 10) return k + 1;
  }
  return lo === 0 ? 0 : -1;
}
/** A byline on a line of its own: "By Elena Munteanu and James K. Porter", "By Ann Lee in Seoul". */
const BYLINE_RE = lazyRegExp(() => /^By\s+\p{Lu}[\p{L}.'\u2019-]*(?:,?\s+(?:and\s+|in\s+)?\p{Lu}[\p{L}.'\u2019-]*){1,12}[ \t]*$/gmu);
/**
 * A credit line: after a bracket or at a line's head, one credit or more ("Reporting by", "additional reporting by",
 * "Writing by", "Editing by", "Compiled by Bogota newsroom") of names, each maybe "in" a place, that ends the bracket
 * or the line: "Reporting by The New York Times revealed ..." in prose goes on, and is no credit.
 */
const CREDIT_RE = lazyRegExp(() => {
  const name = "\\p{Lu}[\\p{L}.'\\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\\u2019-]*){0,3}";
  const unit = `${name}(?:\\s+(?:newsroom|desk|bureau|staff))?(?:\\s+in\\s+${name})?`;
  const part = `(?:[Aa]dditional\\s+reporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\\s+by\\s+${unit}(?:(?:,\\s+|,?\\s+and\\s+)${unit})*`;
  return new RegExp(`(?:^|\\()[ \\t]*${part}(?:\\s*[;,]\\s*${part})*(?=\\.?\\s*\\)|[ \\t]*\\.?[ \\t]*$)`, 'muy');
});
