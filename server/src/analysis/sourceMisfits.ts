// The reasons the words read as a cue's source are not one (sourceMisfits): a poll's share, a measure that moved,
// armed men who attack, a preposition's object, a thing that is found or shown. They judge a source already read,
// so they stand apart from the reading of the source in cueSource.ts.
import type { Sentence, Span, TextSpan } from './types';
import { DOCUMENT_NOUNS, FORECAST_FIGURE_AFTER_RE, PRONOUNS, STANCE_CUES } from './cues';
import { firstWordOf, isAsciiLetterCode, isAsciiLowerCode, isAsciiUpperCode, isDigitCode, lazyRegExp, testLong, testShort } from './chars';
import { hasUpperWord, isClauseEnd } from './speechChars';
import { AMBIGUOUS, CORE_SPEECH, PEOPLE_RE, endsWithQuestion, PREPOSITIONS } from './cueSenses';
import { STARTS_UPPER_RE } from './sentenceSubject';
// (The end is no \b: "communiqué" ends in a letter that \w does not know.)
export const DOC_RE = new RegExp(`\\b(?:${DOCUMENT_NOUNS})(?![\\w\u00c0-\u024f])`, 'i');


/** Adjectives that open headings ("Key figures", "Latest reports", "Other views"). */
const HEADING_ADJECTIVES = /^(?:key|main|top|latest|new|other|more|further|major|final|recent|official|early|related)$/i;

/** Plural things that hit, strike and target without speaking: "Rockets hit the base". */
const WEAPONS_RE = /\b(?:rockets|missiles|drones|shells|bombs|mortars|strikes|airstrikes|raids|explosions|blasts|bullets|grenades|mines|storms|floods|earthquakes|fires|waves|tanks|jets|planes|aircraft|warplanes|helicopters|ships|vehicles)$/i;
/** WEAPONS_RE.test(t), read only when t ends in "s" or "t" as every match does (the pattern, anchored at the end, tries every start). */
function endsInWeapon(t: string): boolean {
  const c = t.charCodeAt(t.length - 1) | 32;
  return (c === 115 || c === 116) && WEAPONS_RE.test(t);
}

const PREP_FIRST = new RegExp(`^(?:${PREPOSITIONS})\\s`, 'i');
/** A share of people as a subject: "Roughly 70 percent of Americans", "a majority of voters", "Two-thirds of Britons". */
const SHARE_SUBJECT_RE = /^(?:(?:roughly|about|around|nearly|almost|some|over|more\s+than|fewer\s+than|less\s+than|just|only)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|(?:a|the)\s+(?:large\s+|slim\s+|narrow\s+|clear\s+)?(?:majority|minority)|(?:one|two|three)[- ](?:third|quarter|half|fifth)s?|half)\s+of\b/i;
/** A gathering or a stoppage, maybe with where it was held: "mass rallies in Havana", "a strike", "protests". */
const EVENT_SOURCE_RE = /\b(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|strikes?|vigils?|sit-ins?|riots?|walkouts?|blockades?)(?:\s+(?:in|at|across|outside|near|through|around|on)\s+[^,;:]{1,40})?$/i;
/** A social platform by its name alone. */
const PLATFORM_RE = /^(?:Facebook|Instagram|TikTok|YouTube|Telegram|WhatsApp|X|Twitter|Reddit|Weibo|WeChat|LinkedIn|Threads|Bluesky|Truth\s+Social|VK|Snapchat|Gab|Parler|Rumble)$/;
/** What a charge in words has: its offence or "that". */
const CHARGED_WITH_RE = /\b(?:with|that|over|in\s+connection)\b/;
/** After "charge": a price and whom or what for ("importers for the carbon", " a fee", " $5 a tonne", " interest"). */
const CHARGED_PRICE_RE = /^\s+(?!that\b)(?:(?:[\w'\u2019-]+\s+){0,3}?for\s|(?:an?\s+|the\s+|higher\s+|lower\s+|no\s+)?(?:fees?|levy|levies|tariffs?|duties|duty|interest|rent|prices?|premiums?|tolls?|commissions?)\b|[$\u20ac\u00a3\d])/;
/** A picture or a recording, the last word of a source: "A video", "Footage", "Photos". */
const PICTURE_RE = /\b(?:videos?|footage|photos?|photographs?|pictures?|images?|clips?|screenshots?)$/i;
/** A subject that attacks with arms: a force, fighters, a weapon ("Russian forces", "Houthi drones"). */
const ARMED_SUBJECT_RE = /\b(?:forces|force|troops|soldiers|army|armies|militants|militias?|fighters|gunmen|rebels|insurgents|jihadists|drones?|jets|aircraft|warplanes|warships|missiles?|rockets?|navy|marines|paramilitar(?:y|ies)|bombers?|attackers|assailants|raiders|commandos|units?|brigades?|battalions?|artillery|tanks|mob|protesters)$/i;
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
/** A text that a debate or a discussion takes up: " the coalition agreement", " a draft resolution", " the bill". */
const DEBATED_TEXT_RE = /^\s+(?:the|a|an|its|their|this|that|his|her|our)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:bills?|agreements?|motions?|laws?|proposals?|budgets?|treat(?:y|ies)|deals?|resolutions?|legislation|amendments?|drafts?|texts?|measures?|package|accords?|constitution|reforms?|report|white\s+paper)\b/i;
const FIND = new Set(['find', 'finds', 'found', 'finding']);
/** What makes "find" a finding: "that", a quotation or colon, a clause with its own verb ("found the state was in
 * breach"), evidence, a verdict ("found him guilty", "found against Indonesia") or a judgement ("finds the proposal
 * still flawed", "found the distinction reasonable", "will find it difficult to"). */
const FOUND_WHAT_RE = /^\s*(?:that\b|["\u201c:]|(?:no\s+|little\s+|scant\s+)?(?:evidence|proof|signs?|indications?)\b|(?:little|scant|much|no)\s|it\s+(?:(?:very|more|less|increasingly|so|too)\s+)?[a-z]+\s+(?:to|that)\s|(?:against|in\s+favou?r\s+of)\s|[^,.;:!?"\u201c]{0,50}?\s(?:(?:still|too|so|deeply|fundamentally|largely|wholly|partly)\s+)?(?:[a-z]+(?:able|ible|ful|ous|less)|flawed|lacking|wanting|wrong|valid|invalid|sound|unsound)(?=\s*(?:[.,;]|$)|\s+(?:because|since|as|and|but|for)\b)|[^,.;:!?"\u201c]{0,60}?\s(?:is|are|was|were|had|has|have|would|will|could|can|did|does|should|must|might|may|remains?|remained|guilty|liable|responsible|innocent|in\s+breach|in\s+violation|unconstitutional|unlawful|illegal|lawful)\b)/;

/** Bodies whose findings are their job, whatever they find: "the court found an enhanced interest". */
const FINDER_RE = /\b(?:court|judges?|tribunal|panel|jury|inquiry|inquest|commission|inspectors?|investigators?|auditors?|researchers|scientists|study|studies|evaluations?|trials?|experiments?|tests|surveys|reviews|analyses|audits|assessments|probe|opinion|ruling|decision|judgment|verdict)\b/i;

/** A modal or "do" right before a source's first word, which is then the modal's verb: "will submit ". */
const MODAL_BEFORE_RE = /\b(?:will|would|can|could|shall|should|may|might|must|do|does|did)\s+$/;
/** A relative pronoun set off by a comma between a source and its verb: ", which ", ", who has ". */
const RELATIVE_BETWEEN_RE = /^\s*,\s+(?:which|who)\s/;

/** A record that is none: "no data", "any evidence", "find any news" (what a search did not turn up). */
const NO_RECORD_SOURCE_RE = /^(?:(?:find|found|see|saw)\s+)?(?:no|any)\s+(?:[\w-]+\s+){0,2}?(?:data|evidence|records?|reports?|news|figures|statistics|studies|study|research|signs?|proof|documents?|information|indication)$/i;
/** The first letters (in lower case) of NO_RECORD_SOURCE_RE's matches: n, a, f, s. */
const NO_RECORD_FIRST = new Set([110, 97, 102, 115]);
/** Whether the source found for a verb cue makes it no report: a share of a poll, armed men, the object of a preposition,
 * a document that leaves something out, a plural noun, or a source of the wrong kind for the verb. */
/** A road, a line or a crossing, which links places: the last word of a source that never speaks. */
const CONDUIT_SUBJECT_RE = /\b(?:bridges?|roads?|highways?|motorways?|railways?|rail\s+lines?|lines?|pipelines?|tunnels?|corridors?|routes?|canals?|cables?|interconnectors?|causeways?|ferry|ferries|flights?|crossings?|border\s+crossings?|link)$/i;
/** After "invoked": a provision or a power put to use ("Article 4", "the emergency clause", "emergency powers"). */
const PROVISION_AFTER_RE = /^\s+(?:(?:the\s+|its\s+|their\s+)?(?:Article|Section|Chapter|Clause)\s+\d|(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:clause|provision|powers|mechanism|procedure|rule|protocol)\b)/;

export function sourceMisfits(text: string, s: Sentence, lw: string, cue: Span, prev: string, next: string, src: TextSpan, isSpeech: boolean, isDoc: boolean, isFinding: boolean, isCognition: boolean): boolean {
  // (A source of one letter, "I", is a one-byte string: PREP_FIRST, PREP_LED_SOURCE_RE and DOC_RE, which need two
  // letters or more, are not run on it, as testLong does for the literal patterns.)
  // "Roughly 70 percent of Americans support negotiations": a poll's share holds a view, a figure to source; no one
  // speaks.
  if (STANCE_CUES.has(lw) && testLong(SHARE_SUBJECT_RE, src.text)) return true;
  // "We could not find any data showing ...", "There is no evidence showing that ...", "did not find any news report of":
  // what no document shows, none reports. (The first letter first: "no" or "any", perhaps after "find" or "see".)
  if (src.end <= cue.start && NO_RECORD_FIRST.has(src.text.charCodeAt(0) | 32) && testLong(NO_RECORD_SOURCE_RE, src.text)) return true;
  // "Bond yields showed little change", "Repo rates had shown occasional spikes": a market's or a measure's showing is
  // how it moved, no finding (a finding comes with "that", a quote or a colon, or from a document: "data showed").
  if (lw.startsWith('show') && src.end <= cue.start && testLong(MEASURE_SUBJECT_RE, src.text) && !testShort(/^\s*(?:that\b|[:"\u201c])/, next, ':"\u201c')) return true;
  // "Markets applauded the move", "Stocks cheered the news": prices moved, no one praised anything in words.
  if (src.end <= cue.start && (lw.startsWith('applaud') || lw.startsWith('welcom') || lw.startsWith('cheer') || lw.startsWith('greet') || lw.startsWith('hail')) && testLong(MARKETS_SUBJECT_RE, src.text)) return true;
  // "the Kerch bridge linking Russia to Crimea", "a pipeline that links Poland with Norway": a road or a line links
  // places, and says nothing (a report or a study that links two things still does).
  if (lw.startsWith('link') && testLong(CONDUIT_SUBJECT_RE, src.text)) return true;
  // "Warsaw invoked Article 4 of the North Atlantic Treaty", "invoked emergency powers": a provision is put to use,
  // no one's words are cited.
  if (lw.startsWith('invok') && testLong(PROVISION_AFTER_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // "Castro has led mass rallies in Havana demanding the boy's return", "Protests calling for his resignation spread": a
  // participle right after a rally or a protest describes the event, which says nothing (its marchers may).
  if (lw.endsWith('ing') && src.end <= cue.start && cue.start - src.end <= 2 && testLong(EVENT_SOURCE_RE, src.text)) return true;
  // "Claimed by: Facebook posts", "Instagram posts and a viral video": a platform's posts are a noun, no platform posting.
  if (lw === 'posts' && cue.start - src.end <= 1 && testShort(PLATFORM_RE, src.text, 'X')) return true;
  // "Riot police charged the crowd", "a video showing police charging protesters": a force or a crowd charges bodily; a
  // charge in words has its offence ("charged two men with murder") or "that".
  if (lw.startsWith('charg') && (ARMED_SUBJECT_RE.test(src.text) || src.text.endsWith('police')) && !testLong(CHARGED_WITH_RE, text.slice(cue.end, s.end))) return true;
  // "a levy charging importers for the carbon emitted", "banks charge a fee", "charges 5% interest": a price asked, no
  // accusation.
  if (lw.startsWith('charg') && testLong(CHARGED_PRICE_RE, text.slice(cue.end, Math.min(s.end, cue.end + 60)))) return true;
  // "A video posted on X shows the blast", "Footage posted online": a picture is posted, it posts nothing.
  if (lw === 'posted' && cue.start - src.end <= 1 && testLong(PICTURE_RE, src.text)) return true;
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
  if (lw.endsWith('ed') && src.end <= cue.start && !testShort(/^\s*(?:that\b|["\u201c:])/, next, '"\u201c:') && testLong(/\b[a-z]{2,}ing\s+$/, text.slice(Math.max(s.start, src.start - 16), src.start)) && !testLong(/\b(?:an?|the)\s+[a-z]{2,}ing\s+$/, text.slice(Math.max(s.start, src.start - 20), src.start))) return true;
  // "Croatia and Slovenia found alternatives": finding a thing; a finding is "that", a clause or a verdict, or a
  // document's, a study's or a court's ("A 2014 study found 31 incidents", "the court found an enhanced interest").
  // (", the IPCC found.": a source and its verb after the clause, which is what it found.)
  if (FIND.has(lw) && src.end <= cue.start && !FOUND_WHAT_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 70))) && !DOC_RE.test(src.text) && !FINDER_RE.test(src.text) && !findingAfterClause(text, s, cue, src)) return true;
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
  // ("About 100 protesters marched ..., chanting": "about" before a figure makes a count, no preposition.)
  if (src.end <= cue.start && SOURCE_MISFIT_START.has(firstWordOf(st)) && ((st.length > 1 && PREP_LED_SOURCE_RE.test(st)) || testLong(CLAUSE_SOURCE_RE, src.text)) && !/^(?:about|around|over)\s+\d/.test(st)) return true;
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
  // ("Nvidia beat forecasts.", "Sales beat estimates": the figure that beat or missed them, no one's forecast.)
  if (TARGET_NOUNS.has(lw) && TARGET_VERBS.has(src.text.slice(src.text.lastIndexOf(' ') + 1))) return true;
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

/** Plurals of what results are measured against, that are also verbs of forecasting ("forecasts", "estimates"). */
const TARGET_NOUNS = new Set(['forecasts', 'estimates', 'projections', 'predictions']);
/** Verbs of a result against a target, which end a source read before one of TARGET_NOUNS ("Nvidia beat"). */
const TARGET_VERBS = new Set(['beat', 'beats', 'topped', 'tops', 'missed', 'misses', 'exceeded', 'exceeds', 'surpassed', 'surpasses', 'lagged', 'trailed', 'matched', 'matches', 'met', 'undershot', 'overshot', 'outpaced', 'outstripped']);
/** A singular noun phrase right before a verb's "-s" form: "The minister", "the party's leader", "A spokesman". */
const SINGULAR_SUBJECT_RE = lazyRegExp(() => /^(?:the|a|an|this|that|[\p{L}.-]+['\u2019]s)\s+(?:[\p{L}'\u2019-]+\s+){0,3}(?:[\p{L}-]*[^\Ws]|[\p{L}-]*ss)$/iu);
/** What opens the verb's object or clause: a determiner, a personal pronoun or a name. */
const OBJECT_OPENS_RE = lazyRegExp(() => /^\s+(?:(?:the|a|an|his|her|its|their|this|these|those|no|any|all|every|he|she|it|they|we|i|you)\s|\p{Lu}\p{Ll})/u);
/** "-s" forms that, before an object, are as often a deed or a price as words: "charges a fee", "hits the ball",
 * "supports the roof". */
const DEED_FORMS = new Set(['hits', 'targets', 'points', 'records', 'projects', 'figures', 'paints', 'links', 'charges', 'offers', 'cares', 'declines', 'addresses', 'posts', 'rules', 'states', 'quotes', 'lobbies', 'briefs', 'chants', 'hails', 'counters', 'voices', 'welcomes', 'reviews', 'talks', 'appeals', 'debates', 'supports']);
/** Whether a verb's "-s" form that is also a plural noun reads as the verb: right after a singular noun phrase and before its object. */
function singularSubjectVerb(lw: string, src: TextSpan, cue: Span, next: string): boolean {
  return !DEED_FORMS.has(lw) && cue.start - src.end <= 1 && (OBJECT_OPENS_RE().test(next) || (next.includes(' that') && testLong(WHEN_WHERE_THEN_THAT_RE, next))) && SINGULAR_SUBJECT_RE().test(src.text);
}
/** When or where, in a few words, then "that" and no verb right after it: " on Monday that", " in a statement that",
 * " again that" ("The minister claims on Monday that ..."; not "The insurance claims in March that were filed late"). */
const WHEN_WHERE_THEN_THAT_RE = /^\s+(?:on|in|at|during|last|this|earlier|again|repeatedly|now|today|yesterday|also|still)\b[^,.;:!?"\u201c\u201d]{0,40}?\sthat\s+(?!(?:were|was|is|are|had|have|has|will|would|could|can|may|might|must|should)\b)/;

/** A subject whose head is a market or what trades in it ("Markets", "European stocks", "the bond market"). */
const MARKETS_SUBJECT_RE = /(?:^|\s)(?:[Mm]arkets?|[Ss]tocks|[Ss]hares|[Ee]quities|[Bb]onds|[Cc]urrencies)$/;
/** A subject whose head is a market or an economic measure ("Bond yields", "The economy", "Core prices"). */
const MEASURE_SUBJECT_RE = /\b(?:rates?|prices|yields?|inflation|growth|economy|economies|markets?|shares|stocks|equities|bonds|gilts|index|indices|wages|unemployment|output|sales|exports|imports|currency|sterling|euro|dollar|yen|spreads?|demand|activity|productivity|earnings|profits|revenues?|spending|borrowing|debt|deficit|lending|investment|consumption)$/i;

/** "The bank forecasts inflation of 2 percent", "the mission projects growth at 4.6%": a singular subject's forecast of a figure. */
function forecastsFigure(text: string, s: Sentence, lw: string, src: TextSpan, cue: Span): boolean {
  return (lw === 'forecasts' || lw === 'projects') && cue.start - src.end <= 1 && SINGULAR_SUBJECT_RE().test(src.text) && FORECAST_FIGURE_AFTER_RE.test(text.slice(cue.end, Math.min(s.end, cue.end + 90)));
}

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

/** Whether a source and "found" end their sentence after a comma: "Warming will pass 1.5C, the IPCC found." */
function findingAfterClause(text: string, s: Sentence, cue: Span, src: TextSpan): boolean {
  // (Perhaps with when: ", the WHO found on Tuesday.", ", a study found last year.")
  if (s.end - cue.end > 40 || !/^(?:\s+(?:(?:on|in|last|this|earlier\s+this)\s+[A-Za-z]+(?:\s+\d{4})?))?\s*[.!?]?["\u201d']?\s*$/.test(text.slice(cue.end, s.end))) return false;
  return /,["\u201d']?\s+$/.test(text.slice(Math.max(s.start, src.start - 4), src.start));
}
