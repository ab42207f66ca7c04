// Descriptions of actors resolved to the nearest fitting earlier mention: "the alliance" -> NATO-like, "the bloc" ->
// EU-like, "the ministry" -> the nearest ministry, and in a story of the European Union its capitalised "the
// Commission" and "the Council". Apart from coreference.ts, which finds descriptions and resolves those of agreements.
import type { ActorAnnotation, ActorCategory } from './types';
import type { Gazetteer } from './gazetteer';
import type { GlossaryEntry } from './glossaryTypes';
import type { ParaContext } from './actorContext';
import * as actorWordsModule from './actorWords';
import * as actorContextModule from './actorContext';
import { firstStartingFrom } from './order';
import { normaliseWord } from './tokens';
import { isAsciiLetterCode, isAsciiLowerCode, isSpaceCode, isWordCode, lazyRegExp, testLong } from './chars';
import * as actorPatternsSharedModule from './actorPatternsShared';

// Unicode-class regexes used inside functions, made once here.
const LAST_WORD_RE = lazyRegExp(() => /(\p{L}+)\W*$/u);
const THE_LOWER_RE = lazyRegExp(() => /^the \p{Ll}/u);
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { ACTOR_ANAPHORS, COMPANY_ANAPHORS, GROUP_HEADS, PARTS_OF_TEXTS } = actorWordsModule;
const { actorMention, isCap, joins, possessiveBefore, wordListBit } = actorContextModule;
const { gazetteerEndingAt } = actorPatternsSharedModule;
/** "the", and the "s" of a possessive ("Germany's biggest carmaker"): what opens a description. */
const THE_BIT = wordListBit(new Set(['the', 's']));
// The heads of actors' descriptions ("alliance", "ministry"): only "the" before one of them is looked up.
const ACTOR_HEAD_BIT = wordListBit(new Set([...ACTOR_ANAPHORS.keys()].filter((k) => /^the [^ ]+$/.test(k)).map((k) => k.slice(4))));
/** Whether an earlier mention can be what a description (its pattern) refers to. */
function mentionFits(fit: RegExp, e: ActorAnnotation, gazetteer: Gazetteer): boolean {
  const entry = e.entity ? gazetteer.entry(e.entity) : undefined;
  const bit = COMPANY_FIT_BITS.get(fit);
  if (bit !== undefined) return companyFits(fit, bit, e, entry);
  // ("The iPhone maker": a body whose description names what it makes.)
  if (PRODUCT_FITS.has(fit)) return e.category === 'organization' && (fit.test(entry ? `${namesOf(entry)} | ${entry.description ?? ''}` : e.text));
  // (An armed group's description: a group or a force, by its names.)
  if (fit === ARMED_GROUP_FIT) {
    const names = entry ? namesOf(entry) : e.text;
    return (e.category === 'group' || e.category === 'military') && fit.test(names) && !AGAINST_GROUP_RE.test(names) && !THE_LOWER_RE().test(e.text);
  }
  // A mention the glossary knows fits by its names; an unknown one by its own words, unless it is a
  // group of people from the body ("NATO ministers" is not NATO; "the Georgian Dream party" is a party).
  // (Its last word is read only for an unknown one.)
  const lastWord = entry ? '' : lastWordOf(e.text).toLowerCase();
  // (A ministry is a body, though "ministry" heads groups too: "the finance ministry ... the ministry".)
  if (!entry && GROUP_HEADS.has(lastWord) && GROUP_HEADS.get(lastWord) !== 'organization' && lastWord !== 'ministry' && lastWord !== 'department') return false;
  const names = entry ? namesOf(entry) : e.text;
  // ("The Securities and Exchange Commission sued the exchange. The agency said": a body the glossary describes as an
  // agency is one, whatever its name.)
  // ("Siemens said orders rose. The group said": so is one it describes as a group, a company's as a campaign's.)
  if (entry && (fit === AGENCY_FIT || fit === GROUP_FIT) && describedBits(entry) & (fit === AGENCY_FIT ? AGENCY_BIT : GROUP_BIT)) return !THE_LOWER_RE().test(e.text);
  return fit.test(names) && !THE_LOWER_RE().test(e.text);
}

/** What "the agency" fits, and the word of a glossary description that makes a body one. */
const AGENCY_FIT = ACTOR_ANAPHORS.get('the agency');
const AGENCY_WORD_RE = /\bagency\b/i;
/** What "the group" fits, and the word of a glossary description that makes a body one. */
const GROUP_FIT = ACTOR_ANAPHORS.get('the group');
const GROUP_WORD_RE = /\bgroup\b/i;
const AGENCY_BIT = 1;
const GROUP_BIT = 2;
/** Whether an entry's description calls it an agency (AGENCY_BIT) or a group (GROUP_BIT), read once per entry. */
const entryDescribed = new WeakMap<GlossaryEntry, number>();
function describedBits(entry: GlossaryEntry): number {
  let bits = entryDescribed.get(entry);
  if (bits === undefined) {
    const about = entry.category === 'organization' || entry.category === 'government' ? (entry.description ?? '') : '';
    bits = (AGENCY_WORD_RE.test(about) ? AGENCY_BIT : 0) | (GROUP_WORD_RE.test(about) ? GROUP_BIT : 0);
    entryDescribed.set(entry, bits);
  }
  return bits;
}
/** The patterns of business copy's descriptions ("the company", "the carmaker"), read by companyFits, each by its bit. */
const COMPANY_FIT_BITS = new Map<RegExp, number>([...new Set(COMPANY_ANAPHORS.values())].map((fit, k) => [fit, 1 << k]));
/** What is no company though its description or names say bank, lender or group: a central bank, a development lender,
 * an agency, a campaigning or a lobby group, an association ("the bank" may still be the Bank of England; "the
 * company" may not). */
const NOT_BUSINESS_RE = /\b(?:central|development|last resort|intergovernmental|agency|campaign\w*|rights|charity|non-?profit|humanitarian|union|federation|association|think tank|lobby|trade group|industry group|militant|armed|hacking)\b/i;
/** The words of a body's own name that make it no company ("the Competition and Markets Authority", "Oxford University"). */
const BODY_NAME_RE = /\b(?:agency|authority|commission|council|ministry|department|union|university|institute|association|federation|party|court|committee|fund|foundation|office|bureau|service|forces?|army)\b/i;
/** The bits of the company descriptions a glossary entry fits, read once per entry (a story names the same few often). */
const entryCompanyBits = new WeakMap<GlossaryEntry, number>();

/**
 * Whether a description of business copy ("the company", "the carmaker") fits an earlier mention: a body (not a
 * government, a country or a group of people) that the glossary describes as a business of that kind ("Nvidia": "The US
 * designer of graphics and AI chips" is a chipmaker and a company), or, unknown, whose own name says so ("Meta Platforms
 * Inc", "Acme Motors"). A central bank is "the bank" ("The Bank of England held rates. The bank said") but no company.
 */
function companyFits(fit: RegExp, bit: number, e: ActorAnnotation, entry: GlossaryEntry | undefined): boolean {
  if (e.category !== 'organization') return false;
  // ("Apple supplier Foxconn said ... The company": a firm named right after what it is is a company.)
  // ("Italian lender UniCredit ... The bank": and "the bank" or "the carmaker" as what it was said to be.)
  if (!entry) return (fit.test(e.text) && !BODY_NAME_RE.test(e.text)) || (describedCompanies !== undefined && describedCompanies.size > 0 && describedFits(fit, describedCompanies.get(keysOf(e.text))));
  let bits = entryCompanyBits.get(entry);
  if (bits === undefined) entryCompanyBits.set(entry, (bits = companyBitsOf(entry)));
  return (bits & bit) !== 0;
}
/** The bits of the company descriptions an entry fits by its names or its description. */
function companyBitsOf(entry: GlossaryEntry): number {
  const about = entry.description ?? '';
  const names = namesOf(entry);
  const business = !NOT_BUSINESS_RE.test(about) && !BODY_NAME_RE.test(names);
  let bits = 0;
  for (const [fit, bit] of COMPANY_FIT_BITS) {
    if (!fit.test(names) && !fit.test(about)) continue;
    // (Only "the company" and "the firm", and "the startup", ask for a business; "the bank" may be a central one.)
    if ((fit === COMPANY_FIT || fit === UTILITY_FIT) && !business) continue;
    bits |= bit;
  }
  return bits;
}
const COMPANY_FIT = COMPANY_ANAPHORS.get('the company')!;
const UTILITY_FIT = COMPANY_ANAPHORS.get('the utility')!;
/** The firms of the story being read named right after what they are, by their words' keys (see DocState.companies). */
let describedCompanies: Map<string, string> | undefined;
/** Whether a firm introduced as a noun ("lender", "supplier") fits a company's description: "the company" any, "the bank"
 * a lender or a bank. */
function describedFits(fit: RegExp, noun: string | undefined): boolean {
  return noun !== undefined && (fit === COMPANY_FIT || fit.test(noun) || (noun === 'lender' && fit.test('bank')));
}
/** A mention's words' keys, as DocState.companies holds them. */
function keysOf(text: string): string {
  return text.split(/\s+/).map(normaliseWord).join(' ');
}
/** Whether the glossary's entry is a company: what "the company" may name. */
export function isCompanyEntry(entry: GlossaryEntry): boolean {
  return entry.category === 'organization' && companyFits(COMPANY_FIT, COMPANY_FIT_BITS.get(COMPANY_FIT)!, { category: 'organization' } as ActorAnnotation, entry);
}

/**
 * The capture of LAST_WORD_RE in text, or '': the letters before the trailing non-word characters. ASCII text (nearly
 * all) is read back from its end: the regex, unanchored, tries every position of the text.
 */
function lastWordOf(text: string): string {
  let q = text.length;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 128) return LAST_WORD_RE().exec(text)?.[1] ?? '';
  // (In ASCII a letter is a word character: the letters end where the trailing \W run starts.)
  while (q > 0 && !isWordCode(text.charCodeAt(q - 1))) q--;
  let p = q;
  while (p > 0 && isAsciiLetterCode(text.charCodeAt(p - 1))) p--;
  return text.slice(p, q);
}

/** An entry's label and aliases in one string, built once per entry (a country has a dozen names). */
const entryNames = new WeakMap<GlossaryEntry, string>();
function namesOf(entry: GlossaryEntry): string {
  let n = entryNames.get(entry);
  if (n === undefined) entryNames.set(entry, (n = [entry.label, ...(entry.aliases ?? [])].join(' | ')));
  return n;
}

/** mentionFits, remembered per description pattern and mention. */
function fitsMemo(verdicts: Map<RegExp, Map<ActorAnnotation, boolean>>, fit: RegExp, e: ActorAnnotation, gazetteer: Gazetteer): boolean {
  let seen = verdicts.get(fit);
  if (!seen) verdicts.set(fit, (seen = new Map()));
  let v = seen.get(e);
  if (v === undefined) seen.set(e, (v = mentionFits(fit, e, gazetteer)));
  return v;
}

/** Whether the capitalised head at token i goes on as a name ("Council of Europe", "Commission President"). */
function namedOnward(c: ParaContext, i: number): boolean {
  const next = c.toks[i + 1];
  if (!next || !joins(c, i)) return false;
  if (isCap(next)) return true;
  // ("the Court on Article IV" ends at "Court".)
  return (next.key === 'of' || next.key === 'for' || (next.key === 'on' && !PARTS_OF_TEXTS.has(c.toks[i + 2]?.key))) && isCap(c.toks[i + 2]) && joins(c, i + 1);
}

/** "Defence" capitalised, as a Commonwealth country's department and its ministers are written. */
const COMMONWEALTH_DEFENCE_RE = /\bDefence\s+(?:Minister|Ministry|Department|Secretary|officials?|chiefs?|spokes(?:man|woman|person))\b|\b(?:Department|Ministry|Minister|Secretary)\s+(?:of|for)\s+Defence\b/;
/** How far back (UTF-16 units) a description's story is read for that spelling. */
const DEFENCE_WINDOW = 2000;

/** How far back (UTF-16 units) a company's description ("the company", "the bank") looks for the company. */
const COMPANY_REACH = 1500;
/** How many earlier mentions a description may look back over. */
const LOOKBACK = 400;
/** How many earlier mentions a description in capitals looks back over for its own earlier use. */
const SAME_NAME_LOOKBACK = 80;

/** "the alliance", "the bloc", "the ministry" ... resolved to the nearest fitting earlier actor. */
export function resolveActors(c: ParaContext, earlierMentions: () => ActorAnnotation[], gazetteer: Gazetteer, companies?: Map<string, string>): ActorAnnotation[] {
  const out: ActorAnnotation[] = [];
  if (!(c.anyBits & THE_BIT) || !(c.anyBits & ACTOR_HEAD_BIT)) return out;
  describedCompanies = companies;
  let earlier: ActorAnnotation[] | null = null;
  // Whether a mention fits a description depends on the two only: decided once per pair, so that many
  // descriptions in a row do not test the same mentions again (a paragraph of "the government ..." stays linear).
  const verdicts = new Map<RegExp, Map<ActorAnnotation, boolean>>();
  for (let i = 0; i + 1 < c.toks.length; i++) {
    // ("The Commission" in capitals refers back too, unless more of a name follows: "the Council of Europe".)
    // ("Volkswagen said ... Germany's biggest carmaker said", "HSBC ... the country's largest bank": a company's
    // description after a country's possessive goes back as one after "the" does; it opens at the country.)
    let first = i;
    if (!(c.bits[i] & THE_BIT) || !joins(c, i)) continue;
    if (c.toks[i].key === 's' && (first = countryPossessive(c, i)) < 0) continue;
    // ("The Strasbourg-based court", "the Hague-based tribunal", "the top court": a seat or a rank before the head.)
    const h = first !== i ? businessHead(c, i) : c.bits[i + 1] & ACTOR_HEAD_BIT ? i + 1 : modifiedHead(c, i);
    if (h < 0 || (h === i + 1 && isCap(c.toks[h]) && namedOnward(c, h))) continue;
    // ("China's biggest carmaker BYD", "BYD, China's biggest carmaker,": a possessive's description of a company named
    // beside it is that name's, not one named before.)
    if (first !== i && ((h + 1 < c.toks.length && joins(c, h) && isCap(c.toks[h + 1])) || (first > 0 && c.text.charCodeAt(c.toks[first].start - 2) === 44))) continue;
    // ("Deutsche Bank said ... The central bank said": a central bank is no commercial bank named before.)
    const central = h > i + 1 && c.toks[h - 1].key === 'central';
    const key = `the ${c.toks[h].key}`;
    // ("Unilever said ... The consumer goods group said": a group of a trade is a company.)
    // ("The Islamic State seized the town. The jihadist group also took ...": an armed group's description is an armed group
    // named before, no campaigning one.)
    const fit = key === 'the group' && h > i + 1 && BUSINESS_MODIFIERS.has(c.toks[h - 1].text) ? COMPANY_ANAPHORS.get('the company') : key === 'the group' && h > i + 1 && ARMED_KINDS.has(c.toks[h - 1].text) ? ARMED_GROUP_FIT : key === 'the maker' && h === i + 2 ? makerFit(c.toks[i + 1].text) : ACTOR_ANAPHORS.get(key);
    if (!fit) continue;
    // ("the utility of sanctions": a thing's use, no company.)
    if (key === 'the utility' && c.toks[h + 1]?.key === 'of') continue;
    // ("the software giant", "the oil major": a giant or a major only with its trade before it.)
    if (h === i + 1 && (key === 'the giant' || key === 'the major')) continue;
    // (A company's description fits bodies only: the many people and places between are passed over at once.)
    const company = COMPANY_FIT_BITS.has(fit) || PRODUCT_FITS.has(fit);
    // ("NINGBO HAIXIN ELECTRONICS CO., LTD. ... The oil firm is majority-owned by Gazprom Neft": a trade named before the
    // head is one a company the glossary does not know cannot be checked for; only a known one is that firm.)
    const trade = company && h > i + 1 && tradeNamed(c, i + 1, h);
    // (And a company the glossary knows is that firm only if its names or its description are of that trade: "the U.S.
    // auto giant" is no oil company named before.)
    const tradeFit = trade && c.toks[h].key !== 'maker' ? tradeFitOf(c, i + 1, h) : null;
    // The earlier mentions are gathered only for paragraphs that have a description to resolve.
    earlier ??= earlierMentions();
    // earlier is sorted by start: mentions starting at or after the description cannot end before it, so
    // the walk starts below them (binary search) and looks back a bounded number of mentions (linear overall).
    const lo = firstStartingFrom(earlier, c.toks[first].start);
    // ("Mostakbal Misr, the agency that now handles purchases": a description set off right after a body the glossary
    // does not know, and opening a clause about it, is that body.)
    const beside = lo > 0 && first === i ? appositionOf(c, i, earlier[lo - 1]) : null;
    if (beside) {
      const start = c.toks[first].start;
      const end = c.toks[h].end;
      out.push(actorMention(start, end, c.text.slice(start, end), beside.category, null));
      i = h;
      continue;
    }
    // ("The European Commission ... the Commission said ... Ireland's Data Protection Commission ... the Commission": a
    // description in capitals is a body's short name, and keeps the body it named before over a nearer one of its kind.)
    const capital = h === i + 1 && isCap(c.toks[h]);
    let nearest: ActorAnnotation | null = null;
    /** The nearest earlier mention of the European Union or one of its bodies or leaders, and whether one was linked. */
    let eu: ActorAnnotation | null = null;
    let linked = false;
    for (let k = lo - 1; k >= 0 && k >= lo - LOOKBACK; k--) {
      const cand = earlier[k];
      if (eu === null && cand.entity !== null && EU_SIGNS.has(cand.entity)) eu = cand;
      // (Its earlier use is looked for a short way back only.)
      if (nearest !== null && lo - k > SAME_NAME_LOOKBACK) break;
      // ("Reporting by The New York Times revealed that the ministry had paid the firm": a company named paragraphs before,
      // with none since, is no firm the story speaks of; each description linked names it again for the next.)
      if (company && cand.end < c.toks[first].start - COMPANY_REACH) break;
      if (cand.end > c.toks[first].start || cand.category === 'person' || cand.category === 'official' || (company && cand.category !== 'organization') || (trade && cand.entity === null)) continue;
      // ("BYD ... Germany's biggest carmaker": a company the glossary places in another country is none of this one's.)
      if (first !== i && cand.entity !== null && otherCountry(gazetteer, cand.entity, c.gazAt.get(first)?.m.entry.id)) continue;
      if (central && !CENTRAL_BANK_RE().test(cand.entity ? `${namesOf(gazetteer.entry(cand.entity)!)} | ${gazetteer.entry(cand.entity)!.description ?? ''}` : cand.text)) continue;
      if (tradeFit !== null && cand.entity !== null && !tradeFitsEntry(tradeFit, gazetteer.entry(cand.entity))) continue;
      if (!fitsMemo(verdicts, fit, cand, gazetteer)) continue;
      if (capital && !sameShortName(cand.text, c.text, c.toks[first].start, c.toks[h].end)) {
        nearest ??= cand;
        continue;
      }
      // ("Amnesty International criticised the Taliban. The group said": a description opening its sentence goes on
      // with the subject of the sentence before, when that fits too, over a nearer mention inside it.)
      const e = !capital && c.sentenceStart[first] ? (subjectBefore(c, first, earlier, k, (x) => x.category !== 'person' && x.category !== 'official' && fitsMemo(verdicts, fit, x, gazetteer)) ?? cand) : cand;
      const entry = e.entity ? gazetteer.entry(e.entity) : undefined;
      const start = c.toks[first].start;
      const end = c.toks[h].end;
      // ("Defence Minister Richard Marles ... completed by the Pentagon ... a former deputy secretary of the
      // department": in a story that spells its own Defence the Commonwealth way, a bare "the department" is that
      // country's, not the US Department of Defense named in passing; it stays a department of no known entry.)
      const entity = entry && key === 'the department' && namesOf(entry).includes('Defense') && COMMONWEALTH_DEFENCE_RE.test(c.text.slice(Math.max(0, start - DEFENCE_WINDOW), start)) ? null : e.entity;
      out.push(actorMention(start, end, c.text.slice(start, end), categoryOf(entry, e), entity));
      nearest = null;
      linked = true;
      break;
    }
    // (No earlier use of the short name: the nearest body of its kind.)
    if (nearest !== null) {
      const entry = nearest.entity ? gazetteer.entry(nearest.entity) : undefined;
      const start = c.toks[first].start;
      const end = c.toks[h].end;
      out.push(actorMention(start, end, c.text.slice(start, end), categoryOf(entry, nearest), nearest.entity));
    } else if (!linked && capital && eu !== null) {
      // ("EU leaders agreed ... the Commission's proposal ... adoption by the Council": no commission or council named
      // before, in a story of the Union, the capitalised short name is the Union's own body.)
      const body = EU_SHORT_NAMES.get(key);
      if (body !== undefined && !otherBodyNamed(c.text, c.toks[first].start, c.text.slice(c.toks[h].start, c.toks[h].end))) {
        const start = c.toks[first].start;
        const end = c.toks[h].end;
        out.push(actorMention(start, end, c.text.slice(start, end), 'organization', body));
      }
    }
    i = h;
  }
  return out;
}

/**
 * The token that opens a country's possessive ending in the "s" at token i ("Germany's", "South Korea's", "the
 * country's", "the kingdom's"), or -1.
 */
function countryPossessive(c: ParaContext, i: number): number {
  if (i < 1 || !joins(c, i) || !possessiveBefore(c, i + 1)) return -1;
  const g = gazetteerEndingAt(c, i - 1);
  if (g >= 0) return c.gazAt.get(g)!.m.entry.category === 'country' ? g : -1;
  // ("Europe's largest planemaker", "Asia's biggest lender".)
  if (isCap(c.toks[i - 1]) && CONTINENTS.has(c.toks[i - 1].key)) return i - 1;
  return i >= 2 && OWN_COUNTRY_WORDS.has(c.toks[i - 1].key) && c.toks[i - 2].key === 'the' && joins(c, i - 2) ? i - 2 : -1;
}
/** Continents whose possessive ranks a company as a country's does. */
const CONTINENTS = new Set(['europe', 'asia', 'africa']);
/** Whether the glossary's description of an entity names a country and not the one given ("Chinese maker of electric
 * cars" is not Germany's). */
function otherCountry(gazetteer: Gazetteer, entity: string, country: string | undefined): boolean {
  const about = gazetteer.entry(entity)?.description;
  if (!about || country === undefined) return false;
  let other = false;
  for (const m of gazetteer.match(about)) {
    if (m.entry.id === country) return false;
    if (m.entry.category === 'country') other = true;
  }
  return other;
}
/** What names or describes a central bank. */
const CENTRAL_BANK_RE = lazyRegExp(() => /\b(?:central bank|reserve|Bundesbank|Bank of (?!America|China\b|New York Mellon|Montreal|Nova Scotia|Communications))/i);
/** The words for a story's own country before a possessive: "the country's largest bank". */
const OWN_COUNTRY_WORDS = new Set(['country', 'nation', 'kingdom', 'island', 'emirate', 'world']);

/** How many tokens back the sentence before a description is looked for. */
const SENTENCE_BEFORE_TOKENS = 120;
/**
 * The mention that opens the sentence before the one token i opens (maybe after "The" or an opening phrase set off by
 * a comma: "On Friday, Amnesty ..."), when it fits and earlier[k], the nearest fitting mention, is inside that
 * sentence too; else null. Reads back over that sentence's tokens and mentions only.
 */
function subjectBefore(c: ParaContext, i: number, earlier: ActorAnnotation[], k: number, fits: (e: ActorAnnotation) => boolean): ActorAnnotation | null {
  let j = i - 1;
  while (j > 0 && !c.sentenceStart[j] && i - j < SENTENCE_BEFORE_TOKENS) j--;
  // (A description opening its paragraph goes on from the last sentence of the paragraph before.)
  const from = i === 0 ? lastSentenceStart(c.text, c.toks[0].start) : j >= 0 && c.sentenceStart[j] ? c.toks[j].start : -1;
  if (from < 0) return null;
  if (earlier[k].start < from) return null;
  let best: ActorAnnotation | null = null;
  let at = -1;
  for (let q = k - 1; q >= 0 && earlier[q].start >= from; q--) {
    const e = earlier[q];
    if (e.end > earlier[k].start || !opensSentence(c.text, from, e.start) || !fits(e)) continue;
    best = e;
    at = q;
  }
  // ("Alphabet's Google said it would appeal. The search giant said": the subject is what the possessive owns; "Google
  // parent Alphabet said", "Apple supplier Foxconn said": what the company is named to describe.)
  if (best !== null && at + 1 <= k && fits(earlier[at + 1]) && ((POSSESSIVE_AFTER_RE.test(c.text.slice(best.end, best.end + 3)) && earlier[at + 1].start <= best.end + 3) || relationBetween(c.text, best.end, earlier[at + 1].start))) best = earlier[at + 1];
  // ("Citigroup analysts said Amazon would beat forecasts. The company has cut costs": a firm that only names whose
  // analysts spoke is no subject the next sentence goes on with; the company they spoke of, nearer, is.)
  return best !== null && testLong(STAFF_AFTER_RE, c.text.slice(best.end, best.end + 16)) ? null : best;
}
/** Whether the text between two mentions is one word of how a company stands to another: " parent ", " supplier ",
 * "-backed " ("Microsoft-backed OpenAI"). */
function relationBetween(text: string, from: number, to: number): boolean {
  return to - from < 16 && to - from > 4 && RELATION_BETWEEN_RE.test(text.slice(from, to));
}
const RELATION_BETWEEN_RE = /^(?: (?:parent|owner|supplier|rival|unit|subsidiary|affiliate|partner|customer|contractor|peer)|-(?:backed|owned|controlled|funded)) $/;
/** A possessive's ending and a blank: "'s ", "’s ". */
const POSSESSIVE_AFTER_RE = /^['\u2019]s\s/;
/** The staff of a firm after its name, who speak of other companies: " analysts", " economists", " strategists". */
const STAFF_AFTER_RE = /^\s(?:analysts?|economists?|strategists?|researchers)\b/;
/** How far back the last sentence of the paragraph before is looked for. */
const LAST_SENTENCE_CHARS = 400;
/** Where the last sentence before `at` (the start of a paragraph) starts: after the last full stop, question or
 * exclamation mark before a blank (and no word in lower case), or a line's end, past blanks; -1 if none is near. */
function lastSentenceStart(text: string, at: number): number {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const lo = Math.max(0, end - LAST_SENTENCE_CHARS);
  let p = end - 2;
  for (; p >= lo; p--) {
    const ch = text.charCodeAt(p);
    // (A stop before a word in lower case closes an abbreviation: "the U.S. had".)
    if (ch === 10 || ((ch === 46 || ch === 33 || ch === 63) && isSpaceCode(text.charCodeAt(p + 1)) && !isAsciiLowerCode(text.charCodeAt(p + 2)))) break;
  }
  if (p < lo && lo > 0) return -1;
  let q = p + 1;
  while (q < end && isSpaceCode(text.charCodeAt(q))) q++;
  return q < end ? q : -1;
}
/** Whether a mention at `at` opens the sentence that starts at `from`: right there, after "The", or after an opening
 * phrase set off by a comma ("On Friday, "). */
function opensSentence(text: string, from: number, at: number): boolean {
  if (at === from) return true;
  if (at - from === 4) return text.startsWith('The ', from);
  return at - from < 40 && text.charCodeAt(at - 2) === 44 && text.charCodeAt(at - 1) === 32 && text.indexOf(',', from) === at - 2;
}

/**
 * The head after "the" and a modifier that leaves it a description of a body named before: a seat ("the
 * Strasbourg-based court", "the Hague-based tribunal") or "top" ("the top court"); -1 if none.
 */
function modifiedHead(c: ParaContext, i: number): number {
  let h = i + 1;
  const based = isCap(c.toks[h]) ? seatBased(c, h) : -1;
  if (based > 0) h = based + 1;
  else if (h + 1 < c.toks.length && c.toks[h].key === 'top' && joins(c, h)) h += 1;
  else if (!GROUP_KINDS.has(c.toks[h].text)) return businessHead(c, i);
  // ("the rights group", "the London-based rights group": what kind of group it is.)
  if (h + 1 < c.toks.length && GROUP_KINDS.has(c.toks[h].text) && joins(c, h) && c.toks[h + 1].key === 'group') h += 1;
  return h < c.toks.length && joins(c, h - 1) && c.bits[h] & ACTOR_HEAD_BIT && !isCap(c.toks[h]) ? h : -1;
}
/**
 * The token "based" after a seat that starts at the capitalised token h and is joined to it by a hyphen, or -1: one or
 * two words ("the Strasbourg-based court", "The New York-based group"), maybe a town and its state or country after a
 * comma ("The Santa Clara, California-based company", "the Austin, Texas-based carmaker", "a Washington, D.C.-based
 * think tank", "Calif.-based").
 */
function seatBased(c: ParaContext, h: number): number {
  let k = h;
  if (k + 1 < c.toks.length && isCap(c.toks[k + 1]) && joins(c, k)) k++;
  // (The town's comma, then its state or country.)
  if (k + 2 < c.toks.length && c.text.charCodeAt(c.toks[k].end) === 44 && c.text.charCodeAt(c.toks[k].end + 1) === 32 && c.toks[k + 1].start === c.toks[k].end + 2 && isCap(c.toks[k + 1]) && !c.sentenceStart[k + 1]) {
    k++;
    if (k + 1 < c.toks.length && isCap(c.toks[k + 1]) && joins(c, k)) k++;
  }
  const b = k + 1;
  if (b + 1 >= c.toks.length || c.toks[b].key !== 'based' || c.sentenceStart[b]) return -1;
  const gap = c.toks[b].start - c.toks[k].end;
  return (gap === 1 && c.text.charCodeAt(c.toks[k].end) === 45) || (gap === 2 && c.text.charCodeAt(c.toks[k].end) === 46 && c.text.charCodeAt(c.toks[k].end + 1) === 45) ? b : -1;
}
/**
 * The head of a description of business copy after "the" and up to three words that say where the company is from or
 * what it makes ("The Japanese carmaker", "the South Korean company", "The largest U.S. lender", "the electric
 * carmaker", "The Wall Street bank", "the central bank"); -1 if none. A country before the head is read by the glossary.
 */
function businessHead(c: ParaContext, i: number): number {
  let h = i + 1;
  for (let n = 0; n < 3 && h + 1 < c.toks.length && joins(c, h); n++) {
    const g = c.gazAt.get(h);
    if (g && g.m.entry.category === 'country' && g.end < c.toks.length && joins(c, g.end - 1)) h = g.end;
    else if (BUSINESS_MODIFIERS.has(c.toks[h].text)) h++;
    else if (c.toks[h].text === 'Wall' && c.toks[h + 1].text === 'Street') h += 2;
    // ("the e-commerce giant", "the state-owned company": a modifier's two halves about its hyphen.)
    else if (c.toks[h + 1].start === c.toks[h].end + 1 && c.text.charCodeAt(c.toks[h].end) === 45 && BUSINESS_MODIFIERS.has(`${c.toks[h].text}-${c.toks[h + 1].text}`)) h += 2;
    else break;
  }
  // ("The iPhone maker", "the Ozempic maker", "the EV maker": one word of what it makes before "maker".)
  // (Not one who makes policy or peace: "the policy maker", "a decision maker" are people.)
  if (h === i + 1 && i + 2 < c.toks.length && c.toks[i + 2].key === 'maker' && joins(c, i + 1) && joins(c, i) && isProduct(c.toks[i + 1].text)) return i + 2;
  return h > i + 1 && h < c.toks.length && joins(c, h - 1) && c.bits[h] & ACTOR_HEAD_BIT && !isCap(c.toks[h]) && (COMPANY_ANAPHORS.has(`the ${c.toks[h].key}`) || (c.toks[h].key === 'group' && BUSINESS_MODIFIERS.has(c.toks[h - 1].text))) ? h : -1;
}
/** Whether a token in [from, to) names a trade ("oil", "mining", "iPhone"): no place, size or standing of a company. */
function tradeNamed(c: ParaContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TRADE_WORDS.has(c.toks[k].text) || (c.toks[to].key === 'maker' && k === to - 1)) return true;
  return false;
}
/** What the trade words in [from, to) ask of a company's names and description, or null where none is one. */
function tradeFitOf(c: ParaContext, from: number, to: number): RegExp | null {
  for (let k = from; k < to; k++) {
    const w = c.toks[k].text;
    // ("e-commerce": the word's two halves about its hyphen.)
    const word = k + 1 < to && c.text.charCodeAt(c.toks[k].end) === 45 && c.toks[k + 1].start === c.toks[k].end + 1 && TRADE_WORDS.has(`${w}-${c.toks[k + 1].text}`) ? `${w}-${c.toks[k + 1].text}` : w;
    if (!TRADE_WORDS.has(word)) continue;
    for (const [words, fit] of TRADE_FAMILIES) if (words.has(word)) return fit;
    return tradeWordFit(word);
  }
  return null;
}
/** A trade word's own pattern, made once per word. */
const tradeWordFits = new Map<string, RegExp>();
function tradeWordFit(word: string): RegExp {
  let fit = tradeWordFits.get(word);
  if (fit === undefined) tradeWordFits.set(word, (fit = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i')));
  return fit;
}
/** Whether a company's names or description fit a trade's pattern (a company the glossary does not describe fits any). */
function tradeFitsEntry(fit: RegExp, entry: GlossaryEntry | undefined): boolean {
  if (entry === undefined) return true;
  return fit.test(`${namesOf(entry)} | ${entry.description ?? ''}`);
}
/** The trades by family, and what a company of each is described with: "the auto giant" is a carmaker, "the software
 * giant" a technology company, "the consumer goods group" a maker of brands. */
const TRADE_FAMILIES: [Set<string>, RegExp][] = [
  [new Set(['oil', 'gas', 'energy']), /\b(?:oil|gas|energy|petroleum|fuels?|power|electricity|utility|renewables?)\b/i],
  [new Set(['car', 'auto', 'electric']), /\b(?:cars?|auto\w*|motors?|vehicles?|carmaker|electric)\b/i],
  [new Set(['mining', 'commodities', 'commodity', 'steel', 'cement', 'chemicals']), /\b(?:min(?:ing|er)|metals?|copper|iron|gold|coal|commodit\w*|steel|cement|chemicals?)\b/i],
  [new Set(['chip', 'semiconductor', 'memory']), /\b(?:chips?|chipmaker|semiconductors?|memory|graphics)\b/i],
  [new Set(['software', 'cloud', 'tech', 'technology', 'internet', 'AI', 'search', 'social', 'e-commerce', 'ecommerce', 'gaming', 'streaming', 'media', 'entertainment', 'smartphone', 'telecoms', 'telecom', 'telecommunications']), /\b(?:software|cloud|tech\w*|internet|online|search|social|network|platform|AI|apps?|computers?|iPhone|(?:smart)?phones?|devices?|streaming|video|games?|media|news|entertainment|e-commerce|advertising|telecom\w*|mobile|broadband|chips?|Facebook|TikTok)\b/i],
  [new Set(['retail', 'consumer', 'goods', 'food', 'beverage', 'drinks', 'fashion', 'luxury', 'sportswear', 'tobacco']), /\b(?:retail\w*|consumer|goods|foods?|beverages?|drinks?|fashion|luxury|sportswear|apparel|clothing|tobacco|cigarettes?|brands?|stores?|supermarkets?|grocer\w*|beer|spirits)\b/i],
  [new Set(['banking', 'investment', 'insurance', 'payments', 'fintech', 'crypto', 'trading']), /\b(?:bank\w*|lender|investment|insur\w*|payments?|fintech|crypto\w*|trad(?:ing|er)|asset|funds?|financial|exchange|stablecoin|brokerage)\b/i],
  [new Set(['pharmaceutical', 'drug', 'biotech', 'healthcare']), /\b(?:pharma\w*|drugs?|drugmaker|biotech\w*|health\w*|medic\w*|vaccines?|obesity)\b/i],
  [new Set(['defence', 'defense', 'aerospace']), /\b(?:defen[cs]e|aerospace|aircraft|weapons?|arms|missiles?|military|jets?|planes?|planemaker)\b/i],
  [new Set(['engineering', 'industrial', 'construction']), /\b(?:engineering|industrial|construction|manufactur\w*|conglomerate|infrastructure)\b/i],
  [new Set(['shipping', 'logistics', 'travel']), /\b(?:shipping|logistics|containers?|freight|travel|airlines?|cruises?|ports?)\b/i],
];
/** The words before a company's description that name a trade (BUSINESS_MODIFIERS holds them too). */
const TRADE_WORDS = new Set(('electric|oil|gas|accounting|consulting|investment|industrial|engineering|retail|banking|insurance|pharmaceutical|chemicals|steel|shipping|food|beverage|drinks|luxury|fashion|software|technology|tech|memory|mining|energy|chip|drug|media|consumer|goods|' +
  // (And the trades of "the search giant", "the social media company", "the streaming giant", "the AI company".)
  'search|social|internet|e-commerce|ecommerce|streaming|semiconductor|telecoms|telecom|telecommunications|defence|defense|aerospace|entertainment|sportswear|logistics|gaming|cloud|payments|tobacco|cement|smartphone|car|auto|travel|construction|property|commodities|commodity|trading|crypto|fintech|biotech|healthcare|AI').split('|'));
/** What makes a maker of a kind the descriptions above name: "the chip maker" is "the chipmaker". */
const MAKER_KINDS = new Map([
  ['chip', 'the chipmaker'], ['car', 'the carmaker'], ['auto', 'the carmaker'], ['EV', 'the carmaker'], ['vehicle', 'the carmaker'],
  ['drug', 'the drugmaker'], ['vaccine', 'the drugmaker'], ['plane', 'the planemaker'], ['aircraft', 'the planemaker'], ['jet', 'the planemaker'],
]);
/** Whether a word before "maker" names a product: a name with a capital ("iPhone", "Ozempic", "EV") or a kind of
 * goods (MAKER_KINDS, PRODUCT_WORDS). */
function isProduct(word: string): boolean {
  if (MAKER_KINDS.has(word) || PRODUCT_WORDS.has(word)) return true;
  for (let k = 0; k < word.length; k++) {
    const ch = word.charCodeAt(k);
    if (ch >= 65 && ch <= 90) return true;
  }
  return false;
}
/** Goods in lower case whose maker is a company ("the smartphone maker"). */
const PRODUCT_WORDS = new Set(['smartphone', 'phone', 'battery', 'software', 'game', 'toy', 'beer', 'tyre', 'tire', 'steel', 'cement', 'truck', 'robot', 'drone', 'satellite']);
/** What "the X maker" fits: a maker of a kind, or a company whose glossary description or names hold X or its plural ("The
 * iPhone maker": Apple, "The US maker of the iPhone"; "the smartphone maker": "maker of smartphones"). One pattern per
 * product, made once. */
function makerFit(product: string): RegExp {
  const kind = MAKER_KINDS.get(product);
  if (kind !== undefined) return COMPANY_ANAPHORS.get(kind)!;
  let fit = productFits.get(product);
  if (fit === undefined) {
    fit = new RegExp(`(?:^|[^\\p{L}\\p{N}])${product.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'u');
    if (productFits.size < 200) productFits.set(product, fit);
    PRODUCT_FITS.add(fit);
  }
  return fit;
}
const productFits = new Map<string, RegExp>();
/** The patterns of makerFit's products, which mentionFits reads in a body's description. */
const PRODUCT_FITS = new WeakSet<RegExp>();
/** Words before a company's description that say what it is, makes or where it stands ("the electric carmaker"). */
const BUSINESS_MODIFIERS = new Set([...TRADE_WORDS, ...'central|largest|biggest|most|valuable|second-largest|second-biggest|third-largest|oldest|leading|embattled|troubled|struggling|listed|contract|online|private|state-owned|state-run|family-owned|cash-strapped|loss-making|world\'s|Silicon|Valley'.split('|')]);

/** The kinds of campaigning group a description names before "group" ("the rights group"). */
const GROUP_KINDS = new Set(['rights', 'advocacy', 'campaign', 'watchdog', 'terrorist', 'militant', 'jihadist', 'extremist', 'armed', 'rebel', 'insurgent']);
/** The kinds of armed group a description names before "group" ("the jihadist group"). */
const ARMED_KINDS = new Set(['terrorist', 'militant', 'jihadist', 'extremist', 'armed', 'rebel', 'insurgent']);
/** What an armed group's description fits: an armed group or force the glossary holds as such, or named so. */
const ARMED_GROUP_FIT = /\b(group|front|movement|cartel|eln|farc|brigades?|islamic state|qaeda|qaida|hamas|hezbollah|taliban|houthis?|isis|isil|daesh|pkk|shabaab|boko haram|jnim|militia|units|support forces|mobili[sz]ation forces|wagner)\b/i;
/** Names of a force against an armed group, which its name holds: "Global Coalition against Daesh", "Counter-ISIS Coalition". */
const AGAINST_GROUP_RE = /\b(?:coalition|against|counter|anti)\b/i;

/** The category of a description resolved to e: its glossary entry's, else its own. (Its own function: e's own, read
 * first for a mention the glossary does not know after resolveActors was optimised, threw its code away.) */
function categoryOf(entry: GlossaryEntry | undefined, e: ActorAnnotation): ActorCategory {
  return (entry?.category ?? e.category) as ActorCategory;
}

/**
 * The mention e when the description at token i is set off right after it, by a comma, and a clause about it follows
 * ("Mostakbal Misr, the agency that ...", "Halvard, the group which ..."): a body without a glossary entry; else null.
 */
function appositionOf(c: ParaContext, i: number, e: ActorAnnotation): ActorAnnotation | null {
  const start = c.toks[i].start;
  if (e.entity || e.end !== start - 2 || c.text.charCodeAt(start - 2) !== 44 || c.text.charCodeAt(start - 1) !== 32) return null;
  if (e.category !== 'organization' && e.category !== 'group' && e.category !== 'government' && e.category !== 'military') return null;
  const next = c.toks[i + 2];
  return next && joins(c, i + 1) && APPOSITION_CLAUSE.has(next.key) ? e : null;
}
const APPOSITION_CLAUSE = new Set(['that', 'which', 'whose']);

/** The entries whose mention makes a story one of the European Union: the Union, its bodies and its leaders. (Not the
 * European Council alone: "The European Council invites the Council" names no more of the Council than that.) */
const EU_SIGNS = new Set(['eu', 'european-commission', 'council-of-the-eu', 'european-parliament', 'coreper', 'cjeu', 'ecb', 'eurostat', 'frontex', 'ursula-von-der-leyen']);
/** The Union's bodies by the capitalised short name EU writing gives them. */
const EU_SHORT_NAMES = new Map([
  ['the commission', 'european-commission'],
  ['the council', 'council-of-the-eu'],
]);

/** How far back otherBodyNamed looks for another body of the same head word. */
const OTHER_BODY_WINDOW = 3000;
/** Words before "Commission" or "Council" that keep it the Union's: "the Commission", "European Commission", "EU Council". */
const EU_BODY_BEFORE_RE = lazyRegExp(() => /(?:^|[^\p{L}])(?:[Tt]he|European|EU|E\.U\.)\s+$|^$/u);
/**
 * Whether the head word ("Commission") was written, a short way before from, with a capitalised word before it other
 * than the Union's: "the Federal Trade Commission", "the Security Council". A short name after it may be that body.
 */
function otherBodyNamed(text: string, from: number, head: string): boolean {
  const lo = Math.max(0, from - OTHER_BODY_WINDOW);
  for (let at = text.lastIndexOf(head, from - 1); at >= lo; at = text.lastIndexOf(head, at - 1)) {
    if (isWordCode(text.charCodeAt(at + head.length)) || isWordCode(text.charCodeAt(at - 1))) continue;
    const before = text.slice(Math.max(0, at - 24), at);
    const word = /(\S+)\s+$/.exec(before)?.[1] ?? '';
    if (word === '' || !/^\p{Lu}/u.test(word) || EU_BODY_BEFORE_RE().test(before)) continue;
    return true;
  }
  return false;
}

/** Whether a mention's text is the description text[from, to) again, in the same capitals ("the Commission"). */
function sameShortName(mention: string, text: string, from: number, to: number): boolean {
  if (mention.length !== to - from) return false;
  // ("The Commission" opening a sentence is the same short name.)
  return mention.slice(1) === text.slice(from + 1, to) && (mention.charCodeAt(0) | 32) === (text.charCodeAt(from) | 32);
}
