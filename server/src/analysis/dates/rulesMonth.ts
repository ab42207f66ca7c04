// The rule for a month named alone ("in March", "last October"), with the tests that tell "March" and "May" from the
// verb and the modal and a month from a habit or a data release. Apart because it is the largest single calendar rule.
import { daysInMonth, fmtMonth } from './calendar';
import type { Rule } from './candidate';
import { BOOKED_BEFORE, doneAt, presentSchedule, periodRunningTo, tenseAt } from './context';
import { MONTH_RE, SPOKEN_YEAR_RE, parseSpokenYear, MONTH_HINT, MONTH_WORD_HINT } from './lexicon';
import { resolveMonth } from './resolve';
import { digitAfterBlanks, endsWithLetters, startsWithDigit } from './textTests';
import { isAsciiUpperCode, isSpaceAt, testLong } from '../chars';
import { BM, E, re, monthNo, capitalised, pad, CONTEXT_YEAR, CONTEXT_YEAR_AHEAD, seasonModifies, aheadIf, relWord, recurringBefore, yearOf, REL_YEAR, SAME_YEAR, thatYear, namedYear, endsRunningPeriod, MONTH_IN_NAME_AFTER_RE } from './rulesCalendarShared';

/** A word that opens a name with a month: "Black September", "Bloody May". */
const MONTH_NAME_BEFORE_RE = /(?:^|[^\w-])(?:Black|Bloody)\s$/;

/** "Ides of " right before "March". */
const IDES_BEFORE_RE = /\b[Ii]des of $/;

/** An event a month names ("the March budget", "the May election"): lets "March" and "May" be months there too. */
/** The verb after the modal "may": "MAY BE UPDATED", "may not", "may well". */
const MAY_MODAL_AFTER_RE = /^\s+(?:be|not|have|also|well|still|never|even|need|want|take|make|come|go|become|seem|appear|remain|lead|cause|face|help|prove|continue|change|vary|apply|affect|include|require)\b/i;
// ("the May ruling", "a May decision", "the May clashes": a court's acts and a war's days too.)
const EVENT_AFTER = /^\s+(?:budget|election|elections|vote|summit|meeting|statement|update|report|talks|deadline|poll|polls|referendum|conference|session|visit|decision|agreement|accord|deal|ceasefire|offensive|forecast|forecasts|projections|ruling|rulings|verdict|judgment|judgement|order|hearing|hearings|arguments|clashes|conflict|fighting|attack|attacks|strikes|hostilities|truce|uprising|protests|crackdown|flare-up|accession|launch|raid|raids|coup|bombing|bombings|shooting|floods|earthquake|storm|storms|unrest)\b/i;
/** Figures before a month they are for: "inflation data for October", "figures for September" (they come out after it). */
// ("will publish monthly GDP for October", "its estimate for September": what a statistics office publishes is for a
// month gone.)
const DATA_FOR_BEFORE = /\b(?:data|figures|numbers|statistics|readings?|print|GDP|estimates?|results|earnings)\s+(?:for|from|covering)\s+$/i;
/** Figures for a month: "October GDP data", "September retail sales", "the November jobs report" (not "their December output targets", a plan). */
const DATA_AFTER = /^\s+(?:(?:GDP|CPI|PPI|inflation|retail|trade|jobs?|payrolls?|employment|unemployment|industrial|factory|manufacturing|housing|consumer|producer|export|import)\s+)*(?:data|figures|numbers|statistics|sales|report|reading|output|prices|inflation|payrolls|projections|forecasts|estimates|minutes)\b(?!\s+(?:targets?|quotas?|goals?|limits?|ceilings?|caps?|plans?|increases?|hikes?|cuts?)\b)/i;

/** After a month, its noun and the year named relative to the article's: " uprising last year", " floods of last year". */
const NOUN_THEN_NAMED_YEAR = /^ (?!than\b)[a-z]{3,}(?: of)?\s+(last|next|this)\s+year(?![\w'\u2019])/;

/** A capitalised surname right after a month and its space, then what follows it (group 1): "Almeida said", or an
 * apposition's opening, "Almeida, a". */
const SURNAME_AFTER_MONTH_RE = /^ (?:Mc|Mac|O['\u2019])?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?:['\u2019]s)?((?:\s+[a-z]+|,\s+(?:an?|the|who)\b)?)(?![\w'\u2019-])/;
/** Verbs after "Name Surname" that make the two a person: "June Almeida said". */
const PERSON_VERBS_AFTER = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'asked', 'recalled', 'explained', 'testified', 'posted']);
/** Titles and trades before a given name: "Virologist June Almeida", "singer April Wine", "Ms. June Carter". */
const PERSON_TITLE_BEFORE_RE = /(?:^|[^\w.])(?:[Mm]s|[Mm]rs|[Mm]iss|[Dd]r|[Pp]rof|[Ss]en|[Rr]ep|[Gg]ov|[Ss]gt|[Ll]t|[Cc]apt|[Dd]ame|[Ll]ady|[Ss]ister|[Aa]unt|[Pp]rofessor|[Jj]udge|[Jj]ustice|[Ss]enator|[Mm]ayor|[Gg]overnor|[Mm]inister|[Cc]ouncillor|[Cc]ouncilwoman|[Dd]etective|[Oo]fficer|[Ss]ergeant|[Cc]aptain|[Ss]pokeswoman|[Ss]pokesperson|[Aa]ctress|[Aa]ctor|[Ss]inger|[Aa]uthor|[Ww]riter|[Pp]oet|[Nn]ovelist|[Rr]eporter|[Pp]hotographer|[Nn]urse|[Dd]octor|[Ll]awyer|[Aa]ttorney|[Rr]esearcher|[Hh]istorian|[Dd]esigner|[Cc]hef|[Cc]oach|[Mm]other|[Dd]aughter|[Ww]ife|[Ww]idow|[Gg]randmother|[Rr]esident|[Ss]urvivor|[Dd]ancer|[Mm]usician|[Cc]omposer|[Ff]ilmmaker|[Pp]roducer|[Pp]resenter|[Aa]nchor|[Bb]roadcaster|[Ee]ngineer|[Pp]ilot|[Aa]stronaut|[Tt]eacher|[A-Za-z]{3,}ist)\.?\s$/;
/**
 * Whether the capitalised month at [start, end), with no year, is a woman's given name before her surname: after a
 * title or a trade ("Virologist June Almeida identified"), or before a verb of saying or an apposition with no
 * preposition of time before it ("June Almeida said", "June Almeida, a virologist,"; "In June Almeida said" stays June).
 */
function givenNameMonth(s: string, start: number, end: number): boolean {
  const after = SURNAME_AFTER_MONTH_RE.exec(s.slice(end, end + 40));
  if (!after) return false;
  const before = s.slice(Math.max(0, start - 16), start);
  if (PERSON_TITLE_BEFORE_RE.test(before)) return true;
  const verb = after[1].trim();
  // ("June Almeida, a Scottish virologist, identified": set off after the surname, what she was.)
  return verb !== '' && (PERSON_VERBS_AFTER.has(verb) || verb.charCodeAt(0) === 44) && !/\b(?:in|since|by|until|till|through|from|to|during|before|after|early|late|mid|of|last|next|this|and|or|between|the|its|their|his|her)\s+$/i.test(before);
}

/** A habit in the clause before a month: "which usually runs from May to", "typically falls in". */
const HABIT_MONTH_BEFORE_RE = /\b(?:usually|typically|normally|generally|traditionally|customarily|habitually)\b[^.,;:!?\n]{0,40}$/i;
/**
 * A habit in the clause after it: "from May to September each year", "in June every year". (Not past an infinitive or
 * an amount, whose habit it is: "at the summit in June to invest 5% of GDP annually" is that June.)
 */
const HABIT_MONTH_AFTER_RE = /^(?:(?!\bto\s+[a-z])[^.,;:!?\n\d%]){0,24}?\b(?:(?:each|every)\s+year|annually)\b/i;

/** A month after "March" or "May" that makes it one end of a range ("fielded March to April 2024"). */
const MONTH_RANGE_AFTER = new RegExp(`^\\s*(?:to|through|until|till|[-\u2013])\\s*(?:${MONTH_RE})(?![\\w])`, 'i');

/** A month and a comma before "March" or "May" ("April, May"), or a comma or "and"/"or" and a capitalised month after it ("May, or June"). */
const MONTH_LIST_BEFORE = new RegExp(`(?<![\\w])(${MONTH_RE}),\\s+$`, 'i');
const MONTH_LIST_AFTER = new RegExp(`^(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)(${MONTH_RE})(?![\\w])`, 'i');
/** Whether a capitalised month stands in a list beside "March" or "May" at s[start, end). */
function inMonthList(s: string, start: number, end: number): boolean {
  const before = MONTH_LIST_BEFORE.exec(s.slice(Math.max(0, start - 14), start));
  if (before && isAsciiUpperCode(before[1].charCodeAt(0))) return true;
  const after = MONTH_LIST_AFTER.exec(s.slice(end, end + 18));
  return after !== null && isAsciiUpperCode(after[1].charCodeAt(0));
}

/** A verb of a month's own course after it: " began", " drew to a close", " wore on" (not with an object: "began her speech"). */
const MONTH_COURSE_AFTER_RE = /^\s+(?:began|begins|started|starts|ended|ends|came|arrived|dawned|wore\s+on|wears\s+on|drew\s+(?:to\s+a\s+close|on)|draws\s+(?:to\s+a\s+close|on)|came\s+to\s+an\s+end|got\s+under\s*way|rolled\s+(?:around|on))(?![\w-])(?!\s+(?:her|his|the|a|an|its|their|talks|to|by|power|office)\b)/i;
/** A word opening a clause of time before the month: "As", "when", "by the time". */
const MONTH_COURSE_BEFORE_RE = /(?:^|[^\w'\u2019])(?:as|when|once|while|after|before|until|till|by\s+the\s+time)\s+$/i;
/**
 * Whether "March" (or "May") at [start, end) is a month told as beginning, ending or going on: "As March began",
 * "when May drew to a close", and "March began with ..." opening a sentence ("May" only after such a word: "May began
 * talks" is a person).
 */
function monthAsSubject(s: string, start: number, end: number, may: boolean): boolean {
  if (!MONTH_COURSE_AFTER_RE.test(s.slice(end, end + 40))) return false;
  const before = s.slice(Math.max(0, start - 16), start);
  if (MONTH_COURSE_BEFORE_RE.test(before)) return true;
  return !may && /(?:^|[.!?]["'\u201d\u2019]?\s+|\n\s*)$/.test(before);
}

/** A month named alone. */
export const monthRules: Rule[] = [
  {
    // November 2025, Nov. of 2025, (last|next|this) November, in March
    name: 'month',
    reach: 24,
    hint: MONTH_HINT,
    gate: [MONTH_WORD_HINT],
    // ("December's figures", "October's election": a month's own figures or event, its "'s" outside.)
    re: re(`${BM}(?:(last|next|this|past|coming|previous|that)\\s+)?(${MONTH_RE})(?:,?\\s+(?:of\\s+)?(\\d{4}${E}|['’]\\d\\d${E}|${SPOKEN_YEAR_RE}${E}|${REL_YEAR}${E}))?(?!\\w)(?!['’](?!s\\s))`),
    make: (m, ctx) => {
      if (!capitalised(m[2])) return null;
      let start = m.index;
      const end = m.index + m[0].length;
      // (Before "'s", only a month's figures or events: "Theresa May's", "April's mother" are people's.)
      const owner = ctx.s.charCodeAt(end) === 39 || ctx.s.charCodeAt(end) === 0x2019;
      if (owner && (m[3] || /^may$/i.test(m[2]) || !(testLong(DATA_AFTER, ctx.s.slice(end + 2, end + 26)) || EVENT_AFTER.test(ctx.s.slice(end + 2, end + 18))))) return null;
      const mo = monthNo(m[2]);
      const word = m[2].toLowerCase();
      // "the Ides of March": the 15th, of a year the phrase does not give (a byword as often as a date).
      const ides = word === 'march' && !m[1] && !m[3] && start > 8 && (ctx.s.charCodeAt(start - 3) | 32) === 111 ? IDES_BEFORE_RE.exec(ctx.s.slice(start - 9, start)) : null;
      if (ides) return { start: start - 9 + ides.index, end, type: 'DATE', value: 'XXXX-03-15', inferred: [], relative: false };
      // "last Oct. 23": the day belongs to the month-day rule ("last" then only sets the tense).
      if (!m[3] && digitAfterBlanks(ctx.s, end, end + 6) && /^\s*\d{1,2}(?:st|nd|rd|th)?\b/.test(ctx.s.slice(end, end + 6))) return null;
      if (m[3] && endsWithLetters(m[3], 'year')) {
        if (!ctx.ref) return { start, end, type: 'DATE', value: fmtMonth(0, mo).replace(/^0000/, 'XXXX'), inferred: [], relative: true };
        const y = namedYear(ctx.ref, m[3]);
        return { start, end, type: 'DATE', value: fmtMonth(y, mo), inferred: [], relative: true, deferred: thatYear(m[3]) ? SAME_YEAR : undefined };
      }
      if (m[3]) {
        const y = startsWithDigit(m[3]) || !/^[a-z]/i.test(m[3]) ? yearOf(m[3]) : parseSpokenYear(m[3]);
        if (y === null) return null;
        return { start, end, type: 'DATE', value: fmtMonth(y, mo), inferred: [], relative: false };
      }
      // "That December" (opening a sentence, or "in that December"): the December of the year under discussion; "said
      // that December was cold" is the month alone.
      let rel: string | undefined = m[1];
      if (rel && rel.toLowerCase() === 'that') {
        if (rel === 'That' || /\b(?:in|by|until|of|from|during)\s+$/i.test(ctx.s.slice(Math.max(0, start - 8), start))) {
          const r = resolveMonth(ctx.ref, mo, tenseAt(ctx.s, start, end), null);
          return { start, end, type: 'DATE', value: r.value, inferred: r.inferred, relative: r.relative, deferred: SAME_YEAR };
        }
        rel = undefined;
        start = end - m[2].length;
      }
      // "the July Charter", "the October Revolution", "the July National Charter": a month that opens the name of an event
      // or of a text is no date.
      if (!m[3] && isSpaceAt(ctx.s, end) && isAsciiUpperCode(ctx.s.charCodeAt(end + 1)) && MONTH_IN_NAME_AFTER_RE.test(ctx.s.slice(end, end + 40))) return null;
      // ("the group Black September": a month after "Black" or "Bloody" names a group or an event.)
      if (!m[1] && start > 4 && ctx.s.charCodeAt(start - 1) === 32 && MONTH_NAME_BEFORE_RE.test(ctx.s.slice(Math.max(0, start - 8), start))) return null;
      // ("Virologist June Almeida", "June Almeida said": a given name before a surname.)
      if (!m[1] && isSpaceAt(ctx.s, end) && isAsciiUpperCode(ctx.s.charCodeAt(end + 1)) && givenNameMonth(ctx.s, start, end)) return null;
      // "May" and "March" (and bare abbreviations) are words too: only after a temporal preposition.
      if (!/[a-z]{4,}|\.$|^may$/.test(word)) return null; // "Jan Kavan": an abbreviation needs its dot
      // ("AND MAY BE UPDATED", "and may well": a modal before its verb, whatever the preposition or case before it.)
      if (word === 'may' && testLong(MAY_MODAL_AFTER_RE, ctx.s.slice(end, end + 12))) return null;
      // "set for May" too, but not "voted for May".
      if (
        !rel &&
        (word === 'may' || word === 'march') &&
        !/\b(?:(?:in|since|by|until|till|through|from|to|during|before|after|early|late|mid|of|last|next|this|and|or|between|ending|ended)\s+|(?:early|late|mid|end)-)$/i.test(ctx.s.slice(Math.max(0, start - 12), start)) &&
        // ("until at least March".)
        !/\b(?:until|till|by|through)\s+at\s+least\s+$/i.test(ctx.s.slice(Math.max(0, start - 20), start)) &&
        !BOOKED_BEFORE.test(ctx.s.slice(Math.max(0, start - 32), start)) &&
        // ("the March budget", "the OBR's March forecast", "its May meeting".)
        !(/(?:\b(?:the|its|their|an?|his|her)|\w['’]s)\s+$/i.test(ctx.s.slice(Math.max(0, start - 6), start)) && EVENT_AFTER.test(ctx.s.slice(end, end + 16))) &&
        !MONTH_RANGE_AFTER.test(ctx.s.slice(end, end + 16)) &&
        // ("As March began", "when May drew to a close": the month as the subject of its own beginning or end.)
        !monthAsSubject(ctx.s, start, end, word === 'may') &&
        // ("in April, May, or June 2027": capitalised between other months of a list.)
        !(isAsciiUpperCode(ctx.s.charCodeAt(start)) && inMonthList(ctx.s, start, end)) &&
        // ("| March | 4,310 |": capitalised alone in a table's cell.)
        !(isAsciiUpperCode(ctx.s.charCodeAt(start)) && /\|\s*$/.test(ctx.s.slice(Math.max(0, start - 3), start)) && /^\s*\|/.test(ctx.s.slice(end, end + 3)))
      )
        return null;
      // "since January", and "suspended in January": the latest January.
      // "since January", and "suspended in January": the latest January; so is "October GDP data" (figures come out
      // after their month), and "the August projections" (a forecast is named for the month it came out).
      // "the lean season, which usually runs from May to September": a habit's month, of no one year.
      // ("is closed every Monday in January", "held each year in March": the month of a habit, see recurringBefore.)
      if (!rel && (HABIT_MONTH_BEFORE_RE.test(ctx.s.slice(Math.max(0, start - 48), start)) || testLong(HABIT_MONTH_AFTER_RE, ctx.s.slice(end, end + 40)) || recurringBefore(ctx.s, start, end))) {
        return { start, end, type: 'DATE', value: `XXXX-${pad(mo)}`, inferred: [], relative: false };
      }
      // "The July uprising last year", "the August floods of last year": the year named after the month's noun, counted
      // from the article's (as "the July-August uprising last year" is, see month-range).
      if (!rel && ctx.ref && ctx.s.charCodeAt(end) === 32 && ctx.s.slice(end, end + 34).includes(' year') && seasonModifies(ctx.s, end)) {
        const named = NOUN_THEN_NAMED_YEAR.exec(ctx.s.slice(end, end + 34));
        if (named) return { start, end, type: 'DATE', value: fmtMonth(namedYear(ctx.ref, named[1]), mo), inferred: [], relative: true };
      }
      const since =
        testLong(/\bsince\s+$/i, ctx.s.slice(Math.max(0, start - 8), start)) ||
        doneAt(ctx.s, start, end) ||
        (!rel && (testLong(DATA_AFTER, ctx.s.slice(owner ? end + 2 : end, end + 24)) || testLong(DATA_FOR_BEFORE, ctx.s.slice(Math.max(0, start - 20), start))));
      // ("the year ending March", "the fiscal year ending in June": a fiscal year still running ends in the coming such month.)
      // ("its forecast for the year to March": a year forecast is still running too.)
      const tense = !rel && !since && ctx.ref && endsRunningPeriod(ctx.ref, mo, daysInMonth(ctx.ref.y, mo), periodRunningTo(ctx.s, start)) ? 'future' : tenseAt(ctx.s, start, end);
      // ("Trinity Term ends in June", in November: a timetable in the present is of the coming June.)
      // ("The financial year ends in June, the treasury said": a past read only from the saying after it is not the
      // clause's own.)
      const timetable = !since && !rel && (tense !== 'past' || tenseAt(ctx.s, start, end, false) === 'unknown') && presentSchedule(ctx.s, start, end, true);
      const r = resolveMonth(ctx.ref, mo, tense, since && !rel ? 'since' : relWord(rel) ?? aheadIf(ctx, tense, start) ?? (timetable ? 'timetable' : null));
      const narrative = !rel && ctx.ref && !testLong(/\bsince\s+$/i, ctx.s.slice(Math.max(0, start - 8), start));
      return { start, end, type: 'DATE', value: r.value, inferred: r.inferred, relative: r.relative, deferred: narrative ? (tense !== 'future' && !timetable ? CONTEXT_YEAR : CONTEXT_YEAR_AHEAD) : undefined };
    },
    priority: 4,
  },
];
