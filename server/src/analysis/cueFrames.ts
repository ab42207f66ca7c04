// The cues read by a frame of their own: "according to X", "the court heard that", "has learned", "as X put it", a
// figure measured or a share a poll gave, and an opening participle ("Noting that ..., Li said"). Each reads its own
// source and content; cueAttribution in cueSource.ts calls them for the words that open such a frame.
import type { AttributionAnnotation, Sentence, Span, TextSpan } from './types';
import { REDACTION_MARK } from './cues';
import { backOverBlanks, codeAt, execLong, firstWordOf, lastIndexWithin, lazyRegExp, skipBlanks, testLong } from './chars';
import { hasUpperWord } from './speechChars';
import { sourceAfter } from './sourceAfter';
import { sourceBefore } from './sourceBefore';
import { make, trimSpan } from './speechPasses';
import { PEOPLE_RE, onlyOpenersBefore } from './cueSenses';
import { isTimeSource, timeTailStart } from './sourceOfCue';
/** A speaker's label before a cue that opens what they say ("Reuters: ", "**Mao Ning:** "). */
const LABEL_BEFORE_RE = /^[*_]{0,2}[A-Z][^.!?:\n]{0,50}:[*_]{0,2}\s+["\u201c]?$/;
export const SPLIT_CLAUSE_RE = /^\s*,\s+(?:was|is|were|are|had|has|have|will|would|could|should|may|might|can|must|remains?|remained|did|does|because)\b/;
/** After a source set off in the sentence: the figure it gave set against another (", from 52.9% in the first half", ", up
 * from $3 billion", ", compared with 4.1% a year earlier"), which the source gives too. */
const FIGURE_COMPARED_AFTER_RE = /^\s*,\s+(?:(?:up|down)\s+from|from|compared\s+(?:with|to)|against)\s+[^,;]{0,24}?\d/;
/** After a source set off in the sentence: ", and" and a verb with no subject of its own (", and operates in", ", and has",
 * ", and controls three towns"; not a plural subject with a verb of its own after it: ", and troops in the east are"). */
const SAME_SUBJECT_AND_RE = /^\s*,\s+and\s+(?:also\s+|still\s+|now\s+)?(?:(?:has|have|had|is|are|was|were|will|would|could|can)\s+[a-z]|(?![a-z]{3,}s\s[^,.;]{0,40}?\s(?:is|are|was|were|has|have|had)\b)[a-z]{3,}(?:s|ed)\s+(?:in|at|on|to|from|with|across|into|over|under|more|less|about|nearly|almost|some|the|a|an|its|their|his|her|\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|most|much|parts|large)\b)/;
/** A capitalised name set off by commas right after a role: ", Lin Jian,". */
const NAME_AFTER_ROLE_RE = lazyRegExp(() => /^,\s+\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){1,3},/u);
/** A relative clause right after a source, up to its comma: ", who served in Kyiv,", " who served in Kyiv,". */
const RELATIVE_AFTER_SOURCE_RE = /^\s*,?\s*(?:who|whom|whose|which)\b[^,;:"\u201c]{1,120},/;

/** A court, a committee or an inquiry right before "heard": "The court heard", "the committee has also heard". */
const HEARER_BEFORE_RE = lazyRegExp(() => /\b((?:[Tt]he|[Aa])\s+(?:court|tribunal|jury|committee|inquiry|inquest|hearing|trial|panel|commission|Court|Tribunal|Committee|Inquiry|Inquest|Panel|Commission)|(?:[Tt]he|[Aa])\s+(?:\p{Lu}[\p{L}'\u2019-]+\s+){1,4}(?:Court|Tribunal|Committee|Inquiry|Inquest|Panel|Commission))\s+(?:(?:has|had|was|also|previously|earlier|then)\s+){0,2}$/u);
/** Whether a text holds a part of each of HEARER_BEFORE_RE's nouns, in the cases the pattern allows. */
function mayNameHearer(t: string): boolean {
  return t.includes('ourt') || t.includes('ribunal') || t.includes('jury') || t.includes('ommittee') || t.includes('ommission') || t.includes('nqu') || t.includes('hearing') || t.includes('trial') || t.includes('anel');
}
/** "heard that", "heard evidence that", "heard testimony that": what follows is what was heard. */
// (So is a clause without its "that", a subject and then its auxiliary: "The court heard Carter had been drinking", "the
// inquest heard she was"; not a case heard, "the court heard the appeal on Monday".)
const HEARD_THAT_RE = /^\s+(?:(?:evidence|testimony|claims|submissions)\s+)?that\s+|^\s+(?=(?:he|she|they|it|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}|(?:the|his|her|their)\s+[a-z]+)\s+(?:had|has|have|was|were|is|are|would|could|did)\b)/;

/** "The court heard that ...": the court is where the words were said; null when "heard" reports nothing. */
export function heardThat(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
  const before = text.slice(Math.max(s.start, cue.start - 80), cue.start);
  // (Every match holds one of the pattern's nouns, in either case: "court", "Tribunal", "jury", "Committee" ...)
  const m = mayNameHearer(before) ? HEARER_BEFORE_RE().exec(before) : null;
  const t = m ? HEARD_THAT_RE.exec(text.slice(cue.end, Math.min(s.end, cue.end + 40))) : null;
  if (!m || !t) return undefined;
  const at = cue.start - m[0].length + m[0].indexOf(m[1]);
  return make(text, cue, { start: at, end: at + m[1].length, text: m[1] }, trimSpan(text, cue.end + t[0].length, s.end));
}
/** After the verb: the thing measured, then "at" and a figure ("the depth of the quake at 10 km"). */
const MEASURED_AT_RE = /^\s+(?:(?:the|its|a|an)\s+)?[^,.;:"\u201c]{1,60}?\s+at\s+(?:(?:about|around|roughly|nearly|some|almost|more than|less than|magnitude|a|an|M)\s+){0,2}\d/;
/** Verbs of a body that keeps the count: "Frontex recorded a 14% rise in crossings". */
const RECORDED = new Set(['recorded', 'records', 'registered', 'registers']);
/** After such a verb: a change by a figure ("a 14% rise", "a 3.2 percent fall in output"). */
const RECORDED_CHANGE_RE = /^\s+(?:an?\s+)?(?:(?:about|around|roughly|nearly|almost)\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent|percentage\s+points?)\s+(?:[a-z-]+\s+)?(?:rise|fall|increase|decrease|drop|decline|jump|surge|gain|growth|contraction)\b/;
/** After such a verb: a count of things ("41 incidents", "at least 300 new cases"). */
const RECORDED_COUNT_RE = /^\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|at\s+least)\s+)?\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?(?!(?:wins|victories|losses|defeats|draws|points|goals|rebounds|assists|runs|wickets|tackles|saves|songs|albums|tracks|episodes)\b)[a-z]{3,}s\b/;
/** A named source: a capitalised name or an acronym, maybe after "The" ("The US Geological Survey", "BMKG"). */
const NAMED_MEASURER_RE = lazyRegExp(() => /^(?:[Tt]he\s+)?\p{Lu}/u);

/** The attribution of a figure to the named subject that measured it, or undefined. */
export function measuredAt(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
  const after = text.slice(cue.end, Math.min(s.end, cue.end + 90));
  // ("The Commission recorded 41 incidents in October": a count the body kept is its own too.)
  const recorded = RECORDED.has(text.slice(cue.start, cue.end).toLowerCase());
  // (Only "recorded": "The CEC registered 23 contestants" is an act done to them, no count.)
  const count = recorded && codeAt(text, cue.start + 2) === 99 && !testLong(RECORDED_CHANGE_RE, after) && testLong(RECORDED_COUNT_RE, after);
  if (!testLong(MEASURED_AT_RE, after) && !(recorded && testLong(RECORDED_CHANGE_RE, after)) && !count) return undefined;
  // (An adverb may stand between: "BMKG initially measured".)
  let at = cue.start;
  const adv = /\s([a-z]+ly)\s+$/.exec(text.slice(Math.max(s.start, cue.start - 20), cue.start));
  if (adv) at = cue.start - adv[0].length + 1;
  let src = sourceBefore(text, at, s.start);
  // ("Frontex, the EU border agency, recorded": the name that opens the sentence, what describes it set off by commas.)
  if (!src && at - s.start < 120) {
    const m = NAME_THEN_APPOSITIVE_RE().exec(text.slice(s.start, at));
    if (m) src = { start: s.start + m.index + m[0].indexOf(m[1]), end: s.start + m.index + m[0].indexOf(m[1]) + m[1].length, text: m[1] };
  }
  // ("Estimates by the UN put the toll at 1,500": the document's author is its own attribution's source.)
  if (!src || !NAMED_MEASURER_RE().test(src.text) || PRONOUN_START_RE.test(src.text) || /\sby\s/.test(src.text)) return undefined;
  // (A count is a body's: "The Commission", "Frontex"; a person's name, "Jalen Smith recorded 12 rebounds", keeps score.)
  if (count && src.text.includes(' ') && !/^the\s/i.test(src.text)) return undefined;
  return make(text, cue, src, trimSpan(text, cue.end, s.end));
}
/** A poll, survey or study as the words before "gave" ("A survey last month", "The latest Ipsos poll"). */
const POLL_SUBJECT_RE = /\b(?:poll|polls|survey|surveys|opinion\s+poll|study|census)\b/i;
/** A share after "gave": "him an approval rating of 67%", "the party 30% of the vote". */
const SHARE_GIVEN_RE = /^[^.;:!?]{0,60}?\d[\d.,]*\s*(?:%|per\s*cent|percent|points)/;

/** "A survey last month gave him an approval rating of 67%": the poll is the source of the share it gave. */
export function pollGave(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
  if (!testLong(SHARE_GIVEN_RE, text.slice(cue.end, Math.min(s.end, cue.end + 80)))) return undefined;
  let src = sourceBefore(text, cue.start, s.start);
  // ("A survey last month": when it was taken closes the poll's words.)
  if (src) {
    const cut = timeTailStart(src.text);
    if (cut > 0) src = { start: src.start, end: src.start + cut, text: src.text.slice(0, cut) };
  }
  if (!src || !POLL_SUBJECT_RE.test(src.text)) return undefined;
  return make(text, cue, src, trimSpan(text, cue.end, s.end));
}
/**
 * A poll that opens the sentence (1), with its maker, sample or client, then maybe when it was taken: "A survey by Invamer
 * conducted Oct. 28-31 ", "The survey of 2,104 British adults, conducted 6-7 May, ", "A YouGov poll for The Times ".
 */
const POLL_PUT_SUBJECT_RE = lazyRegExp(() => /^\W*((?:The|A|An|This|That|Its|Their|One|Another)\s+(?:[\p{L}-]+\s+){0,3}?(?:poll|survey|opinion\s+poll)(?:\s+(?:by|of|for|from|among)\s+(?:[^,;:!?()]|,(?=\d)){1,40}?)?)(,?\s+(?:conducted|carried\s+out|taken|fielded|released|published)\s+[^,;:!?]{1,32}?,?)?\s+$/u);

/** "A survey by Invamer conducted Oct. 28-31 put Cepeda at 38%": the poll is the source of the share it puts someone at. */
export function pollPut(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
  if (cue.start - s.start > 120 || !testLong(SHARE_GIVEN_RE, text.slice(cue.end, Math.min(s.end, cue.end + 80)))) return undefined;
  const m = execLong(POLL_PUT_SUBJECT_RE(), text.slice(s.start, cue.start));
  // ("A survey by iData put", "A separate poll by YouGov, published on Sunday, put": the poll by its maker is its own cue,
  // REPORT_BY's; here only when how it was taken stands between without commas.)
  if (!m || (m[1].includes(' by ') && (m[2] === undefined || m[2].charCodeAt(0) === 44))) return undefined;
  const start = s.start + m[0].indexOf(m[1]);
  return make(text, cue, { start, end: start + m[1].length, text: m[1] }, trimSpan(text, cue.end, s.end));
}
/** A name that opens the sentence (1) and a description set off by commas: "Frontex, the EU border agency, ". */
const NAME_THEN_APPOSITIVE_RE = lazyRegExp(() => /^\W*((?:The\s+)?\p{Lu}[\p{L}.'\u2019&-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}.'\u2019&-]*){0,5}),\s+(?:the|a|an|its|which|whose)\s[^,;:"\u201c]{2,70},\s+$/u);
const PRONOUN_START_RE = /^(?:It|They|He|She|We|I|This|That|These|Those|There)\b/;

/**
 * "Reuters has learned that ...", "..., the paper has learned.": only the perfect, with "that" after it or closing the
 * sentence after a comma, and a named source ("He learned to swim" and "we have learned a lot" report nothing).
 */
export function hasLearned(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
  if (!/\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?$/.test(text.slice(Math.max(s.start, cue.start - 20), cue.start))) return undefined;
  const src = sourceBefore(text, cue.start, s.start);
  if (!src || !hasUpperWord(src.text) || PRONOUN_START_RE.test(src.text)) return undefined;
  const that = /^\s+that\s/.exec(text.slice(cue.end, cue.end + 7));
  if (that) return make(text, cue, src, trimSpan(text, cue.end + that[0].length, s.end));
  const before = backOverBlanks(text, src.start, s.start);
  if (text.charCodeAt(before - 1) !== 44 || !/^[.!?"\u201d)]*\s*$/.test(text.slice(cue.end, s.end))) return undefined;
  return make(text, cue, src, trimSpan(text, s.start, before - 1));
}

/** "as the mayor (later) put it": the speaker (1) between "as" and the verb. */
const AS_PUT_BEFORE_RE = lazyRegExp(() => /\b[Aa]s\s+((?:[\p{L}.'\u2019-]+\s+){0,5}?[\p{L}.'\u2019-]+)\s+(?:(?:later|once|famously|memorably|bluntly|recently|then|himself|herself|privately|so\s+\w+)\s+)?$/u);

/**
 * "As the mayor put it, the plan failed." and "The plan failed, as the mayor put it.": the speaker between "as" and "put
 * it"; what was said follows the comma after an opening phrase, or comes before a closing one. (Before a quotation the
 * quotation pass reads it.)
 */
export function asPutIt(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
  const from = Math.max(s.start, cue.start - 60);
  const m = AS_PUT_BEFORE_RE().exec(text.slice(from, cue.start));
  if (!m) return undefined;
  const asAt = from + m.index;
  // (start computed first: writing end after the object is made would throw away optimised code that reads spans)
  const srcStart = from + m.index + m[0].indexOf(m[1], 2);
  const src = { start: srcStart, end: srcStart + m[1].length, text: m[1] };
  const cueSpan = { start: cue.start, end: cue.end + 3 };
  const after = skipBlanks(text, cueSpan.end, s.end);
  if (onlyOpenersBefore(text, s.start, asAt)) {
    if (text.charCodeAt(after) !== 44 && text.charCodeAt(after) !== 58) return undefined;
    const rest = skipBlanks(text, after + 1, s.end);
    if (text.charCodeAt(rest) === 34 || text.charCodeAt(rest) === 0x201c) return undefined;
    return make(text, cueSpan, src, trimSpan(text, rest, s.end));
  }
  // ("..., as he put it.": only a comma before "as" closes the clause reported.)
  const before = backOverBlanks(text, asAt, s.start);
  if (text.charCodeAt(before - 1) !== 44 || !/^[.!?"\u201d)]*\s*$/.test(text.slice(after, s.end))) return undefined;
  return make(text, cueSpan, src, trimSpan(text, s.start, before - 1));
}

/** The rest of a source's noun phrase up to its comma (1): a phrase on the noun, with no verb of its own or quotation. */
const SOURCE_TAIL_RE = lazyRegExp(() => /^((?:\s+(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|said|says|say|that|which|who|whose|but|if|when|while|because|as)\b)[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*){1,14}),/u);
/** A tail that says only when: " on Monday", " last week", " in 2023", " published on 3 May". */
const TIME_TAIL_RE = /^\s+(?:(?:published|released|issued|dated)\s+)?(?:(?:on|in|at|last|this|earlier|from)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|\d{1,4})\b[\s\w]*)$/;
/** A capitalised role word: "Adviser", "Spokesperson", "Minister". */
const ROLE_WORD_RE = /\b(?:Adviser|Advisor|Spokes(?:man|woman|person)|Minister|Secretary|Director|Chairman|Chairwoman|Chair|President|Ambassador|Envoy|Commissioner|Governor|Head|Chief)\b/;

/** What "as reported in" names as a source: a paper or a document, capitalised or after a determiner ("ref A"). */
const REPORTED_IN_SOURCE_RE = /^(?:(?:the|a|an|its|his|her|their|this|that|these|those|ref|reftel)\s|[A-Z][\w.'\u2019&-])/;
/** "according to X", "in the words of X", "per X": the source after the cue; what it reports before or after it. */
/** A redaction mark in square brackets right after `from`: "[REDACTED]", "[name withheld]". */
const REDACTED_AFTER_RE = new RegExp(`^\\s+(${REDACTION_MARK})`, 'i');
function redactedAfter(text: string, from: number, limit: number): TextSpan | undefined {
  if (text.charCodeAt(skipBlanks(text, from, limit)) !== 91) return undefined;
  const m = REDACTED_AFTER_RE.exec(text.slice(from, Math.min(limit, from + 32)));
  if (!m) return undefined;
  const start = from + m[0].length - m[1].length;
  return { start, end: start + m[1].length, text: m[1] };
}

/** The last word of a body that speaks, no person: "Tasnim News Agency", "the health ministry", "state television". */
const BODY_HEAD_END_RE = /\b(?:agency|news|ministry|department|office|newspaper|paper|daily|magazine|website|outlet|network|television|TV|radio|broadcaster|media|channel|company|firm|bank|court|committee|council|government|administration|institute|centre|center|foundation|organi[sz]ation|watchdog|regulator|authority|authorities)$/i;

export function accordingToCue(text: string, s: Sentence, lw: string, cue: Span): AttributionAnnotation | undefined {
  // "He was quoted by Tass as saying ...": "saying" reports him; the agency only relays it.
  if (lw === 'quoted by' && /^\s+[^.,;:]{1,40}?\s+as\s+saying\b/i.test(text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return undefined;
  // ("According to [REDACTED], ...": a redaction mark stands for the source's name.)
  let src = sourceAfter(text, cue.end, s.end) ?? redactedAfter(text, cue.end, s.end);
  if (!src) return undefined;
  // ("As reported in The Guardian", "as reported in ref A": a paper or a document; "as reported in March", "as reported
  // in detail" name none.)
  if (lw === 'as reported in' && (!testLong(REPORTED_IN_SOURCE_RE, src.text) || isTimeSource(src.text) || NOT_AGENT_RE.test(src.text))) return undefined;
  // ("The minister said that according to the central bank, inflation will fall": what follows is the content too.)
  // (After a speaker's label too: "Reuters: According to the customs agency, exports fell.")
  const atStart = (cue.start - s.start < 4 && !/\S/.test(text.slice(s.start, cue.start).replace(/^["\u201c(]/, ''))) || /\b(?:said|says|say|saying|added|adds|noted|notes|argued|argues|warned|warns|insisted|stressed|believes?|thinks?|told\s+\w+)\s+that,?\s+$/i.test(text.slice(Math.max(s.start, cue.start - 40), cue.start)) || (cue.start - s.start < 64 && LABEL_BEFORE_RE.test(text.slice(s.start, cue.start)));
  // "According to documents tabled at the hearing, the agency ...": opening the sentence, the source is the whole noun
  // phrase up to its comma, what describes it included (not when it was put out: "According to a statement on Monday,").
  let whenEnd = -1;
  if (atStart && src.end < s.end && text.charCodeAt(src.end) !== 44) {
    const tail = SOURCE_TAIL_RE().exec(text.slice(src.end, Math.min(s.end, src.end + 100)));
    if (tail && !TIME_TAIL_RE.test(tail[1])) src = { start: src.start, end: src.end + tail[1].length, text: text.slice(src.start, src.end + tail[1].length) };
    else if (tail) whenEnd = src.end + tail[0].length;
  }
  // "According to the Foreign Ministry spokesperson, Lin Jian, Ding will attend": the name set off after the role is
  // the source's too.
  // ("According to Tasnim News Agency, Major General Mohammad Pakpour, commander of the IRGC, said": a body has no
  // personal name set off after it; the name opens the clause it reports.)
  const named = (testLong(PEOPLE_RE, src.text) || ROLE_WORD_RE.test(src.text)) && !BODY_HEAD_END_RE.test(src.text) ? execLong(NAME_AFTER_ROLE_RE(), text.slice(src.end, Math.min(s.end, src.end + 48))) : null;
  if (named) src = { start: src.start, end: src.end + named[0].length - 1, text: text.slice(src.start, src.end + named[0].length - 1) };
  // "According to a diplomat who served in Kyiv, the talks ...": the clause that describes the source is no content.
  const described = atStart ? RELATIVE_AFTER_SOURCE_RE.exec(text.slice(src.end, Math.min(s.end, src.end + 160))) : null;
  let content = atStart ? trimSpan(text, whenEnd > 0 ? whenEnd : src.end + (described ? described[0].length : 0), s.end) : trimSpan(text, s.start, cue.start);
  // "We condemn the attacks, which have killed more than 14,000 civilians according to the UN mission": with no comma
  // before it, the source vouches for the relative clause it closes, not for the clause that frames it.
  // (Read back no further than 200 characters.)
  if (!atStart && cue.start - s.start > 12 && text.charCodeAt(backOverBlanks(text, cue.start, s.start) - 1) !== 44) {
    const floor = Math.max(s.start, cue.start - 200);
    const rel = Math.max(lastIndexWithin(text, ', which ', cue.start, floor), lastIndexWithin(text, ', who ', cue.start, floor));
    // (The relative clause runs to the cue without a comma of its own.)
    if (rel > s.start && !text.slice(rel + 2, cue.start).includes(', ')) content = trimSpan(text, rel + 2, cue.start);
  }
  // Set off inside the sentence, it reports the whole of it: 'The settlement was, in the words of Richard Holbrooke,
  // "imperfect but necessary."', "A quarter of that, per the plan, is $40,000."
  // ("The group has 5,800 fighters, according to the army, and operates in 20 departments": a second predicate of the
  // same subject after it is reported too.)
  // ("Since the escalation began, according to the ministry, 52,400 people have been killed": after an opening
  // adverbial, the whole sentence is the source's.)
  if (!atStart && text.charCodeAt(backOverBlanks(text, cue.start, s.start) - 1) === 44 && text.charCodeAt(src.end) === 44 && FRONTED_OPENERS.has(firstWordOf(text.slice(s.start, s.start + 16)).toLowerCase()) && text.indexOf(',', s.start) === backOverBlanks(text, cue.start, s.start) - 1) content = trimSpan(text, s.start, s.end);
  if (!atStart && text.charCodeAt(backOverBlanks(text, cue.start, s.start) - 1) === 44 && (testLong(SPLIT_CLAUSE_RE, text.slice(src.end, Math.min(s.end, src.end + 24))) || testLong(/^\s*,\s*(?:["\u201c]|[a-z]{3,}ing\b)/, text.slice(src.end, Math.min(s.end, src.end + 24))) || testLong(SAME_SUBJECT_AND_RE, text.slice(src.end, Math.min(s.end, src.end + 48))) || testLong(FIGURE_COMPARED_AFTER_RE, text.slice(src.end, Math.min(s.end, src.end + 48))))) content = trimSpan(text, s.start, s.end);
  return make(text, cue, src, content);
}

/** Words that open an adverbial before a sentence's main clause ("Since ...,", "In June,", "Between 6 and 12 May,"). */
const FRONTED_OPENERS = new Set(['since', 'in', 'on', 'between', 'during', 'from', 'over', 'after', 'before', 'until', 'throughout', 'across', 'within', 'following', 'as', 'by', 'nationwide', 'overall']);
/** The comma that closes an opening participle clause, and the main clause's subject (1) and verb after it. */
const MAIN_SUBJECT_AFTER_RE = lazyRegExp(() => /,\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,4}|[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z]+|he|she|they|we|I)\s+(?:(?:also|further|then)\s+)?(?:said|says|told|added|stressed|noted|urged|called|expressed|pointed|warned|insisted|[a-z]{3,}ed)\b/u);

/**
 * "Noting that this year marks the anniversary of ties, Li said ...": what the opening participle reports runs from
 * its "that" to the comma before the main clause, whose subject speaks it. Undefined when no such clause follows.
 */
export function openingParticiple(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
  const from = cue.end + 6;
  const window = text.slice(from, Math.min(s.end, from + 300));
  if (!window.includes(', ')) return undefined;
  const m = MAIN_SUBJECT_AFTER_RE().exec(window);
  if (!m || m.index < 3) return undefined;
  const at = from + m.index + m[0].indexOf(m[1], 1);
  return make(text, cue, { start: at, end: at + m[1].length, text: m[1] }, trimSpan(text, from, from + m.index));
}

/**
 * What follows "by" without being an agent: a means ("responded by using"), an amount ("decline by four points")
 * or a deadline ("decide by mid-December", "by the end of the year").
 */
export const NOT_AGENT_RE =
  /^(?:[a-z]+ing\b|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|half|nearly|almost|roughly|about|around|more|less|up to|then|now|tomorrow|tonight|noon|midnight|next|the end|the time|the start)\b|(?:early|mid|late)[- ]|(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|may(?:\s+\d{1,4})?$)/i;

/** A form of "be" right before a participle, perhaps with an adverb between ("was also discussed", "is not known"). */
export const BE_BEFORE_PARTICIPLE_RE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:[a-z]+ly|not|never|also|still|then|now|again|already|further|later|first|since)\s+)?$/i;

/** Participles of naming and judging that take what the subject was called before their agent. */
export const NAMED_AS = new Set(['termed', 'branded', 'labelled', 'labeled', 'called', 'described', 'dubbed', 'hailed', 'condemned', 'denounced', 'praised', 'criticised', 'criticized', 'dismissed', 'derided', 'characterised', 'characterized', 'deemed', 'considered', 'regarded', 'seen', 'viewed', 'rated', 'ranked', 'touted', 'perceived', 'acclaimed', 'celebrated', 'lauded', 'recognised', 'recognized']);
/** Words of naming that report only in a passive with what was said and its agent ("was branded reckless by local
 * groups"): "branded goods" and "the project, dubbed Stargate," report nothing. */
export const PASSIVE_NAMING_ONLY = new Set(['branded', 'labelled', 'labeled', 'dubbed']);
/** What "by" takes that is no one: "the closest by far", "by hand", "by law", "by some" (the vague reading's). */
const NO_AGENT_WORDS = new Set(['far', 'hand', 'mail', 'post', 'phone', 'law', 'default', 'accident', 'design', 'chance', 'contrast', 'comparison', 'definition', 'nature', 'some', 'many', 'most', 'others', 'all', 'themselves', 'itself', 'himself', 'herself']);
/** A number of people: "two former finance ministers", "12 judges", "dozens of residents". */
const COUNTED_PEOPLE_RE = /^(?:two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|\d[\d,]*)\s+(?:[a-z-]+\s+){0,3}[a-z]+s$/;
/** After the participle: what the subject was called, in a few words without a clause's marks, then "by" (not a particle
 * or a preposition of its own: "called off by", "described in detail by"). */
const NAMED_THEN_BY_RE = /^\s+((?:as\s+)?(?!(?:by|to|for|in|on|at|after|over|off|up|out|back|down|away|upon|into|from|with|during|since|before|until|last|this|that|it|him|her|them)\b)[\w'\u2019-]+(?:\s+(?!by\b)[\w'\u2019-]+){0,5}?)\s+by(?=\s)/;

/**
 * A passive of naming or judging with what the subject was called before the agent: "was termed illegal by the court",
 * "was deemed safe by the European Food Safety Authority" (the attribution of the participle `cue`, its content the
 * name without "as"), or undefined. (The impersonal reading, "was deemed" by no one, asks this first.)
 */
export function namedThenAgent(text: string, s: Sentence, cue: Span, before30: string): AttributionAnnotation | undefined {
  if (!NAMED_AS.has(text.slice(cue.start, cue.end).toLowerCase()) || !testLong(BE_BEFORE_PARTICIPLE_RE, before30)) return undefined;
  const m = NAMED_THEN_BY_RE.exec(text.slice(cue.end, Math.min(s.end, cue.end + 70)));
  if (!m) return undefined;
  const src = sourceAfter(text, cue.end + m[0].length, s.end);
  // (A count of people is an agent here, as a date or a margin is not: "by two former finance ministers".)
  if (!src || (NOT_AGENT_RE.test(src.text) && !COUNTED_PEOPLE_RE.test(src.text)) || NO_AGENT_WORDS.has(src.text.toLowerCase())) return undefined;
  const at = cue.end + m[0].indexOf(m[1]);
  const from = m[1].startsWith('as ') ? at + 3 : at;
  return make(text, cue, src, trimSpan(text, from, at + m[1].length));
}
