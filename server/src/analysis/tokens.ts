// Word tokens for phrase matching: the gazetteer and the actor patterns share this so that a glossary alias
// and the article text are cut the same way.

/** A word token: its range, its text, and a normalised key (lower case, no diacritics, dots removed). */
export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
}

// Dotted abbreviations ("U.S.", "U.K", "U.N.") are one token so that they meet the acronym "US";
// everything else is a run of letters, marks and digits. Hyphens and apostrophes separate tokens, which
// makes "al-Qaeda" = "al Qaeda" and leaves the "s" of "Iraq's" outside "Iraq".
const TOKEN_RE = /(?:\p{Lu}\.){1,5}\p{Lu}\.?|[\p{L}\p{M}\p{N}]+/gu;
const ASCII_RE = /^[\x00-\x7f]*$/;
const MARKS_RE = /\p{M}/gu;

/** Lower-cases and strips diacritics and dots: the form both aliases and text are compared in. */
export function normaliseWord(word: string): string {
  const w = word.indexOf('.') >= 0 ? word.replace(/\./g, '') : word;
  if (ASCII_RE.test(w)) return w.toLowerCase();
  return w.normalize('NFD').replace(MARKS_RE, '').toLowerCase();
}

/** Tokens of text[from, to). Linear in the length of the range. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = Math.max(0, from);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    out.push({ start: m.index, end, text: m[0], key: normaliseWord(m[0]) });
  }
  return out;
}

/** How a glossary alias word must be written in the text to match. */
export type CaseRule = 'acronym' | 'capital' | 'any';

/** The case rule a word of an alias imposes: acronyms exactly, capitalised words capitalised. */
export function caseRuleOf(word: string): CaseRule {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'acronym';
  const first = letters.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return 'capital';
  return 'any';
}

/** Whether a text word satisfies an alias word's case rule ("US" never matches "us"; "Nato" may match "NATO"). */
export function caseFits(rule: CaseRule, aliasWord: string, textWord: string): boolean {
  if (rule === 'any') return true;
  const first = textWord.charAt(0);
  const upperFirst = first !== first.toLowerCase();
  if (rule === 'capital') return upperFirst;
  const a = aliasWord.replace(/\./g, '');
  const t = textWord.replace(/\./g, '');
  if (t === a || normaliseWord(t) === normaliseWord(a) && t === t.toUpperCase()) return true;
  // Newspapers write long acronyms in title case ("Nato", "Opec"); short ones must stay in capitals.
  return a.length >= 4 && upperFirst && t.slice(1) === t.slice(1).toLowerCase() && t.length === a.length;
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}
