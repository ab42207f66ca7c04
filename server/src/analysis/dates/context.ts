// Clues from the words around an expression: the tense of its clause, and what precedes it.
import { backOverBlanks, execLong, isAsciiLetterCode, isAsciiUpperCode, isSpaceCode, lazyRegExp, testLong, testShort } from '../chars';

export type Tense = 'past' | 'future' | 'unknown';

// (In FUTURE, MODAL, PAST and SCHEDULED_BEFORE a lookbehind follows its words and reads them again: leading them, it was
// tried at every position of the clause; after them, only where they match. tenseAt ~40% cheaper on Node 20.)
// ("A ruling is sought on Monday", "approval is still needed": what is sought or awaited is ahead; so is what "is likely
// to", "is seen cutting", "is on track to" or "is eyeing" in the present.)
// ("Trump's plan to end the war", "the peace plan to": a plan after a determiner or an owner is a noun, no verb that
// looks ahead.)
const FUTURE =
  /\b(?:will|won't|would|shall|'ll|going to|plans? to(?<!(?:\bthe|\ba|\ban|\bhis|\bher|\bits|\btheir|\bour|\bthis|\bthat|['\u2019]s)\s(?:(?:peace|new|ceasefire|rescue|recovery|reform|spending|budget)\s)?plans? to)|planning|preparing|preparations for|planned to|(?:agreed|promised|pledged|vowed|decided|threatened|offered|hoped|aimed|sought|undertook|invitations?|hopes|hoping|aims|aiming|seeks|seeking|wants|wanting) to(?!\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|it|them|him|us|me|such|any|all|some|both|each|terms|demands|conditions|proposals?|plans?)\b)|(?:intends?|intended|expects?|expected|expecting|scheduled)(?<!\b(?:than|as)\s(?:intends?|intended|expects?|expected|expecting|scheduled))|(?:is|are)\s+(?:being\s+|still\s+)?(?:sought|needed|required|awaited|pending)|(?:is|are)\s+(?:(?:still|now|also|not|more|less|very|highly|widely)\s+)?(?:(?:un)?likely\s+to|(?:seen|forecast|projected|predicted|tipped)\s+(?:to\s|[a-z]+ing\s)|on\s+(?:track|course)\s+(?:to|for)|eyeing|targeting|targetting|betting\s+on|working\s+(?:to|towards?)|looking\s+to)|slated|set to|set for|(?:headed|heading|poised|bound)(?<=\b(?:is|are|appears?|seems?|looks?)\s+(?:to\s+be\s+)?(?:headed|heading|poised|bound))\s+for|supposed to|is due|are due|due|is to|are to|to be(?<!\b(?:appeared|appears|appear|seemed|seems|seem|believed|thought|said|reported|known|understood|alleged|claimed|proved|proven|used)\sto be)|upcoming|payable|effective|must|should|(?:begins?|starts?)(?<!\bthe\s(?:begins?|starts?))|resumes?|takes\s+effect|(?:comes|enters)\s+into\s+force|goes\s+into\s+effect|expires|runs\s+out|lapses|deadline\s+(?:is|falls)|as soon as|as early as|next\s+(?:week|month|year|round|meeting|session|spring|summer|fall|autumn|winter|tranche|instalment|installment|disbursement|payment|phase|stage)|looks?\s+forward\s+to|looking\s+forward\s+to|slips?\s+(?:back\s+)?(?:to|into|until)|(?:delayed|postponed|pushed\s+back|put\s+off|deferred)\s+(?:until|to|till|into))\b/gi;
// ("what appeared to be a missile", "was believed to be": a "to be" of seeming or report, not of what is ahead.)
const MODAL = /\b(?:will|won't|would|shall|'ll|going to|must|should|has to|have to|needs? to|to be(?<!\b(?:appeared|appears|appear|seemed|seems|seem|believed|thought|said|reported|known|understood|alleged|claimed|proved|proven|used)\sto be)|can be|may be)\b/gi;
const STRONG_PAST = /\b(?:said|was|were|had|did|ago|yesterday|last)\b/gi;
// Regular past forms, and the irregular ones news uses most (not a participle after "is", "are" or "be": "a ruling is
// sought on Monday" is a present passive, "will be named commander for a mission in December" a future one; nor the verbs and words that only end as one does: "to succeed Powell in
// May", "indeed", "hundred"; nor the second half of a compound: "US-led", "Gen Z-led"). (DONE_IN_RE holds the same
// exception: patterns given to testLong stay regex literals, which chars.test.ts reads from the source.)
const PAST =
  /\b(?<![-\u2010])(?:said|says|was|were|had|did|been|ago|last|yesterday|earlier|since|(?:began|met|told|took|went|came|left|held|made|gave|won|lost|fell|rose|saw|became|sent|spent|struck|fought|brought|bought|sold|paid|led|ran|wrote|spoke|broke|chose|drove|flew|froze|grew|knew|meant|stood|thought|threw|understood|wore|withdrew|drew|blew|swore|tore|rode|sank|rang|sang|fled|sought|caught|taught|built|dealt|felt|kept|heard|found|quit|overthrew|undertook|shook|oversaw|withheld|upheld)(?<!\b(?:is|are|be)\s+(?:(?:still|also|now|being)\s+){0,2}[a-z]+)|[a-z]{3,}ed(?<!\b(?:is|are|be|appears?|seems?|looks?)\s+(?:(?:still|also|now|being)\s+){0,2}(?:to\s+be\s+)?[a-z]{3,}ed)(?<!\b(?:succe|proce|exce|spe|bre|ble|inde|hundr)ed)(?:(?<!\bheaded)|(?!\s+for\b)))\b/gi;

const HAS_DIGIT = /\d/;

const CLOCK_AT_END = /\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s*(?:[A-Z]{3}\s*)?,?\s*$/i;

/** The clause without a trailing clock time ("until 9 a.m. EST,"). */
function stripClock(clause: string): string {
  if (!mayEndInClock(clause) || !HAS_DIGIT.test(clause)) return clause;
  // A match holds at most 13 characters besides spaces and needs nothing before it: search only the tail
  // that holds the last 16 of them (the end-anchored search otherwise starts at every digit of the clause).
  let k = clause.length;
  for (let n = 0; k > 0 && n < 16; k--) if (!isSpaceCode(clause.charCodeAt(k - 1))) n++;
  const tail = clause.slice(k);
  const cut = tail.replace(CLOCK_AT_END, '');
  return cut.length === tail.length ? clause : clause.slice(0, k) + cut;
}

/** True when s[0,i) ends in "m" or "m." (any case). */
function endsInM(s: string, i: number): boolean {
  if (i > 0 && s.charCodeAt(i - 1) === 46) i--;
  return i > 0 && (s.charCodeAt(i - 1) | 32) === 109;
}

/**
 * A cheap necessary condition for the clock-time strip in tenseAt: s ends (before spaces, a comma and a
 * three-letter zone) in "m" or "m.".
 */
function mayEndInClock(s: string): boolean {
  let i = backOverBlanks(s, s.length);
  if (i > 0 && s.charCodeAt(i - 1) === 44) i = backOverBlanks(s, i - 1);
  if (endsInM(s, i)) return true;
  for (let k = 1; k <= 3; k++) if (i - k < 0 || !isAsciiLetterCode(s.charCodeAt(i - k))) return false;
  return endsInM(s, backOverBlanks(s, i - 3));
}

/**
 * The last match of a one-word pattern (`\b(?:letters|...)\b`) in one search: each of its matches is a whole
 * word, so matches never overlap and the last one is the rightmost place it matches, which a greedy `[\s\S]*`
 * before it finds by backing off from the end (instead of one search per match, as lastMatch does).
 */
/** An article, then an "-ed" word and a noun after it ("a televised speech"), from 8 characters before the word. */
const ADJECTIVE_PARTICIPLE_RE = /\b(?:a|an|the|its|his|her|their|this|these|those)\s+[a-z]{3,}ed\s+[a-z]/i;
const PARTICIPLE_TAIL_RE = /[a-z]{3,}ed\s+[a-z]$/i;
/** Whether the past word found at p in clause is such a participle after its article (the match's word at p). */
function adjectiveParticipleAt(clause: string, p: number): boolean {
  const from = Math.max(0, p - 8);
  const m = ADJECTIVE_PARTICIPLE_RE.exec(clause.slice(from, p + 24));
  if (!m) return false;
  // (The participle starts after the article and its blanks; p may point at a blank before the word.)
  const word = from + m.index + m[0].length - PARTICIPLE_TAIL_RE.exec(m[0])![0].length;
  let q = p;
  while (q < clause.length && (clause.charCodeAt(q) === 32 || clause.charCodeAt(q) === 160)) q++;
  return word === q;
}

// (lastWordMatch, lastMatch and firstMatch take patterns of whole words of two letters or more: "" and one character,
// one-byte strings on a two-byte article, never match, and are not given to the regex to spare its second compile.)
function lastWordMatch(re: RegExp, s: string): number {
  if (s.length < 2) return -1;
  const m = re.exec(s);
  return m ? m[0].length - m[1].length : -1;
}
const PAST_LAST = new RegExp(`^[\\s\\S]*(${PAST.source})`, 'i');
const STRONG_PAST_LAST = new RegExp(`^[\\s\\S]*(${STRONG_PAST.source})`, 'i');

function lastMatch(re: RegExp, s: string): number {
  if (s.length < 2) return -1;
  re.lastIndex = 0;
  let pos = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) pos = m.index;
  return pos;
}

function firstMatch(re: RegExp, s: string): number {
  if (s.length < 2) return -1;
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}

const SENTENCE_END = /[.!?]["'”’)\]]*\s+(?=["“'‘(]?[A-Z0-9])|\n/g;
const ABBREVIATION = /(?:\b[a-z]\.[a-z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|No|vs|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Inc|Corp|Co|Ltd|vs)|\b[A-Z])$/;

/**
 * Whether s[i - 6, i) ends in an abbreviation (ABBREVIATION). Of the strings below two characters (one-byte on a
 * two-byte article: a second compile of the pattern) it matches exactly the capital letters.
 */
function abbreviationBefore(s: string, i: number): boolean {
  if (i < 2) return i === 1 && isAsciiUpperCode(s.charCodeAt(0));
  return ABBREVIATION.test(s.slice(Math.max(0, i - 6), i));
}

/** Where the last sentence of s begins (sentence ends after abbreviations like "a.m." or "Nov." do not count). */
function sentenceStart(s: string): number {
  // (Below two characters only "\n" ends a sentence: spared the regex, as in abbreviationBefore.)
  if (s.length < 2) return s === '\n' ? 1 : 0;
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) {
    if (m[0] !== '\n' && abbreviationBefore(s, m.index)) continue;
    start = m.index + m[0].length;
  }
  return start;
}

/** Where the first sentence of s ends, or -1 (abbreviations such as "Ala." or "vs." do not end it). */
function sentenceEnd(s: string): number {
  if (s.length < 2) return s === '\n' ? 0 : -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) {
    if (m[0] !== '\n' && abbreviationBefore(s, m.index)) continue;
    return m.index;
  }
  return -1;
}

/** The ASCII letters ending s before its trailing spaces (lower case); `skip` more such words are dropped first. */
function lastWord(s: string, skip = 0): string {
  let i = s.length;
  for (;;) {
    i = backOverBlanks(s, i);
    const end = i;
    while (i > 0) {
      const c = s.charCodeAt(i - 1) | 32;
      if (c < 97 || c > 122) break;
      i--;
    }
    if (skip-- <= 0 || i === end) return s.slice(i, end).toLowerCase();
  }
}
/** A clause that is only its opening deadline so far: "By", "But by the", "Up until", "And until". */
const DEADLINE_OPENS = /^\W*(?:(?:but|and|yet|so|up|even|only|not)\s+)*(?:by|until|till|before)\s+(?:the\s+)?$/i;
/** Last words of the deadline and "last" patterns below ("by", "no later than", "until the" ...). */
const LEAD_WORDS = new Set(['by', 'from', 'than', 'for', 'of', 'as', 'last', 'before', 'until', 'through', 'to', 'till']);
/**
 * A date just after a booking or a move is where the event now stands, ahead: "set for Thursday", "pencilled in
 * for May", "postponed to Thursday", "the deadline was extended to Sunday". (Also what lets "for May" and "for March" be months at all.)
 */
export const BOOKED_BEFORE =
  /\b(?:set|scheduled|slated|planned|booked|pencil+ed\s+in|due|rescheduled|postponed|delayed|deferred|moved|pushed\s+back|put\s+off|brought\s+forward|adjourned|(?<=\b(?:was|were|been|be|is|are)\s+)extended)\s+(?:for|to|until|till)\s+(?:the\s+)?$/i;

/** A new clause joined after a comma or semicolon ("..., and markets now price"), with no past form of its own after the join. */
/**
 * A verb of saying, then an event that is held on a day as the subject of what was said: "said the budget on"; or a
 * period from its first day: "said the fiscal year starting April 1 would".
 */
const REPORTED_EVENT_RE = /^(?:said|says|told\s+\S+|warned|predicted|argued|insisted|signall?ed|hinted|suggested|confirmed|announced)\s+(?:that\s+)?(?:the|its|his|her|their|next|this)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:budget|election|elections|vote|referendum|summit|meeting|talks|hearing|review|statement|deadline|auction|conference|visit|negotiations|ballot|debate|speech|announcement|decision)\s+(?:on|in|due\s+on|scheduled\s+for|set\s+for|planned\s+for)\s+(?:the\s+)?$|^(?:said|says|told\s+\S+|warned|predicted|argued|insisted|signall?ed|hinted|suggested|confirmed|announced)\s+(?:that\s+)?(?:the|its|his|her|their|next|this)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:year|quarter|half|term|session|season)\s+(?:starting|beginning)\s+(?:on\s+)?$/i;
/** A verb that looks ahead right after the date: "would", "will", "is expected". */
const MODAL_AFTER_DATE_RE = /^[,\s]{0,3}(?:would|will|could|might|may|should|must|(?:was|is|were|are)\s+(?:likely|expected|set|due|scheduled))\b/;
const JOINED_CLAUSE_RE = /(?:,\s+(?:and|but|while|yet|so)|;)\s+(?:(?!\b(?:was|were|had|did|[a-z]{3,}ed)\b)[^,;])*$/i;

/** "from Monday through": the second end of a stretch, not a deadline. */
const FROM_THROUGH_RE = /\bfrom\s+[^,;.]{1,30}\s+(?:through|until|till)\s+(?:the\s+)?$/i;

/** A verb of going on, then "until": how long something lasted ("remained in force until", "continued until"). */
const LASTED_UNTIL = /\b(?:lasted|continued|stayed|remained|raged|persisted|went\s+on|dragged\s+on|waited|served|lived|reigned|ruled|held\s+out|worked)\b[^.;:]{0,40}\b(?:until|through)\s+(?:the\s+)?$/i;

// "Polls close at 8 p.m. ET on Tuesday": a clock time may stand between the verb and the day.
// ("won Georgia's 16 electoral votes on Tuesday": votes counted or named by a kind are a noun, no verb of a schedule.)
const SCHEDULED_BEFORE = /\b(?:meets?|convenes?|reconvenes?|returns|return(?<!\b(?:the|a|an|its|their|his|her|our|whose|tax)\sreturn)|votes?(?<!(?:\d|\b(?:the|its|their|his|her|our|whose|electoral|popular|postal|delegate|confidence|key|crucial))\svotes?)|visits?|holds?|opens?|closes?|ends|starts?|begins?|resumes?|travels?|heads?|arrives?|lands|departs|flies|leaves|runs|takes\s+place|kicks\s+off|expires|concludes|(?:go(?:es)?|heads?)\s+to\s+the\s+polls|(?:is|are)\s+(?:closed|shut))\s+(?:[a-z]+ly\s+)?(?:at\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|[012]\d[0-5]\d|[012]?\d[:.][0-5]\d)\s+(?:[A-Z]{2,4}\s+|local\s+time\s+)?(?:\(\d{4}\s+[A-Z]{2,4}\)\s+)?)?(?:on\s+)?$/i;

/** What a company reports on its day: "results", "earnings". */
const RESULTS_NOUNS = new Set(['results', 'earnings', 'figures', 'numbers', 'sales', 'data']);
/** A company's report in the present, before its day: "reports on", "posts its third-quarter results on", "reports after the bell on". */
const RESULTS_BEFORE = /(?<!\b(?:the|a|an|its|their|his|her|our|whose)\s)\b(?:reports\s+(?:on\s+)?|(?:reports|posts|publishes|releases|announces|unveils)\s+(?:(?:its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:results|earnings|figures|numbers|sales|data)\s+(?:on\s+)?)(?:(?:after|before)\s+the\s+(?:bell|close|open|market\s+(?:closes|close|opens|open))\s+(?:on\s+)?)?$/i;

const WEEKDAY_AT_RE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;

/** A part of the period between the deadline's word and the month: "until the end of", "by the middle of". */
const PART_OF_AT_END = /\s(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close|turn)\s+of\s+$/i;
/** The clause without a trailing part of the period ("unchanged through the end of" is read as "unchanged through"). */
function stripPartOf(clause: string): string {
  if (!clause.endsWith('of ')) return clause;
  const tail = clause.slice(-28);
  const m = execLong(PART_OF_AT_END, tail);
  if (!m) return clause;
  // (Only after a deadline's word: "have come down from the middle of October" is where a fall started.)
  const cut = `${clause.slice(0, clause.length - tail.length + m.index)} `;
  return DEADLINE_WORD_AT_END.test(cut.slice(-10)) ? cut : clause;
}
const DEADLINE_WORD_AT_END = /\b(?:until|till|through|by|before)\s+$/i;
/** "until 10 a.m. on", "until 10:00 on", "to midnight Brussels time on": a clock and its "on" between the deadline's word and the day. */
const CLOCK_ON_AT_END = /\s(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{1,2}[:.]\d\d|midnight|noon|midday)\s*(?:[A-Z]{2,4}\s*|[A-Z][a-z]+\s+time\s+|local\s+time\s+)?,?\s*on\s+$/;
/** "at least" right before the date: "until at least February". */
const AT_LEAST_AT_END = /\sat\s+least\s+$/i;
/** A move with its object before the date: "adjourned the hearing to", "pushed the vote back to", "extended the deadline to". */
const BOOKED_OBJECT_BEFORE = /\b(?:rescheduled|postponed|delayed|deferred|moved|adjourned|extended|pushed|brought)\s+(?:the|its|their|his|her|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:back\s+|forward\s+)?(?:to|until|till)\s+(?:the\s+)?$/i;
/** The clause without a trailing clock time, and its "on" ("until 10 a.m. on" is read as "until"). */
function stripClockOn(clause: string): string {
  // (Each pattern ends in a word and blanks, "on" or "least": read only where the clause does.)
  const word = backOverBlanks(clause, clause.length, Math.max(0, clause.length - 36));
  const on = word < clause.length && word >= 2 && clause.charCodeAt(word - 2) === 111 && clause.charCodeAt(word - 1) === 110;
  const tail = clause.slice(-36);
  const m = on ? execLong(CLOCK_ON_AT_END, tail) : null;
  if (m) return `${clause.slice(0, clause.length - tail.length + m.index)} `;
  // ("last until at least February": the deadline's word is "until".)
  const least = word < clause.length && word >= 5 && (clause.charCodeAt(word - 1) | 32) === 116 && (clause.charCodeAt(word - 5) | 32) === 108 ? execLong(AT_LEAST_AT_END, tail) : null;
  return least ? clause.slice(0, clause.length - tail.length + least.index + 1) : stripClock(clause);
}
/** "early", "mid-", "the end of" right before the date: the date's own span words, not the clause's. */
const EDGE_AT_END = /\b(?:early|late|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of)(?:\s+|-)$/i;
/** The clause without a trailing "early", "mid-" or "the end of" ("planned for mid-" is read as "planned for"). */
function stripEdge(clause: string): string {
  const tail = clause.slice(-24);
  const m = execLong(EDGE_AT_END, tail);
  return m ? clause.slice(0, clause.length - tail.length + m.index) : clause;
}
/** A verb of a plan's step in the present, its object, then the time: "completes its design review in the", "announces its decision on". */
const SCHEDULED_OBJECT_BEFORE = /\b(?:completes|finishes|launches|delivers|enters|reaches|hosts|holds|opens|closes|concludes|submits|publishes|releases|unveils|announces|presents|outlines)\s+(?:its|their|the|a|an|his|her|our)\s+(?:[a-z-]{1,20}\s+){0,3}(?:in|on|by|during)\s+(?:the\s+)?$/i;
/** A visit or meeting in the present with a named party, up to its day: "visits Kyiv on", "meets Chinese President Xi Jinping on". */
const SCHEDULED_NAME_BEFORE = /\b(?:visits|meets|tours|addresses|hosts|receives|welcomes)\s+(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:on\s+)?$/;
/** Whether a step of a plan in the present ends the clause before the date, after its last past verb (at p) if any. */
function scheduledAfter(lead: string, p: number): boolean {
  const m = SCHEDULED_OBJECT_BEFORE.exec(lead) ?? RETURN_FOR_BEFORE.exec(lead) ?? SCHEDULED_NAME_BEFORE.exec(lead);
  return m !== null && m.index > p;
}
/** Coming back, going or arriving in the present, then where from or to or what for: "MPs return for the autumn session on", "returns from recess on", "flies to Paris on", "arrives in Beijing on". */
const RETURN_FOR_BEFORE = /(?<!\b(?:the|a|an|its|their|his|her|our|whose|tax)\s)\b(?:(?:returns?|reconvenes?|comes?\s+back|flies|travels|heads|sails)\s+(?:for|from|to)|(?:arrives?|lands)\s+(?:in|at))\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[a-z-]{1,20}\s+){1,3}(?:on|in)\s+(?:the\s+)?$/i;
/** A call for talks just before their day: "invited the social partners for talks on", "called for a meeting on". */
/** The nouns of what a call is for, the last word of CALLED_FOR_RE: "talks", "a meeting" ... */
const CALLED_FOR_LAST = new Set('talks|meeting|meetings|negotiations|consultations|vote|summit|hearing|session|visit|discussions|dialogue'.split('|'));
const CALLED_FOR_RE = new RegExp(`\\b(?:invit(?:ed|es?|ing)|call(?:ed|s|ing)?|summon(?:ed|s|ing)?|conven(?:ed|es?|ing)|ask(?:ed|s|ing)?|urg(?:ed|es?|ing))\\b[^.;:!?]{0,60}\\bfor\\s+(?:(?:fresh|new|further|more|crisis|emergency|urgent|direct|the|a|an)\\s+){0,2}(?:${[...CALLED_FOR_LAST].join('|')})\\s+(?:on\\s+)?$`, 'i');
/** The protests a party calls, from the day they begin ("announced countrywide protests from"). */
const PROTEST_NOUNS = new Set('protests|protest|strike|strikes|shutdown|shutdowns|hartal|hartals|march|rally|rallies|sit-in|sit-ins|demonstrations|boycott|blockade|agitation|movement|campaign'.split('|'));
const PROTEST_FROM_RE = /\b(?:announc(?:ed|es?|ing)|call(?:ed|s|ing)?|declar(?:ed|es?|ing))\s+(?:(?:a|an|the|its|their|fresh|new|nationwide|countrywide|indefinite|general|mass|province-wide|street|week-long|three-day|two-day)\s+){0,3}[\w-]+\s+from\s+$/i;
/** A warning of a thing, then the time it is to come: "warned of heavy rain from", "warns of strikes on the". */
const WARNED_OF_BEFORE = /\bwarn(?:s|ed|ing)?\s+of\s+(?:(?!(?:that|which|who|when)\s)[^\s.;:!?]+\s+){1,6}?(?:from|on|over|by|until|through)\s+(?:the\s+)?$/i;
/** A condition opening just before the day: "If Friday brings", "unless on Monday". */
const IF_BEFORE_RE = /(?:^|[^\w\s]\s*|\n\s*)\b(?:[Ii]f|[Uu]nless)\s+(?:on\s+)?$/;
/** The text up to its sentence's end. */
function untilSentenceEnd(after: string): string {
  const stop = sentenceEnd(after);
  return stop >= 0 ? after.slice(0, stop) : after;
}

/** The tense of the sentence around s[start,end): the nearest cue before it wins, else the first after it. */
export function tenseAt(s: string, start: number, end: number, lookAhead = true): Tense {
  const from = Math.max(0, start - 160);
  const before = s.slice(from, start);
  // (The date's own first character is read too: a sentence that ends right before a date opening the next one ends
  // before a capital, "... the department said. Diwali follows", which the slice alone would cut off.)
  const clause = before.slice(Math.min(before.length, sentenceStart(s.slice(from, start + 1))));
  let f = lastMatch(FUTURE, clause);
  let p = lastWordMatch(PAST_LAST, clause);
  // "is due to give a televised speech on Thursday": a participle right after an article describes a noun; it is no
  // past verb.
  // ("said in a televised address on Thursday": only the "-ed" word itself after its article, not a verb before them.)
  for (let guard = 0; p > 0 && guard < 3 && adjectiveParticipleAt(clause, p); guard++) p = lastWordMatch(PAST_LAST, clause.slice(0, p));
  // "The sanctions, imposed in 2022, expire in March": a participle set off by commas describes the subject; the verb
  // after it is the clause's.
  if (p > 2 && clause.charCodeAt(p - 1) === 32 && clause.charCodeAt(p - 2) === 44 && testLong(/^[a-z]{3,}ed\s[^,;:]*,\s[^,;:]*$/, clause.slice(p))) p = lastWordMatch(PAST_LAST, clause.slice(0, p - 2));
  // "The sale, which had been expected, is part of a program to pay down debt by February": a relative clause set off by
  // commas, closed before the date, holds a past of its own; the clause's verb is after it.
  if (p > 0 && clause.includes(', wh')) p = pastOutsideRelative(clause, p);
  // "Administrators said the Lent term, which runs from mid-January": a relative clause in the present after the past
  // verb has its own tense; the saying is another clause's.
  if (p >= 0 && f < p && clause.includes('which') && testLong(PRESENT_RELATIVE_AFTER_PAST, clause.slice(p))) p = -1;
  // "If the talks were to collapse in December", "Were Iran to resume enrichment in March": a hypothetical "were to"
  // looks ahead (not "The troops were to leave in March", a plan told of the past).
  if (p >= 0 && clause.includes(' to ') && hypotheticalWereTo(clause)) return 'future';
  // A headline's future: "NATO to hold emergency talks Monday" (a name, then "to" and a verb).
  if (f < 0 && p < 0 && clause.includes(' to ')) {
    const h = HEADLINE_TO_RE().exec(clause);
    if (h) f = h.index;
  }
  // "had been scheduled to expire": a future seen from further back is past by now.
  if (f > 0 && testLong(/\bhad\s+been\s+$/i, clause.slice(Math.max(0, f - 16), f))) f = -1;
  // "by Friday", "no later than May", "until 9 a.m. Tuesday", "until 10 a.m. on Monday": a deadline lies ahead.
  const lead = stripPartOf(stripClockOn(clause));
  // The four patterns below end in one of a few words, maybe followed by "the": a cheap gate before them.
  const w = lastWord(lead);
  // A deadline that opens the sentence ("By Monday, officials had ...", "Up until Thursday, they had ...") takes the
  // tense of the verb after it, as any other date does.
  // ("planned for mid-February", "booked for the end of January": the date's own "mid-" is no word of the clause's.)
  if ((w === 'early' || w === 'late' || w === 'mid' || w === 'of' || (w === '' && lead.endsWith('mid-'))) && f < 0 && BOOKED_BEFORE.test(stripEdge(lead))) return 'future';
  // "Forecasters warned of heavy rain from Saturday night": what a warning is of lies ahead of it.
  if ((w === 'from' || w === 'on' || w === 'over' || w === 'by' || w === 'until' || w === 'through' || w === 'the') && WARNED_OF_BEFORE.test(lead)) return 'future';
  if ((LEAD_WORDS.has(w) || (w === 'the' && LEAD_WORDS.has(lastWord(lead, 1)))) && !DEADLINE_OPENS.test(lead)) {
    // "must be signed by Monday" points ahead; "had filed reports by Wednesday" does not.
    // ("said the case was building, and markets now price a cut by March": the past verb is another clause's.)
    if (/\b(?:by|from)\s+(?:the\s+)?$/i.test(lead) && (p < 0 || (f < p && JOINED_CLAUSE_RE.test(clause.slice(p)) && firstMatch(PAST, untilSentenceEnd(s.slice(end, end + 80))) < 0))) return 'future';
    if (/\b(?:no\s+later\s+than|in\s+time\s+for|ahead\s+of|as\s+soon\s+as|as\s+early\s+as)\s+(?:the\s+)?$/i.test(lead)) return 'future';
    if (/\blast\s+$/i.test(lead)) return 'past';
    // "unlikely before the spring": with no past verb in the clause, "before" points ahead;
    // "extended the deadline until Tuesday" points ahead whatever the verb.
    if (/\bbefore\s+(?:the\s+)?$/i.test(lead) && p < 0) return 'future';
    // "said a deal was still possible before the end of January": reported speech shifts "is possible" back to
    // "was possible"; what the speaker called possible by a date lies ahead of the saying.
    if (p >= 0 && f < p && (w === 'before' || w === 'by' || w === 'until' || w === 'till' || w === 'the') && backShiftedOutlook(lead, p)) return 'future';
    // But "the fighting lasted until Tuesday" tells how long something went on, in its own tense.
    // ("funded through Jan. 30", a deadline, too.)
    // ("this year through August", "a loss for the 12 months through June" count what is over.)
    // ("visited from Monday through Wednesday" is a stretch of days, in its own tense.)
    if (/\S\s+(?:until|(?<!\byear\s)through)\s+(?:the\s+)?$/i.test(lead) && !(f < 0 && /\b(?:months|weeks|quarters|period)\s+through\s+(?:the\s+)?$/i.test(lead)) && !(p >= 0 && f < 0 && LASTED_UNTIL.test(lead)) && !FROM_THROUGH_RE.test(lead)) return 'future';
    if (BOOKED_BEFORE.test(lead) || BOOKED_OBJECT_BEFORE.test(lead)) return 'future';
  }
  // "invited the unions for talks on Friday": talks called for lie ahead, whatever the tense of the call.
  // (Each pattern below ends in a few words: the last word is a cheap gate before it, as this runs for every date.)
  // (After "on", the word before it is the pattern's noun.)
  if ((CALLED_FOR_LAST.has(w) || (w === 'on' && CALLED_FOR_LAST.has(lastWord(lead, 1)))) && lead.includes('for ') && CALLED_FOR_RE.test(lead)) return 'future';
  // "The PTI has announced countrywide protests from Friday": a protest called, from the day it is to begin.
  if (w === 'from' && PROTEST_NOUNS.has(lastWord(lead, 1)) && PROTEST_FROM_RE.test(lead)) return 'future';
  // "If Friday brings nothing, we extend": a condition in the present looks ahead.
  if ((w === 'if' || w === 'unless' || w === 'on') && IF_BEFORE_RE.test(lead) && p < 0 && firstMatch(PAST, untilSentenceEnd(s.slice(end, end + 80))) < 0) return 'future';
  // News writes a schedule in the present tense right before its day: "the cabinet meets Monday", "voters go to the
  // polls on Sunday" ("meet demand well into the summer" has words between).
  if (testLong(SCHEDULED_BEFORE, stripClock(clause))) return 'future';
  // "Nissan reports on Thursday", "Apple reports quarterly earnings Thursday": a company's results, in the present, are
  // to come ("reports on Thursday's decision" is what a report is about).
  // (Straight after "reports", only a weekday: "reports second-quarter results" names what it reports.)
  if ((w === 'on' || RESULTS_NOUNS.has(w) || ((w === 'reports' || w === 'bell') && WEEKDAY_AT_RE.test(s.slice(start, start + 3)))) && RESULTS_BEFORE.test(lead.slice(-80)) && s.charCodeAt(end) !== 39 && s.charCodeAt(end) !== 0x2019) return 'future';
  // "Protesters planned a large demonstration in Little Havana on Saturday": an event planned, named with its day, lies
  // ahead of the plan, whose past is not the event's (not "had planned", a plan since given up or held).
  if ((w === 'on' || isAsciiUpperCode(s.charCodeAt(start))) && p >= 0 && lead.includes('plan') && plannedEventAt(lead, p)) return 'future';
  // "The program completes its critical design review in the second quarter": a step of a plan, in the present.
  // ("Officials said the minister announces the plan on Monday", "aides said he visits Kyiv on Monday": the present
  // verb after the saying is the plan's own, not shifted back; "visits Kyiv on", a name for its object.)
  if (f < 0 && (w === 'in' || w === 'on' || w === 'by' || w === 'during' || w === 'the') && scheduledAfter(lead, p)) return 'future';
  // A participle after a modal ("will be held") stays future; only a finite past form overrides it.
  const modal = lastMatch(MODAL, clause);
  if (modal >= 0 && modal >= clause.length - 60 && lastWordMatch(STRONG_PAST_LAST, clause) < modal) return 'future';
  // "A recess is planned for mid-February, and the Easter recess will run ...": a date opening a clause joined after
  // the past cue takes the tense of that clause's own verb, when it is a future one.
  if (lookAhead && p >= 0 && f < p && JOINED_CLAUSE_RE.test(clause.slice(p))) {
    const after = untilSentenceEnd(s.slice(end, end + 120));
    const fa = firstMatch(FUTURE, after);
    if (fa >= 0 && !(firstMatch(PAST, after) >= 0 && firstMatch(PAST, after) < fa)) return 'future';
  }
  // "signalled that a cut in December was likely": what a saying in the past called likely at a date lies ahead of it.
  if (w === 'in' && p >= 0 && f < p && outlookAfter(s, end) && REPORTING_PAST_RE.test(lead.slice(-80))) return 'future';
  // "Stride said the budget on Nov. 26 would bring more tax rises": a scheduled event named with its day as the subject
  // of what was said, whose verb looks ahead, is still to come; the saying's past is not the event's.
  if (lookAhead && p >= 0 && f < p && (w === 'on' || w === 'in' || w === 'for' || w === 'the' || w === 'starting' || w === 'beginning') && REPORTED_EVENT_RE.test(clause.slice(p)) && MODAL_AFTER_DATE_RE.test(s.slice(end, end + 40))) return 'future';
  if (f >= 0 || p >= 0) {
    // "agreed on Sunday to raise their December output targets": a decision, then what it is to do, the date in it.
    // ("The Senate voted 60-40 to advance the bill on Sunday", "The Senate agreed to advance the bill on Sunday": a
    // body's vote or decision is news of its own day; a bare weekday after it is the decision's, not that of what it is
    // to do, unless what it is to do is a meeting held on a day: "agreed to meet on Sunday", "decided to resume talks on
    // Monday". A pledge's weekday stays what was pledged: "vowed to respond on Saturday".)
    const decided = f <= p ? clause.slice(p, wordEndFrom(clause, p)).toLowerCase() : '';
    if (DECIDED_WORDS.has(decided) && p === lastWordMatch(DECIDED_TO_LAST, clause)) {
      const d = DECIDED_TO_RE.exec(clause.slice(p));
      if (d && BODY_DECIDED_WORDS.has(decided) && WEEKDAY_AT_RE.test(s.slice(start, start + 3)) && !MEETING_VERBS.has(d[1].toLowerCase())) return 'past';
      if (f < p && d && !(lookAhead && pastAfterInSentence(s, end))) return 'future';
    }
    // "returned Tuesday, weeks before the new Congress is sworn in on Jan. 3": a clause of time in the present after the
    // past verb tells what is to come.
    if (f < p && presentTimeClause(clause, p)) return 'future';
    if (f < p) return 'past';
    // "The truce, which both sides pledged to respect in March, collapsed": a future seen from the past, in a sentence
    // whose own verb after the date is past, is over by now.
    // "vowed to retaliate for the strikes on Saturday", "promised to respond after the U.S. strikes on Saturday": what a
    // response answers has happened; the day is the deed's.
    if (RESPONSE_FOR_RE.test(clause.slice(f))) return 'past';
    if (lookAhead && (FUTURE_IN_PAST_RE.test(clause.slice(f, f + 24)) || /\b(?:meant|supposed|due|set|expected|scheduled|planned|agreed|pledged|promised|vowed)\s+to\s+$/i.test(clause.slice(Math.max(0, f - 16), f))) && pastAfterInSentence(s, end)) return 'past';
    return 'future';
  }
  if (!lookAhead) return 'unknown';
  // "The Supreme Court's Trinity term runs from early June to the end of July, and a hearing ... is considered
  // unlikely": a span in the present is the nearest; the tense of a clause joined after it is not its own.
  if ((clause.includes('runs ') || clause.includes('lasts ')) && testLong(PRESENT_SPAN_BEFORE_RE, clause)) return 'unknown';
  let after = s.slice(end, end + 160);
  const stop = sentenceEnd(after);
  if (stop >= 0) after = after.slice(0, stop);
  const fa = firstMatch(FUTURE, after);
  const pa = firstMatch(PAST, after);
  if (fa < 0 && pa < 0) return 'unknown';
  if (fa < 0) return 'past';
  // "The OBR forecast in March that borrowing would": a verb whose past is its present form ("forecast", "set", "put"),
  // then the date and what it reported, back-shifted to "would": the saying is over.
  if (fa < pa || pa < 0) return after.charCodeAt(1) === 116 && THAT_WOULD_AFTER_RE.test(after.slice(0, fa + 5)) ? 'past' : 'future';
  return 'past';
}

/** A plan, then the event planned and where, up to its day: "planned a large demonstration in Little Havana on ". */
const PLANNED_EVENT_BEFORE_RE = /(?<!\bhad\s+)\b(?:planned|planning|plans?|scheduled)\s+(?:(?:a|an|the|their|its|his|her|another|more|further|new|fresh|large|big|mass|major|second|two|three|several)\s+){0,3}(?:[\w-]+\s+){0,2}?(?:demonstrations?|rall(?:y|ies)|protests?|march(?:es)?|strikes?|meetings?|votes?|visits?|talks|summits?|hearings?|ceremon(?:y|ies)|celebrations?|funerals?|memorials?|parades?|(?:news|press)\s+conferences?|vigils?|sessions?|debates?)\s+(?:(?:in|at|outside|near)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,4})?(?:on\s+)?$/;
/** Whether the clause ends in a planned event (PLANNED_EVENT_BEFORE_RE) whose plan is its last past form, at `p`. */
function plannedEventAt(lead: string, p: number): boolean {
  const tail = lead.length > 140 ? lead.slice(-140) : lead;
  const m = execLong(PLANNED_EVENT_BEFORE_RE, tail);
  return m !== null && lead.length - tail.length + m.index + 1 >= p;
}

/**
 * The last past form of the clause outside a relative clause set off by commas (", which had been expected,") that
 * holds `p`, the last one, and closes after it; `p` when no such clause holds it.
 */
function pastOutsideRelative(clause: string, p: number): number {
  const open = Math.max(clause.lastIndexOf(', which ', p), clause.lastIndexOf(', who ', p));
  if (open < 0) return p;
  // (Closed after `p` by the clause's next comma, and the main clause's own verb in the present or ahead right after
  // it: "The sale, which had been expected, is part of"; not a list's comma, "stepped down as chairman, president and".)
  const close = clause.indexOf(', ', open + 2);
  if (close < p || !MAIN_VERB_AFTER_RELATIVE_RE.test(clause.slice(close, close + 16))) return p;
  return lastWordMatch(PAST_LAST, clause.slice(0, open));
}
/** A verb in the present or ahead opening the main clause after a relative clause's closing comma. */
const MAIN_VERB_AFTER_RELATIVE_RE = /^,\s+(?:is|are|has|have|will|would|can|could|may|might|must|should|shall|remains?|faces?|plans?|expects?|wants?|needs?|seeks?|hopes?|aims?|intends?)\b/;

/**
 * Whether the clause runs, with no break, from a hypothetical "were to" and its verb up to its end: "if the talks were
 * to collapse in", "unless Congress were to act by", "Were Iran to resume enrichment in".
 */
function hypotheticalWereTo(clause: string): boolean {
  const k = clause.lastIndexOf(' to ');
  if (k < 0 || clause.length - k > 90) return false;
  const tail = clause.slice(Math.max(0, k - 90));
  return testLong(/\b(?:if|unless|whether|suppose|supposing)\s+(?:[^,;:.!?]{0,60}?\s)?(?:were|was)\s+to\s+[a-z]+\b[^,;:.!?]*$/i, tail) || testLong(/(?:^|[,;:]\s*|\b(?:and|but)\s+)Were\s+[^,;:.!?]{1,60}?\s+to\s+[a-z]+\b[^,;:.!?]*$/, tail);
}

/** After a date, "that" and a clause whose first verb of time is "would" (the text runs to just past it). */
const THAT_WOULD_AFTER_RE = /^\s+that\s[^,;:]*\bwould\b$/i;

/**
 * After the past verb, a relative clause with a present verb of a span or a timetable, then only its own words up to
 * the date: "said the Lent term, which runs from", "said the season, which is in".
 */
const PRESENT_RELATIVE_AFTER_PAST = /,\s+which\s+(?:now\s+|still\s+)?(?:is|are|runs|run|starts|start|begins|begin|ends|end|lasts|last|falls|fall|spans|span|covers|cover|opens|open|closes|close)\b[^,;:.!?]*$/i;

/** Habit words that make a present schedule a recurring one ("usually starts on", "starts each year on"). */
const HABIT_IN_CLAUSE = /\b(?:usually|typically|normally|generally|traditionally|customarily|always|often|each|every|annually|yearly)\b/i;
/**
 * A named thing's present-tense timetable right before a day: "Results day is", "Term starts on", "The ballot closes
 * on" (not after a noun's determiner: "the ends"; "its opens" is no verb).
 */
const PRESENT_SCHEDULE_BEFORE = /(?<!\b(?:the|a|an|its|their|his|her|our|whose)\s)\b(?:is|starts|begins|opens|closes|ends|falls|resumes|reopens|takes\s+place|kicks\s+off)\s+(?:on\s+)?$/i;
/** The same before a month: "Trinity Term ends in June", "The count is in March" (a month's preposition is "in"). */
const PRESENT_SCHEDULE_BEFORE_MONTH = /(?<!\b(?:the|a|an|its|their|his|her|our|whose)\s)\b(?:is|starts|begins|opens|closes|ends|falls|resumes|reopens|takes\s+place|kicks\s+off)\s+in\s+$/i;

/**
 * Whether the day at `start` (or with `month`, the month: "Trinity Term ends in June") is given by a timetable in the
 * present tense ("Term starts on 22 September", "Results day is 14 August"): a careful reader takes the coming one.
 * Not in a clause with a past form (reported or narrated) nor with a habit's word ("usually starts on", "each year"),
 * whose day is of no one year.
 */
export function presentSchedule(s: string, start: number, end: number, month = false): boolean {
  const b = before(s, start, 80);
  if (month ? !testLong(PRESENT_SCHEDULE_BEFORE_MONTH, b) : !testLong(PRESENT_SCHEDULE_BEFORE, b)) return false;
  const clause = b.slice(sentenceStart(b));
  return lastWordMatch(PAST_LAST, clause) < 0 && !HABIT_IN_CLAUSE.test(clause) && !HABIT_IN_CLAUSE.test(untilSentenceEnd(s.slice(end, end + 40)));
}

/** "was still possible before", "were likely by": a back-shifted outlook, then its deadline word, ending the clause. */
const OUTLOOK_BEFORE_RE = /\b(?:was|were)\s+(?:(?:still|not|now|also|quite|very|highly|more|less|only|just|no\s+longer)\s+){0,2}(?:possible|likely|unlikely|feasible|achievable|realistic|probable|attainable|within\s+reach)\b[^.;:!?]{0,40}?\b(?:before|by|until|till)\s+(?:the\s+)?$/i;
/**
 * After a past verb, a clause of time with a present verb running to the date: "before the new Congress is sworn in on",
 * "until Parliament returns in", "when the court convenes on".
 */
const PRESENT_TIME_CLAUSE_RE = /\b(?:before|until|till|once|when|by\s+the\s+time)\s+(?:(?:the|a|an|its|their)\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}(?:is|are|meets|convenes|reconvenes|returns|resumes|opens|begins|starts|takes\s+office|expires|lapses|ends|runs\s+out|comes\s+into\s+force)\b[^.;:!?,]*$/;
/** Whether the clause after its past verb at `p` ends in a clause of time in the present (PRESENT_TIME_CLAUSE_RE). */
function presentTimeClause(clause: string, p: number): boolean {
  // (A cheap gate: the words that open such a clause.)
  const tail = clause.slice(p);
  if (!(tail.includes('before ') || tail.includes('until ') || tail.includes('when ') || tail.includes('once ') || tail.includes('till ') || tail.includes('the time '))) return false;
  return testLong(PRESENT_TIME_CLAUSE_RE, tail);
}

/** A span in the present up to the date: "runs from ", "runs from early June to ", "lasts until ". */
const PRESENT_SPAN_BEFORE_RE = /\b(?:runs|lasts)\s+(?:(?:from|between)\s+(?:[^.;:!?,\n]{1,30}\s+(?:to|until|till|through|and)\s+)?|until\s+|till\s+|through\s+|to\s+)(?:the\s+)?(?:(?:early|mid|late)[\s-]+|(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?$/i;

/** After a date, a back-shifted outlook: " was likely", " were still possible". */
const OUTLOOK_AFTER_RE = /^\s+(?:was|were)\s+(?:(?:still|now|also|more|less|highly|very|quite|increasingly)\s+){0,2}(?:likely|unlikely|possible|probable|on\s+the\s+cards)\b/i;
/** A verb of saying or thinking, in the past, that reports the clause after it. */
const REPORTING_PAST_RE = /\b(?:said|told|warned|believed|thought|predicted|insisted|stressed|argued|cautioned|suggested|signalled|signaled|indicated|acknowledged|conceded|hoped|felt|judged|estimated)\b/i;
/**
 * Whether the clause ends in an outlook reported in the past ("said a deal was still possible before the"), whose "was"
 * is the last past form at `p`.
 */
function backShiftedOutlook(lead: string, p: number): boolean {
  const tail = lead.length > 110 ? lead.slice(-110) : lead;
  const m = execLong(OUTLOOK_BEFORE_RE, tail);
  if (!m) return false;
  const at = lead.length - tail.length + m.index;
  return at === p && REPORTING_PAST_RE.test(lead.slice(Math.max(0, at - 80), at));
}

/** The end of the word that starts at i. */
function wordEndFrom(s: string, i: number): number {
  let k = i;
  while (k < s.length && ((s.charCodeAt(k) | 32) >= 97 && (s.charCodeAt(k) | 32) <= 122)) k++;
  return k;
}

/**
 * Past verbs of a decision, whose infinitive lies ahead of it ("agreed to raise", "voted on Friday to extend"); the
 * words also give a cheap look before the regexes.
 */
const DECIDED_WORDS = new Set('agreed|decided|voted|pledged|promised|vowed|resolved|chose|opted|undertook|sought'.split('|'));
const DECIDED = new RegExp(`\\b(?:${[...DECIDED_WORDS].join('|')})\\b`, 'gi');
const DECIDED_TO_LAST = new RegExp(`^[\\s\\S]*(${DECIDED.source})`, 'i');
/**
 * From the decision verb to the date: "agreed on Sunday to raise their ", "decided to hold talks in " (a few words
 * between, none a stop or a comma, and "to" before a verb, not "agreed to the plan in"; the verb's object may be long:
 * "agreed on Thursday to pause their increases in crude oil output from ").
 */
const DECIDED_TO_RE = /^[a-z]+\b[^.,;:!?]{0,30}?\bto\s+(?!(?:the|a|an|their|its|his|her|this|that|these|those|it|them|me|us|be|have|been)\b)([a-z]{2,})\b[^.,;:!?]{0,50}$/i;
/**
 * The decision verbs of a body's act, and "sought" (an attempt), which news reports on the day it was taken (not a
 * pledge's "vowed", "promised").
 */
const BODY_DECIDED_WORDS = new Set('agreed|decided|voted|resolved|chose|opted|sought'.split('|'));
/** What is decided that is held on a day of its own: "agreed to meet on Sunday", "decided to hold talks on Monday". */
const MEETING_VERBS = new Set('meet|hold|host|resume|reconvene|convene|return|visit|travel|gather|sign|talk'.split('|'));

/** A headline's "X to <verb>": a capitalised subject right before it. */
const HEADLINE_TO_RE = lazyRegExp(() => /(?:^|[\s"'\u201c])\p{Lu}[\p{L}.&'\u2019-]*\s+to\s+(?!be\b)(?:hold|meet|visit|sign|host|vote|attend|resume|launch|begin|start|open|unveil|travel|announce|impose|lift|send|deploy|join|leave|withdraw|expel|close|reopen|extend|end|seek|present|publish|release|discuss|review|debate|decide|name|appoint)\b/u);

/** A past pledge to answer a deed, then the deed, up to the date: "vowed to retaliate for the strikes on ". */
const RESPONSE_FOR_RE = /^(?:promised|pledged|vowed|threatened|decided)\s+to\s+(?:respond|retaliate|react|avenge|hit\s+back|strike\s+back)\b[^;:!?]{0,30}?\b(?:after|for|over|following|to)\s+(?:the|its|their|this|that|these|those|last)\s[^;:!?]{0,60}$/i;
/** A future cue seen from the past: "pledged to", "were meant to", "was supposed to". */
const FUTURE_IN_PAST_RE = /^(?:(?:agreed|promised|pledged|vowed|decided|undertook|planned|intended|hoped|aimed|sought|invitations?)\s+to|supposed\s+to|expected|scheduled)\b/i;
/** A finite past verb of the sentence after the date, before any future cue: "..., collapsed", "never happened". */
const MAIN_PAST_AFTER_RE = /^[^.;!?]{0,120}?\b(?:collapsed|failed|ended|broke\s+down|fell\s+apart|happened|took\s+place|was\s+(?:abandoned|cancelled|canceled|postponed|shelved|scrapped|never)|were\s+(?:abandoned|cancelled|canceled|postponed|never)|never\s+(?:happened|materialised|materialized|came|took))\b/i;
function pastAfterInSentence(s: string, end: number): boolean {
  const after = s.slice(end, end + 140);
  const past = execLong(MAIN_PAST_AFTER_RE, after);
  return past !== null && !/\b(?:will|would|is\s+to|are\s+to)\b/i.test(after.slice(0, past.index + 1));
}

/** A future said in the present tense ("will", "are due", "is expected to"), not one seen from the past ("were due"). */
// ("The two front-runners appear headed for a second round on June 21": so is a course that a present verb says is set.)
const PRESENT_FUTURE = /(?:\b(?:will|shall|(?:is|are)\s+(?:due|to|expected|scheduled|set|slated|planned|going\s+to)|(?:is|are|appears?|seems?|looks?)\s+(?:to\s+be\s+)?(?:headed|heading|poised|bound)\s+for|runs\s+out|expires|lapses|takes\s+effect|(?:comes|enters)\s+into\s+force)|['\u2019](?:ll|s\s+due|re\s+due))\b/gi;

/**
 * Whether the clause before s[start] looks ahead in the present tense: its last future cue is one of
 * PRESENT_FUTURE and no past form follows it.
 */
export function presentFuture(s: string, start: number): boolean {
  const from = Math.max(0, start - 160);
  const before = s.slice(from, start);
  // (With the date's first character, as in tenseAt.)
  const clause = before.slice(Math.min(before.length, sentenceStart(s.slice(from, start + 1))));
  // ("if the talks were to collapse in December", written in January: a hypothetical looks ahead as a present future does.)
  if (clause.includes(' to ') && hypotheticalWereTo(clause)) return true;
  let at = -1;
  let end = -1;
  PRESENT_FUTURE.lastIndex = 0;
  for (let m = PRESENT_FUTURE.exec(clause); m; m = PRESENT_FUTURE.exec(clause)) {
    at = m.index;
    end = m.index + m[0].length;
  }
  // (A past form inside the cue itself, "expected", "scheduled", is part of it.)
  return at >= 0 && lastMatch(FUTURE, clause) < end && lastWordMatch(PAST_LAST, clause) < end;
}

/** A year or part of one still running to its last day or month: "the year ending ", "the fiscal year ending in ". */
const PERIOD_ENDING_BEFORE_RE = /\b(year|quarter|half|(?:(\d{1,2}|three|six|nine|twelve)\s+)?months|period)\s+(?:ending|that\s+ends)\s+(?:on\s+|in\s+)?$/i;
/**
 * A forecast for a year up to its end: "raised its forecast for the year to ", "guidance for the fiscal year through ".
 * No one forecasts a period that is over: it is still running, to the coming such month or day.
 */
const FORECAST_TO_BEFORE_RE = /\b(?:forecasts?|outlook|guidance|projections?|targets?|estimates?|predictions?|expectations?|budget)\s+for\s+(?:the|its|their)\s+(?:(?:current|full|whole)\s+)?(?:(?:fiscal|financial|business)\s+)?(year|quarter|half|(?:(\d{1,2}|three|six|nine|twelve)\s+)?months)\s+(?:to|through|ending)\s+(?:the\s+end\s+of\s+)?(?:on\s+|in\s+)?$/i;
const MONTHS_IN: Record<string, number> = { year: 12, quarter: 3, half: 6, period: 12, three: 3, six: 6, nine: 9, twelve: 12 };

/**
 * How many months the period runs whose end is the date at `start`, when that period is still running: 12 for "the
 * year ending March 31", "the fiscal year ending in June", "its forecast for the year to March" (a forecast's period is
 * not over), 3 for "the quarter ending"; 0 when no such period ends at the date. Its end lies ahead when the coming
 * such date is less than that far off.
 */
export function periodRunningTo(s: string, start: number): number {
  const lead = s.slice(Math.max(0, start - 28), start);
  let m = lead.includes('end') ? execLong(PERIOD_ENDING_BEFORE_RE, lead) : null;
  if (!m && (lead.includes(' to ') || lead.includes('through ') || lead.includes('ending') || lead.includes(' of '))) m = execLong(FORECAST_TO_BEFORE_RE, s.slice(Math.max(0, start - 110), start));
  if (!m) return 0;
  const w = m[1].toLowerCase();
  return m[2] ? (MONTHS_IN[m[2].toLowerCase()] ?? Number(m[2])) : (MONTHS_IN[w] ?? 12);
}

/** The up to `n` characters before `start` (same chunk). */
export function before(s: string, start: number, n = 40): string {
  return s.slice(Math.max(0, start - n), start);
}

/**
 * A participle on its own or after "was"/"were" right before "in", "on" or "during" and the date ("suspended in
 * January", "was signed in December"), or a past verb and its object ("stormed the Capitol on Jan. 6").
 */
const DONE_IN_RE = /(?:^|[\s,(])(?<!\b(?:be|been|being|is|are|am|has|have|had)\s+)(?:[a-z]{3,}ed(?<!\b(?:succe|proce|exce|spe|bre|ble|inde|hundr)ed)|died|began|met|held|upheld|withheld|oversaw|undertook|sought|caught|kept|heard|led|ran|chose|drove|beat|won|lost|fell|took|left|came|went|broke|made|struck|fought|sold|paid|wrote|spoke|rose|shot|fled|gave|sent|spent|built|brought|bought|stood|told|found|grew|withdrew|drew|quit|sank|froze|flew|threw|overthrew|shook)\s+(?:(?:the|a|an|its|his|her|their)\s+(?!to\b)[A-Za-z]+\s+)?(?:in|on|during)\s+$/;
/**
 * A past verb with a pronoun or a short object, maybe a particle ("halted it on", "cut off gas supplies on", "shut down
 * the pipeline in"), not after a modal or an auxiliary ("will cut off supplies on Jan. 1" lies ahead).
 */
const DONE_OBJECT_RE = /(?:^|[\s,(])(?<!\b(?:be|been|being|is|are|am|appear|appears|seem|seems|has|have|had|will|would|shall|should|can|could|may|might|must|to|'ll|not|do|does|did|a|an|the|still|yet|so|very)\s+)((?!un)[a-z]{3,}ed|cut|shut|struck|took|sold|paid|sent|withdrew|broke|overthrew|seized|froze|upheld|withheld|kept|led|beat|won|lost|made|built|bought|caught|held)\s+(?:(?:off|out|down|up|back)\s+)?(?!to\s)(?:it|them|him|her|(?:(?:the|a|an|its|his|her|their|all)\s+)?(?:[a-z]+\s+){0,2}[a-z]+)\s+(?:in|on)\s+$/;
/** The same with the thing booked or awaited between: "expected a decision in ", "scheduled the vote for ... on ". */
const AHEAD_OBJECT_IN_RE = /\b(?:scheduled|expected|planned|slated|anticipated|awaited|proposed|rescheduled)\s+(?:the|a|an|its|his|her|their)\s+[A-Za-z]+\s+(?:in|on|during)\s+$/;
/** Participles of something booked ahead ("scheduled in January" may lie ahead). */
const AHEAD_PARTICIPLE_RE = /\b(?:scheduled|expected|planned|slated|anticipated|forecast|projected|timed|proposed|intended|needed|required|tipped|delayed|postponed|deferred|moved|rescheduled)\s+(?:in|on|during)\s+$/;

/**
 * Whether the date at `start` says when something was done: right after a participle and "in" or "on" ("The talks,
 * suspended in January, will resume"), the latest such date, whatever the tense of the clause.
 */
export function doneAt(s: string, start: number, end = -1): boolean {
  const b = before(s, start, 44);
  // ("expected a decision in January": what was expected, named before its date, may lie ahead.)
  if (testLong(DONE_IN_RE, b)) return !AHEAD_PARTICIPLE_RE.test(b) && !AHEAD_OBJECT_IN_RE.test(b) && !outlookAfter(s, end);
  const o = execLong(DONE_OBJECT_RE, b);
  // ("will redeem 9.5 million preferred shares on Oct. 31": the verb that counts may stand further back.)
  return !!o && !AHEAD_VERB_RE.test(o[1]) && !AHEAD_IN_CLAUSE_RE.test(before(s, start, 90)) && !outlookAfter(s, end);
}

/**
 * Whether a back-shifted outlook follows the date ending at `end` ("signalled that a cut in December was likely": the
 * date is of what was called likely, not of the saying's deed).
 */
function outlookAfter(s: string, end: number): boolean {
  return end > 0 && s.charCodeAt(end) === 32 && OUTLOOK_AFTER_RE.test(s.slice(end, end + 40));
}
/** Words of a future in the clause before a date. */
const AHEAD_IN_CLAUSE_RE = /\b(?:will|would|shall|'ll|going\s+to|plans?\s+to|intends?\s+to|aims?\s+to|expects?\s+to)\b(?:[^.;:!?]|\.\d)*$/i;
/** Verbs of booking or expecting: "scheduled talks on Dec. 20" may lie ahead. */
const AHEAD_VERB_RE = /^(?:scheduled|expected|planned|slated|anticipated|forecast|projected|timed|proposed|intended|needed|required|delayed|postponed|deferred|moved|rescheduled|called|urged|asked|demanded|invited|set)$/;

/** A participle after a comma, right before a weekday: "the decision, announced Wednesday by the agency". */
const DONE_ON_DAY_RE = /,\s*[a-z]{3,}ed\s+(?:on\s+)?$/;
const AHEAD_ON_DAY_RE = /\b(?:scheduled|expected|planned|slated|anticipated|proposed|intended|needed|required|delayed|postponed|deferred|moved|rescheduled)\s+(?:on\s+)?$/;

/** Whether the weekday at `start` says when something reported was done (the latest such day, whatever the clause's tense). */
export function doneOnDay(s: string, start: number): boolean {
  const b = before(s, start, 30);
  return testLong(DONE_ON_DAY_RE, b) && !AHEAD_ON_DAY_RE.test(b);
}

/**
 * A schedule told in the past up to the day: "was due to vote later on", "had been expected to meet on", "were
 * scheduled to land on" (no future word after it, nor a saying before it: "said the Senate was due to vote on" is
 * back-shifted speech).
 */
const PAST_SCHEDULE_RE = /\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|also|still|widely|previously|once)\s+)?(?:due|expected|scheduled|set|slated|supposed|meant|planned|poised)\s+to\s+(?:(?!will\b|would\b|shall\b|next\b|now\b)[^\s.;:!?]+\s+){0,8}?(?:(?:later|earlier)\s+)?(?:on\s+)?$/i;
const SAYING_BEFORE_RE = /\b(?:said|says|told|announced|confirmed|reported|added|stated|noted|warned|explained)\b/i;

/**
 * Whether the weekday at `start` is the day of a schedule told in the past ("The Senate was due to vote later on
 * Thursday", written on Friday): a news reader takes the latest such day, as the verb is past.
 */
export function pastScheduleOnDay(s: string, start: number): boolean {
  const b = before(s, start, 120);
  if (!b.includes(' to ')) return false;
  const clause = b.slice(sentenceStart(b));
  const m = execLong(PAST_SCHEDULE_RE, clause);
  return m !== null && !SAYING_BEFORE_RE.test(clause.slice(0, m.index));
}

/** A schedule since given up, up to the day: "initially scheduled for", "originally set for", "first planned on". */
const FIRST_BOOKED_RE = /\b(?:initially|originally|previously|first|earlier)\s+(?:been\s+)?(?:set|scheduled|slated|planned|booked|due|expected)\s+(?:for|on)\s+$/i;
/**
 * Whether the weekday at `start` is the day a thing was first booked for ("The vote, initially scheduled for Wednesday,
 * was pushed back"): the story has moved it, and the day may be gone or to come; the nearer such day is meant.
 */
export function firstBookedOnDay(s: string, start: number): boolean {
  return testLong(FIRST_BOOKED_RE, before(s, start, 48));
}

/** True when the words just before look like an amount ("$300 billion", "12 percent", "twice"). */
export function afterAmount(s: string, start: number): boolean {
  const b = before(s, start, 60);
  // ("on Nov. 30, a week after the first round", "in 2025. A week later": a comma or a stop after the number sets it
  // off; "1,000 a week" keeps its comma within.)
  const last = b.trimEnd();
  if (last.length < b.length && (last.endsWith(',') || last.endsWith('.'))) return false;
  // (Of one character, AMOUNT_BEFORE_RE matches the digits alone.)
  return testShort(AMOUNT_BEFORE_RE, b, '0123456789') || testLong(AMOUNT_OF_BEFORE_RE, b);
}

// ("rising to six a day": a number whose noun was named before it, "two sailings a day ... six a day".)
// ("30 million pilgrims a year": a count in millions of a plural noun too; "$300bn a year", "£5m a year": a short scale.)
const AMOUNT_BEFORE_RE = /(?:\d[\d,.]*\s*(?:%|percent|(?:(?:million|billion|trillion|thousand)\s+)?[a-z]+s|million|billion|trillion|thousand|bn|mn|mln|bln|tn|trn|m|k)?(?:\s+(?:more|less|extra))?|\b(?:several|many|few|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:[a-z]+\s+)?[a-z]{3,}s|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)|\b(?:million|billion|trillion|thousand|hundred|dozen|percent|times|twice|once|thrice|dollars|euros|pounds|yen|tons|barrels|cents))\s*$/i;
/** An amount of something: "3.3 million barrels of oil", "$2 billion worth of aid". */
const AMOUNT_OF_BEFORE_RE = /(?:\d[\d,.]*\s*(?:million|billion|trillion|thousand)?|\b(?:million|billion|trillion|thousand|hundred|dozen))(?:\s+[a-z]+)?(?:\s+worth)?\s+of\s+[a-z-]+(?:\s+[a-z-]+)?\s+$/i;
