// Words in capitals the glossary does not know ("NAVCENT", "CTF 50", "CJTF-OIR"), most of them organisations, and the
// reasons one is none: a heading, a cited law, a period or product code, a US state's postal code. Apart from
// bodyPatterns.ts, which reads names in ordinary case.
import * as actorWordsModule from './actorWords';
import type { Candidate, ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as charsModule from './chars';
import * as actorPatternsSharedModule from './actorPatternsShared';
import { everydayUse, EVERYDAY_LETTERS } from './actorMatches';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { INFLECTED_CAPS_RE, NOT_ACTOR_ACRONYMS } = actorWordsModule;
const { isAllCaps, isCap, joins } = actorContextModule;
const { isDigitCode } = charsModule;
const { INITIALS_RE, ROLE_LABELS } = actorPatternsSharedModule;
// Unicode-class regexes used inside functions, made once here.
const STARTS_UPPER_RE = /^\p{Lu}/u;
const DOTTED_PAIR_RE = /^\p{Lu}\.\p{Lu}\.?$/u;

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
    // ("KUALA LUMPUR", "ADDIS ABABA": a known name in capitals covers all its words.)
    const known = c.gazAt.get(i);
    if (known !== undefined && known.end - 1 > covered) covered = known.end - 1;
    if (i <= covered || known !== undefined || t.text.replace(/\./g, '').length > 8 || !STARTS_UPPER_RE.test(t.text) || c.text.charCodeAt(t.end) === 36) continue;
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
  if (NOT_ACTOR_ACRONYMS.has(t.key) || CAPS_ONLY_TERMS.has(t.text) || notActors.has(t.key) || /^[IVXLC]+$/.test(t.text) || PERIOD_CODE_RE.test(t.text) || INFLECTED_CAPS_RE.test(t.text)) return -1;
  // ("His BP was high", "her GP said", "checked my PA."): letters a person's possessive owns, before a verb or nothing, are
  // their things or people, no body ("her NYPD escort" names the force the escort is from).
  if (i > 0 && joins(c, i - 1) && PERSONAL_POSSESSIVES.has(c.toks[i - 1].key) && ownedThing(c, i)) return -1;
  // (Nor letters the glossary knows in their everyday use, which screening took from it: "the PA system", "high BP".)
  if (EVERYDAY_LETTERS.has(t.text) && everydayUse(c, i)) return -1;
  // "S.C.", "D.C.": dotted state and place abbreviations (the glossary has U.S., U.K., U.N.); "18 U.S.C. § 1001": the
  // United States Code (USC, the university, without dots).
  if (DOTTED_PAIR_RE.test(t.text) || c.titleCase || t.text.startsWith('U.S.C')) return -1;
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
  // A law by its initials that someone is charged or held under ("charged under RICO", "booked under the UAPA", "imposed
  // under IEEPA"), or that was violated ("violating the FCPA"): no body.
  if (lawInvoked(c, i)) return -1;
  // A document's reference in capitals and figures ("DEF0012", "RIN 0694"): a code, not a body.
  if (/\d{3}/.test(t.text)) return -1;
  // A virus's subtype ("H5N1", "H7N9"): letters and figures in turn, a code, not a body.
  if (/^[A-Z]\d{1,2}[A-Z]\d{1,2}$/.test(t.text)) return -1;
  if (ROLE_LABELS.test(t.text)) return -1;
  // A transcript's speaker label ("WALLACE:") is a person, not an acronym; leave it to the speaker finder.
  if (/^\s*:/.test(c.text.slice(t.end, t.end + 2))) return -1;
  // A dateline ("ERBIL, Iraq -") names a place. ("CSIRO, the national science agency, said": a body set off beside what
  // it is opens no dateline.)
  // ("TEL AVIV —", "SAN JOSE,": so does a place of two words in capitals.)
  if ((c.sentenceStart[i] || (i === 1 && joins(c, 0) && isAllCaps(c.toks[0]))) && /^\s*(?:,|\u2014|\u2013|-|\(|$)/.test(c.text.slice(t.end, t.end + 3)) && !APPOSITION_AFTER_RE.test(c.text.slice(t.end, t.end + 6))) return -1;
  // "DG CONNECT", "DG Trade": a Directorate-General of the European Commission by its short name, one body.
  if (t.text === 'DG' && directorateName(c, i + 1)) {
    out.push({ start: t.start, end: c.toks[i + 1].end, category: 'organization', entity: null, priority: 1 });
    return i + 1;
  }
  // A word of a heading set in capitals inside the paragraph ("QUESTIONABLE MEDICAL CLAIMS - For years ...").
  // (So is one beside a small word in capitals, a title's: "STATE OF THE UNION", "STATE OF PLAY", a show's or a speech's.)
  // (So is a place's name of two words set in capitals mid-sentence: "the summit in TEL AVIV", "talks in NEW YORK".)
  if ((i > 0 && joins(c, i - 1) && (capsWordAt(c, i - 1) || CAPS_SMALL_WORDS.has(c.toks[i - 1].text) || PLACE_FIRST_CAPS.has(c.toks[i - 1].text))) || (joins(c, i) && (capsWordAt(c, i + 1) || CAPS_SMALL_WORDS.has(c.toks[i + 1].text)))) return -1;
  let j = i + 1;
  while (j < c.toks.length && joins(c, j - 1) && (/^\d{1,4}$/.test(c.toks[j].text) || isAllCaps(c.toks[j]) && c.text[c.toks[j].start - 1] === '-')) j++;
  // "CCIA Europe", "WWF International": a body's branch named by its acronym and where it works, one body.
  if (j < c.toks.length && c.text.charCodeAt(c.toks[j].start - 1) === 32 && joins(c, j - 1) && BRANCH_AFTER_ACRONYM.has(c.toks[j].text) && !(j + 1 < c.toks.length && joins(c, j) && isCap(c.toks[j + 1]))) j++;
  // "EU EOM", "ODIHR EOM", "EU NAVFOR": an international body's mission or force, named by the body's initials and its
  // own, is one body.
  const owner = i > 0 && c.text.charCodeAt(t.start - 1) === 32 && c.toks[i - 1].end === t.start - 1 && isAllCaps(c.toks[i - 1]) ? c.gazAt.get(i - 1) : undefined;
  // ("the 507th ARW", "the 407th AEG": an air wing's or a group's number before its letters is its name's.)
  const numbered = !owner && i > 0 && c.toks[i - 1].end === t.start - 1 && c.text.charCodeAt(t.start - 1) === 32 && ORDINAL_RE.test(c.toks[i - 1].text);
  const start = owner && owner.end === i && owner.m.entry.category === 'organization' ? c.toks[i - 1].start : numbered ? c.toks[i - 1].start : t.start;
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

/** Terms in capitals whose letters in lower case are English words, so no list of NOT_ACTOR_ACRONYMS' keys holds them:
 * "LED lights", "a bank PIN". */
const CAPS_ONLY_TERMS = new Set(['LED', 'LEDs', 'LEDS', 'PIN', 'PINs', 'PINS']);

/** The possessives of persons: what follows them is theirs ("his BP", "her GP"). */
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'my', 'your']);

/** Whether what follows the letters at token i closes the phrase: no word in lower case, or a verb or a conjunction. */
function ownedThing(c: ParaContext, i: number): boolean {
  const next = c.toks[i + 1];
  return next === undefined || !joins(c, i) || isCap(next) || AFTER_OWNED.has(next.key);
}
/** Verbs and conjunctions after a person's letters: "his BP was", "her GP said", "his MBA and". */
const AFTER_OWNED = new Set('was|is|were|are|had|has|have|will|would|could|may|might|said|says|told|tells|and|or|but|rose|fell|dropped|went|came|remained|stayed|showed|shows|suggested'.split('|'));

/** A unit's number: "507th", "1st", "82nd". */
const ORDINAL_RE = /^\d{1,4}(?:st|nd|rd|th)$/;

/** Small words that a title set in capitals holds, and no list of acronyms: "OF", "THE". */
const CAPS_SMALL_WORDS = new Set(['OF', 'THE']);

/** Words after an acronym that name a body's branch by where it works ("CCIA Europe", "WWF International"). */
const BRANCH_AFTER_ACRONYM = new Set(['Europe', 'International', 'Global', 'Africa', 'Asia', 'Americas']);

/** A comma and an article: what the name is, set off after it ("CSIRO, the national science agency,"). */
const APPOSITION_AFTER_RE = /^, (?:the|a|an) /;

/** Nouns of schemes after their acronym ("the UN80 initiative"). */
const SCHEME_NOUNS = new Set('initiative|programme|program|plan|strategy|agenda|scheme|reform|reforms|process|framework|mechanism|facility|regulation|directive|package|roadmap'.split('|'));

/** Nouns after an acronym that make it a measure, not a body: "the HICP index", "core PCE price inflation". */
const MEASURE_NOUNS = new Set('index|indices|inflation|price|prices|growth|margin|margins|deflator|basket'.split('|'));

/** Verbs done to a treaty, before its acronym. */
/** Verbs of a case brought or a power used under a law: "charged under", "held under", "imposed under". */
const UNDER_LAW_VERBS = new Set('martialled|martialed|charged|booked|arrested|detained|jailed|imprisoned|prosecuted|convicted|indicted|sentenced|tried|imposed|invoked|sued|fined|punishable|liable|offence|offense|offences|offenses|charges'.split('|'));
/** Verbs and nouns of breaking a law: "violating the FCPA", "in breach of". */
const VIOLATED = new Set(['violating', 'violated', 'violate', 'violates', 'violation', 'violations', 'breaching', 'breached', 'contravening', 'contravened']);

/** Whether the acronym at token i follows "under (the)" after a verb of charging or holding (a few words before: "detained
 * by the NIA under the UAPA"), or a verb of breaking ("violating the FCPA", "in violation of the FCPA"); or another such
 * acronym and "and" ("charged under RICO and the FCPA"). */
function lawInvoked(c: ParaContext, i: number, listed = false): boolean {
  let k = i - 1;
  if (k > 0 && c.toks[k].key === 'the') k--;
  if (k < 1 || !joins(c, k)) return false;
  const w = c.toks[k].key;
  if (w === 'under') {
    for (let v = k - 1; v >= 0 && v >= k - 4 && joins(c, v); v--) if (UNDER_LAW_VERBS.has(c.toks[v].key)) return true;
    return false;
  }
  if (w === 'of' && VIOLATED.has(c.toks[k - 1].key) && joins(c, k - 1)) return true;
  if ((w === 'and' || w === 'or') && !listed && isAllCaps(c.toks[k - 1]) && joins(c, k - 1)) return lawInvoked(c, k - 1, true);
  return VIOLATED.has(w);
}

const TREATY_ACTS = new Set('ratified|ratify|ratifies|ratifying|ratification|signatories|initialled|initialed'.split('|'));

/** Acronyms of ministries that every government has. */
const MINISTRY_ACRONYMS = new Set(['mfa', 'mofa', 'mod', 'moi', 'moj', 'mof', 'moh']);

/** Codes of periods that look like acronyms: "FY26", "FY2026", "Q3", "H1", "Q1FY26", "H1FY25", "1QFY26". */
const PERIOD_CODE_RE = /^(?:FY\d{2}|FY\d{4}|[QH][1-4](?:FY\d\d)?|[1-4][QH]FY\d\d)$/;

/** The short first words of places' names of two words, set in capitals: "TEL AVIV", "NEW YORK", "EL PASO". */
const PLACE_FIRST_CAPS = new Set('TEL|NEW|SAN|LOS|LAS|EL|ST|PORT|ABU|RIO|SAO|CAPE|FORT|DAR|DES|SRI'.split('|'));

/** A product's code right before letters in capitals ("PAC-3 MSE"): the letters are the product's too. */
const PRODUCT_CODE_BEFORE_RE = /\b[A-Z]{2,}-\d+[A-Z]?\s$/;
/** The US states' postal codes. */
const US_STATE_CODES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));
