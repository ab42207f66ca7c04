// Reported speech: cues, sources, content. Sentence by sentence, cue-anchored (a cue word is found first and
// only a bounded window around it is read), so the pass is linear in the text. The word scan that finds cue
// candidates lives in cueScan.ts, the reading of one cue's source and content in cueSource.ts, and the
// article-level passes (quotations over several sentences, carried speakers, speaker labels) in speechPasses.ts.
import type { ActorAnnotation, AttributionAnnotation, Sentence, Span, TextSpan } from './types';
import { datedDatelineLength, type Segmentation } from './segment';
import { BRACKETED_AUTHOR_YEAR, citesAuthorYear, COUNTED_BEFORE_RE, IMP_NEAR_PASSIVE, IMP_NEAR_SUBJ_VERB, impersonalAlt1Possible, impersonalMidPossible, impersonalPossible, impersonalTailPossible, namedByBody, PRONOUNS } from './cues';
import { C_BRACKET, C_COLON, C_IT, C_QUOTE, candAt, candLw, candWord, F_ACT, F_ADJ, F_LINK, F_NOUN, F_POSS, F_NOUN_CUE, F_REPORT, F_SAID_NOUN, F_TALK, F_TALLY, F_THAT, frameAt, MAX_CUES, scanResult, scanWords } from './cueScan';
import { cueAttribution } from './cueSource';
import { isTitleCase, sentenceSubject } from './sentenceSubject';
import { isReducedPassive, onlyOpenersBefore, PEOPLE_RE } from './cueSenses';
import { hasUpperWord, hasWordIn, isTailOrComma, thatLength } from './speechChars';
import { backOverBlanks, codeAt, execLong, firstWordOf, isAsciiUpperCode, isDigitCode, isSpaceCode, isWordCode, lastIndexWithin, lazyRegExp, skipBlanks, testLong, URL_RE } from './chars';
import { impersonalMatch } from './impersonal';
import { BRIEFED, sourceBefore } from './quotes';
import { lowerBound, withinSorted } from './order';
import { carryOver, dropNested, interviewAnswers, labelAttributions, make, makeVague, markBarePlurals, postAttributions, quoteAttributions, trimSpan, unmarkNamedLeaders } from './speechPasses';
// "X is afraid that", "Y was confident": a predicate adjective of an inner state is a cue too.
const STATE_ADJ = /(?:\b(?:is|are|was|were|am|been|be|remains?|seemed|seems|felt|feels|isn't|aren't|wasn't|weren't)|['\u2019](?:re|m|s))\s+(?:(?:very|quite|increasingly|deeply|not|also|less|more|so|too|still|highly|fairly|especially|seriously|gravely|extremely|greatly|profoundly|particularly)\s+)*(?:afraid|worried|concerned|confident|convinced|hopeful|skeptical|sceptical|optimistic|pessimistic|certain|sure|adamant|frustrated|upset|angry|furious|unhappy|happy|pleased|disappointed|critical|aware|unaware|eager|reluctant|wary|determined|proud|opposed|supportive|in favou?r|against|uneasy|nervous|alarmed|outraged|satisfied|dissatisfied|enthusiastic|excited|fearful|doubtful)\b/gi;
// "Trump's claim that", "her warning that": a possessor and a noun of saying.
const NOUN_CUE = lazyRegExp(() => /((?:\p{Lu}[\p{L}.'\u2019-]{0,40}\s+){0,3}\p{Lu}[\p{L}.-]{0,40}['\u2019]s|\b(?:his|her|their|its))\s+(?:[a-z-]+\s+)?(claims?|assertions?|arguments?|statements?|beliefs?|contention|insistence|promises?|pledges?|suggestions?|allegations?|accusations?|warnings?|predictions?|remarks?|comments?|view|views|position|announcement|admission|denial|charges?|vow)\s+(?=that\b|["\u201c]|about\b)/gu);
// Nouns that name what someone said, so a possessor before them is a source wherever they stand ("Graham's
// comments came", "Trump's pro-Russian statements", "Mr. Obama's announcement in 2014").
const SAID_NOUN = lazyRegExp(() => /((?:\p{Lu}[\p{L}.'\u2019-]{0,40}\s+){0,3}\p{Lu}[\p{L}.-]{0,40}['\u2019]s|\b(?:his|her|their|its)|\b[Tt]he\s+(?:[a-z-]+\s+)?[a-z]+['\u2019]s)\s+(?:[a-z-]+\s+){0,2}?(statements?|comments|remarks|announcement|tweets?|speech|testimony|assertions?|accusations?|allegations?|claims|interview|threats|warnings?|promises?|pledges?|admission)\b/gu);
// An act that puts words out: "issued a statement", "sent a letter", "filed a motion", "made the following comment".
// (The noun is the head of the object, not inside a phrase after it: "published its ruling in case 27/25" puts out no
// "case".)
const SAYING_ACT = /\b(?:issued|issues|issue|released|releases|sent|sends|filed|files|made|makes|published|publishes|posted|posts|delivered|delivers|gave|gives|wrote|writes)\s+(?:a|an|the|his|her|its|their)\s+(?:(?!(?:in|on|of|for|at|by|to|from|with|into|about|over|under)\s)[\w-]+\s+){0,2}?(?:statement|letter|motion|complaint|comments?|remarks|announcement|speech|video|tweet|post|lawsuit|appeal|warning|address|case|argument|op-ed|memo|notice|plea)\b(?!\s+(?:calls?|links?|games?|footage|cameras?|feeds?)\b)|\b(?:made|makes|make|making)\s+(?:it\s+)?(?:very\s+|abundantly\s+|quite\s+)?(?:clear|plain)(?=\s+that\b|\s*:)/gi;
// A document by a named author and what it says: "a report by the International Atomic Energy Agency (IAEA) that
// Tehran had ..." (not a relative clause: "a report by the UN that was released" says nothing).
const REPORT_NOUNS = ['report', 'study', 'survey', 'poll', 'assessment', 'analysis', 'review', 'investigation', 'audit', 'statement', 'letter', 'memo'];
// A newspaper or a journal by the word its name ends in: "a report in The Washington Post that ...", "a study in The
// Lancet that ..." (the outlet that carried it is the source; not "a report in January", "a statement in Geneva").
const OUTLET = "(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.'\\u2019-]{0,40}\\s+){0,3}(?:Times|Post|Journal|News|Guardian|Telegraph|Herald|Tribune|Gazette|Mail|Mirror|Express|Independent|Observer|Economist|Chronicle|Globe|Star|Standard|Monde|Pa\\u00eds|Mundo|Spiegel|Zeitung|Lancet|Nature|Science|BMJ)";
const REPORT_BY = new RegExp(
  `\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Nn]ew|[Ll]atest|[Rr]ecent)\\s+(?:(?:new|recent|latest|confidential|leaked|annual|quarterly|internal|draft|joint|separate|second|third|fresh|earlier|previous|independent)\\s+)?(${REPORT_NOUNS.join('|')})\\s+` +
    `(?:(?:published|released|issued|commissioned|written|prepared)\\s+)?(?:by\\s+((?:the\\s+)?\\p{Ll}?\\p{Lu}[\\p{L}.'\\u2019-]{0,40}(?:\\s+(?:of|for|on|and|the|\\p{Lu}[\\p{L}.'\\u2019-]{0,40}))*(?:\\s+\\(\\p{Lu}{2,}\\))?)|in\\s+(${OUTLET}))(?:,\\s+(?:published|released|issued|conducted|carried\\s+out)\\s+[^,;:.\\n]{1,40},)?,?\\s+` +
    // (Or a verb of finding: "A survey by iData put the governing party at 44 seats", maybe after when it came out: "A
    // separate poll by YouGov, published on Sunday, put ...".)
    `(?:that\\s+(?=\\p{Lu}|\\p{N}|(?:the|a|an|its|it|they|he|she|there|some|most|many)\\s)|(?=(?:put|puts|showed|shows|found|finds|gave|gives|estimated|estimates|projected|projects|indicated|indicates)\\s))`,
  'gu',
);
const TALK_NOUN = /\b(questions|criticism|concerns|calls|complaints|warnings|accusations|allegations|rhetoric)\s+(?:about|of|over|that|for|against)\b/gi;
// (Also a superscript number right after a word or a mark: "rare earths.¹", "2030²"; a plain-text "^3" after a stop or a
// bracket: "lapsed.^3", not "km^2".)
const FOOTNOTE_RE = lazyRegExp(() => /\[\d{1,3}\]|\[\^[\w-]{1,20}\]|(?<=[\p{L}\p{N}.,;:)"\u201d%])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}|(?<=[.,;:)"\u201d])\^\d{1,3}(?!\d)/gu);

/** Finds attributions (cue + source + content) in the text. */
/** A content that only points back: "as much", "so", then at most where or when ("as much in the Riksdag on 5 November."). */
const SAID_SO_RE = /^(?:as much|so)(?:\s*[.,;]|\s+(?:in|on|at|to|during|last|this|earlier|yesterday|today|again|publicly|repeatedly)\b[^,;:"\u201c]{0,40}[.;]?\s*$|\s*$)/;

/** A content that is only when and where: "about an hour later in Henrico County.", "late on Tuesday.", "shortly afterwards." */
const WHEN_WHERE_ONLY_RE = /^(?:(?:(?:about|around|roughly|nearly|some|just|only|shortly|soon|late|early|again)\s+)*(?:(?:an?|one|two|three|four|five|\d+|several|a\s+few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|after(?:wards?)?|ago)|later|earlier|afterwards?|shortly|soon|late|early|again)(?:\s+(?:in|at|on|from|during)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*|\d{1,2})(?:\s+\p{Lu}[\p{L}.'\u2019-]*|\s+\d{1,4})*,?)*|(?:in|at|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*)(?:\s+\p{Lu}[\p{L}.'\u2019-]*|\s+\d{1,4})*(?:\s+(?:on|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*|\s+\d{1,4})*)*)\s*[.!]?$/u;

export function findAttributions(text: string, seg: Segmentation, actors: ActorAnnotation[]): AttributionAnnotation[] {
  const out: AttributionAnnotation[] = [];
  try {
    // The wire dateline is no part of the first sentence's grammar: its subject is never "THE HAGUE". (The sentence
    // after it made whole, not spread and its start written again: that would make the start field of every span
    // mutable, and throw away optimised code that reads spans.)
    const dl = seg.dateline;
    for (let k = 0; k < seg.sentences.length; k++) {
      const s = seg.sentences[k];
      sentenceAttributions(text, dl && s.start < dl.end && s.end > dl.end ? { start: skipBlanks(text, dl.end, s.end), end: s.end, paragraph: s.paragraph } : s, out, seg.credits);
    }
    dropNested(seg, out);
    labelAttributions(text, seg, out, isTitleCase, actors);
    interviewAnswers(text, seg, out);
    postAttributions(text, seg, out);
    carryOver(text, seg, out);
    quoteAttributions(text, seg, out);
    markBarePlurals(text, out, actors);
    unmarkNamedLeaders(text, out, actors);
  } catch {
    // The core never throws; a failure here loses attributions, not the article.
  }
  // Content never starts inside the wire dateline.
  const dl = seg.dateline;
  if (dl) {
    for (let k = 0; k < out.length; k++) {
      const a = out[k];
      if (a.content && a.content.start < dl.end && a.content.end > dl.end) a.content = trimSpan(text, dl.end, a.content.end);
    }
  }
  // Nor at a live blog's entry marker: "**14:32 GMT** — Netanyahu has spoken ..., his office said" reports from
  // "Netanyahu".
  for (let k = 0; k < out.length; k++) {
    const c = out[k].content;
    if (!c || c.end - c.start < 8) continue;
    const c0 = text.charCodeAt(c.start);
    if (!(c0 === 42 || c0 === 95 || c0 === 0x2022 || isDigitCode(c0) || isAsciiUpperCode(c0))) continue;
    const m = ENTRY_MARKER_RE.exec(text.slice(c.start, Math.min(c.end, c.start + 48)));
    // (And at a dateline that opens a later paragraph: "LONDON, 27 October 2025 – The talks were useful, officials said.")
    // (And at a list item's head at the start of a line: "* Jan. 16, 2025 - Clashes kill 80, according to ...", "A: ...".)
    const skip = m ? m[0].length : datedDatelineLength(text, c.start, c.end) || itemHeadLength(text, c.start, c.end);
    if (skip > 0 && skip < c.end - c.start) out[k].content = trimSpan(text, c.start + skip, c.end);
  }
  // "said as much in the Riksdag on 5 November", "said so on Monday": what was said stands before; where and when it
  // was said is no content.
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    const c = a.content;
    if (!c || c.start < a.end || c.start - a.end > 2) continue;
    const c0 = text.charCodeAt(c.start);
    if ((c0 === 97 || c0 === 115) && SAID_SO_RE.test(text.slice(c.start, Math.min(c.end, c.start + 48)))) a.content = undefined;
    // "Hutchins conceded about an hour later in Henrico County.": a verb with no object, then only when and where.
    else if (c.end - c.start < 70 && (c0 === 97 || c0 === 108 || c0 === 115 || c0 === 105 || c0 === 111 || c0 === 101) && WHEN_WHERE_ONLY_RE.test(text.slice(c.start, c.end))) a.content = undefined;
    // "Senators grilled officials over the delays": a grilling names who was questioned and on what, not what was said
    // (the words come in a quotation or after a colon).
    else if ((text.charCodeAt(a.start) | 32) === 103 && /^grill/i.test(a.text) && !/^[^.;:!?"\u201c]{0,80}[:"\u201c]/.test(text.slice(c.start, c.end))) a.content = undefined;
  }
  // A reference list's entries cite; they report nothing ('[4] Reuters, "Russia sets conditions ...", 25 March 2025.').
  const refs = referenceEntries(text, seg);
  if (refs.length) {
    const inRefs = (a: AttributionAnnotation): boolean => {
      const k = lowerBound(refs, a.start + 1) - 1;
      return k >= 0 && k % 2 === 0 && a.start < refs[k + 1];
    };
    const kept = out.filter((a) => !inRefs(a));
    out.length = 0;
    for (let k = 0; k < kept.length; k++) out.push(kept[k]);
  }
  // A note's marker cites the note: its author, where the notes give one, is the source ('insecurity.²' and
  // '² Global Coalition to Protect Education from Attack, *Education under Attack 2024*').
  if (refs.length) noteSources(text, refs, out);
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  // Cues never overlap within the kind.
  const kept: AttributionAnnotation[] = [];
  for (let k = 0; k < out.length; k++) if (!kept.length || out[k].start >= kept[kept.length - 1].end) kept.push(out[k]);
  endBeforeContrast(text, kept);
  endBeforeComment(text, kept);
  forecastContinues(text, kept);
  groupRefersBack(text, kept);
  citedNotVague(text, seg, kept);
  sourcesWithinReports(text, kept);
  return dropReported(dropNestedStances(text, notesReportNothing(seg, headingsReportNothing(seg, kept))));
}

/**
 * The page's notes on itself ("Clarification: A previous version of this article said ...", "Editor's note: ...")
 * report no one's words in the story: no attribution. `list` is sorted by start.
 */
function notesReportNothing(seg: Segmentation, list: AttributionAnnotation[]): AttributionAnnotation[] {
  const notes = seg.notes;
  if (!notes?.length || !list.length) return list;
  const spans = notes.map((k) => seg.paragraphs[k]).filter((p) => p !== undefined);
  return list.filter((a) => !withinSorted(spans, a.start, a.start + 1));
}

/**
 * "Others disagree (cf. Baldwin 1985; Early 2015).", "Some scholars dispute this (e.g., Marsh 2001).": an author-year
 * citation in the sentence of a vague source names whom it stands for. `list` is sorted by start; one walk over it and
 * the sentences, each sentence read once however many vague sources it holds.
 */
function citedNotVague(text: string, seg: Segmentation, list: AttributionAnnotation[]): void {
  let k = 0;
  let read = -1;
  let cites = false;
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a.vague) continue;
    while (k < seg.sentences.length && seg.sentences[k].end <= a.start) k++;
    const s = seg.sentences[k];
    if (!s || s.start > a.start) continue;
    if (read !== k) {
      read = k;
      cites = citesAuthorYear(text.slice(s.start, s.end));
    }
    if (cites) delete a.vague;
  }
}

/**
 * A cue in a heading with nothing reported after it ("## What the critics say") titles the section: no attribution.
 * One that reports something ("# Minister says talks will resume") stays. `list` is sorted by start.
 */
function headingsReportNothing(seg: Segmentation, list: AttributionAnnotation[]): AttributionAnnotation[] {
  const headings = seg.headings;
  if (!headings?.length || !list.length) return list;
  const spans = headings.map((k) => seg.paragraphs[k]).filter((p) => p !== undefined);
  const starts = spans.map((p) => p.start);
  const inHeading = (a: AttributionAnnotation): boolean => {
    const k = lowerBound(starts, a.start + 1) - 1;
    return k >= 0 && a.start < spans[k].end;
  };
  return list.filter((a) => (a.content !== undefined && a.content.end > a.content.start) || !inHeading(a));
}

/**
 * "She told Sky News the data would show growth": a cue inside what another source says takes its source from inside
 * those words; one that reached back over their start ("Sky News the data") starts where they do ("the data").
 * `list` is sorted by start.
 */
function sourcesWithinReports(text: string, list: AttributionAnnotation[]): void {
  let from = -1;
  let reach = -1;
  for (let k = 0; k < list.length; k++) {
    const b = list[k];
    const src = b.source;
    if (src && b.start < reach && b.start > from && src.start < from && src.end > from) {
      const at = skipBlanks(text, from, src.end);
      if (at < src.end) b.source = { start: at, end: src.end, text: text.slice(at, src.end) };
    }
    // (Only a verb of saying or telling reports a clause whose subject starts it: "groups that opposed Iraq ... show"
    // and "Media reports in Tanzania have said" hold no such clause.)
    const c = b.content;
    if (b.source && c && c.start >= b.end && c.end > reach && SAYS_CLAUSE.has(firstWordOf(b.text).toLowerCase())) {
      from = c.start;
      reach = c.end;
    }
  }
}
/** Verbs of saying and telling that report a whole clause. */
const SAYS_CLAUSE = new Set('said|says|say|saying|told|tells|tell|telling|added|adds|wrote|writes|stated|states|insisted|warned|argued|claimed|announced'.split('|'));

/** A stance verb that reports words only with a clause or a quotation after it. */
const NESTED_STANCE_RE = /^(?:support|supports|supported|oppose|opposes|opposed|back|backs|backed|favou?r|favou?rs|favou?red|welcome|welcomes|welcomed|reject|rejects|rejected|endorse|endorses|endorsed)$/;

/**
 * "said Washington supported the extension", "told TASS that Moscow would oppose any resolution": inside what a source
 * says, a stance toward a thing is part of their words, no report of its own (one with a that-clause or a quotation
 * still is). `list` is sorted by start.
 */
function dropNestedStances(text: string, list: AttributionAnnotation[]): AttributionAnnotation[] {
  // (Only a verb's report in the same sentence: a transcript's turn or a quotation holds whole statements.)
  let reach = -1;
  let from = -1;
  let dropped: Set<AttributionAnnotation> | null = null;
  for (let k = 0; k < list.length; k++) {
    const b = list[k];
    if (b.start < reach && b.start - from < 300 && b.content && b.content.start >= b.end && NESTED_STANCE_RE.test(b.text.toLowerCase()) && !/^\s*(?:that\b|["\u201c:])/.test(text.slice(b.end, b.end + 8)) && !/[.!?]["\u201d]?\s|\n/.test(text.slice(from, b.start))) {
      (dropped ??= new Set()).add(b);
      continue;
    }
    if (b.source && !b.vague && b.content && b.content.start >= b.end && b.end - b.start > 1 && b.content.end > reach) {
      reach = b.content.end;
      from = b.end;
    }
  }
  return dropped ? list.filter((a) => !dropped!.has(a)) : list;
}

/** A forecast named as a source: "The bank's new forecasts", "the IMF's projections". */
const FORECAST_SOURCE_RE = /\b(?:forecasts?|projections?|outlook)$/i;
/** Verbs of a source's own forecast ("the Fund projects", "the bank forecast", "the ECB sees"), and its figures ("..., according to the Fund."). */
const FORECAST_CUES = new Set(['projects', 'projected', 'forecast', 'forecasts', 'forecasted', 'predicts', 'predicted', 'sees', 'saw', 'according to']);
const FORECAST_PARTICIPLES = new Set(['expected', 'forecast', 'projected']);
/** A form of "be" right before a participle (and perhaps "also"). */
const BE_BEFORE_RE = /\b(?:is|are|was|were)\s+(?:also\s+)?$/i;
/** An agentless passive of forecasting: "is expected", "are projected". */
const FORECAST_PASSIVE_RE = /^(?:is|are|was|were)\s+(?:also\s+)?(?:expected|forecast|projected)$/i;

/**
 * "The bank's forecasts see growth slowing. Unemployment is expected to rise to 5.6%.": an agentless "is expected"
 * in the sentence after a forecast's own report, or a named source's own forecast ("the Fund projects ..."), is that
 * forecast's, not a vague one; so is one after a colon whose clause names someone's forecast ("The staff's forecast
 * ...: inflation was expected to be 2.8 percent"). `list` is sorted by start.
 */
function forecastContinues(text: string, list: AttributionAnnotation[]): void {
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    // ("It is [projected] to fall": the cue may be the participle alone, its auxiliary before it.)
    if (!a.vague || a.source || a.text.length > 24 || !(FORECAST_PASSIVE_RE.test(a.text) || (FORECAST_PARTICIPLES.has(a.text) && BE_BEFORE_RE.test(text.slice(Math.max(0, a.start - 12), a.start))))) continue;
    // ("The staff's forecast for inflation was little changed: total inflation was expected to be 2.8 percent": a forecast
    // named before a colon in the same sentence.)
    const named = forecastBeforeColon(text, a.start);
    if (named) {
      a.source = named;
      delete a.vague;
      continue;
    }
    if (k === 0) continue;
    const p = list[k - 1];
    // (Or a named source's own forecast: "the Fund projects growth of 4.6 percent in 2026. Over the medium term, growth is
    // expected to recover".)
    if (p.vague || !p.source || !(FORECAST_SOURCE_RE.test(p.source.text) || FORECAST_CUES.has(p.text.toLowerCase())) || a.start - p.end > 200) continue;
    // (Only across one sentence break within the paragraph.)
    const between = text.slice(p.end, a.start);
    if (between.includes('\n') || (between.match(/[.!?]\s/g)?.length ?? 0) !== 1) continue;
    a.source = p.source;
    delete a.vague;
  }
}

/** Someone's forecast named as the subject of a clause: "The staff's forecast", "the Fund's new projections". */
const OWNED_FORECAST_RE = /(?:^|[\s(])((?:[Tt]he\s+)?(?:[\p{L}.-]+\s+){0,3}[\p{L}.-]+['\u2019]s\s+(?:[a-z-]+\s+)?(?:forecasts?|projections?|outlook))\b/u;

/** The owned forecast named before a colon in the sentence that reaches `at` (within 200 units), or null. */
function forecastBeforeColon(text: string, at: number): TextSpan | null {
  const from = Math.max(0, at - 200);
  // (Searched within the 200 units only: a search back over the whole text for every such cue would be quadratic.)
  const colon = lastIndexWithin(text, ':', at - 1, from);
  if (colon < 0) return null;
  const between = text.slice(colon, at);
  if (between.includes('\n') || /[.!?]\s/.test(between)) return null;
  const head = text.slice(from, colon);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'));
  const clause = stop >= 0 ? head.slice(stop + 1) : head;
  const m = OWNED_FORECAST_RE.exec(clause);
  if (!m) return null;
  const start = colon - clause.length + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, text: m[1] };
}

/** The people a named source is made of: "Researchers at the University of Cambridge", "Analysts at Jefferies". */
const GROUP_NOUN_RE = /\b(researchers|scientists|analysts|economists|authors|experts|pollsters|investigators|auditors|inspectors|strategists)\b/i;
/** "The researchers", "the study's authors": a definite group, before or as a vague cue (1 the noun). */
const DEFINITE_GROUP_RE = /^(?:the|its|their|the\s+study['\u2019]s|the\s+report['\u2019]s)\s+(researchers|scientists|analysts|economists|authors|experts|pollsters|investigators|auditors|inspectors|strategists)$/i;

/**
 * "Researchers at the University of Cambridge estimate ... The researchers found no effect among boys.": a definite
 * group after a named source of the same people refers back to it; it names them, no vague source. `list` is sorted by
 * start. (One pass, a set of the nouns named so far.)
 */
function groupRefersBack(text: string, list: AttributionAnnotation[]): void {
  let named: Set<string> | null = null;
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    if (!a.vague) {
      const m = a.source && !a.anonymous && a.source.text.length > 12 ? GROUP_NOUN_RE.exec(a.source.text) : null;
      if (m) (named ??= new Set()).add(m[1].toLowerCase());
      continue;
    }
    if (named === null) continue;
    // The group: the source, or the cue's first word after "The" ("The [researchers found]").
    let from = a.source ? a.source.start : a.start;
    let to = a.source ? a.source.end : a.start + (/^[A-Za-z]+/.exec(a.text)?.[0].length ?? 0);
    if (!a.source || !/^(?:the|its|their)\s/i.test(a.source.text)) {
      const det = /(?:the|its|their|the\s+study['\u2019]s|the\s+report['\u2019]s)\s+$/i.exec(text.slice(Math.max(0, from - 16), from));
      if (!det) continue;
      from -= det[0].length;
    }
    const m = DEFINITE_GROUP_RE.exec(text.slice(from, to));
    if (!m || !named.has(m[1].toLowerCase())) continue;
    a.source = { start: from, end: to, text: text.slice(from, to) };
    // (The cue is then the verb after the group: "The researchers [found]".)
    if (a.start < to) {
      a.start = skipBlanks(text, to, a.end);
      a.text = text.slice(a.start, a.end);
    }
    delete a.vague;
  }
}

/** The key of a note's marker: "[4]" and "4." and "⁴" are all "4". */
function noteKey(marker: string): string {
  let k = '';
  for (const ch of marker) {
    const i = SUPERSCRIPT_DIGITS.indexOf(ch);
    if (i >= 0) k += String(i);
    else if (ch >= '0' && ch <= '9') k += ch;
    else if (ch !== '[' && ch !== ']' && ch !== '.' && ch !== ':') k += ch;
  }
  return k;
}
const SUPERSCRIPT_DIGITS = '\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079';
/** A note's marker at its line's head: "[4]", a Markdown footnote's "[^4]:", a plain-text "^4", "4.", "¹". */
const NOTE_MARKER = '(?:\\[\\d{1,3}\\]|\\[\\^[\\w-]{1,20}\\]:?|\\^\\d{1,3}|\\d{1,3}\\.|[\\u00b9\\u00b2\\u00b3\\u2070\\u2074-\\u2079]{1,3})';
/** A note's author after its marker: up to the first comma, full stop or bracket ("Global Coalition to Protect ..."). */
const NOTE_AUTHOR_RE = lazyRegExp(() => new RegExp(`^${NOTE_MARKER}\\s+(\\p{Lu}[^,.;:()*\\n"\\u201c]{1,80}?)\\s*[,.(]`, 'u'));

/** Footnote attributions whose source is only their marker get the author of the note they point to. */
function noteSources(text: string, refs: number[], out: AttributionAnnotation[]): void {
  const notes = new Map<string, TextSpan>();
  for (let k = 0; k < refs.length; k += 2) {
    const m = NOTE_AUTHOR_RE().exec(text.slice(refs[k], Math.min(refs[k + 1], refs[k] + 120)));
    if (!m) continue;
    const key = noteKey(m[0].slice(0, m[0].search(/\s/)));
    const at = refs[k] + m[0].indexOf(m[1]);
    if (!notes.has(key)) notes.set(key, { start: at, end: at + m[1].length, text: m[1] });
  }
  if (!notes.size) return;
  for (const a of out) {
    if (!a.source || a.source.start !== a.start || a.source.end !== a.end) continue;
    const note = notes.get(noteKey(a.text));
    if (note) a.source = note;
  }
}

/** A notes section's heading: "References", "**Notes**", "## Sources". */
const NOTES_HEADING_RE = /^(?:#{1,6}\s*)?[*_]{0,2}(?:references|notes|endnotes|footnotes|sources|bibliography|works\s+cited|further\s+reading)[*_]{0,2}:?[*_]{0,2}$/i;
/** A note's marker (NOTE_MARKER) at the start of its line, then a blank. */
const NOTE_ENTRY_RE = new RegExp(`^${NOTE_MARKER}\\s`);

/**
 * The paragraphs of a reference list, as [start, end, start, end, ...] in order: entries under a notes heading, and
 * anywhere entries marked "[n]" or with a superscript that give a year ('[2] Ministry of Foreign Affairs, "Statement on
 * the Black Sea Initiative", 17 July 2023.').
 */
function referenceEntries(text: string, seg: Segmentation): number[] {
  const out: number[] = [];
  let inNotes = false;
  for (let k = 0; k < seg.paragraphs.length; k++) {
    const p = seg.paragraphs[k];
    const c = text.charCodeAt(p.start);
    const len = p.end - p.start;
    if (len <= 40 && NOTES_HEADING_RE.test(text.slice(p.start, p.end))) {
      inNotes = true;
      continue;
    }
    // (Cheap checks first: an entry opens with "[", a digit or a superscript.)
    const entry = (c === 91 || c === 94 || isDigitCode(c) || c > 127) && NOTE_ENTRY_RE.test(text.slice(p.start, Math.min(p.end, p.start + 26)));
    if (!entry) {
      inNotes = false;
      continue;
    }
    if (inNotes || (!isDigitCode(c) && len < 400 && /\b(?:1[89]|20)\d\d\b/.test(text.slice(p.start, p.end)))) out.push(p.start, p.end);
  }
  return out;
}

/** A live blog's entry marker: a clock time, maybe after a weekday or a date and in bold, and a dash or colon after it ("**Thursday, 21:45 GMT** —"). */
const ENTRY_MARKER_RE =
  /^(?:\*\*|__)?(?:[A-Z][a-z]{2,8},?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8},?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?(?:\*\*|__)?\s*(?:[\u2014\u2013|]|--?|:)\s/;

/** A list item's marker: "* ", "• ", "1. ", "2) ". */
const LIST_MARKER_RE = /^(?:[*\u2022+]|\d{1,3}[.)])[ \t]+/;
/** A timeline entry's date and the dash or colon after it: "Jan. 16, 2025 - ", "June 2023 — ", "2019: ". */
const DATE_ENTRY_RE =
  /^(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?(?:\s+\d{1,2})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?)(?:,?\s+\d{4})?|\d{4})\s*(?:[\u2014\u2013]|--?|:)[ \t]+/;
/** A section's label in capitals, or an explainer's "Q:" / "A:": "WHAT WE FOUND: ", "A: ". */
const CAPS_LABEL_RE = /^(?:[A-Z][A-Z'\u2019&-]+(?:[ \t]+[A-Z][A-Z'\u2019&-]*){0,4}|[QA]):[ \t]+/;

/**
 * The head of a list item or a labelled paragraph that a content span starting at a line's start takes in: a list
 * marker ("* "), then a timeline's date and dash ("Jan. 16, 2025 - ") or a section label in capitals ("A: ",
 * "OUR VERDICT: "). None of it is anyone's words. Returns its length, 0 if none (or if nothing would remain).
 */
function itemHeadLength(text: string, start: number, end: number): number {
  let b = start;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  // (A dash marker the content's trimming has already passed: "- March 3, 2021 - The pier flooded".)
  if (b < start && b > 0 && (text.charCodeAt(b - 1) === 45 || text.charCodeAt(b - 1) === 0x2013 || text.charCodeAt(b - 1) === 0x2014)) b--;
  if (b > 0 && text.charCodeAt(b - 1) !== 10) return 0;
  const head = text.slice(start, Math.min(end, start + 60));
  const marker = LIST_MARKER_RE.exec(head);
  let n = marker ? marker[0].length : 0;
  const rest = n ? head.slice(n) : head;
  const c = rest.charCodeAt(0);
  if (isAsciiUpperCode(c) || isDigitCode(c)) {
    const m = DATE_ENTRY_RE.exec(rest) ?? (isAsciiUpperCode(c) ? CAPS_LABEL_RE.exec(rest) : null);
    if (m) n += m[0].length;
  }
  return n < end - start && hasWordIn(text, start + n, end) ? n : 0;
}

/**
 * "The ministry said the port was closed, but traders said ships were still unloading": what one source says ends
 * where a contrast or another clause brings in the next source. `list` is sorted by start.
 */
function endBeforeContrast(text: string, list: AttributionAnnotation[]): void {
  for (let k = 0; k + 1 < list.length; k++) {
    const a = list[k];
    const c = a.content;
    // (A speaker's turn in a transcript is all theirs: "Jones: No, and I told him so." goes on past "I told".)
    if (!c || c.start < a.end || a.text === ':') continue;
    for (let j = k + 1; j < list.length && list[j].start < c.end; j++) {
      const src = list[j].source;
      if (!src || src.start <= c.start || src.start >= c.end) continue;
      // (Only in the cue's own sentence: a speaker's turn of several sentences goes on past one with "but nobody".)
      if (src.start - a.end > 400 || SENTENCE_BREAK_RE().test(text.slice(a.end, src.start))) break;
      const gap = CONTRAST_BEFORE_RE.exec(text.slice(Math.max(c.start, src.start - 24), src.start));
      if (!gap) continue;
      const end = src.start - gap[0].length;
      if (end > c.start) a.content = trimSpan(text, c.start, end);
      break;
    }
  }
}
/**
 * The writer's comment on what was reported, set off at the content's end: ", a claim we rated False.", ", a charge he
 * denies", ", an estimate disputed by economists". (A noun of saying and a verb of judging it, outside any quotation.)
 */
const COMMENT_APPOSITIVE_RE =
  /,\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:claim|assertion|allegation|accusation|charge|figure|number|estimate|statement|contention|prediction|forecast|promise|pledge|remark|characteri[sz]ation|account|argument|suggestion)\s+(?:that\s+|which\s+)?(?:(?:we|he|she|they|it|I|(?:the\s+)?\p{L}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,2})\s+)?(?:(?:has|have|had|has\s+not|have\s+not|could\s+not|cannot|can\s+not|did\s+not|was|is|were|are|been|not|since|previously|also|strongly|repeatedly|independently|widely)\s+){0,3}(?:rated|rates|rate|denied|denies|deny|disputed|disputes|dispute|rejected|rejects|reject|contested|contests|challenged|challenges|questioned|questions|dismissed|dismisses|debunked|refuted|refutes|verify|verified|confirm|confirmed|checked|found|labell?ed|repeated|repeats|echoed|made|makes)\b[^"\u201c\u201d]*$/u;

/** "He told a rally that imports had doubled, a claim we rated False.": the content stops before the writer's comment. */
function endBeforeComment(text: string, list: AttributionAnnotation[]): void {
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    const c = a.content;
    if (!c || c.start < a.end || c.end - c.start < 20) continue;
    const from = Math.max(c.start, c.end - 160);
    const tail = text.slice(from, c.end);
    if (!tail.includes(', a')) continue;
    const m = COMMENT_APPOSITIVE_RE.exec(tail);
    if (!m) continue;
    // (Inside an open quotation the comment is the speaker's own.)
    let quotes = 0;
    for (let i = c.start; i < from + m.index; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34 || ch === 0x201c || ch === 0x201d) quotes++;
    }
    if (quotes % 2 === 0) a.content = trimSpan(text, c.start, from + m.index);
  }
}
const SENTENCE_BREAK_RE = lazyRegExp(() => /[.!?]["'\u201d\u2019)]?\s+["'\u201c\u2018(]?\p{Lu}|\n\s*\n/u);
/** A comma or semicolon and a conjunction right before a source: ", but ", "; ", ", while ", ", and " ("Rights groups say A, and some diplomats say B"). */
const CONTRAST_BEFORE_RE = /(?:,\s*(?:but|and|while|whereas|although|though|yet)|;\s*(?:but\s+)?)\s+$/i;

/** How far apart (characters) a vague cue and the attribution that reports it may start. */
const REPORTED_REACH = 1000;

/**
 * Vague cues without a source inside what a source says are that source's words: "Witkoff is expected to join the
 * talks, a U.S. official says" is the official's expectation, not a vague one. `list` is sorted by start.
 */
function dropReported(list: AttributionAnnotation[]): AttributionAnnotation[] {
  const starts = list.map((a) => a.start);
  let dropped: Set<AttributionAnnotation> | null = null;
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    // ("Observers noted ..., according to the mission": a vague subject inside what a source named after "according
    // to" says is that source's too; not one unnamed, "according to people familiar with the talks".)
    const named = !a.vague ? false : !a.source || a.source.start === a.start;
    if (!named) continue;
    for (let j = lowerBound(starts, a.start - REPORTED_REACH); j < list.length && list[j].start < a.start + REPORTED_REACH; j++) {
      const b = list[j];
      if (b !== a && b.source && !b.vague && b.content && b.content.start <= a.start && a.end <= b.content.end && (!a.source || (/^according to$/i.test(b.text) && !b.anonymous))) {
        (dropped ??= new Set()).add(a);
        break;
      }
    }
  }
  return dropped ? list.filter((a) => !dropped!.has(a)) : list;
}

/** Attributions cued inside one sentence. */
function sentenceAttributions(text: string, s: Sentence, out: AttributionAnnotation[], credits: readonly Span[] | undefined): void {
  const body = text.slice(s.start, s.end);
  let taken = -1;
  // Cue candidates are found by a word scan (a map lookup per word, much cheaper than one regex of hundreds of
  // alternatives), which also notes the trigger words of the rarer patterns.
  const base = out.length;
  const seen = scanWords(text, s.start, s.end);
  const { flags, stopped, imp } = scanResult;
  // The vague-subject reading runs only where one of its subject words has a verb of its list close after it
  // (IMP_NEAR_SUBJ_VERB; the scan reads words on either side of an apostrophe too: "billion'critics argue" reads "critics").
  // A cue before the vague one still speaks ("Chalmers said the deficit was now expected to be ..."): the vague cue
  // takes only its own words; what it reports then lies inside the named source's content.
  let vagueFrom = -1;
  let vagueTo = -1;
  if (stopped || impersonalPossible(imp)) {
    const before = out.length;
    // (Which of impersonal.ts's hand-read alternatives can match: "it is believed" needs the word "it", "is believed"
    // a passive word at most 3 words after a form of "be", a vague subject a verb within 13 words after it.)
    const all = stopped || body.length > 4000;
    vagueTo = impersonalCue(text, s, body, out, taken, all || (imp & IMP_NEAR_SUBJ_VERB) !== 0, all || (flags & C_IT) !== 0, all || (imp & IMP_NEAR_PASSIVE) !== 0, all || impersonalAlt1Possible(imp), all || impersonalMidPossible(imp), all || impersonalTailPossible(imp));
    if (out.length > before) vagueFrom = out[out.length - 1].start;
  }
  // Headlines are in title case: there a capitalised cue is still a cue ("Bill Clinton Calls Obamacare ...").
  let titleCase: boolean | undefined;
  // The source of the sentence's last cue: a later participle ("the statement said, adding that") shares it.
  let prior: TextSpan | undefined;
  for (let k = 0; k < seen; k++) {
    const word = candWord[k];
    const lw = candLw[k];
    const cs = s.start + candAt[k];
    const ce = cs + word.length;
    if (cs < taken || (cs >= vagueFrom && cs < vagueTo)) continue;
    // A capitalised cue word mid-sentence is part of a name ("the United States", "Fox News Reports").
    if (word !== lw && lw !== 'according to' && !onlyOpenersBefore(text, s.start, cs)) {
      titleCase ??= isTitleCase(body);
      if (!titleCase) continue;
    }
    // "two diplomats briefed on the meeting said": a participle that describes the source of the next cue.
    if (k + 1 < seen && BRIEFED.has(lw) && describesNextSource(body, candAt[k] + word.length, candAt[k + 1])) continue;
    // ("according to a copy of the text and officials briefed on it": right after a plural of people, with no object,
    // the participle describes them and reports nothing.)
    if (BRIEFED.has(lw) && body.startsWith(' on ', candAt[k] + word.length) && BRIEFED_PEOPLE_BEFORE_RE.test(body.slice(Math.max(0, candAt[k] - 24), candAt[k]))) continue;
    // "(Reporting by ...; Editing by ...)": the wire's credit line (segmentation found it) reports nothing.
    if (credits && (lw === 'reporting' || lw === 'writing' || lw === 'editing') && withinSorted(credits, cs, ce)) continue;
    const a = cueAttribution(text, s, lw, { start: cs, end: ce }, prior);
    if (a) {
      out.push(a);
      taken = endOf(a);
      prior = sharedSource(a, prior);
    }
  }
  rarerPatterns(text, s, body, out, Math.max(taken, vagueTo), flags, stopped, base);
}

// (Attributions come in several shapes, by the flags and content they hold; their fields are read in functions of
// their own, so that a first attribution of a new shape does not throw away the optimised sentenceAttributions.)
/** Where an attribution ends. */
function endOf(a: AttributionAnnotation): number {
  return a.end;
}

/** The source a later participle of the sentence shares: the attribution's, if named, else the one before. */
function sharedSource(a: AttributionAnnotation, prior: TextSpan | undefined): TextSpan | undefined {
  return a.source && !a.vague ? a.source : prior;
}

/**
 * The rarer patterns of a sentence, each in its own function. (Called for every sentence, so that the first run of a
 * rare pattern throws away the optimised code of this small function, not of sentenceAttributions.)
 */
function rarerPatterns(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number, flags: number, stopped: boolean, base: number): void {
  // (Each gate below is a word or a mark every match of the pattern needs, seen by the scan; a stopped scan saw
  // only part of the sentence, so there the gates stay open.)
  const gates = stopped ? -1 : flags;
  if (flags & F_NOUN && gates & F_POSS) taken = nounCues(text, s, body, out, taken, (gates & (F_THAT | C_QUOTE)) !== 0 && (gates & F_NOUN_CUE) !== 0, (gates & F_SAID_NOUN) !== 0);
  if (flags & F_ACT) taken = actCues(text, s, body, out, taken);
  if (frameAt.length) taken = frameCues(text, s, frameAt, out, taken, base);
  if (flags & F_TALK) taken = talkCues(text, s, body, out, taken);
  if (gates & F_REPORT && body.includes(' by ') && mayReportBy(body)) taken = reportByCues(text, s, body, out, taken);
  if (flags & F_TALLY && (body.includes('by ') || body.includes('By '))) taken = tallyCues(text, s, body, out, taken);
  if (flags & F_ADJ) taken = stateCues(text, s, body, out, taken);
  if (gates & F_LINK && (body.includes('http:') || body.includes('https:') || body.includes('www.'))) linkCues(text, s, body, URL_RE, out);
  if ((stopped ? body.includes('[') : (flags & C_BRACKET) !== 0) || endsInSuperscript(body) || body.includes('^')) linkCues(text, s, body, FOOTNOTE_RE(), out);
  if (gates & C_COLON && (body.includes('ource:') || body.includes('ources:') || body.includes('ata:') || body.includes('igures:'))) sourceNoteCues(text, s, body, out);
  if (body.includes('(')) citationCues(text, s, body, out);
}

/** An author-year citation in brackets that closes a clause: "(Smith 2019).", "(Lee and Park, 2021, p. 14).", "(e.g.,
 * Hufbauer et al. 2007; Drezner 2011)" (group 1, its first author). */
const CITATION_RE = lazyRegExp(() => new RegExp(`${BRACKETED_AUTHOR_YEAR}[^()]{0,80}?\\)(?=\\s*(?:[.;,:!?]|\\[|$))`, 'gu'));

/** "Exports fell by 30 percent (Smith 2019).": an author-year citation closing a clause sources what stands before it
 * in the sentence, its first author the source. */
function citationCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[]): void {
  const re = CITATION_RE();
  re.lastIndex = 0;
  for (let seen = 0, m = re.exec(body); m && ++seen < MAX_CUES; m = re.exec(body)) {
    const content = trimSpan(text, s.start, s.start + m.index);
    if (content.end <= content.start) continue;
    const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    const at = cue.start + m[0].indexOf(m[1]);
    out.push(make(text, cue, { start: at, end: at + m[1].length, text: m[1] }, content));
  }
}

/** Whether one of the last 8 code units is a superscript digit (\u00b9\u00b2\u00b3\u2070\u2074-\u2079), as FOOTNOTE_RE's marks are. */
function endsInSuperscript(body: string): boolean {
  for (let i = Math.max(0, body.length - 8); i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079)) return true;
  }
  return false;
}

/** People right before a BRIEFED participle: "officials ", "two diplomats ", "people ". */
const BRIEFED_PEOPLE_BEFORE_RE = /\b(?:officials|diplomats|sources|people|aides|negotiators|lawmakers|analysts|executives|persons|individuals|officers|insiders)\s+$/;
/** Whether body[from, to) runs from a quotes.ts BRIEFED participle to the next cue as one phrase: "on the meeting". */
function describesNextSource(body: string, from: number, to: number): boolean {
  if (to - from > 60) return false;
  const between = body.slice(from, to);
  return /^\s+on\s/.test(between) && !/[,;:.!?"\u201c\u201d]/.test(between);
}

/** What a timetable expects ("to arrive", "to last ten days", "to be completed by"). */
// (Or a time straight after it: "The next update is expected shortly after midnight", "Sentencing is expected next month".)
const EXPECTED_TIMETABLE_RE = /^(?:\s+to\s+(?:arrive|reach|land|depart|dock|sail|begin|start|resume|end|finish|last|run|take\s+effect|open|close|reopen|testify|appear|deliberate|be\s+(?:completed|delivered|finished|published|issued|held|ready|operational))\b|\s+(?:shortly|soon|later|next|this|tomorrow|tonight|by|on|at|within|early|late|before|after|around|in\s+the\s+coming)\b)/i;

/** Up to two lower-case words between a comma and a vague cue, which describe its people: ", international ", ", the ". */
const VAGUE_DESCRIBED_RE = /,\s+((?!(?:and|but|or|nor|while|as|because|which|who|that|since|although|though|when|if|so|yet|where|whereas|after|before)\b)(?:[a-z-]+\s+){1,2})$/;

/** The end of ", cited by (the) ": what comes before the agent's first letter. */
const BY_BEFORE_RE = /\bby\s+(?:the\s+|some\s+|many\s+|most\s+)?$/i;

/** " to WHO", " to the Ministry of Health", " to the ministry of health": the named body a count was reported to (group 1). */
const REPORTED_TO_RE = /^ to\s+((?:the\s+)?(?:ministry\s+of\s+(?:public\s+)?[a-z]+\b|\p{Lu}[\p{L}\d.&'\u2019-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}\d.&'\u2019-]*)*))/u;

/** A count before a passive cue: a figure or a word for cases. */
const COUNT_BEFORE_RE = /\d|\b(?:cases|deaths|infections|fatalities|casualties|incidents|outbreaks)\b/i;

/** "it is widely believed", "reportedly", "critics argue": a vague cue, its source the vague subject if any. */
function impersonalCue(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number, subjects: boolean, itPassive: boolean, bePassive: boolean, alt1: boolean, mid: boolean, tail: boolean): number {
  const ic = impersonalMatch(body.length > 4000 ? body.slice(0, 4000) : body, subjects, itPassive, bePassive, alt1, mid, tail);
  if (ic) {
    // The pattern's edges are not the cue's: the comma before ", believed to be", and the first letter of the
    // next word that ", thought by many t" reads to know a word follows.
    let from = ic.index;
    let to = ic.index + ic.text.length;
    // (", cited by Reuters": an agent with a capital names someone; the pattern's letter after "by" reads either case.)
    if (isAsciiUpperCode(body.charCodeAt(to - 1)) && BY_BEFORE_RE.test(body.slice(Math.max(from, to - 12), to - 1))) return taken;
    while (from < to && (body.charCodeAt(from) === 44 || isSpaceCode(body.charCodeAt(from)))) from++;
    if (isWordCode(codeAt(body, to)) && isWordCode(body.charCodeAt(to - 1))) {
      while (to > from && !isSpaceCode(body.charCodeAt(to - 1))) to--;
      to = backOverBlanks(body, to, from);
    }
    if (to <= from) return taken;
    // ("Several think tanks published": the first half of a compound noun, no verb.)
    if (body.charCodeAt(to - 1) === 107 && /\bthink$/i.test(body.slice(to - 6, to)) && /^\s+tanks?\b/.test(body.slice(to, to + 8))) return taken;
    const cue = { start: s.start + from, end: s.start + to };
    // "Three deaths have been reported this year": a count from the report's own surveillance, not hearsay.
    if (testLong(COUNTED_BEFORE_RE, text.slice(Math.max(s.start, cue.start - 60), cue.start))) return taken;
    // "412,000 cases were reported to WHO from 29 countries": a count reported to a body it names is that body's tally.
    if (body.charCodeAt(to - 1) === 100 && body.charCodeAt(to + 1) === 116 && body.charCodeAt(to + 2) === 111 && /\b(?:reported|notified)$/.test(body.slice(from, to))) {
      const rec = REPORTED_TO_RE.exec(body.slice(to, to + 90));
      if (rec && COUNT_BEFORE_RE.test(body.slice(0, from))) {
        const at = s.start + to + rec[0].length - rec[1].length;
        out.push(make(text, cue, { start: at, end: at + rec[1].length, text: rec[1] }, trimSpan(text, s.start, s.end)));
        return cue.end;
      }
    }
    // "presumed innocent": the law's standing rule, no one's hearsay.
    if (/presumed$/i.test(body.slice(from, to)) && /^\s+innocent\b/i.test(body.slice(to, to + 10))) return taken;
    // "Ansarallah, commonly known as the Houthis": a name, not a belief; "must be reported to OFAC": a duty to report,
    // not a report.
    if (/known$/i.test(body.slice(from, to)) && /^\s+as\b/i.test(body.slice(to, to + 4))) return taken;
    // "its other vessels had called at Israeli ports": a port of call, as for the ordinary cue (cueSenses.ts).
    if (/call(?:ed|s|ing)?$/i.test(body.slice(from, to)) && /^\s+(?:in\s+)?at\b/.test(body.slice(to, to + 8))) return taken;
    // "The report, seen by this newspaper, estimates": who has read a document, no one's words.
    if (/\b(?:seen|obtained|reviewed)\s+by$/i.test(body.slice(from, to))) return taken;
    // "The convoy is expected to arrive by 20 November": a timetable, not hearsay.
    if (/expected$/i.test(body.slice(from, to)) && testLong(EXPECTED_TIMETABLE_RE, body.slice(to, to + 40))) return taken;
    // "The framework was supposed to produce joint procurement": meant to, not said to (only "supposed to be" is hearsay).
    if (/supposed$/i.test(body.slice(from, to)) && /^\s+to\s+(?!be\b|have\b)[a-z]/i.test(body.slice(to, to + 20))) return taken;
    if (testLong(/\b(?:must|shall|should|need\s+to|required\s+to|has\s+to|have\s+to)\s+$/i, body.slice(Math.max(0, from - 14), from)) && /^be\s/i.test(body.slice(from, to))) return taken;
    // "..., analysts estimate.": after a comma at the end of its sentence the cue reports what comes before it.
    // (So after one with when or where it was said: "..., critics said on Monday.", "..., experts said in a report.";
    // and after one whose people are described first: "..., international observers said in a statement today.")
    const after = trimSpan(text, cue.end, s.end);
    const described = execLong(VAGUE_DESCRIBED_RE, text.slice(Math.max(s.start, cue.start - 40), cue.start));
    const head = described ? cue.start - described[1].length : cue.start;
    const tail = after.end - after.start <= 1 || (after.end - after.start < 60 && isTailOrComma(text.slice(cue.end, s.end), true) && !/\bthat\b/.test(text.slice(after.start, after.end)));
    const closes = tail && text.charCodeAt(backOverBlanks(text, head, s.start) - 1) === 44;
    // "Many observers believe": the words before the verb are the (vague) source (and no auxiliary or adverb: "Economists
    // had widely expected").
    const lead = /^(?:some|many|most|several|numerous|various|few|other|critics|experts|observers|analysts|commentators|scholars|historians|economists|people|others|sources|skeptics|sceptics|detractors|opponents|insiders)\b.*?(?=\s+(?:(?:would|might|may|will|could|can|should|have|had|also|often|still|widely|now|already|privately|increasingly|openly|long|not|never|generally|largely) )*\S+(?: out)?$)/i.exec(body.slice(from, to));
    // "74 people suspected of fraud", "412 violations, most of them attributed to armed groups": a participle right
    // before the preposition its object would take describes the people or things, who say nothing.
    if (lead && body.charCodeAt(to - 1) === 100 && body.charCodeAt(to - 2) === 101 && (/^\s+of\b/.test(body.slice(to, to + 4)) || (testLong(/^\s+to\b/, body.slice(to, to + 4)) && isReducedPassive(/[a-z]+$/i.exec(body.slice(from, to))![0].toLowerCase(), body.slice(to, to + 8))))) return taken;
    // ("She declined to identify other bidders but said": the quantified noun is an object, and the verb after "but" is
    // the sentence subject's second; the ordinary cue reads it.)
    if (lead && lead[0].endsWith(' but')) return taken;
    let source: TextSpan | null = !lead ? null : closes && described ? { start: head, end: cue.start + lead[0].length, text: text.slice(head, cue.start + lead[0].length) } : { start: cue.start, end: cue.start + lead[0].length, text: lead[0] };
    // "UN experts said": the organisation names the speakers; the ordinary cue reads them as its source.
    if (source && acronymBefore(text, cue.start, source.end, s.start)) return taken;
    // ("Capital Economics researchers said": so do the scientists and researchers that the vague cue opens with.)
    const group = source ? null : STUDY_PEOPLE_OPEN_RE.exec(body.slice(from, to));
    if (group && acronymBefore(text, cue.start, cue.start + group[0].length, s.start)) return taken;
    // "Security researchers said", "Independent experts say": one or two words opening the sentence right before the
    // people describe them, and belong to the (still vague) source.
    const people = source ?? (group ? { start: cue.start, end: cue.start + group[0].length } : null);
    if (people && people.start === cue.start && !closes && cue.start > s.start && cue.start - s.start < 32 && text.charCodeAt(cue.start - 1) === 32) {
      const opener = OPENING_DESCRIBERS_RE.exec(text.slice(s.start, cue.start));
      if (opener && !NOT_DESCRIBERS.has(opener[1].toLowerCase()) && !(opener[2] && NOT_DESCRIBERS.has(opener[2].toLowerCase()))) source = { start: s.start, end: people.end, text: text.slice(s.start, people.end) };
    }
    out.push(makeVague(text, cue, source, closes ? trimSpan(text, s.start, backOverBlanks(text, head, s.start) - 1) : after));
    taken = cue.end;
  }
  return taken;
}

/** One or two capitalised words opening a sentence, all of what stands before a vague cue's people ("Security "). */
// (Not two capitalised words, a name of its own, such as a place: "Wall Street analysts expect" keeps its people alone.)
const OPENING_DESCRIBERS_RE = /^([A-Z][a-z-]+)(?:\s([a-z][a-z-]*))?\s$/;
/** Opening words that do not describe the people after them: "But researchers said", "Nor do analysts expect". */
const NOT_DESCRIBERS = new Set(
  ('the a an its their his her our this that but and or nor neither yet so now then today yesterday tonight still also meanwhile here there instead however thus ' +
    'already even only just later earlier soon again these those such not do does did is are was were has have had will ' +
    'would can could should may might must').split(' '),
);

/** The people a vague cue may open with that the lead above leaves sourceless: "researchers said", "scientists say". */
const STUDY_PEOPLE_OPEN_RE = /^(?:researchers|scientists)\b/i;

/** Whether up to four words right before `at` (not below floor) and the words from `at` to `end` read as an
 * organisation's people ("UN human rights experts": namedByBody; "Morgan Stanley analysts" too). */
function acronymBefore(text: string, at: number, end: number, floor: number): boolean {
  let i = at;
  for (let words = 0; words < 4; words++) {
    if (i - 1 <= floor || text.charCodeAt(i - 1) !== 32) return false;
    i--;
    while (i > floor && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (namedByBody(text.slice(i, end))) return true;
  }
  return false;
}

/** "Trump's claim that", "her comments": a possessor and a noun of saying. Returns the new `taken`. */
function nounCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number, nounCue: boolean, saidNoun: boolean): number {
  NOUN_CUE().lastIndex = 0;
  // (NOUN_CUE needs one of its nouns, then "that", "about" or a quotation mark.)
  for (let seen = 0, m = nounCue ? NOUN_CUE().exec(body) : null; m && ++seen < MAX_CUES; m = NOUN_CUE().exec(body)) {
    const srcStart = s.start + m.index;
    const cueStart = srcStart + m[0].indexOf(m[2], m[1].length);
    const cue = { start: cueStart, end: cueStart + m[2].length };
    if (cue.start < taken) continue;
    if (framesCueBefore(text, s, srcStart, m[1], out)) continue;
    const owner = m[1].replace(/['\u2019]s$/, '');
    out.push(make(text, cue, { start: srcStart, end: srcStart + owner.length, text: owner }, trimSpan(text, cue.end, s.end)));
    taken = cue.end;
  }
  SAID_NOUN().lastIndex = 0;
  // (SAID_NOUN needs one of its nouns, which the scan notes: it costs more than NOUN_CUE, trying every capital.)
  for (let seen = 0, m = saidNoun ? SAID_NOUN().exec(body) : null; m && ++seen < MAX_CUES; m = SAID_NOUN().exec(body)) {
    const srcStart = s.start + m.index;
    const cueStart = srcStart + m[0].length - m[2].length;
    const cue = { start: cueStart, end: cueStart + m[2].length };
    if (cue.start < taken) continue;
    const owner = m[1].replace(/['\u2019]s$/, '');
    // ("Today's remarks", "Yesterday's statement": a day owns no words.)
    if (TIME_OWNER_RE.test(owner)) continue;
    // ("its half-yearly statement", "the bank's annual statement": a statement of accounts or policy for a period is a
    // document, no one's words.)
    if (m[2].startsWith('statement') && ACCOUNTS_STATEMENT_RE.test(m[0])) continue;
    if (framesCueBefore(text, s, srcStart, m[1], out)) continue;
    out.push(make(text, cue, { start: srcStart, end: srcStart + owner.length, text: owner }, undefined));
    taken = cue.end;
  }
  return taken;
}

/**
 * Whether "in his statement" at srcStart (owner `owner`) only says where the words of a cue before it in the sentence
 * came ("Grossi told the board in his introductory statement that ...", "said in her opening remarks"): no report of
 * its own.
 */
function framesCueBefore(text: string, s: Sentence, srcStart: number, owner: string, out: readonly AttributionAnnotation[]): boolean {
  if (!POSSESSIVE_PRONOUN_RE.test(owner) || !/\b(?:in|during)\s+$/.test(text.slice(Math.max(s.start, srcStart - 8), srcStart))) return false;
  for (let i = out.length - 1; i >= 0 && out[i].start >= s.start; i--) if (out[i].end <= srcStart && out[i].source) return true;
  return false;
}
const POSSESSIVE_PRONOUN_RE = /^(?:his|her|their|its)$/;

/** A statement of accounts or policy, by the period or the field it covers: "half-yearly statement", "financial statements". */
const ACCOUNTS_STATEMENT_RE = /\b(?:annual|yearly|half-yearly|half-year|quarterly|monthly|interim|year-end|mid-year|financial|fiscal|budget|monetary|policy|bank|income|earnings)\s+statements?$/;

const TIME_OWNER_RE = /^(?:today|yesterday|tomorrow|tonight|this\s+(?:week|month|year)|last\s+(?:week|month|year|night)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** "issued a statement", "sent a letter": an act that puts words out. */
function actCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number): number {
  SAYING_ACT.lastIndex = 0;
  for (let seen = 0, m = SAYING_ACT.exec(body); m && ++seen < MAX_CUES; m = SAYING_ACT.exec(body)) {
    const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    if (cue.start < taken) continue;
    const src = sourceBefore(text, cue.start, s.start) ?? sentenceSubject(text, s);
    if (!src || !(hasUpperWord(src.text) || testLong(PEOPLE_RE, src.text) || PRONOUNS.has(src.text.toLowerCase()))) continue;
    out.push(make(text, cue, src, trimSpan(text, cue.end + thatLength(text.slice(cue.end, Math.min(s.end, cue.end + 40))), s.end)));
    taken = cue.end;
  }
  return taken;
}

/** What may follow a frame that closes its sentence: where or when it was put out ("in a statement on Telegram."). */
const FRAME_TAIL_RE = /^(?:on|at|in|from|to|late|early|earlier|issued|published|released|posted|carried|broadcast|seen)\b[^,;:"\u201c]*$/i;

/** A frame owned by someone: "in his view", "in the mayor's own words"; the owner (1) without its "'s". */
const OWN_FRAME_RE = /^(?:in|during)\s+(his|her|their|its|my|our|the\s+(?:[\w-]+\s+){0,2}[\w-]+(?=['\u2019]s\s))(?:['\u2019]s)?\s+(?:own\s+)?(?:view|opinion|assessment|estimation|judgment|judgement|words)\b/i;

/** A frame of a poll, study or document ("In the Ipsos survey", "in a report"): (1) the preposition before it. */
const DOC_FRAME_RE = /^((?:in|during)\s+)(?:a|an|the|its|their|this|that)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:poll|survey|study|report|filing|memo|assessment)$/i;
/** A subject that is a share or a count, no one who speaks: "64%", "Most respondents", "A majority". */
const FIGURE_SUBJECT_RE = /^(?:\d|(?:a\s+)?(?:majority|minority|half|third|quarter|most|two\s+thirds|nearly|almost|about|over|more|fewer|less)\b)/i;

/** A participle of citing right before a frame: "quoted ", "cited ", "interviewed ". */
const CITED_BEFORE_RE = /\b(?:quoted|cited|named|mentioned|interviewed|listed|featured|profiled)\s$/;

/** Frames without a verb of saying: the sentence's subject (when it reads as one) says the rest. */
function frameCues(text: string, s: Sentence, frames: number[], out: AttributionAnnotation[], taken: number, base: number): number {
  for (let k = 0; k < frames.length; k += 2) {
    const cue = { start: s.start + frames[k], end: s.start + frames[k + 1] };
    if (cue.start < taken || out.length > base) continue;
    // "In its Judgment of 6 April 2023, the Court rejected": a document's title (a capital, "of" a day after it)
    // says when the act was done, no one's words.
    if (/\s[A-Z][a-z]+$/.test(text.slice(cue.start, cue.end)) && /^\s+of\s+\d/.test(text.slice(cue.end, cue.end + 8))) continue;
    // "Analysts quoted in the report were divided": after a participle of citing, the frame says where the people were
    // cited, and reports none of the sentence.
    if (text.charCodeAt(cue.start - 2) === 100 && CITED_BEFORE_RE.test(text.slice(Math.max(s.start, cue.start - 16), cue.start))) continue;
    // "In his view, the UK would need ...", "In the mayor's words, ...": the possessive is the source, not the
    // sentence's subject.
    const own = OWN_FRAME_RE.exec(text.slice(cue.start, cue.end));
    let src = own ? { start: cue.start + own[0].indexOf(own[1], 2), end: cue.start + own[0].indexOf(own[1], 2) + own[1].length, text: own[1] } : (sentenceSubject(text, s) ?? null);
    // "In the Ipsos survey, 64% agreed that ...": with no one (or only a share of those asked) as the subject, a poll,
    // study or document named in the frame is what says it.
    if (!own && (!src || FIGURE_SUBJECT_RE.test(src.text))) {
      const doc = DOC_FRAME_RE.exec(text.slice(cue.start, cue.end));
      if (doc) src = { start: cue.start + doc[1].length, end: cue.end, text: text.slice(cue.start + doc[1].length, cue.end) };
    }
    // A frame that closes the sentence ("..., in a statement.") reports what comes before it.
    const after = trimSpan(text, cue.end, s.end);
    const closes = after.end - after.start <= 1 || FRAME_TAIL_RE.test(text.slice(after.start, after.end));
    out.push(make(text, cue, src, closes ? trimSpan(text, src && src.start === s.start ? src.end : s.start, cue.start) : after));
    taken = cue.end;
  }
  return taken;
}

/** A verb of meeting or prompting questions still to come right before them: "will face ", "is due to field tough ",
 * "would raise ". */
const RECEIVED_BEFORE_RE = /\b(?:will|would|shall|could|may|might|must|to)\s+(?:(?:also|likely|probably|again)\s+)?(?:face|field|take|answer|raise|prompt|invite)\s+(?:(?:tough|difficult|hard|pointed|awkward|several|many|more|further|repeated|few|some|no)\s+)?$/i;

/** Nouns of saying with no one behind them in the sentence: "questions about", "criticism of", "calls for". */
function talkCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number): number {
  TALK_NOUN.lastIndex = 0;
  for (let seen = 0, m = TALK_NOUN.exec(body); m && ++seen < MAX_CUES; m = TALK_NOUN.exec(body)) {
    const cue = { start: s.start + m.index, end: s.start + m.index + m[1].length };
    if (cue.start < taken) continue;
    // ("struck a balance between the concerns of the host government": the concerns it holds, not what it says.)
    if (m[1].toLowerCase() === 'concerns' && /^concerns\s+of\b/i.test(m[0])) continue;
    // ("the wider questions of sanctions", "questions of sovereignty": matters to settle, not questions put by anyone.)
    if (m[1].toLowerCase() === 'questions' && /^questions\s+of\b/i.test(m[0])) continue;
    // ("will face questions about the treaty", "is expected to field questions over", "the incident would raise questions
    // about"): questions still to come, none of them put in words yet. (Questions faced or answered were asked: "has faced questions about", as PolNeAR marks.)
    if (m[1].toLowerCase() === 'questions' && RECEIVED_BEFORE_RE.test(body.slice(Math.max(0, m.index - 32), m.index))) continue;
    // ("easing concerns about a looming supply glut", "amid concerns over": worries eased or stoked, no one's words.)
    if (m[1].toLowerCase() === 'concerns' && /\b(?:ease|eases|eased|easing|allay|allays|allayed|allaying|calm|calmed|calming|soothe|soothed|soothing|fuel|fuels|fuell?ed|fuell?ing|stoke|stoked|stoking|heighten|heightened|heightening|deepen|deepened|deepening|amid|despite)\s+(?:\w+\s+)?$/i.test(body.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push(make(text, cue, null, trimSpan(text, cue.end, Math.min(s.end, cue.end + 200))));
    taken = cue.end;
  }
  return taken;
}

/** Whether a sentence holds one of REPORT_BY's nouns at all (a few substring searches, cheaper than the regex). */
function mayReportBy(body: string): boolean {
  for (let k = 0; k < REPORT_NOUNS.length; k++) if (body.includes(REPORT_NOUNS[k])) return REPORT_NOUN_BY_RE.test(body);
  return false;
}
/** What every REPORT_BY match holds: a noun, at most one word, and "by" or "in" ("report by", "study commissioned by"). */
const REPORT_NOUN_BY_RE = new RegExp(`(?:${REPORT_NOUNS.join('|')})\\s+(?:\\w+\\s+)?(?:by|in)\\s`);

/** "a report by the IAEA that Tehran had ...": a document, its author after "by", what it says after "that". */
function reportByCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number): number {
  REPORT_BY.lastIndex = 0;
  for (let seen = 0, m = REPORT_BY.exec(body); m && ++seen < MAX_CUES; m = REPORT_BY.exec(body)) {
    const cueStart = s.start + m.index + m[0].indexOf(m[1]);
    const cue = { start: cueStart, end: cueStart + m[1].length };
    if (cue.start < taken) continue;
    // (A document carried by an outlet, "in The Washington Post", is a report or a study, not a letter to the editor.)
    const by = m[2] ?? m[3];
    if (m[2] === undefined && !/^(?:report|study|survey|poll|analysis|investigation)$/.test(m[1])) continue;
    const srcStart = s.start + m.index + m[0].lastIndexOf(by);
    const src = { start: srcStart, end: srcStart + by.length, text: by };
    const contentStart = s.start + m.index + m[0].length;
    out.push(make(text, cue, src, trimSpan(text, contentStart, s.end)));
    taken = cue.end;
  }
  return taken;
}

/**
 * "By one estimate", "by the army's own count", "by most accounts": a count or an estimate set off by a comma or
 * at the sentence's edge, whose owner (1) is the source; (2) is the quantifier of one named by no one.
 */
const BY_TALLY_RE =
  lazyRegExp(() => /(?<=^|,\s*)[Bb]y\s+((?:(one|some|many|most|several|other|all|official|independent|unofficial|conservative|government|rough|early|latest|recent)\s+)+(?:[a-z-]+\s+)?|(?:its|their|his|her|our|my|(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}[\p{L}.'\u2019-]+['\u2019]s)\s+(?:own\s+)?(?:[a-z-]+\s+)?)(estimates?|counts?|accounts?|tally|reckoning|calculations?)(?:\s+(?:of|by)\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,4})?(?=\s*[,.;]|\s*$)/gu);

function tallyCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number): number {
  BY_TALLY_RE().lastIndex = 0;
  for (let seen = 0, m = BY_TALLY_RE().exec(body); m && ++seen < MAX_CUES; m = BY_TALLY_RE().exec(body)) {
    const at = s.start + m.index;
    if (at < taken) continue;
    const cue = { start: at, end: at + 2 };
    // (A name's last word may take the sentence's full stop: "by one count of the Red Cross.")
    let end = at + m[0].length;
    while (end > cue.end && text.charCodeAt(end - 1) === 46) end--;
    const src = trimSpan(text, cue.end, end);
    // What it counts: the rest of the sentence after an opening phrase, or what stands before a closing one.
    // (Set off inside the clause, "The toll, by one estimate, is higher", it reports all of it.)
    const opens = m.index === 0 || !hasWordIn(text, s.start, at);
    const comma = text.charCodeAt(skipBlanks(text, end, s.end)) === 44;
    const content = opens ? trimSpan(text, skipBlanks(text, comma ? skipBlanks(text, end, s.end) + 1 : end, s.end), s.end) : comma ? trimSpan(text, s.start, s.end) : trimSpan(text, s.start, backOverBlanks(text, at, s.start) - 1);
    const a = make(text, cue, { start: src.start, end: src.end, text: text.slice(src.start, src.end) }, content);
    if (m[2] !== undefined && !/\s(?:of|by)\s/.test(m[0])) a.vague = true;
    out.push(a);
    taken = end;
  }
  return taken;
}

/** "X is afraid that", "Y was confident": a predicate adjective of an inner state. */
/** A comma and a conjunction, or a semicolon, before a new clause's subject: ", and the plan", "; many". */
const STATE_CLAUSE_END_RE = lazyRegExp(() => /(?:,\s+(?:and|but|while|whereas|yet|so)|;)\s+(?=(?:the|a|an|his|her|its|their|this|these|those|many|some|most|few|others|it|he|she|they|we|I|there)\b|\p{Lu})/u);

function stateCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number): number {
  STATE_ADJ.lastIndex = 0;
  for (let seen = 0, m = STATE_ADJ.exec(body); m && ++seen < MAX_CUES; m = STATE_ADJ.exec(body)) {
    const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    if (cue.start < taken && !holdsLaterCues(text, s, cue, out)) continue;
    const src = sourceBefore(text, cue.start, s.start);
    if (!src || !(hasUpperWord(src.text) || testLong(PEOPLE_RE, src.text) || (PRONOUNS.has(src.text.toLowerCase()) && src.text.toLowerCase() !== 'it') || testLong(/[a-z]{3}s$/, src.text))) continue;
    // "I am not so sure.", "he was optimistic.": a state with nothing after it reports nothing.
    // ("Voters are increasingly worried about rents, and the plan does nothing": a new clause after a comma and a
    // conjunction, or a semicolon, is the writer's own; "Patients are frustrated, and many ..." states nothing.)
    let content = trimSpan(text, cue.end, s.end);
    const next = STATE_CLAUSE_END_RE().exec(text.slice(cue.end, Math.min(s.end, cue.end + 300)));
    if (next) content = trimSpan(text, cue.end, cue.end + next.index);
    if (!/[\p{L}\p{N}]/u.test(text.slice(content.start, content.end))) continue;
    // "We are happy to make that clear.", "she was eager to leave": a willingness to act reports no view.
    if (/^to\s+[a-z]/.test(text.slice(content.start, content.start + 6))) continue;
    out.push(make(text, cue, src, content));
    taken = cue.end;
  }
  return taken;
}

/**
 * "The IAEA was deeply concerned that Iran had not answered": a state before a cue already read stands all the same
 * when a "that" clause follows it and every cue read after it has its source inside that clause.
 */
function holdsLaterCues(text: string, s: Sentence, cue: Span, out: AttributionAnnotation[]): boolean {
  if (!text.startsWith(' that ', cue.end)) return false;
  for (let i = out.length - 1; i >= 0; i--) {
    const a = out[i];
    if (a.start < s.start) break;
    if (a.start < cue.end || !a.source || a.source.start < cue.end + 6) return false;
  }
  return true;
}

/** A link or a footnote mark sources what comes before it in the sentence. */
/** A source noted in brackets or at the end: "72,409 (Source: UNHCR).", "Deaths rose 12%. Source: OCHA". */
const SOURCE_NOTE_RE = /(?:\(\s*|(?<=[.;:]\s*|^))(Sources?|Data|Figures)\s*:\s*([^()\n]{2,80}?)\s*(?:\)|\.?\s*$)/gi;

function sourceNoteCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[]): void {
  SOURCE_NOTE_RE.lastIndex = 0;
  for (let seen = 0, m = SOURCE_NOTE_RE.exec(body); m && ++seen < MAX_CUES; m = SOURCE_NOTE_RE.exec(body)) {
    const at = s.start + m.index + m[0].indexOf(m[1]);
    const cue = { start: at, end: at + m[1].length + 1 };
    const srcAt = s.start + m.index + m[0].indexOf(m[2], m[0].indexOf(':'));
    // What the note sources: the sentence before it, or, opening its own sentence ("... 12%. Source: OCHA"), the
    // sentence before that on its line.
    const content = m.index > 1 ? trimSpan(text, s.start, s.start + m.index) : sentenceBefore(text, s.start);
    out.push(make(text, cue, { start: srcAt, end: srcAt + m[2].length, text: m[2] }, content));
  }
}

/** The sentence on the same line that ends right before `at` (bounded look back), or an empty span. */
function sentenceBefore(text: string, at: number): Span {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 10) end--;
  let i = end - 2;
  const floor = Math.max(0, end - 400);
  while (i > floor && text.charCodeAt(i) !== 10 && !((text.charCodeAt(i) === 46 || text.charCodeAt(i) === 33 || text.charCodeAt(i) === 63) && isSpaceCode(text.charCodeAt(i + 1)))) i--;
  if (i <= floor) return floor === 0 ? trimSpan(text, 0, end) : { start: at, end: at };
  return trimSpan(text, i + 1, end);
}

function linkCues(text: string, s: Sentence, body: string, re: RegExp, out: AttributionAnnotation[]): void {
  re.lastIndex = 0;
  for (let seen = 0, m = re.exec(body); m && ++seen < MAX_CUES; m = re.exec(body)) {
    let len = m[0].length;
    let content = trimSpan(text, s.start, s.start + m.index);
    // ("rose 4% (https://...)": the bracket opens the citation, no part of what it supports.)
    if (content.end > content.start && (text.charCodeAt(content.end - 1) === 40 || text.charCodeAt(content.end - 1) === 91)) content = trimSpan(text, content.start, content.end - 1);
    if (re === URL_RE) {
      // A Markdown link's target ("[a return to normal](https://...)") is markup under the words it links: no citation.
      if (m.index >= 2 && body.charCodeAt(m.index - 1) === 40 && body.charCodeAt(m.index - 2) === 93) continue;
      // A link is a citation only after a claim it supports: "→ https://...", "→ Read more: https://..." and "Sign up at
      // https://..." are a newsletter's navigation, an address to go to, and cite nothing.
      if (!hasWordIn(text, content.start, content.end) || LINK_ADDRESS_BEFORE_RE.test(text.slice(Math.max(content.start, content.end - 24), s.start + m.index))) continue;
      // ("https://example.org/report." ends before the sentence's full stop.)
      while (len > 1 && /[.,;:!?]/.test(m[0][len - 1])) len--;
    }
    const cue = { start: s.start + m.index, end: s.start + m.index + len };
    out.push(make(text, cue, { start: cue.start, end: cue.end, text: m[0].slice(0, len) }, content));
  }
}

/** Words before a link that make it an address to visit, not a source: "Read more:", "Sign up at", "visit", "see". */
const LINK_ADDRESS_BEFORE_RE = /(?:\bread\s+more|\bmore|\bsign\s+up|\b(?:un)?subscribe|\bregister|\bvisit|\bsee|\bgo\s+to|\bfollow\s+us|\bat|\bon|\bvia|\bhere|\bto|\bavailable|\bfound|\bdownload|\bemail|\bcontact)\s*[:\u2192-]?\s*$/i;
