// Where a cue's source stands (sourceOfCue): read back from the cue ("the ministry said"), past an apposition or a
// relative clause, or forward after an inverted cue ("said Jane Doe"). It finds the source's words; cueSource.ts
// decides with them whether the cue reports a statement and where its content is.
import type { Sentence, Span, TextSpan } from './types';
import { COGNITION_VERBS, DOCUMENT_NOUNS, FINDING_VERBS, SPEECH_VERBS } from './cues';
import { backOverBlanks, execLong, firstWordOf, isAsciiLowerCode, isAsciiUpperCode, isDigitCode, isSpaceCode, lastIndexWithin, lazyRegExp, testLong, testShort } from './chars';
import { lastNonBlank } from './speechChars';
import { sourceAfter } from './sourceAfter';
import { outsideRelative, sourceBefore, WHO_ASKS_AFTER } from './sourceBefore';
import { backOverAuxiliaries, isPlaceComma } from './sourceBounds';
import { NOT_NAME, PARTY_TAG_RE } from './actorWords';
import { PEOPLE_RE } from './cueSenses';
import { sentenceSubject, STARTS_UPPER_RE } from './sentenceSubject';
import { DOC_RE } from './sourceMisfits';
import { US_STATE_ABBREVIATIONS, US_STATE_NAMES } from './usStates';
const ONLY_NAME_RE = /^(?:\p{Lu}[\p{L}'\u2019.-]{0,40}\s+){1,3}\p{Lu}[\p{L}'\u2019-]+$/u;
const POSSESSIVE_WORD_RE = /['\u2019]s\s/;
export const DOC_VERBS = new Set(['read', 'reads', 'concluded', 'concludes', 'stated', 'states', 'noted', 'notes', 'added', 'adds', 'warned', 'warns', 'showed', 'shows']);
/** A person's name, a comma and a title up to ", who": the name in group 1 ("Martin Oduya, Director of ..., who"). */
const NAME_THEN_TITLE_RE = lazyRegExp(() => /(?:^|[\s(])((?:\p{Lu}[\p{L}'\u2019.-]+\s+){1,3}\p{Lu}[\p{L}'\u2019-]+),\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:Director|Head|Chief|Minister|Secretary|Coordinator|Representative|Envoy|Commissioner|President|Chair|Chairman|Chairwoman|Officer|Adviser|Advisor|Spokesperson|Spokesman|Spokeswoman|Ambassador|Commander|Deputy)\b[^;:"\u201c]{0,110}?,\s+who\b/u);
/** A part of each of NAME_THEN_TITLE_RE's titles, one of which every match holds. */
const NAME_TITLE_RE = /Director|Head|Chief|Minister|Secretary|Coordinator|Representative|Envoy|Commissioner|President|Chair|Officer|Advis|Spokes|Ambassador|Commander|Deputy/;
/** An object pronoun and a preposition before the noun a relative clause describes ("us to a statement"). */
const OBJECT_THEN_NOUN_RE = /^(?:us|them|him|her|me|you|it)\s+(?:to|towards?|at|into|on)\s+(?=(?:a|an|the|its|his|her|their|this|that)\s)/i;
/** A source that is a time: "The late 2000s", "The year", "2019", "The following decade". */
const TIME_SUBJECT_RE = /^(?:the\s+)?(?:(?:early|mid|late|following|next|previous|past|last|same)[\s-]+)?(?:\d{4}s?|\d0s|'\d0s|year|years|decade|decades|century|week|weekend|month|months|day|days|period|quarter|era|summer|winter|spring|autumn|fall)$/i;

/** The first words of a time that opens a sentence before its subject ("Yesterday", "Last week", "Monday"). */
const LEADING_TIME_HINT = new Set('yesterday|today|tonight|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday'.split('|'));
/** Such a time, up to the capital that opens the subject: "Yesterday ", "Last week ", "This morning ", "Monday night ". */
const LEADING_TIME_RE = lazyRegExp(() => /^(?:(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ee]arlier|[Ll]ater|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+(?:morning|afternoon|evening|night))?|(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+this)\s+(?:week|month|year|weekend|morning|afternoon|evening|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\s+(?=\p{Lu})/u);

/** A date or a time as a source's words: "24 July 2025", "Nov. 3", "last week", "the following year". */
export function isTimeSource(words: string): boolean {
  return testLong(TIME_SUBJECT_RE, words) || testLong(DATE_WORDS_RE, words);
}
/** Where a time that ends a source's words starts (before its "on" or "in"), or -1: "its analysis last week". */
export function timeTailStart(words: string): number {
  let at = words.length;
  let found = -1;
  for (let n = 0; n < 4; n++) {
    at = words.lastIndexOf(' ', at - 1);
    if (at <= 0) break;
    if (isTimeSource(words.slice(at + 1))) found = at;
  }
  if (found <= 0) return -1;
  const prep = words.slice(Math.max(0, found - 3), found);
  if (prep === ' on' || prep === ' in') return found - 3;
  // (A bare time is an adverb only as "last week", "yesterday"; "a statement from 28 January" keeps its date.)
  return /^(?:last|this|next|yesterday|today)\b/i.test(words.slice(found + 1)) ? found : -1;
}
const DATE_WORDS_RE = /^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?$|^(?:last|this|next)\s+(?:week|month|year|\w+day)$|^(?:yesterday|today|\w+day)$/i;
// Verbs that invert after a quote or a comma: '"...," said Jane Doe'. (A post's or a sign's words too: '"...," reads a
// post shared on X', '"...," read the caption'.)
const INVERSION = new Set(
  'said says say asked asks added adds wrote writes continued explained noted notes replied recalled insisted argued warned declared told tweeted posted responded countered concluded acknowledged admitted conceded stated read reads'.split(' '),
);
/** A document's noun phrase that is all of a sentence before a bracket: "An article on Tuesday about the EU-Mercosur trade agreement ". */
const DOCUMENT_LEAD_RE = new RegExp(`^\\s*(?:An?|The|Our|Your|This|That|Last\\s+\\w+['\u2019]s)\\s+(?:[\\w'\u2019-]+\\s+){0,3}?(?:${DOCUMENT_NOUNS}|articles?|editorials?|obituar(?:y|ies)|story|stories|piece|column|feature|headline|leader)(?:\\s+(?!(?:said|says|reported|stated|claimed|that)\\b)[\\w'\u2019,-]+){0,10}\\s*$`, 'i');

/** A noun after its article, then the subject of a clause on it with no "that": "a ruling " of "a ruling the president". */
const THAT_LEFT_OUT_RE = /^(?:an?|the)\s+(?!(?:of|in|on|at|for|to|by|with|from|about|over|under|between|against|more|less|same|only|first|last|way|time|day|year|moment|week|month|night)\s)[a-z-]{3,}\s+(?=(?:the|his|her|their|its)\s+[a-z])/;
/** The comma before the one at `comma`, past those inside a date ("who was elected on Oct. 20, 2024, said"). */
function commaBefore(text: string, comma: number, floor: number): number {
  let c = lastIndexWithin(text, ',', comma - 1, floor);
  // (Nor a figure's thousands: "More than 60,000 U.S. plaintiffs have sued Bayer, alleging".)
  // (Nor the comma that closes a date after its year: "who took office on Oct. 1, 2024, as the first female leader, said".)
  while (c > 0 && isDigitCode(text.charCodeAt(c - 1)) && (isDigitCode(text.charCodeAt(c + 1)) || /^\s\d{4}\b/.test(text.slice(c + 1, c + 6)) || /\d,\s\d{4}$/.test(text.slice(Math.max(floor, c - 8), c)))) c = lastIndexWithin(text, ',', c - 1, floor);
  // (Nor a town's before its state joined to "-based": "Acme, a Santa Clara, California-based company, said".)
  while (c > floor && isPlaceComma(text, c)) c = lastIndexWithin(text, ',', c - 1, floor);
  return c;
}

/** Whether a comma sets `at` off right after a capitalised word that may be a name ("Dean, a former chairman"; not
 * "Later, the minister"). */
function afterName(text: string, at: number, floor: number): boolean {
  const k = backOverBlanks(text, at, floor);
  if (k <= floor || text.charCodeAt(k - 1) !== 44) return false;
  const word = /(\p{Lu}[\p{L}'\u2019.-]*)$/u.exec(text.slice(Math.max(floor, k - 41), k - 1));
  return !!word && !NOT_NAME.has(word[1].toLowerCase());
}

/** A quotation or "that" right after words read as an inverted cue's source: they are what was said, not who said
 * it ("..., said North Korea's latest \"provocation ...\""). */
const OPENS_CONTENT_RE = /^\s*(?:["\u201c]|that\b|(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must|can)\b)/;
/** An auxiliary or modal: a verb of its own inside what would be a source read forward. */
const AUXILIARY_RE = /\b(?:would|will|was|were|is|are|had|has|have|could|should|may|might|can|must|did|does)\b/i;
/** An auxiliary of the progressive before an "-ing" cue, maybe with adverbs or a quoted word between. */
const PROGRESSIVE_BEFORE_RE = /\b(?:is|are|was|were|am|be|been)\s+(?:["\u201c]?[a-z]+["\u201d]?\s+){0,3}$/i;
/** A title in capitals, maybe after its country's words, then a name: "Sierra Leonean President Ernest Bai Koroma". */
const TITLED_NAME_RE = lazyRegExp(() => /^(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}(?:President|Vice\s+President|Prime\s+Minister|Minister|Chancellor|Governor|Senator|General|Judge|Justice|Chief\s+Justice|Ambassador|Secretary-General|Commissioner)\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}\p{Lu}[\p{L}'\u2019-]+$/u);
/** A party joined by "and" after a comma: "and the High Representative of the European Union", "and Japan". */
const JOINED_PARTY_RE = lazyRegExp(() => /^and\s+(?:the\s+|its\s+|their\s+)?(?:\p{Lu}|(?:[a-z-]+\s+){0,2}(?:ministers?|leaders?|heads?|envoys?|representatives?|delegations?|governments?|officials?|presidents?|secretary|chairs?)\b)/u);
/** A lower-case word of when a title was held, before it: "former ", "acting ", "then-". */
const TITLE_HELD_RE = /^(?:former|acting|interim|outgoing|incoming|then|late|retired)[\s-]+(?=\p{Lu})/u;
/** A name that opens the sentence, set off with its title, before ", and " and a second such name. */
const PAIRED_NAME_BEFORE_RE = lazyRegExp(() => /^[\s"\u201c]*((?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}\p{Lu}[\p{L}'\u2019-]+),\s+[^,;:"\u201c\u201d()]{2,70},\s+and\s+$/u);
/** A role and the name set off after it, opening the sentence, then ", and " and a second role before its comma. */
const ROLE_NAME_PAIR_BEFORE_RE = lazyRegExp(() => /^[\s"\u201c]*[^,;:"\u201c\u201d()]{2,80},\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,4}\p{Lu}[\p{L}'\u2019-]+,\s+and\s+(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.-]*['\u2019]s)\s+[^,;:"\u201c\u201d()]{2,60},\s+$/u);

/** A subject pronoun alone. */
const SUBJECT_PRONOUN_RE = /^(?:we|I|they|he|she|you)$/i;
/** A reduced relative clause right before a cue: " (that) we spoke to ", " I talked with ", " we interviewed ". */
/** A relative pronoun and the finite verb of its clause, right before that verb's object: " that followed ". */
const RELATIVE_VERB_BEFORE_RE = /\s(?:that|which|who)\s+[a-z]{3,}(?:ed|s)\s+$/;
/** "that" or "who" before a source, and up to two lower-case words between (1): " that support disabled ", " who ". */
const RELATIVE_PRESENT_BEFORE_RE = /\s(?:that|who)\s+((?:[a-z]{3,}\s+){0,2})$/;
/** Plural nouns of people without an -s: "People who know him say". */
const PLURAL_PEOPLE = new Set(['people', 'police', 'staff', 'men', 'women', 'children', 'folk', 'clergy', 'personnel', 'youth']);
/** Words after "that" or "who" that open a clause's subject, not its verb ("reports that most analysts expected"). */
const NOT_A_RELATIVE_VERB = new Set('uh|um|er|ah|the|a|an|many|most|some|all|few|several|its|their|his|her|our|my|your|this|these|those|such|no|any|every|each|other|more|only|both|he|she|they|we|you|it|there|also|not|may|might|will|would|could|should|must|can|had|has|have|was|were|are|is|did|does|do|been|being|then|now|still'.split('|'));
/** A verb of saying, thinking or finding as the last word before a "that": no noun a relative clause describes. */
const SAID_HEAD = new Set([...SPEECH_VERBS, ...COGNITION_VERBS, ...FINDING_VERBS, ...DOC_VERBS]);
export const REDUCED_RELATIVE_RE = /\s+(?:that\s+|whom\s+)?(?:we|I|they|he|she|you)\s+(?:(?:have|had|recently|also)\s+)?(?:spoke|spoken|talked|interviewed|contacted|consulted)(?:\s+(?:to|with))?\s+$/;

/** Determiners that open the owner's noun phrase before "whose". */
const OWNER_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'our']);
/** Words of a name that join its capitalised words: "Ministry of Defence", "Bureau for Labor". */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the']);
/** Most words read back for the owner before "whose". */
const OWNER_WORDS = 7;

/**
 * Where the noun phrase that "whose" relates, ending at `end`, starts, or -1: the nearest noun phrase, not the clause
 * it ends ("The car hit a bus whose driver" is the bus's driver, "He met the leaders of Estonia, whose president" is
 * Estonia's): back to its determiner ("a man", "The taxi driver"), or over a name ("John Smith", "The Ministry of
 * Defence"); -1 where a preposition or a verb comes first ("pilgrims carrying ...").
 */
function ownerStart(text: string, end: number, floor: number): number {
  const words = wordsBefore(text, end, floor, OWNER_WORDS);
  /** Where the run of capitalised words read so far starts, -1 if none. */
  let name = -1;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    const lw = w.text.toLowerCase();
    if (OWNER_DETERMINERS.has(lw) && k < words.length - 1) return w.start;
    if (isAsciiUpperCode(w.text.charCodeAt(0))) {
      name = w.start;
      continue;
    }
    // ("The Ministry of Defence": a joining word between a name's capitalised words.)
    if (name >= 0 && NAME_JOINERS.has(w.text) && k > 0 && isAsciiUpperCode(words[k - 1].text.charCodeAt(0))) continue;
    if (name >= 0) return name;
    // (A word in lower case before any determiner: a noun or an adjective of the phrase, not a preposition or a verb.)
    if (NOT_IN_OWNER.has(lw) || lw.endsWith('ing') || lw.endsWith('ed')) return -1;
  }
  return name;
}
/** Prepositions and other function words no noun phrase before "whose" holds before its determiner. */
const NOT_IN_OWNER = new Set('of for at in on with from by to into onto over under about against between among and or but as than like near after before since during'.split(' '));
/** The last `n` words (letters, digits, apostrophes, dots, hyphens, "&") before `end`, no further back than `floor`. */
function wordsBefore(text: string, end: number, floor: number, n: number): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let i = end;
  while (out.length < n) {
    while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) i--;
    let j = i;
    while (j > floor && WORD_CHAR_RE.test(text[j - 1])) j--;
    if (j === i) break;
    out.unshift({ start: j, text: text.slice(j, i) });
    i = j;
  }
  return out;
}
const WORD_CHAR_RE = /[\p{L}\d'\u2019.&-]/u;

/** The last word of a text, before blanks. */
const LAST_WORD_RE = /([A-Za-z]{2,})\s*$/;

/**
 * The source after a cue inverted after a quote or a comma: '"...," said Jane Doe.' (", say, 10 percent" gives an
 * example, no speaker.)
 */
function invertedSource(text: string, s: Sentence, lw: string, cue: Span, prevLast: number): TextSpan | undefined {
  // ('Said a senior diplomat: "The talks are over."': a sentence may open with the inverted verb, its words after a colon
  // or a comma and a quotation.)
  const opening = (lw === 'said' || lw === 'says') && cue.start === s.start && SAID_OPENING_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 80)));
  if (!INVERSION.has(lw) || !(opening || prevLast === 44 || prevLast === 34 || prevLast === 0x201d || prevLast === 39 || prevLast === 0x2019) || (lw === 'say' && /^\s*,/.test(text.slice(cue.end, cue.end + 3)))) return undefined;
  const after = sourceAfter(text, cue.end, s.end);
  // ('"...," said historian Elena Ruiz': a title or role in lower case before the name.)
  // (Not a clause with its own verb: "Later, the minister, the panel chair, said the bill would pass.")
  // (", say officials": a bare plural agrees with "say".)
  // ('"...," said xAI': a company's name in lower case before a capital inside it, too.)
  if (after && (STARTS_UPPER_RE.test(after.text) || CAMEL_NAME_START_RE.test(after.text) || testLong(/^(?:the|a|an|one|two|three|several|some|many|another|his|her|their)\s/i, after.text) || testLong(ROLE_BEFORE_NAME_RE(), after.text) || (lw === 'say' && /^[a-z]{3,}s\b/.test(after.text))) && !AUXILIARY_RE.test(after.text) && !testShort(OPENS_CONTENT_RE, text.slice(after.end, Math.min(s.end, after.end + 6)), '"\u201c')) {
    // ('"...," said the director of the ONS\' labour market division, Liz McKeown.': the name set off after the role,
    // ending the clause, is who spoke.)
    const named = text.charCodeAt(after.end) === 44 && isAsciiLowerCode(after.text.charCodeAt(0)) ? NAME_ENDS_CLAUSE_RE().exec(text.slice(after.end, Math.min(s.end, after.end + 60))) : null;
    if (named) {
      const at = after.end + named[0].indexOf(named[1]);
      return { start: at, end: at + named[1].length, text: named[1] };
    }
    return after;
  }
  return undefined;
}

/** After a sentence's opening "Said": who, then a colon or a comma and a quotation. */
const SAID_OPENING_RE = /^\s+[^:,;"\u201c]{2,60}(?::|,\s*["\u201c])/;

/** A name set off by a comma that ends its clause: ", Liz McKeown." */
const NAME_ENDS_CLAUSE_RE = lazyRegExp(() => /^,\s+((?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3}\p{Lu}[\p{L}'\u2019-]+)\s*(?:[.,;!?]|$)/u);
/** The text up to a lower-case word, no preposition or conjunction, before a determiner: "The findings echo ". */
const VERB_BEFORE_DETERMINER_RE = /^(?:.*\s)?(?!(?:of|for|at|on|in|into|onto|with|without|within|from|to|by|and|or|but|nor|over|under|about|against|between|among|than|as|like|near|after|before|since|during|across|through|per|via|upon|toward|towards|including|not|all|both|now|then|also|just|only|even|still|once|again|especially|particularly|mainly|mostly|chiefly|notably)\s)[a-z][\w'\u2019-]*\s+(?=(?:a|an|the|those|these|its|their|his|her)\s)/;

export function sourceOfCue(text: string, s: Sentence, lw: string, cue: Span, prev: string, before30: string, prior: TextSpan | undefined, isSpeech: boolean, isCognition: boolean): TextSpan | undefined {
  // (After "and in September" the verb shares the sentence's subject: "September" is no source.)
  let src = testLong(AND_WHEN_RE, before30) ? undefined : sourceBefore(text, cue.start, s.start);
  // "A trade lawyer we spoke to expects ...": a reduced relative clause with a stranded preposition describes the noun
  // before it, which is the subject.
  if ((!src || SUBJECT_PRONOUN_RE.test(src.text)) && (before30.endsWith(' to ') || before30.endsWith(' with ') || before30.endsWith('interviewed ') || before30.endsWith('contacted '))) {
    const rel = REDUCED_RELATIVE_RE.exec(before30);
    if (rel) src = sourceBefore(text, cue.start - (before30.length - rel.index), s.start);
  }
  // "A study in The Lancet that followed 40,000 patients found": the object of a relative clause's verb is no source;
  // the noun the clause describes, before its "that", is, with its clause. (Not after a verb: "He said that tests showed", "denied that".)
  // (A participle is no finite verb of its own: "postings that included one saying that" has "one" say it.)
  if (src && src.start - s.start > 8 && !lw.endsWith('ing')) {
    const rel = RELATIVE_VERB_BEFORE_RE.exec(text.slice(Math.max(s.start, src.start - 40), src.start));
    const head = rel ? sourceBefore(text, src.start - rel[0].length, s.start) : undefined;
    if (head && !head.text.includes(' that ') && !/(?:ed|ing)$/.test(head.text) && !SAID_HEAD.has(head.text.slice(head.text.lastIndexOf(' ') + 1).toLowerCase())) src = { start: head.start, end: src.end, text: text.slice(head.start, src.end) };
  }
  // "Charities that support disabled people welcomed", "Groups that represent farmers welcomed", "People who know him
  // say": a relative clause in the present on the noun before it (its verb after "that" or "who", or opening the
  // words found); that noun, with its clause, is the source. (Not "reports that most analysts expected", nor "residents
  // who said they opposed", where the pronoun is the subject of what was said.)
  if (src && src.start - s.start > 8 && !lw.endsWith('ing') && !src.text.startsWith('that ') && !src.text.startsWith('who ')) {
    const pre = text.slice(Math.max(s.start, src.start - 40), src.start);
    const rel = pre.includes('that ') || pre.includes('who ') ? RELATIVE_PRESENT_BEFORE_RE.exec(pre) : null;
    const first = rel ? (rel[1] || src.text).split(' ', 1)[0] : '';
    if (rel && (rel[1] || (src.text.includes(' ') && isAsciiLowerCode(src.text.charCodeAt(0)))) && !NOT_A_RELATIVE_VERB.has(first) && !(rel[1] && SUBJECT_PRONOUN_RE.test(src.text))) {
      const head = sourceBefore(text, src.start - rel[0].length, s.start);
      const last = head ? head.text.slice(head.text.lastIndexOf(' ') + 1).toLowerCase() : '';
      // (The verb in the plain present agrees with a plural noun: "the 600 a day that aid agencies say" is no clause on "day".)
      if (head && !head.text.includes(' that ') && !/(?:ed|ing)$/.test(head.text) && !SAID_HEAD.has(last) && (PLURAL_PEOPLE.has(last) || /[^su]s$/.test(last))) src = { start: head.start, end: src.end, text: text.slice(head.start, src.end) };
    }
  }
  // "a man whose driver said", "The taxi driver, whose passenger said": what "whose" owns speaks, named with its owner
  // (the noun phrase before "whose") as "his driver" would be; "whose passenger" alone when no such phrase stands there.
  if (src && src.start - s.start > 6 && text.startsWith('whose ', src.start - 6)) {
    const w = src.start - 6;
    const k = backOverBlanks(text, w, s.start);
    const owner = k > s.start ? ownerStart(text, text.charCodeAt(k - 1) === 44 ? k - 1 : k, s.start) : -1;
    const from = owner >= 0 ? owner : w;
    src = { start: from, end: src.end, text: text.slice(from, src.end) };
  }
  // ("A farmer whose land was seized by soldiers said": the noun phrase the relative clause is on speaks.)
  if (src) src = outsideRelative(text, s.start, src);
  // "after a ruling the president called a coup": a noun and its clause, its "that" left out; the clause's subject is
  // the source, not the thing it describes.
  if (src && src.text.length > 12 && isAsciiLowerCode(src.text.charCodeAt(0)) && src.text.indexOf(' ', 4) > 0) {
    const m = THAT_LEFT_OUT_RE.exec(src.text);
    // ("The estimate the utility published said": a clause that ends in its own verb leaves the noun the source.)
    // (Nor one set off by a comma after the claim it names: ", an estimate the utility has disputed", read below.)
    if (m && !/(?:ed|said|told|wrote|made|gave|put)$/.test(src.text) && text.charCodeAt(backOverBlanks(text, src.start, s.start) - 1) !== 44) src = { start: src.start + m[0].length, end: src.end, text: src.text.slice(m[0].length) };
  }
  // "The late 2000s also saw", "who in 2010 said": a time is no one's source (the relative clause's noun may be).
  if (src && testLong(TIME_SUBJECT_RE, src.text)) src = undefined;
  // "Yesterday John Smith said", "Last week Jane Doe said", "On Monday the PM said": the time that opens the sentence,
  // no comma after it, is when, not who.
  if (src && src.start - s.start < 12 && src.text.includes(' ') && LEADING_TIME_HINT.has(firstWordOf(src.text).toLowerCase())) {
    const m = LEADING_TIME_RE().exec(src.text);
    if (m && m[0].length < src.text.length) src = { start: src.start + m[0].length, end: src.end, text: src.text.slice(m[0].length) };
  }
  // 'An article on Tuesday about the trade deal ("Farmers block Brussels ...", 11 November) said': a document whose
  // headline stands in brackets before the verb is the noun phrase that opens the sentence.
  // ("A story last week about the Paris Agreement stated": so is one that says what it was about.)
  const bracket = !!src && text.charCodeAt(backOverBlanks(text, cue.start, s.start) - 1) === 41;
  const about = !!src && !bracket && src.start - s.start > 8 && / about\s+$/.test(text.slice(src.start - 8, src.start));
  if (src && (about || bracket)) {
    const open = about ? backOverBlanks(text, cue.start, s.start) : lastIndexWithin(text, '(', cue.start - 1, Math.max(s.start, cue.start - 140));
    const lead = open > s.start && open - s.start < 160 && (about || text.charCodeAt(open + 1) === 34 || text.charCodeAt(open + 1) === 0x201c) ? DOCUMENT_LEAD_RE.exec(text.slice(s.start, open)) : null;
    if (lead) {
      const at = s.start + lead[0].length - lead[0].trimStart().length;
      src = { start: at, end: s.start + lead[0].trimEnd().length, text: lead[0].trim() };
    }
  }
  // Apposition: "The European Union, the largest contributor, said" -> the name before the appositive.
  const prevLast = lastNonBlank(prev);
  // (Not for a participle after another cue: "the minister said, adding that" shares its source, below.)
  if (!src && !(prior && lw.endsWith('ing'))) {
    // Before the auxiliaries, as the source itself: "Its chairman, Ghana's foreign minister, has called".
    const at = backOverAuxiliaries(text, cue.start, s.start);
    const lead = at === cue.start ? prev : text.slice(Math.max(s.start, at - 12), at);
    const leadLast = at === cue.start ? prevLast : lastNonBlank(lead);
    if (leadLast === 44 || leadLast === 0x2013 || leadLast === 0x2014 || (leadLast === 45 && /--\s*$/.test(lead))) {
      const d = Math.max(lead.lastIndexOf(','), lead.lastIndexOf('\u2013'), lead.lastIndexOf('\u2014'), lead.lastIndexOf('--') + 1);
      src = leadLast === 44 ? documentBeforeAside(text, s, at - lead.length + d) : undefined;
      src ??= appositionHead(text, at - lead.length + d, s.start);
      // "Nick Clegg, Meta's president of global affairs, and Jennifer Newstead, its chief legal officer, said": two
      // people, each set off with a title, opening the sentence, speak together.
      if (src && src.start - s.start > 12 && src.start - s.start < 140 && text.startsWith(' and ', src.start - 5) && text.charCodeAt(src.start - 6) === 44) {
        const pair = PAIRED_NAME_BEFORE_RE().exec(text.slice(s.start, src.start));
        if (pair) {
          const first = s.start + pair[0].indexOf(pair[1]);
          src = { start: first, end: src.end, text: text.slice(first, src.end) };
        }
      }
      // "The head of the EU delegation, Ambassador Wolfram Vetter, and the Norwegian special envoy, Tore Hattrem, said": so
      // do two people each named after their role.
      else if (src && src.start - s.start > 20 && src.start - s.start < 200 && text.charCodeAt(backOverBlanks(text, src.start, s.start) - 1) === 44 && text.slice(s.start, src.start).includes(', and ')) {
        const pair = ROLE_NAME_PAIR_BEFORE_RE().exec(text.slice(s.start, src.start));
        if (pair) {
          const first = s.start + pair[0].length - pair[0].trimStart().length;
          src = { start: first, end: src.end, text: text.slice(first, src.end) };
        }
      }
      // ("In July, Moscow withdrew from the deal, saying": the opening time is no head; the subject, below, speaks.)
      if (src && isTimeSource(src.text)) src = undefined;
    }
  }
  // A relative clause: "the Saudi government, which has strongly denied" -> the noun phrase before the comma.
  if (!src) {
    const before60 = text.slice(Math.max(s.start, cue.start - 60), cue.start);
    // The regex runs only where one of its pronouns occurs.
    const rel = before60.includes('wh') || before60.includes('that') ? /(?:,|\s*--)?\s+(?:who|which|that)\s+(?:(?:has|have|had|also|repeatedly|together|jointly|then|later|once|since|never|still|already|again|[a-z]+ly|in\s+\d{4}|last\s+\w+|on\s+\w+day)\s+)*$/.exec(before60) : null;
    // ("does not say who wrote it": after a verb of saying or knowing, "who" asks; the word before it is no source.)
    const asks = rel !== null && rel[0].charCodeAt(0) !== 44 && WHO_ASKS_AFTER.has(execLong(LAST_WORD_RE, before60.slice(0, rel.index))?.[1].toLowerCase() ?? '');
    if (rel && !asks) src = sourceBefore(text, cue.start - (Math.min(60, cue.start - s.start) - rel.index), s.start, rel[0].includes('who'));
    // "pointed us to a statement from 28 January, which said": the clause is the statement's, not the object's.
    const lead = src ? OBJECT_THEN_NOUN_RE.exec(src.text) : null;
    if (src && lead) src = { start: src.start + lead[0].length, end: src.end, text: src.text.slice(lead[0].length) };
    // "a complaint by a local charity, which said", "those of a United Nations panel, which warned": "which" speaks for
    // the maker after "by", the owner after "those of".
    // ("They met a panel, which warned", "The findings echo those of a panel, which warned": a relative pronoun's
    // antecedent is a noun phrase, and a lower-case word right before a determiner in it, no preposition, is its verb.)
    const verb = src && rel ? VERB_BEFORE_DETERMINER_RE.exec(src.text) : null;
    if (src && verb) src = { start: src.start + verb[0].length, end: src.end, text: src.text.slice(verb[0].length) };
    // ("Data compiled by the agency, which said": so with the capital of the sentence's first word.)
    // ("The plan had been branded reckless by local conservation groups, who said": "who" speaks for the people after "by".)
    const maker = src && rel && /^,\s+which\b/.test(rel[0]) ? /^(?:(?:[Tt]hose|[Tt]hat)\s+of|(?:[A-Za-z][\w-]*\s+){1,3}by)\s+(?=(?:the|a|an)\s|\p{Lu})/u.exec(src.text) : src && rel && /^,\s+who\b/.test(rel[0]) && src.text.includes(' by ') ? /^(?:[a-z][\w-]*\s+){1,3}by\s+(?=[\p{L}\d])/u.exec(src.text) : null;
    if (src && maker) src = { start: src.start + maker[0].length, end: src.end, text: src.text.slice(maker[0].length) };
    // "Martin Oduya, Director of Operations at OCHA, who said": the person before the title set off by commas.
    if (src && rel) {
      const around = text.slice(Math.max(s.start, src.start - 120), Math.min(cue.start, src.start + src.text.length + 24));
      // (Every match holds a title and ends in ", who".)
      const named = around.includes('who') && NAME_TITLE_RE.test(around) ? NAME_THEN_TITLE_RE().exec(around) : null;
      if (named) {
        const at = Math.max(s.start, src.start - 120) + named.index + (named[0].length - named[0].trimStart().length);
        src = { start: at, end: at + named[1].length, text: named[1] };
      }
    }
    // "its own analysis on 24 July 2025, which said": the clause is the analysis's; when it came out is no source.
    // (Nor part of one: "its own analysis on 24 July 2025", "its own analysis last week" end before the time.)
    const cut = src && rel ? timeTailStart(src.text) : -1;
    if (src && cut > 0) src = { start: src.start, end: src.start + cut, text: src.text.slice(0, cut) };
    if (src && isTimeSource(src.text)) {
      const on = /\s(?:on|in|at)\s+$/.exec(text.slice(Math.max(s.start, src.start - 6), src.start));
      src = sourceBefore(text, src.start - (on ? on[0].length : 0), s.start);
      if (src && isTimeSource(src.text)) src = undefined;
    }
  }
  // Inversion after a quote or comma: '"...," said Jane Doe.' (A function of its own, asked whenever no source is
  // found yet: its rare tests, first run, would throw away the optimised sourceOfCue.)
  if (!src) src = invertedSource(text, s, lw, cue, prevLast);
  // "..., each touting", "began by saying": a participle takes the subject that opens the sentence.
  // "..., the statement said, adding that": the participle shares the source of the cue before it.
  const ing = lw.endsWith('ing');
  // ("The judge blocked the order, finding that the plaintiffs were likely to succeed": a court's or a panel's finding,
  // set off after its clause, is its subject's, as "concluding that" is.)
  const findingThat = lw === 'finding' && prevLast === 44 && testLong(/^\s+that\b/, text.slice(cue.end, cue.end + 6));
  // ("Waltz called it historic, while Hamas rejected it, saying": unless a clause of its own, with its own subject,
  // stands between them.)
  if (!src && prior && ing && prevLast === 44 && (isSpeech || isCognition || findingThat)) src = joinedClauseSubject(text, prior.end, cue.start, s.paragraph) ?? prior;
  // (Not a progressive: "he was 'not really' considering" has its subject before the auxiliary.)
  // (Nor one joined by "and" to a progressive in a clause that another cue reports: "... indicate that armed men are
  // stopping people ... and demanding payment" has the armed men demand.)
  if (!src && (isSpeech || isCognition || findingThat) && ((ing && !testLong(PROGRESSIVE_BEFORE_RE, before30)) || isCoordinated(before30)) && !(ing && andAfterProgressive(text, s.start, cue.start, before30))) {
    src = sentenceSubject(text, s);
    // ("Qatar's foreign ministry spokesperson Majed al-Ansari said ..., but warned": the earlier cue read the whole name.)
    if (src && prior && prior.start === src.start && prior.end > src.end) src = prior;
    // (And where the subject reads as none: "Majed al-Ansari said ..., but warned".)
    if (!src && prior && isSpeech && /,\s+(?:and|but)\s+(?:also\s+)?$/.test(before30)) src = prior;
  }
  // "52% said": the share is the whole figure, its "%" too; "In a Gallup poll last month, 52% said": a share of those
  // asked speaks through the poll that the sentence opens with.
  // ("Some 48% said": a share after "some", "about" or "nearly" too.)
  if (src && isDigitCode(src.text.charCodeAt(src.text.length - 1)) && text.charCodeAt(src.end) === 37) src = { start: src.start, end: src.end + 1, text: `${src.text}%` };
  // (Only for a verb of saying: "In the Ipsos survey, 64% agreed" is the frame's own cue.)
  if (src && src.start - s.start > 8 && ANSWERED.has(lw) && FIGURE_SOURCE_RE.test(src.text)) {
    const poll = POLL_FRAME_RE.exec(text.slice(s.start, src.start));
    if (poll) {
      const at = s.start + poll[0].indexOf(poll[1]);
      src = { start: at, end: at + poll[1].length, text: poll[1] };
    }
  }
  // "a report with Human Rights Watch documenting abuses", "an advisory with partners in Canada detailing the campaign": a
  // participle in "-ing" right after a determined noun and its prepositional phrase, no comma between, describes that
  // noun; those named in the phrase say nothing of their own.
  if (src && prevLast !== 44 && lw.endsWith('ing') && src.end <= cue.start && src.text.length > 8 && isAsciiLowerCode(src.text.charCodeAt(0))) {
    const head = ING_HEAD_RE.exec(src.text);
    // (Only where the phrase names someone, who would otherwise be read as the speaker: "a brief in federal court on
    // Monday arguing" keeps its court.)
    if (head && NAME_IN_PHRASE_RE.test(src.text.slice(head[0].length))) src = { start: src.start, end: src.start + head[1].length, text: head[1] };
  }
  // "Lazaro Gonzalez wrote to Attorney General Janet Reno urging her to ...", "sent a letter to the court asking for ...":
  // the one written to is addressed; the writer, the subject of "wrote" or "sent", asks.
  if (src && ing && prevLast !== 44) {
    const w = text.slice(Math.max(s.start, cue.start - 160), cue.start);
    const m = w.includes(' to ') ? ADDRESSED_TO_RE.exec(w) : null;
    if (m) {
      const verbAt = cue.start - w.length + m.index + m[0].indexOf(m[1]);
      const verb = { start: verbAt, end: verbAt + m[1].length };
      const writer = sourceOfCue(text, s, m[1].toLowerCase(), verb, text.slice(Math.max(s.start, verbAt - 12), verbAt), text.slice(Math.max(s.start, verbAt - 30), verbAt), prior, true, false);
      if (writer && writer.end <= verbAt) src = writer;
    }
  }
  return src;
}
/** A verb of writing or sending to someone, maybe with what was sent, then the one addressed, up to a participle: "wrote
 * to Attorney General Janet Reno last week ", "sent a letter to the court ". */
const ADDRESSED_TO_RE = /\b(wrote|writes|write|written|sent|sends|send|appealed|appeals|submitted|submits)\s+(?:(?:a|an|the|his|her|its|their|two|several)\s+(?:[\w-]+\s+){0,2}?(?:letters?|petitions?|notes?|e-?mails?|messages?|requests?|memos?|complaints?|appeals?|motions?|submissions?)\s+)?to\s+[^,;:!?"\u201c]{2,100}$/;
/** A determined noun and a preposition that opens its phrase: "a report" of "a report with Human Rights Watch". (Not
 * "for": "the prototype for the millions of Americans supporting Trump" has the participle describe the Americans.) */
/** A capitalised word that is no day or month: a name. */
const NAME_IN_PHRASE_RE = /(?:^|\s)(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]/;
const ING_HEAD_RE = /^((?:a|an|the|its|their|his|her|this|that)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:with|to|in|on|at|among)\s/;
/** Whether a participle at `at` follows "and" after a progressive in a reported clause ("that armed men are stopping ... and"). */
function andAfterProgressive(text: string, floor: number, at: number, before30: string): boolean {
  if (!before30.endsWith(' and ')) return false;
  return testLong(PROGRESSIVE_EARLIER_RE, text.slice(Math.max(floor, at - 120), at));
}
const PROGRESSIVE_EARLIER_RE = /\bthat\s+(?:[\w'\u2019-]+\s+){1,6}?(?:are|is|were|was|been|be)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b[^,;:.]{0,80}\sand\s+$/;

/** How those asked answer a poll: "52% said", "a majority told". */
const ANSWERED = new Set('said|say|says|told|answered|replied|responded|reported'.split('|'));
/** A share or a count of those asked, as a subject: "52%", "a majority", "Two-thirds". */
const FIGURE_SOURCE_RE = /^(?:(?:some|about|around|nearly|almost|roughly|only|just|over)\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)?|(?:a\s+)?(?:majority|minority|half|third|quarter|two[\s-]thirds|three[\s-]quarters))$/i;
/** A poll or survey that opens the sentence, maybe with its time, before a comma: "In a Gallup poll last month, ". */
const POLL_FRAME_RE = /^\s*(?:in|according\s+to)\s+((?:a|an|the|its|their|this|that|one)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:poll|survey|study|questionnaire|census|opinion\s+poll))(?:\s+(?:last|this|earlier|published|released|conducted|carried|taken|out|in|on|of|by|for)\b[^,;.]{0,40})?,\s*$/i;

/** A role in lower-case words, then a capitalised name: "historian Elena Ruiz", "former foreign minister Klaus Vogel". */
const ROLE_BEFORE_NAME_RE = lazyRegExp(() => /^(?:[a-z][a-z.'-]+\s+){1,4}\p{Lu}\p{Ll}/u);

/** `/\b(?:and|but|then|or)\s+(?:(?:also|...|was)\s+){0,2}$/i.test(s)`, tried only where it can match. */
function isCoordinated(s: string): boolean {
  if (s.length === 0 || !isSpaceCode(s.charCodeAt(s.length - 1))) return false;
  const low = s.toLowerCase();
  if (!low.includes('and') && !low.includes('but') && !low.includes('or') && !low.includes('then')) return false;
  // ("... met Burmese leaders and came away convinced": a verb of coming or going and its particle, before a state of mind.)
  return /\b(?:and|but|then|or)\s+(?:(?:also|later|then|still|now|even|has|have|had|would|will|did|does|is|was)\s+){0,2}$/i.test(s) || testLong(AND_WHEN_RE, s) || /\b(?:and|but)\s+(?:came|went|walked|come|go|left|emerged)\s+(?:away|back|out|home)\s+$/.test(s);
}

/** A second verb after "and" and when it happened: "has rejected dialogue and in September declared". */
const AND_WHEN_RE = /\b(?:and|but|then)\s+(?:(?:in|on|at)\s+(?:[A-Z][a-z]+(?:\s+\d{1,2})?|\d{4})|(?:last|this|earlier|later)\s+(?:week|month|year|[A-Z][a-z]+))\s*,?\s+$/;

/** A role of lower-case words, then only a capitalised name: "opposition leader María Corina Machado". */
const ROLE_THEN_NAME_RE = lazyRegExp(() => /^((?:[a-z][a-z.'-]+\s+){1,4})(?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,4}\p{Lu}[\p{L}'\u2019.-]*$/u);

/** A participle clause set off after a document, up to the comma before the cue: ", read by the forum chairman, X,". */
const DOC_ASIDE_RE = /,\s+(?:read|signed|issued|written|released|published|prepared|drafted|delivered|presented|sent|posted|adopted|endorsed|seen|obtained)\s+(?:out\s+)?(?:by|on|in|at|after|during|late|early|last)\s[^;:"\u201c\u201d]{1,150}$/;

/**
 * "The communiqué, read by the forum chairman, Governor Yahaya, said": the document before a participle clause set off
 * by commas is the source; whoever read or signed it only delivered it. `comma` is the comma before the cue.
 */
function documentBeforeAside(text: string, s: Sentence, comma: number): TextSpan | undefined {
  const from = Math.max(s.start, comma - 200);
  const w = text.slice(from, comma);
  if (!w.includes(' by ') && !w.includes(' on ') && !w.includes(' in ') && !w.includes(' at ')) return undefined;
  const m = DOC_ASIDE_RE.exec(w);
  if (!m) return undefined;
  const src = sourceBefore(text, from + m.index, s.start);
  return src && DOC_RE.test(src.text) ? src : undefined;
}

/** A US state as a dateline or a company's address names it after its town: "Ariz.", "N.Y.", "Arizona". */
const US_STATE_TAGS = new Set([...US_STATE_ABBREVIATIONS, 'D.C.', ...US_STATE_NAMES]);

/** A one-word name in lower case before a capital inside it: "xAI", "eBay", "iRobot". */
const CAMEL_NAME_RE = /^\p{Ll}{1,2}\p{Lu}[\p{L}\d]*$/u;
/** Such a name opening a text: "xAI", "eBay's". */
const CAMEL_NAME_START_RE = /^\p{Ll}{1,2}\p{Lu}[\p{L}\d]*(?![\p{L}\d])/u;

/** A place's name alone: one to three capitalised words ("California", "New South Wales", "Calif.", "D.C."). */
const PLACE_ONLY_RE = lazyRegExp(() => /^\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,2}$/u);
/** A town's name after "in" at the end: " in Santa Clara". */
const PLACE_AFTER_IN_RE = lazyRegExp(() => /\sin\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s\p{Lu}[\p{L}.'\u2019-]*){0,2}$/u);

/** An opening preposition alone before a name: "In ", "At ", "From ". */
const OPENING_PREPOSITION_RE = /^\W*(?:In|At|From|Across|Inside|Outside|Near)\s+(?:the\s+)?$/;

/** For "Name, a description," before a cue: the name, when the description is a determiner phrase. */
function appositionHead(text: string, comma: number, floor: number): TextSpan | undefined {
  const lo = Math.max(floor, comma - 200);
  const delim = text[comma];
  // "--" (typewritten copy) pairs with an earlier "--"; c is the last character of the opening delimiter.
  // (Each search reads back no further than lo: a text of one kind of dash has none of the other to stop at.)
  let c =
    delim === ',' ? commaBefore(text, comma, lo)
    : delim === '-' ? lastIndexWithin(text, '--', comma - 2, lo - 1) + 1
    : Math.max(lastIndexWithin(text, '\u2013', comma - 1, lo), lastIndexWithin(text, '\u2014', comma - 1, lo));
  if (c < lo) return undefined;
  let chunk = text.slice(c + 1, comma).trim();
  // "The company, based in Santa Clara, California, said", "Huawei, headquartered in Shenzhen, China, said": a state or a
  // country after a town that follows "in" is where, one place with the town; the description set off holds both.
  if (delim === ',' && chunk.length < 24 && c - lo > 8 && PLACE_ONLY_RE().test(chunk) && PLACE_AFTER_IN_RE().test(text.slice(Math.max(lo, c - 40), c))) {
    const before = commaBefore(text, c, lo);
    if (before >= lo) {
      c = before;
      chunk = text.slice(c + 1, comma).trim();
    }
  }
  // "A lawyer for the outlets, David Schulz, said": the name between the commas is the source.
  // (Not a state's office in the possessive: "Espen Barth Eide, Norway's Foreign Minister, said" is Eide.)
  // ("its head, former President Ernest Bai Koroma, said": with a lower-case word of when the title was held too.)
  // ("its head, former Sierra Leonean President Ernest Bai Koroma, said": a name after its country's title, too; and
  // so without "former": "Its head, Sierra Leonean President Ernest Bai Koroma, said".)
  const held = TITLE_HELD_RE.exec(chunk);
  const named = held ? chunk.slice(held[0].length) : chunk;
  if ((ONLY_NAME_RE.test(named) || (named.length < 80 && TITLED_NAME_RE().test(named))) && !POSSESSIVE_WORD_RE.test(chunk)) {
    const start = text.indexOf(chunk, c + 1);
    return { start, end: start + chunk.length, text: chunk };
  }
  const describes = /^(?:the|a|an|its|his|her|their|who|which|whose|one|now|then|also|himself|herself)\b/i.test(chunk);
  let head = sourceBefore(text, c, floor);
  // "Rep. Rosa DeLauro, D-Conn., the top Democrat ..., called": the party and state tag belongs to the name before it.
  // ("Schiff, 56, who has served on the committee, told": and so does an age.)
  if (head && (testLong(PARTY_TAG_RE, head.text) || (head.text.length <= 3 && isDigitCode(head.text.charCodeAt(0)) && /^\d{1,3}$/.test(head.text) && text.charCodeAt(backOverBlanks(text, head.start, lo) - 1) === 44))) {
    const before = lastIndexWithin(text, ',', head.start - 1, lo);
    head = before > lo ? sourceBefore(text, before, floor) : undefined;
  }
  // "America West Airlines, Phoenix, Ariz., said": a US state after a town is where the body before them is based, which
  // speaks.
  if (head && chunk.length < 15 && US_STATE_TAGS.has(chunk) && /^\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,2}$/u.test(head.text)) {
    const before = lastIndexWithin(text, ',', head.start - 1, lo);
    const body = before > lo && text.slice(before, head.start).trim() === ',' ? sourceBefore(text, before, floor) : undefined;
    if (body && /^\p{Lu}/u.test(body.text)) return body;
  }
  // "The foreign ministers of ..., and the High Representative of the European Union, said": a second party joined by
  // "and" and set off by commas speaks with the first.
  if (head && chunk.length > 6 && chunk.startsWith('and ') && /^\p{Lu}/u.test(head.text) && testLong(JOINED_PARTY_RE(), chunk)) {
    const end = backOverBlanks(text, comma, c + 1);
    return { start: head.start, end, text: text.slice(head.start, end) };
  }
  // ("After the vote, the representative of Japan, who holds the pen, said": a determined person too. One that is
  // itself set off after a name gives way to the name: "Jean-Marc Ayrault, the foreign minister of France, a permanent
  // member of the Security Council, said"; "Dean, a former party chairman, poked at ..., tweeting".)
  const determined = !!head && !/^\p{Lu}/u.test(head.text) && /^(?:the|a|an|its|his|her|their)\s/.test(head.text) && testLong(PEOPLE_RE, head.text);
  if (head && determined && afterName(text, head.start, floor)) {
    const name = sourceBefore(text, backOverBlanks(text, head.start, floor) - 1, floor);
    return name && /^\p{Lu}/u.test(name.text) ? name : undefined;
  }
  // ("opposition leader María Corina Machado, who remains in hiding, said": a role in lower case before the name is
  // the name's too.)
  const role = head && !determined ? execLong(ROLE_THEN_NAME_RE(), head.text) : null;
  const roled = !!role && testLong(PEOPLE_RE, role[1]) && testLong(PEOPLE_RE, role[1].trim().split(/\s+/).pop()!);
  // ("Meanwhile, the Rodong Sinmun, the main newspaper of the ruling party, said": a name after its article, the
  // article in lower case past an opening adverb.)
  // ("xAI, Musk's artificial intelligence startup, said": a name in lower case before a capital inside it, as a
  // company's often is, is a name too.)
  // ("In Havana, the government gave a guarded response, warning": the place an opening phrase names is no one.)
  if (head && head.start - floor < 24 && OPENING_PREPOSITION_RE.test(text.slice(floor, head.start))) return undefined;
  if (!head || !(/^\p{Lu}/u.test(head.text) || CAMEL_NAME_RE.test(head.text) || determined || roled || (head.text.startsWith('the ') && /^the\s+\p{Lu}/u.test(head.text)))) return undefined;
  // "Keron Blair, executive director of AROS, called", "Trump, speaking to veterans, said": a title or a
  // participle clause after a name is an appositive too.
  return describes || chunk.split(/\s+/).length <= 15 ? head : undefined;
}

/** A clause joined after a comma, its subject a name and its verb after it: ", while Hamas rejected it, ". */
const JOINED_CLAUSE_RE = /[,;]\s+(?:while|whereas|but|and|though|although)\s+(?=\p{Lu})/gu;
/** A verb of saying that reports a clause, right after its source: " said", " has told". */
const REPORTS_CLAUSE_RE = /^\s+(?:(?:has|had|have)\s+)?(?:said|says|told|tells|added|adds|wrote|writes|stated|warned|argued|claimed|announced|insisted|noted|reported|confirmed|acknowledged|explained)\b/;
/** The verb right after a clause's subject: "rejected", "has dismissed", "says". */
const VERB_AFTER_SUBJECT_RE = /^\s+(?:(?:has|had|have|was|were|is|are)\s+)?(?:also\s+)?(?:[a-z]{2,}(?:ed|es)|said|told|took|made|gave|struck|hit|won|lost|fought|sought|held|met|left|went|came)\b/;

/**
 * The subject of the last clause joined between the end of the cue before (`from`) and a participle's cue at `to`, when
 * it has its own verb ("..., while Hamas rejected it, saying": Hamas); undefined if none.
 */
function joinedClauseSubject(text: string, from: number, to: number, paragraph: number): TextSpan | undefined {
  if (to - from < 12) return undefined;
  const between = text.slice(from, to);
  // (Not inside what the cue before reports: "Waltz said Russia abstained, and Britain voted for it, noting" is his.)
  if (testLong(REPORTS_CLAUSE_RE, between)) return undefined;
  let last: RegExpExecArray | null = null;
  JOINED_CLAUSE_RE.lastIndex = 0;
  for (let m = JOINED_CLAUSE_RE.exec(between); m; m = JOINED_CLAUSE_RE.exec(between)) last = m;
  if (!last) return undefined;
  const start = from + last.index + last[0].length;
  const subject = sentenceSubject(text, { start, end: to, paragraph });
  if (!subject || subject.start !== start || subject.end >= to) return undefined;
  return testLong(VERB_AFTER_SUBJECT_RE, text.slice(subject.end, Math.min(to, subject.end + 40))) ? subject : undefined;
}
