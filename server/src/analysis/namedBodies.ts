// Bodies named in ways the glossary and the generic body patterns (bodyPatterns.ts) miss, and the names a document
// gives its actors as it goes: a body named with its country ("Statistics Canada", "Banque de France"), a French body
// named in French ("the Cour des comptes"), a firm named by its staff ("Morgan Stanley analysts"); a person's nickname
// ("known as Hemedti"), a body's initials used undefined ("the NUG"), a law's initials ("the DMA"); and glossary
// acronyms that are a trade's terms in some texts ("IOCs"). actors.ts runs them paragraph by paragraph.
import type { ActorAnnotation, ActorCategory, Span } from './types';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as actorPatternsSharedModule from './actorPatternsShared';
import * as acronymsModule from './acronyms';
import type { AcronymMeaning } from './acronyms';
import { DAY_OR_MONTH, ORG_SUFFIX, PLURAL_TITLES, TITLES } from './actorWords';
import { GIVEN_NAMES } from './givenNames';
import { COGNITION_VERBS, FINDING_VERBS, NOT_A_FIRM_FIRST, SPEECH_VERBS } from './cues';
import { isDigitCode, lazyRegExp, LETTERS_WORD_RE } from './chars';
import { removeWhere, sortByStart } from './order';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { actorMention, isAllCaps, isCap, joins, NOT_NAME_BIT, wordListBit } = actorContextModule;
const { gazetteerEndingAt, LAW_WORDS, REGION_FIRST, TITLE_BIT } = actorPatternsSharedModule;
const { isSeparator } = acronymsModule;

/** A body named so far in three capitalised words or more, by its initials: what an undefined acronym of them is. */
export interface NamedInitials {
  category: ActorCategory;
  entity: string | null;
  end: number;
}

/** Public functions that name a state's agency before its country: "Statistics Canada", "Sport England", "Historic
 * England", "Universities UK". */
const PUBLIC_FUNCTIONS = new Set('health|statistics|sport|transport|tourism|standards|heritage|customs|revenue|investment|invest|innovation|enterprise|education|justice|environment|agriculture|broadcasting|communications|universities|colleges|elections|historic|natural'.split('|'));
/** First words of a race named for its country: "Tour de France", "Coupe de France" (no body). */
const RACE_FIRST = new Set(['tour', 'coupe', 'vuelta', 'rallye']);
/** Particles of a French or Spanish institution's name before its country: "Banque de France", "Banco de España". */
const COUNTRY_PARTICLES = new Set(['de', 'du', 'des', 'del']);
/** Words after a country that make a place or a post of it, not a body's name: "Mexico City", "Ukraine President". */
const PLACE_AFTER_COUNTRY = new Set((
  'city|town|sea|ocean|gulf|bay|strait|straits|basin|peninsula|coast|border|region|province|state|island|islands|mainland|proper|' +
    // A region divided between states, or held by one, named by its ruler's demonym: "Indian Kashmir", "Pakistani
    // Punjab", "Iraqi Kurdistan", "Russian-occupied Crimea".
    'kashmir|punjab|bengal|balochistan|baluchistan|kurdistan|crimea|donbas|donbass|golan|sahara|cyprus|tyrol|macedonia|silesia|karelia|ladakh|sindh|azad'
).split('|'));
/** Events and landmarks named for a place, no body: "the Iraq War", "the Berlin Wall", "the Prague Spring", "the Warsaw
 * Uprising", "the Iranian Revolution"; and a country's holiday: "Russia Day", "Canada Day". */
/** The faithful and peoples of a country named by its demonym: "Israeli Jews", "French Catholics", "Indian Sikhs", a
 * people's part (a group), no body. */
const FAITHFUL_AFTER_COUNTRY = new Set('jews|catholics|protestants|evangelicals|mormons|hindus|sikhs|buddhists|bedouins|bedouin|copts|maronites|jains|baptists|anglicans|lutherans|methodists|haredim|zoroastrians|bahais'.split('|'));
const EVENT_AFTER_COUNTRY = new Set('war|wars|wall|airlift|blockade|crisis|uprising|spring|massacre|revolution|genocide|famine|invasion|insurgency|rebellion|revolt|partition|occupation|siege|riots|conflict|intervention|withdrawal|surge|day'.split('|'));

/** Terms of trades and techniques in capitals that a nationality or a place may qualify: "Chinese GPU makers", "US AI
 * firms", "the U.S. DNS infrastructure", "Washington DC". */
const TRADE_TERMS = new Set('GPU|GPUs|CPU|CPUs|TPU|NPU|EV|EVs|AI|LNG|LPG|SUV|SUVs|DNS|IoT|LLM|LLMs|API|APIs|DC|D.C.|SMR|SMRs|PV|HVAC|LED|LEDs'.split('|'));
const BODY_DETERMINERS = new Set('the|a|an|this|that|these|those|its|their|his|her|our|when|if|as|but|and|or|while|after|before|since|until|unless|because|then|so|yet'.split('|'));
/** Whether token k is a capitalised word that may be part of a body's name before or after a country. */
function bodyWord(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  return !!t && isCap(t) && !c.gazAt.has(k) && !BODY_DETERMINERS.has(t.key) && !TITLES.has(t.key) && !PLURAL_TITLES.has(t.key) && !DAY_OR_MONTH.has(t.key) && LETTERS_WORD_RE.test(t.text);
}

/**
 * A body named with its country: "Public Health England", "Statistics Canada", "Banque de France" (a capitalised name
 * before it, or before "de" and it; a public function before "for" and it: "Transport for London"), "France Inter" (one
 * capitalised word after it): an organisation, not the country
 * (nor a person "Public Health").
 */
export function namedForCountry(c: ParaContext, out: Candidate[]): void {
  if (c.titleCase) return;
  const toks = c.toks;
  let people: Set<number> | null = null;
  // (Entries read by index, not destructured: see glossaryCandidates.)
  for (const entry of c.gazAt) {
    const g = entry[1];
    if (g.m.entry.category !== 'country') continue;
    const k = entry[0];
    // Before it: "Public Health England", "Banque de France".
    let e = k;
    // ("Île-de-France": the particle between hyphens makes one place's name, no body.)
    if (k > 0 && COUNTRY_PARTICLES.has(toks[k - 1].key) && !isCap(toks[k - 1]) && joins(c, k - 1) && c.text.charCodeAt(toks[k].start - 1) === 32) e = k - 1;
    // "Transport for London", "Transport for Wales": a public function "for" the place it serves.
    else if (k > 1 && toks[k - 1].key === 'for' && joins(c, k - 1) && joins(c, k - 2) && isCap(toks[k - 2]) && PUBLIC_FUNCTIONS.has(toks[k - 2].key)) e = k - 1;
    let s = e;
    while (s > 0 && e - s < 3 && joins(c, s - 1) && bodyWord(c, s - 1)) s--;
    if (s < e && !GIVEN_NAMES.has(toks[s].key) && !REGION_FIRST.has(toks[s].key) && !RACE_FIRST.has(toks[s].key) && !(s > 0 && joins(c, s - 1) && isCap(toks[s - 1]) && !BODY_DETERMINERS.has(toks[s - 1].key))) {
      const words = e - s;
      // (Past the particle, or a public function, any words; else two or more inside a sentence, not a region's or a
      // kind's: "Nazi Germany", "Western Europe", "Independent Scotland" are the country; or two or more that end in a
      // body's word, wherever: "Arts Council England said".)
      if (e < k || PUBLIC_FUNCTIONS.has(toks[e - 1].key) || (words >= 2 && (!c.sentenceStart[s] || ORG_SUFFIX.has(toks[e - 1].key)) && !NOT_A_FIRM_FIRST.has(toks[s].text))) {
        out.push({ start: toks[s].start, end: toks[g.end - 1].end, category: 'organization', entity: null, priority: 3 });
        continue;
      }
    }
    // After it: "France Inter", "Kenya Airways" (one word, then no capitalised one).
    const a = g.end;
    // ("Jordan Bardella", "Israel Katz": a country that is also a given name, before a surname, is a person's.)
    // (The people found so far are gathered last, once a paragraph, only where the rest holds: most countries have no
    // capitalised word after them.)
    // ("Russian Tu-95 bombers", "U.S. F-35 jets": a letter or two and a number after a hyphen name a model of aircraft.)
    // ("Chinese GPU makers", "US AI companies": a trade's term in capitals after it names what they make, no body; nor is
    // "Washington DC" one.)
    if (a < toks.length && joins(c, a - 1) && bodyWord(c, a) && !modelDesignator(c.text, toks[a].end) && !PLACE_AFTER_COUNTRY.has(toks[a].key) && !TRADE_TERMS.has(toks[a].text) && !EVENT_AFTER_COUNTRY.has(toks[a].key) && !(a + 1 < toks.length && joins(c, a) && isCap(toks[a + 1])) && !(k > 0 && joins(c, k - 1) && isCap(toks[k - 1]) && !BODY_DETERMINERS.has(toks[k - 1].key)) && !(people ??= personStarts(out)).has(toks[k].start)) {
      // ("Santiago Peña", "Santiago Abascal": a capital that is also a given name, before a surname, is a person.)
      // ("Israeli Jews", "French Catholics": a country's faithful, a group of its people.)
      out.push({ start: toks[k].start, end: toks[a].end, category: a === k + 1 && GIVEN_NAMES.has(toks[k].key) ? 'person' : FAITHFUL_AFTER_COUNTRY.has(toks[a].key) ? 'group' : 'organization', entity: null, priority: 3 });
    }
  }
}

/** Whether a hyphen and a digit follow at `end`: the number of a model ("Tu-95", "J-16", "Il-20"). */
function modelDesignator(text: string, end: number): boolean {
  return text.charCodeAt(end) === 45 && isDigitCode(text.charCodeAt(end + 1));
}

/** Head words of French public bodies, named in French in English copy: "the Cour des comptes", "the Haut Conseil des
 * finances publiques", "the Autorité de la concurrence". */
const FRENCH_BODY_HEADS = new Set('conseil|cour|banque|caisse|autorité|autorite|assemblée|ministère|ministere|institut|agence|comité|comite|observatoire|direction|inspection|office|haut|haute'.split('|'));
/** Words that end a French body's lower-case words: English function words and verbs of saying. */
const FRENCH_BODY_STOP = new Set([...'said|says|say|has|have|had|will|would|is|was|were|are|be|been|which|who|that|and|or|to|for|of|the|a|an|with|by|at|as|in|on|its|their|it|this|also|not|published|issued|chaired|led|run|based|under|over|after|before|since|from|into|last|next'.split('|'), ...SPEECH_VERBS, ...COGNITION_VERBS, ...FINDING_VERBS]);

/**
 * A French public body named in French: a capitalised head word ("Cour", "Haut Conseil"), then "de", "des", "du" or
 * "de la" and up to three lower-case words ("des comptes", "des finances publiques"): an organisation.
 */
function frenchInstitutionAt(c: ParaContext, i: number, out: Candidate[]): number {
  const toks = c.toks;
  if (i + 2 >= toks.length || !isCap(toks[i])) return i;
  // "Haut Conseil": an adjective before the head.
  const h = (toks[i].key === 'haut' || toks[i].key === 'haute') && isCap(toks[i + 1]) && joins(c, i) ? i + 1 : i;
  let p = h + 1;
  if (p >= toks.length || !joins(c, h) || isCap(toks[p]) || !(toks[p].key === 'de' || toks[p].key === 'des' || toks[p].key === 'du')) return i;
  if (toks[p].key === 'de' && toks[p + 1]?.key === 'la' && joins(c, p)) p++;
  let e = p + 1;
  while (e < toks.length && e - p <= 3 && joins(c, e - 1) && !isCap(toks[e]) && /^\p{Ll}[\p{Ll}'\u2019-]*$/u.test(toks[e].text) && !FRENCH_BODY_STOP.has(toks[e].key) && !toks[e].key.endsWith('ed')) e++;
  if (e === p + 1) return i;
  out.push({ start: toks[i].start, end: toks[e - 1].end, category: 'organization', entity: null, priority: 3 });
  return e - 1;
}

/** Where the candidate people found so far start. */
function personStarts(out: Candidate[]): Set<number> {
  const set = new Set<number>();
  for (let j = 0; j < out.length; j++) if (out[j].category === 'person' || out[j].category === 'official') set.add(out[j].start);
  return set;
}

/** The staff a bank, broker or consultancy is named by: "Morgan Stanley analysts", "economists at Nomura". */
const FIRM_STAFF = new Set('analyst|analysts|economist|economists|strategist|strategists|researchers|traders|bankers'.split('|'));
/** The most capitalised words a firm's name takes here. */
const FIRM_WORDS = 4;

/** Whether tokens [s, e) are capitalised words of one name that the glossary does not know (a firm's name may be). */
function unknownCapitalRun(c: ParaContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    if (!isCap(c.toks[k]) || c.gazAt.has(k) || !LETTERS_WORD_RE.test(c.toks[k].text)) return false;
    if (k > s && !joins(c, k - 1)) return false;
  }
  return !NOT_A_FIRM_FIRST.has(c.toks[s].text);
}

/** What a firm is, before its name: "the German company Züblin", "the Danish shipping firm Maersk". */
const FIRM_NOUNS = new Set('company|firm|contractor|manufacturer|startup|start-up|conglomerate|subsidiary|carmaker|automaker|chipmaker|drugmaker|shipowner|shipper|insurer|retailer|broker|brokerage|consultancy|miner|airline|operator|supplier|developer|lender|parent|owner|rival|unit|affiliate|brewer|planemaker|steelmaker|shipbuilder|distiller|utility|bank|maker|owned|backed'.split('|'));
/** Words before "maker" that make it a person's trade, no firm's: "the policy maker", "film maker". */
const NOT_FIRM_MAKERS = new Set('policy|decision|peace|deal|film|movie|king|match|trouble|law|money|rule|shoe|dress|game|filmmaker'.split('|'));
/** Those nouns that say how a firm stands to a company named before them: "Apple supplier Foxconn", "Tesla rival BYD". */
const FIRM_RELATIONS = new Set('supplier|parent|owner|rival|unit|subsidiary|affiliate|partner|customer|contractor'.split('|'));
/** Words before such a noun that open the description: an article. */
const FIRM_DETERMINERS = new Set(['the', 'a', 'an', 'and']);

/** The staff words, the firms' nouns and the French heads, as one bit of the tokens' lists: most paragraphs have none. */
export const STAFF_OR_FRENCH_HEAD_BIT = wordListBit(new Set([...FIRM_STAFF, ...FIRM_NOUNS, ...FRENCH_BODY_HEADS]));

/**
 * Firms named by their staff in the paragraph, added to `firms`, and French bodies named in French (see
 * frenchInstitutionAt): the capitalised words right before the staff
 * ("Morgan Stanley analysts"; one word only inside a sentence: "Military analysts" opens one) or right after "at"
 * ("Analysts at Jefferies").
 */
export function staffFirmsAndFrenchBodies(c: ParaContext, firms: Map<string, string[][]>, out: Candidate[], companies: Map<string, string>): void {
  const toks = c.toks;
  for (let i = 0; i < toks.length; i++) {
    if (!(c.bits[i] & STAFF_OR_FRENCH_HEAD_BIT)) continue;
    if (FIRM_STAFF.has(toks[i].key)) staffFirmAt(c, firms, i);
    else if (FIRM_NOUNS.has(toks[i].key)) describedFirmAt(c, firms, i, companies);
    else i = frenchInstitutionAt(c, i, out);
  }
}

/** The firm named by the staff word at token i, added to `firms`. */
function staffFirmAt(c: ParaContext, firms: Map<string, string[][]>, i: number): void {
  const toks = c.toks;
  if (i > 0 && joins(c, i - 1) && isCap(toks[i - 1]) && !c.sentenceStart[i] && !isCap(toks[i])) {
    let s = i - 1;
    while (s > 0 && i - s < FIRM_WORDS && joins(c, s - 1) && isCap(toks[s - 1])) s--;
    if ((i - s >= 2 || !c.sentenceStart[s]) && unknownCapitalRun(c, s, i)) addFirm(c, firms, s, i);
  }
  if (toks[i + 1]?.key === 'at' && joins(c, i) && joins(c, i + 1) && isCap(toks[i + 2])) {
    let e = i + 3;
    while (e < toks.length && e - i - 2 < FIRM_WORDS && joins(c, e - 1) && isCap(toks[e])) e++;
    if (e - i - 2 < FIRM_WORDS && unknownCapitalRun(c, i + 2, e)) addFirm(c, firms, i + 2, e);
  }
}

/**
 * The firm named right after what it is, added to `firms`: "the German company Züblin", "a Danish shipping firm Maersk",
 * "the British engineering firm Arup Group". The noun (token i, in lower case) follows an article and up to three words
 * that describe the firm (in lower case, or a country's name or people); its name, one to four capitalised words the
 * glossary does not know, ends the phrase. (Not a person, a title or a date: "the company Chief Executive Tim Cook", "the
 * firm Jane Doe founded".)
 */
function describedFirmAt(c: ParaContext, firms: Map<string, string[][]>, i: number, companies: Map<string, string>): void {
  const toks = c.toks;
  if ((isCap(toks[i]) && !c.sentenceStart[i]) || i + 1 >= toks.length || !joins(c, i) || !isCap(toks[i + 1])) return;
  if (toks[i].key === 'maker' && NOT_FIRM_MAKERS.has(toks[i - 1]?.key)) return;
  const first = toks[i + 1];
  if (c.bits[i + 1] & (TITLE_BIT | NOT_NAME_BIT) || GIVEN_NAMES.has(first.key) || first.text.length < 2) return;
  let e = i + 2;
  while (e < toks.length && e - i - 1 <= FIRM_WORDS && joins(c, e - 1) && isCap(toks[e])) e++;
  if (e - i - 1 > FIRM_WORDS || !unknownCapitalRun(c, i + 1, e)) return;
  // ("Apple supplier Foxconn", "Tesla rival BYD": a company the glossary knows, then how the firm stands to it.)
  // ("Alphabet-owned Waymo", "Microsoft-backed OpenAI": a company the glossary knows, a hyphen, and whose the firm is.)
  if (toks[i].key === 'owned' || toks[i].key === 'backed') {
    if (i > 0 && toks[i - 1].end + 1 === toks[i].start && c.text.charCodeAt(toks[i].start - 1) === 45) {
      const g = gazetteerEndingAt(c, i - 1);
      if (g >= 0 && c.gazAt.get(g)!.m.entry.category === 'organization') addFirm(c, firms, i + 1, e, companies);
    }
    return;
  }
  if (i > 0 && FIRM_RELATIONS.has(toks[i].key) && joins(c, i - 1)) {
    const g = gazetteerEndingAt(c, i - 1);
    if (g >= 0 && c.gazAt.get(g)!.m.entry.category === 'organization') {
      addFirm(c, firms, i + 1, e, companies);
      return;
    }
  }
  // Back over the words that describe it to the article.
  let d = i - 1;
  for (let n = 0; n < 3 && d >= 0 && joins(c, d) && !FIRM_DETERMINERS.has(toks[d].key); n++) {
    if (!isCap(toks[d])) d--;
    else {
      const g = gazetteerEndingAt(c, d);
      // ("Oil producer Tullow": a word capitalised only as the sentence's first.)
      // ("Chinese EV maker Nio", "the US LNG developer Venture Global": a trade's letters too.)
      if (g < 0 && (c.sentenceStart[d] || (isAllCaps(toks[d]) && toks[d].text.length <= 4))) {
        d--;
        continue;
      }
      if (g < 0 || c.gazAt.get(g)!.m.entry.category !== 'country') return;
      d = g - 1;
    }
  }
  // ("Dutch brewer Heineken said", "Swiss drugmaker Novartis": wire copy drops the article when the description opens
  // the sentence.)
  if (!c.sentenceStart[d + 1] && (d < 0 || !joins(c, d) || !FIRM_DETERMINERS.has(toks[d].key))) return;
  addFirm(c, firms, i + 1, e, companies);
}

function addFirm(c: ParaContext, firms: Map<string, string[][]>, s: number, e: number, companies?: Map<string, string>): void {
  const keys: string[] = [];
  for (let k = s; k < e; k++) keys.push(c.toks[k].key);
  companies?.set(keys.join(' '), c.toks[s - 1].key);
  const list = firms.get(keys[0]);
  if (!list) firms.set(keys[0], [keys]);
  else if (!list.some((l) => l.join(' ') === keys.join(' '))) list.push(keys);
}

/** Each mention of a firm found by its staff, as a whole run of capitalised words: an organisation (not a person). */
export function firmMentions(c: ParaContext, firms: Map<string, string[][]>, out: Candidate[]): void {
  if (!firms.size) return;
  const toks = c.toks;
  // (The first letters and the lengths of the firms' first words, as bits: most tokens are passed over on them, with no
  // look-up in the map.)
  let letters = 0;
  let lengths = 0;
  for (const key of firms.keys()) {
    letters |= 1 << (key.charCodeAt(0) & 31);
    lengths |= 1 << Math.min(key.length, 31);
  }
  for (let i = 0; i < toks.length; i++) {
    const key = toks[i].key;
    if (!(letters & (1 << (key.charCodeAt(0) & 31))) || !(lengths & (1 << Math.min(key.length, 31)))) continue;
    firmAt(c, i, firms, out);
  }
}

/** The mention of a firm found by its staff that starts at token i, if any, pushed onto out. (Its own function, called for
 * every word the bits let through: the first firm's name, read in a rare branch, threw away firmMentions' code.) */
function firmAt(c: ParaContext, i: number, firms: Map<string, string[][]>, out: Candidate[]): void {
  const toks = c.toks;
  const list = isCap(toks[i]) ? firms.get(toks[i].key) : undefined;
  if (!list || (i > 0 && joins(c, i - 1) && isCap(toks[i - 1]) && !c.sentenceStart[i])) return;
  for (const keys of list) {
    const e = i + keys.length;
    if (e > toks.length || (e < toks.length && joins(c, e - 1) && isCap(toks[e]))) continue;
    let k = 1;
    while (k < keys.length && toks[i + k].key === keys[k] && isCap(toks[i + k]) && joins(c, i + k - 1)) k++;
    if (k < keys.length) continue;
    out.push({ start: toks[i].start, end: toks[e - 1].end, category: 'organization', entity: null, priority: 3 });
    return;
  }
}

/**
 * "the Digital Markets Act ... under the DMA", "the General Data Protection Regulation ... the GDPR": the initials of a
 * law named in capitals (three letters or more) spell that law from here on, no body.
 */
export function lawAcronyms(c: ParaContext, notActors: Set<string>): void {
  if (!(c.anyBits & LAW_BIT)) return;
  const toks = c.toks;
  for (let i = 2; i < toks.length; i++) {
    if (!(c.bits[i] & LAW_BIT) || !isCap(toks[i])) continue;
    let initials = toks[i].text.charAt(0);
    let s = i;
    while (s > 0 && i - s < 8 && joins(c, s - 1) && isCap(toks[s - 1]) && toks[s - 1].key !== 'the' && !c.sentenceStart[s]) {
      s--;
      initials = toks[s].text.charAt(0) + initials;
    }
    if (initials.length >= 3) notActors.add(initials.toLowerCase());
  }
}
const LAW_BIT = wordListBit(LAW_WORDS);

/**
 * "Mohamed Hamdan Dagalo, known as Hemedti,", "Jimmy Cherizier, the former police officer known as Barbecue,": the name
 * a person is known by is that person, then and later ("Hemedti said": its surnames). `claim` takes a span nothing kept
 * holds yet (true), or refuses it.
 */
export function nicknames(c: ParaContext, end: number, actors: ActorAnnotation[], surnames: Map<string, ActorCategory>, claim: (span: Span) => boolean): void {
  const text = c.text;
  let added = false;
  const n = actors.length;
  for (let j = 0; j < n; j++) {
    const a = actors[j];
    if ((a.category !== 'person' && a.category !== 'official') || text.charCodeAt(a.end) !== 44) continue;
    // (The pattern only where its "known" is there: most names set off by a comma have none.)
    const after = text.slice(a.end, Math.min(end, a.end + 96));
    const m = after.includes('known') ? NICKNAME_AFTER_RE().exec(after) : null;
    if (!m) continue;
    const start = a.end + m[0].length - m[1].length;
    const span = { start, end: start + m[1].length };
    if ((j + 1 < n && actors[j + 1].start < span.end) || !claim(span)) continue;
    actors.push(actorMention(span.start, span.end, m[1], a.category, a.entity));
    added = true;
    if (!m[1].includes(' ')) surnames.set(m[1].toLowerCase(), a.category === 'official' ? 'official' : 'person');
  }
  if (added) sortByStart(actors);
}
/** ", known as Hemedti", ", the former police officer known as Barbecue": the name after "known as", capitalised. */
const NICKNAME_AFTER_RE = lazyRegExp(() => /^,\s+(?:(?:the|a|an)\s+[^,.;:()"\u201c]{1,48}?\s+)?(?:(?:better|widely|also|popularly|commonly)\s+)?known\s+as\s+["\u201c]?(\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+)?)(?=["\u201d]?[\s,.;)])/u);

/**
 * "The National Unity Government, formed by ousted lawmakers, ... The NUG's acting president", "the Philippine Coast
 * Guard said ... PCG spokesman": an acronym no one defined, that spells the initials of a body named before, is that
 * body (its category and entity), not an organisation of its own.
 */
export function impliedAcronyms(doc: { initials: Map<string, NamedInitials>; acronyms: Map<string, AcronymMeaning> }, actors: ActorAnnotation[]): void {
  for (let j = 0; j < actors.length; j++) {
    const a = actors[j];
    // (Three initials need three words: most mentions have one or two, "NATO", "the UN", "Iraqi officials".)
    if (!IMPLYING_CATEGORIES.has(a.category) || !threeWords(a.text)) continue;
    const initials = initialsOf(a.text);
    if (initials.length >= 3 && !doc.initials.has(initials)) doc.initials.set(initials, { category: a.category, entity: a.entity, end: a.end });
  }
  for (let j = 0; j < actors.length; j++) {
    const a = actors[j];
    if (a.entity || a.category !== 'organization' || a.text.length < 3 || a.text.length > 6 || !ACRONYM_RE.test(a.text) || doc.acronyms.has(a.text)) continue;
    const body = doc.initials.get(a.text);
    if (!body || body.end > a.start) continue;
    a.category = body.category;
    a.entity = body.entity;
  }
}
const IMPLYING_CATEGORIES = new Set<ActorCategory>(['organization', 'government', 'military', 'group']);

/**
 * "the Digital Services Act ... Under the DSA, platforms must", "the Online Safety Act ... the OSA": the initials of a law
 * named in capitals (three words or more, ending in "Act", "Regulation" or "Directive") spell that law in the paragraphs
 * after, an agreement linked as the law is, where no acronym of that spelling was defined.
 */
export function lawInitials(doc: { acronyms: Map<string, AcronymMeaning> }, agreements: readonly { text: string; entity: string | null }[]): void {
  for (let j = 0; j < agreements.length; j++) {
    const a = agreements[j];
    if (a.text.length < 12 || !LAW_NAME_END_RE.test(a.text) || !threeWords(a.text)) continue;
    const initials = initialsOf(a.text);
    if (initials.length < 3 || initials.length > 6 || doc.acronyms.has(initials)) continue;
    doc.acronyms.set(initials, { kind: 'agreement', category: 'organization', entity: a.entity, long: undefined });
  }
}
const LAW_NAME_END_RE = /\s(?:Act|Regulation|Directive)$/;
const ACRONYM_RE = /^[A-Z]+$/;

/** The initials of a name's capitalised words, in capitals ("Ta'ang National Liberation Army": "TNLA"); "" where any
 * word but a small one is in lower case (a description: "the two sides"). */
function initialsOf(name: string): string {
  let out = '';
  let from = 0;
  for (let k = 0; k <= name.length; k++) {
    const code = k < name.length ? name.charCodeAt(k) : 32;
    if (!isSeparator(code)) continue;
    if (k > from) {
      const first = name.charCodeAt(from);
      if (first >= 65 && first <= 90) {
        if (!(from === 0 && k === 3 && name.startsWith('The'))) out += name.charAt(from);
      } else if (!INITIALS_SKIP.has(name.slice(from, k))) return '';
    }
    from = k + 1;
  }
  return out;
}
/** Whether a name has at least two word breaks (acronyms.ts isSeparator), as initialsOf counts them. */
function threeWords(name: string): boolean {
  let breaks = 0;
  for (let k = 1; k < name.length; k++) {
    const code = name.charCodeAt(k);
    if (isSeparator(code) && !isSeparator(name.charCodeAt(k - 1)) && ++breaks === 2) return true;
  }
  return false;
}
const INITIALS_SKIP = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de', 'al']);

/**
 * Glossary acronyms that are also terms of a trade: "IOC" is the International Olympic Committee, and in a security
 * advisory an indicator of compromise ("each IOC", "the IOCs"). In a text that uses the trade's sense and names nothing
 * of the body's world, the bare acronym is no actor.
 */
const TRADE_SENSES: { entity: string; bare: RegExp; trade: RegExp; own: RegExp; to?: string }[] = [
  { entity: 'ioc', bare: /^IOCs?$/, trade: /\bIOCs\b|\bindicators?\s+of\s+compromise\b/i, own: /\b(?:Olympic|Paralympic|Olympics|Games)\b/ },
  // A ship's or a flight's estimated time of arrival ("an ETA of 1400 UTC", "its ETA at Rotterdam"), not the Basque group.
  { entity: 'eta', bare: /^ETAs?$/, trade: /\b(?:[Aa]n|[Ii]ts|[Tt]heir|[Nn]ew|[Rr]evised|[Ee]stimated)\s+ETA\b|\bETAs\b|\bETA\s+(?:of|for|at|is|was)\s+(?:\d|about|around|noon|midnight|early|late|mid)|\b[Ee]stimated\s+time\s+of\s+arrival\b/, own: /\b(?:Basque|separatists?|Euskadi|Bildu)\b/ },
  // The composer ("Giuseppe Verdi's Requiem", "an aria by Verdi"), not the German services union.
  { entity: 'verdi', bare: /^Verdi$/, trade: /\bGiuseppe\s+Verdi\b|\b(?:[Oo]pera|[Oo]peras|[Aa]rias?|Requiem|[Cc]omposer|Rigoletto|La\s+Traviata|Aida|Nabucco|Otello|Falstaff)\b/, own: /\b(?:[Uu]nion|[Ss]trikes?|[Ww]alkouts?|[Ww]age|[Ww]ages|[Pp]ay)\b/ },
  // Mortgage-backed securities ("agency MBS spreads", "the Fed's MBS holdings"), not the Saudi crown prince.
  { entity: 'mohammed-bin-salman', bare: /^MBS$/, trade: /\b[Mm]ortgage-backed\b|\bMBS\s+(?:spreads?|markets?|purchases|holdings|portfolios?|prices|yields|issuance|bonds?|funds?|index|sales|runoff|pools?|securities)\b|\b(?:[Aa]gency|[Nn]on-agency|[Rr]esidential|[Cc]ommercial)\s+MBS\b/, own: /\b(?:Saudi|Salman|[Cc]rown\s+[Pp]rince|Riyadh|Khashoggi)\b/ },
  // The tariff schedule's codes ("HTS code 8471.30", "the Harmonized Tariff Schedule"), not the Syrian group.
  { entity: 'hts', bare: /^HTS$/, trade: /\bHTS(?:US)?\s+(?:codes?|subheadings?|headings?|numbers?|classifications?|chapters?)\b|\bHarmoni[sz]ed\s+Tariff\s+Schedule\b/, own: /\b(?:Syria|Syrian|Damascus|Sharaa|Jolani|Idlib|Tahrir)\b/ },
  // Bodies of other regions that share a glossary body's letters take their own entity there: Saudi Arabia's sovereign
  // fund ("Saudi Arabia's PIF bought a stake"), not the Pacific Islands Forum; Gaza's International Stabilization Force,
  // not Iraq's security forces; Singapore's central bank, not Bolivia's party; cricket's council, not the court in The
  // Hague; Somalia's army, not Syria's; the Press Trust of India, not Imran Khan's party.
  { entity: 'pacific-islands-forum', bare: /^PIF$/, trade: /\bPublic\s+Investment\s+Fund\b|\bSaudi\b|\bsovereign(?:\s+wealth)?\s+funds?\b/, own: /\bPacific\b/, to: 'public-investment-fund' },
  { entity: 'isf', bare: /^ISF$/, trade: /\bGaza\b|\bStabili[sz]ation\s+Force\b|\bResolution\s+2803\b/, own: /\bIraq/, to: 'international-stabilization-force' },
  { entity: 'movement-toward-socialism', bare: /^MAS$/, trade: /\bSingapore\b/, own: /\b(?:Bolivia|Bolivian|Morales|Arce|La\s+Paz|socialis)/i, to: 'monetary-authority-of-singapore' },
  { entity: 'icc', bare: /^ICC$/, trade: /\b[Cc]ricket\b|\bT20\b|\bODIs?\b|\bover-rate\b|\bTest\s+(?:match|series|cricket)\b/, own: /\b(?:Criminal\s+Court|Hague|war\s+crimes|arrest\s+warrants?|Rome\s+Statute|crimes\s+against\s+humanity|genocide|prosecutor)\b/i, to: 'international-cricket-council' },
  { entity: 'fsa', bare: /^FSA$/, trade: /\bJapan(?:ese)?\b|\bFinancial\s+Services\s+Agency\b/, own: /\bSyria/, to: 'japan-fsa' },
  { entity: 'fsa', bare: /^SNA$/, trade: /\bSomali|\bSomalia\b|\bMogadishu\b|\bShabaab\b/, own: /\bSyria/, to: 'somali-national-army' },
  { entity: 'pti', bare: /^PTI$/, trade: /\bPress\s+Trust\s+of\s+India\b|\b(?:told|according\s+to|quoted\s+by)\s+(?:the\s+)?PTI\b|\bPTI\s+(?:news\s+agency|reported)\b/, own: /\b(?:Pakistan|Imran\s+Khan|Insaf|Islamabad)\b/, to: 'press-trust-of-india' },
];
export const TRADE_ENTITIES = new Set(TRADE_SENSES.map((t) => t.entity));
/** The senses of TRADE_SENSES for an entity that hold in this text: the bare acronym each covers, and the entity it names
 * there instead (null for none). (Read per entity met: a text's other senses are never scanned for.) */
export function tradeSenses(text: string, entity: string): { bare: RegExp; to: string | null }[] {
  const out: { bare: RegExp; to: string | null }[] = [];
  for (const t of TRADE_SENSES) if (t.entity === entity && t.trade.test(text) && !t.own.test(text)) out.push({ bare: t.bare, to: t.to ?? null });
  return out;
}

/** Organisations whose national and regional sections are named "<name> <place>": "Amnesty Kenya", "Oxfam India". */
const SECTIONED = new Set(['amnesty', 'oxfam', 'greenpeace', 'save-the-children', 'transparency-international', 'msf']);
/** A region after such a name: "Greenpeace Africa", "Oxfam America", "MSF Southern Africa". */
const SECTION_REGION_RE = /^ (?:(?:East|West|North|South|Southern|Central|Eastern|Western)\s+)?(?:Africa|Asia|Europe|America|Americas|Latin\s+America|Middle\s+East|Pacific|Asia[- ]Pacific|Caribbean|Mediterranean|Nordic)(?![\w'\u2019-])/;

/**
 * A section of such an organisation is one organisation: "Amnesty Kenya" (it was Amnesty and Kenya, two actors), "Save
 * the Children UK", "Greenpeace Africa". The name takes in the place written right after it; the place is no actor.
 */
export function nationalSections(text: string, actors: ActorAnnotation[]): void {
  let merged = false;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (a.category !== 'organization' || !a.entity || !SECTIONED.has(a.entity) || text.charCodeAt(a.end) !== 32) continue;
    const b = actors[i + 1];
    if (b && b.start === a.end + 1 && b.category === 'country') {
      a.end = b.end;
      b.end = -1;
      merged = true;
    } else {
      const m = SECTION_REGION_RE.exec(text.slice(a.end, a.end + 28));
      if (!m) continue;
      a.end += m[0].length;
    }
    a.text = text.slice(a.start, a.end);
  }
  if (merged) removeWhere(actors, (x) => x.end < 0);
}

/** Verbs after which a bare "X" that opens its clause acts as the platform: "X said it had removed the posts". */
const X_SUBJECT_VERBS = new Set('said|says|has|had|is|was|will|would|did|does|removed|removes|suspended|suspends|blocked|blocks|restricted|restricts|banned|bans|announced|announces|sued|sues|told|declined|declines|confirmed|denied|denies|filed|labelled|labeled|responded|disabled|limited|withheld|withholds|complied|challenged|appealed|argued|agreed|plans|launched|introduced|rolled|took|deleted|deletes|fined|faces|faced|refused|refuses|reinstated|updated|changed|stopped|began|added|lost|won'.split('|'));
/** Words that open a clause before such a subject: "Meta and X said", "reported that X had". */
const X_CLAUSE_OPENERS = new Set(['and', 'but', 'that', 'while', 'whereas', 'as', 'after', 'when', 'because', 'although', 'though', 'since', 'if', 'said', 'says', 'found', 'ruled', 'alleged', 'argued', 'claimed']);
/** Verbs of naming anew before "it X" or "as X": "renamed it X", "rebranded as X". */
const X_RENAMED = new Set(['renamed', 'rebranded', 'relaunched', 'renaming', 'rebranding']);
/** Nouns "X" names after them: "the social media platform X", "rival network X". */
const X_PLATFORM_NOUNS = new Set(['platform', 'network']);
/** Verbs of a regulator's or a court's act that take the platform as their object: "the EU fined X 120 million euros". */
const X_OBJECT_VERBS = new Set('fined|fines|fining|sued|sues|suing|summoned|summons|banned|bans|blocked|blocks|ordered|orders|investigated|investigating|probing|penalised|penalized|sanctioned'.split('|'));
/** What a company's possessive owns, after "X's": its people, its rules and its tools ("X's lawyers", "X's policies"). */
const X_OWNED_NOUNS = new Set('lawyers|attorneys|owner|owners|parent|chief|executive|executives|CEO|spokesperson|spokesman|spokeswoman|policy|policies|rules|algorithm|algorithms|users|moderation|moderators|chatbot|Grok|headquarters|staff|employees|board|appeal|lawsuit|platform|app|terms|safety|advertisers|revenue'.split('|'));
/** The glossary's entry of the platform X and the company that runs it. */
const X_ENTITY = 'x-corp';

/**
 * The platform X where it can be nothing else (the letter is "X-ray", "Article X", "Malcolm X"): its owner's
 * ("Musk's X"), named after "platform" or "network", the object of a regulator's act ("the EU fined X"), followed by
 * ", formerly Twitter", or the subject of a verb at the start of a clause ("X said it had removed the posts"). An organisation, linked to the glossary's X Corp.
 */
export function platformX(c: ParaContext, out: Candidate[]): void {
  const toks = c.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.text.length !== 1 || t.text.charCodeAt(0) !== 88 || c.gazAt.has(i)) continue;
    if (platformXAt(c, i)) out.push({ start: t.start, end: t.end, category: 'organization', entity: X_ENTITY, priority: 4 });
  }
}

/** Whether the "X" at token i is the platform (platformX). */
function platformXAt(c: ParaContext, i: number): boolean {
  const toks = c.toks;
  const text = c.text;
  const after = text.charCodeAt(toks[i].end);
  // ("X-ray", "X.com", "X's": a word, an address, or a possessive read below.)
  if (after === 45 || (after === 46 && i + 1 < toks.length && toks[i + 1].start === toks[i].end + 1)) return false;
  const prev = i > 0 && joins(c, i - 1) ? toks[i - 1] : undefined;
  // "X's lawyers argued", "X's owner": a company's people or its rules, owned by an "X" that opens its clause.
  if ((after === 39 || after === 0x2019) && toks[i + 1]?.key === 's' && toks[i + 1].start === toks[i].end + 1) {
    const owned = toks[i + 2];
    // ("The EU said X's algorithm favoured": after a verb of saying too, which opens what it reports.)
    const opens = c.sentenceStart[i] || (prev !== undefined && (X_CLAUSE_OPENERS.has(prev.text) || prev.text === 'said' || prev.text === 'says'));
    return opens && !c.titleCase && owned !== undefined && X_OWNED_NOUNS.has(owned.text) && owned.start === toks[i + 1].end + 1;
  }
  // "Musk's X", "Elon Musk’s X", "Musk-owned X".
  if (prev && i > 1 && joins(c, i - 2) && (prev.key === 's' || prev.key === 'owned') && toks[i - 2].key === 'musk') return true;
  if (prev && X_PLATFORM_NOUNS.has(prev.text)) return true;
  // ("an investigation into X", "proceedings against X", "renamed it X", "rebranded as X": a regulator's case or the
  // platform's new name.)
  if (prev && (prev.key === 'into' || prev.key === 'against') && !c.titleCase && !(i + 1 < toks.length && joins(c, i) && isCap(toks[i + 1]))) return true;
  if (prev && (prev.key === 'it' || prev.key === 'as') && i > 1 && joins(c, i - 2) && X_RENAMED.has(toks[i - 2].key)) return true;
  const next = i + 1 < toks.length ? toks[i + 1] : undefined;
  // "The EU fined X 120 million euros", "Brazil's top court blocked X": a body's act on it, unless a name goes on.
  if (prev && !c.titleCase && X_OBJECT_VERBS.has(prev.text) && !(next && joins(c, i) && isCap(next))) return true;
  if (!next) return false;
  // "X, formerly Twitter", "X, formerly known as Twitter".
  if (after === 44 && next.key === 'formerly') return true;
  const opens = c.sentenceStart[i] || (prev !== undefined && X_CLAUSE_OPENERS.has(prev.text)) || (!prev && i > 0 && text.charCodeAt(toks[i - 1].end) === 44);
  return opens && !c.titleCase && next.start === toks[i].end + 1 && X_SUBJECT_VERBS.has(next.text);
}
