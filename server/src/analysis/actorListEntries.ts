// A paragraph that is an item of a list of people or companies: a sanctions list's entry ("AL-MARZOUQI, Khalid Saeed
// (a.k.a. ...); DOB 1977") or a designation list's numbered item ("4. Oğuzhan Demirbaş (a.k.a. ...), born 12 March
// 1979"). Apart from actors.ts, which asks it first of each paragraph: the item's name and aliases are its actors.
import type { ActorCategory } from './types';
import type { Candidate } from './actorContext';
import type { ParaWork } from './paraWork';
import * as tokensModule from './tokens';
import { isAsciiUpperCode, lazyRegExp } from './chars';
import { ORG_SUFFIX } from './actorWords';
// Imported helpers as local constants: under tsx (tests, eval, bench) every use of an import is a getter call.
const { normaliseWord } = tokensModule;

/** A sanctions list's name: a surname in capitals (particles and hyphens too), a comma, given names. */
const SANCTIONS_ENTRY_RE = /^(?:[A-Z][A-Z'\u2019]+[ -]){0,3}[A-Z][A-Z'\u2019]+, [A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,3}(?=[ ,;()])/;
/** The same after "a.k.a." (for matchAll, which reads a copy of it). */
const AKA_ENTRY_RE = new RegExp(`a\\.k\\.a\\. (${SANCTIONS_ENTRY_RE.source.slice(1)})`, 'g');
/** Whether a character may follow a sanctions entry's first capital: [A-Z'\u2019] of SANCTIONS_ENTRY_RE. */
function surnameLetterCode(code: number): boolean {
  return isAsciiUpperCode(code) || code === 39 || code === 0x2019;
}
/** The mark of a person's entry in a sanctions list, or the fields only a person's entry has. */
const INDIVIDUAL_RE = /\(individual\)|\bDOB\b|\bPOB\b/;

/**
 * A designation list's numbered item in running form: "4. Oğuzhan Demirbaş (a.k.a. Oguzhan Demirbas), born 12 March
 * 1979, Ankara, Türkiye; director of ...", "2. Gulf Precision Motors FZE (a.k.a. “GPM Dubai”), Jebel Ali Free Zone,
 * Dubai, United Arab Emirates.". The name is a person where the item gives a birth (or a sanctions list's person
 * fields), a company where it ends in a company's form; each alias after "a.k.a." is the same kind of actor, and the
 * places of the item (birth, address) are no states acting. Whether the paragraph is such an item.
 */
function numberedEntry(w: ParaWork, out: Candidate[]): boolean {
  const text = w.c.text;
  const d = text.charCodeAt(w.start);
  if (!(d >= 48 && d <= 57) || w.end - w.start < 16) return false;
  const m = NUMBERED_NAME_RE().exec(text.slice(w.start, w.start + 160));
  if (!m) return false;
  const item = text.slice(w.start, w.end);
  const name = m[1];
  let category: ActorCategory;
  if (BORN_RE.test(item) || INDIVIDUAL_RE.test(item)) {
    if (!PERSON_NAME_RE().test(name)) return false;
    category = 'person';
  } else if (COMPANY_NAME_RE.test(name) || (item.includes('a.k.a.') && ORG_SUFFIX.get(normaliseWord(name.slice(name.lastIndexOf(' ') + 1))) === 'organization')) {
    category = 'organization';
  } else return false;
  const at = w.start + m[0].length - name.length;
  out.push({ start: at, end: at + name.length, category, entity: null, priority: 6 });
  // Its aliases: "(a.k.a. Oguzhan Demirbas)", "(a.k.a. “Rustam Ali”; a.k.a. ...)".
  for (const a of item.matchAll(AKA_NAME_RE())) {
    const s = w.start + a.index + a[0].length - a[1].length;
    out.push({ start: s, end: s + a[1].length, category, entity: null, priority: 6 });
  }
  return true;
}
/** A list item's number, then a name before its alias or the comma of its next field (group 1). */
const NUMBERED_NAME_RE = lazyRegExp(() => /^\d{1,3}[.)]\s+(\p{Lu}[^(),;:\n]{2,80}?)(?=\s\(a\.k\.a\.|,\s)/u);
/** A person's name: two to five capitalised words. */
const PERSON_NAME_RE = lazyRegExp(() => /^\p{Lu}[\p{L}\p{M}'\u2019-]*(?:\s\p{Lu}[\p{L}\p{M}'\u2019-]*){1,4}$/u);
/** A company's name by its form: "... A.Ş.", "... S.A.", "... Co., Ltd.", "Công ty ...". */
const COMPANY_NAME_RE = /(?:^Công ty\s|\s(?:A\.[ŞS]|S\.A|N\.V|B\.V|A\.G|Ltd|LLC|Inc|GmbH|FZE|FZCO|JSC|PJSC|LLP|PLC|Co)\.?$)/u;
/** A birth in an item's fields: "born 12 March 1979", "born 1971", "born in 1971". */
const BORN_RE = /(?:^|[,;(]\s*)born\s+(?:in\s+|on\s+)?\d/;
/** A name after "a.k.a.", in quotation marks or not: "a.k.a. Oguzhan Demirbas", "a.k.a. “GPM Dubai”" (group 1). */
const AKA_NAME_RE = lazyRegExp(() => /a\.k\.a\.\s+[\u201c"]?(\p{Lu}[^\u201c\u201d"();,]{1,60}?(?:,\s(?:Ltd|Inc|LLC)\.?)?)(?=[\u201d"]|\s?[);,])/gu);

/**
 * Whether the paragraph is an entry of a list of people or companies; a sanctions list's entry for a person
 * ("AL-MARZOUQI, Khalid Saeed (a.k.a. ...), Dubai, United Arab Emirates; DOB 1977; nationality ...; (individual)"):
 * the name in its list form is the person, and the countries of the address, birth, nationality and passport fields
 * are no states acting.
 */
export function listedEntry(w: ParaWork): boolean {
  const text = w.c.text;
  const actorCands = w.actorCands;
  // (The entry opens with two of its surname's letters in capitals: most paragraphs are answered by their first two characters.)
  const entry = w.end - w.start > 40 && isAsciiUpperCode(text.charCodeAt(w.start)) && surnameLetterCode(text.charCodeAt(w.start + 1)) ? SANCTIONS_ENTRY_RE.exec(text.slice(w.start, w.start + 120)) : null;
  const listed = (entry !== null && INDIVIDUAL_RE.test(text.slice(w.start, w.end))) || numberedEntry(w, actorCands);
  if (listed && entry) {
    actorCands.push({ start: w.start, end: w.start + entry[0].length, category: 'person', entity: null, priority: 6 });
    // Its aliases in the same form: "(a.k.a. AL MARZOUQI, Khaled)".
    for (const m of text.slice(w.start, w.end).matchAll(AKA_ENTRY_RE)) {
      const at = w.start + m.index + m[0].length - m[1].length;
      actorCands.push({ start: at, end: at + m[1].length, category: 'person', entity: null, priority: 6 });
    }
  }
  return listed;
}
