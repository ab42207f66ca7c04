// Rules for parts of a year: seasons, academic terms, quarters and halves, ranges of months, week numbers. Apart from
// the rules for whole years; calendarRules takes them in two places (yearPartRules, quarterRules) to keep the order of the rules.
import type { Made, Rule } from './candidate';
import { BOOKED_BEFORE, doneAt, tenseAt } from './context';
import { MONTH_RE, SEASONS, SEASON_RE, SPOKEN_YEAR_RE, WEEKDAY_RE, ORDINALS, parseSpokenYear, MONTH_HINT, MONTH_WORD_HINT } from './lexicon';
import { resolveMonth, resolveSeason, resolveTerm } from './resolve';
import { endsWithLetters, startsWithDigit } from './textTests';
import { execLong, isAsciiUpperCode, isSpaceAt, skipBlanks, testLong } from '../chars';
import { B, E, re, monthNo, pad, seasonModifies, aheadIf, relWord, recurringBefore, REL_YEAR, SAME_YEAR, thatYear, namedYear } from './rulesCalendarShared';

/**
 * A written date later in the clause (no stop, comma or line between), after a preposition of time: "schedule began on
 * 26 October", "offensive opened in April", "timetable starts on Monday".
 */
const WRITTEN_DATE_AFTER_RE = new RegExp(`^[^.,;:!?\\n]{0,60}?\\b(?:on|in|from|since|until|till|by|before|after|through)\\s+(?:(?:early|mid|late)[- ]|the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:${MONTH_RE}|${WEEKDAY_RE})(?![\\w])`, 'i');

/** The seasons of the terms named for feasts or saints (Oxford's and Cambridge's; Lent's is the spring term). */
// (The courts of England and Wales sit in the Michaelmas, Hilary, Easter and Trinity terms: Easter's is the spring.)
const TERM_SEASONS: Record<string, string> = { michaelmas: 'FA', lent: 'SP', hilary: 'SP', easter: 'SP', trinity: 'SU' };
/** A preposition of time before a term: "in the summer term". */
const TERM_PREP_BEFORE = /\b(?:in|during|over|throughout|through)\s+$/i;

/** Words before a bare "Q3" or "H1" that make it a period of the year. */
const QUARTER_LEAD = /\b(?:in|for|during|of|the|by|from|to|and|than|over|since|through|until)\s+$/i;
const HALF_LEAD = /\b(?:in|for|during|by|since|through|until|than|over)\s+$/i;

/** Words of time before "the fall" that make it the season, not a decrease ("only that the fall followed it": a conjunction). */
const FALL_SEASON_BEFORE = /\b(?:during|by|until|till|through|since|over|before|after|for|into|throughout|from|of|next|last|early|late)\s+$/i;
/** After "the fall": "in" and a word in lower case, what fell ("the fall in prices"). */
const FALL_IN_THING_AFTER = /^\s+in\s+[a-z]/;
/** Prepositions of time that make a bare season a date ("until spring"). */
const SEASON_PREP_BEFORE = /\b(?:until|till|by|since|before|after|through)\s+$/i;

/** Whether "of" (either case) and a blank follow the blanks at `i`, all before `stop`, as every PART_OF_THING_AFTER match opens. */
function ofAfterBlanks(s: string, i: number, stop: number): boolean {
  const j = skipBlanks(s, i, Math.min(s.length, stop));
  return j + 2 < stop && (s.charCodeAt(j) | 32) === 111 && (s.charCodeAt(j + 1) | 32) === 102 && isSpaceAt(s, j + 2);
}
/** After "the second half", "the first quarter": "of" and a thing's noun, no time ("of the claim", "of its voters"). */
// ("revenue in the fourth quarter of about $65 billion": an amount after "of" is what the quarter brings, no thing it is
// a part of.)
const PART_OF_THING_AFTER = /^\s+of\s+(?:(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\s+)?(?!(?:about|around|roughly|nearly|almost|approximately|some|just|up\s+to|more\s+than|less\s+than|over|under)\s+[$\u20ac\u00a3\d])(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)(?!(?:(?:current|coming|next|last|previous|past|same|following|fiscal|financial|calendar|school|academic|new|\w+'s|\d{4})\s+)*(?:year|decade|century|millennium|month|season|quarter|week|term|period|session|cycle|\d|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|fiscal|financial|calendar|\d{4}s?)\b)[a-z]/i;

/** After "the first quarter": "of the current fiscal", "of this financial year", "of the fiscal year". */
const FISCAL_OF_AFTER = /^\s+of\s+(?:the\s+)?(?:(current|this|next|coming|last|previous|outgoing)\s+)?(?:fiscal|financial)(\s+year)?(?![\w-])/i;
/** After "the second quarter": "in a row", "running" (a count: "for the second quarter in a row"). */
const IN_A_ROW_AFTER = /^\s+(?:in\s+a\s+row|running)\b/i;
/** After "the second half": "of the decade", "of this century" (a longer stretch than a year that the article is in). */
const HALF_OF_LONGER_AFTER = /^\s+of\s+(?:the|this)\s+(decade|century)\b/i;

/** Parts of a year: seasons, terms, quarters and halves, ranges of months, week numbers. */
export const yearPartRules: Rule[] = [
  {
    // last fall, this summer, the summer of 2024, spring 2025, in the fall
    name: 'season',
    reach: 28,
    hint: /spring|summer|fall|autumn|winter/i,
    // ("winter 2022-23": the winter that runs into the next year.)
    re: re(`${B}(?:(?:(this|last|next|past|coming)|(the|in))\\s+)?(?:(early|mid|late)[- ]?)?(${SEASON_RE})(?:\\s+(?:of\\s+)?(\\d{4}|${SPOKEN_YEAR_RE}${E}|${REL_YEAR}${E}))?(?:(?<=\\d{4})[-\u2013/]\\d\\d(?!\\d))?${E}`),
    make: (m, ctx) => {
      const code = SEASONS[m[4].toLowerCase()];
      // "the Spring Festival", "the Autumn Statement": a capitalised season before a capitalised word names something.
      if (isAsciiUpperCode(m[4].charCodeAt(0)) && /^[\s-]+[A-Z]/.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      const start = m[2] && m[2].toLowerCase() === 'in' ? m.index + m[2].length + 1 : m.index;
      const end = m.index + m[0].length;
      const mod = m[3] ? { early: 'START', mid: 'MID', late: 'END' }[m[3].toLowerCase()] : undefined;
      // "the winter of 1994", "the winter of nineteen ninety-four", "the spring of last year"
      const yearWord = m[5] && endsWithLetters(m[5], 'year') ? m[5].toLowerCase() : null;
      if (yearWord && !ctx.ref) return { start, end, type: 'DATE', value: `XXXX-${code}`, mod, inferred: ['year'], relative: true };
      const year = yearWord && ctx.ref ? namedYear(ctx.ref, yearWord) : m[5] ? (startsWithDigit(m[5]) ? Number(m[5]) : parseSpokenYear(m[5])) : null;
      if (year !== null) return { start, end, type: 'DATE', value: `${String(year).padStart(4, '0')}-${code}`, mod, inferred: [], relative: !!yearWord, deferred: yearWord && thatYear(yearWord) ? SAME_YEAR : undefined };
      // "fall" and "spring" are also verbs and nouns: a bare season needs a determiner or capital letter.
      // ... or a preposition of time before it ("wait until spring"; "fall" stays a verb).
      if (!m[1] && !m[2] && !m[3] && (code === 'FA' || (!SEASON_PREP_BEFORE.test(ctx.s.slice(Math.max(0, m.index - 8), m.index)) && !BOOKED_BEFORE.test(ctx.s.slice(Math.max(0, m.index - 32), m.index))))) return null;
      if (!m[1] && m[2] && m[2].toLowerCase() === 'the' && !/\bin\s+$/i.test(ctx.s.slice(Math.max(0, m.index - 4), m.index))) {
        if (/^\s+of\b/i.test(ctx.s.slice(end, end + 4))) return null;
        // "the fall is closer to 22%", "the fall in crossings": a decrease; the season needs a word of time before
        // it ("during the fall", "by the fall").
        if (code === 'FA' && !m[3] && !FALL_SEASON_BEFORE.test(ctx.s.slice(Math.max(0, m.index - 12), m.index))) return null;
        // "took comfort from the fall in bond yields", "since the fall in oil prices": "in" and a thing in lower case
        // is what fell, whatever the word before ("the fall in Paris", "the fall in 2024" stay the season).
        if (code === 'FA' && !m[3] && testLong(FALL_IN_THING_AFTER, ctx.s.slice(end, end + 6))) return null;
      }
      // "the winter schedule began on 26 October", "the spring offensive opened in April": a season that describes a
      // noun is no date of its own when a written date in the clause says when.
      if (!m[1] && !m[3] && seasonModifies(ctx.s, end) && WRITTEN_DATE_AFTER_RE.test(ctx.s.slice(end, end + 80))) return null;
      // "lock in winter gas pact", "the winter storage plan": a bare season before a noun describes the thing by the
      // season it serves, the current or coming one, whatever the tense of the sentence around it.
      // ("closes on Saturdays in winter", "floods each year in the spring": a habit's season, of no one year.)
      if (!m[1] && recurringBefore(ctx.s, start, end)) return { start, end, type: 'DATE', value: `XXXX-${code}`, mod, inferred: [], relative: false };
      const modifier = !m[1] && !m[3] && (!m[2] || m[2].toLowerCase() === 'in') && seasonModifies(ctx.s, end);
      const tense = modifier ? 'unknown' : tenseAt(ctx.s, start, end);
      const r = resolveSeason(ctx.ref, code, tense, relWord(m[1]) ?? (modifier ? null : aheadIf(ctx, tense, start)));
      return { start, end, type: 'DATE', mod, ...r };
    },
    priority: 3,
  },
  {
    // the spring term, the Michaelmas term, the autumn semester: a term of the academic year, valued as the season it
    // falls in (Michaelmas the autumn, Lent and Hilary the spring, Trinity the summer)
    name: 'academic-term',
    reach: 40,
    hint: /term|semester/i,
    re: re(`${B}(?:(this|last|next|past|coming|the)\\s+)?(michaelmas|lent|hilary|easter|trinity|${SEASON_RE})\\s+(?:term|semester)${E}`),
    make: (m, ctx) => {
      const word = m[2].toLowerCase();
      const capital = isAsciiUpperCode(m[2].charCodeAt(0));
      // ("the bank lent term loans": the names of terms are capitalised; "fall" is also a verb.)
      if (!(word in SEASONS) && !capital) return null;
      if (word === 'fall' && !m[1] && !capital) return null;
      const code = TERM_SEASONS[word] ?? SEASONS[word];
      const start = m.index;
      const end = m.index + m[0].length;
      // "In the summer term, most students passed": a term told of in the past, after a preposition of time, is over.
      const bare = !m[1] || m[1].toLowerCase() === 'the';
      const toldPast = bare && tenseAt(ctx.s, start, end) === 'past';
      const past = toldPast && TERM_PREP_BEFORE.test(ctx.s.slice(Math.max(0, start - 12), start));
      // ("will rule in the Michaelmas term", in July: not told in the past, a term long over is the coming one.)
      return { start, end, type: 'DATE', ...resolveTerm(ctx.ref, code, relWord(m[1]), past, toldPast) };
    },
    priority: 4,
  },
  {
    // Q3 2024, Q3-2024, H1 2025, 2024 Q3: quarters and halves as business and policy papers write them
    name: 'quarter-code',
    hint: /\d\d\d\d/,
    also: [/q[1-4]|h[12]|[1-4][qh]/],
    // (also "1H 2027", "3Q 2025": the number first)
    re: re(`${B}(?:(?:([QH])([1-4])|([1-4])([QH]))(?:\\s+|-|\\s+of\\s+)(?:fiscal\\s+)?(1[89]\\d\\d|20\\d\\d)|(1[89]\\d\\d|20\\d\\d)\\s+([QH])([1-4]))${E}`),
    make: (m) => {
      const kind = (m[1] ?? m[4] ?? m[7]).toUpperCase();
      const n = Number(m[2] ?? m[3] ?? m[8]);
      if (kind === 'H' && n > 2) return null;
      const year = m[5] ?? m[6];
      // ("Q3 fiscal 2025": a part of the fiscal year.)
      const fiscal = m[5] && /fiscal/i.test(m[0]) ? { fiscal: { year } } : null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${year}-${kind}${n}`, inferred: [], relative: false, ...fiscal };
    },
    priority: 5,
  },
  {
    // July-September, the April-June quarter, January-October 2025: a quarter or half when the months make one,
    // else its first and last months
    name: 'month-range',
    reach: 40,
    hint: MONTH_HINT,
    // (A dash before a month, where every match starts: few chunks have one.)
    gate: [MONTH_WORD_HINT, /[-\u2013](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/],
    // (The match starts at the dash, which the engine finds fast; the first month is read behind it.)
    // ("July-August last year", and "the July-August uprising last year": the year named after the months, or after
    // their noun, counted from the article's.)
    re: re(`[-\u2013](?<=(?<![\\w-])(${MONTH_RE})[-\u2013])(${MONTH_RE})(?:\\s+(quarter|period|half))?(?:,?\\s+(\\d{4}|(?:this|last|next)\\s+year))?${E}(?=(?:\\s+[a-z]{3,}\\s+((?:this|last|next)\\s+year)${E})?)`),
    make: (m, ctx) => {
      if (!isAsciiUpperCode(m[1].charCodeAt(0)) || !isAsciiUpperCode(m[2].charCodeAt(0))) return null;
      const from = monthNo(m[1]);
      const to = monthNo(m[2]);
      if (!from || !to || from === to) return null;
      const first = m.index - m[1].length;
      // "the July-September quarter": with its noun the period takes the article too.
      const the = m[3] ? /\bthe\s+$/i.exec(ctx.s.slice(Math.max(0, first - 6), first)) : null;
      const start = the ? first - the[0].length : first;
      const end = m.index + m[0].length;
      // The year of the last month (the period is reported once it is over), unless written.
      const named = m[4] && endsWithLetters(m[4], 'year') ? m[4] : m[5];
      let y: number | null = m[4] && !named ? Number(m[4]) : named && ctx.ref ? namedYear(ctx.ref, named) : null;
      if (y === null && !named && ctx.ref) {
        const tense = tenseAt(ctx.s, start, end);
        // (Told in the past, the latest such months up to now: "rose in July-September" in October is this year's
        // quarter, just ended, not last year's, as "last September" would be.)
        // ("will report earnings for the July-September quarter" in November: results are for a period that is over.)
        const reported = tense === 'future' && reportedFor(ctx.s, start);
        y = Number(resolveMonth(ctx.ref, to, tense, tense === 'future' && !reported ? aheadIf(ctx, tense, start) : tense === 'past' || reported ? 'since' : null).value.slice(0, 4));
      }
      const yy = y === null ? 'XXXX' : String(y).padStart(4, '0');
      const inferred = m[4] || named ? [] : ['year'];
      const relative = !m[4] || !!named;
      if (to === from + 2 && from % 3 === 1) return { start, end, type: 'DATE', value: `${yy}-Q${(from + 2) / 3}`, inferred, relative };
      if (to === from + 5 && (from === 1 || from === 7)) return { start, end, type: 'DATE', value: `${yy}-H${from === 1 ? 1 : 2}`, inferred, relative };
      // Otherwise each month is a date ("January-September": a stretch from one to the other).
      const y0 = y !== null && from > to ? String(y - 1).padStart(4, '0') : yy;
      const lastAt = m.index + 1;
      return [
        { start: first, end: m.index, type: 'DATE', value: `${y0}-${pad(from)}`, inferred, relative },
        // ("March-April 2024": the year written after the second month is part of it.)
        { start: lastAt, end: m[4] ? end : lastAt + m[2].length, type: 'DATE', value: `${yy}-${pad(to)}`, inferred, relative },
      ];
    },
    priority: 7,
  },
  {
    // the September quarter, the June quarter (Australian and New Zealand usage, and companies': "Apple's December
    // quarter revenue"): the quarter that ends that month; the words marked start at the month after an owner
    name: 'month-quarter',
    reach: 48,
    hint: /quarter/i,
    also: [MONTH_HINT],
    re: re(`${B}(?:the\\s+|((?:its|their|our|[a-z][\\w.&-]*['\u2019]s)\\s+))(March|June|September|December)\\s+quarter(?:\\s+(?:of\\s+)?(\\d{4}|${REL_YEAR}))?${E}`),
    make: (m, ctx) => {
      if (!isAsciiUpperCode(m[2].charCodeAt(0))) return null;
      const month = monthNo(m[2]);
      const q = month / 3;
      const start = m.index + (m[1] ? m[1].length : 0);
      const end = m.index + m[0].length;
      if (m[3] && startsWithDigit(m[3])) return { start, end, type: 'DATE', value: `${m[3]}-Q${q}`, inferred: [], relative: false };
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-Q${q}`, inferred: ['year'], relative: true };
      const tense = tenseAt(ctx.s, start, end);
      // ("Apple's December quarter revenue rose", written in November: the quarter the article is in, whatever the tense.)
      const current = !m[3] && ctx.ref.m > month - 3 && ctx.ref.m <= month;
      const y = m[3] ? namedYear(ctx.ref, m[3]) : current ? ctx.ref.y : Number(resolveMonth(ctx.ref, month, tense, tense === 'future' ? aheadIf(ctx, tense, start) : 'last').value.slice(0, 4));
      return { start, end, type: 'DATE', value: `${String(y).padStart(4, '0')}-Q${q}`, inferred: m[3] ? [] : ['year'], relative: true };
    },
    priority: 6,
  },
  {
    // Q3, H1 on their own ("grew 1.4% in Q3", "Q2 results"): this year's, or last year's when not yet reached
    name: 'quarter-bare',
    // (Every match holds "Q" or "H" and its digit: most chunks with a digit have none, and the regex is not run.)
    hint: /[qh][1-4]/,
    // (The letter first, then the look back: a regex that opens with a look-behind tries it at every position.)
    re: /([QH])(?<![\w-][QH])([1-4])(?![\w'’-]|\s+(?:FY|fiscal|\d))/g,
    make: (m, ctx) => {
      const kind = m[1];
      const n = Number(m[2]);
      if (kind === 'H' && n > 2) return null;
      const start = m.index;
      const end = start + m[0].length;
      // Only where a period is meant: after a preposition or "the", or before what is reported for it.
      const lead = ctx.s.slice(Math.max(0, start - 8), start);
      const after = ctx.s.slice(end, end + 16);
      // ("FY26 Q2 results", "fiscal 2026 Q1": the part of the fiscal year written right before it.)
      const fy = FISCAL_YEAR_BEFORE_RE.exec(ctx.s.slice(Math.max(0, start - 14), start));
      if (fy) {
        const year = fy[1] ? `20${fy[1].slice(-2)}` : fy[2];
        return { start, end, type: 'DATE', value: `${year}-${kind}${n}`, inferred: [], relative: false, fiscal: { year, code: true } };
      }
      // ("the H2 plant" is hydrogen: a half needs a preposition of time or a report after it.)
      const period = kind === 'Q' ? QUARTER_LEAD : HALF_LEAD;
      const reported = /^\s+(?:results|earnings|profits?|revenues?|sales|GDP|growth|figures|data|output|numbers)\b/i.test(after);
      if (!period.test(lead) && !reported) return null;
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-${kind}${n}`, inferred: ['year'], relative: true };
      const now = kind === 'Q' ? Math.floor((ctx.ref.m - 1) / 3) + 1 : ctx.ref.m <= 6 ? 1 : 2;
      // A quarter still to come in the past is last year's; one already over in the future is next year's ("The report is
      // expected in Q1", written in November).
      // ("7% in Q3 FY26 and 6.5% in Q4": a later part after one written with its year, in the sentence, is of that year.)
      // ("Q3 FY26 and 6.5% in Q4": of that fiscal year.)
      const named = codeYearBefore(ctx.s, start, kind, n);
      if (named) return { start, end, type: 'DATE', value: `${named.year}-${kind}${n}`, inferred: ['year'], relative: true, ...(named.fiscal ? { fiscal: { year: named.year, code: true } } : null) };
      // ("growth would hinge on deals signed in Q1": a quarter something was done in is over, whatever the clause's tense.)
      const tense = lead.endsWith('in ') && doneAt(ctx.s, start, end) ? 'past' : tenseAt(ctx.s, start, end);
      // ("will publish its estimate for Q3" in December, "will report Q3 earnings" in November: figures are for a quarter
      // gone, the one just ended when the figures follow it.)
      const y = n > now && tense !== 'future' ? ctx.ref.y - 1 : n < now && tense === 'future' && !(reported && n === now - 1) && !reportedFor(ctx.s, start) ? ctx.ref.y + 1 : ctx.ref.y;
      return { start, end, type: 'DATE', value: `${String(y).padStart(4, '0')}-${kind}${n}`, inferred: ['year'], relative: true };
    },
    priority: 4,
  },
  {
    // FY26, FY'27: a fiscal year in short (named, as "fiscal 2026" is, by the calendar year it ends in)
    name: 'fiscal-short',
    // (Every match holds "FY", maybe a blank and an apostrophe, then its digits.)
    hint: /fy\s?['\u2019]?\d/,
    // ("9MFY25", "9M FY2025": the first nine months of the fiscal year, as "the first nine months of fiscal 2025" is P9M
    // and the year.)
    re: /(?:([1-9])(?<![\w-]\d)M\s?)?FY(?<=(?:^|[^\w-]|\dM)FY)\s?['’]?((?:(?<=M\s?FY)20)?\d\d)(?![\w'’-])/g,
    make: (m) => {
      const end = m.index + m[0].length;
      const fy: Made = { start: m[1] ? end - (m[0].length - m[0].indexOf('FY')) : m.index, end, type: 'DATE', value: `20${m[2].slice(-2)}`, inferred: [], relative: false };
      return m[1] ? [{ start: m.index, end: m.index + 2, type: 'DURATION', value: `P${m[1]}M`, inferred: [], relative: false }, fy] : fy;
    },
    priority: 4,
  },
  {
    // 3Q25, 1H25, Q3'25, Q3 FY26: the short codes of company and market reports (written solid in Indian and Japanese
    // company copy: "1QFY26", "H1FY25")
    name: 'quarter-short',
    hint: /\d[qh]\d\d|\d[qh]fy\d|q[1-4]'|h[1-4]'|q[1-4] ?fy|h[1-4] ?fy/,
    // ("Q3 FY2026", "2QFY2026": the fiscal year in full.)
    re: /(?<![\w-])(?:([1-4])([QH])(\d\d|FY(?:20)?\d\d)|([QH])([1-4])(?:'|\s*FY)((?:20)?\d\d))(?![\w']|[-\u2013/]\d)/g,
    make: (m) => {
      const kind = m[2] ?? m[4];
      const n = Number(m[1] ?? m[5]);
      if (kind === 'H' && n > 2) return null;
      const year = (m[3] ?? m[6]).slice(-2);
      // ("Q3 FY26", "1QFY26": a part of the fiscal year, not of the calendar's.)
      const fiscal = m[0].includes('FY') ? { fiscal: { year: `20${year}`, code: true } } : null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `20${year}-${kind}${n}`, inferred: [], relative: false, ...fiscal };
    },
    priority: 5,
  },
  {
    // "Week 45", "week 45 of 2025": a numbered week of the year (the article's when none is written).
    name: 'week-number',
    hint: /week \d/i,
    re: re(`${B}[Ww]eek\\s+([1-9]|[1-4]\\d|5[0-3])(?:\\s+of\\s+(\\d{4}))?(?![\\w.,]\\d|\\w)`),
    make: (m, ctx) => {
      // ("week 3 of the trial", "in week 2 of the strike": a week of something else.)
      if (!m[2] && /^\s+of\s+(?:the|a|an|his|her|its|their)\b/i.test(ctx.s.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
      const year = m[2] ?? (ctx.ref ? String(ctx.ref.y).padStart(4, '0') : 'XXXX');
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${year}-W${m[1].padStart(2, '0')}`, inferred: m[2] ? [] : ['year'], relative: !m[2] };
    },
    priority: 6,
  },
];

/** A fiscal year written right before a quarter's code: "FY26 ", "FY2026 ", "fiscal 2026 ". */
const FISCAL_YEAR_BEFORE_RE = /(?:(?<![\w-])FY\s?['\u2019]?((?:20)?\d\d)|\b[Ff]iscal\s+(\d{4}))\s+$/;

/** What is reported for a period, then "for": "results for", "earnings for the" (the period is over when reported). */
// ("will publish its second estimate for Q3", "GDP data for the July-September quarter": a statistics office's too.)
const REPORTED_FOR_BEFORE = /\b(?:results|earnings|profits?|revenues?|sales|figures|accounts|numbers|data|statistics|GDP|estimates?)\s+(?:for|covering)\s+(?:the\s+)?$/i;
/** Whether the period at `start` is what results are reported for. */
function reportedFor(s: string, start: number): boolean {
  return testLong(REPORTED_FOR_BEFORE, s.slice(Math.max(0, start - 32), start));
}

/** How far back partYearBefore reads for a part of a named year. */
const PART_YEAR_WINDOW = 160;
/**
 * The year of a half or quarter named with its year ("the second half of 2024") earlier in the sentence that ends at
 * `start` (within PART_YEAR_WINDOW characters), or null.
 */
function partYearBefore(s: string, start: number): string | null {
  const lo = Math.max(0, start - PART_YEAR_WINDOW);
  const at = Math.max(s.lastIndexOf('half of ', start), s.lastIndexOf('quarter of ', start));
  if (at < lo) return null;
  const m = /^(?:half|quarter) of (\d{4})\b/.exec(s.slice(at, at + 20));
  return m && !s.slice(at, start).includes('. ') ? m[1] : null;
}

/** A quarter or half written as a code with its year: "Q3 FY26", "Q3 2026", "Q3'26", "3Q26", "Q3 FY2026". */
const CODE_WITH_YEAR_RE = /(?<![\w-])(?:([QH])([1-4])(?:\s*FY\s?|'|\s+)(20\d\d|\d\d)|([1-4])([QH])(?:FY)?(20\d\d|\d\d))(?![\w'-])/g;
/**
 * The year of an earlier part of the same kind written with its year in the sentence before `start` (within
 * PART_YEAR_WINDOW characters), when the part at `start` comes after it in the year ("Q3 FY26 and 6.5% in Q4"), or null.
 */
function codeYearBefore(s: string, start: number, kind: string, n: number): { year: string; fiscal: boolean } | null {
  const lo = Math.max(0, start - PART_YEAR_WINDOW);
  // (Only a window holding that letter again is read: most bare quarters stand alone.)
  if (s.lastIndexOf(kind, start - 1) < lo) return null;
  const w = s.slice(lo, start);
  let year: string | null = null;
  let fiscal = false;
  let at = 0;
  CODE_WITH_YEAR_RE.lastIndex = 0;
  for (let m = CODE_WITH_YEAR_RE.exec(w); m; m = CODE_WITH_YEAR_RE.exec(w)) {
    const k = m[1] ?? m[5];
    const y = m[3] ?? m[6];
    // ("Q3 2026" needs four digits after a blank: "Q3 26" is no code.)
    if (m[1] && y.length === 2 && !/FY|'/.test(m[0])) continue;
    year = k === kind && Number(m[2] ?? m[4]) < n ? (y.length === 2 ? `20${y}` : y) : null;
    fiscal = m[0].includes('FY');
    at = m.index + m[0].length;
  }
  return year && !w.slice(at).includes('. ') ? { year, fiscal } : null;
}

/** "The second quarter", "the first half" (of the year the article is in, or of a year named). */
export const quarterRules: Rule[] = [
  {
    // the third quarter, third-quarter, the fiscal first quarter, the fourth quarter of 2024, 1989's third quarter
    name: 'quarter',
    hint: /quarter|half/i,
    re: re(`${B}(?:the\\s+)?(?:(this|last|next|current|latest|year-earlier|year-ago|(?:\\d{4}|this\\s+year|last\\s+year|next\\s+year)(?:'s)?)\\s+)?(?:fiscal\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter)(?:-|\\s+)(?:fiscal(?:-|\\s+))?(quarter|half)(?:\\s+of\\s+(?:fiscal\\s+|FY\\s?)?(\\d{4}|(?<=FY\\s?)\\d\\d|this\\s+year|last\\s+year|next\\s+year))?${E}`),
    make: (m, ctx) => {
      // "the third-quarter results": the article belongs to the noun, not to the adjective.
      const start = /^the\s+(?:fiscal\s+)?\w+-(?:fiscal-)?(?:quarter|half)/i.test(m[0]) ? m.index + m[0].indexOf(' ') + 1 : m.index;
      const end = m.index + m[0].length;
      const half = m[3].toLowerCase() === 'half';
      // ("the latter half of the decade": its second half; a "latter quarter" is none of four.)
      const latter = m[2].toLowerCase() === 'latter';
      if (latter && !half) return null;
      // "The second half of the claim", "the first quarter of respondents": a part of a thing, not of a year (a time
      // after "of" is read by the rule or by the modifiers: "of 2026", "of the year", "of March").
      if (!m[4] && ctx.s.charCodeAt(end) === 32 && ofAfterBlanks(ctx.s, end, end + 40) && PART_OF_THING_AFTER.test(ctx.s.slice(end, end + 40))) return null;
      // "fell for the second quarter in a row", "the third quarter running": a count of quarters, none of them named.
      if (!m[1] && !m[4] && ctx.s.charCodeAt(end) === 32 && IN_A_ROW_AFTER.test(ctx.s.slice(end, end + 14))) return null;
      // "the second half of the decade", "the first half of this century": the start or end of the decade (or century)
      // the article is in, not a half of its year.
      const ofLonger = !m[1] && !m[4] && half && ctx.s.charCodeAt(end) === 32 ? HALF_OF_LONGER_AFTER.exec(ctx.s.slice(end, end + 24)) : null;
      if (ofLonger) {
        const decade = ofLonger[1].toLowerCase() === 'decade';
        const mod = !latter && (ORDINALS[m[2].toLowerCase()] ?? 0) === 1 ? 'START' : 'END';
        const value = ctx.ref ? String(ctx.ref.y).slice(0, decade ? 3 : 2) : decade ? 'XXX' : 'XX';
        return { start, end: end + ofLonger[0].length, type: 'DATE', value, mod, inferred: [], relative: true };
      }
      // "fell last quarter" is the quarter before this one (this-last-next-unit); "the last quarter of 2024" its fourth.
      if (!m[1] && !m[4] && !half && m[2].toLowerCase() === 'last' && !/^the\s/i.test(m[0])) return null;
      let n = latter ? 2 : ORDINALS[m[2].toLowerCase()] ?? 0;
      if (half && n > 2) n = 2;
      const q = half ? `H${n}` : `Q${n}`;
      // "the first quarter of the current fiscal", "the second half of this financial year": a part of the fiscal year the
      // article is in (or the one before or after), whose name and months fiscalMonths settles from the country.
      const ofFiscal = !m[1] && !m[4] && ctx.ref && ctx.s.charCodeAt(end) === 32 && ofAfterBlanks(ctx.s, end, end + 12) ? FISCAL_OF_AFTER.exec(ctx.s.slice(end, end + 48)) : null;
      if (ctx.ref && ofFiscal && (ofFiscal[1] || ofFiscal[2])) {
        const w = (ofFiscal[1] ?? '').toLowerCase();
        const shift = w === 'next' || w === 'coming' ? 1 : w === 'last' || w === 'previous' ? -1 : 0;
        const y = String(ctx.ref.y + shift).padStart(4, '0');
        return { start, end: end + ofFiscal[0].length, type: 'DATE', value: `${y}-${q}`, inferred: ['fiscal year'], relative: true, fiscal: { year: y, shift } };
      }
      const yearText = (m[4] ?? m[1] ?? '').toLowerCase();
      // ("the fiscal first quarter", "the second quarter of FY2026": a part of the fiscal year, not of the calendar's.)
      const fiscal = testLong(/fiscal|FY/i, m[0]);
      const code = fiscal && m[0].includes('FY');
      // ("the second quarter of FY27": the fiscal year in short.)
      const explicit = yearText.length === 2 ? [yearText, `20${yearText}`] : execLong(/(\d{4})/, yearText);
      if (explicit) return { start, end, type: 'DATE', value: `${explicit[1]}-${q}`, inferred: [], relative: false, ...(fiscal ? { fiscal: { year: explicit[1], code } } : null) };
      if (!ctx.ref) return { start, end, type: 'DATE', value: `XXXX-${q}`, inferred: ['year'], relative: true };
      // ("38.1% in the second half of 2024, from 52.9% in the first half": a part set against one of a year named
      // before it in the sentence is a part of that year.)
      const named = yearText ? null : partYearBefore(ctx.s, start);
      if (named) return { start, end, type: 'DATE', value: `${named}-${q}`, inferred: ['year'], relative: true };
      let y = ctx.ref.y;
      if (testLong(/last/, yearText) || testLong(/year-(?:earlier|ago)/, yearText)) y--;
      else if (testLong(/next/, yearText)) y++;
      else if (!yearText && !half) {
        // Quarterly results are reported after the quarter: "the fourth quarter" in a January story is last year's.
        const refQ = Math.floor((ctx.ref.m - 1) / 3) + 1;
        // ("expects to report third-quarter results" in November: this year's quarter, so no move ahead either.)
        const tense = tenseAt(ctx.s, start, end);
        if (n > refQ && tense !== 'future' && n - refQ >= 2) y--;
        // "completes its design review in the second quarter" in October: next year's (the quarter just ended, whose
        // results are still to come, stays this year's).
        // ("will publish results for the second quarter", in November, are of this year's.)
        else if (n < refQ - 1 && tense === 'future' && !reportedFor(ctx.s, start)) y++;
      }
      return { start, end, type: 'DATE', value: `${y}-${q}`, inferred: testLong(/year/, yearText) ? [] : ['year'], relative: true, ...(fiscal ? { fiscal: { year: String(y) } } : null) };
    },
    priority: 5,
  },
];
