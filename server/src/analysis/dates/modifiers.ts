// The words around a date that widen it or give it a mod: "early", "mid-", "the end of", "around", "earlier this",
// "the week of", "the first week of", "onwards", "no later than". Apart from the rule reading, which applies them to
// each candidate of a chunk.
import type { Candidate } from './candidate';
import { daysInMonth, isoWeek, parseYmd } from './calendar';
import { backOverBlanks, codeAt, isDigitCode, isSpaceAt, skipBlanks } from '../chars';

interface PrefixMod {
  re: RegExp;
  mod: string | undefined;
  /** The words a match can end in (as wordBefore reads them), and for "of" and "in" the words that can come before. */
  last: string[];
  prev: string[];
}

const PREFIX_MODS: PrefixMod[] = [
  {
    // ("early on Monday": the start of that day. TimeBank leaves "the early hours of" outside: "early hours of Thursday
    // morning".)
    re: /\b(?:(?:early(?:\s+on)?|the\s+early\s+part\s+of|the\s+beginning\s+of|the\s+start\s+of|(?:the\s+)?first\s+half\s+of|the\s+(?:first|opening)\s+(?:days|weeks)\s+of)\s+|early-)$/i,
    mod: 'START',
    last: ['early', 'of', 'on'],
    prev: ['part', 'beginning', 'start', 'half', 'days', 'weeks'],
  },
  {
    // "end-September", "late-2024": the hyphenated forms of economic reports.
    re: /\b(?:(?:late(?:\s+on)?|the\s+end\s+of|the\s+close\s+of|the\s+latter\s+part\s+of|(?:the\s+)?(?:second|latter)\s+half\s+of|the\s+turn\s+of|the\s+(?:last|final|closing)\s+(?:days|weeks)\s+of)\s+|(?:late|end)-)$/i,
    mod: 'END',
    last: ['late', 'of', 'end', 'on'],
    prev: ['end', 'close', 'part', 'half', 'turn', 'days', 'weeks'],
  },
  { re: /\b(?:mid-?|the\s+middle\s+of|middle\s+)\s*$/i, mod: 'MID', last: ['mid', 'middle', 'of'], prev: ['middle'] },
  // "pre-2014 borders", "post-2011": before and after the date.
  { re: /\bpre-$/i, mod: 'BEFORE', last: ['pre'], prev: [] },
  { re: /\bpost-$/i, mod: 'AFTER', last: ['post'], prev: [] },
  // "around 2009", "circa 1950": about then.
  // ("get around Wednesday's ruling" goes round it.)
  // ("on or about March 3, 2022", the indictment's form, too.)
  { re: /\b(?:(?<!\b(?:get|gets|got|getting|work|working|way|ways|go|goes|going|went)\s+)around|circa|c\.|ca\.|approx\.|roughly|approximately|(?:on|in|at)\s+or\s+about)\s+$/i, mod: 'APPROX', last: ['around', 'circa', 'c', 'ca', 'approx', 'roughly', 'approximately', 'about'], prev: [] },
  // "mid-to-late October", "early to mid-2025": the first edge joins the span; the mod is the second's (TimeML has none
  // for a stretch of edges).
  { re: /\b(?:early|mid|late)(?:-|\s+)to(?:-|\s+)$/i, mod: undefined, last: ['to'], prev: [] },
  // "earlier this year": part of the expression, but no mod (TimeML has none for it).
  { re: /\b(?:earlier|later)\s+(?:in\s+)?$/i, mod: undefined, last: ['earlier', 'later', 'in'], prev: ['earlier', 'later'] },
];

/** Last words of the prefixes above and of "no later than": anything else before a date cannot be a modifier. */
const MOD_LAST_WORDS = new Set([...PREFIX_MODS.flatMap((p) => p.last), 'than']);

/** `at` moved back over spaces and one hyphen ("mid-"), not below `lo`: where the word before `at` ends. */
function wordEndBefore(s: string, at: number, lo: number): number {
  const i = backOverBlanks(s, at, lo);
  return i > lo && s.charCodeAt(i - 1) === 45 ? i - 1 : i;
}

/**
 * The lower-cased word ending just before `at`, skipping spaces and one hyphen ("mid-"), read no further back
 * than `lo` (so it is the word a regex sees in s.slice(lo, at)).
 */
function wordBefore(s: string, at: number, lo = 0): string {
  let end = wordEndBefore(s, at, lo);
  // ("c. 1890", "ca. 1890": an abbreviation's dot.)
  if (end > lo + 1 && s.charCodeAt(end - 1) === 46 && (s.charCodeAt(end - 2) | 32) >= 97 && (s.charCodeAt(end - 2) | 32) <= 122) end--;
  let i = end;
  while (i > lo) {
    const c = s.charCodeAt(i - 1) | 32;
    if (c < 97 || c > 122) break;
    i--;
  }
  return s.slice(i, end).toLowerCase();
}

/** "the week of Dec. 8", "the week beginning 24 November", "the week to Friday", "the week ended Oct. 31": the week that holds the day. */
// (A schedule's label may drop the article: "- **Week of 6 April:** Third round".)
const WEEK_OF = /(?:\bthe\s+|(?<![\w-])(?<!\ba\s))(?:(weekend)\s+of|week\s+(?:of|beginning|starting|commencing|ending|ended|to))\s+$/i;
/** The last words of WEEK_OF and WEEK_OF_MONTH (the cheap gate before them). */
const WEEK_OF_LAST = new Set(['of', 'beginning', 'starting', 'commencing', 'ending', 'ended', 'to']);
const WEEK_OF_MONTH = /\bthe\s+(first|second|third|fourth|last|final)\s+week\s+of\s+$/i;
const NTH_WEEK: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** "the week of Dec. 8": the week that holds the day (WEEK_OF); "the first week of December": the week that holds its 1st. */
function widenToWeek(s: string, c: Candidate): void {
  if (c.type !== 'DATE') return;
  const before = s.slice(Math.max(0, c.start - 28), c.start);
  if (/^\d{4}-\d\d-\d\d$/.test(c.value)) {
    const m = WEEK_OF.exec(before);
    const day = parseYmd(c.value);
    if (!m || !day) return;
    c.start -= m[0].length;
    c.value = `${isoWeek(day)}${m[1] ? '-WE' : ''}`;
  } else if (/^\d{4}-\d\d$/.test(c.value)) {
    const m = WEEK_OF_MONTH.exec(before);
    if (!m) return;
    const y = Number(c.value.slice(0, 4));
    const mo = Number(c.value.slice(5, 7));
    const n = NTH_WEEK[m[1].toLowerCase()];
    c.start -= m[0].length;
    c.value = isoWeek({ y, m: mo, d: n ? 1 + 7 * (n - 1) : daysInMonth(y, mo) });
  }
}

/** "onwards" right after a date, or after up to three words of what starts then ("budget cycle onward"). */
const ONWARDS_AFTER_RE = /^((?:\s+[A-Za-z-]{1,20}){1,3}?)?\s+onwards?\b/;

/** Widens a calendar date over "early", "mid-", "the end of" ... and records the mod; notes "no later than". */
export function applyModifiers(s: string, c: Candidate): void {
  if ((c.type !== 'DATE' && c.type !== 'TIME') || c.value.endsWith('_REF')) return;
  // Cheap gate: every prefix below ends in one of a few words.
  const last = wordBefore(s, c.start);
  if (WEEK_OF_LAST.has(last)) widenToWeek(s, c);
  // "at about 3 p.m.": before a clock time "about" is approximate (before a year it may be a topic: "a book about 1968").
  const about = last === 'about' && c.type === 'TIME' && !c.mod ? /\bat\s+(about\s+)$/i.exec(s.slice(Math.max(0, c.start - 16), c.start)) : null;
  if (about) {
    c.start -= about[1].length;
    c.mod = 'APPROX';
    return;
  }
  // "on or before January 13", "by 2022 at the latest": the deadline's side (the date stays the expression).
  if (!c.mod && (last === 'before' || last === 'after') && /\bon\s+or\s+(?:before|after)\s+$/i.test(s.slice(Math.max(0, c.start - 16), c.start))) {
    c.mod = last === 'before' ? 'ON_OR_BEFORE' : 'ON_OR_AFTER';
    return;
  }
  // An order's "NLT 1200Z" (no later than) and "NET 0600Z" (not earlier than), in capitals.
  if (!c.mod && (last === 'nlt' || last === 'net') && /(?:^|[^\w])N[LE]T\s+$/.test(s.slice(Math.max(0, c.start - 8), c.start))) {
    c.mod = last === 'nlt' ? 'ON_OR_BEFORE' : 'ON_OR_AFTER';
    return;
  }
  const latest = !c.mod && s.charCodeAt(c.end) === 32 && (codeAt(s, skipBlanks(s, c.end, Math.min(s.length, c.end + 24))) | 32) === 97 ? /^\s+at\s+the\s+(latest|earliest)\b/i.exec(s.slice(c.end, c.end + 24)) : null;
  if (latest) c.mod = latest[1].toLowerCase() === 'latest' ? 'ON_OR_BEFORE' : 'ON_OR_AFTER';
  // "from 2027 onwards", "from the 2026 budget cycle onward": that time and after (the span takes a next "onwards").
  if (!c.mod && (last === 'from' || last === 'the') && isSpaceAt(s, c.end) && /\bfrom\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, c.start - 10), c.start))) {
    const on = ONWARDS_AFTER_RE.exec(s.slice(c.end, c.end + 40));
    if (on) {
      c.mod = 'ON_OR_AFTER';
      if (!on[1]) c.end += on[0].length;
      return;
    }
  }
  if (!MOD_LAST_WORDS.has(last)) return;
  for (let round = 0; round < 2; round++) {
    const lo = Math.max(0, c.start - 40);
    // A prefix regex runs only when the last word (and the one before "of" or "in") of its window can end a match.
    const last = wordBefore(s, c.start, lo);
    const two = last === 'of' || last === 'in';
    const prev = two ? wordBefore(s, wordEndBefore(s, c.start, lo) - last.length, lo) : '';
    let before: string | null = null;
    let hit = false;
    for (let k = 0; k < PREFIX_MODS.length; k++) {
      const p = PREFIX_MODS[k];
      if (!p.last.includes(last) || (two && !p.prev.includes(prev))) continue;
      before ??= s.slice(lo, c.start);
      const m = p.re.exec(before);
      if (!m) continue;
      if (p.mod && c.mod) continue;
      c.start -= m[0].length;
      if (p.mod) c.mod = p.mod;
      hit = true;
      break;
    }
    if (!hit) break;
  }
  // "the first half of the year", "the second half of 2026": a half of that year.
  if ((c.mod === 'START' || c.mod === 'END') && c.value.length === 4 && isDigitCode(c.value.charCodeAt(0)) && isDigitCode(c.value.charCodeAt(1)) && isDigitCode(c.value.charCodeAt(2)) && isDigitCode(c.value.charCodeAt(3))) {
    const half = /^(?:the\s+)?(first|second|latter)\s+half\s+of\s/i.exec(s.slice(c.start, c.start + 24));
    if (half) {
      // ("the first half of FY26", "the second half of fiscal 2025": a half of the fiscal year.)
      const fiscal = c.through ? null : /FY|[Ff]iscal/.exec(s.slice(c.start + half[0].length, c.end));
      if (fiscal) c.fiscal = { year: c.value, code: fiscal[0] === 'FY' };
      c.value = `${c.value}-H${half[1].toLowerCase() === 'first' ? 1 : 2}`;
      c.mod = undefined;
    }
  }
  if (c.mod || wordBefore(s, c.start, Math.max(0, c.start - 20)) !== 'than') return;
  const before = s.slice(Math.max(0, c.start - 20), c.start);
  if (/\b(?:no|not)\s+later\s+than\s+$/i.test(before)) c.mod = 'ON_OR_BEFORE';
  else if (/\b(?:no|not)\s+earlier\s+than\s+$/i.test(before)) c.mod = 'ON_OR_AFTER';
}
