// A cue word as a participle that describes a noun, or as an act, rather than a report (readsAsDescription): "the
// ceasefire agreed on 24 June", "sanctions hit", a reduced passive ("a trader accused of helping Moscow"). Apart from
// the noun and question readings in cueSenses.ts, whose shared word lists it uses.
import type { Sentence, Span } from './types';
import { backOverBlanks, lazyRegExp, testLong } from './chars';
import { lastNonBlank } from './speechChars';
import { AMBIGUOUS, CORE_SPEECH, PEOPLE_RE, POSSESSIVE_PRONOUNS, WHEN_BEFORE_THAT_RE, WHEN_ONLY_AFTER_RE, WHEN_THEN_THAT_RE } from './cueSenses';
/** A form of "be" right before a word: "is ", "were ". */
const BE_BEFORE_RE = /\b(?:is|are|was|were|be|been|am)\s+$/i;
/** A bare plural noun and a relative pronoun after an "-ing" word: " burdens that", " requirements which". */
const COMPOUND_HEAD_AFTER_RE = /^\s+[a-z]{3,}s\s+(?:that|which)\s/;

/** Nouns a participle describes right before them: "reporting period", "confirmed cases". */
const DESCRIBED_NOUN_AFTER_RE = /^\s+(?:period|periods|deadline|requirements?|obligations?|system|cycle|cases|deaths|infections|fatalities|figures)\b/i;

/** What follows "encourage" when it urges: someone and "to", or "that" ("encouraged Kyiv to negotiate"). */
const ENCOURAGED_TO_RE = /^\s+(?:that\b|(?:[\w'\u2019.-]+\s+){1,10}?to\s+[a-z]|(?:the\s+)?(?:use|adoption|creation|development)\s+of\b)/;

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

/** Places that are attacked with arms ("attacks Zamzam camp", "attacked a military base"). */
// ("have attacked more than 100 merchant ships", "attacked at least 20 villages": an amount may open the object.)
const ATTACKED_PLACE_RE = /^\s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|(?:some|over|nearly|almost|about|around|dozens\s+of|hundreds\s+of)\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:civilians|villagers|residents|refugees|patients|aid\s+workers|soldiers|police|protesters|worshippers|camp|camps|base|bases|city|town|towns|village|villages|positions?|convoys?|hospitals?|airport|port|school|schools|market|infrastructure|facilities|facility|buildings?|headquarters|checkpoints?|border|district|province|region|area|areas|refinery|depot|ships?|vessels?|tankers?|troops|forces|state|states|country|countries|capital)\b/i;

/** A short subject right after a comma: ", the ministers ", ", EU finance ministers ". */
const COMMA_SUBJECT_BEFORE_RE = /,\s+(?:[\w'\u2019-]+\s+){1,4}$/;

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

/** Whether a time or place phrase, then "that", follows the cue: "concluded at the end of 2022 that". */
function whenBeforeThat(text: string, s: Sentence, cue: Span): boolean {
  const after = text.slice(cue.end, Math.min(s.end, cue.end + 64));
  return after.includes(' that') && WHEN_BEFORE_THAT_RE.test(after);
}

/** The words just before a cue end with a thing agreed on, not someone who speaks. */
const AGREED_THING_RE = /\b(?:ceasefire|cease-fire|truce|deal|agreement|accord|pact|treaty|plan|arrangement|framework|roadmap|road map|package|settlement|compromise|memorandum|target|goal|limit|cap|budget|timetable|terms|text|date)\s+$/i;

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
  // (Not before a pronoun or an article, which a verb takes: "Moody's warned it could cut the rating", "McDonald's
  // reported a rise in sales".)
  if (lw.endsWith('ed') && ((testLong(/['\u2019]s\s+$/, prev) || POSSESSIVE_PRONOUNS.has(pw)) && testLong(/^\s+[a-z]+/, next) && !/^\s+(?:that|by|to|in|on|it|he|she|they|we|the|a|an)\b/.test(next) || testLong(/\b(?:remain|remains|remained|seem|seems|seemed|appear|appears|appeared|stay|stays|stayed)\s+$/i, prev))) return true;
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
