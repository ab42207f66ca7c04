// Patterns for bodies the glossary does not know: organisations by their head or suffix word. (Bodies by a
// lower-case head are in lowerCaseBodies.ts, group nouns in groupNouns.ts, unknown acronyms in unknownAcronyms.ts.)
import type { ActorCategory } from './types';
import * as actorWordsModule from './actorWords';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as charsModule from './chars';
import * as actorPatternsSharedModule from './actorPatternsShared';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { DAY_OR_MONTH, PARTS_OF_TEXTS, PLURAL_TITLES, ORG_HEAD, ORG_SUFFIX, PORTFOLIO_WORDS, TITLE_MAX_WORDS } = actorWordsModule;
const { isAllCaps, isCap, joins, ORG_HEAD_BIT, ORG_SUFFIX_BIT, phraseAt, possessiveBefore, wordListBit } = actorContextModule;
const { hasLineBreak, isApostrophe, isDigitCode, testLong } = charsModule;
const { CONNECTOR_BIT, CONNECTORS, FOREIGN_HEADS, gazetteerEndingAt, isPersonCategory, LAW_WORDS, OFFICE_LAST, personAfter, PUBLICATION_WORDS, REGION_FIRST, SITE_WORDS, TITLE_BIT, titles } = actorPatternsSharedModule;

const ACTOR_CATS = new Set(['country', 'government', 'organization', 'military', 'group', 'official', 'person']);
/** First words of Latin America's armed groups and parties named in Spanish or Portuguese (see addOrganisation). */
const LATAM_GROUP_FIRST = new Set('clan|tren|pacto|centro|cambio|somos|polo|libertad|comando|primeiro|movimento|renovacion|coalicion|alianza'.split('|'));
const FOREIGN_SOLO = new Set('defensoria|registraduria|cancilleria|fiscalia|procuraduria|contraloria|itamaraty'.split('|'));
/** Connectors that are a name's own first word when capitalised ("Al Rasheed Bank", "La Poste", "Los Angeles Police Department"). */
const OPENING_PARTICLES = new Set(['de', 'du', 'des', 'la', 'al', 'el', 'los', 'las']);
/** Words a sentence-initial name run may start with that are not part of the name. */
// (And the conjunctions that open a sentence: "But the Congressional Budget Office said".)
const LEADING_WORDS = new Set('in|at|on|by|with|from|to|as|after|while|a|an|but|and|yet|so|or|nor'.split('|'));
/** A count of a body's people before its name: "Two Supreme Court judges resigned" ("Two Sigma" keeps its word). */
const COUNT_WORDS = new Set('two|three|four|five|six|seven|eight|nine|ten|several|both'.split('|'));
/** The people a body's name, counted, goes before: "judges", "officials". */
const COUNTED_PEOPLE = new Set('judges|justices|officials|members|lawmakers|legislators|senators|ministers|diplomats|officers|soldiers|staff|staffers|employees|workers|researchers|scientists|inspectors|commissioners|prosecutors|lawyers|executives|directors|monitors|observers|peacekeepers|troops|agents'.split('|'));

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

/** How far the run [i, j) goes on over "of the" (or "for the", "on the") at token j: 2 where no glossary name runs over
 * it; over the whole of the country's name after it ("of the Democratic Republic of the Congo"); otherwise 0. (Its own
 * function: the country's step, first made after orgContinuation was optimised, threw its code away.) */
function ofTheStep(c: ParaContext, i: number, j: number): number {
  if (!glossaryOver(c, i, j + 2)) return 2;
  return countryOfThe(c, i, j) ? (c.gazAt.get(j + 2) as { end: number }).end - j : 0;
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
  // ("made army chief Asim Munir the Chief of Defence Forces": a person the glossary knows, then "the" and a post, is
  // that person and the office given, no body's name.)
  if (t.key === 'the' && j > i) {
    const g = gazetteerEndingAt(c, j - 1);
    if (g >= 0 && isPersonCategory(c.gazAt.get(g)!.m.entry.category)) return 0;
    // ("On Tuesday the European Commission said", "In Kyiv the Defence Ministry", "On Monday 19 December the UN Security
    // Council": a day, a date or a place, then "the" and a body, are two things. A name runs over "the" only after its
    // own first word, a verb's: "Save the Children", "Stop the War Coalition".)
    if (!theInName(c, i, j, g)) return 0;
  }
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
    const step = ofTheStep(c, i, j);
    if (step > 0) return step;
  }
  // ("International Criminal Tribunal for the former Yugoslavia", "Commission of the former Soviet Union": "the
  // former" and a capital after a body's head word, as "for the" and a capital.)
  if ((t.key === 'of' || t.key === 'for') && c.toks[j + 1]?.key === 'the' && c.toks[j + 2]?.key === 'former' && isCap(c.toks[j + 3]) && joins(c, j) && joins(c, j + 1) && joins(c, j + 2) && headIn(c, i, j)) return 3;
  return 0;
}

/**
 * Whether "the" at token j goes on the capitalised run that starts at i: right after the run's first word ("Save the
 * Children"), when that word is no glossary name (g, the start of one ending before j, or -1), no day or month, and
 * follows no preposition ("in Mosul the ...").
 */
function theInName(c: ParaContext, i: number, j: number, g: number): boolean {
  if (j !== i + 1 || g >= 0 || DAY_OR_MONTH.has(c.toks[i].key) || LEADING_WORDS.has(c.toks[i].key)) return false;
  return !(i > 0 && joins(c, i - 1) && PREPOSITIONS_BEFORE_NAME.has(c.toks[i - 1].key));
}
/** Prepositions of place and time before a capitalised word. */
const PREPOSITIONS_BEFORE_NAME = new Set('in|at|near|from|to|into|outside|inside|around|across|towards|toward|through|via|between|on|by|since|during|after|before|until|till|over|under|throughout|within'.split('|'));

/** Whether the connector j inside a name is an "and" that ends it and starts another (see orgContinuation). (Its own
 * function, called for every connector: the rare glossary tests had never run when the optimising compiler took
 * orgContinuation, and their first run deoptimised it.) */
function andStartsAnother(c: ParaContext, i: number, j: number): boolean {
  return c.toks[j].key === 'and' && (LATAM_GROUP_FIRST.has(c.toks[j + 1]?.key) || (c.bits[j - 1] & ORG_SUFFIX_BIT && !(headOfBefore(c, i, j - 1) && !c.gazAt.has(j + 1)) && !loneWordOpens(c, i, j)) || (glossaryOver(c, i, j - 1) && (c.gazAt.has(j + 1) || knownThenBody(c, i, j))) || institutionAfter(c, j) || acronymBeforeBody(c, i, j) || personBefore(c, j) || loneNameBeforeBody(c, i, j) || ownerAfter(c, j));
}
/** Whether a name the glossary knows and its possessive follow the "and" at j: "China's Ministry of Commerce and Japan's
 * Ministry of Economy" names two ministries, no "Commerce and Japan". */
function ownerAfter(c: ParaContext, j: number): boolean {
  const g = c.gazAt.get(j + 1);
  return g !== undefined && g.end + 1 < c.toks.length && c.toks[g.end].key === 's' && possessiveBefore(c, g.end + 1);
}
/**
 * Whether the "and" at j follows a lone capitalised word the glossary does not know, which names a body of its own, and
 * a body follows: one the glossary knows ("Fatah and Hamas officials", "Mossad and Shin Bet officials"), or one
 * of a portfolio with its head ("Badr and Interior Ministry officials"). A portfolio's or a subject's word before the
 * "and" names one body with the words after it ("the Trade and Industry Ministry", "Science and Technology Ministry").
 */
function loneNameBeforeBody(c: ParaContext, i: number, j: number): boolean {
  const w = c.toks[j - 1];
  if (nameStart(c, i, j) !== j - 1 || c.gazAt.has(j - 1) || gazetteerEndingAt(c, j - 1) >= 0 || !isCap(w) || isAllCaps(w) || w.text.length < 3 || PORTFOLIO_WORDS.has(w.key) || SUBJECT_WORDS.has(w.key) || DAY_OR_MONTH.has(w.key) || c.bits[j - 1] & (ORG_SUFFIX_BIT | ORG_HEAD_BIT | TITLE_BIT)) return false;
  const next = c.toks[j + 1];
  if (!next || !isCap(next) || !joins(c, j)) return false;
  const known = c.gazAt.get(j + 1);
  if (known) {
    const cat = known.m.entry.category;
    return (cat === 'group' || cat === 'military' || cat === 'government' || cat === 'organization') && known.end < c.toks.length && GROUP_MEMBERS.has(c.toks[known.end].key);
  }
  if (!PORTFOLIO_WORDS.has(next.key)) return false;
  let e = j + 2;
  while (e < c.toks.length && e - j <= 4 && isCap(c.toks[e]) && joins(c, e - 1)) e++;
  return (c.bits[e - 1] & ORG_HEAD_BIT) !== 0 && e < c.toks.length && GROUP_MEMBERS.has(c.toks[e].key);
}
/** The subjects of ministries, departments and committees not among the portfolios ("Science and Technology"). */
const SUBJECT_WORDS = new Set('science|technology|research|innovation|social|family|women|children|welfare|sport|arts|heritage|fisheries|forestry|mines|minerals|petroleum|gas|power|roads|works|infrastructure|public|local|rural|urban|european|affairs|investment|veterans|immigration|citizenship|customs|revenue|budget|religious|endowments|islamic|employment|resources|land|lands|higher|planning|cooperation|co-operation|international|national|general|crime|law|human|rights|peace|reconciliation|reconstruction|relief|emergency|disaster|media|telecommunications|posts|shipping|aviation|railways|ports|marine|maritime|food|trade|tourism|culture|commerce'.split('|'));
/** The plural nouns for people of a body shared by two bodies before them: "Fatah and Hamas officials". */
const GROUP_MEMBERS = new Set('officials|leaders|members|fighters|forces|delegations|delegates|representatives|commanders|negotiators|militants|officers|troops|ministers|spokesmen|figures|sources|envoys|supporters|agents'.split('|'));
/** Whether the name before the "and" at j is one the glossary knows, whole, and a body's name of two to four capitalised
 * words, its head last, follows: "Hamas and Interior Ministry officials" are the group and the ministry's. */
function knownThenBody(c: ParaContext, i: number, j: number): boolean {
  const k = gazetteerEndingAt(c, j - 1);
  if (k < 0 || k !== nameStart(c, i, j)) return false;
  let e = j + 1;
  while (e < c.toks.length && e - j <= 4 && isCap(c.toks[e]) && joins(c, e - 1)) e++;
  return e - j >= 3 && (c.bits[e - 1] & (ORG_SUFFIX_BIT | ORG_HEAD_BIT)) !== 0;
}
/** Whether a person the glossary knows ends right before the "and" at j: "Commerce Secretary Howard Lutnick and Treasury
 * Secretary Scott Bessent" are two officials, no body named "... and Treasury". */
function personBefore(c: ParaContext, j: number): boolean {
  const k = gazetteerEndingAt(c, j - 1);
  return k >= 0 && isPersonCategory(c.gazAt.get(k)?.m.entry.category);
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
    // (One step for every way the run goes on by a word: a step first made in a rare case threw away the optimised code.)
    if (
      isCap(t) || isDigitCode(t.text.charCodeAt(0)) && (/^\d{1,3}$/.test(t.text) || ordinal(t) && isCap(c.toks[j + 1])) ||
      // "Security and Co-operation in Europe": the lower-case half of a capitalised word's hyphenated pair.
      (t.start - 1 === c.toks[j - 1].end && c.text.charCodeAt(t.start - 1) === 45 && isCap(c.toks[j - 1])) ||
      // "the Ta'ang National Liberation Army": the rest of a capitalised word after its inner apostrophe.
      innerApostropheWord(c, j) ||
      // "the Brisbane 2032 Organising Committee", "the Paris 2024 Organising Committee": a Games' year inside the name.
      yearInName(c, j)
    ) j++;
    else {
      const step = orgContinuation(c, i, j, toDo);
      if (step === 0) break;
      if (step === TO_DO_STEP) toDo = true;
      j += step === TO_DO_STEP ? 1 : step;
    }
    if (hasLineBreak(c.text, c.toks[j - 2].end, c.toks[j - 1].start)) {
      j--;
      break;
    }
  }
  // (One word names a body only as a foreign institution that stands alone: addOrganisation's own test, asked first
  // here, so that the many single capitalised words do not make that function hot.)
  if (j - i > 1 || FOREIGN_SOLO.has(c.toks[i].key)) addOrganisation(c, i, j, out);
  // ("Badr and Interior Ministry officials", "Fatah and Hamas officials": the lone name before the "and" is a body too,
  // of the kind of the one the glossary knows after it.)
  // (A plural opening the sentence is people: "Residents and Health Ministry officials".)
  else if (j < c.toks.length && c.toks[j].key === 'and' && !(c.sentenceStart[i] && c.toks[i].key.endsWith('s')) && loneNameBeforeBody(c, i, j)) {
    const known = c.gazAt.get(j + 1);
    out.push({ start: c.toks[i].start, end: c.toks[i].end, category: known && (known.m.entry.category === 'group' || known.m.entry.category === 'military') ? 'group' : 'organization', entity: null, priority: 3 });
  }
  if (j - i > 1 && missionAfter(c, i, j, out)) return j;
  return j - 1;
}

/** securityMission where the word after the run j is of a body's kind; whether it added one. (The bit test first: that
 * word is rare, and the run's words are read only then. Its own function, called for every run: the first call of
 * securityMission, in organisationAt, threw its optimised code away.) */
function missionAfter(c: ParaContext, i: number, j: number, out: Candidate[]): boolean {
  return j < c.toks.length && (c.bits[j] & MISSION_BIT) !== 0 && securityMission(c, i, j, out);
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
  // ("In June Parliament voted", "On Monday Congress": a day or a month, named in full after the preposition that opens
  // the run, is when, not the name's.)
  if (s > i && s < j - 1 && FULL_DAYS_AND_MONTHS.has(c.toks[s].text)) s++;
  // ("Since June Congress has passed no budget", "By Monday Parliament": a preposition of time opening the sentence, and
  // the day or the month.)
  else if (s === i && s + 2 < j && c.sentenceStart[s] && TIME_PREPOSITIONS.has(c.toks[s].key) && FULL_DAYS_AND_MONTHS.has(c.toks[s + 1].text)) s += 2;
  if (s === i && s < j - 1 && COUNT_WORDS.has(c.toks[s].key) && j < c.toks.length && joins(c, j - 1) && COUNTED_PEOPLE.has(c.toks[j].key)) s++;
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
/** Prepositions and words of time before a day or a month that opens a sentence: "Since June", "Last May". */
const TIME_PREPOSITIONS = new Set(['since', 'until', 'till', 'during', 'before', 'after', 'last', 'next', 'early', 'late', 'this', 'by', 'from', 'through']);
/** Days and months named in full, as written. */
const FULL_DAYS_AND_MONTHS = new Set('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December'.split('|'));
/** Whether token k is a city that held a congress of states: a seat of government the glossary knows ("Vienna"), or one
 * of the old congresses' other cities ("Verona", "Laibach"). */
export function congressCity(c: ParaContext, k: number): boolean {
  const g = c.gazAt.get(k);
  if (g) return g.end === k + 1 && !!g.m.alias && !!g.m.entry.seats?.includes(g.m.alias);
  return CONGRESS_CITIES.has(c.toks[k].key);
}
/** The last words of a policy's or a plan's name, which no body inside it runs on to. */
const POLICY_LAST = new Set(['policy', 'strategy', 'plan', 'roadmap', 'doctrine', 'agenda']);
/** What a "State of" names that is no place: a speech, a show, a condition ("State of the Union", "State of Emergency"). */
const STATE_OF_THINGS = new Set(['union', 'nation', 'play', 'emergency', 'siege', 'war', 'alert', 'calamity', 'disaster', 'world', 'economy', 'art', 'affairs', 'readiness', 'mind', 'denial', 'grace', 'health']);
const CONGRESS_CITIES = new Set(['verona', 'laibach', 'troppau', 'carlsbad', 'rastatt', 'erfurt', 'tucuman', 'angostura', 'cucuta']);
/** Prepositions of movement or of circumstance that a title-case headline capitalises and no body's name holds. */
const HEADLINE_PREPOSITIONS = new Set(['toward', 'towards', 'into', 'onto', 'amid', 'amidst', 'despite', 'over']);

/** After a title at s, two or three words of a name (no body's words, none the glossary knows) and "of" before j: the
 * index of "of", or -1. */
function titledNameOf(c: ParaContext, s: number, j: number): number {
  const n = phraseAt(c, s, titles, TITLE_MAX_WORDS);
  if (!n) return -1;
  for (let k = s + n; k < j - 1 && k <= s + n + 3; k++) {
    if (c.toks[k].key === 'of') return k - (s + n) >= 2 ? k : -1;
    if (!isCap(c.toks[k]) || c.bits[k] & (ORG_HEAD_BIT | ORG_SUFFIX_BIT | TITLE_BIT) || c.gazAt.has(k)) return -1;
  }
  return -1;
}

/** The end of a body's run [s, j) before an official's title with a capitalised name after it (k > s + 2, past the body's
 * "of" or "on"), or j. */
function beforeOfficer(c: ParaContext, s: number, j: number): number {
  for (let k = s + 3; k < j - 1; k++) {
    if (!(c.bits[k] & TITLE_BIT) || titles.get(c.toks[k].key) !== 'official' || PLURAL_TITLES.has(c.toks[k].key)) continue;
    const next = c.toks[k + 1];
    if (!isCap(next) || c.bits[k + 1] & (ORG_HEAD_BIT | ORG_SUFFIX_BIT) || next.key === 'of') continue;
    let inner = false;
    for (let q = s + 1; q < k; q++) if (c.toks[q].key === 'of' || c.toks[q].key === 'on') inner = true;
    return inner ? k : j;
  }
  return j;
}

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
  // "Det Insp Helen Shaw of Greater Manchester Police", "Dr Jane Doe of Oxford University": a titled person's name before
  // "of" is no part of the body named after it.
  const of = c.bits[s] & TITLE_BIT ? titledNameOf(c, s, j) : -1;
  if (of > 0) return addOrganisation(c, of + 1, j, out);
  // "House Select Committee on China Chairman John Moolenaar", "Committee on Foreign Affairs Chairman Brian Mast": a title
  // and a name after a body's "of" or "on" make the run its officer, an official (as "FTC Chairman Andrew Ferguson" is).
  if (c.anyBits & TITLE_BIT && beforeOfficer(c, s, j) < j) {
    out.push({ start: c.toks[s].start, end: c.toks[j - 1].end, category: 'official', entity: null, priority: 3 });
    return;
  }
  // One word (most capitalised words) names a body here only as a foreign institution that stands alone ("Itamaraty"):
  // the cases below, which need two words or more, are not tried for it.
  if (j - s === 1 && !FOREIGN_SOLO.has(c.toks[s].key)) return;
  let best: { end: number; category: ActorCategory; entity?: string } | null = null;
  const foreign = FOREIGN_HEADS.get(c.toks[s].key);
  // "the Battlegroup Centre", "Battlegroup East": an army's grouping named after its front, a force (no "Centre" of a body).
  if (j - s === 2 && c.toks[s].key === 'battlegroup') best = { end: j, category: 'military' };
  if (foreign && (j - s >= 3 || (j - s === 1 && FOREIGN_SOLO.has(c.toks[s].key)) || (j - s === 2 && FOREIGN_SOLO.has(c.toks[s].key)))) best = { end: j, category: foreign };
  // "the Clan del Golfo", "Tren de Aragua", "Centro Democrático", "Pacto Histórico", "La Libertad Avanza": Latin
  // America's armed groups and parties by their own two or more words, a group (as "Partido" and "Frente" make one).
  // (A "Centro" of more words is a centre: "the Centro de Estudios Legales y Sociales", an organisation.)
  // (A number after the name is no part of it: "fined the Pacto Histórico 3.2 billion pesos".)
  else if (j - s >= 2 && LATAM_GROUP_FIRST.has(c.toks[c.toks[s].key === 'la' ? s + 1 : s].key) && (c.toks[s].key !== 'la' || j - s >= 3)) {
    let e = j;
    while (e - s > 2 && !isCap(c.toks[e - 1])) e--;
    if (isCap(c.toks[e - 1])) best = { end: e, category: c.toks[s].key === 'centro' && e - s > 2 ? 'organization' : 'group' };
  }
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
    } else if (p === 'of' && c.toks[k].key === 'state' && STATE_OF_THINGS.has(c.toks[c.toks[k + 2].key === 'the' && k + 3 < j ? k + 3 : k + 2].key)) {
      // "STATE OF THE UNION", "the State of the Nation address", "STATE OF EMERGENCY": a speech's, a show's or a
      // condition's name, no state (that is "of" a place: "the State of Qatar", "the State of New York").
      return;
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
    // (Only a suffix ends the body here: the tests below are made for one, not for every end.)
    if (!cat) continue;
    // ("West Bank" is a territory, not a bank.)
    // ("IEA World Energy Outlook": a publication's title runs on past the word.)
    // ("Saratov Oil Refinery": a site named after its trade is no company.)
    // ("the Digital Services Act", "the Financial Services Act": a law named after what it rules is no body.)
    // ("the National Electric Vehicle Policy", "the Solar Energy Policy": a policy's name holds no company; "the General
    // Electric Pension Plan" does, whose first word would otherwise read as someone's title.)
    if (e < j && (PUBLICATION_WORDS.has(c.toks[e].key) || SITE_WORDS.has(c.toks[e].key) || LAW_WORDS.has(c.toks[e].key) || (POLICY_LAST.has(c.toks[j - 1].key) && !titles.has(c.toks[s].key)))) continue;
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
  if (best && best.category === 'military' && (c.toks[best.end - 1].key === 'division' || c.toks[best.end - 1].key === 'unit') && !armyDivision(c, s, best.end) && !NUMBER_WORDS.has(c.toks[best.end]?.text ?? '')) best.category = 'government';
  // "the United Nations Office for West Africa and the Sahel", "the EU Delegation": an office of an international
  // organisation is the organisation's, not a government's.
  // (So is one it owns: "the EU's General Court".)
  if (best && best.category === 'government' && (c.gazAt.get(s)?.m.entry.category === 'organization' || ownedByOrganisation(c, s))) best.category = 'organization';
  // "the European Court of Auditors", "the Inter-American Court of Human Rights", "the Permanent Court of Arbitration":
  // a court of a union of states or of the world is an international body, an organisation, as the glossary has the
  // ICJ, the ICC and the EU's Court of Justice (a national court, "the Federal Court of Auditors", stays government).
  // (And so is an office of such a union named after its officeholder: "the European Public Prosecutor's Office".)
  if (best && best.category === 'government' && SUPRANATIONAL_FIRST.has(c.toks[s].key) && (courtIn(c, s + 1, best.end) || (best.end - s >= 3 && OFFICE_WORDS.has(c.toks[best.end - 1].key) && c.toks[best.end - 2].key === 's'))) best.category = 'organization';
  // ("the U.S. Chamber of Commerce": a chamber of trade is its members' association, no court's bench.)
  if (best && best.category === 'government' && chamberOfTrade(c, s, best.end)) best.category = 'organization';
  // "a Comprehensive Strategic Partnership", "the Special Strategic Partnership established in 2017": a level of ties
  // between states, which diplomacy names in capitals, is no body ("the Global Partnership for Education" is one).
  if (best && best.end - s >= 2 && c.toks[best.end - 1].key === 'partnership' && TIES_BEFORE_PARTNERSHIP.has(c.toks[best.end - 2].key)) best = null;
  // "the National Electoral Council", "the Central Election Commission", "the Election Commission of India": the
  // authority that runs a state's elections is that state's, a government body.
  if (best && best.category === 'organization' && best.end - s >= 2 && electoralAuthority(c, s, best.end)) best.category = 'government';
  // (Lower-case "the government of Iraq" is lowerCaseHeads.)
  if (best) {
    // "FSB Centre 18", "GRU Unit 26165": a service's centre or unit is named by the number right after it (not a year:
    // "the Kennedy Center 2024 gala").
    let end = c.toks[best.end - 1].end;
    const num = best.end - s >= 2 && NUMBERED_BODY_LAST.has(c.toks[best.end - 1].key) ? c.toks[best.end] : undefined;
    // ("Explosive Ordnance Disposal Mobile Unit Two", "the Security Council Committee 1267": a number in words, and a
    // committee's, the resolution's, too.)
    if (num && num.start === end + 1 && c.text.charCodeAt(end) === 32 && ((testLong(/^\d{2,6}$/, num.text) && !testLong(/^(?:19|20)\d\d$/, num.text)) || (NUMBER_WORDS.has(num.text) && !(best.end + 1 < c.toks.length && joins(c, best.end) && isCap(c.toks[best.end + 1]))))) end = num.end;
    // ("al-Ghuraba Brigades", "el-Quds Brigades": the Arabic article joined to the name's first word by its hyphen is the
    // name's.)
    const article = s > 0 && ARABIC_ARTICLES.has(c.toks[s - 1].text) && c.toks[s - 1].end + 1 === c.toks[s].start && c.text.charCodeAt(c.toks[s].start - 1) === 45;
    out.push({ start: c.toks[article ? s - 1 : s].start, end, category: best.category, entity: best.entity ?? null, priority: 3 });
  }
}

/** The Arabic article in lower case, before a hyphen: "al-", "el-", "ad-". */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);

/** What a chamber of trade is of: "Chamber of Commerce", "Chamber of Industry", "Chamber of Mines". */
const TRADE_AFTER_CHAMBER = new Set(['commerce', 'industry', 'industries', 'trade', 'mines', 'agriculture', 'crafts', 'shipping']);
/** Whether tokens [s, e) hold "Chamber of" and a trade. */
function chamberOfTrade(c: ParaContext, s: number, e: number): boolean {
  for (let k = s; k + 2 < e; k++) if (c.toks[k].key === 'chamber' && c.toks[k + 1].key === 'of' && TRADE_AFTER_CHAMBER.has(c.toks[k + 2].key)) return true;
  return false;
}

/** Heads of the bodies that run elections, after "Electoral" or "Election" ("National Electoral Council"). */
const ELECTORAL_HEADS = new Set(['council', 'commission', 'institute', 'board', 'authority']);
/** Whether tokens [s, e) name an electoral authority: "Electoral" or "Election" right before one of ELECTORAL_HEADS. */
function electoralAuthority(c: ParaContext, s: number, e: number): boolean {
  for (let k = s; k + 1 < e; k++) if ((c.toks[k].key === 'electoral' || c.toks[k].key === 'election') && ELECTORAL_HEADS.has(c.toks[k + 1].key)) return true;
  return false;
}

/** Adjectives that open a report's heading before "Developments" ("KEY DEVELOPMENTS", "Latest Developments"). */
const HEADING_ADJECTIVES = new Set(['key', 'recent', 'latest', 'other', 'main', 'major', 'new', 'further', 'political', 'security', 'humanitarian', 'regional', 'related', 'significant', 'notable']);
/** The last words of a service's numbered body: "Centre 18", "Unit 26165". */
const NUMBERED_BODY_LAST = new Set(['centre', 'center', 'unit', 'committee']);
/** Numbers in words, capitalised, that number a unit: "Unit Two". */
const NUMBER_WORDS = new Set('One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve'.split('|'));

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

/** What "Treasury" names before it when it is US government debt: "Treasury bonds", "a Treasury index". */
const TREASURY_PAPER = new Set('bond|bonds|bill|bills|note|notes|securities|yield|yields|index|indices|futures|market|markets|prices|issue|issues|auction|auctions|debt|paper|curve|inflation-protected'.split('|'));

/** Whether a glossary entry is an actor the patterns should report. */
export function isActorEntry(category: string | undefined): boolean {
  return !!category && ACTOR_CATS.has(category);
}
