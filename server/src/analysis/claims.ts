// Claims worth sourcing, and the diagnostics for unsourced or vaguely sourced ones.
//
// Each body sentence (not front matter, dateline, heading, question or suppression marker) is scored on the
// words that are the reporter's own: reported content, quotations, sources, cues and dates are masked out
// first. A sentence whose own words still carry claim features is unsourced; one whose claim sits inside a
// vague attribution is vague; one inside a named (or named-role) attribution is sourced.
//
// Suppression, the same in .news, Markdown and plain text:
//   - per sentence: the token `policy-lens-ignore`, written `<!-- policy-lens-ignore -->` (invisible in rendered
//     Markdown) or `[policy-lens-ignore]`, at the end of the sentence or alone on the line before it;
//     `policy-lens-ignore unsourced-claim` silences only that rule;
//   - per file, in the front matter: `policy-lens: { claims: false }` switches both rules off, and
//     `policy-lens: { ignore: [vague-attribution] }` switches off the rules listed (`policyLens` also works);
//   - per rule, for every file: options.disabledRules.
// (The markers and switches are read in suppressions.ts, the reasons a sentence is no claim at all in notClaims.ts.)
import type { ActorAnnotation, AttributionAnnotation, Claim, DateAnnotation, Finding, FrontMatter, Sentence, Severity, Span } from './types';
import type { Segmentation } from './segment';
import { afterListMarker } from './sentences';
import { REASON_WORDS, mayHoldWeasel, scoreText } from './claimFeatures';
import { backOverBlanks, isClosingQuote, isDigitCode, lastIndexWithin, skipBlanks, testLong } from './chars';
import { actorsOwnAct, hasWords, measuresTerms, notAClaim } from './notClaims';
import { documentKind, issuerDocument, issuerNamed, leadTitles, ownSummaryItems, releaseAbout, reportIssuer, STATISTICAL_RELEASE } from './documentKinds';
import { weaselCue } from './weaselCue';
import { STANCE_CUES } from './cues';
import { maskedTriggerBits, maskSpans, maskWith, NO_SPANS } from './claimMasks';
import { fileDisabledRules, mayOpenMarker, silenced, suppressions } from './suppressions';
import { lowerBound, sortByStart, Unmarked } from './order';

export interface ClaimOptions {
  enabled: boolean;
  unsourcedSeverity: Severity;
  vagueSeverity: Severity;
  /** Rule codes switched off (e.g. "vague-attribution"). */
  disabledRules: string[];
  /** Lowest score at which an unsourced sentence is reported (0..1). */
  minScore: number;
  /** Count a claim whose only sources are anonymous named-role ones ("officials familiar with the matter") as vague,
   * not sourced. (Their attributions get an "Unnamed source" finding either way.) */
  anonymousIsVague: boolean;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = {
  enabled: true,
  unsourcedSeverity: 'warning',
  vagueSeverity: 'information',
  disabledRules: [],
  minScore: 0.25,
  anonymousIsVague: false,
};

export interface ClaimContext {
  attributions: AttributionAnnotation[];
  dates: DateAnnotation[];
  actors: ActorAnnotation[];
  frontMatter: FrontMatter | null;
}

const SENTENCE_CAP = 5000;

/** Judges each sentence: a claim or not, and how it is sourced. */
export function findClaims(
  text: string,
  seg: Segmentation,
  ctx: ClaimContext,
  options?: Partial<ClaimOptions>,
): { claims: Claim[]; findings: Finding[] } {
  const opts = { ...DEFAULT_CLAIM_OPTIONS, ...options };
  const off = new Set([...opts.disabledRules, ...fileDisabledRules(ctx.frontMatter)]);
  if (!opts.enabled) return { claims: [], findings: [] };
  const claims: Claim[] = [];
  const findings: Finding[] = [];
  try {
    judge(text, seg, ctx, opts, off, claims, findings);
  } catch {
    // The core never throws: a failure loses findings, not the article.
  }
  return { claims, findings };
}

// (judge's loop calls small functions and creates no closures per sentence: one large function with closures over its
// loop's variables stayed in the baseline tier for the whole stage of a cold run, its optimisation taking ~50 ms.)
function judge(
  text: string,
  seg: Segmentation,
  ctx: ClaimContext,
  opts: ClaimOptions,
  off: Set<string>,
  claims: Claim[],
  findings: Finding[],
): void {
  const suppressed = suppressions(text, seg);
  // (The page's notes on itself, a correction or a copyright line, claim nothing of the story.)
  const headings = new Set(seg.notes ? [...(seg.headings ?? []), ...seg.notes] : (seg.headings ?? []));
  const titles = leadTitles(text, seg);
  let issuer = issuerDocument(text, seg, titles);
  let named = issuer ? issuerNamed(seg, titles, ctx.actors) : null;
  // (A release no title calls one is read by its dateline and its closing "About" boilerplate.)
  const about = issuer ? null : releaseAbout(text, seg, titles);
  if (about !== null) {
    issuer = true;
    named = issuerNamed(seg, titles, ctx.actors) ?? { entity: null, category: 'organization', names: [about], actors: [], starts: [] };
    named.about = about;
  }
  const reporter = reportIssuer(text, seg, titles);
  const kind = documentKind(text, seg, titles);
  const summary = ownSummaryItems(text, seg);
  const atts = sortByStart(ctx.attributions.slice());
  // (The named sources, for the nearest one to each unsourced claim.)
  const sourced = atts.filter((a) => a.source && !a.vague);
  const sourcedStarts = sourced.map((a) => a.start);
  const buckets = bucketBySentence(seg.sentences, atts);
  const dates = ctx.dates;
  let di = 0;
  let qi = 0;
  const lineStart = lineStartReader(text);
  let cleared = -1;
  let actorStarts: number[] | undefined;
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si];
    if (headings.has(s.paragraph) || s.paragraph < titles) continue;
    let start = firstJudged(text, seg, s);
    // An item of a list that runs on a clause's sentence ("... coordinated 58 aid movements:⏎- 21 were facilitated;⏎-
    // 7 were cancelled."): the lead's sentence is judged, not each of its parts.
    if (start > s.start && continuesListedSentence(text, s.start, s.end)) continue;
    const end = Math.min(s.end, start + SENTENCE_CAP);
    // Fragments of one or two words ("Turnout 62%", "Iraq: 40%", "Yes.") are data or asides, not claims; so are a
    // table's rows and a report's key figures ("| Kalemba | 486 | 9 |", "Cumulative cases, 2025: 1,742").
    if (!hasWords(text, start, end, 3) || isTableRow(text, lineStart(start), start) || (keyFigureTail(text, start, end) && KEY_FIGURE_RE.test(text.slice(start, end)))) continue;
    // A marker that opens the sentence belongs to the sentence before it: judge what follows it.
    if (mayOpenMarker(text, start, end)) {
      const lead = /^\s*(?:<!--\s*policy-lens-ignore[^>]{0,80}-->|\[policy-lens-ignore[^\]]{0,80}\])\s*/.exec(text.slice(start, Math.min(end, start + 120)));
      if (lead) {
        start += lead[0].length;
        if (!hasWords(text, start, end, 3)) continue;
      }
    }
    if (endsWithQuestion(text, start, end) || opensComment(text, start, end)) continue;
    // An interviewer's question set in bold, its premise with it ("**What about the United States? Washington was the
    // most important outside actor.**").
    if (boldQuestionParagraph(text, seg.paragraphs[s.paragraph])) continue;
    // Spans that are not the reporter's own words: attribution parts, quotations, dates.
    const masks: Span[] = [];
    const here: AttributionAnnotation[] = [];
    const bucket = buckets[si];
    if (bucket !== undefined) attributionMasks(text, s, bucket, here, masks);
    const plain: Span[] = [];
    qi = spansWithin(seg.quotations, qi, start, end, plain);
    di = datesWithin(text, dates, di, start, end, plain);
    const plainSpans = maskSpans(start, end, plain, NO_SPANS);
    const whole = maskWith(text, start, end, plainSpans);
    // One pass over the words decides which feature regexes can match at all; the masked text can only
    // lose matches, so the same bits gate it. The whole sentence is scored only when it is needed.
    // (Read from the article between the masked spans: the article is one flat string, the masked copy often a
    // concatenation that the scan would first have to flatten.)
    const bits = maskedTriggerBits(text, start, end, plainSpans);
    // The reporter's own words: the whole sentence less the attributions. With none, or with no feature word
    // anywhere (then every score is 0 whatever is masked), that is the same text.
    let own = whole;
    let ownBits = bits;
    if (masks.length && bits) {
      const ownSpans = maskSpans(start, end, masks, plain);
      own = maskWith(text, start, end, ownSpans);
      // (Its own bits: most of the feature words an attribution holds are no longer searched for.)
      ownBits = maskedTriggerBits(text, start, end, ownSpans);
    }
    const ownScore = scoreText(own, ownBits);
    // (Whether it is the same string, not the same text: comparing two copies reads them through.)
    let wholeS: { reasons: string[]; score: number } | undefined = !(masks.length && bits) ? ownScore : undefined;
    const sup = suppressed.get(si);
    const scored = ownScore.score >= opts.minScore && ownScore.reasons.length > 0 && !(summary !== null && summary.has(s.paragraph));
    // (cleared: the last sentence whose figures were judged no claim, the record the writer's arithmetic may go on from.)
    const unsourced = scored && !notAClaim(text, start, end, own, ownScore.reasons, ownBits, seg, si, buckets, issuer, reporter, kind, named, cleared === si - 1) && !actorsOwnAct(text, start, end, ownScore.reasons, ctx.actors, (actorStarts ??= ctx.actors.map((a) => a.start))) && !measuresTerms(text, start, end, ownScore.reasons);
    if (scored && !unsourced && ownScore.reasons.includes('figure')) cleared = si;
    if (unsourced) {
      const claim = unsourcedClaim(start, s.end, ownScore);
      claims.push(claim);
      if (!silenced(off, sup, 'unsourced-claim')) addFinding(findings, unsourcedFinding(claim, s, seg, sourced, sourcedStarts, opts));
    } else if (here.length && (wholeS ??= scoreText(whole, bits)).score >= opts.minScore) {
      claims.push(sourcedClaim(start, s.end, wholeS, here, opts));
    }
    vagueFindings(text, findings, here, start, s.end, opts, off, sup, whole, bits, wholeS, (kind & STATISTICAL_RELEASE) !== 0);
  }
}

/**
 * Whether what "is expected" is a step on a timetable and when it falls: "to vote in January", "to meet in Brussels on
 * Monday", "to be signed next week".
 */
function scheduledStep(text: string, content: Span): boolean {
  const c = text.slice(content.start, Math.min(content.end, content.start + 120));
  return c.startsWith('to ') && SCHEDULED_STEP_RE.test(c) && STEP_WHEN_RE.test(c);
}
const SCHEDULED_STEP_RE = /^to\s+(?:vote|meet|sign|convene|debate|rule|decide|attend|travel|visit|arrive|return|resume|reconvene|hold\s+(?:a|its|their)\s+(?:vote|meeting|hearing|session|summit|talks)|take\s+up|be\s+(?:signed|held|debated|voted\s+on|put\s+to\s+a\s+vote|published|released|announced|adopted|approved|formally\s+adopted))\b/;
/** When the step falls: "in January", "on Monday", "next week", "later this month", "by the end of the year". */
const STEP_WHEN_RE = /\b(?:in|on|by|before|after|next|later|early|late|this|until)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|spring|summer|autumn|fall|winter|\d{1,2}\b|\d{4}\b|the\s+(?:coming|next)\b)/;

/** An impersonal cue of estimating: "is expected", "were estimated", "is projected". */
const OWN_ESTIMATE_CUE_RE = /^(?:is|are|was|were|has\s+been|have\s+been)\s+(?:expected|estimated|projected|forecast)$/;

/**
 * The findings of vague wording and of each vague attribution in the sentence [start, end), scored on its whole text
 * (wholeS, if already scored). (Called for every judged sentence, so that the first vague one throws away the
 * optimised code of this small function, not of judge.)
 */
function vagueFindings(text: string, findings: Finding[], here: AttributionAnnotation[], start: number, end: number, opts: ClaimOptions, off: Set<string>, sup: Set<string> | undefined, whole: string, bits: number, wholeS: { reasons: string[]; score: number } | undefined, ownEstimates: boolean): void {
  // Weasel wording with no attribution to carry it ("many believe", "probably"): one milder finding.
  if (mayHoldWeasel(bits) && !vagueWithin(here, start, end) && !silenced(off, sup, 'vague-attribution')) {
    const cue = weaselCue(text, start, whole, here);
    if (cue !== null) {
      addFinding(findings, {
        code: 'vague-attribution',
        severity: opts.vagueSeverity,
        start: cue.start,
        end: cue.start + cue.text.length,
        message: `Vague wording: "${cue.text}" does not say who. Name the source or the figure.`,
        reasons: ['weasel-words'],
        score: round(Math.max(0.2, (wholeS ??= scoreText(whole, bits)).score * 0.8)),
      });
    }
  }
  // (The source already flagged in this sentence: "Critics said ..., adding that ..." asks once who the critics are.)
  let flaggedFrom = -1;
  let flaggedTo = -1;
  for (let j = 0; j < here.length; j++) {
    const a = here[j];
    if (a.start < start || a.start >= end) continue;
    // An anonymous source ("two diplomats said", "a senior official, speaking on condition of anonymity, said") gives a
    // role but withholds the name: the reader should see that as well as a vague one, in its own words.
    // (Anonymous sources can be silenced alone, by the rule name "anonymous-source": wire copy is full of them.)
    if (!(a.vague || (a.anonymous && !hedgedAnonymous(text, a))) || silenced(off, sup, 'vague-attribution') || (!a.vague && silenced(off, sup, 'anonymous-source'))) continue;
    // (A statistical release's "is expected to", "was estimated at" is its own estimate: "Services is expected to have the
    // highest annual rate in November" under "Flash estimate - November 2026".)
    if (ownEstimates && a.vague && OWN_ESTIMATE_CUE_RE.test(a.text)) continue;
    // ("Lawmakers grilled the chief executive on Tuesday": an act toward someone that reports nothing said attributes no
    // claim, and so is no vague attribution.)
    if (a.vague && !a.content && STANCE_CUES.has(a.text.toLowerCase())) continue;
    // ("the European Parliament, which is expected to vote in January": a body's timetable, no one's forecast to source.)
    if (a.vague && !a.source && a.content && a.text.endsWith('expected') && scheduledStep(text, a.content)) continue;
    // The finding marks who is vague, not only the verb: "Democrats said", "the polls showed" (the source right
    // before its cue, in the same sentence).
    const src = a.source;
    if (src && src.start === flaggedFrom && src.end === flaggedTo) continue;
    if (src) {
      flaggedFrom = src.start;
      flaggedTo = src.end;
    }
    const from = src && src.end <= a.start && src.start >= start && a.start - src.end <= 24 ? src.start : a.start;
    addFinding(findings, {
      code: 'vague-attribution',
      severity: opts.vagueSeverity,
      start: from,
      end: a.end,
      message: a.vague ? `Vague attribution: "${oneLine(a.source?.text ?? a.text)}" names no one. Who says so?` : `Anonymous source: the article does not name "${oneLine(a.source?.text ?? a.text)}". Can someone on the record confirm it?`,
      reasons: [a.vague ? 'vague-source' : 'anonymous-source'],
      score: round(Math.max(0.3, (wholeS ??= scoreText(whole, bits)).score)),
    });
  }
}

/**
 * Adds a finding to findings kept in order of start, then end (stably: it goes after those equal to it). Sentences come
 * in order and a sentence's findings lie within it, so a finding moves back past a few of its own sentence's at most,
 * where sorting them all at the end called a comparator some 15,000 times.
 */
function addFinding(findings: Finding[], f: Finding): void {
  let j = findings.length;
  while (j > 0 && (findings[j - 1].start > f.start || (findings[j - 1].start === f.start && findings[j - 1].end > f.end))) j--;
  if (j === findings.length) findings.push(f);
  else findings.splice(j, 0, f);
}

/**
 * Pushes onto out the spans of list, sorted by start and by end, from index i on that reach into [start, end); returns
 * the index of the first that ends after start, where the next sentence's look begins. (Its own function: dates come
 * in several shapes, and the first of a new one would throw away the optimised judge.)
 */
function spansWithin(list: readonly Span[], i: number, start: number, end: number, out: Span[]): number {
  while (i < list.length && list[i].end <= start) i++;
  for (let k = i; k < list.length && list[k].start < end; k++) out.push(list[k]);
  return i;
}

/**
 * spansWithin for the dates, less the length of time of a record ("at a 16-year low", "a 17-month high"): there it is
 * the figure the sentence claims, no when.
 */
function datesWithin(text: string, list: readonly DateAnnotation[], i: number, start: number, end: number, out: Span[]): number {
  while (i < list.length && list[i].end <= start) i++;
  for (let k = i; k < list.length && list[k].start < end; k++) if (!recordLength(text, list[k])) out.push(list[k]);
  return i;
}
const RECORD_AFTER_RE = /^ (?:high|low)s?\b/;
/** Whether the date is the "16-year" of "a 16-year low". */
function recordLength(text: string, d: DateAnnotation): boolean {
  const c = text.charCodeAt(d.end + 1);
  return (c === 104 || c === 108) && d.text.includes('-') && RECORD_AFTER_RE.test(text.slice(d.end, d.end + 7));
}

/** Whether the text [from, to) ends in a list item's own ";" (or "; and", "; or"). */
function endsInSemicolon(text: string, from: number, to: number): boolean {
  const e = backOverBlanks(text, to, from);
  return text.charCodeAt(e - 1) === 59 || (e - from > 6 && testLong(SEMICOLON_AND_END_RE, text.slice(e - 7, e)));
}
const SEMICOLON_AND_END_RE = /;\s+(?:and|or)$/;

/**
 * Whether the list item at [start, end) is a part of one sentence: it, or the item before it, ends in ";" (or "; and"),
 * and the items run up (over at most twelve lines) to a lead of four words or more that ends in a colon.
 */
function continuesListedSentence(text: string, start: number, end: number): boolean {
  let lineEnd = backOverBlanks(text, start);
  let lineStart = lineStartWithin(text, lineEnd);
  if (lineStart < 0 || (!endsInSemicolon(text, start, end) && !endsInSemicolon(text, lineStart, lineEnd))) return false;
  for (let k = 0; k < 12 && lineStart >= 0 && lineEnd > lineStart; k++) {
    if (text.charCodeAt(lineEnd - 1) === 58) {
      const lead = text.slice(lineStart, lineEnd);
      return testLong(LEAD_WORDS_RE, lead) && /[a-z]/.test(lead);
    }
    if (!endsInSemicolon(text, lineStart, lineEnd) || afterListMarker(text, lineStart, lineEnd) === lineStart) return false;
    lineEnd = backOverBlanks(text, lineStart);
    lineStart = lineStartWithin(text, lineEnd);
  }
  return false;
}
/** The start of the line that ends at `lineEnd`, read back no further than 400 characters (-1 past that). */
function lineStartWithin(text: string, lineEnd: number): number {
  const nl = lastIndexWithin(text, '\n', lineEnd - 1, Math.max(0, lineEnd - 400));
  return nl >= 0 ? nl + 1 : lineEnd <= 400 ? 0 : -1;
}
/** A lead of four words or more before its colon. */
const LEAD_WORDS_RE = /^\s*\S+\s+\S+\s+\S+\s+\S/;

/** Where a sentence is judged from: past a wire dateline, a live blog's time stamp and a list item's marker. */
function firstJudged(text: string, seg: Segmentation, s: Sentence): number {
  let start = s.start;
  // A sentence that opens with the wire dateline is judged (and marked) from its first word after it.
  if (seg.dateline && start < seg.dateline.end) start = skipBlanks(text, Math.max(start, seg.dateline.end), s.end);
  // So is a live blog's entry from its first word after its time stamp ("16:05 GMT — ...").
  if (isDigitCode(text.charCodeAt(start))) start += timeStampLength(text, start, s.end);
  // A list item is judged from its first word: its marker is no part of the claim.
  if (start === seg.paragraphs[s.paragraph]?.start) start = afterListMarker(text, start, s.end);
  return start;
}

/** The sentence's attributions that source or are vague (into `here`), and the spans they cover (into `masks`). */
function attributionMasks(text: string, s: Sentence, bucket: AttributionAnnotation[], here: AttributionAnnotation[], masks: Span[]): void {
  for (let j = 0; j < bucket.length; j++) {
    const a = bucket[j];
    // An attribution that names no source and is not marked vague ("questions about") sources nothing.
    if (!a.source && !a.vague) continue;
    const c = a.content;
    here.push(a);
    masks.push({ start: a.start, end: a.end });
    // "The European Union, the largest contributor, said": the source and what describes it up to the cue.
    if (a.source) masks.push(a.source.end <= a.start ? { start: a.source.start, end: a.end } : a.source);
    if (c) masks.push(c);
    // "At least 112 civilians were reportedly killed": a hedging adverb inside its clause puts the whole clause, its
    // subject too, on hearsay; the vague attribution's own finding asks who says so, and the clause is no unsourced claim.
    if (!a.source && c && c.start >= a.end && a.start > s.start && text.charCodeAt(a.end - 1) === 121 && text.charCodeAt(a.end - 2) === 108) {
      const from = clauseStartBefore(text, s.start, a.start);
      if (from < a.start) masks.push({ start: from, end: a.start });
    }
    // "Trade reached $1 billion, according to the chamber, a 27% increase": what trails the source is its figure too.
    // ("Pence drew 60 percent of the conversation, Twitter announced, gaining 22,000 followers": so is what trails a
    // source and its cue set after their content.)
    if (c && a.source && c.end <= a.start && (a.source.start >= a.end || c.end <= a.source.start)) {
      const tail = trailingFigure(text, Math.max(a.source.end, a.end), s.end);
      if (tail) masks.push(tail);
    }
  }
}

/** Where the clause holding `at` starts: after the last ";" or ", and" / ", but" / ", while" before it, else `floor`. */
function clauseStartBefore(text: string, floor: number, at: number): number {
  for (let i = at - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 59) return i + 1;
    if (c === 44 && CLAUSE_JOIN_RE.test(text.slice(i, Math.min(at, i + 8)))) return i + 1;
  }
  return floor;
}

/** ", and ", ", but ", ", while " after a comma: a new clause. */
const CLAUSE_JOIN_RE = /^,\s+(?:and|but|while|whereas)\s/;

/**
 * The claim of a sentence whose reporter's own words make it. (A function of its own: claims outlive the sentence, so
 * V8 soon allocates them in the old generation, and that decision throws away the optimised code that allocates them.)
 */
function unsourcedClaim(start: number, end: number, score: { reasons: string[]; score: number }): Claim {
  return { start, end, reasons: score.reasons, score: round(score.score), status: 'unsourced' };
}

/** The claim of a sentence whose claim sits inside its attributions: vague when they all are, else sourced. */
function sourcedClaim(start: number, end: number, score: { reasons: string[]; score: number }, here: AttributionAnnotation[], opts: ClaimOptions): Claim {
  let named: AttributionAnnotation | undefined;
  for (let j = 0; j < here.length && !named; j++) if (!here[j].vague && !(here[j].anonymous && opts.anonymousIsVague)) named = here[j];
  return { start, end, reasons: score.reasons, score: round(score.score), status: named ? 'sourced' : 'vague', attribution: named ?? here[0] };
}

/** A source's words on one line for a message ("two diplomats familiar with\nthe matter"). */
function oneLine(s: string): string {
  return s.indexOf('\n') < 0 ? s : s.replace(/\s+/g, ' ');
}

/** "A person may doubt", "the sources may simply confirm": a modal before the verb of an anonymous source tells what
 * anyone might do, not what an unnamed source said. */
function hedgedAnonymous(text: string, a: AttributionAnnotation): boolean {
  const src = a.source;
  return !!src && src.end <= a.start && a.start - src.end < 40 && HEDGED_BETWEEN_RE.test(text.slice(src.end, a.start));
}
const HEDGED_BETWEEN_RE = /\b(?:may|might|can|could|would|should|must|will|shall|do|does|did)(?:\s+not|n['\u2019]t)?(?:\s+[a-z]+ly)?\s*$/i;

/** Whether a vague or anonymous attribution's cue (which has a finding of its own) starts in [start, end). */
function vagueWithin(here: AttributionAnnotation[], start: number, end: number): boolean {
  for (let j = 0; j < here.length; j++) if ((here[j].vague || here[j].anonymous) && here[j].start >= start && here[j].start < end) return true;
  return false;
}

/** A live blog entry's time stamp and dash at `at`: "14:05 GMT — ", "9.30am - "; 0 when there is none. */
function timeStampLength(text: string, at: number, end: number): number {
  const m = TIME_STAMP_RE.exec(text.slice(at, Math.min(end, at + 24)));
  return m ? m[0].length : 0;
}
const TIME_STAMP_RE = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}))?\**\s*[\u2013\u2014-]{1,2}\s+/;

/** The sentence ends with a question mark, maybe followed by closing quotes or brackets and blanks. */
/** Whether the line holding `at`, which starts at `lineStart`, is a table row ("| District | Cases |"). */
function isTableRow(text: string, lineStart: number, at: number): boolean {
  return text.charCodeAt(skipBlanks(text, lineStart, at + 1)) === 124;
}

/**
 * The start of the line holding an offset, for offsets asked in increasing order: the text is read once in all, so
 * a long line of many sentences is not read back to its start from each of them.
 */
function lineStartReader(text: string): (at: number) => number {
  let start = 0;
  let next = text.indexOf('\n');
  return (at) => {
    if (at < start) {
      start = text.lastIndexOf('\n', at - 1) + 1;
      next = text.indexOf('\n', start);
    }
    while (next >= 0 && next < at) {
      start = next + 1;
      next = text.indexOf('\n', start);
    }
    return start;
  };
}
/**
 * Whether text[start, end) can be a KEY_FIGURE_RE match, from its end: only figures and blanks after a colon 1 to 60
 * characters in (read back from the end, over a superset of the figures' characters: most sentences fail at once).
 */
function keyFigureTail(text: string, start: number, end: number): boolean {
  let i = end - 1;
  for (; i > start; i--) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 37 || c === 40 || c === 41 || c === 43 || c === 45 || c <= 32 || c >= 128)) break;
  }
  return i > start && i - start <= 60 && text.charCodeAt(i) === 58;
}
/** A label and figures alone: "Cumulative cases, 2025: 1,742", "Hospitalizations: 226 (13%)". */
const KEY_FIGURE_RE = /^[^:.!?\n]{1,60}:\s*[\d.,%\s()+\-\u2013]+\.?\s*$/;

/** A paragraph wholly in bold (or italics) that asks something: an interview's question. */
function boldQuestionParagraph(text: string, p: Span | undefined): boolean {
  if (!p || p.end - p.start < 6 || p.end - p.start > 1200) return false;
  const c = text.charCodeAt(p.start);
  if (!(c === 42 || c === 95) || text.charCodeAt(p.end - 1) !== c) return false;
  return text.slice(p.start, p.end).includes('?');
}

function endsWithQuestion(text: string, start: number, end: number): boolean {
  let i = backOverBlanks(text, end, start) - 1;
  for (; i >= start; i--) {
    const c = text.charCodeAt(i);
    // (Also past Markdown emphasis closing a bold question: "How serious is that?**".)
    if (!isClosingQuote(c) && c !== 42 && c !== 95) break;
  }
  return i >= start && text.charCodeAt(i) === 63;
}

/** The sentence opens with an HTML comment (after blanks). */

/**
 * After an "according to" source that follows its content, a phrase that goes on with the content's figure and has no
 * verb of its own ("..., according to the chamber (Cavecol), a 27% increase on 2023", ", up from 12% in 2020"): the
 * span to the sentence's end, or null.
 */
function trailingFigure(text: string, from: number, end: number): Span | null {
  if (end - from > 160) return null;
  const tail = text.slice(from, end);
  if (!testLong(TRAILING_FIGURE_RE, tail) || FINITE_WORD_RE.test(tail)) return null;
  return { start: from, end };
}
const TRAILING_FIGURE_RE = /^\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:an?|up|down|roughly|about|nearly|almost|more\s+than|less\s+than|[a-z]{3,}ing)\s+(?:[^,;:]|,(?=\d))*$/;
const FINITE_WORD_RE = /[;:]|\b(?:is|are|was|were|has|have|had|will|would|could|can|said|says|say|do|does|did)\b/;

function opensComment(text: string, start: number, end: number): boolean {
  return text.startsWith('<!--', skipBlanks(text, start, end));
}

function unsourcedFinding(claim: Claim, s: Sentence, seg: Segmentation, sourced: AttributionAnnotation[], starts: number[], opts: ClaimOptions): Finding {
  const words = claim.reasons.map((r) => REASON_WORDS[r] ?? r);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
  const f: Finding = {
    code: 'unsourced-claim',
    severity: opts.unsourcedSeverity,
    start: claim.start,
    end: claim.end,
    message: `Unsourced claim: ${list} stated as fact. Who says so?`,
    reasons: claim.reasons,
    score: claim.score,
  };
  // The nearest named source in the same paragraph, as a hint for where the claim may come from.
  const para = seg.paragraphs[s.paragraph];
  const near = nearestSource(sourced, starts, lowerBound(starts, para.start), lowerBound(starts, para.end), claim.start, claim.end);
  if (near?.source) {
    f.related = [{ start: near.source.start, end: near.source.end, message: `Nearest source in this paragraph: ${near.source.text}` }];
  }
  return f;
}

/**
 * The first of sourced[lo, hi) (sorted by start, `starts` their starts) whose start is nearest to `from` or to `to`, or
 * undefined. Only the two beside each end can be nearest: a look through the paragraph's sources, for each of its
 * claims, was quadratic in a paragraph of thousands of both.
 */
function nearestSource(sourced: AttributionAnnotation[], starts: number[], lo: number, hi: number, from: number, to: number): AttributionAnnotation | undefined {
  let best = Infinity;
  // The lowest start at the best distance: the first source there is the one a walk in order would keep.
  let at = -1;
  const consider = (j: number): void => {
    if (j < lo || j >= hi) return;
    const d = Math.min(Math.abs(starts[j] - from), Math.abs(starts[j] - to));
    if (d < best || (d === best && starts[j] < at)) {
      best = d;
      at = starts[j];
    }
  };
  const f = lowerBound(starts, from);
  const t = lowerBound(starts, to);
  consider(Math.min(f - 1, hi - 1));
  consider(Math.max(f, lo));
  consider(Math.min(t - 1, hi - 1));
  consider(Math.max(t, lo));
  return at < 0 ? undefined : sourced[lowerBound(starts, at)];
}

/**
 * For each sentence, the attributions whose cue, source or content touches it (linear in the overlaps), and those of
 * a source in an earlier or a later sentence (the interviewer named at the top, for each "Q:" label; a footnote's note
 * at the end) for the sentences between. Those sentences are masked whole by any of them, and each keeps only what it
 * reads of them: the first, the first not vague and the first named (not vague nor anonymous), so that a long
 * interview does not put every label in the bucket of every sentence before it.
 */
function bucketBySentence(sentences: Sentence[], atts: AttributionAnnotation[]): (AttributionAnnotation[] | undefined)[] {
  const n = sentences.length;
  const ends = sentences.map((s) => s.end);
  // Filled up front: indexes assigned far apart would turn a growing array into a slow dictionary.
  const out = new Array<AttributionAnnotation[] | undefined>(n).fill(undefined);
  // The sentences between still without one (any, not vague, named) of those attributions.
  const without: Unmarked[] = [];
  // The sentences [from, to) that [lo, hi) touches.
  const range = (lo: number, hi: number): [number, number] => {
    const from = lowerBound(ends, lo + 1);
    let to = from;
    while (to < n && sentences[to].start < hi) to++;
    return [from, to];
  };
  const fill = (a: AttributionAnnotation, from: number, to: number): void => {
    for (let k = from; k < to; k++) (out[k] ??= []).push(a);
  };
  for (let j = 0; j < atts.length; j++) {
    const a = atts[j];
    let lo = a.start;
    let hi = a.end;
    if (a.content) {
      lo = Math.min(lo, a.content.start);
      hi = Math.max(hi, a.content.end);
    }
    const src = a.source;
    const [from, to] = range(lo, hi);
    if (!src) {
      fill(a, from, to);
      continue;
    }
    const [sFrom, sTo] = range(src.start, src.end);
    const gapFrom = sTo <= from ? sTo : to;
    const gapTo = sTo <= from ? from : sFrom;
    if (gapTo <= gapFrom) {
      fill(a, Math.min(from, sFrom), Math.max(to, sTo));
      continue;
    }
    fill(a, Math.min(from, sFrom), gapFrom);
    const level = a.vague ? 0 : a.anonymous ? 1 : 2;
    if (without.length === 0) for (let l = 0; l < 3; l++) without.push(new Unmarked(n));
    for (let k = without[level].next(gapFrom); k < gapTo; k = without[level].next(k + 1)) {
      (out[k] ??= []).push(a);
      for (let l = 0; l <= level; l++) without[l].strike(k);
    }
    fill(a, gapTo, Math.max(to, sTo));
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
