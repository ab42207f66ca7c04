// Uses of a cue word that report no words: a noun or an adjective ("the reported cases", "small island states"), a
// question, another sense of the verb ("regarding", "calling at Odesa", "known as"), or a participle that describes a
// noun ("the ceasefire agreed on 24 June"). cueAttribution (cueSource.ts) asks these of every verb cue before it reads
// a source; the word lists both share (nouny verbs, plain verbs of saying) live here too. The other senses are read
// in cueOtherSenses.ts and the describing participles in cueDescriptions.ts; the noun and question readings stay here.
import type { Sentence, Span } from './types';
import { ASPECT_TO_BEFORE_RE, FINDING_VERBS, MOVED_TO_BEFORE_RE, FORECAST_FIGURE_AFTER_RE, SPEECH_VERBS, STANCE_CUES } from './cues';
import { GIVEN_NAMES } from './givenNames';
import { isSpaceCode, lazyRegExp, testLong, testShort } from './chars';
import { isClauseEnd, lastNonBlank } from './speechChars';

const NAME_BEFORE_RE = lazyRegExp(() => /\p{Lu}[\p{L}.-]{0,40}\s+$/u);

const ASKED_WHAT_RE = lazyRegExp(() => /^\s+(?:(?:\p{Lu}[\p{L}.'-]{0,40}|him|her|them|us|me|reporters|voters)\s+)?(?:whether|if|why|how|what|when|who|where|that)\b|^\s*[:"\u201c,]/u);

const AND_NAME_BEFORE_RE = lazyRegExp(() => /\band\s+\p{Lu}[\p{L}.-]{0,40}\s+$/u);

export const PEOPLE_RE = /\b(?:officials?|spokes(?:man|woman|person)|ministers?|minister|president|secretary|leaders?|aides?|sources?|experts?|analysts?|critics?|observers?|diplomats?|lawmakers?|senators?|governors?|candidates?|voters?|people|residents?|supporters?|opponents?|campaign|administration|government|ministry|department|office|agency|committee|council|party|opposition|democrats?|republicans?|police|army|military|commander|chief|director|chairman|chairwoman|ambassador|envoy|negotiators?|delegates?|representatives?|advisers?|advisors?|group|union|organi[sz]ation|panel|court|tribunal|judge|bench|jury|commission|board|inquiry|network|newspaper|paper|magazine|website|site|outlet|firm|company|bank|fund|institute|center|centre|foundation|coalition|alliance|association|federation|authority|authorities|regulator|watchdog|prosecutors?|lawyers?|attorneys?|spokesman|members?|staff|team|economists?|scientists?|researchers?|professor|spokesperson|americans|women|men|workers|everyone|nobody|many|some|most|others|both|someone|somebody|anyone|anybody|everybody|no one)\b/i;

/** Whether the sentence ends in a question mark (closing quotes, brackets and Markdown emphasis aside: "...?**"). */
export function endsWithQuestion(text: string, s: Sentence): boolean {
  let i = s.end;
  for (let c = text.charCodeAt(i - 1); i > s.start && (isSpaceCode(c) || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 42 || c === 95); c = text.charCodeAt(i - 1)) i--;
  return text.charCodeAt(i - 1) === 63;
}

/** A question word and an auxiliary before the subject and the cue: "What did they", "How does it". */
const QUESTION_BEFORE_RE = /\b(?:what|how|why|where|when|which|who|whom)\s+(?:does|do|did|would|will|can|could|should|is|are|was|were|has|have|had)\s+\S+(?:\s+\S+)?\s+$/i;

/** A yes-no question from its start (or after a speaker's label or an opening quote) to the cue: "Does he", "Will the
 * minister". */
const AUX_QUESTION_BEFORE_RE = lazyRegExp(() => /(?:^|[:"\u201c]\s*)(?:Does|Do|Did|Will|Would|Can|Could|Should|Shall|Is|Are|Was|Were|Has|Have|Had|Must)\s+(?:[\p{L}'\u2019.-]+\s+){1,5}$/u);

/** A question put to the one addressed: "Can you", "Do you", "Will you", "Would you". */
const ASKED_YOU_BEFORE_RE = /\b(?:can|could|do|did|will|would|should|are|were)\s+you\s+(?:\w+\s+)?$/i;

/** An analyst's likelihood between a judgement's verb and its "that": "it unlikely (20-35%)". */
const LIKELIHOOD = '(?:it\\s+(?:(?:highly|very|more|less|quite|almost\\s+certainly)\\s+)?(?:un)?likely\\b(?:\\s*\\([^()]{1,24}\\))?)';

/** A preposition or a participle that opens what describes a plural noun: "figures for", "reports released". */
const DESCRIBED_OPENS_RE = /^\s+(?:for|from|on|of|covering|released|published|compiled|issued|collected|gathered)\s/;
/** That description, no clause of its own, then a verb of showing: " for the first half of 2026 show". */
const DESCRIBED_THEN_SHOWS_RE = /^\s+(?:for|from|on|of|covering|released|published|compiled|issued|collected|gathered)\s(?:(?!that\b|which\b)[^.;:"\u201c]){0,60}?\s(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)\b/;
/** "our " right before a noun: the writer's own ("Our ruling:"). */
const OUR_BEFORE_RE = /\bour\s+$/i;
/**
 * What makes a frame verb report ("pointed out that", "ruled:"); an analyst's judgement keeps its confidence and
 * likelihood between ("We assess with moderate confidence** that", "We judge it unlikely (20-35%) that").
 */
const FRAME_AFTER_RE = new RegExp(`^\\s*(?:out\\b|on\\b|with\\s+(?:high|moderate|low)\\s+confidence\\b|${LIKELIHOOD})?[*_]{0,2}\\s*(?:that\\b|["\u201c:]|,(?!\\s*(?:and|but|while|as|so)\\b))`);

/** Words that say what kind of states the noun "states" after them are ("member states", "island states"). */
const KIND_OF_STATES_RE = /\b(?:member|nation|island|coastal|frontline|front-line|small|neighbouring|neighboring|client|vassal|rogue|failed|sovereign|federal|other|all|several|many|some|most|both|these|those|nuclear|weapon|successor|signatory|party|border|transit|donor)\s+$/i;

/** A plural subject and where its members are before a bare verb: "Fighters in the area claim", "Our teams on the
 * ground report". */
const PLURAL_IN_PLACE_BEFORE_RE = /\b[A-Za-z][a-z]{2,}s\s+(?:in|on(?=\s+the\s+ground\s+$)|from|at|near|across|inside|outside|around)\s+(?:the\s+)?[\w-]+\s+$/;

/** What makes "judge" an analyst's judgement: "that", "it (un)likely" or "with moderate confidence" before it, not a
 * comma ("The judge, Col. X, said"). */
/** After "assess": a thing, then "as" and a grade ("the overall risk as high", "the threat at the regional level as very
 * high", "the event as a grade 3 emergency"). */
const ASSESSED_AS_RE = /^\s+(?:the|its|their|this|that|a|an)\s+(?:[\w'\u2019-]+\s+){0,6}?as\s+(?:(?:very|highly|extremely|relatively|moderately|generally|largely|low\s+to|moderate\s+to|high\s+to)\s+)?(?:high|low|moderate|medium|critical|severe|serious|credible|likely|unlikely|limited|minimal|significant|substantial|negligible|stable|acceptable|unacceptable|adequate|inadequate|satisfactory|unsatisfactory|weak|strong|imminent|elevated|remote|unsafe|safe|fragile|precarious|catastrophic|dire|alarming)\b|^\s+(?:the|its|their|this|that|a|an)\s+(?:[\w'\u2019-]+\s+){0,6}?as\s+an?\s+(?:[\w-]+\s+){0,3}(?:emergency|threat|risk|crisis|success|failure)\b/;
const JUDGED_THAT_RE = new RegExp(`^\\s*(?:with\\s+(?:high|moderate|low)\\s+confidence\\s+|${LIKELIHOOD})?[*_]{0,2}\\s*that\\b`);

/** A plural subject with an of-phrase before a bare verb: "Critics of the plan claim". */
/** A plural subject and the body its people work at, the sentence's opening words before a bare verb: "Researchers at
 * the University of Cambridge estimate", "Economists at the Bank of England forecast" (the name makes the verb no
 * compound noun's head). */
const PLURAL_AT_BODY_RE = /^\W*(?:[A-Z][a-z]+\s+)?[A-Za-z][a-z]{2,}s\s+(?:at|from|with|in)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of|for|and|&|on|[A-Z][\w'\u2019-]*)){0,6}\s+$/;

/** Posts or users on a platform, opening the sentence, perhaps with how far they were shared: "Posts on Facebook ",
 * "Posts shared more than 4,000 times on Facebook ", "Users on X " (the plural before the bare verb's subject). */
const POSTS_ON_PLATFORM_RE = /^\W*(?:[A-Z][a-z]+\s+)?(?:[Pp]osts|[Mm]essages|[Vv]ideos|[Uu]sers|[Aa]ccounts|[Tt]weets|[Cc]omments|[Cc]laims)\s+(?:(?:widely\s+)?(?:shared|circulating|published|posted|viewed)\s+(?:(?:[^,.;:]|(?<=\d)[,.](?=\d)){0,40}?\s)?)?(?:on|across)\s+(?:Facebook|Instagram|TikTok|X|Twitter|YouTube|Telegram|WhatsApp|Threads|Reddit|Weibo|social\s+media|several\s+platforms)\s+$/;
const PLURAL_OF_BEFORE_RE = /\b[A-Za-z]{3,}s\s+of\s+(?:the\s+|a\s+|an\s+)?[\w-]+\s+$/;

/** A verb right after an "-s" form makes it a plural noun: "attacks are", "claims have". */
// ("Senate estimates resume on Monday": a sitting's bare verb too.)
const PLURAL_SUBJECT_AFTER_RE = /^\s+(?:are|were|have|had|remain|remained|can|could|will|would|may|might|must|should|say|suggest|show|indicate|range|vary|put|place|resume|reconvene|begin|continue)\b/i;
/** The past forms of the verbs of saying and finding, after which a participle is an adjective ("compared observed"). */
const AFTER_SAID_VERBS = new Set([...SPEECH_VERBS, ...FINDING_VERBS].filter((w) => w.endsWith('ed')));
/** The endings of a people's adjective ("Russian", "Chinese", "British", "American"). */
// ("changed European thinking", "German thinking on defence", "French thinking": "-ean", "-rman", "-ench" too.)
const PEOPLE_ADJECTIVE_RE = /(?:ian|ean|ese|ish|ican|rman|ench|utch|eli|aqi|ani)$/;
/** A word in lower case, then a capitalised word (2), right before a cue: "reviews Russian ". */
const PEOPLE_ADJECTIVE_BEFORE_RE = /(?:^|[^\w'\u2019.-])([a-z][a-z-]*)\s+([A-Z][a-z]+)\s+$/;
/** Whether the words before a cue end with a capitalised people's adjective right after a word in lower case ("reviews
 * Russian "), not after "the" and not inside a name. */
function peopleAdjectiveBefore(before30: string): boolean {
  const m = PEOPLE_ADJECTIVE_BEFORE_RE.exec(before30);
  return m !== null && m[1] !== 'the' && !GIVEN_NAMES.has(m[2].toLowerCase());
}
/** A relative pronoun and a plural verb: " that are", " which were", " that have". */
const PLURAL_RELATIVE_AFTER_RE = /^\s+(?:that|which)\s+(?:are|were|have)\b/;
/** What opens a verb's content or object: "that", a quotation, a determiner, a pronoun, a number or a name. */
const VERB_OBJECT_AFTER_RE = lazyRegExp(() => /^\s*(?:that\b|[:"\u201c])|^\s+(?:the|a|an|his|her|its|their|this|these|those|some|all|several|him|them|it|us|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|^\s+\p{Lu}/u);
/** "to" or "with" with no object, the next verb right after: " to expects", " with said", " to, ". */
const STRANDED_TO_RE = /^\s+(?:to|with)\s+(?:(?:also|has|have|had|is|are|was|were|will|would|could|can|does|did)\s+|[a-z]{3,}(?:s|ed)\s+(?:the|a|an|that|to|it|its|this|their|his|her)\b)/;
/** A name after a preposition, right before an "-s" form: "at Senate ", "in Budget ", "from the Treasury " (and "At
 * Senate " opening the sentence). */
const NAME_AFTER_PREP_RE = /\b(?:[Aa]t|[Ii]n|[Ff]rom|of|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]or|[Oo]n|[Ww]ith|to)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3}$/;

/** "The state must pay the costs, the court ruled.": "ruled" closing the sentence after a clause and its source set off
 * by a comma reports the clause. */
function rulingAfterClause(text: string, s: Sentence, cue: Span, next: string): boolean {
  if (!isClauseEnd(next)) return false;
  const before = text.slice(Math.max(s.start, cue.start - 80), cue.start);
  // (Every match holds its comma: without one the pattern, dear to compile, need not run.)
  return before.includes(',') && CLAUSE_THEN_SOURCE_BEFORE_RE().test(before);
}

/** '"...," he continued.': "continued" closing the clause after a quotation and its speaker reports the quotation. */
function continuesQuote(text: string, s: Sentence, lw: string, cue: Span, next: string): boolean {
  return lw.startsWith('continue') && /^\s*(?:[.!?]|$)/.test(next) && /["\u201d],?\s+(?:[\w.'\u2019-]+\s+){1,5}$/.test(text.slice(Math.max(s.start, cue.start - 60), cue.start));
}

/** A passive's "that", maybe after a time: " that", " last month that", " on Tuesday that", " repeatedly that". */
export const WHEN_THEN_THAT_RE = /^\s+(?:(?:last|this|earlier|on|in|at|during|before|after)\s+(?:the\s+)?[\w-]+(?:\s+\d{1,4})?\s+|(?:yesterday|today|recently|previously|repeatedly|earlier|privately|later)\s+)?that\s+/;

// Verbs that are also common nouns ("the plan", "a debate", "the state"): their bare and "-s" forms cue only
// in a verb's position.
const NOUNY =
  'plan debate state post note tweet support view care question decline charge appeal lobby report estimate ' +
  'forecast claim comment promise demand call attack hit target offer answer quote fear hope doubt wish dispute ' +
  'reply record detail rule chant hail signal echo counter project brief figure remark praise blame vow pledge ' +
  'protest paint reference voice point highlight welcome comment review address talk link';

export const NOUNY_BASE = new Set(NOUNY.split(' '));

export const AMBIGUOUS = new Set(NOUNY.split(' ').map((w) => (/(?:s|sh|ch|x|z)$/.test(w) ? `${w}es` : w.endsWith('y') && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`)));

// Verbs that report speech only when a quote, colon or "that" follows ("Caddell continued:", "pointed out that", a counsel's "submitted that").
const FRAME_ONLY = new Set(['rule', 'rules', 'ruled', 'ruling', 'continue', 'continues', 'continued', 'continuing', 'point', 'points', 'pointed', 'pointing', 'quote', 'quotes', 'quoted', 'highlight', 'highlighted', 'highlights', 'assess', 'assesses', 'assessed', 'assessing', 'judge', 'judges', 'judged', 'judging', 'submit', 'submits', 'submitted', 'submitting']);

// The plainest verbs of saying: whatever says or tells something is a source ("one slide says").
export const CORE_SPEECH = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'report', 'reported', 'reports', 'announce', 'announced', 'announces', 'state', 'stated', 'claimed', 'claims', 'warned', 'warns', 'added', 'adds']);

const ASK = new Set(['ask', 'asks', 'asked', 'asking']);

/**
 * A request after "ask": someone (maybe set off with a title) "to" do something. (Not "asked not to be named", a
 * condition of anonymity, nor a passive's agent: "was asked by the court to"; "asked for more time" asks for a thing,
 * no words.)
 */
const ASKED_TO_RE = /^\s+(?!not\s|by\s|for\s)(?:[\w'\u2019.-]+,?\s+){1,14}?to\s+[a-z]/;

// "Speak" reports speech only as "spoke out / of / about / against".
export const SPEAK = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking']);

// Adverbs and settings between "speak" and what it is about: "speaks more frequently in public about".
const SPEAK_ABOUT = /^(?:\s+(?:[a-z]+ly|more|less|often|again|later|earlier|at length|in public|in private|on \w+day|\w+day))+\s+(?:about|of|to|with)\b/;

const TALK = new Set(['talk', 'talks', 'talked', 'talking']);

// A preposition that opens the noun phrase read back as the source: "Under an arrangement".
/** After a gerund: its clause's end, or only what it would be about ("on the result."). */
const NOTHING_SAID_AFTER_RE = /^\s*(?:(?:publicly|further|formally)\s*)?(?:[.;)]|,\s|$|on\s+(?:the|its|their|his|her)\s+[\w\s'\u2019-]{1,40}[.;])/;
export const PREPOSITIONS = 'under|with|after|before|following|amid|despite|without|through|over|against|per|from|in|on|at|for|of|into|about';

const PREPOSITION_SET = new Set(PREPOSITIONS.split('|'));

/** Whether [from, to) holds only blanks and opening quotes or brackets (`"“‘'(`). */
export function onlyOpenersBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 34 && c !== 0x201c && c !== 0x2018 && c !== 39 && c !== 40 && !isSpaceCode(c)) return false;
  }
  return true;
}

/** "had ", "has ", "have ": a perfect's auxiliary, after which "forecast" is the participle ("The Bank had forecast 4.6%"). */
const PERFECT_BEFORE_RE = /\b(?:had|has|have|having)\s+$/i;
/** After "forecast" as a past tense: "that", maybe after when ("forecast in October that"). */
const FORECAST_THAT_RE = /^\s+(?:(?:in|on|last|this|earlier)\s+[\w-]+(?:\s+[\w-]+)?\s+)?that\b/;
/** Only when (and where) something happened, to the clause's end: "two years ago in Dubai.", "last year,". */
export const WHEN_ONLY_AFTER_RE = /^\s+(?:(?:\w+|a|an)\s+(?:years?|months?|weeks?|days?|decades?)\s+ago|last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}|over\s+the\s+(?:past|last)\s+\w+\s+(?:days|weeks|months|years)|since\s+(?:[A-Z][a-z]+|(?:19|20)\d\d|the\s+\w+|last\s+\w+)(?:\s+\d{1,2})?)(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*(?:[.,;)?!]|$)/;

/** How or when a court or panel ruled, before "that": "by 11 votes to four", "unanimously", "in July 2016". */
/** A verdict for or against a party: "ruled against the city", "ruled on Friday in favour of the tenants". */
const RULED_FOR_RE = /^\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|unanimously\s+|narrowly\s+)?(?:against|in\s+favou?r\s+of)\s/;

/** When or where, between a cue and its "that": "ruled on Thursday that", "ruled in July 2016 that" (not the cue's). */
// (And a bare weekday, as American wire copy writes it: "ruled Friday that".)
export const WHEN_BEFORE_THAT_RE = /^\s+(?:(?:in|on|at|last|earlier|this)\s+[\w ,.]{1,24}?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?=\s+that\b)/;

/** What follows a frame-only cue, past a time or place phrase before its "that". */
function frameAfter(text: string, s: Sentence, cue: Span): string {
  const after = text.slice(cue.end, Math.min(s.end, cue.end + 64));
  if (!after.includes(' that')) return after;
  const w = WHEN_BEFORE_THAT_RE.exec(after) ?? RULING_IN_RE.exec(after);
  return w ? after.slice(w[0].length) : after;
}
/** The text a court rules in, between a cue and its "that": "ruled in a separate advisory opinion that", "found in
 * its unanimous judgment that" (longer than a time's few words). */
const RULING_IN_RE = /^\s+in\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+){0,3}(?:opinion|ruling|judgment|judgement|decision|verdict|order|finding|findings)(?=\s+that\b)/;

/** A cue word used as a noun or an adjective, in a question, or as a plural ("the reported cases", "small island states"). */
/** The participle of what is done to a notice, not before an object: " issued", " lifted for the coast". */
const NOTICE_DONE_AFTER_RE = /^\s+(?:issued|lifted|extended|raised|posted|withdrawn|cancelled|canceled|downgraded|upgraded|expires|remains|stays|in\s+place)\b(?!\s+(?:a|an|the|his|her|its|their|that)\b)/;
/** Words that count a plural noun after them ("a few", "several", "two more"). */
const COUNTING_BEFORE = new Set(['few', 'several', 'many', 'more', 'numerous', 'various', 'fewer', 'multiple', 'some', 'two', 'three', 'four', 'five']);
/** Plural nouns of intent that are also verbs of it ("plans", "hopes"). */
const PLAN_NOUNS = new Set(['plans', 'hopes', 'wishes', 'fears']);
/** A possessive right before: "the UK's ", "Germany’s ", "its ", "Their ". */
const POSSESSIVE_BEFORE_RE = /(?:\w['\u2019]s|\b(?:its|their|his|her|our|my|your|Its|Their|His|Her|Our|My|Your))\s+$/;

/** A word that counts and an adjective right before: "the four political ", "several new " (no plural noun there: "the
 * past two weeks shows" has its verb). */
/** A verb that raises or meets questions, maybe past an adjective, right before a plural: "raised serious ", "prompted ". */
const RAISED_BEFORE_RE = /\b(?:raise[sd]?|raising|pose[sd]?|posing|prompt(?:s|ed|ing)?|spark(?:s|ed|ing)?|trigger(?:s|ed|ing)?|fuel(?:s|led|ed|ling|ing)?)\s+(?:[a-z][a-z-]+\s+)?$/;
const COUNTED_ADJECTIVE_BEFORE_RE = /\b(?:few|several|many|numerous|various|multiple|two|three|four|five)\s+[a-z]{2,}[a-rt-z]\s+$/i;
/** Plural nouns of what was said that are verbs too ("remarks", "comments"). */
const SAYING_PLURALS = new Set(['remarks', 'comments', 'statements', 'claims', 'warnings']);
/** A determiner or a possessor, then a word of when or what kind, right before: "its earlier ", "the court's 2023 ". */
const OWNED_ADJECTIVE_BEFORE_RE = /(?:\b(?:its|their|his|her|the|a|an|this|that)|\w['\u2019]s)\s+(?:earlier|previous|prior|latest|original|initial|final|landmark|separate|unanimous|split|\d{4})\s+$/i;
/** A preposition, an owner, perhaps an adjective or a year, and a capitalised title: "in the agency's annual Global Trends ". */
const TITLED_REPORT_BEFORE_RE = lazyRegExp(() => /\b(?:in|from|of|to|under|by|with)\s+(?:the|an?|its|their|his|her|our|this|that|(?:the\s+)?[\p{L}.-]+['\u2019]s)\s+(?:(?:annual|latest|new|monthly|quarterly|weekly|first|final|special|interim|preliminary|flagship|biennial|\d{4})\s+)*(?:\p{Lu}[\p{L}&-]*\s+){1,5}$/u);
/** After "report", the verb it is the subject of, or a comma and what it is due or set for: " is expected", ", due". */
const REPORT_BEFORE_ITS_VERB_RE = /^(?:,\s+(?:due|released|published|expected|scheduled|set|delayed)\b|\s+(?:is|was|has|had|will|would|could|may|might|showed|shows|found|finds|came|comes|due)\b)/;
/** An article and one adjective right before: "The erroneous ", "the latest ". */
const THE_ADJECTIVE_BEFORE_RE = /(?:^|\s)(?:the|The|these|These|such|Such)\s+[a-z]+\s+$/;

/** Words that count an object: "another", "several", "two". */
const COUNTED_OBJECT_WORDS = new Set(['another', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'more', 'multiple', 'numerous']);
/** "to" or a modal, then one word, at the end: "to discuss ", "will review ". */
const MODAL_THEN_WORD_RE = /\b(?:to|will|would|can|could|should|must|may|might|shall|did|not)\s+[a-z]+\s+$/;
/** Verbs in their base form that take a thing as their object ("discuss", "review"), after which no verb follows. */
const OBJECT_TAKING_VERBS = new Set('discuss review examine study sign release publish file read send receive share draft prepare approve reject'.split(' '));

/** A lower-case word that is no conjunction or relative, then a word that counts: "struck another ", "killed two ". */
const COUNTED_OBJECT_BEFORE_RE = /(?:^|\s)(?!(?:and|but|or|nor|while|as|though|although|because|since|when|whereas|yet|so|that|who|which|where|if)\s)[a-z]{2,}\s+(?:another|several|two|three|four|five|six|seven|eight|nine|ten|dozens|more|multiple|numerous)\s+$/;

/** The verbs of saying and thinking that one is moved to ("led officials to warn"); not those of an act in words
 * ("forcing the recipients to answer other investigative entities", "pushed them to sign"). */
const MOVED_CUES = new Set('warn fear worry question doubt predict conclude believe say declare announce admit deny suggest speculate expect urge accuse criticize criticise complain claim argue insist wonder concede acknowledge caution condemn denounce'.split(' '));

/** "led economists to " before the cue: the infinitive is what those moved to it said or thought (looked at only
 * after a verb of moving to act seen in the sentence, one of a few exact words). */
function movedTo(text: string, s: Sentence, lw: string, cue: Span): boolean {
  if (!MOVED_CUES.has(lw)) return false;
  const win = text.slice(Math.max(s.start, cue.start - 60), cue.start);
  return (win.includes('led ') || win.includes('prompt') || win.includes('spur') || win.includes('forc') || win.includes('push') || win.includes('caus') || win.includes('dr') || win.includes('compel') || win.includes('lead')) && MOVED_TO_BEFORE_RE.test(win);
}

export function readsAsNoun(text: string, s: Sentence, lw: string, cue: Span, prev: string, next: string, pw: string, before30: string): boolean {
  // Adjectival or nominal uses: "the reported cases", "a said", "to say", "the post".
  // ("The remarks by the Japanese leader": a plural after its article is the noun, whoever made them.)
  // ("She continued to say that", "went on to argue that": after a verb of going on, the infinitive reports; "the bias
  // begins to show" is seen, no finding.)
  // ("These show that ...": a plural pronoun that stands for figures just named, before a verb and its "that".)
  if ((pw === 'the' || pw === 'a' || pw === 'an' || (pw === 'to' && (lw === 'show' || (!ASPECT_TO_BEFORE_RE.test(before30) && !movedTo(text, s, lw, cue)))) || pw === 'of' || NOUN_DETERMINERS.has(pw)) && (!testLong(/^\s+by\b/, next) || (lw.endsWith('s') && !lw.endsWith('ss'))) && !(lw === 'show' && (pw === 'these' || pw === 'those') && testLong(/^\s+that\b/, next))) return true;
  // ("to discuss document requests", "review report findings": right after a verb that takes a thing as its object, a
  // bare form is that object's noun, no second verb.)
  // (The verb after "to" or a modal: "a study found", "the file shows" have a noun before their verb.)
  if (OBJECT_TAKING_VERBS.has(pw) && !lw.endsWith('ed') && !lw.endsWith('ing') && MODAL_THEN_WORD_RE.test(before30) && !/^\s+(?:that|whether|to)\b/.test(next)) return true;
  // ("its earlier ruling that declared", "the court's 2023 ruling": so is a ruling or a finding with its adjective or
  // year between.)
  if ((lw === 'ruling' || lw === 'finding') && testLong(OWNED_ADJECTIVE_BEFORE_RE, before30)) return true;
  // ("said in the agency's annual Global Trends report that": a report's title after a preposition and its owner names the
  // document; the verb before it is the speaker's.)
  if (lw === 'report' && testLong(TITLED_REPORT_BEFORE_RE(), text.slice(Math.max(s.start, cue.start - 70), cue.start))) return true;
  // ("The delayed September jobs report, due on Thursday, is expected to show", "The jobs report showed": a report
  // before its own verb is the document, the sentence's subject.)
  if (lw === 'report' && testLong(REPORT_BEFORE_ITS_VERB_RE, next)) return true;
  // ("The erroneous remarks by the Japanese leader": so is one with its adjective between, the sentence's subject.)
  if (SAYING_PLURALS.has(lw) && testLong(/^\s+by\b/, next) && testLong(THE_ADJECTIVE_BEFORE_RE, before30)) return true;
  // "We'll take a few questions", "several reports", "two more statements": a plural "-s" form after a word that counts
  // is the noun (a verb in "-s" agrees with a singular subject).
  if (COUNTING_BEFORE.has(pw) && lw.endsWith('s') && !lw.endsWith('ss')) return true;
  // ("the four political documents between China and Japan": and after such a word and an adjective.)
  if (lw.endsWith('s') && !lw.endsWith('ss') && testLong(COUNTED_ADJECTIVE_BEFORE_RE, before30)) return true;
  // ("The documents raised serious questions", "the ruling prompted new doubts": a plural after a verb that raises or
  // meets it, an adjective maybe between, is that verb's object, a noun; the adjective is no one who questions.)
  if (lw.endsWith('s') && !lw.endsWith('ss') && testLong(RAISED_BEFORE_RE, before30)) return true;
  // "the UK's plans to return migrants", "Its hopes to expand": after a possessive, what someone plans or hopes is the
  // plural noun, and reports nothing ("The Kremlin plans to" is the verb).
  if (PLAN_NOUNS.has(lw) && testLong(POSSESSIVE_BEFORE_RE, prev)) return true;
  // "broke his promises to voters": a plural right after a possessive pronoun is a noun; "broke Labour's election
  // promises.", "its budget pledges;": so is one after a possessor and a modifier, with its clause ending there (a verb
  // there would have its object or clause after it: "his spokesman promises to").
  // (Not before what was promised or claimed: "His promises to stick it to the rich" report them, as PolNeAR marks.)
  if (lw.endsWith('s') && (AMBIGUOUS.has(lw) || lw === 'claims') && ((POSSESSIVE_PRONOUNS.has(pw) && !testShort(PROMISED_AFTER_RE, next, ':"\u201c')) || (testShort(CLAUSE_END_AFTER_RE, next, '.,;:!?)') && testLong(OWNER_MODIFIER_BEFORE_RE, before30)))) return true;
  // "a rights offering", "the proposed stock offering": after a noun in lower case, a sale of shares, not an offer made.
  if (lw === 'offering' && testLong(/^[a-z]{3,}$/, pw) && !OFFERING_VERB_BEFORE.has(pw) && !pw.endsWith('ly')) return true;
  // After a preposition only a gerund is a verb ("after saying"); "despite repeated warnings" is an adjective.
  if (PREPOSITION_SET.has(pw) && !lw.endsWith('ing')) return true;
  // ("would wait for the full count before commenting.", "before commenting on the result": words not yet said, with
  // nothing of theirs after.)
  if (pw === 'before' && lw.endsWith('ing') && NOTHING_SAID_AFTER_RE.test(next)) return true;
  // "Storm warning issued", "Flood warning lifted for the coast": a form in "-ing" right before the participle of what is
  // done to a notice is the notice, a noun (a verb in "-ing" takes its object or clause).
  if (lw.endsWith('ing') && testLong(NOTICE_DONE_AFTER_RE, next)) return true;
  // "What did they agree?", "What does it say about us": a question about words, no words reported; nor is a question put
  // to the listener ("Can you confirm the report?", "Do you agree?").
  // ("Does he accept that the payments were delayed?": a yes-no question that opens with its auxiliary asks whether
  // someone holds a view; the asker's words are the question, no one else's.)
  if (endsWithQuestion(text, s) && (testLong(QUESTION_BEFORE_RE, text.slice(Math.max(s.start, cue.start - 30), cue.start)) || testLong(ASKED_YOU_BEFORE_RE, text.slice(Math.max(s.start, cue.start - 24), cue.start)) || (cue.start - s.start <= 100 && testLong(AUX_QUESTION_BEFORE_RE(), text.slice(s.start, cue.start))))) return true;
  // "Nobody could say how long": no one knows; nothing is reported.
  if (lw === 'say' && testLong(/\b(?:nobody|no\s+one)\s+(?:could|can|would|will)\s+$/i, prev)) return true;
  // "Heart attacks are the leading cause": an "-s" form before a verb is a plural noun, the verb's subject.
  if (lw.endsWith('s') && testLong(PLURAL_SUBJECT_AFTER_RE, next)) return true;

  // "Police figures for the first half of 2026 show", "Government figures released on Monday showed": a plural noun with
  // what describes it, before the verb of showing whose subject it is.
  if (lw.endsWith('s') && AMBIGUOUS.has(lw) && testLong(DESCRIBED_OPENS_RE, next) && testLong(DESCRIBED_THEN_SHOWS_RE, text.slice(cue.end, Math.min(s.end, cue.end + 90)))) return true;
  // "Our ruling: The photo is from 2022": a fact check's verdict under its label, the writer's own words, no one's report.
  if (lw === 'ruling' && testLong(OUR_BEFORE_RE, prev)) return true;

  // "-s" forms that are also plural nouns ("small island states", "press reports") cue only before "that",
  // a quote or a colon, or at the end of a clause ("..., the report states.").
  // ("WHO assesses the overall risk as high": an assessment of a thing as a grade is a judgement given too.)
  if (FRAME_ONLY.has(lw) && (!FRAME_AFTER_RE.test(frameAfter(text, s, cue)) || (lw.startsWith('judg') && !JUDGED_THAT_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 64))))) && !(/^point/.test(lw) && testLong(/^\s+to\b/, next) && NAME_BEFORE_RE().test(prev)) && !(lw.startsWith('rule') && (testLong(RULED_FOR_RE, next) || rulingAfterClause(text, s, cue, next))) && !(lw.startsWith('assess') && testLong(ASSESSED_AS_RE, text.slice(cue.end, Math.min(s.end, cue.end + 80)))) && !continuesQuote(text, s, lw, cue, next)) return true;
  // ("asked the court to order a recount": a request is reported as much as a question; "asking" only set off after a
  // comma: "a letter asking them to" is the letter's, and the act cue reads it.)
  if (ASK.has(lw) && !testShort(/^\s*[.?!]/, next, '.?!') && !ASKED_WHAT_RE().test(next) && !((lw !== 'asking' || lastNonBlank(prev) === 44) && ASKED_TO_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 120))))) return true;
  // "spoke out", "speaks more frequently in public about", "spoke to reporters".
  if (SPEAK.has(lw) && !testLong(/^\s+(?:out|of|about|against|in favou?r|up|to|with)\b/, next) && !testLong(SPEAK_ABOUT, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // ("A lawyer we spoke to expects ...": a stranded preposition, then the main verb; the clause describes the lawyer.)
  if (SPEAK.has(lw) && STRANDED_TO_RE.test(next)) return true;
  // "talks to DuVernay about", "talked about": talk reports speech only with what it is about.
  if (TALK.has(lw) && !testLong(/^\s+(?:(?:to|with)\s+[^.,;:]{1,40}?\s)?about\b/, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // "before the Lords debate on 2 December": a nouny form with only when (and where) after it to the clause's end has
  // no content, and is the noun of a compound far more often than a verb; "Water disputes between the countries",
  // "reports of shelling": an "-s" form before between, among, over or of is the plural noun.
  if ((NOUNY_BASE.has(lw) || AMBIGUOUS.has(lw)) && !CORE_SPEECH.has(lw) && testLong(WHEN_ONLY_AFTER_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  if (AMBIGUOUS.has(lw) && testLong(/^\s+(?:between|among|amongst|over|of)\s/, next)) return true;
  // "the evidence behind each finding in", "each report for": after "each" a singular noun ("Each claims to be the heir",
  // "each said" are verbs of its pronoun, and "each touting their own record" a participle before its object).
  if (pw === 'each' && (lw.endsWith('ing') || NOUNY_BASE.has(lw)) && !VERB_OBJECT_AFTER_RE().test(next)) return true;
  // "The researchers compared observed temperatures with ...", "denied alleged wrongdoing": a participle right after a
  // past verb of saying is the adjective of its object, no second report.
  if (lw.endsWith('ed') && pw.endsWith('ed') && AFTER_SAID_VERBS.has(pw)) return true;
  // "struck another suspected drug-smuggling boat", "detained several suspected members": a participle after a word that
  // counts, itself after a verb or a preposition in lower case, is the adjective of the counted object ("Another suspected
  // foul play", "Three alleged fraud, while ..." open a clause).
  if (lw.endsWith('ed') && COUNTED_OBJECT_WORDS.has(pw) && testLong(COUNTED_OBJECT_BEFORE_RE, before30) && !VERB_OBJECT_AFTER_RE().test(next)) return true;
  // "analyses Chinese debates on ...", "reviews Russian thinking on ...": after a people's adjective that follows a word in
  // lower case, a form that is also a noun is the noun ("the Chinese say" has its article, "Julian Smith claims" its name).
  if ((lw.endsWith('ing') || AMBIGUOUS.has(lw)) && pw.length > 4 && PEOPLE_ADJECTIVE_RE.test(pw) && peopleAdjectiveBefore(before30)) return true;
  // "the twelve road projects that are behind schedule", "debates which were held": a relative clause's plural verb
  // right after "that" (a reported clause has its subject there; "says that is wrong" has a singular one); "Rail links
  // to Poland": the verb links something to something, its object first.
  if (AMBIGUOUS.has(lw) && (testLong(PLURAL_RELATIVE_AFTER_RE, next) || (lw === 'links' && testLong(/^\s+to\s/, next)))) return true;
  // "gave evidence at Senate estimates", "cuts announced in Budget estimates": after a preposition's name it is the
  // plural noun of a compound (a hearing, a document), whatever follows.
  // (Not before an object: "An indictment unsealed in Brooklyn charges three men".)
  if (AMBIGUOUS.has(lw) && testLong(NAME_AFTER_PREP_RE, before30) && !VERB_OBJECT_AFTER_RE().test(next)) return true;
  // A bare form ("plan", "debate") is a verb only after a plural or personal subject or an auxiliary.
  // ("forecast", "broadcast" are their own past: "The WTO forecast in October that ..." is the verb.)
  // ("Some farmers, however, question": an aside set off by commas may stand between.)
  // (Every match of the aside, "of" and "and" patterns holds its comma, "of" or "and": an includes() spares the regex.)
  // ("a distress call", "the access plan": a word in "-ss" is no plural subject.)
  if (NOUNY_BASE.has(lw) && !testLong(/(?:\b(?:i|we|they|you|to|will|would|can|could|may|might|should|must|do|did|does|not|never|also|often|still|who)|\bto\s+[a-z]{2,}ly|[a-z]{2}[a-rt-z]s)\s+$/i, prev) && !(before30.includes(',') && PLURAL_ASIDE_BEFORE_RE.test(before30)) && !(before30.includes('of') && PLURAL_OF_BEFORE_RE.test(before30)) && !testLong(PLURAL_IN_PLACE_BEFORE_RE, before30) && !(cue.start - s.start <= 90 && PLURAL_AT_BODY_RE.test(text.slice(s.start, cue.start))) && !(cue.start - s.start <= 90 && prev.includes(' ') && POSTS_ON_PLATFORM_RE.test(text.slice(s.start, cue.start))) && !(before30.includes('and') && AND_NAME_BEFORE_RE().test(before30)) && !(lw === 'forecast' && (testLong(FORECAST_THAT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 40))) || testLong(PERFECT_BEFORE_RE, prev) || FORECAST_FIGURE_AFTER_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 90)))))) return true;
  // "Neighbouring Arab states attack": "states" reports only with "that", a colon or a quotation after it.
  if (lw === 'states' && !testShort(/^\s*(?:that\b|[:"\u201c])/, next, ':"\u201c') && !isClauseEnd(next)) return true;
  // "across the Darfur states.", "the Gulf states": states of a region named before them.
  // ("to member states.", "small island states": the plural noun after what kind of states they are.)
  if (lw === 'states' && /\bthe\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}$/.test(before30) && !/^\s*(?:that\b|[:"\u201c])/.test(next)) return true;
  // ("several EU member states that have not", "imports from ECOWAS states": after a kind of states, or a name after a
  // preposition, the noun whatever follows.)
  if (lw === 'states' && (KIND_OF_STATES_RE.test(prev) || /\b(?:from|of|in|to|among|between|with|across|for|by|on)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}$/.test(before30))) return true;
  // "bans them from receiving state support", "citing state media": after a gerund, "state" is the adjective of its noun.
  if (lw === 'state' && pw.length > 4 && pw.endsWith('ing')) return true;
  // "Floods in Kassala State", "the Islamic State": a capitalised "State" after a capitalised word ends a name.
  if (lw === 'state' && text.charCodeAt(cue.start) === 83 && /[A-Z][\w'\u2019.-]*\s+$/.test(before30) && !/^\s*(?:that\b|[:"\u201c])/i.test(next)) return true;
  // "a state of emergency in Rivers state", "Kano state governor": a federal state named before the lower-case word,
  // after a preposition or before a noun of its government, is the place.
  if (lw === 'state' && /[A-Z][\w'\u2019.-]*\s+$/.test(before30) && !/^\s*(?:that\b|[:"\u201c])/i.test(next) && (/\b(?:in|of|from|across|to|into|for|throughout|at|near|outside)\s+(?:[A-Z][\w'\u2019.-]*\s+){1,2}$/.test(before30) || /^\s+(?:governor|government|police|assembly|house|capital|command|commissioner|officials?|legislature|authorities|emergency\s+management)\b/.test(next))) return true;
  // "Attacks by groups linked to al Qaeda have killed": a plural noun of a stance opens the sentence; a verb's "-s"
  // form never does.
  // (Nouns of saying stay cues: "Estimates by the UN put the toll at 1,500".)
  if (STANCE_CUES.has(lw) && AMBIGUOUS.has(lw) && onlyOpenersBefore(text, s.start, cue.start)) return true;
  // "regarding the effectivités": the preposition; the verb regards something as something.
  if (lw === 'regarding' && !/^\s+(?:[\w'\u2019-]+\s+){1,6}?as\b/.test(text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // "A summary of the Judgment appears in Summary 2025/4": where a thing is found; a view only "appears to" or "that".
  if (lw.startsWith('appear') && !/^\s*(?:to\b|that\b|:)/.test(next)) return true;
  // "answered questions at a regular press briefing": the act of a briefing, none of its words; "the two men discussed
  // the implementation": a topic, not what was said; "OCHA thanks all donors": gratitude, no words reported.
  if (lw.startsWith('answer') && testLong(/^\s+(?:(?:reporters['\u2019]|journalists['\u2019]|media|several|a\s+few)\s+)?(?:questions|queries)\b/i, next)) return true;
  // ("and thank you for joining us", "Thank you, Mr President": a speaker's courtesy, no one's words.)
  if (lw.startsWith('thank') && ((!/^\s*(?:that\b|[:"\u201c])/.test(next) && !/\bfor\b/.test(text.slice(cue.end, Math.min(s.end, cue.end + 60)))) || (lw === 'thank' && /^\s+you\b/.test(next)))) return true;
  // "vessels calling at Odesa": a port of call; "offered voters a genuine choice": a thing given; "intended to travel":
  // a plan; "have refused, and Washington ...": a refusal with nothing said.
  if (lw.startsWith('call') && testLong(/^\s+(?:in\s+)?at\b/, next)) return true;
  // "UNICEF supported the repair of 12 bomb shelters", "WFP supported 1.2 million people": aid given to work or to people
  // counted, no stance taken ("Germany supported the resolution" still is one).
  if (lw.startsWith('support') && testLong(SUPPORTED_AID_RE, next)) return true;
  if (lw.startsWith('offer') && testLong(/^\s+[\w'\u2019-]+\s+(?:a|an|the)\s/, next) && !/^\s+(?:to|that|his|her|their|its|our|my)\b/.test(next)) return true;
  return false;
}

/** What aid supports: work on something ("the repair of"), or people and places counted ("1.2 million people"; not a share
 * of things, "2 of the 3 measures"). */
const SUPPORTED_AID_RE = /^\s+(?:(?:the|its|their)\s+)?(?:repair|rehabilitation|construction|reconstruction|renovation|delivery|distribution|provision|training|establishment|running|operation|procurement|deployment|treatment|screening|vaccination|evacuation|relocation|transport)\s+of\b|^\s+(?:some\s+|about\s+|around\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+)?\d(?![\d,.]*\s+of\s)/;

/** A clause before the cue and its source set off by a comma: "The state must pay the costs, the court ". */
const CLAUSE_THEN_SOURCE_BEFORE_RE = lazyRegExp(() => /[^,;:]{24},\s+(?:the\s+)?(?:[\p{L}.'\u2019-]+\s+){1,4}$/u);

/**
 * Determiners that make the next word a noun with no speaker ("this question", "at this point", "in this state").
 * Possessives stay: "his remarks", "their views" name whose words they are.
 */
/** Words after which "offering" is the verb: "is offering", "while offering", "who are offering". */
const OFFERING_VERB_BEFORE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'not', 'also', 'still', 'now', 'while', 'after', 'before', 'without', 'by', 'for', 'and', 'but', 'then', 'who', 'which', 'that', 'they', 'she', 'you', 'keep', 'kept', 'keeps', 'start', 'started', 'began', 'begin', 'stop', 'stopped', 'even', 'just', 'again']);

/** A plural subject or a personal pronoun and an aside set off by commas: "Some farmers, however, ". */
const PLURAL_ASIDE_BEFORE_RE = /(?:\b(?:we|they|you)|[a-z]{3}s),\s+(?:however|meanwhile|though|instead|too|in\s+turn|for\s+(?:their|our|your)\s+part),\s+$/i;

export const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** A possessor and one modifier in lower case right before a word: "its election ", "Labour's election ". */
const OWNER_MODIFIER_BEFORE_RE = /(?:\b(?:its|his|her|their|our|my|your)|\p{L}['\u2019]s)\s+[a-z-]+\s+$/u;
/** What was promised or claimed after the noun: "to" and a verb, "that", a colon or a quotation. */
const PROMISED_AFTER_RE = /^\s*(?:to\s+(?!(?:the|a|an|his|her|their|its|voters|workers|people|me|him|them|us)\b)[a-z]+|that\b|[:"\u201c])/;
/** Nothing more of a clause after a word: a stop, a comma or a bracket. */
const CLAUSE_END_AFTER_RE = /^\s*[.,;:!?)]/;

const NOUN_DETERMINERS = new Set(['this', 'these', 'those', 'every', 'no', 'any', 'such', 'other']);
