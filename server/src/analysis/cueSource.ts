// The source and content of one cue word (cueAttribution): the source read back ("the ministry said") or forward
// ("said Jane Doe"), and the reported content on whichever side of the cue it stands. The checks that tell a verb of
// saying from a noun, an adjective or another sense are in cueSenses.ts and cueFilters.ts. Only bounded windows
// around the cue are read. Where the source stands is read in sourceOfCue.ts (and judged in sourceMisfits.ts), the
// content in cueContent.ts, and the cues with a frame of their own in cueFrames.ts.
import type { AttributionAnnotation, Sentence, Span, TextSpan } from './types';
import { absentSubject, COGNITION_VERBS, inTimeClause, COUNTED_BEFORE_RE, FINDING_VERBS, PRONOUNS, SPEECH_VERBS, STANCE_CUES } from './cues';
import { backOverBlanks, codeAt, execLong, isAsciiUpperCode, isSpaceAt, isSpaceCode, isWordCode, lastIndexWithin, lazyRegExp, skipBlanks, testLong, testShort } from './chars';
import { byAgentLength, hasWordIn, thatLength, wordBeforeBlanks } from './speechChars';
import { sourceAfter } from './sourceAfter';
import { sourceBefore } from './sourceBefore';
import { make, makeVague, trimSpan } from './speechPasses';
import { noSpeechAct, reportsNothing } from './cueFilters';
import { WEEKDAY_CAPS_RE } from './dates/lexicon';
import { SPEAK, WHEN_THEN_THAT_RE, onlyOpenersBefore, readsAsNoun } from './cueSenses';
import { readsAsDescription } from './cueDescriptions';
import { readsAsOtherSense } from './cueOtherSenses';
import { sourceMisfits } from './sourceMisfits';
import { DOC_VERBS, REDUCED_RELATIVE_RE, sourceOfCue } from './sourceOfCue';
import { accordingToCue, asPutIt, BE_BEFORE_PARTICIPLE_RE, hasLearned, heardThat, measuredAt, NAMED_AS, namedThenAgent, NOT_AGENT_RE, openingParticiple, PASSIVE_NAMING_ONLY, pollGave, pollPut, SPLIT_CLAUSE_RE } from './cueFrames';
import { contentOfCue } from './cueContent';

// (With "rated", which cues only as a fact checker's verdict on a claim: ratesAClaim.)
const SPEECH = new Set([...SPEECH_VERBS, 'rated']);
const COGNITION = new Set(COGNITION_VERBS);
const FINDING = new Set(FINDING_VERBS);
/**
 * The reporting frame after a verb of saying, for the cue to cover: "in a statement", "in an interview with
 * Reuters", "to The Associated Press", "reporters". A day after it is a date, not part of the frame.
 */
const FRAME_RE = new RegExp(
  `^\\s+(?:in (?:an?|the|his|her|its|their) (?:(?:video|televised|radio|recorded|written|joint|brief|separate|online|social media|Facebook|Telegram) )?(?:statement|interview|post|tweet|letter|email|speech|report|remarks|video|message|address)(?: (?:with|to) (?!${WEEKDAY_CAPS_RE}\\b)[A-Z][\\w.&'\u2019-]*(?: [A-Z][\\w.&'\u2019-]*){0,3}| (?:posted|published|released|issued|broadcast|aired|shared|carried)(?: online| (?:on|by|in|from|to) (?:social media|state media|(?:the )?[A-Z][\\w.&'\u2019-]*(?: [A-Z][\\w.&'\u2019-]*){0,2}))?)?|reporters|journalists|delegates)\\b`,
);

/** What follows a cue that reports no statement: "(declined) to comment", "(did not respond) to requests for comment". */
const NO_COMMENT_RE = /^\s+(?:to\s+(?:immediately\s+)?comment\b|immediately\s+to\s+comment\b|to\s+(?:a\s+|the\s+|multiple\s+|repeated\s+|several\s+)?(?:requests?|inquiries|queries|messages|calls|emails)\s+(?:for|seeking)\s+comment\b)/i;

/** Where a declined comment's clause ends: a mark of punctuation, or "and"/"but" and a new clause's pronoun or auxiliary. */
const NO_COMMENT_END_RE = /[,;:()\u2014\u2013]|\s(?:and|but)\s+(?:have|has|had|is|are|was|were|did|do|does|will|would|could|can|they|he|she|it|we|I)\b/;
/** After "declined" or "refused": saying nothing ("to say whether", "to confirm", "to give details"). */
const WOULD_NOT_SAY_RE = /^\s+to\s+(?:say|confirm|discuss|specify|elaborate|disclose|reveal|identify|name|give|provide|answer|deny|detail)\b/;
/** A role with no verb of its own, before the name it describes ("The Kazakh deputy foreign minister"). */
// ("The U.N. special rapporteur on the occupied Palestinian territories, Francesca Albanese, said": a rapporteur, a
// prosecutor or a judge, and the remit after the role, "on torture", "for Myanmar", "to the IAEA".)
const TITLE_ONLY_RE = /^(?:[Tt]he|[Aa]n?|[A-Z][a-z]+['\u2019]s)\s+(?:[\w.-]+\s+){0,5}(?:minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|president|chairman|chair|director|head|chief|commander|general|official|adviser|advisor|spokesman|governor|mayor|leader|negotiator|representative|coordinator|diplomat|secretary-general|rapporteur|prosecutor|judge|justice|commissioner|ombudsman|investigator|premier)(?:\s+(?:on|for|to|of|in)\s+[^,;:"\u201c]{1,70})?$/i;
/** TITLE_ONLY_RE with possessives among its words: "the bloc's foreign policy chief". */
const ROLE_AFTER_QUOTE_RE = /^(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,5}(?:minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|president|chairman|chair|director|head|chief|commander|general|official|adviser|advisor|governor|mayor|leader|negotiator|representative|coordinator|diplomat|secretary-general)$/i;
/** " as illegal", " as a landmark ruling": what one was called after the agent, to a clause's mark or the end. */
const AS_NAME_RE = /^ as\s+[^,;:.!?"\u201c]{1,60}/;
/** A wire's note on what a version changed: "(Updates with ...", "(Adds quotes ...", "(Corrects ...". */
const WIRE_NOTE_RE = /^\(\s*(?:updates|adds|recasts|corrects|rewrites|changes|refiles|fixes|writes\s+through|repeats)\b/i;
/** "said little", "said nothing": no content. */
const SAID_NOTHING_RE = /^\s+(?:(?:very\s+)?little|nothing|next\s+to\s+nothing)\b/i;

/** A name after "by": "the UN", "the World Bank", "Amnesty International" (a determiner, then capitalised words). */
const NAMED_AGENT_RE = /^(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w.&'\u2019-]*)*/;

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
/** The rest of a clause a cue was set into: ", was balanced.", ", will hold." */
// ("The powers meet the test, the court said, because they are limited": the reason goes on with what was said.)
/** When something was said, before a comma: " last week", " on Monday", " yesterday", " in March". */
const WHEN_BEFORE_COMMA_RE = /^\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend|spring|summer|autumn|winter)|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d))(?=\s*,\s+(?!(?:in|on|at|during|from|with|after|before|according|via|through|when|while|as)\b))/;

/** Whether the words after a cue set off inside its clause go on with that clause (see cueAttribution): a comma then a
 * verb, or a short content and a comma then more of the sentence; when it was said may stand before that comma. (Not a
 * participle of saying, or "according to": "Exports fell 4%, the ministry said, citing customs data" gives its own
 * source after the clause, which ends there.) */
export function clauseSetOffAfter(text: string, s: Sentence, cueSpan: Span, content: Span): boolean {
  const whenAfter = execLong(WHEN_BEFORE_COMMA_RE, text.slice(cueSpan.end, Math.min(s.end, cueSpan.end + 50)));
  const afterFrom = cueSpan.end + (whenAfter ? whenAfter[0].length : 0);
  const afterCue = text.slice(afterFrom, Math.min(s.end, afterFrom + 24));
  return testLong(SPLIT_CLAUSE_RE, afterCue) || (content.end - content.start <= 40 && testLong(/^\s*,\s+(?!["'\u201c\u2018]|(?:and|but|while|whereas|although|though|as|because|so|yet|or|adding|saying|citing|noting|arguing|insisting|claiming|warning|stressing|according|speaking|declining|asking|requesting)\b)\S/, afterCue) && !text.slice(content.start, content.end).includes(','));
}
/** After a cue set off in the sentence: ", and" and a clause in the reported tense (", and the Council had failed"). */
// (Or the interrupted clause's own next participle, its subject shared: "That's leaving investors with cold feet, they
// said, and prompting institutions to sell".)
const BACKSHIFTED_AND_RE = /^\s*,\s+(?:and|but)\s+(?:(?:[\w'\u2019-]+\s+){1,5}?(?:had|would|could|might|was\s+going\s+to)\s+(?:not\s+|never\s+|already\s+|also\s+)?[a-z]+|(?!(?:adding|saying|noting|arguing|insisting|claiming|warning|stressing|citing)\s)[a-z]{3,}ing\s)/;
/** A content that only points back: "so.", "as much.", "this". */
const POINTS_BACK_RE = /^(?:so|as\s+much|this|that|it|otherwise)[.!]?$/i;
/** An agent armed men and machines are in: "aircraft from the 332nd Air Expeditionary Wing", "coalition forces". */
// ("attacks by armed groups had risen": armed men of a group, who attack with arms too.)
const ARMED_AGENT_RE = /\b(?:aircraft|forces|troops|soldiers|jets|warplanes|drones|artillery|helicopters|warships|units?|brigades?|battalions?|wing|squadrons?|fleet|armed\s+groups?|militants|militias?|gunmen|rebels|insurgents|jihadists|fighters|bandits)\b/i;
// (And a court's tally, maybe before when it ruled: "ruled 6-3 that", "ruled 5-4 on Tuesday that", "ruled unanimously
// Friday that".)
// ("ruled 7-4 in August that", "ruled 6-3 last month that": or when, in a month or a relative date.)
const VERDICT_RE = /^\s+(?:by\s+[^,;.:"\u201c]{1,30}?|unanimously|narrowly|overwhelmingly|\d{1,2}[-\u2013]\d{1,2})(?=\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|(?:in|last|earlier|this)\s+(?:[A-Z][a-z]+|year|month|week)(?:\s+\d{4})?\s+)?that\b)/;
/** A court's verdict set off by commas before its "that": ", unanimously,", ", by five votes to two,". */
const VERDICT_SET_OFF_RE = /^,\s+(?:unanimously|by\s+[^,;.:"\u201c]{1,30}?),(?=\s+that\b)/;
/** Prepositional phrases (where, to whom, when) right before a "that": " in a letter to the council" of " in a
 * letter to the council that"; not "in a way that" or "on condition that", where the "that" belongs to the phrase. (A platform's old name set off inside it: " on X, formerly Twitter,".) */
const SETTING_BEFORE_THAT_RE = /^\s+(?:in|aboard|to(?!\s+(?:be|have|do|make|ask|say|tell)\b)|at|on|during|before|after|from|via|with|outside|inside|near|following|ahead\s+of|upon|alongside|across|behind|beside)\s+(?:[^,;:"\u201c\u201d()]|(?<=\d):(?=\d\d)|,\s+formerly\s+(?:known\s+as\s+)?[A-Z][\w.-]*,){1,70}?(?<!\b(?:way|sense|hope|belief|condition|manner|fact|event|case|view|expectation|knowledge|understanding|assumption|grounds|extent|degree|point|order|so|such))(?=\s+that\s)/;
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

/** Verbs that put a figure on something: "put the depth at 10 km", "measured the quake at magnitude 7.7". */
const MEASURED = new Set(['put', 'puts', 'measured', 'measures', 'recorded', 'records', 'registered', 'registers', 'pegged', 'pegs', 'gauged', 'gauges', 'clocked']);
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

/** A titled person's name (1), then " in " and a place: "Chinese President Xi Jinping in Astana". */
/** The blank-set "in" or "at" that every PERSON_IN_PLACE_RE match holds. */
const BLANK_IN_AT_RE = /\s(?:in|at)\s/;
const PERSON_IN_PLACE_RE = lazyRegExp(() => /^((?:[\p{L}.-]+\s+){0,3}(?:President|Premier|Minister|Secretary|Chancellor|King|Queen|Prince|Pope|Governor|Mayor|Ambassador|Envoy)\s+\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3})\s+(?:in|at)\s+\p{Lu}[\p{L}'\u2019.-]*$/u);
/** A subordinate passive before its participle: a subordinator, the subject (1), then the auxiliary ("Since X was"). */
const PASSIVE_SUBJECT_RE = /^(?:(?:Since|When|After|Before|Because|Although|Though|Once|Until|While|As|If)\s+)?(\S[^,;:]{0,80}?)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|been)(?:\s+(?:first|originally|initially|formally|jointly|also))?$/;

/** Verbs that name a thing in someone's words: "what he called", "what she described as", "what they termed". */
const CALLED_RE = /^(?:call|calls|called|described|describes|termed|terms|dubbed|dubs|labelled|labeled|branded)$/;
/** "with" or "to" after a verb of speaking, maybe after when: " with", " today with", " on Monday to", " again with". */
const SPOKE_WITH_RE = /^(?:\s+(?:[a-z]+ly|again|later|earlier|on\s+\w+day|\w+day))*\s+(?:with|to)\s/;

/** "with " right before a noun phrase: an absolute construction ("with services expected to begin"). */
const WITH_BEFORE_RE = /\b(?:with|without)\s+$/i;
/** What a timetable expects to happen: "to begin", "to arrive", "to open". */
const TIMETABLE_AFTER_RE = /^\s+to\s+(?:arrive|begin|start|resume|end|finish|open|close|reopen|run|last|take\s+effect|be\s+(?:completed|finished|ready|operational|delivered))\b/;

/** The main clause's verb of saying, opening what an opening participle would report. */
const SAID_OPENS_RE = /^(?:said|says|told|tells|wrote|writes|added|stated)\b/;
/** A preposition right after an opening participle: where or to whom it was said (" on Telegram", " to reporters"). */
const MEDIUM_PREPOSITION_AFTER_RE = /^\s+(?:on|in|to|at|from|via|during|after|before)\s/;

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
  // ("held, unanimously, that", "ruled, by five votes to two, that": the verdict set off by commas.)
  const setOff = text.charCodeAt(cue.end) === 44 && (lw.startsWith('rul') || lw === 'held' || lw === 'holds');
  const verdict = setOff ? execLong(VERDICT_SET_OFF_RE, text.slice(cue.end, Math.min(s.end, cue.end + 48))) : lw.startsWith('rul') ? execLong(VERDICT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 48))) : null;
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
  // "The move was termed illegal by the court", "The deal was hailed as historic by both leaders": what the subject was
  // called stands between the participle and its agent; it is what the agent said, the agent the source. (Before the
  // tests below, which read "hailed as" with no agent right after it as a reduced passive that says nothing.)
  if (NAMED_AS.has(lw) && next.includes(' by') && byAgentLength(next) === 0) {
    const named = namedThenAgent(text, s, cue, before30);
    if (named) return named;
  }
  // ("Critics branded the plan reckless", "Fans dubbed him the new Pele": the active, with its object and what the object
  // was called, names in someone's words as "termed" does.)
  if (PASSIVE_NAMING_ONLY.has(lw) && !activeNaming(prev, next)) return undefined;
  // ("PolitiFact rated the claim as false", "The fact-checker rated it Mostly False": a checker's verdict on what was
  // said is its finding, the checker the source; "S&P rated the bonds AA", "the film was rated R" report no words.)
  if (lw === 'rated' && !ratesAClaim(prev, next)) return undefined;
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
      const said = trimSpan(text, after + thatLength(text.slice(after, Math.min(s.end, after + 40))), s.end);
      // ("The talks were useful, the foreign minister was quoted as saying by state media.": at the sentence's end, what
      // stands before the source's comma is what was said.)
      const comma = backOverBlanks(text, src.start, s.start) - 1;
      if (!hasWordIn(text, said.start, said.end) && comma > s.start && text.charCodeAt(comma) === 44) return make(text, cue, src, trimSpan(text, s.start, comma));
      return make(text, cue, src, said);
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
    // "A law that was condemned by rights groups took effect": in a relative clause, the sentence's own verb after the
    // agent ends it; one who was questioned or interviewed by the agent reports nothing of the agent's ("Officials who
    // were questioned by reporters said").
    const relVerb = src && src.text.includes(' ') && RELATIVE_BE_BEFORE_RE.test(before30) ? execLong(AGENT_THEN_OWN_VERB_RE, src.text) : null;
    if (src && relVerb) {
      if (ASKED_PARTICIPLES.has(lw)) return undefined;
      src = { start: src.start, end: src.start + relVerb[1].length, text: relVerb[1] };
    }
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
      // "The move was described by the court as illegal": what the subject was called, after the agent, is what was said.
      if (NAMED_AS.has(lw) && text.startsWith(' as ', src.end)) {
        const as = AS_NAME_RE.exec(text.slice(src.end, Math.min(s.end, src.end + 80)));
        if (as) return make(text, cue, src, trimSpan(text, src.end + 4, src.end + as[0].length));
      }
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
    // "What was claimed" as a fact check's heading: a free relative that names the words as a thing, and reports none of
    // them. (Only as the whole line, or before a colon: "in what is believed to be", "what is considered Cuban
    // territory" are hearsay still.)
    if (testLong(WHAT_BEFORE_PASSIVE_RE, before30) && LABEL_END_AFTER_RE.test(text.slice(cue.end, cue.end + 4))) return undefined;
    // "1,284 new cases were reported in EW 45": counted by the surveillance that the report itself is, not hearsay.
    if (testLong(COUNTED_BEFORE_RE, text.slice(Math.max(s.start, cue.start - 60), cue.start))) return undefined;
    // ("The Committee was told last month that ...": a time may stand between.)
    const when = (PASSIVE_REPORTS.has(lw) || TOLD_THAT.has(lw)) ? execLong(WHEN_THEN_THAT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 40))) : null;
    const that = !!when;
    if (!that && !PASSIVE_REPORTS.has(lw)) return undefined;
    // "No airspace violation was confirmed.", "No casualties were reported.": the absence of any report cites no one.
    if (!that && absentSubject(text, s.start, cue.start)) return undefined;
    // "since the outbreak was declared", "after the results were announced": when, not what was said.
    if (!that && inTimeClause(text, s.start, cue.start)) return undefined;
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
    else speaker = relativeClauseSubject(src) ?? (NAMING_VERBS.has(lw) ? actRelativeSubject(text, src) : undefined) ?? src;
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
/** A relative pronoun and a form of "be" before a participle: "who were ", "that was ". */
const RELATIVE_BE_BEFORE_RE = /\b(?:who|that|which)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+$/;
/** An agent (1) and then a finite verb of the sentence's own: "rights groups took", "reporters said". */
const AGENT_THEN_OWN_VERB_RE = /^((?:the|a|an|its|their|his|her|local|state|national|federal|regional)?\s*(?:[A-Za-z][\w'\u2019.-]*\s+){0,3}?(?!(?:the|a|an|its|their|his|her|and|of|in|on|at|for|from|with|newly|recently)\s)[A-Za-z][\w'\u2019.-]*)\s+(?:[a-z]{3,}ed|said|told|wrote|found|gave|took|made|lost|kept|held|spoke|saw|knew|left|met|paid|sent|spent|won|became|began|says|has|have|had|will|would|could|can)\b/;
/** Participles of being asked: the one asked reports nothing of the asker's. */
const ASKED_PARTICIPLES = new Set(['questioned', 'interviewed', 'asked', 'surveyed', 'polled', 'quizzed', 'contacted']);
/** Whether a participle with its agent after a plural noun is a reduced relative with the sentence's own verb after the
 * agent: "Farmers questioned by the inspectors described long delays". */
function reducedRelativeAgent(lw: string, pw: string, agent: string): boolean {
  return (lw.endsWith('ed') || lw === 'told' || lw === 'shown' || lw === 'found') && PLURAL_BEFORE_RE.test(pw) && testLong(VERB_AFTER_AGENT_RE, agent);
}

/** Cues that, before "to" and a verb, are deeds: "offered to", "agreed to", "refused to", "declined to". */
const ACTED_TO_CUE_RE = /^(?:offer|agree|refus|declin)/;

/** "What was ", "what is being ", "what has been " right before a passive participle: a free relative. */
const WHAT_BEFORE_PASSIVE_RE = /\bwhat\s+(?:is|are|was|were|has\s+been|had\s+been)\s+(?:being\s+)?$/i;
/** The end of a heading's line after its last word: its markup, a colon, the line's end. */
export const LABEL_END_AFTER_RE = /^[*_]{0,2}(?::|[ \t]*(?:\n|$))/;
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
/** Verbs that name or judge a thing: what a relative clause on an act says of it ("a decision campaigners called"). */
const NAMING_VERBS = new Set(['called', 'calls', 'call', 'described', 'describes', 'termed', 'terms', 'dubbed', 'hailed', 'hail', 'hails', 'welcomed', 'welcome', 'welcomes', 'praised', 'criticised', 'criticized', 'condemned', 'denounced']);
/** A noun of an act or a decision, then the (lower-case) subject of a relative clause on it: "a decision campaigners". */
const ACT_RELATIVE_RE = /^(?:an?|the|one|this|that)\s+(?:[a-z-]+\s+)?(?:decision|move|step|ruling|verdict|measure|plan|deal|policy|proposal|judgment|judgement|outcome|announcement|appointment|choice|compromise|offer|sentence|law|bill|reform|action|result|vote|agreement|visit|speech)\s+((?:[a-z-]+\s+){0,2}[a-z]{3,}s)$/;
/**
 * The subject of a relative clause on an act set off after the clause it sums up: "campaigners" of ", a decision
 * campaigners called a victory". (After a comma only: "the union members said" is one noun phrase.)
 */
function actRelativeSubject(text: string, src: TextSpan): TextSpan | undefined {
  if (src.start < 2 || text.charCodeAt(src.start - 2) !== 44 || src.text.length > 60) return undefined;
  const m = ACT_RELATIVE_RE.exec(src.text);
  if (!m) return undefined;
  return { start: src.end - m[1].length, end: src.end, text: m[1] };
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




/** Sources that are figures of speech: "History shows", "Experience tells us". */
const RHETORICAL_SOURCE_RE = /^(?:history|experience|common\s+sense|the\s+record|time|logic|reality)$/i;

/** Whether one of INVERTED_TAIL_RE's verbs occurs in [start, end): a search of its words, cheaper than the regex. */
function tailCueIn(text: string, start: number, end: number): boolean {
  // (On the content's own text: a search of the whole text from `start` would read to its end for every cue.)
  const body = text.slice(start, end);
  // (One pattern of the words, not a search for each: every multi-letter `includes` is a call into the runtime.)
  return body.includes(', ') && testLong(TAIL_VERBS_RE, body);
}
const TAIL_VERBS_RE = / (?:said|says|added|adds|noted|notes|stressed|insisted|argued|warned|told)/;

/** A cue set off at the end of a clause, with its speaker first: ", he added", ", the minister said". */
const INVERTED_TAIL_RE = lazyRegExp(() => /,\s+(?:he|she|they|we|I|\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?|(?:[a-z]+\s+)?(?:officials|diplomats|analysts|sources|experts|residents|witnesses|police|authorities|observers))\s+(?:said|says|added|adds|noted|notes|stressed|insisted|argued|warned|told\s+\w+)\b/u);

const TOLD = new Set(['told', 'tells', 'tell', 'telling', 'reminded', 'reminds', 'remind']);
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
  // (Most contents hold no closing quotation mark: one search for one spares the walk.)
  if (!testShort(CLOSING_QUOTE_RE, t, '"\u201d')) return false;
  for (let p = 0; p + 1 < t.length; p++) {
    const c = t.charCodeAt(p);
    if ((c !== 34 && c !== 0x201d) || !isSpaceCode(t.charCodeAt(p + 1))) continue;
    const d = codeAt(t, skipBlanks(t, p + 1));
    if (d === 105 || d === 111 || d === 118 || d === 100 || d === 97 || d === 116) return true;
  }
  return false;
}
const CLOSING_QUOTE_RE = /["\u201d]/;
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
// ("told USA TODAY's weekly video newsmaker series it is clear": a named outlet's programme, whole.)
const ADDRESSEE_RE = /^\s+(?:(?:the\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}['\u2019]s\s+(?:[a-z-]+\s+){0,4}(?:series|show|programme|program|podcast|newspaper|paper|website|magazine|radio|television|channel|broadcast|newsletter|editorial\s+board)|(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\p{Lu}[\p{L}\p{N}.&'\u2019-]{0,40}(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}.&'\u2019-]{0,40}){0,4}|(?:his|her|their|its|our|my)\s+(?:(?:senior|closest|top|close|own|fellow|military|political)\s+)?(?:aides|advisers|advisors|allies|colleagues|staff|officers|commanders|generals|followers|cabinet|team|ministers|supporters|troops|men|party|lawyers|friends|family)|him|her|them|us|me|ourselves|themselves|himself|herself|myself|itself|parliament|congress|reporters|journalists|lawmakers|legislators|delegates|senators|investors|analysts|shareholders|employees|clients|customers|creditors|bankers|executives|regulators|economists|supporters|students|diplomats|ministers|donors|voters|residents|troops|soldiers|workers|aides|advisers|advisors|allies|colleagues|staff|officers|commanders|generals|followers|(?:an?|the)\s+(?:[a-z]+\s+){0,2}(?:conference|rally|forum|summit|meeting|gathering|audience|crowd|hearing|session|dinner|event|seminar|panel|committee)(?:\s+(?:of|in)\s+(?:\p{Lu}[\p{L}-]{0,40}\s+){0,3}(?!(?:last|this|next|earlier|that|on|alongside|beside|with)\b)[\p{L}-]+)?|the\s+(?:committee|court|house|senate|council|assembly|conference|summit|parliament|chamber|audience|crowd|jury|tribunal|inquiry|hearing|meeting|newspaper|agency|broadcaster)|(?:this|our)\s+(?:newspaper|paper|publication|website|magazine|outlet|reporter|correspondent|programme|program|podcast|broadcaster|agency|news\s+agency)|(?:national|state|local|public|private|russian|ukrainian|israeli|iranian|chinese|american|british|french|german|turkish|arab|regional)\s+(?:television|tv|radio|media|broadcaster|outlets?|newspapers?)|(?:a|the)\s+(?:(?:regular|daily|weekly|news|press|joint)\s+)?(?:briefing|news\s+conference|press\s+conference))(?=[\s,.;!?]|$)/u;

/** After an active "branded", "labelled" or "dubbed": its object (a determined noun of up to three words, a pronoun or a
 * name) and then what the object was called: " the plan reckless", " him a traitor", " Macron arrogant" (no preposition
 * or conjunction in either, which would make the verb another sense, "branded its shoes with a swoosh"; no adverb, " the
 * products clearly"). */
const ACTIVE_NAMING_AFTER_RE =
  /^\s+(?:(?:the|a|an|his|her|their|its|this|that|these|those|our|your)\s+(?!(?:with|as|in|on|at|for|to|from|by|and|or|after|over|into|under|across|during|since|until|last|this)\b)[\w'\u2019-]+(?:\s+(?!(?:with|as|in|on|at|for|to|from|by|and|or|after|over|into|under|across|during|since|until|last|this)\b)[\w'\u2019-]+){0,2}?|him|them|it|us|me|[A-Z][\w'\u2019-]*)\s+(?:as\s+)?["\u201c]?(?!(?!(?:costly|deadly|cowardly|ugly|silly|unlikely|unruly|friendly|unfriendly|lowly|disorderly|elderly)\b)[a-z]+ly\b)(?!(?:with|as|in|on|at|for|to|from|by|and|or|after|over|into|under|across|during|since|until|last|this)\b)[\w'\u2019-]+/;
/** Before such a verb, what makes it no active: a comma (", dubbed Stargate,"), a form of "be" or a determiner
 * ("branded goods"), or an indefinite noun it describes ("a rocket dubbed Starship Heavy"). */
const NOT_ACTIVE_NAMING_BEFORE_RE = /(?:,\s*|\b(?:is|are|was|were|be|been|being|the|a|an|its|their|his|her|so|self)\s+|\b(?:a|an)\s+[a-z-]+\s+)$/i;

/** After "rated": the words checked (a claim, a post, a statement, or "it" or "this" standing for one), then the verdict. */
const RATED_CLAIM_AFTER_RE = /^\s+(?:(?:the|this|that|these|those|his|her|their|its|a|an|such)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:claims?|statements?|posts?|assertions?|videos?|photos?|images?|quotes?|stor(?:y|ies)|rumou?rs?|remarks?|comments?|tweets?|ads?|headlines?|allegations?|figures?)|it|this|them)\s+(?:as\s+)?["\u201c\u2018']?(?:[A-Z]|(?:false|true|misleading|mostly|half|partly|inaccurate|accurate|wrong|unproven|unsupported|baseless|pants|correct|incorrect|fake|fabricated|altered|satire|missing|lacking|out\s+of\s+context)\b)/;

/** Whether an active "rated" gives a fact checker's verdict on a claim (see RATED_CLAIM_AFTER_RE). */
function ratesAClaim(prev: string, next: string): boolean {
  return !NOT_ACTIVE_NAMING_BEFORE_RE.test(prev) && testLong(RATED_CLAIM_AFTER_RE, next);
}

/** Whether "branded", "labelled" or "dubbed" (words of naming that read only in a passive otherwise) are an active verb
 * with an object and what it was called ("Critics branded the plan reckless"). */
function activeNaming(prev: string, next: string): boolean {
  return testLong(ACTIVE_NAMING_AFTER_RE, next) && !NOT_ACTIVE_NAMING_BEFORE_RE.test(prev);
}
