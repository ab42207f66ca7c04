// Titled people: an office's or a courtesy title and the name after it ("Prime Minister Mohammed Shia al-Sudani", "US
// Secretary of State Marco Rubio", "Mr Ellwood"), with the title's modifiers and portfolio, and the titles that are
// part of a body's or a law's name instead. Apart from personPatterns.ts, which finds where a name ends.
import type { ActorCategory } from './types';
import * as actorWordsModule from './actorWords';
import * as givenNamesModule from './givenNames';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as charsModule from './chars';
import * as actorPatternsSharedModule from './actorPatternsShared';
import * as personPatternsModule from './personPatterns';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { MALAY_HONOURS, PLURAL_TITLES, NOT_NAME, PORTFOLIOS, PORTFOLIO_WORDS, TITLE_MAX_WORDS } = actorWordsModule;
const { GIVEN_NAMES } = givenNamesModule;
const { isAllCaps, isCap, joins, keyOf, mayStartPhrase, ORG_HEAD_BIT, ORG_SUFFIX_BIT, phraseAt, possessiveBefore } = actorContextModule;
const { backOverBlanks, isDigitCode, skipBlanks, testLong } = charsModule;
const { gazetteerEndingAt, isPersonCategory, LAW_WORDS, OFFICE_LAST, REGION_FIRST, startOfGazetteerEndingAt, TITLE_BIT, titles } = actorPatternsSharedModule;
const { firstSurnameKey, lastNameKey, malayNameKey, nameEnd, personMatchEnding, VESSEL_AFTER_RE } = personPatternsModule;

/** A comma or semicolon right after a word: a list goes on. */
const LIST_MARK_AFTER_RE = /^\s?[,;]/;

/** Start token of a title's modifiers: "US", "Iraqi", "NATO", "Iraq's", "Defense", "Foreign Office". */
/** Titles of courtesy, which name a person and no office. */
const COURTESY_TITLES = new Set('mr|mrs|ms|miss|dr|sir|dame|lady|lord|mx'.split('|'));

function titleModifiersStart(c: ParaContext, i: number, named = false): number {
  let s = i;
  for (let steps = 0; steps < 3 && s > 0; steps++) {
    if (!joins(c, s - 1)) break;
    if (possessiveBefore(c, s) && s >= 2) {
      const g = startOfGazetteerEndingAt(c, s - 2);
      if (g < 0) break;
      // ("Amnesty's South Asia director Smriti Singh", "Microsoft's chief financial officer Amy Hood": a body the glossary
      // knows, not a state, owns the post by its possessive, and stays an actor of its own, as "Iran's foreign minister"
      // does; the officeholder's mention is the post and the name. "Britain's Foreign Secretary David Lammy" stays one.)
      if (named && c.gazAt.get(g)?.m.entry.category === 'organization') break;
      s = g;
      continue;
    }
    const g = startOfGazetteerEndingAt(c, s - 1);
    if (g >= 0) {
      s = g;
      continue;
    }
    // "Trump spokesman Hogan Gidley": a known person before the title is an actor of their own, and so is a
    // given name and a surname ("Hillary Clinton aide Cheryl Mills").
    if (endsKnownPerson(c, s - 1)) break;
    if (s >= 2 && isCap(c.toks[s - 1]) && GIVEN_NAMES.has(c.toks[s - 2].key) && joins(c, s - 2) && !c.gazAt.has(s - 1) && !isCap(c.toks[i])) break;
    // "Business and Trade Secretary Jonathan Reynolds": two portfolios joined by "and" make one.
    if (s >= 2 && c.toks[s - 1].key === 'and' && PORTFOLIO_WORDS.has(c.toks[s].key) && PORTFOLIO_WORDS.has(c.toks[s - 2].key) && isCap(c.toks[s - 2]) && isCap(c.toks[s]) && joins(c, s - 2) && joins(c, s - 1)) {
      s -= 2;
      continue;
    }
    const t = c.toks[s - 1];
    // ("Intel's new chief executive Lip-Bu Tan", "Iran's former foreign minister": a word of tenure after the owner's
    // possessive is the title's, and so is the owner.)
    if (s >= 3 && TENURE_WORDS.has(t.key) && !isCap(t) && possessiveBefore(c, s - 1)) {
      s--;
      continue;
    }
    // (Not before a courtesy title: "Ask Mr Kurti" opens with a verb; "Mr" takes no modifier of office.)
    // ("Chechen leader Ramzan Kadyrov" opening its sentence: a region's demonym is no word the sentence opens with.)
    if (isCap(t) && !NOT_NAME.has(t.key) && (!c.sentenceStart[s] || REGION_DEMONYMS.has(t.key) || PARTY_WORDS.has(t.key)) && !COURTESY_TITLES.has(c.toks[i].key) && (isAllCaps(t) || testLong(/^[A-Z][a-z]+$/, t.text))) {
      s--;
      continue;
    }
    // "EU climate commissioner", "Chinese foreign ministry spokesperson": lower-case words after an actor.
    let k = s;
    while (k > 0 && s - k < 2 && joins(c, k - 1) && (TITLE_DOMAINS.has(c.toks[k - 1].text) || (c.sentenceStart[k - 1] && TITLE_DOMAINS.has(c.toks[k - 1].key)))) k--;
    // "Local government minister Jim McMahon": the portfolio opens the sentence, its first word capitalised there.
    if (k < s && c.sentenceStart[k] && isCap(c.toks[k])) {
      s = k;
      break;
    }
    // ("Republican presidential candidate Vivek Ramaswamy": a party's label before the race is the candidate's.)
    if (k < s && k > 0 && joins(c, k - 1) && isCap(c.toks[k - 1]) && PARTY_WORDS.has(c.toks[k - 1].key)) {
      s = k - 1;
      break;
    }
    // ("India's foreign ministry spokesperson Randhir Jaiswal": the actor's possessive before the portfolio.)
    if (k < s && k > 0 && joins(c, k - 1)) {
      const g = possessiveBefore(c, k) && k >= 2 ? startOfGazetteerEndingAt(c, k - 2) : startOfGazetteerEndingAt(c, k - 1);
      if (g >= 0) {
        s = g;
        continue;
      }
    }
    break;
  }
  // "the Custodian of the Two Holy Mosques King Salman": the Saudi king's style is one with his title.
  if (s >= 3 && c.toks[s - 1].key === 'the' && c.toks[s - 2].key === 'of' && c.toks[s - 3].key === 'custodian' && s < i && c.toks[s].key === 'two' && joins(c, s - 3) && joins(c, s - 2) && joins(c, s - 1)) s -= 3;
  // "Former Israeli prime minister", "the acting president": a word of tenure belongs to the title. (A courtesy title
  // holds no office that "then" could date: "and then Dr. Julia Hahn spoke" is the adverb; "former Miss Universe" stays.)
  if (s > 0 && joins(c, s - 1) && TENURE_WORDS.has(c.toks[s - 1].key) && !(c.toks[s - 1].key === 'then' && COURTESY_TITLES.has(c.toks[i].key))) s--;
  // ("407th AEG commander", "the 82nd Airborne commander": a unit's number before its name is the unit's.)
  else if (s > 0 && s < i && joins(c, s - 1) && isCap(c.toks[s]) && isDigitCode(c.toks[s - 1].text.charCodeAt(0)) && testLong(UNIT_ORDINAL_RE, c.toks[s - 1].text)) s--;
  return s;
}

/** Whether the modifiers [s, i) of a title are one place the glossary knows after "In" or "At" opening the sentence, and
 * the name ending before ne no possessive. */
function frontedPlace(c: ParaContext, s: number, i: number, ne: number): boolean {
  if (s < 1 || !c.sentenceStart[s - 1] || !joins(c, s - 1) || (c.toks[s - 1].key !== 'in' && c.toks[s - 1].key !== 'at')) return false;
  const g = c.gazAt.get(s);
  if (!g || g.end !== i || g.m.entry.category !== 'country') return false;
  const after = c.text.charCodeAt(c.toks[ne - 1].end);
  return !((after === 39 || after === 0x2019) && c.toks[ne]?.key === 's');
}

/** A unit's number: "407th", "1st", "82nd". */
const UNIT_ORDINAL_RE = /^\d{1,4}(?:st|nd|rd|th)$/;

/** Industries whose big companies are their "majors": "oil major", "mining major". */
const INDUSTRY_BEFORE_MAJOR = new Set('oil|energy|gas|mining|miner|pharma|pharmaceutical|drug|drugs|tech|steel|chemicals|chemical|auto|shipping|food|media|banking|commodities|commodity|grain|metals|metal|cement|tobacco|beverage|consumer|oilfield'.split('|'));

/** The world's regions that a post in a body covers, named before its title ("Asia director", "Middle East director"). */
const WORLD_REGIONS = new Set('asia|africa|europe|americas|america|pacific|east|caribbean|balkans|caucasus|sahel|arctic|mena'.split('|'));

/** Whether tokens [s, i) are one or more glossary names, acronyms, lower-case words and a body's name, and not empty
 * ("CGT leader Sophie Binet": a body the glossary does not know modifies the title as a known name does). */
function knownModifiers(c: ParaContext, s: number, i: number): boolean {
  if (s >= i) return false;
  for (let k = s; k < i; ) {
    const g = c.gazAt.get(k);
    if (g) k = g.end;
    // ("Former Soviet leader Mikhail Gorbachev", "Then-Soviet leader ...": a word of tenure opening the sentence.)
    else if (k === s && TENURE_WORDS.has(c.toks[k].key)) k++;
    else if (REGION_DEMONYMS.has(c.toks[k].key) || PARTY_WORDS.has(c.toks[k].key)) k++;
    // ("Amnesty's South Asia director Smriti Singh", "Human Rights Watch's Middle East director": the region a post covers.)
    else if (WORLD_REGIONS.has(c.toks[k].key) || (REGION_FIRST.has(c.toks[k].key) && k + 1 < i && WORLD_REGIONS.has(c.toks[k + 1].key))) k++;
    else if (!isCap(c.toks[k]) || (c.toks[k].text.length >= 2 && isAllCaps(c.toks[k]))) k++;
    // ("Manchester City Council leader Bev Craig": a body's name in capitals, its last word a body's, before a post that
    // leads it; a rank or a judge's title keeps its own: "Air Force general Lloyd Newton", "Supreme Court justice".)
    else return c.bits[i - 1] & ORG_SUFFIX_BIT && BODY_LEADER_TITLES.has(c.toks[i].key) ? capitalisedRun(c, k, i) : false;
  }
  return true;
}

/**
 * The names listed after a plural title's first one ("Councillors Anna Trevorrow, Kate Sykes and Pious Ali"), each
 * added to out with the title's category; the last token read.
 */
function namesListed(c: ParaContext, k: number, category: ActorCategory, out: Candidate[], surnames = false): number {
  for (let guard = 0; guard < 12 && k < c.toks.length; guard++) {
    const gap = c.text.slice(c.toks[k - 1].end, c.toks[k].start);
    // ", Kate Sykes", " and Pious Ali", ", and Pious Ali".
    const and = c.toks[k].key === 'and' && joins(c, k);
    if (gap !== ', ' && !(gap === ' ' && and)) break;
    const at = and ? k + 1 : k;
    const e = at < c.toks.length ? nameEnd(c, at) : at;
    // ("Justices Alito and Thomas", "Senators Warren and Sanders": after a first surname alone, each surname alone, one the
    // glossary does not hold for a body or a place.)
    if (e - at < (surnames && !(c.gazAt.has(at) && !isPersonCategory(c.gazAt.get(at)!.m.entry.category)) ? 1 : 2)) break;
    out.push({ start: c.toks[at].start, end: c.toks[e - 1].end, category, entity: null, priority: 3, surname: lastNameKey(c, at, e), surname2: firstSurnameKey(c, at, e) });
    k = e;
  }
  return k - 1;
}

/** Lower-case words of a group before a lower-case title ("junta leader", "rebel commander", "militia chief"). */
const GROUP_BEFORE_TITLE = new Set('junta|rebel|rebels|militia|opposition|tribal|militant|separatist|insurgent|guerrilla|guerilla|army|party|faction|gang|cartel|clan'.split('|'));

/** The peoples and regions inside a state, which the glossary holds no country for, named before a lower-case title as
 * a country's demonym is ("Chechen leader Ramzan Kadyrov", "Dagestani leader Sergei Melikov", "Kurdish commander"). */
const REGION_DEMONYMS = new Set(
  'chechen|dagestani|ingush|tatar|bashkir|buryat|yakut|ossetian|abkhaz|abkhazian|crimean|kurdish|catalan|basque|galician|flemish|walloon|corsican|tibetan|uyghur|uighur|kashmiri|baloch|baluch|pashtun|sindhi|punjabi|tamil|druze|sahrawi|mapuche|zapatista|transnistrian|karabakh|chukotka'.split('|'),
);

/** A party by its adjective or short name before a lower-case title, as a known body is ("Conservative leader Kemi
 * Badenoch", "Lib Dem leader Ed Davey", "Senate Democratic leader Chuck Schumer", "Tory leader"). */
const PARTY_WORDS = new Set('conservative|labour|labor|tory|lib|dem|democratic|republican|liberal|socialist|communist|unionist|nationalist|green'.split('|'));

/** Words of tenure or side before a title ("former", "acting", "outgoing"; "opposition", as "shadow"). */
const TENURE_WORDS = new Set(['former', 'late', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'ex', 'shadow', 'deputy', 'caretaker', 'opposition', 'new']);

/** Whether a token in [s, i) starts a body the glossary knows that is no government ("Apple", "Nvidia"). (A place it
 * may not know: "Hong Kong" is read as no body.) */
function bodyAmong(c: ParaContext, s: number, i: number): boolean {
  for (let k = s; k < i; k++) if (c.gazAt.get(k)?.m.entry.category === 'organization') return true;
  return false;
}

/** Whether a glossary person or official ends at token `last`. */
function endsKnownPerson(c: ParaContext, last: number): boolean {
  const k = gazetteerEndingAt(c, last);
  return k >= 0 && isPersonCategory(c.gazAt.get(k)?.m.entry.category);
}

/** Lower-case portfolio words between an actor and a title ("EU climate commissioner", "foreign ministry spokesperson"). */
const TITLE_DOMAINS = new Set(
  (
    `${PORTFOLIOS}|ministry|office|government|opposition|party|parliamentary|senior|top|chief|deputy|former|acting|interim|regional|provincial|local|` +
    // The race a candidate runs in: "Republican presidential candidate Vivek Ramaswamy", "mayoral candidate".
    'presidential|vice-presidential|mayoral|gubernatorial|congressional|senate|leadership'
  ).split('|'),
);

/** "Prime Minister Mohammed Shia al-Sudani", "US Secretary of State Marco Rubio", "Mr Ellwood", "the Foreign Secretary". */
export function titledPeople(c: ParaContext, out: Candidate[]): void {
  if (!mayStartPhrase(c, titles)) return;
  for (let i = 0; i < c.toks.length; i++) {
    if (!(c.bits[i] & TITLE_BIT)) continue;
    const n = phraseAt(c, i, titles, TITLE_MAX_WORDS);
    if (!n) continue;
    const last = titledPersonAt(c, i, n, out);
    if (last >= 0) i = last;
  }
}

/** Titles of a town's or a region's head, which "of" and the place's name follow: "Mayor of Kharkiv Ihor Terekhov". */
const PLACE_HEAD_TITLES = new Set(['mayor', 'governor']);

/** The titles a hearing's record puts before a speaker's surname in capitals ("Senator REED.", "Mr. WICKER."). */
const HEARING_TITLES = new Set(['senator', 'mr', 'ms', 'mrs', 'chairman', 'chairwoman', 'representative', 'congressman', 'congresswoman', 'dr']);

/** Ranks and offices a hearing's record puts before a witness's surname in capitals ("General HARMON."). */
const HEARING_RANKS = new Set(['general', 'admiral', 'secretary', 'ambassador', 'director', 'governor', 'judge']);

/** The end of a hearing label's name in capitals from token k, one to three words closed by its full stop and the turn's
 * capital ("REED JONES. Thank"), or k when there is none. */
function hearingNameEnd(c: ParaContext, k: number): number {
  let e = k;
  while (e < c.toks.length && e - k < 3 && /^[A-Z]{2,}$/.test(c.toks[e].text) && !c.gazAt.has(e) && (e === k || joins(c, e - 1))) e++;
  if (e === k || (e - k === 1 && (c.toks[k].text.length < 3 || HEARING_TITLES.has(c.toks[k - 1].key)))) return k;
  return /^\. [A-Z]/.test(c.text.slice(c.toks[e - 1].end, c.toks[e - 1].end + 3)) ? e : k;
}

/** The token after a short gloss in brackets that opens at token k, "(Majlis) ", "(NA) ": one or two words, the bracket
 * right after its blank; or -1. */
function glossEnd(c: ParaContext, k: number): number {
  if (c.toks[k].start - c.toks[k - 1].end !== 2 || c.text.charCodeAt(c.toks[k - 1].end) !== 32) return -1;
  for (let t = k; t < k + 2 && t + 1 < c.toks.length; t++) {
    const close = c.toks[t].end;
    if (c.text.charCodeAt(close) === 41) return c.text.charCodeAt(close + 1) === 32 && c.toks[t + 1].start === close + 2 ? t + 1 : -1;
    if (c.toks[t + 1].start !== close + 1) return -1;
  }
  return -1;
}

/** Bodies named with "-General" after a hyphen. */
const HYPHENED_BODIES = new Set(['directorate', 'secretariat', 'inspectorate', 'commissariat']);

/** The last token of a law's name that runs on in capitals from token k ("Data Protection Regulation"), or -1. */
function lawNameEnd(c: ParaContext, k: number): number {
  for (let e = k; e < c.toks.length && e - k < 6 && joins(c, e - 1) && isCap(c.toks[e]); e++) if (LAW_WORDS.has(c.toks[e].key)) return e;
  return -1;
}

/** The title of n words at token i with the name after it (or the title alone), added to out; the last token
 * it covers, or -1. */
/** What follows "Gen" when it names a generation: "Gen Z", "Gen Zers", "Gen Alpha". */
const GENERATION_LETTERS = new Set(['Z', 'Zs', 'Zers', 'Zer', 'X', 'Xers', 'Y', 'Alpha', 'Alphas']);

function titledPersonAt(c: ParaContext, i: number, n: number, out: Candidate[]): number {
  const key = keyOf(c, i, i + n);
  // ("Hong Kong Chief Executive John Lee": capitalised, "Chief Executive" is also a territory's head of government, an
  // official as "Chief" made it before; a company's "chief executive" in lower case is a person.)
  const category = (key === 'chief executive' && isCap(c.toks[i]) ? 'official' : titles.get(key)) as ActorCategory;
  // ("PM" is the prime minister only in capitals and not after a clock's figure: "at 5 PM Eastern" is a time.)
  if (n === 1 && c.toks[i].key === 'pm' && (c.toks[i].text !== 'PM' || (i > 0 && isDigitCode(c.toks[i - 1].text.charCodeAt(c.toks[i - 1].text.length - 1))))) return -1;
  // ("Gen Z protesters", "the Gen Z-led protests", "Gen Zers": a generation, no general.)
  if (n === 1 && c.toks[i].text === 'Gen' && i + 1 < c.toks.length && joins(c, i) && GENERATION_LETTERS.has(c.toks[i + 1].text)) return -1;
  // "the Directorate-General for Trade", "the Directorate General of Foreign Trade", "the Secretariat-General": a body's
  // name, no general.
  if (i > 0 && c.toks[i].start === c.toks[i - 1].end + 1 && (c.text.charCodeAt(c.toks[i - 1].end) === 45 || c.text.charCodeAt(c.toks[i - 1].end) === 32) && HYPHENED_BODIES.has(c.toks[i - 1].key)) return -1;
  let k = i + n;
  // "Deputy Secretary-General of the Arab League Hossam Zaki": "-General" after a title's last word goes on with it.
  if (k < c.toks.length && c.toks[k].key === 'general' && c.text.charCodeAt(c.toks[k - 1].end) === 45 && c.toks[k].start === c.toks[k - 1].end + 1) k++;
  // "the (Ukrainian) General Staff": an army's command, no general.
  if (c.toks[k]?.key === 'staff' && c.toks[k - 1].key === 'general' && joins(c, k - 1)) {
    if (isCap(c.toks[k]) && !(k + 1 < c.toks.length && joins(c, k) && isCap(c.toks[k + 1]))) out.push({ start: c.toks[titleModifiersStart(c, i)].start, end: c.toks[k].end, category: 'military', entity: null, priority: 3 });
    return isCap(c.toks[k]) ? k : -1;
  }
  const capTitle = isCap(c.toks[i]);
  // "the EU's General Court", "the Inspector General Office": a capitalised title before a body's head word is a word
  // of that body's name (namedOrganisations reads it), no one's title.
  if (capTitle && k < c.toks.length && joins(c, k - 1) && isCap(c.toks[k]) && c.bits[k] & (ORG_SUFFIX_BIT | ORG_HEAD_BIT) && BODY_AFTER_TITLE.has(c.toks[k].key)) return k;
  // "the General Data Protection Regulation": a capitalised title that opens a law's name is a word of it, no one's.
  if (capTitle) {
    const law = lawNameEnd(c, k);
    if (law >= 0) return law;
  }
  // "Minister for the Middle East", "Minister of Foreign Affairs of Iraq"
  if (capTitle && k < c.toks.length && joins(c, k - 1) && testLong(/^(?:of|for)$/, c.toks[k].key)) {
    let m = k + 1;
    if (c.toks[m]?.key === 'the' && joins(c, m - 1)) m++;
    let e = m;
    // ("Chairman of the Abu Dhabi Crown Prince’s Court": a possessive before a capitalised noun goes on with the body.)
    // (Such a run, or a portfolio joined by "and", is the body or the portfolio whole: no name at its end.)
    let owned = false;
    /** The end of a body the glossary knows with "of" inside its name, after the title ("the Joint Chiefs of Staff"). */
    let whole = -1;
    for (;;) {
      while (e < c.toks.length && e - m < (owned ? 9 : 6) && isCap(c.toks[e]) && joins(c, e - 1) && !NOT_NAME.has(c.toks[e].key)) e++;
      // ("Chairman of the Joint Chiefs of Staff Dan Caine": a body the glossary knows, "of" inside its name, is the
      // title's body whole, and the name goes on after it.)
      if (e > m && c.toks[e]?.key === 'of') {
        const body = c.gazAt.get(m);
        if (body && body.end > e + 1 && !isPersonCategory(body.m.entry.category)) {
          e = whole = body.end;
          continue;
        }
      }
      if (e > m && c.toks[e]?.key === 's' && joins(c, e - 1) && joins(c, e) && possessiveBefore(c, e + 1) && isCap(c.toks[e + 1]) && !NOT_NAME.has(c.toks[e + 1].key)) {
        owned = true;
        e++;
      } else break;
    }
    // "Minister for the Middle East Tobias Ellwood": the last two capitalised words are the name when
    // a given name starts them or the run is long; otherwise the whole run qualifies the title.
    // ("Under Secretary of Defense Elbridge Colby": where the head and the first word make a title of their own,
    // "secretary of defense", that word ends the title.)
    // "Minister of Energy and Infrastructure": one portfolio of two capitalised words joined by "and" (no title after it).
    if (!owned && e > m && e - m <= 2 && portfolioAnd(c, e)) {
      e += 2;
      owned = true;
    }
    if (owned) k = e;
    else if (whole > 0) k = whole;
    else if (m === k + 1 && e - m >= 3 && titles.has(`${c.toks[k - 1].key} of ${c.toks[m].key}`)) k = m + 1;
    // ("Minister of Finance Wale Edun": a one-word portfolio, then two capitalised words that do not go on with it.)
    // ("Mayor of Kharkiv Ihor Terekhov": after a town's or a region's head's title, one word is the place and two the name.)
    else if (e - m >= 3 && (GIVEN_NAMES.has(c.toks[e - 2].key) || e - m >= 4 || (PORTFOLIO_WORDS.has(c.toks[m].key) && !PORTFOLIO_WORDS.has(c.toks[m + 1].key) && !PORTFOLIO_TAILS.has(c.toks[m + 1].key) && !PORTFOLIO_TAILS.has(c.toks[e - 1].key)) || (n === 1 && m === k + 1 && PLACE_HEAD_TITLES.has(c.toks[i].key) && !PORTFOLIO_WORDS.has(c.toks[m].key)))) k = e - 2;
    else if (e > m) k = e;
  }
  // "Speaker of the Islamic Consultative Assembly (Majlis) Mohammad Bagher Ghalibaf": the body's short name in brackets,
  // between the title's body and its holder's name, is the title's too.
  let glossed = false;
  if (capTitle && k > i + n + 1 && k < c.toks.length && c.toks[i + n].key === 'of' && c.text.charCodeAt(c.toks[k].start - 1) === 40) {
    const e = glossEnd(c, k);
    if (e > 0 && nameEnd(c, e) - e >= 2) {
      k = e;
      glossed = true;
    }
  }
  // "Minister of Foreign Affairs, Regional Integration and Togolese Abroad, Robert Dussey": a list of portfolios after
  // commas goes on with the title, whose holder follows.
  if (capTitle && k > i + n + 1 && c.text.charCodeAt(c.toks[k - 1].end) === 44 && c.toks[i + n]?.key === 'of') {
    const e = portfolioListEnd(c, k);
    if (e > 0) k = e;
  }
  // "Minister of Energy of Ukraine Svitlana Hrynchuk": the title's country after a second "of", then the name, is one
  // official's mention.
  if (capTitle && c.toks[k]?.key === 'of' && k > i + n && joins(c, k - 1) && joins(c, k)) {
    const g = c.gazAt.get(k + 1);
    if (g && g.m.entry.category === 'country' && g.end < c.toks.length && joins(c, g.end - 1) && nameEnd(c, g.end) - g.end >= 2) k = g.end;
  }
  // ("Minister of Finance", a title of its own, and "and Planning".)
  else if (capTitle && n >= 3 && (c.toks[i + 1].key === 'of' || c.toks[i + 1].key === 'for') && portfolioAnd(c, k)) k += 2;
  // "Opposition Leader in the National Assembly Omar Ayub Khan", "Leader of the House in the Senate Ishaq Dar": a post
  // held in a house, the house named between the title and its holder, is one title with it.
  if (capTitle && c.toks[k]?.key === 'in' && c.toks[k + 1]?.key === 'the' && joins(c, k - 1) && joins(c, k) && joins(c, k + 1)) {
    const e = houseEnd(c, k + 2);
    if (e > 0 && nameEnd(c, e) - e >= 2) k = e;
  }
  // "U.S. Ambassador to the U.N. Mike Waltz", "Ambassador to Israel Mike Huckabee": an envoy's post names where it is
  // held, a country or a body the glossary knows, and its holder's name follows.
  if (capTitle && c.toks[k]?.key === 'to' && ENVOY_TITLES.has(c.toks[k - 1].key) && joins(c, k - 1) && joins(c, k)) {
    const m = c.toks[k + 1]?.key === 'the' && joins(c, k + 1) ? k + 2 : k + 1;
    const g = c.gazAt.get(m);
    if (g && !isPersonCategory(g.m.entry.category) && g.end < c.toks.length && joins(c, g.end - 1) && nameEnd(c, g.end) - g.end >= 2) k = g.end;
  }
  // "the Special Adviser to the President on Media and Publicity": a post serving another's office is one title with
  // that office and its portfolio (no body "President on Media").
  if (capTitle && c.toks[k]?.key === 'to' && c.toks[k + 1]?.key === 'the' && joins(c, k - 1) && joins(c, k) && joins(c, k + 1) && k + 2 < c.toks.length && isCap(c.toks[k + 2]) && c.bits[k + 2] & TITLE_BIT) {
    const m = phraseAt(c, k + 2, titles, TITLE_MAX_WORDS);
    if (m && titles.get(keyOf(c, k + 2, k + 2 + m)) === 'official') k = portfolioEnd(c, k + 2 + m);
  }
  // "Prime Minister-designate" and similar.
  if (c.toks[k]?.key === 'designate' && joins(c, k - 1)) k++;
  // "General License 25A", "the General List": a title's word before a document's noun is no one's title (nor before a
  // vote: "General Elections – 22 February 2026").
  if (capTitle && k < c.toks.length && DOCUMENT_AFTER_TITLE.has(c.toks[k].key) && joins(c, k - 1)) return k;
  // "Lt Gen (retd) Vinod Bhatia": a retired officer's rank keeps its name across the bracket.
  const retired = retiredAfter(c, k);
  if (retired) k++;
  // "PPP leader Dr Asim Hussain", "MQM-P convener Dr Khalid Maqbool Siddiqui", "Secretary General Dr Tedros": an
  // honorific between an office and the name is part of the officeholder's mention.
  // (Not a style the glossary writes with the name: "Mullah Abdul Ghani Baradar", "Sheikh Mohammed bin Abdulrahman Al Thani".)
  if (category === 'official' && k + 1 < c.toks.length && HONORIFIC_AFTER_TITLE.has(c.toks[k].key) && isCap(c.toks[k]) && joins(c, k - 1) && joins(c, k) && isCap(c.toks[k + 1]) && !isPersonCategory(c.gazAt.get(k)?.m.entry.category)) k++;
  const nameStart = k;
  // "Republican Lieutenant Governor Dale Hutchins": a party's label before an office's title is that official's
  // modifier; the title after it decides.
  if (category === 'person' && k < c.toks.length && joins(c, k - 1) && c.bits[k] & TITLE_BIT) {
    const m = phraseAt(c, k, titles, TITLE_MAX_WORDS);
    if (m && titles.get(keyOf(c, k, k + m)) === 'official') return -1;
  }
  let ne = k < c.toks.length && (retired || glossed || joins(c, k - 1)) ? nameEnd(c, nameStart) : nameStart;
  // ("Vice President JD Vance": a person the glossary knows right after the title, whose initials in capitals end a name
  // read by its words, is the name.)
  if (ne === nameStart && k < c.toks.length && joins(c, k - 1) && !c.titleCase) {
    const g = c.gazAt.get(k);
    if (g && isPersonCategory(g.m.entry.category)) ne = g.end;
  }
  // In a headline in title case capitals say nothing: after a plural title ("Ministers Agree Fresh Aid Package For Flood
  // Victims") the next word is the verb, unless it is a given name or the glossary's ("Ministers Lammy and Reeves"), or
  // a list follows ("Judges Tomka, Abraham, Yusuf").
  if (c.titleCase && ne > nameStart && !GIVEN_NAMES.has(c.toks[nameStart].key) && !c.gazAt.has(nameStart) && PLURAL_TITLES.has(key) && !LIST_MARK_AFTER_RE.test(c.text.slice(c.toks[nameStart].end, c.toks[nameStart].end + 2))) ne = nameStart;
  // ("Comrade Kim Jong Un Sends Greetings ...": in a headline in title case, a name the glossary knows ends there.)
  if (c.titleCase && ne > nameStart + 1) {
    const g = c.gazAt.get(nameStart);
    if (g && g.end < ne && isPersonCategory(g.m.entry.category)) ne = g.end;
  }
  // "Vice Premier He Lifeng": after a capitalised title, "He" before a name is a surname, not the pronoun.
  if (ne === nameStart && capTitle && c.toks[k]?.text === 'He' && joins(c, k - 1) && joins(c, k) && isCap(c.toks[k + 1])) {
    const e = nameEnd(c, k + 1);
    if (e > k + 1) ne = e;
  }
  // "Senator REED. Thank you.", "Mr. WICKER.": a hearing's record sets the speaker's surname in capitals after the
  // title; that one word is the person, no body's acronym. (Not after a title in capitals: a heading's words.)
  if (ne === nameStart && capTitle && k < c.toks.length && HEARING_TITLES.has(c.toks[i].key) && n === 1 && joins(c, k - 1) && c.toks[k].text.length >= 3 && isAllCaps(c.toks[k]) && !isAllCaps(c.toks[i]) && !c.gazAt.has(k) && /^[A-Z]+$/.test(c.toks[k].text) && !(k + 1 < c.toks.length && joins(c, k) && isCap(c.toks[k + 1]))) ne = k + 1;
  // ("Mr. REED JONES. Thank you.", "Dr. ANNA LEE.", "General HARMON.": opening its paragraph before the label's full
  // stop, a name of two or three words in capitals, or after a rank, is the speaker too.)
  else if (ne === nameStart && capTitle && i === 0 && n === 1 && k < c.toks.length && joins(c, k - 1) && isAllCaps(c.toks[k]) && !isAllCaps(c.toks[i]) && (HEARING_TITLES.has(c.toks[i].key) || HEARING_RANKS.has(c.toks[i].key))) ne = hearingNameEnd(c, k);
  // ("the Republican National Convention", "the Democratic Senate Caucus": after a party's label, a meeting or a bloc of
  // the party, no one.)
  if (category === 'person' && ne > nameStart && PARTY_EVENT_HEADS.has(c.toks[ne - 1].key)) return -1;
  // ("the Commander-in-Chief Forum", "the Secretary General Forum": a title and then a body's last word alone names
  // the body, no one.)
  if (category === 'official' && ne === nameStart + 1 && c.bits[nameStart] & ORG_SUFFIX_BIT && !c.gazAt.has(nameStart) && !GIVEN_NAMES.has(c.toks[nameStart].key)) return -1;
  let s = titleModifiersStart(c, i, ne > nameStart);
  // ("In Turkey Minister Ellwood met ...", "In Paris President Macron said": a place after the preposition that opens the
  // sentence says where; "In U.S. President Donald Trump's view" keeps its country, the possessive after the name.)
  if (s < i && ne > nameStart && frontedPlace(c, s, i, ne)) s = i;
  if (ne > nameStart) {
    // Lower-case single words that are often not titles ("major", "private", "head") need a capital.
    // (After a known actor that modifies it they are titles: "Hezbollah leader Naim Qassem", "Pakistan army chief Asim
    // Munir"; "Royal Jordanian Air Force lieutenant Muath al-Kasasbeh" stays a force and a person.)
    // ("junta leader Assimi Goita", "rebel commander ...": a group's word before a lower-case title makes it one too.)
    const groupWord = !capTitle && s === i && i > 0 && joins(c, i - 1) && GROUP_BEFORE_TITLE.has(c.toks[i - 1].key);
    // ("Russian oil major Rosneft", "energy major Shell": after an industry's word, a big company, no rank.)
    if (!capTitle && n === 1 && c.toks[i].key === 'major' && i > 0 && joins(c, i - 1) && INDUSTRY_BEFORE_MAJOR.has(c.toks[i - 1].key)) return -1;
    // ("Egypt's official Middle East News Agency", "Chinese official Xinhua": after an owner's possessive, or before a body
    // the glossary knows, "official" describes the body.)
    // (A capitalised "Official" is a headline's word: "Former Energy Official Indicted".)
    if (n === 1 && c.toks[i].key === 'official' && (capTitle || possessiveBefore(c, s) || possessiveBefore(c, i) || (c.gazAt.has(nameStart) && !isPersonCategory(c.gazAt.get(nameStart)!.m.entry.category)))) return -1;
    if (!capTitle && n === 1 && !knownModifiers(c, s, i) && !groupWord && /^(?:general|major|private|captain|lieutenant|chief|head|deputy|chair|justice|speaker|judge|marshal|specialist|representative|director|leader|lady|lord|miss|official)$/.test(c.toks[i].key)) return -1;
    const surname = lastNameKey(c, nameStart, ne);
    // A known person named after the title links the whole mention to them.
    // ("Volodymyr Zelenskiy": a known surname, in another spelling than the glossary's full name, links it too.)
    const g = personMatchEnding(c, nameStart, ne);
    const entity = g ? g.m.entry.id : null;
    // ("Sir Keir Starmer": an honorific before someone the glossary knows in office keeps them an official.)
    // (A retired officer holds the rank, no post: a person, as a former holder of an office is.)
    // ("Apple Chief Executive Tim Cook", "Chief Executive Jensen Huang": capitalised, a company's chief executive, after
    // a body the glossary knows, or the glossary's person, is a person as "Apple CEO Tim Cook" is; a territory's stays an
    // official: "Hong Kong Chief Executive John Lee".)
    const business = key === 'chief executive' && category === 'official' && (entity ? g!.m.entry.category === 'person' : bodyAmong(c, s, i));
    const kind = entity && g!.m.entry.category === 'official' ? 'official' : retired || business ? 'person' : category;
    const malay = MALAY_HONOURS.has(key) || MALAY_HONOURS.has(c.toks[nameStart].key) || (ne - nameStart > 2 && MALAY_HONOURS.has(keyOf(c, nameStart, nameStart + 2)));
    const first: Candidate = { start: c.toks[groupWord ? i - 1 : s].start, end: c.toks[ne - 1].end, category: kind, entity, priority: 3, surname, surname2: (malay ? malayNameKey(c, nameStart, ne) : undefined) ?? firstSurnameKey(c, nameStart, ne) };
    out.push(first);
    if (!PLURAL_TITLES.has(key)) return ne - 1;
    const listed = namesListed(c, ne, category, out, ne - nameStart === 1);
    // ("U.S. and Ukrainian Presidents Donald Trump and Volodymyr Zelenskiy": countries listed before a plural title go one
    // to each name listed after it, not all to the first: that mention starts at its name, and keeps its link.)
    // ("Presidents Donald Trump and Volodymyr Zelenskiy", "Senators Tim Kaine and Mark Warner": so does the plural title
    // itself, which is no more the first one's than the others': each mention is its name.)
    if (listed >= ne) first.start = c.toks[nameStart].start;
    return listed;
  } else if (category === 'official') {
    // ("the U.S. attorney's office": the office, not the officeholder.)
    if (/^['\u2019]s\s+(?:office|department|bureau|staff|team)\b/i.test(c.text.slice(c.toks[k - 1].end, c.toks[k - 1].end + 14))) return -1;
    // ("The European Data Protection Supervisor": an office named by its holder's title after two capitalised words or
    // more is a body, namedOrganisations' to read.)
    if (i - s >= 2 && OFFICE_LAST.has(c.toks[i + n - 1].key) && capitalisedRun(c, s, i)) return -1;
    // A definite title without a name: "the Foreign Secretary", "the prime minister".
    const the = s > 0 && c.toks[s - 1].key === 'the' && joins(c, s - 1) ? s - 1 : -1;
    // An appositive title: "Minister for the Middle East, Tobias Ellwood" or "Tobias Ellwood, Foreign Office Minister".
    const gapAfter = k < c.toks.length ? c.text.slice(c.toks[k - 1].end, c.toks[k].start) : '';
    const gapBefore = s > 0 ? c.text.slice(c.toks[s - 1].end, c.toks[s].start) : '';
    const appositive = capTitle && (gapAfter === ', ' && nameEnd(c, k) > k || gapBefore === ', ' && isCap(c.toks[s - 1]));
    if (the < 0 && appositive) {
      out.push({ start: c.toks[s].start, end: c.toks[k - 1].end, category, entity: null, priority: 2 });
      return k - 1;
    }
    // "Iran's foreign minister": the possessive is the determiner, and the possessor stays an actor of its own.
    let owned = -1;
    for (let t = s + 2; t <= i && the < 0; t++) if (possessiveBefore(c, t)) owned = t;
    if (the < 0 && owned < 0) return -1;
    // "the Galaxy Leader, a car carrier", "a tanker, the Ocean Leader,": a ship's name, set off beside what it is.
    // (Each pattern only where its comma is there, past blanks: most definite titles stand beside none.)
    if (the >= 0 && capTitle && ((commaAfterBlanks(c.text, c.toks[k - 1].end, 60) && testLong(VESSEL_AFTER_RE, c.text.slice(c.toks[k - 1].end, c.toks[k - 1].end + 60))) || (commaBeforeBlanks(c.text, c.toks[the].start, 40) && testLong(VESSEL_BEFORE_RE, c.text.slice(Math.max(0, c.toks[the].start - 40), c.toks[the].start))))) return -1;
    if (n === 1 && !capTitle && !/^(?:president|minister|secretary|premier|chancellor|ambassador|envoy)$/.test(c.toks[i].key)) return -1;
    // "the Justice and Security Act 2013", "the Defence and Security Committee": the title opens a law's or a body's name.
    if (the >= 0 && capTitle && c.text.charCodeAt(c.toks[k - 1].end) === 32 && testLong(TITLE_OPENS_NAME_RE, c.text.slice(c.toks[k - 1].end, c.toks[k - 1].end + 60))) return -1;
    // ("China's consul general in Osaka, Xue Jian,": an envoy's or a consul's post may name where it is held first.)
    const post = postPlaceEnd(c, k);
    if (post > k) k = post;
    out.push({ start: c.toks[owned >= 0 ? owned : the].start, end: c.toks[k - 1].end, category, entity: null, priority: 2 });
    // "The Foreign Secretary, Yvette Cooper, said": the name set off by commas is the officeholder.
    const ae = c.text.slice(c.toks[k - 1].end, c.toks[k]?.start ?? c.text.length) === ', ' ? nameEnd(c, k) : k;
    if (ae - k >= 2 && ae < c.toks.length && c.text.charCodeAt(c.toks[ae - 1].end) === 44) {
      out.push({ start: c.toks[k].start, end: c.toks[ae - 1].end, category: 'person', entity: null, priority: 2, surname: lastNameKey(c, k, ae), surname2: firstSurnameKey(c, k, ae) });
      return ae - 1;
    }
    return k - 1;
  }
  return -1;
}

/** The token after a house's capitalised name that opens at token m ("National Assembly", "Senate", "Lok Sabha"), a
 * name the glossary knows or one that ends in a body's word, when a capitalised word follows it; or -1. */
function houseEnd(c: ParaContext, m: number): number {
  if (m >= c.toks.length || !isCap(c.toks[m])) return -1;
  const g = c.gazAt.get(m);
  let e = g && g.m.entry.category !== 'person' && g.m.entry.category !== 'official' && g.m.entry.category !== 'country' ? g.end : -1;
  for (let j = m; e < 0 && j < c.toks.length && j - m < 4 && isCap(c.toks[j]) && (j === m || joins(c, j - 1)); j++) if (c.bits[j] & (ORG_SUFFIX_BIT | ORG_HEAD_BIT)) e = j + 1;
  return e > m && e < c.toks.length && joins(c, e - 1) && isCap(c.toks[e]) ? e : -1;
}


/**
 * The token after "in" or "to" and a place of up to three capitalised words that follow the posted title ending at
 * token k, when the holder's name is set off by a comma after it ("consul general in Osaka, Xue Jian,"); else k.
 */
function postPlaceEnd(c: ParaContext, k: number): number {
  const at = c.toks[k];
  const last = c.toks[k - 1].key;
  // ("consul general": "general" only after "consul".)
  const posted = POSTED_TITLES.has(last) || (last === 'general' && k >= 2 && c.toks[k - 2].key === 'consul');
  if (!at || (at.key !== 'in' && at.key !== 'to') || !posted || !joins(c, k - 1) || !joins(c, k)) return k;
  const m = c.toks[k + 1]?.key === 'the' && joins(c, k + 1) ? k + 2 : k + 1;
  let e = m;
  while (e < c.toks.length && e - m < 3 && isCap(c.toks[e]) && (e === m || joins(c, e - 1))) e++;
  if (e === m || e >= c.toks.length || c.text.slice(c.toks[e - 1].end, c.toks[e].start) !== ', ') return k;
  const ne = nameEnd(c, e);
  return ne - e >= 2 && ne < c.toks.length && c.text.charCodeAt(c.toks[ne - 1].end) === 44 ? e : k;
}

/** Honorifics that may stand between an office and its holder's name ("leader Dr Asim Hussain"). */
/** Envoys' titles, which name where the post is held after "to". */
const ENVOY_TITLES = new Set(['ambassador', 'envoy', 'representative', 'emissary']);
/** Posts held somewhere, named after "in" or "to": "consul general in Osaka", "ambassador to Japan". */
const POSTED_TITLES = new Set([...ENVOY_TITLES, 'consul', 'consul-general', "d'affaires", 'affaires']);
// (And a cleric's or a ruler's style: "Supreme Leader Ayatollah Ali Khamenei", "Prime Minister Sheikh Mohammed bin Abdulrahman".)
const HONORIFIC_AFTER_TITLE = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'ayatollah', 'sheikh', 'shaikh', 'imam', 'mullah', 'maulana', 'mawlawi']);

/** Lower-case posts that lead a body named before them ("Manchester City Council leader"). */
const BODY_LEADER_TITLES = new Set(['leader', 'chief', 'head', 'chair', 'director', 'deputy']);

/** Whether tokens [s, e) are all capitalised. */
function capitalisedRun(c: ParaContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (!isCap(c.toks[k])) return false;
  return true;
}

/** Whether a comma follows `at` past blanks, within `span` characters. */
function commaAfterBlanks(text: string, at: number, span: number): boolean {
  return text.charCodeAt(skipBlanks(text, at, Math.min(text.length, at + span))) === 44;
}
/** Whether a comma comes right before `at` past blanks, within `span` characters. */
function commaBeforeBlanks(text: string, at: number, span: number): boolean {
  return text.charCodeAt(backOverBlanks(text, at, Math.max(0, at - span)) - 1) === 44;
}

/** After a capitalised title, "and" and the rest of a law's or a body's name: " and Security Act", " and Home Affairs
 * Council". */
const TITLE_OPENS_NAME_RE = /^\s+(?:and|&)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Act|Bill|Law|Council|Committee|Commission|Office|Ministry|Department|Agency|Service|Court|Tribunal|Fund|Authority|Board|Directorate|Inquiry|Review|Strategy)\b/;
const VESSEL_BEFORE_RE = /\b(?:ship|vessel|tanker|carrier|freighter|ferry|trawler|yacht|dhow|barge|tug|frigate|destroyer|corvette|warship|cruiser|submarine|boxship|containership)\s*,\s*$/i;

/** Whether token k is "retd" (or "rtd", "retired") in brackets between a rank and a name ("Lt Gen (retd) Vinod Bhatia"). */
function retiredAfter(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || !RETIRED.has(t.key) || k === 0 || c.text.slice(c.toks[k - 1].end, t.start) !== ' (') return false;
  const next = c.toks[k + 1];
  return !!next && isCap(next) && RETIRED_CLOSE_RE.test(c.text.slice(t.end, next.start));
}
const RETIRED = new Set(['retd', 'rtd', 'retired']);
const RETIRED_CLOSE_RE = /^\.?\) $/;

/** The end of a title's portfolio from token k: "on", "for" or "of" and capitalised words, joined by "and" ("on Media
 * and Publicity"); k when there is none. */
function portfolioEnd(c: ParaContext, k: number): number {
  const p = c.toks[k]?.key;
  if (!(p === 'on' || p === 'for' || p === 'of') || !joins(c, k - 1) || !joins(c, k) || !isCap(c.toks[k + 1]) || NOT_NAME.has(c.toks[k + 1].key)) return k;
  let e = k + 2;
  while (e < c.toks.length && e - k < 8 && joins(c, e - 1) && ((isCap(c.toks[e]) && !NOT_NAME.has(c.toks[e].key)) || (c.toks[e].key === 'and' && joins(c, e) && isCap(c.toks[e + 1]) && !GIVEN_NAMES.has(c.toks[e + 1].key)))) e++;
  return c.toks[e - 1].key === 'and' ? e - 1 : e;
}

/** Whether "and" at token e joins a second portfolio to a title's ("Minister of Energy and Infrastructure"): a
 * capitalised word after it that is no title, given name or glossary name. */
function portfolioAnd(c: ParaContext, e: number): boolean {
  return c.toks[e]?.key === 'and' && joins(c, e - 1) && joins(c, e) && isCap(c.toks[e + 1]) && !phraseAt(c, e + 1, titles, TITLE_MAX_WORDS) && !GIVEN_NAMES.has(c.toks[e + 1].key) && !c.gazAt.has(e + 1);
}

/**
 * The end of a list of portfolios after a title's first one, from token e after its comma: ", Regional Integration and
 * Togolese Abroad" to the comma that closes it, or before the last two words (the holder's name) where no comma does;
 * or -1. Its items are capitalised words that open with no title, given name or glossary name but a people's.
 */
function portfolioListEnd(c: ParaContext, e: number): number {
  let x = e;
  for (let items = 0; items < 4; items++) {
    if (x >= c.toks.length || c.text.slice(c.toks[x - 1].end, c.toks[x].start) !== ', ' || !portfolioItemOpens(c, x)) return -1;
    let y = x + 1;
    while (y < c.toks.length && y - x < 4 && isCap(c.toks[y]) && joins(c, y - 1)) y++;
    if (c.toks[y]?.key === 'and' && joins(c, y - 1) && joins(c, y) && portfolioItemOpens(c, y + 1)) {
      let z = y + 2;
      while (z < c.toks.length && z - y - 1 < 4 && isCap(c.toks[z]) && joins(c, z - 1)) z++;
      if (z < c.toks.length && c.text.slice(c.toks[z - 1].end, c.toks[z].start) === ', ') return z;
      return z - y - 1 >= 3 ? z - 2 : -1;
    }
    x = y;
  }
  return -1;
}
/** Whether token k may open a portfolio in a list of them: capitalised, no title, no given name, and no glossary name
 * but a people's or a country's ("Togolese Abroad", "Moroccan Expatriates"). */
function portfolioItemOpens(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || !isCap(t) || GIVEN_NAMES.has(t.key) || NOT_NAME.has(t.key) || phraseAt(c, k, titles, TITLE_MAX_WORDS)) return false;
  const g = c.gazAt.get(k);
  return !g || (g.m.entry.category === 'country' && g.end === k + 1);
}

/** Heads of bodies that make a capitalised title before them part of the body's name ("General Court"). */
const BODY_AFTER_TITLE = new Set(['court', 'tribunal', 'office', 'bureau', 'directorate', 'inspectorate', 'secretariat', 'chamber']);

/** Nouns that make a title's word part of a document's name ("General License", "General List"). */
const DOCUMENT_AFTER_TITLE = new Set(['license', 'licence', 'licenses', 'licences', 'list', 'order', 'orders', 'framework', 'guidance', 'principles', 'conditions', 'terms', 'provisions', 'election', 'elections']);

/** Meetings and blocs of a party, after its label: "Republican National Convention", "Democratic Caucus". */
const PARTY_EVENT_HEADS = new Set(['convention', 'conventions', 'caucus', 'caucuses', 'primary', 'primaries', 'platform', 'conference', 'congress', 'committee', 'leadership', 'establishment']);
/** Nouns that go on with a portfolio's word: "Foreign Affairs", "Energy Security", "Health Services". */
const PORTFOLIO_TAILS = new Set('affairs relations resources services protection planning policy works cooperation safety reform development administration management welfare security revenue infrastructure technology innovation sciences science research industries industry investment statistics'.split(' '));
