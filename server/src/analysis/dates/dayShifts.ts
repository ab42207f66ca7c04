// Days named from another: "the day before last Tuesday", "the day after Thanksgiving" (that day, moved by one, one
// expression), and a weekday before or after an event: "the Friday before the Nov. 30 runoff" (the last Friday before
// it), "the Friday before the election" (a Friday, which one unknown where the event is given no day).
import { addDays, fmtDay, isoWeek, parseYmd, weekday, type Ymd } from './calendar';
import type { Candidate } from './candidate';
import { WEEKDAYS } from './lexicon';
import { tenseAt } from './context';

/** What makes weekdays a timetable's: " from March 30", " starting", " each week". */
const SCHEDULE_AFTER_RE = /^\s*,?\s*(?:from|starting|beginning|until|through|each|every)\b/i;

/** "the day before " / "the day after " just before a day. */
const DAY_SHIFT_RE = /\bthe\s+day\s+(before|after)\s+$/i;
/** What follows a weekday set before or after an event: " before the ", " after its ". */
const EVENT_AFTER_RE = /^\s+(before|after)\s+((?:the|its|this|his|her|their|a|an)\s+(?=[a-z\d]))?/i;

/** " after next", " before last" ending a phrase (not "before last Tuesday", "after next week's vote"). */
const NEXT_LAST_AFTER_RE = /^\s+(after\s+next|before\s+last)(?![\w'\u2019-])(?!\s+(?:[A-Z]|(?:week|month|year|time|night|weekend)\b))/;

/** Reads the days named from another day in `list` (sorted by start; values already resolved), `ref` the article's day. */
export function dayShifts(text: string, list: Candidate[], ref: Ymd | null): void {
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (c.type !== 'DATE' || c.start < 6) continue;
    // (A cheap look first: the word before the day ends "before " or "after ".)
    const lead = text.slice(c.start - 6, c.start);
    if ((lead === 'efore ' || lead === ' after') || lead.endsWith('after ')) {
      const m = lead === ' after' ? null : DAY_SHIFT_RE.exec(text.slice(Math.max(0, c.start - 24), c.start));
      const day = m ? parseYmd(c.value.length === 10 ? c.value : null) : null;
      const start = m ? c.start - m[0].length : 0;
      if (m && day && (k === 0 || list[k - 1].end <= start)) {
        c.value = fmtDay(addDays(day, m[1].toLowerCase() === 'before' ? -1 : 1));
        c.start = start;
        c.relative = true;
        continue;
      }
    }
    // "the Friday before the election": a bare weekday after "the", an event after it.
    const word = c.end - c.start <= 11 ? text.slice(c.start, c.end).toLowerCase() : '';
    const wd = WEEKDAYS[word];
    if ((!wd && word !== 'the weekend') || (wd && text.slice(c.start - 4, c.start).toLowerCase() !== 'the ')) continue;
    // ("the Tuesday after next", "the Friday before last", "the weekend before last": a week beyond the next or last.)
    const far = ref && text.charCodeAt(c.end) === 32 ? NEXT_LAST_AFTER_RE.exec(text.slice(c.end, c.end + 24)) : null;
    if (far && ref && (k + 1 >= list.length || list[k + 1].start >= c.end + far[0].length)) {
      const ahead = far[1].startsWith('after');
      const gap = (d: number): number => (ahead ? (d - weekday(ref) + 7) % 7 || 7 : -((weekday(ref) - d + 7) % 7 || 7));
      const day = addDays(ref, gap(wd || 6) + (ahead ? 7 : -7));
      c.value = wd ? fmtDay(day) : `${isoWeek(day)}-WE`;
      if (wd) c.start -= 4;
      c.end += far[0].length;
      c.relative = true;
      continue;
    }
    if (!wd) continue;
    const e = EVENT_AFTER_RE.exec(text.slice(c.end, c.end + 20));
    if (!e) continue;
    const before = e[1].toLowerCase() === 'before';
    // ("the Sunday before the Nov. 30 runoff": the event's day is written: the last such weekday before it.)
    const n = list[k + 1];
    const eventDay = n && n.start === c.end + e[0].length && n.type === 'DATE' ? parseYmd(n.value.length === 10 ? n.value : null) : null;
    if (!eventDay && !e[2]) continue;
    if (eventDay) {
      const gap = before ? (weekday(eventDay) - wd + 7) % 7 || 7 : (wd - weekday(eventDay) + 7) % 7 || 7;
      c.value = fmtDay(addDays(eventDay, before ? -gap : gap));
    } else c.value = `XXXX-WXX-${wd}`;
    c.relative = true;
  }
}

/**
 * "flights on Monday and Tuesday nights", "Monday, Wednesday and Friday mornings": weekdays listed before one written
 * as a set share its plural, each a set of its own (the part of the day too). `list` is sorted by start.
 */
export function weekdaySets(text: string, list: Candidate[]): void {
  for (let k = list.length - 1; k > 0; k--) {
    const b = list[k];
    if (b.type !== 'SET' || !b.value.startsWith('XXXX-WXX-')) continue;
    const a = list[k - 1];
    if (a.type !== 'DATE' || b.start - a.end > 6 || a.end - a.start > 9) continue;
    const wd = WEEKDAYS[text.slice(a.start, a.end).toLowerCase()];
    if (!wd || !/^(?:\s+(?:and|or)|,(?:\s+(?:and|or))?)\s+$/.test(text.slice(a.end, b.start))) continue;
    const part = b.value.slice(10);
    // ("Clashes broke out on Saturday and Sunday nights": told in the past, the plural is of the two nights, each one
    // night, the second the first such weekday after the first.)
    const day = part && a.value.length === 10 ? parseYmd(a.value) : null;
    const wdB = day ? Number(b.value.charAt(9)) : 0;
    if (day && wdB && tenseAt(text, a.start, b.end) === 'past' && !SCHEDULE_AFTER_RE.test(text.slice(b.end, b.end + 16))) {
      a.type = b.type = 'TIME';
      a.value = `${a.value}${part}`;
      b.value = `${fmtDay(addDays(day, (wdB - wd + 7) % 7 || 7))}${part}`;
      b.relative = true;
      continue;
    }
    a.type = 'SET';
    a.value = `XXXX-WXX-${wd}${part}`;
    a.relative = false;
    a.inferred = [];
  }
}

/** A weekday's name within a date's words: "late Thursday", "early Friday". */
const WEEKDAY_WORD_RE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
/** What joins two days of one stretch or choice: " or ", " and ", " to ", "-". */
const PAIR_GAP_RE = /^\s*,?\s*(?:or|and|to|through|until|-|\u2013)\s*$/;

/**
 * "landfall late Thursday or early Friday", "from Thursday to Monday": the second of two weekdays joined as a choice or
 * a stretch follows the first when the first lies ahead; read alone it may have fallen on the week before (the article's
 * own day, say), and is then the one a week on. (Days gone may be listed in any order: "statements made Friday and
 * Thursday".) `list` is sorted by start.
 */
export function weekdayPairs(text: string, list: Candidate[], ref: Ymd | null): void {
  if (!ref) return;
  const today = fmtDay(ref);
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1];
    const b = list[k];
    if (a.type !== 'DATE' || b.type !== 'DATE' || a.value.length !== 10 || b.value.length !== 10 || b.value >= a.value || a.value <= today || b.start - a.end > 10) continue;
    if (a.end - a.start > 16 || b.end - b.start > 16 || !PAIR_GAP_RE.test(text.slice(a.end, b.start))) continue;
    if (!WEEKDAY_WORD_RE.test(text.slice(a.start, a.end)) || !WEEKDAY_WORD_RE.test(text.slice(b.start, b.end))) continue;
    const da = parseYmd(a.value);
    const db = parseYmd(b.value);
    if (!da || !db || fmtDay(addDays(db, 7)) <= a.value) continue;
    b.value = fmtDay(addDays(db, 7));
  }
}
