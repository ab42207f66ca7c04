// Reads the regex rules over the chunks of each paragraph: the rules in their order with their hints and gates, one
// scan for the hints, each rule run from a little before its first hint, and the longest candidates that overlap none
// kept. Apart from findDates (dates.ts), which runs it and then the passes over the whole text.
import type { Paragraph } from '../types';
import type { Candidate, Made, Rule, RuleContext } from './candidate';
import type { Ymd } from './calendar';
import { chunksOf, DATE_HINT } from './chunks';
import { chronoCandidates } from './chronoPass';
import { calendarRules } from './rulesCalendar';
import { relativeRules } from './rulesRelative';
import { spanRules } from './rulesSpan';
import { hijriRules } from './hijri';
import { persianRules } from './persian';
import { banglaRules } from './bangla';
import { makeScanner, type ScannerPlan } from './triggers';
import { DIGIT_HINT } from './lexicon';
import { sortShort } from '../order';
import { applyModifiers } from './modifiers';

const RULES: Rule[] = [...calendarRules, ...relativeRules, ...spanRules, ...hijriRules, ...persianRules, ...banglaRules];
/** The distinct hints and gates, and for each rule the indexes of its hints and of its gates (empty when none). */
export const HINTS: RegExp[] = [...new Set(RULES.flatMap((r) => [...(r.hint ? [r.hint] : []), ...(r.also ?? []), ...(r.gate ?? [])]))];
const HINTS_OF = RULES.map((r) => [...(r.hint ? [r.hint] : []), ...(r.also ?? [])].map((h) => HINTS.indexOf(h)));
const GATES_OF = RULES.map((r) => (r.gate ?? []).map((h) => HINTS.indexOf(h)));
declare const __POLICY_LENS_SCANNER_PLAN__: ScannerPlan | undefined;
// (The bundles hold the plan, computed when they were built: build/scannerPlan.mjs.)
const SCANNER = makeScanner(HINTS, typeof __POLICY_LENS_SCANNER_PLAN__ !== 'undefined' ? __POLICY_LENS_SCANNER_PLAN__ : undefined);
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

/**
 * The candidates of every paragraph, in text coordinates. Kept apart from the passes after it: the loop gets
 * optimised while it runs, and code after it that has not run yet would then deoptimise it on first use.
 */
export function readParagraphs(text: string, paragraphs: Paragraph[], ref: Ymd | null): Candidate[] {
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
    fiscal: c.fiscal,
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

const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;
