// Uses of cue words that report no words (cueAttribution asks these of every cue before reading its source): a
// yardstick ("than analysts expected"), maintaining or accepting a thing, attacks on a place, a work written, a
// gerund that is a noun ("A tsunami warning was issued"), seeing a thing, a refusal, a generic "who", a convention.
// Only bounded windows around the cue are read; each test is gated by a cheap look at the cue or its neighbours.
import type { Sentence, Span } from './types';
import { isAsciiUpperCode, lazyRegExp, testLong, testShort } from './chars';
import { isClauseEnd } from './speechChars';
import { FORECAST_FIGURE_AFTER_RE } from './cues';

/** A capitalised name after a word: "counsel Maria Bourgon". */
const NAME_AFTER_RE = lazyRegExp(() => /^\s+\p{Lu}/u);
/** A work one writes: "two books", "a memoir", "several novels about the war". */
const WROTE_WORK_RE = /^\s+(?:(?:a|an|the|his|her|their|two|three|four|five|six|several|many|numerous|\d+)\s+)?(?:[\w-]+\s+){0,2}(?:books?|novels?|memoirs?|histories|history|poems?|poetry|songs?|plays?|biograph(?:y|ies)|textbooks?|screenplays?|music|lyrics|code|software)\b/i;

/** After "will report": only to whom and when, to the clause's end ("to the Senate on 2 December.", "by spring 2027."). */
const REPORT_DUE_RE = /^\s+(?:(?:back\s+)?to\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*|[a-z]+)(?:\s+[A-Z][\w'\u2019-]*){0,4}|back)?(?:\s*(?:(?:by|in|within|before|early|late|next|this)\s+[^,;:"\u201c]{1,30}?|on\s+(?:\d|[A-Z])[^,;:"\u201c]{0,28}?))?\s*(?:[.;!?]|$)/;

/** After "verified": "that", maybe after when ("verified on 12 April that"). */
const VERIFIED_THAT_RE = /^\s+(?:(?:on|in|last|this|earlier)\s+[\w-]+(?:\s+[\w-]+)?\s+)?that\b/;

/** Uses of a cue word that report no words: a yardstick, maintaining a thing, attacks on a place, defending oneself,
 * taking note, writing a book, advising on a deal. */
export function reportsNothing(text: string, s: Sentence, lw: string, cue: Span, prev: string, next: string): boolean {
  // "faster than anyone predicted", "more than analysts expected": a yardstick, not a report.
  const before40 = text.slice(Math.max(s.start, cue.start - 40), cue.start);
  if (before40.includes('than') && /\bthan\s+(?:anyone|anybody|everyone|everybody|most|many|some|others|(?:most\s+)?(?:people|analysts|economists|experts|observers))\s+(?:had\s+|have\s+|would\s+have\s+)?$/i.test(before40)) return true;
  // "The army will maintain order": maintaining a thing; a claim maintained comes with "that", a quote or a colon.
  if (lw.startsWith('maintain') && !testShort(/^\s*(?:that\b|["\u201c:,])/, next, '"\u201c:,') && !isClauseEnd(next)) return true;
  // "The Agency verified that Iran had begun feeding UF6": an inspector's finding comes with "that"; "could not verify
  // the figures" and "verified the inventory" report none.
  // ("charged the inspectors with verifying that ...": a task set, not a finding made.)
  if (lw.startsWith('verif') && (!(lw === 'verified' || lw === 'verifies') || !testLong(VERIFIED_THAT_RE, next))) return true;
  // ("Israeli attacks on Gaza killed 20": "attacks on" is the noun; the verb takes its object straight.)
  if (lw === 'attacks' && testLong(/^\s+(?:on|against)\b/, next)) return true;
  // ("Ukraine will defend itself": defending with arms; "takes note of the report": the noun.)
  if (lw.startsWith('defend') && /^\s+(?:itself|himself|herself|themselves|ourselves|myself|yourself)\b/.test(next)) return true;
  if (lw === 'note' && /\b(?:take|takes|took|taken|taking)\s+$/i.test(prev)) return true;
  // "In retirement he wrote two books": a work written, not words reported; "advised on the peace agreement": advice
  // given, no words of it reported.
  if (lw.startsWith('wr') && testLong(WROTE_WORK_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  if (lw.startsWith('advis') && /^\s+on\b/.test(next)) return true;
  // "The committee will report to the Senate on 2 December", "will report by spring": a duty to report, due later,
  // with nothing of it said yet (a report "that", "on" a matter or with a quotation has words).
  if (lw === 'report' && /\b(?:will|shall|must|would|to|is\s+due\s+to|are\s+due\s+to)\s+$/i.test(prev) && REPORT_DUE_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 80)))) return true;
  // "Mali will accept any role for the force": taking a thing on; accepting what was said comes with "that" or the words.
  if (lw.startsWith('accept') && !/^\s+(?:(?:[\w'\u2019-]+\s+){0,4}?that\b|the\s+(?:findings|report|conclusions?|verdict|claims?|arguments?|view|assessment|results?|ruling|premise)\b|responsibility\b)/.test(text.slice(cue.end, Math.min(s.end, cue.end + 48)))) return true;
  return false;
}

/** Whether the 40 characters before a cue of wishing end in "where" and a word or two: "where we want". (Its own
 * function, called for every such cue: the pattern, first run after a "where", deoptimised noSpeechAct.) */
function wishedPlaceBefore(before40: string): boolean {
  return before40.includes('where') && /\b(?:where|wherever)\s+(?:[\w'\u2019]+\s+){1,2}$/i.test(before40);
}

/** Uses of cue words that are acts, perceptions or nouns, not reports (kept apart from reportsNothing, which is hot). */
export function noSpeechAct(text: string, s: Sentence, lw: string, cue: Span, prev: string, next: string): boolean {
  const ing = lw.endsWith('ing');
  // "Written Questions, Answers and Statements": a capitalised noun inside a title, a list of them after it.
  if (isAsciiUpperCode(text.charCodeAt(cue.start)) && testLong(/\b[A-Z][a-z]+\s+$/, prev) && testShort(/^\s*(?:,|and\b|&)/, next, ',&')) return true;
  // "A tsunami warning was issued", "reporting has improved": an "-ing" noun is the subject of the verb after it.
  if (ing && testLong(GERUND_SUBJECT_RE, next)) return true;
  // "Under questioning from the prosecution": a gerund after a preposition, its agent after it, is the noun.
  if (ing && testLong(/\b(?:under|during|upon|amid|after|before)\s+$/i, prev) && /^\s*(?:from|by|,)/.test(next)) return true;
  // "Defence counsel Maria Bourgon objected": the role before a name.
  if (lw === 'counsel' && NAME_AFTER_RE().test(next)) return true;
  // "she saw the accused at a checkpoint", "we don't see material disruption": seeing a thing; a view is "see that" or
  // "see X as Y".
  // ("As we saw in 2009, banks ...": what was seen is the clause.)
  // ("The bank's new forecasts see the economy growing by 0.8%": a forecast's view, the document its source.)
  // ("the ECB sees headline inflation averaging 2.1 percent", "sees growth at 1%": a forecast of a figure, whoever sees it.)
  if ((lw === 'see' || lw === 'sees' || lw === 'saw' || lw === 'seeing' || lw === 'seen') && !/\b[Aa]s\s+[\w'\u2019]+\s+$/.test(prev) && !FORECAST_BEFORE_RE.test(prev) && !/^\s+(?:that\b|["'\u201c\u2018])|^[^.,;:!?"\u201c]{0,40}?\b(?:as|speak|speaking|say|saying|talk|talking|testify|address)\b/.test(text.slice(cue.end, Math.min(s.end, cue.end + 48))) && !FORECAST_FIGURE_AFTER_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 90)))) return true;
  // "The MPC next announces its decision on December 18", "will announce its verdict at noon": a date set for a
  // decision, nothing said yet.
  if (lw.startsWith('announc') && testLong(SCHEDULED_BEFORE_RE, prev) && testLong(DECISION_OBJECT_AFTER_RE, next)) return true;
  // (Each test below is gated by a cheap look at the cue or the words around it: this runs for every cue.)
  const before40 = text.slice(Math.max(s.start, cue.start - 40), cue.start);
  // "where we want to be": a place wished for, no view of anyone's. (PolNeAR counts "what she wants" as a stance.)
  if (WISH_WORDS.has(lw) && wishedPlaceBefore(before40)) return true;
  // "I will not confirm numbers", "I would not accept that characterisation": a refusal with a thing as object.
  // (A "that" before a noun and a preposition or a stop points at a thing: "not accept that characterisation in full".)
  if ((lw.startsWith('confirm') || lw.startsWith('accept')) && NEGATED_BEFORE_RE.test(before40) && /^\s+\w/.test(next) && (!/^\s*(?:that\b|whether\b|["\u201c:])/.test(next) || THAT_THING_RE.test(next))) return true;
  // "Not everyone agreed", "Not all analysts believe": a denied stance is no one's.
  if (cue.start - s.start < 40 && (text.charCodeAt(s.start) | 32) === 110 && /^not\s+(?:every(?:one|body)?|all)\b/i.test(text.slice(s.start, Math.min(s.end, s.start + 12)))) return true;
  // "Persons who believe they were wrongly designated may petition": anyone in a condition, not someone's belief.
  if (before40.includes('who ') && GENERIC_WHO_BEFORE_RE().test(before40)) return true;
  // "I'll let the Secretary speak to that", "We will let the ministry comment": a turn handed to someone else, who has
  // said nothing yet. ("Let me say that ..." stays the speaker's own words.)
  // (Only a bare verb: "let the deadline pass and said" reports.)
  if (before40.includes('et ') && !lw.endsWith('ed') && !lw.endsWith('ing') && LET_OTHER_BEFORE_RE.test(before40)) return true;
  // "unless otherwise stated": a convention.
  if (prev.includes('otherwise') && /\botherwise\s+$/i.test(prev)) return true;
  // "Since the Defence Reform announced in February, ...": a participle after a preposition's noun describes it.
  if (lw.endsWith('ed') && testLong(/^\s+(?:in|on|at|last|earlier|this|by)\b[^,;:"\u201c]{0,30},/, text.slice(cue.end, Math.min(s.end, cue.end + 40))) && PREP_NOUN_BEFORE_RE.test(text.slice(Math.max(s.start, cue.start - 60), cue.start))) return true;
  return actNotReport(lw, prev, next, before40);
}

/** A past tense of a cue word: "promised", "said", "told", "wrote". */
const PAST_CUE_RE = /^(?:[a-z]{3,}ed|said|told|wrote)$/;
/** What opens a content after a verb: a to-infinitive, "that", a determiner or a personal pronoun. */
const PAST_CONTENT_OPENS_RE = /^\s+(?:to\s+[a-z]|that\s|(?:the|a|an|it|its|he|she|they|we|his|her|their|no)\s)/;
/** Cue words that name an act or form a noun: "a Warsaw-based think tank", "people seem surprised", "called Whitfield
 * to congratulate her", "argue over whether". (Refusing, offering, agreeing and declaring stay cues: PolNeAR counts
 * "refused to cooperate", "agreed to clean up the mines", "declared war" as attributions.) */
function actNotReport(lw: string, prev: string, next: string, before40: string): boolean {
  const c0 = lw.charCodeAt(0);
  // "think tank": the first half of a compound noun; "a Warsaw-based think", "the long-awaited report": a word after
  // an article and a hyphenated modifier is a noun.
  if (lw === 'think' && /^\s+tanks?\b/.test(next)) return true;
  // "The talk show host said", "The TV show claimed": the second half of a compound noun of broadcasting or display.
  // "a video showing the flooded square", "The footage shows a crowd": a picture shows a thing, no one's words; one that
  // shows what is so has a clause ("shows that", "showed how", "shows the army was").
  // ("Picture taken with a drone shows the flooded village", "A photo released by the army shows soldiers": a caption's
  // picture with the participle that says where it came from.)
  if (c0 === 115 && lw.startsWith('show') && (PICTURE_BEFORE_RE.test(prev) || PICTURE_TAKEN_BEFORE_RE.test(before40)) && !SHOWN_CLAUSE_RE.test(next) && !showsStateOfAffairs(next) && !PAST_AFTER_SUBJECT_RE.test(next)) return true;
  if (c0 === 115 && (lw === 'show' || lw === 'shows') && SHOW_COMPOUND_BEFORE_RE.test(prev) && !/^\s+(?:that|how|what|whether)\b/.test(next)) return true;
  // (Not a title: "the Secretary-General reminded us", "the secretary-general said".)
  // (Nor a hyphenated noun as subject, with a past tense after it that opens its content: "The co-op promised to cut
  // prices", "the co-op said that"; a noun is seldom in the past tense, so "-ed", "said", "told", "wrote" stay verbs
  // there before "to", "that" or a determiner or pronoun.)
  if (prev.includes('-') && /\b(?:[Aa]n?|[Tt]he)\s+[\w'\u2019]+-(?!general\b|elect\b|designate\b)[a-z]+\s+$/.test(before40) && !(PAST_CUE_RE.test(lw) && PAST_CONTENT_OPENS_RE.test(next))) return true;
  // "people seem surprised": "seem" as a copula reports no view; one is reported with "to", "that" or "as if".
  if (c0 === 115 && lw.startsWith('seem') && !/^\s*(?:to\b|that\b|as\s+(?:if|though)\b|like\b|:)/.test(next)) return true;
  // "He called Whitfield to congratulate her", "called him on Tuesday": a telephone call to a person; a call for
  // something, on someone, or someone something ("called him a liar") are words.
  if (c0 === 99 && lw.startsWith('call') && testLong(CALLED_PERSON_RE, next)) return true;
  // "Member states still argue over whether to reform the rule": a dispute, with its topic, not a view reported.
  if (c0 === 97 && lw.startsWith('argu') && /^\s+(?:over|among\s+themselves)\b/.test(next)) return true;
  // "Students have been protesting for a year": a demonstration; an objection has what it objects to ("protested the
  // ruling", "protest against the cuts") or what was said ("protested that ...", a quotation).
  if (c0 === 112 && lw.startsWith('protest') && PROTESTED_NOTHING_RE.test(next)) return true;
  // "sign rail and ports accord": "rail" is a noun; the verb rails against or at someone.
  if (c0 === 114 && lw.startsWith('rail') && !/^\s+(?:against|at)\b/i.test(next)) return true;
  // "Slovenia and Croatia declared independence", "declared a state of emergency": a state's act, no one's words
  // ("declared war" and "declared bankruptcy" stay cues, as PolNeAR counts them; "declared that ..." and "declared victory" are words).
  if (c0 === 100 && lw.startsWith('declar') && DECLARED_ACT_RE.test(next)) return true;
  // "With all 23 councils declared", "the last seats to declare": an election's results declared, no one's words.
  if (c0 === 100 && lw.startsWith('declar') && RESULTS_BEFORE_RE.test(before40)) return true;
  // "the notification by which the Parties inform each other of the completion of their internal procedures": a
  // treaty's procedure between its parties, no one's report ("informed each other that ..." stays one).
  if ((c0 === 105 || c0 === 110) && (lw.startsWith('inform') || lw.startsWith('notif')) && RECIPROCAL_OF_RE.test(next)) return true;
  return false;
}
/** What a state declares by acting: " independence", " a state of emergency", " martial law". (Not "bankruptcy": PolNeAR counts "had declared bankruptcy" as an attribution, as it does "declared war".) */
const DECLARED_ACT_RE = /^\s+(?:(?:its|their|his|her|the)\s+)?(?:independence|neutrality|sovereignty|martial\s+law|(?:a|an)\s+(?:(?:national|nationwide|public[\s-]health|health|local|regional)\s+)?(?:state\s+of\s+(?:emergency|siege|war|disaster)|emergency|curfew|no-fly\s+zone)|(?:a\s+)?state\s+of\s+emergency)\b/i;
/** The results an election declares, right before "declared" or "to declare": "councils ", "seats to ", "constituencies ". */
const RESULTS_BEFORE_RE = /\b(?:councils|seats?|constituenc(?:y|ies)|wards?|results|counts?|ridings?|electorates)\s+(?:(?:yet|still|left|now|already)\s+)?(?:to\s+)?$/i;
/** Each other, then what of: " each other of the completion", " one another in writing of". */
const RECIPROCAL_OF_RE = /^\s+(?:each\s+other|one\s+another)\s+(?:(?:in\s+writing|through\s+diplomatic\s+channels|promptly|without\s+delay)\s+)?(?:of|about)\s+(?!what\b|how\b|whether\b)/i;
/** A picture and a participle of its making before "show": "Picture taken with a drone ", "A photo released by the army ". */
const PICTURE_TAKEN_BEFORE_RE = /(?:^|[^\w-])(?:videos?|footage|photos?|photographs?|images?|pictures?|clips?|screenshots?)\s+(?:taken|released|posted|shared|obtained|published|filmed|shot|captured|verified|circulated|circulating|provided|distributed|broadcast|aired)\s[^,.;:!?]{0,36}$/i;
/** A picture right before "show": "a video ", "the footage ", "photos " (not a chart, a map or data, which show figures). */
const PICTURE_BEFORE_RE = /(?:^|[^\w-])(?:videos?|footage|photos?|photographs?|images?|pictures?|clips?|films?|livestreams?|screenshots?|videotapes?)\s+$/i;
/** What opens a clause after "show": "that", a question word, a colon or a quotation. */
const SHOWN_CLAUSE_RE = /^\s*(?:that|how|what|whether|why|where|who|when|[:"\u201c])/i;
/** A verb in what a picture shows: "shows the army was firing", "show Scott calmly leaving his car" is a state of affairs,
 * what it says (not a noun in "-ing" after an article or a preposition: "the expansion of a training base"). */
const FINITE_IN_CLAUSE_RE = /\b(?:is|are|was|were|had|has|have|did|does|do|will|would|could|can|should|must|may|might)\b|\s(?!(?:a|an|the|of|for|in|on|at|to|its|their|his|her)\s)\S+\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b/i;
/** A subject, then a verb in the past: "shows the police fired first", "shows Mr Lee signed" (not "the flooded square", an
 * adjective after its determiner, nor "the man injured by", a participle describing the man). */
const PAST_AFTER_SUBJECT_RE = /^\s+(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+[a-z][\w'\u2019-]*|[A-Z][\w'\u2019-]+)\s+(?:[A-Z][\w'\u2019-]+\s+)?[a-z]{2,}ed\b(?!\s+by\b)/;
/** Whether what a picture shows is a state of affairs, what it says: a verb in the clause, but not only a participle on
 * someone unnamed ("show the driver calmly leaving his car" says something; "shows a man holding a flag", "showing
 * soldiers firing on a crowd" depict a scene). */
function showsStateOfAffairs(next: string): boolean {
  const clause = clauseAfter(next);
  if (!FINITE_IN_CLAUSE_RE.test(clause)) return false;
  return !testLong(INDEFINITE_SCENE_RE, next) || testLong(AUXILIARY_IN_CLAUSE_RE, clause);
}
/** Someone unnamed and what they are doing: " a man holding", " soldiers firing", " two police officers beating". */
const INDEFINITE_SCENE_RE = /^\s+(?:(?:a|an|some|several|many|dozens\s+of|hundreds\s+of|thousands\s+of|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+){0,2}|(?!(?:the|his|her|their|its|this|that|these|those|our|my|your)\b)(?:[a-z-]+\s+)?[a-z-]*(?:s|men|people|children|police)\s+)(?:[a-z]+ly\s+)?[a-z]{2,}ing\b/;
/** An auxiliary or modal in a clause: "was", "had", "would". */
const AUXILIARY_IN_CLAUSE_RE = /\b(?:is|are|was|were|had|has|have|did|does|do|will|would|could|can|should|must|may|might)\b/i;
/** The words after a cue up to the first mark that ends a clause. */
function clauseAfter(next: string): string {
  const m = /[.,;:!?]/.exec(next);
  return m ? next.slice(0, m.index) : next;
}
/** A word that makes a compound noun with "show" right before it: "talk show", "TV show", "trade show" (not a plural or a
 * noun of counting, whose "show" is the verb: "the figures show"). */
const SHOW_COMPOUND_BEFORE_RE = /(?:^|[^\w-])(?:talk|game|chat|quiz|radio|tv|television|reality|hit|cable|awards|music|cookery|cooking|road|trade|air|fashion|flower|horse|dog|car|boat|variety|comedy|puppet|slide|light|magic|stage|panel|morning|breakfast|late-night|news)\s+$/i;
/** After "protest", no object and nothing said: the clause's end, or how long, when, where or with whom they marched. */
const PROTESTED_NOTHING_RE = /^\s*(?:[.,;!?)]|$)|^\s+(?:for|since|until|outside|in|on|near|across|through|throughout|during|every|each|daily|nightly|weekly|again|peacefully|there|here|when|while|as|after|before|and|but|or|with|by|from|into|along|around|outside)\b/i;
/** A person called on the telephone: a name or a pronoun, then "to" and a verb, when, or the clause's end. */
const CALLED_PERSON_RE = /^\s+(?:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}|him|her|them|me|us)(?:\s+(?:to\s+(?!be\b)[a-z]+|on\s+[A-Z][a-z]+day|last\s+\w+|earlier|later|again|back)\b|\s*[.;]|\s*,\s+(?:and|but)\b|\s+and\s)/;
/** Before a verb: what sets it ahead ("will ", "next ", "is due to "). */
const SCHEDULED_BEFORE_RE = /\b(?:will|shall|next|to)\s+$/i;
/** After "announce": a decision yet to come ("its decision", "the results", "their verdict"). */
const DECISION_OBJECT_AFTER_RE = /^\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:decisions?|verdict|results?|ruling|choice|squad|line-?up|nominees?|picks?)\b/i;
/** A forecast right before "see": "forecasts ", "projections ", "the outlook ". */
const FORECAST_BEFORE_RE = /\b(?:forecasts?|projections?|outlook|scenarios?|estimates)\s+(?:now\s+|also\s+)?$/i;
/** Verbs of wishing and expecting ("where we want to be"). */
const WISH_WORDS = new Set(['want', 'wants', 'wanted', 'wish', 'wished', 'expect', 'expected', 'hope', 'hoped']);
/** "that" pointing at a thing: " that characterisation in full", " that figure." */
const THAT_THING_RE = /^\s+that\s+[a-z-]+(?:\s*[.,;]|\s+(?:in|at|as|for|of|from|on|either|myself|yourself)\b)/;
/** After an "-ing" noun: the verb whose subject it is. */
const GERUND_SUBJECT_RE = /^\s+(?:was|is|were|are|has|have|had|remains|remained|will|would|can|could|may|might|must|should)\b/;
/** A negation right before the verb: "will not", "cannot", "won't", "never". */
// (A speaker's own refusal, "I", "we": PolNeAR counts "if they did not confirm their status".)
const NEGATED_BEFORE_RE = /\b(?:I|[Ww]e)\s+(?:(?:will|would|can|could|do|did|shall|must)\s*)?(?:not|never|cannot|n['\u2019]t)\s+(?:(?:yet|publicly|independently|immediately|officially)\s+)?$/;
/** A generic plural and "who" right before the verb: "Persons who", "Those who", "Anyone who". */
const GENERIC_WHO_BEFORE_RE = lazyRegExp(() => /(?:^|[^\p{L}])(?:[Pp]ersons|[Pp]eople|[Tt]hose|[Aa]nyone|[Aa]nybody|[Ii]ndividuals|[Ee]ntities|[Cc]ompanies|[Aa]pplicants|[Cc]andidates|[Cc]ustomers|[Tt]axpayers|[Ww]hoever)\s+who\s+(?:still\s+|also\s+)?$/u);
/** "let" and someone other than the speaker right before a verb: "let the Secretary ", "lets the court ", "letting them ". */
const LET_OTHER_BEFORE_RE = /\b[Ll]et(?:s|ting)?\s+(?!(?:me|us)\s)(?:(?!(?:and|but|or|then|to|that|who|which)\s)[\w'\u2019.-]+\s+){1,4}$/;
/** A clause that opens with a preposition and its noun, the participle next: "Since the Defence Reform". */
const PREP_NOUN_BEFORE_RE = /(?:^|[,;]\s*)(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]nder|[Ww]ith|[Dd]espite|[Ff]ollowing|[Gg]iven|[Uu]ntil)\s+(?:the|a|an|its|their|his|her)\s+[^,;:"\u201c]{1,50}$/;
