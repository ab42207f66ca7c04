// Temporal expressions, normalised to TimeML TIMEX3. Regex rules do most of the work (dates/rulesCalendar.ts,
// rulesRelative.ts, rulesSpan.ts; words in lexicon.ts, tense clues in context.ts, news-reader resolution in
// resolve.ts); chrono-node (dates/chronoPass.ts) adds explicit dates in formats the rules lack. Every parser
// sees bounded chunks of one paragraph (dates/chunks.ts), so the pass stays linear in the text size.
import type { DateAnnotation, Paragraph } from './types';
import type { Candidate, Made, Rule, RuleContext } from './dates/candidate';
import { daysInMonth, isoWeek, parseYmd, type Ymd } from './dates/calendar';
import { chunksOf, DATE_HINT } from './dates/chunks';
import { chronoCandidates } from './dates/chronoPass';
import { calendarRules } from './dates/rulesCalendar';
import { relativeRules } from './dates/rulesRelative';
import { spanRules } from './dates/rulesSpan';
import { hijriRules } from './dates/hijri';
import { persianRules } from './dates/persian';
import { banglaRules } from './dates/bangla';
import { fiscalYearEnds } from './dates/fiscal';
import { reportingPeriod } from './dates/period';
import { makeScanner } from './dates/triggers';
import { DIGIT_HINT } from './dates/lexicon';
import { backOverBlanks, isDigitCode, isSpaceAt, lastIndexWithin, webAddresses } from './chars';
import { overlapsSorted, sortShort } from './order';
import { resolveAnchors } from './dates/anchors';
import { alignRanges, mergeDateAndTime, spanMidnight } from './dates/timesAndRanges';
import { endsInClock } from './dates/valueTests';
import { formatOffset, zoneIn } from './dates/zones';
import { readSlashesDayFirst, writesDayFirst } from './dates/slashOrder';

const RULES: Rule[] = [...calendarRules, ...relativeRules, ...spanRules, ...hijriRules, ...persianRules, ...banglaRules];
/** The distinct hints and gates, and for each rule the indexes of its hints and of its gates (empty when none). */
export const HINTS: RegExp[] = [...new Set(RULES.flatMap((r) => [...(r.hint ? [r.hint] : []), ...(r.also ?? []), ...(r.gate ?? [])]))];
const HINTS_OF = RULES.map((r) => [...(r.hint ? [r.hint] : []), ...(r.also ?? [])].map((h) => HINTS.indexOf(h)));
const GATES_OF = RULES.map((r) => (r.gate ?? []).map((h) => HINTS.indexOf(h)));
const SCANNER = makeScanner(HINTS);
/** What readChunk needs of each rule, in one object shape (the rule literals have several, which slows every read). */
interface CompiledRule {
  re: RegExp;
  make: Rule['make'];
  priority: number;
  reach: number;
  hints: number[];
  gates: number[];
}

const DIGIT = HINTS.indexOf(DIGIT_HINT);
// Only what the rules leave: dotted dates, slashes day first ("14/11/2025") or year first ("2025/11/12"; the rules
// read "11/14/2025"), "13-Nov-2025", "March the 3rd", "3 Nov '25". (Waking chrono costs its first parse ~20 ms.)
const CHRONO_HINT = /\d\.\d{1,2}\.\d|(?:1[3-9]|2\d|3[01])\/\d{1,2}\/\d|\d{4}\/\d{1,2}\/\d|\d-(?:[JFMASOND][a-z]{2}|[JFMASOND][A-Z]{2})-\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+the\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2}[a-z]*,?\s+'\d\d/;
/** Guards against pathological inputs: no rule reports more than this many matches per chunk. */
const MAX_MATCHES_PER_RULE = 200;

/** Finds and normalises the temporal expressions of each paragraph against the reference date. */
export function findDates(text: string, paragraphs: Paragraph[], referenceDate: string | null): DateAnnotation[] {
  try {
    return findDatesUnsafe(text, paragraphs, referenceDate);
  } catch {
    return [];
  }
}

function findDatesUnsafe(text: string, paragraphs: Paragraph[], referenceDate: string | null): DateAnnotation[] {
  const ref = parseYmd(referenceDate);
  // No date of the article's is written inside a web address ("https://example.org/2025/11/14/story").
  const links = webAddresses(text);
  let found = readParagraphs(text, paragraphs, ref);
  found.sort((a, b) => a.start - b.start);
  // "10/11/2025" in a document that writes "14/11/2025" is 10 November.
  const dayFirst = writesDayFirst(text, found);
  if (dayFirst) readSlashesDayFirst(text, found);
  // A digest's items under a day's heading ("## WEDNESDAY | 12 Nov") count their "yesterday" and "the weekend"
  // from that day: read again with it.
  const sections = daySections(text, found, ref);
  if (sections.length) {
    found = readSections(text, paragraphs, found, sections);
    if (dayFirst) readSlashesDayFirst(text, found);
  }
  const chosen = dropRecordingMarks(text, links.length ? found.filter((c) => !overlapsSorted(links, c.start, c.end)) : found);
  chosen.sort((a, b) => a.start - b.start);
  const merged = joinCompoundDurations(text, mergeDateAndTime(text, chosen));
  alignRanges(text, merged);
  reportingPeriod(text, merged, referenceDate);
  resolveAnchors(merged, text, referenceDate);
  fiscalYearEnds(text, merged);
  spanMidnight(text, merged);
  return merged.map((c) => toAnnotation(text, c, ref !== null));
}

/**
 * "[00:01:02] HOST: Welcome back.": a recording's transcript marks each turn with how far into the recording it falls,
 * not with a time of day ("[14:05:32]" in a broadcast's log is one). When the first clock in square brackets with
 * seconds reads under ten minutes, the text's bracketed clocks with seconds are all such marks: no dates. `found` is
 * sorted by start.
 */
function dropRecordingMarks(text: string, found: Candidate[]): Candidate[] {
  const first = found.find((c) => isBracketedClock(text, c));
  if (!first || !FIRST_MARK_RE.test(text.slice(first.start, first.end))) return found;
  return found.filter((c) => !isBracketedClock(text, c));
}

function isBracketedClock(text: string, c: Candidate): boolean {
  return c.type === 'TIME' && text.charCodeAt(c.start - 1) === 91 && text.charCodeAt(c.end) === 93 && BRACKETED_CLOCK_RE.test(text.slice(c.start, c.end));
}
const BRACKETED_CLOCK_RE = /^\d{1,2}:[0-5]\d:[0-5]\d$/;
/** A mark under ten minutes into a recording: "00:01:02", "0:09:59". */
const FIRST_MARK_RE = /^0?0:0\d:/;

/** The text under a day's heading, up to the next heading, and that day. */
interface DaySection {
  start: number;
  end: number;
  ref: Ymd;
}

/** How long (characters) a line may be and still be a day's heading. */
const HEADING_LINE_MAX = 80;
/** What a day's heading holds beside its dates: heading and list marks, bold, a bar, dashes, commas. */
const HEADING_REST_RE = /^[\s#*_|:,.\-\u2013\u2014>\u00b7]*$/;
/** How far back (characters) an embedded post's stamp dates the quoted lines above it. */
const POST_REACH = 3000;
/** A Markdown heading opening a line (found in a slice holding the line break before it). */
const HEADING_START_RE = /\n[ \t]{0,3}#{1,6}\s/;

/**
 * The sections of a digest or diary under a line that holds only a day ("## WEDNESDAY | 12 Nov", "MONDAY | 10 Nov",
 * "**14 November**") of another day than the article's: each runs from the line's end to the next heading or day
 * line. `list` is sorted; every line is looked at within its bounded length, and every section's text once.
 */
function daySections(text: string, list: Candidate[], ref: Ymd | null): DaySection[] {
  if (!ref) return [];
  const heads: { lineStart: number; lineEnd: number; day: Ymd }[] = [];
  const posts: DaySection[] = [];
  let postFloor = 0;
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (c.type !== 'DATE' || c.value.length !== 10 || !parseYmd(c.value)) continue;
    const nl = lastIndexWithin(text, '\n', c.start - 1, c.start - HEADING_LINE_MAX);
    if (nl < 0 && c.start > HEADING_LINE_MAX) continue;
    const lineStart = nl + 1;
    const tail = text.slice(c.end, lineStart + HEADING_LINE_MAX + 1);
    const e = tail.indexOf('\n');
    if (e < 0 && c.end + tail.length < text.length) continue;
    const lineEnd = e < 0 ? text.length : c.end + e;
    // The line's other dates ("WEDNESDAY" beside "12 Nov"); the day of the month wins over the weekday.
    let j = k;
    while (j > 0 && list[j - 1].start >= lineStart) j--;
    let rest = '';
    let at = lineStart;
    let day: Candidate | null = null;
    for (; j < list.length && list[j].start < lineEnd; j++) {
      const d = list[j];
      rest += text.slice(at, d.start);
      at = Math.max(at, d.end);
      if (d.type === 'DATE' && d.value.length === 10 && parseYmd(d.value) && (!day || (day.inferred.includes('week') && !d.inferred.includes('week')))) day = d;
    }
    k = j - 1;
    rest += text.slice(at, lineEnd);
    if (!day || text.charCodeAt(lineStart) === 124 || !HEADING_REST_RE.test(rest)) continue;
    const when = parseYmd(day.value);
    if (!when) continue;
    // "> 7:42 PM · Nov 11, 2025" closing an embedded post: its quoted lines above were written that day.
    if (/^[ \t]*>/.test(text.slice(lineStart, lineStart + 8))) {
      const start = quoteBlockStart(text, lineStart, postFloor);
      postFloor = lineEnd;
      if (start < lineStart && (when.y !== ref.y || when.m !== ref.m || when.d !== ref.d)) posts.push({ start, end: lineStart, ref: when });
      continue;
    }
    heads.push({ lineStart, lineEnd, day: when });
  }
  const out: DaySection[] = [];
  for (let h = 0; h < heads.length; h++) {
    const { lineEnd, day } = heads[h];
    const until = h + 1 < heads.length ? heads[h + 1].lineStart : text.length;
    const next = HEADING_START_RE.exec(text.slice(lineEnd, until));
    const end = next ? lineEnd + next.index + 1 : until;
    if (day.y !== ref.y || day.m !== ref.m || day.d !== ref.d) out.push({ start: lineEnd, end, ref: day });
  }
  if (!posts.length) return out;
  // A post's lines lie within a day's section or outside any: the post's own day wins inside it.
  const all: DaySection[] = [];
  let p = 0;
  for (const sec of out) {
    let from = sec.start;
    for (; p < posts.length && posts[p].start < sec.end; p++) {
      const post = posts[p];
      if (post.start > from) all.push({ ...sec, start: from, end: Math.min(post.start, sec.end) });
      all.push(post);
      from = Math.max(from, post.end);
    }
    if (from < sec.end) all.push({ ...sec, start: from });
  }
  for (; p < posts.length; p++) all.push(posts[p]);
  all.sort((a, b) => a.start - b.start);
  return all;
}

/** The start of the run of quoted lines ("> ...") that ends with the line at `lineStart`, not before `floor` nor POST_REACH back. */
function quoteBlockStart(text: string, lineStart: number, floor: number): number {
  const lo = Math.max(0, floor, lineStart - POST_REACH);
  const win = text.slice(lo, lineStart);
  let start = win.length;
  while (start > 0) {
    // (The line before ends at start - 1; with start < 2 a negative index would find that line break itself.)
    const prev = start < 2 ? 0 : win.lastIndexOf('\n', start - 2) + 1;
    if (prev >= start || (prev === 0 && lo > 0 && text.charCodeAt(lo - 1) !== 10)) break;
    if (!/^[ \t]*>/.test(win.slice(prev, prev + 8))) break;
    start = prev;
  }
  return lo + start;
}

/** The candidates, those of each day's section read again with its day for reference (sorted). */
function readSections(text: string, paragraphs: Paragraph[], found: Candidate[], sections: DaySection[]): Candidate[] {
  const kept: Candidate[] = [];
  let s = 0;
  for (const c of found) {
    while (s < sections.length && sections[s].end <= c.start) s++;
    if (!(s < sections.length && c.start >= sections[s].start)) kept.push(c);
  }
  const spans = [...paragraphs].sort((a, b) => a.start - b.start);
  let p = 0;
  for (const sec of sections) {
    while (p < spans.length && spans[p].end <= sec.start) p++;
    const inside: Paragraph[] = [];
    for (let q = p; q < spans.length && spans[q].start < sec.end; q++) inside.push({ ...spans[q], start: Math.max(spans[q].start, sec.start), end: Math.min(spans[q].end, sec.end) });
    for (const c of readParagraphs(text, inside, sec.ref)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

/** The parts of a duration value, largest unit first: "P3Y" -> [["Y", 3]], "PT40M" -> [["TM", 40]]. */
const DURATION_PART_RE = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const DURATION_UNITS = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'];

/**
 * "three hours and forty minutes", "two years and three months": one duration (PT3H40M, P2Y3M), when the second
 * counts a smaller unit than the first and only "and" stands between them.
 */
function joinCompoundDurations(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < list.length; k++) {
    const b = list[k];
    const a = out[out.length - 1];
    if (a && a.type === 'DURATION' && b.type === 'DURATION' && !b.mod && /^\s+and\s+$/.test(text.slice(a.end, b.start))) {
      const pa = DURATION_PART_RE.exec(a.value);
      const pb = pa ? DURATION_PART_RE.exec(b.value) : null;
      if (pa && pb && lastIndexSet(pa) >= 0 && firstIndexSet(pb) > lastIndexSet(pa)) {
        const parts = DURATION_UNITS.map((_, i) => pa[i + 1] ?? pb[i + 1]);
        const date = ['Y', 'M', 'W', 'D'].map((u, i) => (parts[i] ? `${parts[i]}${u}` : '')).join('');
        const time = ['H', 'M', 'S'].map((u, i) => (parts[i + 4] ? `${parts[i + 4]}${u}` : '')).join('');
        out[out.length - 1] = { ...a, end: b.end, value: `P${date}${time ? `T${time}` : ''}` };
        continue;
      }
    }
    out.push(b);
  }
  return out;
}
function lastIndexSet(m: RegExpExecArray): number {
  for (let i = 7; i >= 1; i--) if (m[i]) return i;
  return -1;
}
function firstIndexSet(m: RegExpExecArray): number {
  for (let i = 1; i <= 7; i++) if (m[i]) return i;
  return -1;
}

/**
 * The candidates of every paragraph, in text coordinates. Kept apart from the passes after it: the loop gets
 * optimised while it runs, and code after it that has not run yet would then deoptimise it on first use.
 */
function readParagraphs(text: string, paragraphs: Paragraph[], ref: Ymd | null): Candidate[] {
  const chosen: Candidate[] = [];
  let lastEnd = 0;
  const spans = [...paragraphs].sort((a, b) => a.start - b.start);
  for (let k = 0; k < spans.length; k++) {
    const p = spans[k];
    const start = Math.max(p.start, lastEnd, 0);
    const end = Math.min(p.end, text.length);
    if (end <= start) continue;
    lastEnd = end;
    for (const chunk of chunksOf(text, { start, end })) {
      const s = text.slice(chunk.start, chunk.end);
      if (!DATE_HINT.test(s)) continue;
      for (const c of readChunk(s, ref)) {
        c.start += chunk.start;
        c.end += chunk.start;
        chosen.push(c);
      }
    }
  }
  return chosen;
}

/** The longest stretch of text a rule may match before its hint word ("over the past several ..."). */
const PREFIX_REACH = 80;
const COMPILED: CompiledRule[] = RULES.map((r, i) => ({
  re: r.re,
  make: r.make,
  priority: r.priority ?? 0,
  reach: r.reach ?? PREFIX_REACH,
  hints: HINTS_OF[i],
  gates: GATES_OF[i],
}));

/** All non-overlapping candidates of one chunk, in chunk coordinates. */
function readChunk(s: string, ref: Ymd | null): Candidate[] {
  const ctx: RuleContext = { s, ref };
  const found: Candidate[] = [];
  // Hints are found case-sensitively on a lower-cased copy (much faster than /i), all in one pass.
  const lower = s.toLowerCase();
  // Each hint's first hit, or -1; a rule starts reading a little before it (prefixes are short).
  const { first: hints, last: lastHits } = SCANNER.scan(lower);
  const sameLength = lower.length === s.length;
  rules: for (let r = 0; r < COMPILED.length; r++) {
    const rule = COMPILED[r];
    const hintsOf = rule.hints;
    let from = 0;
    // No match can start after the last hit of any of the rule's hints (each match holds one of each).
    let until = s.length;
    if (hintsOf.length) {
      // Every match holds a hit of each hint, so it starts at most the rule's reach before the latest first hit.
      let at = 0;
      for (let i = 0; i < hintsOf.length; i++) {
        const k = hintsOf[i];
        if (hints[k] < 0) continue rules;
        at = Math.max(at, hints[k]);
        until = Math.min(until, lastHits[k]);
      }
      // Word-start gates: each must have a hit, and bounds the start like the hints (but not `from`, see Rule.gate).
      const gates = rule.gates;
      for (let i = 0; i < gates.length; i++) {
        const k = gates[i];
        if (hints[k] < 0) continue rules;
        until = Math.min(until, lastHits[k]);
      }
      // Lower-casing can change lengths ("İ"); then positions differ and the rule reads the whole chunk.
      if (sameLength) {
        from = Math.max(0, at - rule.reach);
        // A match starts at or after `from` and at or before `until`: none fits.
        if (from > until) continue;
      } else {
        until = s.length;
      }
    }
    const re = rule.re;
    re.lastIndex = from;
    let count = 0;
    for (let m = re.exec(s); m; m = re.lastIndex > until ? null : re.exec(s)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (++count > MAX_MATCHES_PER_RULE) break;
      const made = rule.make(m, ctx);
      if (made === null) continue;
      if (!Array.isArray(made)) keep(found, made, rule.priority, s.length);
      else for (let i = 0; i < made.length; i++) keep(found, made[i], rule.priority, s.length);
    }
  }
  // chrono-node only where the rules have no pattern: numeric and unusual written formats.
  // Every CHRONO_HINT pattern holds a digit.
  if ((DIGIT < 0 || hints[DIGIT] >= 0) && CHRONO_HINT.test(s)) for (const c of chronoCandidates(s, ref)) found.push(c);
  for (let j = 0; j < found.length; j++) applyModifiers(s, found[j]);
  return select(found, s.length);
}

/** Adds a rule's result, when it lies inside the chunk, to the found candidates. */
function keep(found: Candidate[], c: Made, priority: number, length: number): void {
  if (c.end > c.start && c.start >= 0 && c.end <= length) found.push(candidateOf(c, priority));
}

/** A rule's result as a candidate, every field set in one order (one object shape for all later passes). */
function candidateOf(c: Made, priority: number): Candidate {
  return {
    start: c.start,
    end: c.end,
    type: c.type,
    value: c.value,
    mod: c.mod,
    inferred: c.inferred,
    relative: c.relative,
    priority,
    deferred: c.deferred,
    point: undefined,
    freq: c.freq,
    through: c.through,
    calendar: c.calendar,
  };
}

/** Characters already taken by a kept candidate; reused across chunks (cleared after each) to spare allocations. */
let TAKEN = new Uint8Array(0);
const byLengthThenPriority = (a: Candidate, b: Candidate): number => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start;

/** Longest first, then by priority; a candidate is kept when it overlaps nothing kept before. */
function select(found: Candidate[], length: number): Candidate[] {
  if (found.length === 0) return found;
  sortShort(found, byLengthThenPriority);
  if (TAKEN.length < length) TAKEN = new Uint8Array(Math.max(length, 2048));
  const taken = TAKEN;
  const out: Candidate[] = [];
  for (let k = 0; k < found.length; k++) {
    const c = found[k];
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  for (let k = 0; k < out.length; k++) taken.fill(0, out[k].start, out[k].end);
  return sortShort(out, byStart);
}

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
    re: /\b(?:(?:late(?:\s+on)?|the\s+end\s+of|the\s+close\s+of|the\s+latter\s+part\s+of|(?:the\s+)?second\s+half\s+of|the\s+turn\s+of|the\s+(?:last|final|closing)\s+(?:days|weeks)\s+of)\s+|(?:late|end)-)$/i,
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
  // "earlier this year": part of the expression, but no mod (TimeML has none for it).
  { re: /\b(?:earlier|later)\s+(?:in\s+)?$/i, mod: undefined, last: ['earlier', 'later', 'in'], prev: ['earlier', 'later'] },
];

const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;
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

/** Widens a calendar date over "early", "mid-", "the end of" ... and records the mod; notes "no later than". */
/** "onwards" right after a date, or after up to three words of what starts then ("budget cycle onward"). */
const ONWARDS_AFTER_RE = /^((?:\s+[A-Za-z-]{1,20}){1,3}?)?\s+onwards?\b/;

function applyModifiers(s: string, c: Candidate): void {
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
  const latest = !c.mod && s.charCodeAt(c.end) === 32 ? /^\s+at\s+the\s+(latest|earliest)\b/i.exec(s.slice(c.end, c.end + 24)) : null;
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
    const half = /^(?:the\s+)?(first|second)\s+half\s+of\s/i.exec(s.slice(c.start, c.start + 24));
    if (half) {
      c.value = `${c.value}-H${half[1].toLowerCase() === 'first' ? 1 : 2}`;
      c.mod = undefined;
    }
  }
  if (c.mod || wordBefore(s, c.start, Math.max(0, c.start - 20)) !== 'than') return;
  const before = s.slice(Math.max(0, c.start - 20), c.start);
  if (/\b(?:no|not)\s+later\s+than\s+$/i.test(before)) c.mod = 'ON_OR_BEFORE';
  else if (/\b(?:no|not)\s+earlier\s+than\s+$/i.test(before)) c.mod = 'ON_OR_AFTER';
}

function toAnnotation(text: string, c: Candidate, haveRef: boolean): DateAnnotation {
  const a: DateAnnotation = {
    kind: 'date',
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    certain: c.inferred.length === 0 && !(c.relative && !haveRef) && !c.calendar,
  };
  if (c.mod) a.mod = c.mod;
  if (c.inferred.length) a.inferred = c.inferred;
  if (c.fromContext && c.inferred.length) a.fromContext = true;
  // Relative and still open: a value with X's, or "two years ago" reduced to PAST_REF for want of a date.
  if (c.relative && !haveRef && (c.value.includes('X') || c.value === 'PAST_REF')) a.unresolved = true;
  if (c.point) a.point = c.point;
  if (c.freq) a.freq = c.freq;
  if (c.through) a.through = c.through;
  if (c.calendar) a.calendar = c.calendar;
  // "10 a.m. EST": the zone the clock is in (the TIMEX3 value has none).
  if (c.type === 'TIME' && endsInClock(c.value)) {
    const z = zoneIn(a.text, c.value);
    if (z) {
      a.zone = z.zone;
      if (z.offset !== undefined) a.utcOffset = formatOffset(z.offset);
    }
  }
  return a;
}
