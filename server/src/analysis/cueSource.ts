// The source and content of one cue word (cueAttribution): the source read back ("the ministry said") or forward
// ("said Jane Doe"), and the reported content on whichever side of the cue it stands. The checks that tell a verb of
// saying from a noun, an adjective or another sense are in cueSenses.ts and cueFilters.ts. Only bounded windows
// around the cue are read.
import type { AttributionAnnotation, Sentence, Span, TextSpan } from './types';
import { COGNITION_VERBS, COUNTED_BEFORE_RE, DOCUMENT_NOUNS, FINDING_VERBS, FORECAST_FIGURE_AFTER_RE, PRONOUNS, REDACTION_MARK, SPEECH_VERBS, STANCE_CUES } from './cues';
import { backOverBlanks, codeAt, execLong, firstWordOf, isAsciiLetterCode, isAsciiLowerCode, isAsciiUpperCode, isDigitCode, isSpaceAt, isSpaceCode, isWordCode, lastIndexWithin, lazyRegExp, skipBlanks, testLong, testShort } from './chars';
import { byAgentLength, hasUpperWord, hasWordIn, isClauseEnd, isTailOrComma, lastNonBlank, onlyLeadOpeners, thatLength, wordBeforeBlanks } from './speechChars';
import { backOverAuxiliaries, sourceAfter, sourceBefore, WHO_ASKS_AFTER } from './quotes';
import { make, makeVague, trimSpan } from './speechPasses';
import { noSpeechAct, reportsNothing } from './cueFilters';
import { WEEKDAY_CAPS_RE } from './dates/lexicon';
import { NOT_NAME, PARTY_TAG_RE } from './actorWords';
import { AMBIGUOUS, CORE_SPEECH, PEOPLE_RE, endsWithQuestion, PREPOSITIONS, SPEAK, WHEN_THEN_THAT_RE, onlyOpenersBefore, readsAsDescription, readsAsNoun, readsAsOtherSense } from './cueSenses';
// Unicode-class regexes used inside functions, made once here.
const ARTICLE_BEFORE_NAME_RE = lazyRegExp(() => /^(?:The|A|An)\s+(?=\p{Lu})/u);
const STARTS_LETTER_RE = /^\p{L}/u;
const STARTS_UPPER_RE = /^\p{Lu}/u;
const ONLY_NAME_RE = /^(?:\p{Lu}[\p{L}'\u2019.-]{0,40}\s+){1,3}\p{Lu}[\p{L}'\u2019-]+$/u;
const POSSESSIVE_WORD_RE = /['\u2019]s\s/;

const SPEECH = new Set(SPEECH_VERBS);
const COGNITION = new Set(COGNITION_VERBS);
const FINDING = new Set(FINDING_VERBS);
export const DOC_VERBS = new Set(['read', 'reads', 'concluded', 'concludes', 'stated', 'states', 'noted', 'notes', 'added', 'adds', 'warned', 'warns', 'showed', 'shows']);
// (The end is no \b: "communiqué" ends in a letter that \w does not know.)
const DOC_RE = new RegExp(`\\b(?:${DOCUMENT_NOUNS})(?![\\w\u00c0-\u024f])`, 'i');
/**
 * The reporting frame after a verb of saying, for the cue to cover: "in a statement", "in an interview with
 * Reuters", "to The Associated Press", "reporters". A day after it is a date, not part of the frame.
 */
const FRAME_RE = new RegExp(
  `^\\s+(?:in (?:an?|the|his|her|its|their) (?:(?:video|televised|radio|recorded|written|joint|brief|separate|online|social media|Facebook|Telegram) )?(?:statement|interview|post|tweet|letter|email|speech|report|remarks|video|message|address)(?: (?:with|to) (?!${WEEKDAY_CAPS_RE}\\b)[A-Z][\\w.&'\u2019-]*(?: [A-Z][\\w.&'\u2019-]*){0,3}| (?:posted|published|released|issued|broadcast|aired|shared|carried)(?: online| (?:on|by|in|from) (?:social media|state media|(?:the )?[A-Z][\\w.&'\u2019-]*(?: [A-Z][\\w.&'\u2019-]*){0,2}))?)?|reporters|journalists|delegates)\\b`,
);

/** What follows a cue that reports no statement: "(declined) to comment", "(did not respond) to requests for comment". */
const NO_COMMENT_RE = /^\s+(?:to\s+(?:immediately\s+)?comment\b|immediately\s+to\s+comment\b|to\s+(?:a\s+|the\s+|multiple\s+|repeated\s+|several\s+)?(?:requests?|inquiries|queries|messages|calls|emails)\s+(?:for|seeking)\s+comment\b)/i;

/** Where a declined comment's clause ends: a mark of punctuation, or "and"/"but" and a new clause's pronoun or auxiliary. */
const NO_COMMENT_END_RE = /[,;:()\u2014\u2013]|\s(?:and|but)\s+(?:have|has|had|is|are|was|were|did|do|does|will|would|could|can|they|he|she|it|we|I)\b/;
/** After "declined" or "refused": saying nothing ("to say whether", "to confirm", "to give details"). */
const WOULD_NOT_SAY_RE = /^\s+to\s+(?:say|confirm|discuss|specify|elaborate|disclose|reveal|identify|name|give|provide|answer|deny|detail)\b/;


/** A speaker's label before a cue that opens what they say ("Reuters: ", "**Mao Ning:** "). */
const LABEL_BEFORE_RE = /^[*_]{0,2}[A-Z][^.!?:\n]{0,50}:[*_]{0,2}\s+["\u201c]?$/;
/** A role with no verb of its own, before the name it describes ("The Kazakh deputy foreign minister"). */
const TITLE_ONLY_RE = /^(?:[Tt]he|[Aa]n?|[A-Z][a-z]+['\u2019]s)\s+(?:[\w-]+\s+){0,5}(?:minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|president|chairman|chair|director|head|chief|commander|general|official|adviser|advisor|spokesman|governor|mayor|leader|negotiator|representative|coordinator|diplomat|secretary-general)$/i;
/** TITLE_ONLY_RE with possessives among its words: "the bloc's foreign policy chief". */
const ROLE_AFTER_QUOTE_RE = /^(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,5}(?:minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|president|chairman|chair|director|head|chief|commander|general|official|adviser|advisor|governor|mayor|leader|negotiator|representative|coordinator|diplomat|secretary-general)$/i;
/** A form of "be" right before a participle, perhaps with an adverb between ("was also discussed", "is not known"). */
const BE_BEFORE_PARTICIPLE_RE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:[a-z]+ly|not|never|also|still|then|now|again|already|further|later|first|since)\s+)?$/i;
/** A person's name, a comma and a title up to ", who": the name in group 1 ("Martin Oduya, Director of ..., who"). */
const NAME_THEN_TITLE_RE = lazyRegExp(() => /(?:^|[\s(])((?:\p{Lu}[\p{L}'\u2019.-]+\s+){1,3}\p{Lu}[\p{L}'\u2019-]+),\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:Director|Head|Chief|Minister|Secretary|Coordinator|Representative|Envoy|Commissioner|President|Chair|Chairman|Chairwoman|Officer|Adviser|Advisor|Spokesperson|Spokesman|Spokeswoman|Ambassador|Commander|Deputy)\b[^;:"\u201c]{0,110}?,\s+who\b/u);
/** A part of each of NAME_THEN_TITLE_RE's titles, one of which every match holds. */
const NAME_TITLE_RE = /Director|Head|Chief|Minister|Secretary|Coordinator|Representative|Envoy|Commissioner|President|Chair|Officer|Advis|Spokes|Ambassador|Commander|Deputy/;
/** An object pronoun and a preposition before the noun a relative clause describes ("us to a statement"). */
const OBJECT_THEN_NOUN_RE = /^(?:us|them|him|her|me|you|it)\s+(?:to|towards?|at|into|on)\s+(?=(?:a|an|the|its|his|her|their|this|that)\s)/i;
/** The opening of a relative clause set off by a comma, up to its verb ("Russia, which has repeatedly"). */
const RELATIVE_OPEN_RE = /,\s+(?:which|who)\s+(?:(?:has|have|had|also|long|repeatedly|previously|[a-z]+ly)\s+)*$/;
/** A wire's note on what a version changed: "(Updates with ...", "(Adds quotes ...", "(Corrects ...". */
const WIRE_NOTE_RE = /^\(\s*(?:updates|adds|recasts|corrects|rewrites|changes|refiles|fixes|writes\s+through|repeats)\b/i;
/** ", but ISW has", ", though Kyiv says": a contrast whose clause opens with a name (not "I"). */
const BUT_NAMED_RE = lazyRegExp(() => /,\s+(?:but|though|although|whereas)\s+(?!I\b)(?=\p{Lu}\p{L}*\s+(?:has|have|had|is|was|says|said|did|does|denied|denies|disputes|rejected)\b)/u);
/** "said little", "said nothing": no content. */
const SAID_NOTHING_RE = /^\s+(?:(?:very\s+)?little|nothing|next\s+to\s+nothing)\b/i;
/** A source that is a time: "The late 2000s", "The year", "2019", "The following decade". */
const TIME_SUBJECT_RE = /^(?:the\s+)?(?:(?:early|mid|late|following|next|previous|past|last|same)[\s-]+)?(?:\d{4}s?|\d0s|'\d0s|year|years|decade|decades|century|week|weekend|month|months|day|days|period|quarter|era|summer|winter|spring|autumn|fall)$/i;

/** The first words of a time that opens a sentence before its subject ("Yesterday", "Last week", "Monday"). */
const LEADING_TIME_HINT = new Set('yesterday|today|tonight|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday'.split('|'));
/** Such a time, up to the capital that opens the subject: "Yesterday ", "Last week ", "This morning ", "Monday night ". */
const LEADING_TIME_RE = lazyRegExp(() => /^(?:(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ee]arlier|[Ll]ater|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\s+(?:morning|afternoon|evening|night))?|(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+this)\s+(?:week|month|year|weekend|morning|afternoon|evening|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\s+(?=\p{Lu})/u);

/** A date or a time as a source's words: "24 July 2025", "Nov. 3", "last week", "the following year". */
function isTimeSource(words: string): boolean {
  return testLong(TIME_SUBJECT_RE, words) || testLong(DATE_WORDS_RE, words);
}
/** Where a time that ends a source's words starts (before its "on" or "in"), or -1: "its analysis last week". */
function timeTailStart(words: string): number {
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

/** A name after "by": "the UN", "the World Bank", "Amnesty International" (a determiner, then capitalised words). */
const NAMED_AGENT_RE = /^(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w.&'\u2019-]*)*/;


/** Adjectives that open headings ("Key figures", "Latest reports", "Other views"). */
const HEADING_ADJECTIVES = /^(?:key|main|top|latest|new|other|more|further|major|final|recent|official|early|related)$/i;

/** Participles whose agentless passive still reports a statement: "Famine was confirmed", "a curfew was announced". */
const PASSIVE_REPORTS = new Set(['confirmed', 'announced', 'reported', 'stated', 'declared', 'claimed', 'alleged', 'estimated', 'predicted', 'projected']);

/** Participles whose subject heard a statement: "He was told (warned, assured) that ..."; not "convinced that". */
const TOLD_THAT = new Set(['told', 'informed', 'assured', 'reassured', 'reminded', 'warned', 'advised', 'briefed', 'promised']);

/** Participles of verbs of saying that do not end in -ed: "He was told that ..." reports what he heard. */
const IRREGULAR_PARTICIPLES = new Set(['told', 'written', 'shown', 'taught', 'given', 'spoken', 'found', 'seen', 'known', 'thought', 'held']);

/** "was quoted as" right before "saying". */
const QUOTED_AS_RE = /\s*\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:[a-z]+ly\s+)?quoted\s+as\s+$/i;

/** After a passive's agent: the rest of it ("on both sides", "close to the talks") and "that". */
const AGENT_THEN_THAT_RE = /^((?:\s+(?:on|in|at|from|of|inside|within|close\s+to|familiar\s+with)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?)\s*,?\s+that\s+/;

/** "quoted him as" right before "saying": the object (1) is who spoke. */
// (Or a noun phrase of up to six words with its article: "quoted an Iranian military spokesperson as", "quoted Foreign
// Minister Abbas Araghchi as"; no preposition among them, "quoted him in an interview as".)
const QUOTED_OBJECT_AS_RE = lazyRegExp(() => /\bquoted\s+(him|her|them|\p{Lu}[\p{L}'\u2019-]{0,30}(?:\s+\p{Lu}[\p{L}'\u2019-]{0,30}){0,2}|(?:(?:an?|the|one|two|three|its|his|her|their|a\s+senior)\s+|\p{Lu}[\p{L}'\u2019.-]*\s+)(?:(?!(?:in|on|at|by|from|with|during|after|before|last|as|and|or|that|who|which)\s)[\p{L}'\u2019.-]+\s+){0,5}?[\p{L}'\u2019.-]+)\s+as\s+$/u);

/** Plural things that hit, strike and target without speaking: "Rockets hit the base". */
const WEAPONS_RE = /\b(?:rockets|missiles|drones|shells|bombs|mortars|strikes|airstrikes|raids|explosions|blasts|bullets|grenades|mines|storms|floods|earthquakes|fires|waves|tanks|jets|planes|aircraft|warplanes|helicopters|ships|vehicles)$/i;
/** WEAPONS_RE.test(t), read only when t ends in "s" or "t" as every match does (the pattern, anchored at the end, tries every start). */
function endsInWeapon(t: string): boolean {
  const c = t.charCodeAt(t.length - 1) | 32;
  return (c === 115 || c === 116) && WEAPONS_RE.test(t);
}
// Verbs that invert after a quote or a comma: '"...," said Jane Doe'.
const INVERSION = new Set(
  'said says say asked asks added adds wrote writes continued explained noted notes replied recalled insisted argued warned declared told tweeted posted responded countered concluded acknowledged admitted conceded stated'.split(' '),
);

const PREP_FIRST = new RegExp(`^(?:${PREPOSITIONS})\\s`, 'i');

/** The capitalised name that opens a clause. */
// ("S&P Global Ratings", "AT&T": an ampersand inside a word of the name.)
const SUBJECT_NAME_RE = lazyRegExp(() => /^["\u201c]?((?:\p{Lu}[\p{L}.&'\u2019-]{0,40}\s+(?:(?:of|in|for|and)\s+(?=\p{Lu}))?){0,7}\p{Lu}[\p{L}&'\u2019-]{0,40})/u);
/** One to three lower-case words right before a comma: the noun a possessive owns ("own secretariat", "research unit"). */
const OWNED_NOUN_BEFORE_COMMA_RE = /^(?:\s+[a-z][a-z-]*){1,3}(?=,)/;
/** Words that open a sentence without being its subject's first word ("In", "When", "This"); "The" is handled apart. */
const NOT_SUBJECT_START_RE = /^(?:The|A|An|In|On|At|But|And|As|After|When|While|If|This|That|It|There|Though|Although|Because|Since|Unless|Until|Whether|Once|Be|Get|Let|So|Yet|Or|For|With|Without|To|From|By|Of|Despite)$/;
/** A short noun phrase opening a clause, up to its first verb in the past tense or an auxiliary ("The ministry rejected"),
 * maybe with a name after "of", "for", "at" or "from" ("A reporter for USA Today spotted"). */
const SUBJECT_BEFORE_VERB_RE =
  lazyRegExp(() => /^((?:The|A|An|(?!(?:He|She|It|That|There|What|Who|Here|Let)['\u2019]s\b)(?:\p{Lu}[\p{L}.&-]{0,40}\s+){0,2}\p{Lu}[\p{L}.&-]{0,40}(?:['\u2019]s)?)(?:\s+(?!(?:and|or|but|that|who|which|whose|to|in|on|at|of|for|by|with|also|still|then|now|already|again|never|not|later|earlier|previously|recently|repeatedly|reportedly|separately|immediately|has|have|had|is|are|was|were|will|would|said|says|say|told|tell|tells|[a-z]+ed)\b)(?!(?!(?:family|assembly|ally|rally|supply|daily|monopoly)\b)[a-z]+ly\b)[\p{L}'\u2019.-]+){1,4}?(?:\s+(?:of|for|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]{0,40}(?:\s+\p{Lu}[\p{L}.'\u2019-]{0,40}){0,4})?)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s+(?:[a-z]+ed|has|have|had|is|are|was|were|will|would|said|told|says|does|did|cannot|can|could|may|might|must|should)\b/u);

/** "The ministry, which is part of ..., does": an article's short noun phrase (1), its relative clause between commas, a verb. */
const SUBJECT_RELATIVE_BEFORE_VERB_RE = lazyRegExp(() => /^((?:The|A|An)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?[\p{L}'\u2019-]+),\s+(?:which|who)\s[^,;:.]{1,100},\s+(?:[a-z]+ed|has|have|had|is|are|was|were|will|would|said|says|does|did|can|could|may|might|must|should)\b/u);
/** A document's noun phrase that is all of a sentence before a bracket: "An article on Tuesday about the EU-Mercosur trade agreement ". */
const DOCUMENT_LEAD_RE = new RegExp(`^\\s*(?:An?|The|Our|Your|This|That|Last\\s+\\w+['\u2019]s)\\s+(?:[\\w'\u2019-]+\\s+){0,3}?(?:${DOCUMENT_NOUNS}|articles?|editorials?|obituar(?:y|ies)|story|stories|piece|column|feature|headline|leader)(?:\\s+(?!(?:said|says|reported|stated|claimed|that)\\b)[\\w'\u2019,-]+){0,10}\\s*$`, 'i');

/** A role of up to seven words and the name set off after it, before the verb: "Iran's ambassador to the IAEA, Reza Najafi, rejected". */
const ROLE_THEN_NAME_SUBJECT_RE =
  lazyRegExp(() => /^((?:The|A|An|\p{Lu}[\p{L}.-]{0,40}['\u2019]s)(?:\s+[\p{L}.-]{1,40}){1,7},\s+)(\p{Lu}[\p{L}'\u2019.-]{0,40}(?:\s+\p{Lu}[\p{L}'\u2019.-]{0,40}){1,3}),\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|has|have|had|is|was|will|would|said|told|says)\b/u);

/**
 * A cheap look before ROLE_THEN_NAME_SUBJECT_RE, which backtracks: the first comma after `from` has a capital after
 * its blanks and another comma after it.
 */
function roleCommaThenName(head: string, from: number): boolean {
  const c1 = head.indexOf(',', from);
  if (c1 < 0) return false;
  const k = skipBlanks(head, c1 + 1);
  return k > c1 + 1 && STARTS_UPPER_RE.test(head.slice(k, k + 2)) && head.indexOf(',', k) > 0;
}

/** The name or short noun phrase that opens the sentence past an opening phrase ("On Thursday, however, Jane Doe"). */
export function sentenceSubject(text: string, s: Sentence): TextSpan | undefined {
  const head = text.slice(s.start, Math.min(s.end, s.start + 140));
  // Openers before the subject: a prepositional phrase or adverb, or a participle clause ("Chastened by the
  // complaints, Trump revised his plan").
  const intro = /^(?:(?:On|In|At|After|Before|During|Since|Last|This|Earlier|Later|Meanwhile|However|Still|Yet|But|And|Then|Now)\b[^,.;]{0,50},\s*|[A-Z][a-z]+(?:ed|ing)\b[^,.;]{0,80},\s*)*(?:however,\s*)?/.exec(head)?.[0].length ?? 0;
  // (A name of up to eight capitalised words, "of", "in", "for" and "and" between them: "The UN Human Rights Monitoring
  // Mission in Ukraine".)
  const subj = SUBJECT_NAME_RE().exec(head.slice(intro));
  if (!subj) return undefined;
  // "Though she called ...": after a conjunction the subject is the pronoun that follows it.
  const lead = /^(?:Though|Although|Because|Since|While|When|As|If|Once|Unless|Until|Whether)\s+(he|she|they|we|I)\b/.exec(head.slice(intro));
  if (lead) {
    const st0 = s.start + intro + lead[0].length - lead[1].length;
    return { start: st0, end: st0 + lead[1].length, text: lead[1] };
  }
  const firstWord = subj[1].split(/\s+/)[0];
  const article = firstWord === 'The' || firstWord === 'A' || firstWord === 'An';
  // "Iran's ambassador to the IAEA, Reza Najafi, rejected ...": the name set off after the role is the subject.
  if ((article || testLong(/['\u2019]s$/, firstWord)) && roleCommaThenName(head, intro)) {
    const named = ROLE_THEN_NAME_SUBJECT_RE().exec(head.slice(intro));
    if (named) {
      const st0 = s.start + intro + named[1].length;
      return { start: st0, end: st0 + named[2].length, text: named[2] };
    }
  }
  // "The ministry rejected ...", "Israel's foreign ministry rejected ...": a noun phrase before the first verb.
  // ("ELN commander Antonio Garcia said ... but demanded": a name may open it too.)
  if ((article || !NOT_SUBJECT_START_RE.test(firstWord)) && (article || testLong(/['\u2019]s$/, subj[1]) || /^\s+[a-z]/.test(head.slice(intro + subj[0].length)))) {
    const np = SUBJECT_BEFORE_VERB_RE().exec(head.slice(intro));
    if (np && np[1].length > subj[1].length) {
      const st0 = s.start + intro;
      return { start: st0, end: st0 + np[1].length, text: np[1] };
    }
  }
  // "The ministry, which is part of the Hamas-run government, does not distinguish ... but says": a noun phrase and the
  // relative clause set off after it, before the first verb.
  if (article && (head.includes(', which ') || head.includes(', who '))) {
    const np = SUBJECT_RELATIVE_BEFORE_VERB_RE().exec(head.slice(intro));
    if (np) return { start: s.start + intro, end: s.start + intro + np[1].length, text: np[1] };
  }
  // "OPEC's own secretariat, in a report published the same day, kept": a name's possessive and the noun it owns, up to
  // the comma of an aside, are the subject.
  if (/['\u2019]s$/.test(subj[1])) {
    const owned = OWNED_NOUN_BEFORE_COMMA_RE.exec(head.slice(intro + subj[0].length));
    if (owned) {
      const st0 = s.start + intro + subj[0].length - subj[1].length;
      return { start: st0, end: st0 + subj[1].length + owned[0].length, text: text.slice(st0, st0 + subj[1].length + owned[0].length) };
    }
  }
  // "The New York Times", "The IMF": a determiner before a name is part of the subject.
  const the = execLong(ARTICLE_BEFORE_NAME_RE(), subj[1]);
  if (the && subj[1].length > the[0].length) {
    const st0 = s.start + intro + subj[0].length - subj[1].length;
    return { start: st0, end: st0 + subj[1].length, text: subj[1] };
  }
  if (NOT_SUBJECT_START_RE.test(firstWord)) return undefined;
  const st0 = s.start + intro + subj[0].length - subj[1].length;
  return { start: st0, end: st0 + subj[1].length, text: subj[1] };
}


/** Most words of the sentence's head are capitalised, as in a headline. */
export function isTitleCase(body: string): boolean {
  // The blank-separated words of the first 200 characters, scanned by code unit (this runs for every
  // capitalised cue word): ASCII initials are judged directly, others by the Unicode-class regexes.
  const n = Math.min(body.length, 200);
  let words = 0;
  let upper = 0;
  for (let i = 0; i < n; ) {
    i = skipBlanks(body, i, n);
    if (i >= n) break;
    const a = i;
    while (i < n && !isSpaceCode(body.charCodeAt(i))) i++;
    const c = body.charCodeAt(a);
    if (c < 128) {
      if (isAsciiLetterCode(c)) {
        words++;
        if (isAsciiUpperCode(c)) upper++;
      }
    } else {
      const w = body.slice(a, i);
      if (STARTS_LETTER_RE.test(w)) {
        words++;
        if (STARTS_UPPER_RE.test(w)) upper++;
      }
    }
  }
  return words >= 3 && upper >= words * 0.7;
}

/** The comma before the one at `comma`, past those inside a date ("who was elected on Oct. 20, 2024, said"). */
function commaBefore(text: string, comma: number, floor: number): number {
  let c = lastIndexWithin(text, ',', comma - 1, floor);
  while (c > 0 && /^\s\d{4}\b/.test(text.slice(c + 1, c + 6)) && isDigitCode(text.charCodeAt(c - 1))) c = lastIndexWithin(text, ',', c - 1, floor);
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
/** The rest of a clause a cue was set into: ", was balanced.", ", will hold." */
// ("The powers meet the test, the court said, because they are limited": the reason goes on with what was said.)
/** When something was said, before a comma: " last week", " on Monday", " yesterday", " in March". */
const WHEN_BEFORE_COMMA_RE = /^\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend|spring|summer|autumn|winter)|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d))(?=\s*,\s+(?!(?:in|on|at|during|from|with|after|before|according|via|through|when|while|as)\b))/;
const SPLIT_CLAUSE_RE = /^\s*,\s+(?:was|is|were|are|had|has|have|will|would|could|should|may|might|can|must|remains?|remained|did|does|because)\b/;

/** Whether the words after a cue set off inside its clause go on with that clause (see cueAttribution): a comma then a
 * verb, or a short content and a comma then more of the sentence; when it was said may stand before that comma. */
function clauseSetOffAfter(text: string, s: Sentence, cueSpan: Span, content: Span): boolean {
  const whenAfter = execLong(WHEN_BEFORE_COMMA_RE, text.slice(cueSpan.end, Math.min(s.end, cueSpan.end + 50)));
  const afterFrom = cueSpan.end + (whenAfter ? whenAfter[0].length : 0);
  const afterCue = text.slice(afterFrom, Math.min(s.end, afterFrom + 24));
  return testLong(SPLIT_CLAUSE_RE, afterCue) || (content.end - content.start <= 40 && testLong(/^\s*,\s+(?!["'\u201c\u2018]|(?:and|but|while|whereas|although|though|as|because|so|yet|or|adding|saying)\b)\S/, afterCue) && !text.slice(content.start, content.end).includes(','));
}
/** After a source set off in the sentence: ", and" and a verb with no subject of its own (", and operates in", ", and has",
 * ", and controls three towns"; not a plural subject with a verb of its own after it: ", and troops in the east are"). */
const SAME_SUBJECT_AND_RE = /^\s*,\s+and\s+(?:also\s+|still\s+|now\s+)?(?:(?:has|have|had|is|are|was|were|will|would|could|can)\s+[a-z]|(?![a-z]{3,}s\s[^,.;]{0,40}?\s(?:is|are|was|were|has|have|had)\b)[a-z]{3,}(?:s|ed)\s+(?:in|at|on|to|from|with|across|into|over|under|more|less|about|nearly|almost|some|the|a|an|its|their|his|her|\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|most|much|parts|large)\b)/;
/** After a cue set off in the sentence: ", and" and a clause in the reported tense (", and the Council had failed"). */
// (Or the interrupted clause's own next participle, its subject shared: "That's leaving investors with cold feet, they
// said, and prompting institutions to sell".)
const BACKSHIFTED_AND_RE = /^\s*,\s+(?:and|but)\s+(?:(?:[\w'\u2019-]+\s+){1,5}?(?:had|would|could|might|was\s+going\s+to)\s+(?:not\s+|never\s+|already\s+|also\s+)?[a-z]+|(?!(?:adding|saying|noting|arguing|insisting|claiming|warning|stressing|citing)\s)[a-z]{3,}ing\s)/;
/** "and said", ", but denied": a second verb of saying in the same clause. */
const AND_SAID_RE = /,?\s+(?:and|but)\s+(?:also\s+)?(?:said|says|added|adds|denied|denies|told|insisted|warned|stressed|noted|argued)\b/;
/** AND_SAID_RE without its leading blanks, which keep the engine from skipping ahead to "and"/"but": a cheaper pre-check. */
const AND_SAID_GATE_RE = /(?:and|but)\s+(?:also\s+)?(?:said|says|added|adds|denied|denies|told|insisted|warned|stressed|noted|argued)\b/;
/** A content that only points back: "so.", "as much.", "this". */
const POINTS_BACK_RE = /^(?:so|as\s+much|this|that|it|otherwise)[.!]?$/i;
/** A capitalised name set off by commas right after a role: ", Lin Jian,". */
const NAME_AFTER_ROLE_RE = lazyRegExp(() => /^,\s+\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){1,3},/u);
/** A relative clause right after a source, up to its comma: ", who served in Kyiv,", " who served in Kyiv,". */
const RELATIVE_AFTER_SOURCE_RE = /^\s*,?\s*(?:who|whom|whose|which)\b[^,;:"\u201c]{1,120},/;
/** A share of people as a subject: "Roughly 70 percent of Americans", "a majority of voters", "Two-thirds of Britons". */
const SHARE_SUBJECT_RE = /^(?:(?:roughly|about|around|nearly|almost|some|over|more\s+than|fewer\s+than|less\s+than|just|only)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|(?:a|the)\s+(?:large\s+|slim\s+|narrow\s+|clear\s+)?(?:majority|minority)|(?:one|two|three)[- ](?:third|quarter|half|fifth)s?|half)\s+of\b/i;
/** An agent armed men and machines are in: "aircraft from the 332nd Air Expeditionary Wing", "coalition forces". */
// ("attacks by armed groups had risen": armed men of a group, who attack with arms too.)
const ARMED_AGENT_RE = /\b(?:aircraft|forces|troops|soldiers|jets|warplanes|drones|artillery|helicopters|warships|units?|brigades?|battalions?|wing|squadrons?|fleet|armed\s+groups?|militants|militias?|gunmen|rebels|insurgents|jihadists|fighters|bandits)\b/i;
/** A subject that attacks with arms: a force, fighters, a weapon ("Russian forces", "Houthi drones"). */
const ARMED_SUBJECT_RE = /\b(?:forces|force|troops|soldiers|army|armies|militants|militias?|fighters|gunmen|rebels|insurgents|jihadists|drones?|jets|aircraft|warplanes|warships|missiles?|rockets?|navy|marines|paramilitar(?:y|ies)|bombers?|attackers|assailants|raiders|commandos|units?|brigades?|battalions?|artillery|tanks|mob|protesters)$/i;
/** An auxiliary of the progressive before an "-ing" cue, maybe with adverbs or a quoted word between. */
const PROGRESSIVE_BEFORE_RE = /\b(?:is|are|was|were|am|be|been)\s+(?:["\u201c]?[a-z]+["\u201d]?\s+){0,3}$/i;
/** The first words of a source that may make it no noun phrase: prepositions, adverbs before one, subject pronouns. */
const SOURCE_MISFIT_START = new Set([...PREPOSITIONS.split('|'), 'often', 'sometimes', 'usually', 'mostly', 'partly', 'mainly', 'largely', 'even', 'only', 'i', 'we', 'he', 'she', 'they']);
/** A source led by a preposition, maybe after an adverb: "under wto", "often on terms no european bank". */
const PREP_LED_SOURCE_RE = new RegExp(`^(?:(?:often|sometimes|usually|mostly|partly|mainly|largely|even|only)\\s+)?(?:${PREPOSITIONS})\\s`);
/** A subject pronoun and its verb as a source: "I spent four years" (not "they both", "we all", "we in Brussels"). */
const CLAUSE_SOURCE_RE = /^(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\s+(?!(?:all|both|each|alone|too|themselves|ourselves|himself|herself|myself|in|at|from|of|on|here|there|two|three|four|together)\b)[a-z]+\s+\S/;
/** Figures and findings as a subject: they back or fail to back a claim, they say nothing. */
const EVIDENCE_SUBJECT_RE = /^(?:the\s+|these\s+|those\s+|such\s+|official\s+|available\s+)?(?:[a-z-]+\s+)?(?:numbers|figures|data|statistics|evidence|facts|results|findings|records|accounts|polls?|trends?)$/;
/** A preposition right before a source: the source is its object, no subject. */
const PREP_BEFORE_RE = /\b(?:in|of|on|at|for|from|into|among|under|during)\s+$/i;
const VERDICT_RE = /^\s+(?:by\s+[^,;.:"\u201c]{1,30}?|unanimously|narrowly|overwhelmingly)(?=\s+that\b)/;
/** Prepositional phrases (where, to whom, when) right before a "that": " in a letter to the council" of " in a
 * letter to the council that"; not "in a way that" or "on condition that", where the "that" belongs to the phrase. */
const SETTING_BEFORE_THAT_RE = /^\s+(?:in|to(?!\s+(?:be|have|do|make|ask|say|tell)\b)|at|on|during|before|after|from|via|with|outside|inside|near|following|ahead\s+of|upon|alongside|across|behind|beside)\s+(?:[^,;:"\u201c\u201d()]|(?<=\d):(?=\d\d)){1,70}?(?<!\b(?:way|sense|hope|belief|condition|manner|fact|event|case|view|expectation|knowledge|understanding|assumption|grounds|extent|degree|point|order|so|such))(?=\s+that\s)/;
/** ", citing two diplomats," right before a "that". */
const CITING_BEFORE_THAT_RE = /^\s*,\s+citing\s+[^,;:"\u201c\u201d()]{1,60}?,(?=\s+that\s)/;
/** The length of a setting phrase between a cue (or its frame) and its "that", or 0 when there is none. */
function sayingSettingLength(text: string, s: Sentence, from: number): number {
  const after = text.slice(from, Math.min(s.end, from + 90));
  if (!after.includes(' that ')) return 0;
  const c = after.charCodeAt(skipBlanks(after, 0));
  // "Reuters is reporting, citing two diplomats, that ...": whom the report cites is its source's source, no part of
  // what it says.
  if (c === 44) return CITING_BEFORE_THAT_RE.exec(after)?.[0].length ?? 0;
  // (Cheap gate: the phrase opens with a preposition's first letter.)
  if (c !== 105 && c !== 116 && c !== 97 && c !== 111 && c !== 100 && c !== 98 && c !== 102 && c !== 118 && c !== 119 && c !== 110 && c !== 117 && c !== 104) return 0;
  return SETTING_BEFORE_THAT_RE.exec(after)?.[0].length ?? 0;
}

/** A court, a committee or an inquiry right before "heard": "The court heard", "the committee has also heard". */
const HEARER_BEFORE_RE = lazyRegExp(() => /\b((?:[Tt]he|[Aa])\s+(?:court|tribunal|jury|committee|inquiry|inquest|hearing|trial|panel|commission|Court|Tribunal|Committee|Inquiry|Inquest|Panel|Commission)|(?:[Tt]he|[Aa])\s+(?:\p{Lu}[\p{L}'\u2019-]+\s+){1,4}(?:Court|Tribunal|Committee|Inquiry|Inquest|Panel|Commission))\s+(?:(?:has|had|was|also|previously|earlier|then)\s+){0,2}$/u);
/** Whether a text holds a part of each of HEARER_BEFORE_RE's nouns, in the cases the pattern allows. */
function mayNameHearer(t: string): boolean {
  return t.includes('ourt') || t.includes('ribunal') || t.includes('jury') || t.includes('ommittee') || t.includes('ommission') || t.includes('nqui') || t.includes('hearing') || t.includes('trial') || t.includes('anel');
}
/** "heard that", "heard evidence that", "heard testimony that": what follows is what was heard. */
const HEARD_THAT_RE = /^\s+(?:(?:evidence|testimony|claims|submissions)\s+)?that\s+/;

/** "The court heard that ...": the court is where the words were said; null when "heard" reports nothing. */
function heardThat(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
  const before = text.slice(Math.max(s.start, cue.start - 80), cue.start);
  // (Every match holds one of the pattern's nouns, in either case: "court", "Tribunal", "jury", "Committee" ...)
  const m = mayNameHearer(before) ? HEARER_BEFORE_RE().exec(before) : null;
  const t = m ? HEARD_THAT_RE.exec(text.slice(cue.end, Math.min(s.end, cue.end + 40))) : null;
  if (!m || !t) return undefined;
  const at = cue.start - m[0].length + m[0].indexOf(m[1]);
  return make(text, cue, { start: at, end: at + m[1].length, text: m[1] }, trimSpan(text, cue.end + t[0].length, s.end));
}

/** Verbs that put a figure on something: "put the depth at 10 km", "measured the quake at magnitude 7.7". */
const MEASURED = new Set(['put', 'puts', 'measured', 'measures', 'recorded', 'records', 'registered', 'registers', 'pegged', 'pegs', 'gauged', 'gauges', 'clocked']);
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
function measuredAt(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
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
function pollGave(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
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
function pollPut(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
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
/** A text that a debate or a discussion takes up: " the coalition agreement", " a draft resolution", " the bill". */
const DEBATED_TEXT_RE = /^\s+(?:the|a|an|its|their|this|that|his|her|our)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:bills?|agreements?|motions?|laws?|proposals?|budgets?|treat(?:y|ies)|deals?|resolutions?|legislation|amendments?|drafts?|texts?|measures?|package|accords?|constitution|reforms?|report|white\s+paper)\b/i;
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
const PRONOUN_START_RE = /^(?:It|They|He|She|We|I|This|That|These|Those|There)\b/;

/**
 * "Reuters has learned that ...", "..., the paper has learned.": only the perfect, with "that" after it or closing the
 * sentence after a comma, and a named source ("He learned to swim" and "we have learned a lot" report nothing).
 */
function hasLearned(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
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
function asPutIt(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
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
/** Words that alone before a noun of saying make it the subject: "The warning by ...". */
const LONE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its']);
/** In an agent read after a noun's "by", the sentence's own verb: " came", " was", " has". */
/** In an agent after "by", "to" and a verb that ends it: " to strike", " to delay" (not "ambassador to the UN", "envoy
 * to Syria", "adviser to president Macron"). */
const AGENT_INFINITIVE_RE = /\s+to\s+((?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|former|then|late|president|prime|king|queen|and|or)\b)[a-z]{2,}\b)/;
/** Verbs whose passive takes an infinitive for what was asked of the subject: "was urged by regulators to delay". */
/** Verbs of blame and praise, whose "for" after the agent gives the reason: "blamed by India for the attack". */
const BLAMED = new Set(['blamed', 'criticised', 'criticized', 'condemned', 'praised', 'faulted', 'hailed', 'commended', 'thanked', 'slammed', 'castigated', 'censured', 'lauded']);
/** " for " and a lower-case word after an agent: the reason ("for the Pahalgam attack"), not a name ("Minister for Foreign Affairs"). */
const AGENT_FOR_REASON_RE = /\s+for\s+(?=[a-z])/;
const URGED = new Set(['urged', 'asked', 'pressed', 'encouraged', 'advised', 'invited', 'implored', 'begged', 'exhorted', 'instructed', 'ordered', 'told', 'warned', 'called']);
const AGENT_THEN_VERB_RE = /\s(?:came|went|was|were|is|are|has|had|have|will|would|could|can|may|might|must|should|did|does|remains|remained|led|left|took|made|drew|caused|prompted|sparked)\b/;
/** An analyst's confidence right after the verb: " with moderate confidence". */
const CONFIDENCE_AFTER_RE = /^\s+with\s+(?:high|moderate|low)\s+confidence(?=\s+that\b)/;
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

function accordingToCue(text: string, s: Sentence, lw: string, cue: Span): AttributionAnnotation | undefined {
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
  if (!atStart && text.charCodeAt(backOverBlanks(text, cue.start, s.start) - 1) === 44 && (testLong(SPLIT_CLAUSE_RE, text.slice(src.end, Math.min(s.end, src.end + 24))) || testLong(/^\s*,\s*(?:["\u201c]|[a-z]{3,}ing\b)/, text.slice(src.end, Math.min(s.end, src.end + 24))) || testLong(SAME_SUBJECT_AND_RE, text.slice(src.end, Math.min(s.end, src.end + 48))))) content = trimSpan(text, s.start, s.end);
  return make(text, cue, src, content);
}

/** Words that open an adverbial before a sentence's main clause ("Since ...,", "In June,", "Between 6 and 12 May,"). */
const FRONTED_OPENERS = new Set(['since', 'in', 'on', 'between', 'during', 'from', 'over', 'after', 'before', 'until', 'throughout', 'across', 'within', 'following', 'as', 'by', 'nationwide', 'overall']);

/** A titled person's name (1), then " in " and a place: "Chinese President Xi Jinping in Astana". */
/** The blank-set "in" or "at" that every PERSON_IN_PLACE_RE match holds. */
const BLANK_IN_AT_RE = /\s(?:in|at)\s/;
const PERSON_IN_PLACE_RE = lazyRegExp(() => /^((?:[\p{L}.-]+\s+){0,3}(?:President|Premier|Minister|Secretary|Chancellor|King|Queen|Prince|Pope|Governor|Mayor|Ambassador|Envoy)\s+\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3})\s+(?:in|at)\s+\p{Lu}[\p{L}'\u2019.-]*$/u);
/** A subordinate passive before its participle: a subordinator, the subject (1), then the auxiliary ("Since X was"). */
const PASSIVE_SUBJECT_RE = /^(?:(?:Since|When|After|Before|Because|Although|Though|Once|Until|While|As|If)\s+)?(\S[^,;:]{0,80}?)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|been)(?:\s+(?:first|originally|initially|formally|jointly|also))?$/;

/** Verbs that name a thing in someone's words: "what he called", "what she described as", "what they termed". */
const CALLED_RE = /^(?:call|calls|called|described|describes|termed|terms|dubbed|dubs|labelled|labeled|branded)$/;

/** A subject pronoun alone. */
const SUBJECT_PRONOUN_RE = /^(?:we|I|they|he|she|you)$/i;
/** "with" or "to" after a verb of speaking, maybe after when: " with", " today with", " on Monday to", " again with". */
const SPOKE_WITH_RE = /^(?:\s+(?:[a-z]+ly|again|later|earlier|on\s+\w+day|\w+day))*\s+(?:with|to)\s/;
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
const REDUCED_RELATIVE_RE = /\s+(?:that\s+|whom\s+)?(?:we|I|they|he|she|you)\s+(?:(?:have|had|recently|also)\s+)?(?:spoke|spoken|talked|interviewed|contacted|consulted)(?:\s+(?:to|with))?\s+$/;

/** "with " right before a noun phrase: an absolute construction ("with services expected to begin"). */
const WITH_BEFORE_RE = /\b(?:with|without)\s+$/i;
/** What a timetable expects to happen: "to begin", "to arrive", "to open". */
const TIMETABLE_AFTER_RE = /^\s+to\s+(?:arrive|begin|start|resume|end|finish|open|close|reopen|run|last|take\s+effect|be\s+(?:completed|finished|ready|operational|delivered))\b/;

/** The main clause's verb of saying, opening what an opening participle would report. */
const SAID_OPENS_RE = /^(?:said|says|told|tells|wrote|writes|added|stated)\b/;
/** A preposition right after an opening participle: where or to whom it was said (" on Telegram", " to reporters"). */
const MEDIUM_PREPOSITION_AFTER_RE = /^\s+(?:on|in|to|at|from|via|during|after|before)\s/;
/** The comma that closes an opening participle clause, and the main clause's subject (1) and verb after it. */
const MAIN_SUBJECT_AFTER_RE = lazyRegExp(() => /,\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,4}|[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z]+|he|she|they|we|I)\s+(?:(?:also|further|then)\s+)?(?:said|says|told|added|stressed|noted|urged|called|expressed|pointed|warned|insisted|[a-z]{3,}ed)\b/u);

/**
 * "Noting that this year marks the anniversary of ties, Li said ...": what the opening participle reports runs from
 * its "that" to the comma before the main clause, whose subject speaks it. Undefined when no such clause follows.
 */
function openingParticiple(text: string, s: Sentence, cue: Span): AttributionAnnotation | undefined {
  const from = cue.end + 6;
  const window = text.slice(from, Math.min(s.end, from + 300));
  if (!window.includes(', ')) return undefined;
  const m = MAIN_SUBJECT_AFTER_RE().exec(window);
  if (!m || m.index < 3) return undefined;
  const at = from + m.index + m[0].indexOf(m[1], 1);
  return make(text, cue, { start: at, end: at + m[1].length, text: m[1] }, trimSpan(text, from, from + m.index));
}

/** Whether the sentence opened by the participle at `cue` ends on a comma or a semicolon: a preamble's clause. */
function preambleClause(text: string, s: Sentence, cue: Span): boolean {
  const last = text.charCodeAt(backOverBlanks(text, s.end, cue.end) - 1);
  return (last === 44 || last === 59) && onlyOpenersBefore(text, s.start, cue.start);
}

/** The attribution cued by the word `lw` at `cue`, with its source and content, or undefined when it cues nothing. */
/** A name's last two words before a cue, the last a short syllable that is a function word elsewhere ("Văn An "). */
/** Whether a text ends in "An", "To", "Do" or "Le" and blanks, as every NAME_SYLLABLE_END_RE match does. */
function endsInSyllable(t: string): boolean {
  const j = backOverBlanks(t, t.length);
  if (j === t.length || j < 2) return false;
  const a = t.charCodeAt(j - 2);
  const b = t.charCodeAt(j - 1);
  return (a === 65 && b === 110) || (a === 84 && b === 111) || (a === 68 && b === 111) || (a === 76 && b === 101);
}
const NAME_SYLLABLE_END_RE = lazyRegExp(() => /\p{Lu}[\p{L}'\u2019-]*\s(?:An|To|Do|Le)\s+$/u);

export function cueAttribution(text: string, s: Sentence, lw: string, cue: Span, prior?: TextSpan): AttributionAnnotation | undefined {
  if (lw === 'according to' || lw === 'in the words of' || lw === 'in the view of' || lw === 'in the opinion of' || lw === 'as reported by' || lw === 'as reported in' || lw === 'cited by' || lw === 'quoted by' || lw === 'per' || lw === 'según' || lw === 'segun') return accordingToCue(text, s, lw, cue);
  // "The court heard that 42 bodies were recovered": what a court or a committee heard in evidence.
  if (lw === 'heard') return heardThat(text, s, cue);
  // "The Post has learned that ...", "..., Reuters has learned.": a newsroom's own reporting, named.
  if (lw === 'learned' || lw === 'learnt') return hasLearned(text, s, cue);
  // "The US Geological Survey put the depth at 10 km", "BMKG measured the quake at magnitude 7.7": a named measurer's
  // figure is its own.
  // ("As the mayor put it, ..." first; "Estimates from traders put it at 5%" measures.)
  if (MEASURED.has(lw)) {
    return (lw === 'put' && text.startsWith(' it', cue.end) ? asPutIt(text, s, cue) : undefined) ?? measuredAt(text, s, cue) ??
      // "A survey by Invamer conducted Oct. 28-31 put Cepeda at 38%", "The survey of 2,104 adults, conducted 6-7 May, puts
      // Labour on 27 per cent": a poll that puts someone at a share is its source, as one that gives it is.
      (lw === 'put' || lw === 'puts' ? pollPut(text, s, cue) : undefined);
  }
  // "A survey last month gave him an approval rating of 67%": a poll that gives someone a share is its source.
  if (lw === 'gave' || lw === 'gives') return pollGave(text, s, cue);
  // "(Updates with Kremlin comment, adds quotes ...)": a wire's note on the version reports nothing.
  if (text.charCodeAt(s.start) === 40 && WIRE_NOTE_RE.test(text.slice(s.start, s.start + 16))) return undefined;
  // "Reporting by the local press suggested ...": at a sentence's head, the gerund before "by" is a noun.
  if ((lw === 'reporting' || lw === 'writing' || lw === 'editing') && cue.start - s.start < 3 && testLong(/^\s+by\b/, text.slice(cue.end, cue.end + 4))) return undefined;
  // "China-linked", "much-criticised", "so-called": the second half of a compound is no verb.
  if (cue.start > s.start && text.charCodeAt(cue.start - 1) === 45 && isWordCode(text.charCodeAt(cue.start - 2))) return undefined;
  const prev = text.slice(Math.max(s.start, cue.start - 12), cue.start);
  // "ruled by 11 votes to four that", "ruled unanimously that": the verdict belongs to the cue.
  const verdict = lw.startsWith('rul') ? execLong(VERDICT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 48))) : null;
  if (verdict) cue = { start: cue.start, end: cue.end + verdict[0].length };
  // "pointed out that": the particle belongs to the cue.
  if ((lw === 'pointed' || lw === 'points' || lw === 'point' || lw === 'pointing') && /^\s+out\b/.test(text.slice(cue.end, cue.end + 6))) cue = { start: cue.start, end: text.indexOf('out', cue.end) + 3 };
  const next = text.slice(cue.end, Math.min(s.end, cue.end + 30));
  // "Noting that ties are 33 years old, Li said ...": an opening participle's source is the main clause's subject.
  if (lw.endsWith('ing') && next.startsWith(' that ') && onlyOpenersBefore(text, s.start, cue.start)) {
    const opening = openingParticiple(text, s, cue);
    if (opening) return opening;
  }
  // "Recalling the Treaty of Arusha of 30 November 1999,": a preamble's clause, ended by its comma or semicolon with no
  // main clause after it, is the text's own recital; the Parties named above it speak it, not the participle.
  if (lw.endsWith('ing') && isAsciiUpperCode(text.charCodeAt(cue.start)) && preambleClause(text, s, cue)) return undefined;
  // Uses that are no verb of saying, or another sense of one (functions of their own, so that this one stays small
  // enough for the optimising compiler to take it up early in a run).
  const before30 = text.slice(Math.max(s.start, cue.start - 30), cue.start);
  // ("Nguyễn Văn An said": the capitalised last syllable of a name, right after another name word, is no article.)
  // ("A lawyer we spoke to expects": a stranded preposition ends a reduced relative clause; it opens no infinitive.)
  const pw0 = wordBeforeBlanks(prev);
  const pw = (pw0.length === 2 && endsInSyllable(before30) && NAME_SYLLABLE_END_RE().test(before30) && !isAsciiUpperCode(text.charCodeAt(cue.start))) || ((pw0 === 'to' || pw0 === 'with') && REDUCED_RELATIVE_RE.test(before30)) ? '' : pw0;
  // Uses that report no words (their own function, so that this one stays small for the optimising compiler).
  // (All five tests only reject; readsAsNoun, whose first test, a determiner before the cue, rejects most, goes first.)
  if (readsAsNoun(text, s, lw, cue, prev, next, pw, before30) || reportsNothing(text, s, lw, cue, prev, next) || noSpeechAct(text, s, lw, cue, prev, next) || readsAsOtherSense(text, s, lw, cue, prev, next, pw, before30) || readsAsDescription(text, s, lw, cue, prev, next, pw, before30)) return undefined;
  const isSpeech = SPEECH.has(lw);
  const isDoc = DOC_VERBS.has(lw);
  const isFinding = FINDING.has(lw);
  const isCognition = COGNITION.has(lw);
  // "a press briefing", "the daily briefing": the noun; only "are briefing" and ", briefing" are the verb.
  if (lw.startsWith('briefing') && !/(?:\b(?:is|are|was|were|be|been|am)\s+|,\s*)$/i.test(before30)) return undefined;
  // "declined to comment", "did not respond to requests for comment": a source that said nothing (below).
  const after48 = text.slice(cue.end, Math.min(s.end, cue.end + 48));
  // ("has said little in recent days", "said nothing": a silence too.)
  // ("did not respond to emails sent to its registered address": no answer either.)
  // ("declined to say whether ...", "refused to confirm": as silent as "declined to comment".)
  const saidNothing = (lw === 'said' || lw === 'says' || lw === 'say') && testLong(SAID_NOTHING_RE, after48);
  const noComment = (after48.includes('comment') && NO_COMMENT_RE.test(after48)) || ((lw.startsWith('declin') || lw.startsWith('refus')) && testLong(WOULD_NOT_SAY_RE, after48)) || saidNothing || (lw.startsWith('respond') && /\b(?:not|never)\s+$/i.test(prev));
  // "it would respond \"proportionately\" to any new resolution": an answer in deeds; words come after "that", a colon or
  // a comma, or as "respond to" a question or a charge.
  if (lw.startsWith('respond') && !noComment && /^\s+["\u201c]?[a-z]+ly["\u201d]?\s+(?:to|with|against)\b/.test(next)) return undefined;
  // "The minister was quoted as saying by state media that ...": the subject speaks; the agent only relays it.
  if (lw === 'saying') {
    const q = execLong(QUOTED_AS_RE, before30);
    const src = q ? sourceBefore(text, cue.start - (before30.length - q.index), s.start) : undefined;
    if (src) {
      const by = byAgentLength(next);
      const after = by > 0 ? (sourceAfter(text, cue.end + by - 1, s.end)?.end ?? cue.end) : cue.end;
      return make(text, cue, src, trimSpan(text, after + thatLength(text.slice(after, Math.min(s.end, after + 40))), s.end));
    }
    // '"They send us promises," Sladkov quoted him as saying': the one quoted speaks; the subject relays it.
    // (Every match holds "quoted".)
    // ("IRNA quoted an Iranian military spokesperson as saying", "State media quoted Foreign Minister Abbas Araghchi as
    // saying": the one quoted may take more than the last 30 characters.)
    const wide = before30.includes('quoted') || !before30.endsWith(' as ') ? before30 : text.slice(Math.max(s.start, cue.start - 90), cue.start);
    const a = wide.includes('quoted') ? QUOTED_OBJECT_AS_RE().exec(wide) : null;
    if (a) {
      const at = cue.start - wide.length + a.index + a[0].indexOf(a[1], 6);
      return make(text, cue, { start: at, end: at + a[1].length, text: a[1] }, trimSpan(text, cue.end + thatLength(text.slice(cue.end, Math.min(s.end, cue.end + 40))), s.end));
    }
  }
  // Passive with an agent: "as announced by the ministry".
  const byLen = byAgentLength(next);
  // "The declaration was endorsed by Niger, Mali and Burkina Faso": signing on to a text is an act, no words reported.
  if (byLen > 0 && lw === 'endorsed' && testLong(BE_BEFORE_PARTICIPLE_RE, before30)) return undefined;
  // "the routine caution by career diplomats": the noun of care, no warning given (the verb takes no "by": "urged caution").
  if (byLen > 0 && lw === 'caution') return undefined;
  if (byLen > 0 && (isSpeech || isFinding || isCognition)) {
    let src = sourceAfter(text, cue.end + byLen - 1, s.end);
    // "The warning by the agency came too late": after a noun's agent, the sentence's own verb ends it.
    const verb = src && !lw.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(lw) && src.text.includes(' ') ? AGENT_THEN_VERB_RE.exec(src.text) : null;
    if (src && verb && verb.index > 0) src = { start: src.start, end: src.start + verb.index, text: src.text.slice(0, verb.index) };
    // "was urged by regulators to delay the merger", "An amendment offered by Sen. Ted Cruz to strike the provision": the
    // infinitive after the agent says what was urged or offered for; it is no part of who.
    const toVerb = src && src.text.includes(' to ') ? AGENT_INFINITIVE_RE.exec(src.text) : null;
    const infinitive = toVerb && toVerb.index > 0 ? src!.start + toVerb.index + toVerb[0].lastIndexOf('to', toVerb[0].length - toVerb[1].length) : -1;
    if (src && toVerb && infinitive >= 0) src = { start: src.start, end: src.start + toVerb.index, text: src.text.slice(0, toVerb.index) };
    // "Lashkar-e-Taiba was blamed by India for the Pahalgam attack": why it was blamed is no part of who blamed it.
    const reason = src && BLAMED.has(lw) && src.text.includes(' for ') ? AGENT_FOR_REASON_RE.exec(src.text) : null;
    if (src && reason && reason.index > 0) src = { start: src.start, end: src.start + reason.index, text: src.text.slice(0, reason.index) };
    // ("will be considered by the Board of Governors, which meets": deliberated on; a view is "considered by X to be".)
    if (src && lw === 'considered' && !/^\s*(?:to\s+be\b|as\b|an?\s|the\s|[a-z]+\b(?<!which|who))/.test(text.slice(src.end, src.end + 12).replace(/^\s*,/, ' , '))) return undefined;
    // ("supported by aircraft from the 332nd Air Expeditionary Wing": support in arms, not in words.)
    if (src && (lw.startsWith('attack') || lw.startsWith('support')) && ARMED_AGENT_RE.test(src.text)) return undefined;
    // "Farmers questioned by the inspectors described long delays": a participle with its agent right after a plural
    // noun, the sentence's own verb after the agent, is a reduced relative that describes the noun; no one reports.
    if (src && reducedRelativeAgent(lw, pw, src.text) && !testLong(BE_BEFORE_PARTICIPLE_RE, before30)) return undefined;
    if (src && !NOT_AGENT_RE.test(src.text)) {
      // "have been accused by rights groups of tolerating smuggling": the charge is what they say.
      if (lw.startsWith('accus') && /^\s+of\s/.test(text.slice(src.end, src.end + 5))) return make(text, cue, src, trimSpan(text, src.end, s.end));
      // "I was told by people on both sides that weapons were moved": the hearer is the subject; what was said follows
      // "that", and the agent runs on to it.
      if (TOLD_THAT.has(lw) || PASSIVE_REPORTS.has(lw)) {
        const t = execLong(AGENT_THEN_THAT_RE, text.slice(src.end, Math.min(s.end, src.end + 60)));
        if (t) {
          const agent = t[1] ? { start: src.start, end: src.end + t[1].length, text: text.slice(src.start, src.end + t[1].length) } : src;
          return make(text, cue, agent, trimSpan(text, src.end + t[0].length, s.end));
        }
      }
      // (What one was urged, asked or pressed to do is what was said to them: "to delay the merger until June".)
      if (infinitive >= 0 && URGED.has(lw)) return make(text, cue, src, trimSpan(text, infinitive, s.end));
      let before = trimSpan(text, s.start, cue.start);
      // ("The warning by the agency came too late": a noun of saying with only its article before it is the subject,
      // what was said not given.)
      if (verb && before.end - before.start <= 4 && LONE_DETERMINERS.has(text.slice(before.start, before.end).toLowerCase())) return undefined;
      // "Since the plan was proposed by President Xi Jinping in Astana in 2013, ...": the place after a titled person's
      // name is where it was said, and the passive's own subject, without its auxiliary or "since", is what was said.
      // (Every match holds "in" or "at" between blanks: one small search spares the long pattern most sources.)
      const place = BLANK_IN_AT_RE.test(src.text) ? PERSON_IN_PLACE_RE().exec(src.text) : null;
      if (place) src = { start: src.start, end: src.start + place[1].length, text: place[1] };
      const subj = before.end > before.start && before.end === backOverBlanks(text, cue.start, s.start) ? PASSIVE_SUBJECT_RE.exec(text.slice(before.start, before.end)) : null;
      if (subj) before = { start: before.start + subj[0].indexOf(subj[1]), end: before.start + subj[0].indexOf(subj[1]) + subj[1].length };
      // "Estimates by the UN put the toll at 1,500": a noun that opens the sentence; the named agent ends where
      // its capitalised words do, and what follows is what the estimates say.
      const named = before.end > before.start ? null : NAMED_AGENT_RE.exec(src.text);
      if (named && named[0].length < src.text.length) {
        const agent = { start: src.start, end: src.start + named[0].length, text: named[0] };
        return make(text, cue, agent, trimSpan(text, agent.end, s.end));
      }
      return make(text, cue, src, before);
    }
    // A passive whose "by" names no agent ("was announced by Nov. 3") reports no one.
    if (lw.endsWith('ed') && testLong(BE_BEFORE_PARTICIPLE_RE, before30)) return undefined;
  }
  // A passive participle without an agent: "Famine was confirmed in North Darfur" is not famine confirming anything,
  // and "was reportedly attacked" reports nothing. A statement by no one named is a vague attribution: "He was told
  // that the talks had failed", "Famine was confirmed in North Darfur" (by whom?).
  // ("Collectors are warned that ...": the warned are the hearers, as the told are, though a document warns too.)
  if ((STANCE_CUES.has(lw) || ((lw.endsWith('ed') || IRREGULAR_PARTICIPLES.has(lw)) && (!DOC_VERBS.has(lw) || TOLD_THAT.has(lw)))) && !lw.endsWith('ing') && testLong(BE_BEFORE_PARTICIPLE_RE, before30) && byLen === 0) {
    // "1,284 new cases were reported in EW 45": counted by the surveillance that the report itself is, not hearsay.
    if (testLong(COUNTED_BEFORE_RE, text.slice(Math.max(s.start, cue.start - 60), cue.start))) return undefined;
    // ("The Committee was told last month that ...": a time may stand between.)
    const when = (PASSIVE_REPORTS.has(lw) || TOLD_THAT.has(lw)) ? execLong(WHEN_THEN_THAT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 40))) : null;
    const that = !!when;
    if (!that && !PASSIVE_REPORTS.has(lw)) return undefined;
    return makeVague(text, cue, null, when ? trimSpan(text, cue.end + when[0].length, s.end) : trimSpan(text, s.start, s.end));
  }
  let src = sourceOfCue(text, s, lw, cue, prev, before30, prior, isSpeech, isCognition);
  if (!src) return undefined;
  if (sourceMisfits(text, s, lw, cue, prev, next, src, isSpeech, isDoc, isFinding, isCognition)) return undefined;
  // "with passenger services expected to begin in 2028", "the trains expected to arrive": in a reduced passive the
  // noun before "expected" is what is expected, never who expects it.
  if (lw === 'expected' && src.end <= cue.start && !PRONOUNS.has(src.text.toLowerCase()) && /^\s+to\s+[a-z]/.test(next) && (testLong(WITH_BEFORE_RE, text.slice(Math.max(s.start, src.start - 6), src.start)) || TIMETABLE_AFTER_RE.test(next))) return undefined;
  // ", an estimate the council has disputed", ", a claim police have not confirmed": in a relative clause on a noun
  // of saying or counting, the subject of the clause is the source, not the noun it describes; what the noun stands
  // for, the clause before it, is the content (so the noun is read with the source when the content is sought).
  let speaker = src;
  if (src.end <= cue.start) {
    const lead = statementLead(text, s, src);
    if (lead) src = lead;
    else speaker = relativeClauseSubject(src) ?? src;
  }
  // Extend the cue over "in a statement" / "told reporters" so hovers show the whole reporting frame.
  const f0 = codeAt(next, skipBlanks(next, 0));
  const frame = isSpaceAt(next, 0) && (f0 === 105 || f0 === 114 || f0 === 106 || f0 === 100) ? FRAME_RE.exec(text.slice(cue.end, Math.min(s.end, cue.end + 90))) : null;
  const cueSpan = frame ? { start: cue.start, end: cue.end + frame[0].length } : cue;
  const sourceFirst = src.end <= cue.start;
  // "CONTENT, X said (on Monday)." when little follows the cue; otherwise "X said (that) CONTENT".
  let restFrom = sourceFirst ? cueSpan.end : src.end;
  // "Talks stalled, officials told Reuters.": whom they told is no part of what they said.
  // ("assured me that", "warned Iran that": whom a verb that takes an addressee spoke to, before its "that".)
  // (Whom one briefed needs no "that" after it either: "briefed the Council on the mission's work".)
  const briefed = lw.startsWith('brief');
  if (sourceFirst && (TOLD.has(lw) || ADDRESSED_THAT.has(lw))) restFrom += addresseeLength(text, s, restFrom, TOLD.has(lw) || briefed);
  // "calls on all parties to ...": the call is the rest, its preposition no part of it.
  if (sourceFirst && lw.startsWith('call')) restFrom += /^\s+(?:on|upon)(?=\s)/.exec(text.slice(restFrom, restFrom + 8))?.[0].length ?? 0;
  // "said in a letter to the council that ...", "said in Havana to reporters that ...": where and to whom it was said,
  // before the "that", is no part of what was said.
  if (sourceFirst && isSpeech) restFrom += sayingSettingLength(text, s, restFrom);
  // "We assess with moderate confidence that ...": how sure the judgement is, before its "that", is no part of it.
  if (sourceFirst && isCognition && codeAt(text, restFrom + 1) === 119) restFrom += CONFIDENCE_AFTER_RE.exec(text.slice(restFrom, restFrom + 32))?.[0].length ?? 0;
  let content = contentOfCue(text, s, cue, src, sourceFirst, restFrom, isSpeech);
  // "Writing on Telegram, Lysak said ...", "Posting on X, Zelensky said ...": an opening participle of the medium is the
  // frame of the main clause's verb, which reports; no second report whose content is "said ...".
  // (Only a participle of where or to whom, "Writing on", "Speaking to": "Claiming the criticism is designed to ..., Trump
  // told Fox" reports its own clause.)
  if (!sourceFirst && cue.start - s.start < 3 && lw.endsWith('ing') && content.start >= cueSpan.end && testLong(SAID_OPENS_RE, text.slice(content.start, content.start + 10)) && testLong(MEDIUM_PREPOSITION_AFTER_RE, text.slice(cue.end, cue.end + 10))) return undefined;
  // "The text, he said, was balanced.": a cue set off inside the clause reports the whole of it; so does one set off
  // after a short opening phrase ("By 2050, officials say, the glaciers will lose half their mass").
  // (When it was said may stand before that comma: "He was, he insisted in an interview last week, only a soldier".)
  // (Not before where it was put out: "..., the company said on Thursday, in a report released ...".)
  // (What follows the cue is read only where the source is set off by a comma before it: most sources are not.)
  if (sourceFirst && content.end <= src.start && text.charCodeAt(backOverBlanks(text, src.start, s.start) - 1) === 44 && clauseSetOffAfter(text, s, cueSpan, content)) {
    content = trimSpan(text, s.start, s.end);
  }
  // "... in 2023, he said, and the Council had failed to act": a clause joined after the cue in the reported tense
  // (the past perfect, "would") goes on with what was said.
  else if (sourceFirst && content.end <= src.start && text.charCodeAt(backOverBlanks(text, src.start, s.start) - 1) === 44 && testLong(BACKSHIFTED_AND_RE, text.slice(cueSpan.end, Math.min(s.end, cueSpan.end + 80)))) {
    content = trimSpan(text, s.start, s.end);
  }
  // A "no comment" reports the source's silence: no content, and nothing vague to ask about ("Officials declined
  // to comment"). vague is the last property make() sets, so deleting it keeps the object's shape simple.
  // A stance with nothing after it reports nothing: "I disagree.", "some Democrats hope." (A verb of saying keeps its
  // source: the quotation it reports may stand in the sentence before.)
  if (!isSpeech && !noComment && !hasWordIn(text, content.start, content.end)) return undefined;
  // "spoke with Prime Minister Netanyahu on Tuesday": whom one spoke with is no part of what was said.
  // ("he had spoken to Trump by phone and that the two leaders had ...": a "that" after "and" goes with the verb of
  // saying before; speaking to someone takes none.)
  // ("The President spoke today with Prime Minister ...", "spoke on Monday with": when, between, changes nothing.)
  const addressed = SPEAK.has(lw) && SPOKE_WITH_RE.test(next) && !/\b(?:about|(?<!\band\s+)that)\b/.test(text.slice(cue.end, Math.min(s.end, cue.end + 80)));
  // "has said as much", "said so": words that point back to what was reported before are no content of their own.
  const pointsBack = content.end - content.start < 12 && testLong(POINTS_BACK_RE, text.slice(content.start, content.end));
  // "The Kazakh deputy foreign minister, Roman Vassilenko, told reporters.": the words before the name are his title,
  // not what he said; what follows the cue, if anything, is ("..., said on Monday that Poland had expelled ...").
  const title = sourceFirst && content.start === trimSpan(text, s.start, s.end).start && content.end < src.start && /^\s*,\s*$/.test(text.slice(content.end, src.start)) && TITLE_ONLY_RE.test(text.slice(content.start, content.end));
  if (title) {
    const after = trimSpan(text, restFrom + thatLength(text.slice(restFrom, Math.min(s.end, restFrom + 100))), s.end);
    content = after.end - after.start > 1 && hasWordIn(text, after.start, after.end) ? after : { start: content.start, end: content.start };
  }
  // '"This is a dark day," the bloc's foreign policy chief, Kaja Kallas, told reporters.': after a quotation, the role
  // before the name set off is no part of what was said either.
  else if (sourceFirst && content.end < src.start && content.end - content.start > 12 && text.charCodeAt(backOverBlanks(text, src.start, content.end) - 1) === 44) {
    const comma = lastIndexWithin(text, ',', content.end - 1, Math.max(content.start, content.end - 90));
    const q = comma > content.start ? text.charCodeAt(comma - 1) : 0;
    if ((q === 34 || q === 0x201d || text.charCodeAt(comma + 1) === 0x201d || text.charCodeAt(comma + 1) === 34) && ROLE_AFTER_QUOTE_RE.test(text.slice(skipBlanks(text, comma + 1 + (text.charCodeAt(comma + 1) === 34 || text.charCodeAt(comma + 1) === 0x201d ? 1 : 0), content.end), content.end))) content = trimSpan(text, content.start, comma + 1 + (text.charCodeAt(comma + 1) === 34 || text.charCodeAt(comma + 1) === 0x201d ? 1 : 0));
  }
  // "it welcomes more Finnish firms to invest, he added": what another cue set off after it says is that cue's.
  if (content.start >= cueSpan.end && content.end > content.start && tailCueIn(text, content.start, content.end)) {
    const tail = INVERTED_TAIL_RE().exec(text.slice(content.start, content.end));
    if (tail && tail.index > 0) content = trimSpan(text, content.start, content.start + tail.index);
  }
  // (What a "no comment" declines is its content, as PolNeAR marks it: "declined [to comment on the debate]", "did not
  // respond [to requests for comment]"; "said nothing" has none.)
  const silent = noComment && (saidNothing || content.start < cueSpan.end || content.start - cueSpan.end > 2 || !/^to\s/i.test(text.slice(content.start, content.start + 3)));
  // (It runs only to the end of its clause: "declined to discuss details, but the Iraqis have them", "did not respond
  // to queries and have not voted since".)
  if (noComment && !silent) {
    const m = NO_COMMENT_END_RE.exec(text.slice(content.start, content.end));
    if (m && m.index > 0) content = trimSpan(text, content.start, content.start + m.index);
  }
  // "Serbia will join by 2030, as the Commission has suggested (is possible).": the clause before ", as" is what the
  // source said, when the cue has no clause of its own after it (after a temporal "as", "as officials said the vote was
  // over", it has).
  if (sourceFirst && src.start - s.start > 12 && text.charCodeAt(src.start - 2) === 115 && AS_BEFORE_RE.test(text.slice(src.start - 8, src.start)) && AS_GAP_AFTER_RE.test(text.slice(cueSpan.end, Math.min(s.end, cueSpan.end + 48)))) {
    const comma = text.lastIndexOf(',', src.start);
    if (comma > s.start) content = trimSpan(text, s.start, comma);
  }
  // "posted on X: “...”", "said on arrival: “...”": where or when it was said, before a colon, is no part of it.
  if (sourceFirst && content.start >= cueSpan.end && content.end > content.start) {
    const head = text.slice(content.start, Math.min(content.end, content.start + 64));
    const m = head.includes(':') ? SETTING_COLON_RE().exec(head) : null;
    if (m && m[0].length < content.end - content.start && !FINITE_VERB_RE.test(m[0])) content = trimSpan(text, content.start + m[0].length, content.end);
  }
  // 'called the measures "illegal" in a statement on its Telegram channel': the channel after the quotation is none of
  // what was said.
  if (content.end - content.start > 12) {
    const from = Math.max(content.start, content.end - 120);
    const tail = text.slice(from, content.end);
    const m = quoteThenPreposition(tail) ? CHANNEL_AFTER_QUOTE_RE.exec(tail) : null;
    if (m && from + m.index + 1 > content.start + 2) content = { start: content.start, end: from + m.index + 1 };
  }
  // "over what he called provocative actions near the reef, and urged ...": what a free relative names is its noun
  // phrase, to the first mark that ends it (not inside a quotation).
  if (sourceFirst && content.start >= cueSpan.end && CALLED_RE.test(lw) && src.start - s.start > 5 && /\bwhat\s+$/i.test(text.slice(src.start - 6, src.start))) {
    const c0 = text.charCodeAt(content.start);
    const stop = c0 === 34 || c0 === 0x201c ? null : /[,;:()\u2013\u2014]|\s-{1,2}\s|\s(?:and|but)\s+(?:also\s+)?[a-z]{3,}(?:ed|s)\b/.exec(text.slice(content.start, Math.min(content.end, content.start + 200)));
    if (stop && stop.index > 0 && !/["\u201c]/.test(text.slice(content.start, content.start + stop.index))) content = trimSpan(text, content.start, content.start + stop.index);
  }
  // "briefed the Council on 28 October.": when the briefing was is no part of what it said.
  const whenOnly = briefed && content.start >= restFrom && content.end - restFrom < 40 && BRIEFED_WHEN_RE().test(text.slice(skipBlanks(text, restFrom, content.end), content.end));
  const a = make(text, cueSpan, speaker, silent || addressed || pointsBack || whenOnly ? undefined : content);
  // "the Europeans have offered to delay the snapback": offering, agreeing or refusing to do something is a deed its
  // doer is named for, no hearsay from unnamed people (so is a "no comment").
  if (a.vague && (noComment || (ACTED_TO_CUE_RE.test(lw) && /^\s+to\s+[a-z]/.test(next)))) delete a.vague;
  // "History shows that ...", "Experience teaches": a figure of speech that names no one.
  if (src && testLong(RHETORICAL_SOURCE_RE, src.text)) a.vague = true;
  return a;
}

/** A plural noun before a participle: "farmers", "documents" (not "this", "was", "its", "witness"). */
const PLURAL_BEFORE_RE = /^(?!(?:this|does|thus|whereas|unless|always|perhaps|towards|afterwards|besides|sometimes)$)[a-z][a-z'-]{2,}[^\Ws']s$/;
/** In an agent after "by", a finite verb after a noun: the clause's own verb ("the inspectors described", "the
 * inspectors said"), not a participle after a determiner or a preposition ("the elected council"). */
const VERB_AFTER_AGENT_RE = /^(?:the|a|an|its|their|his|her|local|state|national|federal|regional)?\s*(?:[A-Za-z][\w'\u2019.-]*\s+){0,3}?(?!(?:the|a|an|its|their|his|her|and|of|in|on|at|for|from|with|newly|recently)\s)[A-Za-z][\w'\u2019.-]*s?\s+(?:[a-z]{3,}ed|said|told|wrote|found|gave|took|made|lost|kept|held|spoke|saw|knew|thought|felt|left|met|paid|sent|spent|won|became|began|says|tell|tells|have|had|were|are|will|would|could|can)\b/;
/** Whether a participle with its agent after a plural noun is a reduced relative with the sentence's own verb after the
 * agent: "Farmers questioned by the inspectors described long delays". */
function reducedRelativeAgent(lw: string, pw: string, agent: string): boolean {
  return (lw.endsWith('ed') || lw === 'told' || lw === 'shown' || lw === 'found') && PLURAL_BEFORE_RE.test(pw) && testLong(VERB_AFTER_AGENT_RE, agent);
}

/** Cues that, before "to" and a verb, are deeds: "offered to", "agreed to", "refused to", "declined to". */
const ACTED_TO_CUE_RE = /^(?:offer|agree|refus|declin)/;
const FIND = new Set(['find', 'finds', 'found', 'finding']);
/** What makes "find" a finding: "that", a quotation or colon, a clause with its own verb ("found the state was in
 * breach"), evidence, a verdict ("found him guilty", "found against Indonesia") or a judgement ("finds the proposal
 * still flawed", "found the distinction reasonable", "will find it difficult to"). */
const FOUND_WHAT_RE = /^\s*(?:that\b|["\u201c:]|(?:no\s+|little\s+|scant\s+)?(?:evidence|proof|signs?|indications?)\b|(?:little|scant|much|no)\s|it\s+(?:(?:very|more|less|increasingly|so|too)\s+)?[a-z]+\s+(?:to|that)\s|(?:against|in\s+favou?r\s+of)\s|[^,.;:!?"\u201c]{0,50}?\s(?:(?:still|too|so|deeply|fundamentally|largely|wholly|partly)\s+)?(?:[a-z]+(?:able|ible|ful|ous|less)|flawed|lacking|wanting|wrong|valid|invalid|sound|unsound)(?=\s*(?:[.,;]|$)|\s+(?:because|since|as|and|but|for)\b)|[^,.;:!?"\u201c]{0,60}?\s(?:is|are|was|were|had|has|have|would|will|could|can|did|does|should|must|might|may|remains?|remained|guilty|liable|responsible|innocent|in\s+breach|in\s+violation|unconstitutional|unlawful|illegal|lawful)\b)/;

/** Bodies whose findings are their job, whatever they find: "the court found an enhanced interest". */
const FINDER_RE = /\b(?:court|judges?|tribunal|panel|jury|inquiry|inquest|commission|inspectors?|investigators?|auditors?|researchers|scientists|study|studies|evaluations?|trials?|experiments?|tests|surveys|reviews|analyses|audits|assessments|probe|opinion|ruling|decision|judgment|verdict)\b/i;

/** A modal or "do" right before a source's first word, which is then the modal's verb: "will submit ". */
const MODAL_BEFORE_RE = /\b(?:will|would|can|could|shall|should|may|might|must|do|does|did)\s+$/;

/** The last word of a text, before blanks. */
const LAST_WORD_RE = /([A-Za-z]{2,})\s*$/;
/** A relative pronoun set off by a comma between a source and its verb: ", which ", ", who has ". */
const RELATIVE_BETWEEN_RE = /^\s*,\s+(?:which|who)\s/;

/** Whether the source found for a verb cue makes it no report: a share of a poll, armed men, the object of a preposition,
 * a document that leaves something out, a plural noun, or a source of the wrong kind for the verb. */
/** A road, a line or a crossing, which links places: the last word of a source that never speaks. */
const CONDUIT_SUBJECT_RE = /\b(?:bridges?|roads?|highways?|motorways?|railways?|rail\s+lines?|lines?|pipelines?|tunnels?|corridors?|routes?|canals?|cables?|interconnectors?|causeways?|ferry|ferries|flights?|crossings?|border\s+crossings?|link)$/i;
/** After "invoked": a provision or a power put to use ("Article 4", "the emergency clause", "emergency powers"). */
const PROVISION_AFTER_RE = /^\s+(?:(?:the\s+|its\s+|their\s+)?(?:Article|Section|Chapter|Clause)\s+\d|(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:clause|provision|powers|mechanism|procedure|rule|protocol)\b)/;

function sourceMisfits(text: string, s: Sentence, lw: string, cue: Span, prev: string, next: string, src: TextSpan, isSpeech: boolean, isDoc: boolean, isFinding: boolean, isCognition: boolean): boolean {
  // (A source of one letter, "I", is a one-byte string: PREP_FIRST, PREP_LED_SOURCE_RE and DOC_RE, which need two
  // letters or more, are not run on it, as testLong does for the literal patterns.)
  // "Roughly 70 percent of Americans support negotiations": a poll's share holds a view, a figure to source; no one
  // speaks.
  if (STANCE_CUES.has(lw) && testLong(SHARE_SUBJECT_RE, src.text)) return true;
  // "Bond yields showed little change", "Repo rates had shown occasional spikes": a market's or a measure's showing is
  // how it moved, no finding (a finding comes with "that", a quote or a colon, or from a document: "data showed").
  if (lw.startsWith('show') && src.end <= cue.start && testLong(MEASURE_SUBJECT_RE, src.text) && !testShort(/^\s*(?:that\b|[:"\u201c])/, next, ':"\u201c')) return true;
  // "the Kerch bridge linking Russia to Crimea", "a pipeline that links Poland with Norway": a road or a line links
  // places, and says nothing (a report or a study that links two things still does).
  if (lw.startsWith('link') && testLong(CONDUIT_SUBJECT_RE, src.text)) return true;
  // "Warsaw invoked Article 4 of the North Atlantic Treaty", "invoked emergency powers": a provision is put to use,
  // no one's words are cited.
  if (lw.startsWith('invok') && testLong(PROVISION_AFTER_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // "Russian forces attacked Kharkiv overnight": armed men attack (and support) with arms, not words.
  if ((lw.startsWith('attack') || lw.startsWith('support')) && ARMED_SUBJECT_RE.test(src.text)) return true;
  // "3,400 deaths reported across 17 states": a participle after a count describes what was counted.
  // ("74 percent of voters wanted a change" is a verb with its object.)
  if (lw.endsWith('ed') && isDigitCode(src.text.charCodeAt(0)) && src.end <= cue.start && /^\s*(?:[.,;)]|(?:across|in|on|at|from|by|since|during|over|among|between|until|through|within|throughout|so\s+far|nationwide|worldwide)\b)/.test(next) && !/\b(?:have|has|had|is|are|was|were)\s+(?:[a-z]+ly\s+)?$/i.test(prev)) return true;
  // "according to OCHA figures": the noun after a source named with "according to" is no verb of its own; "What
  // worries you most?" asks, and "what" is no one.
  if (testLong(/^(?:according\s+to\b|what$|which$|whatever$|how$|why$|when$|where$)/i, src.text)) return true;
  // "Under an arrangement announced in September": a participle after a prepositional object modifies it and
  // reports nothing (a subject is never the object of a preposition).
  // (So does one after a prepositional object whose preposition the source left out: "in one of the campaigns disclosed
  // this year".)
  // ("those of a panel, which warned in October": a relative pronoun between makes the verb its clause's own.)
  if (lw.endsWith('ed') && src.end <= cue.start && !testShort(/^\s*(?:that\b|["\u201c:])/, next, '"\u201c:') && ((src.text.length > 1 && PREP_FIRST.test(src.text)) || testLong(PREP_BEFORE_RE, text.slice(Math.max(s.start, src.start - 8), src.start))) && !RELATIVE_BETWEEN_RE.test(text.slice(src.end, cue.start))) return true;
  // ("delaying the release of Palestinian detainees agreed under the deal": nor after a gerund's object.)
  if (lw.endsWith('ed') && src.end <= cue.start && !testShort(/^\s*(?:that\b|["\u201c:])/, next, '"\u201c:') && testLong(/\b[a-z]{2,}ing\s+$/, text.slice(Math.max(s.start, src.start - 16), src.start))) return true;
  // "Croatia and Slovenia found alternatives": finding a thing; a finding is "that", a clause or a verdict, or a
  // document's, a study's or a court's ("A 2014 study found 31 incidents", "the court found an enhanced interest").
  if (FIND.has(lw) && src.end <= cue.start && !FOUND_WHAT_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 70))) && !DOC_RE.test(src.text) && !FINDER_RE.test(src.text)) return true;
  const st = src.text.toLowerCase();
  // "She says it underscores that ...", "placing him on the list underscores the commitment": a thing or an act that
  // underlines or underscores shows it; only someone who does so speaks. (Gated on the verb's first letters.)
  if (lw.startsWith('under') && (lw.startsWith('underscor') || lw.startsWith('underlin')) && (st === 'it' || st === 'this' || st === 'that' || /^[a-z]+ing\b/.test(st) || /\b[a-z]{2,}ing\s+$/.test(text.slice(Math.max(s.start, src.start - 16), src.start)))) return true;
  // "Allies will submit credible annual plans showing the path": read back over a modal's verb, the source is a verb
  // phrase, no noun phrase that could speak. (In a question or after "well" the modal goes before its subject: "Why
  // would someone like Mr Clarke want ...?", "Well may we say".)
  if (src.end <= cue.start && isAsciiLowerCode(src.text.charCodeAt(0)) && MODAL_BEFORE_RE.test(text.slice(Math.max(s.start, src.start - 10), src.start)) && !endsWithQuestion(text, s) && !PRONOUNS.has(st) && !/^(?:the|a|an|this|these|those|its|his|her|their|our|some|many|all|most|each|every|both|someone|anyone|everyone|nobody|people)\b/.test(st)) return true;
  // "Under WTO rules, ...", "often on terms no European bank would offer": a source is never the object of a
  // preposition (an adverb may open it: "often on"); "I spent four years defending": nor a clause of its own, a pronoun
  // and its verb; "the numbers do not support the claim": figures back a claim as evidence, they say nothing.
  if (src.end <= cue.start && SOURCE_MISFIT_START.has(firstWordOf(st)) && ((st.length > 1 && PREP_LED_SOURCE_RE.test(st)) || testLong(CLAUSE_SOURCE_RE, src.text))) return true;
  // ("terms no European bank would offer.": a clause that describes the noun before it, with nothing after the verb.)
  if (src.end <= cue.start && st.includes(' no ') && isClauseEnd(next) && /[a-z]{3,}\s+no\s+(?:[\w-]+\s+){0,2}[a-z]+$/.test(st) && !st.includes(',')) return true;
  if (lw.startsWith('support') && EVIDENCE_SUBJECT_RE.test(st) && !/^\s*(?:the\s+(?:view|idea|notion|claim|argument|theory|hypothesis)\s+)?that\b/.test(next)) return true;
  // "The statement did not mention the crossing": what a document leaves out reports nothing.
  if (/^(?:mention|cite|reference|detail|specif|name|address|elaborat|identif|disclos|reveal)/.test(lw) && /(?:\b(?:did|does|do|has|have|had|would|will|could)\s+not|n['\u2019]t|\bnever)\s+$/i.test(prev) && !/^\s*(?:that\b|[:"\u201c])/.test(next) && DOC_RE.test(src.text)) return true;
  // "the two men discussed the implementation of the ceasefire": a topic of talks between parties, no one's words.
  if (lw.startsWith('discuss') && !/^\s+(?:that|whether|how|what|why|when|where)\b/.test(next) && (/\s(?:and|with)\s/.test(src.text) || /\b(?:two|both|sides|leaders|men|ministers|parties|delegations|counterparts)\b/i.test(src.text))) return true;
  // "Parliament will debate the coalition agreement", "Lawmakers will discuss the bill": a text put to a debate, no
  // one's words.
  if ((lw.startsWith('discuss') || lw.startsWith('debat')) && testLong(DEBATED_TEXT_RE, next)) return true;
  // "-s" forms that are also plural nouns ("small island states", "Trump's plans") cue only before "that",
  // a quote or a colon, at the end of a clause, or after a name, "he"/"she" or a document ("the poll shows").
  // "Key figures", "Latest reports": a heading's adjective and noun, not a subject and its verb.
  if (AMBIGUOUS.has(lw) && testLong(HEADING_ADJECTIVES, src.text)) return true;
  // ("The minister claims the plan is sound": after a singular noun phrase and before one of its own, the verb.)
  if (AMBIGUOUS.has(lw) && !isClauseEnd(next) && !isAgent(src.text) && !/^\s*(?:that\b|["\u201c:]|,\s*["\u201c])/.test(next) && !(/^(?:hopes|plans|wishes|fears)$/.test(lw) && /^\s+to\s/.test(next)) && !(lw === 'calls' && /^\s+(?:on|for)\b/.test(next)) && !singularSubjectVerb(lw, src, cue, next) && !forecastsFigure(text, s, lw, src, cue)) return true;
  const personLike =
    PRONOUNS.has(st) && st !== 'it'
      ? true
      : !endsInWeapon(src.text) && (hasUpperWord(src.text) || testLong(PEOPLE_RE, src.text) || (testLong(/[a-z]{3}s$/, src.text) && src.text.split(' ').length <= 4));
  // Read only where a rule below asks for it.
  const docLike = ((isFinding || isDoc) && !isSpeech) || (isSpeech && !personLike) ? src.text.length > 1 && DOC_RE.test(src.text) : false;
  if (isCognition && !isSpeech && !personLike) return true;
  if (isFinding && !isSpeech && !docLike && !personLike) return true;
  if (isDoc && !isSpeech && !isFinding && !docLike) return true;
  if (!isSpeech && !isFinding && !isCognition && !isDoc) return true;
  if (isSpeech && !personLike && !docLike && st !== 'it' && !CORE_SPEECH.has(lw)) return true;
  return false;
}

/** What a verb cue reports: the clause before it ("CONTENT, X said.") or the rest of the sentence after it. */
/**
 * Where and beside whom the words were said, running to the sentence's end past the 80 characters a tail is read in:
 * "..., Rutte told a press conference at NATO headquarters in Brussels alongside Supreme Allied Commander Europe
 * General Alexus Grynkewich." Only names, places and a few small words, so no clause of its own hides in it.
 */
const SETTING_TO_END_RE = /^\s+(?:at|in|alongside|beside)\s+(?:(?:the|a|an|at|in|on|of|and|alongside|beside|with|during|headquarters|visiting|his|her|its|their|\p{Lu}[\p{L}'\u2019.-]*|\d{1,4})\s+){1,18}?(?:\p{Lu}[\p{L}'\u2019.-]*|headquarters|\d{1,4})\s*[.!?]?["\u201d]?\s*$/u;
function settingTailToEnd(text: string, s: Sentence, from: number): boolean {
  const n = s.end - from;
  if (n < 80 || n > 220) return false;
  const c = text.charCodeAt(from + 1);
  return (c === 97 || c === 105) && SETTING_TO_END_RE.test(text.slice(from, s.end));
}

function contentOfCue(text: string, s: Sentence, cue: Span, src: TextSpan, sourceFirst: boolean, restFrom: number, isSpeech: boolean): Span {
  // Only bounded windows are read around the cue, so a huge sentence with many cues stays linear.
  const leadEnd = sourceFirst ? src.start : cue.start;
  const leadLast = lastNonBlank(text.slice(Math.max(s.start, leadEnd - 8), leadEnd));
  const rest = text.slice(restFrom, Math.min(s.end, restFrom + 80));
  if (
    (leadEnd - s.start > 8 || !onlyLeadOpeners(text, s.start, Math.min(leadEnd, s.start + 8))) &&
    // (Or the two apostrophes that close a quotation in the typewriter style of older wire copy: "``We had one
    // cancellation,'' said Mary Jones".)
    (leadLast === 44 || leadLast === 0x201d || leadLast === 34 || (leadLast === 39 && text.slice(Math.max(s.start, leadEnd - 8), leadEnd).trimEnd().endsWith("''"))) &&
    // '"...," X said after Y failed to appear.': in a sentence that opens with the quotation, and with the source
    // right before its verb, what follows the verb is no content unless it opens like one ("that", a colon, another
    // quotation).
    (isTailOrComma(rest, s.end - restFrom < 80) ||
      settingTailToEnd(text, s, restFrom) ||
      (leadLast !== 44 && sourceFirst && cue.start - src.end < 24 && !/[,;]/.test(text.slice(src.end, cue.start)) && opensWithQuotation(text, s.start, leadEnd) && !CONTENT_OPENS_RE.test(rest)))
  ) {
    return trimSpan(text, s.start, sourceFirst ? src.start : cue.start);
  }
  // ("echoed that view.": a "that" with only a noun after it is its determiner, no complementiser.)
  const that = s.end - restFrom < 40 && testLong(THAT_NOUN_ONLY_RE, text.slice(restFrom, s.end)) ? 0 : thatLength(text.slice(restFrom, Math.min(s.end, restFrom + 100)));
  let content = trimSpan(text, restFrom + that, s.end);
  // ("He welcomed the decision and said it was overdue": the next verb of saying starts another report.)
  const window = text.slice(content.start, Math.min(content.end, content.start + 300));
  const said = (window.includes(' and ') || window.includes(' but ')) && AND_SAID_GATE_RE.test(window) ? AND_SAID_RE.exec(window) : null;
  if (said) content = { start: content.start, end: content.start + said.index };
  // "claimed that Russian forces seized the village, but ISW has not observed ...": a new subject with a name after
  // "but" speaks for itself.
  const turn = window.includes(', ') && (window.includes(' but ') || window.includes('though ') || window.includes(' whereas ')) ? BUT_NAMED_RE().exec(window) : null;
  if (turn && content.start + turn.index < content.end) content = { start: content.start, end: content.start + turn.index };
  // "Russia, which has called for the office to be closed, said ...": a cue inside a relative clause set off by
  // commas reports up to the clause's closing comma.
  const before40 = text.slice(Math.max(s.start, cue.start - 40), cue.start);
  if ((before40.includes('which') || before40.includes('who')) && RELATIVE_OPEN_RE.test(before40)) {
    const close = /,\s+(?=(?:said|says|told|tells|added|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|[a-z]{3,}ed)\b)/.exec(text.slice(content.start, Math.min(content.end, content.start + 300)));
    if (close) content = { start: content.start, end: content.start + close.index };
  }
  if (!isSpeech) {
    // ("opposed the move, arguing that ...": what the participle after it says is its own report.)
    const cut = execLong(/;\s|,\s+(?:and|but|while|whereas|arguing|saying|insisting|adding|claiming|noting|warning|stressing|citing)\s/, text.slice(content.start, Math.min(content.end, content.start + 600)));
    if (cut) content = { start: content.start, end: content.start + cut.index };
  }
  return content;
}

/**
 * The source of a verb cue when no passive agent names it: the noun phrase before the cue, the name before an
 * apposition or a relative clause, the name after an inverted cue, or the subject a participle shares.
 */
/** A noun of saying or counting and then the subject of a relative clause on it, with no "that" or "which". */
const STATEMENT_RELATIVE_RE =
  lazyRegExp(() => /^(?:an?|the|one|this|that)\s+(?:[a-z-]+\s+)?(?:estimate|estimates|assertion|assertions|claim|claims|figure|figures|account|version|allegation|allegations|charge|charges|number|tally|assessment|characteri[sz]ation|description|conclusion|finding|findings|argument|contention|statement|forecast|projection|count|accusation|accusations|prediction|interpretation|reading)\s+((?:the|a|an|his|her|its|their|our|many|some|several|both)\s+\S[^]*|(?:he|she|they|we|I|police|(?:[a-z-]+\s+)?[a-z]{3,}s)|\p{Lu}[^]*)$/u);
const STATEMENT_HEADS = new Set('estimate estimates assertion assertions claim claims figure figures account version allegation allegations charge charges number tally assessment characterisation characterization description conclusion finding findings argument contention statement forecast projection count accusation accusations prediction interpretation reading'.split(' '));
/** A noun of saying or counting set off by a comma right before a source: ", a claim local farmers" (maybe with "that"). */
const STATEMENT_LEAD_RE =
  /,\s+((?:an?|the|one|this|that)\s+(?:[a-z-]+\s+)?(?:estimate|estimates|assertion|assertions|claim|claims|figure|figures|account|version|allegation|allegations|charge|charges|number|tally|assessment|characteri[sz]ation|description|conclusion|finding|findings|argument|contention|statement|forecast|projection|count|accusation|accusations|prediction|interpretation|reading)\s+(?:that\s+|which\s+)?)$/;
/** `src` with the noun of saying or counting before it ("a claim" + "local farmers"), or undefined when none stands there. */
function statementLead(text: string, s: Sentence, src: TextSpan): TextSpan | undefined {
  const w = text.slice(Math.max(s.start, src.start - 48), src.start);
  if (!w.includes(',')) return undefined;
  const m = STATEMENT_LEAD_RE.exec(w);
  if (!m) return undefined;
  const start = src.start - m[1].length;
  return { start, end: src.end, text: text.slice(start, src.end) };
}
/** The subject of a relative clause in `src` ("the council" of "an estimate the council"), or undefined. */
function relativeClauseSubject(src: TextSpan): TextSpan | undefined {
  const t = src.text;
  const sp1 = t.indexOf(' ');
  if (sp1 < 0 || t.length > 90) return undefined;
  // (Cheap gate: a noun of saying or counting as the second or third word.)
  const words = t.split(/\s+/, 4);
  if (!STATEMENT_HEADS.has(words[1]?.toLowerCase() ?? '') && !STATEMENT_HEADS.has(words[2]?.toLowerCase() ?? '')) return undefined;
  const m = STATEMENT_RELATIVE_RE().exec(t);
  // ("The estimate the council published said": a clause that ends in its own verb describes the source; it is no source.)
  if (!m || /\s[a-z]+ed$/.test(m[1])) return undefined;
  const off = t.length - m[1].length;
  return { start: src.start + off, end: src.end, text: m[1] };
}

/**
 * The source after a cue inverted after a quote or a comma: '"...," said Jane Doe.' (", say, 10 percent" gives an
 * example, no speaker.)
 */
function invertedSource(text: string, s: Sentence, lw: string, cue: Span, prevLast: number): TextSpan | undefined {
  if (!INVERSION.has(lw) || !(prevLast === 44 || prevLast === 34 || prevLast === 0x201d || prevLast === 39 || prevLast === 0x2019) || (lw === 'say' && /^\s*,/.test(text.slice(cue.end, cue.end + 3)))) return undefined;
  const after = sourceAfter(text, cue.end, s.end);
  // ('"...," said historian Elena Ruiz': a title or role in lower case before the name.)
  // (Not a clause with its own verb: "Later, the minister, the panel chair, said the bill would pass.")
  // (", say officials": a bare plural agrees with "say".)
  if (after && (STARTS_UPPER_RE.test(after.text) || testLong(/^(?:the|a|an|one|two|three|several|some|many|another|his|her|their)\s/i, after.text) || testLong(ROLE_BEFORE_NAME_RE(), after.text) || (lw === 'say' && /^[a-z]{3,}s\b/.test(after.text))) && !AUXILIARY_RE.test(after.text) && !testShort(OPENS_CONTENT_RE, text.slice(after.end, Math.min(s.end, after.end + 6)), '"\u201c')) {
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

/** A name set off by a comma that ends its clause: ", Liz McKeown." */
const NAME_ENDS_CLAUSE_RE = lazyRegExp(() => /^,\s+((?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3}\p{Lu}[\p{L}'\u2019-]+)\s*(?:[.,;!?]|$)/u);
/** The text up to a lower-case word, no preposition or conjunction, before a determiner: "The findings echo ". */
const VERB_BEFORE_DETERMINER_RE = /^(?:.*\s)?(?!(?:of|for|at|on|in|into|onto|with|without|within|from|to|by|and|or|but|nor|over|under|about|against|between|among|than|as|like|near|after|before|since|during|across|through|per|via|upon|toward|towards|including|not|all|both|now|then|also|just|only|even|still|once|again|especially|particularly|mainly|mostly|chiefly|notably)\s)[a-z][\w'\u2019-]*\s+(?=(?:a|an|the|those|these|its|their|his|her)\s)/;

function sourceOfCue(text: string, s: Sentence, lw: string, cue: Span, prev: string, before30: string, prior: TextSpan | undefined, isSpeech: boolean, isCognition: boolean): TextSpan | undefined {
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
    const rel = before60.includes('wh') || before60.includes('that') ? /(?:,|\s*--)?\s+(?:who|which|that)\s+(?:(?:has|have|had|also|repeatedly|[a-z]+ly|in\s+\d{4}|last\s+\w+|on\s+\w+day)\s+)*$/.exec(before60) : null;
    // ("does not say who wrote it": after a verb of saying or knowing, "who" asks; the word before it is no source.)
    const asks = rel !== null && rel[0].charCodeAt(0) !== 44 && WHO_ASKS_AFTER.has(execLong(LAST_WORD_RE, before60.slice(0, rel.index))?.[1].toLowerCase() ?? '');
    if (rel && !asks) src = sourceBefore(text, cue.start - (Math.min(60, cue.start - s.start) - rel.index), s.start);
    // "pointed us to a statement from 28 January, which said": the clause is the statement's, not the object's.
    const lead = src ? OBJECT_THEN_NOUN_RE.exec(src.text) : null;
    if (src && lead) src = { start: src.start + lead[0].length, end: src.end, text: src.text.slice(lead[0].length) };
    // "a complaint by a local charity, which said", "those of a United Nations panel, which warned": "which" speaks for
    // the maker after "by", the owner after "those of".
    // ("They met a panel, which warned", "The findings echo those of a panel, which warned": a relative pronoun's
    // antecedent is a noun phrase, and a lower-case word right before a determiner in it, no preposition, is its verb.)
    const verb = src && rel ? VERB_BEFORE_DETERMINER_RE.exec(src.text) : null;
    if (src && verb) src = { start: src.start + verb[0].length, end: src.end, text: src.text.slice(verb[0].length) };
    const maker = src && rel && /^,\s+which\b/.test(rel[0]) ? /^(?:(?:those|that)\s+of|(?:[a-z][\w-]*\s+){1,3}by)\s+(?=(?:the|a|an)\s|\p{Lu})/u.exec(src.text) : null;
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
  if (!src && prior && ing && prevLast === 44 && (isSpeech || isCognition)) src = prior;
  // (Not a progressive: "he was 'not really' considering" has its subject before the auxiliary.)
  // (Nor one joined by "and" to a progressive in a clause that another cue reports: "... indicate that armed men are
  // stopping people ... and demanding payment" has the armed men demand.)
  if (!src && (isSpeech || isCognition) && ((ing && !testLong(PROGRESSIVE_BEFORE_RE, before30)) || isCoordinated(before30)) && !(ing && andAfterProgressive(text, s.start, cue.start, before30))) {
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
  return src;
}
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




/** Sources that are figures of speech: "History shows", "Experience tells us". */
const RHETORICAL_SOURCE_RE = /^(?:history|experience|common\s+sense|the\s+record|time|logic|reality)$/i;

/** Whether one of INVERTED_TAIL_RE's verbs occurs in [start, end): a few searches, cheaper than the regex. */
function tailCueIn(text: string, start: number, end: number): boolean {
  // (On the content's own text: a search of the whole text from `start` would read to its end for every cue.)
  const body = text.slice(start, end);
  if (!body.includes(', ')) return false;
  for (let k = 0; k < TAIL_VERBS.length; k++) if (body.includes(TAIL_VERBS[k])) return true;
  return false;
}
const TAIL_VERBS = [' said', ' says', ' added', ' adds', ' noted', ' notes', ' stressed', ' insisted', ' argued', ' warned', ' told'];

/** A cue set off at the end of a clause, with its speaker first: ", he added", ", the minister said". */
const INVERTED_TAIL_RE = lazyRegExp(() => /,\s+(?:he|she|they|we|I|\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?|(?:[a-z]+\s+)?(?:officials|diplomats|analysts|sources|experts|residents|witnesses|police|authorities|observers))\s+(?:said|says|added|adds|noted|notes|stressed|insisted|argued|warned|told\s+\w+)\b/u);

/**
 * What follows "by" without being an agent: a means ("responded by using"), an amount ("decline by four points")
 * or a deadline ("decide by mid-December", "by the end of the year").
 */
const NOT_AGENT_RE =
  /^(?:[a-z]+ing\b|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|half|nearly|almost|roughly|about|around|more|less|up to|then|now|tomorrow|tonight|noon|midnight|next|the end|the time|the start)\b|(?:early|mid|late)[- ]|(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|may(?:\s+\d{1,4})?$)/i;

/** A singular noun phrase right before a verb's "-s" form: "The minister", "the party's leader", "A spokesman". */
const SINGULAR_SUBJECT_RE = lazyRegExp(() => /^(?:the|a|an|this|that|[\p{L}.-]+['\u2019]s)\s+(?:[\p{L}'\u2019-]+\s+){0,3}(?:[\p{L}-]*[^\Ws]|[\p{L}-]*ss)$/iu);
/** What opens the verb's object or clause: a determiner, a personal pronoun or a name. */
const OBJECT_OPENS_RE = lazyRegExp(() => /^\s+(?:(?:the|a|an|his|her|its|their|this|these|those|no|any|all|every|he|she|it|they|we|i|you)\s|\p{Lu}\p{Ll})/u);
/** "-s" forms that, before an object, are as often a deed or a price as words: "charges a fee", "hits the ball",
 * "supports the roof". */
const DEED_FORMS = new Set(['hits', 'targets', 'points', 'records', 'projects', 'figures', 'paints', 'links', 'charges', 'offers', 'cares', 'declines', 'addresses', 'posts', 'rules', 'states', 'quotes', 'lobbies', 'briefs', 'chants', 'hails', 'counters', 'voices', 'welcomes', 'reviews', 'talks', 'appeals', 'debates', 'supports']);
/** Whether a verb's "-s" form that is also a plural noun reads as the verb: right after a singular noun phrase and before its object. */
function singularSubjectVerb(lw: string, src: TextSpan, cue: Span, next: string): boolean {
  return !DEED_FORMS.has(lw) && cue.start - src.end <= 1 && OBJECT_OPENS_RE().test(next) && SINGULAR_SUBJECT_RE().test(src.text);
}

/** A subject whose head is a market or an economic measure ("Bond yields", "The economy", "Core prices"). */
const MEASURE_SUBJECT_RE = /\b(?:rates?|prices|yields?|inflation|growth|economy|economies|markets?|shares|stocks|equities|bonds|gilts|index|indices|wages|unemployment|output|sales|exports|imports|currency|sterling|euro|dollar|yen|spreads?|demand|activity|productivity|earnings|profits|revenues?|spending|borrowing|debt|deficit|lending|investment|consumption)$/i;

/** "The bank forecasts inflation of 2 percent", "the mission projects growth at 4.6%": a singular subject's forecast of a figure. */
function forecastsFigure(text: string, s: Sentence, lw: string, src: TextSpan, cue: Span): boolean {
  return (lw === 'forecasts' || lw === 'projects') && cue.start - src.end <= 1 && SINGULAR_SUBJECT_RE().test(src.text) && FORECAST_FIGURE_AFTER_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 90)));
}

/** A role in lower-case words, then a capitalised name: "historian Elena Ruiz", "former foreign minister Klaus Vogel". */
const ROLE_BEFORE_NAME_RE = lazyRegExp(() => /^(?:[a-z][a-z.'-]+\s+){1,4}\p{Lu}\p{Ll}/u);

/** What opens a content after the verb: "that" (not "that night"), a colon, a quotation. */
const CONTENT_OPENS_RE = /^\s*(?:that\b(?!\s+(?:night|day|morning|afternoon|evening|week|month|year|time)\b)|[:"\u201c])/;

/** Whether text[from, to) is a quotation opening at from (after blanks), ending at to (after blanks). */
function opensWithQuotation(text: string, from: number, to: number): boolean {
  const i = skipBlanks(text, from, to);
  const c = text.charCodeAt(i);
  return (c === 34 || c === 0x201c) && to - i > 2;
}

const TOLD = new Set(['told', 'tells', 'tell', 'telling', 'reminded', 'reminds', 'remind']);
/** "that" and one word to the sentence's end: "that view.", "that assessment." */
const THAT_NOUN_ONLY_RE = /^\s+that\s+(?!(?:yesterday|today|tonight|again|too|also|before|last|this|earlier|later|now|then|once|twice|publicly|repeatedly|privately|himself|herself|themselves|week|month|year|day|night|morning|evening|out|up|off|down|away|back|in|on|over)\b)[\p{Ll}-]+\s*[.!?]?\s*$/u;
/** ", as " right before a source. */
const AS_BEFORE_RE = /,\s*(?:just\s+)?as\s+$/i;
/** What follows the cue of an "as" clause with a gap: nothing, a time, or a predicate with no subject ("is possible"). */
// (Before a comma and a clause the "as" clause points forward: "as the minister said, the road is closed.")
const AS_GAP_AFTER_RE = /^\s*(?:(?:on|in|last|this|earlier|at|before|in\s+the\s+past|repeatedly|previously|recently)\b[^,.;:!?]{0,30})?(?:[.;!?)]|$|,\s+(?:and|or|but|then)\b|\s*(?:is|was|were|are|would\s+be|will\s+be|could\s+be|might\s+be|may\s+be|should\s+be)\b)/;
/** A setting before a colon that opens what was said: "on X: ", "on arrival: ", "in a post: ", "to the crowd: ". */
// (Not an infinitive: "to borrow $25,000: ..." is what was said.)
const SETTING_COLON_RE = lazyRegExp(() => /^(?:to\s+(?:(?:the|a|an|his|her|their|its|our|my|this|reporters|journalists)\b|\p{Lu})|(?:on|in|at|during|after|before|via|from|with|upon|outside|inside|while|later|earlier|afterwards|today|yesterday)\b)[^:"\u201c\u201d.;!?\n]{0,48}(?<!\d):(?!\d)\s*/u);
/** A finite verb or a subject pronoun: a clause, not a setting ("in the end it was simple:"). */
const FINITE_VERB_RE = /\b(?:is|was|were|are|has|had|have|will|would|could|can|should|may|might|must|did|does|do|it|he|she|they|we|I)\b/;
/** A closing quotation, then only the channel it was said on: '" in a statement on its Telegram channel.'. */
/** Whether a closing quotation mark in t has blanks and then the first letter of CHANNEL_AFTER_QUOTE_RE's prepositions
 * (i, o, v, d, a, t) after it, as every match does: the regex, unanchored, is tried only then. */
function quoteThenPreposition(t: string): boolean {
  for (let p = 0; p + 1 < t.length; p++) {
    const c = t.charCodeAt(p);
    if ((c !== 34 && c !== 0x201d) || !isSpaceCode(t.charCodeAt(p + 1))) continue;
    const d = codeAt(t, skipBlanks(t, p + 1));
    if (d === 105 || d === 111 || d === 118 || d === 100 || d === 97 || d === 116) return true;
  }
  return false;
}
const CHANNEL_AFTER_QUOTE_RE = /["\u201d]\s+(?:in|on|via|during|at|through)\s+(?:an?|the|his|her|its|their|our|my)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:statement|post|posting|interview|message|tweet|video|speech|channel|account|website|broadcast|briefing|letter|conference|address|op-ed|blog|page|remarks|appearance|podcast|programme|program|show|column|editorial|article)\b[^"\u201c\u201d]{0,60}$/;
/** Only when a briefing was given: "on 28 October.", "on Monday.", "last week.". */
const BRIEFED_WHEN_RE = lazyRegExp(() => /^(?:on|last|this|earlier|late|early)\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\d{1,2})?|week|month|year|morning|afternoon|evening|night)(?:,?\s+\d{4})?\s*\.?$/u);
/** Verbs whose addressee may stand before a "that": "assured me that", "warned Iran that", "informed the court that". */
const ADDRESSED_THAT = new Set(['assure', 'assures', 'assured', 'assuring', 'reassure', 'reassures', 'reassured', 'reassuring', 'inform', 'informs', 'informed', 'informing', 'warn', 'warns', 'warned', 'warning', 'promise', 'promises', 'promised', 'promising', 'advise', 'advises', 'advised', 'advising', 'convince', 'convinced', 'persuade', 'persuaded', 'brief', 'briefs', 'briefed', 'briefing', 'notify', 'notifies', 'notified', 'caution', 'cautions', 'cautioned']);

/**
 * The length of whom a source told (or assured, warned) at `from`, or 0: a name or a pronoun (ADDRESSEE_RE), or a noun
 * phrase up to the "that" of what was said ("the TASS news agency that"). Only a verb of telling takes its addressee
 * without a "that" after it ("told Reuters the talks had failed").
 */
function addresseeLength(text: string, s: Sentence, from: number, told: boolean): number {
  const after = text.slice(from, Math.min(s.end, from + 80));
  const that = after.includes(' that ') ? TOLD_WHOM_THAT_RE.exec(after) : null;
  if (that) return that[1].length;
  const m = execLong(ADDRESSEE_RE, after.length > 60 ? after.slice(0, 60) : after);
  if (!m) return 0;
  return told || testLong(/^\s+that\s/, after.slice(m[0].length)) ? m[0].length : 0;
}
/** Whom a source told: a name of up to five words ("Reuters", "the Associated Press", "Sky News") or a pronoun; the
 * people round a leader ("aides", "his generals", "her closest advisers"). */
// (A day or a month after the verb is when, not whom: "told reporters Thursday night that"; nor is "last month" after
// the place of a gathering: "told an industry conference in Riyadh last month that".)
/** Whom one told, when no ADDRESSEE_RE form, up to the "that" of what was told: " the government in October that". */
// (Its words may have capitals, "the TASS news agency", but no verb: "told the court it was" names what was said.)
const TOLD_WHOM_THAT_RE = /^(\s+(?:the|a|an|his|her|their|its|our|my|\p{Lu}[\p{L}-]*['\u2019]s)\s+(?:(?!(?:is|was|were|are|be|been|had|has|have|would|will|could|can|did|do|does|not|and|but|or|it|he|she|they|we|who|whom|whose|which|where|when|said|says|told|suggested|claimed)\b)[\p{L}][\p{L}\p{N}.&'\u2019-]*\s+){0,4}?(?!(?:is|was|were|are|be|been|had|has|have|would|will|could|can|did|do|does|not|and|but|or|it|he|she|they|we|who|whom|whose|which|where|when|said|says|told|suggested|claimed)\b)[\p{L}][\p{L}\p{N}-]*)(?:\s+(?:in|on|last|this|earlier)\s+[\w.-]+(?:\s+\d{1,2})?)?\s+that\s/u;
const ADDRESSEE_RE = /^\s+(?:(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\p{Lu}[\p{L}\p{N}.&'\u2019-]{0,40}(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}.&'\u2019-]{0,40}){0,4}|(?:his|her|their|its|our|my)\s+(?:(?:senior|closest|top|close|own|fellow|military|political)\s+)?(?:aides|advisers|advisors|allies|colleagues|staff|officers|commanders|generals|followers|cabinet|team|ministers|supporters|troops|men|party|lawyers|friends|family)|him|her|them|us|me|ourselves|themselves|himself|herself|myself|itself|parliament|congress|reporters|journalists|lawmakers|legislators|delegates|senators|investors|supporters|students|diplomats|ministers|donors|voters|residents|troops|soldiers|workers|aides|advisers|advisors|allies|colleagues|staff|officers|commanders|generals|followers|(?:an?|the)\s+(?:[a-z]+\s+){0,2}(?:conference|rally|forum|summit|meeting|gathering|audience|crowd|hearing|session|dinner|event|seminar|panel|committee)(?:\s+(?:of|in)\s+(?:\p{Lu}[\p{L}-]{0,40}\s+){0,3}(?!(?:last|this|next|earlier|that|on|alongside|beside|with)\b)[\p{L}-]+)?|the\s+(?:committee|court|house|senate|council|assembly|conference|summit|parliament|chamber|audience|crowd|jury|tribunal|inquiry|hearing|meeting|newspaper|agency|broadcaster)|(?:this|our)\s+(?:newspaper|paper|publication|website|magazine|outlet|reporter|correspondent|programme|program|podcast|broadcaster|agency|news\s+agency)|(?:national|state|local|public|private|russian|ukrainian|israeli|iranian|chinese|american|british|french|german|turkish|arab|regional)\s+(?:television|tv|radio|media|broadcaster|outlets?|newspapers?)|(?:a|the)\s+(?:(?:regular|daily|weekly|news|press|joint)\s+)?(?:briefing|news\s+conference|press\s+conference))(?=[\s,.;!?]|$)/u;

/** `/\b(?:and|but|then|or)\s+(?:(?:also|...|was)\s+){0,2}$/i.test(s)`, tried only where it can match. */
function isCoordinated(s: string): boolean {
  if (s.length === 0 || !isSpaceCode(s.charCodeAt(s.length - 1))) return false;
  const low = s.toLowerCase();
  if (!low.includes('and') && !low.includes('but') && !low.includes('or') && !low.includes('then')) return false;
  return /\b(?:and|but|then|or)\s+(?:(?:also|later|then|still|now|even|has|have|had|would|will|did|does|is|was)\s+){0,2}$/i.test(s) || testLong(AND_WHEN_RE, s);
}

/** A second verb after "and" and when it happened: "has rejected dialogue and in September declared". */
const AND_WHEN_RE = /\b(?:and|but|then)\s+(?:(?:in|on|at)\s+(?:[A-Z][a-z]+(?:\s+\d{1,2})?|\d{4})|(?:last|this|earlier|later)\s+(?:week|month|year|[A-Z][a-z]+))\s*,?\s+$/;

/** A source whose last word is a name, "he"/"she"/"it" or a document: "-s" cues after it are verbs. */
function isAgent(src: string): boolean {
  // The trailing run of letters and apostrophes (`/[\p{L}'\u2019]+$/u`), by code unit while it is ASCII.
  let j = src.length;
  let ascii = true;
  while (j > 0) {
    const c = src.charCodeAt(j - 1);
    if (isAsciiLetterCode(c) || c === 39 || c === 0x2019) j--;
    else {
      ascii = c < 128;
      break;
    }
  }
  const lastWord = ascii ? src.slice(j) : (/[\p{L}'\u2019]+$/u.exec(src)?.[0] ?? '');
  const c0 = lastWord.charCodeAt(0);
  const upper = c0 < 128 ? isAsciiUpperCode(c0) : STARTS_UPPER_RE.test(lastWord);
  if (upper && !testLong(/['\u2019]s$/, lastWord)) return true;
  if (lastWord.length <= 3 && testLong(/^(?:he|she|it)$/i, lastWord)) return true;
  return DOC_RE.test(lastWord);
}

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

/** For "Name, a description," before a cue: the name, when the description is a determiner phrase. */
function appositionHead(text: string, comma: number, floor: number): TextSpan | undefined {
  const lo = Math.max(floor, comma - 200);
  const delim = text[comma];
  // "--" (typewritten copy) pairs with an earlier "--"; c is the last character of the opening delimiter.
  // (Each search reads back no further than lo: a text of one kind of dash has none of the other to stop at.)
  const c =
    delim === ',' ? commaBefore(text, comma, lo)
    : delim === '-' ? lastIndexWithin(text, '--', comma - 2, lo - 1) + 1
    : Math.max(lastIndexWithin(text, '\u2013', comma - 1, lo), lastIndexWithin(text, '\u2014', comma - 1, lo));
  if (c < lo) return undefined;
  const chunk = text.slice(c + 1, comma).trim();
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
  if (head && testLong(PARTY_TAG_RE, head.text)) {
    const before = lastIndexWithin(text, ',', head.start - 1, lo);
    head = before > lo ? sourceBefore(text, before, floor) : undefined;
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
  if (!head || !(/^\p{Lu}/u.test(head.text) || determined || roled || (head.text.startsWith('the ') && /^the\s+\p{Lu}/u.test(head.text)))) return undefined;
  // "Keron Blair, executive director of AROS, called", "Trump, speaking to veterans, said": a title or a
  // participle clause after a name is an appositive too.
  return describes || chunk.split(/\s+/).length <= 15 ? head : undefined;
}
