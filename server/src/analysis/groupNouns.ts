// Groups of people named by a group noun: "[actor] forces/officials" ("Iraqi officials", "the Asad regime") and the
// generic nouns of the news ("the regime", "rebels", "the police", "the international community"). Apart from
// bodyPatterns.ts, which names bodies by their own names.
import type { ActorCategory } from './types';
import * as actorWordsModule from './actorWords';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as charsModule from './chars';
import * as actorPatternsSharedModule from './actorPatternsShared';
import * as personPatternsModule from './personPatterns';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { CAPITALISED_GENERIC, DAY_OR_MONTH, GENERIC_ACTORS, GENERIC_MAX_WORDS, GROUP_ADJ, GROUP_HEADS, GROUP_HEAD_MAX_WORDS, NOT_NAME } = actorWordsModule;
const { isAllCaps, isCap, joins, keyed, keyOf, mayStartPhrase, phraseAt, possessiveBefore, registerPhraseList } = actorContextModule;
const { isDigitCode, lazyRegExp, testLong } = charsModule;
const { COUNTING_WORD_RE, gazetteerEndingAt, PLACE_PREP, REGION_FIRST, startOfGazetteerEndingAt } = actorPatternsSharedModule;
const { FAMILY_FIRST } = personPatternsModule;

const groupHeads = keyed(GROUP_HEADS);
const generic = keyed(GENERIC_ACTORS);
// The phrase passes test these bits before they call phraseAt: most tokens start no phrase.
const GROUP_HEAD_BIT = registerPhraseList(groupHeads);
const GENERIC_BIT = registerPhraseList(generic);

/** Small words inside a party's name before "party". */
const PARTY_NAME_JOINS = new Set(['and', 'at', 'of', 'for']);
/** Small words inside a coalition's name in its own language: "Azimio la Umoja", "Kenya Kwanza", "Frente de Todos". */
const COALITION_NAME_JOINS = new Set(['la', 'wa', 'ya', 'na', 'de', 'del', 'da', 'do', 'di']);
/** Particles of descent in lower case inside a tribe's name: "Al bu Nimr", "Al bin Ali". */
const TRIBE_NAME_JOINS = new Set(['bu', 'bin', 'ibn', 'abu', 'bani', 'beni', 'al']);

/** "Iraqi officials", "U.S. forces", "ISIL tactical units", "the Asad regime", "Coalition military forces". */
export function groupsOfActors(c: ParaContext, out: Candidate[]): void {
  if (!mayStartPhrase(c, groupHeads)) return;
  for (let i = 1; i < c.toks.length; i++) {
    if (!(c.bits[i] & GROUP_HEAD_BIT)) continue;
    const n = phraseAt(c, i, groupHeads, GROUP_HEAD_MAX_WORDS);
    if (!n || isCap(c.toks[i]) && !isAllCaps(c.toks[i]) && c.toks[i].key !== 'forces' && c.toks[i].key !== 'government') continue;
    // ("Rights group Access Now said", "monitoring group NetBlocks": "group" describes the name after it, which is the
    // actor; the description is none of its own.)
    if (n === 1 && c.toks[i].key === 'group' && i + 1 < c.toks.length && isCap(c.toks[i + 1]) && joins(c, i)) {
      const last = nameAfterGroup(c, i, out);
      if (last >= 0) {
        i = last;
        continue;
      }
    }
    const last = groupAt(c, i, n, out);
    if (last >= 0) i = last;
  }
}

/** Kinds of group before "group" that make the name after it an armed or militant group ("rebel group M23"). */
const ARMED_GROUP_KINDS = new Set('rebel|militant|armed|jihadist|islamist|separatist|paramilitary|insurgent|extremist|terrorist|terror|guerrilla|criminal|gang'.split('|'));
/**
 * The name of up to four capitalised words after "group" at token i ("Access Now", "NetBlocks"), pushed as an
 * organisation (a group after an armed kind: "rebel group M23") unless the glossary has it already; the last token of
 * the name, or -1 where no name follows (a weekday or a month, a word no name has, a sentence's start).
 */
function nameAfterGroup(c: ParaContext, i: number, out: Candidate[]): number {
  const first = c.toks[i + 1];
  if (DAY_OR_MONTH.has(first.key) || NOT_NAME.has(first.key) || c.sentenceStart[i + 1]) return -1;
  let e = i + 1;
  // ("Access Now", "Peace Now": a later word of the name may be one no name opens with.)
  while (e + 1 < c.toks.length && e - i < 4 && joins(c, e) && isCap(c.toks[e + 1]) && !DAY_OR_MONTH.has(c.toks[e + 1].key)) e++;
  // (A name the glossary knows is its own candidate already: "militant group Hamas".)
  if (c.gazAt.has(i + 1)) return c.gazAt.get(i + 1)!.end - 1;
  const armed = i > 0 && joins(c, i - 1) && ARMED_GROUP_KINDS.has(c.toks[i - 1].key);
  out.push({ start: first.start, end: c.toks[e].end, category: armed ? 'group' : 'organization', entity: null, priority: 2 });
  return e;
}

/** Words after "state" that make it a modifier of an outlet or a firm ("state television", "state-owned"). */
const STATE_OWNED_NEXT = new Set('television|tv|media|radio|broadcaster|broadcasting|news|newspaper|newspapers|agency|outlet|outlets|press|run|owned|controlled|funded|backed|company|companies|firm|firms|oil|energy|bank|banks|enterprise|enterprises|employees|workers|funding|budget|visit|secrets|secret|dinner|funeral|banquet'.split('|'));
/** Occasions that come before "party" without making it a political one ("a Christmas party", "a garden party"). */
const FEASTS = new Set('christmas|halloween|easter|hanukkah|diwali|eid|thanksgiving|birthday|new|garden|dinner|launch|house|wedding|office|holiday|summer|winter'.split('|'));
/** Heads that name an actor only after a determiner. */
const ABSTRACT_HEADS = new Set(['leadership', 'side', 'team', 'state']);
const ABSTRACT_HEAD_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/** Prepositions of place before "the X side" ("on the Indian side", "behind the Chinese side"). */
const SIDE_PLACE_PREP = new Set('on|behind|across|along|beyond|inside|within|into|onto|over|near'.split('|'));
/** Whether "side" or "state" at token i, modified from token s, is a place: "of" and a name after it, or "the" and a
 * preposition of place before it (for "side"). */
function sideIsPlace(c: ParaContext, s: number, i: number): boolean {
  const next = c.toks[i + 1];
  if (next?.key === 'of' && joins(c, i) && joins(c, i + 1) && (isCap(c.toks[i + 2]) || (c.toks[i + 2]?.key === 'the' && joins(c, i + 2) && isCap(c.toks[i + 3])))) return true;
  return c.toks[i].key === 'side' && s >= 2 && c.toks[s - 1].key === 'the' && joins(c, s - 1) && joins(c, s - 2) && SIDE_PLACE_PREP.has(c.toks[s - 2].key);
}

/** The group head of n words at token i with what names the group before it, added to out; the last token it
 * covers, or -1. */
function groupAt(c: ParaContext, i: number, n: number, out: Candidate[]): number {
  // "Niger's state television", "state-run media": the state modifies the outlet.
  if (n === 1 && c.toks[i].key === 'state' && i + 1 < c.toks.length && joins(c, i) && STATE_OWNED_NEXT.has(c.toks[i + 1].key)) return -1;
  const category = groupHeads.get(keyOf(c, i, i + n)) as ActorCategory;
  // "an ISIS military emir", "the Hamas military wing": "military" before a noun is its adjective.
  if (n === 1 && c.toks[i].key === 'military' && i + 1 < c.toks.length && joins(c, i) && !isCap(c.toks[i + 1]) && testLong(/^[a-z]{3,}$/, c.toks[i + 1].text) && !c.toks[i + 1].text.endsWith('ed') && !NOT_NAME.has(c.toks[i + 1].key)) return -1;
  // ("Two Chinese official ships", "China's official media": "official" before a thing's noun is its adjective.)
  if (n === 1 && c.toks[i].key === 'official' && i + 1 < c.toks.length && joins(c, i) && OFFICIAL_THINGS.has(c.toks[i + 1].key)) return -1;
  let m = i;
  // Lower-case adjectives between: "security", "military", "U.S.-led".
  while (m > 0 && i - m < 3 && joins(c, m - 1) && GROUP_ADJ.has(c.toks[m - 1].key) && !isCap(c.toks[m - 1])) m--;
  if (m === 0 || !joins(c, m - 1)) return -1;
  const last = m - 1;
  let s = startOfGazetteerEndingAt(c, last);
  // "Russia's foreign ministry", "Sudan's army": the possessor stays an actor of its own, the group starts after it.
  if (s < 0 && possessiveBefore(c, m)) return startOfGazetteerEndingAt(c, m - 2) < 0 ? -1 : pushGroup(c, m, i, n, category, out);
  if (s < 0 && !c.titleCase && ((isCap(c.toks[last]) && !NOT_NAME.has(c.toks[last].key)) || koreanGivenName(c, last))) {
    s = last;
    for (;;) {
      if (s > 0 && joins(c, s - 1) && isCap(c.toks[s - 1]) && !NOT_NAME.has(c.toks[s - 1].key) && last - s < 3) s--;
      // "the Law and Justice party", "the Democracy at Home party": a party's name may hold a small word.
      else if (c.toks[i].key === 'party' && s > 1 && PARTY_NAME_JOINS.has(c.toks[s - 1].key) && !isCap(c.toks[s - 1]) && joins(c, s - 1) && joins(c, s - 2) && isCap(c.toks[s - 2]) && !NOT_NAME.has(c.toks[s - 2].key) && last - s < 3) s -= 2;
      // ("Odinga's Azimio la Umoja coalition": so may a coalition's, a particle of its language between its words.)
      else if (c.toks[i].key === 'coalition' && s > 1 && COALITION_NAME_JOINS.has(c.toks[s - 1].key) && !isCap(c.toks[s - 1]) && joins(c, s - 1) && joins(c, s - 2) && isCap(c.toks[s - 2]) && !NOT_NAME.has(c.toks[s - 2].key) && last - s < 3) s -= 2;
      // ("the Al bu Nimr tribe", "the Al bin Ali clan": a tribe's name holds the Arabic "bu" or "bin" of its descent.)
      else if ((c.toks[i].key === 'tribe' || c.toks[i].key === 'clan') && s > 1 && TRIBE_NAME_JOINS.has(c.toks[s - 1].text) && joins(c, s - 1) && joins(c, s - 2) && isCap(c.toks[s - 2]) && !NOT_NAME.has(c.toks[s - 2].key) && last - s < 3) s -= 2;
      else break;
    }
    // A sentence-initial word is a modifier unless it is a function word ("The", "Some" are in NOT_NAME).
    // ("Sixteen people died": a number that opens the sentence counts the people; it names no group.)
    if (s === last && c.sentenceStart[s] && testLong(COUNTING_WORD_RE, c.toks[s].key)) s = -1;
    // ("1.1 M refugees", "67 K migrants": a letter after a figure is its unit, million or thousand, no name.)
    if (s === last && c.toks[s].text.length === 1 && s > 0 && joins(c, s - 1) && isDigitCode(c.text.charCodeAt(c.toks[s - 1].end - 1))) s = -1;
  }
  if (s < 0) return -1;
  // "Artificial intelligence", "Signals intelligence", "New intelligence suggests": the word is the information, a
  // government's service only after a state's or a body's name ("US intelligence", "Pakistani intelligence").
  if (n === 1 && c.toks[i].key === 'intelligence' && !c.gazAt.has(s)) return -1;
  // "a Christmas party", "the Halloween party": a feast, not a political party.
  if (c.toks[i].key === 'party' && FEASTS.has(c.toks[s].key)) return -1;
  // "the pro-Western opposition": the prefix belongs to the modifier.
  // ("407th AEG commander", "the 3rd Brigade soldiers": a unit's number before its name is the name's.)
  if (s >= 1 && isCap(c.toks[s]) && joins(c, s - 1) && isDigitCode(c.toks[s - 1].text.charCodeAt(0)) && testLong(UNIT_ORDINAL_RE, c.toks[s - 1].text)) s--;
  // ("the counter-ISIL coalition": and "counter-"; "Anti-Taliban fighters" opening the sentence too.)
  if (s >= 1 && (c.toks[s - 1].key === 'pro' || c.toks[s - 1].key === 'anti' || c.toks[s - 1].key === 'counter') && c.text.charCodeAt(c.toks[s - 1].end) === 45 && joins(c, s - 1)) s--;
  // "the Iranian leadership", "Iran's leadership" act; without a determiner they are ideas ("on American leadership").
  if (n === 1 && ABSTRACT_HEADS.has(c.toks[i].key) && !(s > 0 && joins(c, s - 1) && ABSTRACT_HEAD_DETERMINERS.has(c.toks[s - 1].key))) return -1;
  // "the Indian side of the border", "the Venezuelan state of Táchira", "behind the Chinese side": a place, by its
  // "of" and a name, or after a preposition of place.
  if (n === 1 && (c.toks[i].key === 'side' || c.toks[i].key === 'state') && sideIsPlace(c, s, i)) return -1;
  const g = c.gazAt.get(s);
  if (g && g.m.entry.kind !== 'actor') return -1;
  // ("the Viv Ansanm coalition", "the Sumar coalition": a coalition named by a name of its own, no state's, is a group of
  // gangs, militias or parties, no government; "the Iraqi coalition" stays one.)
  if (!g && n === 1 && c.toks[i].key === 'coalition' && namedOwn(c, s, m)) return pushGroup(c, s, i, n, 'group', out);
  // (So is one the glossary knows as a group: "the Viv Ansanm coalition"; "the counter-ISIL coalition" fights one.)
  if (g && n === 1 && c.toks[i].key === 'coalition' && g.end === i && g.m.entry.category === 'group' && c.text.charCodeAt(c.toks[s].start - 1) !== 45) return pushGroup(c, s, i, n, 'group', out);
  // "Syrian Arab forces": more glossary actors right before belong to the modifier.
  for (let steps = 0; steps < 2 && s > 0 && joins(c, s - 1); steps++) {
    const p = startOfGazetteerEndingAt(c, s - 1);
    if (p < 0) break;
    s = p;
  }
  return pushGroup(c, s, i, n, category, out);
}

/**
 * Whether token k is the lower-case second half of a Korean given name after its family name: the "myung" of "Lee
 * Jae-myung", the "in" of "Moon Jae-in" (not the "led" of "Saudi-led": a short capitalised word and a name before it).
 */
function koreanGivenName(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  if (k < 2 || c.text.charCodeAt(t.start - 1) !== 45 || c.toks[k - 1].end !== t.start - 1 || t.text.length > 5 || t.key.endsWith('ed')) return false;
  const first = c.toks[k - 1];
  return first.text.length <= 4 && isCap(first) && !isAllCaps(first) && isCap(c.toks[k - 2]) && joins(c, k - 2) && FAMILY_FIRST.has(c.toks[k - 2].key);
}

/** Things that "official" describes as an adjective: "official ships", "official media", "official development assistance". */
const OFFICIAL_THINGS = new Set(
  'ships|vessels|ship|vessel|media|data|figures|statistics|development|visit|visits|channels|channel|documents|website|results|count|tally|estimates|estimate|language|languages|residence|records|list|reports|report|version|rate|rates|numbers|recognition|apology|protest|announcement|gazette|newspaper|broadcaster|news|television|radio|policy|invitation|ceremony|talks|meeting|trip|capacity|duties|business|use'.split('|'),
);

/** Whether tokens [s, m) are all capitalised words the glossary does not know (a name of its own). */
function namedOwn(c: ParaContext, s: number, m: number): boolean {
  for (let k = s; k < m; k++) if ((!isCap(c.toks[k]) && !(k > s && COALITION_NAME_JOINS.has(c.toks[k].key))) || c.gazAt.has(k)) return false;
  return true;
}

/** The group from token `from` to its head of n words at token i, added to out; the last token it covers. */
function pushGroup(c: ParaContext, from: number, i: number, n: number, category: ActorCategory, out: Candidate[]): number {
  // "ISIL terrorist groups": a second head noun belongs to the phrase.
  let e = i + n;
  while (e < c.toks.length && joins(c, e - 1) && GROUP_HEADS.has(c.toks[e].key) && e - i < 4) e++;
  // ("Hezbollah terrorist infrastructure", "Hamas terrorist targets": "terrorist" before a noun of things describes them;
  // the group is the name before it, as the glossary reads it.)
  if (e === i + 1 && c.toks[i].key === 'terrorist' && e < c.toks.length && joins(c, i) && TERRORIST_THINGS.has(c.toks[e].text)) return i;
  // ("IDF fighter jets", "Russian fighter planes": "fighter" before an aircraft is the aircraft's kind, no fighting man;
  // the force is the name before it.)
  if (e === i + 1 && c.toks[i].key === 'fighter' && e < c.toks.length && joins(c, i) && FIGHTER_CRAFT.has(c.toks[e].key)) return i;
  // The last head decides: "foreign ministry spokesperson" is one official.
  const lastCat = e > i + n ? GROUP_HEADS.get(c.toks[e - 1].key) ?? category : category;
  // "A Hamas delegation", "Houthi negotiators": an armed group's or a movement's own people are that group, no government;
  // "the IMF team", "a World Bank delegation": an international body's are that body.
  let g = c.gazAt.get(from);
  // ("Palestinian Hamas leaders", "the Afghan Taliban officials": a people's or a country's adjective before the body says
  // whose it is; the people are the body's.)
  if (g && g.end < i && (g.m.entry.category === 'country' || (g.m.entry.category === 'group' && g.end === from + 1 && PEOPLES_ADJECTIVE_RE().test(c.toks[from].key)))) {
    const next = c.gazAt.get(g.end);
    if (next && next.end === i && next.m.entry.category !== 'country' && joins(c, g.end - 1)) g = next;
  }
  // ("the Patriots for Europe group", "the EPP group": a party's or a parliament group's name before "group" is the
  // body itself.)
  // ("Hamas leaders", "Islamic Jihad members", "PIF leaders": a body's leaders and an armed group's members are the body's
  // too; a people's are not ("Arab leaders"), nor a union's or an alliance's members, its states.)
  const head = c.toks[e - 1].key;
  const own = (((lastCat === 'government' && head !== 'members') || (lastCat === 'group' && g && (head === 'leaders' || g.m.entry.category === 'group' || g.m.entry.category === 'military') && !PEOPLE_DESCRIPTION_RE().test(g.m.entry.description ?? ''))) && OWN_PEOPLE.has(head) && g && g.end === i && (g.m.entry.category === 'group' || g.m.entry.category === 'military' || g.m.entry.category === 'organization')) || (e === i + 1 && c.toks[i].key === 'group' && g && g.end === i && g.m.entry.category === 'organization') ? g!.m.entry : null;
  // ("EU negotiators", "UN officials": an international body's people are its staff, of its kind but not the body
  // itself, as "US negotiators" are of their government; its team or its delegation stays the body.)
  const staff = own !== null && own.category === 'organization' && STAFF_PEOPLE.has(c.toks[e - 1].key);
  // ("Afghanistan's Taliban government", "the Taliban administration": a movement the glossary knows that rules is
  // that movement, as the government it forms.)
  const rules = !own && e === i + 1 && lastCat === 'government' && RULING_HEADS.has(c.toks[i].key) && g && g.end === i && g.m.entry.category === 'group' ? g.m.entry.id : null;
  out.push({ start: c.toks[from].start, end: c.toks[e - 1].end, category: own ? (own.category as ActorCategory) : lastCat, entity: own && !staff ? own.id : rules, priority: 2 });
  return e - 1;
}

/** Things "terrorist" describes after a group's name: "Hezbollah terrorist infrastructure", "Hamas terrorist targets". */
const TERRORIST_THINGS = new Set('infrastructure|targets|target|sites|site|activity|activities|attack|attacks|operations|operation|tunnels|tunnel|compound|compounds|headquarters|positions|position|facilities|facility|assets|capabilities|launchers|launcher|posts|post|structures|structure|weapons|hideouts|hideout|plots|plot'.split('|'));

/** What "fighter" names a kind of: "fighter jets", "a fighter pilot", "fighter squadrons". */
const FIGHTER_CRAFT = new Set('jet|jets|plane|planes|aircraft|airplane|airplanes|pilot|pilots|squadron|squadrons|bomber|bombers|wing|wings|fleet|fleets|escort|escorts|program|programme'.split('|'));

/** A glossary description of a people, whose leaders are no body's. */
const PEOPLE_DESCRIPTION_RE = lazyRegExp(() => /\b(?:people|peoples|minority|community|ethnic)\b/i);
/** The ending of a people's adjective the glossary holds as the people ("Palestinian", "Kurdish", "Yazidi"). */
const PEOPLES_ADJECTIVE_RE = lazyRegExp(() => /(?:an|ish|ese|i)$/);

/** Heads that name the government a movement forms: "the Taliban government", "the Taliban administration". */
const RULING_HEADS = new Set(['government', 'administration', 'regime', 'authorities']);

/** Heads of OWN_PEOPLE that name people one by one, not the body as one: "negotiators", "officials". */
const STAFF_PEOPLE = new Set(['delegates', 'negotiators', 'officials', 'members']);

/** Heads that name a group's own people ("a Hamas delegation", "Houthi negotiators"), not those allied with it. */
const OWN_PEOPLE = new Set(['delegation', 'delegations', 'delegates', 'negotiators', 'leaders', 'leadership', 'officials', 'team', 'spokesman', 'spokeswoman', 'members']);

/** Words of party politics around "the coalition": then it is a coalition of parties ("Merz's governing coalition"). */
const POLITICAL_CONTEXT_RE = /\b(?:parties|party|chancellor|parliament|parliamentary|elections?|polls?|voters|cabinet|bundestag|knesset|senate|opposition|budget|governing|ruling|junior\s+partner|coalition\s+agreement|shadow\s+(?:\w+\s+)?minister)\b/i;
/** Parties named beside a coalition, capitalised as names are: "Labor", "the Greens". */
const PARTY_NAMES_RE = /\b(?:Labor|Labour|Greens|Liberals|Nationals|Tories)\b/;
/** What makes a coalition one of parties or groups: "coalition talks", "a coalition government", "coalition with". */
const POLITICAL_COALITION_RE = /^\s+(?:talks|government|governments|deal|agreement|negotiations|building|parties|partner|partners|member|members|with|of\s+(?:civil|parties|groups|opposition|NGOs|non-governmental))\b/;
/** "Labour shortages", "Labour market reforms": at a sentence's start the word is the noun, not the party. */
const LABOUR_NOUN_AFTER_RE = /^\s+(?:secretary|day|statistics|shortages?|markets?|costs?|laws?|rights|force|unions?|camps?|productivity|supply|migration|migrants|inspectors?|standards|exploitation|practices|disputes?|relations|ministers?|ministry|department|code|reforms?|participation|inspectorate|contracts?)\b/i;

/** Whether the text around a coalition speaks of parties and parliaments. */
function politicalNear(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 100), end + 100);
  return POLITICAL_CONTEXT_RE.test(around) || PARTY_NAMES_RE.test(around);
}

/** The executive by its country's metonym: a name when more of one follows ("the Centre for Policy Research"). */
const EXECUTIVE_WORDS = new Set(['the centre', 'the presidency']);
/** A possessive before a name: "His Majesty's Government" is the government, no ruler. */
const OWNED_NAME_AFTER_RE = lazyRegExp(() => /^['\u2019]s\s+\p{Lu}/u);
/** Whether the capitalised word at token i goes on as a name: "of", "for" or another capitalised word after it. */
function namedOn(c: ParaContext, i: number): boolean {
  const next = c.toks[i + 1];
  return !!next && joins(c, i) && (isCap(next) || next.key === 'of' || next.key === 'for');
}

/** "the regime", "the international community", "rebels", "civilians". */
export function genericActors(c: ParaContext, out: Candidate[]): void {
  if (!mayStartPhrase(c, generic)) return;
  for (let i = 0; i < c.toks.length; i++) {
    if (!(c.bits[i] & GENERIC_BIT)) continue;
    const n = phraseAt(c, i, generic, GENERIC_MAX_WORDS);
    if (!n) continue;
    // "the West Bank", "the West German team": a capitalised word after a point of the compass makes it part of a name.
    const last = i + n - 1;
    if (regionInName(c, last)) {
      i = last;
      continue;
    }
    const category = genericCategory(c, i, last, keyOf(c, i, i + n));
    if (category === null) {
      i = last;
      continue;
    }
    // ("anti-coalition forces", "pro-government militias": the prefix says whose side they are on, and is theirs.)
    const side = i > 0 && c.text.charCodeAt(c.toks[i].start - 1) === 45 && c.toks[i - 1].end === c.toks[i].start - 1 && SIDE_PREFIXES.has(c.toks[i - 1].key);
    out.push({ start: c.toks[side ? i - 1 : i].start, end: c.toks[i + n - 1].end, category, entity: null, priority: 1 });
    i += n - 1;
  }
}

/** A unit's number: "407th", "3rd". */
const UNIT_ORDINAL_RE = /^\d{1,4}(?:st|nd|rd|th)$/;
/** Prefixes before a hyphen that say whose side a group is on: "anti-coalition", "pro-government", "counter-ISIL". */
const SIDE_PREFIXES = new Set(['anti', 'pro', 'counter']);
const SIDES_OF_RE = /^\s+of\b/;
/** Things that "military" describes as an adjective after "the": "the military demarcation line", "the military parade". */
const MILITARY_THINGS = new Set('demarcation|parade|exercises|drills|situation|balance|option|options|buildup|build-up|escalation|installations|facilities|equipment|hardware|pact|alliance|agreement|talks|hotline|line|threat|tension|tensions|budget|spending|campaign|campaigns|action|actions|operation|operations|offensive|intervention|solution|victory|aid|assistance|presence|base|bases|court|courts|tribunal|strikes|strike|service|training|cooperation|co-operation|ties|spending'.split('|'));
/** Prepositions that make an office the building: "outside the presidential office", "at the presidential office". */
const OFFICE_PLACE_PREP = new Set('outside|near|at|into|inside|in|around|toward|towards'.split('|'));

/** Whether the point of the compass that ends a generic phrase at token last starts a capitalised name ("the West
 * Bank"). (Its own function, called for every phrase: the rare reads past the paragraph's last token deoptimised
 * genericActors.) */
function regionInName(c: ParaContext, last: number): boolean {
  return REGION_FIRST.has(c.toks[last].key) && last + 1 < c.toks.length && isCap(c.toks[last]) && isCap(c.toks[last + 1]) && joins(c, last);
}

/** The category of the generic phrase [i, last] keyed key, or null where it names no actor. (Its own function, called
 * for every phrase: its rare tests ("labour", "the west", "sides", "the public", "coalition") had never run when the
 * optimising compiler took genericActors, and their first run deoptimised it.) */
function genericCategory(c: ParaContext, i: number, last: number, key: string): ActorCategory | null {
  if (CAPITALISED_GENERIC.has(c.toks[last].key) && (!isCap(c.toks[last]) || ((key === 'labour' || key === 'labor') && LABOUR_NOUN_AFTER_RE.test(c.text.slice(c.toks[last].end, c.toks[last].end + 16))) || (EXECUTIVE_WORDS.has(key) && namedOn(c, last)) || (c.toks[last].key === 'majesty' && OWNED_NAME_AFTER_RE().test(c.text.slice(c.toks[last].end, c.toks[last].end + 4))))) return null;
  // "the public finances", "the public sector": an adjective, not the people; "coalition talks", "a coalition with the
  // far right": a coalition of parties, not of armies.
  // ("from Tripoli or Zuwara in the west": the compass, not the West.)
  if (key === 'the west' && c.toks[last].text === 'west' && i > 0 && PLACE_PREP.has(c.toks[i - 1].key)) return null;
  // ("the military demarcation line", "the military parade": "military" before a thing's noun is its adjective.)
  if (key === 'the military' && MILITARY_THINGS.has(c.toks[last + 1]?.key ?? '') && joins(c, last)) return null;
  // ("gathered outside the presidential office": the building, not the president's staff.)
  if (key === 'the presidential office' && i > 0 && OFFICE_PLACE_PREP.has(c.toks[i - 1].key)) return null;
  // ("the mayor of the West of England", "the west of the country": a part of a land, not the West.)
  if (key === 'the west' && SIDES_OF_RE.test(c.text.slice(c.toks[last].end, c.toks[last].end + 4))) return null;
  // ("both sides of the border", "the two sides of the coin": a border's or a thing's sides, no parties.)
  if (c.toks[last].key === 'sides' && SIDES_OF_RE.test(c.text.slice(c.toks[last].end, c.toks[last].end + 4))) return null;
  // ("police said", "Police in Seoul said": the force acting; "police officers", "police custody": a word of another noun.)
  if (key === 'police' && !POLICE_ACTS.has(c.toks[last + 1]?.key ?? '')) return null;
  // ("the police union", "the police federation": a body of the police's officers, not the force.)
  if (key === 'the police' && POLICE_BODIES.has(c.toks[last + 1]?.key ?? '') && joins(c, last) && !isCap(c.toks[last + 1])) return null;
  // ("Talks on the next coalition", "the outgoing coalition": a coalition that is formed and falls, of parties, no armies.)
  if (key === 'coalition' && i > 0 && TERM_OF_COALITION.has(c.toks[i - 1].key)) return null;
  // ("talks on a coalition", "failed to form a coalition", "Merz's coalition": one being formed, or a leader's, is of
  // parties, as "coalition talks" below is, and no actor.)
  if (key === 'coalition' && i > 0 && (testLong(COALITION_FORMED_BEFORE_RE, c.text.slice(Math.max(0, c.toks[i].start - 24), c.toks[i].start)) || leadersCoalition(c, i))) return null;
  // ("A coalition of rights groups said": one of campaigners or firms is a body that speaks for them.)
  if (key.endsWith('coalition') && c.text.startsWith(' of ', c.toks[last].end) && testLong(CIVIL_COALITION_RE, c.text.slice(c.toks[last].end, c.toks[last].end + 40))) return 'organization';
  // ("the militant group Hamas", "the terrorist group Islamic State": a description right before the glossary's name
  // of the group is that name's, no second actor.)
  if (c.toks[last].key === 'group' && joins(c, last) && c.gazAt.has(last + 1)) return null;
  const category = generic.get(key) as ActorCategory;
  if ((key === 'the public' && PUBLIC_THING_RE.test(c.text.slice(c.toks[last].end, c.toks[last].end + 14))) || (key.endsWith('coalition') && (POLITICAL_COALITION_RE.test(c.text.slice(c.toks[last].end, c.toks[last].end + 16)) || (category === 'military' && politicalNear(c.text, c.toks[i].start, c.toks[last].end))))) {
    // (Australia's "the Coalition", capitalised as a party's name is, acts as the parties it joins.)
    if (!(category === 'military' && isCap(c.toks[last]) && !POLITICAL_COALITION_RE.test(c.text.slice(c.toks[last].end, c.toks[last].end + 16)))) return null;
    return 'group';
  }
  return category;
}

/** After a coalition, the campaigners or firms it joins: " of rights groups", " of tech companies". */
const CIVIL_COALITION_RE = /^ of\s+(?:(?:more\s+than\s+)?\d+\s+)?(?:[a-z-]+\s+){0,2}(?:groups|organi[sz]ations|NGOs|unions|campaigners|activists|charities|businesses|companies|firms|publishers|advocates)\b/;
/** What is said of a coalition that is being formed, right before it: "talks on a ", "form a ", "joined the ". */
const COALITION_FORMED_BEFORE_RE = /\b(?:form|forms|forming|formed|build|building|join|joins|joined|joining|leave|leaves|left|quit|quits|quitting|talks\s+on|talks\s+for)\s+(?:an?|the|its|his|her|their)\s+(?:new\s+|governing\s+|broad\s+)?$/;
/** Whether the coalition at token i is owned by a person the glossary knows: "Merz's coalition", "Netanyahu's coalition". */
function leadersCoalition(c: ParaContext, i: number): boolean {
  if (i < 2 || c.toks[i - 1].key !== 's' || !joins(c, i - 1)) return false;
  const k = gazetteerEndingAt(c, i - 2);
  const cat = k >= 0 ? c.gazAt.get(k)?.m.entry.category : undefined;
  return cat === 'official' || cat === 'person';
}
/** Words of a coalition's term in office before it: "the next coalition", "the outgoing coalition". */
const TERM_OF_COALITION = new Set('next|outgoing|incoming|previous|caretaker|minority|majority|narrow'.split('|'));

/** What bare "police" does, or "in" and where, right after it: "police said", "police arrested", "police in Seoul". */
const POLICE_ACTS = new Set('said|say|says|told|added|confirmed|reported|arrested|detained|fired|have|had|were|are|later|also|in|believe|believed|suspect|suspected|found|recovered|launched|opened|charged|released|stated|declined|estimated|warned|urged|identified|blocked|raided|searched|responded|killed|shot|used|dispersed'.split('|'));

/** Bodies of police officers named "the police X". */
const POLICE_BODIES = new Set(['union', 'unions', 'federation', 'association', 'watchdog', 'commissioner', 'authority']);

/** Nouns that make "the public" an adjective: "the public finances", "the public sector", "the public shipyards". */
// (Also a capitalised word after it: "the Public Defender's office", "the Public Prosecutor" are offices.)
const PUBLIC_THING_RE = /^\s+(?:finances|sector|health|interest|debt|purse|spending|services?|opinion|record|domain|eye|square|safety|order|transport|inquiry|hearing|prosecutor|broadcaster|accounts|money|funds|realm|good|employers?|employees|servants|bodies|institutions|universities|schools|hospitals|shipyards?|works|housing|infrastructure|lands?|procurement|utilities|companies|broadcasting|investment|holidays?|roads|buildings|[A-Z][a-z]+)\b/;
