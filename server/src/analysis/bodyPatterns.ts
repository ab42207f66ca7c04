// Patterns for bodies the glossary does not know: organisations by their head or suffix word, "[actor]
// forces/officials" and other groups, generic group nouns and unknown acronyms.
import type { ActorCategory } from './types';
import * as actorWordsModule from './actorWords';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as charsModule from './chars';
import * as actorPatternsSharedModule from './actorPatternsShared';
// Unicode-class regexes used inside functions, made once here.
const STARTS_UPPER_RE = /^\p{Lu}/u;
const DOTTED_PAIR_RE = /^\p{Lu}\.\p{Lu}\.?$/u;
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { CAPITALISED_GENERIC, DAY_OR_MONTH, PARTS_OF_TEXTS, PLURAL_TITLES, GENERIC_ACTORS, GENERIC_MAX_WORDS, GROUP_ADJ, GROUP_HEADS, GROUP_HEAD_MAX_WORDS, INFLECTED_CAPS_RE, NOT_ACTOR_ACRONYMS, NOT_NAME, ORG_HEAD, ORG_SUFFIX, PORTFOLIO_WORDS, TITLES } = actorWordsModule;
const { isAllCaps, isCap, joins, keyed, keyOf, mayStartPhrase, ORG_HEAD_BIT, ORG_SUFFIX_BIT, phraseAt, possessiveBefore, registerPhraseList, wordListBit } = actorContextModule;
const { isApostrophe, isDigitCode, lazyRegExp, LETTERS_WORD_RE, testLong } = charsModule;
const { CONNECTOR_BIT, CONNECTORS, COUNTING_WORD_RE, FOREIGN_HEADS, gazetteerEndingAt, INITIALS_RE, LAW_WORDS, OFFICE_LAST, personAfter, PLACE_PREP, PUBLICATION_WORDS, REGION_FIRST, ROLE_LABELS, SITE_WORDS, startOfGazetteerEndingAt, TITLE_BIT, titles } = actorPatternsSharedModule;

const groupHeads = keyed(GROUP_HEADS);
const generic = keyed(GENERIC_ACTORS);
// The phrase passes test these bits before they call phraseAt: most tokens start no phrase.
const GROUP_HEAD_BIT = registerPhraseList(groupHeads);
const GENERIC_BIT = registerPhraseList(generic);
const ACTOR_CATS = new Set(['country', 'government', 'organization', 'military', 'group', 'official', 'person']);
const FOREIGN_SOLO = new Set('defensoria|registraduria|cancilleria|fiscalia|procuraduria|contraloria|itamaraty'.split('|'));
/** Connectors that are a name's own first word when capitalised ("Al Rasheed Bank", "La Poste", "Los Angeles Police Department"). */
const OPENING_PARTICLES = new Set(['de', 'du', 'des', 'la', 'al', 'el', 'los', 'las']);
/** Words a sentence-initial name run may start with that are not part of the name. */
// (And the conjunctions that open a sentence: "But the Congressional Budget Office said".)
const LEADING_WORDS = new Set('in|at|on|by|with|from|to|as|after|while|a|an|but|and|yet|so|or|nor'.split('|'));

/** Possessors that stay inside a body's name: "People's", "Women's", "Children's". */
const INNER_POSSESSORS = new Set(['people', 'women', 'children', 'men']);
/** Bodies named by a subject after "on": "Council on Foreign Relations", "Center on Budget and Policy Priorities". */
const ON_SUBJECT_HEADS = new Set(['council', 'commission', 'committee', 'subcommittee', 'conference', 'panel', 'forum', 'center', 'centre', 'caucus', 'authority', 'agency', 'court', 'tribunal', 'group']);
/**
 * Whether token k ends the head of a body named by its subject after "on": a head of ON_SUBJECT_HEADS, or one with its
 * members after "of" ("the Panel of Experts on Libya", "the Group of Eminent Experts on Yemen": the UN's panels).
 */
function onSubjectHead(c: ParaContext, k: number): boolean {
  const toks = c.toks;
  if (ON_SUBJECT_HEADS.has(toks[k].key)) return true;
  if (toks[k].key !== 'experts' || k < 2) return false;
  const of = toks[k - 1].key === 'of' ? k - 1 : k > 2 && toks[k - 2].key === 'of' && isCap(toks[k - 1]) ? k - 2 : -1;
  return of > 0 && ON_SUBJECT_HEADS.has(toks[of - 1].key) && isCap(toks[of - 1]);
}
const ORG_SUFFIX_LAST_BIT = wordListBit(new Set([...ORG_SUFFIX.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(k.lastIndexOf(' ') + 1))));
/** "3rd", "101st". */
function ordinal(t: { text: string } | undefined): boolean {
  return !!t && isDigitCode(t.text.charCodeAt(0)) && testLong(/^\d{1,4}(?:st|nd|rd|th)$/, t.text);
}

/** Capitalised runs that are organisations by their last word ("Syrian Democratic Forces") or head ("Ministry of Defence"). */
export function namedOrganisations(c: ParaContext, out: Candidate[]): void {
  if (c.titleCase) return;
  for (let i = 0; i < c.toks.length; i++) {
    if (!isCap(c.toks[i]) && !(i + 1 < c.toks.length && ordinal(c.toks[i]) && isCap(c.toks[i + 1]))) {
      if (i > 0 && c.toks[i - 1].key === 'the' && isDigitCode(c.toks[i].text.charCodeAt(0))) i = numberedCommittee(c, i, out);
      continue;
    }
    if (c.toks[i].key === 'cong' && c.toks[i + 1]?.key === 'ty' && joins(c, i)) {
      i = vietnameseCompany(c, i, out);
      continue;
    }
    i = organisationAt(c, i, out);
  }
}

/**
 * "the 1267 sanctions committee", "the 1718 Committee": a Security Council committee named by the number of the
 * resolution that set it up, pushed onto out; the last token it takes (i when none).
 */
function numberedCommittee(c: ParaContext, i: number, out: Candidate[]): number {
  const toks = c.toks;
  if (!/^\d{3,4}$/.test(toks[i].text) || !joins(c, i)) return i;
  let k = i + 1;
  if (toks[k]?.key === 'sanctions' && joins(c, k)) k++;
  if (toks[k]?.key !== 'committee' || !joins(c, k - 1)) return i;
  // ("the 2024 committee report": a number that may be a year needs the capital of a name, "the 1970 Committee".)
  if (/^(?:19|20)\d\d$/.test(toks[i].text) && !isCap(toks[k])) return i;
  out.push({ start: toks[i].start, end: toks[k].end, category: 'organization', entity: null, priority: 3 });
  return k;
}

/** Whether one of tokens [from, to) is an organisation's head word ("Office", "Ministry"), other than "State" and "Members". */
function headIn(c: ParaContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (c.bits[k] & ORG_HEAD_BIT && c.toks[k].key !== 'state' && c.toks[k].key !== 'members') return true;
  return false;
}

/** The verbs of causes that bodies are named for ("to Protect Journalists", "to Stop Killer Robots", "to Ban Landmines"). */
const CAUSE_VERBS = new Set('protect|stop|end|ban|abolish|prevent|save|fight|defeat|eliminate|eradicate|combat|counter|promote|free|reduce|defend|support|restore|rebuild'.split('|'));
/** Heads of bodies named for what they are to do ("Committee to Protect Journalists"). */
const TO_DO_HEADS = new Set('committee|coalition|campaign|alliance|movement|fund|foundation|initiative|partnership|council|centre|center|network|project|group|commission|league|society|association|institute'.split('|'));

/** Whether tokens [s, e) name an army's division: a number or an arm of service among them. */
function armyDivision(c: ParaContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isDigitCode(c.toks[k].text.charCodeAt(0)) || ARMS.has(c.toks[k].key)) return true;
  // ("the 82nd Airborne Division": the number may stand right before the run.)
  return s > 0 && ordinal(c.toks[s - 1]);
}
const ARMS = new Set('airborne|armored|armoured|infantry|marine|mountain|cavalry|mechanized|mechanised|panzer|guards|rifle|tank|artillery|motorized|motorised|commando|airmobile|special'.split('|'));

/** Small words inside a party's name before "party". */
const PARTY_NAME_JOINS = new Set(['and', 'at', 'of', 'for']);
/** Small words inside a coalition's name in its own language: "Azimio la Umoja", "Kenya Kwanza", "Frente de Todos". */
const COALITION_NAME_JOINS = new Set(['la', 'wa', 'ya', 'na', 'de', 'del', 'da', 'do', 'di']);

/** Formations whose name or number comes after their kind: "Task Force Spartan", "Carrier Strike Group 12". */
const NAMED_AFTER_KIND = new Set(['task force', 'strike group', 'combat team']);

/** Heads of bodies named for what they fight ("Alliance against Hunger", "Coalition against Daesh"). */
const AGAINST_HEADS = new Set(['alliance', 'coalition', 'campaign', 'movement', 'league', 'committee', 'network', 'front', 'initiative', 'council', 'partnership']);
/** Heads of bodies named for the country they work in: "Mission in South Sudan", "Islamic Resistance in Iraq". */
/** Continents a body's name may end with: "... in Europe", "... in Asia". */
const CONTINENTS = new Set(['europe', 'asia', 'africa']);
/** Whether the run [i, j) is a body named for its subject: "Conference on ... and ...", "Commission for ... and ...". */
function onSubjectRun(c: ParaContext, i: number, j: number): boolean {
  let on = false;
  for (let k = i + 1; k < j; k++) {
    const key = c.toks[k].key;
    if ((key === 'on' || key === 'for') && (c.toks[k - 1].key === 'conference' || c.toks[k - 1].key === 'commission' || c.toks[k - 1].key === 'organization' || c.toks[k - 1].key === 'organisation')) on = true;
    else if (on && key === 'and') return true;
  }
  return false;
}
const IN_COUNTRY_HEADS = new Set(['mission', 'resistance', 'forces', 'force', 'command', 'operation', 'office', 'delegation', 'embassy', 'front', 'movement', 'army']);

/** Whether a country's name (or its acronym) starts at token k; not its capital ("the ministry in Baghdad"). */
function countryAt(c: ParaContext, k: number): boolean {
  const m = c.gazAt.get(k)?.m;
  return !!m && m.entry.category === 'country' && !(m.alias && m.entry.seats?.includes(m.alias));
}

/** Whether a glossary country's name ends right before token j ("of Poland" before "of Patriot"). */
function countryEndsAt(c: ParaContext, j: number): boolean {
  for (let k = Math.max(0, j - 4); k < j; k++) {
    const g = c.gazAt.get(k);
    if (g && g.end === j && g.m.entry.category === 'country') return true;
  }
  return false;
}

/** Whether a glossary match starts at token `at`, or starts in [from, at) and reaches it. */
function glossaryOver(c: ParaContext, from: number, at: number): boolean {
  for (let k = from; k <= at; k++) {
    const g = c.gazAt.get(k);
    if (g && (k === at || g.end > at - 2)) return true;
  }
  return false;
}

/** Whether "of the" at token j is followed by a country the glossary knows, with no glossary name in [i, j): "the Armed
 * Forces of the Philippines", "the Ministry of Foreign Affairs of the Netherlands" (not "Members of the Security
 * Council", a body of its own). */
function countryOfThe(c: ParaContext, i: number, j: number): boolean {
  const g = c.gazAt.get(j + 2);
  // ("on the" after a panel's experts: "the Group of Experts on the Democratic Republic of the Congo".)
  if (!g || g.m.entry.category !== 'country' || !(c.toks[j].key === 'of' || (c.toks[j].key === 'on' && onSubjectHead(c, j - 1)))) return false;
  for (let k = i; k < j; k++) if (c.gazAt.has(k)) return false;
  return true;
}

/**
 * Whether a head word and "of" or "for" stand between tokens i and e: "and" after "Institutions" then goes on with what
 * the body is for ("Office for Democratic Institutions and Human Rights").
 */
function headOfBefore(c: ParaContext, i: number, e: number): boolean {
  for (let k = i + 1; k < e; k++) {
    const key = c.toks[k].key;
    if ((key === 'of' || key === 'for') && ORG_HEAD.has(c.toks[k - 1].key)) return true;
  }
  return false;
}

/** The category of the head before "-General" at token k ("Directorate-General"), or undefined. */
function generalAfterHyphen(c: ParaContext, k: number): ActorCategory | undefined {
  const t = c.toks[k];
  const p = c.toks[k - 1];
  return t.key === 'general' && t.start === p.end + 1 && (c.text.charCodeAt(p.end) === 45 || c.text.charCodeAt(p.end) === 32) && (p.key === 'directorate' || p.key === 'secretariat' || p.key === 'inspectorate') ? ORG_HEAD.get(p.key) : undefined;
}

/** Whether token k is "of" or "for", or "on" after a body named by its subject ("Committee on"). */
function portfolioOpens(c: ParaContext, k: number): boolean {
  const key = c.toks[k].key;
  return key === 'of' || key === 'for' || (key === 'on' && k > 0 && ON_SUBJECT_HEADS.has(c.toks[k - 1].key));
}

/**
 * Whether token j goes on with a body's list of portfolios after a comma, a list that "and" closes before any other mark:
 * "the Ministry of Agriculture, Forestry and Fisheries", "the Department for Environment, Food and Rural Affairs".
 * (Only after a head word and "of" or "for", and not over a name the glossary knows: "the Ministry of Defence, Britain and
 * France".)
 */
function portfolioListGoesOn(c: ParaContext, i: number, j: number): boolean {
  const toks = c.toks;
  // (The first portfolio one word right after "of" or "for": "the Office of Foreign Assets Control, Treasury and
  // Justice officials" lists no portfolios.)
  // (The comma first: the test runs at the end of every capitalised run.)
  if (j < 3 || c.text.charCodeAt(toks[j - 1].end) !== 44 || toks[j].start - toks[j - 1].end !== 2 || !isCap(toks[j - 1]) || !isCap(toks[j]) || c.gazAt.has(j) || c.gazAt.has(j - 1)) return false;
  // (Or two: "the Directorate-General for Communications Networks, Content and Technology".)
  // ("on" after the bodies named by their subject: "the Committee on Economic, Social and Cultural Rights".)
  const at = portfolioOpens(c, j - 2) ? j - 2 : j > 3 && portfolioOpens(c, j - 3) && isCap(toks[j - 2]) ? j - 3 : -1;
  if (at < 1 || !(ORG_HEAD.has(toks[at - 1].key) || generalAfterHyphen(c, at - 1)) || !joins(c, at) || !joins(c, at - 1)) return false;
  for (let k = i; k < j; k++) if (c.gazAt.has(k)) return false;
  for (let k = j; k < toks.length && k < j + 4; k++) {
    if (!joins(c, k) || c.gazAt.has(k)) return false;
    if (toks[k + 1]?.key === 'and') return isCap(toks[k + 2]) && joins(c, k + 1) && !c.gazAt.has(k + 2);
    if (!isCap(toks[k + 1])) return false;
  }
  return false;
}

/** Whether tokens j and j + 1 are capitalised words joined by " & " ("Armed Conflict Location & Event Data Project"). */
function ampersandBetween(c: ParaContext, j: number): boolean {
  const a = c.toks[j];
  const b = c.toks[j + 1];
  return b.start - a.end === 3 && c.text.charCodeAt(a.end + 1) === 38 && c.text.charCodeAt(a.end) === 32 && c.text.charCodeAt(a.end + 2) === 32 && isCap(a) && isCap(b);
}

/**
 * Whether token j is a capitalised plural's possessive ("Peoples'") inside a body's name after its head and a
 * connector, going on with a capital ("Court on Human and Peoples' Rights"); a possessive elsewhere ("the Democrats'
 * Senate leader") ends the run.
 */
function pluralPossessiveBetween(c: ParaContext, i: number, j: number): boolean {
  const a = c.toks[j];
  const b = c.toks[j + 1];
  if (!b || b.start - a.end !== 2 || !isApostrophe(c.text.charCodeAt(a.end)) || c.text.charCodeAt(a.end + 1) !== 32) return false;
  if (!isCap(a) || !isCap(b) || a.text.charCodeAt(a.text.length - 1) !== 115 || c.sentenceStart[j + 1]) return false;
  for (let k = i + 1; k < j; k++) if (c.bits[k] & CONNECTOR_BIT && c.toks[k].key !== 'the' && headIn(c, i, k)) return true;
  return false;
}

/** Bodies named for the members they belong to, after a plural possessive: "the Northern States Governors’ Forum". */
const POSSESSED_BODIES = new Set('forum|council|conference|association|union|federation|league|caucus|club|alliance|network|coalition|committee|assembly|congress|party|guild|syndicate|confederation'.split('|'));

/**
 * Whether token j is a capitalised plural's possessive ("Governors’") before a body's word that ends the name
 * ("Forum", "Council", "Party"): the members' body is one name ("the Northern States Governors’ Forum").
 */
function pluralPossessiveBody(c: ParaContext, j: number): boolean {
  const a = c.toks[j];
  const b = c.toks[j + 1];
  if (!b || b.start - a.end !== 2 || !isApostrophe(c.text.charCodeAt(a.end)) || c.text.charCodeAt(a.end + 1) !== 32) return false;
  return isCap(a) && isCap(b) && a.text.charCodeAt(a.text.length - 1) === 115 && !c.sentenceStart[j + 1] && POSSESSED_BODIES.has(b.key);
}

/** The capitalised run from token i, added to out when it names an organisation; the last token it covers. */
/**
 * "Công ty TNHH Thiết bị Hồng Phát": a Vietnamese company ("công ty", company) names its form and trade in words that
 * may be lower case; the name runs over capitalised words and Vietnamese syllables (letters beyond ASCII) to the
 * first plain English word or punctuation. The last token it covers.
 */
function vietnameseCompany(c: ParaContext, i: number, out: Candidate[]): number {
  let j = i + 2;
  while (j < c.toks.length && j - i < 12 && joins(c, j - 1) && c.text.charCodeAt(c.toks[j].start - 1) === 32 && (isCap(c.toks[j]) || c.toks[j].key !== c.toks[j].text.toLowerCase())) j++;
  if (j - i >= 3) out.push({ start: c.toks[i].start, end: c.toks[j - 1].end, category: 'organization', entity: null, priority: 3 });
  return j - 1;
}

/** A company's legal form in dotted capitals, a word of its name: "A.Ş." (Turkish), "S.A.", "N.V.", "A.G.". */
function dottedCompanyForm(word: string): boolean {
  return word.length >= 3 && word.length <= 5 && word.charCodeAt(1) === 46 && DOTTED_COMPANY_RE.test(word);
}
const DOTTED_COMPANY_RE = /^(?:A\.[ŞS]|S\.A|N\.V|B\.V|A\.G|A\.B)\.?$/u;

/** orgContinuation's step for "to" of a body named for what it is to do: one token, and "from" or "against" may follow. */
const TO_DO_STEP = -1;

/**
 * How many tokens the lower-case word at j (or a possessive "s") carries organisationAt's name on by: 1 or 2, TO_DO_STEP,
 * or 0 where the name ends. (Its own function: inlined, these rare cases made organisationAt's optimised compile the
 * costliest of a cold run, and the first run of one of them deoptimised it.)
 */
function orgContinuation(c: ParaContext, i: number, j: number, toDo: boolean): number {
  const t = c.toks[j];
  // "and" after a finished name starts another ("the Urban Institute and Brookings Institution").
  // (Never "on" a day or a month: "the Court of Justice on Friday".)
  // (Not "and" between two names the glossary knows: "Hamas and Palestinian Islamic Jihad" are two groups.)
  // (Nor "of" after a country that ends the name: "the Government of Poland of Patriot ... missiles"; nor "of" before
  // a person: "the Libyan National Army of Khalifa Haftar" is the army and its commander; nor "on" before a part of a
  // text: "the jurisdiction of the Court on Article IV".)
  if (c.bits[j] & CONNECTOR_BIT && isCap(c.toks[j + 1]) && joins(c, j) && !andStartsAnother(c, i, j) && !DAY_OR_MONTH.has(c.toks[j + 1].key) && !(c.toks[j].key === 'of' && (countryEndsAt(c, j) || personAfter(c, j))) && !(c.toks[j].key === 'on' && PARTS_OF_TEXTS.has(c.toks[j + 1].key))) return 1;
  // "Fiscalía General de la Nación", "Ministerio de las Culturas": "de" and an article before a capital in a name
  // kept in its own language.
  if (t.key === 'de' && (c.toks[j + 1]?.key === 'la' || c.toks[j + 1]?.key === 'los' || c.toks[j + 1]?.key === 'las') && joins(c, j) && joins(c, j + 1) && isCap(c.toks[j + 2]) && !DAY_OR_MONTH.has(c.toks[j + 2].key)) return 2;
  // "the Islamic Resistance in Iraq", "the UN Mission in South Sudan": a body's head, "in" and a country.
  if (t.key === 'in' && joins(c, j) && IN_COUNTRY_HEADS.has(c.toks[j - 1].key)) {
    if (countryAt(c, j + 1)) return 1;
    if (c.toks[j + 1]?.key === 'the' && joins(c, j + 1) && countryAt(c, j + 2)) return 2;
  }
  // ("Conference on Security and Co-operation in Europe", "Conference on Interaction and Confidence-Building Measures in
  // Asia": a body named for its subject, "and" inside it, then its continent.)
  if (t.key === 'in' && CONTINENTS.has(c.toks[j + 1]?.key) && isCap(c.toks[j + 1]) && joins(c, j) && onSubjectRun(c, i, j)) return 1;
  // "Tigray People's Liberation Front", "Women's Refugee Commission": "People's" and the like inside a name (other
  // possessors stay actors of their own: "Russia's Defence Ministry").
  // ("the European Public Prosecutor's Office", "the Attorney General's Office": a capitalised title's office is a body.)
  // ("The Ombudsman’s Office": so is the office of an officeholder named by an office's last word.)
  if (t.key === 's' && ((c.bits[j - 1] & TITLE_BIT && titles.has(c.toks[j - 1].key)) || OFFICE_LAST.has(c.toks[j - 1].key)) && isCap(c.toks[j - 1]) && OFFICE_WORDS.has(c.toks[j + 1]?.key) && isCap(c.toks[j + 1]) && isApostrophe(c.text.charCodeAt(t.start - 1)) && t.start - 1 === c.toks[j - 1].end && joins(c, j)) return 1;
  if (t.key === 's' && INNER_POSSESSORS.has(c.toks[j - 1].key) && isApostrophe(c.text.charCodeAt(t.start - 1)) && t.start - 1 === c.toks[j - 1].end && isCap(c.toks[j + 1]) && joins(c, j)) return 1;
  // "Office for the Coordination of Humanitarian Affairs", "Ministry of the Interior": "of the" or "for the" before a
  // capital, after an organisation's head word.
  // (Not where a glossary name runs over it or starts after it: "Members of the Security Council".)
  // "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a body named for what it is to do.
  // ("... to Protect Education from Attack": what it is to do goes on after "from" or "against".)
  if ((t.key === 'to' && TO_DO_HEADS.has(c.toks[j - 1].key) && CAUSE_VERBS.has(c.toks[j + 1]?.key) || ((t.key === 'from' || t.key === 'against') && toDo)) && isCap(c.toks[j + 1]) && joins(c, j) && !c.gazAt.has(j + 1)) return TO_DO_STEP;
  // "Global Alliance against Hunger and Poverty", "Campaign against Arms Trade": a body named for what it fights.
  if (t.key === 'against' && AGAINST_HEADS.has(c.toks[j - 1].key) && isCap(c.toks[j - 1]) && isCap(c.toks[j + 1]) && joins(c, j) && !DAY_OR_MONTH.has(c.toks[j + 1].key) && !c.gazAt.has(j + 1)) return 1;
  // ("Committee on the Peaceful Uses of Outer Space": "on the" after the bodies named by their subject.)
  if ((t.key === 'of' || t.key === 'for' || (t.key === 'on' && onSubjectHead(c, j - 1))) && c.toks[j + 1]?.key === 'the' && isCap(c.toks[j + 2]) && joins(c, j) && joins(c, j + 1) && headIn(c, i, j)) {
    if (!glossaryOver(c, i, j + 2)) return 2;
    // (Over the whole of the country's name: "of the Democratic Republic of the Congo".)
    if (countryOfThe(c, i, j)) return (c.gazAt.get(j + 2) as { end: number }).end - j;
  }
  // ("International Criminal Tribunal for the former Yugoslavia", "Commission of the former Soviet Union": "the
  // former" and a capital after a body's head word, as "for the" and a capital.)
  if ((t.key === 'of' || t.key === 'for') && c.toks[j + 1]?.key === 'the' && c.toks[j + 2]?.key === 'former' && isCap(c.toks[j + 3]) && joins(c, j) && joins(c, j + 1) && joins(c, j + 2) && headIn(c, i, j)) return 3;
  return 0;
}

/** Whether the connector j inside a name is an "and" that ends it and starts another (see orgContinuation). (Its own
 * function, called for every connector: the rare glossary tests had never run when the optimising compiler took
 * orgContinuation, and their first run deoptimised it.) */
function andStartsAnother(c: ParaContext, i: number, j: number): boolean {
  return c.toks[j].key === 'and' && ((c.bits[j - 1] & ORG_SUFFIX_BIT && !(headOfBefore(c, i, j - 1) && !c.gazAt.has(j + 1)) && !loneWordOpens(c, i, j)) || (glossaryOver(c, i, j - 1) && c.gazAt.has(j + 1)) || institutionAfter(c, j) || acronymBeforeBody(c, i, j));
}
/** Whether a lone acronym before the "and" at j is one body and a body the glossary knows follows: "CARE and Mercy
 * Corps" are two aid groups, no army named "Corps". */
function acronymBeforeBody(c: ParaContext, i: number, j: number): boolean {
  return c.gazAt.get(j + 1)?.m.entry.category === 'organization' && nameStart(c, i, j) === j - 1 && isAllCaps(c.toks[j - 1]) && c.toks[j - 1].text.length >= 3;
}
/** Whether a school's name of its own follows the "and" at j: two to four capitalised words that end in "University",
 * "College", "Institute" or "Academy" ("the Massachusetts Institute of Technology and Stanford University" are two). */
function institutionAfter(c: ParaContext, j: number): boolean {
  let e = j + 1;
  while (e < c.toks.length && e - j <= 4 && isCap(c.toks[e]) && joins(c, e - 1) && !(c.bits[e] & CONNECTOR_BIT)) e++;
  return e - j >= 3 && INSTITUTIONS.has(c.toks[e - 1].key) && !(e < c.toks.length && joins(c, e - 1) && c.bits[e] & CONNECTOR_BIT && isCap(c.toks[e + 1]));
}
const INSTITUTIONS = new Set(['university', 'college', 'institute', 'academy']);
/** Whether the body's word before the "and" at j is the name's only one, and another body's word and a capitalised word
 * follow: "the University and College Union" is one body (one word is no finished name of its own; "Navy and Air
 * Force" are two). */
function loneWordOpens(c: ParaContext, i: number, j: number): boolean {
  return nameStart(c, i, j) === j - 1 && (c.bits[j + 1] & ORG_SUFFIX_BIT) !== 0 && isCap(c.toks[j + 1]) && isCap(c.toks[j + 2]) && joins(c, j + 1) && !c.gazAt.has(j + 1);
}

function organisationAt(c: ParaContext, i: number, out: Candidate[]): number {
  let j = i + 1;
  let toDo = false;
  while (j < c.toks.length && (joins(c, j - 1) || ampersandBetween(c, j - 1) || pluralPossessiveBetween(c, i, j - 1) || pluralPossessiveBody(c, j - 1) || portfolioListGoesOn(c, i, j)) && j - i < 14) {
    const t = c.toks[j];
    if (isCap(t) || isDigitCode(t.text.charCodeAt(0)) && (/^\d{1,3}$/.test(t.text) || ordinal(t) && isCap(c.toks[j + 1]))) j++;
    // "Security and Co-operation in Europe": the lower-case half of a capitalised word's hyphenated pair.
    else if (t.start - 1 === c.toks[j - 1].end && c.text.charCodeAt(t.start - 1) === 45 && isCap(c.toks[j - 1])) j++;
    // "the Ta'ang National Liberation Army": the rest of a capitalised word after its inner apostrophe.
    else if (innerApostropheWord(c, j)) j++;
    // "the Brisbane 2032 Organising Committee", "the Paris 2024 Organising Committee": a Games' year inside the name.
    else if (yearInName(c, j)) j++;
    else {
      const step = orgContinuation(c, i, j, toDo);
      if (step === 0) break;
      if (step === TO_DO_STEP) toDo = true;
      j += step === TO_DO_STEP ? 1 : step;
    }
    if (c.text.slice(c.toks[j - 2].end, c.toks[j - 1].start).includes('\n')) {
      j--;
      break;
    }
  }
  // (One word names a body only as a foreign institution that stands alone: addOrganisation's own test, asked first
  // here, so that the many single capitalised words do not make that function hot.)
  if (j - i > 1 || FOREIGN_SOLO.has(c.toks[i].key)) addOrganisation(c, i, j, out);
  // (The bit test first: the word of a body's kind after a run is rare, and the run's words are read only then.)
  if (j - i > 1 && j < c.toks.length && c.bits[j] & MISSION_BIT && securityMission(c, i, j, out)) return j;
  return j - 1;
}

/** The words of a body's kind that news may write in lower case after its capitalised name. */
const MISSION_WORDS = new Set(['mission', 'force', 'operation']);
/** Words of the tasks that make a capitalised run a security body (see securityMission). */
const SECURITY_WORDS = new Set('security|stabilisation|stabilization|stability|support|peacekeeping|peace|assistance|monitoring|training|protection|observer|verification|transition|intervention'.split('|'));
const MISSION_BIT = wordListBit(MISSION_WORDS);

/**
 * "the Multinational Security Support mission", "the International Stabilisation force": a capitalised run before a
 * lower-case "mission", "force" or "operation" names a security body when a word of its task (security, support,
 * stabilisation, peacekeeping, training ...) is in it; the word of its kind is part of the name. Space missions and
 * firms' projects name no such task ("the Mars Sample Return mission", "the Artemis II mission"): their runs are the
 * mission's own name, no body. (Not after a glossary body or a body's own word: "a Security Council mission" is the
 * council's visit, "the Rapid Support Forces operation" the force's.) Whether it added one.
 */
function securityMission(c: ParaContext, i: number, j: number, out: Candidate[]): boolean {
  const t = c.toks[j];
  if (!MISSION_WORDS.has(t.key) || isCap(t) || !joins(c, j - 1) || c.bits[j - 1] & ORG_SUFFIX_BIT) return false;
  let s = nameStart(c, i, j);
  // ("the Kenyan-led Multinational Security Support mission": the name starts after the hyphenated pair that says
  // who leads it.)
  for (let k = s; k < j; k++) if (!isCap(c.toks[k])) s = k + 1;
  let task = false;
  for (let k = s; k < j; k++) {
    if (c.gazAt.has(k) || c.bits[k] & CONNECTOR_BIT) return false;
    if (SECURITY_WORDS.has(c.toks[k].key)) task = true;
  }
  if (!task || j - s < 2) return false;
  out.push({ start: c.toks[s].start, end: t.end, category: 'organization', entity: null, priority: 3 });
  return true;
}

/** Whether the words [s, e) before "Task Force" name a government's: "White House", "Presidential", "Government". */
function governmentTaskForce(c: ParaContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const w = c.toks[k].key;
    if (w === 'presidential' || w === 'government' || w === 'ministerial' || (w === 'white' && c.toks[k + 1]?.key === 'house')) return true;
  }
  return false;
}

/** Whether token j is a year between two capitalised words of a name ("Brisbane 2032 Organising"). */
function yearInName(c: ParaContext, j: number): boolean {
  const t = c.toks[j];
  return t.text.length === 4 && YEAR_RE.test(t.text) && isCap(c.toks[j - 1]) && !DAY_OR_MONTH.has(c.toks[j - 1].key) && isCap(c.toks[j + 1]) && joins(c, j) && joins(c, j - 1);
}
const YEAR_RE = /^(?:19|20)\d\d$/;

/**
 * Whether token j is the lower-case rest of a capitalised word after an apostrophe inside it, with more of a name after
 * it ("Ta'ang National", "Jama'at Nusrat"); not a possessive or a contraction ("Russia's", "Don't").
 */
function innerApostropheWord(c: ParaContext, j: number): boolean {
  const t = c.toks[j];
  const prev = c.toks[j - 1];
  return t.start - 1 === prev.end && isApostrophe(c.text.charCodeAt(prev.end)) && isCap(prev) && t.key.length >= 2 && !CONTRACTIONS.has(t.key) && isCap(c.toks[j + 1]) && joins(c, j);
}
const CONTRACTIONS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/** The first token of the name in the capitalised run [i, j), past the words before it. (Its own function, called for
 * every run: its rare steps had never run when the optimising compiler took addOrganisation, and deoptimised it.) */
function nameStart(c: ParaContext, i: number, j: number): number {
  let s = i;
  // A sentence-initial article or preposition is not part of the name; a particle that opens it is ("Al Noor Shipping
  // Co.", "De Beers Group").
  while (s < j - 1 && ((CONNECTORS.has(c.toks[s].key) && !OPENING_PARTICLES.has(c.toks[s].key)) || LEADING_WORDS.has(c.toks[s].key))) s++;
  // "Contact the Public Information Unit": a sentence's first word before "the" is a verb or an adverb, not the name's.
  if (s === i && s + 2 <= j - 1 && c.sentenceStart[s] && c.toks[s + 1].key === 'the' && !c.gazAt.has(s)) s += 2;
  // "the pro-Western Party of Action and Solidarity": the word after "pro-" or "anti-" is an adjective's, not the name's.
  if (s < j - 1 && s > 0 && c.text.charCodeAt(c.toks[s].start - 1) === 45 && /^(?:pro|anti|non)$/.test(c.toks[s - 1].key)) s++;
  // "Small Steps Toward College Savings", "Big Push Into University Funding": a preposition of movement in capitals is a
  // title-case headline's, and no body's name runs across it (a body against or without something does: "Coalition
  // Against Hunger", "Reporters Without Borders").
  for (let k = s + 1; k < j - 1; k++) if (HEADLINE_PREPOSITIONS.has(c.toks[k].key) && isCap(c.toks[k])) s = k + 1;
  return s;
}
/** Whether token k is a city that held a congress of states: a seat of government the glossary knows ("Vienna"), or one
 * of the old congresses' other cities ("Verona", "Laibach"). */
export function congressCity(c: ParaContext, k: number): boolean {
  const g = c.gazAt.get(k);
  if (g) return g.end === k + 1 && !!g.m.alias && !!g.m.entry.seats?.includes(g.m.alias);
  return CONGRESS_CITIES.has(c.toks[k].key);
}
const CONGRESS_CITIES = new Set(['verona', 'laibach', 'troppau', 'carlsbad', 'rastatt', 'erfurt', 'tucuman', 'angostura', 'cucuta']);
/** Prepositions of movement or of circumstance that a title-case headline capitalises and no body's name holds. */
const HEADLINE_PREPOSITIONS = new Set(['toward', 'towards', 'into', 'onto', 'amid', 'amidst', 'despite', 'over']);

/**
 * The body named by the capitalised run of tokens [i, j) that organisationAt found, if any, into out. (Its own
 * function, apart from the walk over the run: one function of both took the longest optimised compile of a cold run.)
 */
function addOrganisation(c: ParaContext, i: number, j: number, out: Candidate[]): void {
  const s = nameStart(c, i, j);
  // "Head of Communications", "Chief of Staff": a post, not a body.
  // ("Minister of Energy and Infrastructure", "Secretary of State": an official's title before "of" or "for" is one too.)
  // ("President on Media and Publicity": a title before "on" and a portfolio is a post too.)
  if (j - s >= 3 && (c.toks[s].key === 'head' || c.toks[s].key === 'chief' || (titles.get(c.toks[s].key) === 'official' && !PLURAL_TITLES.has(c.toks[s].key))) && (c.toks[s + 1].key === 'of' || c.toks[s + 1].key === 'for' || c.toks[s + 1].key === 'on')) return;
  // One word (most capitalised words) names a body here only as a foreign institution that stands alone ("Itamaraty"):
  // the cases below, which need two words or more, are not tried for it.
  if (j - s === 1 && !FOREIGN_SOLO.has(c.toks[s].key)) return;
  let best: { end: number; category: ActorCategory; entity?: string } | null = null;
  const foreign = FOREIGN_HEADS.get(c.toks[s].key);
  // "the Battlegroup Centre", "Battlegroup East": an army's grouping named after its front, a force (no "Centre" of a body).
  if (j - s === 2 && c.toks[s].key === 'battlegroup') best = { end: j, category: 'military' };
  if (foreign && (j - s >= 3 || (j - s === 1 && FOREIGN_SOLO.has(c.toks[s].key)) || (j - s === 2 && FOREIGN_SOLO.has(c.toks[s].key)))) best = { end: j, category: foreign };
  // "Iraqi Ministry of Defense", "Alliance of Small Island States", "Council on Foreign Relations": a head word
  // followed by "of", "for" or "on" takes the whole run.
  for (let k = s; k + 2 < j && !best; k++) {
    // (After other words the head is also a name's last word, and reads as one: "Northeast Ohio Coalition for ...".)
    // ("the Directorate-General for Trade": the head and "-General" after its hyphen are one head.)
    const h = k > s ? ORG_SUFFIX.get(c.toks[k].key) ?? ORG_HEAD.get(c.toks[k].key) ?? generalAfterHyphen(c, k) : ORG_HEAD.get(c.toks[k].key);
    const p = c.toks[k + 1].key;
    // ("on" only after the bodies named by their subject: "Hofstra University on Long Island" is a place.)
    // ("in" was let into the run only before a country: "the UN Mission in South Sudan".)
    // ("Committee to Protect Journalists": a body to do something is an organisation whatever its head.)
    // ("the Campaign Against Arms Trade", "the Global Alliance Against Hunger and Poverty": a body against something.)
    if ((p === 'to' && TO_DO_HEADS.has(c.toks[k].key) && CAUSE_VERBS.has(c.toks[k + 2].key) && j > k + 2) || (p === 'against' && (isCap(c.toks[k + 1]) || AGAINST_HEADS.has(c.toks[k].key)) && TO_DO_HEADS.has(c.toks[k].key))) {
      best = { end: j, category: 'organization' };
    } else if (p === 'on' && !h && k > s && c.toks[k].key === 'experts' && onSubjectHead(c, k)) {
      // "the Panel of Experts on Libya": the panel's experts and its subject ("Panel" is a word that ends names, not one that heads them).
      best = { end: j, category: 'organization' };
    } else if (p === 'of' && c.toks[k].key === 'congress' && j === k + 3 && congressCity(c, k + 2)) {
      // "the Congress of Vienna", "the Congress of Berlin": a conference of states named after the city that held it, no
      // legislature (a state's congress is "of" the state: "the Congress of Colombia").
      return;
    } else if (h && (p === 'of' || p === 'for' || p === 'in' || (p === 'on' && ON_SUBJECT_HEADS.has(c.toks[k].key))) && (k > s || j > s + 2)) {
      // "the Co-operative Republic of Guyana": a state's formal name is the country the glossary knows by its short one.
      const g = h === 'country' && p === 'of' ? c.gazAt.get(k + 2) : undefined;
      // ("the Coalition for Democratic Change", "the Coalition for Epidemic Preparedness Innovations": a coalition for a
      // cause is a party or a body, no armies.)
      best = g && g.end === j && g.m.entry.category === 'country' ? { end: j, category: 'country', entity: g.m.entry.id } : { end: j, category: h === 'country' ? 'government' : h === 'military' && p === 'for' && c.toks[k].key === 'coalition' ? 'organization' : h };
    }
  }
  // ("The Panel of Experts said": the panel's name may end with its experts.)
  if (!best && j - s >= 3 && c.toks[j - 1].key === 'experts' && onSubjectHead(c, j - 1)) best = { end: j, category: 'organization' };
  for (let e = j; e > s && !best; e--) {
    // Two-word suffixes ("task force") end in a word of ORG_SUFFIX_LAST: build the pair only then.
    const last2 = e - s >= 2 && c.bits[e - 1] & ORG_SUFFIX_LAST_BIT ? `${c.toks[e - 2].key} ${c.toks[e - 1].key}` : '';
    const cat = (last2 ? ORG_SUFFIX.get(last2) : undefined) ?? (c.bits[e - 1] & ORG_SUFFIX_BIT ? ORG_SUFFIX.get(c.toks[e - 1].key) : undefined) ?? (dottedCompanyForm(c.toks[e - 1].text) ? 'organization' : undefined);
    // ("West Bank" is a territory, not a bank.)
    // ("IEA World Energy Outlook": a publication's title runs on past the word.)
    // ("Saratov Oil Refinery": a site named after its trade is no company.)
    // ("the Digital Services Act", "the Financial Services Act": a law named after what it rules is no body.)
    if (e < j && (PUBLICATION_WORDS.has(c.toks[e].key) || SITE_WORDS.has(c.toks[e].key) || LAW_WORDS.has(c.toks[e].key))) continue;
    // ("Long-term Treasury bonds", "the Shearson Lehman Hutton Treasury index": US government debt, no ministry.)
    if (c.toks[e - 1].key === 'treasury' && e < c.toks.length && joins(c, e - 1) && TREASURY_PAPER.has(c.toks[e].key)) continue;
    // ("its 100th State Party", "Each Contracting Party shall": a party to a treaty, no political party.)
    if (c.toks[e - 1].key === 'party' && (c.toks[e - 2].key === 'state' || c.toks[e - 2].key === 'contracting')) continue;
    // ("Special Co-ordinator": a word's first half before a hyphen is no company's "Co".)
    if (e < c.toks.length && c.toks[e].start === c.toks[e - 1].end + 1 && c.text.charCodeAt(c.toks[e - 1].end) === 45 && !isCap(c.toks[e])) continue;
    // ("KEY DEVELOPMENTS", "Recent Developments": a report's heading, no developer.)
    if (e - s === 2 && c.toks[e - 1].key === 'developments' && HEADING_ADJECTIVES.has(c.toks[s].key)) continue;
    if (cat && e - s >= 2 && isCap(c.toks[e - 1]) && !regionBank(c, s, e)) {
      // "Task Force Spartan", "Carrier Strike Group 12": a formation named after its kind.
      // ("Imperial College London", "University College Dublin": a college's city ends its name.)
      best = { end: (last2 && NAMED_AFTER_KIND.has(last2)) || (e === j - 1 && cityOfCollege(c, e)) ? j : e, category: cat };
      // ("the Global Task Force on Cholera Control", "the Task Force on Climate-related Financial Disclosures": a task
      // force on a subject is a working body, not a military formation.)
      // ("the White House Coronavirus Task Force", "the Presidential Task Force on COVID-19": one a head of government set
      // up is a body of that government.)
      if (last2 === 'task force' && governmentTaskForce(c, s, e - 2)) best.category = 'government';
      else if (last2 === 'task force' && e < j && (c.toks[e].key === 'on' || c.toks[e].key === 'for')) best.category = 'organization';
      // ("the Financial Tracking Service", "the Copernicus Emergency Mapping Service": a service named for what it does,
      // a gerund before the word, is a body's service, no government's.)
      else if (cat === 'government' && e - s >= 3 && c.toks[e - 1].key === 'service' && c.toks[e - 2].key.endsWith('ing') && c.toks[e - 2].key.length > 5) best.category = 'organization';
      break;
    }
  }
  // "Transparency International", "Rotary International": a body named as a world-wide one, "International" its name's
  // last word. (Not after "for" or "of": "the Carnegie Endowment for International Peace" is for peace; nor is the word a
  // body's where it names a thing, "the International Emergency Economic Powers Act".)
  // (Nor the end of a name that a possessive opens: "Lloyd's List International" is no "List International".)
  if (!best && j - s >= 2 && c.toks[j - 1].key === 'international' && !(c.bits[j - 2] & CONNECTOR_BIT) && !POSSESSIVE_BEFORE_RE.test(c.text.slice(Math.max(0, c.toks[s].start - 3), c.toks[s].start))) best = { end: j, category: 'organization' };
  // "the European Data Protection Supervisor", "the European Ombudsman": an office of a union of states or of the
  // world, named by its officeholder's title, is that body, an organisation.
  if (!best && j - s >= 2 && SUPRANATIONAL_FIRST.has(c.toks[s].key) && OFFICE_LAST.has(c.toks[j - 1].key)) best = { end: j, category: 'organization' };
  // "the National Security Division", "the Criminal Division": a department's division; an army's has a number or an
  // arm ("82nd Airborne Division", "1st Armored Division").
  // (So does a unit: "the Public Information Unit", not "Unit 8200" or "the 3rd Commando Unit".)
  if (best && best.category === 'military' && (c.toks[best.end - 1].key === 'division' || c.toks[best.end - 1].key === 'unit') && !armyDivision(c, s, best.end)) best.category = 'government';
  // "the United Nations Office for West Africa and the Sahel", "the EU Delegation": an office of an international
  // organisation is the organisation's, not a government's.
  // (So is one it owns: "the EU's General Court".)
  if (best && best.category === 'government' && (c.gazAt.get(s)?.m.entry.category === 'organization' || ownedByOrganisation(c, s))) best.category = 'organization';
  // "the European Court of Auditors", "the Inter-American Court of Human Rights", "the Permanent Court of Arbitration":
  // a court of a union of states or of the world is an international body, an organisation, as the glossary has the
  // ICJ, the ICC and the EU's Court of Justice (a national court, "the Federal Court of Auditors", stays government).
  // (And so is an office of such a union named after its officeholder: "the European Public Prosecutor's Office".)
  if (best && best.category === 'government' && SUPRANATIONAL_FIRST.has(c.toks[s].key) && (courtIn(c, s + 1, best.end) || (best.end - s >= 3 && OFFICE_WORDS.has(c.toks[best.end - 1].key) && c.toks[best.end - 2].key === 's'))) best.category = 'organization';
  // "a Comprehensive Strategic Partnership", "the Special Strategic Partnership established in 2017": a level of ties
  // between states, which diplomacy names in capitals, is no body ("the Global Partnership for Education" is one).
  if (best && best.end - s >= 2 && c.toks[best.end - 1].key === 'partnership' && TIES_BEFORE_PARTNERSHIP.has(c.toks[best.end - 2].key)) best = null;
  // (Lower-case "the government of Iraq" is lowerCaseHeads.)
  if (best) {
    // "FSB Centre 18", "GRU Unit 26165": a service's centre or unit is named by the number right after it (not a year:
    // "the Kennedy Center 2024 gala").
    let end = c.toks[best.end - 1].end;
    const num = best.end - s >= 2 && NUMBERED_BODY_LAST.has(c.toks[best.end - 1].key) ? c.toks[best.end] : undefined;
    if (num && num.start === end + 1 && c.text.charCodeAt(end) === 32 && testLong(/^\d{2,6}$/, num.text) && !testLong(/^(?:19|20)\d\d$/, num.text)) end = num.end;
    out.push({ start: c.toks[s].start, end, category: best.category, entity: best.entity ?? null, priority: 3 });
  }
}

/** Adjectives that open a report's heading before "Developments" ("KEY DEVELOPMENTS", "Latest Developments"). */
const HEADING_ADJECTIVES = new Set(['key', 'recent', 'latest', 'other', 'main', 'major', 'new', 'further', 'political', 'security', 'humanitarian', 'regional', 'related', 'significant', 'notable']);
/** The last words of a service's numbered body: "Centre 18", "Unit 26165". */
const NUMBERED_BODY_LAST = new Set(['centre', 'center', 'unit']);

/** The words of a level of ties right before "Partnership" ("Comprehensive Strategic Partnership"). */
const TIES_BEFORE_PARTNERSHIP = new Set(['strategic', 'comprehensive', 'cooperative', 'privileged', 'enhanced']);

/** A possessive right before a run of capitals: "Lloyd's ". */
const POSSESSIVE_BEFORE_RE = /['\u2019]s\s$/;

/** Whether token e, the run's last, is a city the glossary knows as a seat, right after "College" or "University". */
function cityOfCollege(c: ParaContext, e: number): boolean {
  const k = c.toks[e - 1].key;
  const g = c.gazAt.get(e);
  return (k === 'college' || k === 'university') && g !== undefined && g.end === e + 1 && g.m.alias !== undefined && (g.m.entry.seats?.includes(g.m.alias) ?? false);
}

/** Whether [s, e) is a point of the compass and "Bank" ("West Bank": a territory, not a bank). (Its own function,
 * called for every suffix found: the two-word test had never run when the optimising compiler took addOrganisation,
 * and its first run deoptimised it.) */
function regionBank(c: ParaContext, s: number, e: number): boolean {
  return e - s === 2 && c.toks[e - 1].key === 'bank' && REGION_FIRST.has(c.toks[s].key);
}

/** Whether a glossary organisation's possessive stands right before token s ("the EU's General Court"). */
function ownedByOrganisation(c: ParaContext, s: number): boolean {
  if (!possessiveBefore(c, s) || !joins(c, s - 1)) return false;
  const g = gazetteerEndingAt(c, s - 2);
  return g >= 0 && c.gazAt.get(g)?.m.entry.category === 'organization';
}

/** A title-holder's bodies named "[title]'s X" ("Prosecutor's Office"). */
const OFFICE_WORDS = new Set(['office', 'department', 'bureau']);

/** First words of a court's name that make it a court of a union of states or of the world. */
const SUPRANATIONAL_FIRST = new Set(['european', 'eu', 'international', 'inter', 'inter-american', 'african', 'permanent', 'un']);
/** Whether a token in [from, to) (at most a few) is "court" or "tribunal". */
function courtIn(c: ParaContext, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 3; k++) if (c.toks[k].key === 'court' || c.toks[k].key === 'tribunal') return true;
  return false;
}

/** "the government of Iraq", "the ministry of defence of Iraq": a lower-case head "of" a glossary actor. */
export function lowerCaseHeads(c: ParaContext, out: Candidate[]): void {
  if (!(c.anyBits & ORG_HEAD_BIT)) return;
  for (let i = 0; i < c.toks.length; i++) {
    if (!(c.bits[i] & ORG_HEAD_BIT)) continue;
    // (The three lower-case bodies below share one push: each its own, in a branch that ran rarely, deoptimised
    // lowerCaseHeads on the first run of its branch.)
    if (lowerCaseBody(c, i, out)) continue;
    i = headOfActor(c, i, out);
  }
}

/** The head i "of" a glossary actor or a people ("the government of Iraq"), added to out; the last token taken, or i.
 * (Its own function, called for every head: the first head "of" an actor met deoptimised the optimised lowerCaseHeads.) */
function headOfActor(c: ParaContext, i: number, out: Candidate[]): number {
  const cat = ORG_HEAD.get(c.toks[i].key);
  if (!cat || i + 2 >= c.toks.length || isCap(c.toks[i]) || c.toks[i + 1].key !== 'of' || !joins(c, i) || !joins(c, i + 1)) return i;
  const g = c.gazAt.get(i + 2);
  // ("a group of UN experts", "a team of IAEA inspectors": the head is of the people named after the actor.)
  if (g && g.m.entry.kind === 'actor' && !peopleAfter(c, g.end)) {
    out.push({ start: c.toks[i].start, end: g.m.end, category: cat === 'country' ? 'government' : cat, entity: null, priority: 2 });
    return g.end - 1;
  }
  // "a spokesman for the ministry of defence", "the ministry of foreign affairs": a ministry by its portfolio, lower case.
  const p = portfolioOf(c, i);
  if (p > i) {
    out.push({ start: c.toks[i].start, end: c.toks[p].end, category: 'government', entity: null, priority: 2 });
    return p;
  }
  return peopleOf(c, i, out);
}

/** Whether token k is a lower-case group's noun joined to the name before it ("UN *experts*", "Iraqi *officials*"). */
function peopleAfter(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  return !!t && joins(c, k - 1) && !isCap(t) && GROUP_HEADS.has(t.key);
}

/** The last token of the lower-case portfolio "of" the ministry or department i after a determiner ("the ministry of
 * defence", "the department of home affairs"), or i. */
function portfolioOf(c: ParaContext, i: number): number {
  const k = c.toks[i].key;
  if ((k !== 'ministry' && k !== 'department') || i === 0 || !joins(c, i - 1) || !MINISTRY_DETERMINERS.has(c.toks[i - 1].key)) return i;
  const t = c.toks[i + 2];
  if (isCap(t) || !PORTFOLIO_WORDS.has(t.key)) return i;
  // ("foreign affairs", "state security": a portfolio of two words.)
  const u = c.toks[i + 3];
  return u && joins(c, i + 2) && !isCap(u) && (u.key === 'affairs' || PORTFOLIO_WORDS.has(u.key)) ? i + 3 : i + 2;
}

/**
 * Adds the lower-case body whose head is token i, if any. (Its own function, called for every head: each of its rare
 * steps, first run after lowerCaseHeads was optimised, threw that code away.)
 */
function lowerCaseBody(c: ParaContext, i: number, out: Candidate[]): boolean {
  let s = -1;
  // "the energy ministry", "Ukraine's infrastructure ministry", "the state elections department": lower case too.
  if ((c.toks[i].key === 'ministry' || c.toks[i].key === 'department') && !isCap(c.toks[i])) s = lowerCaseMinistryStart(c, i);
  // "Kenya's central bank", "the central bank": a state's bank of issue, in lower case ("a central bank" is any).
  if (s < 0 && c.toks[i].key === 'bank' && !isCap(c.toks[i])) s = centralBankStart(c, i);
  // "the city council", "Harlow's town council", "the county board": a lower-case local body.
  if (s < 0 && LOCAL_BODY_HEADS.has(c.toks[i].key) && !isCap(c.toks[i])) s = lowerCaseLocalBodyStart(c, i);
  // "the ombudsman's office", "the prosecutor's office", "the attorney general's office": an officeholder's staff.
  if (s < 0 && c.toks[i].key === 'office' && !isCap(c.toks[i]) && possessiveBefore(c, i)) {
    const o = officeHolderStart(c, i - 2);
    if (o >= 0 && !officeAsPost(c, o)) s = o;
  }
  if (s < 0 && c.toks[i].key === 'union' && !isCap(c.toks[i])) {
    // "the United Auto Workers union", "the Unite union", "the GMB union": a union named by its capitals, then the word.
    const u = namedUnionStart(c, i);
    if (u >= 0) {
      out.push({ start: c.toks[u].start, end: c.toks[i].end, category: 'organization', entity: null, priority: 2 });
      return true;
    }
  }
  if (s < 0) return false;
  out.push({ start: c.toks[s].start, end: c.toks[i].end, category: 'government', entity: null, priority: 1 });
  return true;
}

/** The index of "central" in "the central bank" or "Kenya's central bank" ending at token i; -1 when it is not one. */
function centralBankStart(c: ParaContext, i: number): number {
  const d = i - 1;
  if (d < 1 || c.toks[d].key !== 'central' || isCap(c.toks[d]) || !joins(c, d) || !joins(c, d - 1)) return -1;
  // ("the central bank governor" is the official's, found by the title.)
  const next = c.toks[i + 1];
  if (next && joins(c, i) && !isCap(next) && (GROUP_HEADS.has(next.key) || TITLES.has(next.key))) return -1;
  return (MINISTRY_DETERMINERS.has(c.toks[d - 1].key) && c.toks[d - 1].key !== 'a') || possessiveBefore(c, d) ? d : -1;
}

/**
 * The first of one to four capitalised words right before the lower-case "union" at token i, after "the" or "a", that
 * no glossary name covers ("the *United Auto Workers* union", "the *Unite* union"); -1 when there are none, or when
 * another noun follows ("the Unite union leader" is the official's, found by the title).
 */
function namedUnionStart(c: ParaContext, i: number): number {
  const next = c.toks[i + 1];
  if (next && joins(c, i) && !isCap(next) && (GROUP_HEADS.has(next.key) || TITLES.has(next.key) || UNION_NOUN_AFTER.has(next.key))) return -1;
  let s = i;
  while (s > 0 && i - s < 4 && joins(c, s - 1) && isCap(c.toks[s - 1]) && !c.gazAt.has(s - 1) && !c.sentenceStart[s - 1] && LETTERS_WORD_RE.test(c.toks[s - 1].text)) s--;
  if (s === i || s === 0 || !joins(c, s - 1)) return -1;
  const d = c.toks[s - 1].key;
  return d === 'the' || d === 'a' ? s : -1;
}
/** Nouns after "union" that make it a modifier ("the Unite union branch", "a Unison union meeting"). */
const UNION_NOUN_AFTER = new Set('branch|branches|meeting|meetings|rep|reps|representative|representatives|ballot|card|dues|office|offices|membership'.split('|'));

/**
 * "the people of Mosul" at token i: the inhabitants of a place act as a group; returns the index of its last token
 * (i where there is none). (Called on the common path and tested inside: the rare branch, first run after
 * lowerCaseHeads was optimised, threw its code away.)
 */
function peopleOf(c: ParaContext, i: number, out: Candidate[]): number {
  if (!(c.toks[i].key === 'people' && isCap(c.toks[i + 2]))) return i;
  let e = i + 3;
  while (e < c.toks.length && e - i < 6 && joins(c, e - 1) && isCap(c.toks[e])) e++;
  out.push({ start: c.toks[i].start, end: c.toks[e - 1].end, category: 'group', entity: null, priority: 2 });
  return e - 1;
}

/**
 * The first of the one or two lower-case words that name a ministry's or a department's portfolio before it, after a
 * determiner or a possessor ("the *finance* ministry", "Kyiv's *infrastructure* ministry", "the *state elections*
 * department"); -1 when there are none, or when another noun follows ("the health ministry spokesman" is the
 * official's, found by the title).
 */
function lowerCaseMinistryStart(c: ParaContext, i: number): number {
  const next = c.toks[i + 1];
  if (next && joins(c, i) && !isCap(next) && (GROUP_HEADS.has(next.key) || TITLES.has(next.key))) return -1;
  let s = i;
  while (s > 0 && i - s < 2 && joins(c, s - 1) && !isCap(c.toks[s - 1]) && testLong(LOWER_WORD_RE, c.toks[s - 1].text) && !MINISTRY_STOP.has(c.toks[s - 1].key)) s--;
  if (s === i || s === 0 || !joins(c, s - 1)) return -1;
  return MINISTRY_DETERMINERS.has(c.toks[s - 1].key) || possessiveBefore(c, s) ? s : -1;
}
const LOWER_WORD_RE = /^[a-z][a-z-]+$/;

/**
 * The first token of a local body's level before its lower-case head, after a determiner or a possessor ("the *city*
 * council", "Harlow's *town* council", "the *county* board", "the *school* board"); -1 when there is no such level, or
 * when another noun follows ("the city council member" is the official's, found by the title).
 */
function lowerCaseLocalBodyStart(c: ParaContext, i: number): number {
  const next = c.toks[i + 1];
  if (next && joins(c, i) && !isCap(next) && (GROUP_HEADS.has(next.key) || TITLES.has(next.key) || AFTER_LOCAL_BODY.has(next.key))) return -1;
  const s = i - 1;
  if (s < 1 || !joins(c, s) || !joins(c, s - 1) || isCap(c.toks[s]) || !LOCAL_LEVELS.has(c.toks[s].key)) return -1;
  return MINISTRY_DETERMINERS.has(c.toks[s - 1].key) || possessiveBefore(c, s) ? s : -1;
}
/** Nouns after a local body that make it a member's title or a thing of the body's ("the city council member", "the county board race"). */
const AFTER_LOCAL_BODY = new Set('member|members|chair|chairman|chairwoman|chairperson|president|seat|seats|candidate|candidates|race|election|elections|district|districts'.split('|'));
/** Heads of a local body ("city council", "county board", "county commission"). */
const LOCAL_BODY_HEADS = new Set(['council', 'board', 'commission']);
/** The levels of local government that name a body before its head. */
const LOCAL_LEVELS = new Set('city|town|county|borough|parish|district|municipal|village|township|regional|provincial|school|metropolitan|local'.split('|'));

/**
 * The first token of the officeholder's title of one or two words ending at token k, before "'s office" ("the
 * *ombudsman*'s office", "the *attorney general*'s office"), or -1 (a name, "Smith's office", is no title; and an office
 * followed by another noun, "the mayor's office spokesman", is that person's).
 */
function officeHolderStart(c: ParaContext, k: number): number {
  const i = k + 2;
  const next = c.toks[i + 1];
  if (next && joins(c, i) && !isCap(next) && (GROUP_HEADS.has(next.key) || TITLES.has(next.key))) return -1;
  if (k >= 1 && joins(c, k - 1) && OFFICE_HOLDERS.has(`${c.toks[k - 1].key} ${c.toks[k].key}`)) return k - 1;
  return OFFICE_HOLDERS.has(c.toks[k].key) ? k : -1;
}
/**
 * Whether the officeholder's office whose title starts at token s is the post or the room, not the staff: after a verb
 * of winning, holding or leaving it, or "in"/"into" ("she left the governor's office in 2020", "he ran for the
 * mayor's office", "aides in the governor's office"); "the governor's office said" stays the staff.
 */
function officeAsPost(c: ParaContext, s: number): boolean {
  let k = s - 1;
  if (k >= 0 && OFFICE_POST_DETERMINERS.has(c.toks[k].key) && joins(c, k)) k--;
  if (k < 0 || !joins(c, k)) return false;
  const key = c.toks[k].key;
  if (key === 'for') return k >= 1 && joins(c, k - 1) && RUN_FOR.has(c.toks[k - 1].key);
  return OFFICE_POST_WORDS.has(key);
}
const OFFICE_POST_DETERMINERS = new Set(['the', 'his', 'her', 'their']);
/** Verbs (and prepositions) before an office that make it a post won, held or left, or a room. */
const OFFICE_POST_WORDS = new Set(
  ('left|leave|leaves|leaving|entered|enter|enters|entering|took|take|takes|taking|won|win|wins|winning|held|hold|holds|' +
    'holding|assumed|assume|assumes|assuming|sought|seek|seeks|seeking|vacated|vacate|occupied|occupy|occupies|lost|' +
    'lose|loses|losing|in|into|inside').split('|'),
);
const RUN_FOR = new Set(['ran', 'run', 'runs', 'running']);
/** Officeholders whose office acts for them ("the prosecutor's office said"). */
const OFFICE_HOLDERS = new Set(
  ('ombudsman|ombudsperson|prosecutor|attorney general|district attorney|state attorney|public prosecutor|mayor|governor|' +
    'president|prime minister|chancellor|premier|auditor|auditor general|comptroller|coroner|sheriff|inspector general|' +
    'public defender|high commissioner|secretary general|secretary-general|speaker|registrar|special counsel|' +
    'prosecutor general|solicitor general|vice president|first minister|chief minister').split('|'),
);
const MINISTRY_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'this', 'that', 'whose']);
/** Words before "ministry" that are no portfolio: determiners, function words, verbs of its clause. */
const MINISTRY_STOP = new Set('the|a|an|its|their|his|her|our|this|that|whose|of|and|or|to|in|on|for|by|with|from|at|as|is|was|are|were|be|been|said|says|whole|entire|same|other|any|each|every|no|which|who|every|own'.split('|'));

/** "Iraqi officials", "U.S. forces", "ISIL tactical units", "the Asad regime", "Coalition military forces". */
export function groupsOfActors(c: ParaContext, out: Candidate[]): void {
  if (!mayStartPhrase(c, groupHeads)) return;
  for (let i = 1; i < c.toks.length; i++) {
    if (!(c.bits[i] & GROUP_HEAD_BIT)) continue;
    const n = phraseAt(c, i, groupHeads, GROUP_HEAD_MAX_WORDS);
    if (!n || isCap(c.toks[i]) && !isAllCaps(c.toks[i]) && c.toks[i].key !== 'forces' && c.toks[i].key !== 'government') continue;
    const last = groupAt(c, i, n, out);
    if (last >= 0) i = last;
  }
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
  if (s < 0 && !c.titleCase && isCap(c.toks[last]) && !NOT_NAME.has(c.toks[last].key)) {
    s = last;
    for (;;) {
      if (s > 0 && joins(c, s - 1) && isCap(c.toks[s - 1]) && !NOT_NAME.has(c.toks[s - 1].key) && last - s < 3) s--;
      // "the Law and Justice party", "the Democracy at Home party": a party's name may hold a small word.
      else if (c.toks[i].key === 'party' && s > 1 && PARTY_NAME_JOINS.has(c.toks[s - 1].key) && !isCap(c.toks[s - 1]) && joins(c, s - 1) && joins(c, s - 2) && isCap(c.toks[s - 2]) && !NOT_NAME.has(c.toks[s - 2].key) && last - s < 3) s -= 2;
      // ("Odinga's Azimio la Umoja coalition": so may a coalition's, a particle of its language between its words.)
      else if (c.toks[i].key === 'coalition' && s > 1 && COALITION_NAME_JOINS.has(c.toks[s - 1].key) && !isCap(c.toks[s - 1]) && joins(c, s - 1) && joins(c, s - 2) && isCap(c.toks[s - 2]) && !NOT_NAME.has(c.toks[s - 2].key) && last - s < 3) s -= 2;
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
  if (s >= 2 && (c.toks[s - 1].key === 'pro' || c.toks[s - 1].key === 'anti') && c.text.charCodeAt(c.toks[s - 1].end) === 45 && joins(c, s - 1)) s--;
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
  // "Syrian Arab forces": more glossary actors right before belong to the modifier.
  for (let steps = 0; steps < 2 && s > 0 && joins(c, s - 1); steps++) {
    const p = startOfGazetteerEndingAt(c, s - 1);
    if (p < 0) break;
    s = p;
  }
  return pushGroup(c, s, i, n, category, out);
}

/** Things that "official" describes as an adjective: "official ships", "official media", "official development assistance". */
const OFFICIAL_THINGS = new Set(
  'ships|vessels|ship|vessel|media|data|figures|statistics|development|visit|visits|channels|channel|documents|website|results|count|tally|estimates|estimate|language|languages|residence|records|list|reports|report|version|rate|rates|numbers|recognition|apology|protest|announcement|gazette|newspaper|broadcaster|news|television|radio|policy|invitation|ceremony|talks|meeting|trip|capacity|duties|business|use'.split('|'),
);

/** What "Treasury" names before it when it is US government debt: "Treasury bonds", "a Treasury index". */
const TREASURY_PAPER = new Set('bond|bonds|bill|bills|note|notes|securities|yield|yields|index|indices|futures|market|markets|prices|issue|issues|auction|auctions|debt|paper|curve|inflation-protected'.split('|'));

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
  // The last head decides: "foreign ministry spokesperson" is one official.
  const lastCat = e > i + n ? GROUP_HEADS.get(c.toks[e - 1].key) ?? category : category;
  // "A Hamas delegation", "Houthi negotiators": an armed group's or a movement's own people are that group, no government;
  // "the IMF team", "a World Bank delegation": an international body's are that body.
  const g = c.gazAt.get(from);
  const own = lastCat === 'government' && OWN_PEOPLE.has(c.toks[e - 1].key) && g && g.end === i && (g.m.entry.category === 'group' || g.m.entry.category === 'military' || g.m.entry.category === 'organization') ? g.m.entry : null;
  out.push({ start: c.toks[from].start, end: c.toks[e - 1].end, category: own ? (own.category as ActorCategory) : lastCat, entity: own ? own.id : null, priority: 2 });
  return e - 1;
}

/** Things "terrorist" describes after a group's name: "Hezbollah terrorist infrastructure", "Hamas terrorist targets". */
const TERRORIST_THINGS = new Set('infrastructure|targets|target|sites|site|activity|activities|attack|attacks|operations|operation|tunnels|tunnel|compound|compounds|headquarters|positions|position|facilities|facility|assets|capabilities|launchers|launcher|posts|post|structures|structure|weapons|hideouts|hideout|plots|plot'.split('|'));

/** Heads that name a group's own people ("a Hamas delegation", "Houthi negotiators"), not those allied with it. */
const OWN_PEOPLE = new Set(['delegation', 'delegates', 'negotiators', 'leaders', 'leadership', 'officials', 'team', 'spokesman', 'spokeswoman']);

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
    out.push({ start: c.toks[i].start, end: c.toks[i + n - 1].end, category, entity: null, priority: 1 });
    i += n - 1;
  }
}

const SIDES_OF_RE = /^\s+of\b/;
/** Things that "military" describes as an adjective after "the": "the military demarcation line", "the military parade". */
const MILITARY_THINGS = new Set('demarcation|parade|exercises|drills|situation|balance|option|options|buildup|build-up|escalation|installations|facilities|equipment|hardware|pact|alliance|agreement|talks|hotline|line|threat|tension|tensions|budget|spending'.split('|'));
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
  const category = generic.get(key) as ActorCategory;
  if ((key === 'the public' && PUBLIC_THING_RE.test(c.text.slice(c.toks[last].end, c.toks[last].end + 14))) || (key.endsWith('coalition') && (POLITICAL_COALITION_RE.test(c.text.slice(c.toks[last].end, c.toks[last].end + 16)) || (category === 'military' && politicalNear(c.text, c.toks[i].start, c.toks[last].end))))) {
    // (Australia's "the Coalition", capitalised as a party's name is, acts as the parties it joins.)
    if (!(category === 'military' && isCap(c.toks[last]) && !POLITICAL_COALITION_RE.test(c.text.slice(c.toks[last].end, c.toks[last].end + 16)))) return null;
    return 'group';
  }
  return category;
}

/** All-capital words the glossary does not know ("NAVCENT", "CTF 50", "CJTF-OIR"): most are organisations. */
export function unknownAcronyms(c: ParaContext, out: Candidate[], notActors: Set<string>): void {
  // The tokens in capitals (each holds a letter); more than 4 of them and over half the paragraph: a heading
  // in capitals, not a list of acronyms.
  const caps: number[] = [];
  for (let i = 0; i < c.toks.length; i++) if (isAllCaps(c.toks[i])) caps.push(i);
  // (Both tests made for every paragraph: the second made only past 4 capitals deoptimised this function on its first run.)
  const overHalf = caps.length * 2 > c.toks.length;
  if (caps.length > 4 && overHalf) return;
  // The last token an acronym found so far covers; first, a section's label in capitals that opens the paragraph
  // ("WHY IT MATTERS: ...", "KEY FACTS" on its own line): a heading, its words no bodies.
  let covered = sectionLabelEnd(c, caps);
  for (let k = 0; k < caps.length; k++) {
    const i = caps[k];
    const t = c.toks[i];
    // ("US$4.2 billion": a currency's letters before its sign.)
    if (i <= covered || c.gazAt.has(i) || t.text.replace(/\./g, '').length > 8 || !STARTS_UPPER_RE.test(t.text) || c.text.charCodeAt(t.end) === 36) continue;
    const last = unknownAcronymAt(c, i, out, notActors);
    if (last >= 0) covered = last;
  }
}

/** The last token of a label of two or more words in capitals that opens the paragraph and ends in a colon or its
 * line, or -1. */
function sectionLabelEnd(c: ParaContext, caps: number[]): number {
  // ("4) ONE NUMBER", "2. WHAT WE KNOW": a list's number before the label.)
  const from = c.toks.length > 2 && LIST_NUMBER_RE.test(c.toks[0].text) && caps[0] === 1 && LIST_MARK_RE.test(c.text.slice(c.toks[0].end, c.toks[1].start)) ? 1 : 0;
  let k = 0;
  while (k < caps.length && caps[k] === k + from && (k === 0 || joins(c, k + from - 1))) k++;
  // (One word of five letters or more alone on its line is a label too: "QUOTES", "CONTACTS" over a press release's
  // sections; a known body's acronym there is the glossary's.)
  if (k < 2 && !(k === 1 && from === 0 && c.toks.length === 1 && c.toks[0].text.length >= 5)) return -1;
  k += from;
  const end = c.toks[k - 1].end;
  return LABEL_END_RE.test(c.text.slice(end, end + 3)) ? k - 1 : -1;
}
const LABEL_END_RE = /^(?::|[ \t]*(?:\n|$))/;
const LIST_NUMBER_RE = /^\d{1,2}$/;
const LIST_MARK_RE = /^[.)] $/;

/** The all-capitals token i (with a number or suffix after it), added to out when it reads as an
 * organisation's acronym; the last token it covers, or -1. */
/** Whether token k is a word in capitals joined to its neighbour, four letters or more and no known acronym. */
function capsWordAt(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  return !!t && t.text.length >= 4 && isAllCaps(t) && !c.gazAt.has(k) && /^[A-Z]+$/.test(t.text) && !INITIALS_RE.test(t.text);
}

function unknownAcronymAt(c: ParaContext, i: number, out: Candidate[], notActors: Set<string>): number {
  const t = c.toks[i];
  // (Nor a fiscal year or a quarter: "FY26", "Q3", "H1".)
  if (NOT_ACTOR_ACRONYMS.has(t.key) || notActors.has(t.key) || /^[IVXLC]+$/.test(t.text) || PERIOD_CODE_RE.test(t.text) || INFLECTED_CAPS_RE.test(t.text)) return -1;
  // "S.C.", "D.C.": dotted state and place abbreviations (the glossary has U.S., U.K., U.N.).
  if (DOTTED_PAIR_RE.test(t.text) || c.titleCase) return -1;
  // A scheme named by its letters ("the UN80 initiative", "the EDIP programme") is no body.
  if (joins(c, i) && SCHEME_NOUNS.has(c.toks[i + 1]?.key) && !isCap(c.toks[i + 1])) return -1;
  // Nor is a measure named by its letters ("the HICP index", "EBITDA growth", "core PCE price inflation").
  if (joins(c, i) && MEASURE_NOUNS.has(c.toks[i + 1]?.key) && !isCap(c.toks[i + 1])) return -1;
  // A treaty by its acronym ("Canada ratified CETA in 2017") and a conference ("COP30 opens in Belem") are no bodies.
  if ((i > 0 && TREATY_ACTS.has(c.toks[i - 1].key) && joins(c, i - 1)) || /^COP\d{0,2}$/.test(t.text)) return -1;
  // A report's number ("GAO-24-106959"), a room's ("SD-G50"), a cable's reference ("STATE 123456"): a code, not a body.
  // (So is "CVE-2025-41872", "AA25-317A", "SHA-256", "PAC-3", "AN/MPQ-65A": letters with a number after a hyphen, an
  // identifier or a product, and letters around a slash.)
  if (c.text.charCodeAt(t.end) === 45 && /^-(?:\d|[A-Z]\d)/.test(c.text.slice(t.end, t.end + 6))) return -1;
  if (/\d/.test(t.text) && c.text.charCodeAt(t.end) === 45) return -1;
  if (c.text.charCodeAt(t.end) === 47 && /^\/[A-Z]{2,}-?\d/.test(c.text.slice(t.end, t.end + 8))) return -1;
  if (PRODUCT_CODE_BEFORE_RE.test(c.text.slice(Math.max(0, t.start - 12), t.start))) return -1;
  // "Grand Prairie, TX,": a US state's postal code after a town.
  if (t.text.length === 2 && US_STATE_CODES.has(t.text) && /[a-z],\s$/.test(c.text.slice(Math.max(0, t.start - 3), t.start))) return -1;
  if (/^ \d{5,}\b/.test(c.text.slice(t.end, t.end + 12))) return -1;
  // A document's number after its series' letters: "NIE 2024-11", "NIA 2026-14" (a year and a serial, no range of years).
  if (c.text.charCodeAt(t.end) === 32 && /^ (?:19|20)\d\d-\d{1,3}(?![\w-])/.test(c.text.slice(t.end, t.end + 10)) && !/^ \d{4}-(?:\d\d)?\d\d\s+(?:season|budget|term|year|fiscal|financial|school|academic|period|plan|programme|program|strategy|campaign)/i.test(c.text.slice(t.end, t.end + 40))) return -1;
  // A case's docket number ("Pl. ÚS 27/25", "IV. ÚS 1234/24"): the court's code letters, then number/year.
  if (c.text.charCodeAt(t.end) === 32 && /^ \d{1,5}\/\d{2,4}(?!\d)/.test(c.text.slice(t.end, t.end + 12))) return -1;
  // A document's symbol ("SC/16221", "S/RES/2801"): letters of a code, not a body.
  // ("NBC/MSNBC" are two networks.)
  const slashAfter = c.text.charCodeAt(t.end) === 47;
  if ((slashAfter && isDigitCode(c.text.charCodeAt(t.end + 1))) || (slashAfter && c.text.charCodeAt(t.start - 1) === 47) || (slashAfter && t.text === 'S')) return -1;
  // A decision's code under the climate conventions ("decision 1/CMA.5", "2/CP.28"): a number and a slash before it.
  if (c.text.charCodeAt(t.start - 1) === 47 && isDigitCode(c.text.charCodeAt(t.start - 2))) return -1;
  // A repost's mark before a handle ("RT @IonutMosteanu:") is no body, nor a podcast's role ("HOST (Mark Delaney):").
  if (t.text === 'RT' && /^\s+@/.test(c.text.slice(t.end, t.end + 3))) return -1;
  // A law report or a court in a citation ("[2025] UKSC 12", "[2000] 2 AC 115", "42 U.S.C. 1983", "26 U.S.C. 48D"), and
  // a law by its initials after one of its parts ("Section 702 of FISA", "Section 230 of the CDA"): no bodies.
  if (citedLaw(c.text, t.start, t.end)) return -1;
  // A document's reference in capitals and figures ("DEF0012", "RIN 0694"): a code, not a body.
  if (/\d{3}/.test(t.text)) return -1;
  // A virus's subtype ("H5N1", "H7N9"): letters and figures in turn, a code, not a body.
  if (/^[A-Z]\d{1,2}[A-Z]\d{1,2}$/.test(t.text)) return -1;
  if (ROLE_LABELS.test(t.text)) return -1;
  // A transcript's speaker label ("WALLACE:") is a person, not an acronym; leave it to the speaker finder.
  if (/^\s*:/.test(c.text.slice(t.end, t.end + 2))) return -1;
  // A dateline ("ERBIL, Iraq -") names a place. ("CSIRO, the national science agency, said": a body set off beside what
  // it is opens no dateline.)
  if (c.sentenceStart[i] && /^\s*(?:,|\u2014|\u2013|-|\(|$)/.test(c.text.slice(t.end, t.end + 3)) && !APPOSITION_AFTER_RE.test(c.text.slice(t.end, t.end + 6))) return -1;
  // "DG CONNECT", "DG Trade": a Directorate-General of the European Commission by its short name, one body.
  if (t.text === 'DG' && directorateName(c, i + 1)) {
    out.push({ start: t.start, end: c.toks[i + 1].end, category: 'organization', entity: null, priority: 1 });
    return i + 1;
  }
  // A word of a heading set in capitals inside the paragraph ("QUESTIONABLE MEDICAL CLAIMS - For years ...").
  if ((i > 0 && joins(c, i - 1) && capsWordAt(c, i - 1)) || (joins(c, i) && capsWordAt(c, i + 1))) return -1;
  let j = i + 1;
  while (j < c.toks.length && joins(c, j - 1) && (/^\d{1,4}$/.test(c.toks[j].text) || isAllCaps(c.toks[j]) && c.text[c.toks[j].start - 1] === '-')) j++;
  // "CCIA Europe", "WWF International": a body's branch named by its acronym and where it works, one body.
  if (j < c.toks.length && c.text.charCodeAt(c.toks[j].start - 1) === 32 && joins(c, j - 1) && BRANCH_AFTER_ACRONYM.has(c.toks[j].text) && !(j + 1 < c.toks.length && joins(c, j) && isCap(c.toks[j + 1]))) j++;
  // "EU EOM", "ODIHR EOM", "EU NAVFOR": an international body's mission or force, named by the body's initials and its
  // own, is one body.
  const owner = i > 0 && c.text.charCodeAt(t.start - 1) === 32 && c.toks[i - 1].end === t.start - 1 && isAllCaps(c.toks[i - 1]) ? c.gazAt.get(i - 1) : undefined;
  const start = owner && owner.end === i && owner.m.entry.category === 'organization' ? c.toks[i - 1].start : t.start;
  // ("MFA", "MoD": a ministry of whichever government the text is about.)
  out.push({ start, end: c.toks[j - 1].end, category: MINISTRY_ACRONYMS.has(t.key) ? 'government' : 'organization', entity: null, priority: 1 });
  return j - 1;
}

/**
 * Whether the letters at text[start, end) are a law report's, a court's or a code's in a citation (after a neutral
 * citation's year in square brackets, or between a volume and a page), or a law's after the number of its part.
 */
function citedLaw(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) !== 32) return false;
  if (isDigitCode(before)) return CITED_PAGE_RE.test(text.slice(end, end + 3)) || /\]\s\d{1,3}\s$/.test(text.slice(Math.max(0, start - 6), start));
  if (before === 93) return true;
  return (before === 102 || before === 101) && PART_OF_LAW_BEFORE_RE.test(text.slice(Math.max(0, start - 32), start));
}
const CITED_PAGE_RE = /^\s\d/;
/** The number of a law's part before its initials: "Section 702 of ", "Article 5(1) of the ", "Title IX of the ". */
const PART_OF_LAW_BEFORE_RE = /\b(?:[Ss]ections?|[Aa]rticles?|Title|Chapter|Rule|Part|[Pp]aragraph)\s+(?:\d{1,4}[A-Za-z]?(?:\(\w{1,4}\))*|[IVXLC]{1,6})\s+of\s+(?:the\s+)?$/;

/** Whether token k, right after "DG", is a Directorate-General's short name: one word in capitals or capitalised that
 * no glossary name starts, then no other capitalised word ("DG CONNECT", "DG Trade", "DG COMP"). */
function directorateName(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  return !!t && joins(c, k - 1) && c.text.charCodeAt(t.start - 1) === 32 && isCap(t) && /^[A-Z][A-Za-z]{2,}$/.test(t.text) && !c.gazAt.has(k) && !(k + 1 < c.toks.length && joins(c, k) && isCap(c.toks[k + 1]));
}

/** Words after an acronym that name a body's branch by where it works ("CCIA Europe", "WWF International"). */
const BRANCH_AFTER_ACRONYM = new Set(['Europe', 'International', 'Global', 'Africa', 'Asia', 'Americas']);

/** A comma and an article: what the name is, set off after it ("CSIRO, the national science agency,"). */
const APPOSITION_AFTER_RE = /^, (?:the|a|an) /;

/** Nouns of schemes after their acronym ("the UN80 initiative"). */
const SCHEME_NOUNS = new Set('initiative|programme|program|plan|strategy|agenda|scheme|reform|reforms|process|framework|mechanism|facility|regulation|directive|package|roadmap'.split('|'));

/** Nouns after an acronym that make it a measure, not a body: "the HICP index", "core PCE price inflation". */
const MEASURE_NOUNS = new Set('index|indices|inflation|price|prices|growth|margin|margins|deflator|basket'.split('|'));

/** Verbs done to a treaty, before its acronym. */
const TREATY_ACTS = new Set('ratified|ratify|ratifies|ratifying|ratification|signatories|initialled|initialed'.split('|'));

/** Acronyms of ministries that every government has. */
const MINISTRY_ACRONYMS = new Set(['mfa', 'mofa', 'mod', 'moi', 'moj', 'mof', 'moh']);

/** What bare "police" does, or "in" and where, right after it: "police said", "police arrested", "police in Seoul". */
const POLICE_ACTS = new Set('said|say|says|told|added|confirmed|reported|arrested|detained|fired|have|had|were|are|later|also|in|believe|believed|suspect|suspected|found|recovered|launched|opened|charged|released|stated|declined|estimated|warned|urged|identified|blocked|raided|searched|responded|killed|shot|used|dispersed'.split('|'));

/** Bodies of police officers named "the police X". */
const POLICE_BODIES = new Set(['union', 'unions', 'federation', 'association', 'watchdog', 'commissioner', 'authority']);

/** Nouns that make "the public" an adjective: "the public finances", "the public sector". */
// (Also a capitalised word after it: "the Public Defender's office", "the Public Prosecutor" are offices.)
const PUBLIC_THING_RE = /^\s+(?:finances|sector|health|interest|debt|purse|spending|services?|opinion|record|domain|eye|square|safety|order|transport|inquiry|hearing|prosecutor|broadcaster|accounts|money|funds|realm|good|employers?|employees|servants|bodies|institutions|universities|schools|hospitals|[A-Z][a-z]+)\b/;

/** Codes of periods that look like acronyms: "FY26", "FY2026", "Q3", "H1". */
const PERIOD_CODE_RE = /^(?:FY\d{2}|FY\d{4}|[QH][1-4])$/;

/** A product's code right before letters in capitals ("PAC-3 MSE"): the letters are the product's too. */
const PRODUCT_CODE_BEFORE_RE = /\b[A-Z]{2,}-\d+[A-Z]?\s$/;
/** The US states' postal codes. */
const US_STATE_CODES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));

/** Whether a glossary entry is an actor the patterns should report. */
export function isActorEntry(category: string | undefined): boolean {
  return !!category && ACTOR_CATS.has(category);
}
