// Uses of a cue word that report no words: a noun or an adjective ("the reported cases", "small island states"), a
// question, another sense of the verb ("regarding", "calling at Odesa", "known as"), or a participle that describes a
// noun ("the ceasefire agreed on 24 June"). cueAttribution (cueSource.ts) asks these of every verb cue before it reads
// a source; the word lists both share (nouny verbs, plain verbs of saying) live here too.
import type { Sentence, Span } from './types';
import { ASPECT_TO_BEFORE_RE, FINDING_VERBS, FORECAST_FIGURE_AFTER_RE, SPEECH_VERBS, STANCE_CUES } from './cues';
import { GIVEN_NAMES } from './givenNames';
import { backOverBlanks, isSpaceCode, lazyRegExp, testLong, testShort } from './chars';
import { isClauseEnd, lastNonBlank } from './speechChars';

const NAME_BEFORE_RE = lazyRegExp(() => /\p{Lu}[\p{L}.-]{0,40}\s+$/u);

const ASKED_WHAT_RE = lazyRegExp(() => /^\s+(?:(?:\p{Lu}[\p{L}.'-]{0,40}|him|her|them|us|me|reporters|voters)\s+)?(?:whether|if|why|how|what|when|who|where|that)\b|^\s*[:"\u201c,]/u);

const AND_NAME_BEFORE_RE = lazyRegExp(() => /\band\s+\p{Lu}[\p{L}.-]{0,40}\s+$/u);

export const PEOPLE_RE = /\b(?:officials?|spokes(?:man|woman|person)|ministers?|minister|president|secretary|leaders?|aides?|sources?|experts?|analysts?|critics?|observers?|diplomats?|lawmakers?|senators?|governors?|candidates?|voters?|people|residents?|supporters?|opponents?|campaign|administration|government|ministry|department|office|agency|committee|council|party|opposition|democrats?|republicans?|police|army|military|commander|chief|director|chairman|chairwoman|ambassador|envoy|negotiators?|delegates?|representatives?|advisers?|advisors?|group|union|organi[sz]ation|panel|court|tribunal|judge|jury|commission|board|inquiry|network|newspaper|paper|magazine|website|site|outlet|firm|company|bank|fund|institute|center|centre|foundation|coalition|alliance|association|federation|authority|authorities|regulator|watchdog|prosecutors?|lawyers?|attorneys?|spokesman|members?|staff|team|economists?|scientists?|researchers?|professor|spokesperson|americans|women|men|workers|everyone|nobody|many|some|most|others|both|someone|somebody|anyone|anybody|everybody|no one)\b/i;

/** A form of "be" right before a word: "is ", "were ". */
const BE_BEFORE_RE = /\b(?:is|are|was|were|be|been|am)\s+$/i;
/** A bare plural noun and a relative pronoun after an "-ing" word: " burdens that", " requirements which". */
const COMPOUND_HEAD_AFTER_RE = /^\s+[a-z]{3,}s\s+(?:that|which)\s/;

/** Nouns a participle describes right before them: "reporting period", "confirmed cases". */
const DESCRIBED_NOUN_AFTER_RE = /^\s+(?:period|periods|deadline|requirements?|obligations?|system|cycle|cases|deaths|infections|fatalities|figures)\b/i;

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

/**
 * What makes a frame verb report ("pointed out that", "ruled:"); an analyst's judgement keeps its confidence and
 * likelihood between ("We assess with moderate confidence** that", "We judge it unlikely (20-35%) that").
 */
const FRAME_AFTER_RE = new RegExp(`^\\s*(?:out\\b|on\\b|with\\s+(?:high|moderate|low)\\s+confidence\\b|${LIKELIHOOD})?[*_]{0,2}\\s*(?:that\\b|["\u201c:]|,(?!\\s*(?:and|but|while|as|so)\\b))`);

/** Words that say what kind of states the noun "states" after them are ("member states", "island states"). */
const KIND_OF_STATES_RE = /\b(?:member|nation|island|coastal|frontline|front-line|small|neighbouring|neighboring|client|vassal|rogue|failed|sovereign|federal|other|all|several|many|some|most|both|these|those|nuclear|weapon|successor|signatory|party|border|transit|donor)\s+$/i;

/** What a decision is about: "to", "that", "whether" a few words on, or a clause ("decided she should"). */
/** ("decided on a budget", "would decide on the plan": a choice of a thing, no words; "decided on Monday that" still reports.) */
const DECIDED_WHAT_RE = /^\s+(?:(?:[\w'\u2019-]+\s+){0,4}?(?:to|that|whether|against|how|what|not|if)\b|in\s+favou?r\b|(?:he|she|they|it|we|i)\s)/;

/** Verbs of proposing, in the base form a modal takes. */
const PROPOSE_BASE = new Set(['recommend', 'propose', 'suggest', 'request', 'demand']);
/** A modal of power right before the verb: "can", "may", "has the power to" ("would propose" is a plan said). */
const POWER_BEFORE_RE = /\b(?:can|could|may|might|cannot|can't|able\s+to|empowered\s+to|power\s+to|entitled\s+to)\s+(?:(?:also|only|then|still|now|formally|jointly)\s+)?$/i;

/** A person before "appears to" ("he appears to think"). */
const PERSONISH_BEFORE_RE = /\b(?:he|she|they|we|i)\s+$/i;

/** "It is not (yet) clear whether X", "it is unclear if X": what comes next is unknown, not said. */
const UNCLEAR_WHETHER_RE = /\b(?:unclear|not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|uncertain|unknown)\s+(?:whether|if|how|when|what|why)\s+[^,;:.]{0,40}$/i;

/** A plural subject and where its members are before a bare verb: "Fighters in the area claim", "Our teams on the
 * ground report". */
const PLURAL_IN_PLACE_BEFORE_RE = /\b[A-Za-z][a-z]{2,}s\s+(?:in|on(?=\s+the\s+ground\s+$)|from|at|near|across|inside|outside|around)\s+(?:the\s+)?[\w-]+\s+$/;

/** Adjectives before a noun of saying ("the previous report", "its latest statement"). */
const ADJECTIVE_BEFORE_NOUN = new Set('previous|latest|new|annual|final|interim|initial|recent|first|second|third|own|full|special|official|joint|separate|earlier|original|quarterly|monthly|weekly|draft'.split('|'));

/** When a participle's thing was done, then the sentence's own verb: " in the spring of 2023 was honoured". */
const PARTICIPLE_THEN_VERB_RE = /^\s+(?:(?:in|on|during)\s+(?:the\s+)?(?:(?:early|late|mid)\s+)?[\w-]+(?:\s+(?:of\s+)?(?:19|20)\d\d)?|last\s+\w+|earlier\s+this\s+\w+|this\s+\w+)\s+(?:was|were|is|are|has|have|had|will|would|remains?|remained)\b/;

/** What makes "judge" an analyst's judgement: "that", "it (un)likely" or "with moderate confidence" before it, not a
 * comma ("The judge, Col. X, said"). */
/** After "assess": a thing, then "as" and a grade ("the overall risk as high", "the threat at the regional level as very
 * high", "the event as a grade 3 emergency"). */
const ASSESSED_AS_RE = /^\s+(?:the|its|their|this|that|a|an)\s+(?:[\w'\u2019-]+\s+){0,6}?as\s+(?:(?:very|highly|extremely|relatively|moderately|generally|largely|low\s+to|moderate\s+to|high\s+to)\s+)?(?:high|low|moderate|medium|critical|severe|serious|credible|likely|unlikely|limited|minimal|significant|substantial|negligible|stable|acceptable|unacceptable|adequate|inadequate|satisfactory|unsatisfactory|weak|strong|imminent|elevated|remote|unsafe|safe|fragile|precarious|catastrophic|dire|alarming)\b|^\s+(?:the|its|their|this|that|a|an)\s+(?:[\w'\u2019-]+\s+){0,6}?as\s+an?\s+(?:[\w-]+\s+){0,3}(?:emergency|threat|risk|crisis|success|failure)\b/;
const JUDGED_THAT_RE = new RegExp(`^\\s*(?:with\\s+(?:high|moderate|low)\\s+confidence\\s+|${LIKELIHOOD})?[*_]{0,2}\\s*that\\b`);

/** A finite verb right after a noun and its participle ("the rights claimed exist"). */
const VERB_AFTER_PARTICIPLE_RE = /^\s+(?:exist|exists|existed|are|were|remain|remained|is|was|have|has|had|will|would|may|might|must|can|could|should)\b/;

/** What follows "encourage" when it urges: someone and "to", or "that" ("encouraged Kyiv to negotiate"). */
const ENCOURAGED_TO_RE = /^\s+(?:that\b|(?:[\w'\u2019.-]+\s+){1,10}?to\s+[a-z]|(?:the\s+)?(?:use|adoption|creation|development)\s+of\b)/;

/** A plural subject with an of-phrase before a bare verb: "Critics of the plan claim". */
/** A plural subject and the body its people work at, the sentence's opening words before a bare verb: "Researchers at
 * the University of Cambridge estimate", "Economists at the Bank of England forecast" (the name makes the verb no
 * compound noun's head). */
const PLURAL_AT_BODY_RE = /^\W*(?:[A-Z][a-z]+\s+)?[A-Za-z][a-z]{2,}s\s+(?:at|from|with|in)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of|for|and|&|on|[A-Z][\w'\u2019-]*)){0,6}\s+$/;

const PLURAL_OF_BEFORE_RE = /\b[A-Za-z]{3,}s\s+of\s+(?:the\s+|a\s+|an\s+)?[\w-]+\s+$/;

/** A verb right after an "-s" form makes it a plural noun: "attacks are", "claims have". */
// ("Senate estimates resume on Monday": a sitting's bare verb too.)
const PLURAL_SUBJECT_AFTER_RE = /^\s+(?:are|were|have|had|remain|remained|can|could|will|would|may|might|must|should|say|suggest|show|indicate|range|vary|put|place|resume|reconvene|begin|continue)\b/i;
/** The past forms of the verbs of saying and finding, after which a participle is an adjective ("compared observed"). */
const AFTER_SAID_VERBS = new Set([...SPEECH_VERBS, ...FINDING_VERBS].filter((w) => w.endsWith('ed')));
/** The endings of a people's adjective ("Russian", "Chinese", "British", "American"). */
const PEOPLE_ADJECTIVE_RE = /(?:ian|ese|ish|ican)$/;
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

const NOUNY_BASE = new Set(NOUNY.split(' '));

export const AMBIGUOUS = new Set(NOUNY.split(' ').map((w) => (/(?:s|sh|ch|x|z)$/.test(w) ? `${w}es` : w.endsWith('y') && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`)));

// Verbs that report speech only when a quote, colon or "that" follows ("Caddell continued:", "pointed out that").
const FRAME_ONLY = new Set(['rule', 'rules', 'ruled', 'ruling', 'continue', 'continues', 'continued', 'continuing', 'point', 'points', 'pointed', 'pointing', 'quote', 'quotes', 'quoted', 'highlight', 'highlighted', 'highlights', 'assess', 'assesses', 'assessed', 'assessing', 'judge', 'judges', 'judged', 'judging']);

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

/** Participles that, right before this preposition, are passive: their active voice needs an object first. */
const REDUCED_PASSIVE = new Map<string, RegExp>();

for (const [words, prep] of [
  ['accused suspected', 'of'],
  ['attributed ascribed', 'to'],
  ['linked', 'to|with'],
  ['charged', 'with|in|over'],
  ['credited', 'with'],
  ['blamed criticised criticized praised condemned slammed attacked thanked lambasted mocked ridiculed', 'for'],
  ['hailed dismissed described touted derided branded labelled labeled characterised characterized denounced', 'as|for'],
] as const) {
  for (const w of words.split(' ')) REDUCED_PASSIVE.set(w, new RegExp(`^\\s+(?:${prep})\\b`));
}

/** Whether a participle stands right before the preposition its object would take ("accused of", "attributed to"): a
 * reduced passive that describes what went before it, which says nothing. */
export function isReducedPassive(lw: string, next: string): boolean {
  // (Every pattern needs three characters or more: none is run on a shorter, one-byte, slice; see testLong.)
  return next.length > 2 && (REDUCED_PASSIVE.get(lw)?.test(next) ?? false);
}

/** "had ", "has ", "have ": a perfect's auxiliary, after which "forecast" is the participle ("The Bank had forecast 4.6%"). */
const PERFECT_BEFORE_RE = /\b(?:had|has|have|having)\s+$/i;
/** After "forecast" as a past tense: "that", maybe after when ("forecast in October that"). */
const FORECAST_THAT_RE = /^\s+(?:(?:in|on|last|this|earlier)\s+[\w-]+(?:\s+[\w-]+)?\s+)?that\b/;

/** Places that are attacked with arms ("attacks Zamzam camp", "attacked a military base"). */
// ("have attacked more than 100 merchant ships", "attacked at least 20 villages": an amount may open the object.)
const ATTACKED_PLACE_RE = /^\s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|(?:some|over|nearly|almost|about|around|dozens\s+of|hundreds\s+of)\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:civilians|villagers|residents|refugees|patients|aid\s+workers|soldiers|police|protesters|worshippers|camp|camps|base|bases|city|town|towns|village|villages|positions?|convoys?|hospitals?|airport|port|school|schools|market|infrastructure|facilities|facility|buildings?|headquarters|checkpoints?|border|district|province|region|area|areas|refinery|depot|ships?|vessels?|tankers?|troops|forces|state|states|country|countries|capital)\b/i;

/** A short subject right after a comma: ", the ministers ", ", EU finance ministers ". */
const COMMA_SUBJECT_BEFORE_RE = /,\s+(?:[\w'\u2019-]+\s+){1,4}$/;
/** Only when (and where) something happened, to the clause's end: "two years ago in Dubai.", "last year,". */
const WHEN_ONLY_AFTER_RE = /^\s+(?:(?:\w+|a|an)\s+(?:years?|months?|weeks?|days?|decades?)\s+ago|last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}|over\s+the\s+(?:past|last)\s+\w+\s+(?:days|weeks|months|years)|since\s+(?:[A-Z][a-z]+|(?:19|20)\d\d|the\s+\w+|last\s+\w+)(?:\s+\d{1,2})?)(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*(?:[.,;)?!]|$)/;

/** People a verb of dismissing sacks, not words it rejects: "40 officers", "his chief of staff", "the coach". */
/** What a refusal withholds after "denied" and whom it withholds it from: " detainees access", " him a visa", " bail". */
const DENIED_THING_RE = /^\s+(?:(?!(?:of|that|about|any|all|the\s+allegations?|the\s+claims?|the\s+reports?)\b)[\w'\u2019-]+\s+){0,3}?(?:access|entry|permission|visas?|a\s+visa|bail|passage|asylum|treatment|care|the\s+right|rights|parole|leave|food|water|aid|supplies|services|a\s+permit|permits|licences?|licenses?|a\s+hearing)\b/;
const DISMISSED_PEOPLE_RE = /^\s+(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}(?:officers|officials|staff|employees|workers|soldiers|generals|judges|teachers|police(?:men)?|civil\s+servants|members|people|managers|executives|ministers|commanders|prosecutors)|(?:the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:chief|head|director|minister|commander|general|coach|manager|governor|deputy|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|secretary|ambassador|prosecutor|cabinet|government)s?)\b/;

/** A document that is read out ("the statement read on state television"). */
const DOC_BEFORE_READ_RE = /\b(?:statement|communiqu[eé]|letter|declaration|message|speech|decree|verdict|text|announcement)\s+$/i;

/** A relative pronoun and a subject before a verb: the verb's object is the pronoun ("that the mayor described as"). */
const OBJECT_RELATIVE_RE = /\b(?:that|which|whom|what)\s+(?:[\w'\u2019.-]+\s+){1,5}$/i;

/** A "that" after a verb of saying opens its content, not a relative clause ("Microsoft said on Thursday that a group"). */
const SAID_THAT_RE = /\b(?:said|says|say|told|tells|added|announced|reported|claimed|warned|stated|argued|noted|wrote|found|showed|suggested|believes?|believed)\b[^.;:!?]{0,30}?\bthat\s+(?:[\w'\u2019.-]+\s+){1,5}$/i;

/** Whether the words before a verb are a relative pronoun and a subject, so that the verb's object is the pronoun. */
function isObjectRelative(before: string): boolean {
  return OBJECT_RELATIVE_RE.test(before) && !SAID_THAT_RE.test(before);
}

/** After "add": a thing added to something ("117 vessels to the list"), "to" a state of affairs ("to the confusion"), or weight. */
const ADDED_THING_RE =
  /^\s+(?:new\s+|further\s+|more\s+|extra\s+|fresh\s+)?(?:pressure|weight|fuel|momentum|impetus|urgency|strain|credence)\b|^\s+(?:(?:\d[\d,.]*|a|an|the|its|their|his|her|some|more|new|further|another|two|three|four|five|six|several|dozens|hundreds|thousands|millions|billions|trillions|[A-Z][\w'\u2019-]*)\s(?:[^,.;:!?"\u201c\u201d]{0,50}?\s)?)?to\s+(?:the|a|an|its|their|his|her|this|that|these|those|fears|concerns|pressure|tensions|uncertainty|confusion|growing)\b/i;

/** After "add": "to" a bare noun or two in lower case, then the clause's end or a preposition ("to inflation.", "to
 * household costs in"); not whom it was said to ("to reporters"). */
const ADDED_TO_NOUN_RE = /^\s+to\s+(?!(?:reporters|journalists|them|him|her|us|me|you|whom|what|which|this|that|it|his|its|their|our|my|your)\b)[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?\s*(?:[.;!?,]|$|\s+(?:and|or|in|at|across|over|for|among|by|as|since|amid|after|this|last)\b)/;

/** After "consider": a matter named with its determiner (a few words), then the clause's end, "and", a preposition or a
 * time ("the appeal next week", "a report on the floods", "the bid on Monday"). */
const CONSIDER_MATTER_RE = /^\s+(?:the|a|an|its|their|his|her|this|these|those|our)\s+(?:(?!(?:a|an|the|to|as|that|be)\b)[\w'\u2019-]+\s+){0,3}?(?!(?:a|an|the|to|as|that|be)\b)[\w'\u2019-]+\s*(?:[.;!?]|,\s|$|\s+(?:on|at|next|this|last|when|before|after|by|from|with|within|over|during|until|and|or|for|of|today|tomorrow)\b)/i;

/** Before "consider": a modal, "to" or a form of "be" ("will consider", "to consider", "is considering"). */
const CONSIDER_AHEAD_RE = /\b(?:will|would|could|may|might|must|should|shall|can|to|is|are|was|were|be|been|also|now|then)\s+$/i;

/** What a refusal to speak declines: "to comment", "to be named", "to give details", "to say whether". */
const DECLINED_TO_SAY_RE = /^\s+to\s+(?:immediately\s+|publicly\s+|further\s+|directly\s+)?(?:comment|say|discuss|elaborate|answer|respond|reply|specify|disclose|name|identify|reveal|provide|give|confirm|deny|speak|talk|be|detail|explain|address|share|release|publish|go|offer|make|characteri[sz]e|describe|estimate|state|clarify|indicate|divulge|expand|speculate|take|answer|testify|rule|endorse|criticise|criticize|condemn|engage|weigh|predict|sign|back|support|join|attend|meet|accept|recognise|recognize)\b/i;
/** An amount right after "add": a figure, maybe of a unit ("137,000 barrels", "$2 billion", "2%"). */
const ADDED_AMOUNT_RE = /^\s+(?:(?:about|some|nearly|roughly|around|almost|over|another|more\s+than|up\s+to)\s+)?[$\u20ac\u00a3\u00a5]?\d[\d,.]*/i;
/** A finite verb or an auxiliary: what makes the words after a figure a clause that was said. */
const FINITE_AFTER_AMOUNT_RE = /\b(?:is|are|was|were|had|have|has|will|would|could|can|may|might|must|should|did|do|does|been|[a-z]{3,}ed)\b/i;
/** Whether `after` opens with an amount and its clause (up to a comma or a stop) holds no verb of its own. */
function addedAmount(after: string): boolean {
  const m = ADDED_AMOUNT_RE.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length);
  const stop = rest.search(/[,;:.!?"\u201c\u201d]\s|[,;:!?"\u201c\u201d]|$/);
  return !FINITE_AFTER_AMOUNT_RE.test(rest.slice(0, stop < 0 ? rest.length : stop));
}

/** After "agree": a thing agreed ("agreed on Friday a 20th package", "agreed a deal", "agreed at a summit to a new target"). */
const AGREED_THING_AFTER_RE = /^\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:a|an|\d[\d,.]*(?:st|nd|rd|th)?)\s|^(?:(?!\bthat\b)[^,.;:"\u201c]){0,60}?\bto\s+(?:a|an|the)\s/;

/** How or when a court or panel ruled, before "that": "by 11 votes to four", "unanimously", "in July 2016". */
/** A verdict for or against a party: "ruled against the city", "ruled on Friday in favour of the tenants". */
const RULED_FOR_RE = /^\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|unanimously\s+|narrowly\s+)?(?:against|in\s+favou?r\s+of)\s/;

/** When or where, between a cue and its "that": "ruled on Thursday that", "ruled in July 2016 that" (not the cue's). */
const WHEN_BEFORE_THAT_RE = /^\s+(?:in|on|at|last|earlier|this)\s+[\w ,.]{1,24}?(?=\s+that\b)/;

/** Whether a time or place phrase, then "that", follows the cue: "concluded at the end of 2022 that". */
function whenBeforeThat(text: string, s: Sentence, cue: Span): boolean {
  const after = text.slice(cue.end, Math.min(s.end, cue.end + 64));
  return after.includes(' that') && WHEN_BEFORE_THAT_RE.test(after);
}

/** What follows a frame-only cue, past a time or place phrase before its "that". */
function frameAfter(text: string, s: Sentence, cue: Span): string {
  const after = text.slice(cue.end, Math.min(s.end, cue.end + 64));
  if (!after.includes(' that')) return after;
  const w = WHEN_BEFORE_THAT_RE.exec(after);
  return w ? after.slice(w[0].length) : after;
}

/** The words just before a cue end with a thing agreed on, not someone who speaks. */
const AGREED_THING_RE = /\b(?:ceasefire|cease-fire|truce|deal|agreement|accord|pact|treaty|plan|arrangement|framework|roadmap|road map|package|settlement|compromise|memorandum|target|goal|limit|cap|budget|timetable|terms|text|date)\s+$/i;

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
const COUNTED_ADJECTIVE_BEFORE_RE = /\b(?:few|several|many|numerous|various|multiple|two|three|four|five)\s+[a-z]{2,}[a-rt-z]\s+$/i;
/** Plural nouns of what was said that are verbs too ("remarks", "comments"). */
const SAYING_PLURALS = new Set(['remarks', 'comments', 'statements', 'claims', 'warnings']);
/** An article and one adjective right before: "The erroneous ", "the latest ". */
const THE_ADJECTIVE_BEFORE_RE = /(?:^|\s)(?:the|The|these|These|such|Such)\s+[a-z]+\s+$/;

export function readsAsNoun(text: string, s: Sentence, lw: string, cue: Span, prev: string, next: string, pw: string, before30: string): boolean {
  // Adjectival or nominal uses: "the reported cases", "a said", "to say", "the post".
  // ("The remarks by the Japanese leader": a plural after its article is the noun, whoever made them.)
  // ("She continued to say that", "went on to argue that": after a verb of going on, the infinitive reports; "the bias
  // begins to show" is seen, no finding.)
  if ((pw === 'the' || pw === 'a' || pw === 'an' || (pw === 'to' && (lw === 'show' || !ASPECT_TO_BEFORE_RE.test(before30))) || pw === 'of' || NOUN_DETERMINERS.has(pw)) && (!testLong(/^\s+by\b/, next) || (lw.endsWith('s') && !lw.endsWith('ss')))) return true;
  // ("The erroneous remarks by the Japanese leader": so is one with its adjective between, the sentence's subject.)
  if (SAYING_PLURALS.has(lw) && testLong(/^\s+by\b/, next) && testLong(THE_ADJECTIVE_BEFORE_RE, before30)) return true;
  // "We'll take a few questions", "several reports", "two more statements": a plural "-s" form after a word that counts
  // is the noun (a verb in "-s" agrees with a singular subject).
  if (COUNTING_BEFORE.has(pw) && lw.endsWith('s') && !lw.endsWith('ss')) return true;
  // ("the four political documents between China and Japan": and after such a word and an adjective.)
  if (lw.endsWith('s') && !lw.endsWith('ss') && testLong(COUNTED_ADJECTIVE_BEFORE_RE, before30)) return true;
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
  if (NOUNY_BASE.has(lw) && !testLong(/(?:\b(?:i|we|they|you|to|will|would|can|could|may|might|should|must|do|did|does|not|never|also|often|still|who)|\bto\s+[a-z]{2,}ly|[a-z]{2}[a-rt-z]s)\s+$/i, prev) && !(before30.includes(',') && PLURAL_ASIDE_BEFORE_RE.test(before30)) && !(before30.includes('of') && PLURAL_OF_BEFORE_RE.test(before30)) && !testLong(PLURAL_IN_PLACE_BEFORE_RE, before30) && !(cue.start - s.start <= 90 && PLURAL_AT_BODY_RE.test(text.slice(s.start, cue.start))) && !(before30.includes('and') && AND_NAME_BEFORE_RE().test(before30)) && !(lw === 'forecast' && (testLong(FORECAST_THAT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 40))) || testLong(PERFECT_BEFORE_RE, prev) || FORECAST_FIGURE_AFTER_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 90)))))) return true;
  // "Neighbouring Arab states attack": "states" reports only with "that", a colon or a quotation after it.
  if (lw === 'states' && !testShort(/^\s*(?:that\b|[:"\u201c])/, next, ':"\u201c') && !isClauseEnd(next)) return true;
  // "across the Darfur states.", "the Gulf states": states of a region named before them.
  // ("to member states.", "small island states": the plural noun after what kind of states they are.)
  if (lw === 'states' && /\bthe\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}$/.test(before30) && !/^\s*(?:that\b|[:"\u201c])/.test(next)) return true;
  // ("several EU member states that have not", "imports from ECOWAS states": after a kind of states, or a name after a
  // preposition, the noun whatever follows.)
  if (lw === 'states' && (KIND_OF_STATES_RE.test(prev) || /\b(?:from|of|in|to|among|between|with|across|for|by|on)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}$/.test(before30))) return true;
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

/** What makes "hold" a view or a court's holding: "that" (maybe after when or how) and a clause ("held that the
 * commission may not"), not "held that seat". */
const HELD_THAT_RE = /^\s+(?:(?:in|on|last|this|earlier)\s+[\w-]+(?:\s+\d{1,4})?\s+|unanimously\s+|(?:also|further|firmly|long)\s+)?that\s+(?:the|a|an|it|its|they|he|she|we|there|this|these|those|such|no|any|all|\p{Lu})/u;
/** The sources a "citing" aside names, up to the comma before its sentence's "that". */
const CITED_ASIDE_RE = /^\s+[^,;:"\u201c\u201d()]{1,60}?,\s+that\s/;
const HOLD = new Set(['hold', 'holds', 'held', 'holding']);

/** A clause before the cue and its source set off by a comma: "The state must pay the costs, the court ". */
const CLAUSE_THEN_SOURCE_BEFORE_RE = lazyRegExp(() => /[^,;:]{24},\s+(?:the\s+)?(?:[\p{L}.'\u2019-]+\s+){1,4}$/u);

/** Goodwill wished to someone: "wish them luck", "wished him well", "wish you a safe journey". */
const WISHED_GOODWILL_RE = /^\s+(?:him|her|them|us|me|you|everyone|everybody|all)\s+(?:well|luck|good|success|every|all|the\s+best|happy|merry|a|an|many|continued|speedy)\b/i;

/** What a firm posts that is no message: a result or a sum, after a few words that size or date it ("a record pre-tax
 * profit", "its first quarterly loss", "a 3% rise in sales"), or bail. */
const POSTED_FIGURE_RE = /^\s+(?:(?:a|an|its|their|his|her|the|first|second|third|fourth|record|net|pre-tax|pretax|operating|underlying|quarterly|annual|half-year|full-year|first-half|second-half|surprise|unexpected|strong|weak|solid|modest|sharp|steep|big|bigger|small|smaller|huge|slight|further|wider|narrower|better-than-expected|worse-than-expected|[$\u00a3\u20ac]?\d[\d.,]*(?:%|bn|m|k)?|per\s+cent|percent|billion|million|year-on-year|annualised|annualized)\s+){0,4}(?:loss|losses|profits?|gains?|deficits?|surplus(?:es)?|results|earnings|revenues?|growth|declines?|rises?|falls?|drops?|increases?|bail|sales|turnover|margins?|returns?|contraction|expansion)\b/i;

/** A stoppage or a vote after "called a": "a shutdown", "a general strike", "an early election". */
const CALLED_EVENT_RE = /^\s+an?\s+(?:[\w-]+\s+){0,2}?(?:shutdown|strike|bandh|hartal|election|referendum|boycott|walkout|lockdown|curfew|recess|halt)\b/;

/** A cue word in a sense that reports no words ("regarding", "calling at Odesa", "known as", "will decide the race"). */
export function readsAsOtherSense(text: string, s: Sentence, lw: string, cue: Span, prev: string, next: string, pw: string, before30: string): boolean {
  // "held talks", "holds the record": holding a thing; a view or a court's holding is "held that" and a clause.
  if (HOLD.has(lw) && !testLong(HELD_THAT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 48)))) return true;
  // "Reuters reported, citing two diplomats, that ...": an aside that names the report's own sources; the "that" is the
  // report's content, and the verb before the aside its cue.
  if (lw === 'citing' && lastNonBlank(prev) === 44 && CITED_ASIDE_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 70)))) return true;
  // "I wish them luck": goodwill to someone, no view of anything.
  if (lw.startsWith('wish') && testLong(WISHED_GOODWILL_RE, next)) return true;
  // ("said that he intended to travel": the speaker's plan, inside what the speaker said.)
  if (lw.startsWith('intend') && /^\s+to\s/.test(next) && /\bthat\s+(?:he|she|they|it|we|i)\s+$/i.test(before30)) return true;
  if (lw.startsWith('refus') && /^\s*(?:[,;]\s+(?:and|but|while|whereas)\b|[.;]|$)/.test(next)) return true;
  // "Readers can write to Readers' Editor, 90 York Way": an address to write to, no words.
  // ("She wrote to the minister on Monday asking for a meeting": the past too.)
  if ((lw.startsWith('writ') || lw === 'wrote') && /^\s+to\s/.test(next) && !/\bthat\b|[:"\u201c]/.test(text.slice(cue.end, Math.min(s.end, cue.end + 80)))) return true;
  // "The court will consider the appeal next week", "Ministers will consider a report on the floods": weighing a
  // matter put before one, no view of it ("consider the plan a failure", "consider that", "consider it likely" are).
  // (After a modal, "to" or "be": a view held is in the present or past, "They consider the move illegal".)
  if (lw.startsWith('consider') && testLong(CONSIDER_AHEAD_RE, prev) && CONSIDER_MATTER_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 70)))) return true;
  // "Having said that, ...": a turn of phrase, no one saying anything.
  if (lw === 'said' && testLong(/\bhaving\s+$/i, prev) && /^\s+that\s*,/.test(next)) return true;
  // Fillers in speech: "you know,", "I mean"; and naming, not knowing: "Dagalo, known as Hemedti".
  if (lw === 'know' && testShort(/^\s*,/, next, ',')) return true;
  if (lw === 'known' && testLong(/^\s+as\b/, next)) return true;
  // "ISW has not observed confirmation", "we could not verify": nothing found is nothing reported; "The Treasury should
  // confirm the figures": a recommendation, not a report.
  if (/^(?:observ|found|find|verif|detect|seen|see|establish|identif)/.test(lw) && testLong(/\b(?:has|have|had|did|does|do|could|can)\s+not\s+$|\b(?:cannot|never)\s+$/i, prev)) return true;
  // "The presiding judge, Col. Andrea Whitfield, said", "defence counsel, Rebecca Landry,": a noun before a name set off.
  if ((lw === 'judge' || lw === 'counsel') && /^\s*,\s+[A-Z]/.test(next)) return true;
  // "passes special counsel bill", "the independent counsel's probe": a lawyer named by the kind of counsel.
  if (lw === 'counsel' && /\b(?:special|independent|general|legal|defen[cs]e|chief|senior|outside|in-house)\s+$/i.test(prev)) return true;
  // "to fire warning shots", "a warning shot": the kind of shot, no warning given.
  if (lw === 'warning' && /^\s+shots?\b/.test(next)) return true;
  // "With 87% of precincts reporting": a count's progress, nobody reporting anything.
  if (lw === 'reporting' && /\b(?:precincts|polling\s+stations|districts|counties|votes)\s+$/i.test(prev)) return true;
  // "newly disclosed phone records", "recounts rarely shift": an adjective; a plural noun before its verb.
  if (lw.endsWith('ed') && testLong(/\bnewly\s+$/i, prev)) return true;
  if (lw === 'recounts' && /^\s+(?:(?:rarely|often|seldom|usually|sometimes|never|can|could|may|might|would|will|have|had|are|were)\b)/.test(next)) return true;
  // "the margin will decide the race": deciding a thing, not saying; "would rule on that motion": a ruling to come;
  // "it will appeal": a legal step; "call at least six more witnesses": summoning them.
  if (lw.startsWith('decid') && !testLong(DECIDED_WHAT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60))) && !isClauseEnd(next)) return true;
  // "the fund for responding to loss and damage": a gerund after a preposition names what a thing is for, no reply
  // ("criticised for responding that ..." still reports one).
  if (lw === 'responding' && testLong(/\b(?:for|of|in|on|at|by)\s+$/i, prev) && !/,\s*(?:for|by)\s+$/.test(prev) && !testLong(/^\s+(?:that\b|with\s+(?:a|an)\s+(?:statement|letter|post)|["\u201c:])/, next)) return true;
  // "The committee can recommend changes", "may request documents": a power to propose a thing, no words said (a
  // recommendation made is "recommended changes", "can recommend that ...").
  if (PROPOSE_BASE.has(lw) && testLong(POWER_BEFORE_RE, prev) && !testShort(/^\s*(?:that\b|whether\b|["\u201c:])/, next, '"\u201c:')) return true;
  if ((lw === 'rule' || lw === 'ruled' || lw === 'rules') && /^\s+on\s+(?:that|this|the|a|an|his|her|its|their)\s+(?:motion|case|request|issue|question|matter|appeal|application|petition|objection)\b/.test(next)) return true;
  // ("Jakarta appealed that ruling", "appealed the panel's decision": any determiner before the ruling appealed.)
  if (lw.startsWith('appeal') && (isClauseEnd(next) || /^\s+(?:against|(?:the|that|this|its|his|her|their|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:verdict|ruling|sentence|decision|conviction|judgment|judgement|award|order|fine|penalty|report))\b/.test(next))) return true;
  if (lw.startsWith('call') && testLong(/^\s+(?:at\s+least\s+|up\s+to\s+)?(?:[\w-]+\s+){0,3}?witness(?:es)?\b/, next)) return true;
  // "The traders called a shutdown from Monday", "called a snap election": a stoppage or a vote convened, no words.
  if (lw.startsWith('call') && next.startsWith(' a') && testLong(CALLED_EVENT_RE, next)) return true;
  // "Lawyers at the firm, who advise banks on sanctions, said": what a firm does for its clients, no advice reported.
  if ((lw === 'advise' || lw === 'advises') && testLong(/\b(?:who|which|that)\s+(?:also\s+)?$/i, prev) && testLong(/^\s+(?:[\w-]+\s+){1,3}?on\s+(?!whether\b|how\b)[a-z]/, next)) return true;
  // "Turnout appears to be higher": a look of things, not anyone's view.
  if ((lw === 'appears' || lw === 'appeared' || lw === 'seems' || lw === 'seemed') && testLong(/^\s+to\b/, next) && !PERSONISH_BEFORE_RE.test(prev)) return true;
  // "What we know about the strikes", "Here is what we know so far": the explainer's own frame; "It is not yet clear
  // whether Israel intends to strike": what no one has said.
  const before50 = text.slice(Math.max(s.start, cue.start - 50), cue.start);
  if (lw === 'know' && /\b(?:what|all|everything)\s+(?:we|you)\s+(?:now\s+|already\s+)?$/i.test(prev)) return true;
  if ((before50.includes('clear') || before50.includes('known') || before50.includes('certain')) && UNCLEAR_WHETHER_RE.test(before50)) return true;
  // "who spoke on condition of anonymity because he feared reprisals": why the source is unnamed, not what it says;
  // "the committee is also considering a listing": deliberating, not holding a view.
  if (before50.includes('anonymity') && /\banonymity\s+(?:because|as|since)\s+(?:he|she|they|it|we|i)\s+(?:(?:was|were|had|had\s+been|is|are)\s+)?(?:still\s+|also\s+|not\s+)?$/i.test(before50)) return true;
  if (lw === 'considering' && /\b(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?$/i.test(prev) && !/^\s+(?:that|whether|how|if)\b/.test(next)) return true;
  // "The committee's previous report on the subject": the noun after its adjective; "the scheme announced in the
  // spring of 2023 was honoured": a participle describing the noun, with the sentence's own verb after it.
  if ((NOUNY_BASE.has(lw) || AMBIGUOUS.has(lw)) && ADJECTIVE_BEFORE_NOUN.has(pw)) return true;
  // ("A second document, a presentation for the cabinet, describes": after a determiner and such an adjective, any bare
  // cue word is the noun.)
  if (ADJECTIVE_BEFORE_NOUN.has(pw) && !lw.endsWith('ed') && !lw.endsWith('ing') && !lw.endsWith('s') && testLong(/\b(?:a|an|the|its|his|her|their|this|that)\s+\S+\s+$/i, prev)) return true;
  // "The firm began to post losses", "posted a record pre-tax profit", "posted bail": a result or a sum, no message posted.
  if (lw.startsWith('post') && (lw.length === 4 || lw === 'posts' || lw === 'posted' || lw === 'posting') && testLong(POSTED_FIGURE_RE, next)) return true;
  // "dismissed 40 officers", "dismissed his chief of staff": sacked people, no words dismissed.
  if (lw.startsWith('dismiss') && testLong(DISMISSED_PEOPLE_RE, next)) return true;
  // "Guards denied detainees access to medical care", "denied journalists entry to the camp": a thing refused, no words.
  if (lw.startsWith('den') && testLong(DENIED_THING_RE, next)) return true;
  // "The findings echo those of a United Nations panel": a likeness to other findings, nothing said.
  if (lw.startsWith('echo') && /^\s+(?:those|that)\s+of\b/i.test(next)) return true;
  // "a review panel would report by the end of the year": when a body is due to report, nothing it said.
  if (lw === 'report' && /\b(?:will|would|shall|should|must|to|due\s+to)\s+$/i.test(prev) && /^\s+(?:back\s+)?(?:by|within|before|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|new\s+year|coming|next)|next|later)\b/i.test(next)) return true;
  // "The poll questioned 1,500 voters": people asked, no doubt raised.
  if (lw.startsWith('question') && /^\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?\d/.test(next)) return true;
  if (lw.endsWith('ed') && testLong(/[a-z]\s+$/, prev) && testLong(PARTICIPLE_THEN_VERB_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // "Some analysts urged caution": the noun after the verb that cued already.
  if (lw === 'caution' && /\b(?:urged|urging|urge|urges|advised|advising|counselled|counseled|exercise|exercised|called\s+for|calls\s+for|with)\s+$/i.test(prev)) return true;
  // "Question put and agreed to.": a motion passed, nothing said; "I will not comment on": nothing said either;
  // "whether the rights claimed exist": a participle that describes the noun before it, whose verb follows.
  if (lw.startsWith('agree') && testLong(/^\s+to\s*[.;]?\s*$/, next)) return true;
  if (lw.startsWith('comment') && /(?:\bnot|\bnever|n['\u2019]t)\s+$/i.test(prev)) return true;
  // ("The views expressed here are his own": where the thing was done may stand between the participle and the verb.)
  if (lw.endsWith('ed') && testLong(/\bthe\s+[a-z]{3,}s\s+$/i, before30) && (testLong(VERB_AFTER_PARTICIPLE_RE, next) || testLong(/^\s+(?:here|above|below|herein|therein|in\s+(?:this|the)\s+(?:article|column|piece|book|report))\s+(?:are|were|is|was|do|did|remain)\b/, next))) return true;
  // "Data reported to WHO may be incomplete", "the names shown on maps do not imply": a participle after a plural or
  // "data", then where it went and the sentence's own verb, describes the noun.
  if ((lw.endsWith('ed') || lw === 'shown') && testLong(PLURAL_OR_DATA_BEFORE_RE, prev) && testLong(PLACE_THEN_VERB_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  return false;
}
/** A plural noun or "data" right before a participle (see readsAsOtherSense). */
const PLURAL_OR_DATA_BEFORE_RE = /(?:^|[^\w'\u2019])(?:[A-Za-z][a-z]{2,}[^s\W]s|[Dd]ata)\s+$/;
/** Where a participle's thing went or is shown, then the sentence's own verb: " to WHO may be", " on maps do not". */
// (No clause of what was said between: "Residents reported to police that shots were fired".)
const PLACE_THEN_VERB_RE = /^\s+(?:in|on|to)\s+(?:the\s+|this\s+|these\s+)?[\w-]+(?:\s+(?!(?:that|which|who|what|how|whether|if)\b)[\w-]+){0,2}?\s+(?:are|were|is|was|may|might|do|does|did|will|would|can|could|must|should|remain|remained)\b/;

/** A cue word as a participle that describes a noun, or as an act ("the ceasefire agreed on 24 June", "sanctions hit"). */
export function readsAsDescription(text: string, s: Sentence, lw: string, cue: Span, prev: string, next: string, pw: string, before30: string): boolean {
  // ("must be reported to OFAC": a duty to report, not a report.)
  // (Read only when before30, which ends as prev does, ends in blanks after "should", "must", "to" or "be": every match
  // does, and each pattern, anchored at the end, tries every start.)
  const j = backOverBlanks(before30, before30.length);
  const z = j < before30.length && j > 0 ? before30.charCodeAt(j - 1) | 32 : 0;
  if (((z === 100 || z === 116 || z === 111) && /\b(?:should|must|ought\s+to|needs?\s+to)\s+$/i.test(prev)) || (z === 101 && /\b(?:must|shall|should|needs?\s+to|required\s+to|ha(?:s|ve)\s+to)\s+be\s+$/i.test(before30))) return true;
  // "China's stated ambitions", "the frontier remained disputed": a participle that describes, after a possessor or a
  // verb of being.
  // ("Its stated ambitions", "their reported losses": after a possessive pronoun too.)
  if (lw.endsWith('ed') && ((testLong(/['\u2019]s\s+$/, prev) || POSSESSIVE_PRONOUNS.has(pw)) && testLong(/^\s+[a-z]+/, next) && !/^\s+(?:that|by|to|in|on)\b/.test(next) || testLong(/\b(?:remain|remains|remained|seem|seems|seemed|appear|appears|appeared|stay|stays|stayed)\s+$/i, prev))) return true;
  // "a group calling itself ...": naming, not saying; "They're promises": a plural noun after a form of "be"; "a UN
  // document": the noun after its author's name.
  if (lw.startsWith('call') && testLong(/^\s+(?:itself|himself|herself|themselves)\b/, next)) return true;
  if (lw.endsWith('s') && testLong(/\b(?:they're|they\s+are|these\s+are|those\s+are|are|were)\s+$/i, prev) && !/^\s+(?:that|to)\b/.test(next)) return true;
  if ((lw === 'document' || lw === 'documents') && /[A-Z]{2,}\s+$/.test(prev)) return true;
  // "access to the withheld documents by the end of January", "documents from the ministry", "the documents were": the
  // papers, no verb (which takes an object: "The report documents abuses").
  if ((lw === 'document' || lw === 'documents') && /^(?:\s*(?:[,.;:)!?]|$)|\s+(?:by|from|of|were|was|are|is|have|has|had)\b)/.test(next)) return true;
  // "Exports declined sharply": falling, not refusing; a refusal is "declined to comment", "declined the offer".
  // ("each person they decline to relocate": declining to do a thing other than speak is an act, no refusal to say.)
  if (lw.startsWith('declin') && /^\s+to\s+[a-z]/.test(next) && !testLong(DECLINED_TO_SAY_RE, next)) return true;
  if (lw.startsWith('declin') && !/^(?:\s+(?:to\s+(?!\d)|comment|an?\s|the\s|his\s|her\s|their\s|its\s|that\s|this\s|these\s|those\s|such\s|invitations?|requests?|offers?|calls?)|\s*[.,;:]|\s*$)/i.test(next)) return true;
  // "rose 38% compared with the same period": a comparison, not someone comparing.
  if (lw === 'compared' && /^\s+(?:with|to)\b/.test(next)) return true;
  // "a trader accused of helping Moscow": a participle right before the preposition its object would take names
  // the one accused, not the accuser (the active voice puts the object between: "accused the trader of").
  // (Not after a subject of an object clause: "an act that Mayor Bill de Blasio described as".)
  if (lw.endsWith('ed') && isReducedPassive(lw, next) && !isObjectRelative(text.slice(Math.max(s.start, cue.start - 80), cue.start))) return true;
  // "the statement read on state television": a document read out, not someone reading.
  if (lw === 'read' && testLong(DOC_BEFORE_READ_RE, prev) && /^\s+(?:on|by|out|aloud|over|at|in)\b/.test(next)) return true;
  // "17 of Sudan's 18 states": after a number the "-s" form is a plural noun.
  // ("responsible for planning attacks", "denying claims": after a gerund it is the gerund's object.)
  // ("sets out ten-year plans that": after a hyphenated modifier it is a noun too.)
  // ("Think tanks published estimates.": after a verb in the past it is the verb's object.)
  // (Not after a noun in "-ing" with its determiner: "the ruling states", "the filing notes".)
  if (AMBIGUOUS.has(lw) && (testLong(/\d\s+$/, prev) || (testLong(/[a-z]{2}ing\s+$/, prev) && !ING_DOCUMENT_RE.test(before30)) || testLong(/\b[a-z]+-[a-z]+\s+$/, prev) || testLong(/[a-z]{3}ed\s+$/, prev))) return true;
  // "Annual appropriations encourage big headline numbers": encouraging someone is urging them to do something.
  if (lw.startsWith('encourag') && !ENCOURAGED_TO_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 90)))) return true;
  // "..., charges both countries deny": a noun of saying after a comma, with the clause that denies it after it.
  if (AMBIGUOUS.has(lw) && lastNonBlank(prev) === 44 && /^\s+(?:both|the|all|which|these|those|its|his|her|their)\b/i.test(next)) return true;
  // "The package adds 117 vessels to the list", "added to the confusion": adding a thing, not a remark.
  if ((lw === 'add' || lw === 'adds' || lw === 'added' || lw === 'adding') && testLong(ADDED_THING_RE, text.slice(cue.end, Math.min(s.end, cue.end + 90)))) return true;
  // "The rebates had added to inflation.", "added to costs and delays": "to" a bare noun in lower case, the clause ending.
  if ((lw === 'add' || lw === 'adds' || lw === 'added' || lw === 'adding') && next.startsWith(' to ') && ADDED_TO_NOUN_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // "had been adding 137,000 barrels per day each month", "added 3,000 jobs": an amount added, with no verb of its own
  // after it ("added 20 people had died" reports).
  if ((lw === 'add' || lw === 'adds' || lw === 'added' || lw === 'adding') && addedAmount(text.slice(cue.end, Math.min(s.end, cue.end + 90)))) return true;
  // "agreed on Friday a 20th package of sanctions": agreeing to a thing, not with a statement.
  if (lw.startsWith('agree') && testLong(AGREED_THING_AFTER_RE, text.slice(cue.end, Math.min(s.end, cue.end + 90)))) return true;
  // "The RSF attacks Zamzam camp": an attack on a place is a blow, not words.
  if (lw.startsWith('attack') && testLong(ATTACKED_PLACE_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // "Strikes targeted a depot", "sanctions hit the economy": in this domain, blows; "hit out at" and "hit back" are words.
  if ((lw === 'hit' || lw === 'hits' || lw === 'hitting') && !/^\s+(?:out|back)\b/.test(next)) return true;
  // "concluded a deal", "we concluded $350 billion of agreements": closing something, not finding. A conclusion
  // comes with "that", a quote, a colon, at the clause's end, or as a clause ("concluded his comments were").
  // ("concluded in 2022 that", "concluded last year that", "concluded at the end of 2022 that": when or where it
  // concluded may stand before the "that", as for the frame-only cues.)
  if (lw.startsWith('conclud') && !/^\s*(?:that\b|["\u201c:,.;]|$)/.test(next) && !CONCLUDED_CLAUSE_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 60))) && !testLong(WHEN_THEN_THAT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 40))) && !whenBeforeThat(text, s, cue)) return true;
  // "Any State Party may denounce this Convention", "Moscow denounced the treaty in 2023": to denounce a treaty is to
  // leave it, no words against it ("denounced the treaty as a betrayal" still condemns it).
  if (lw.startsWith('denounc') && DENOUNCED_TREATY_AFTER_RE.test(next)) return true;
  // "they will observe its central limits", "both sides observed the truce", "observed a minute's silence": to keep a
  // rule, a truce or a custom, no remark.
  if (lw.startsWith('observ') && OBSERVED_RULE_AFTER_RE().test(text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // "the largest trade agreement the EU has ever concluded.", "The agreement was concluded.": an agreement concluded, at
  // the clause's end, is one made, not a finding.
  if (lw.startsWith('conclud') && /^\s*(?:[,.;]|$)/.test(next) && CONCLUDED_AGREEMENT_BEFORE_RE().test(text.slice(Math.max(s.start, cue.start - 80), cue.start))) return true;
  // A participle after what was agreed, not a speaker: "the ceasefire agreed on 24 June", "the deal announced last week".
  // (The cheap tests first: AGREED_THING_RE, anchored at the end, tries every start in before30.)
  if (lw.endsWith('ed') && testLong(/^\s+(?:on|in|at|last|earlier|this|by|between|with|upon|under|after)\b/, next) && AGREED_THING_RE.test(before30)) return true;
  // "a roadmap to phase out fossil fuels agreed two years ago in Dubai": a participle after a common noun, with only
  // when and where after it, describes the noun.
  // (Not a body that reports: "1,000 troops, the ministry reported on Nov. 14.")
  // ("Wage growth slowed, separate figures showed last week.": "showed" is no participle; "..., the ministers agreed last
  // week.": a subject set off after the comma that reports.)
  if (lw.endsWith('ed') && lw !== 'showed' && testLong(/[a-z]\s+$/, prev) && testLong(WHEN_ONLY_AFTER_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60))) && !((CORE_SPEECH.has(lw) || (before30.includes(',') && COMMA_SUBJECT_BEFORE_RE.test(before30))) && testLong(PEOPLE_RE, prev))) return true;
  // "the most recent reporting period", "New confirmed cases: 41": a participle before the noun it describes.
  if ((lw.endsWith('ing') || lw.endsWith('ed')) && testLong(DESCRIBED_NOUN_AFTER_RE, next)) return true;
  // "imposes reporting burdens that the Mission cannot meet": an "-ing" word before a bare plural noun with its own
  // relative clause names a kind of that noun (a compound), not someone reporting; a participle that reports is set
  // off by a comma or follows its speaker with what was said ("officials saying that").
  // ("is warning voters that": a progressive with whom it warns is the verb.)
  if (lw.endsWith('ing') && lastNonBlank(prev) !== 44 && testLong(COMPOUND_HEAD_AFTER_RE, next) && !BE_BEFORE_RE.test(prev) && !testLong(PEOPLE_RE, next)) return true;
  return false;
}

/**
 * Determiners that make the next word a noun with no speaker ("this question", "at this point", "in this state").
 * Possessives stay: "his remarks", "their views" name whose words they are.
 */
/** Words after which "offering" is the verb: "is offering", "while offering", "who are offering". */
const OFFERING_VERB_BEFORE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'not', 'also', 'still', 'now', 'while', 'after', 'before', 'without', 'by', 'for', 'and', 'but', 'then', 'who', 'which', 'that', 'they', 'she', 'you', 'keep', 'kept', 'keeps', 'start', 'started', 'began', 'begin', 'stop', 'stopped', 'even', 'just', 'again']);

/** A plural subject or a personal pronoun and an aside set off by commas: "Some farmers, however, ". */
const PLURAL_ASIDE_BEFORE_RE = /(?:\b(?:we|they|you)|[a-z]{3}s),\s+(?:however|meanwhile|though|instead|too|in\s+turn|for\s+(?:their|our|your)\s+part),\s+$/i;

const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** A possessor and one modifier in lower case right before a word: "its election ", "Labour's election ". */
const OWNER_MODIFIER_BEFORE_RE = /(?:\b(?:its|his|her|their|our|my|your)|\p{L}['\u2019]s)\s+[a-z-]+\s+$/u;
/** What was promised or claimed after the noun: "to" and a verb, "that", a colon or a quotation. */
const PROMISED_AFTER_RE = /^\s*(?:to\s+(?!(?:the|a|an|his|her|their|its|voters|workers|people|me|him|them|us)\b)[a-z]+|that\b|[:"\u201c])/;
/** Nothing more of a clause after a word: a stop, a comma or a bracket. */
const CLAUSE_END_AFTER_RE = /^\s*[.,;:!?)]/;

const NOUN_DETERMINERS = new Set(['this', 'these', 'those', 'every', 'no', 'any', 'such', 'other']);

/** A document named by a noun in "-ing" and its determiner, right before a cue: "the ruling ", "the court's filing ". */
const ING_DOCUMENT_RE = /\b(?:the|a|an|this|that|its|his|her|their|our|[\w-]+['\u2019]s)\s+(?:[a-z-]+\s+)?(?:ruling|filing|finding|briefing|warning|posting|recording|listing|reading)\s+$/i;

/** A rule, a truce or a custom as what is observed: " its central limits", " the ceasefire", " a minute's silence". */
const OBSERVED_RULE_AFTER_RE = lazyRegExp(() => /^\s+(?:(?:the|its|their|his|her|our|a|an|this|that|these|those|all|any)\s+)?(?:[\p{L}'\u2019-]+\s+){0,3}?(?:limits?|ceilings?|caps?|ceasefire|cease-fire|truce|rules?|terms|moratorium|curfew|silence|norms?|provisions?|obligations|restrictions|ban|embargo|treaty|agreement|accord|deal|protocols?|guidelines|laws?|fast|sabbath|holiday|Ramadan|Lent|lockdown|quarantine|sanctions|neutrality|etiquette|customs?|traditions?|rituals?|rites?)\b(?!\s+(?:that|was|were|is|are|had|has)\b)/u);
/** A treaty as what is denounced: " this Convention", " the 1972 treaty", " the Agreement". */
const DENOUNCED_TREATY_AFTER_RE = /^\s+(?:this|the|that|its|their)\s+(?:(?:\d{4}|[A-Z][\w-]*)\s+){0,3}(?:[Cc]onvention|[Tt]reaty|[Aa]greement|[Pp]rotocol|[Aa]ccord|[Cc]harter|[Pp]act)\b(?!\s+as\b)/;
/** An agreement's noun, then a subject of up to four words or "was", before a closing "concluded": "the largest
 * trade agreement the EU has ever ", "The agreement was ", "the third accord that the two sides have ". */
const CONCLUDED_AGREEMENT_BEFORE_RE = lazyRegExp(() => /\b(?:agreements?|deals?|treaty|treaties|accords?|pacts?|contracts?|memorand(?:um|a)|protocols?|conventions?|arrangements?|negotiations|talks)\s+(?:(?:that|which)\s+)?(?:(?:[\p{L}'\u2019.-]+\s+){1,4}?(?:(?:has|have|had|was|were|is|are|will\s+have|will\s+be|be|been|being)\s+)?|(?:has|have|had|was|were|is|are|will\s+have|will\s+be|be|been|being)\s+)(?:(?:ever|yet|just|recently|successfully|finally|now|formally)\s+)?$/u);

/** A clause after "concluded": a short subject, then a verb ("his comments were", "the police had"). */
const CONCLUDED_CLAUSE_RE = /^\s+(?:(?:his|her|their|its|the|a|an|this|these|those)\s+)?[\w'-]+\s+(?:was|were|is|are|had|has|have|would|will|could|did|should|must)\b/i;
