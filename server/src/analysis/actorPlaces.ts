// Whether a glossary name for a state is used as a place, not as the state acting: a seat of government after "in",
// in a list of places, struck, visited or heading an event ("talks in Baghdad", "the Doha talks"), and a country's
// name that ends a region's ("Western Australia"). Apart from actors.ts, which asks it of each glossary match.
import type { GazetteerMatch } from './gazetteer';
import type { ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as actorPatternsSharedModule from './actorPatternsShared';
import { DAY_OR_MONTH } from './actorWords';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { isAllCaps, isCap, joins } = actorContextModule;
const { gazetteerEndingAt, PLACE_PREP, REGION_FIRST } = actorPatternsSharedModule;

const DATELINE_AFTER_RE = /^\s*(?:\(|[-\u2013\u2014\u2015]|,)/;

/** The category of the glossary name that ends right before token e ("Indonesian" before "Red Cross"), if any. */
export function categoryEndingAt(c: ParaContext, e: number): string | undefined {
  const k = e > 0 ? gazetteerEndingAt(c, e - 1) : -1;
  return k < 0 ? undefined : c.gazAt.get(k)!.m.entry.category;
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
export function placeUse(c: ParaContext, i: number, m: GazetteerMatch, depth = 0): boolean {
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
  // "Jane Holt⏎London" under a letter: the writer's town on its own line under a name, no state. (Not under another state:
  // "Signatories:⏎Kyiv⏎Moscow" lists parties.)
  if (c.text.charCodeAt(m.start - 1) === 10 && prev.end === m.start - 1 && isCap(prev) && LINE_ENDS_RE.test(c.text.slice(m.end, m.end + 2)) && !STATE_CATEGORIES.has(categoryEndingAt(c, i) ?? '')) return true;
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
  // ("Beijing hit back at Washington", "lashed out at Moscow", "took aim at Brussels": the government a reply or an attack
  // in words is aimed at.)
  if (prev.key === 'at' && i >= 2 && joins(c, i - 2) && AIMED_AT.has(c.toks[i - 2].key) && (c.toks[i - 2].key !== 'back' || (i >= 3 && HITTING_BACK.has(c.toks[i - 3].key)))) return false;
  return PLACE_PREP.has(prev.key);
}
/** Verbs before "back at" of a reply, not of a return: "hit back at", "fired back at" ("arrived back at" is a place). */
const HITTING_BACK = new Set('hit|hits|hitting|fired|fires|firing|struck|strikes|striking|shot|shoots|pushed|pushes|pushing|punched|lashed|snapped|slammed|swung|swings'.split('|'));
/** Words before "at" that aim a reply or reproach at a government: "hit back at", "lashed out at", "took aim at". */
const AIMED_AT = new Set('back|out|aim|swipe|jab|jabs|swipes|angry|furious|anger|fury|frustration|directed|aimed|pointed|fingers|finger|snapped|sneered|scoffed|bristled|fired'.split('|'));
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

/** Whether a country's name is the end of a region's ("Western Australia", "Northern Cyprus", "Île-de-France"): a
 * capitalised point of the compass right before it that no glossary name covers, or a particle between hyphens. */
export function regionNamedFor(c: ParaContext, i: number, m: GazetteerMatch): boolean {
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
