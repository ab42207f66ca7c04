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
import type { ActorAnnotation, AttributionAnnotation, Claim, DateAnnotation, Finding, FrontMatter, Sentence, Severity, Span } from './types';
import { afterListMarker, type Segmentation } from './segment';
import { REASON_WORDS, mayHoldWeasel, scoreText, triggerBitsIn } from './claimFeatures';
import { citesAuthorYear, WEASEL_CUE } from './cues';
import { backOverBlanks, codeAt, isAsciiUpperCode, isClosingQuote, isDigitCode, isWordCode, lastIndexWithin, lazyRegExp, skipBlanks, testLong } from './chars';

/** An upper-case letter. */
/** Keepers of records before "data": "customs ", "census ", "tanker-tracking ". */
const KEPT_DATA_RE = /\b(?:customs|census|trade|treasury|tax|payroll|shipping|tanker-tracking|ship-tracking|flight-tracking|tracking|satellite|polling|election|government|official|ministry|central\s+bank|industry|company|exchange)\s+$/i;
const UPPER_RE = /\p{Lu}/u;
import { lowerBound, sortByStart, sortShort, Unmarked } from './order';

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

const MARKER = /(?:<!--\s*|\[)policy-lens-ignore(?:\s+([\w-]+(?:[\s,]+[\w-]+)*))?\s*(?:-->|\])/g;
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

/** Rules the front matter switches off for the whole file. */
export function fileDisabledRules(fm: FrontMatter | null): string[] {
  const v = fm?.data['policy-lens'] ?? fm?.data['policyLens'];
  if (!v || typeof v !== 'object') return [];
  const o = v as Record<string, unknown>;
  const out: string[] = [];
  if (o.claims === false) out.push('unsourced-claim', 'vague-attribution');
  if (Array.isArray(o.ignore)) {
    for (const r of o.ignore) if (typeof r === 'string') out.push(r);
  } else if (typeof o.ignore === 'string') {
    out.push(o.ignore);
  }
  return out;
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
  const issuer = issuerDocument(text, seg, titles);
  const reporter = reportIssuer(text, seg, titles);
  const kind = documentKind(text, seg, titles);
  const atts = sortByStart(ctx.attributions.slice());
  // (The named sources, for the nearest one to each unsourced claim.)
  const sourced = atts.filter((a) => a.source && !a.vague);
  const sourcedStarts = sourced.map((a) => a.start);
  const buckets = bucketBySentence(seg.sentences, atts);
  const dates = ctx.dates;
  let di = 0;
  let qi = 0;
  const lineStart = lineStartReader(text);
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
    di = spansWithin(dates, di, start, end, plain);
    const plainSpans = maskSpans(start, end, plain, NO_SPANS);
    const whole = maskWith(text, start, end, plainSpans);
    // One pass over the words decides which feature regexes can match at all; the masked text can only
    // lose matches, so the same bits gate it. The whole sentence is scored only when it is needed.
    // (Read from the article between the masked spans: the article is one flat string, the masked copy often a
    // concatenation that the scan would first have to flatten.)
    const bits = maskedTriggerBits(text, start, end, plainSpans);
    // The reporter's own words: the whole sentence less the attributions. With none, or with no feature word
    // anywhere (then every score is 0 whatever is masked), that is the same text.
    const own = masks.length && bits ? maskText(text, start, end, masks, plain) : whole;
    const ownScore = scoreText(own, bits);
    // (Whether it is the same string, not the same text: comparing two copies reads them through.)
    let wholeS: { reasons: string[]; score: number } | undefined = !(masks.length && bits) ? ownScore : undefined;
    const sup = suppressed.get(si);
    if (ownScore.score >= opts.minScore && ownScore.reasons.length && !notAClaim(text, start, end, own, ownScore.reasons, bits, seg, si, buckets, issuer, reporter, kind)) {
      const claim = unsourcedClaim(start, s.end, ownScore);
      claims.push(claim);
      if (!silenced(off, sup, 'unsourced-claim')) addFinding(findings, unsourcedFinding(claim, s, seg, sourced, sourcedStarts, opts));
    } else if (here.length && (wholeS ??= scoreText(whole, bits)).score >= opts.minScore) {
      claims.push(sourcedClaim(start, s.end, wholeS, here, opts));
    }
    vagueFindings(text, findings, here, start, s.end, opts, off, sup, whole, bits, wholeS);
  }
}

/**
 * The findings of vague wording and of each vague attribution in the sentence [start, end), scored on its whole text
 * (wholeS, if already scored). (Called for every judged sentence, so that the first vague one throws away the
 * optimised code of this small function, not of judge.)
 */
function vagueFindings(text: string, findings: Finding[], here: AttributionAnnotation[], start: number, end: number, opts: ClaimOptions, off: Set<string>, sup: Set<string> | undefined, whole: string, bits: number, wholeS: { reasons: string[]; score: number } | undefined): void {
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
  for (let j = 0; j < here.length; j++) {
    const a = here[j];
    if (a.start < start || a.start >= end) continue;
    // An anonymous source ("two diplomats said", "a senior official, speaking on condition of anonymity, said") gives a
    // role but withholds the name: the reader should see that as well as a vague one, in its own words.
    // (Anonymous sources can be silenced alone, by the rule name "anonymous-source": wire copy is full of them.)
    if (!(a.vague || (a.anonymous && !hedgedAnonymous(text, a))) || silenced(off, sup, 'vague-attribution') || (!a.vague && silenced(off, sup, 'anonymous-source'))) continue;
    // The finding marks who is vague, not only the verb: "Democrats said", "the polls showed" (the source right
    // before its cue, in the same sentence).
    const src = a.source;
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
    if (c && a.source && c.end <= a.start && a.source.start >= a.end) {
      const tail = trailingFigure(text, a.source.end, s.end);
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
 * What is no claim though it has claim features: a recommendation, a standing note, a recorded decision, a sentence that
 * names its own source, an issuer's own words (or, in an agency's report, `reporter`'s), a law's terms, a treaty's own
 * words, a transition into sources, an election's declared result, an observer mission's or a surveillance report's own
 * record (as the document's `kind` says). (Asked only of what would be one, the rarer case.)
 */
function notAClaim(text: string, start: number, end: number, own: string, reasons: string[], bits: number, seg: Segmentation, si: number, buckets: (AttributionAnnotation[] | undefined)[], issuer: boolean, reporter: string | null, kind: number): boolean {
  const s = seg.sentences[si];
  return recommends(text, start, end) || scheduleNote(text, start, end, reasons) || lawsTerms(text, start, end, reasons) || recordedDecision(text, start, end, own, reasons, bits) || electionResult(text, start, end, reasons) || marketRecord(text, start, end, reasons) || (kind !== 0 && documentsOwnRecord(text, start, end, reasons, kind)) || namesOwnSource(text, start, end, own, bits, si > 0 && seg.sentences[si - 1].paragraph === s.paragraph ? buckets[si - 1] : undefined) || (issuer && issuersOwnWords(text, start, end, seg.paragraphs[s.paragraph])) || leadsIntoSources(text, start, end, reasons, seg.sentences[si + 1], buckets[si + 1]) || sourcingNote(text, start, end) || contactBlock(text, start, end) || treatyOwnWords(text, start, end, reasons) || (si > 0 && seg.sentences[si - 1].paragraph === s.paragraph && continuesAssessment(text, start, end, seg.sentences[si - 1], buckets[si - 1])) || onlyAskedWhether(own, bits) || (reporter !== null && reportersOwnWords(text, start, end, reporter));
}

/**
 * "Historians have long argued over whether the treaty made the war inevitable", "It is unclear whether the truce will
 * hold": what a "whether" clause holds is asked, not asserted. Whether the rest of the sentence, less that clause (up to
 * its comma, semicolon or colon), still claims anything.
 */
function onlyAskedWhether(own: string, bits: number): boolean {
  const w = own.indexOf('whether');
  if (w < 0 || (w > 0 && isWordCode(own.charCodeAt(w - 1))) || isWordCode(codeAt(own, w + 7))) return false;
  let e = w + 7;
  while (e < own.length && own.charCodeAt(e) !== 44 && own.charCodeAt(e) !== 59 && own.charCodeAt(e) !== 58) e++;
  return !scoreText(own.slice(0, w) + own.slice(e), bits).reasons.length;
}

/**
 * The factors of an assessment just given, in the sentence after it: "WHO assesses the overall risk as high. Factors
 * include insufficient vaccine supply and weak surveillance." The list is the assessor's, as the assessment is.
 */
function continuesAssessment(text: string, start: number, end: number, prev: Sentence, prevAtts: AttributionAnnotation[] | undefined): boolean {
  const head = text.slice(start, Math.min(end, start + 60));
  if (!head.includes(' include') || !FACTORS_INCLUDE_RE.test(head)) return false;
  if (prevAtts?.some((a) => !a.vague && !a.anonymous && !!a.source)) return true;
  return ASSESSES_RE().test(text.slice(prev.start, Math.min(prev.end, prev.start + 120)));
}
/** "Factors include", "Contributing factors include", "Key drivers included": a list of an assessment's grounds. */
const FACTORS_INCLUDE_RE = /^\W*(?:(?:the\s+)?(?:main|key|contributing|underlying|aggravating|major|other)\s+)?(?:factors|drivers|reasons|grounds|risk\s+factors)\s+(?:for\s+this\s+)?include[ds]?\b/i;
/** A named body that assesses or rates something: "WHO assesses the overall risk as high", "ECDC considers the risk". */
const ASSESSES_RE = lazyRegExp(() => /^\W*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,6}(?:(?:currently|now|also|still)\s+)?(?:assesses|assessed|considers|considered|rates|rated|judges|judged|classifies|classified|grades|graded)\s/u);

/**
 * What a law, a rule, a deal or one of their provisions lays down, in a sentence it opens: "Under the act, companies
 * face fines of up to €35 million", "Under the DMA, gatekeepers face fines of up to 10%", "Under the constitution, a
 * candidate must win more than 50 per cent", "Under Article XV of the agreement, the withdrawal takes effect six months
 * after notification", "In accordance with article 28 (2) of the Agreement, ...". Its figures, limits, rules and what
 * will happen are the text's own terms, not the reporter's claim; a cause or a trend is still a claim ("Under the
 * deal, prices rose 40% because of the tariffs"), and so is what happens under anything else ("Under pressure, ...").
 */
function lawsTerms(text: string, start: number, end: number, reasons: string[]): boolean {
  const at = skipBlanks(text, start, end);
  const c = text.charCodeAt(at);
  // (Every opener starts "Under", "In accordance", "Pursuant" or "As provided".)
  if (c !== 85 && c !== 73 && c !== 80 && c !== 65) return false;
  if (!reasonsWithin(reasons, LAW_TERM_REASONS)) return false;
  const head = text.slice(at, Math.min(end, at + 160));
  return head.includes(',') && (testLong(UNDER_LAW_RE, head) || PROVISION_OPEN_RE().test(head));
}
const LAW_TERM_REASONS = new Set(['figure', 'comparison', 'superlative', 'evaluative', 'prediction', 'generalisation']);
/** The reasons a treaty's own clauses may give: its figures, comparisons, what will happen and its scope. */
const TREATY_TERM_REASONS = new Set(['figure', 'comparison', 'prediction', 'generalisation']);
/** Whether every reason is one of `allowed`. */
function reasonsWithin(reasons: readonly string[], allowed: ReadonlySet<string>): boolean {
  for (let k = 0; k < reasons.length; k++) if (!allowed.has(reasons[k])) return false;
  return true;
}
/** "Under the act,", "Under the new rules,", "Under the Digital Markets Act,", "Under the DMA,", "Under the electoral law,". */
const UNDER_LAW_RE = /^Under\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\w'-]+\s+){0,6}?(?:act|law|laws|rules?|regulations?|directive|deal|agreement|accord|treaty|pact|code|order|bill|framework|ruling|decision|settlement|plan|constitution|charter|statutes?|[A-Z]{2,6}|Act|Law|Regulation|Directive|Agreement|Accord|Treaty|Code|Order|Bill|Framework|Constitution|Charter|\d+)(?:\s+of\s+the\s+[\w\s]{1,30}?)?\s*,/;

/**
 * A treaty's own words, quoted or set out whole: a preamble's clause, which ends on its comma or semicolon
 * ("Recognising that the Mara River is a shared resource of vital importance to both Parties,"); an operative clause
 * that acts as it speaks ("The Parties hereby establish a Joint Commission, which shall meet at least twice a year");
 * what the Parties shall do ("Each Party shall reduce its emissions by 40 percent"); and a final clause on when the
 * text is in force ("This Memorandum will come into effect upon signature and will remain in effect for five years",
 * "The treaty opened for signature on March 4 and will remain open for signature until March 3, 2027").
 */
function treatyOwnWords(text: string, start: number, end: number, reasons: string[]): boolean {
  const last = text.charCodeAt(backOverBlanks(text, end) - 1);
  const head = text.slice(start, Math.min(end, start + 240));
  if ((last === 44 || last === 59) && PREAMBLE_RE.test(head)) return true;
  if (head.includes(' hereby ')) return true;
  // ("This Convention shall be open for signature by all States": its generalisations are the text's scope.)
  if (!reasonsWithin(reasons, TREATY_TERM_REASONS)) return false;
  if (head.includes('Part') && head.includes(' shall ') && PARTIES_SHALL_RE().test(head)) return true;
  if (!(head.includes('force') || head.includes('effect') || head.includes('open') || head.includes('expire'))) return false;
  // (An article's heading on the line above runs into its first sentence: "Commencement and duration⏎This Memorandum ...".)
  const nl = head.indexOf('\n');
  return FINAL_CLAUSE_RE().test(nl > 0 && nl < 60 ? head.slice(nl + 1) : head);
}
/** A preamble's opening word: "Recalling", "Recognizing", "Mindful of", "Deeply concerned", "Having regard to". */
const PREAMBLE_RE = /^\W*(?:\d+\.\s+)?(?:(?:Further|Also)\s+)?(?:Recalling|Recognising|Recognizing|Noting|Acknowledging|Considering|Desiring|Reaffirming|Affirming|Convinced|Determined|Mindful|Bearing\s+in\s+mind|Emphasi[sz]ing|Stressing|Welcoming|Conscious|Aware|(?:Deeply\s+|Gravely\s+)?[Cc]oncerned|Taking\s+(?:into\s+account|note)|Guided\s+by|Having\s+regard|Expressing|Underlining|Reiterating|Believing|Seeking|Wishing|Resolved|Inspired|Encouraged|Acting\s+under)\b/;
/** What the Parties shall do: "The Parties shall", "Each Party shall", "Either Contracting Party shall not". */
const PARTIES_SHALL_RE = lazyRegExp(() => /^\W*(?:\d+\.\s+)?(?:The\s+|Each\s+|Either\s+|Any\s+|A\s+|No\s+|All\s+)?(?:High\s+)?(?:Contracting\s+)?(?:States?\s+)?Part(?:y|ies)\s+(?:(?:to\s+(?:this|the)\s+\p{Lu}\p{L}+|concerned|hereto),?\s+)?shall\b/u);
/** A treaty, by name or as "this Agreement", as subject of its own entry into force, term or signature. */
const FINAL_CLAUSE_RE = lazyRegExp(() => /^\W*(?:\d+\.\s+)?(?:This|The|Its)\s+(?:[\p{L}\d-]+\s+){0,6}?(?:Agreement|Treaty|Convention|Memorandum|Protocol|Declaration|Accord|Charter|Arrangement|treaty|agreement|convention|memorandum|protocol|accord|pact)\s+(?:(?:shall|will|may)\s+(?:(?:not|only|automatically|also|then)\s+)?(?:enter\s+into\s+force|come\s+into\s+(?:force|effect)|take\s+effect|remain\s+(?:in\s+(?:force|effect)|open|valid)|expire|cease\s+to\s+have\s+effect|be\s+open\s+for\s+signature)|(?:enters|entered)\s+into\s+force|(?:comes|came)\s+into\s+(?:force|effect)|(?:takes|took)\s+effect|(?:remains|remained)\s+in\s+(?:force|effect)|expires|(?:was\s+|is\s+)?opened\s+for\s+signature|is\s+open\s+for\s+signature)\b/u);
/** A provision or a treaty's terms opening the sentence, up to its comma: "Under Article 6 of the treaty,", "Under the
 * terms of the accord,", "Pursuant to article 12,", "Under the safeguard chapter,". */
const PROVISION_OPEN_RE = lazyRegExp(() => /^(?:Under|In\s+accordance\s+with|Pursuant\s+to|As\s+provided\s+(?:for\s+)?(?:in|by))\s+(?:the\s+terms\s+of\s+)?(?:(?:(?:the|this|its|that)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:[Aa]rticle|[Ss]ection|[Pp]aragraph|[Aa]nnex|[Cc]hapter|[Cc]lause|[Pp]rovisions?|[Pp]rotocol|[Tt]erms)(?:\s+[\dIVXLC]+(?:\.\d+)*(?:\s?\(\w{1,3}\))*)?|(?:the|this|that|its)\s+(?:(?:\d{4}|new|original|interim|draft|landmark)\s+)?(?:treaty|agreement|accord|convention|memorandum|pact|deal|charter|Treaty|Agreement|Convention|Memorandum|Charter))(?:\s+of\s+(?:the|this|its|that)\s+(?:[\p{L}-]+\s+){0,5}?(?:treaty|agreement|accord|convention|protocol|charter|memorandum|pact|deal|Treaty|Agreement|Convention|Protocol|Charter|Memorandum))?\s*,/u);


/** A telephone number or an e-mail address: a contact block's line ("Tel.: +47 22 24 00 00", "press@example.no"). */
const CONTACT_RE = /[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:tel|phone|mobile|fax)\b|\+\d{1,3}[\s\d()-]{6,}\d/i;

/**
 * A contact block under a press release or a letter ("Kari Nordmann⏎Press Officer, Ministry of Energy⏎Tel.: +47 22
 * 24 00 00⏎Email: press@example.no"): short lines, none ending as a sentence ends, one a telephone number or an e-mail
 * address. Its numbers are how to reach someone, not figures.
 */
function contactBlock(text: string, start: number, end: number): boolean {
  if (end - start > 400) return false;
  const t = text.slice(start, end);
  const lines = t.split('\n');
  if (lines.length < 2 || !CONTACT_RE.test(t)) return false;
  for (const line of lines) {
    const l = line.trim();
    if (l.length > 60 || /[.!?]["'\u201d\u2019)]*$/.test(l)) return false;
  }
  return true;
}

/**
 * A note on how the sources were heard, not a claim: "They spoke on condition of anonymity because they were not
 * authorised to discuss internal deliberations", "The officials were not authorized to speak publicly". (Its reason
 * after "because" says why the source is unnamed.)
 */
function sourcingNote(text: string, start: number, end: number): boolean {
  const t = text.slice(start, Math.min(end, start + 300));
  return (t.includes('anonym') || t.includes('authori') || t.includes('named') || t.includes('identified')) && SOURCING_NOTE_RE.test(t);
}

const SOURCING_NOTE_RE = /^\W*(?:[\p{L}'\u2019-]+\s+){1,6}?(?:(?:spoke|speaks|speak|talked|talks|asked|asks|requested|requests|declined|insisted|(?:was|were)\s+granted|agreed\s+to\s+(?:speak|talk))\b[^.;:!?]{0,40}?(?:anonymity|anonymously|not\s+to\s+be\s+(?:named|identified)|to\s+be\s+identified\s+only)|(?:was|were|are|is)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|discuss|comment|brief)\b)/iu;

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

/** A poll that points back: "the poll", "this survey", "the latest poll". */
const THE_POLL_RE = /^(?:the|this|that)\s+(?:latest\s+|new\s+)?(?:poll|survey|opinion\s+poll)$/i;
/** A poll named by its maker: "a YouGov poll", "the Ipsos survey", "a survey by Invamer", "a poll for The Times". */
const NAMED_POLL_RE = lazyRegExp(() => /\b\p{Lu}[\p{L}&'\u2019-]+(?:\s+\p{Lu}[\p{L}&'\u2019-]+)?\s+(?:opinion\s+)?(?:poll|survey)\b|\b(?:poll|survey)\s+(?:by|for|from|conducted\s+by)\s+(?:the\s+)?\p{Lu}/u);

/** Whether a vague or anonymous attribution's cue (which has a finding of its own) starts in [start, end). */
function vagueWithin(here: AttributionAnnotation[], start: number, end: number): boolean {
  for (let j = 0; j < here.length; j++) if ((here[j].vague || here[j].anonymous) && here[j].start >= start && here[j].start < end) return true;
  return false;
}

/**
 * The sentence's weasel cue that no attribution carries (its offset and text), or null.
 * `whole` is the sentence from `start` with quotations and dates masked; `here` its attributions.
 */
function weaselCue(text: string, start: number, whole: string, here: AttributionAnnotation[]): { start: number; text: string } | null {
  const w = WEASEL_CUE.exec(whole);
  if (w === null) return null;
  const at = start + w.index + w[0].length - w[0].trimStart().length;
  // ("Eurostat data showed": data that a source names, after its name, is that source's, not vague.)
  // (So is data a body keeps: "customs data showed", "census data shows".)
  if (/^\s*data\b/i.test(w[0])) {
    for (let j = 0; j < here.length; j++) {
      const a = here[j];
      if (!a.vague && a.source && at > a.source.start && at < a.source.end && (UPPER_RE.test(text.slice(a.source.start, at)) || KEPT_DATA_RE.test(text.slice(Math.max(a.source.start, at - 24), at)))) return null;
    }
  }
  // (So is a poll, survey, study or analysis named after its maker: "the Ipsos poll showed", "A Gallup survey shows"; a
  // capital after the source's first letter names it, as "a new poll showed" does not.)
  if (/^\s*(?:polls?|surveys?|stud(?:y|ies)|research|analysis)\b/i.test(w[0])) {
    for (let j = 0; j < here.length; j++) {
      const a = here[j];
      if (!a.vague && a.source && at > a.source.start + 1 && at < a.source.end && UPPER_RE.test(text.slice(a.source.start + 1, at))) return null;
      // ("Farage said the poll showed ..." after "a new YouGov poll for The Times": the definite poll is the one named
      // before it.)
      if (!a.vague && a.source && at >= a.source.start && at < a.source.end && THE_POLL_RE.test(a.source.text) && testLong(NAMED_POLL_RE(), text.slice(Math.max(0, start - 3000), start))) return null;
    }
  }
  // ("The ministry said some flights were cancelled": inside what a named source says, "some" is theirs.)
  // (So are its hedges and quantities: "told reporters a meeting could take place, possibly before December", "said
  // Indonesia held some of the largest reserves", "said it may have breached US sanctions".)
  if (REPORTED_HEDGE_RE.test(w[0])) {
    for (let j = 0; j < here.length; j++) {
      const a = here[j];
      if (!a.vague && !a.anonymous && a.source && a.content && at >= a.content.start && at < a.content.end && (testLong(SAID_CUE_RE, a.text) || (FOUND_CUE_RE.test(a.text) && UPPER_RE.test(text.slice(a.source.start + 1, a.source.end))))) return null;
    }
  }
  // ("Some scholars dispute this (e.g., Marsh 2001)": an author-year citation names them.)
  if (citesAuthorYear(text.slice(start, start + whole.length))) return null;
  // ("Asked whether Macron might visit Moscow, Peskov said": a modal in a question put to someone is the question's,
  // no hedge of the writer's.)
  if (w.index > 8 && HEDGE_MODAL_RE.test(w[0])) {
    const lead = whole.slice(Math.max(0, w.index - 80), w.index);
    if ((lead.includes('whether') || lead.includes(' if ')) && ASKED_WHETHER_BEFORE_RE.test(lead)) return null;
  }
  const quantity = /^\W*(?:some|many|several)\s*$/i.test(w[0]);
  // ("Several states, including the United States and China, ...": the quantity names its members.)
  if (quantity && /^\s*[^,.;]{0,30},\s+(?:including|such\s+as|among\s+them)\s+(?:the\s+)?\p{Lu}/u.test(whole.slice(w.index + w[0].length, w.index + w[0].length + 60))) return null;
  // ("Some background: ..."): a quantity word that opens a label quantifies nothing; nor does one in a speaker label
  // of a parliamentary record ("Several Hon. Members: Hear, hear!"), which names who spoke.
  if (quantity && LABEL_AFTER_RE().test(whole.slice(w.index + w[0].length, w.index + w[0].length + 40))) return null;
  for (let j = 0; j < here.length; j++) {
    const a = here[j];
    if (a.text === ':' && a.source && at >= a.source.start && at < a.source.end) return null;
  }
  const cueText = w[0].trim().replace(/^(?:[,;:]|but|and|while|although|though|whereas|since|because|that|where|as)\s+/i, '');
  return { start: at + w[0].trim().length - cueText.length, text: cueText };
}

/**
 * How many paragraphs open the article before its body: one-line titles with no sentence's end, such as item codes
 * ("SC/16241"), a headline, a title-case summary line, a dateline and the headline after it. The first paragraph that
 * ends like a sentence starts the body (and an article that is one paragraph has no titles).
 */
function leadTitles(text: string, seg: Segmentation): number {
  const ps = seg.paragraphs;
  let k = 0;
  for (; k < ps.length - 1 && k < 6; k++) {
    const p = ps[k];
    if (p.end - p.start > 320) break;
    let i = p.end - 1;
    // (Past closing quotes, brackets and emphasis: "9987th Meeting (AM)" ends in no stop.)
    while (i > p.start && (isClosingQuote(text.charCodeAt(i)) || text.charCodeAt(i) === 41 || text.charCodeAt(i) === 42 || text.charCodeAt(i) === 95)) i--;
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 44) break;
  }
  return k;
}

/**
 * Whether the article is an issuer's own text: a press release, a declaration or communiqué, a statement "issued by"
 * a body, as its opening titles say ("PRESS RELEASE — For immediate release", "Summit Declaration", "Issued by the
 * Heads of State and Government ...").
 */
function issuerDocument(text: string, seg: Segmentation, titles: number): boolean {
  for (let k = 0; k < titles; k++) {
    const p = seg.paragraphs[k];
    if (ISSUER_TITLE_RE.test(text.slice(p.start, p.end))) return true;
  }
  // (Or its first paragraphs name the issuer: "Issued by the ministers ...", "1. We, the Heads of State ...".)
  for (let k = titles; k < seg.paragraphs.length && k < titles + 3; k++) {
    const p = seg.paragraphs[k];
    if (ISSUER_OPENING_RE.test(text.slice(p.start, Math.min(p.end, p.start + 24)))) return true;
  }
  return false;
}
const ISSUER_OPENING_RE = /^(?:\d{1,2}\.\s+)?(?:Issued\s+by|Adopted\s+by|We,\s+the)\b/;
// (A chair's summary and a readout are the issuer's own account too: "Chair's Summary", "Readout of the President's Call".)
const ISSUER_TITLE_RE = /\b(?:press\s+release|news\s+release|media\s+release|for\s+immediate\s+release|communiqu[eé]|declaration|joint\s+statement|final\s+statement|issued\s+by|adopted\s+by|readout|chair(?:man|woman|person)?['\u2019]s\s+(?:summary|statement)|leaders['\u2019]\s+statement)\b/i;

/**
 * The agency whose own report the article is, as a title line names it: "WFP Haiti Emergency Response | Situation
 * Report #9", "UNHCR Sudan Regional Refugee Response | Update" (an acronym that opens a title naming a kind of report).
 */
function reportIssuer(text: string, seg: Segmentation, titles: number): string | null {
  for (let k = 0; k < titles; k++) {
    const p = seg.paragraphs[k];
    const c = text.charCodeAt(skipBlanks(text, p.start, p.end));
    if (!isAsciiUpperCode(c) && c !== 35 && c !== 42) continue;
    const line = text.slice(p.start, Math.min(p.end, p.start + 200));
    const m = REPORT_ISSUER_RE.exec(line);
    if (m && REPORT_KIND_RE.test(line)) return m[1];
  }
  return null;
}
const REPORT_ISSUER_RE = /^[#*\s]*([A-Z][A-Z0-9]{1,7})\s/;
const REPORT_KIND_RE = /\b(?:situation\s+report|sitrep|(?:flash|operational|emergency|situation|funding)\s+update|update|fact\s?sheet|bulletin|snapshot|dashboard)\b/i;

/** Kinds of document whose own record their unattributed sentences give (documentKind's bits). */
const OBSERVER_STATEMENT = 1;
const SURVEILLANCE_REPORT = 2;

/**
 * Whether the article is an election observer mission's own statement ("INTERNATIONAL ELECTION OBSERVATION MISSION ...
 * Statement of Preliminary Findings and Conclusions", "Preliminary Statement" over "This preliminary statement of the
 * EU Election Observation Mission ..."), or a situation report or epidemiological bulletin: OBSERVER_STATEMENT and
 * SURVEILLANCE_REPORT bits, read from its opening titles (and, for the mission's name, its first paragraph).
 */
function documentKind(text: string, seg: Segmentation, titles: number): number {
  let kind = 0;
  let statement = false;
  let mission = false;
  for (let k = 0; k < titles; k++) {
    const p = seg.paragraphs[k];
    const line = text.slice(p.start, Math.min(p.end, p.start + 300));
    if (REPORT_KIND_RE.test(line) || EPI_TITLE_RE.test(line)) kind |= SURVEILLANCE_REPORT;
    if (OBSERVER_STATEMENT_RE.test(line)) statement = true;
    if (OBSERVER_MISSION_RE.test(line)) mission = true;
  }
  if (statement && !mission && titles < seg.paragraphs.length) {
    const p = seg.paragraphs[titles];
    mission = OBSERVER_MISSION_RE.test(text.slice(p.start, Math.min(p.end, p.start + 300)));
  }
  return statement && mission ? kind | OBSERVER_STATEMENT : kind;
}
const EPI_TITLE_RE = /\bepidemiological\b|\bepi\s+(?:week|bulletin|update)/i;
const OBSERVER_STATEMENT_RE = /\b(?:preliminary|post-election|interim|final)\s+(?:statement|report|findings)\b|\bstatement\s+of\s+(?:preliminary\s+)?findings\b/i;
const OBSERVER_MISSION_RE = /\bobserv(?:ation|er|ers['\u2019]?)\s+(?:mission|group)\b|\bI?EOM\b/i;

/**
 * In an observer mission's statement, what its observers did and found ("Voting was assessed positively in 94 per cent of
 * observations", "The EU EOM deployed 112 observers"); in a surveillance report, its figures for an epidemiological week
 * ("1,284 new cases were reported in EW 45"): the document's own record, not a claim it owes a source for.
 */
function documentsOwnRecord(text: string, start: number, end: number, reasons: string[], kind: number): boolean {
  const head = text.slice(start, Math.min(end, start + 240));
  if ((kind & OBSERVER_STATEMENT) !== 0 && OBSERVED_RE.test(head)) return true;
  return (kind & SURVEILLANCE_REPORT) !== 0 && (head.includes('EW') || head.includes('eek')) && reasonsWithin(reasons, EPI_WEEK_REASONS) && EPI_WEEK_RE.test(head);
}
/** The words of a mission's observation: its observers, what they observed and assessed, the polling stations they
 * visited, the mission or group by name, its first person ("Our 12-member group", "most polling stations opened on time"). */
const OBSERVED_RE = /observ|\bassessed\b|\bI?EOM\b|\b[Mm]ission\b|\bGroup\b|polling\s+stations?\b|^\W*(?:We|Our)\b/;
const EPI_WEEK_RE = /\bEW\s?\d{1,2}\b|\bepi(?:demiological)?\s+weeks?\s+\d/i;
const EPI_WEEK_REASONS = new Set(['figure', 'comparison', 'trend', 'superlative']);

/**
 * An election's declared result: seats, votes, councils won or lost, a margin, the turnout ("Reform UK won 677 council
 * seats", "Labour lost 187 councillors and control of Doncaster", "won by six votes after a recount", "Turnout was 32
 * per cent"). Its figures are facts of record, as a body's recorded decision is; a result projected, forecast or polled
 * is still a claim, and so is what the result is said to mean ("its best performance ever").
 */
function electionResult(text: string, start: number, end: number, reasons: string[]): boolean {
  if (!reasonsWithin(reasons, RESULT_REASONS)) return false;
  const head = text.slice(start, Math.min(end, start + 200));
  if (!(head.includes(' seat') || head.includes(' vot') || head.includes('majorit') || head.includes('ouncil') || head.includes('urnout') || head.includes(' points') || head.includes(' ward'))) return false;
  if (RESULT_HEDGE_RE.test(head)) return false;
  return TURNOUT_RE.test(head) || RESULT_RE().test(head) || (head.includes('voting') && SHARE_VOTING_RE.test(head));
}
// ("With all 23 councils declared, the Conservatives lost 674 seats", "Labour won every seat in Wales": the whole of a
// count is of record too.)
const RESULT_REASONS = new Set(['figure', 'comparison', 'trend', 'generalisation']);
const RESULT_HEDGE_RE = /\b(?:project(?:s|ed|ions?)|forecasts?|predict(?:s|ed|ions?)|polls?|polling|survey|would|could|might|may|expected\s+to|likely|set\s+to|on\s+(?:course|track)|if)\b/;
const TURNOUT_RE = /^\W*(?:(?:The|Overall|Final|Official|National)\s+)?(?:(?:overall|final|official|national|voter)\s+)?[Tt]urnout\s+(?:was|is|stood\s+at|reached|came\s+to)\s+(?:about\s+|around\s+|just\s+(?:over|under)\s+)?\d/;
/** A referendum's share: "with 65 percent voting yes", "52% voted to leave". */
const SHARE_VOTING_RE = /\d\s*(?:%|per\s*cent|percent)\s+(?:of\s+(?:voters|those\s+voting|ballots)\s+)?vot(?:ed|ing)\s+(?:yes|no|in\s+favou?r|against|for|to)\b/;
/** A verb of winning or losing and, within six words, what was won: "won 677 council seats", "took control of ten councils". */
const RESULT_RE = lazyRegExp(() => /\b(?:won|wins|winning|took|taking|gained|gaining|lost|losing|retained|retaining|held|secured|securing|captured|capturing|carried|picked\s+up|flipped)\s+(?:[^\s;:]+\s+){0,6}?(?:seats?|votes?|councillors?|councils?|wards?|constituencies|mandates|delegates|electoral\s+votes|points|majority)\b/u);

/**
 * A market's record of the day, its prices and volumes as the exchange printed them: "British Gas shed 8.5 pence a share
 * to close at 185 pence", "The Nikkei index fell 148.85 points to 35378.44", "The DAX dropped 19.69 points Friday to
 * 1462.93", "Volume was 840.8 million shares". Figures, moves and comparisons only: a cause ("pressured down by
 * profit-taking") or a judgement stays a claim, and so does a forecast.
 */
function marketRecord(text: string, start: number, end: number, reasons: string[]): boolean {
  if (!reasonsWithin(reasons, MARKET_REASONS)) return false;
  const head = text.slice(start, Math.min(end, start + 240));
  if (!(head.includes(' points') || head.includes(' pence') || head.includes(' cents') || head.includes(' shares') || head.includes(' to close') || head.includes(' closed at') || head.includes(' settled'))) return false;
  // ("Approval fell 5 points to 38%", "Unemployment fell 0.2 points": a poll's or a statistic's figure is no price.)
  return !RESULT_HEDGE_RE.test(head) && MARKET_SUBJECT_RE().test(head) && !NOT_MARKET_RE.test(head) && (MARKET_MOVE_RE().test(head) || MARKET_VOLUME_RE.test(head));
}
/** What a market prices or counts: an index, shares, a bond, a commodity, a currency, the day's volume. */
const MARKET_SUBJECT_RE = lazyRegExp(() => /\b(?:index|indexes|indices|shares?|stocks?|Nikkei|Dow|FTSE|DAX|CAC|Hang\s+Seng|S&P|Nasdaq|Stoxx|Kospi|Sensex|Nifty|yields?|bonds?|Treasur(?:y|ies)|crude|Brent|futures|gold|dollar|euro|yen|sterling|pound|rupee|yuan|ruble|rouble|lira|bitcoin|volume|turnover)\b/);
/** A poll's, an economy's or a company's reported figure, which a move in points or pence does not make a price. */
const NOT_MARKET_RE = /\b(?:approval|ratings?|support|poll(?:s|ing)?|unemployment|jobless|inflation|GDP|growth|exports?|imports?|deficit|output|profits?|earnings|revenues?|sales|income|loss(?:es)?)\b/i;
const MARKET_REASONS = new Set(['figure', 'comparison', 'trend', 'superlative']);
/** A price's move and its size or level: "fell 148.85 points to", "shed 8.5 pence", "closed at 185", "eased 1 to 416". */
const MARKET_MOVE_RE = lazyRegExp(() => /\b(?:rose|fell|gained|lost|shed|dropped|climbed|slipped|slid|eased|added|jumped|plunged|surged|tumbled|declined|advanced|rallied|sank|skidded|edged\s+(?:up|down|higher|lower)|closed|settled|ended|finished|was\s+(?:up|down)|were\s+(?:up|down))\s+(?:(?:\w+\s+){0,2}?(?:at|to)\s+)?(?:about\s+|nearly\s+|some\s+)?[$\u00a3\u20ac#]?\d[\d,.]*\s*(?:points?|pence|p\b|cents?|%|percent|to\s+[$\u00a3\u20ac#]?\d|at\s+[$\u00a3\u20ac#]?\d|on\s+(?:turnover|volume)|on\s+[\d.]+\s+million\s+shares)/);
/** The day's volume: "Volume was 840.8 million shares", "Turnover totalled 11 million shares". */
const MARKET_VOLUME_RE = /^\W*(?:(?:Trading\s+)?[Vv]olume|[Tt]urnover)\s+(?:was|totalled|totaled|came\s+to|reached|rose\s+to|fell\s+to)\s+(?:about\s+)?[\d,.]+\s+(?:million|billion)?\s*shares\b/;

/**
 * In an agency's own report, what the agency says of itself, which its report is the source of: "WFP assisted 680,000
 * people in May", "UNHCR's financial requirements for 2026 amount to US$ 689 million", "In May, WFP reached ...".
 */
function reportersOwnWords(text: string, start: number, end: number, name: string): boolean {
  let at = skipBlanks(text, start, end);
  // (After a short opening phrase and its comma: "In May, WFP ...".)
  if (!text.startsWith(name, at)) {
    // (Only the 40 characters after the start are searched: a text without a comma further on made it quadratic.)
    const comma = text.slice(at, Math.min(end, at + 42)).indexOf(', ');
    if (comma < 0) return false;
    at += comma + 2;
    if (!text.startsWith(name, at)) return false;
  }
  const c = text.charCodeAt(at + name.length);
  return c === 32 || c === 39 || c === 0x2019;
}

/**
 * In an issuer's own text, what the issuer states for itself, which its text is the source of: its numbered paragraphs
 * ("3. Allies will cut ...") and what it says in the first person ("We will cut ..."), the legal effect of its act ("All
 * assets of the listed persons are frozen"), and its tally of its acts ("Today's action brings the total to 412").
 */
function issuersOwnWords(text: string, start: number, end: number, para: Span): boolean {
  if (isDigitCode(text.charCodeAt(para.start)) && afterListMarker(text, para.start, para.end) > para.start) return true;
  const head = text.slice(start, Math.min(end, start + 240));
  return FIRST_PERSON_RE.test(head) || LEGAL_EFFECT_RE.test(head) || OWN_TALLY_RE.test(head);
}
const FIRST_PERSON_RE = /^\W*(?:We|Our)\b/;
const LEGAL_EFFECT_RE = /\b(?:is|are)\s+(?:hereby\s+|also\s+|now\s+)?(?:frozen|blocked|prohibited|banned|barred|forbidden|suspended|revoked)\b|\bit\s+is\s+(?:an?\s+)?(?:criminal\s+)?(?:offence|offense|illegal|unlawful|prohibited)\s+to\b/;
const OWN_TALLY_RE = /^\W*(?:Today['\u2019]s|This|These|The|Yesterday['\u2019]s)\s+(?:action|actions|designations?|decision|announcement|measures?|package|listings?)\s+(?:brings?|takes?|raises?|increases?)\s+the\s+(?:total|number|tally|count)\b/i;

/** A live blog entry's time stamp and dash at `at`: "14:05 GMT — ", "9.30am - "; 0 when there is none. */
function timeStampLength(text: string, at: number, end: number): number {
  const m = TIME_STAMP_RE.exec(text.slice(at, Math.min(end, at + 24)));
  return m ? m[0].length : 0;
}
const TIME_STAMP_RE = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}))?\**\s*[\u2013\u2014-]{1,2}\s+/;

/**
 * A short transition that the next sentence backs with a named source: "Not everyone was impressed." before "The
 * farmers' union accused the ministry of ...". Its generalisation about who reacted sums up what follows, sourced there.
 */
function leadsIntoSources(text: string, start: number, end: number, reasons: string[], next: Sentence | undefined, nextAtts: AttributionAnnotation[] | undefined): boolean {
  if (!next || !nextAtts || reasons.length !== 1 || reasons[0] !== 'generalisation' || hasWords(text, start, end, 9)) return false;
  // (A sentence about who reacted: "Not everyone agreed", "Nobody in the room was convinced".)
  if (!REACTION_SUMMARY_RE.test(text.slice(start, end))) return false;
  return nextAtts.some((a) => !a.vague && !!a.source && a.start >= next.start && a.start < next.end);
}

const REACTION_SUMMARY_RE = /^\W*(?:not\s+)?(?:everyone|everybody|nobody|no\s+one|all)\b/i;

/** Whether text[start, end) holds at least n words (runs of letters or digits, any script). */
function hasWords(text: string, start: number, end: number, n: number): boolean {
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const w = isWordCode(c) || (c >= 0xc0 && isOtherWordCode(c));
    if (w && !inWord && --n === 0) return true;
    inWord = w;
  }
  return false;
}

/** Whether c, from U+00C0 on, is a letter or digit of any script: not general punctuation nor the ideographic space.
 * (Its own function: the first such letter would reach a comparison never run before in the optimised hasWords.) */
function isOtherWordCode(c: number): boolean {
  return !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000;
}

/** Whether a rule is off for the file or silenced by a marker on this sentence (an empty set silences all). */
function silenced(off: Set<string>, sup: Set<string> | undefined, code: string): boolean {
  return off.has(code) || (sup !== undefined && (sup.size === 0 || sup.has(code)));
}

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

/** The first non-blank character could open a suppression marker ("<!--" or "["). */
function mayOpenMarker(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(skipBlanks(text, start, end));
  return c === 60 || c === 91;
}

/** The sentence opens with an HTML comment (after blanks). */
/** After a quantity word, a label's noun and colon: "Some background:", "Some context:". */
const LABEL_AFTER_RE = lazyRegExp(() => /^\s+\p{L}+:/u);
/** Weasel words that, inside what a named source says, are that source's: quantities and adverbs of likelihood. */
const REPORTED_HEDGE_RE = /^\W*(?:(?:some|many|several)(?:\s+of\s+(?:the|these|those|its|his|her|their))?|possibly|(?:may|might|could)\s+have|might)\s*$/i;
/** A hedge of likelihood: a modal or an adverb ("might", "could have", "possibly"). */
const HEDGE_MODAL_RE = /^\W*(?:might|may|could|probably|possibly|perhaps)\b/i;
/** A question put or wondered, up to a hedge inside it: "Asked whether Macron ", "was asked if the talks ". */
const ASKED_WHETHER_BEFORE_RE = /\b(?:asked|asking|ask|asks|wondered|wondering|questioned)\b[^.;:!?]{0,40}?\b(?:whether|if)\b[^,;.!?]*$/i;
/** Cues of plain reporting: what a source says, announces or tells. */
const SAID_CUE_RE = /^(?:said|says|say|told|tells|announced|announces|stated|states|added|adds|reported|reports|wrote|writes|conceded?|concedes|acknowledged?|acknowledges|admitted|admits|warned|warns|noted|notes|confirmed|confirms|estimated|estimates|argued|argues|insisted|insists|explained|explains|disclosed|revealed|claimed|claims)\b/i;
/** Cues of what a study or a body found, which carry a hedge only from a named source ("a study by the University of
 * Leeds found that some cancers ...", "according to the Resolution Foundation"; not "a new study found"). */
const FOUND_CUE_RE = /^(?:found|finds|showed|shows|concluded|concludes|documented|documents|according\s+to)\b/i;

/**
 * A recommendation: its subject, then "should" or "ought to" ("Governments should spend 2 percent of GDP on defence",
 * "Each G7 member should hold reserves"). What ought to be is no fact to source.
 */
function recommends(text: string, start: number, end: number): boolean {
  const head = text.slice(start, Math.min(end, start + 120));
  // A newsletter's word to its reader ("That's all for this week.", "Reply to this email ...", "You are receiving this
  // because ...") is no claim either.
  if (READER_NOTE_RE.test(head)) return true;
  // (Most sentences hold none of the words the patterns need: one search says so.)
  if (!RECOMMENDS_WORDS_RE.test(head)) return false;
  // A body's own act in its conclusions or resolution: "The European Council invites the Commission to ...". (Each
  // pattern is anchored at the sentence's start and fails at once where it does not apply.)
  // (The last three run only where a word each of their matches holds occurs.)
  return RECOMMENDS_RE().test(head) || (mayNameBody(head) && OWN_ACT_RE.test(head)) || (BOILERPLATE_WORDS_RE.test(head) && BOILERPLATE_RE.test(head)) || (THANKS_WORDS_RE.test(head) && THANKS_RE().test(head));
}
/**
 * A schedule note: what will begin, open or be held when, with at most the figures that describe it ("An oral cholera
 * vaccination campaign targeting 1.4 million people will begin on 18 November and last ten days").
 */
function scheduleNote(text: string, start: number, end: number, reasons: string[]): boolean {
  for (let k = 0; k < reasons.length; k++) if (reasons[k] !== 'figure' && reasons[k] !== 'prediction') return false;
  const head = text.slice(start, Math.min(end, start + 240));
  if (head.includes('will ') && SCHEDULE_TAIL_RE.test(head) && SCHEDULE_NOTE_RE().test(head)) return true;
  // A law's own timetable: when its rules apply ("The bans will apply six months after entry into force", "Obligations
  // for general-purpose AI models will apply from 2 August 2025").
  if (head.includes('will ') && head.includes(' appl') && APPLIES_FROM_RE().test(head)) return true;
  // A service note: where a text can be read ("The full ruling, 60 pages long, is available on the court's website",
  // "Guidance, with a list of 30 goods, is published on the ministry's portal").
  if ((head.includes('availab') || head.includes('publish') || head.includes('posted')) && SERVICE_VERB_PLACE_RE.test(head) && SERVICE_NOTE_RE().test(head)) return true;
  // A poll's method: whom it asked and when ("The survey, of 2,000 adults, was carried out last week.", "The poll
  // questioned 1,500 voters online between 3 and 5 June.").
  // ("The institute surveyed 1,501 people from April 14 to 17.": or its maker.)
  if ((head.includes('poll') || head.includes('survey') || head.includes('study')) && POLL_METHOD_RE().test(head)) return true;
  // And its margin of error, alone in its sentence: "The margin of error is plus or minus 2 percentage points.", "The poll
  // has a margin of error of 3.1 points."
  if (head.includes('margin of') && MARGIN_OF_ERROR_RE().test(head)) return true;
  // And a report's: what it draws on ("It draws on 64 interviews with operators conducted between March and August").
  if (head.includes(' on ') && (head.includes('draw') || head.includes('based') || head.includes('relies')) && EVIDENCE_BASE_RE().test(head)) return true;
  // And a note of a text's length: "the full report runs to 212 pages".
  return (head.includes('pages') || head.includes('paragraphs')) && DOC_LENGTH_RE.test(head);
}
/** A text or study that opens its sentence and what it draws on, counted, with nothing found after it. */
const EVIDENCE_BASE_RE = lazyRegExp(() => /^\W*(?:It|The|This|That|Its|Their|Our|A|An)\b(?:\s+[\p{L}-]+){0,4}?\s+(?:draws|drew|is\s+based|was\s+based|relies|relied)\s+on\s+(?:(?:more\s+than|over|some|about|nearly|almost)\s+)?[\d,]+\s+(?:[\p{L}-]+\s+){0,2}?(?:interviews|responses|respondents|surveys|cases|documents|records|focus\s+groups|(?:field|site)\s+visits|sources|submissions|datasets|studies)\b(?![^;]*(?:%|\b(?:after|because|and\s+found|showing|finds?|found)\b))[^;]{0,140}$/u);
/** A sentence that gives only a poll's margin of error (and maybe for whom it holds). */
const MARGIN_OF_ERROR_RE = lazyRegExp(() => /^\W*(?:(?:The|Its|Their|This|That|It|Each)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:has|had|carries|carried|with)\s+(?:an?|the)\s+)?(?:overall\s+)?margin\s+of\s+(?:sampling\s+)?error\s+(?:is|was|of|for\s+[^;%]{1,40}?\s+(?:is|was))\s+(?:about\s+|around\s+|roughly\s+)?(?:plus\s+or\s+minus\s+|\+\/-\s*|\u00b1\s*)?\d[\d.]*\s*(?:%|per\s*cent|percent|percentage\s+points?|points?)(?:\s+(?:either\s+way|for\s+[^;]{1,40}))?\W*$/u);
/** A poll, survey or study (or its maker) that opens its sentence, then how and when it was carried out or whom it asked. */
const POLL_METHOD_RE = lazyRegExp(() => /^\W*(?:The|This|That|Its|Their|Our|A|An)\s+(?:[\p{L}-]+\s+){0,3}?(?:poll|survey|study|questionnaire|pollster|institute|polling\s+(?:firm|company|agency))\b(?:,?\s+of\s+[\d,]+\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,?)?\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:carried\s+out|conducted|fielded|taken)\b|(?:questioned|surveyed|interviewed|polled|sampled)\s+[\d,]+\s)(?![^;]*(?:%|\b(?:after|because|as|when|while|since|and\s+found|showing)\b))[^;]{0,100}$/u);
const DOC_LENGTH_RE = /\b(?:text|version|declaration|communiqu[eé]|document|report|judgment|judgement|ruling|statement|resolution|conclusions|agreement|treaty|decision)\s+(?:runs|ran|is|was)\s+(?:to\s+)?\d[\d,]*\s+(?:pages|paragraphs)(?:\s+long)?\s*[.;]?\s*$/i;
/** SCHEDULE_NOTE_RE from "will" on, which every match holds: one small search spares the long pattern most sentences. */
const SCHEDULE_TAIL_RE =
  /will\s+(?:(?:also|then|now|formally|officially)\s+)?(?:begin|start|open|run|take\s+place|resume|reopen|close|follow|be\s+held|be\s+available|be\s+published|be\s+released|take\s+effect|enter\s+into\s+force|come\s+into\s+force)\s+(?:on|from|in|at|next|this|until|between|by|within)\b/iu;
const SCHEDULE_NOTE_RE = lazyRegExp(() => /^\W*(?:[\p{L}\p{N}.,'\u2019-]+\s+){1,16}?will\s+(?:(?:also|then|now|formally|officially)\s+)?(?:begin|start|open|run|take\s+place|resume|reopen|close|follow|be\s+held|be\s+available|be\s+published|be\s+released|take\s+effect|enter\s+into\s+force|come\s+into\s+force)\s+(?:on|from|in|at|next|this|until|between|by|within)\b/iu);
/** What will apply when: "will apply from", "will start to apply 24 months after", "will become applicable in August 2026". */
const APPLIES_FROM_RE = lazyRegExp(() => /^\W*(?:[\p{L}\p{N}.,'\u2019()-]+\s+){1,16}?will\s+(?:(?:only|also|then|now|fully|generally|largely)\s+)?(?:apply|(?:start|begin)\s+to\s+apply|become\s+applicable|be\s+applicable)\s+(?:(?:in\s+full|fully)\s+)?(?:from|as\s+of|after|until|within|(?:in|on|by)\s+(?:\d|(?:early|mid|late)\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:[\p{L}\p{N}-]+\s+){1,2}(?:months?|years?|weeks?|days?)\s+(?:after|from|following|later))\b/iu);
/** What every SERVICE_NOTE_RE match holds: its verb and the word after it ("available online", "published in"), with its flags. */
const SERVICE_VERB_PLACE_RE = /(?:available|published|posted)\s+(?:online|on|at|in|from|via|through|upon)\b/iu;
/** "is available on the court's website", "are published in the Official Journal", "is posted online". */
const SERVICE_NOTE_RE = lazyRegExp(() => /\b(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?(?:available|published|posted|made\s+available)\s+(?:online\b|(?:on|at|in|from|via|through)\s+(?:[\p{L}'\u2019.-]+\s+){0,4}?(?:website|web\s?site|site|web\s?page|page|portal|gazette|journal|register)\b|on\s+request\b|upon\s+request\b)/iu);

/**
 * A deliberative body's decision, with the figures it decided ("The Portland City Council approved a $412 million
 * budget", "The council cut that request by $1.8 million", "The Supreme Court on Tuesday dismissed an appeal by 40
 * landowners"): the body's own record, not a claim to source. What the body's text says of others ("adopted a
 * resolution condemning the junta for its brutal crackdown") is the body's too: only the words before it are judged.
 */
function recordedDecision(text: string, start: number, end: number, own: string, reasons: string[], bits: number): boolean {
  let other = false;
  for (let k = 0; k < reasons.length; k++) if (reasons[k] !== 'figure' && reasons[k] !== 'comparison') other = true;
  const head = text.slice(start, Math.min(end, start + 160));
  // ("The bank kept its main policy rate unchanged at 3.75%": any actor's decision on what is its own is its record.)
  if (!((DECISION_OPEN_RE.test(head) && DECISION_VERB_RE.test(head) && DECISION_RE().test(head)) || ((head.includes(' its ') || head.includes(' rate') || head.includes(' Rate')) && OWN_DECISION_RE().test(head)) || ADOPTING_RE.test(head) || (head.includes('fined ') && namedFine(head)))) return false;
  if (!other) return true;
  const m = RESOLVED_CONTENT_RE.exec(own);
  if (!m) return false;
  const before = scoreText(own.slice(0, m.index), bits).reasons;
  for (let k = 0; k < before.length; k++) if (before[k] !== 'figure' && before[k] !== 'comparison') return false;
  return true;
}
/**
 * A fine a named body imposed, with its amount: "Ireland's Data Protection Commission (DPC) fined Meta €1.2 billion",
 * "TikTok was fined £12.7 million by the UK's Information Commissioner's Office". The penalty is the body's record.
 */
function namedFine(head: string): boolean {
  return FINED_BY_RE().test(head) || FINED_OPEN_RE().test(head);
}
/** "was fined €345 million by the", "has been fined a record $5 billion by Italy's": a fine and the body after "by". */
const FINED_BY_RE = lazyRegExp(() => /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|again|now)\s+)?fined\s+(?:an?\s+(?:record\s+)?)?[$\u20ac\u00a3\u00a5]?\s?\d[\d.,]*\s*(?:bn|m|million|billion)?\s+(?:[\p{Ll}-]+\s+){0,2}by\s+(?:the\s+)?\p{Lu}/u);
/** A named body of up to eight words (its initials after it), or a regulator, that "fined" someone: "Ireland's Data Protection
 * Commission (DPC) fined", "The Italian competition authority fined". */
const FINED_OPEN_RE = lazyRegExp(() => /^\W*(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}'\u2019.-]*\s+)(?:(?:\p{Lu}[\p{L}'\u2019.-]*|of|for|and|on)\s+){0,7}|(?:[\p{L}'\u2019.-]+\s+){0,4}(?:authority|regulator|watchdog|commission|commissioner|agency|ministry|office|court|tribunal)\s+)(?:\(\p{Lu}{2,8}\)\s+)?(?:(?:on\s+\p{Lu}\p{Ll}+day|also|has|have|had|last\s+(?:week|month|year))\s+)*fined\s+(?:\p{Lu}|[\p{Ll}\s]{0,30}\p{Lu})/u);
/** A body's act opening with its participle: "Adopting resolution 2801 (2025) by a vote of ...". */
const ADOPTING_RE = /^\W*(?:Adopting|Approving|Extending|Renewing|Endorsing)\s+(?:unanimously\s+)?(?:resolution|decision|the\s+(?:resolution|text|decision|draft)|a\s+(?:resolution|decision|text|draft))\b/;
/** What a body's resolution or ruling says of someone: "censuring Iran", "condemning the attacks". */
const RESOLVED_CONTENT_RE = /\b(?:censuring|censured|condemning|condemned|criticising|criticizing|rebuking|deploring|urging|demanding|accusing|faulting|calling\s+(?:on|for|upon))\b/i;
/** A subject of up to six words, a verb of deciding and "its", or the rate a central bank sets: "The bank kept its",
 * "Norges Bank raised its", "The Bank of England held rates at 4 percent", "In London, the Bank held Bank Rate at". */
const OWN_DECISION_RE = lazyRegExp(() => /^\W*(?:[\p{L}\p{N}.,'\u2019-]+\s+){1,6}?(?:(?:also|again|narrowly|unanimously|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:kept|keeps|held|holds|left|leaves|raised|raises|cut|cuts|lowered|lowers|set|sets|hiked|hikes|trimmed|trims)\s+(?:its\b|(?:interest\s+)?rates\b|Bank\s+Rate\b|the\s+(?:(?:key|main|benchmark|policy|base|bank|deposit|cash|repo|lending|refinancing|interest|federal\s+funds|overnight)\s+){1,2}rate\b)/u);

/**
 * A sentence that names where its figures come from: "Of 32 analysts polled by the Financial Times, 29 ...", or a
 * clause that points back to the source named in the sentence before ("Indirect imports, which the office tracks
 * separately, peaked in 2023" after "The Central Statistical Office said ...").
 */
function namesOwnSource(text: string, start: number, end: number, own: string, bits: number, prev: AttributionAnnotation[] | undefined): boolean {
  const body = text.slice(start, Math.min(end, start + 300));
  if (body.includes(' by ') && COLLECTED_BY_RE().test(body)) return true;
  // (Its subject's own estimate: "The government has put the price at $268 billion".)
  if (body.includes(' at ') && ESTIMATE_VERB_RE.test(body) && OWN_ESTIMATE_RE().test(body)) return true;
  // "the report of the inspectors, which documented 90 breaches": the document holds the figures after it (when the
  // words before it claim nothing of their own).
  if (body.includes('which ') || body.includes('that ')) {
    const d = DOCUMENT_CLAUSE_RE.exec(own);
    if (d && !scoreText(own.slice(0, d.index), bits).reasons.length) return true;
  }
  if (!prev || !body.includes(' the ')) return false;
  const m = KEEPER_CLAUSE_RE.exec(body);
  if (!m) return false;
  const noun = m[1].toLowerCase();
  return prev.some((a) => !a.vague && !!a.source && a.source.end <= start && a.source.text.toLowerCase().endsWith(noun));
}
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
const TRAILING_FIGURE_RE = /^\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:an?|up|down|roughly|about|nearly|almost|more\s+than|less\s+than)\s+[^,;:]*$/;
const FINITE_WORD_RE = /[;:]|\b(?:is|are|was|were|has|have|had|will|would|could|can|said|says|say|do|does|did)\b/;

/** A named actor's own estimate: "The Albanese government has put the cost at $368 billion", "Treasury puts it at 4%". */
/** OWN_ESTIMATE_RE's verb between blanks, which every match holds ("has put the cost at"). */
const ESTIMATE_VERB_RE = /\s(?:put|puts|pegged|pegs|priced|prices|valued|values|estimated|estimates|costed|costs)\s/;
const OWN_ESTIMATE_RE = lazyRegExp(() => /^\W*(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}'\u2019.&-]*\s+){1,5}(?:(?:government|ministry|department|treasury|office|agency|administration|bank|regulator|watchdog|company|group|council)\s+)?|(?:[a-z]+\s+)?(?:government|ministry|department|treasury|office|agency|administration|bank|regulator|watchdog|company|group|council)\s+)(?:(?:has|have|had|also|now)\s+)*(?:put|puts|pegged|pegs|priced|prices|valued|values|estimated|estimates|costed|costs)\s+(?:[^.;:!?]{1,80}?\s)?at\s+(?:between\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|up\s+to\s+)?[$\u20ac\u00a3\u00a5\u20b9\u20a6]?\s?\d/u);

/** A named body that collected the figures: "polled by the Financial Times", "compiled by Reuters". */
const COLLECTED_BY_RE = lazyRegExp(() => /\b(?:polled|surveyed|interviewed|compiled|tallied|collected|gathered|counted)\s+by\s+(?:the\s+)?\p{Lu}/u);
/** A document and a clause of what it holds: "the audit, which found", "a survey that counted". */
const DOCUMENT_CLAUSE_RE = /\b(?:report|document|study|survey|review|assessment|audit|census|inquiry|investigation|dataset|database|register|statistics|analysis)\b[^.;!?]{0,120}?,\s*(?:which|that)\s+(?:also\s+)?(?:recorded|records|found|finds|documented|documents|counted|counts|showed|shows|listed|lists|estimated|estimates|identified|identifies|tallied|tallies)\b/i;
/** A clause in which the source named before keeps the figures: "which the office tracks", "as the agency records". */
const KEEPER_CLAUSE_RE = /\b(?:which|that|as)\s+the\s+([a-z]+)\s+(?:also\s+|separately\s+)?(?:tracks|tracked|records|recorded|collects|collected|compiles|compiled|publishes|published|counts|counted|monitors|monitored|measures|measured|keeps|kept|estimates|estimated)\b/;
/**
 * A named body, maybe after when ("Last week, the IAEA Board of Governors adopted"), maybe with when between it and its
 * verb ("The Security Council this morning extended", "The Constitutional Court on Wednesday rejected").
 */
/**
 * What every DECISION_RE match holds, in plain characters that compile at once: its opening up to the body's noun
 * (a capitalised word is one that opens with no lower-case ASCII letter), and a blank and its verb.
 */
const DECISION_OPEN_RE =
  /^\W*(?:(?:[Ll]ast\s+\S+|[Ee]arlier\s+this\s+\S+|[Oo]n\s+\S+|[Yy]esterday|[Tt]oday),?\s+)?(?:[Tt]he\s+)?(?:[^\sa-z]\S*\s+){0,5}(?:[Cc]ouncil|[Bb]oard|[Pp]arliament|[Aa]ssembly|[Cc]ommittee|[Ss]enate|[Hh]ouse|[Ll]egislature|[Cc]abinet|[Cc]ongress|[Cc]ouncillors|[Tt]rustees|[Ss]hareholders|[Cc]ourt|[Tt]ribunal)\s/;
const DECISION_VERB_RE =
  /\s(?:voted|approved|adopted|passed|cut|rejected|dismissed|upheld|overturned|annulled|struck\s+down|quashed|extended|renewed|allocated|authori[sz]ed|ratified|amended|endorsed|raised|lowered|set|asked\s+for|requested)\b/;
const DECISION_RE =
  lazyRegExp(() => /^\W*(?:(?:[Ll]ast\s+(?:week|month|year)|[Ee]arlier\s+this\s+(?:week|month|year)|[Oo]n\s+\p{Lu}\p{Ll}+day|[Yy]esterday|[Tt]oday),?\s+)?(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}'\u2019.-]*\s+){0,5}(?:[Cc]ouncil|[Bb]oard(?:\s+of\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,2})?|[Pp]arliament|[Aa]ssembly|[Cc]ommittee|[Ss]enate|[Hh]ouse|[Ll]egislature|[Cc]abinet|[Cc]ongress|[Cc]ouncillors|[Tt]rustees|[Ss]hareholders|[Cc]ourt|[Tt]ribunal)\s+(?:(?:on\s+\p{Lu}\p{Ll}+day|today|yesterday|this\s+(?:morning|afternoon|evening|week)|last\s+(?:week|month|night)),?\s+)?(?:(?:also|then|later|narrowly|unanimously|formally|finally|had)\s+)?(?:voted|approved|adopted|passed|cut|rejected|dismissed|upheld|overturned|annulled|struck\s+down|quashed|extended|renewed|allocated|authori[sz]ed|ratified|amended|endorsed|raised|lowered|set|asked\s+for|requested)\b/u);

/** Whether a text holds one of OWN_ACT_RE's bodies: every match names one. */
function mayNameBody(t: string): boolean {
  return t.includes('Council') || t.includes('Commission') || t.includes('Assembly') || t.includes('Committee') || t.includes('Summit') || t.includes('Heads') || t.includes('Ministers');
}
/** A word every BOILERPLATE_RE match holds ("day 12 of", "merely an allegation", "presumed innocent", "all times", a
 * paper's "All errors are our own", a disclaimer's "responsibility", "reflect" or "represent"). */
const BOILERPLATE_WORDS_RE = /day|merely|presumed|times|errors|responsib|reflect|represent/i;
/** A word every THANKS_RE match holds (with its flags, so its case folding). */
const THANKS_WORDS_RE = /thanks?\s|grateful|expresses/iu;
/** Thanks given: "OCHA thanks all donors for their support", "The Government is grateful to its partners". */
const THANKS_RE = lazyRegExp(() => /^\W*(?:[\p{L}\p{N}'\u2019-]+\s+){1,6}(?:(?:also\s+|again\s+|sincerely\s+|warmly\s+)?(?:thanks|thank)\s+(?!to\b)|(?:is|are|remains?)\s+(?:deeply\s+|very\s+|most\s+)?grateful\b|expresses\s+(?:its|their|his|her|our)\s+(?:deep\s+|sincere\s+)?(?:gratitude|thanks|appreciation)\b)/iu);
/**
 * The standing notes of releases and diaries: "An indictment is merely an allegation", "All defendants are presumed
 * innocent until proven guilty", "All times GMT unless stated"; and a document's disclaimer, "This summary is issued
 * under the sole responsibility of the Chair and does not reflect a consensus", "The views expressed in this paper do not
 * necessarily reflect those of the Secretariat"; a paper's "All errors are our own".
 */
const BOILERPLATE_RE = /^\W*(?:\d+\.\s+)?(?:(?:this|the)\s+(?:[a-z'-]+\s+){0,3}?(?:summary|report|document|paper|note|publication|statement|brief|briefing|study|text|analysis|chair's\s+summary)\s+(?:(?:is|was|has\s+been)\s+(?:issued|published|prepared|produced|written|released)\s+under\s+the\s+(?:sole\s+)?responsibility\s+of\b|does\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\b)|the\s+(?:views|opinions)\s+(?:expressed|set\s+out)\s+(?:in|here)\b[^.;]{0,60}?\s+(?:are|do\s+not)\b)|^\W*(?:day\s+[\d,]+\s+of\b|(?:an?\s+)?(?:indictment|complaint|charge|criminal\s+complaint)s?\s+(?:is|are)\s+merely\s+(?:an?\s+)?(?:allegation|accusation)s?|(?:all\s+)?(?:the\s+)?(?:defendants?|suspects?|accused)\s+(?:is|are)\s+presumed\s+innocent|all\s+times\s+(?:are\s+)?(?:[A-Z]{2,4}|local)\b|(?:all|any)\s+(?:remaining\s+)?errors\s+(?:and\s+omissions\s+)?(?:are|remain)\s+(?:(?:entirely|solely)\s+)?(?:our|my|the\s+authors?['\u2019]?s?)\s+own\b)/i;
/** A newsletter's note to its reader: its mail, the subscription, its sign-off ("That's all for today"). */
const READER_NOTE_RE = /\bthis\s+(?:e-?mail|newsletter|digest)\b|\bunsubscribe\b|\byou\s+(?:have\s+)?subscribed\b|\byou(?:'re|\u2019re|\s+are)\s+receiving\b|^\W*that(?:'s|\u2019s|\s+is)\s+(?:all|it)\s+for\b/i;
const RECOMMENDS_WORDS_RE = /should|ought|must|hank|grateful|Council|Commission|Assembly|Committee|Summit|Ministers|Heads|merely|presumed|times|Day |errors|responsib|reflect|represent/;
const OWN_ACT_RE = /^\W*(?:\d+\.\s+)?(?:The\s+)?(?:European\s+Council|Council|Commission|General\s+Assembly|Security\s+Council|Assembly|Committee|Summit|Heads\s+of\s+State\s+and\s+Government|Ministers)\s+(?:(?:also|further|once\s+again|again)\s+)?(?:(?:today\s+|unanimously\s+)*(?:adopted|adopts|approved|approves|extended|extends|renewed|renews)|invites|calls\s+on|calls\s+upon|calls\s+for|urges|requests|encourages|asks|welcomes|reaffirms|recalls|underlines|stresses|decides|agrees|endorses|notes|takes\s+note|reiterates|condemns|deplores|expresses|looks\s+forward|will\s+revert|will\s+return|remains\s+committed)\b/;
const RECOMMENDS_RE = lazyRegExp(() => /^\W*(?:\d+\.\s+)?(?:(?!(?:that|which|who|whom|if|when|because|said|says|say|suggest|suggests|suggested|believe|believes|argue|argues|think|thinks|felt|feel|feels)\b)[\p{L}\p{N}'\u2019-]+\s+){1,6}(?:should|ought\s+to|must)\s+(?:not\s+|never\s+|also\s+|urgently\s+|immediately\s+|now\s+)?[a-z]/iu);

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

const NO_SPANS: Span[] = [];
const byStart = (a: Span, b: Span): number => a.start - b.start;

/** The text of [start, end) with the spans of `a` and `b` blanked (same length, so offsets still line up). */
function maskText(text: string, start: number, end: number, a: Span[], b: Span[]): string {
  return maskWith(text, start, end, maskSpans(start, end, a, b));
}

/** The spans of `a` and `b` clipped to [start, end), non-empty, sorted by start (they may overlap). */
function maskSpans(start: number, end: number, a: Span[], b: Span[]): Span[] {
  if (!a.length && !b.length) return NO_SPANS;
  // The given spans are of several kinds (attributions, quotations, dates): copied clipped into one shape.
  const spans: Span[] = [];
  for (let k = 0; k < a.length + b.length; k++) {
    const m = k < a.length ? a[k] : b[k - a.length];
    const s = clipped(m.start, m.end, start, end);
    if (s.end > s.start) spans.push(s);
  }
  return sortShort(spans, byStart);
}

/** The text of [start, end) with the (maskSpans) spans blanked. */
function maskWith(text: string, start: number, end: number, spans: Span[]): string {
  if (!spans.length) return text.slice(start, end);
  let out = '';
  let at = start;
  for (let j = 0; j < spans.length; j++) {
    const m = spans[j];
    if (m.end <= at) continue;
    const from = Math.max(at, m.start);
    out += text.slice(at, from) + ' '.repeat(m.end - from);
    at = m.end;
  }
  return out + text.slice(at, end);
}

/** triggerBits of maskWith(text, start, end, spans), read from the text between the spans. */
function maskedTriggerBits(text: string, start: number, end: number, spans: Span[]): number {
  let bits = 0;
  let at = start;
  for (let j = 0; j < spans.length; j++) {
    const m = spans[j];
    if (m.end <= at) continue;
    bits |= triggerBitsIn(text, at, Math.max(at, m.start));
    at = m.end;
  }
  return bits | triggerBitsIn(text, at, end);
}

function clipped(from: number, to: number, start: number, end: number): Span {
  return { start: Math.max(start, from), end: Math.min(end, to) };
}

/** Sentence index -> rules silenced there (an empty set silences every rule). */
function suppressions(text: string, seg: Segmentation): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  // (Every marker holds its name: one search spares the regex's scan of an article that has none.)
  if (!text.includes('policy-lens-ignore')) return out;
  const from = seg.paragraphs[0]?.start ?? text.length;
  MARKER.lastIndex = from;
  let si = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const rules = new Set((m[1] ?? '').split(/[\s,]+/).filter(Boolean));
    // Alone on its line: only blanks between it and the line breaks (scanned over the blanks only).
    let a = m.index;
    while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
    let b = m.index + m[0].length;
    while (b < text.length && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b++;
    const alone = (a === 0 || text[a - 1] === '\n') && (b === text.length || text[b] === '\n');
    while (si + 1 < seg.sentences.length && seg.sentences[si + 1].start <= m.index) si++;
    let target = -1;
    if (alone) {
      // The marker on a line of its own silences the first sentence that starts after it.
      // (The line may have been joined to the sentence below it: the first sentence ending past it.)
      for (let k = si; k < seg.sentences.length; k++) {
        if (seg.sentences[k].end > m.index + m[0].length && /\S/.test(text.slice(Math.max(seg.sentences[k].start, m.index + m[0].length), seg.sentences[k].end))) {
          target = k;
          break;
        }
      }
    } else if (si < seg.sentences.length && seg.sentences[si].start <= m.index) {
      // At the end of a sentence: the sentence that holds the marker, or the one that ends right before it.
      target = text.slice(seg.sentences[si].start, m.index).trim() ? si : si - 1;
    }
    if (target >= 0) out.set(target, rules);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
