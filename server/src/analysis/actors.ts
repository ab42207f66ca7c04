// Actors and agreements: glossary matches, then patterns for the ones the glossary does not know, then
// document-level links (acronyms defined in the text, surnames of people named before, definite descriptions).
// Paragraph by paragraph in document order, so later paragraphs can refer back.
import type { ActorAnnotation, ActorCategory, AgreementAnnotation, Span } from './types';
import type { Segmentation } from './segment';
import type { Gazetteer, GazetteerMatch } from './gazetteer';
import type { GlossaryEntry } from './glossaryTypes';
import type { Token } from './tokens';
import { firstStartingFrom, overlapsSorted, pushAll, removeWhere, sortByStart, sortShort } from './order';
import { isAsciiUpperCode, isDigitCode, isSpaceCode, lazyRegExp, testLong, webAddresses } from './chars';
import * as tokensModule from './tokens';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as actorPatternsSharedModule from './actorPatternsShared';
import * as bodyPatternsModule from './bodyPatterns';
import * as personPatternsModule from './personPatterns';
import type { AgreementCandidate } from './agreements';
import * as agreementsModule from './agreements';
import * as coreferenceModule from './coreference';
import type { AcronymMeaning } from './acronyms';
import * as acronymsModule from './acronyms';
import { DAY_OR_MONTH, ORG_HEAD, ORG_SUFFIX, PARTY_TAG_RE } from './actorWords';
import type { NamedInitials } from './namedBodies';
import * as namedBodiesModule from './namedBodies';
// Unicode-class regexes used inside functions, made once here.
const STARTS_LETTER_RE = /^\p{L}/u;
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { normaliseWord, SHAPE_NON_ASCII, SHAPE_TWO_CAPS, tokenizeText } = tokensModule;
const { actorMention, agreementMention, isAllCaps, isCap, joins, makeContext, wordListBit } = actorContextModule;
const { gazetteerEndingAt, PLACE_PREP, REGION_FIRST } = actorPatternsSharedModule;
const { congressCity, genericActors, groupsOfActors, isActorEntry, lowerCaseHeads, namedOrganisations, unknownAcronyms } = bodyPatternsModule;
const { cuedPeople, FAMILY_FIRST, speakerLabel, titledPeople } = personPatternsModule;
const { agreementPatterns } = agreementsModule;
const { agreementAnaphors, resolveActors, resolveAgreements } = coreferenceModule;
const { findAcronymDefinitions } = acronymsModule;
const { firmMentions, impliedAcronyms, lawAcronyms, namedForCountry, nationalSections, nicknames, STAFF_OR_FRENCH_HEAD_BIT, staffFirmsAndFrenchBodies, TRADE_ENTITIES, tradeSenses } = namedBodiesModule;

const DATELINE_AFTER_RE = /^\s*(?:\(|[-\u2013\u2014\u2015]|,)/;

/** Two-letter acronyms that are also English words. */
const WORDISH = /^(?:IS|PA|AQ|AS|IT|IN|ON|AT|NO|ME|WE|OR|AN|SO|DO|GO|UP|BE)$/;

/** How many earlier mentions a definite description may look back over (keeps the pass linear). */
const ANTECEDENT_WINDOW = 200;

/** The categories of people: a surname the glossary knows in ordinary case is no word in capitals ("XI"). */
const PERSON_CATEGORIES = new Set(['person', 'official']);

interface DocState {
  acronyms: Map<string, AcronymMeaning>;
  notActorAcronyms: Set<string>;
  /** The initials of bodies named so far in three capitalised words or more ("NUG" for the National Unity Government). */
  initials: Map<string, NamedInitials>;
  surnames: Map<string, ActorCategory>;
  /** Firms named by their staff ("Morgan Stanley analysts", "analysts at Jefferies"): their words' keys, by the first. */
  firms: Map<string, string[][]>;
  actors: ActorAnnotation[];
  /** Glossary actors swallowed by longer mentions, kept only as antecedents. */
  inner: ActorAnnotation[];
  agreements: AgreementAnnotation[];
}

/** Finds actor and agreement mentions, linked to glossary entries where known. Never throws. */
export function findActorsAndAgreements(
  text: string,
  seg: Segmentation,
  gazetteer: Gazetteer,
): { actors: ActorAnnotation[]; agreements: AgreementAnnotation[] } {
  const doc: DocState = { acronyms: new Map(), notActorAcronyms: new Set(), initials: new Map(), surnames: new Map(), firms: new Map(), actors: [], inner: [], agreements: [] };
  try {
    const sentenceStarts = (seg?.sentences ?? []).map((s) => s.start).sort((a, b) => a - b);
    for (const p of seg?.paragraphs ?? []) {
      if (!(p.end > p.start)) continue;
      paragraph(text, p.start, Math.min(p.end, text.length), sentenceStarts, gazetteer, doc);
    }
  } catch {
    // The core must not fail; what was found before an unexpected error is still useful.
  }
  // The stoplist is the user's word: no pattern may tag what it names either. (One filter and one order per
  // list, so that each sees one kind of object.)
  // The wire dateline ("VIENNA, Nov. 27 (Reuters) -", "KYIV, Ukraine (AP) -") says where the story was filed: its
  // capitals and countries are places there, not the governments they stand for elsewhere, and so is any name in
  // its opening capitals ("NEW YORK", "UNITED NATIONS", "ABU DHABI").
  const dl = seg?.dateline;
  const cityEnd = dl ? dl.start + datelineCity(text.slice(dl.start, dl.end)).length : -1;
  // (Nor is the agency in its brackets an actor of the story: "(Reuters)", "(AP)".)
  const inDateline = (a: ActorAnnotation): boolean => (!!dl && a.start >= dl.start && (a.end <= cityEnd || ((a.category === 'country' || text.charCodeAt(a.start - 1) === 40) && a.end <= dl.end))) || agencyCredit(text, a);
  // Nor are the wire's journalists in its byline or its credit line: "(Reporting by Elena Munteanu in Chisinau; Editing
  // by ...)" (segmentation found them).
  const credits = seg?.credits ?? [];
  // No actor is named inside a web address ("https://example.org/news/Iraq").
  const links = webAddresses(text);
  const inLink = (a: { start: number; end: number }): boolean => links.length > 0 && overlapsSorted(links, a.start, a.end);
  // (The whole text is read for a trade's terms only once a mention of such an entity is there to be dropped: most texts
  // have none, and the scan cost a millisecond a megabyte.)
  let trade: Map<string, RegExp> | null | undefined;
  const tradeTerm = (a: ActorAnnotation): boolean => {
    if (!a.entity || !TRADE_ENTITIES.has(a.entity)) return false;
    if (trade === undefined) trade = tradeSenses(text);
    return !!trade && !!trade.get(a.entity)?.test(a.text);
  };
  // (A lawmaker's party and state, "R-Texas", is no one; "New Mexico" is no Mexico.)
  const actors = doc.actors
    .filter((a) => !tradeTerm(a) && !(a.category === 'country' && text.charCodeAt(a.end) === 45 && BASED_AFTER_RE.test(text.slice(a.end, a.end + 7))) && !stopped(gazetteer, a.text) && !inDateline(a) && !inLink(a) && !(credits.length > 0 && overlapsSorted(credits, a.start, a.end)) && !inHandle(text, a) && !isLanguage(text, a) && !(a.category === 'country' && blankBefore(text, a.start, 102, 101) && WATER_OF_BEFORE_RE.test(text.slice(Math.max(0, a.start - 16), a.start))) && !(a.text.charCodeAt(1) === 45 && testLong(PARTY_TAG_RE, a.text)) && !(stanceFirst(a.text) && STANCE_ADJECTIVE_RE().test(a.text)) && !(a.category === 'country' && text.charCodeAt(a.start - 1) === 32 && text.charCodeAt(a.start - 2) === 119 && NEW_BEFORE_RE().test(text.slice(Math.max(0, a.start - 4), a.start))) && !(a.category === 'country' && blankThen(text, a.end, 100, 99) && CURRENCY_AFTER_RE.test(text.slice(a.end, a.end + 9))) && !isPlace(text, a))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  unlinkForeignChambers(text, actors);
  unlinkStateAssembly(text, actors);
  brusselsWithoutEu(text, actors);
  georgiaTheState(text, actors);
  congoleseOfDrc(actors);
  placeOfOwnCountry(text, actors);
  localCouncils(text, actors);
  partyCoalition(text, actors);
  nationalSections(text, actors);
  let tails = false;
  for (const a of actors) {
    ampersandName(text, a);
    if (a.category === 'person' || a.category === 'official') regnalNumeral(text, a);
    if (a.category === 'organization' && companyTail(text, a)) tails = true;
  }
  // (A company's tail takes in the mention of "LTD" it covered: one company.)
  if (tails) {
    let prev: ActorAnnotation | undefined;
    removeWhere(actors, (a) => {
      const inside = prev !== undefined && a.end <= prev.end && a.start >= prev.start;
      prev = a;
      return inside;
    });
  }
  const agreements = doc.agreements.filter((a) => !stopped(gazetteer, a.text) && !inLink(a)).sort((a, b) => a.start - b.start || a.end - b.end);
  return { actors, agreements };
}

/** A stance written as one hyphenated adjective ("pro-government", "anti-war"): a quality of what follows, no one. */
const STANCE_ADJECTIVE_RE = lazyRegExp(() => /^(?:[Pp]ro|[Aa]nti)-\p{Ll}+$/u);

/** Whether a mention lies inside a handle or a hashtag ("@MFA_Ukraine", "#Ukraine_War"): the account, not the actor. */
function inHandle(text: string, a: { start: number; end: number }): boolean {
  // Or in a web domain written without its scheme: "GOV.UK", "europa.eu".
  // (Each pattern only where the dot it needs is there.)
  if ((text.charCodeAt(a.end) === 46 && isAsciiLetterCode(text.charCodeAt(a.end + 1)) && DOT_LETTERS_AFTER_RE.test(text.slice(a.end, a.end + 8))) || (text.charCodeAt(a.start - 1) === 46 && LETTERS_DOT_BEFORE_RE.test(text.slice(Math.max(0, a.start - 8), a.start)))) return true;
  let i = a.start;
  const floor = Math.max(0, i - 40);
  while (i > floor && handleCode(text.charCodeAt(i - 1))) i--;
  return i > 0 && (text.charCodeAt(i - 1) === 64 || text.charCodeAt(i - 1) === 35);
}

/** [A-Za-z] by its code. */
function isAsciiLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** [A-Za-z0-9_] by its code. */
function handleCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether text[at] is a blank and, where it is a space, whether the next character is another blank, code a or code b:
 * a necessary condition of the /^\s+(?:X...)/ patterns on text from at whose alternatives start with a or b. */
function blankThen(text: string, at: number, a: number, b: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 32) return isSpaceCode(c);
  const d = text.charCodeAt(at + 1);
  return d === a || d === b || isSpaceCode(d);
}

/** The same before at: the /...X\s+$/ patterns on text up to at whose words end in code a or b. */
function blankBefore(text: string, at: number, a: number, b: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c !== 32) return isSpaceCode(c);
  const d = text.charCodeAt(at - 2);
  return d === a || d === b || isSpaceCode(d);
}

/** Whether a name starts as STANCE_ADJECTIVE_RE needs: "Pro-" or "Anti-", either case of its first letter. */
function stanceFirst(name: string): boolean {
  const c = name.charCodeAt(0);
  // (Lengths tested first: a read past a short name's end deoptimised this function, "out of bounds".)
  if (c === 80 || c === 112) return name.length > 3 && name.charCodeAt(3) === 45;
  return (c === 65 || c === 97) && name.length > 4 && name.charCodeAt(4) === 45;
}

// (Each part in one case, as domains are written: "Iran.The", a missing space, is no domain.)
const DOT_LETTERS_AFTER_RE = /^\.(?:[a-z]{2,6}|[A-Z]{2,6})(?![A-Za-z])/;
const LETTERS_DOT_BEFORE_RE = /(?:^|[^A-Za-z])(?:[a-z]{2,}|[A-Z]{2,})\.$/;

/** A currency named after its country ("8.1 billion U.S. dollars", "Canadian dollars"). */
const CURRENCY_AFTER_RE = /^\s+(?:dollars?|cents)\b/;

/** A sea or a strait named after a country ("the Gulf of Finland", "the Sea of Japan"): a place, not the state. */
const WATER_OF_BEFORE_RE = /\b(?:Gulf|Sea|Bay|Strait|Straits|Isle|Isles|Lake|Horn)\s+of\s+(?:the\s+)?$/;

const LEARNING_BEFORE_RE = /\b(?:learn|learns|learning|learned|learnt|study|studies|studying|studied|fluent\s+in|speaks\s+fluent|in\s+fluent)\s+$/i;
/** Languages named after a country's people ("translated from Russian", "in Arabic and English"). */
const LANGUAGE_NAMES = new Set('Russian|Arabic|English|French|German|Spanish|Ukrainian|Chinese|Mandarin|Persian|Farsi|Turkish|Hebrew|Italian|Portuguese|Japanese|Korean|Polish|Romanian|Kurdish|Dutch|Greek|Hindi|Urdu|Pashto|Dari|Amharic|Somali|Swahili|Serbian|Croatian'.split('|'));
/** The rest of a list of languages after one of them, to the noun that closes it: ", English and French languages". */
const LANGUAGE_LIST_AFTER_RE = /^(?:,?\s+(?:and\s+|or\s+)?[A-Z][a-z]+){0,7}\s+languages?\b/;
/** Whether a country mention is a language: the word alone after "in", "into", "from" or "translated", before a close;
 * or after a verb of learning ("spent three years learning German in Bonn"). */
function isLanguage(text: string, a: ActorAnnotation): boolean {
  if (a.category !== 'country' || !LANGUAGE_NAMES.has(a.text)) return false;
  if (LEARNING_BEFORE_RE.test(text.slice(Math.max(0, a.start - 24), a.start))) return true;
  // "Chinese Simplified: 周伟明", "Chinese (Traditional)": a script.
  if (/^\s*\(?(?:Simplified|Traditional)\b/.test(text.slice(a.end, a.end + 14))) return true;
  // "in the Arabic, Chinese, English, French, Russian and Spanish languages", "in the German and Polish languages": a
  // treaty's authentic texts, a list of languages its noun closes.
  const after = text.slice(a.end, a.end + 100);
  if (after.includes('language') && LANGUAGE_LIST_AFTER_RE.test(after)) return true;
  return /\b(?:translated\s+(?:from|into)|translation\s+from|in|into|speaks?|speaking|spoken)\s+$/i.test(text.slice(Math.max(0, a.start - 24), a.start)) && /^\s*(?:[),.;:!?]|and\s|or\s|$)/.test(text.slice(a.end, a.end + 5));
}

/**
 * A legislature named by its bare common name ("the Senate", "Parliament", "the House of Representatives") is the
 * glossary's American or British one only in a story set there: a Chilean or Australian story's Senate is its own.
 * Such a mention keeps its category but loses the link when the story names another country and nothing of the
 * chamber's own (the country, its capital, its parties); or when the story has just named another country's chamber
 * of that name ("the Czech Senate"): a bare one after it is that one. (So is America's Democratic Party by its bare
 * name: a Korean story's "ruling Democratic Party" is Seoul's.)
 */
function unlinkForeignChambers(text: string, actors: ActorAnnotation[]): void {
  let home: Map<string, boolean> | undefined;
  /** The last chamber named with its country before the current mention, by its bare word ("senate"): whether it was the glossary's. */
  let qualified: Map<string, boolean> | undefined;
  for (const a of actors) {
    const chamber = a.entity ? BARE_CHAMBERS.get(a.entity) : undefined;
    if (a.category === 'government' && a.text.length > 8) {
      // ("the Czech Senate", "Poland's Parliament", "US Senate": the chamber with its country.)
      const q = QUALIFIED_CHAMBER_RE.exec(a.text);
      if (q && chamberWord(a.text) !== q[1].toLowerCase()) (qualified ??= new Map()).set(q[1].toLowerCase(), !!chamber);
    }
    if (!chamber || !chamber.bare.test(a.text)) continue;
    if (qualified?.get(chamberWord(a.text)) === false) {
      a.entity = null;
      continue;
    }
    if (!home) {
      home = new Map();
      let other = false;
      for (const b of actors) {
        if (b.entity === 'country:united-states') home.set('us', true);
        else if (b.entity === 'country:united-kingdom') home.set('uk', true);
        else if (b.entity?.startsWith('country:')) other = true;
      }
      // (A story that names no other country keeps the link: bare "the Senate" in English news is most often America's.)
      if (!other) home.set('us', true).set('uk', true);
    }
    const known = home.get(chamber.country);
    if (known) continue;
    // The text is searched for a country's signs once: the answer is kept either way.
    if (known === undefined) {
      const found = chamber.signs.test(text);
      home.set(chamber.country, found);
      if (found) continue;
    }
    a.entity = null;
  }
}
/** A chamber's name with a word of its country before it: its bare word in group 1. */
const QUALIFIED_CHAMBER_RE = /\s(Senate|Congress|Parliament|House of Representatives)$/;
/** The bare word of a chamber's mention ("The Senate" -> "senate"). */
function chamberWord(name: string): string {
  return name.replace(/^the\s+/i, '').toLowerCase();
}

/**
 * "the General Assembly" by its bare name is the UN's only in a story that names the UN: a US state's legislature
 * ("address to the General Assembly" in a Virginia story), a church's or a party's is its own. Such a mention loses the
 * link; in a story that names a US state it is that state's legislature, a government.
 */
function unlinkStateAssembly(text: string, actors: ActorAnnotation[]): void {
  let unSeen: boolean | undefined;
  let state: boolean | undefined;
  for (const a of actors) {
    if (a.entity !== 'un-general-assembly' || !BARE_ASSEMBLY_RE.test(a.text)) continue;
    unSeen ??= UN_SIGNS_RE.test(text);
    if (unSeen) return;
    state ??= US_STATE_RE.test(text);
    a.entity = null;
    if (state) a.category = 'government';
  }
}

/**
 * "Congolese", the demonym both Congos share, which the glossary gives to the Republic of the Congo: in a story that
 * names the Democratic Republic of the Congo (DRC, Kinshasa) and not the other by name, it is the DRC's.
 */
function congoleseOfDrc(actors: ActorAnnotation[]): void {
  let drc = false;
  let roc = false;
  let demonym = false;
  for (const a of actors) {
    if (a.entity === DRC) drc = true;
    else if (a.entity === ROC) {
      if (a.text === 'Congolese') demonym = true;
      else roc = true;
    }
  }
  if (!drc || roc || !demonym) return;
  for (const a of actors) if (a.entity === ROC && a.text === 'Congolese') a.entity = DRC;
}
const DRC = 'country:democratic-republic-of-the-congo';
const ROC = 'country:republic-of-the-congo';

/**
 * "Germany's Berlin data protection authority": a city or a region named right after its own country's possessive is a
 * place in that country, no second mention of its government. (Only the other name: "Germany's Germany" never occurs.)
 */
function placeOfOwnCountry(text: string, actors: ActorAnnotation[]): void {
  let prev: ActorAnnotation | undefined;
  removeWhere(actors, (a) => {
    const p = prev;
    prev = a;
    if (!p || a.category !== 'country' || p.category !== 'country' || a.entity === null || a.entity !== p.entity || a.text === p.text) return false;
    const gap = a.start - p.end;
    return gap === 3 && (text.charCodeAt(p.end) === 39 || text.charCodeAt(p.end) === 0x2019) && text.charCodeAt(p.end + 1) === 115 && text.charCodeAt(p.end + 2) === 32;
  });
}
/** "Brussels" stands for the EU only in a story about the EU: elsewhere (a Belgian story) the mention goes. */
function brusselsWithoutEu(text: string, actors: ActorAnnotation[]): void {
  let eu: boolean | undefined;
  removeWhere(actors, (a) => a.entity === 'eu' && a.text === 'Brussels' && !(eu ??= EU_SIGNS_RE.test(text)));
}
/**
 * "He won Georgia's 16 electoral votes": in an American election story (electoral votes, the Electoral College, swing
 * states) that names nothing of the Caucasus country or its neighbour Russia, Georgia is the US state, a place, and the
 * mention goes; so it is before "'s 16 electoral votes" in any story.
 */
function georgiaTheState(text: string, actors: ActorAnnotation[]): void {
  let state: boolean | undefined;
  removeWhere(actors, (a) => a.entity === GEORGIA && ((text.charCodeAt(a.end + 1) === 115 && ELECTORAL_VOTES_AFTER_RE.test(text.slice(a.end, a.end + 32))) || (state ??= testLong(US_ELECTION_SIGNS_RE, text) && !testLong(CAUCASUS_GEORGIA_RE, text))));
}
/** A state's votes after its possessive: "'s 16 electoral votes". */
const ELECTORAL_VOTES_AFTER_RE = /^['\u2019]s\s+(?:\d{1,2}\s+)?[Ee]lectoral\s+(?:votes?|college)\b/;
const GEORGIA = 'country:georgia';
const US_ELECTION_SIGNS_RE = /\b(?:[Ee]lectoral\s+votes?|Electoral\s+College|(?:swing|battleground)\s+states?)\b/;
const CAUCASUS_GEORGIA_RE = /\b(?:Tbilisi|Georgians?|Georgian\s+Dream|Caucasus|Abkhazia|South\s+Ossetia|Russia|Russian|Putin|Kremlin|Moscow|Ukraine)\b/;
const EU_SIGNS_RE = /\b(?:E\.U\.|(?:EU|European\s+(?:Union|Commission|Council|Parliament)|the\s+Commission|the\s+bloc|member\s+states|Eurozone|euro\s+zone)\b)/;
const BARE_ASSEMBLY_RE = /^(?:the\s+)?General\s+Assembly$/i;
const UN_SIGNS_RE = /\b(?:U\.N\.|(?:UN|United\s+Nations|UNGA|Security\s+Council|Secretary-General|member\s+states)\b)/;
const US_STATE_RE = /\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington\s+state|West\s+Virginia|Wisconsin|Wyoming|statehouse|state\s+legislature|state\s+senate|governor's\s+mansion)\b|, (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Va|Vt|Wash|W\.Va|Wis|Wyo)\./;

/**
 * "Somerset Council", "Croydon Council": a council named after one word is its place's local government where the text
 * uses that word as a place ("In neighbouring Somerset", "across Croydon", "residents in Haringey's east") or gives the
 * council a leader ("Croydon Council leader Jason Perry", "the leader of Somerset Council"); "the Arts Council", "the
 * Atlantic Council" ("in the Atlantic"), "the Security Council" stay bodies. ("Bristol City Council" is one by its
 * suffix.)
 */
function localCouncils(text: string, actors: ActorAnnotation[]): void {
  let places: Set<string> | undefined;
  for (const a of actors) {
    if (a.category !== 'organization' || a.entity) continue;
    const m = ONE_WORD_COUNCIL_RE().exec(a.text);
    if (!m) continue;
    if (!places) {
      places = new Set();
      for (const p of text.matchAll(PLACE_USE_RE())) places.add(p[1] ?? p[2] ?? p[3]);
    }
    if (places.has(m[1])) a.category = 'government';
  }
}
/** A council named after one capitalised word (group 1): "Somerset Council", "the Croydon Council" ("The Council" not). */
const ONE_WORD_COUNCIL_RE = lazyRegExp(() => /^(?:[Tt]he\s+)?(?!The\s)(\p{Lu}[\p{Ll}-]+)\s+Council$/u);
/** A word used as a place, with no article (group 1: "in Somerset", "across Croydon", "residents of Croydon"), or named
 * before a council with a leader (group 2: "Croydon Council leader"; group 3: "leader of Croydon Council"). */
const PLACE_USE_RE = lazyRegExp(() => /(?:\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Rr]esidents\s+of|[Nn]eighbouring|[Nn]eighboring)\s+(\p{Lu}[\p{Ll}-]+)(?:['\u2019]s)?\b(?![\s'\u2019-]*\p{Lu})|\b(\p{Lu}[\p{Ll}-]+)\s+Council(?:['\u2019]s)?\s+leader\b|\b[Ll]eader\s+of\s+(?:the\s+)?(\p{Lu}[\p{Ll}-]+)\s+Council\b)/gu);

/**
 * "the Coalition", capitalised, in a story of parties ("accused Labor", "the Greens", "shadow minister") is the
 * parties in coalition (Australia's Liberals and Nationals), though nothing political stands right beside it: the
 * armed coalition of a war story keeps its category.
 */
function partyCoalition(text: string, actors: ActorAnnotation[]): void {
  let parties: boolean | undefined;
  for (const a of actors) {
    if (a.category !== 'military' || a.entity || !CAPITAL_COALITION_RE.test(a.text)) continue;
    parties ??= PARTY_STORY_RE.test(text);
    if (!parties) return;
    a.category = 'group';
  }
}
const CAPITAL_COALITION_RE = /^(?:[Tt]he\s+)?Coalition$/;
const PARTY_STORY_RE = /\b(?:Labor|Labour|Tories|Greens|Liberals|Nationals|[Ss]hadow\s+(?:\w+\s+)?(?:minister|treasurer|spokes(?:man|woman|person))|[Oo]pposition\s+leader|Coalition\s+(?:MPs|senators|government|frontbench))\b/;

/** "S&P Global", "AT&T": the capitals before an ampersand belong to the name, a firm's (the tokens split there). */
function ampersandName(text: string, a: ActorAnnotation): void {
  const before = text.charCodeAt(a.start - 1) === 38 ? /(?:^|[^\p{L}\p{N}])(\p{Lu}{1,4})&$/u.exec(text.slice(Math.max(0, a.start - 6), a.start)) : null;
  const after = text.charCodeAt(a.end) === 38 ? /^&(\p{Lu}{1,4})(?![\p{L}\p{N}])/u.exec(text.slice(a.end, a.end + 6)) : null;
  if (!before && !after) return;
  if (before) a.start -= before[1].length + 1;
  if (after) a.end += after[0].length;
  a.text = text.slice(a.start, a.end);
  if (a.category === 'person') a.category = 'organization';
}

/** A company's legal form after a comma: "SHENZHEN HAOTIAN ELECTRONICS CO., LTD.", "Acme Holdings, Inc."; whether it grew. */
function companyTail(text: string, a: ActorAnnotation): boolean {
  if (text.charCodeAt(a.end) !== 44 && text.charCodeAt(a.end) !== 46) return false;
  // (Every match has a comma, one blank and a form opening with L, I, P, S, A, G or C.)
  const comma = text.charCodeAt(a.end) === 46 ? a.end + 1 : a.end;
  if (text.charCodeAt(comma) !== 44 || !FORM_OPENERS.has(text.charCodeAt(comma + 2))) return false;
  const m = COMPANY_TAIL_RE().exec(text.slice(a.end, a.end + 12));
  if (!m) return false;
  a.end += m[0].length;
  a.text = text.slice(a.start, a.end);
  return true;
}
/** The first letters of COMPANY_TAIL_RE's legal forms: L, I, P, S, A, G, C. */
const FORM_OPENERS = new Set([76, 73, 80, 83, 65, 71, 67]);
const COMPANY_TAIL_RE = lazyRegExp(() => /^\.?,\s(?:Ltd|LTD|Inc|INC|LLC|L\.L\.C|PLC|Plc|S\.A|SA|AG|GmbH|Co|CO)\.?(?![\p{L}\p{N}])/u);

/** A monarch's or pope's numeral after the name: "King Felipe VI", "Pope Leo XIV", "Charles III". */
function regnalNumeral(text: string, a: ActorAnnotation): void {
  if (text.charCodeAt(a.end) !== 32) return;
  // (Every numeral opens with X, V or I.)
  const c = text.charCodeAt(a.end + 1);
  if (c !== 88 && c !== 86 && c !== 73) return;
  const m = REGNAL_AFTER_RE().exec(text.slice(a.end, a.end + 7));
  if (!m) return;
  a.end += m[0].length;
  a.text = text.slice(a.start, a.end);
}
const REGNAL_AFTER_RE = lazyRegExp(() => /^ (?:X{0,2}(?:IX|IV|V?I{1,3})|X{1,2}V?|X{0,2}V)(?![\p{L}\p{N}])/u);

/** The glossary's chambers with a bare common name, the words that name them bare, and their country's signs. */
const US_SIGNS = /\b(?:Republicans?|Democrats?|GOP|White House|Capitol Hill|Congress(?:man|woman)|Pentagon|State Department)\b|\([RD]-[A-Z]/;
const UK_SIGNS = /\b(?:Labour|Tory|Tories|Conservatives?|Downing Street|Westminster|Whitehall|MPs|House of Commons|House of Lords)\b/;
const BARE_CHAMBERS = new Map<string, { country: string; bare: RegExp; signs: RegExp }>([
  ['us-senate', { country: 'us', bare: /^(?:the\s+)?senate$/i, signs: US_SIGNS }],
  ['us-congress', { country: 'us', bare: /^(?:the\s+)?congress$/i, signs: US_SIGNS }],
  ['us-house', { country: 'us', bare: /^(?:the\s+)?house of representatives$/i, signs: US_SIGNS }],
  ['parliament-uk', { country: 'uk', bare: /^(?:the\s+)?parliament$/i, signs: UK_SIGNS }],
  // ("the ruling Democratic Party (DP)" in a Korean story is Seoul's own: the American party's link needs an American story.)
  ['democratic-party-us', { country: 'us', bare: /^(?:the\s+)?(?:Democratic\s+Party|DP)$/, signs: US_SIGNS }],
]);

/**
 * Places named like actors: a base or an airport ("Al-Asad Air Base", "MacDill Air Force Base"), and a town named
 * like a person ("the town of Baghdadi").
 */
function isPlace(text: string, a: ActorAnnotation): boolean {
  // (Each pattern only where the words or blank it needs are there: "Base", "Station", "Airport", "Airfield" at the
  // end; the first letter of a word after a blank; the "f" of "of" before one.)
  if ((baseEnding(a.text) && BASE_NAME_RE.test(a.text)) || (blankThen(text, a.end, 66, 65) && BASE_AFTER_RE.test(text.slice(a.end, a.end + 16)))) return true;
  // "the South China Sea", "the Taiwan Strait", "the Sea of Japan", Nigeria's "Niger state": waters and regions.
  if (a.category === 'country' && ((waterFirst(text, a.end) && WATER_AFTER_RE.test(text.slice(a.end, a.end + 24))) || (blankBefore(text, a.start, 102, 102) && /\bSea\s+of\s+$/.test(text.slice(Math.max(0, a.start - 8), a.start))))) return true;
  return a.category === 'person' && blankBefore(text, a.start, 102, 70) && TOWN_OF_BEFORE_RE.test(text.slice(Math.max(0, a.start - 24), a.start));
}
/** Whether WATER_AFTER_RE may match from at: a blank, then a blank or the first letter of one of its words (S, G, B, P, s). */
function waterFirst(text: string, at: number): boolean {
  return blankThen(text, at, 83, 71) || blankThen(text, at, 66, 80) || blankThen(text, at, 115, 115);
}
/** Whether a name ends in a word BASE_NAME_RE ends in: "Base", "Airbase", "Station", "Airport", "Airfield". */
function baseEnding(name: string): boolean {
  return name.endsWith('Base') || name.endsWith('base') || name.endsWith('Station') || name.endsWith('Airport') || name.endsWith('Airfield');
}
const BASE_NAME_RE = /\b(?:Air\s+Base|Air\s+Force\s+Base|Naval\s+Base|Naval\s+Air\s+Station|Naval\s+Station|Airbase|Airport|Airfield)$/;
const BASE_AFTER_RE = /^\s+(?:Base|Air\s+Base|Airbase|Airport|Airfield)\b/;
const WATER_AFTER_RE = /^\s+(?:Sea|Strait|Straits|Gulf|Basin|Peninsula|[Ss]tate\b(?!\s+(?:media|television|TV|radio|news|agency|department|council)))/;
const TOWN_OF_BEFORE_RE = /\b(?:town|city|village|district|province|region|suburb|port|camp|area)\s+of\s+$/i;

/** "-based" after a country or a capital: where something is, not who acts ("a Tehran-based businessman"). */
const BASED_AFTER_RE = /^-based\b/;

/** "New " right before a country's name makes another place of it: New Mexico, New Caledonia. */
const NEW_BEFORE_RE = lazyRegExp(() => /(?:^|[^\p{L}])New $/u);

/**
 * Whether a mention is the agency credited in brackets at the head of a line, before its dash: "Nov 14 (Reuters) -",
 * "Nov. 14, 2025 (AFP) —", a dateline the segmenter did not take for one (it has no city). The agency filed the
 * story; it is no actor in it.
 */
function agencyCredit(text: string, a: ActorAnnotation): boolean {
  if (text.charCodeAt(a.start - 1) !== 40 || text.charCodeAt(a.end) !== 41 || a.category !== 'organization') return false;
  if (!/^\)\s{0,2}[-\u2013\u2014\u2015]/.test(text.slice(a.end, a.end + 5))) return false;
  const lo = Math.max(0, a.start - 48);
  const before = text.slice(lo, a.start - 1);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && lo > 0) return false;
  return CREDIT_LEAD_RE().test(before.slice(nl + 1));
}
/** What may stand before an agency's credit on its line: capitalised words and numbers ("BOGOTA, Nov. 14, 2025 "). */
const CREDIT_LEAD_RE = lazyRegExp(() => /^(?:[\p{Lu}\d][\p{L}\d.'\u2019-]*,?\s+)*$/u);

/** The place a dateline opens with, in capitals: "NEW YORK" of "NEW YORK, Nov. 14 (Reuters) -". */
function datelineCity(dateline: string): string {
  return /^\p{Lu}[\p{Lu} .'\u2019/-]*?(?=\s*(?:,|\(|[-\u2013\u2014|:](?:\s|$)|$))/u.exec(dateline)?.[0] ?? '';
}

/** One paragraph's work in progress, shared by its steps. */
interface ParaWork {
  c: ParaContext;
  /** The paragraph's range in the text. */
  start: number;
  end: number;
  doc: DocState;
  agreementCands: AgreementCandidate[];
  actorCands: Candidate[];
  agreements: AgreementAnnotation[];
  actors: ActorAnnotation[];
  /** Characters of the paragraph (from start) already covered by a kept mention. */
  taken: Uint8Array;
  /** Indices of the tokens that may be a defined acronym (see maybeAcronym), found when first needed. */
  acronymish: number[] | null;
}

// One paragraph in four steps, each its own function: the optimising compiler takes a large function in
// time that grows faster than its size, and a cold run waits on it.
function paragraph(text: string, start: number, end: number, sentenceStarts: number[], gazetteer: Gazetteer, doc: DocState): void {
  const toks = tokenizeText(text, start, end);
  if (!toks.length) return;
  const c = contextOf(text, toks, sentenceStarts, gazetteer);
  const w: ParaWork = { c, start, end, doc, agreementCands: [], actorCands: [], agreements: [], actors: [], taken: scratch(0, end - start), acronymish: null };
  collectCandidates(w, gazetteer);
  choose(w, gazetteer);
  referBack(w, gazetteer);
  pushAll(doc.actors, w.actors);
  pushAll(doc.agreements, w.agreements);
}

/** Marks a mention's characters taken. */
function mark(w: ParaWork, span: Span): void {
  w.taken.fill(1, span.start - w.start, span.end - w.start);
}

/** Whether a span overlaps a kept mention. */
function isTaken(w: ParaWork, span: Span): boolean {
  return overlaps(w.taken, span.start - w.start, span.end - w.start);
}

/** Marks a span taken where it overlaps no kept mention: whether it did. */
function claim(w: ParaWork, span: Span): boolean {
  if (isTaken(w, span)) return false;
  mark(w, span);
  return true;
}

/** Keeps the mentions of found that overlap nothing kept so far. */
function addUntaken<T extends Span>(w: ParaWork, found: T[], into: T[]): void {
  for (let k = 0; k < found.length; k++) {
    const r = found[k];
    if (isTaken(w, r)) continue;
    mark(w, r);
    into.push(r);
  }
}

/** Whether a word next to token i is in capitals too (a run of capitals: "CONGRESS HAS INVESTIGATED HIM"). */
function capsBeside(toks: Token[], i: number): boolean {
  const near = (t: Token | undefined): boolean => t !== undefined && t.text.length >= 2 && isAllCaps(t);
  return near(toks[i - 1]) || near(toks[i + 1]);
}

/** Whether a match is by an alias in ordinary case that is neither the entry's label nor one of its seats ("Dane"). */
function spellsOtherWord(m: GazetteerMatch): boolean {
  const alias = m.alias;
  if (alias === undefined || alias === alias.toUpperCase() || alias === m.entry.label) return false;
  return !(m.entry.seats ?? []).includes(alias);
}

/** The paragraph's context, with its glossary matches (words-as-acronyms dropped in lines of capitals). */
function contextOf(text: string, toks: Token[], sentenceStarts: number[], gazetteer: Gazetteer): ParaContext {
  const matches: GazetteerMatch[] = [];
  for (const m of gazetteer.matchTokens(text, toks)) if (!(m.entry.kind === 'actor' && !isActorEntry(m.entry.category ?? 'organization'))) matches.push(m);
  const c = makeContext(text, toks, matches, sentenceStarts);
  // In a line written in capitals, short acronyms that are also English words ("IS", "PA") are words; in running
  // text, a word in capitals is an acronym when it only spells another name of an entry ("DANE" is no Dane).
  const wordish: number[] = [];
  const spelled: number[] = [];
  // (Entries read by index, not destructured: destructuring runs the iterator protocol, code that cost the optimising
  // compiler several times the rest of the function. The tests in functions called for every match and paragraph:
  // each rare side, first run after contextOf was optimised, threw its code away.)
  for (const e of c.gazAt) screenMatch(c, text, e[0], e[1], wordish, spelled);
  dropWordsAsAcronyms(c, wordish, spelled);
  return c;
}

/** Drops the match at token i if it is an idiom or currency; notes it in wordish or spelled if it may be a word. */
function screenMatch(c: ParaContext, text: string, i: number, g: { m: GazetteerMatch; end: number }, wordish: number[], spelled: number[]): void {
  const toks = c.toks;
  // "Fed up with delays": the idiom, not the Federal Reserve; "US$4.2 billion": the currency, not the country.
  if (g.end === i + 1 && ((toks[i].key === 'fed' && toks[i + 1]?.key === 'up') || text.charCodeAt(toks[i].end) === 36)) c.gazAt.delete(i);
  else if (g.end === i + 1 && COMMON_NOUN_ALIASES.has(toks[i].key) && commonNounUse(c, i)) c.gazAt.delete(i);
  // "603 U.S. 369": a law report between its volume and its page, not the country.
  else if (g.end === i + 1 && text.charCodeAt(toks[i].start - 1) === 32 && isDigitCode(text.charCodeAt(toks[i].start - 2)) && text.charCodeAt(toks[i].end) === 32 && isDigitCode(text.charCodeAt(toks[i].end + 1)) && REPORT_PAGE_RE.test(text.slice(toks[i].end, toks[i].end + 8))) c.gazAt.delete(i);
  // "the Opposition INDIA bloc": a name in ordinary case spelled in capitals before "bloc" or "alliance" names the
  // grouping (an acronym that spells the word), not the country.
  else if (g.end === i + 1 && toks[i + 1] !== undefined && GROUPING_AFTER.has(toks[i + 1].text) && toks[i].text.length >= 4 && isAllCaps(toks[i]) && g.m.alias !== g.m.alias?.toUpperCase()) c.gazAt.delete(i);
  else if (g.m.alias?.length === 2 && WORDISH.test(g.m.alias)) wordish.push(i);
  // (A two-letter surname too: "Article XI:1" of a treaty is no Xi.)
  else if (g.end === i + 1 && (toks[i].text.length >= 3 || PERSON_CATEGORIES.has(g.m.entry.category ?? '')) && isAllCaps(toks[i]) && spellsOtherWord(g.m) && !capsBeside(toks, i)) spelled.push(i);
}

/** A law report's page after its letters: " 369 (", " 837,", " 215." (not " 10th Mountain", " 2,000 troops"). */
const REPORT_PAGE_RE = /^ \d{1,5}(?![\w,.]\w|\s+[a-z])/;
/** Lower-case nouns after a name spelled in capitals that make it a grouping's ("the INDIA bloc"). */
const GROUPING_AFTER = new Set(['bloc', 'alliance', 'coalition', 'grouping']);

/** One-word aliases that are also common nouns for no actor ("Amnesty" for Amnesty International; an amnesty, the
 * pardon): capitalised, they may still be the noun (see commonNounUse). */
const COMMON_NOUN_ALIASES = new Set(['amnesty']);
/** Words after such a noun that name what it is ("the Amnesty Law", "Amnesty laws") or take its object ("Amnesty for
 * political prisoners"). */
const COMMON_NOUN_AFTER = new Set('law|laws|bill|act|decree|programme|program|scheme|plan|deal|offer|commission|for|of|under'.split('|'));

/**
 * Whether the one-word alias at token i is the common noun: before a word of COMMON_NOUN_AFTER in capitals (a law's
 * or a scheme's name, "the Amnesty Law") or, where the sentence's first capital may be the noun's, in any case
 * ("Amnesty for political prisoners was a key demand"; "Amnesty said" stays the body).
 */
function commonNounUse(c: ParaContext, i: number): boolean {
  const next = c.toks[i + 1];
  if (!next || !joins(c, i) || !COMMON_NOUN_AFTER.has(next.key)) return false;
  return isCap(next) ? !c.sentenceStart[i + 1] : c.sentenceStart[i];
}

/** Drops the words-as-acronyms: in a line of capitals the wordish ones, else the spelled ones. */
function dropWordsAsAcronyms(c: ParaContext, wordish: number[], spelled: number[]): void {
  if (!wordish.length && !spelled.length) return;
  const capitals = mostlyCapitals(c.toks);
  const drop = capitals ? wordish : spelled;
  for (let k = 0; k < drop.length; k++) c.gazAt.delete(drop[k]);
}

/** Whether the pick at j has an official's title beside it, across a comma: "a senior Hamas official, Osama Hamdan". */
function titleBeside(text: string, picked: Candidate[], j: number): boolean {
  const a = picked[j];
  const before = j > 0 ? picked[j - 1] : undefined;
  const after = j + 1 < picked.length ? picked[j + 1] : undefined;
  return (!!before && before.category === 'official' && !before.surname && before.end + 2 === a.start && text.charCodeAt(before.end) === 44) ||
    (!!after && after.category === 'official' && !after.surname && a.end + 2 === after.start && text.charCodeAt(a.end) === 44) ||
    // "Rafael Grossi, head of the International Atomic Energy Agency": the post set off after the name.
    (text.charCodeAt(a.end) === 44 && POST_OF_AFTER_RE.test(text.slice(a.end, a.end + 40))) ||
    // "Its spokesperson, Lin Jian, said", "the ministry's spokesman, Guo Jiakun", "the Organization of American States'
    // secretary-general, Albert Ramdin": a post set off before the name.
    (text.charCodeAt(a.start - 2) === 44 && POST_BEFORE_RE.test(text.slice(Math.max(0, a.start - 64), a.start)));
}
/** A post set off before a name: "Its spokesperson, ", "the ministry's spokesman, ", "the Organization of American
 * States' secretary-general, ", "Russia's president, ", "its chief executive, ", "The council's leader, "; after
 * "the" too, with the place it is of before or after it: "the mayor, ", "The Greater Manchester mayor, ", "the
 * finance minister, ", "The mayor of the West of England, ", "Human Rights Watch's Asia director, ". (Not "the head, ":
 * "shot in the head, Hassan said"; nor after a preposition: "A spokeswoman for the mayor, Zeynep Aksoy," is hers.) */
const POST_BEFORE_RE = /(?:^|[\s(])(?:[Ii]ts|[Tt]heir|(?<!\b(?:for|of|to|with|by|from|at|on|about)\s)[Tt]he(?!\s+(?:head|chief|executive|chair)\s*,)|[\w-]*\p{L}['\u2019]s?)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:(?:chief|deputy|senior|acting|top|lead|special|new)\s+)?(?:spokes(?:man|woman|person)|envoy|ambassador|negotiator|commander|chief|director|secretary[- ]general|general\s+secretary|president|chairman|chairwoman|chairperson|chair|head|leader|executive|mayor|governor|commissioner|premier|chancellor|vice[- ]chancellor|provost|rector|(?:[a-z]+\s+)?minister)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3})?\s*,\s$/u;
/** A post in a body set off after a name: ", head of", ", the director-general of", ", chairman of". */
const POST_OF_AFTER_RE = /^,\s+(?:the\s+)?(?:(?:acting|deputy|outgoing|incoming)\s+)?(?:head|chief|director(?:-general)?|director\s+general|president|chair|chairman|chairwoman|chairperson|leader|secretary-general|secretary\s+general|governor|commander|executive\s+director|managing\s+director)\s+(?:of|at)\s/i;

/** A sanctions list's name: a surname in capitals (particles and hyphens too), a comma, given names. */
const SANCTIONS_ENTRY_RE = /^(?:[A-Z][A-Z'\u2019]+[ -]){0,3}[A-Z][A-Z'\u2019]+, [A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,3}(?=[ ,;()])/;
/** The same after "a.k.a." (for matchAll, which reads a copy of it). */
const AKA_ENTRY_RE = new RegExp(`a\\.k\\.a\\. (${SANCTIONS_ENTRY_RE.source.slice(1)})`, 'g');
/** Whether a character may follow a sanctions entry's first capital: [A-Z'\u2019] of SANCTIONS_ENTRY_RE. */
function surnameLetterCode(code: number): boolean {
  return isAsciiUpperCode(code) || code === 39 || code === 0x2019;
}
/** The mark of a person's entry in a sanctions list, or the fields only a person's entry has. */
const INDIVIDUAL_RE = /\(individual\)|\bDOB\b|\bPOB\b/;

/**
 * A designation list's numbered item in running form: "4. Oğuzhan Demirbaş (a.k.a. Oguzhan Demirbas), born 12 March
 * 1979, Ankara, Türkiye; director of ...", "2. Gulf Precision Motors FZE (a.k.a. “GPM Dubai”), Jebel Ali Free Zone,
 * Dubai, United Arab Emirates.". The name is a person where the item gives a birth (or a sanctions list's person
 * fields), a company where it ends in a company's form; each alias after "a.k.a." is the same kind of actor, and the
 * places of the item (birth, address) are no states acting. Whether the paragraph is such an item.
 */
function numberedEntry(w: ParaWork, out: Candidate[]): boolean {
  const text = w.c.text;
  const d = text.charCodeAt(w.start);
  if (!(d >= 48 && d <= 57) || w.end - w.start < 16) return false;
  const m = NUMBERED_NAME_RE().exec(text.slice(w.start, w.start + 160));
  if (!m) return false;
  const item = text.slice(w.start, w.end);
  const name = m[1];
  let category: ActorCategory;
  if (BORN_RE.test(item) || INDIVIDUAL_RE.test(item)) {
    if (!PERSON_NAME_RE().test(name)) return false;
    category = 'person';
  } else if (COMPANY_NAME_RE.test(name) || (item.includes('a.k.a.') && ORG_SUFFIX.get(normaliseWord(name.slice(name.lastIndexOf(' ') + 1))) === 'organization')) {
    category = 'organization';
  } else return false;
  const at = w.start + m[0].length - name.length;
  out.push({ start: at, end: at + name.length, category, entity: null, priority: 6 });
  // Its aliases: "(a.k.a. Oguzhan Demirbas)", "(a.k.a. “Rustam Ali”; a.k.a. ...)".
  for (const a of item.matchAll(AKA_NAME_RE())) {
    const s = w.start + a.index + a[0].length - a[1].length;
    out.push({ start: s, end: s + a[1].length, category, entity: null, priority: 6 });
  }
  return true;
}
/** A list item's number, then a name before its alias or the comma of its next field (group 1). */
const NUMBERED_NAME_RE = lazyRegExp(() => /^\d{1,3}[.)]\s+(\p{Lu}[^(),;:\n]{2,80}?)(?=\s\(a\.k\.a\.|,\s)/u);
/** A person's name: two to five capitalised words. */
const PERSON_NAME_RE = lazyRegExp(() => /^\p{Lu}[\p{L}\p{M}'\u2019-]*(?:\s\p{Lu}[\p{L}\p{M}'\u2019-]*){1,4}$/u);
/** A company's name by its form: "... A.Ş.", "... S.A.", "... Co., Ltd.", "Công ty ...". */
const COMPANY_NAME_RE = /(?:^Công ty\s|\s(?:A\.[ŞS]|S\.A|N\.V|B\.V|A\.G|Ltd|LLC|Inc|GmbH|FZE|FZCO|JSC|PJSC|LLP|PLC|Co)\.?$)/u;
/** A birth in an item's fields: "born 12 March 1979", "born 1971", "born in 1971". */
const BORN_RE = /(?:^|[,;(]\s*)born\s+(?:in\s+|on\s+)?\d/;
/** A name after "a.k.a.", in quotation marks or not: "a.k.a. Oguzhan Demirbas", "a.k.a. “GPM Dubai”" (group 1). */
const AKA_NAME_RE = lazyRegExp(() => /a\.k\.a\.\s+[\u201c"]?(\p{Lu}[^\u201c\u201d"();,]{1,60}?(?:,\s(?:Ltd|Inc|LLC)\.?)?)(?=[\u201d"]|\s?[);,])/gu);

/** Whether a surname can name its person alone later: three letters or more, or a family name that comes first ("Xi"). */
function usableSurname(key: string | undefined): key is string {
  return !!key && (key.length > 2 || FAMILY_FIRST.has(key));
}

/** The category of the glossary name that ends right before token e ("Indonesian" before "Red Cross"), if any. */
function categoryEndingAt(c: ParaContext, e: number): string | undefined {
  const k = e > 0 ? gazetteerEndingAt(c, e - 1) : -1;
  return k < 0 ? undefined : c.gazAt.get(k)!.m.entry.category;
}

/**
 * Every candidate mention: glossary matches, patterns, and acronyms defined in earlier paragraphs. (In steps of their
 * own: one large function, called once per paragraph, was never optimised in a cold run of 1 MB: V8 asks more calls
 * of a larger function, and each rare branch first met started its count again.)
 */
function collectCandidates(w: ParaWork, gazetteer: Gazetteer): void {
  const { c, doc, agreementCands, actorCands } = w;
  const listed = listedEntry(w);
  glossaryCandidates(c, listed, agreementCands, actorCands);
  brusselsActs(c, actorCands);
  agreementPatterns(c, agreementCands);
  inheritEntities(agreementCands);
  bareAgreementNames(c, agreementCands, gazetteer);
  speakerLabel(c, w, actorCands);
  titledPeople(c, actorCands);
  const surnames = paragraphSurnames(doc, actorCands);
  const known = actorCands.length;
  namedOrganisations(c, actorCands);
  orgEntities(c, actorCands, known);
  groupsOfActors(c, actorCands);
  lowerCaseHeads(c, actorCands);
  genericActors(c, actorCands);
  cuedPeople(c, actorCands, surnames);
  lawAcronyms(c, doc.notActorAcronyms);
  if (c.anyBits & STAFF_OR_FRENCH_HEAD_BIT) staffFirmsAndFrenchBodies(c, doc.firms, actorCands);
  if (c.gazAt.size) namedForCountry(c, actorCands);
  firmMentions(c, doc.firms, actorCands);
  unknownAcronyms(c, actorCands, doc.notActorAcronyms);
  definedAcronymMentions(w);
}

/**
 * Whether the paragraph is an entry of a list of people or companies; a sanctions list's entry for a person
 * ("AL-MARZOUQI, Khalid Saeed (a.k.a. ...), Dubai, United Arab Emirates; DOB 1977; nationality ...; (individual)"):
 * the name in its list form is the person, and the countries of the address, birth, nationality and passport fields
 * are no states acting.
 */
function listedEntry(w: ParaWork): boolean {
  const text = w.c.text;
  const actorCands = w.actorCands;
  // (The entry opens with two of its surname's letters in capitals: most paragraphs are answered by their first two characters.)
  const entry = w.end - w.start > 40 && isAsciiUpperCode(text.charCodeAt(w.start)) && surnameLetterCode(text.charCodeAt(w.start + 1)) ? SANCTIONS_ENTRY_RE.exec(text.slice(w.start, w.start + 120)) : null;
  const listed = (entry !== null && INDIVIDUAL_RE.test(text.slice(w.start, w.end))) || numberedEntry(w, actorCands);
  if (listed && entry) {
    actorCands.push({ start: w.start, end: w.start + entry[0].length, category: 'person', entity: null, priority: 6 });
    // Its aliases in the same form: "(a.k.a. AL MARZOUQI, Khaled)".
    for (const m of text.slice(w.start, w.end).matchAll(AKA_ENTRY_RE)) {
      const at = w.start + m.index + m[0].length - m[1].length;
      actorCands.push({ start: at, end: at + m[1].length, category: 'person', entity: null, priority: 6 });
    }
  }
  return listed;
}

/** The glossary's matches as candidates (in a listed entry, its countries are no actors). */
function glossaryCandidates(c: ParaContext, listed: boolean, agreementCands: AgreementCandidate[], actorCands: Candidate[]): void {
  const toks = c.toks;
  // (Entries read by index, not destructured: destructuring runs the iterator protocol, code that cost the optimising
  // compiler several times the rest of the function.)
  for (const e of c.gazAt) {
    const i = e[0];
    const m = e[1].m;
    if (m.entry.kind === 'agreement') agreementCands.push({ start: m.start, end: versionYearEnd(c.text, m.start, m.end), entity: m.entry.id, priority: 4 });
    else if (m.entry.kind === 'actor' && !(listed && m.entry.category === 'country') && !placeUse(c, i, m) && !regionNamedFor(c, i, m) && !(m.entry.category === 'organization' && productAfterMaker(c, e[1].end)) && !congressOfCity(c, e[1].end) && !(m.alias !== undefined && SHARED_SHORT_NAMES.has(m.alias) && runsIntoName(c, i, e[1].end))) {
      // "the Indonesian Red Cross": a country's own society, not the International Committee.
      const society = m.alias === 'Red Cross' && i > 0 && joins(c, i - 1) && categoryEndingAt(c, i) === 'country';
      if (society) actorCands.push({ start: toks[i - 1].start, end: m.end, category: 'organization', entity: null, priority: 5 });
      else actorCands.push({ start: m.start, end: m.end, category: (m.entry.category ?? 'organization') as ActorCategory, entity: m.entry.id, priority: 4 });
    }
  }
}

/**
 * Whether the one-word name at tokens [i, end) is a word of a longer name: a capitalised word inside the sentence before
 * it ("the Tablighi Jamaat"), or a capitalised word or a particle after it ("Jamaat ul-Ahrar", "Jamaat Nusrat al-Islam").
 */
function runsIntoName(c: ParaContext, i: number, end: number): boolean {
  const prev = c.toks[i - 1];
  if (prev && joins(c, i - 1) && isCap(prev) && !c.sentenceStart[i - 1] && !c.gazAt.has(i - 1)) return true;
  const next = c.toks[end];
  return next !== undefined && joins(c, end - 1) && (isCap(next) || NAME_PARTICLES_AFTER.has(next.key));
}
/** Short names a glossary entry shares with the longer names they open or end: "Jamaat" (Jamaat-e-Islami), not "Tablighi
 * Jamaat" or "Jamaat ul-Ahrar". */
const SHARED_SHORT_NAMES = new Set(['Jamaat']);
const NAME_PARTICLES_AFTER = new Set(['ul', 'al', 'ud', 'e', 'i', 'ut']);

/** Whether a name ending at token k - 1 in "Congress" goes on "of" a city: "the Congress of Vienna", a conference. */
function congressOfCity(c: ParaContext, k: number): boolean {
  return c.toks[k - 1].key === 'congress' && c.toks[k]?.key === 'of' && k + 1 < c.toks.length && congressCity(c, k + 1) && !(k + 2 < c.toks.length && joins(c, k + 1) && isCap(c.toks[k + 2]));
}

/**
 * Whether token k, right after a company's name, goes on to name one of its products: "Apple Music", "Red Hat Enterprise
 * Linux", "Google Maps", "Microsoft Office". The product is no organisation, and its maker's name alone would be a wrong
 * span: neither is marked.
 */
function productAfterMaker(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  return t !== undefined && PRODUCT_AFTER_MAKER.has(t.key) && isCap(t) && c.text.charCodeAt(t.start - 1) === 32 && t.start === c.toks[k - 1].end + 1;
}
/** Words of a product's name after its maker's ("Apple Music", "Google Maps", "Amazon Prime", "Red Hat Enterprise Linux"). */
const PRODUCT_AFTER_MAKER = new Set('music|tv|pay|maps|cloud|store|watch|vision|office|search|drive|photos|play|assistant|translate|chrome|windows|azure|teams|copilot|prime|echo|alexa|kindle|galaxy|pixel|gemini|llama|quest|ads|analytics|workspace|earth|wallet|arcade|card|enterprise|linux|podcasts|books|messenger|outlook|excel|word|powerpoint|xbox|bing|edge|siri|icloud|airpods|ipad|macbook|autopilot|cybertruck|model'.split('|'));

/** "the Intermediate-Range Nuclear Forces (INF) Treaty": the name without its acronym may be the glossary's. */
function bareAgreementNames(c: ParaContext, agreementCands: AgreementCandidate[], gazetteer: Gazetteer): void {
  for (let j = 0; j < agreementCands.length; j++) {
    const a = agreementCands[j];
    if (a.entity || c.text.charCodeAt(a.start) === 40 || !c.text.slice(a.start, a.end).includes(' (')) continue;
    const bare = c.text.slice(a.start, a.end).replace(/\s\([A-Z]{2,6}\)(?=\s)/, '');
    const g = gazetteer.match(bare);
    if (g.length === 1 && g[0].start === 0 && g[0].end === bare.length && g[0].entry.kind === 'agreement') a.entity = g[0].entry.id;
  }
}

/**
 * The surnames known in the paragraph: the document's, and those of the people titled earlier in this paragraph, who
 * may be named by surname alone in it too. (This paragraph's new surnames sit beside the document's, not in a copy of
 * them: copying the document's map for each paragraph that names someone new cost paragraphs x surnames.)
 */
function paragraphSurnames(doc: DocState, actorCands: Candidate[]): Pick<Map<string, ActorCategory>, 'has' | 'get'> {
  let added: Map<string, ActorCategory> | null = null;
  for (let j = 0; j < actorCands.length; j++) {
    const a = actorCands[j];
    const kind = a.category === 'official' ? 'official' : 'person';
    if (usableSurname(a.surname) && !doc.surnames.has(a.surname) && !added?.has(a.surname)) (added ??= new Map()).set(a.surname, kind);
    if (usableSurname(a.surname2) && !doc.surnames.has(a.surname2) && !added?.has(a.surname2)) (added ??= new Map()).set(a.surname2, kind);
  }
  return new Surnames(doc.surnames, added);
}

/** The document's surnames and the paragraph's new ones (null: none), read as one map. (One class, so that
 * cuedPeople reads one kind of object.) */
class Surnames {
  constructor(private readonly doc: Map<string, ActorCategory>, private readonly para: Map<string, ActorCategory> | null) {}
  has(k: string): boolean {
    return (this.para !== null && this.para.has(k)) || this.doc.has(k);
  }
  get(k: string): ActorCategory | undefined {
    return (this.para !== null ? this.para.get(k) : undefined) ?? this.doc.get(k);
  }
}

/** The mentions of acronyms defined in earlier paragraphs. */
function definedAcronymMentions(w: ParaWork): void {
  const { c, doc, agreementCands, actorCands } = w;
  // (The tests in here, not around the call: a call first made after collectCandidates was optimised threw its code away.)
  if (!doc.acronyms.size) return;
  const toks = c.toks;
  const acronymish = acronymTokens(w);
  for (let k = 0; k < acronymish.length; k++) {
    const i = acronymish[k];
    const a = doc.acronyms.get(toks[i].text);
    if (!a) continue;
    if (a.kind === 'agreement') agreementCands.push({ start: toks[i].start, end: toks[i].end, entity: a.entity, priority: 5 });
    else actorCands.push({ start: toks[i].start, end: toks[i].end, category: a.category, entity: a.entity, priority: 5 });
  }
}

/**
 * The end of an agreement's short name with the year of its version ("GATT 1994", "SOLAS 1974"): an acronym followed
 * directly by a year names that text of the instrument, and the year is part of the name. `end` otherwise.
 */
function versionYearEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 32 || !isYearDigit(text.charCodeAt(end + 1)) || end - start > 8) return end;
  const m = /^ (?:1[89]|20)\d\d(?![\w-]|[.,]\d)/.exec(text.slice(end, end + 7));
  return m && /^[A-Z][A-Z0-9]+$/.test(text.slice(start, end)) ? end + m[0].length : end;
}
function isYearDigit(code: number): boolean {
  return code === 49 || code === 50;
}

/**
 * "Brussels said", "Brussels has warned", "allows Brussels to impose": the city acting is the EU, as a capital acting
 * is its state's government. (As a place, "in Brussels", it is no one; whether the story is about the EU at all is
 * decided for the whole document, see brusselsWithoutEu.)
 */
function brusselsActs(c: ParaContext, out: Candidate[]): void {
  if (!(c.anyBits & BRUSSELS_BIT)) return;
  const toks = c.toks;
  for (let i = 0; i < toks.length; i++) {
    if (!(c.bits[i] & BRUSSELS_BIT) || toks[i].text !== 'Brussels' || c.gazAt.has(i)) continue;
    const next = toks[i + 1];
    if (!next || !joins(c, i) || isCap(next)) continue;
    const prev = i > 0 && joins(c, i - 1) ? toks[i - 1].key : '';
    const acts = (BRUSSELS_VERBS.has(next.key) && !PLACE_PREP.has(prev) && prev !== 'of') || (next.key === 'to' && LETTING_VERBS.has(prev));
    if (acts) out.push({ start: toks[i].start, end: toks[i].end, category: 'organization', entity: 'eu', priority: 3 });
  }
}
const BRUSSELS_BIT = wordListBit(new Set(['brussels']));
/** Verbs after "Brussels" that make it act. */
const BRUSSELS_VERBS = new Set('said|says|has|have|had|will|would|wants|wanted|warned|warns|insists|insisted|argues|argued|must|should|could|can|may|might|agreed|agrees|rejected|rejects|proposed|proposes|approved|approves|imposed|imposes|threatened|threatens|fined|fines|accused|accuses|responded|responds|urged|urges|announced|announces|plans|planned|hopes|hoped|believes|believed|sees|saw|needs|needed|demanded|demands|objected|objects|opposed|opposes|backed|backs|welcomed|welcomes|criticised|criticized|pushed|pushes|sought|seeks|intends|expects|expected|retaliated|declined|refused|launched|opened|suspended|blocked|blocks'.split('|'));
/** Verbs before "Brussels to" that let or make it act ("allows Brussels to impose"). */
const LETTING_VERBS = new Set('allow|allows|allowed|allowing|let|lets|letting|enable|enables|enabled|urged|urges|urging|pressed|presses|pressing|forced|forces|forcing|asked|asks|asking|wants|want|wanted|expect|expects|expected|permit|permits|permitted|leaves|left|empowers|empowered'.split('|'));

/**
 * An organisation name made of a known body and a known organisation of two words or more ("UN World Food
 * Programme", "EU Court of Justice") is that organisation: it takes its entity. cands[0, known) are the
 * glossary and title candidates; the organisations found by name come after them.
 */
function orgEntities(c: ParaContext, cands: Candidate[], known: number): void {
  for (let j = known; j < cands.length; j++) {
    const a = cands[j];
    if (a.entity || a.category !== 'organization') continue;
    const g = c.gazAt.get(firstStartingFrom(c.toks, a.start));
    if (!g || g.m.start !== a.start || g.m.entry.category !== 'organization') continue;
    const inner = c.gazAt.get(g.end);
    if (inner && inner.m.end === a.end && inner.end - g.end >= 2 && inner.m.entry.category === 'organization') a.entity = inner.m.entry.id;
  }
}

/** The mentions kept (longest first, no overlaps), and the acronyms this paragraph defines. */
function choose(w: ParaWork, gazetteer: Gazetteer): void {
  const { c, start, end, doc, agreements, actors } = w;
  const text = c.text;
  for (const a of select(w.agreementCands, start, end)) agreements.push(agreementMention(a.start, a.end, text.slice(a.start, a.end), a.entity, null));
  for (let j = 0; j < agreements.length; j++) mark(w, agreements[j]);
  const free: Candidate[] = [];
  for (let j = 0; j < w.actorCands.length; j++) if (!isTaken(w, w.actorCands[j])) free.push(w.actorCands[j]);
  const actorPicked = select(free, start, end);
  for (let j = 0; j < actorPicked.length; j++) {
    const a = actorPicked[j];
    // "Joseph Nocella Jr.": the abbreviation keeps its dot.
    const end = text.charCodeAt(a.end) === 46 && SUFFIX_DOT_RE.test(text.slice(Math.max(a.start, a.end - 3), a.end)) ? a.end + 1 : a.end;
    // ("Mr. Kihara" after "Chief Cabinet Secretary Kihara Minoru": the person known in office stays an official; so is
    // one set off by commas beside a title: "A senior Hamas official, Osama Hamdan, said", "Li Qiang, Chinese premier".)
    const category = a.category === 'person' && ((a.surname && doc.surnames.get(a.surname) === 'official') || titleBeside(text, actorPicked, j)) ? 'official' : a.category;
    actors.push(actorMention(a.start, end, text.slice(a.start, end), category, a.entity));
    if (usableSurname(a.surname)) doc.surnames.set(a.surname, category === 'official' ? 'official' : 'person');
    if (usableSurname(a.surname2)) doc.surnames.set(a.surname2, category === 'official' ? 'official' : 'person');
    // "the Republic of Veloria" ... "Veloria argued": a state the glossary does not know, later named by its short form.
    const state = !a.entity && a.category === 'government' ? STATE_OF_RE.exec(text.slice(a.start, a.end)) : null;
    if (state) doc.surnames.set(state[1].toLowerCase(), 'country');
  }

  nicknames(c, w.end, actors, doc.surnames, (span) => claim(w, span));
  impliedAcronyms(doc, actors);
  // Acronyms defined here ("the Syrian Democratic Forces (SDF)") mean the same thing from here on.
  // (An acronym that names no body is no actor: its mentions go, in one pass after all the definitions; one splice
  // per definition and mention cost the square of a paragraph of many.)
  takeDefinitions(w, findAcronymDefinitions(c, actors, agreements));
  addDefinedAcronyms(w, gazetteer);
}

/**
 * Takes in the acronyms the paragraph defines. (Its own function, called for every paragraph: the loop's body, first
 * run after choose was optimised, threw its code away.)
 */
function takeDefinitions(w: ParaWork, definitions: ReturnType<typeof findAcronymDefinitions>): void {
  const { doc, actors } = w;
  let noBody: Set<string> | null = null;
  for (const d of definitions) {
    const meaning = d.longForm ? longFormMention(w, d.longForm) : d.meaning;
    if (meaning) doc.acronyms.set(d.acronym, meaning);
    else if (d.longForm && meaning === null) continue;
    else {
      doc.notActorAcronyms.add(d.acronym.toLowerCase());
      (noBody ??= new Set()).add(d.acronym);
    }
  }
  if (noBody) {
    let n = 0;
    for (let k = 0; k < actors.length; k++) if (!(noBody.has(actors[k].text) && !actors[k].entity)) actors[n++] = actors[k];
    actors.length = n;
  }
}

/**
 * Makes the words an acronym spells one mention ("the UN Support Mission in Libya (UNSMIL)"), in place of the
 * mentions inside them; it keeps the kind of the one it starts with unless that is a country ("Libya" is only
 * where the mission works). Nothing changes where a mention or an agreement crosses its edges, or where the
 * words are only countries ("Iraq and Syria (IS)"). False where the words name a thing, not a body: then the acronym
 * is no actor either.
 */
function longFormMention(w: ParaWork, span: { start: number; end: number }): AcronymMeaning | null | false {
  const { actors, agreements } = w;
  const crosses = (a: { start: number; end: number }) => a.start < span.end && a.end > span.start && (a.start < span.start || a.end > span.end);
  // (The paragraph's agreements are sorted and disjoint too: only the one before the span's start or the first from it
  // can touch it.)
  const g = firstStartingFrom(agreements, span.start);
  if ((g > 0 && agreements[g - 1].end > span.start) || (g < agreements.length && agreements[g].start < span.end)) return null;
  // The paragraph's actors are sorted and disjoint: those touching the span are one run, found by binary search
  // (a paragraph of many definitions read all its actors for each).
  let lo = firstStartingFrom(actors, span.start);
  if (lo > 0 && actors[lo - 1].end > span.start) lo--;
  let hi = lo;
  let countries = 0;
  let others = 0;
  for (; hi < actors.length && actors[hi].start < span.end; hi++) {
    const a = actors[hi];
    if (crosses(a)) return null;
    if (a.category === 'country') countries++;
    else others++;
  }
  if (countries && !others) return null;
  // Words that name no body: "Gross Domestic Product (GDP)", "Executive Order (E.O.)", "the International Emergency
  // Economic Powers Act (IEEPA)". Without a mention inside, the long form is a body only by a word that names one.
  if (hi === lo && !namesABody(w.c.text.slice(span.start, span.end))) return false;
  const first = actors[lo];
  const category: ActorCategory = hi > lo && first.start === span.start && first.category !== 'country' ? first.category : 'organization';
  actors.splice(lo, hi - lo, actorMention(span.start, span.end, w.c.text.slice(span.start, span.end), category, null));
  return { kind: 'actor', category, entity: null };
}

/** Whether a word of a capitalised name is one that makes a body ("Mission", "Units", "Council", "Front"). */
function namesABody(name: string): boolean {
  for (const word of name.split(/[\s\u2010-]+/)) {
    const key = word.toLowerCase();
    if (ORG_SUFFIX.has(key) || ORG_HEAD.has(key)) return true;
  }
  return false;
}

/** Definite descriptions ("the agreement", "the alliance") resolved to earlier mentions. */
function referBack(w: ParaWork, gazetteer: Gazetteer): void {
  const { c, doc, agreements, actors } = w;
  const text = c.text;
  // Definite descriptions refer back to what came before, in this paragraph or earlier ones.
  for (let k = 0; k < actors.length; k++) mark(w, actors[k]);
  // Earlier paragraphs come first in doc lists; only the recent past is searched for antecedents.
  sortShort(agreements, byStartOnly);
  partyNamedAgreements(w, gazetteer);
  shortNamedAgreements(w);
  describedOnly(agreements);
  const descriptions = agreementAnaphors(c);
  const named = agreementsBefore(doc, agreements, descriptions.length > 0);
  addUntaken(w, resolveAgreements(descriptions, named, text, (id) => gazetteer.get(id)?.category, (id) => gazetteer.get(id)?.signed), agreements);
  // In order again: later paragraphs look back through this list from its end for the nearest mention, and an
  // agreement found here by its description ("a draft framework") must not seem nearer than a name after it.
  if (descriptions.length) sortShort(agreements, byStartOnly);
  // Glossary actors inside longer mentions ("NATO" in "NATO ministers") can still be referred back to.
  let chosen: Map<number, number> | null = null;
  for (let k = 0; k < w.actorCands.length; k++) {
    const a = w.actorCands[k];
    if (!a.entity || a.priority !== 4) continue;
    if (!chosen) {
      chosen = new Map();
      for (let j = 0; j < actors.length; j++) chosen.set(actors[j].start, actors[j].end);
    }
    if (chosen.get(a.start) !== a.end) {
      doc.inner.push(actorMention(a.start, a.end, text.slice(a.start, a.end), a.category, a.entity));
    }
  }
  // Only the last ANTECEDENT_WINDOW are ever read; trimmed often, so that the trim is no rare path for the JIT.
  trimInner(doc);
  // (An inline callback: the earlier mentions are gathered only when a description needs them.)
  const resolved = resolveActors(c, () => earlierMentions(doc, actors), gazetteer);
  // A description that also reads as a generic actor ("the coalition") takes the entity it refers to. (The actors are
  // found by start: a paragraph of thousands of descriptions once looked through all its actors for each.)
  let byStart: Map<number, number[]> | null = null;
  for (let k = 0; k < resolved.length; k++) {
    const r = resolved[k];
    byStart ??= indexByStart(actors);
    const same = unnamedSpan(actors, byStart.get(r.start), r);
    if (same >= 0) actors[same] = r;
  }
  addUntaken(w, resolved, actors);
}
/** The indices of the list's items by their start, each in increasing order. */
function indexByStart(list: readonly Span[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let k = 0; k < list.length; k++) {
    const at = out.get(list[k].start);
    if (at) at.push(k);
    else out.set(list[k].start, [k]);
  }
  return out;
}
/** The first of the actors at these indices that spans just what `span` does and has no entity, or -1. */
function unnamedSpan(actors: readonly ActorAnnotation[], at: number[] | undefined, span: Span): number {
  if (at) for (let j = 0; j < at.length; j++) if (actors[at[j]].end === span.end && !actors[at[j]].entity) return at[j];
  return -1;
}

// (These two are called on every paragraph and test inside: each test's rare side, first run after referBack was
// optimised, threw its code away.)
/** The document's last agreements and the paragraph's, where descriptions need them (an empty list otherwise). */
function agreementsBefore(doc: DocState, agreements: AgreementAnnotation[], needed: boolean): AgreementAnnotation[] {
  return needed ? [...doc.agreements.slice(-ANTECEDENT_WINDOW), ...agreements] : [];
}
/** Drops the inner mentions no antecedent window reaches. */
function trimInner(doc: DocState): void {
  if (doc.inner.length > ANTECEDENT_WINDOW + 16) doc.inner.splice(0, doc.inner.length - ANTECEDENT_WINDOW);
}
/**
 * "the UN deal", "the Russia-Ukraine agreement" after "the Black Sea Grain Initiative": an agreement named only by its
 * parties and a general head is the nearest earlier glossary agreement whose parties include them all.
 */
function partyNamedAgreements(w: ParaWork, gazetteer: Gazetteer): void {
  const { c, doc, agreements } = w;
  for (let j = 0; j < agreements.length; j++) {
    const g = agreements[j];
    if (g.entity || g.unnamed || !PARTY_NAMED_HEAD_RE.test(g.text)) continue;
    const parties: string[] = [];
    for (let k = firstStartingFrom(c.toks, g.start); k < c.toks.length && c.toks[k].start < g.end; k++) {
      const m = c.gazAt.get(k)?.m;
      if (m && m.entry.kind === 'actor' && m.end <= g.end) parties.push(m.entry.id);
    }
    if (!parties.length) continue;
    // The paragraph's earlier agreements (its last ANTECEDENT_WINDOW: a paragraph of thousands of "the UN deal" once
    // read back over all of them from each), then the document's last ones.
    const e = partiesAgreement(agreements, Math.max(0, j - ANTECEDENT_WINDOW), j, parties, gazetteer) ?? partiesAgreement(doc.agreements, Math.max(0, doc.agreements.length - ANTECEDENT_WINDOW), doc.agreements.length, parties, gazetteer);
    if (e) g.entity = e;
  }
}
/**
 * "The Juba Peace Agreement ... did not sign the Juba agreement": a name's first capitalised words and a general head in
 * lower case are that agreement again, named before (the nearest one whose name opens with those words).
 */
function shortNamedAgreements(w: ParaWork): void {
  const { doc, agreements } = w;
  for (let j = 0; j < agreements.length; j++) {
    const g = agreements[j];
    if (g.unnamed || g.antecedent) continue;
    const m = SHORT_NAME_RE().exec(g.text);
    // ("the Doha deal on gas", "a Doha deal reached in May": what follows makes it another.)
    if (!m || NEW_AFTER_SHORT_NAME_RE.test(w.c.text.slice(g.end, g.end + 16))) continue;
    const prefix = m[1];
    const n = longNameOpening(agreements, Math.max(0, j - ANTECEDENT_WINDOW), j, prefix, g) ?? longNameOpening(doc.agreements, Math.max(0, doc.agreements.length - ANTECEDENT_WINDOW), doc.agreements.length, prefix, g);
    if (!n) continue;
    g.antecedent = { start: n.start, end: n.end, text: n.text };
    g.entity ??= n.entity;
  }
}
const NEW_AFTER_SHORT_NAME_RE = /^\s+(?:on|to|for|over|covering|with|between|reached|signed|struck|agreed|brokered)\b/;
/** Capitalised words, then a general head in lower case: "Juba agreement", "Kuala Lumpur accord". */
const SHORT_NAME_RE = lazyRegExp(() => /^(\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*){0,2}) (?:agreement|accord|deal|pact|treaty)$/u);
/** The last agreement in list[from, to), before g and named, whose name opens with prefix and goes on. */
function longNameOpening(list: AgreementAnnotation[], from: number, to: number, prefix: string, g: AgreementAnnotation): AgreementAnnotation | null {
  for (let k = to - 1; k >= from; k--) {
    const n = list[k];
    if (n.end > g.start || n.antecedent || n.unnamed) continue;
    // ("the 2020 Juba Peace Agreement": a year before the name too.)
    const t = n.text.replace(/^(?:19|20)\d\d /, '');
    if (t.length > prefix.length + 1 && t.startsWith(prefix) && t.charCodeAt(prefix.length) === 32 && t !== g.text) return n;
  }
  return null;
}

/** The entity of the last agreement in list[from, to) whose glossary parties include all of `parties`, or null. */
function partiesAgreement(list: AgreementAnnotation[], from: number, to: number, parties: string[], gazetteer: Gazetteer): string | null {
  for (let k = to - 1; k >= from; k--) {
    const e = list[k].entity;
    const of = e ? gazetteer.get(e)?.parties : undefined;
    if (of && parties.every((p) => of.includes(p))) return e!;
  }
  return null;
}
/**
 * "the Warsaw gas deal", "a Sudan peace agreement": one capitalised word, then what the agreement is about in lower
 * case and a general head, is a description, not a name (unless the glossary knows it, or its parties named it).
 */
function describedOnly(agreements: AgreementAnnotation[]): void {
  for (let j = 0; j < agreements.length; j++) {
    const g = agreements[j];
    if (!g.entity && !g.unnamed && !g.antecedent && mayDescribeByTopic(g.text) && DESCRIBED_BY_TOPIC_RE().test(g.text)) g.unnamed = true;
  }
}
/**
 * Whether a text may be a DESCRIBED_BY_TOPIC_RE match: each ends in one of its heads, and after its first blank holds
 * only blanks and lower-case letters (so no capital A-Z), with a blank before its head too (three words at least).
 */
function mayDescribeByTopic(t: string): boolean {
  if (!(t.endsWith('deal') || t.endsWith('agreement') || t.endsWith('pact') || t.endsWith('accord'))) return false;
  let i = 0;
  while (i < t.length && !isSpaceCode(t.charCodeAt(i))) i++;
  let blanks = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isAsciiUpperCode(c)) return false;
    if (isSpaceCode(c)) blanks++;
  }
  return blanks >= 2;
}
const DESCRIBED_BY_TOPIC_RE = lazyRegExp(() => /^\p{Lu}[\p{L}.]*\s+(?:\p{Ll}+\s+){1,3}(?:deal|agreement|pact|accord)$/u);

/** General heads that an agreement named by its parties ends in. */
const PARTY_NAMED_HEAD_RE = /\b(?:deal|agreement|accord|pact)$/;

/** A state by its formal name: "Republic of Veloria", "the Kingdom of Ostmark" (the short form in group 1). */
const STATE_OF_RE = /^(?:the\s+)?(?:(?:Federal|Democratic|Islamic|People's|United|Socialist|Arab|Grand)\s+)*(?:Republic|Kingdom|Federation|Principality|Emirate|Sultanate|Duchy|Commonwealth|State)\s+of\s+(\p{Lu}[\p{L}-]{2,})$/u;

/** Longest first, then higher priority, then earlier. */
function longestFirst(a: { start: number; end: number; priority: number }, b: { start: number; end: number; priority: number }): number {
  return b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start;
}

/** Whether any span in list overlaps span. */
function overlapsAny(list: { start: number; end: number }[], span: { start: number; end: number }): boolean {
  for (let k = 0; k < list.length; k++) if (list[k].start < span.end && span.start < list[k].end) return true;
  return false;
}
/**
 * overlapsAny(list as it is now, span) for spans asked in order of start and end: the list is sorted once and read
 * once in all, keeping the furthest end of those that start before the span ends.
 */
function overlapReader(list: readonly Span[]): (span: Span) => boolean {
  const sorted = sortByStart(list.slice());
  let k = 0;
  let reach = -Infinity;
  return (span) => {
    for (; k < sorted.length && sorted[k].start < span.end; k++) if (sorted[k].end > reach) reach = sorted[k].end;
    return reach > span.start;
  };
}

/**
 * The mentions a description of the paragraph may refer back to: the document's last ANTECEDENT_WINDOW actors and
 * inner mentions, then the paragraph's actors, in order of start (those of one start in that order).
 */
function earlierMentions(doc: DocState, actors: ActorAnnotation[]): ActorAnnotation[] {
  const out: ActorAnnotation[] = [];
  for (let k = Math.max(0, doc.actors.length - ANTECEDENT_WINDOW); k < doc.actors.length; k++) out.push(doc.actors[k]);
  for (let k = Math.max(0, doc.inner.length - ANTECEDENT_WINDOW); k < doc.inner.length; k++) out.push(doc.inner[k]);
  for (let k = 0; k < actors.length; k++) out.push(actors[k]);
  return sortByStart(out);
}

function byStartOnly(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

function stopped(gazetteer: Gazetteer, phrase: string): boolean {
  try {
    return gazetteer.data.stoplist.length > 0 && gazetteer.stopped(phrase);
  } catch {
    return false;
  }
}

function mostlyCapitals(toks: { text: string }[]): boolean {
  let caps = 0;
  let words = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.text.length < 2 || !STARTS_LETTER_RE.test(t.text)) continue;
    words++;
    if (t.text === t.text.toUpperCase()) caps++;
  }
  return words >= 3 && caps * 2 > words;
}

/** A pattern span around one known agreement names it ("the New START treaty"): take its entity. */
function inheritEntities(cands: AgreementCandidate[]): void {
  const known = sortShort(cands.filter((x) => x.entity), byStartOnly);
  for (let j = 0; j < cands.length; j++) {
    const a = cands[j];
    if (a.entity) continue;
    // Known agreements starting inside the span (binary search, then a short walk).
    const lo = firstStartingFrom(known, a.start);
    const inside: AgreementCandidate[] = [];
    for (let k = lo; k < known.length && known[k].start < a.end && inside.length < 3; k++) if (known[k].end <= a.end) inside.push(known[k]);
    if (inside.length === 1 && inside[0].end - inside[0].start >= (a.end - a.start) / 2) a.entity = inside[0].entity;
    // A span over two known agreements is two names run together: let the known ones win.
    if (inside.length >= 2) a.priority = -1;
  }
  removeWhere(cands, (x) => x.priority < 0);
}

/** A copula and an agreement as what the subject is: "was never a peace agreement", "is a dead letter", "was not a treaty". */
const AGREEMENT_PREDICATE_RE = /^(?:was|is)\s+(?:(?:never|not|no\s+longer|always|only|just|merely|really|still)\s+)*(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:agreement|accord|accords|treaty|deal|pact|peace\s+process|dead\s+letter)\b/;
/** Events named after the city that held them ("the Hague summit", "the Doha talks"). */
const EVENT_AFTER_SEAT = new Set('summit|talks|conference|meeting|meetings|process|format|declaration|communique|forum|negotiations|round|accords|agreement|protocol|ceasefire|truce|dialogue|peace|follow|review|session|rounds|pledge|commitments|consultations|visit|trip'.split('|'));

const MAX_PLACE_CHAIN = 8;

/**
 * A seat of government after "in", "to", "from" ... is a place ("talks in Baghdad"), not the government; so is
 * one joined to such a place ("in Baghdad and Erbil"). Between two of them it is a party ("talks between
 * Washington and Moscow").
 */
function placeUse(c: ParaContext, i: number, m: GazetteerMatch, depth = 0): boolean {
  if (m.entry.category !== 'country' && m.entry.category !== 'government') return false;
  // A city written in capitals ("VIENNA", an alias the glossary writes "Vienna") before "(AP) -", a dash or a comma
  // is a dateline, wherever the line break before it was lost.
  // (A country's name so written heads a factbox's item, "* UNITED STATES - ...": it stays the country.)
  if (isAllCaps(c.toks[i]) && m.alias && m.alias !== m.alias.toUpperCase() && m.entry.seats?.includes(m.alias) && DATELINE_AFTER_RE.test(c.text.slice(m.end, m.end + 3))) return true;
  // Only the glossary's seats of government: "in Iraq" is still Iraq's.
  if (!m.alias || !m.entry.seats?.includes(m.alias)) return false;
  // Before another name it names a thing of the city: "the London Sudan Conference", "the Moscow Times"; a weekday
  // or a month after it lets it act ("Moscow Tuesday rejected").
  const after = c.gazAt.get(i)?.end ?? i + 1;
  const next = c.toks[after];
  if (next && next.start === m.end + 1 && c.text.charCodeAt(m.end) === 32 && isCap(next) && !c.sentenceStart[after] && !DAY_OR_MONTH.has(next.key)) return true;
  // "Oslo was never a peace agreement", "Minsk is a dead letter": the city stands for the accords signed there, which the
  // sentence says it is (or was not) one of.
  if (next && (next.key === 'was' || next.key === 'is') && AGREEMENT_PREDICATE_RE.test(c.text.slice(next.start, next.start + 60))) return true;
  // So does an event named after it: "the Hague summit", "the Doha talks", "the Minsk process".
  // ("talks" is a verb too: "Moscow talks to Kyiv"; after "the" it is the noun.)
  if (next && next.start === m.end + 1 && EVENT_AFTER_SEAT.has(next.key) && (next.key !== 'talks' || c.toks[i - 1]?.key === 'the')) return true;
  const prev = c.toks[i - 1];
  if (!prev) return false;
  // "the capital Sanaa": the city named as a place.
  if (prev.key === 'capital' && c.toks[i - 2]?.key === 'the' && joins(c, i - 1)) return true;
  // "King's College London", "the School of Economics London": the last word of an institution's name.
  if (isCap(prev) && INSTITUTION_BEFORE_SEAT.has(prev.key) && joins(c, i - 1)) return true;
  if (prev.key === 'and' || prev.key === 'or') {
    // The glossary match that ends just before the conjunction, if any. A list of places is a few long; the bound
    // keeps a run of "Moscow and Moscow and ..." from reading back to its start from every name.
    return depth < MAX_PLACE_CHAIN && itemBeforeIsPlace(c, i - 1, depth);
  }
  // "NATO Parliamentary Assembly, Ljubljana" ending a schedule's line: where the meeting named before it is held.
  // (Not after another state: "Signatories: Kyiv, Moscow" lists parties.)
  if (isCap(prev) && c.text.slice(prev.end, c.toks[i].start) === ', ' && LINE_ENDS_RE.test(c.text.slice(m.end, m.end + 2)) && !STATE_CATEGORIES.has(categoryEndingAt(c, i) ?? '')) return true;
  // A list of places after a preposition of place, "in Beirut, Cairo and Washington", or an address, "in Karrada,
  // Baghdad." (Not "In Cairo, Washington said": a seat before its verb acts.)
  if (c.text.slice(prev.end, c.toks[i].start) === ', ' && depth < MAX_PLACE_CHAIN && LIST_GOES_ON_RE.test(c.text.slice(m.end, m.end + 5))) {
    return itemBeforeIsPlace(c, i, depth);
  }
  // "A Berlin court", "the Kyiv mayor": the city's own institution, not the state's government; "the Kyiv region": the
  // land around it.
  if (next && next.start === m.end + 1 && (CITY_INSTITUTIONS.has(next.key) || AREA_AFTER_SEAT.has(next.key)) && !isCap(next)) return true;
  // "the Kyiv, Chernihiv and Sumy regions": the first of a list of regions.
  if (next && c.text.charCodeAt(m.end) === 44 && REGIONS_LIST_AFTER_RE.test(c.text.slice(m.end, m.end + 80))) return true;
  // "Russia hits Kyiv with 430 drones", "a drone attack on Kyiv": a city struck is a place, not its government.
  if (STRUCK_BEFORE.has(prev.key) || (prev.key === 'on' && i >= 2 && joins(c, i - 2) && ATTACK_NOUNS.has(c.toks[i - 2].key))) return true;
  // "in central Chisinau", "in northern Baghdad": a part of the city.
  if (CITY_PARTS.has(prev.key) && i >= 2 && joins(c, i - 2) && PLACE_PREP.has(c.toks[i - 2].key)) return true;
  // ("talks between Moscow and Kyiv" are the governments'; "shuttling between Copenhagen, Warsaw and Stockholm" goes
  // from place to place.)
  if (prev.key === 'between') return i >= 2 && MOVING_BETWEEN.has(c.toks[i - 2].key);
  // "visited Bogota", "will visit Nairobi", "left for Mexico City": a city travelled to.
  if (VISITING.has(prev.key) || (prev.key === 'for' && i >= 2 && LEAVING_FOR.has(c.toks[i - 2].key))) return true;
  return PLACE_PREP.has(prev.key);
}
/** Verbs of going to a city, right before it ("visited Bogota"). */
const VISITING = new Set('visit|visits|visited|visiting|reached|reaches|toured|tours|touring'.split('|'));
/** Verbs of leaving before "for" and a city ("left for Mexico City"). */
const LEAVING_FOR = new Set('left|leave|leaves|leaving|departed|depart|departs|headed|heading|heads|bound|set|sets|flew|flies'.split('|'));
/** Words of travel before "between" that make the names after it places. */
const MOVING_BETWEEN = new Set('shuttling|shuttled|shuttle|shuttles|travelling|traveling|travelled|traveled|commuting|commuted|flights|flight|trains|train|route|routes|flew|flying|moved|moving|drove|driving|sailing|sailed|ferries|ferry|road|highway|railway|corridor|border'.split('|'));
/** Institutions whose names end in their city ("King's College London", "University College Dublin"). */
const INSTITUTION_BEFORE_SEAT = new Set(['college', 'university', 'school', 'institute', 'academy', 'polytechnic']);
/** Areas named after a city ("the Kyiv region", "Kharkiv oblast"). */
const AREA_AFTER_SEAT = new Set('region|regions|oblast|oblasts|province|provinces|governorate|area|district|suburbs|outskirts|countryside|metropolitan'.split('|'));
/** The rest of a list of regions after its first name: ", Chernihiv and Sumy regions". */
const REGIONS_LIST_AFTER_RE = /^(?:,\s+[A-Z][\w'\u2019-]+){0,6},?\s+(?:and|or)\s+[A-Z][\w'\u2019-]+\s+(?:regions|oblasts|provinces|governorates|districts)\b/;

/** A city's own institutions named after it ("a Berlin court", "the Kyiv mayor"). */
const CITY_INSTITUTIONS = new Set('court|courts|mayor|police|prosecutor|prosecutors|airport|hospital|university|council|residents|subway|metro|marathon|zoo|stadium|office'.split('|'));
/** Verbs of striking a place. */
const STRUCK_BEFORE = new Set('hit|hits|struck|strikes|strike|attacked|shelled|shells|bombed|bombs|pounded|pounds|targeted|targets|raided|raids|besieged|bombarded|bombards'.split('|'));
/** Nouns of an attack on a place ("a drone attack on Kyiv"). */
const ATTACK_NOUNS = new Set('attack|attacks|strike|strikes|assault|raid|raids|offensive|bombardment|barrage|bombing|shelling'.split('|'));
/** Words that name a part of a city before it ("central Kyiv"). */
const CITY_PARTS = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'downtown', 'greater', 'old', 'suburban', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** A name's last word that is an abbreviation, whose dot belongs to it. */
const SUFFIX_DOT_RE = /(?:^|[^A-Za-z])(?:Jr|Sr|Co|Inc|Ltd|Corp|Bros)$/;

/** Whether a country's name is the end of a region's ("Western Australia", "Northern Cyprus", "Île-de-France"): a
 * capitalised point of the compass right before it that no glossary name covers, or a particle between hyphens. */
function regionNamedFor(c: ParaContext, i: number, m: GazetteerMatch): boolean {
  if (m.entry.category !== 'country' || i === 0 || !joins(c, i - 1)) return false;
  const prev = c.toks[i - 1];
  // "Île-de-France", "Châlons-en-Champagne": a place's name joined by hyphens around a particle.
  if (c.text.charCodeAt(prev.end) === 45 && c.text.charCodeAt(prev.start - 1) === 45 && HYPHEN_PARTICLES.has(prev.key)) return true;
  return isCap(prev) && (REGION_FIRST.has(prev.key) || PLACE_BEFORE_COUNTRY.has(prev.key)) && !c.gazAt.has(i - 1);
}
/** Particles between the hyphens of a place's name ("Île-de-France"). */
const HYPHEN_PARTICLES = new Set(['de', 'du', 'des', 'en', 'sur', 'la', 'le', 'les']);
/** First words of cities and places named after a country ("Port Sudan", "Fort Jordan"). */
const PLACE_BEFORE_COUNTRY = new Set(['port', 'fort', 'lake', 'mount', 'cape']);

/**
 * Whether the list item that ends right before token e is a place: a glossary name used as one, or a capitalised word
 * the glossary does not know right after a preposition of place ("accounts in Dubai and Nairobi").
 */
function itemBeforeIsPlace(c: ParaContext, e: number, depth: number): boolean {
  for (let k = e - 1; k >= 0 && k >= e - 3; k--) {
    const g = c.gazAt.get(k);
    if (g && g.end === e) return placeUse(c, k, g.m, depth + 1);
  }
  const word = c.toks[e - 1];
  if (!word || !isCap(word) || e < 2) return false;
  // ("in Islamabad, Karachi and London": an unknown name set off by a comma goes on with the list before it.)
  if (c.text.charCodeAt(c.toks[e - 2].end) === 44 && depth < MAX_PLACE_CHAIN && c.text.slice(c.toks[e - 2].end, word.start) === ', ') return itemBeforeIsPlace(c, e - 1, depth + 1);
  return joins(c, e - 2) && c.toks[e - 2].key !== 'between' && PLACE_PREP.has(c.toks[e - 2].key);
}

/** The categories of states: a country, or its government by its seat. */
const STATE_CATEGORIES = new Set(['country', 'government']);

/** The end of a line, right after a name. */
const LINE_ENDS_RE = /^\s*(?:\n|$)/;

/** What follows a place in a list or an address: a comma, "and", "or", the sentence's end. */
const LIST_GOES_ON_RE = /^\s*(?:[.,;:)]|and\b|or\b|$)/;

/** Occurrences of acronyms defined earlier in this paragraph that the candidates missed. */
function addDefinedAcronyms(w: ParaWork, gazetteer: Gazetteer): void {
  const { c, doc, actors, agreements } = w;
  if (!doc.acronyms.size) return;
  // (Read in one pass each: a paragraph of thousands of an acronym once spliced each guess out of the list, and
  // looked through all its actors for each, rebuilding this map every time. An actor dropped or added here spans one
  // token, so it neither overlaps another token nor starts where one does: the map and the overlaps are those of
  // the paragraph's actors as they came.)
  let byStart: Map<number, number> | null = null;
  let overlapsActor: ((span: Span) => boolean) | null = null;
  let dropped: Set<ActorAnnotation> | null = null;
  const acronymish = acronymTokens(w);
  for (let n = 0; n < acronymish.length; n++) {
    const t = c.toks[acronymish[n]];
    const a = doc.acronyms.get(t.text);
    if (!a) continue;
    byStart ??= new Map(actors.map((x, k) => [x.start, k] as const));
    const at = byStart.get(t.start);
    const same = at !== undefined && actors[at].end === t.end ? at : -1;
    if (same >= 0) {
      const r = actors[same];
      if (a.kind === 'actor') {
        // ("The Asian Football Confederation (AFC)": a body the glossary does not know, whose initials the glossary
        // gives to another one, Alliance Fleuve Congo, is no mention of that one.)
        const entity = a.entity ?? (a.long !== undefined && r.entity !== null && !sharesNameWord(a.long, gazetteer.get(r.entity)) ? null : r.entity);
        actors[same] = actorMention(r.start, r.end, r.text, a.category, entity);
        continue;
      }
      // Defined here as an agreement ("the Baghdad Water Agreement (BWA)"): a pattern's guess that the acronym is
      // an organisation gives way to it; an actor the glossary knows stays.
      if (r.entity) continue;
      (dropped ??= new Set()).add(r);
    } else if (isTaken(w, t) || (overlapsActor ??= overlapReader(actors))(t)) {
      // Inside a longer mention ("NPU fighters"): that one stands.
      continue;
    }
    mark(w, t);
    if (a.kind === 'agreement') agreements.push(agreementMention(t.start, t.end, t.text, a.entity, null));
    else actors.push(actorMention(t.start, t.end, t.text, a.category, a.entity));
  }
  if (dropped) removeWhere(actors, (x) => dropped!.has(x));
}

/** Whether a long form shares a word of four letters or more with a glossary entry's label or aliases. */
function sharesNameWord(long: string, entry: GlossaryEntry | undefined): boolean {
  if (!entry) return true;
  const words = long.toLowerCase().match(/\p{L}{4,}/gu);
  if (!words) return false;
  const names = [entry.label, ...(entry.aliases ?? [])].join(' ').toLowerCase();
  for (const w of words) if (names.includes(w)) return true;
  return false;
}

/** The paragraph's tokens that may be a defined acronym, found once for the two passes that look them up. */
function acronymTokens(w: ParaWork): number[] {
  if (!w.acronymish) {
    const toks = w.c.toks;
    w.acronymish = [];
    for (let i = 0; i < toks.length; i++) if (maybeAcronym(toks[i])) w.acronymish.push(i);
  }
  return w.acronymish;
}

/** Whether a word may be a defined acronym (see findAcronymDefinitions: all capitals, or a capital, then
 * another one later): an ASCII word needs two capitals. Saves a map lookup for nearly every word. (Read from the
 * token's shape, noted while it was scanned.) */
function maybeAcronym(t: Token): boolean {
  return (t.shape & (SHAPE_NON_ASCII | SHAPE_TWO_CAPS)) !== 0;
}

// Two reusable "taken" buffers (paragraph, select): allocating one typed array per paragraph costs more than
// the work done with it. Buffers much bigger than needed are not kept, so one huge paragraph does not pin memory.
const scratchBufs: Uint8Array[] = [new Uint8Array(4096), new Uint8Array(4096)];
function scratch(which: 0 | 1, size: number): Uint8Array {
  let b = scratchBufs[which];
  if (b.length < size) {
    b = new Uint8Array(Math.max(size, b.length * 2));
    if (size <= 1 << 20) scratchBufs[which] = b;
  }
  const view = b.subarray(0, size);
  view.fill(0);
  return view;
}

function overlaps(taken: Uint8Array, s: number, e: number): boolean {
  for (let k = Math.max(0, s); k < Math.min(e, taken.length); k++) if (taken[k]) return true;
  return false;
}

/** Non-overlapping candidates: the longest first, then the higher priority, then the earliest. */
function select<T extends { start: number; end: number; priority: number }>(cands: T[], base: number, end: number): T[] {
  // One array literal for every result, empty or not: the engine then gives them all one elements kind.
  const out: T[] = [];
  if (!cands.length) return out;
  // Few candidates: compare with those kept; many: mark taken characters (linear either way).
  const taken = cands.length > 32 ? scratch(1, end - base) : null;
  const sorted = sortShort([...cands], longestFirst);
  for (let k = 0; k < sorted.length; k++) {
    const cand = sorted[k];
    if (cand.start < base || cand.end > end || cand.end <= cand.start) continue;
    if (taken ? overlaps(taken, cand.start - base, cand.end - base) : overlapsAny(out, cand)) continue;
    taken?.fill(1, cand.start - base, cand.end - base);
    out.push(cand);
  }
  return sortShort(out, byStartOnly);
}
