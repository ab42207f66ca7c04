// A cue word in a sense that reports no words (readsAsOtherSense): "regarding", "calling at Odesa", "known as",
// "will decide the race". Apart from the noun and question readings in cueSenses.ts, whose shared word lists it
// uses; cueAttribution (cueSource.ts) asks it of every verb cue.
import type { Sentence, Span } from './types';
import { lazyRegExp, testLong, testShort } from './chars';
import { isClauseEnd, lastNonBlank } from './speechChars';
import { AMBIGUOUS, NOUNY_BASE } from './cueSenses';
/** What a decision is about: "to", "that", "whether" a few words on, or a clause ("decided she should"). */
/** ("decided on a budget", "would decide on the plan": a choice of a thing, no words; "decided on Monday that" still reports.) */
const DECIDED_WHAT_RE = /^\s+(?:(?:[\w'\u2019-]+\s+){0,4}?(?:to|that|whether|against|how|what|not|if)\b|in\s+favou?r\b|(?:he|she|they|it|we|i)\s)/;

/** The one questioned or grilled after the verb: a pronoun ("her" only before when or what about: "question her
 * intelligence" doubts it), a person or people with their determiner ("the chief
 * executive", "two suspects"), or a name before when or what about ("Zuckerberg for five hours"). */
const QUESTIONED_PERSON_RE = lazyRegExp(
  () =>
    /^\s+(?:(?:him|them|me|us|you)\b|her(?=\s*(?:[.,;]|$|\s+(?:about|over|on|for|at|in|during|after|before|under|again|repeatedly|closely)\b))|(?:the|a|an|his|her|their|its|two|three|four|several|dozens\s+of)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:executives?|chief|CEO|boss(?:es)?|heads?|directors?|ministers?|officials?|witness(?:es)?|suspects?|detainees?|leaders?|secretary|president|chairman|chairwoman|chair|commissioner|governor|spokes(?:man|woman|person)|nominees?|candidates?|managers?|officers?|agents?|staff|employees?|m[ae]n|wom[ae]n|people|experts?|regulators?|bankers?|founders?|owners?|prisoners?|passengers?|drivers?|pilots?|crew|players?|coach)\b|\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,3}\s*(?:[.,;]|$|\s+(?:about|over|on|for|at|in|during|after|before|under|again|repeatedly|closely)\b))/u,
);

/** Whether a verb of questioning that ends at `at` ("questioned", "grilled") has the one questioned after it, and no
 * words said follow (no quotation or colon before the sentence's end at `end`). */
export function questionsSomeone(text: string, at: number, end: number): boolean {
  return testLong(QUESTIONED_PERSON_RE(), text.slice(at, Math.min(end, at + 80))) && !/["\u201c\u201d:]/.test(text.slice(at, end));
}

/** Verbs of proposing, in the base form a modal takes. */
const PROPOSE_BASE = new Set(['recommend', 'propose', 'suggest', 'request', 'demand']);
/** A modal of power right before the verb: "can", "may", "has the power to" ("would propose" is a plan said). */
const POWER_BEFORE_RE = /\b(?:can|could|may|might|cannot|can't|able\s+to|empowered\s+to|power\s+to|entitled\s+to)\s+(?:(?:also|only|then|still|now|formally|jointly)\s+)?$/i;

/** A person before "appears to" ("he appears to think"). */
const PERSONISH_BEFORE_RE = /\b(?:he|she|they|we|i)\s+$/i;

/** "It is not (yet) clear whether X", "it is unclear if X": what comes next is unknown, not said. */
/** The words one of which every UNCLEAR_WHETHER_RE match holds (as they are written): one pattern, not a search for each. */
const UNCLEAR_WORDS_RE = /clear|known|certain/;
const UNCLEAR_WHETHER_RE = /\b(?:unclear|not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|uncertain|unknown)\s+(?:whether|if|how|when|what|why)\s+[^,;:.]{0,40}$/i;

/** Adjectives before a noun of saying ("the previous report", "its latest statement"). */
const ADJECTIVE_BEFORE_NOUN = new Set('previous|latest|new|annual|final|interim|initial|recent|first|second|third|own|full|special|official|joint|separate|earlier|original|quarterly|monthly|weekly|draft'.split('|'));

/** Past tenses of cue verbs that do not end in "-ed" ("said", "told"), which no noun is. */
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'felt', 'knew', 'saw', 'held', 'found']);

/** When a participle's thing was done, then the sentence's own verb: " in the spring of 2023 was honoured". */
const PARTICIPLE_THEN_VERB_RE = /^\s+(?:(?:in|on|during)\s+(?:the\s+)?(?:(?:early|late|mid)\s+)?[\w-]+(?:\s+(?:of\s+)?(?:19|20)\d\d)?|last\s+\w+|earlier\s+this\s+\w+|this\s+\w+)\s+(?:was|were|is|are|has|have|had|will|would|remains?|remained)\b/;

/** A measure, which makes no statement, right before a participle: "tariffs ", "the new duties ", "sanctions ". */
const MEASURE_BEFORE_RE = /(?:^|[^\w'\u2019-])(?:tariffs|duties|levies|taxes|quotas|sanctions|countermeasures|measures|curbs|restrictions|cuts|reforms|rules|changes|subsidies|tax\s+rises|tax\s+increases|spending\s+cuts)\s+$/i;

/** A finite verb right after a noun and its participle ("the rights claimed exist"). */
const VERB_AFTER_PARTICIPLE_RE = /^\s+(?:exist|exists|existed|are|were|remain|remained|is|was|have|has|had|will|would|may|might|must|can|could|should)\b/;

/** After "plead": a plea to a charge (" guilty", " not guilty", " no contest", " innocent", " the Fifth"). */
const PLEA_AFTER_RE = /^\s+(?:not\s+|partially\s+|partly\s+)?(?:guilty|innocent)\b|^\s+(?:no\s+contest|nolo\s+contendere|the\s+Fifth)\b/;

/** After "argue": with someone over or about something, or with someone alone (" with a neighbour over a parking space"). */
const QUARREL_AFTER_RE = /^\s+with\s+(?:[\w'\u2019-]+\s+){1,4}(?:over|about)\b|^\s+with\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+\s*(?:[.;!?]|$)/;

/** A court's text right before "written by": "ruling ", "opinion ", "dissent ". */
const RULING_WRITTEN_BEFORE_RE = /\b(?:ruling|opinion|decision|judgment|judgement|dissent|concurrence|verdict|order|letter|memo|report|article|op-ed|essay|statement)(?:\s+|,\s+)$/i;
/** A court a case is appealed to, to the clause's end or a time or a ground after it: " to the Supreme Court.",
 * " to the U.S. Court of Appeals for the D.C. Circuit", " to a higher court on Monday". */
const APPEAL_TO_COURT_RE = /^\s+to\s+(?:the|a|an)\s+(?:[\w.'\u2019-]+\s+){0,8}?(?:[Cc]ourt|[Tt]ribunal|[Cc]ircuit|[Cc]hamber|[Bb]ench|justices)(?:\s+(?:of|for)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})?\s*(?:[.,;)]|$|\s+(?:on|in|over|against|after|within|next|last|this|and|but)\b)/;
/** What "rejected" answers when it reports: someone's words (an allegation, a claim, a report, remarks; maybe a
 * determiner or a possessive and a few words before the noun), or anything rejected "as" what it is called. */
const REJECTED_WORDS_RE = /^\s+(?:(?:the|these|those|such|any|all|an?|his|her|its|their|this|that)\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['\u2019]s?\s+)?(?:[\w.-]+\s+){0,3}?(?:allegations?|accusations?|claims?|charges?|reports?|assertions?|remarks|comments?|statements?|criticism|suggestions?|notion|characteri[sz]ation|narrative|speculation|version|account|findings|conclusions?|assessment)\b|^\s+(?!(?:the|an?|his|her|its|their|this|that)\s+(?:[\w-]+\s+)?(?:appeal|petition|motion|request|application|bid|plea|case|bill|proposal|offer|plan|nomination|candidacy)s?\b)(?:[^,.;:]{1,60}?)\s+as\s+(?:["\u201c\u2018']|an?\s+|the\s+|[a-z]+(?:\s+and\s+[a-z]+)?\s*[.,;]|baseless|unfounded|false|untrue|fabricated|propaganda|absurd)/;
/** People a verb of dismissing sacks, not words it rejects: "40 officers", "his chief of staff", "the coach". */
/** What a refusal withholds after "denied" and whom it withholds it from: " detainees access", " him a visa", " bail"; what a
 * court turns down: " Apple's motion to dismiss", " Bolsonaro's appeal". */
const DENIED_THING_RE = /^\s+(?:(?!(?:of|that|about|any|all|the\s+allegations?|the\s+claims?|the\s+reports?)\b)[\w'\u2019-]+\s+){0,3}?(?:access|entry|permission|visas?|a\s+visa|bail|passage|asylum|treatment|care|the\s+right|rights|parole|leave|food|water|aid|supplies|services|a\s+permit|permits|licences?|licenses?|a\s+hearing|motions?|requests?|appeals?|petitions?|applications?|injunctions?|a\s+stay)\b(?!\s+(?:had|has|was|were|is|are|would|could)\b)/;
const DISMISSED_PEOPLE_RE = /^\s+(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}(?:officers|officials|staff|employees|workers|soldiers|generals|judges|teachers|police(?:men)?|civil\s+servants|members|people|managers|executives|ministers|commanders|prosecutors)|(?:the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:chief|head|director|minister|commander|general|coach|manager|governor|deputy|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|secretary|ambassador|prosecutor|cabinet|government)s?)\b/;

/** After "consider": a matter named with its determiner (a few words), then the clause's end, "and", a preposition or a
 * time ("the appeal next week", "a report on the floods", "the bid on Monday"). */
const CONSIDER_MATTER_RE = /^\s+(?:the|a|an|its|their|his|her|this|these|those|our)\s+(?:(?!(?:a|an|the|to|as|that|be)\b)[\w'\u2019-]+\s+){0,3}?(?!(?:a|an|the|to|as|that|be)\b)[\w'\u2019-]+\s*(?:[.;!?]|,\s|$|\s+(?:on|at|next|this|last|when|before|after|by|from|with|within|over|during|until|and|or|for|of|today|tomorrow)\b)/i;

/** Before "consider": a modal, "to" or a form of "be" ("will consider", "to consider", "is considering"). */
const CONSIDER_AHEAD_RE = /\b(?:will|would|could|may|might|must|should|shall|can|to|is|are|was|were|be|been|also|now|then)\s+$/i;

/** What makes "hold" a view or a court's holding: "that" (maybe after when or how) and a clause ("held that the
 * commission may not"), not "held that seat". */
const HELD_THAT_RE = /^\s+(?:(?:in|on|last|this|earlier)\s+[\w-]+(?:\s+\d{1,4})?\s+|unanimously\s+|(?:also|further|firmly|long)\s+)?that\s+(?:the|a|an|it|its|they|he|she|we|there|this|these|those|such|no|any|all|\p{Lu})/u;
/** The sources a "citing" aside names, up to the comma before its sentence's "that". */
const CITED_ASIDE_RE = /^\s+[^,;:"\u201c\u201d()]{1,60}?,\s+that\s/;
const HOLD = new Set(['hold', 'holds', 'held', 'holding']);

/** Goodwill wished to someone: "wish them luck", "wished him well", "wish you a safe journey". */
const WISHED_GOODWILL_RE = /^\s+(?:him|her|them|us|me|you|everyone|everybody|all)\s+(?:well|luck|good|success|every|all|the\s+best|happy|merry|a|an|many|continued|speedy)\b/i;

/** What a firm posts that is no message: a result or a sum, after a few words that size or date it ("a record pre-tax
 * profit", "its first quarterly loss", "a 3% rise in sales"), or bail. */
const POSTED_FIGURE_RE = /^\s+(?:(?:a|an|its|their|his|her|the|first|second|third|fourth|record|net|pre-tax|pretax|operating|underlying|quarterly|annual|half-year|full-year|first-half|second-half|surprise|unexpected|strong|weak|solid|modest|sharp|steep|big|bigger|small|smaller|huge|slight|further|wider|narrower|better-than-expected|worse-than-expected|[$\u00a3\u20ac]?\d[\d.,]*(?:%|bn|m|k)?|per\s+cent|percent|billion|million|year-on-year|annualised|annualized)\s+){0,4}(?:loss|losses|profits?|gains?|deficits?|surplus(?:es)?|results|earnings|revenues?|growth|declines?|rises?|falls?|drops?|increases?|bail|sales|turnover|margins?|returns?|contraction|expansion)\b/i;

/** A stoppage or a vote after "called a": "a shutdown", "a general strike", "an early election". */
const CALLED_EVENT_RE = /^\s+an?\s+(?:[\w-]+\s+){0,2}?(?:shutdown|strike|bandh|hartal|election|referendum|boycott|walkout|lockdown|curfew|recess|halt)\b/;

/** What a deed is answered for, after "respond": "in kind", "to the attack", "to Western sanctions", "to any aggression". */
const DEED_RESPONDED_TO_RE = /^\s+(?:in\s+kind\b|to\s+(?:(?:the|this|that|these|those|any|such|an?|its|their|his|her|our|further|new|[\w-]+['\u2019]s)\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|sanctions|measures|aggression|provocations?|incursions?|shelling|escalation|invasion|offensive|raids?|bombings?|bombardment|assaults?|deployments?|hostile\s+acts?)\b)/i;

/** Whether a response to a deed (the sentence after the cue, `rest`) is one in deeds: "in kind", "with" something, or one
 * still to come ("will respond", "vowed to respond"); and no words said with it ("by saying", a quotation, a colon). */
function respondedInDeeds(rest: string, next: string, prev: string): boolean {
  if (/\bsaying\b|["\u201c:]/.test(rest)) return false;
  return /^\s+in\s/.test(next) || /\swith\s/.test(rest) || /\b(?:will|would|could|might|must|shall|to)\s+$/.test(prev);
}

/** Contests whose result is called for a side: "seats ", "races ", "states ". */
const CONTESTS_BEFORE_RE = /\b(?:seats?|races?|states?|districts?|contests?)\s+$/i;
/** Verbs of answering in their plain form, which after a modal may name an answer not yet given. */
const FUTURE_ANSWER = new Set(['respond', 'comment', 'react', 'reply', 'answer']);
/** A modal or "to" right before the verb: "would respond", "will comment", "is expected to react". */
const MODAL_BEFORE_RE = /\b(?:will|would|could|might|may|shall|should|must|to)\s+(?:(?:not|later|soon|also|then|now)\s+)?$/i;
/** Nothing after the verb but how or when, to the clause's end: "respond firmly.", "comment later,", "react in due course." */
const NOTHING_SAID_AFTER_RE = /^\s*(?:(?:firmly|strongly|decisively|forcefully|accordingly|appropriately|proportionately|later|soon|swiftly|quickly|promptly|immediately|publicly|formally|officially|again|in\s+(?:due\s+course|kind|time|writing)|at\s+(?:a\s+later\s+date|the\s+appropriate\s+time))\s*)*(?:[.;!?]|,\s+(?:and|but|while|as)\b|$)/i;

/** A cue word in a sense that reports no words ("regarding", "calling at Odesa", "known as", "will decide the race"). */
/** A comma right after "appeal" that closes its clause, no aside before what is appealed for ("appealed, again, for calm"). */
const APPEAL_COMMA_RE = /^\s*,(?!\s+(?:again|also|once\s+more|too|then|repeatedly|publicly)\b)/;

export function readsAsOtherSense(text: string, s: Sentence, lw: string, cue: Span, prev: string, next: string, pw: string, before30: string): boolean {
  // "Lawmakers questioned the chief executive about the outage", "Senators grilled Zuckerberg", "Police questioned him":
  // the one questioned is named, no doubt voiced nor words said (unless a quotation or a colon gives them).
  // (Not in a headline's title case, whose capitals name no one: "Russia Questions US Motives".)
  if ((lw.startsWith('question') || lw.startsWith('grill')) && text.charCodeAt(cue.start) > 96 && questionsSomeone(text, cue.end, s.end)) return true;
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
  // "Paul Whitaker writes about economics and finance": a writer's beat, no words reported (none quoted in the sentence,
  // no "that" or colon after it).
  if ((lw.startsWith('writ') || lw === 'wrote') && next.startsWith(' about ') && !/\bthat\b|[:"\u201c\u201d]/.test(text.slice(s.start, Math.min(s.end, cue.end + 80)))) return true;
  // "The numbers tell a different story", "Europe has told itself a comforting story": what figures show or what one
  // believes, in a figure of speech; no words reported.
  if ((lw.startsWith('tell') || lw === 'told') && next.includes('stor') && testLong(TOLD_STORY_RE, next)) return true;
  // "Populist parties will call it a power grab": a name the writer expects someone to give it, no words yet said.
  if (lw === 'call' && testLong(/\b(?:will|would|might|may|could)\s+(?:(?:surely|probably|likely|doubtless|no\s+doubt)\s+)?$/, prev) && testLong(CALL_IT_RE, next)) return true;
  // "if the next president decides that the alliance is a burden": a decision that may come, none made or said.
  if (lw.startsWith('decid') && testLong(IF_SUBJECT_BEFORE_RE, text.slice(Math.max(s.start, cue.start - 60), cue.start))) return true;
  // "The timing is telling.": the adjective after "be", nothing told.
  if (lw === 'telling' && /^\s*(?:[.;,!]|$)/.test(next) && /\b(?:is|was|are|were|be|been|seems?|seemed|very|most|more|particularly|especially|deeply|quite|rather)\s+$/i.test(prev)) return true;
  // "History does not repeat, but it rhymes", "History repeats itself": what recurs, no words repeated (none quoted).
  if ((lw === 'repeat' || lw === 'repeats') && /^\s*(?:itself\b|themselves\b|[.;,!]|$)/.test(next) && !/["\u201c\u201d:]/.test(text.slice(s.start, s.end))) return true;
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
  // ("Presidential debates aren't endurance tests", "the claims were false": a plural before "are" or "were" is their
  // subject, a noun; a verb in "-s" takes no such verb after it.)
  if (lw.endsWith('s') && AMBIGUOUS.has(lw) && /^\s+(?:are|were|aren['\u2019]t|weren['\u2019]t)\b/.test(next)) return true;
  // Phrasal verbs that report nothing: "donors who pitch in $200", "Trump showed up at the debate", "It goes without
  // saying that ...".
  if ((lw.startsWith('pitch') && /^\s+in\b/.test(next)) || (lw.startsWith('show') && /^\s+up\b/.test(next)) || (lw === 'saying' && /\b(?:goes|go|went|going)\s+without\s+$/i.test(before30))) return true;
  // "the margin will decide the race": deciding a thing, not saying; "would rule on that motion": a ruling to come;
  // "it will appeal": a legal step; "call at least six more witnesses": summoning them.
  if (lw.startsWith('decid') && !testLong(DECIDED_WHAT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60))) && !isClauseEnd(next)) return true;
  // "Israel responded to the attack with airstrikes", "Moscow will respond to the sanctions": a deed answered, in deeds
  // ("in kind", "with" a deed, or one still to come); no words reported ("responded to questions" still answers in words,
  // and so does a minister who "responds to the attack" in a statement's headline).
  // "with 51 seats called for the party", "races called for Democrats": a contest's result projected, no one calling.
  if (lw === 'called' && testLong(CONTESTS_BEFORE_RE, prev) && testLong(/^\s+(?:for|in\s+favou?r\s+of)\s/, next)) return true;
  // "said Tehran would respond.", "it will comment later": an answer still to come, with nothing yet said in it.
  if (FUTURE_ANSWER.has(lw) && testLong(MODAL_BEFORE_RE, prev) && (next.length < 2 ? next === '' || '.;!?'.includes(next) : NOTHING_SAID_AFTER_RE.test(next))) return true;
  if (lw.startsWith('respond') && testLong(DEED_RESPONDED_TO_RE, next) && respondedInDeeds(text.slice(cue.end, s.end), next, prev)) return true;
  // "the fund for responding to loss and damage": a gerund after a preposition names what a thing is for, no reply
  // ("criticised for responding that ..." still reports one).
  if (lw === 'responding' && testLong(/\b(?:for|of|in|on|at|by)\s+$/i, prev) && !/,\s*(?:for|by)\s+$/.test(prev) && !testLong(/^\s+(?:that\b|with\s+(?:a|an)\s+(?:statement|letter|post)|["\u201c:])/, next)) return true;
  // "The committee can recommend changes", "may request documents": a power to propose a thing, no words said (a
  // recommendation made is "recommended changes", "can recommend that ...").
  if (PROPOSE_BASE.has(lw) && testLong(POWER_BEFORE_RE, prev) && !testShort(/^\s*(?:that\b|whether\b|["\u201c:])/, next, '"\u201c:')) return true;
  if ((lw === 'rule' || lw === 'ruled' || lw === 'rules') && /^\s+on\s+(?:that|this|the|a|an|his|her|its|their)\s+(?:motion|case|request|issue|question|matter|appeal|application|petition|objection)\b/.test(next)) return true;
  // ("Jakarta appealed that ruling", "appealed the panel's decision": any determiner before the ruling appealed.)
  // ("which his lawyers said they would appeal, caps a trial": so is one its clause's comma closes.)
  if (lw.startsWith('appeal') && (isClauseEnd(next) || APPEAL_COMMA_RE.test(next) || /^\s+(?:against|(?:the|that|this|its|his|her|their|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:verdict|ruling|sentence|decision|conviction|judgment|judgement|award|order|fine|penalty|report|case))\b/.test(next))) return true;
  // "In a 6-3 ruling written by Chief Justice John Roberts, the court said": who wrote a ruling, an opinion or a
  // letter, no words of theirs before it ("The opinion, written by Roberts, said" and "A letter written by the minister
  // said" report what the text says).
  if (lw === 'written' && next.startsWith(' by ') && testLong(RULING_WRITTEN_BEFORE_RE, prev)) return true;
  // "said it would appeal to the U.S. Court of Appeals for the D.C. Circuit", "appealed to the Supreme Court": a case
  // taken up to a higher court, no plea ("appealed to the justices to intervene" still asks).
  if (lw.startsWith('appeal') && testLong(APPEAL_TO_COURT_RE, text.slice(cue.end, Math.min(s.end, cue.end + 90)))) return true;
  if (lw.startsWith('call') && testLong(/^\s+(?:at\s+least\s+|up\s+to\s+)?(?:[\w-]+\s+){0,3}?witness(?:es)?\b/, next)) return true;
  // "pleaded not guilty", "pleads guilty", "pleaded no contest": a plea to a charge, a step in a case, no words
  // reported ("pleaded with the judge to" still begs). (A plea "to charges that she failed to report ..." keeps its cue:
  // the charges it answers are what it is about.)
  if (lw.startsWith('plead') && testLong(PLEA_AFTER_RE, next) && !text.slice(cue.end, Math.min(s.end, cue.end + 80)).includes(' that ')) return true;
  // "Chris Brett, defending, said": a barrister's role in the case, set off by commas after the name, no words of theirs.
  if (lw === 'defending' && next.startsWith(',') && lastNonBlank(prev) === 44) return true;
  // "had argued with a neighbour over a parking space": a quarrel, no argument reported.
  if (lw.startsWith('argu') && next.startsWith(' with ') && testLong(QUARREL_AFTER_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
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
  if (testLong(UNCLEAR_WORDS_RE, before50) && UNCLEAR_WHETHER_RE.test(before50)) return true;
  // "who spoke on condition of anonymity because he feared reprisals": why the source is unnamed, not what it says;
  // "the committee is also considering a listing": deliberating, not holding a view.
  if (before50.includes('anonymity') && /\banonymity\s+(?:because|as|since)\s+(?:he|she|they|it|we|i)\s+(?:(?:was|were|had|had\s+been|is|are)\s+)?(?:still\s+|also\s+|not\s+)?$/i.test(before50)) return true;
  if (lw === 'considering' && /\b(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?$/i.test(prev) && !/^\s+(?:that|whether|how|if)\b/.test(next)) return true;
  // "The committee's previous report on the subject": the noun after its adjective; "the scheme announced in the
  // spring of 2023 was honoured": a participle describing the noun, with the sentence's own verb after it.
  if ((NOUNY_BASE.has(lw) || AMBIGUOUS.has(lw)) && ADJECTIVE_BEFORE_NOUN.has(pw)) return true;
  // ("A second document, a presentation for the cabinet, describes": after a determiner and such an adjective, any bare
  // cue word is the noun.)
  // (Not a past tense with no "-ed", which no noun is: "The talks failed, an official said", "a senior official told".)
  if (ADJECTIVE_BEFORE_NOUN.has(pw) && !lw.endsWith('ed') && !lw.endsWith('ing') && !lw.endsWith('s') && !IRREGULAR_PAST.has(lw) && testLong(/\b(?:a|an|the|its|his|her|their|this|that)\s+\S+\s+$/i, prev)) return true;
  // "The firm began to post losses", "posted a record pre-tax profit", "posted bail": a result or a sum, no message posted.
  if (lw.startsWith('post') && (lw.length === 4 || lw === 'posts' || lw === 'posted' || lw === 'posting') && testLong(POSTED_FIGURE_RE, next)) return true;
  // "Parliament rejected the bill", "rejected the offer": a thing turned down, no words; "rejected the allegations",
  // "rejected Pakistan's claim as baseless" report what was said back.
  if (lw.startsWith('reject') && !testLong(REJECTED_WORDS_RE, text.slice(cue.end, Math.min(s.end, cue.end + 90)))) return true;
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
  // "Trump's "Liberation Day" tariffs announced on April 2 set a baseline duty": a measure that announces nothing, then
  // the participle of its making, describes the measure; whoever announced it is not the measure.
  if ((lw === 'announced' || lw === 'unveiled' || lw === 'proposed' || lw === 'outlined' || lw === 'threatened') && testLong(MEASURE_BEFORE_RE, prev)) return true;
  if (lw.endsWith('ed') && testLong(/[a-z]\s+$/, prev) && testLong(PARTICIPLE_THEN_VERB_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // "Some analysts urged caution": the noun after the verb that cued already.
  if (lw === 'caution' && /\b(?:urged|urging|urge|urges|advised|advising|counselled|counseled|exercise|exercised|called\s+for|calls\s+for|with)\s+$/i.test(prev)) return true;
  // "Question put and agreed to.": a motion passed, nothing said; "I will not comment on": nothing said either;
  // "whether the rights claimed exist": a participle that describes the noun before it, whose verb follows.
  if (lw.startsWith('agree') && testLong(/^\s+to\s*[.;]?\s*$/, next)) return true;
  // "Ambassadors agreed the Council's negotiating mandate", "Ministers agreed a common position": a text or a decision
  // agreed on, no words reported ("agreed the plan was sound" still reports).
  // ("agreed early Friday on a joint fund", and a headline's "EU ministers agree defence fund": a thing agreed on, with
  // its time before it or no determiner at all.)
  if (lw.startsWith('agree') && (next.includes(' the ') || next.includes(' a') || next.includes(' its ') || next.includes(' their ') || next.includes("'s ") || next.includes('\u2019s ') || s.end - cue.end < 40) && AGREED_TEXT_RE().test(text.slice(cue.end, Math.min(s.end, cue.end + 70)))) return true;
  if (lw.startsWith('comment') && /(?:\bnot|\bnever|n['\u2019]t)\s+$/i.test(prev)) return true;
  // ("The views expressed here are his own": where the thing was done may stand between the participle and the verb.)
  if (lw.endsWith('ed') && testLong(/\bthe\s+[a-z]{3,}s\s+$/i, before30) && (testLong(VERB_AFTER_PARTICIPLE_RE, next) || testLong(/^\s+(?:here|above|below|herein|therein|in\s+(?:this|the)\s+(?:article|column|piece|book|report))\s+(?:are|were|is|was|do|did|remain)\b/, next))) return true;
  // "Data reported to WHO may be incomplete", "the names shown on maps do not imply": a participle after a plural or
  // "data", then where it went and the sentence's own verb, describes the noun.
  if ((lw.endsWith('ed') || lw === 'shown') && testLong(PLURAL_OR_DATA_BEFORE_RE, prev) && testLong(PLACE_THEN_VERB_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  return false;
}
/** What is agreed when it is a text or a decision, with no verb of its own after it: " the Council's mandate on", " early
 * Friday on a joint fund", or a headline's bare noun phrase that ends it (" defence fund"). */
const AGREED_TEXT_RE = lazyRegExp(() => /^\s+(?:(?:early|late|overnight|on|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+){0,3}?(?:on\s+)?(?:(?:the|a|an|its|their|his|her|our|a\s+common|\p{Lu}[\p{L}-]*['\u2019]s)\s+|(?=(?:[\p{L}'\u2019-]+\s+){0,2}?[\p{L}'\u2019-]+\s*$))(?:[\p{L}'\u2019-]+\s+){0,3}?(?:mandate|text|position|approach|package|budget|compromise|conclusions|terms|wording|timetable|roadmap|declaration|statement|fund|deal|plan|loan|facility|mechanism|rules|reform|framework|ceasefire|truce|bailout|set)(?:s)?\b(?!\s+(?:was|were|is|are|had|has|have|would|could|should|will|must|might|may|can|did|does|needed|needs|remained)\b)/u);
/** A story told, maybe to oneself: " a different story", " itself a comforting story", " another story". */
const TOLD_STORY_RE = /^\s+(?:(?:itself|themselves|ourselves|himself|herself|myself|yourself|yourselves)\s+)?(?:a|an|another|the\s+same|the\s+real|the\s+other|quite\s+a|a\s+very)\s+(?:[\w-]+\s+){0,2}?stor(?:y|ies)\b/i;
/** What is named after "call": an object, then its name (" it a power grab", " the plan a betrayal"). */
const CALL_IT_RE = /^\s+(?:it|this|that|them|him|her|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:an?\s+|the\s+)?[\w-]+/;
/** "if", "unless" or "whether" and a subject of a few words, right before the verb ("if the next American president "). */
const IF_SUBJECT_BEFORE_RE = /(?:^|[\s,(])(?:[Ii]f|[Uu]nless|[Ww]hether|[Ss]hould)\s+(?:[\w'\u2019.-]+\s+){1,5}$/;
/** A plural noun or "data" right before a participle (see readsAsOtherSense). */
const PLURAL_OR_DATA_BEFORE_RE = /(?:^|[^\w'\u2019])(?:[A-Za-z][a-z]{2,}[^s\W]s|[Dd]ata)\s+$/;
/** Where a participle's thing went or is shown, then the sentence's own verb: " to WHO may be", " on maps do not". */
// (No clause of what was said between: "Residents reported to police that shots were fired".)
const PLACE_THEN_VERB_RE = /^\s+(?:in|on|to)\s+(?:the\s+|this\s+|these\s+)?[\w-]+(?:\s+(?!(?:that|which|who|what|how|whether|if)\b)[\w-]+){0,2}?\s+(?:are|were|is|was|may|might|do|does|did|will|would|can|could|must|should|remain|remained)\b/;
