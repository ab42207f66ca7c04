// The document-level work on the actors found, run once after all paragraphs: the reasons a finished mention is no
// actor (a handle, a language, a place, the dateline's agency), the passes that unlink or recategorise a mention by what
// the whole story says (a foreign chamber, Georgia the US state, a local council), and the tails a name grows (a
// company's legal form, a regnal numeral). Apart from actors.ts, which reads the text paragraph by paragraph.
import type { ActorAnnotation, AgreementAnnotation } from './types';
import type { Gazetteer } from './gazetteer';
import { firstStartingFrom, removeWhere } from './order';
import { isApostrophe, isAsciiUpperCode, isSpaceCode, isWordCode, lazyRegExp, testLong } from './chars';
import { US_STATE_ABBREVIATIONS, US_STATE_NAMES } from './usStates';

/** A stance written as one hyphenated adjective ("pro-government", "anti-war"): a quality of what follows, no one. */
export const STANCE_ADJECTIVE_RE = lazyRegExp(() => /^(?:[Pp]ro|[Aa]nti)-\p{Ll}+$/u);

/** Whether a mention lies inside a handle or a hashtag ("@MFA_Ukraine", "#Ukraine_War"): the account, not the actor. */
export function inHandle(text: string, a: { start: number; end: number }): boolean {
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
export function blankThen(text: string, at: number, a: number, b: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 32) return isSpaceCode(c);
  const d = text.charCodeAt(at + 1);
  return d === a || d === b || isSpaceCode(d);
}

/** The same before at: the /...X\s+$/ patterns on text up to at whose words end in code a or b. */
export function blankBefore(text: string, at: number, a: number, b: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c !== 32) return isSpaceCode(c);
  const d = text.charCodeAt(at - 2);
  return d === a || d === b || isSpaceCode(d);
}

/** Whether a name is a stance (STANCE_ADJECTIVE_RE), where it starts as one. (Asked in one function for every mention:
 * the pattern's call, first made at the first "pro-" word, deoptimised the filter of mentions.) */
export function stanceAdjective(name: string): boolean {
  return stanceFirst(name) && STANCE_ADJECTIVE_RE().test(name);
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
export const CURRENCY_AFTER_RE = /^\s+(?:dollars?|cents)\b/;

/** A sea or a strait named after a country ("the Gulf of Finland", "the Sea of Japan"): a place, not the state. */
export const WATER_OF_BEFORE_RE = /\b(?:Gulf|Sea|Bay|Strait|Straits|Isle|Isles|Lake|Horn)\s+of\s+(?:the\s+)?$/;

const LEARNING_BEFORE_RE = /\b(?:learn|learns|learning|learned|learnt|study|studies|studying|studied|fluent\s+in|speaks\s+fluent|in\s+fluent)\s+$/i;
/** Languages named after a country's people ("translated from Russian", "in Arabic and English"). */
const LANGUAGE_NAMES = new Set('Russian|Arabic|English|French|German|Spanish|Ukrainian|Chinese|Mandarin|Persian|Farsi|Turkish|Hebrew|Italian|Portuguese|Japanese|Korean|Polish|Romanian|Kurdish|Dutch|Greek|Hindi|Urdu|Pashto|Dari|Amharic|Somali|Swahili|Serbian|Croatian'.split('|'));
/** The rest of a list of languages after one of them, to the noun that closes it: ", English and French languages". */
const LANGUAGE_LIST_AFTER_RE = /^(?:,?\s+(?:and\s+|or\s+)?[A-Z][a-z]+){0,7}\s+languages?\b/;
/** Whether a country mention is a language: the word alone after "in", "into", "from" or "translated", before a close;
 * or after a verb of learning ("spent three years learning German in Bonn"). */
export function isLanguage(text: string, a: ActorAnnotation): boolean {
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
 * Such a mention keeps its category but loses the link when the story names another country (its dateline's city
 * counts: "ISLAMABAD:") and nothing of the chamber's own (the country, its capital or its dateline, its parties); or
 * when the story has just named another country's chamber of that name ("the Czech Senate"): a bare one after it is
 * that one. (So is America's Democratic Party by its bare name: a Korean story's "ruling Democratic Party" is Seoul's.)
 */
export function unlinkForeignChambers(text: string, actors: ActorAnnotation[], filedIn?: string): void {
  let home: Map<string, boolean> | undefined;
  /** The last chamber named with its country before the current mention, by its bare word ("senate"): whether it was the glossary's. */
  let qualified: Map<string, boolean> | undefined;
  /** Whether the European Parliament was named before the current mention; whether the story has Britain's signs. */
  let euParliament = false;
  let british: boolean | undefined;
  let korean: boolean | undefined;
  let prev: ActorAnnotation | undefined;
  for (const a of actors) {
    const before = prev;
    prev = a;
    if (a.entity === 'european-parliament') euParliament = true;
    const chamber = a.entity ? BARE_CHAMBERS.get(a.entity) : undefined;
    if (a.category === 'government' && a.text.length > 8) {
      // ("the Czech Senate", "Poland's Parliament", "US Senate": the chamber with its country.)
      const q = QUALIFIED_CHAMBER_RE.exec(a.text);
      if (q && chamberWord(a.text) !== q[1].toLowerCase()) (qualified ??= new Map()).set(q[1].toLowerCase(), !!chamber);
    }
    if (!chamber || !chamber.bare.test(a.text)) continue;
    // ("Peru's Congress", "Canada's Parliament": another country's name in the possessive right before is its own.)
    if (before?.category === 'country' && before.entity && before.entity !== CHAMBER_COUNTRY[chamber.country] && possessiveBetween(text, before.end, a.start)) {
      a.entity = null;
      continue;
    }
    // ("The European Parliament approved ... the Parliament's rapporteur": after the European Parliament, in a story
    // without Westminster's signs, the bare name is that one.)
    if (euParliament && chamber.country === 'uk' && !(british ??= UK_SIGNS.test(text))) {
      a.entity = 'european-parliament';
      a.category = 'organization';
      continue;
    }
    if (qualified?.get(chamberWord(a.text)) === false) {
      a.entity = null;
      continue;
    }
    if (!home) {
      home = new Map();
      // (A story filed from another country's city, "ISLAMABAD:", is set there even where it names no country.)
      let other = !!filedIn && filedIn !== 'country:united-states' && filedIn !== 'country:united-kingdom';
      // ("MEXICO CITY (AP) — ... drone strikes by the U.S. ... Morena holds a majority in Congress": in a story filed
      // there, naming America or Britain makes neither the story's home; their chambers' own signs still may.)
      const abroad = other;
      for (const b of actors) {
        if (b.entity === 'country:united-states' || b.entity === 'country:united-kingdom') {
          if (!abroad) home.set(b.entity === 'country:united-states' ? 'us' : 'uk', true);
        } else if (b.entity?.startsWith('country:')) other = true;
      }
      // (A story that names no other country keeps the link: bare "the Senate" in English news is most often America's.)
      if (!other) home.set('us', true).set('uk', true);
      // (So does one filed from Washington or London, whatever countries it names: "WASHINGTON (AP) - The Senate ...".)
      if (filedIn === 'country:united-states') home.set('us', true);
      else if (filedIn === 'country:united-kingdom') home.set('uk', true);
    }
    // ("Lee Jae-myung, the Democratic Party candidate" in a story of Seoul: South Korea's own party, whatever other
    // country the story names or does not, unless it names America or shows its parties' signs.)
    if (a.entity === 'democratic-party-us' && (korean ??= southKoreanStory(text, actors, filedIn))) {
      a.entity = null;
      continue;
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
/**
 * Whether a story is set in South Korea and not in America: it names Seoul, South Korea or its people, or its agency
 * Yonhap, and neither the United States (by name or dateline) nor the signs of American party politics.
 */
function southKoreanStory(text: string, actors: ActorAnnotation[], filedIn?: string): boolean {
  // (A word check before the pattern: every sign holds "Seoul", "Korea" or "Yonhap".)
  if (!text.includes('Seoul') && !text.includes('Korea') && !text.includes('Yonhap')) return false;
  if (filedIn === 'country:united-states' || !testLong(SOUTH_KOREA_SIGNS_RE, text) || US_SIGNS.test(text)) return false;
  for (const a of actors) if (a.entity === 'country:united-states') return false;
  return true;
}
/** What sets a story in South Korea: its capital, its name, its people, its news agency. */
const SOUTH_KOREA_SIGNS_RE = /\b(?:Seoul|South\s+Korean?s?|(?<!North\s)Koreans?(?=\s+(?:media|voters|politics|presidency|president|government|lawmakers|parliament|election))|Yonhap)\b/;
/** The country entries of BARE_CHAMBERS' countries. */
const CHAMBER_COUNTRY: Record<string, string> = { us: 'country:united-states', uk: 'country:united-kingdom' };
/** Whether text[from, to) is a possessive's "'s " and nothing else. */
/**
 * "Brazil's Supreme Court", "Japan's Defense Ministry": a body named after its country's possessive, which the glossary
 * has under the country's adjective ("Brazilian Supreme Court"), is that entry. Only a mention no rule has linked is
 * looked up, with each name of the country in turn before the body's (its demonyms among them).
 */
export function possessiveCountryBodies(text: string, actors: ActorAnnotation[], gazetteer: Gazetteer): void {
  for (let i = 1; i < actors.length; i++) {
    const a = actors[i];
    const before = actors[i - 1];
    if (a.entity || a.category === 'country' || a.category === 'person' || before.category !== 'country' || !before.entity) continue;
    if (!possessiveBetween(text, before.end, a.start)) continue;
    const country = gazetteer.entry(before.entity);
    const body = a.text.replace(/^the\s+/i, '');
    for (const name of country?.aliases ?? []) {
      if (!isAsciiUpperCode(name.charCodeAt(0)) || name.includes(' ')) continue;
      const candidate = `${name} ${body}`;
      const m = gazetteer.match(candidate);
      if (m.length === 1 && m[0].start === 0 && m[0].end === candidate.length && m[0].entry.category !== 'country' && m[0].entry.kind === 'actor') {
        a.entity = m[0].entry.id;
        a.category = m[0].entry.category as ActorAnnotation['category'];
        break;
      }
    }
  }
}

function possessiveBetween(text: string, from: number, to: number): boolean {
  return to - from >= 3 && to - from <= 4 && /^['\u2019]s\s+$/.test(text.slice(from, to));
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
export function unlinkStateAssembly(text: string, actors: ActorAnnotation[]): void {
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
export function congoleseOfDrc(actors: ActorAnnotation[]): void {
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

/**
 * "The RSF has denied targeting civilians": the bare acronym, which Reporters Without Borders shares, is Sudan's Rapid
 * Support Forces in a story of Sudan's war (Sudan, its army, its rulers or the force named in full), unless the story
 * names the press freedom group.
 */
export function sudansRsf(text: string, actors: ActorAnnotation[]): void {
  let bare = false;
  let sudan = false;
  for (const a of actors) {
    if (a.entity === 'reporters-without-borders') return;
    if (a.entity === null && a.text === 'RSF') bare = true;
    else if (a.entity !== null && SUDAN_SIGNS.has(a.entity)) sudan = true;
  }
  // ("RSF, the press freedom group, said": a story that speaks of the press may mean the group.)
  if (!bare || !sudan || PRESS_GROUP_RE.test(text)) return;
  for (const a of actors) {
    if (a.entity !== null || a.text !== 'RSF') continue;
    a.entity = 'rapid-support-forces';
    a.category = 'military';
  }
}
const PRESS_GROUP_RE = /press[- ]freedom|media\s+(?:freedom\s+)?watchdog|Reporters\s+(?:Without\s+Borders|[Ss]ans\s+[Ff]ronti)/i;
const SUDAN_SIGNS = new Set(['country:sudan', 'rapid-support-forces', 'sudanese-armed-forces', 'sudan-sovereignty-council', 'abdel-fattah-al-burhan', 'mohamed-hamdan-dagalo']);

/** The Kremlin's people, whose "Security Council" is Russia's own. */
const KREMLIN_SIGNS = new Set(['kremlin', 'vladimir-putin', 'dmitry-peskov', 'sergei-shoigu', 'dmitry-medvedev']);

/**
 * "Putin held a meeting with permanent members of the Security Council, the Kremlin said": in a Kremlin story that names
 * the UN nowhere (not "UN Security Council", not the UN, no veto or resolution), the bare "Security Council" is Russia's.
 */
export function kremlinSecurityCouncil(text: string, actors: ActorAnnotation[]): void {
  let bare = false;
  let kremlin = false;
  for (const a of actors) {
    if (a.entity === UNSC) {
      if (a.text !== 'Security Council') return;
      bare = true;
    } else if (a.entity === 'un') return;
    else if (a.entity && KREMLIN_SIGNS.has(a.entity)) kremlin = true;
  }
  if (!bare || !kremlin || testLong(UN_COUNCIL_SIGNS_RE, text)) return;
  for (const a of actors) {
    if (a.entity !== UNSC) continue;
    a.entity = 'russia-security-council';
    a.category = 'government';
  }
}
const UNSC = 'un-security-council';
/** What makes a bare "Security Council" the UN's even in a Kremlin story: a veto, a resolution, the UN named. */
const UN_COUNCIL_SIGNS_RE = /\b(?:[Vv]eto(?:e[sd]|ing)?|[Rr]esolutions?|United Nations|U\.?N\.?|[Pp]ermanent (?:five|members of the UN)|five permanent)\b/;

/** Signs that a story is set in the United States, whose Republican Party is the glossary's. */
const US_PARTY_SIGNS = new Set(['country:united-states', 'democratic-party-us', 'donald-trump', 'white-house']);

/**
 * "In Chile, the Republican Party won the most seats": in a story set in Chile that shows no sign of the United States,
 * the Republican Party is José Antonio Kast's (so it is in one that names him).
 */
export function chileanRepublicans(actors: ActorAnnotation[]): void {
  let party = false;
  let chile = false;
  for (const a of actors) {
    if (a.entity === 'republican-party') party = true;
    // (Chile, or its party's leader: "far-right Republican Party leader José Antonio Kast".)
    else if (a.entity === 'country:chile' || a.entity === 'jose-antonio-kast') chile = true;
    else if (a.entity && US_PARTY_SIGNS.has(a.entity)) return;
  }
  if (!party || !chile) return;
  for (const a of actors) if (a.entity === 'republican-party' && a.text !== 'GOP' && a.text !== 'Grand Old Party') a.entity = 'republican-party-chile';
}
const ROC = 'country:republic-of-the-congo';

/**
 * "Germany's Berlin data protection authority": a city or a region named right after its own country's possessive is a
 * place in that country, no second mention of its government. (Only the other name: "Germany's Germany" never occurs.)
 */
export function placeOfOwnCountry(text: string, actors: ActorAnnotation[]): void {
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
export function brusselsWithoutEu(text: string, actors: ActorAnnotation[]): void {
  let eu: boolean | undefined;
  removeWhere(actors, (a) => a.entity === 'eu' && a.text === 'Brussels' && !(eu ??= EU_SIGNS_RE.test(text)));
}
/**
 * "He won Georgia's 16 electoral votes": in an American election story (electoral votes, the Electoral College, swing
 * states, a Senate or governor's race, the midterms, a Democratic incumbent or Republican challenger) that names nothing of the Caucasus country or its neighbour Russia, Georgia is the US state, a place, and the
 * mention goes; so it is before "'s 16 electoral votes" in any story.
 */
export function georgiaTheState(text: string, actors: ActorAnnotation[]): void {
  let state: boolean | undefined;
  removeWhere(actors, (a) => a.entity === GEORGIA && ((text.charCodeAt(a.end + 1) === 115 && ELECTORAL_VOTES_AFTER_RE.test(text.slice(a.end, a.end + 32))) || (state ??= testLong(US_ELECTION_SIGNS_RE, text) && !testLong(CAUCASUS_GEORGIA_RE, text))));
}
/** A state's votes after its possessive: "'s 16 electoral votes". */
const ELECTORAL_VOTES_AFTER_RE = /^['\u2019]s\s+(?:\d{1,2}\s+)?[Ee]lectoral\s+(?:votes?|college)\b/;
const GEORGIA = 'country:georgia';
const US_ELECTION_SIGNS_RE = /\b(?:[Ee]lectoral\s+votes?|Electoral\s+College|(?:swing|battleground)\s+states?|(?:Senate|House|gubernatorial|governor['\u2019]?s?)\s+(?:race|seat|contest)s?|midterms?|(?:Democratic|Republican)\s+(?:incumbent|challenger|nominee|primary)|congressional\s+district)\b/;
const CAUCASUS_GEORGIA_RE = /\b(?:Tbilisi|Georgians?|Georgian\s+Dream|Caucasus|Abkhazia|South\s+Ossetia|Russia|Russian|Putin|Kremlin|Moscow|Ukraine)\b/;
const EU_SIGNS_RE = /\b(?:E\.U\.|(?:EU|European\s+(?:Union|Commission|Council|Parliament)|the\s+Commission|the\s+bloc|member\s+states|Eurozone|euro\s+zone)\b)/;
const BARE_ASSEMBLY_RE = /^(?:the\s+)?General\s+Assembly$/i;
const UN_SIGNS_RE = /\b(?:U\.N\.|(?:UN|United\s+Nations|UNGA|Security\s+Council|Secretary-General|member\s+states)\b)/;
const US_STATE_RE = new RegExp(
  `\\b(?:${[...US_STATE_NAMES, 'New York', 'Washington state'].map((n) => n.replace(/ /g, '\\s+')).join('|')}|statehouse|state\\s+legislature|state\\s+senate|governor's\\s+mansion)\\b` +
    `|, (?:${US_STATE_ABBREVIATIONS.map((a) => a.slice(0, -1).replace(/\./g, '\\.')).join('|')})\\.`,
);

/**
 * "Somerset Council", "Croydon Council": a council named after one word is its place's local government where the text
 * uses that word as a place ("In neighbouring Somerset", "across Croydon", "residents in Haringey's east") or gives the
 * council a leader ("Croydon Council leader Jason Perry", "the leader of Somerset Council"); "the Arts Council", "the
 * Atlantic Council" ("in the Atlantic"), "the Security Council" stay bodies. ("Bristol City Council" is one by its
 * suffix.)
 */
export function localCouncils(text: string, actors: ActorAnnotation[]): void {
  let placeUse: Map<string, boolean> | undefined;
  for (const a of actors) {
    if (a.category !== 'organization' || a.entity) continue;
    const m = ONE_WORD_COUNCIL_RE().exec(a.text);
    if (!m) continue;
    placeUse ??= new Map();
    let place = placeUse.get(m[1]);
    if (place === undefined) placeUse.set(m[1], (place = usedAsPlace(text, m[1])));
    if (place) a.category = 'government';
  }
}
/**
 * Whether PLACE_USE_RE finds `word` as a place in the text. (Read only around the word's occurrences, as every such
 * match holds it: the pattern run over a whole megabyte cost it ~20 ms. Each piece opens right after a character that
 * is no word's, so that \b reads there as in the whole text, and runs on far enough past the word for any match.)
 */
function usedAsPlace(text: string, word: string): boolean {
  const re = PLACE_USE_RE();
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    // (Right after a word's character the word is no match's: every one has \b or a blank before its place word.)
    if (i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
    let from = Math.max(0, i - PLACE_USE_BEFORE);
    while (from > 0 && from < i && isWordCode(text.charCodeAt(from - 1))) from++;
    const piece = text.slice(from, Math.min(text.length, i + word.length + PLACE_USE_AFTER));
    re.lastIndex = 0;
    for (let p = re.exec(piece); p; p = re.exec(piece)) if ((p[1] ?? p[2] ?? p[3]) === word) return true;
  }
  return false;
}
/** How far before its place word a PLACE_USE_RE match may open ("Residents of ", "leader of the "), and how far after it
 * one may end ("'s Council's leader", with the capital its last look-ahead reads past blanks). */
const PLACE_USE_BEFORE = 40;
const PLACE_USE_AFTER = 80;
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
export function partyCoalition(text: string, actors: ActorAnnotation[]): void {
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
export function ampersandName(text: string, a: ActorAnnotation): void {
  const before = text.charCodeAt(a.start - 1) === 38 ? /(?:^|[^\p{L}\p{N}])(\p{Lu}{1,4})&$/u.exec(text.slice(Math.max(0, a.start - 6), a.start)) : null;
  const after = text.charCodeAt(a.end) === 38 ? /^&(\p{Lu}{1,4})(?![\p{L}\p{N}])/u.exec(text.slice(a.end, a.end + 6)) : null;
  if (!before && !after) return;
  if (before) a.start -= before[1].length + 1;
  if (after) a.end += after[0].length;
  a.text = text.slice(a.start, a.end);
  if (a.category === 'person') a.category = 'organization';
}

/** A company's legal form after a comma: "SHENZHEN HAOTIAN ELECTRONICS CO., LTD.", "Acme Holdings, Inc."; whether it grew. */
export function companyTail(text: string, a: ActorAnnotation): boolean {
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
export function regnalNumeral(text: string, a: ActorAnnotation): void {
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
const UK_PARTY_SIGNS = /\b(?:Britain|British|UK|U\.K\.|United Kingdom|England|Scotland|Wales|Downing Street|Westminster|Whitehall|House of Lords|Starmer|Badenoch|Farage|Reform UK|Lib Dems|SNP|Exchequer|NHS)\b/;
const BARE_CHAMBERS = new Map<string, { country: string; bare: RegExp; signs: RegExp }>([
  ['us-senate', { country: 'us', bare: /^(?:the\s+)?senate$/i, signs: US_SIGNS }],
  ['us-congress', { country: 'us', bare: /^(?:the\s+)?congress$/i, signs: US_SIGNS }],
  ['us-house', { country: 'us', bare: /^(?:the\s+)?house of representatives$/i, signs: US_SIGNS }],
  ['parliament-uk', { country: 'uk', bare: /^(?:the\s+)?parliament$/i, signs: UK_SIGNS }],
  // ("the ruling Democratic Party (DP)" in a Korean story is Seoul's own: the American party's link needs an American story.)
  ['democratic-party-us', { country: 'us', bare: /^(?:the\s+)?(?:Democratic\s+Party|DP)$/, signs: US_SIGNS }],
  // (Britain's two largest parties by their bare names, which New Zealand's, Israel's or Norway's Labour and Canada's
  // Conservatives share: their own names are no sign of Britain, nor are "MPs" or "Tories".)
  ['labour-party-uk', { country: 'uk', bare: /^(?:the\s+)?Labour(?:\s+Party)?$/, signs: UK_PARTY_SIGNS }],
  ['conservative-party-uk', { country: 'uk', bare: /^(?:the\s+)?(?:Conservatives|Tories|Conservative\s+Party)$/, signs: UK_PARTY_SIGNS }],
]);

/** The generic party words that name Britain's two largest parties ("Labour won the seat", "the Tories blamed
 * Labour"), and their glossary entries. */
const UK_PARTY_WORDS = new Map([['Labour', 'labour-party-uk'], ['Conservatives', 'conservative-party-uk'], ['Tories', 'conservative-party-uk']]);

/**
 * "Labour", "the Conservatives", "the Tories": a party's members by its name are the glossary's party, linked as its
 * full name would be (unlinkForeignChambers then takes the link from a story set in another country that shows no
 * sign of Britain).
 */
export function britishParties(actors: ActorAnnotation[]): void {
  for (const a of actors) {
    if (a.entity || a.category !== 'group' || a.text.length > 17) continue;
    const id = UK_PARTY_WORDS.get(a.text.startsWith('the ') || a.text.startsWith('The ') ? a.text.slice(4) : a.text);
    if (!id) continue;
    a.entity = id;
    a.category = 'organization';
  }
}

/**
 * Places named like actors: a base or an airport ("Al-Asad Air Base", "MacDill Air Force Base"), and a town named
 * like a person ("the town of Baghdadi").
 */
export function isPlace(text: string, a: ActorAnnotation): boolean {
  // (Each pattern only where the words or blank it needs are there: "Base", "Station", "Airport", "Airfield" at the
  // end; the first letter of a word after a blank; the "f" of "of" before one.)
  // ("aboard Air Force One": the president's aircraft, no air force.)
  if (a.category === 'military' && a.text.endsWith('Air Force') && /^ (?:One|Two)\b/.test(text.slice(a.end, a.end + 5))) return true;
  if ((baseEnding(a.text) && BASE_NAME_RE.test(a.text)) || (blankThen(text, a.end, 66, 65) && BASE_AFTER_RE.test(text.slice(a.end, a.end + 16)))) return true;
  // "the South China Sea", "the Taiwan Strait", "the Sea of Japan", Nigeria's "Niger state": waters and regions.
  if (a.category === 'country' && ((waterFirst(text, a.end) && WATER_AFTER_RE.test(text.slice(a.end, a.end + 24))) || (blankBefore(text, a.start, 102, 102) && /\bSea\s+of\s+$/.test(text.slice(Math.max(0, a.start - 8), a.start))))) return true;
  // ("located in Brandbergen, Haninge Municipality", "born in Ajman Municipality": a municipality after a place's comma or
  // "in" is the place; "Ajman Municipality said" stays its government.)
  if (a.category === 'government' && a.text.endsWith('Municipality') && MUNICIPALITY_PLACE_BEFORE_RE.test(text.slice(Math.max(0, a.start - 4), a.start))) return true;
  return a.category === 'person' && blankBefore(text, a.start, 102, 70) && TOWN_OF_BEFORE_RE.test(text.slice(Math.max(0, a.start - 24), a.start));
}
/** Before a municipality that is a place: a comma or "in". */
const MUNICIPALITY_PLACE_BEFORE_RE = /(?:,|\bin)\s$/;
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
export const BASED_AFTER_RE = /^-based\b/;

/** "New " right before a country's name makes another place of it: New Mexico, New Caledonia. */
const NEW_BEFORE_RE = lazyRegExp(() => /(?:^|[^\p{L}])New $/u);
/** Whether "New " stands right before a country's name at start (NEW_BEFORE_RE, where its "w " is there). (Its own
 * function, asked for every country: the pattern's call, first made before "Mexico", deoptimised the filter of mentions.) */
export function newBefore(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 119 && NEW_BEFORE_RE().test(text.slice(Math.max(0, start - 4), start));
}

/**
 * Whether a mention is the agency credited in brackets at the head of a line, before its dash: "Nov 14 (Reuters) -",
 * "Nov. 14, 2025 (AFP) —", a dateline the segmenter did not take for one (it has no city). The agency filed the
 * story; it is no actor in it.
 */
export function agencyCredit(text: string, a: ActorAnnotation): boolean {
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

/**
 * Whether an actor is a party in a case's name, "v." or "v" beside it: "SEC v. Jarkesy", "Trump v. United States", "R v
 * Smith" name a case, no one acting. (Char codes only: a blank, a "v", a full stop or a blank.)
 */
export function inCaseName(text: string, a: { start: number; end: number }): boolean {
  if (text.charCodeAt(a.end) === 32 && text.charCodeAt(a.end + 1) === 118) {
    const d = text.charCodeAt(a.end + 2);
    const at = d === 46 ? a.end + 3 : a.end + 2;
    if ((d === 46 || d === 32) && text.charCodeAt(at) === 32 && isAsciiUpperCode(text.charCodeAt(at + 1))) return true;
  }
  if (text.charCodeAt(a.start - 1) !== 32) return false;
  const v = text.charCodeAt(a.start - 2) === 46 ? a.start - 3 : a.start - 2;
  return text.charCodeAt(v) === 118 && text.charCodeAt(v - 1) === 32 && (v === a.start - 3 || text.charCodeAt(a.start - 1) === 32) && isAsciiUpperCode(text.charCodeAt(a.start)) && /\p{L}/u.test(text.charAt(v - 2));
}

/** The place a dateline opens with, in capitals: "NEW YORK" of "NEW YORK, Nov. 14 (Reuters) -". */
export function datelineCity(dateline: string): string {
  return /^\p{Lu}[\p{Lu} .'\u2019/-]*?(?=\s*(?:,|\(|[-\u2013\u2014|:](?:\s|$)|$))/u.exec(dateline)?.[0] ?? '';
}

/**
 * "Australia's Online Safety Act": a law the glossary has as one country's, after another country's possessive, is that
 * country's own law of the same name; it is unlinked ("Britain's Online Safety Act" stays the UK's).
 */
export function otherCountryLaws(text: string, actors: ActorAnnotation[], agreements: AgreementAnnotation[], gazetteer: Gazetteer): void {
  for (const a of agreements) {
    if (!a.entity || text.charCodeAt(a.start - 1) !== 32) continue;
    // ("Australia's ", "the Philippines' ": the possessive's end, where the country's name ends.)
    const q = a.start - 2;
    const owner = text.charCodeAt(q) === 115 && isApostrophe(text.charCodeAt(q - 1)) ? q - 1 : isApostrophe(text.charCodeAt(q)) && text.charCodeAt(q - 1) === 115 ? q : -1;
    if (owner < 0) continue;
    const e = gazetteer.entry(a.entity);
    const parties = e?.parties;
    if (!e || e.category !== 'regulation' || !parties || parties.length !== 1 || !parties[0].startsWith('country:')) continue;
    for (let k = firstStartingFrom(actors, owner - 60); k < actors.length && actors[k].start < owner; k++) {
      const o = actors[k];
      if (o.end === owner && o.category === 'country' && o.entity && o.entity !== parties[0]) a.entity = null;
    }
  }
}
