// The rarer patterns of a sentence's reported speech (rarerPatterns), each in its own function: a noun of saying
// ("her warning that"), an act or a frame of saying, talk with no one behind it ("criticism of"), a report by an
// author, a tally, a state of mind ("is afraid that"), a source note, a citation, a link or a footnote mark. Each is
// gated on a word or a mark the scan saw; sentenceAttributions in attribution.ts calls them for every sentence.
import type { AttributionAnnotation, Sentence, Span } from './types';
import { BRACKETED_AUTHOR_YEAR, PRONOUNS } from './cues';
import { C_BRACKET, C_COLON, C_QUOTE, F_ACT, F_ADJ, F_LINK, F_NOUN, F_POSS, F_NOUN_CUE, F_REPORT, F_SAID_NOUN, F_TALK, F_TALLY, F_THAT, frameAt, MAX_CUES } from './cueScan';
import { sentenceSubject } from './sentenceSubject';
import { PEOPLE_RE } from './cueSenses';
import { hasUpperWord, hasWordIn, thatLength } from './speechChars';
import { backOverBlanks, isSpaceCode, lazyRegExp, skipBlanks, testLong, URL_RE } from './chars';
import { outsideRelative, sourceBefore } from './sourceBefore';
import { make, trimSpan } from './speechPasses';
// "X is afraid that", "Y was confident": a predicate adjective of an inner state is a cue too.
const STATE_ADJ = /(?:\b(?:is|are|was|were|am|been|be|remains?|seemed|seems|felt|feels|isn't|aren't|wasn't|weren't)|['\u2019](?:re|m|s))\s+(?:(?:very|quite|increasingly|deeply|not|also|less|more|so|too|still|highly|fairly|especially|seriously|gravely|extremely|greatly|profoundly|particularly)\s+)*(?:afraid|worried|concerned|confident|convinced|hopeful|skeptical|sceptical|optimistic|pessimistic|certain|sure|adamant|frustrated|upset|angry|furious|unhappy|happy|pleased|disappointed|critical|aware|unaware|eager|reluctant|wary|determined|proud|opposed|supportive|in favou?r|against|uneasy|nervous|alarmed|outraged|satisfied|dissatisfied|enthusiastic|excited|fearful|doubtful)\b/gi;
// "Trump's claim that", "her warning that": a possessor and a noun of saying.
const NOUN_CUE_NOUNS = 'claims?|assertions?|arguments?|statements?|beliefs?|contention|insistence|promises?|pledges?|suggestions?|allegations?|accusations?|warnings?|predictions?|remarks?|comments?|view|views|position|announcement|admission|denial|charges?|vow';
// (After the possessor: the noun, group 2, and "that", "about" or a quotation mark; shared with NOUN_CUE_TAIL.)
const NOUN_CUE_AFTER = `\\s+(?:[a-z-]+\\s+)?(${NOUN_CUE_NOUNS})\\s+(?=that\\b|["\\u201c]|about\\b)`;
const NOUN_CUE = lazyRegExp(() => new RegExp(`((?:\\p{Lu}[\\p{L}.'\\u2019-]{0,40}\\s+){0,3}\\p{Lu}[\\p{L}.-]{0,40}['\\u2019]s|\\b(?:his|her|their|its))${NOUN_CUE_AFTER}`, 'gu'));
// What every NOUN_CUE match holds from the end of its possessor on ("'s" or "his" to "that"): sought first, as it is
// cheap, where NOUN_CUE tries its capitalised words at every capital of the sentence.
const NOUN_CUE_TAIL = lazyRegExp(() => new RegExp(`(?:['\\u2019]s|\\b(?:his|her|their|its))${NOUN_CUE_AFTER}`, 'g'));
// Nouns that name what someone said, so a possessor before them is a source wherever they stand ("Graham's
// comments came", "Trump's pro-Russian statements", "Mr. Obama's announcement in 2014").
const SAID_NOUNS = 'statements?|comments|remarks|announcement|tweets?|speech|testimony|assertions?|accusations?|allegations?|claims|interview|threats|warnings?|promises?|pledges?|admission';
// (After the possessor: up to two words and the noun, group 2; shared with SAID_NOUN_TAIL.)
const SAID_NOUN_AFTER = `\\s+(?:[a-z-]+\\s+){0,2}?(${SAID_NOUNS})\\b`;
const SAID_NOUN = lazyRegExp(() => new RegExp(`((?:\\p{Lu}[\\p{L}.'\\u2019-]{0,40}\\s+){0,3}\\p{Lu}[\\p{L}.-]{0,40}['\\u2019]s|\\b(?:his|her|their|its)|\\b[Tt]he\\s+(?:[a-z-]+\\s+)?[a-z]+['\\u2019]s)${SAID_NOUN_AFTER}`, 'gu'));
/** What every SAID_NOUN match holds from the end of its possessor on ("'s" or "his" to the noun), sought first. */
const SAID_NOUN_TAIL = lazyRegExp(() => new RegExp(`(?:['\\u2019]s|\\b(?:his|her|their|its))${SAID_NOUN_AFTER}`, 'g'));
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

/**
 * The rarer patterns of a sentence, each in its own function. (Called for every sentence, so that the first run of a
 * rare pattern throws away the optimised code of this small function, not of sentenceAttributions.)
 */
export function rarerPatterns(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number, flags: number, stopped: boolean, base: number): void {
  // (Each gate below is a word or a mark every match of the pattern needs, seen by the scan; a stopped scan saw
  // only part of the sentence, so there the gates stay open.)
  const gates = stopped ? -1 : flags;
  if (flags & F_NOUN && gates & F_POSS) taken = nounCues(text, s, body, out, taken, (gates & (F_THAT | C_QUOTE)) !== 0 && (gates & F_NOUN_CUE) !== 0, (gates & F_SAID_NOUN) !== 0);
  if (flags & F_ACT) taken = actCues(text, s, body, out, taken);
  // (Before the frames, which would read "in a poll" as the subject's own frame of saying.)
  if (gates & F_REPORT && (body.includes('poll') || body.includes('survey')) && (body.includes('in ') || body.includes('In '))) taken = pollCues(text, s, body, out, taken);
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

/** "Trump's claim that", "her comments": a possessor and a noun of saying. Returns the new `taken`. */
function nounCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number, nounCue: boolean, saidNoun: boolean): number {
  NOUN_CUE().lastIndex = 0;
  // (NOUN_CUE needs one of its nouns, then "that", "about" or a quotation mark.)
  // (Each run of NOUN_CUE only where its tail occurs from where it would start: no match can start without one after it.)
  for (let seen = 0, m = nounCue && holdsFrom(NOUN_CUE_TAIL(), body, 0) ? NOUN_CUE().exec(body) : null; m && ++seen < MAX_CUES; m = holdsFrom(NOUN_CUE_TAIL(), body, NOUN_CUE().lastIndex) ? NOUN_CUE().exec(body) : null) {
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
  for (let seen = 0, m = saidNoun && holdsFrom(SAID_NOUN_TAIL(), body, 0) ? SAID_NOUN().exec(body) : null; m && ++seen < MAX_CUES; m = holdsFrom(SAID_NOUN_TAIL(), body, SAID_NOUN().lastIndex) ? SAID_NOUN().exec(body) : null) {
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

/** Whether the global pattern `re` matches in body from `from` on. */
function holdsFrom(re: RegExp, body: string, from: number): boolean {
  re.lastIndex = from;
  return re.test(body);
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
    // ("A woman whose son was beaten by police filed a complaint": the woman, not the agent inside her clause.)
    const before = sourceBefore(text, cue.start, s.start);
    const src = before ? outsideRelative(text, s.start, before) : sentenceSubject(text, s);
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

/**
 * "Trump's approval rating stood at 41% in a Reuters/Ipsos poll conducted Oct. 28-30.", "In the previous Washington
 * Post/ABC News national poll, ...": a poll or a survey the figures were found in, set off by a comma or at the
 * sentence's end, is their source (group 1), as PolNeAR marks it with the cue "in". When and of whom it was taken
 * ("conducted ...", "of 1,000 adults") is part of it.
 */
const POLL_IN_RE = lazyRegExp(() => /\b[Ii]n\s+((?:a|an|the|this|that|its|their|his|her|one|(?:\p{Lu}[\p{L}.&\/-]*\s+){0,3}?\p{Lu}[\p{L}.&\/-]*['\u2019]s)\s+(?:[\p{L}\p{N}.\/&'\u2019-]+\s+){0,6}?(?:poll|survey)(?:\s+(?:of|among)\s+(?:more\s+than\s+|about\s+|nearly\s+)?[\d,]+\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?(?:,?\s+(?:conducted|released|published|taken|carried\s+out|fielded)\s+[^,;:"\u201c]{1,40}?)?)(?=\s*[,;]|\s*[.!?]?["\u201d]?\s*$)/gu);
/** Verbs before "in a poll" whose sentence is about the poll, not a figure it found: "took part in a survey". */
const TOOK_PART_BEFORE_RE = /\b(?:part|participated|participate|participating|included|questioned|interviewed|asked|surveyed|polled|named|cited|mentioned|featured|listed)\s+$/;

function pollCues(text: string, s: Sentence, body: string, out: AttributionAnnotation[], taken: number): number {
  POLL_IN_RE().lastIndex = 0;
  for (let seen = 0, m = POLL_IN_RE().exec(body); m && ++seen < MAX_CUES; m = POLL_IN_RE().exec(body)) {
    const at = s.start + m.index;
    if (at < taken || TOOK_PART_BEFORE_RE.test(body.slice(Math.max(0, m.index - 16), m.index))) continue;
    const cue = { start: at, end: at + 2 };
    const srcStart = at + m[0].indexOf(m[1]);
    const end = at + m[0].length;
    const src = { start: srcStart, end: srcStart + m[1].length, text: m[1] };
    // What it found: the rest of the sentence after an opening phrase, else the clause before it.
    const opens = !hasWordIn(text, s.start, at);
    const content = opens ? trimSpan(text, skipBlanks(text, end, s.end) + 1, s.end) : trimSpan(text, s.start, backOverBlanks(text, at, s.start));
    if (content.end - content.start < 3) continue;
    out.push(make(text, cue, src, content));
    taken = end;
  }
  return taken;
}

/** "X is afraid that", "Y was confident": a predicate adjective of an inner state. */
/** A comma and a conjunction, or a semicolon, before a new clause's subject: ", and the plan", "; many". */
const STATE_CLAUSE_END_RE = lazyRegExp(() => /(?:,\s+(?:and|but|while|whereas|yet|so)|;)\s+(?=(?:the|a|an|his|her|its|their|this|these|those|many|some|most|few|others|it|he|she|they|we|I|there)\b|\p{Lu})/u);

/** A preposition alone before the clause's end: "of.", "about?". */
const STRANDED_PREPOSITION_RE = /^(?:of|about|with|for|at|in|on|to)\W*$/;

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
    // "Not that I'm aware of.", "That is what we are worried about.": a stranded preposition is all that follows; what
    // the state is of stands before it, and no view is reported.
    if (content.end - content.start <= 6 && STRANDED_PREPOSITION_RE.test(text.slice(content.start, content.end))) continue;
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
