// What kind of document the article is, read from its opening titles: how many title lines open it, whether it is an
// issuer's own text, which agency's report it is, and whether it is an observer mission's statement or a surveillance
// report, or an opinion piece. Apart from claims.ts because these read the whole article once, before any sentence is judged.
import type { ActorAnnotation } from './types';
import type { Segmentation } from './segment';
import { lowerBound } from './order';
import { afterListMarker } from './sentences';
import { isAsciiUpperCode, isClosingQuote, lazyRegExp, skipBlanks } from './chars';

/**
 * How many paragraphs open the article before its body: one-line titles with no sentence's end, such as item codes
 * ("SC/16241"), a headline, a title-case summary line, a dateline and the headline after it. The first paragraph that
 * ends like a sentence starts the body (and an article that is one paragraph has no titles).
 */
export function leadTitles(text: string, seg: Segmentation): number {
  const ps = seg.paragraphs;
  let k = 0;
  for (; k < ps.length - 1 && k < 6; k++) {
    const p = ps[k];
    if (p.end - p.start > 320) break;
    let i = p.end - 1;
    // (Past closing quotes, brackets and emphasis: "9987th Meeting (AM)" ends in no stop.)
    while (i > p.start && (isClosingQuote(text.charCodeAt(i)) || text.charCodeAt(i) === 41 || text.charCodeAt(i) === 42 || text.charCodeAt(i) === 95)) i--;
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 44) break;
  }
  return k;
}

/**
 * Whether the article is an issuer's own text: a press release, a declaration or communiqué, a statement "issued by"
 * a body, as its opening titles say ("PRESS RELEASE — For immediate release", "Summit Declaration", "Issued by the
 * Heads of State and Government ...").
 */
export function issuerDocument(text: string, seg: Segmentation, titles: number): boolean {
  for (let k = 0; k < titles; k++) {
    const p = seg.paragraphs[k];
    if (ISSUER_TITLE_RE.test(text.slice(p.start, p.end))) return true;
  }
  // (Or its first paragraphs name the issuer: "Issued by the ministers ...", "1. We, the Heads of State ...".)
  for (let k = titles; k < seg.paragraphs.length && k < titles + 3; k++) {
    const p = seg.paragraphs[k];
    if (ISSUER_OPENING_RE.test(text.slice(p.start, Math.min(p.end, p.start + 24)))) return true;
  }
  return false;
}
const ISSUER_OPENING_RE = /^(?:\d{1,2}\.\s+)?(?:Issued\s+by|Adopted\s+by|We,\s+the)\b/;
// (A chair's summary and a readout are the issuer's own account too: "Chair's Summary", "Readout of the President's Call";
// and a council's conclusions: "European Council conclusions on Ukraine, 23 October 2026".)
const ISSUER_TITLE_RE = /\b(?:spokes(?:person|man)['\u2019]s\s+(?:unit|office)\s*$|press\s+release|news\s+release|media\s+release|for\s+immediate\s+release|communiqu[eé]|declaration|joint\s+statement|final\s+statement|issued\s+by|adopted\s+by|readout|chair(?:man|woman|person)?['\u2019]s\s+(?:summary|statement)|leaders['\u2019]\s+statement|(?:council|summit|presidency)\s+conclusions)\b/i;

/**
 * The agencies whose own report the article is, as a title line names them: "WFP Haiti Emergency Response | Situation
 * Report #9", "UNHCR Sudan Regional Refugee Response | Update" (an acronym that opens a title naming a kind of report, or
 * opens a line of it: "Sudan: Cholera Outbreak⏎WHO Situation Report No. 14"), and the partners of a joint report ("Joint
 * WHO/UNICEF Situation Report"). Null when no title names one.
 */
export function reportIssuer(text: string, seg: Segmentation, titles: number): string[] | null {
  let names: string[] | null = null;
  for (let k = 0; k < titles; k++) {
    const p = seg.paragraphs[k];
    const c = text.charCodeAt(skipBlanks(text, p.start, p.end));
    const line = text.slice(p.start, Math.min(p.end, p.start + 200));
    const multi = line.includes('\n');
    if (!isAsciiUpperCode(c) && c !== 35 && c !== 42 && !multi) continue;
    const m = REPORT_ISSUER_RE.exec(line);
    if (!(m || multi || line.includes('oint')) || !REPORT_KIND_RE.test(line)) continue;
    if (m) (names ??= []).push(m[1]);
    if (multi) for (const o of line.matchAll(LINE_ISSUER_RE)) (names ??= []).push(o[1]);
    const j = JOINT_ISSUERS_RE.exec(line);
    if (j) for (const n of j[1].split(/\s*(?:\/|-|\u2013|&|and)\s*/)) (names ??= []).push(n);
  }
  return names;
}
const REPORT_ISSUER_RE = /^[#*\s]*([A-Z][A-Z0-9]{1,7})\s/;
/** An acronym that opens a later line of a title paragraph: "⏎WHO Situation Report No. 14". */
const LINE_ISSUER_RE = /\n[#*\t ]*([A-Z][A-Z0-9]{1,7})\s/g;
/** The partners of a joint report: "Joint WHO/UNICEF", "Joint FAO-WFP", "Joint UNHCR and IOM". */
const JOINT_ISSUERS_RE = /\bJoint\s+([A-Z][A-Z0-9]{1,7}(?:\s*(?:\/|-|\u2013|&|and)\s*[A-Z][A-Z0-9]{1,7}){1,3})\b/;
const REPORT_KIND_RE = /\b(?:situation\s+report|sitrep|(?:flash|operational|emergency|situation|funding)\s+update|update|fact\s?sheet|bulletin|snapshot|dashboard)\b/i;

/** Kinds of document whose own record their unattributed sentences give (documentKind's bits). */
export const OBSERVER_STATEMENT = 1;
export const SURVEILLANCE_REPORT = 2;
/** A situation report or an epidemiological bulletin by its own name (not any "update"). */
export const SITUATION_REPORT = 4;
/** An op-ed, column, editorial, commentary or analysis piece: the author's own argument. */
export const OPINION_PIECE = 8;
/** A statistics office's release by its own name: "Flash estimate - November 2026", "Euroindicators". */
export const STATISTICAL_RELEASE = 16;

/**
 * Whether the article is an election observer mission's own statement ("INTERNATIONAL ELECTION OBSERVATION MISSION ...
 * Statement of Preliminary Findings and Conclusions", "Preliminary Statement" over "This preliminary statement of the
 * EU Election Observation Mission ..."), or a situation report or epidemiological bulletin: OBSERVER_STATEMENT and
 * SURVEILLANCE_REPORT bits, read from its opening titles (and, for the mission's name, its first paragraph); or an opinion
 * piece (OPINION_PIECE), by a title's label or the author's tagline.
 */
export function documentKind(text: string, seg: Segmentation, titles: number): number {
  let kind = 0;
  let statement = false;
  let mission = false;
  for (let k = 0; k < titles; k++) {
    const p = seg.paragraphs[k];
    const line = text.slice(p.start, Math.min(p.end, p.start + 300));
    if (REPORT_KIND_RE.test(line) || EPI_TITLE_RE.test(line)) kind |= SITUATION_TITLE_RE.test(line) ? SURVEILLANCE_REPORT | SITUATION_REPORT : SURVEILLANCE_REPORT;
    if (OBSERVER_STATEMENT_RE.test(line)) statement = true;
    if ((line.includes('stimate') || line.includes('ndicators') || line.includes('tatistical')) && STATISTICAL_RELEASE_RE.test(line)) kind |= STATISTICAL_RELEASE;
    if (OBSERVER_MISSION_RE.test(line)) mission = true;
    if (OPINION_TITLE_RE.test(line)) kind |= OPINION_PIECE;
  }
  if ((kind & OPINION_PIECE) === 0 && opinionTagline(text, seg, titles)) kind |= OPINION_PIECE;
  if (statement && !mission && titles < seg.paragraphs.length) {
    const p = seg.paragraphs[titles];
    mission = OBSERVER_MISSION_RE.test(text.slice(p.start, Math.min(p.end, p.start + 300)));
  }
  return statement && mission ? kind | OBSERVER_STATEMENT : kind;
}
/**
 * A title line that labels an opinion piece: "Opinion | ...", "EDITORIAL", "Commentary: ...", "Analysis: ...", "Editorial
 * Board | The Herald", a byline's "| Columnist" or "Opinion Columnist", "The Times view on ...".
 */
const OPINION_TITLE_RE = /^[#*_\s]*(?:opinion|op-ed|editorial(?:\s+board)?|commentary|comment|(?:news\s+)?analysis|column|guest\s+essay|perspective|viewpoint|our\s+view|letters?\s+to\s+the\s+editor)[*_]*\s*(?:[|:\u2014\u2013]|-\s|$)|\|\s*(?:opinion|columnist|editorial|commentary|contributor)\b|\bopinion\s+(?:columnist|writer|contributor)\b|^[#*_\s]*the\s+[A-Z][\w.&'\u2019]*(?:\s+[A-Z][\w.&'\u2019]*){0,3}\s+view\s+on\b/im;
/**
 * Whether an author's tagline or the publisher's disclaimer, in the first paragraphs after the titles or the last ones,
 * says the piece is the author's view: "The views expressed are the author's own", "The views expressed in this column are
 * those of the author", "solely those of the author(s)".
 */
function opinionTagline(text: string, seg: Segmentation, titles: number): boolean {
  const ps = seg.paragraphs;
  for (let k = titles; k < ps.length; k++) {
    if (k === titles + 3) k = Math.max(k, ps.length - 3);
    const p = ps[k];
    const t = text.slice(p.start, Math.min(p.end, p.start + 1200));
    if (t.includes('author') && AUTHORS_VIEWS_RE.test(t)) return true;
  }
  return false;
}
/** The author's views, as a tagline or disclaimer says they are. */
const AUTHORS_VIEWS_RE = /\b(?:views|opinions)\s+expressed\b[^.]{0,80}?\b(?:are|is|remain|should\s+be\s+understood\s+to\s+be)\s+(?:(?:solely|entirely|only)\s+)?(?:the\s+author['\u2019]s\s+own|(?:solely\s+)?(?:those|that)\s+of\s+the\s+author)/i;
// (A flash update and WHO's "Disease Outbreak News" are situation reports by another name.)
const SITUATION_TITLE_RE = /\bsituation\s+report\b|\bsitrep\b|\bflash\s+update\b|\bdisease\s+outbreak\s+news\b|\bepidemiological\b|\bepi\s+(?:week|bulletin|update)\b/i;
const EPI_TITLE_RE = /\bepidemiological\b|\bepi\s+(?:week|bulletin|update)|\bdisease\s+outbreak\s+news\b/i;
/** A statistical release's label as a title line of its own, maybe with its period: "Flash estimate - November 2026",
 * "Euroindicators", "Statistical bulletin: Labour market overview" (a headline's "Flash estimate shows ..." is no label). */
const STATISTICAL_RELEASE_RE = /^[#*_ \t]*(?:(?:flash|advance|first|second|third|final|preliminary)\s+estimates?|euro\s?indicators|statistical\s+(?:release|bulletin))(?:[ \t]*[-\u2013\u2014:|,][^\n.!?]{0,60})?[ \t*_]*$/im;
const OBSERVER_STATEMENT_RE = /\b(?:preliminary|post-election|interim|final)\s+(?:statement|report|findings)\b|\bstatement\s+of\s+(?:preliminary\s+)?findings\b/i;
const OBSERVER_MISSION_RE = /\bobserv(?:ation|er|ers['\u2019]?)\s+(?:mission|group)\b|\bI?EOM\b/i;

/** The issuer of a press release as its titles name it: its glossary entry, its category and every name it goes by. */
export interface IssuerNames {
  entity: string | null;
  category: string;
  names: string[];
  actors: ActorAnnotation[];
  starts: number[];
  /** The name a release's closing boilerplate gives its issuer ("About Gulf Coast Marine Systems"), if any. */
  about?: string;
}

/**
 * A company's or an agency's release that no title calls one: its body opens on a dateline that names no news agency
 * ("TAMPA, Fla. – On June 2, the company ...", "AUSTIN, Texas, June 2, 2026 /PRNewswire/ -- ...") and it closes on its
 * boilerplate, "About Gulf Coast Marine Systems" over what the issuer is. The name after "About", or null.
 */
export function releaseAbout(text: string, seg: Segmentation, titles: number): string | null {
  const i = text.lastIndexOf('\nAbout ');
  if (i < 0 || titles >= seg.paragraphs.length || i < seg.paragraphs[titles].end) return null;
  let e = text.indexOf('\n', i + 7);
  if (e < 0) e = text.length;
  if (e - i > 80) return null;
  const m = ABOUT_ISSUER_RE().exec(text.slice(i + 1, e));
  if (!m || NOT_ISSUER.has(m[1].replace(/^the\s+/i, '').toLowerCase())) return null;
  const p = seg.paragraphs[titles];
  return RELEASE_DATELINE_RE().test(text.slice(p.start, Math.min(p.end, p.start + 90))) ? m[1] : null;
}
/** A release's boilerplate heading and the issuer it names: "About Gulf Coast Marine Systems", "**About the Port
 * Authority:**". */
const ABOUT_ISSUER_RE = lazyRegExp(() => /^[*_#\s]*About\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&.,'\u2019 -]{0,70}?)[:*_\s]*$/u);
/** What an "About" heading may name that issues nothing: a byline's writer, the site itself. */
const NOT_ISSUER = new Set(['author', 'authors', 'us', 'this', 'this story', 'this article', 'this report', 'this series', 'the writer', 'writer', 'contributors', 'our journalism']);
/** A dateline with no news agency's name, before a dash: "TAMPA, Fla. – ", "AUSTIN, Texas, June 2, 2026 /PRNewswire/ -- ". */
const RELEASE_DATELINE_RE = lazyRegExp(() => /^[*_]*\p{Lu}[\p{Lu} .'\u2019-]{1,30},(?:\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,?)?(?:\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}))?\s*(?:\/[\p{L} ]{2,24}\/\s*)?[-\u2013\u2014]{1,2}\s/u);

/**
 * The issuer a press release's titles name first ("IDF Spokesperson's Unit", "U.S. Central Command⏎Press Release"): the
 * first force, government or organisation in them, with the names the article gives it ("IDF", "the Israel Defense
 * Forces"); null when the titles name none.
 */
export function issuerNamed(seg: Segmentation, titles: number, actors: ActorAnnotation[]): IssuerNames | null {
  if (titles === 0) return null;
  const titlesEnd = seg.paragraphs[titles - 1].end;
  const first = actors.find((a) => a.start < titlesEnd && (a.category === 'military' || a.category === 'government' || a.category === 'organization'));
  if (!first) return null;
  const names = [first.text];
  if (first.entity !== null) for (const a of actors) if (a.entity === first.entity && !names.includes(a.text)) names.push(a.text);
  return { entity: first.entity, category: first.category, names, actors, starts: actors.map((a) => a.start) };
}

/**
 * In a press release, what the issuer's own forces or officers did, which its release is the source of: "IDF troops
 * struck 12 sites", "The Israel Defense Forces carried out more than 40 strikes", "In addition, troops of the 36th
 * Division dismantled three launchers", "Since January, CENTCOM has conducted 60 operations". The subject, after a
 * short opening phrase, is the issuer by one of its names, a unit named by it ("IDF troops") or one of its own unnamed
 * units ("troops", "the 36th Division"), or the whole its name is of ("the EU" for the "Council of the EU").
 */
export function issuersActs(text: string, start: number, named: IssuerNames): boolean {
  if (named.about !== undefined && boilerplatesIssuer(text, start, named.about)) return true;
  const k = lowerBound(named.starts, start);
  if (k >= named.actors.length || named.actors[k].start - start > 48) return false;
  const a = named.actors[k];
  if (!OPENING_PHRASE_RE.test(text.slice(start, a.start))) return false;
  if (named.entity !== null && a.entity === named.entity) return true;
  for (const n of named.names) if (a.text.startsWith(n) && a.text.charCodeAt(n.length) === 32) return true;
  // (The whole its name is "of": "Since 2022, the EU and its member states have provided" in a release of the "Council
  // of the EU", "Canada has sent" in one of the "Government of Canada".)
  for (const n of named.names) if (n.length > a.text.length + 4 && n.endsWith(a.text) && (n.endsWith(` of the ${a.text}`) || n.endsWith(` of ${a.text}`))) return true;
  return a.entity === null && a.category === named.category && a.category === 'military' && OWN_UNIT_RE.test(a.text);
}
/**
 * In a release that names its issuer in its boilerplate, what the issuer did or is, by that name or as "the company" after
 * a short opening phrase: "Gulf Coast Marine Systems repaired 112 vessels in 2025", "In 2025, the company repaired ...",
 * and the boilerplate itself ("About Gulf Coast Marine Systems⏎Gulf Coast Marine Systems is ...").
 */
function boilerplatesIssuer(text: string, start: number, name: string): boolean {
  const head = text.slice(start, Math.min(text.length, start + 48 + name.length));
  const at = OPENING_CLAUSE_RE.exec(head)?.[0].length ?? 0;
  if (head.startsWith(`About ${name}`, at)) return true;
  if (head.startsWith(name, at)) {
    const c = head.charCodeAt(at + name.length);
    return c === 32 || c === 39 || c === 0x2019;
  }
  return ISSUER_NOUN_RE.test(head.slice(at));
}
/** A short opening phrase and its comma: "In 2025, ", "On June 2, ". */
const OPENING_CLAUSE_RE = /^\W*(?:[^,.;:!?]{1,40},\s+)?/;
/** The issuer by its common noun: "The company", "the firm's", "The group". */
const ISSUER_NOUN_RE = /^[Tt]he\s+(?:company|firm|group)(?:['\u2019]s)?\s/;
/** Nothing, or a short opening phrase and its comma, then maybe "the": "In addition, ", "Since January, ", "The ". */
const OPENING_PHRASE_RE = /^\W*(?:[^,.;:!?]{1,40},\s+)?(?:[Tt]he\s+)?$/;
/** A force's own unit that names no one else: "troops", "Troops", "the 36th Division", "fighter jets". */
const OWN_UNIT_RE = /^(?:(?:the|our|its)\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:troops|forces|soldiers|fighter\s+jets|jets|aircraft|warplanes|division|brigade|battalion|regiment|corps|squadron|units?)$/i;

/**
 * In an analyst's own assessment ("ISW assesses that ...", "CTP-ISW previously assessed that ..."), the items of its
 * opening "Key Takeaways" list: its conclusions in brief, argued and sourced in the body below. The paragraphs they
 * stand in, or null.
 */
export function ownSummaryItems(text: string, seg: Segmentation): Set<number> | null {
  const ps = seg.paragraphs;
  for (let k = 0; k < ps.length && k < 12; k++) {
    const p = ps[k];
    if (p.end - p.start > 24 || !KEY_TAKEAWAYS_RE.test(text.slice(p.start, p.end))) continue;
    // (Once per article with such a heading: whether the text assesses in its own name.)
    if (!text.includes(' assess') || !SELF_ASSESSES_RE.test(text)) return null;
    const items = new Set<number>();
    for (let j = k + 1; j < ps.length && afterListMarker(text, ps[j].start, ps[j].end) > ps[j].start; j++) items.add(j);
    return items.size ? items : null;
  }
  return null;
}
/** A summary's heading: "Key Takeaways:", "**Key takeaways**", "## Key Takeaways". */
const KEY_TAKEAWAYS_RE = /^[#*_\s]*Key\s+[Tt]akeaways[*_]*:?[*_]*\s*$/;
/** An analyst that assesses in its own name: "ISW assesses that", "CTP-ISW previously assessed that". */
const SELF_ASSESSES_RE = /\b[A-Z][A-Z-]{1,12}\s+(?:(?:previously|currently|also|still|further|continues\s+to|has|had)\s+)?assess(?:es|ed)?\s+that\b/;
