// Reported speech: cues, sources, content. Sentence by sentence, cue-anchored (a cue word is found first and
// only a bounded window around it is read), so the pass is linear in the text. The word scan that finds cue
// candidates lives in cueScan.ts, the reading of one cue's source and content in cueSource.ts, and the
// article-level passes (quotations over several sentences, carried speakers, speaker labels) in speechPasses.ts.
// The rarer patterns of a sentence are in rarerCues.ts, the corrections run over the whole list in
// attributionPasses.ts, and the reference list and its notes in referenceNotes.ts.
import type { ActorAnnotation, AttributionAnnotation, Sentence, Span, TextSpan } from './types';
import type { Segmentation } from './segment';
import { datedDatelineLength } from './datelines';
import { absentSubject, COUNTED_BEFORE_RE, IMP_NEAR_PASSIVE, IMP_NEAR_SUBJ_VERB, impersonalAlt1Possible, impersonalMidPossible, impersonalPossible, impersonalTailPossible, namedByBody } from './cues';
import { C_IT, candAt, candLw, candWord, scanResult, scanWords } from './cueScan';
import { clauseSetOffAfter, cueAttribution, LABEL_END_AFTER_RE } from './cueSource';
import { namedThenAgent } from './cueFrames';
import { isTitleCase } from './sentenceSubject';
import { onlyOpenersBefore } from './cueSenses';
import { isReducedPassive } from './cueDescriptions';
import { hasWordIn, isTailOrComma } from './speechChars';
import { backOverBlanks, codeAt, execLong, isAsciiUpperCode, isDigitCode, isSpaceCode, isWordCode, skipBlanks, testLong, lazyRegExp } from './chars';
import { impersonalMatch } from './impersonal';
import { BRIEFED } from './sourceBefore';
import { beforeSayingParticiple } from './cueContent';
import { sourceAfter } from './sourceAfter';
import { lowerBound, withinSorted } from './order';
import { carryOver, dropNested, make, makeVague, markBarePlurals, quoteAttributions, trimSpan, unmarkNamedLeaders, wholeNamedSources, dropAmountRelatives } from './speechPasses';
import { labelAttributions } from './speakerLabels';
import { postAttributions } from './socialPosts';
import { interviewAnswers } from './interviews';
import { rarerPatterns } from './rarerCues';
import { questionsSomeone } from './cueOtherSenses';
import { noteSources, referenceEntries } from './referenceNotes';
import { citedNotVague, dropNestedStances, dropReported, endBeforeComment, endBeforeContrast, forecastContinues, groupRefersBack, headingsReportNothing, notesReportNothing, sourcesWithinReports } from './attributionPasses';

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
    wholeNamedSources(text, out, actors);
    dropAmountRelatives(text, out);
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
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    const last = kept.length ? kept[kept.length - 1] : undefined;
    if (last && a.start < last.end) continue;
    // A vague wording that is the source of the cue after it ("The conventional wisdom holds that") is said once, by that
    // cue.
    if (last && !last.source && a.source && a.source.start <= last.start && last.end <= a.source.end) kept.pop();
    kept.push(a);
  }
  endBeforeContrast(text, kept);
  endBeforeComment(text, kept);
  forecastContinues(text, kept);
  groupRefersBack(text, kept);
  citedNotVague(text, seg, kept);
  sourcesWithinReports(text, kept);
  return dropReported(dropNestedStances(text, notesReportNothing(seg, headingsReportNothing(seg, kept))));
}

/** A live blog's entry marker: a clock time, maybe after a weekday or a date and in bold, and a dash or colon after it ("**Thursday, 21:45 GMT** —"). */
const ENTRY_MARKER_RE =
  /^(?:\*\*|__)?(?:[A-Z][a-z]{2,8},?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8},?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?(?:\*\*|__)?\s*(?:[\u2014\u2013|]|--?|:)\s/;

/** "from" and a name after it: " from Amnesty International", " from the European Commission". */
const FROM_NAMED_RE = lazyRegExp(() => /^\s+from\s+(?:the\s+)?\p{Lu}/u);
/** What says why one came under criticism, not what was said: " over", " for", " after", " amid". */
const REASON_AFTER_RE = /^\s+(?:over|for|after|amid|since|because)\b/;
/** The same inside a critic's span as sourceAfter reads it: "Amnesty over its data practices". */
const REASON_WITHIN_RE = /\s+(?:over|for|after|amid|since|because)\s/;

/** "what " right before an impersonal cue: a free relative ("What was claimed"). */
const WHAT_BEFORE_RE = /\bwhat\s$/i;
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
  // ("The dam could fail, critics say, citing its age": so does a vague cue's, when it has people behind it.)
  let prior: TextSpan | undefined = vagueFrom >= 0 ? vagueSource(out[out.length - 1]) : undefined;
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
    // ("Whose driver said the car was stolen?", "Which official said it was stolen remains unclear": a source after the question
    // word that opens the sentence is the one asked about, no one named who spoke.)
    if (a && a.source && isWhDeterminer(text, s.start, a.source.start)) continue;
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
/** Whether the sentence from `start` opens with "Whose" or "Which" right before `at`, a source's start. (Not "What": "What
 * Mr. Trump considers smart" relates what he considers, and he is its source.) */
function isWhDeterminer(text: string, start: number, at: number): boolean {
  const c = text.charCodeAt(start);
  if (c !== 87 || at - start > 7 || at - start < 6) return false;
  const w = text.slice(start, at).trimEnd();
  return w === 'Whose' || w === 'Which';
}

/** The source of a vague attribution, if it has one (the people of "critics say"). */
function vagueSource(a: AttributionAnnotation): TextSpan | undefined {
  return a.source ?? undefined;
}

/** Where an attribution ends. */
function endOf(a: AttributionAnnotation): number {
  return a.end;
}

/** The source a later participle of the sentence shares: the attribution's, if named, else the one before. */
function sharedSource(a: AttributionAnnotation, prior: TextSpan | undefined): TextSpan | undefined {
  return a.source && !a.vague ? a.source : prior;
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
const REPORTED_TO_RE = lazyRegExp(() => /^ to\s+((?:the\s+)?(?:ministry\s+of\s+(?:public\s+)?[a-z]+\b|\p{Lu}[\p{L}\d.&'\u2019-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}\d.&'\u2019-]*)*))/u);

/** A count before a passive cue: a figure or a word for cases. */
const COUNT_BEFORE_RE = /\d|\b(?:cases|deaths|infections|fatalities|casualties|incidents|outbreaks)\b/i;

/**
 * Whether the vague cue body[from, to), a word that counts and a participle ("several suspected"), counts an object: after
 * a verb or a preposition in lower case, before a noun or an adjective in lower case ("Police detained several suspected
 * members"); not one who suspects ("Some suspected the plan", "and several alleged that", "Police said many suspected").
 */
function countedObject(body: string, from: number, to: number): boolean {
  if (body.charCodeAt(to - 2) !== 101 || !COUNTED_AFTER_RE.test(body.slice(to, to + 24))) return false;
  const m = COUNTED_CUE_RE.exec(body.slice(from, to));
  if (!m) return false;
  const before = /(?:^|[^\w'\u2019-])([a-z]{2,}) $/.exec(body.slice(Math.max(0, from - 16), from));
  return !!before && !CLAUSE_OPENERS.has(before[1]);
}
/** A counting word and one participle: "several suspected", "many alleged". */
const COUNTED_CUE_RE = /^(?:another|several|some|many|few|numerous|various|two|three|four|five|six|seven|eight|nine|ten|dozens)\s+[a-z]+ed$/i;
/** A noun or adjective in lower case after the participle: " drug-smuggling ", " members" (no "the", "that", "him"). */
const COUNTED_AFTER_RE = /^ (?!(?:the|a|an|that|his|her|its|their|this|these|those|him|them|it|us|some|all|to|of|by|in|on|at|with|for|as|and|or|but)\b)[a-z][a-z-]+/;
/** Words after which a counting word opens a clause: conjunctions, relatives and verbs of saying or thinking. */
const CLAUSE_OPENERS = new Set('and|but|or|nor|while|as|though|although|because|since|when|whereas|yet|so|that|who|which|where|if|said|says|say|think|thinks|thought|believe|believes|believed|added|noted|warned|argued'.split('|'));

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
    // ("Police detained several suspected members", "struck another suspected drug boat": the participle of a counted object.)
    if (body.charCodeAt(to - 1) === 100 && countedObject(body, from, to)) return taken;
    const cue = { start: s.start + from, end: s.start + to };
    // ("The plan has come under criticism from Amnesty International": a critic named is no vague one, but the source;
    // why it was criticised, "over its cost", is no words of theirs. "came under scrutiny" reports an examination, no
    // words, whoever examines.)
    let reason = false;
    if (body.charCodeAt(to - 1) !== 100 && / under (?:criticism|fire|scrutiny|question|attack)$/i.test(body.slice(from, to))) {
      if (body.charCodeAt(to - 1) === 121) return taken;
      if (/^\s+from\s/.test(body.slice(to, to + 6))) {
        const found = sourceAfter(text, s.start + to + body.slice(to).indexOf('from') + 4, s.end);
        if (!found) return taken;
        // ("from Amnesty over its data practices": the reason after the critic is no part of who.)
        const cut = REASON_WITHIN_RE.exec(found.text);
        const critic = cut ? { start: found.start, end: found.start + cut.index, text: found.text.slice(0, cut.index) } : { start: found.start, end: found.end, text: found.text };
        // ("from rights groups": critics named by what they are, no name, are still vague.)
        out.push(FROM_NAMED_RE().test(body.slice(to, to + 40)) ? make(text, cue, critic, undefined) : makeVague(text, cue, critic, undefined));
        return critic.end;
      }
      reason = REASON_AFTER_RE.test(body.slice(to, to + 8));
    }
    // ("Critics questioned the minister about the delay": the one questioned named, nothing said.)
    if ((body.charCodeAt(to - 1) === 100 || body.charCodeAt(to - 1) === 110 || body.charCodeAt(to - 1) === 115) && /(?:questioned|grilled|question|questions)$/i.test(body.slice(from, to)) && questionsSomeone(text, cue.end, s.end)) return taken;
    // "Three deaths have been reported this year": a count from the report's own surveillance, not hearsay.
    if (testLong(COUNTED_BEFORE_RE, text.slice(Math.max(s.start, cue.start - 60), cue.start))) return taken;
    // "No casualties were reported.": the absence of any report cites no one (unless what follows is what was said).
    if (absentSubject(text, s.start, cue.start) && !/^\s+that\b/.test(body.slice(to, to + 6))) return taken;
    // "412,000 cases were reported to WHO from 29 countries": a count reported to a body it names is that body's tally.
    if (body.charCodeAt(to - 1) === 100 && body.charCodeAt(to + 1) === 116 && body.charCodeAt(to + 2) === 111 && /\b(?:reported|notified)$/.test(body.slice(from, to))) {
      const rec = REPORTED_TO_RE().exec(body.slice(to, to + 90));
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
    // "Glyphosate was deemed safe by the European Food Safety Authority", "The deal was hailed as historic by both
    // leaders": an agent named after what was said is the source.
    if (body.slice(to, to + 70).includes(' by ')) {
      const w = /([a-z]+)(?:\s+as)?$/i.exec(body.slice(from, to));
      const at = w ? s.start + from + w.index : -1;
      const named = w ? namedThenAgent(text, s, { start: at, end: at + w[1].length }, text.slice(Math.max(s.start, at - 30), at)) : undefined;
      if (named) {
        out.push(named);
        return named.end;
      }
    }
    // "its other vessels had called at Israeli ports": a port of call, as for the ordinary cue (cueSenses.ts).
    if (/call(?:ed|s|ing)?$/i.test(body.slice(from, to)) && /^\s+(?:in\s+)?at\b/.test(body.slice(to, to + 8))) return taken;
    // "What was claimed" as a fact check's heading: a free relative that names the words as a thing, and reports none of
    // them. (Only as the whole line, or before a colon: "in what is believed to be" is hearsay still.)
    if (from > 4 && body.charCodeAt(from - 1) === 32 && testLong(WHAT_BEFORE_RE, body.slice(Math.max(0, from - 6), from)) && LABEL_END_AFTER_RE.test(body.slice(to, to + 6))) return taken;
    // "The report, seen by this newspaper, estimates": who has read a document, no one's words.
    if (/\b(?:seen|obtained|reviewed)\s+by$/i.test(body.slice(from, to))) return taken;
    // "before he can be considered for release": weighed as a candidate, no one's opinion reported.
    if (/considered$/i.test(body.slice(from, to)) && /^\s+for\b/.test(body.slice(to, to + 5))) return taken;
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
    // ("some of the rights claimed by Talmora": and before its agent, a passive's.)
    if (lead && body.charCodeAt(to - 1) === 100 && body.charCodeAt(to - 2) === 101 && (/^\s+(?:of|by)\b/.test(body.slice(to, to + 4)) || (testLong(/^\s+to\b/, body.slice(to, to + 4)) && isReducedPassive(/[a-z]+$/i.exec(body.slice(from, to))![0].toLowerCase(), body.slice(to, to + 8))))) return taken;
    // ("She declined to identify other bidders but said": the quantified noun is an object, and the verb after "but" is
    // the sentence subject's second; the ordinary cue reads it.)
    // ("agreed to drop four other counts and to recommend", "for most of the previous day and had argued": so after
    // "and", its verb the subject's second, or an infinitive's.)
    if (lead && (lead[0].endsWith(' but') || lead[0].endsWith(' and') || lead[0].endsWith(' and to'))) return taken;
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
    // ("The plan, critics say, will raise prices": a vague cue set off inside its clause reports the whole of it, as a
    // named one does.)
    // ("Critics said the dam could fail, adding that it was old": and ends before a participle of saying, as a named one's.)
    let said = closes ? trimSpan(text, s.start, backOverBlanks(text, head, s.start) - 1) : reason ? undefined : after.end - after.start > 12 ? beforeSayingParticiple(text, after) : after;
    if (closes && said && clauseSetOffAfter(text, s, cue, said)) said = trimSpan(text, s.start, s.end);
    // ("The plan has been criticized": the cue is the whole verb, its "has" too, as in "it has been reported"; the
    // tests above read what stands before "been".)
    if (from > 4 && body.charCodeAt(from) === 98 && body.startsWith('been ', from)) {
      const aux = /\b(?:has|have|had)\s+$/.exec(body.slice(Math.max(0, from - 6), from));
      if (aux) cue.start -= aux[0].length;
    }
    out.push(makeVague(text, cue, source, said));
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
