// Clues from the words around an expression: the tense of its clause, and what precedes it.

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE =
  /\b(?:will|won't|shall|'ll|going to|plans? to|planning to|planned to|intends?|intended|expects?|expected|expecting|scheduled|set to|supposed to|is due|are due|due|is to|are to|to be|upcoming|would|next|by|payable|effective|begins?|starts?|resumes?)\b/gi;
const PAST = /\b(?:said|says|was|were|had|did|been|ago|last|yesterday|earlier|since|[a-z]{3,}ed)\b/gi;

function lastMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let pos = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) pos = m.index;
  return pos;
}

function firstMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/** The tense of the sentence around s[start,end): the nearest cue before it wins, else the first after it. */
export function tenseAt(s: string, start: number, end: number, lookAhead = true): Tense {
  const from = Math.max(0, start - 160);
  const before = s.slice(from, start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  const f = lastMatch(FUTURE, clause);
  const p = lastMatch(PAST, clause);
  if (f >= 0 || p >= 0) return f >= p ? 'future' : 'past';
  if (!lookAhead) return 'unknown';
  let after = s.slice(end, end + 120);
  const stop = after.search(/[.?!](?:\s|$)/);
  if (stop >= 0) after = after.slice(0, stop);
  const fa = firstMatch(FUTURE, after);
  const pa = firstMatch(PAST, after);
  if (fa < 0 && pa < 0) return 'unknown';
  if (fa < 0) return 'past';
  if (pa < 0) return 'future';
  return fa < pa ? 'future' : 'past';
}

/** The up to `n` characters before `start` (same chunk). */
export function before(s: string, start: number, n = 40): string {
  return s.slice(Math.max(0, start - n), start);
}

/** True when the words just before look like an amount ("$300 billion", "12 percent", "twice"). */
export function afterAmount(s: string, start: number): boolean {
  return /(?:\d[\d,.]*\s*(?:%|percent|million|billion|trillion|thousand|[a-z]+s)?|\b(?:million|billion|trillion|thousand|hundred|dozen|percent|times|twice|once|thrice|dollars|euros|pounds|yen|tons|barrels|cents))\s*$/i.test(
    before(s, start, 40),
  );
}
