// Temporal expressions: a table of (text, reference date) -> expected TIMEX3 annotations, plus robustness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/analysis/dates';
import { assertScanLikeRegexes } from '../support/triggerScan';
import type { DateAnnotation, Paragraph } from '../../server/src/analysis/types';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { calendarRules } from '../../server/src/analysis/dates/rulesCalendar';
import { relativeRules } from '../../server/src/analysis/dates/rulesRelative';
import { spanRules } from '../../server/src/analysis/dates/rulesSpan';
import { DATE_HINT } from '../../server/src/analysis/dates/chunks';

/** One paragraph per line: findDates relies only on {start, end}. */
function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

interface Expect {
  text: string;
  type: DateAnnotation['type'];
  value: string;
  mod?: string;
  certain?: boolean;
  unresolved?: boolean;
  /** The date a duration counted from another reaches; null: none. */
  point?: string | null;
  /** The last year of a year written as a span ("2024-25"); null: none. */
  through?: string | null;
}

/** Checks that every expected annotation is found with its type, value and (when given) mod and certainty. */
function check(text: string, ref: string | null, expected: Expect[]): void {
  const got = findDates(text, paragraphs(text), ref);
  for (const e of expected) {
    const a = got.find((g) => g.text === e.text);
    const seen = got.map((g) => `${g.text}=${g.type}:${g.value}${g.mod ? `/${g.mod}` : ''}`).join(', ');
    assert.ok(a, `${text}\n  expected "${e.text}"\n  got ${seen}`);
    assert.equal(a.type, e.type, `type of "${e.text}" in: ${text}`);
    assert.equal(a.value, e.value, `value of "${e.text}" in: ${text}`);
    if (e.mod !== undefined) assert.equal(a.mod, e.mod, `mod of "${e.text}" in: ${text}`);
    if (e.certain !== undefined) assert.equal(a.certain, e.certain, `certain of "${e.text}" in: ${text}`);
    if (e.unresolved !== undefined) assert.equal(a.unresolved === true, e.unresolved, `unresolved of "${e.text}" in: ${text}`);
    if (e.point !== undefined) assert.equal(a.point ?? null, e.point, `point of "${e.text}" in: ${text}`);
    if (e.through !== undefined) assert.equal(a.through ?? null, e.through, `through of "${e.text}" in: ${text}`);
  }
}

/** The first clock time of a text: its text, value, zone and offset. */
function zoneOf(text: string): (string | null)[] | null {
  const d = findDates(text, paragraphs(text), REF).find((x) => x.type === 'TIME');
  return d ? [d.text, d.value, d.zone ?? null, d.utcOffset ?? null] : null;
}

/** The sets of a text: text, value and freq. */
function sets(text: string): (string | null)[][] {
  return findDates(text, paragraphs(text), REF).filter((d) => d.type === 'SET').map((d) => [d.text, d.value, d.freq ?? null]);
}

function none(text: string, ref: string | null, notExpected: string): void {
  const got = findDates(text, paragraphs(text), ref).map((g) => g.text);
  assert.ok(!got.some((g) => g.includes(notExpected)), `${text}\n  did not expect "${notExpected}"\n  got ${JSON.stringify(got)}`);
}

/** Like none, for an annotation of exactly these words (a longer one holding them may be right). */
function noneExactly(text: string, ref: string | null, words: string): void {
  const got = findDates(text, paragraphs(text), ref).map((g) => g.text);
  assert.ok(!got.includes(words), `${text}\n  did not expect "${words}" alone\n  got ${JSON.stringify(got)}`);
}

const REF = '2025-11-14'; // a Friday

const TABLE: [string, string | null, Expect[]][] = [
  // The issue's examples
  ['Officials met on Thursday in Erbil.', REF, [{ text: 'Thursday', type: 'DATE', value: '2025-11-13', certain: false }]],
  ['The next round would be held in early October.', '2025-09-01', [{ text: 'early October', type: 'DATE', value: '2025-10', mod: 'START', certain: false }]],
  ['The mission will end no later than the end of September 2025.', REF, [{ text: 'the end of September 2025', type: 'DATE', value: '2025-09', mod: 'END', certain: true }]],
  ['Forces must leave no later than September 2026.', REF, [{ text: 'September 2026', type: 'DATE', value: '2026-09', mod: 'ON_OR_BEFORE' }]],
  ['The Pentagon has spent more than $300 billion a year on it.', REF, [{ text: 'a year', type: 'SET', value: 'P1Y' }]],
  ['Flooding returns every summer.', REF, [{ text: 'every summer', type: 'SET', value: 'XXXX-SU' }]],
  ['Revenue fell in Q3 2024 and rose in H1 2025.', REF, [{ text: 'Q3 2024', type: 'DATE', value: '2024-Q3' }, { text: 'H1 2025', type: 'DATE', value: '2025-H1' }]],
  ['Patrols leave every morning.', REF, [{ text: 'every morning', type: 'SET', value: 'XXXX-XX-XXTMO' }]],
  // A fortnight is two weeks, counted or not.
  ['They stayed for a fortnight.', REF, [{ text: 'a fortnight', type: 'DURATION', value: 'P2W' }]],
  ['It ended a fortnight ago.', REF, [{ text: 'a fortnight ago', type: 'DATE', value: '2025-W44' }]],
  ['Talks are held every fortnight.', REF, [{ text: 'every fortnight', type: 'SET', value: 'P2W' }]],
  ['It will end two weeks from now.', REF, [{ text: 'two weeks from now', type: 'DATE', value: '2025-W48' }]],
  ['Three days from today they vote.', REF, [{ text: 'Three days from today', type: 'DATE', value: '2025-11-17' }]],
  // A weekday of a named week (the reference date is a Friday).
  ['They meet on Tuesday next week.', REF, [{ text: 'Tuesday next week', type: 'DATE', value: '2025-11-18' }]],
  ['They met on Tuesday last week.', REF, [{ text: 'Tuesday last week', type: 'DATE', value: '2025-11-04' }]],
  // A 24-hour clock with a zone, or after a preposition; not a score or a verse.
  ['The strike began at 14:30 GMT.', REF, [{ text: '14:30 GMT', type: 'TIME', value: '2025-11-14T14:30' }]],
  ['Markets closed at 1430 GMT.', REF, [{ text: '1430 GMT', type: 'TIME', value: '2025-11-14T14:30' }]],
  ['It began at the turn of the century.', REF, [{ text: 'the turn of the century', type: 'DATE', value: '20', mod: 'START' }]],
  // Holidays without a year, in a sentence with no other date word.
  ['Troops will be home by Christmas.', REF, [{ text: 'Christmas', type: 'DATE', value: '2025-12-25' }]],
  ['He spoke on Veterans Day.', REF, [{ text: 'Veterans Day', type: 'DATE', value: '2025-11-11' }]],
  // With a curly apostrophe, as most news sets it.
  ['Markets were shut on New Year\u2019s Day.', REF, [{ text: 'New Year\u2019s Day', type: 'DATE', value: '2025-01-01' }]],
  ['Shops were busy on Valentine\u2019s Day.', REF, [{ text: 'Valentine\u2019s Day', type: 'DATE', value: '2025-02-14' }]],
  ['Markets were shut on Presidents\u2019 Day.', REF, [{ text: 'Presidents\u2019 Day', type: 'DATE', value: '2025-02-17' }]],
  ['"They have proven it for five years," he said.', REF, [{ text: 'five years', type: 'DURATION', value: 'P5Y' }]],
  ['Prices will rise in the coming months.', REF, [{ text: 'the coming months', type: 'DATE', value: 'FUTURE_REF' }]],
  ['Officials met on Thursday.', null, [{ text: 'Thursday', type: 'DATE', value: 'XXXX-WXX-4', unresolved: true }]],
  ['The 2008 Strategic Framework Agreement governs ties.', REF, [{ text: '2008', type: 'DATE', value: '2008' }]],
  ['The agreement was signed in 2008.', REF, [{ text: '2008', type: 'DATE', value: '2008' }]],
  // Calendar dates
  ['WASHINGTON, Nov. 13 (Reuters) - Talks ended.', REF, [{ text: 'Nov. 13', type: 'DATE', value: '2025-11-13', certain: false }]],
  ['The deal was signed on March 3, 2025 in Geneva.', REF, [{ text: 'March 3, 2025', type: 'DATE', value: '2025-03-03', certain: true }]],
  ['It took effect on 13 November 2025.', REF, [{ text: '13 November 2025', type: 'DATE', value: '2025-11-13' }]],
  ['An arrangement announced in September 2024 ends the mission.', REF, [{ text: 'September 2024', type: 'DATE', value: '2024-09' }]],
  ['The filing is dated 2025-10-02.', REF, [{ text: '2025-10-02', type: 'DATE', value: '2025-10-02' }]],
  // Formats left to chrono-node
  ['The memo is dated 13.11.2025 and filed 2025/11/12.', REF, [
    { text: '13.11.2025', type: 'DATE', value: '2025-11-13' },
    { text: '2025/11/12', type: 'DATE', value: '2025-11-12' },
  ]],
  ['It was signed on 13-Nov-2025.', REF, [{ text: '13-Nov-2025', type: 'DATE', value: '2025-11-13' }]],
  ['Troops will leave in January.', REF, [{ text: 'January', type: 'DATE', value: '2026-01', certain: false }]],
  ['The talks began in March.', REF, [{ text: 'March', type: 'DATE', value: '2025-03' }]],
  ['The fighting of mid-October subsided.', REF, [{ text: 'mid-October', type: 'DATE', value: '2025-10', mod: 'MID' }]],
  ['The plan was agreed in late 2024.', REF, [{ text: 'late 2024', type: 'DATE', value: '2024', mod: 'END' }]],
  ['Aid will arrive by the end of the month.', REF, [{ text: 'the end of the month', type: 'DATE', value: '2025-11', mod: 'END' }]],
  // Decades, seasons, quarters
  ['Sanctions in the 1990s hurt Iraq.', REF, [{ text: 'the 1990s', type: 'DATE', value: '199' }]],
  ['Talks resumed last summer.', REF, [{ text: 'last summer', type: 'DATE', value: '2025-SU' }]],
  ['Output grew in the third quarter.', REF, [{ text: 'the third quarter', type: 'DATE', value: '2025-Q3' }]],
  ['Sales fell in the second quarter of 2024.', REF, [{ text: 'the second quarter of 2024', type: 'DATE', value: '2024-Q2' }]],
  ['Spending rose in the spring of 2023.', REF, [{ text: 'the spring of 2023', type: 'DATE', value: '2023-SP' }]],
  // Deictic and relative expressions
  ['Rubio spoke with Sudani by phone last week.', REF, [{ text: 'last week', type: 'DATE', value: '2025-W45' }]],
  ['Delegates meet this week.', REF, [{ text: 'this week', type: 'DATE', value: '2025-W46' }]],
  ['Talks resume next month.', REF, [{ text: 'next month', type: 'DATE', value: '2025-12' }]],
  ['Exports fell last year.', REF, [{ text: 'last year', type: 'DATE', value: '2024' }]],
  ['The minister arrived today and leaves tomorrow.', REF, [
    { text: 'today', type: 'DATE', value: '2025-11-14' },
    { text: 'tomorrow', type: 'DATE', value: '2025-11-15' },
  ]],
  ['Rockets hit the base yesterday.', REF, [{ text: 'yesterday', type: 'DATE', value: '2025-11-13' }]],
  ['The council meets tonight.', REF, [{ text: 'tonight', type: 'TIME', value: '2025-11-14TNI' }]],
  ['The two sides will meet on Tuesday.', REF, [{ text: 'Tuesday', type: 'DATE', value: '2025-11-18' }]],
  ['He said on Monday that talks had failed.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-10' }]],
  ['The ministers met on Friday morning.', REF, [{ text: 'Friday morning', type: 'TIME', value: '2025-11-14TMO' }]],
  ['The vote will be held at 10 a.m. on Thursday.', '2025-11-12', [{ text: '10 a.m. on Thursday', type: 'TIME', value: '2025-11-13T10:00' }]],
  ['Fighting stopped at 10 a.m.', REF, [{ text: '10 a.m.', type: 'TIME', value: '2025-11-14T10:00' }]],
  ['The clashes began two years ago.', REF, [{ text: 'two years ago', type: 'DATE', value: '2023' }]],
  ['Sales rose 5% from a year earlier.', REF, [{ text: 'a year earlier', type: 'DATE', value: '2024' }]],
  ['The unit has recently moved north.', REF, [{ text: 'recently', type: 'DATE', value: 'PAST_REF' }]],
  ['Iraq now says it needs no combat forces.', REF, [{ text: 'now', type: 'DATE', value: 'PRESENT_REF' }]],
  ['Troops are currently deployed; in the past they were not.', REF, [
    { text: 'currently', type: 'DATE', value: 'PRESENT_REF' },
    { text: 'the past', type: 'DATE', value: 'PAST_REF' },
  ]],
  ['Since January, attacks have doubled.', REF, [{ text: 'January', type: 'DATE', value: '2025-01' }]],
  // Durations and sets
  ['Attacks rose sharply in the last three months.', REF, [{ text: 'the last three months', type: 'DURATION', value: 'P3M' }]],
  ['The truce held for three months.', REF, [{ text: 'three months', type: 'DURATION', value: 'P3M' }]],
  ['It lasted a quarter of a century.', REF, [{ text: 'a quarter of a century', type: 'DURATION', value: 'P25Y' }]],
  ['They talked for 2 1/2 hours.', REF, [{ text: '2 1/2 hours', type: 'DURATION', value: 'PT2H30M' }]],
  ['A five-year plan was adopted.', REF, [{ text: 'five-year', type: 'DURATION', value: 'P5Y' }]],
  ['The report is published annually.', REF, [{ text: 'annually', type: 'SET', value: 'P1Y' }]],
  ['Inspectors visit every week.', REF, [{ text: 'every week', type: 'SET', value: 'P1W' }]],
  ['A weekly briefing is held.', REF, [{ text: 'weekly', type: 'SET', value: 'P1W' }]],
  ['Talks have gone on for years.', REF, [{ text: 'years', type: 'DURATION', value: 'PXY' }]],
  // Rules no other row reached (each was switched off in turn and no test failed)
  ['The war ended in nineteen ninety-six, he said.', REF, [{ text: 'nineteen ninety-six', type: 'DATE', value: '1996' }]],
  ['They came in two thousand and three.', REF, [{ text: 'two thousand and three', type: 'DATE', value: '2003' }]],
  ['It was the worst famine of the 20th century.', REF, [{ text: 'the 20th century', type: 'DATE', value: '19' }]],
  ['The current government has refused to talk.', REF, [{ text: 'current', type: 'DATE', value: 'PRESENT_REF' }]],
  ['Profits rose for the full year.', REF, [{ text: 'the full year', type: 'DATE', value: '2025' }]],
  ['Sales grew during the year.', REF, [{ text: 'the year', type: 'DURATION', value: 'P1Y' }]],
  ['A deal is expected by year-end.', REF, [{ text: 'year-end', type: 'DATE', value: '2025', mod: 'END' }]],
  ["Around year's end the mission will close.", null, [{ text: "year's end", type: 'DATE', value: 'XXXX', mod: 'END', unresolved: true }]],
  ['Fighting continued over the weekend.', REF, [{ text: 'the weekend', type: 'DATE', value: '2025-W45-WE' }]],
  ['Talks will resume after the weekend.', REF, [{ text: 'the weekend', type: 'DATE', value: '2025-W46-WE' }]],
  ['The 2023 fourth quarter was weak.', REF, [{ text: 'The 2023 fourth quarter', type: 'DATE', value: '2023-Q4' }]],
  ['The deal was signed on February 29, 2023.', REF, [{ text: '2023', type: 'DATE', value: '2023' }]],
  ['It was signed on 31 April 2020.', REF, [{ text: 'April 2020', type: 'DATE', value: '2020-04' }]],
  ['Over the past three years, prices rose.', REF, [{ text: 'the past three years', type: 'DURATION', value: 'P3Y' }]],
  ['The current year is hard.', REF, [{ text: 'The current year', type: 'DATE', value: '2025' }]],
  ['Prices will rise over the next week.', REF, [{ text: 'the next week', type: 'DURATION', value: 'P1W' }]],
  ['Profits have fallen in recent quarters.', REF, [{ text: 'recent quarters', type: 'DURATION', value: 'PXQ' }]],
  ['It has been years.', REF, [{ text: 'years', type: 'DURATION', value: 'PXY' }]],
  // The clause's tense picks the week: deadlines point ahead unless a past verb or the verb after them says otherwise.
  ['The relatives were given until 9 a.m. Tuesday to sign.', REF, [{ text: '9 a.m. Tuesday', type: 'TIME', value: '2025-11-18T09:00' }]],
  ['The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.', REF, [{ text: '4 a.m. EDT Thursday', type: 'TIME', value: '2025-11-20T04:00' }]],
  ['The deal must be signed by Monday.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]],
  ['But by Monday, federal officials hardened their stance.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-10' }]],
  ['Members had filed their reports by Wednesday.', REF, [{ text: 'Wednesday', type: 'DATE', value: '2025-11-12' }]],
  ['Up until Thursday, however, they had described it as an accident.', REF, [{ text: 'Thursday', type: 'DATE', value: '2025-11-13' }]],
  ['The judge ordered that he remain in Miami until March 6.', REF, [{ text: 'March 6', type: 'DATE', value: '2026-03-06' }]],
  ['A breakthrough remains unlikely before the spring.', REF, [{ text: 'the spring', type: 'DATE', value: '2026-SP' }]],
  ['The talks resume at 10 a.m. on Tuesday.', REF, [{ text: '10 a.m. on Tuesday', type: 'TIME', value: '2025-11-18T10:00' }]],
  ['The plan had been scheduled to expire on Monday.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-10' }]],
  ['Mines were cleared ahead of Monday.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]],
  // A booked or moved date lies ahead, whatever the verb's tense; "for May" is then the month, "voted for May" not.
  ['A vote is set for Thursday.', REF, [{ text: 'Thursday', type: 'DATE', value: '2025-11-20' }]],
  ['The vote is slated for Thursday.', REF, [{ text: 'Thursday', type: 'DATE', value: '2025-11-20' }]],
  ['The hearing was postponed to Wednesday, officials said.', REF, [{ text: 'Wednesday', type: 'DATE', value: '2025-11-19' }]],
  ['The talks have been pencilled in for Tuesday.', REF, [{ text: 'Tuesday', type: 'DATE', value: '2025-11-18' }]],
  ['The summit is planned for March.', REF, [{ text: 'March', type: 'DATE', value: '2026-03' }]],
  ['The vote was pushed back to May.', REF, [{ text: 'May', type: 'DATE', value: '2026-05' }]],
  ['Most delegates voted for May.', REF, []],
  // A schedule in the present tense: "takes effect", "comes into force", "expires" point ahead.
  ['The truce takes effect at 6 a.m. on Saturday.', REF, [{ text: '6 a.m. on Saturday', type: 'TIME', value: '2025-11-15T06:00' }]],
  ['The law comes into force on Monday.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]],
  ['The ceasefire expires on Sunday.', REF, [{ text: 'Sunday', type: 'DATE', value: '2025-11-16' }]],
  ['The ceasefire expired on Sunday.', REF, [{ text: 'Sunday', type: 'DATE', value: '2025-11-09' }]],
  // A future in the present tense reaches this month or later, never back: read in early January, "will ... in
  // December" is next December; a plan seen from the past ("were due") may lie behind.
  ['Elections are due in December.', '2026-01-03', [{ text: 'December', type: 'DATE', value: '2026-12' }]],
  ['Elections were due in December.', '2026-01-03', [{ text: 'December', type: 'DATE', value: '2025-12' }]],
  // "May" between the months of a list is the month; the list's year is every item's.
  ['The bank may pause increments in April, May, or June 2027.', REF, [{ text: 'April', type: 'DATE', value: '2027-04' }, { text: 'May', type: 'DATE', value: '2027-05' }, { text: 'June 2027', type: 'DATE', value: '2027-06' }]],
  // "agreed to" a thing is done; "agreed to meet" looks ahead.
  ['They agreed to the plan in March.', REF, [{ text: 'March', type: 'DATE', value: '2025-03' }]],
  ['They agreed to meet in March.', REF, [{ text: 'March', type: 'DATE', value: '2026-03' }]],
  ['Parliament will vote on Dec. 30.', '2026-01-03', [{ text: 'Dec. 30', type: 'DATE', value: '2026-12-30' }]],
  ['Parliament will vote on Jan. 3.', '2026-01-03', [{ text: 'Jan. 3', type: 'DATE', value: '2026-01-03' }]],
  ['The law is expected to pass in the autumn.', '2026-01-03', [{ text: 'the autumn', type: 'DATE', value: '2026-FA' }]],
  // So after a past verb and its object, a pronoun or a particle ("cut off gas supplies on", "halted it on"); after a
  // modal the day lies ahead.
  ['Gazprom cut off gas supplies on Jan. 1.', REF, [{ text: 'Jan. 1', type: 'DATE', value: '2025-01-01' }]],
  ['The company halted it on Dec. 20.', REF, [{ text: 'Dec. 20', type: 'DATE', value: '2024-12-20' }]],
  ['Gazprom will cut off gas supplies on Jan. 1.', REF, [{ text: 'Jan. 1', type: 'DATE', value: '2026-01-01' }]],
  ['It said it will redeem 9.5 million preferred shares on Dec. 31.', REF, [{ text: 'Dec. 31', type: 'DATE', value: '2025-12-31' }]],
  // Right after a verb of something finished, a day without a year is the latest one: not the coming January.
  ['In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.', '1989-10-31', [{ text: 'Jan. 31', type: 'DATE', value: '1989-01-31' }]],
  // Statistics offices' stretches: "the year to March" is the twelve months up to it; "the quarter to June" the
  // quarter that ends in June, the year given or the latest such month.
  ['Offences peaked in the year to March 2020.', REF, [{ text: 'the year', type: 'DURATION', value: 'P1Y' }, { text: 'March 2020', type: 'DATE', value: '2020-03' }]],
  ['Crime fell by 5% in the quarter to June.', REF, [{ text: 'the quarter', type: 'DATE', value: '2025-Q2' }]],
  ['Crime fell in the quarter ended Sept. 30, 2024.', REF, [{ text: 'the quarter', type: 'DATE', value: '2024-Q3' }]],
  // "will one day" is some day ahead; "lasted one day" a day long.
  ['Islam will one day be the second largest religion in the country.', REF, [{ text: 'one day', type: 'DATE', value: 'FUTURE_REF' }]],
  ['The strike lasted one day.', REF, [{ text: 'one day', type: 'DURATION', value: 'P1D' }]],
  // "a week or two" is about that long; "in a year or two" some time ahead; "a week or so ago" keeps its "ago" reading.
  ['The talks could take a week or two.', REF, [{ text: 'a week or two', type: 'DURATION', value: 'PXW' }]],
  ['You may, in a year or two, save a few more lives.', REF, [{ text: 'a year or two', type: 'DATE', value: 'FUTURE_REF' }]],
  // A season with a year in words.
  ['Oil fell to that level in the winter of nineteen ninety-four.', REF, [{ text: 'the winter of nineteen ninety-four', type: 'DATE', value: '1994-WI' }]],
  // The month just gone is "last month": "last February" written on 1 March is the February a year before.
  ['Two helicopters crashed last February.', '1998-03-01', [{ text: 'last February', type: 'DATE', value: '1997-02' }]],
  ['Talks collapsed last January.', '1998-03-01', [{ text: 'last January', type: 'DATE', value: '1998-01' }]],
  // A schedule in the present tense right before its day looks ahead; the past form does not.
  ['He and Arafat meet separately Monday with the Secretary of State.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]],
  ['The leaders met on Monday.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-10' }]],
  ['Sun needed to meet demand well into the summer.', REF, [{ text: 'the summer', type: 'DATE', value: '2025-SU' }]],
  // Planning looks ahead even after a past verb: the summit is the coming one.
  ['He declined to take part in planning for the NATO summit in April.', REF, [{ text: 'April', type: 'DATE', value: '2026-04' }]],
  // "this past weekend" is the last one, whole; "the early hours" of a day is a time of night, not a duration.
  ['The ceasefire collapsed this past weekend.', REF, [{ text: 'this past weekend', type: 'DATE', value: '2025-W45-WE' }]],
  ['Rebels seized the town in the early hours of Thursday.', REF, [{ text: 'Thursday', type: 'DATE', value: '2025-11-13' }]],
  ['She moved to Paris in March.', REF, [{ text: 'March', type: 'DATE', value: '2025-03' }]],
  ['The commemorations began early Friday morning.', REF, [{ text: 'early Friday morning', type: 'TIME', value: '2025-11-14TMO', mod: 'START' }]],
  ['The attacks on Aug. 7 killed 247 people.', REF, [{ text: 'Aug. 7', type: 'DATE', value: '2025-08-07' }]],
  // On the reference date's own weekday, "last" and "next" mean a week away.
  ['It mailed the circular last Friday.', REF, [{ text: 'last Friday', type: 'DATE', value: '2025-11-07' }]],
  ['It will reply next Friday.', REF, [{ text: 'next Friday', type: 'DATE', value: '2025-11-21' }]],
  // In November, autumn is not over: "last fall" is the one before; spring is over, so "last spring" is this year's.
  ['He was shot last fall.', REF, [{ text: 'last fall', type: 'DATE', value: '2024-FA' }]],
  ['Talks resumed last spring.', REF, [{ text: 'last spring', type: 'DATE', value: '2025-SP' }]],
  ['Talks resume next summer.', REF, [{ text: 'next summer', type: 'DATE', value: '2026-SU' }]],
  // Ranges and lists of days: each day is a date, and the first ones take the month and year written after them.
  ['The talks were held on 14-16 November 2024.', REF, [
    { text: '14', type: 'DATE', value: '2024-11-14', certain: true },
    { text: '16 November 2024', type: 'DATE', value: '2024-11-16' },
  ]],
  ['The ECB will decide at its meeting on 11-12 December.', REF, [
    { text: '11', type: 'DATE', value: '2025-12-11' },
    { text: '12 December', type: 'DATE', value: '2025-12-12' },
  ]],
  ['The sessions on 3, 4 and 5 December were closed.', REF, [
    { text: '3', type: 'DATE', value: '2025-12-03' },
    { text: '4', type: 'DATE', value: '2025-12-04' },
    { text: '5 December', type: 'DATE', value: '2025-12-05' },
  ]],
  ['The conference runs 3 to 5 December.', REF, [{ text: '3', type: 'DATE', value: '2025-12-03' }]],
  ['A live-fire exercise was held October 25-26, 2016.', REF, [
    { text: 'October 25', type: 'DATE', value: '2016-10-25' },
    { text: '26, 2016', type: 'DATE', value: '2016-10-26' },
  ]],
  ['The poll was conducted from Sept. 19 to 22.', REF, [{ text: '22', type: 'DATE', value: '2025-09-22' }]],
  ['The summit runs March 3\u20135.', REF, [
    { text: 'March 3', type: 'DATE', value: '2026-03-03' },
    { text: '5', type: 'DATE', value: '2026-03-05' },
  ]],
  ['On March 3 and 4 in Paris, talks were held.', REF, [{ text: '4', type: 'DATE', value: '2025-03-04' }]],
  // A range that crosses months: both ends are dates.
  ['Voting runs Feb. 28-March 2.', REF, [{ text: 'Feb. 28', type: 'DATE', value: '2026-02-28' }, { text: 'March 2', type: 'DATE', value: '2026-03-02' }]],
  ['The festival ran 30 June-2 July 2025.', REF, [{ text: '30 June', type: 'DATE', value: '2025-06-30' }, { text: '2 July 2025', type: 'DATE', value: '2025-07-02' }]],
  // Ranges of years: each year is a date; a two-digit end takes the century of the start.
  ['The 2015-2020 period saw growth.', REF, [{ text: '2015', type: 'DATE', value: '2015', through: null }, { text: '2020', type: 'DATE', value: '2020' }]],
  ['The war of 1914-18 changed Europe.', REF, [{ text: '18', type: 'DATE', value: '1918' }]],
  // One year into the next, as financial years and seasons are written, is one date: the first year, through the next.
  ['The 1999-00 season was long.', REF, [{ text: '1999-00', type: 'DATE', value: '1999', through: '2000' }]],
  ['The 2025/26 budget is tight.', REF, [{ text: '2025/26', type: 'DATE', value: '2025', through: '2026' }]],
  ['In the 2024–25 financial year, spending rose.', REF, [{ text: '2024–25', type: 'DATE', value: '2024', through: '2025' }]],
  // Economic reports' hyphenated forms.
  ['The rate stood at 4.5% at end-September.', REF, [{ text: 'end-September', type: 'DATE', value: '2025-09', mod: 'END' }]],
  ['Inflation will ease by end-2025.', REF, [{ text: 'end-2025', type: 'DATE', value: '2025', mod: 'END' }]],
  ['The deadline is end-March.', REF, [{ text: 'end-March', type: 'DATE', value: '2026-03', mod: 'END' }]],
  // A schedule in local time is still ahead; a clock time "about" or "approximately" is approximate.
  ['Polls close at 8 p.m. local time (1900 GMT) on Sunday.', REF, [{ text: '8 p.m. local time (1900 GMT) on Sunday', type: 'TIME', value: '2025-11-16T20:00' }]],
  ['The strike took place at approximately 3 p.m. on Nov. 13.', REF, [{ text: 'approximately 3 p.m. on Nov. 13', type: 'TIME', value: '2025-11-13T15:00', mod: 'APPROX' }]],
  ['The strike took place at about 3 p.m.', REF, [{ text: 'about 3 p.m.', type: 'TIME', value: '2025-11-14T15:00', mod: 'APPROX' }]],
  // A diary's entries open their line with the day: ahead unless the entry tells of the past.
  ['TUESDAY - G20 summit opens in Johannesburg.', REF, [{ text: 'TUESDAY', type: 'DATE', value: '2025-11-18' }]],
  ['Thursday: Bank of England rate decision.', REF, [{ text: 'Thursday', type: 'DATE', value: '2025-11-20' }]],
  ['TUESDAY - Protesters stormed the parliament.', REF, [{ text: 'TUESDAY', type: 'DATE', value: '2025-11-11' }]],
  // A diary's forms: "Second half of December" opening a line, "the week ahead".
  ['Second half of December - EU summit.', REF, [{ text: 'Second half of December', type: 'DATE', value: '2025-12', mod: 'END' }]],
  ['The minister will travel in the week ahead.', REF, [{ text: 'the week ahead', type: 'DATE', value: '2025-W47' }]],
  // A 24-hour clock time after a day is no year: "Nov. 19, 0900 GMT".
  ['Nov. 19, 0900 GMT - OPEC+ technical meeting.', REF, [{ text: 'Nov. 19, 0900 GMT', type: 'TIME', value: '2025-11-19T09:00' }]],
  ['MONDAY, NOV. 17, 1430 GMT - talks.', REF, [{ text: 'MONDAY, NOV. 17, 1430 GMT', type: 'TIME', value: '2025-11-17T14:30' }]],
  // A deadline that "is" a day lies ahead, as one that expires does.
  ['The deadline is midnight on Sunday.', REF, [{ text: 'midnight on Sunday', type: 'TIME', value: '2025-11-16T24:00' }]],
  ['Debt fell in late-2024 and early-2025.', REF, [
    { text: 'late-2024', type: 'DATE', value: '2024', mod: 'END' },
    { text: 'early-2025', type: 'DATE', value: '2025', mod: 'START' },
  ]],
  ['Growth will pick up by mid-year.', REF, [{ text: 'mid-year', type: 'DATE', value: '2025', mod: 'MID' }]],
  ['Post-2011, the economy shrank; the pre-2014 borders are contested.', REF, [
    { text: 'Post-2011', type: 'DATE', value: '2011', mod: 'AFTER' },
    { text: 'pre-2014', type: 'DATE', value: '2014', mod: 'BEFORE' },
  ]],
  ['The end-of-year target is ambitious.', REF, [{ text: 'end-of-year', type: 'DATE', value: '2025', mod: 'END' }]],
  // Days as ordinal words, and days of a month named by its place.
  ['The parliament sits until the twenty-first of December.', REF, [{ text: 'the twenty-first of December', type: 'DATE', value: '2025-12-21' }]],
  ['The vote is on the twelfth of March 2026.', REF, [{ text: 'the twelfth of March 2026', type: 'DATE', value: '2026-03-12' }]],
  // Treaties and laws: "the first day of March", "Done at Geneva this fourth day of March, two thousand and twenty-five".
  ['The law takes effect on the first day of March.', REF, [{ text: 'the first day of March', type: 'DATE', value: '2026-03-01' }]],
  ['Done at Geneva this fourth day of March, two thousand and twenty-five.', REF, [{ text: 'this fourth day of March, two thousand and twenty-five', type: 'DATE', value: '2025-03-04' }]],
  ['Done at Vienna this twenty-third day of May, in the year 2019.', REF, [{ text: 'this twenty-third day of May, in the year 2019', type: 'DATE', value: '2019-05-23' }]],
  ['It was signed on the 5th of this month.', REF, [{ text: 'the 5th of this month', type: 'DATE', value: '2025-11-05' }]],
  ['It was signed on the twelfth of last month.', REF, [{ text: 'the twelfth of last month', type: 'DATE', value: '2025-10-12' }]],
  ['It was signed on the 5th of this month.', null, [{ text: 'the 5th of this month', type: 'DATE', value: 'XXXX-XX-05', unresolved: true }]],
  // Counted from a day ahead, a week of a day, the unit after next.
  ['The vote is a week from Monday.', REF, [{ text: 'a week from Monday', type: 'DATE', value: '2025-11-24' }]],
  ['The vote is three days from tomorrow.', REF, [{ text: 'three days from tomorrow', type: 'DATE', value: '2025-11-18' }]],
  ['Talks are planned for the week of Dec. 8.', REF, [{ text: 'the week of Dec. 8', type: 'DATE', value: '2025-W50' }]],
  ['Protests are planned for the weekend of 6 December.', REF, [{ text: 'the weekend of 6 December', type: 'DATE', value: '2025-W49-WE' }]],
  ['Talks resume the week after next.', REF, [{ text: 'the week after next', type: 'DATE', value: '2025-W48' }]],
  ['Talks are set to resume in the new year.', REF, [{ text: 'the new year', type: 'DATE', value: '2026' }]],
  ['Talks resumed in the new year.', '2026-02-10', [{ text: 'the new year', type: 'DATE', value: '2026' }]],
  ['Talks resume in the first week of December.', REF, [{ text: 'the first week of December', type: 'DATE', value: '2025-W49' }]],
  ['Fighting eased in the last week of October.', REF, [{ text: 'the last week of October', type: 'DATE', value: '2025-W44' }]],
  ['The ceasefire was agreed in the first days of March.', REF, [{ text: 'the first days of March', type: 'DATE', value: '2025-03', mod: 'START' }]],
  ['Attacks peaked in the final weeks of October 2024.', REF, [{ text: 'the final weeks of October 2024', type: 'DATE', value: '2024-10', mod: 'END' }]],
  ['The deal was signed in the spring of last year.', REF, [{ text: 'the spring of last year', type: 'DATE', value: '2024-SP' }]],
  ['The deal was signed in the spring of last year.', null, [{ text: 'the spring of last year', type: 'DATE', value: 'XXXX-SP', unresolved: true }]],
  // "until" points ahead ("extended the deadline until Tuesday") unless it tells how long something went on.
  ['The ceasefire lasted until Tuesday.', REF, [{ text: 'Tuesday', type: 'DATE', value: '2025-11-11' }]],
  ['Fighting continued until Sunday, officials said.', REF, [{ text: 'Sunday', type: 'DATE', value: '2025-11-09' }]],
  ['The government extended the deadline until Tuesday.', REF, [{ text: 'Tuesday', type: 'DATE', value: '2025-11-18' }]],
  // Clock times with a zone or in the military style, and the day after them.
  ['The deal expires at midnight GMT on 31 December.', REF, [{ text: 'midnight GMT on 31 December', type: 'TIME', value: '2025-12-31T24:00' }]],
  ['The deadline is midday on 1 December.', REF, [{ text: 'midday on 1 December', type: 'TIME', value: '2025-12-01T12:00' }]],
  // A clock time beside a part of a named day is one time on that day, in that half of it.
  ['Voting ends at 10pm tonight.', REF, [{ text: '10pm tonight', type: 'TIME', value: '2025-11-14T22:00' }]],
  ['The rally starts at 6:40 this evening.', REF, [{ text: '6:40 this evening', type: 'TIME', value: '2025-11-14T18:40' }]],
  ['The blast happened at 6:40 this morning.', REF, [{ text: '6:40 this morning', type: 'TIME', value: '2025-11-14T06:40' }]],
  ['The vote was held on Friday night at 10 p.m.', REF, [{ text: 'Friday night at 10 p.m.', type: 'TIME', value: '2025-11-14T22:00' }]],
  ['The sanctions were renewed for another year in January.', REF, [{ text: 'another year', type: 'DURATION', value: 'P1Y' }, { text: 'January', type: 'DATE', value: '2025-01' }]],
  ['The mandate was extended by a further month.', REF, [{ text: 'a further month', type: 'DURATION', value: 'P1M' }]],
  // A part of a named day, and the edges of a year.
  ['The delegation arrives on the morning of 3 December.', REF, [{ text: 'the morning of 3 December', type: 'TIME', value: '2025-12-03TMO' }]],
  ['The vote was delayed until the afternoon of Nov. 20.', REF, [{ text: 'the afternoon of Nov. 20', type: 'TIME', value: '2025-11-20TAF' }]],
  ['Parliament was dissolved in the dying days of 2024.', REF, [{ text: 'the dying days of 2024', type: 'DATE', value: '2024', mod: 'END' }]],
  ['In the first weeks of next year, talks resume.', REF, [{ text: 'the first weeks of next year', type: 'DATE', value: '2026', mod: 'START' }]],
  // "two Saturdays ago" is a day (the first Saturday back is last Saturday, 8 November); "on Saturdays" stays a set.
  ['The attack happened two Saturdays ago.', REF, [{ text: 'two Saturdays ago', type: 'DATE', value: '2025-11-01' }]],
  ['Markets close on Saturdays.', REF, [{ text: 'Saturdays', type: 'SET', value: 'XXXX-WXX-6' }]],
  ['The ceasefire starts at 0600 local time on Sunday.', REF, [{ text: '0600 local time on Sunday', type: 'TIME', value: '2025-11-16T06:00' }]],
  ['The patrol left at 0430 hrs.', REF, [{ text: '0430 hrs', type: 'TIME', value: '2025-11-14T04:30' }]],
  ['Polls close at 8 p.m. ET on Tuesday.', REF, [{ text: '8 p.m. ET on Tuesday', type: 'TIME', value: '2025-11-18T20:00' }]],
  ['The market opens at 9:30 a.m. New York time.', REF, [{ text: '9:30 a.m. New York time', type: 'TIME', value: '2025-11-14T09:30' }]],
  ['The session begins Monday.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]],
  ['Reports are filed fortnightly, audits run biennially and the board meets semi-annually.', REF, [
    { text: 'fortnightly', type: 'SET', value: 'P2W' },
    { text: 'biennially', type: 'SET', value: 'P2Y' },
    { text: 'semi-annually', type: 'SET', value: 'P6M' },
  ]],
  // "overnight" as an adverb is a night: the last one in a report of the past, else the coming one.
  ['Russian forces launched 450 drones at Ukraine overnight, the air force said Friday.', REF, [{ text: 'overnight', type: 'TIME', value: '2025-11-13TNI' }]],
  ['Heavy rain is expected overnight.', REF, [{ text: 'overnight', type: 'TIME', value: '2025-11-14TNI' }]],
  // Fiscal and financial years count like years.
  ['It brings total support this financial year to £120 million.', REF, [{ text: 'this financial year', type: 'DATE', value: '2025' }]],
  ['Last fiscal year, revenue rose.', REF, [{ text: 'Last fiscal year', type: 'DATE', value: '2024' }]],
  ['The budget for the current financial year is tight.', REF, [{ text: 'the current financial year', type: 'DATE', value: '2025' }]],
  // A value found from an anchor is no anchor itself: both count from the quarter, not one from the other.
  ['Revenue rose in the third quarter of 2024 after a drop a year earlier. A year earlier, analysts had been gloomy.', REF, [{ text: 'A year earlier', type: 'DATE', value: '2023-Q3' }]],
  // "the 2024 quarter" is that year's quarter of the one under discussion.
  ['Profit rose in the third quarter, up from the 2024 quarter.', REF, [{ text: 'the 2024 quarter', type: 'DATE', value: '2024-Q3' }]],
  // A day in a year named from the article's keeps its day.
  ["The mission's mandate expires on 31 March next year.", REF, [{ text: '31 March next year', type: 'DATE', value: '2026-03-31' }]],
  ['The talks resumed on November 3 last year.', REF, [{ text: 'November 3 last year', type: 'DATE', value: '2024-11-03' }]],
  ['The law took effect on the first of July this year.', REF, [{ text: 'the first of July this year', type: 'DATE', value: '2025-07-01' }]],
  ["The mission's mandate expires on 31 March next year.", null, [{ text: '31 March next year', type: 'DATE', value: 'XXXX-03-31', unresolved: true }]],
  // A week named by its first or last day.
  ['The vote is scheduled for the week beginning 24 November.', REF, [{ text: 'the week beginning 24 November', type: 'DATE', value: '2025-W48' }]],
  ['Exports fell in the week ending 7 November.', REF, [{ text: 'the week ending 7 November', type: 'DATE', value: '2025-W45' }]],
  ['Markets fell in the week to Friday.', REF, [{ text: 'the week to Friday', type: 'DATE', value: '2025-W46' }]],
  // "the small hours" is a time of night, not a stretch of hours.
  ['Fighting broke out in the small hours of Sunday.', REF, [{ text: 'Sunday', type: 'DATE', value: '2025-11-09' }]],
  // A month right after a participle on its own says when something was done, whatever the clause's tense.
  ['The talks, suspended in January after an offensive, will be mediated by Norway.', REF, [{ text: 'January', type: 'DATE', value: '2025-01' }]],
  ['The summit will be hosted in January.', REF, [{ text: 'January', type: 'DATE', value: '2026-01' }]],
  ['In the past fortnight, attacks doubled.', REF, [{ text: 'the past fortnight', type: 'DURATION', value: 'P2W' }]],
  ['Troops will stay for at least another six months.', REF, [{ text: 'at least another six months', type: 'DURATION', value: 'P6M', mod: 'EQUAL_OR_MORE' }]],
  // "the long term" looks ahead like "the short term"; "those days" are some time ago.
  ['In the long term, growth will slow; in those days, the region was calm.', REF, [
    { text: 'the long term', type: 'DATE', value: 'FUTURE_REF' },
    { text: 'those days', type: 'DATE', value: 'PAST_REF' },
  ]],
  // An ISO date and time is a time, to the minute.
  ['The file was updated 2025-11-14T08:00:00Z.', REF, [{ text: '2025-11-14T08:00:00Z', type: 'TIME', value: '2025-11-14T08:00' }]],
  // The short codes of company reports, and "9/11".
  ['Growth slowed in 3Q25, sales rose in 1H25 and fell in Q4\'24.', REF, [
    { text: '3Q25', type: 'DATE', value: '2025-Q3' },
    { text: '1H25', type: 'DATE', value: '2025-H1' },
    { text: "Q4'24", type: 'DATE', value: '2024-Q4' },
  ]],
  ['After the 9/11 attacks, security tightened.', REF, [{ text: '9/11', type: 'DATE', value: '2001-09-11' }]],
  // A range of durations is one duration of at least the lower number.
  ['Russia could rebuild its forces within three to five years.', REF, [{ text: 'three to five years', type: 'DURATION', value: 'P3Y', mod: 'EQUAL_OR_MORE' }]],
  ['The project takes 3-5 years.', REF, [{ text: '3-5 years', type: 'DURATION', value: 'P3Y', mod: 'EQUAL_OR_MORE' }]],
  // "N or M" offers guesses, not a floor: the lower number, approximate.
  ['The repairs may take four or five weeks.', REF, [{ text: 'four or five weeks', type: 'DURATION', value: 'P4W', mod: 'APPROX' }]],
  ['The rebels could regroup within two or three months.', REF, [{ text: 'two or three months', type: 'DURATION', value: 'P2M', mod: 'APPROX' }]],
  // A part of a day counted from the date under discussion.
  ['Rebels entered the town on Nov. 3. The previous evening, shelling had begun. The next morning, troops withdrew.', REF, [
    { text: 'Nov. 3', type: 'DATE', value: '2025-11-03' },
    { text: 'The previous evening', type: 'TIME', value: '2025-11-02TEV' },
    { text: 'The next morning', type: 'TIME', value: '2025-11-03TMO' },
  ]],
  ['The deal was signed on Nov. 3. The week before, the minister resigned.', REF, [
    { text: 'Nov. 3', type: 'DATE', value: '2025-11-03' },
    { text: 'The week before', type: 'DATE', value: '2025-W44' },
  ]],
  ['The year before last was worse.', REF, [{ text: 'The year before last', type: 'DATE', value: '2023' }]],
  ['Later that evening, a second blast hit.', REF, [{ text: 'Later that evening', type: 'TIME', value: '2025-11-14TEV' }]],
  // A month about ten months back in a past-tense clause is this year's.
  ['The conflict entered its third year in February.', REF, [{ text: 'February', type: 'DATE', value: '2025-02' }]],
  // The same moment in another zone, in brackets, stays inside one time.
  ['Duties were due to take effect at 12:01 a.m. EST (0501 GMT) on Monday.', REF, [{ text: '12:01 a.m. EST (0501 GMT) on Monday', type: 'TIME', value: '2025-11-17T00:01' }]],
  // An amount of something per unit of time is a frequency.
  ['Russia exports about 3.3 million barrels of oil a day.', REF, [{ text: 'a day', type: 'SET', value: 'P1D' }]],
  // Dawn, dusk and nightfall are parts of the day; "Dawn" in capitals is a name.
  ['The strike happened at dawn on Saturday.', REF, [{ text: 'dawn on Saturday', type: 'TIME', value: '2025-11-08TMO' }]],
  ['Rebels attacked on Saturday at dawn, and by nightfall the town had fallen.', REF, [
    { text: 'Saturday at dawn', type: 'TIME', value: '2025-11-08TMO' },
    // (That Saturday's nightfall: a time without its day takes the day under discussion.)
    { text: 'nightfall', type: 'TIME', value: '2025-11-08TNI' },
  ]],
  ['He told Dawn that it marks the dawn of a new era.', REF, []],
  // A weekday written with the day picks the year in which they agree (2025-11-12 is a Wednesday).
  ['The summit will open on Wednesday 12 November.', REF, [{ text: 'Wednesday 12 November', type: 'DATE', value: '2025-11-12' }]],
  // British clock times with a dot; a dotted 24-hour time only with a zone ("rose to 14.30" is a figure).
  ['The meeting starts at 12.30pm on Monday.', REF, [{ text: '12.30pm on Monday', type: 'TIME', value: '2025-11-17T12:30' }]],
  ['The session resumes at 10.00 a.m. on Tuesday.', REF, [{ text: '10.00 a.m. on Tuesday', type: 'TIME', value: '2025-11-18T10:00' }]],
  ['Talks resumed at 14.30 GMT.', REF, [{ text: '14.30 GMT', type: 'TIME', value: '2025-11-14T14:30' }]],
  ['Shares rose to 14.30 on Friday.', REF, [{ text: 'Friday', type: 'DATE', value: '2025-11-14' }]],
  // "N and a half" units, and so many years ago.
  ['He served three and a half years in prison.', REF, [{ text: 'three and a half years', type: 'DURATION', value: 'P3Y6M' }]],
  ['The talks lasted 2 and a half hours.', REF, [{ text: '2 and a half hours', type: 'DURATION', value: 'PT2H30M' }]],
  ['Two and a half years ago he left.', REF, [{ text: 'Two and a half years ago', type: 'DATE', value: '2023-05' }]],
  // "last quarter" is the one before this; "the last quarter of 2024" that year's fourth.
  ['Output fell last quarter.', REF, [{ text: 'last quarter', type: 'DATE', value: '2025-Q3' }]],
  ['Output fell in the last quarter of 2024.', REF, [{ text: 'the last quarter of 2024', type: 'DATE', value: '2024-Q4' }]],
  // A weekday of a month, and holidays on fixed days or on a weekday of their month.
  ['The vote is on the first Sunday of December.', REF, [{ text: 'the first Sunday of December', type: 'DATE', value: '2025-12-07' }]],
  ['It met on the last Friday of October.', REF, [{ text: 'the last Friday of October', type: 'DATE', value: '2025-10-31' }]],
  ['Shops will reopen after Boxing Day, and Hogmanay parties are planned.', REF, [
    { text: 'Boxing Day', type: 'DATE', value: '2025-12-26' },
    { text: 'Hogmanay', type: 'DATE', value: '2025-12-31' },
  ]],
  // Feasts that move with Easter (Easter Sunday fell on 20 April 2025 and falls on 5 April 2026).
  ['Protests erupted on Easter Sunday.', REF, [{ text: 'Easter Sunday', type: 'DATE', value: '2025-04-20' }]],
  ['The decision came on Good Friday.', REF, [{ text: 'Good Friday', type: 'DATE', value: '2025-04-18' }]],
  ['Talks will resume after Easter.', REF, [{ text: 'Easter', type: 'DATE', value: '2026-04-05' }]],
  ['Ash Wednesday 2024 was cold.', REF, [{ text: 'Ash Wednesday 2024', type: 'DATE', value: '2024-02-14' }]],
  ['Easter Monday 2024 was wet.', REF, [{ text: 'Easter Monday 2024', type: 'DATE', value: '2024-04-01' }]],
  ['Pilgrims arrived as Easter week began.', '2000-04-17', [{ text: 'Easter week', type: 'DATE', value: '2000-W16' }]],
  ['The Anzac Day service was held at dawn.', REF, [{ text: 'Anzac Day', type: 'DATE', value: '2025-04-25' }, { text: 'dawn', type: 'TIME', value: '2025-04-25TMO' }]],
  ['Congress returns after Memorial Day 2026.', REF, [{ text: 'Memorial Day 2026', type: 'DATE', value: '2026-05-25' }]],
  // A bare season after a preposition of time.
  ['They could not wait until spring.', REF, [{ text: 'spring', type: 'DATE', value: '2026-SP' }]],
  // Dotted dates are day first.
  ['The memo is dated 03.11.2025.', REF, [{ text: '03.11.2025', type: 'DATE', value: '2025-11-03' }]],
  // "would" after a verb of saying looks ahead, as "will" does.
  ['He said the bill would be tabled on Tuesday.', REF, [{ text: 'Tuesday', type: 'DATE', value: '2025-11-18' }]],
  // "around" a date is about then (but "get around Wednesday's ruling" goes round it).
  ['It happened around 2009 and 2010.', REF, [{ text: 'around 2009', type: 'DATE', value: '2009', mod: 'APPROX' }, { text: '2010', type: 'DATE', value: '2010' }]],
  ['They will try to get around Wednesday\'s ruling.', REF, [{ text: 'Wednesday', type: 'DATE', value: '2025-11-12' }]],
  // So many things a day is a frequency; the turn of the millennium.
  ['He read several newspapers a day.', REF, [{ text: 'a day', type: 'SET', value: 'P1D' }]],
  ['The deal was reached at the turn of the millennium.', REF, [{ text: 'the turn of the millennium', type: 'DATE', value: '200', mod: 'START' }]],
  // Periods of economic copy: months that make a quarter or half, a quarter named by its last month, bare codes.
  ['GDP grew in the July-September quarter.', REF, [{ text: 'the July-September quarter', type: 'DATE', value: '2025-Q3' }]],
  ['The economy grew 0.5% in April-June.', REF, [{ text: 'April-June', type: 'DATE', value: '2025-Q2' }]],
  ['Exports posted a decline in January-September.', REF, [{ text: 'January', type: 'DATE', value: '2025-01' }, { text: 'September', type: 'DATE', value: '2025-09' }]],
  ['Growth accelerated to 3.0% in the September quarter.', REF, [{ text: 'the September quarter', type: 'DATE', value: '2025-Q3' }]],
  ['GDP was 1.4% higher in Q3, after 1.5% growth in Q2.', REF, [{ text: 'Q3', type: 'DATE', value: '2025-Q3' }, { text: 'Q2', type: 'DATE', value: '2025-Q2' }]],
  ['Sales fell in H1 and are expected to recover in H2.', REF, [{ text: 'H1', type: 'DATE', value: '2025-H1' }, { text: 'H2', type: 'DATE', value: '2025-H2' }]],
  ['Growth in the first half of the year was strong.', REF, [{ text: 'the first half of the year', type: 'DATE', value: '2025-H1' }]],
  ['The deficit target is 4.4% of GDP for FY26.', REF, [{ text: 'FY26', type: 'DATE', value: '2026' }]],
  // Figures come out after their month; "the March budget" is a month too.
  ['The ONS will publish October GDP data on December 12.', REF, [{ text: 'October', type: 'DATE', value: '2025-10' }, { text: 'December 12', type: 'DATE', value: '2025-12-12' }]],
  ['It was smaller than forecast in the March budget.', REF, [{ text: 'March', type: 'DATE', value: '2025-03' }]],
  ['The vote, scheduled for spring, was delayed.', REF, [{ text: 'spring', type: 'DATE', value: '2026-SP' }]],
  ['Early voting began last week and ends on Saturday.', REF, [{ text: 'last week', type: 'DATE', value: '2025-W45' }, { text: 'Saturday', type: 'DATE', value: '2025-11-15' }]],
  // British: a week after that day; a day of the month standing alone.
  ['The vote is on Tuesday week.', REF, [{ text: 'Tuesday week', type: 'DATE', value: '2025-11-25' }]],
  ['The talks resume a week on Friday.', REF, [{ text: 'a week on Friday', type: 'DATE', value: '2025-11-21' }]],
  ['We meet a week today.', REF, [{ text: 'a week today', type: 'DATE', value: '2025-11-21' }]],
  ['Ministers would meet again on the 4th.', REF, [{ text: 'the 4th', type: 'DATE', value: '2025-12-04' }]],
  ['The vote was held on the 9th.', REF, [{ text: 'the 9th', type: 'DATE', value: '2025-11-09' }]],
  ['He marked the 20th anniversary.', REF, []],
  // Looking ahead: "from Monday", "can be", "to be completed by", a return to Parliament.
  ['Appointments can be booked online from Monday.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]],
  ['Officials expected ratification to be completed by the spring.', REF, [{ text: 'the spring', type: 'DATE', value: '2026-SP' }]],
  ['Parliament returns on Monday.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]],
  ['He bounced back from Monday night\u2019s debate.', REF, [{ text: 'Monday night', type: 'TIME', value: '2025-11-10TNI' }]],
  // Midnight in the past began the day; "over two years" after an amount is across them; "up to" may reach it.
  ['The law took effect at midnight.', REF, [{ text: 'midnight', type: 'TIME', value: '2025-11-14T00:00' }]],
  ['The programme was funded with £250 million over two years.', REF, [{ text: 'two years', type: 'DURATION', value: 'P2Y' }]],
  ['He faces up to 15 years in prison.', REF, [{ text: 'up to 15 years', type: 'DURATION', value: 'P15Y', mod: 'EQUAL_OR_LESS' }]],
  ['They met before the next financial year.', REF, [{ text: 'the next financial year', type: 'DATE', value: '2026' }]],
  ['It takes effect from 1 January 2027, a year earlier than planned.', REF, [{ text: '1 January 2027', type: 'DATE', value: '2027-01-01' }, { text: 'a year', type: 'DURATION', value: 'P1Y' }]],
  ['Done at Geneva in November, two thousand and twenty-five.', REF, [{ text: 'November, two thousand and twenty-five', type: 'DATE', value: '2025-11' }]],
  // A date and its time in figures.
  ['The release was stamped 14/11/2025 15:45 by the agency.', REF, [{ text: '14/11/2025 15:45', type: 'TIME', value: '2025-11-14T15:45' }]],
  // Military times: a zone, Zulu, "hours", or the day after them.
  ['Force protection levels were raised again at 0300 Friday.', REF, [{ text: '0300 Friday', type: 'TIME', value: '2025-11-14T03:00' }]],
  ['The strike came at 0230Z on Thursday.', REF, [{ text: '0230Z on Thursday', type: 'TIME', value: '2025-11-13T02:30' }]],
  ['At 2359 hours on Tuesday the ceasefire began.', REF, [{ text: '2359 hours on Tuesday', type: 'TIME', value: '2025-11-11T23:59' }]],
  ['D-Day is set for 0500 on 3 December.', REF, [{ text: '0500 on 3 December', type: 'TIME', value: '2025-12-03T05:00' }]],
  ['It lasted for 1200 hours.', REF, [{ text: '1200 hours', type: 'DURATION', value: 'PT1200H' }]],
  // Health reports' weeks; the ends of a range share a year; "since the start of", "funded through".
  ['In EW 45, cases fell 12% compared with EW 44.', REF, [{ text: 'EW 45', type: 'DATE', value: '2025-W45' }, { text: 'EW 44', type: 'DATE', value: '2025-W44' }]],
  ['Cases rose in epidemiological weeks 40-44.', REF, [{ text: 'epidemiological weeks 40', type: 'DATE', value: '2025-W40' }, { text: '44', type: 'DATE', value: '2025-W44' }]],
  ['Famine is projected for the period February to May 2026.', REF, [{ text: 'February', type: 'DATE', value: '2026-02' }, { text: 'May 2026', type: 'DATE', value: '2026-05' }]],
  // A month in what a decision is to do lies ahead of it, and a season looked forward to lies ahead, whatever the
  // tense of an earlier clause.
  ['Eight members of OPEC+ agreed on Sunday to raise their December output targets by 137,000 barrels per day.', '2025-11-03', [{ text: 'December', type: 'DATE', value: '2025-12' }]],
  ['The group voted on Friday to hold the talks in December.', '2025-11-03', [{ text: 'December', type: 'DATE', value: '2025-12' }]],
  ['The truce, which both sides agreed on Sunday to respect in March, collapsed.', '2025-11-03', [{ text: 'March', type: 'DATE', value: '2025-03' }]],
  ['The European Council notes that EUR 3.05 billion was disbursed in the second quarter of 2025, and looks forward to the next tranche in the autumn.', '2025-06-26', [{ text: 'the autumn', type: 'DATE', value: '2025-FA' }]],
  ['Output fell in the second quarter, and the next tranche is expected in the autumn.', '2025-06-26', [{ text: 'the autumn', type: 'DATE', value: '2025-FA' }]],
  ['October output data showed a fall.', '2025-11-03', [{ text: 'October', type: 'DATE', value: '2025-10' }]],
  // "the week ended Oct. 31" is the week that holds the day; "last" as a verb is not part of the span; a habit's months
  // are of no one year.
  ['U.S. crude inventories fell by 2.4 million barrels in the week ended Oct. 31, the agency said.', '2025-11-03', [{ text: 'the week ended Oct. 31', type: 'DATE', value: '2025-W44' }]],
  ['The exercise will begin on 18 November and last ten days.', REF, [{ text: 'ten days', type: 'DURATION', value: 'P10D' }]],
  ['The talks could last three days.', REF, [{ text: 'three days', type: 'DURATION', value: 'P3D' }]],
  ['He was in Gaza for the last ten days.', REF, [{ text: 'the last ten days', type: 'DURATION', value: 'P10D' }]],
  ['Food insecurity is expected to worsen during the lean season, which usually runs from May to September.', REF, [{ text: 'May', type: 'DATE', value: 'XXXX-05' }, { text: 'September', type: 'DATE', value: 'XXXX-09' }]],
  ['The lean season typically runs from June to September.', REF, [{ text: 'June', type: 'DATE', value: 'XXXX-06' }, { text: 'September', type: 'DATE', value: 'XXXX-09' }]],
  ['The monsoon arrives in June every year.', REF, [{ text: 'June', type: 'DATE', value: 'XXXX-06' }]],
  ['The talks, which usually take place in Geneva, were held in May.', REF, [{ text: 'May', type: 'DATE', value: '2025-05' }]],
  // A list of months shares the year written after the last one, the first month too.
  ['They would pause increments in January, February and March 2027 because of seasonality.', '2025-11-03', [{ text: 'January', type: 'DATE', value: '2027-01' }, { text: 'February', type: 'DATE', value: '2027-02' }, { text: 'March 2027', type: 'DATE', value: '2027-03' }]],
  ['Talks are set for April, July, or September 2027.', REF, [{ text: 'April', type: 'DATE', value: '2027-04' }, { text: 'July', type: 'DATE', value: '2027-07' }]],
  // (With "typically" or "usually" the range is a habit's, of no one year: see below.)
  ['The lean season runs from June to September.', REF, [{ text: 'June', type: 'DATE', value: '2025-06' }, { text: 'September', type: 'DATE', value: '2025-09' }]],
  ['Cases have been recorded since the start of the outbreak on 12 August.', REF, [{ text: '12 August', type: 'DATE', value: '2025-08-12' }]],
  ['The House voted to keep the government funded through Jan. 30.', REF, [{ text: 'Jan. 30', type: 'DATE', value: '2026-01-30' }]],
  ['The fighting lasted through January.', REF, [{ text: 'January', type: 'DATE', value: '2025-01' }]],
  // Court and climate copy: "on or about", a time "at about" after its day, the year 2100, plans ahead.
  ['The fraud began on or about March 3, 2022.', REF, [{ text: 'on or about March 3, 2022', type: 'DATE', value: '2022-03-03', mod: 'APPROX' }]],
  ['On Oct. 12, 2023, at about 2 a.m., police arrived.', REF, [{ text: 'Oct. 12, 2023, at about 2 a.m.', type: 'TIME', value: '2023-10-12T02:00' }]],
  ['Warming could reach 3C by 2100.', REF, [{ text: '2100', type: 'DATE', value: '2100' }]],
  ['Activists are planning a rally on Saturday.', REF, [{ text: 'Saturday', type: 'DATE', value: '2025-11-15' }]],
  // A clock time without its day takes the day the paragraph is telling of.
  ['At 2:30 a.m. on Thursday a drone struck the base. A second drone was intercepted at 2:47 a.m.', REF, [
    { text: '2:30 a.m. on Thursday', type: 'TIME', value: '2025-11-13T02:30' },
    { text: '2:47 a.m.', type: 'TIME', value: '2025-11-13T02:47' },
  ]],
  ['The minister arrived on Thursday.\n\nTalks resume at 10 a.m.', REF, [
    { text: 'Thursday', type: 'DATE', value: '2025-11-13' },
    { text: '10 a.m.', type: 'TIME', value: '2025-11-14T10:00' },
  ]],
  // The same moment in another zone, in brackets, is no year 1900.
  ['The Fed will announce its decision at 2 p.m. ET (1900 GMT) on Wednesday.', REF, [{ text: '2 p.m. ET (1900 GMT) on Wednesday', type: 'TIME', value: '2025-11-19T14:00' }]],
  // ... but a participle after a comma says when something reported was done.
  ['They said they would appeal the decision, announced Wednesday by the agency.', REF, [{ text: 'Wednesday', type: 'DATE', value: '2025-11-12' }]],
  ['We started this journey on June 16th of last year.', REF, [{ text: 'June 16th of last year', type: 'DATE', value: '2024-06-16' }]],
  // Right after a past verb (and its object), a month or day is the latest one, even a month or two ahead of the
  // article; after "will be" it lies ahead.
  ['The deal was signed in December.', REF, [{ text: 'December', type: 'DATE', value: '2024-12' }]],
  ['He died in December.', REF, [{ text: 'December', type: 'DATE', value: '2024-12' }]],
  ['Rioters stormed the Capitol on Jan. 6.', REF, [{ text: 'Jan. 6', type: 'DATE', value: '2025-01-06' }]],
  ['The deal will be signed in December.', REF, [{ text: 'December', type: 'DATE', value: '2025-12' }]],
  ['They agreed to meet in January.', REF, [{ text: 'January', type: 'DATE', value: '2026-01' }]],
  // A January said in the past in November is this year's; irregular past verbs count as past.
  ['He said in January that talks had failed.', REF, [{ text: 'January', type: 'DATE', value: '2025-01' }]],
  ['The US withdrew from the WHO in January.', REF, [{ text: 'January', type: 'DATE', value: '2025-01' }]],
  ['Profits grew in December.', REF, [{ text: 'December', type: 'DATE', value: '2024-12' }]],
];

test('decades, halves and years written short', () => {
  check("In the early '00s reforms passed. The '10s were calmer; the '20s roared.", REF, [
    { text: "the early '00s", type: 'DATE', value: '200', mod: 'START' },
    { text: "The '10s", type: 'DATE', value: '201' },
    { text: "the '20s", type: 'DATE', value: '192' },
  ]);
  check('The mid-90s settlement was fragile. In the 80s, too.', REF, [
    { text: 'The mid-90s', type: 'DATE', value: '199', mod: 'MID' },
    { text: 'the 80s', type: 'DATE', value: '198' },
  ]);
  none('Temperatures were in the mid-90s.', REF, 'the mid-90s');
  none('Once in my early 20s, I left.', REF, 'early 20s');
  none('Youth unemployment is in the mid-30s.', REF, 'the mid-30s');
  check('The plant will be operational by 1H 2027, after 3Q 2025.', REF, [
    { text: '1H 2027', type: 'DATE', value: '2027-H1' },
    { text: '3Q 2025', type: 'DATE', value: '2025-Q3' },
  ]);
  check("Aug. '08: war in Georgia. In March '98 they met.", REF, [
    { text: "Aug. '08", type: 'DATE', value: '2008-08' },
    { text: "March '98", type: 'DATE', value: '1998-03' },
  ]);
});

test('temporal expressions are found and normalised', () => {
  for (const [text, ref, expected] of TABLE) check(text, ref, expected);
});

test('expressions anchored on the date under discussion take their value from it', () => {
  check('The ceasefire was signed on March 3, 2023. The following year, talks resumed.', REF, [{ text: 'The following year', type: 'DATE', value: '2024' }]);
  check('The deal was signed on 5 May 2022. The next day, fighting resumed.', REF, [{ text: 'The next day', type: 'DATE', value: '2022-05-06' }]);
  check('In 2019 the talks began; two years later they collapsed.', REF, [{ text: 'two years later', type: 'DATE', value: '2021' }]);
  // A story that has moved on: "Three years later" and "The following March" are the dates under discussion now.
  check('In the spring of 1994, he left. Three years later he returned. By the following autumn, he was back.', REF, [
    { text: 'Three years later', type: 'DATE', value: '1997-SP' },
    { text: 'the following autumn', type: 'DATE', value: '1997-FA' },
  ]);
  check('In September 2016 they met. The following March they signed. That summer it collapsed.', REF, [
    { text: 'The following March', type: 'DATE', value: '2017-03' },
    { text: 'That summer', type: 'DATE', value: '2017-SU' },
  ]);
  // "a year ago" and "a year earlier" still do not: a results story compares each figure with the same quarter.
  check('Revenue rose in the third quarter of 2024. A year earlier it fell. The following year it rose.', REF, [{ text: 'The following year', type: 'DATE', value: '2025' }]);
  // A month, a week or a morning after a month: in the story's year, never counted from the article's date.
  check('In March 1994, he left. That December he came back.', REF, [{ text: 'That December', type: 'DATE', value: '1994-12' }]);
  check('In March 1994, he left. The following week he returned. The next morning he called. Later that year he died.', REF, [
    { text: 'The following week', type: 'DATE', value: '1994-03' },
    { text: 'The next morning', type: 'DATE', value: '1994-03' },
    { text: 'Later that year', type: 'DATE', value: '1994' },
  ]);
  none('He said that December was cold.', REF, 'that December');
  // Whole centuries and decades from now or from the date under discussion.
  check('The war ended in 1995. Half a century later, the mood changed.', REF, [{ text: 'Half a century later', type: 'DATE', value: '2045' }]);
  check('Half a century ago, the war ended. A quarter of a century ago, talks began. It lasted half a century.', REF, [
    { text: 'Half a century ago', type: 'DATE', value: '1975' },
    { text: 'A quarter of a century ago', type: 'DATE', value: '2000' },
    { text: 'half a century', type: 'DURATION', value: 'P50Y' },
  ]);
  check('In 1994 he left. A decade on, he returned.', REF, [{ text: 'A decade on', type: 'DATE', value: '2004' }]);
  check('He spent two years on the project.', REF, [{ text: 'two years', type: 'DURATION', value: 'P2Y' }]);
  // A season before or after the date under discussion: the last one begun before it, the first one after it.
  check('The deal collapsed in October 2019. The previous spring, talks had stalled; the previous winter was hard.', REF, [
    { text: 'The previous spring', type: 'DATE', value: '2019-SP' },
    { text: 'the previous winter', type: 'DATE', value: '2018-WI' },
  ]);
  check('The deal collapsed in 2019. The previous spring, talks had stalled.', REF, [{ text: 'The previous spring', type: 'DATE', value: '2018-SP' }]);
  check('The deal collapsed in February 2019. The following spring, talks resumed.', REF, [{ text: 'The following spring', type: 'DATE', value: '2019-SP' }]);
  check('The deal collapsed in October 2019. The next spring, talks resumed.', REF, [{ text: 'The next spring', type: 'DATE', value: '2020-SP' }]);
  // TimeML keeps "two days later" a duration; the date it reaches is noted beside it.
  check('The ceasefire was signed on 3 March 2021. Two days later, fighting resumed.', REF, [{ text: 'Two days', type: 'DURATION', value: 'P2D', point: '2021-03-05' }]);
  check('Talks began on 3 March 2021. Three weeks later they collapsed, and a fortnight earlier they had stalled.', REF, [
    { text: 'Three weeks', type: 'DURATION', value: 'P3W', point: '2021-W12' },
    { text: 'a fortnight', type: 'DURATION', value: 'P2W', point: '2021-W07' },
  ]);
  check('The accord was signed in May 2019. Six months later it collapsed.', REF, [{ text: 'Six months', type: 'DURATION', value: 'P6M', point: '2019-11' }]);
  // Counted from something else, or from nothing.
  check('The accord was signed in May 2019. Two days after the vote it collapsed.', REF, [{ text: 'Two days', type: 'DURATION', value: 'P2D', point: null }]);
  check('Two days later, fighting resumed.', REF, [{ text: 'Two days', type: 'DURATION', value: 'P2D', point: null }]);
  // Results stories: "a year earlier" is the same quarter a year before.
  check('Revenue rose in the third quarter of 2024. A year earlier it fell.', REF, [{ text: 'A year earlier', type: 'DATE', value: '2023-Q3' }]);
  // "the quarter" is the one under discussion; with none mentioned, in a results story, the last one completed.
  check('Profit fell in the second quarter. The company said the quarter was hard.', REF, [
    { text: 'the second quarter', type: 'DATE', value: '2025-Q2' },
    { text: 'the quarter', type: 'DATE', value: '2025-Q2' },
  ]);
  check('Net income in the quarter rose 10% from $5 million a year earlier.', REF, [
    { text: 'the quarter', type: 'DATE', value: '2025-Q3' },
    { text: 'a year earlier', type: 'DATE', value: '2024-Q3' },
  ]);
  // A plan's step in the present lies ahead.
  check('The program completes its critical design review in the second quarter, and we have no further charges.', '2025-10-24', [
    { text: 'the second quarter', type: 'DATE', value: '2026-Q2' },
  ]);
  // A comparison's baseline is not the quarter under discussion.
  check('Operating margin was 12.8%, down 40 basis points from Q3 2024. Free cash flow was $612 million in the quarter.', '2025-10-24', [
    { text: 'the quarter', type: 'DATE', value: '2025-Q3' },
  ]);
  // Elsewhere, with none mentioned, "the quarter" is the current one: a quarterly report's.
  check('Inspectors were denied access to a workshop in Isfahan twice during the quarter, according to two diplomats.', '2025-09-10', [
    { text: 'the quarter', type: 'DATE', value: '2025-Q3' },
  ]);
});

test('a live blog: a time opening its line, and no date joined across a line break', () => {
  check('Updated 3 hours ago\n\n11:40 - The pound fell 0.4%.', REF, [
    { text: '3 hours ago', type: 'DATE', value: '2025-11-14' },
    { text: '11:40', type: 'TIME', value: '2025-11-14T11:40' },
  ]);
  none('The score was 3:1 at half time.', REF, '3:1');
  // In bold too.
  check('**08:15** — Overnight, forces demolished at least 30 buildings.', REF, [{ text: '08:15', type: 'TIME', value: '2025-11-14T08:15' }]);
});

test("a live blog's entry stamped with an earlier day: its today, tomorrow and yesterday count from that day", () => {
  const blog =
    '**10:05 GMT** — The minister will travel to Cairo tomorrow, his office said.\n\n' +
    '**Thursday, 21:45 GMT** — The minister will travel to Cairo tomorrow, his office said. Earlier today, he met the envoy.\n\n' +
    '**Wednesday, 18:00 GMT** — Talks resumed today after a pause, officials said. Yesterday, the envoy arrived.\n\n' +
    '08:15 — The talks will resume tomorrow.';
  const got = findDates(blog, paragraphs(blog), REF).map((d) => [d.text, d.value]);
  assert.deepEqual(got, [
    ['10:05 GMT', '2025-11-14T10:05'],
    ['tomorrow', '2025-11-15'],
    ['Thursday, 21:45 GMT', '2025-11-13T21:45'],
    ['tomorrow', '2025-11-14'],
    ['Earlier today', '2025-11-13'],
    ['Wednesday, 18:00 GMT', '2025-11-12T18:00'],
    ['today', '2025-11-12'],
    ['Yesterday', '2025-11-11'],
    // A stamp of the article's day ends the entry before.
    ['08:15', '2025-11-14T08:15'],
    ['tomorrow', '2025-11-15'],
  ]);
});

test("a digest's item under a day's heading counts its yesterday, weekend and weekdays from that day, up to the next heading", () => {
  const digest =
    '# The Week in Diplomacy — No. 214\n\n' +
    '## WEDNESDAY | 12 Nov\n\n' +
    '**Gaza.** Hamas and Israel accused each other of violations over the weekend. The army said yesterday that two soldiers had died.\n\n' +
    'MONDAY | 10 Nov\n\n' +
    'Ministers met on Friday in Brussels.\n\n' +
    '## Coming up\n\n' +
    'Officials arrived this morning.';
  const got = findDates(digest, paragraphs(digest), '2025-11-16').map((d) => [d.text, d.value]);
  assert.deepEqual(got, [
    ['WEDNESDAY', '2025-11-12'],
    ['12 Nov', '2025-11-12'],
    ['the weekend', '2025-W45-WE'],
    ['yesterday', '2025-11-11'],
    ['MONDAY', '2025-11-10'],
    ['10 Nov', '2025-11-10'],
    ['Friday', '2025-11-07'],
    // Another heading ends the day's section.
    ['this morning', '2025-11-16TMO'],
  ]);
  // A line with more than a day is no heading.
  check('Talks on 12 Nov were tense.\nThe army said yesterday that two soldiers had died.', '2025-11-16', [{ text: 'yesterday', type: 'DATE', value: '2025-11-15' }]);
});

test('a day ahead after a clock and "on", talks called for, a condition; a timeline\'s listed clocks', () => {
  const THU = '2025-11-20';
  check('Judge Schmitt adjourned the hearing until 10 a.m. on Monday.', THU, [{ text: '10 a.m. on Monday', type: 'TIME', value: '2025-11-24T10:00' }]);
  check('I have invited the social partners for talks on Friday.', THU, [{ text: 'Friday', type: 'DATE', value: '2025-11-21' }]);
  check('They met for talks on Friday.', THU, [{ text: 'Friday', type: 'DATE', value: '2025-11-14' }]);
  check('If Friday brings nothing, we extend.', THU, [{ text: 'Friday', type: 'DATE', value: '2025-11-21' }]);
  check('Talks are scheduled for 10:00 on Friday at the Ministry.', THU, [{ text: '10:00 on Friday', type: 'TIME', value: '2025-11-21T10:00' }]);
  check('Timeline:\n- 02:14 — Main shock strikes off the coast.\n- 02:19 — A tsunami warning is issued.', THU, [
    { text: '02:14', type: 'TIME', value: '2025-11-20T02:14' },
    { text: '02:19', type: 'TIME', value: '2025-11-20T02:19' },
  ]);
});

test('ages and address numbers are no times', () => {
  none('Only 70 percent of ten-year-olds can read.', REF, 'ten-year');
  none('Room 1802, Block B, Futian District; Suite 2011.', REF, '1802');
  none('Room 1802, Block B, Futian District; Suite 2011.', REF, '2011');
  // The year in a resolution's symbol is part of its name.
  none('The Council adopted resolution 2801 (2025) on Friday.', REF, '2025');
  none('See S/RES/2712 (2023).', REF, '2023');
  check('The resolution was adopted in 2025 (its second).', REF, [{ text: '2025', type: 'DATE', value: '2025' }]);
});

test("an embedded post's relative days count from its stamp", () => {
  const article =
    'The strike began quietly.\n\n' +
    '> **BTB-ABVV Havens** @btb_havens\n> From 06:00 tomorrow all pilots stop work for 48 hours.\n> 7:42 PM · Nov 11, 2025\n\n' +
    'Talks resume tomorrow, officials said.';
  const got = findDates(article, paragraphs(article), '2025-11-13').map((d) => [d.text, d.value]);
  assert.deepEqual(got, [
    ['06:00 tomorrow', '2025-11-12T06:00'],
    ['48 hours', 'PT48H'],
    ['7:42 PM · Nov 11, 2025', '2025-11-11T19:42'],
    ['tomorrow', '2025-11-14'],
  ]);
  // Posts one under another: each stamp dates the lines after the one before.
  const thread = '> It rained yesterday.\n> 7:42 PM · Nov 11, 2025\n> It snowed yesterday.\n> 9:05 AM · Nov 12, 2025';
  assert.deepEqual(findDates(thread, paragraphs(thread), '2025-11-13').filter((d) => d.text === 'yesterday').map((d) => d.value), ['2025-11-10', '2025-11-11']);
});

test("'from 2027 onwards' is that year and after", () => {
  check('Deliveries rise from 2027 onwards.', REF, [{ text: '2027 onwards', type: 'DATE', value: '2027', mod: 'ON_OR_AFTER' }]);
  check('Fees apply from the 2026 budget cycle onward.', REF, [{ text: '2026', type: 'DATE', value: '2026', mod: 'ON_OR_AFTER' }]);
  check('Prices rose from 2024 to 2025.', REF, [{ text: '2024', type: 'DATE', value: '2024' }]);
});

test('a clock time takes the day named later in its clause', () => {
  check('The text had been "negotiated until 3 a.m." by vice-ministers on Friday.', '2025-11-22', [{ text: '3 a.m.', type: 'TIME', value: '2025-11-21T03:00' }]);
  check('Talks ended at 3 a.m. and resume on Monday.', '2025-11-22', [{ text: '3 a.m.', type: 'TIME', value: '2025-11-22T03:00' }]);
});

test("opening hours of a weekday, an amount 'more a year', a financial year's own year", () => {
  check('The plan restores Sunday hours at the main library.', '2026-03-11', [{ text: 'Sunday', type: 'SET', value: 'XXXX-WXX-7' }]);
  none('The plan restores Sunday hours at the main library.', '2026-03-11', 'hours');
  // A weekday in a publication's name is no day; a weekly one's is every such day.
  none('Sign up to get The Friday Brief in your inbox.', '2026-11-27', 'Friday');
  none('The Monday Briefing is our look at the week ahead.', '2026-11-27', 'Monday');
  check('Sign up for our Monday newsletter.', '2026-11-27', [{ text: 'Monday', type: 'SET', value: 'XXXX-WXX-1' }]);
  check('The Friday briefing was cancelled.', '2026-11-27', [{ text: 'Friday', type: 'DATE', value: '2026-11-27' }]);
  check('Households will pay about $287 more a year.', '2026-03-11', [{ text: 'a year', type: 'SET', value: 'P1Y' }]);
  none('Spending in the financial year 2024-25 fell.', '2026-03-11', 'the financial year');
});

test("'a Tuesday' is some Tuesday, not the nearest", () => {
  check('We spoke in her office on a grey Tuesday afternoon in February.', '2025-03-14', [
    { text: 'Tuesday afternoon', type: 'TIME', value: 'XXXX-WXX-2TAF' },
    { text: 'February', type: 'DATE', value: '2025-02' },
  ]);
  check('The summit will take place on a Tuesday in February.', '2025-10-22', [{ text: 'Tuesday', type: 'DATE', value: 'XXXX-WXX-2' }]);
});

test("'The 26 October parliamentary elections': the article is the noun's, not the date's", () => {
  check('The 26 October parliamentary elections were competitive.', '2025-10-27', [{ text: '26 October', type: 'DATE', value: '2025-10-26' }]);
  check('Talks resumed on the 3rd of November.', '2025-11-14', [{ text: 'the 3rd of November', type: 'DATE', value: '2025-11-03' }]);
});

test("a title's 'The Week' is no week", () => {
  none('# The Week in Diplomacy\n\nThe Year in Review', '2025-11-16', 'The');
  check('The week was busy.', '2025-11-16', [{ text: 'The week', type: 'DATE', value: '2025-W46' }]);
});

test("an entry of a chronology lends its date's year to its whole line", () => {
  const factbox = '* Aug. 24, 2016 - Negotiators announce a final agreement. Voters narrowly reject it in a referendum on Oct. 2.\n* Talks resume on Dec. 4.';
  check(factbox, '2025-05-08', [
    { text: 'Oct. 2', type: 'DATE', value: '2016-10-02' },
    { text: 'Dec. 4', type: 'DATE', value: '2025-12-04' },
  ]);
});

test('a month or day without a year takes the year of the narrative it continues', () => {
  // Later in the sentence of a date written with its year.
  check('The talks opened on Nov. 1, 1995, and the agreement was initialled on Nov. 21.', REF, [
    { text: 'Nov. 1, 1995', type: 'DATE', value: '1995-11-01' },
    { text: 'Nov. 21', type: 'DATE', value: '1995-11-21' },
  ]);
  // The entries of a chronology under a year, or on the line a year opens.
  check('Timeline\n\n2014\nFeb. 22 - Yanukovich flees Kyiv.\nMarch 18 - Putin signs a treaty annexing Crimea.\n\n1948 - Israel declares independence on May 14.', REF, [
    { text: '2014', type: 'DATE', value: '2014' },
    { text: 'Feb. 22', type: 'DATE', value: '2014-02-22' },
    { text: 'March 18', type: 'DATE', value: '2014-03-18' },
    { text: '1948', type: 'DATE', value: '1948' },
    { text: 'May 14', type: 'DATE', value: '1948-05-14' },
  ]);
  // Not in the next sentence, not earlier in that year, not ahead, and not after a year inside a sentence.
  check('The cease-fire began in August 1988. Iran condemned the invasion on Aug. 2.', REF, [
    { text: 'August 1988', type: 'DATE', value: '1988-08' },
    { text: 'Aug. 2', type: 'DATE', value: '2025-08-02' },
  ]);
  check('The accord was signed on June 3, 2015, and amended in March.', REF, [
    { text: 'June 3, 2015', type: 'DATE', value: '2015-06-03' },
    { text: 'March', type: 'DATE', value: '2025-03' },
  ]);
  check('The firm, founded in March 1990, will open a plant in January.', REF, [
    { text: 'March 1990', type: 'DATE', value: '1990-03' },
    { text: 'January', type: 'DATE', value: '2026-01' },
  ]);
  check('The 1988 accord was amended in July.', REF, [
    { text: '1988', type: 'DATE', value: '1988' },
    { text: 'July', type: 'DATE', value: '2025-07' },
  ]);
});

test('"the following February" is the first February after the date under discussion', () => {
  check('It was signed in April 2010. It entered into force the following February.', REF, [{ text: 'the following February', type: 'DATE', value: '2011-02' }]);
  check('It was signed in April 2010. It had been drafted the previous March.', REF, [{ text: 'the previous March', type: 'DATE', value: '2010-03' }]);
  check('The ceasefire will start the following March.', REF, [{ text: 'the following March', type: 'DATE', value: '2026-03' }]);
});

test('a day the anchor is too coarse to count from, and a reporting date inside a narrative', () => {
  check('SALT I was signed in Moscow in May 1972. The ABM Treaty, signed the same day, limited defences.', REF, [{ text: 'the same day', type: 'DATE', value: '1972-05' }]);
  check('Drones hit the refinery last weekend. The next day, the governor said it burned.', REF, [{ text: 'The next day', type: 'DATE', value: '2025-W45-WE' }]);
  // A year to come that a forecast names is no time anything was done on: the day before it is the anchor.
  check('The agency said in its report on November 13 that prices would rise next year. The ministry, in a statement published the same day, disagreed.', REF, [{ text: 'the same day', type: 'DATE', value: '2025-11-13' }]);
  check('The bank said on Tuesday that it expected growth in 2026. Its rival cut its forecast the next day.', REF, [{ text: 'the next day', type: 'DATE', value: '2025-11-12' }]);
});

test('a month that names a thing told of before ("the May deadline") is the month written before with its year', () => {
  check('Tedros urged negotiators to finish the annex by May 2026. Some diplomats said the May deadline was unrealistic.', REF, [{ text: 'May', type: 'DATE', value: '2026-05' }]);
  check('NASA is targeting a launch no earlier than February 5, 2026. Officials said the February window runs until February 11.', REF, [{ text: 'February', type: 'DATE', value: '2026-02' }]);
  // A part of the month between the deadline's word and the month: "through the end of March" as "through March".
  check('The ministers agreed on Thursday to keep fees unchanged through the end of March.', REF, [{ text: 'the end of March', type: 'DATE', value: '2026-03' }]);
  check('The fighting lasted until the end of March.', REF, [{ text: 'the end of March', type: 'DATE', value: '2025-03' }]);
  check('Oil prices have come down from the middle of October.', REF, [{ text: 'the middle of October', type: 'DATE', value: '2025-10' }]);
});

test('a month in what a decision is to do, after a long object ("agreed to pause their increases in crude oil output from January")', () => {
  check('Eight producers agreed on Thursday to pause their increases in crude oil output from January.', REF, [{ text: 'January', type: 'DATE', value: '2026-01' }]);
  // Without "the" and a noun it keeps its own tense.
  check('The law was passed in March 2023. Sales fell in March.', REF, [{ text: 'March', type: 'DATE', value: '2025-03' }]);
  // "reported on Nov. 14" is when the story was told, not a day of 2022.
  check('Russia has lost troops since February 2022, the General Staff reported on Nov. 14.', REF, [{ text: 'Nov. 14', type: 'DATE', value: '2025-11-14' }]);
});

test("a diary: a day alone on its line dates the clock times below it", () => {
  const text = 'MONDAY, NOV. 17\n\nBRUSSELS - EU foreign ministers meet.\n\nRubio meets Jaishankar, 1430 GMT.\n\nTUESDAY, NOV. 18\n\nTalks open at 0900 GMT.';
  check(text, REF, [
    { text: '1430 GMT', type: 'TIME', value: '2025-11-17T14:30' },
    { text: '0900 GMT', type: 'TIME', value: '2025-11-18T09:00' },
  ]);
});

test('a year that opens its sentence lends itself to the days of that sentence', () => {
  check('In 2024, the court ruled on 14 February.', REF, [
    { text: '2024', type: 'DATE', value: '2024' },
    { text: '14 February', type: 'DATE', value: '2024-02-14' },
  ]);
  check('"Enough." In 2019, the court struck it down on March 3.', REF, [
    { text: '2019', type: 'DATE', value: '2019' },
    { text: 'March 3', type: 'DATE', value: '2019-03-03' },
  ]);
  // Not inside a sentence: "said in 2019, on March 3, that" may tell of two times.
  check('He said in 2019, on March 3, that it was over.', REF, [
    { text: '2019', type: 'DATE', value: '2019' },
    { text: 'March 3', type: 'DATE', value: '2025-03-03' },
  ]);
});

test('anniversaries, and periods counted from the date under discussion', () => {
  check('Fifty years ago this week, Franco lay dying.', REF, [{ text: 'Fifty years ago this week', type: 'DATE', value: '1975-W46' }]);
  check('Thirty years ago today, the accords were signed.', REF, [{ text: 'Thirty years ago today', type: 'DATE', value: '1995-11-14' }]);
  check('Thirty years ago this month, the presidents gathered.', REF, [{ text: 'Thirty years ago this month', type: 'DATE', value: '1995-11' }]);
  check('On this day in 1995, the accords were initialled.', REF, [{ text: 'this day in 1995', type: 'DATE', value: '1995-11-14' }]);
  check('The wall fell in 1989. A decade later, the euro was launched.', REF, [
    { text: '1989', type: 'DATE', value: '1989' },
    { text: 'A decade later', type: 'DATE', value: '1999' },
  ]);
  check('The empire collapsed in 1918. A century earlier, it was strong.', REF, [
    { text: '1918', type: 'DATE', value: '1918' },
    { text: 'A century earlier', type: 'DATE', value: '1818' },
  ]);
  // From a decade or a century, counted in its own terms; from a day, decades give a year, not the day.
  check('In the late 1970s he served in Cairo. A decade later he returned.', REF, [{ text: 'A decade later', type: 'DATE', value: '198' }]);
  check('In the mid-1990s he served abroad. The following decade he retired.', REF, [{ text: 'The following decade', type: 'DATE', value: '200' }]);
  check('In the 19th century it was a port. A century later it was a city.', REF, [{ text: 'A century later', type: 'DATE', value: '19' }]);
  check('He signed it on 17 September 1978. A decade later he retired.', REF, [{ text: 'A decade later', type: 'DATE', value: '1988' }]);
  // "the same month last year": the month under discussion (or the article's), a year away; one date, not two.
  check('Exports rose in the same month last year, officials said.', REF, [{ text: 'the same month last year', type: 'DATE', value: '2024-11' }]);
  check('In October, sales rose 4% from the same month a year earlier.', REF, [
    { text: 'October', type: 'DATE', value: '2025-10' },
    { text: 'the same month a year earlier', type: 'DATE', value: '2024-10' },
  ]);
  check('Output fell in the third quarter compared with the same quarter of the previous year.', REF, [
    { text: 'the third quarter', type: 'DATE', value: '2025-Q3' },
    { text: 'the same quarter of the previous year', type: 'DATE', value: '2024-Q3' },
  ]);
  // A year after "the 1990s" is some year, not one counted from the article's date.
  check('In the 1990s he served abroad. The following year he retired.', REF, [{ text: 'The following year', type: 'DATE', value: 'XXXX' }]);
  check('The treaty was signed in 1990. The following decade brought war.', REF, [
    { text: '1990', type: 'DATE', value: '1990' },
    { text: 'The following decade', type: 'DATE', value: '200' },
  ]);
  check('Rabin was killed in 1995. The following spring, elections were held.', REF, [
    { text: '1995', type: 'DATE', value: '1995' },
    { text: 'The following spring', type: 'DATE', value: '1996-SP' },
  ]);
  check('The protests began in the autumn of 1989 and peaked that winter.', REF, [
    { text: 'the autumn of 1989', type: 'DATE', value: '1989-FA' },
    { text: 'that winter', type: 'DATE', value: '1989-WI' },
  ]);
  check('The reactor opened in 1986. In April of that year it exploded.', REF, [
    { text: '1986', type: 'DATE', value: '1986' },
    { text: 'April of that year', type: 'DATE', value: '1986-04' },
  ]);
  check('The war began in the summer of 2003. The agreement was signed on Aug. 18 that year.', REF, [
    { text: 'the summer of 2003', type: 'DATE', value: '2003-SU' },
    { text: 'Aug. 18 that year', type: 'DATE', value: '2003-08-18' },
  ]);
  check('He was posted to Moscow in 1964, the year Khrushchev was ousted.', REF, [
    { text: '1964', type: 'DATE', value: '1964' },
    { text: 'the year', type: 'DATE', value: '1964' },
  ]);
  check('They have been at odds for the past half-century.', REF, [{ text: 'the past half-century', type: 'DURATION', value: 'P50Y' }]);
});

test('words that only look temporal are left alone', () => {
  none('The score was 3:1 at half time.', REF, '3:1');
  none('John 3:16 was quoted.', REF, '3:16');
  // (The same moment in brackets is no time of its own; it stays inside the one it repeats.)
  noneExactly('The blast came at 10:35 a.m. (0735 GMT) on Friday.', REF, '0735 GMT');
  none('The strike began at 0600 local time (0300 GMT).', REF, '0300');
  none('The bank raised its overnight rate.', REF, 'overnight');
  // A web address holds no date of the article's.
  none('See https://example.org/2025/11/14/iraq-talks-2024-2025 for details.', REF, '2025');
  none('Officials may meet again.', REF, 'may');
  // Spoken numbers that count things are not years.
  none('The army lost two thousand three hundred soldiers.', REF, 'two thousand');
  none('Some nineteen hundred and fifty troops crossed.', REF, 'nineteen');
  none('Current prices rose.', REF, 'Current');
  // Guards of the rules: each of these was marked when its guard was switched off.
  none('The deadline is February 30.', REF, 'February');
  none('Item No. 2025 was sold.', REF, '2025');
  none('The fund paid $2025 in fees.', REF, '2025');
  none('Three quarters of voters agree.', REF, 'quarters');
  none('The Fed cut rates by a quarter point, then by a quarter percentage point.', REF, 'quarter');
  none('They returned to their living quarters.', REF, 'quarters');
  none('The firm sold short term debt.', REF, 'term');
  // ("the year before" is the year before the date under discussion, never "the year" alone.)
  noneExactly('We met the year before.', REF, 'the year');
  none('The month of Ramadan began.', REF, 'month');
  none('Revenue rose quarter-to-quarter.', REF, 'quarter');
  none('He is 52 years old.', REF, 'years');
  none('It spins 500 times per second.', REF, 'second');
  none('The christmas market opened.', REF, 'christmas');
  none('The spring of the machine broke.', REF, 'spring');
  none('About 1700 people attended.', REF, '1700');
  none('Results for H3 2024 were restated.', REF, 'H3');
  noneExactly('Violence spread for the past three summers.', REF, 'the past');
  noneExactly('The quarter-to-quarter comparison was weak.', REF, 'The quarter');
  none('For Poland, high noon comes today.', REF, 'noon');
  // Names that hold a feast or a weekday are no dates.
  none('The Good Friday Agreement was signed in 1998.', REF, 'Friday');
  none('The Easter Rising of 1916 changed Ireland.', REF, 'Easter');
  none('They sailed to Easter Island.', REF, 'Easter');
  none('Candidates campaigned ahead of Super Tuesday.', REF, 'Tuesday');
  none('Yields in the short term debt market fell.', REF, 'short term');
  none('He wore his sunday best.', REF, 'sunday');
  none('They met at 13 p.m.', REF, '13');
  none('It took 2000 weeks.', REF, '2000');
  none('AP-NY-02-16-00 1717', REF, '1717');
  none('We may 3 times try.', REF, 'may');
  none('The march 12 miles long ended in a rally.', REF, 'march');
  none('The 3 march was long.', REF, 'march');
  none('The dispute may be resolved in court.', REF, 'may');
  none('He was arrested at this march.', REF, 'march');
  none('It lasted many year.', REF, 'year');
  none('It will happen some day.', REF, 'day');
  noneExactly('It ended a years-old slump.', REF, 'years');
  none('They march on the capital.', REF, 'march');
  none('Prices fall in the spring market when ministers fall out.', REF, 'fall');
  none('A 6-year-old girl was hurt.', REF, '6-year-old');
  none('The fund paid $2,008 to 1,990 people.', REF, '008');
  none('Shares rose 3/8 to 12 1/4.', REF, '3/8');
  none('He won a second term.', REF, 'a second');
  none('The US sent 2000 troops.', REF, '2000');
  none('Jan Kavan of the Czech Republic signed.', REF, 'Jan');
  none('They discussed the future of NATO.', REF, 'future');
  // Numbers beside a day that are no days: counts, amounts, clock times, ratios, a day the month lacks.
  noneExactly('On March 3 and 4 people were killed.', REF, '4');
  noneExactly('In March 3-5% of voters switched.', REF, '5');
  noneExactly('The talks run Dec. 3 to 5 p.m. on Friday.', REF, '5');
  noneExactly('The festival runs 30-31 February.', REF, '30');
  noneExactly('The vote went 14-9 November 5 in the Senate.', REF, '14');
  noneExactly('The vote went 14-9 November 5 in the Senate.', REF, '9 November');
  noneExactly('Scores ran 0-5 December.', REF, '0');
  none('About 1900-1950 troops were sent.', REF, '1900');
  noneExactly('Figures for 2020-2015 were revised.', REF, '2015');
  none('The fund paid $2000-2010 each.', REF, '2000');
  none('The file is dated 2010-11-05.', REF, '11-05 ');
  // A vague count or a weekday in lower case is no day counted from a day.
  noneExactly('It will take a few days from Monday.', REF, 'a few days from Monday');
  noneExactly('It opens a week from monday.', REF, 'a week from monday');
  // Comparisons with the month or year before, a meeting's record, and numbers of laws.
  none('Prices rose 0.3% on the month and 2.1% on the year.', REF, 'the month');
  none('Prices rose 0.3% on the month and 2.1% on the year.', REF, 'the year');
  none('The minutes of the October meeting showed division.', REF, 'minutes');
  none("The Fed's minutes showed division.", REF, 'minutes');
  none('The law is Regulation (EU) 2016/679 on data.', REF, '2016');
  none('It implements Directive 2019/1937.', REF, '1937');
  none('It breaches Article 2019 of the code.', REF, '2019');
  none('It was 3.5 pm.', REF, '5 pm');
  none('Prices fall in spring when ministers fall out.', REF, 'fall');
  // A capitalised stretch of time before a capitalised word is a name.
  none('Israel won the Six-Day War in 1967.', REF, 'Six-Day');
  none('He fought in the Hundred Years War.', REF, 'Years');
  none('The H2 fuel plant opened.', REF, 'H2');
  // Verbs and names that only look like seasons or frequencies.
  none('These plans that fall short of the goal.', REF, 'fall');
  none('Bombs that fall on Gaza kill civilians.', REF, 'fall');
  none('The Spring Festival and Mid-Autumn Festival are holidays.', REF, 'Spring');
  none("The People's Daily said it was wrong.", REF, 'Daily');
});

test('annotations are sorted, disjoint and match the text', () => {
  const text = 'On Thursday, Nov. 13, 2025, at 10 a.m., officials said that for five years, since 2020, talks were held weekly.\nNext week they meet again.';
  const got = findDates(text, paragraphs(text), REF);
  assert.ok(got.length >= 4);
  for (let i = 0; i < got.length; i++) {
    assert.equal(got[i].text, text.slice(got[i].start, got[i].end));
    if (i > 0) assert.ok(got[i - 1].end <= got[i].start, 'no overlaps, in order');
  }
});

test('relative dates without a reference date are unresolved, absolute ones are not', () => {
  const text = 'Talks began on March 3, 2025 and resume next week.';
  const got = findDates(text, paragraphs(text), null);
  assert.equal(got.find((g) => g.text === 'March 3, 2025')?.unresolved, undefined);
  assert.equal(got.find((g) => g.text === 'next week')?.unresolved, true);
  const ago = findDates('It began two years ago.', paragraphs('It began two years ago.'), null);
  assert.equal(ago[0]?.unresolved, true);
});

test('long, repetitive and garbage input returns valid offsets without throwing', () => {
  const inputs = [
    'may '.repeat(20000),
    'Thursday '.repeat(5000),
    `${'x'.repeat(200000)} on Nov. 13, 2025 ${'y'.repeat(100000)}`,
    Array.from({ length: 50000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
    '\u{1F600} early October \u{1F600}'.repeat(2000),
    '1 2 3 4 5 6 7 8 9 10 11 12 '.repeat(3000),
  ];
  for (const text of inputs) {
    const got = findDates(text, paragraphs(text), REF);
    for (const g of got) {
      assert.ok(g.start >= 0 && g.end <= text.length && g.start < g.end);
      assert.equal(g.text, text.slice(g.start, g.end));
    }
  }
  // Paragraph spans outside the text are tolerated.
  assert.deepEqual(findDates('short', [{ start: 3, end: 999 }, { start: -5, end: 2 }], REF), []);
});

test('the merged trigger scan finds each hint where its own regex would', () => {
  const hints = [
    /second|minute|hour|day|night|week|month|quarter|year|decade|centur|period/i,
    /monday|tuesday|wednesday|thursday|friday|saturday|sunday/i,
    /today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/i,
    /0'?s\b|'\d0s|ties\b/i,
    /\bago\b/i,
    /every|each|per\b/i,
    /\d\s*(?:a\.?m|p\.?m|o'clock)|noon|midnight|midday/i,
    /earlier|later|before|after|previously|year-/i,
    /\d/,
  ];
  const texts = [
    'yesterday afternoon, two years ago, the 1990s',
    'superb proper paper per capita in the nineties; every Monday at 10 a.m.',
    'the year-earlier quarter was later than the midday sitting',
    'no hint at all here',
    "'80s tonight, 5 pm, agog, sago ago.",
  ];
  assertScanLikeRegexes(hints, texts);
});

test("every rule's match holds its hint words, so no chunk or window that could hold one is skipped", () => {
  // findDates reads only chunks that pass DATE_HINT, runs a rule only where its hints (and gates) occur, and
  // only between their hits. A match without them is found or not depending on the words around it: the
  // spelled-out years, "the following day" and "at the moment" were missed that way in sentences of their own.
  const fixtures = path.resolve(__dirname, '../fixtures');
  const texts = [
    ...TABLE.map(([text]) => text),
    ...fs.readdirSync(fixtures).filter((f) => /\.(news|article)$/.test(f)).map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8')),
    'so far, to date, the short term, a later date, at the moment, the following day, the same day, that day, half a day',
    'the day before, a day earlier, the following year, the previous week, all day, at midday, in the coming months',
  ];
  const bad: string[] = [];
  for (const rule of [...calendarRules, ...relativeRules, ...spanRules]) {
    const re = new RegExp(rule.re.source, rule.re.flags.includes('g') ? rule.re.flags : `${rule.re.flags}g`);
    const words = [rule.hint, ...(rule.also ?? []), ...(rule.gate ?? [])].filter((h): h is RegExp => !!h);
    for (const text of texts) {
      for (const m of text.matchAll(re)) {
        if (!m[0]) continue;
        // The scanner reads hints case-sensitively on lower-cased text.
        const missing = !DATE_HINT.test(m[0]) ? 'DATE_HINT' : words.find((h) => !new RegExp(h.source).test(m[0].toLowerCase()))?.source;
        if (missing) bad.push(`${rule.name}: "${m[0]}" lacks ${missing}`);
      }
    }
  }
  assert.deepEqual([...new Set(bad)], []);
});

test('dates alone in their sentence are found', () => {
  for (const [text, expected] of [
    ['He left the following day.', 'the following day'],
    ['It took half a day.', 'half a day'],
    ['Nothing is planned at the moment.', 'the moment'],
    ['They met the same day.', 'the same day'],
    ['The talks ended that day.', 'that day'],
    ['Aid will flow in the short term.', 'the short term'],
    ['It was postponed to a later date.', 'a later date'],
  ] as const) {
    const got = findDates(text, paragraphs(text), REF).map((g) => g.text);
    assert.ok(got.some((g) => g.includes(expected)), `${text}: expected "${expected}", got ${JSON.stringify(got)}`);
  }
});

test('a clock time keeps the zone it names beside its value, with the offset where the zone gives one', () => {
  assert.deepEqual(zoneOf('The strike began at 10 a.m. EST on Monday.')?.slice(1), ['2025-11-10T10:00', 'EST', '-05:00']);
  assert.deepEqual(zoneOf('The order took effect at 0400Z.')?.slice(1), ['2025-11-14T04:00', 'Z', '+00:00']);
  // Indonesia's zones are zones (the span takes them).
  assert.deepEqual(zoneOf('A tsunami warning was issued at 02:19 WITA.'), ['02:19 WITA', '2025-11-14T02:19', 'WITA', '+08:00']);
  assert.deepEqual(zoneOf('The quake struck at 2:14 a.m. WIB.'), ['2:14 a.m. WIB', '2025-11-14T02:14', 'WIB', '+07:00']);
  // "ET" is EST in winter and EDT in summer.
  assert.deepEqual(zoneOf('Polls opened at 7 a.m. ET on 1 July.')?.slice(1), ['2025-07-01T07:00', 'ET', '-04:00']);
  assert.deepEqual(zoneOf('The call is at 3 p.m. Eastern time on Monday.')?.slice(1), ['2025-11-10T15:00', 'Eastern time', '-05:00']);
  assert.deepEqual(zoneOf('Sirens sounded at 09:00 local time on Friday.')?.slice(1), ['2025-11-14T09:00', 'local time', null]);
  assert.deepEqual(zoneOf('He arrived at 12:01 a.m. EST (0501 GMT) on Monday.')?.slice(1), ['2025-11-10T00:01', 'EST', '-05:00']);
  assert.deepEqual(zoneOf('They met at 10 a.m. on Monday.')?.slice(1), ['2025-11-10T10:00', null, null]);
});

test('a clock time of a habit is on no day: "opens at 8 a.m. daily"', () => {
  check('The crossing opens at 8 a.m. daily and closes at 6 p.m. Curfew runs from 10 p.m. to 5 a.m. every night.', REF, [
    { text: '8 a.m.', type: 'TIME', value: 'XXXX-XX-XXT08:00' },
    { text: '6 p.m.', type: 'TIME', value: 'XXXX-XX-XXT18:00' },
    { text: '10 p.m.', type: 'TIME', value: 'XXXX-XX-XXT22:00' },
    { text: '5 a.m.', type: 'TIME', value: 'XXXX-XX-XXT05:00' },
  ]);
  check('Every day at 0600 GMT the siren sounds.', REF, [{ text: '0600 GMT', type: 'TIME', value: 'XXXX-XX-XXT06:00' }]);
  // A day named, or a habit of another clause in the past, leaves the time on its day.
  check('Strikes come daily, but the one at 3 a.m. on Friday was the worst.', REF, [{ text: '3 a.m. on Friday', type: 'TIME', value: '2025-11-14T03:00' }]);
  check('The meeting ended at 5 p.m. and talks resume daily.', REF, [{ text: '5 p.m.', type: 'TIME', value: '2025-11-14T17:00' }]);
});

test('a set says how often: "twice a year" is P1Y with freq 2X', () => {
  assert.deepEqual(sets('Intakes are held twice a year. They meet three times a week, once a month, and pay $3 billion a year.'), [
    ['a year', 'P1Y', '2X'],
    ['a week', 'P1W', '3X'],
    ['a month', 'P1M', '1X'],
    ['a year', 'P1Y', null],
  ]);
});

test('days in a range, a schedule in the present tense, a cable\'s date-time group', () => {
  // The second day of "Saturday-Sunday" follows the first; a summit that "runs" on a day lies ahead.
  check('The summit runs Saturday-Sunday in Johannesburg.', REF, [
    { text: 'Saturday', type: 'DATE', value: '2025-11-15' },
    { text: 'Sunday', type: 'DATE', value: '2025-11-16' },
  ]);
  check('The summit ran Saturday-Sunday.', REF, [
    { text: 'Saturday', type: 'DATE', value: '2025-11-08' },
    { text: 'Sunday', type: 'DATE', value: '2025-11-09' },
  ]);
  check('The summit runs from Saturday to Sunday.', REF, [{ text: 'Sunday', type: 'DATE', value: '2025-11-16' }]);
  check('The summit ran from Friday until Monday.', REF, [
    { text: 'Friday', type: 'DATE', value: '2025-11-07' },
    { text: 'Monday', type: 'DATE', value: '2025-11-10' },
  ]);
  check('The vote closes at 1900 GMT on Sunday.', REF, [{ text: '1900 GMT on Sunday', type: 'TIME', value: '2025-11-16T19:00' }]);
  check('DTG: 141200Z NOV 25', REF, [{ text: '141200Z NOV 25', type: 'TIME', value: '2025-11-14T12:00' }]);
  // Without its year, the group's day is the nearest one: "NLT 091200Z DEC" in November is December's.
  check('Units withdraw NLT 091200Z DEC. The convoy returns 041400Z JAN.', REF, [
    { text: '091200Z DEC', type: 'TIME', value: '2025-12-09T12:00' },
    { text: '041400Z JAN', type: 'TIME', value: '2026-01-04T14:00' },
  ]);
  // An order's "NLT" (no later than) and "NET" (not earlier than) are the deadline's side.
  check('Units will cross NLT 1200Z. Convoys move NET 0600Z.', REF, [
    { text: '1200Z', type: 'TIME', value: '2025-11-14T12:00', mod: 'ON_OR_BEFORE' },
    { text: '0600Z', type: 'TIME', value: '2025-11-14T06:00', mod: 'ON_OR_AFTER' },
  ]);
  // A document's number is no range of years into the next century; "1998-02" still runs into 2002.
  none('Report 2025-07 was published. NIE 2024-11 found gaps.', REF, '07');
  none('Report 2025-07 was published. NIE 2024-11 found gaps.', REF, '11');
  check('The years 1998-02 were hard.', REF, [{ text: '02', type: 'DATE', value: '2002' }]);
  // A quarter whose words a line break parts, as in hard-wrapped text (one paragraph of two lines).
  const wrapped = 'Revenue fell 18 percent in the third\nquarter of 2025, as in the first\nfiscal quarter of 2024.';
  assert.deepEqual(findDates(wrapped, [{ start: 0, end: wrapped.length }], REF).map((d) => [d.text, d.value]), [
    ['the third\nquarter of 2025', '2025-Q3'],
    ['the first\nfiscal quarter of 2024', '2024-Q1'],
  ]);
  // Counts and describing words are no times.
  for (const [text, word] of [['The unit fired 2000 rounds.', '2000'], ['Police arrested 1995 protesters.', '1995'], ['It costs 2024 million euros.', '2024'], ['He boarded a night train to Kyiv.', 'a night'], ['It was a day trip.', 'a day']]) none(text, REF, word);
});

test('chronologies, anniversaries and ranges of months', () => {
  // A quarter that opens a line of a chronology gives the entries below it its year.
  const box = '2024 \u2013 Talks collapse.\n\nQ3 2025 \u2014 Ceasefire signed.\n\nNov. 10: Istanbul talks collapse.\n';
  check(box, REF, [{ text: 'Nov. 10', type: 'DATE', value: '2025-11-10' }]);
  check('This week in 1995, the Dayton Accords were initialled. On this day 30 years ago, the talks ended.', REF, [
    { text: 'This week in 1995', type: 'DATE', value: '1995-W46' },
    { text: 'this day 30 years ago', type: 'DATE', value: '1995-11-14' },
  ]);
  check('The survey was fielded March to April 2024.', REF, [
    { text: 'March', type: 'DATE', value: '2024-03' },
    { text: 'April 2024', type: 'DATE', value: '2024-04' },
  ]);
  check('The survey was fielded March-April 2024.', REF, [{ text: 'April 2024', type: 'DATE', value: '2024-04' }]);
  none('Theresa May to Boris Johnson.', REF, 'May');
  check('Winter 2022-23 was harsh.', REF, [{ text: 'Winter 2022-23', type: 'DATE', value: '2022-WI' }]);
  check('Growth will pick up this year and next, after it fell this week or last.', REF, [
    { text: 'this year', type: 'DATE', value: '2025' },
    { text: 'next', type: 'DATE', value: '2026' },
    { text: 'last', type: 'DATE', value: '2025-W45' },
  ]);
  check('Spending rose in FY2025-26.', REF, [{ text: 'FY2025-26', type: 'DATE', value: '2025', through: '2026' }]);
});

test('imagery, filings and live blogs: offsets, seconds, ISO weeks, stamps, deadlines', () => {
  assert.deepEqual(zoneOf('The pass occurred at 06:42 UTC+8 on 3 November.'), ['06:42 UTC+8 on 3 November', '2025-11-03T06:42', 'UTC+8', '+08:00']);
  assert.deepEqual(zoneOf('The pass at 21:15 Kyiv time on Wednesday showed fires.'), ['21:15 Kyiv time on Wednesday', '2025-11-12T21:15', 'Kyiv time', '+02:00']);
  assert.deepEqual(zoneOf('Talks start at 3 p.m. Moscow time.'), ['3 p.m. Moscow time', '2025-11-14T15:00', 'Moscow time', '+03:00']);
  // A UTC time in brackets gives "local time" its offset; seconds are kept.
  assert.deepEqual(zoneOf('The strike came at 09:42 local time (06:42 UTC) on 3 November.')?.slice(1), ['2025-11-03T09:42', 'local time', '+03:00']);
  assert.deepEqual(zoneOf('The image was taken at 06:42:15 UTC.')?.slice(1), ['2025-11-14T06:42:15', 'UTC', '+00:00']);
  check('Imagery from ISO week 2025-W45 shows trucks; imagery dated 03NOV2025 a crater.', REF, [
    { text: '2025-W45', type: 'DATE', value: '2025-W45' },
    { text: '03NOV2025', type: 'DATE', value: '2025-11-03' },
  ]);
  check('[FR Doc. 2025-20814 Filed 11-13-25; 8:45 am]', REF, [
    { text: '11-13-25', type: 'DATE', value: '2025-11-13' },
    { text: '8:45 am', type: 'TIME', value: '2025-11-13T08:45' },
  ]);
  check('Yesterday, 22:40', REF, [{ text: 'Yesterday, 22:40', type: 'TIME', value: '2025-11-13T22:40' }]);
  check('14:05\n\nStrikes hit Kyiv.', REF, [{ text: '14:05', type: 'TIME', value: '2025-11-14T14:05' }]);
  check('Three strikes came in the past hour; the blast happened half an hour ago.', REF, [
    { text: 'the past hour', type: 'DURATION', value: 'PT1H' },
    { text: 'half an hour ago', type: 'DATE', value: '2025-11-14' },
  ]);
  // Deadlines and bounds.
  check('Comments must be received on or before January 13, 2026.', REF, [{ text: 'January 13, 2026', type: 'DATE', value: '2026-01-13', mod: 'ON_OR_BEFORE' }]);
  check('It must be done by 2022 at the latest.', REF, [{ text: '2022', type: 'DATE', value: '2022', mod: 'ON_OR_BEFORE' }]);
  // A quarter already over, said of the future, is next year's.
  check('The report is expected in Q1.', REF, [{ text: 'Q1', type: 'DATE', value: '2026-Q1' }]);
  check('The territory was partitioned c. 1890.', REF, [{ text: 'c. 1890', type: 'DATE', value: '1890', mod: 'APPROX' }]);
  check('It dates from the mid-19th century and the late nineteenth century.', REF, [
    { text: 'the mid-19th century', type: 'DATE', value: '18', mod: 'MID' },
    { text: 'the late nineteenth century', type: 'DATE', value: '18', mod: 'END' },
  ]);
  // "a year later" with no date before it is no year after the article.
  check('Russia withdrew a year later.', REF, [{ text: 'a year later', type: 'DATE', value: 'XXXX' }]);
  assert.deepEqual(sets('They meet twice yearly and report quarterly.'), [['yearly', 'P1Y', '2X'], ['quarterly', 'P3M', null]]);
});

test('a weekday that does not fall on the day written beside it is a date-mismatch finding', async () => {
  const { analyze } = await import('../../server/src/analysis/analyze');
  const text = '---\ndate: 2025-11-14\n---\nThe vote took place on Friday, Oct. 30. The vote is on Wednesday, Nov. 19. Talks on Thursday, Nov. 13 went well.\n';
  const found = analyze(text).findings.filter((f) => f.code === 'date-mismatch');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Friday, Oct. 30']);
  assert.match(found[0].message, /2025-10-30 is a Thursday, not a Friday/);
  // A day the month does not have is no date, and is flagged.
  const bad = '---\ndate: 2025-11-14\n---\nThe vote took place on Feb. 30 and on 31 April, not Dec. 31 or 29 February.\n';
  assert.deepEqual(analyze(bad).findings.filter((f) => f.code === 'date-mismatch').map((f) => [bad.slice(f.start, f.end), f.message]), [
    ['Feb. 30', '"Feb. 30": February has no day 30. Check the date.'],
    ['31 April', '"31 April": April has no day 31. Check the date.'],
  ]);
  // An abbreviated weekday before the date, and figures meant day first.
  const abbr = '---\ndate: 2025-11-14\n---\nSun., Nov. 10 \u2014 talks began.\n\nMonday, 10/11/2025 \u2014 talks began.\n';
  assert.deepEqual(analyze(abbr).findings.filter((f) => f.code === 'date-mismatch').map((f) => f.message), [
    '"Nov. 10": 2025-11-10 is a Monday, not a Sunday (year inferred from the article date). Check the day or the weekday.',
    '"10/11/2025": 2025-10-11 is a Saturday, not a Monday. Read day first, it is 2025-11-10, a Monday.',
  ]);
  // An update stamp's time is checked by its day.
  const stamp = '---\ndate: 2026-11-27\n---\nThe council appealed.\n\nLast modified on Fri 28 Nov 2026 09.15 GMT\n\nUpdated Thursday 26 November 2026, 14:32\n';
  assert.deepEqual(analyze(stamp).findings.filter((f) => f.code === 'date-mismatch').map((f) => f.message), [
    '"28 Nov 2026 09.15 GMT": 2026-11-28 is a Saturday, not a Friday. Check the day or the weekday.',
  ]);
  // A weekday that ends the sentence or the paragraph before is not the day's: "on Saturday.\n\n15:10 GMT -".
  const before = '---\ndate: 2025-11-14\n---\nThe envoy is expected to join on Saturday.\n\n15:10 GMT \u2014 The talks resumed.\n\nShares fell on Wednesday. Yesterday, they rose.\n';
  assert.deepEqual(analyze(before).findings.filter((f) => f.code === 'date-mismatch'), []);
  // Switched off per file like the claim rules.
  const off = `---\ndate: 2025-11-14\npolicy-lens: { ignore: [date-mismatch] }\n---\nThe vote took place on Friday, Oct. 30.\n`;
  assert.equal(analyze(off).findings.filter((f) => f.code === 'date-mismatch').length, 0);
});

test('a future seen from the past that is over by the sentence\'s own verb; "this past Thursday"', () => {
  check('The truce, which both sides pledged to respect in March, collapsed.', REF, [{ text: 'March', type: 'DATE', value: '2025-03' }]);
  check('The talks that were meant to resume in January never happened.', REF, [{ text: 'January', type: 'DATE', value: '2025-01' }]);
  check('They agreed to meet in March.', REF, [{ text: 'March', type: 'DATE', value: '2026-03' }]);
  // A headline's "X to <verb>" looks ahead; a past verb keeps the day past.
  check('NATO to hold emergency talks Monday', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]);
  check('He went to Kyiv to meet Zelensky on Monday.', REF, [{ text: 'Monday', type: 'DATE', value: '2025-11-10' }]);
  check('This past Thursday, talks failed.', REF, [{ text: 'This past Thursday', type: 'DATE', value: '2025-11-13' }]);
});

test('posts, fact sheets, transcripts and situation reports: stamps, weeks, short years, overnight on a day', () => {
  check('3:42 PM \u00b7 Nov 12, 2025', REF, [{ text: '3:42 PM \u00b7 Nov 12, 2025', type: 'TIME', value: '2025-11-12T15:42' }]);
  check('Issued 10 November 2025, 17:00.', REF, [{ text: '10 November 2025, 17:00', type: 'TIME', value: '2025-11-10T17:00' }]);
  check('Drones struck overnight on November 12.', REF, [{ text: 'overnight on November 12', type: 'TIME', value: '2025-11-12TNI' }]);
  // A clock before a part of a day counted from the date under discussion keeps the clock.
  check('The post went up on Nov. 12. It was removed around 9 PM the same evening.', REF, [{ text: 'around 9 PM the same evening', type: 'TIME', value: '2025-11-12T21:00', mod: 'APPROX' }]);
  check('The talks opened on Monday. At 6:40 the next morning, shelling began.', REF, [{ text: '6:40 the next morning', type: 'TIME', value: '2025-11-11T06:40' }]);
  check('The strike began at 0300 Kyiv time. As of 0800, no casualties.', REF, [
    { text: '0300 Kyiv time', type: 'TIME', value: '2025-11-14T03:00' },
    { text: '0800', type: 'TIME', value: '2025-11-14T08:00' },
  ]);
  none('The prison held 2.3 million inmates as of 2008.', REF, 'as of 2008');
  check('It exploded at approximately 21:00 on Monday; at approx. 23:50 it ended.', REF, [
    { text: 'approximately 21:00 on Monday', type: 'TIME', value: '2025-11-10T21:00', mod: 'APPROX' },
    { text: 'approx. 23:50', type: 'TIME', value: '2025-11-10T23:50', mod: 'APPROX' },
  ]);
  check("Week 45: strikes rose. It happened back in '22.", REF, [
    { text: 'Week 45', type: 'DATE', value: '2025-W45' },
    { text: "'22", type: 'DATE', value: '2022' },
  ]);
  none('Document 2025/45 was issued.', REF, '45');
  check('A couple of weeks back, talks failed; I saw him the other day.', REF, [
    { text: 'A couple of weeks back', type: 'DATE', value: '2025-W44' },
    { text: 'the other day', type: 'DATE', value: 'PAST_REF' },
  ]);
  check('The money runs out in September.', REF, [{ text: 'September', type: 'DATE', value: '2026-09' }]);
  const stamped = '[14:05:32] The anchor spoke; the blast came just minutes ago, over an hour ago.';
  assert.deepEqual(findDates(stamped, paragraphs(stamped), REF).map((d) => [d.text, d.value, d.mod ?? null]), [
    ['14:05:32', '2025-11-14T14:05:32', null],
    ['just minutes ago', 'PAST_REF', null],
    ['over an hour ago', '2025-11-14', null],
  ]);
  // A recording's transcript marks its turns with the time into the recording: no time of day, however far in.
  const marked = '[00:01:02] HOST: Welcome back.\n\n[00:14:40] MINISTER: Thank you.\n\n[01:02:15] HOST: We met at 14:30 on Friday.';
  assert.deepEqual(findDates(marked, paragraphs(marked), REF).map((d) => d.text), ['14:30 on Friday']);
  const zone = findDates('Talks start at 17:00 Chi\u0219in\u0103u time.', paragraphs('Talks start at 17:00 Chi\u0219in\u0103u time.'), REF)[0];
  assert.equal(zone.utcOffset, '+02:00');
});


test('budgets, fact checks and programmes: a fall in numbers, the Today programme, the September 11 attacks', () => {
  // "the fall" with a word of time before it is the season; otherwise it is a decrease.
  none('Crossings fell, but the fall is closer to 22%.', REF, 'fall');
  none('The fall in exports was steep.', REF, 'fall');
  check('Talks resumed in the fall, and by the fall of 2024 had stalled.', REF, [{ text: 'the fall', type: 'DATE', value: '2025-FA' }, { text: 'the fall of 2024', type: 'DATE', value: '2024-FA' }]);
  // A programme named "Today" is no day; the word that opens a sentence still is.
  none("He said so on BBC Radio 4's Today programme.", REF, 'Today');
  check('Today, the ministry said it would act.', REF, [{ text: 'Today', type: 'DATE', value: '2025-11-14' }]);
  // The attacks of 11 September 2001, however the day is written.
  check('Spending is the lowest since before the September 11 attacks.', REF, [{ text: 'September 11', type: 'DATE', value: '2001-09-11' }]);
  check('After the 11 September attacks, the law changed.', REF, [{ text: 'the 11 September', type: 'DATE', value: '2001-09-11' }]);
  check('The vote on September 11 in Geneva was close.', REF, [{ text: 'September 11', type: 'DATE', value: '2025-09-11' }]);
});

test('briefs: a slip to a quarter lies ahead; a schedule label "Week of 6 April" is that week', () => {
  const ref = '2026-03-18';
  check('The June deadline may slip to the fourth quarter.', ref, [{ text: 'the fourth quarter', type: 'DATE', value: '2026-Q4' }]);
  check('Profit fell in the fourth quarter.', ref, [{ text: 'the fourth quarter', type: 'DATE', value: '2025-Q4' }]);
  check('- **Week of 6 April:** Third negotiating round, Lomé', ref, [{ text: 'Week of 6 April', type: 'DATE', value: '2026-W15' }]);
});

test('a participle after an article is no past verb: "is due to give a televised speech on Thursday"', () => {
  check('The leader is due to give a televised speech on Thursday.', '2026-03-10', [{ text: 'Thursday', type: 'DATE', value: '2026-03-12' }]);
  check('He gave a televised speech on Thursday.', '2026-03-10', [{ text: 'Thursday', type: 'DATE', value: '2026-03-05' }]);
});

test('"early on Sunday" and "late on Monday" are the start and the end of the day', () => {
  check('Early on Sunday, shells fell. A spokesman said late on Monday that the group fired.', '2026-03-10', [
    { text: 'Early on Sunday', type: 'DATE', value: '2026-03-08', mod: 'START' },
    { text: 'late on Monday', type: 'DATE', value: '2026-03-09', mod: 'END' },
  ]);
});

test('a duration of two units joined by "and" is one: "three hours and forty minutes", "two years and three months"', () => {
  check('It took roughly three hours and forty minutes.', REF, [{ text: 'roughly three hours and forty minutes', type: 'DURATION', value: 'PT3H40M', mod: 'APPROX' }]);
  check('He served two years and three months in prison.', REF, [{ text: 'two years and three months', type: 'DURATION', value: 'P2Y3M' }]);
  // Two of the same unit stay two: "between two years and five years".
  check('It will take between two years and five years.', REF, [{ text: 'two years', type: 'DURATION', value: 'P2Y' }, { text: 'five years', type: 'DURATION', value: 'P5Y' }]);
});

test('Election Day is the Tuesday after the first Monday in November, in a text about the United States', () => {
  check('In Nevada, ballots count if they arrive by Saturday, four days after Election Day.', '2026-11-03', [{ text: 'Election Day', type: 'DATE', value: '2026-11-03' }]);
  check('Election Day 2024 was close in the U.S. Senate races.', '2026-11-03', [{ text: 'Election Day 2024', type: 'DATE', value: '2024-11-05' }]);
  check('Republicans expect a close race. The campaign ends on election day.', '2026-11-01', [{ text: 'election day', type: 'DATE', value: '2026-11-03' }]);
});

test('election or polling day is the day of the election the text named before; elsewhere an unknown day, not the US one', () => {
  const odihr =
    '## Republic of Moldova – Parliamentary Elections, 26 October 2025\n' +
    'In total, 412 observers were deployed on election day. Two parties were deregistered on 24 October, two days before polling day.\n' +
    'Election day was generally calm and well organised.';
  check(odihr, '2025-10-27', [
    { text: 'election day', type: 'DATE', value: '2025-10-26' },
    { text: 'polling day', type: 'DATE', value: '2025-10-26' },
    { text: 'Election day', type: 'DATE', value: '2025-10-26' },
  ]);
  check('Georgia held parliamentary elections on 26 October. Election Day passed peacefully in Tbilisi.', '2025-10-27', [{ text: 'Election Day', type: 'DATE', value: '2025-10-26' }]);
  // A day counted from election day is not the election's.
  check('Ballots were printed on 2 May, a week before election day. Election day was calm.', '2025-10-27', [{ text: 'Election day', type: 'DATE', value: 'XXXX-XX-XX' }]);
  check('The election day was calm in Chad.', '2026-11-03', [{ text: 'election day', type: 'DATE', value: 'XXXX-XX-XX' }]);
});

test("a dateline's own day is no time the story is told at: last December stays last December", () => {
  check('GENEVA, Aug 14, 2025 (Reuters) - Talks resumed after the previous session ended without agreement in December.', '2025-08-14', [
    { text: 'December', type: 'DATE', value: '2024-12' },
  ]);
});

test('South Asian and overnight copy: "Monday last", "Monday next", PKT, a stretch of clock times over midnight', () => {
  check('He visited the injured on Monday last. The meeting will be held on Monday next.', '2025-12-08', [
    { text: 'Monday last', type: 'DATE', value: '2025-12-01' },
    { text: 'Monday next', type: 'DATE', value: '2025-12-15' },
  ]);
  check('The statement was issued at 6 pm PKT on Monday.', '2025-12-09', [{ text: '6 pm PKT on Monday', type: 'TIME', value: '2025-12-08T18:00' }]);
  check('Nine drones had been shot down between 11 p.m. and 5 a.m.', '2025-11-13', [
    { text: '11 p.m.', type: 'TIME', value: '2025-11-12T23:00' },
    { text: '5 a.m.', type: 'TIME', value: '2025-11-13T05:00' },
  ]);
  check('The firing began at 10.40 pm on Sunday and continued till 2.15 am.', '2025-11-13', [
    { text: '10.40 pm on Sunday', type: 'TIME', value: '2025-11-09T22:40' },
    { text: '2.15 am', type: 'TIME', value: '2025-11-10T02:15' },
  ]);
});

test("a table's months take the year of the heading above it, and March and May alone in a cell are months", () => {
  const text = '## Monthly arrivals by sea, 2025\n\n| Month | Arrivals |\n|---|---|\n| January | 3,104 |\n| March | 4,310 |\n| May | 9,412 |\n';
  check(text, '2025-10-16', [
    { text: 'January', type: 'DATE', value: '2025-01' },
    { text: 'March', type: 'DATE', value: '2025-03' },
    { text: 'May', type: 'DATE', value: '2025-05' },
  ]);
});

test('working hours and business hours are times of day kept, not durations', () => {
  none('The working hours point to the same operators, matching business hours in Beijing.', REF, 'hours');
  check('Talks lasted hours.', REF, [{ text: 'hours', type: 'DURATION', value: 'PTXH' }]);
});

test("a heading's later year is a forecast's: past-tense months below it keep the article's year", () => {
  const text = '# Lender expects to trim borrowing costs in mid-2027\n\nWage growth slowed to 4.1% in September from 4.6% in June.\n\nThe outlook is revised in the April projections.';
  check(text, '2026-11-20', [
    { text: 'September', type: 'DATE', value: '2026-09' },
    { text: 'June', type: 'DATE', value: '2026-06' },
    { text: 'April', type: 'DATE', value: '2026-04' },
  ]);
  // A later date in a sentence still lends its year to the deadlines after it.
  check('The council asked for a first report no later than 1 March 2027 and a final one by 30 June.', '2026-11-20', [{ text: '30 June', type: 'DATE', value: '2027-06-30' }]);
  // A heading year that is no later than the article's still dates its table.
  check('## Exports by month, 2025\n\n| February | 310 |\n| August | 295 |\n', '2026-03-02', [{ text: 'August', type: 'DATE', value: '2025-08' }]);
});

test("a chronology's entry dates what it says lies ahead: \"* June 9, 2023 - ... to begin on Aug. 3\" is 2023", () => {
  const text = '* March 4, 2019 - The unions and the employers sign a wage pact, to take effect on July 1.\n\n* Oct. 20, 2020 - The two sides extend the pact until Feb. 28.\n';
  check(text, '2025-11-14', [
    { text: 'July 1', type: 'DATE', value: '2019-07-01' },
    // (A month before the entry's lies in the year after it.)
    { text: 'Feb. 28', type: 'DATE', value: '2021-02-28' },
  ]);
  // Outside an entry the tense still rules: "will" looks ahead of the article's day.
  check('The pact of March 4, 2019 was signed in Oslo. It will be reviewed on July 1.', '2025-11-14', [{ text: 'July 1', type: 'DATE', value: '2026-07-01' }]);
});

test('"than expected" and "as expected" compare with a forecast; they do not make a clause future', () => {
  check('Exports have recovered faster than expected over the spring.', '2025-11-14', [{ text: 'the spring', type: 'DATE', value: '2025-SP' }]);
  check('Prices rose as expected in October.', '2025-11-14', [{ text: 'October', type: 'DATE', value: '2025-10' }]);
});

test('a deadline in a clause joined after a past one looks ahead: "said ..., and traders now bet on a cut by March"', () => {
  check('The chairman said demand was weakening, and traders now bet on a rate cut by March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2026-03' }]);
  // The joined clause's own past verb keeps it past.
  check('The strike began slowly, but by Tuesday evening it was spreading.', '2025-11-13', [{ text: 'Tuesday evening', type: 'TIME', value: '2025-11-11TEV' }]);
});

test('no date: a quarter joined to a noun, a half of a thing, a year named by the clause after it', () => {
  none('Traders now bet on a quarter-point rise.', REF, 'quarter');
  none('She lost in the quarter-final.', REF, 'quarter');
  // A change by a quarter is a fraction of what changed.
  none('Grain shipments fell by a quarter.', REF, 'quarter');
  none('The ministry cut its budget by about a quarter.', REF, 'quarter');
  check('Approval took a quarter.', REF, [{ text: 'a quarter', type: 'DURATION', value: 'P3M' }]);
  check('It took a quarter-century.', REF, [{ text: 'a quarter-century', type: 'DURATION', value: 'P25Y' }]);
  none('The first half of the speech was about taxes.', REF, 'half');
  none('The second quarter of respondents disagreed.', REF, 'quarter');
  check('Growth slowed in the second half of the year.', REF, [{ text: 'the second half of the year', type: 'DATE', value: '2025-H2' }]);
  check('Sales rose in the first quarter.', REF, [{ text: 'the first quarter', type: 'DATE', value: '2025-Q1' }]);
  none('During the year the treaty was suspended, trade fell.', REF, 'the year');
  none('In the week Parliament voted, protests grew.', REF, 'the week');
  check('For the year the company reported a loss.', REF, [{ text: 'the year', type: 'DATE', value: '2025' }]);
  check('Prices rose 4% over the year.', REF, [{ text: 'the year', type: 'DATE', value: '2025' }]);
});

test('schedules and counts written as news writes them: clocks "between ... and", a clock "that day", "MPs return on", "planned for mid-February", "25 years on"', () => {
  // Both clocks of "between 14:00 and 16:00" are times (a 24-hour clock alone needs a word before it).
  check('The session runs between 14:00 and 16:00 local time.', '2025-11-14', [{ text: '14:00', type: 'TIME', value: '2025-11-14T14:00' }, { text: '16:00 local time', type: 'TIME', value: '2025-11-14T16:00' }]);
  check('The office opens between 9:00 and 17:00.', '2025-11-14', [{ text: '9:00', type: 'TIME', value: '2025-11-14T09:00' }, { text: '17:00', type: 'TIME', value: '2025-11-14T17:00' }]);
  none('The score was between 3:1 and 2:0.', '2025-11-14', '3:1');
  // A clock before "that day" keeps its hour on the day under discussion.
  check('The summit ends on 2 December. A press conference is scheduled for 18:30 CET that day.', '2025-11-14', [{ text: '18:30 CET that day', type: 'TIME', value: '2025-12-02T18:30' }]);
  // Coming back in the present is a schedule: the next Monday (2025-11-14 is a Friday).
  check('MPs return for the autumn session on Monday.', '2025-11-14', [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]);
  check('Parliament returns from recess on Monday.', '2025-11-14', [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]);
  check('MPs returned from recess on Monday.', '2025-11-14', [{ text: 'Monday', type: 'DATE', value: '2025-11-10' }]);
  check('The return to school on Monday went smoothly.', '2025-11-14', [{ text: 'Monday', type: 'DATE', value: '2025-11-10' }]);
  // "planned for" books the month whether or not "mid-" or "early" comes between.
  check('A short recess is planned for mid-February.', '2025-11-14', [{ text: 'mid-February', type: 'DATE', value: '2026-02', mod: 'MID' }]);
  check('Talks are planned for early February.', '2025-11-14', [{ text: 'early February', type: 'DATE', value: '2026-02', mod: 'START' }]);
  check('The truce lasted until mid-February.', '2025-11-14', [{ text: 'mid-February', type: 'DATE', value: '2025-02', mod: 'MID' }]);
  // "N years on" outside the future reaches no later than the article's year.
  check('The walls were finished in 2014 and the huts removed two years later. Now, 25 years on from the first warning, the town is holding events.', '2025-11-14', [{ text: '25 years on', type: 'DATE', value: '2025' }]);
  check('The flood hit in 2005. Ten years on, the town has recovered.', '2025-11-14', [{ text: 'Ten years on', type: 'DATE', value: '2015' }]);
  check('The dam will open in 2030. Ten years on, it will pay for itself.', '2025-11-14', [{ text: 'Ten years on', type: 'DATE', value: '2040' }]);
});

test('statistics and budget copy: counts of quarters, sittings and budgets; halves of a decade; the same quarter of a year named', () => {
  // A count of things after "the past" is no time.
  none('Ministers have cut the grant in each of the past five budgets.', '2025-11-14', 'the past');
  none('The past two governments failed.', '2025-11-14', 'past');
  check('In the past, prices rose.', '2025-11-14', [{ text: 'the past', type: 'DATE', value: 'PAST_REF' }]);
  // A parliament's sitting days are days counted.
  check('The debate will take up five sitting days.', '2025-11-14', [{ text: 'five sitting days', type: 'DURATION', value: 'P5D' }]);
  check('We have eight sitting weeks and four bills.', '2025-11-14', [{ text: 'eight sitting weeks', type: 'DURATION', value: 'P8W' }]);
  // A half of the decade the article is in is its start or end, not a half of its year.
  check('Growth could be faster in the second half of the decade.', '2025-11-14', [{ text: 'the second half of the decade', type: 'DATE', value: '202', mod: 'END' }]);
  check('Growth slowed in the second half of the year.', '2025-11-14', [{ text: 'the second half of the year', type: 'DATE', value: '2025-H2' }]);
  // "the same quarter of 2024": the quarter under discussion, in 2024.
  check('Output grew 0.6% in the second quarter, and 1.2% from the same quarter of 2024.', '2025-11-14', [{ text: 'the same quarter of 2024', type: 'DATE', value: '2024-Q2' }]);
  // "That same week" is one expression.
  check('The deal was signed on 3 March 2021. That same day, talks collapsed.', '2025-11-14', [{ text: 'That same day', type: 'DATE', value: '2021-03-03' }]);
  // "for the second quarter in a row" counts quarters; it names none.
  none('Output fell for the second quarter in a row.', '2025-11-14', 'quarter');
  none('Output fell for the third quarter running.', '2025-11-14', 'quarter');
});

test('a date opening a clause joined after a past cue takes that clause\'s own future: "..., and the Easter recess will run"', () => {
  check('A recess is planned for mid-February, and the Easter recess will run for two weeks.', '2025-11-14', [{ text: 'Easter', type: 'DATE', value: '2026-04-05' }]);
  check('The talks collapsed in March, and the June summit will not go ahead.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2025-03' }, { text: 'June', type: 'DATE', value: '2026-06' }]);
  // A past verb in the joined clause keeps it past.
  check('Prices rose in May, and in June they fell.', '2025-11-14', [{ text: 'June', type: 'DATE', value: '2025-06' }]);
});

test('"the day before it", "on the last day", "fiscal 2025-26": a day from the date under discussion, a final day of something, a fiscal year\'s word', () => {
  check('The vote is on 3 December. Nominations close at noon on the day before it.', '2025-11-14', [{ text: 'noon on the day before it', type: 'TIME', value: '2025-12-02T12:00' }]);
  check('The vote is on 3 December. The day before it, talks failed.', '2025-11-14', [{ text: 'The day before it', type: 'DATE', value: '2025-12-02' }]);
  none('He arrived the day before it rained.', '2025-11-14', 'day');
  // With no date in its paragraph, "it" is some thing's day the text does not give (not one from a paragraph before).
  check('The recess runs from 27 March.\nNominations close at noon on the day before it.', '2025-11-14', [{ text: 'noon on the day before it', type: 'TIME', value: 'XXXX-XX-XXT12:00' }]);
  // The last day of something is no stretch of a day up to now.
  none('A communique is expected on the afternoon of the last day.', '2025-11-14', 'last day');
  none('It rained for the last day of the summit.', '2025-11-14', 'last day');
  check('Over the last day, prices rose.', '2025-11-14', [{ text: 'the last day', type: 'DURATION', value: 'P1D' }]);
  check('The plan covers fiscal 2025-26.', '2025-11-14', [{ text: 'fiscal 2025-26', type: 'DATE', value: '2025', through: '2026' }]);
});

test('a deadline extended to a day lies ahead, a clock and its zone between; "meet over two days" spans them', () => {
  check('The deadline was extended to Sunday.', '2025-11-14', [{ text: 'Sunday', type: 'DATE', value: '2025-11-16' }]);
  check('The mandate was extended to March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2026-03' }]);
  check('The deadline was extended to midnight Brussels time on Sunday.', '2025-11-14', [{ text: 'midnight Brussels time on Sunday', type: 'TIME', value: '2025-11-16T24:00' }]);
  check('The truce lasted until midnight on Sunday.', '2025-11-14', [{ text: 'midnight on Sunday', type: 'TIME', value: '2025-11-09T24:00' }]);
  // "over" across the days of a meeting, not more than them; "lasted over two days" is more than two.
  check('Delegates will meet over two days.', '2025-11-14', [{ text: 'two days', type: 'DURATION', value: 'P2D' }]);
  check('The talks will be held over three days.', '2025-11-14', [{ text: 'three days', type: 'DURATION', value: 'P3D' }]);
  check('The storm lasted over two days.', '2025-11-14', [{ text: 'over two days', type: 'DURATION', value: 'P2D', mod: 'MORE_THAN' }]);
});

test('"until at least February" is a deadline ahead; "phased in over five years" spans them', () => {
  check('The committee stage is expected to last until at least February.', '2025-11-14', [{ text: 'February', type: 'DATE', value: '2026-02' }]);
  check('The stage will last until at least March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2026-03' }]);
  check('Fighting lasted until at least March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2025-03' }]);
  none('He met at least May and two others.', '2025-11-14', 'May');
  check('The reform will be phased in over five years from 2027.', '2025-11-14', [{ text: 'five years', type: 'DURATION', value: 'P5Y' }]);
});

test('a move with its object before the date books it ahead: "adjourned the hearing to 3 February"', () => {
  check('The court adjourned the hearing to 3 February.', '2025-11-14', [{ text: '3 February', type: 'DATE', value: '2026-02-03' }]);
  check('They extended the truce to Sunday.', '2025-11-14', [{ text: 'Sunday', type: 'DATE', value: '2025-11-16' }]);
  check('The speaker pushed the vote back to Thursday.', '2025-11-14', [{ text: 'Thursday', type: 'DATE', value: '2025-11-20' }]);
  // A move of people to a place is no booking.
  check('He moved the family to Paris in March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2025-03' }]);
});

test('"the year to the third quarter" is the twelve months up to it, as "the year to October" is', () => {
  check('GDP grew by 1.3% in the year to the third quarter.', '2025-11-14', [{ text: 'the year', type: 'DURATION', value: 'P1Y' }, { text: 'the third quarter', type: 'DATE', value: '2025-Q3' }]);
  check('GDP grew 1.3% in the year to Q3.', '2025-11-14', [{ text: 'the year', type: 'DURATION', value: 'P1Y' }]);
});

test('"March" and "May" after a possessive, before a forecast or a meeting, are months: "the OBR\'s March forecast"', () => {
  check("The OBR's March forecast assumed growth of 1%.", '2025-11-14', [{ text: 'March', type: 'DATE', value: '2025-03' }]);
  check("Britain's May elections were close.", '2025-11-14', [{ text: 'May', type: 'DATE', value: '2025-05' }]);
  none("Theresa May's government fell.", '2025-11-14', 'May');
  none("Mrs May's statement was short.", '2025-11-14', 'May');
});

test('schedules in the present: "lands at 14:15 on Tuesday", "flies to Paris on Monday"; clocks "8am-4pm" and "between 10 a.m. and noon"', () => {
  check('The minister lands at 14:15 on Tuesday and leaves at 9:00 on Wednesday.', '2025-11-14', [{ text: '14:15 on Tuesday', type: 'TIME', value: '2025-11-18T14:15' }, { text: '9:00 on Wednesday', type: 'TIME', value: '2025-11-19T09:00' }]);
  check('She flies to Paris on Monday.', '2025-11-14', [{ text: 'Monday', type: 'DATE', value: '2025-11-17' }]);
  check('The minister flew to Paris on Monday.', '2025-11-14', [{ text: 'Monday', type: 'DATE', value: '2025-11-10' }]);
  check('The market is open from 8am-4pm.', '2025-11-14', [{ text: '8am', type: 'TIME', value: '2025-11-14T08:00' }, { text: '4pm', type: 'TIME', value: '2025-11-14T16:00' }]);
  check('The vote will take place between 10 a.m. and noon.', '2025-11-14', [{ text: 'noon', type: 'TIME', value: '2025-11-14T12:00' }]);
  none('The score was 8-4pm.', '2025-11-14', '4pm');
});

test('"in the decade to 2024", "the decade since 2015" are ten years up to or from then; "the decade" alone is not marked', () => {
  check('In the decade to 2024, employment rose.', '2025-11-14', [{ text: 'the decade', type: 'DURATION', value: 'P10Y' }, { text: '2024', type: 'DATE', value: '2024' }]);
  check('In the decade since 2015, wages stagnated.', '2025-11-14', [{ text: 'the decade', type: 'DURATION', value: 'P10Y' }]);
  none('The decade was hard.', '2025-11-14', 'decade');
});

test('a diary: "THURSDAY" alone in capitals under "MONDAY, NOV. 17" is the next Thursday; "09:00-10:00 GMT" gives both clocks', () => {
  check('MONDAY, NOV. 17\n- EU ministers meet.\n\nTHURSDAY\n- Flash PMIs for November.', '2025-11-14', [{ text: 'THURSDAY', type: 'DATE', value: '2025-11-20' }]);
  // A review's headings run forward from its dated one too.
  check('MONDAY, NOV. 10\n- Talks opened.\nTHURSDAY\n- Talks collapsed.', '2025-11-14', [{ text: 'THURSDAY', type: 'DATE', value: '2025-11-13' }]);
  // With no dated heading above, the weekday keeps its tense.
  check('THURSDAY\n- Protesters stormed the parliament.', '2025-11-14', [{ text: 'THURSDAY', type: 'DATE', value: '2025-11-13' }]);
  check('Flash PMIs for November, 09:00-10:00 GMT.', '2025-11-14', [{ text: '09:00', type: 'TIME', value: '2025-11-14T09:00' }, { text: '10:00 GMT', type: 'TIME', value: '2025-11-14T10:00' }]);
  check('The office is open 08:00-18:00.', '2025-11-14', [{ text: '18:00', type: 'TIME', value: '2025-11-14T18:00' }]);
  none('The score ended 3:1-2:0.', '2025-11-14', '2:0');
});

test('"the same period last year" is the stretch under discussion a year before; clocks "on weekdays" are a habit\'s', () => {
  check('Profits rose in the six months to September, up from the same period last year.', '2025-11-14', [{ text: 'the same period last year', type: 'DATE', value: '2024-09' }]);
  check('Exports rose over the same period last year.', '2025-11-14', [{ text: 'the same period last year', type: 'DATE', value: '2024' }]);
  check('The market is open 8am-4pm on weekdays.', '2025-11-14', [{ text: '8am', type: 'TIME', value: 'XXXX-XX-XXT08:00' }, { text: '4pm', type: 'TIME', value: 'XXXX-XX-XXT16:00' }]);
});

test('"overnight for most of this week" is the night; "an overnight for two" is a stay', () => {
  check('Sherpas have been negotiating the text overnight for most of this week.', '2025-11-14', [{ text: 'overnight', type: 'TIME', value: '2025-11-13TNI' }]);
  check('He was held overnight for questioning.', '2025-11-14', [{ text: 'overnight', type: 'TIME', value: '2025-11-13TNI' }]);
  none('An overnight for two costs 80 euros.', '2025-11-14', 'overnight');
});

test('the first clock of "7 a.m. to 8 p.m. on 3 December" is on the second\'s day', () => {
  check('Polls are open 7 a.m. to 8 p.m. on 3 December.', '2025-11-14', [{ text: '7 a.m.', type: 'TIME', value: '2025-12-03T07:00' }]);
  check('Polls are open between 7 a.m. and 8 p.m. on 3 December.', '2025-11-14', [{ text: '7 a.m.', type: 'TIME', value: '2025-12-03T07:00' }]);
  check('The ceasefire ran from 06:00 to 18:00 GMT on 3 March 2024.', '2025-11-14', [{ text: '06:00', type: 'TIME', value: '2024-03-03T06:00' }]);
  // Two clauses, each with its clock, are no stretch.
  check('He arrived at 7 a.m. and left at 8 p.m. on 3 December.', '2025-11-14', [{ text: '7 a.m.', type: 'TIME', value: '2025-11-14T07:00' }]);
});

test('reported speech shifts the tense back: "said a deal was still possible before the end of January" lies ahead', () => {
  check('Its negotiators said a deal was still possible before the end of January.', '2025-11-14', [{ text: 'the end of January', type: 'DATE', value: '2026-01', mod: 'END' }]);
  check('The minister said an agreement was likely by March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2026-03' }]);
  // What was done before a month stays in its tense.
  check('The talks had collapsed before the end of January.', '2025-11-14', [{ text: 'the end of January', type: 'DATE', value: '2025-01', mod: 'END' }]);
  check('He said the deal was signed before March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2025-03' }]);
});

test('"the Daily Courier" is a newspaper, "the fall followed it" a fall in a figure; "Later that year" needs a year before it', () => {
  none('The survey by Ipsos for the Daily Courier found that 58% oppose it.', '2025-11-14', 'Daily');
  none('It could not prove that the tax caused the fall, only that the fall followed it.', '2025-11-14', 'fall');
  check('Prices fell every day. It is published daily.', '2025-11-14', [{ text: 'daily', type: 'SET', value: 'P1D' }]);
  check('The talks stalled during the fall.', '2025-11-14', [{ text: 'the fall', type: 'DATE', value: '2025-FA' }]);
  check('Later that year, he resigned.', '2025-11-14', [{ text: 'Later that year', type: 'DATE', value: 'XXXX' }]);
  check('In April of that year, he resigned.', '2025-11-14', [{ text: 'April of that year', type: 'DATE', value: 'XXXX-04' }]);
});

test('"what appeared to be a missile" is no future: "(2210 GMT Tuesday)" in a past lead is the Tuesday before', () => {
  // (The clock in brackets with its own day is a time of its own; the local clock, 9 hours ahead, is on the day after.)
  check('North Korea launched what appeared to be a missile at 7:10 a.m. local time (2210 GMT Tuesday), the ministry said.', '2025-10-03', [
    { text: '2210 GMT Tuesday', type: 'TIME', value: '2025-09-30T22:10' },
    { text: '7:10 a.m. local time', type: 'TIME', value: '2025-10-01T07:10' },
  ]);
  check('The wreck was believed to be lost in March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2025-03' }]);
  check('The bridge is to be reopened in March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2026-03' }]);
});

test('later months after a date ahead in the same sentence go on from it: "until February 11, with backups in March and April"', () => {
  check('NASA officials said the window runs until February 11, with backup opportunities in March and April.', '2025-11-14', [
    { text: 'February 11', type: 'DATE', value: '2026-02-11' },
    { text: 'March', type: 'DATE', value: '2026-03' },
    { text: 'April', type: 'DATE', value: '2026-04' },
  ]);
  // Not across a sentence, nor before the date ahead, nor after a date of the past.
  check('The window runs until February 11. Officials met in March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2025-03' }]);
  check('Officials met on October 2 and again in March.', '2025-11-14', [{ text: 'March', type: 'DATE', value: '2025-03' }]);
});

test('the year in a law\'s number, a code\'s section and a citation\'s year are no dates', () => {
  none('Ghana passed Law No. 9 of 2021 on cybersecurity.', REF, '2021');
  none('Presidential Decree No. 44 of 2019 was cited.', REF, '2019');
  none('Under 42 U.S.C. 1983, plaintiffs may sue state officials.', REF, '1983');
  none('Under 42 U.S.C. § 1983, plaintiffs may sue.', REF, '1983');
  none('The ruling in [2023] UKSC 42 was followed.', REF, '2023');
  none('See [2000] 2 AC 115 and [2024] EWCA Civ 310.', REF, '2000');
  none('See [2000] 2 AC 115 and [2024] EWCA Civ 310.', REF, '2024');
  none("Dobbs v. Jackson Women's Health Organization, 597 U.S. 215 (2022), was cited.", REF, '2022');
  // A law's year, in its name or before it, is still a date (TimeML marks "the ... Act of 1989").
  check('He criticized the 2022 law.', REF, [{ text: '2022', type: 'DATE', value: '2022' }]);
  check('The Inflation Reduction Act of 2022 [in 2022] raised subsidies.', REF, [{ text: '2022', type: 'DATE', value: '2022' }, { text: '2022', type: 'DATE', value: '2022' }]);
});
