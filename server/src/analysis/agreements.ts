// Agreements the glossary does not know, by their shape: "... Agreement / Accord / Treaty / Pact / Protocol /
// Convention / Memorandum of Understanding / Initiative / Deal", "Treaty of X", "Resolution 2254",
// "the 2008 Strategic Framework Agreement", "the US-Iraq security agreement".
import type { Span } from './types';
import type { ParaContext } from './actorContext';
import * as actorContextModule from './actorContext';
import * as actorWordsModule from './actorWords';
import * as givenNamesModule from './givenNames';
import { isApostrophe, testLong, testShort } from './chars';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { isCap, joins, wordListBit } = actorContextModule;
const { NOT_NAME } = actorWordsModule;
const { GIVEN_NAMES } = givenNamesModule;

export interface AgreementCandidate extends Span {
  entity: string | null;
  priority: number;
}

/** Head nouns of agreement names (normalised). */
export const AGREEMENT_NOUNS = new Set([
  'agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'pact', 'protocol', 'protocols', 'convention',
  'conventions', 'memorandum', 'deal', 'charter', 'declaration', 'framework', 'ceasefire', 'truce',
  'roadmap', 'arrangement', 'understanding', 'statute', 'compact', 'covenant', 'armistice', 'communique', 'statement',
]);
const AGREEMENT_NOUN_BIT = wordListBit(AGREEMENT_NOUNS);
/** Nouns that can name an agreement only when capitalised inside a name (not "a plan", "the framework"). */
const WEAK_NOUNS = new Set(['framework', 'declaration', 'understanding', 'arrangement', 'roadmap', 'communique', 'charter']);
// Lower-case "protocol" and "convention" are mostly etiquette and party gatherings, so they need a capital.
const LOWER_NOUNS = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'pact', 'deal', 'ceasefire', 'truce', 'memorandum']);
/** Words before "Convention" that make it a gathering, not a treaty ("Republican National Convention"). */
const GATHERING = /^(?:republican|democratic|national|party|baptist|annual|labour|labor|conservative|liberal|constitutional|tory|snp|gop|comic|state|film|music|fan)$/;
const INNER = new Set(['of', 'on', 'for', 'and', 'the', 'to', 'between', 'in', 'against', 'with']);
/** Lower-case words that say what an agreement is about: "security agreement", "prisoner exchange deal". */
export const LOWER_ADJ = new Set([
  'security', 'nuclear', 'peace', 'trade', 'free', 'climate', 'ceasefire', 'strategic', 'defence', 'defense', 'bilateral',
  'cooperation', 'framework', 'grain', 'arms', 'control', 'investment', 'energy', 'gas', 'oil', 'border', 'normalisation',
  'normalization', 'prisoner', 'exchange', 'hostage', 'maritime', 'transit', 'economic', 'partnership', 'military', 'basing',
  'minerals', 'mineral', 'migration', 'water', 'fisheries', 'debt', 'aid', 'reconstruction', 'tariff', 'export', 'import',
  'coalition', 'global', 'international', 'multilateral', 'plastics', 'plastic', 'pollution', 'environmental', 'binding',
  'demobilization', 'demobilisation', 'disarmament', 'reconciliation', 'withdrawal', 'power', 'sharing', 'status', 'forces', 'visa', 'readmission', 'extradition', 'asylum',
  'confederation', 'federation', 'association', 'mutual', 'unity', 'union', 'humanitarian',
  // (What it trades or builds: "a submarine deal", "the bilateral commercial agreement", "a rail and ports accord".)
  'commercial', 'submarine', 'rail', 'railway', 'port', 'ports', 'aviation', 'shipping', 'customs', 'tax', 'digital',
  'fishing', 'agricultural', 'transport', 'infrastructure', 'technology',
  // (What it pays for or grants: "the hosting agreement", "a licensing deal", "a supply contract agreement".)
  'hosting', 'licensing', 'funding', 'supply', 'loan', 'purchase', 'procurement', 'sponsorship', 'broadcasting',
  // (A union's and its employers': "a collective bargaining agreement", "the pay deal", "a pensions agreement".)
  'collective', 'bargaining', 'pay', 'wage', 'wages', 'salary', 'pension', 'pensions', 'labour', 'labor',
]);

/** Contracts of finance and property named "agreement" ("repurchase agreement", "a swap agreement"): no agreements of state. */
const INSTRUMENTS = new Set(['repurchase', 'repo', 'reverse', 'swap', 'swaps', 'forward', 'futures', 'lease', 'leasing', 'rental', 'tenancy', 'confidentiality', 'non-disclosure', 'nondisclosure', 'prenuptial']);

/** After "resolution": a General Assembly number, session and resolution ("72/282", "ES-11/1"). */
const GA_NUMBER_RE = /^\s(?:ES-)?\d{1,2}\/\d{1,4}(?![\w/])/;

/** A resolution's document symbol from its first letter: "S/RES/2801", "A/RES/77/1". */
const RES_SYMBOL_RE = /^[AS]\/RES\/\d{1,4}(?:\/\d{1,4})?/;

/** `end`, moved past the year in brackets that may follow a resolution's number: "2801 (2025)". */
function withYear(text: string, end: number): number {
  const m = /^\s?\(\d{4}\)/.exec(text.slice(end, end + 8));
  return m ? end + m[0].length : end;
}

/** The resolutions of a list from token k ("2729 (2024), 2625 (2022) and 2710"), each pushed; the last token read. */
function resolutionList(c: ParaContext, k: number, out: AgreementCandidate[]): number {
  const toks = c.toks;
  let last = k;
  while (k < toks.length && /^\d{3,4}$/.test(toks[k].text)) {
    const end = withYear(c.text, toks[k].end);
    out.push({ start: toks[k].start, end, entity: null, priority: 2 });
    last = k;
    while (last + 1 < toks.length && toks[last + 1].start < end) last++;
    const next = last + 1;
    const gap = next < toks.length ? c.text.slice(end, toks[next].start) : '';
    if (/^,\s*$/.test(gap) && /^\d{3,4}$/.test(toks[next].text)) k = next;
    else if (/^,?\s+$/.test(gap) && toks[next].key === 'and' && /^\d{3,4}$/.test(toks[next + 1]?.text ?? '')) k = next + 1;
    else break;
  }
  return last;
}

/**
 * The first token of a resolution's name from its noun at i: the capitalised words that make it ("UN Security Council
 * Resolution 1701"), not the verb of a press release's line before it ("Adopting Resolution 2799", "Recalling
 * Resolution 2231").
 */
function resolutionStart(c: ParaContext, i: number): number {
  const toks = c.toks;
  let s = i;
  while (s > 0 && joins(c, s - 1) && isCap(toks[s - 1]) && i - s < 4 && !/^(?:the|a)$/.test(toks[s - 1].key)) {
    const key = toks[s - 1].key;
    if (key.length > 5 && key.endsWith('ing') && !c.gazAt.has(s - 1)) break;
    s--;
  }
  return s;
}

/** Agreement names by pattern in one paragraph. */
export function agreementPatterns(c: ParaContext, out: AgreementCandidate[]): void {
  const toks = c.toks;
  // (The patterns in a function of their own, called for every token that may open one: the first resolution or
  // acronym of an article, met in a rare branch here, would throw away this optimised loop over every token.)
  for (let i = 0; i < toks.length; i++) if (c.bits[i] & OPENER_BITS) i = agreementPatternAt(c, i, out);
}

/** The agreement named by pattern from token i, pushed onto out; returns the last token it took (i when none). */
function agreementPatternAt(c: ParaContext, i: number, out: AgreementCandidate[]): number {
  const toks = c.toks;
  const t = toks[i];
  // "Resolution 2254", "UN Security Council Resolution 1701", "resolution 2801 (2025)"
  if (t.key === 'resolution' && i + 1 < toks.length && /^\d{3,4}$/.test(toks[i + 1].text) && joins(c, i)) {
    const s = resolutionStart(c, i);
    out.push({ start: toks[s].start, end: withYear(c.text, toks[i + 1].end), entity: null, priority: 2 });
    return i + 1;
  }
  // A General Assembly resolution by session and number: "resolution 72/282", "Resolution ES-11/1".
  if (t.key === 'resolution' && joins(c, i)) {
    const ga = GA_NUMBER_RE.exec(c.text.slice(t.end, t.end + 16));
    if (ga) {
      const s = resolutionStart(c, i);
      const end = t.end + ga[0].length;
      out.push({ start: toks[s].start, end: withYear(c.text, end), entity: null, priority: 2 });
      while (i + 1 < toks.length && toks[i + 1].start < end) i++;
      return i;
    }
  }
  // "its resolutions 2729 (2024) and 2625 (2022)": each number a resolution of its own.
  if (t.key === 'resolutions' && i + 1 < toks.length && /^\d{3,4}$/.test(toks[i + 1].text) && joins(c, i)) return resolutionList(c, i + 1, out);
  // A document symbol: "S/RES/2801 (2025)", "A/RES/77/1".
  if (t.key === 'res' && i > 0 && c.text.charCodeAt(t.start - 1) === 47) {
    const sym = RES_SYMBOL_RE.exec(c.text.slice(toks[i - 1].start, toks[i - 1].start + 32));
    if (sym) {
      out.push({ start: toks[i - 1].start, end: withYear(c.text, toks[i - 1].start + sym[0].length), entity: null, priority: 2 });
      while (i + 1 < toks.length && toks[i + 1].start < toks[i - 1].start + sym[0].length) i++;
      return i;
    }
  }
  // "the UK-Gulf Cooperation Council FTA", "the Canada–Ecuador FTA", "the India-UAE CEPA": an agreement's acronym after
  // its parties' names, joined by a hyphen or an en dash.
  if (c.bits[i] & AGREEMENT_ACRONYM_BIT && AGREEMENT_ACRONYMS.has(t.text)) {
    const s = partiesBefore(c, i);
    if (s < i) out.push({ start: toks[s].start, end: t.end, entity: null, priority: 2 });
    return i;
  }
  if (c.bits[i] & LAW_HEAD_BIT && LAW_HEADS.has(t.key)) return lawAt(c, i, out);
  // "the 14th Amendment", "the First Amendment", "the 27th Constitutional Amendment": a constitution's amendment by its
  // number, capitalised.
  if (c.bits[i] & AMENDMENT_BIT && t.text === 'Amendment' && i > 0) {
    const s = i >= 2 && toks[i - 1].key === 'constitutional' && isCap(toks[i - 1]) && joins(c, i - 2) ? i - 2 : i - 1;
    // ("Twenty-fifth": the tens before the hyphen belong to the ordinal.)
    const tens = s > 0 && toks[s].start === toks[s - 1].end + 1 && c.text.charCodeAt(toks[s - 1].end) === 45 && /^(?:Twenty|Thirty)$/.test(toks[s - 1].text) ? s - 1 : s;
    if (joins(c, s) && joins(c, i - 1) && ORDINAL_RE.test(toks[s].text)) out.push({ start: toks[tens].start, end: t.end, entity: null, priority: 2 });
    return i;
  }
  if (!(c.bits[i] & AGREEMENT_NOUN_BIT)) return i;
  const last = agreementAt(c, i, out);
  return last >= 0 ? last : i;
}

/** Head nouns of a law's name, capitalised: "the AI Act", "Regulation (EU) 2024/1689", "Law No. 27 of 2022". */
const LAW_HEADS = new Set(['act', 'law', 'regulation', 'regulations', 'directive', 'decree', 'ordinance']);
const LAW_HEAD_BIT = wordListBit(LAW_HEADS);
const LAW_YEAR = '(?:1[89]|20)\\d\\d';
/**
 * A law's number or year after its head: "(EU) 2024/1689", " 2025-412", " 13/2023/ND-CP", " No. 27 of 2022", " 15 of
 * 2023", " 2012", ", 2019", " of 2022"; a numbered one's subject in capitals after it ("... of 2022 on Personal Data
 * Protection").
 */
const LAW_NUMBER_AFTER_RE = new RegExp(
  `^(?:\\s\\((?:EU|EC|EEC|Euratom)\\))?(?:,?\\s(?:(?:No\\.?\\s?\\d{1,5}[A-Za-z]?|\\d{1,5})\\s+of\\s+${LAW_YEAR}|No\\.?\\s?\\d{1,5}[A-Za-z]?|\\d{1,5}(?:[/-]\\d{1,5}){1,2}(?:/[A-Z][A-Z-]{0,8})?|${LAW_YEAR})|\\s+of\\s+${LAW_YEAR})(?![\\w/-])(?:\\s+on(?:\\s+(?:the\\s+)?[A-Z][\\w'-]*){1,5})?`,
);
/** Words before "Law" that make it a body of law, not a law's name ("Martial Law", "International Humanitarian Law"). */
const FIELD_OF_LAW = new Set('martial|sharia|islamic|international|humanitarian|criminal|constitutional|common|civil|family|canon|case|public|private|european|natural|customary|administrative|environmental|corporate|maritime|space|rights|federal|state|english|roman|jewish|labour|labor|tax|trade|competition|contract|property|immigration|refugee|military|scots|religious|divine|moral|national|domestic|local|tribal|election|electoral|medical|business'.split('|'));

/**
 * The law named around its capitalised head at token i ("the CHIPS and Science Act of 2022", "the Welfare Reform Act
 * 2012", "Regulation (EU) 2024/1689", "Decree 2025-412", "Government Regulation No. 12 of 2026"), pushed onto out; the
 * last token it takes (i when none).
 */
function lawAt(c: ParaContext, i: number, out: AgreementCandidate[]): number {
  const toks = c.toks;
  const t = toks[i];
  if (!isCap(t)) return i;
  const num = LAW_NUMBER_AFTER_RE.exec(c.text.slice(t.end, t.end + 80));
  // ("Law Enforcement", "Act Now", "Regulation Authority": a longer name goes on after the head; a headline in title
  // case capitalises its verbs: "Congress Must Act".)
  if (!num && ((i + 1 < toks.length && joins(c, i) && isCap(toks[i + 1])) || c.titleCase)) return i;
  // (Not back into the agreement found before it: "Law No. 27 of 2022 on Personal Data Protection and Government
  // Regulation No. 12 of 2026" are two.)
  // (Only one that ends before the head: the glossary's candidates, all pushed before the patterns, may end after it,
  // "the GAIN AI Act" around the glossary's "AI Act", or lie later in the paragraph.)
  let floor = 0;
  for (let k = 0; k < out.length; k++) if (out[k].end <= t.start && out[k].end > floor) floor = out[k].end;
  let s = i;
  // ("the Digital Markets, Competition and Consumers Act": over a comma in a list of capitalised words that "and" closes.)
  while (s > 0 && i - s < 8 && (joins(c, s - 1) || (s < i && isCap(toks[s]) && isCap(toks[s - 1]) && !c.gazAt.has(s - 1) && commaBetween(c, s - 1) && andWithin(c, s, i))) && toks[s - 1].start >= floor) {
    const p = toks[s - 1];
    // ("the CHIPS and Science Act": an "and" between the name's capitalised words.)
    if (p.key === 'and' && s < i && s >= 2 && isCap(toks[s - 2]) && joins(c, s - 2) && !c.gazAt.has(s - 2)) {
      s--;
      continue;
    }
    // ("the Justice for Victims of Trafficking Act", "the Freedom of Information Act": a small word between capitals.)
    // ("the Protecting Americans from Foreign Adversary Controlled Applications Act", "the Protection from Harassment Act".)
    if (s < i && s >= 2 && (INNER.has(p.key) || p.key === 'from') && p.key !== 'the' && p.key !== 'and' && isCap(toks[s - 2]) && joins(c, s - 2) && isCap(toks[s])) {
      s--;
      continue;
    }
    if (!isCap(p) || p.key === 'the' || NOT_NAME.has(p.key) || QUANTIFIERS.has(p.key)) break;
    if (c.sentenceStart[s - 1] && /^(?:under|its|their|this|that|a|an)$/.test(p.key)) break;
    s--;
  }
  if (toks[s].key === 'and') s++;
  if (s === i && !num) return i;
  // ("Martial Law", "International Humanitarian Law", "Jude Law": a body of law or a person.)
  if (!num && t.key === 'law' && (FIELD_OF_LAW.has(toks[i - 1].key) || GIVEN_NAMES.has(toks[s].key))) return i;
  const end = num ? t.end + num[0].length : t.end;
  out.push({ start: toks[s].start, end, entity: null, priority: 2 });
  let last = i;
  while (last + 1 < toks.length && toks[last + 1].start < end) last++;
  return last;
}

/** Acronyms of kinds of agreement (trade, partnership, investment, tax, status of forces), as written. */
const AGREEMENT_ACRONYMS = new Set(['FTA', 'FTAs', 'EPA', 'CEPA', 'CECA', 'BIT', 'BITs', 'DTA', 'DTAA', 'SOFA', 'PTA']);
const AGREEMENT_ACRONYM_BIT = wordListBit(new Set([...AGREEMENT_ACRONYMS].map((a) => a.toLowerCase())));
/** The words that open a resolution's name: "Resolution 2254", "resolutions 2729 and 2625", "S/RES/2801". */
const RESOLUTION_BIT = wordListBit(new Set(['resolution', 'resolutions', 'res']));
/** "Amendment" after an ordinal: a constitution's amendment. */
const AMENDMENT_BIT = wordListBit(new Set(['amendment']));
/** An ordinal before "Amendment", in figures or in words: "14th", "First", "fifth" of "Twenty-fifth". */
const ORDINAL_RE = /^(?:\d{1,3}(?:st|nd|rd|th)|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth)|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Thirtieth)$/;
const OPENER_BITS = AGREEMENT_NOUN_BIT | AGREEMENT_ACRONYM_BIT | RESOLUTION_BIT | LAW_HEAD_BIT | AMENDMENT_BIT;

/**
 * The first token of the parties' names before an agreement's acronym at i ("UK-Gulf Cooperation Council" before
 * "FTA"), or i where no pair of names joined by a hyphen or an en dash stands there ("the FTA", "the US EPA").
 */
function partiesBefore(c: ParaContext, i: number): number {
  const toks = c.toks;
  let s = i;
  let paired = false;
  while (s > 0 && i - s < 6 && isCap(toks[s - 1]) && !NOT_NAME.has(toks[s - 1].key) && toks[s - 1].key !== 'the') {
    const gap = c.text.charCodeAt(toks[s - 1].end);
    const dash = toks[s].start - toks[s - 1].end === 1 && (gap === 45 || gap === 0x2010 || gap === 0x2011 || gap === 0x2013);
    if (!dash && !joins(c, s - 1)) break;
    if (dash && s < i) paired = true;
    s--;
  }
  return paired ? s : i;
}

/**
 * Whether token j continues a name's list of capitalised words after a comma, a list that "and" closes before any
 * other mark: "Treaty of Friendship, Cooperation and Mutual Assistance".
 */
function listGoesOn(c: ParaContext, j: number): boolean {
  const toks = c.toks;
  // (Not a list of known names: "the Treaty of Lisbon, France and Germany agreed".)
  if (!isCap(toks[j - 1]) || !isCap(toks[j]) || c.gazAt.has(j) || c.text.slice(toks[j - 1].end, toks[j].start) !== ', ') return false;
  for (let k = j; k < toks.length && k < j + 4; k++) {
    if (!joins(c, k)) return false;
    if (toks[k + 1]?.key === 'and') return isCap(toks[k + 2]) && joins(c, k + 1);
  }
  return false;
}

/**
 * Whether token k is an acronym in brackets inside a name, right before the next word: "the Intermediate-Range Nuclear
 * Forces (INF) Treaty" reads on over "(INF)".
 */
function acronymBetween(c: ParaContext, k: number): boolean {
  const t = c.toks[k];
  const next = c.toks[k + 1];
  return !!next && c.text.charCodeAt(t.start - 1) === 40 && c.text.slice(t.end, next.start) === ') ' && /^[A-Z]{2,6}$/.test(t.text) && k > 0 && c.text.slice(c.toks[k - 1].end, t.start) === ' (';
}

/** Whether a paragraph capitalises a function word after its first ("And", "To", "For"): a headline in title case. */
function capitalFunctionWord(c: ParaContext): boolean {
  for (let k = 1; k < c.toks.length; k++) if (INNER.has(c.toks[k].key) && isCap(c.toks[k])) return true;
  return false;
}

/** The agreement named around the agreement noun at token i, added to out; the last token it covers, or -1. */
function agreementAt(c: ParaContext, i: number, out: AgreementCandidate[]): number {
  const toks = c.toks;
  const t = toks[i];
  const cap = isCap(t);
  // ("C.N.214.2026.TREATIES-XXVII.7.d", "un.org/treaty": a word glued to a dot or a slash before it is part of a code.)
  if (t.start > 0 && (c.text.charCodeAt(t.start - 1) === 46 || c.text.charCodeAt(t.start - 1) === 47)) return -1;
  // ("the UN convention", "an EU protocol": lower case after a body that makes them.)
  if (!cap && !LOWER_NOUNS.has(t.key) && !((t.key === 'convention' || t.key === 'protocol') && i > 0 && joins(c, i - 1) && TREATY_MAKERS.has(toks[i - 1].key))) return -1;
  // "the Joint Statement on ...": a statement is an agreement only as the parties' joint one.
  if (t.key === 'statement' && !(i > 0 && toks[i - 1].key === 'joint' && isCap(toks[i - 1]) && joins(c, i - 1))) return -1;
  // A headline in title case capitalises every word: "U.S. And China Agree To Extend Tariff Truce" names no agreement.
  if (c.titleCase && capitalFunctionWord(c)) return -1;
  // Extend right: "Treaty of Lisbon", "Convention on Cluster Munitions", "Memorandum of Understanding".
  let end = i + 1;
  if (cap) {
    let j = i + 1;
    let andAt = -1;
    // ("the African Charter on Human and Peoples' Rights": a plural possessive inside the name.)
    while (j < toks.length && (joins(c, j - 1) || listGoesOn(c, j) || (pluralPossessiveBetween(c, j - 1) && isCap(toks[j]))) && j - i < 24) {
      // Another agreement's head starts another name ("Treaty of Lisbon and the Convention on ..."), and so does
      // the "and" before its modifiers ("the Refugee Convention and the Geneva Conventions").
      // ("the Vienna Convention on the Law of Treaties": a plural head after "of" is what the name is about.)
      if (j > i + 1 && AGREEMENT_NOUNS.has(toks[j].key) && toks[j].key !== 'understanding' && !(toks[j - 1].key === 'of' && toks[j].key.endsWith('s') && isCap(toks[j - 2]))) {
        if (andAt > 0) end = andAt;
        break;
      }
      if (toks[j].key === 'and' && andAt < 0) andAt = j;
      // ("the INF Treaty and START I": another agreement the glossary knows is another name.)
      if (toks[j].key === 'and' && c.gazAt.get(j + 1)?.m.entry.kind === 'agreement') break;
      if (isCap(toks[j]) && NOT_NAME.has(toks[j].key)) break; // "... Convention in July"
      if (isCap(toks[j]) || testLong(/^\d{4}$/, toks[j].text)) j++;
      // "ILO Convention 190", "Convention 87": a convention's number is its name.
      else if (j === i + 1 && t.key === 'convention' && testShort(/^\d{1,3}$/, toks[j].text, '0123456789')) {
        j++;
        end = j;
        break;
      }
      // "signed the Oslo Accords in Washington": right after the head noun, "in", "at" or "with" says where or with whom.
      else if (j === i + 1 && (toks[j].key === 'in' || toks[j].key === 'at' || toks[j].key === 'with')) break;
      // "the Treaty of Versailles in the Hall of Mirrors": after "Treaty of" and its place, "in the" or "at the" says
      // where it was signed ("the Treaty of Amity and Cooperation in Southeast Asia" goes on).
      else if ((toks[j].key === 'in' || toks[j].key === 'at') && toks[i + 1].key === 'of' && j > i + 2 && toks[j + 1]?.key === 'the') break;
      // "violated the European Convention on Human Rights in Crimea", "the Convention on the Rights of the Child in
      // Ukraine": after a name the glossary knows whole, or before a country, "in" says where.
      else if (toks[j].key === 'in' && j > i + 1 && (knownAgreementEndsAt(c, i, j) || countryAt(c, j + 1))) break;
      else if (INNER.has(toks[j].key) && j + 1 < toks.length && joins(c, j) && (isCap(toks[j + 1]) || toks[j + 1].key === 'the' && isCap(toks[j + 2]))) j++;
      // "the Sudan People's Liberation Movement": a possessive inside a capitalised name.
      // ("the Treaty of Lisbon's Article 50": a numbered part after the possessive is the treaty's, not its name.)
      else if (toks[j].key === 's' && isApostrophe(c.text.charCodeAt(toks[j].start - 1)) && isCap(toks[j - 1]) && isCap(toks[j + 1]) && joins(c, j) && !/^(?:article|articles|clause|section|chapter|paragraph|annex|protocol)$/.test(toks[j + 1].key)) j++;
      else break;
      if (isCap(toks[j - 1])) end = j;
    }
    // "the Baltic Energy Corridor Agreement between the United Kingdom, the Republic of Lithuania and ...": a list of
    // parties that a comma cuts before its "and" is no part of the name (a whole pair is: "between Sudan and the SPLM").
    if (end > i + 2 && end < toks.length && c.text.charCodeAt(toks[end - 1].end) === 44) {
      let between = -1;
      for (let k = i + 1; k < end; k++) {
        if (toks[k].key === 'between' || toks[k].key === 'among' || toks[k].key === 'amongst') between = k;
        else if (toks[k].key === 'and' && between > 0) between = -1;
      }
      if (between > 0) end = between;
    }
  }
  // ("Sudan truce talks", "Gaza ceasefire violations": what is done about an agreement, not the agreement.)
  if (!cap && joins(c, i) && ABOUT_AN_AGREEMENT.has(toks[i + 1]?.key)) return -1;
  // Extend left over the capitalised name and an optional year: "2008 Strategic Framework Agreement".
  let s = i;
  while (s > 0 && (joins(c, s - 1) || acronymBetween(c, s - 1) || pluralPossessiveBetween(c, s - 1) || (isCap(toks[s - 1]) && (enDashBetween(c, s - 1) || commaBetween(c, s - 1)))) && i - s < 12) {
    // ("the Johannesburg Leaders' Declaration": a plural possessive inside the name.)
    if (!joins(c, s - 1) && pluralPossessiveBetween(c, s - 1)) {
      s--;
      continue;
    }
    // "the NATO–Ukraine Joint Analysis, Training and Education Centre Memorandum": over an en dash between the
    // parties' names, and over a comma in a list of capitalised words that an "and" inside the name closes.
    if (!joins(c, s - 1) && isCap(toks[s]) && isCap(toks[s - 1]) && !c.sentenceStart[s] && (enDashBetween(c, s - 1) || (commaBetween(c, s - 1) && !c.gazAt.has(s - 1) && andWithin(c, s, i)))) {
      s--;
      continue;
    }
    // Over an acronym in brackets to the capitalised word before it.
    if (!joins(c, s - 1)) {
      if (!acronymBetween(c, s - 1)) break;
      if (s < 2 || !isCap(toks[s - 2]) || NOT_NAME.has(toks[s - 2].key)) break;
      s -= 2;
      continue;
    }
    const p = toks[s - 1];
    // ("Three treaty articles" after a dateline: a count before a lower-case head names no party.)
    if (isCap(p) && !c.sentenceStart[s - 1] && (cap || !QUANTIFIERS.has(p.key))) s--;
    // A bare sentence-initial capitalised word before the name is part of it, unless it is a word such as "Under".
    else if (isCap(p) && c.sentenceStart[s - 1] && !NOT_NAME.has(p.key) && !/^(?:under|its|their)$/.test(p.key) && !QUANTIFIERS.has(p.key)) s--;
    // ("Conventional Armed Forces in Europe Treaty": "in" between two capitalised words of the name.)
    // (A particle between capitalised words is the name's: "the Santa Fe de Ralito agreement".)
    else if (PLACE_PARTICLES.has(p.key) && s >= 2 && s < i && isCap(toks[s - 2]) && joins(c, s - 2) && isCap(toks[s])) s--;
    else if (INNER.has(p.key) && s >= 2 && isCap(toks[s - 2]) && joins(c, s - 2) && isCap(toks[s]) && p.key !== 'the' && p.key !== 'to' && p.key !== 'with' && (p.key !== 'in' || (s >= 3 && isCap(toks[s - 3]) && joins(c, s - 3) && !NOT_NAME.has(toks[s - 2].key)))) s--;
    else break;
  }
  // ("Repurchase agreements are short loans": an instrument of finance, capitalised only to open its sentence.)
  if (!cap && s === i - 1 && c.sentenceStart[s] && INSTRUMENTS.has(toks[s].key)) return -1;
  // Lower-case head with capitalised modifiers: "the US-Iraq security agreement", "Iran nuclear deal".
  if (!cap && s === i) {
    let m = i;
    while (m > 0 && i - m < 3 && joins(c, m - 1) && LOWER_ADJ.has(toks[m - 1].key)) m--;
    let s2 = m;
    // ("the Australia–EU free trade agreement": over an en dash between the parties' names.)
    while (s2 > 0 && (joins(c, s2 - 1) || (s2 < m && enDashBetween(c, s2 - 1))) && isCap(toks[s2 - 1]) && m - s2 < 4 && !NOT_NAME.has(toks[s2 - 1].key) && !QUANTIFIERS.has(toks[s2 - 1].key)) s2--;
    if (s2 === m) return -1;
    s = s2;
  } else if (s === i && end === i + 1) {
    // A lone capitalised noun ("Agreement", "Treaty") at a sentence start names nothing.
    return -1;
  }
  if (cap && WEAK_NOUNS.has(t.key) && s === i && end === i + 1) return -1;
  if (t.key === 'convention' || t.key === 'conventions') {
    let gathering = false;
    for (let k = s; k < i; k++) if (GATHERING.test(toks[k].key)) gathering = true;
    if (gathering) return -1;
  }
  if (s > 0 && testLong(/^\d{4}$/, toks[s - 1].text) && joins(c, s - 1)) s--;
  // A headline in title case ("Ceasefire Talks Stall in Istanbul", "Peace Deal Hopes Fade") capitalises the words after
  // the head noun too: they are the headline's verbs and nouns, not the name's.
  if (c.titleCase && i + 1 < toks.length && joins(c, i) && isCap(toks[i + 1]) && !INNER.has(toks[i + 1].key)) return i;
  // "the Office of Nonproliferation and Treaty Compliance", "the Treaty Compliance Office", "the Charter Cities
  // Institute": a body named after a treaty is no agreement.
  if (end < toks.length && joins(c, end - 1) && isCap(toks[end]) && BODY_AFTER.has(toks[end].key)) return end;
  if (end - 1 > i && BODY_AFTER.has(toks[end - 1].key)) return end - 1;
  // ("the European Green Deal", "the New Deal", "the Clean Industrial Deal": a government's programme, no deal between
  // parties, and no antecedent of "the deal" struck later.)
  if (cap && t.key === 'deal' && s < i && POLICY_DEAL_WORDS.has(toks[i - 1].key)) return end - 1;
  // "Armistice Day", "Treaty Day": a day kept in memory of one.
  if (end - 1 > i && toks[end - 1].key === 'day') return end - 1;
  if (s >= 2 && toks[s - 1].key === 'of' && BODY_AFTER.has(toks[s - 2].key) && isCap(toks[s - 2])) return end - 1;
  // ("the inter-Korean military agreement", "the cross-Strait agreement": the prefix before the hyphen is the name's.)
  if (s > 0 && toks[s].start - toks[s - 1].end === 1 && c.text.charCodeAt(toks[s - 1].end) === 45 && HYPHEN_PREFIXES.has(toks[s - 1].key)) s--;
  out.push({ start: toks[s].start, end: toks[end - 1].end, entity: null, priority: 2 });
  return end - 1;
}

/** The word before "Deal" that makes a programme of it: "Green Deal", "New Deal", "Industrial Deal". */
const POLICY_DEAL_WORDS = new Set(['green', 'new', 'industrial']);

/** Prefixes joined by a hyphen to the capitalised word that opens a name: "inter-Korean", "cross-Strait", "pan-African". */
const HYPHEN_PREFIXES = new Set(['inter', 'intra', 'cross', 'pan', 'trans']);

/** Whether an en dash alone stands between tokens k and k + 1 ("NATO–Ukraine"). */
function enDashBetween(c: ParaContext, k: number): boolean {
  return c.toks[k + 1].start - c.toks[k].end === 1 && c.text.charCodeAt(c.toks[k].end) === 0x2013;
}

/** Whether ", " alone stands between tokens k and k + 1. */
function commaBetween(c: ParaContext, k: number): boolean {
  return c.toks[k + 1].start - c.toks[k].end === 2 && c.text.charCodeAt(c.toks[k].end) === 44 && c.text.charCodeAt(c.toks[k].end + 1) === 32;
}

/** Whether an "and" is among tokens from..to-1 (a name's list closed before its head). */
function andWithin(c: ParaContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (c.toks[k].key === 'and') return true;
  return false;
}

/** Whether a capitalised plural's apostrophe and a space stand between tokens k and k + 1 ("Leaders' Declaration"). */
function pluralPossessiveBetween(c: ParaContext, k: number): boolean {
  const a = c.toks[k];
  const b = c.toks[k + 1];
  return !!a && !!b && b.start - a.end === 2 && isApostrophe(c.text.charCodeAt(a.end)) && c.text.charCodeAt(a.end + 1) === 32 && a.key.endsWith('s') && isCap(a) && !c.sentenceStart[k + 1];
}

/** Determiners that open a sentence in capitals and name nothing ("Any deal must ...", "No agreement was reached"). */
// (And the counts that open one: "Three treaty articles came up", "Two peace agreements were signed".)
const QUANTIFIERS = new Set(['any', 'no', 'every', 'each', 'such', 'another', 'some', 'either', 'neither', 'both', 'all', 'several', 'many', 'most', 'few', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds']);

/** Bodies that make conventions and protocols, before the lower-case noun ("the UN convention"). */
const TREATY_MAKERS = new Set(['un', 'eu', 'nato', 'osce', 'au', 'ilo', 'who', 'imo', 'icao', 'unesco', 'oecd', 'asean']);
/** Particles inside a place's name ("Santa Fe de Ralito"). */
const PLACE_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'la', 'le', 'al', 'el']);

/** Nouns after a lower-case agreement noun that make it what is done about one ("truce talks", "ceasefire violations"). */
const ABOUT_AN_AGREEMENT = new Set('talks|negotiations|negotiators|violation|violations|monitors|monitoring|proposal|proposals|efforts|bid|hopes|mediators|mediation'.split('|'));

/** Nouns that make a name with an agreement's noun in it a body ("Treaty Compliance Office", "Office of ... Compliance"). */
const BODY_AFTER = new Set(['office', 'compliance', 'bureau', 'division', 'department', 'secretariat', 'organization', 'organisation', 'commission', 'institute', 'unit', 'directorate', 'agency', 'centre', 'center', 'committee', 'council']);

/** Lower-case definite descriptions of agreements, keyed by head noun. */
export const AGREEMENT_ANAPHOR_NOUNS = new Set([
  'agreement', 'deal', 'pact', 'treaty', 'accord', 'accords', 'memorandum', 'framework', 'truce', 'ceasefire',
  'protocol', 'convention', 'initiative', 'arrangement', 'resolution', 'communique', 'declaration',
]);

/** Whether a glossary agreement's name, starting at most four tokens before head token i, ends right before token j. */
function knownAgreementEndsAt(c: ParaContext, i: number, j: number): boolean {
  for (let k = Math.max(0, i - 4); k < j; k++) {
    const g = c.gazAt.get(k);
    if (g && g.end === j && g.m.entry.kind === 'agreement') return true;
  }
  return false;
}

/** Whether a country the glossary knows is named whole from token k ("Ukraine", "South Sudan"; not "Korea Trade"). */
function countryAt(c: ParaContext, k: number): boolean {
  const g = c.gazAt.get(k);
  if (!g || g.m.entry.category !== 'country') return false;
  return g.end >= c.toks.length || !(isCap(c.toks[g.end]) && joins(c, g.end - 1));
}
