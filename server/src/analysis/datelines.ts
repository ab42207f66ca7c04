// The wire dateline that opens an article ("ERBIL, Iraq, Nov. 14 (Agency) -", "13 November 2025 | KYIV"), a
// later section's dated dateline, and the slug lines a wire puts before them. Apart from segment.ts because
// telling a dateline from a title or a speaker's label is a concern of its own.
import type { Paragraph, Span } from './types';
import { isAsciiUpperCode, lazyRegExp } from './chars';

/** Whether a paragraph is one short line with no sentence's end: a headline or a byline. */
export function isTitleLine(text: string, p: Paragraph): boolean {
  if (p.end - p.start > 160) return false;
  const line = text.slice(p.start, p.end);
  return !line.includes('\n') && !/[.!?:;,]["'\u201d\u2019)]?\s*$/.test(line);
}

// "ERBIL, Iraq, Nov. 14 (Policy Lens Wire) -" or "GENEVA (Reuters) --" at the start of the first paragraph,
// or a line of its own such as "13 November 2025 | KYIV".
// (Also a press release's "THE HAGUE, 24 July 2025." or "NEW YORK, November 12, 2025:", and an appeal's place in title
// case with its full date and a dash: "Islamabad, 1 October 2026 - ", "Geneva, 3 March 2026 (WHO) – ".)
const DATELINE_PREFIX = /^\p{Lu}[\p{Lu} .'\u2019/-]{1,40}(?:,[^\n()]{1,60})?(?:\([^()\n]{1,40}\))?\s*(?:[-\u2013\u2014\u2015]{1,2}|:)\s|^\p{Lu}[\p{Lu} .'\u2019/-]{1,40},\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}\s*[.:]\s|^[A-Z][\p{L} .'\u2019/-]{1,40}(?:,[^\n()]{1,60})?\s*\((?:AFP|AP|Reuters|dpa|ANSA|EFE|Xinhua|Anadolu|UPI|CNN|IANS|PTI|KCNA|CNA|Yonhap|Kyodo|TASS|Bernama|[A-Z][A-Za-z ]{1,30}(?:News|Wire|Agency|Press))\)\s*[-\u2013\u2014\u2015]{1,2}\s|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*\((?:CNA|KCNA|Yonhap|Kyodo|Xinhua)\)\s+(?=[A-Z])|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}\s*(?:\([^()\n]{1,40}\)\s*)?[-\u2013\u2014\u2015]{1,2}\s/u;
// (East Asian wires date a place in title case and name the agency with or without a dash: "Pyongyang, November 28
// (KCNA) -- ", and Taiwan's CNA with none: "Taipei, Nov. 27 (CNA) Taiwan's ...".)
// (A place in title case before a full date, alone on its line under a statement's title, is one too: "Jakarta, 26
// November 2026", "Rome, 25-26 November 2026", "Evian-les-Bains, 27 November 2026".)
const DATELINE_LINE = /^(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})\s*[|,/-]\s*[A-Z][A-Za-z .'-]{1,40}$|^[A-Z][A-Z .'-]{1,40}\s*[|,/-]\s*(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})$|^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|les|de|la|sur|am|upon)){0,3},\s*(?:\d{1,2}(?:[-\u2013]\d{1,2})? [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}(?:[-\u2013]\d{1,2})?,? \d{4})$/;

export function findDateline(text: string, paragraphs: Paragraph[], headings: number[]): Span | undefined {
  // In the first paragraph, or after a headline and a byline: short paragraphs on one line each, no sentences. A
  // wire's slug lines ("URGENT", "UPDATE 2-...", "(Updates with ...)") come first too, and count for nothing; so do
  // Markdown headings ("# INTERNATIONAL ELECTION OBSERVATION MISSION", "## Republic of Moldova ...").
  for (let k = 0, titles = 0, h = 0; titles < 3 && k < paragraphs.length && k < 12; k++) {
    const found = datelineOf(text, paragraphs[k]);
    if (found) return text.charCodeAt(found.end - 1) === 58 && labelsLater(text, paragraphs, k) ? undefined : found;
    while (h < headings.length && headings[h] < k) h++;
    if (h < headings.length && headings[h] === k && text.charCodeAt(paragraphs[k].start) === 35) continue;
    if (isSlugLine(text.slice(paragraphs[k].start, Math.min(paragraphs[k].end, paragraphs[k].start + 120)))) continue;
    if (!isTitleLine(text, paragraphs[k])) return undefined;
    titles++;
  }
  return undefined;
}

/** A name in capitals and its colon opening a paragraph: "HARRIS: ", "MR. SMITH: ". */
const CAPITALS_LABEL_RE = lazyRegExp(() => /^\p{Lu}[\p{Lu} .'\u2019-]{1,40}:\s/u);

/**
 * Whether a later paragraph (of the next 60) opens with a name in capitals and a colon: then "PENCE: Well, look, we are
 * ready." opens a transcript's first turn, and is no dateline as "DHAKA: The tribunal yesterday ..." is.
 */
function labelsLater(text: string, paragraphs: readonly Paragraph[], k: number): boolean {
  for (let j = k + 1; j < paragraphs.length && j <= k + 60; j++) {
    const at = paragraphs[j].start;
    if (!(isAsciiUpperCode(text.charCodeAt(at)) && isAsciiUpperCode(text.charCodeAt(at + 1)))) continue;
    const head = text.slice(at, Math.min(paragraphs[j].end, at + 48));
    // ("KARACHI: The Senate ..." and, below, "LAHORE: The National Assembly ...": a wire city's label over a digest's
    // item is no transcript's speaker.)
    if (CAPITALS_LABEL_RE().test(head) && !datelineCityCountry(head.slice(0, head.indexOf(':')))) return true;
  }
  return false;
}

/**
 * A wire's slug or status line, before the headline and dateline: a short line in capitals ("URGENT", "FLASH",
 * "UPDATE 2-Ukraine says ..."), or a note in brackets ("(Updates with Kremlin comment)").
 */
export function isSlugLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 110 || t.includes('\n')) return false;
  if (/^\(.*\)$/.test(t)) return true;
  return /^(?:URGENT|FLASH|BULLETIN|ALERT|BREAKING|EXCLUSIVE|ANALYSIS|UPDATE\s*\d*|RPT|CORRECTED|REFILE|WRAPUP\s*\d*|FACTBOX|TIMELINE|INSIGHT)\b/.test(t) || (t.length <= 40 && !/[a-z]/.test(t) && /[A-Z]{3}/.test(t));
}

/** A dated dateline in capitals, its comma and its dash: "LONDON, 27 October 2025 –", "ABUJA, Nigeria, Dec. 15 (Reuters) -". */
const DATED_DATELINE_RE =
  lazyRegExp(() => /^\p{Lu}[\p{Lu} .'\u2019/-]{1,40},\s*(?:\p{Lu}[\p{L} .]{1,30},\s*)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)(?:\s+\d{4})?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-\u2013\u2014\u2015]{1,2}|:)\s/u);

/**
 * The length of a dated dateline in capitals at `at` (0 when there is none): one that opens a paragraph other than the
 * article's first ("LONDON, 27 October 2025 – The talks were useful, officials said.") is no part of what is said.
 */
export function datedDatelineLength(text: string, at: number, end: number): number {
  if (!isAsciiUpperCode(text.charCodeAt(at)) || !isAsciiUpperCode(text.charCodeAt(at + 1))) return 0;
  const head = text.slice(at, Math.min(end, at + 120));
  const m = DATED_DATELINE_RE().exec(head);
  if (m && /[A-Z]{3}/.test(m[0])) return m[0].length;
  // "JOHANNESBURG — The ANC's NEC will meet ...": a later section's dateline without a date, opening its paragraph.
  const u = at === 0 || text.charCodeAt(at - 1) === 10 ? UNDATED_DATELINE_RE().exec(head) : null;
  return u && /[A-Z]{4}/.test(u[0]) ? u[0].length : 0;
}
/** A place in capitals and a dash, before a capital: "JOHANNESBURG — ", "KUALA LUMPUR -- ". */
const UNDATED_DATELINE_RE = lazyRegExp(() => /^\p{Lu}[\p{Lu} .'\u2019-]{2,40}?\s+(?:[\u2013\u2014]|--)\s+(?=\p{Lu})/u);

/** A document's kind in capitals and a colon, closing a DATELINE_PREFIX match: "EMERGENCY APPEAL: ", "PRESS RELEASE: ". */
const DOCUMENT_KIND_LABEL_RE = /\b(?:APPEAL|RELEASE|UPDATE|STATEMENT|ADVISORY|REPORT|BULLETIN|ALERT|NOTE|SITREP|BRIEFING|NOTICE)S?\s*:\s*$/;

/** The dateline that opens the paragraph, if any. */
function datelineOf(text: string, first: Paragraph | undefined): Span | undefined {
  if (!first) return undefined;
  const head = text.slice(first.start, Math.min(first.end, first.start + 160));
  if (first.end - first.start <= 60 && DATELINE_LINE.test(head)) return { start: first.start, end: first.end };
  // (Or its second and last line, under a title line: "Ministerial Meeting on Food Security⏎Rome, 25-26 November 2026".)
  const nl = head.indexOf('\n');
  if (nl > 0 && first.end - first.start <= 160 && first.end - (first.start + nl + 1) <= 60 && head.indexOf('\n', nl + 1) < 0) {
    const line = text.slice(first.start + nl + 1, first.end).trimEnd();
    if (DATELINE_LINE.test(line)) return { start: first.start + nl + 1, end: first.start + nl + 1 + line.length };
  }
  const m = DATELINE_PREFIX.exec(head);
  // ("EMERGENCY APPEAL: Pakistan Monsoon Floods", "PRESS RELEASE: ...": a document's kind in capitals before its title is
  // no place.)
  if (m && m[0].includes(':') && DOCUMENT_KIND_LABEL_RE.test(m[0])) return undefined;
  // ("CCTV: ... What is China's comment?": a briefing's first question, its asker's label and a colon, is no place.)
  if (m && m[0].trimEnd().endsWith(':') && text.slice(first.start, first.end).trimEnd().endsWith('?')) return undefined;
  // A city in capitals ("ERBIL, Iraq -"), or any city before an agency ("Khartoum (AFP) -", "Washington (AP) -").
  if (m && (/[A-Z]{3}/.test(m[0]) || /\(\w[^)]*\)\s*(?:[-\u2013\u2014\u2015]|$)/.test(m[0]) || /\d{4}\s*[-\u2013\u2014\u2015]{1,2}\s$/.test(m[0]))) return { start: first.start, end: first.start + m[0].trimEnd().length };
  return undefined;
}

/**
 * Cities that file stories to the wires, by their name in capitals: the country a dateline of one of them sets the story
 * in ("KARACHI: The Senate on Friday ..." is Pakistan's Senate, as "ISLAMABAD:" makes it), and a place label over a
 * digest's item, no speaker ("LAHORE: The National Assembly will ..."). Mostly cities that are no capital (the glossary
 * holds the capitals), of countries with a Senate, a Congress or a Parliament of that bare name.
 */
const DATELINE_CITY_COUNTRY = new Map<string, string>([
  ...['ISLAMABAD', 'KARACHI', 'LAHORE', 'PESHAWAR', 'QUETTA', 'RAWALPINDI', 'MULTAN', 'FAISALABAD'].map((c) => [c, 'country:pakistan'] as [string, string]),
  ...['NEW DELHI', 'MUMBAI', 'KOLKATA', 'CHENNAI', 'BENGALURU', 'BANGALORE', 'AHMEDABAD', 'LUCKNOW', 'SRINAGAR'].map((c) => [c, 'country:india'] as [string, string]),
  ...['SYDNEY', 'MELBOURNE', 'BRISBANE', 'PERTH', 'ADELAIDE'].map((c) => [c, 'country:australia'] as [string, string]),
  ...['TORONTO', 'MONTREAL', 'VANCOUVER', 'CALGARY'].map((c) => [c, 'country:canada'] as [string, string]),
  ...['LAGOS', 'KANO', 'PORT HARCOURT', 'IBADAN'].map((c) => [c, 'country:nigeria'] as [string, string]),
  ...['SAO PAULO', 'S\u00c3O PAULO', 'RIO DE JANEIRO'].map((c) => [c, 'country:brazil'] as [string, string]),
  ...['CEBU', 'DAVAO'].map((c) => [c, 'country:philippines'] as [string, string]),
  ...['BARCELONA', 'SEVILLE'].map((c) => [c, 'country:spain'] as [string, string]),
  ...['MILAN', 'NAPLES'].map((c) => [c, 'country:italy'] as [string, string]),
  ...['ISTANBUL', 'IZMIR'].map((c) => [c, 'country:turkey'] as [string, string]),
  ...['JOHANNESBURG', 'CAPE TOWN', 'DURBAN'].map((c) => [c, 'country:south-africa'] as [string, string]),
  ...['GUADALAJARA', 'MONTERREY'].map((c) => [c, 'country:mexico'] as [string, string]),
  ...['CORDOBA', 'ROSARIO'].map((c) => [c, 'country:argentina'] as [string, string]),
  ...['MEDELLIN', 'CALI'].map((c) => [c, 'country:colombia'] as [string, string]),
  ...['MOMBASA', 'KISUMU'].map((c) => [c, 'country:kenya'] as [string, string]),
  ...['DHAKA', 'CHITTAGONG'].map((c) => [c, 'country:bangladesh'] as [string, string]),
]);

/** The country of a dateline's city in capitals ("KARACHI" -> Pakistan), or undefined. */
export function datelineCityCountry(city: string): string | undefined {
  return city.length >= 4 && city.length <= 16 ? DATELINE_CITY_COUNTRY.get(city) : undefined;
}
