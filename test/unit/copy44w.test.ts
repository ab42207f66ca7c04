// Dates of wire copy (session 44, helper W): named days that start with or hold a month's word (a day, not the month),
// a day named from another ("the day before last Tuesday", "the Friday before the election"), "recently" before the
// date it qualifies, weekdays listed before a plural ("Monday and Tuesday nights": a timetable, or two nights told in
// the past), and what a hunt through news copy found ("a week after" set off by a comma is no rate; "the week before
// last" before "and"). Sentences written for these tests in the style of wire copy, run through the full analysis with
// the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, dateValueOf, datedBy, datesOf } from '../support/article';

/** Friday 14 November 2025. */
const DATED = datedBy('2025-11-14');

const value = (body: string, span: string, on?: string): string | undefined => dateValueOf(DATED(body, on), span);
const dates = (body: string): [string, string][] => datesOf(DATED(body));

test('a named day that starts with or holds a month word is that day, not the month', () => {
  assert.deepEqual(dates("Pranksters struck on April Fools' Day."), [["April Fools' Day", '2025-04-01']]);
  assert.deepEqual(dates("The hoax ran on April Fool's Day 2024."), [["April Fool's Day 2024", '2024-04-01']]);
  assert.deepEqual(dates('Unions marched through the capital on May Day.'), [['May Day', '2025-05-01']]);
  assert.deepEqual(dates('Rallies were held on International Workers\' Day.'), [["International Workers' Day", '2025-05-01']]);
  assert.deepEqual(dates('Parties were held across Texas for Cinco de Mayo.'), [['Cinco de Mayo', '2025-05-05']]);
  assert.equal(value("Thousands marched on International Women's Day.", "International Women's Day"), '2025-03-08');
  assert.equal(value('Fireworks were set off on Bonfire Night.', 'Bonfire Night'), '2025-11-05');
  // Those named days already known keep their day.
  assert.equal(value('Shops will open on Boxing Day.', 'Boxing Day'), '2025-12-26');
  assert.equal(value('Troops paraded on Bastille Day.', 'Bastille Day'), '2025-07-14');
  assert.equal(value("Parties are planned for New Year's Eve.", "New Year's Eve"), '2025-12-31');
  // "may day" is a verb and a noun; "the June quarter" is three months.
  assert.deepEqual(dates('Traders may day-trade the shares.'), []);
  assert.deepEqual(dates('Sales rose in the June quarter.'), [['the June quarter', '2025-Q2']]);
});

test('the day before or after a day is one expression, that day moved by one', () => {
  assert.deepEqual(dates('The blast happened on the day before last Tuesday.'), [['the day before last Tuesday', '2025-11-10']]);
  assert.deepEqual(dates('Stores open early the day after Thanksgiving.'), [['the day after Thanksgiving', '2025-11-28']]);
  assert.deepEqual(dates('He resigned the day before March 3.'), [['the day before March 3', '2025-03-02']]);
  assert.deepEqual(dates('The verdict is due the day after tomorrow.'), [['the day after tomorrow', '2025-11-16']]);
  assert.deepEqual(dates('Talks resume the week after next.'), [['the week after next', '2025-W48']]);
  // "the week before last" ends its phrase before "and" too; before a date, "last" is that date's.
  assert.deepEqual(dates('The strike began the week before last and shows no sign of ending.'), [['the week before last', '2025-W44']]);
  assert.deepEqual(dates('He left the year before last.'), [['the year before last', '2023']]);
  // An event with no day names none.
  assert.deepEqual(dates('He was arrested the day after the attack.'), []);
  // A night, and a weekday or weekend a week beyond the next or the last.
  assert.deepEqual(dates('He was killed the night before last.'), [['the night before last', '2025-11-12TNI']]);
  assert.deepEqual(dates('Markets reopen the Monday after next.'), [['the Monday after next', '2025-11-24']]);
  assert.deepEqual(dates('The Friday before last, troops entered the city.'), [['The Friday before last', '2025-10-31']]);
  assert.deepEqual(dates('The talks ended the weekend before last.'), [['the weekend before last', '2025-W44-WE']]);
  // Before a date, "last" is the date's: the Friday before last Tuesday.
  assert.deepEqual(dates("He met her the Friday before last Tuesday's vote."), [['Friday', '2025-11-07'], ['last Tuesday', '2025-11-11']]);
});

test('a weekday before or after an event is the last such day before it, unresolved where the event has no day', () => {
  assert.deepEqual(dates('The rally is on the Friday before the election.'), [['Friday', 'XXXX-WXX-5']]);
  assert.deepEqual(dates('The vote was set for the Sunday before the Nov. 30 runoff.'), [['Sunday', '2025-11-23'], ['Nov. 30', '2025-11-30']]);
  assert.equal(value('Markets will reopen on the Monday after Christmas.', 'Monday'), '2025-12-29');
  // A weekday alone keeps its own reading.
  assert.equal(value('The rally is on Friday.', 'Friday'), '2025-11-14');
});

test('"recently" before the date it qualifies is no date of its own', () => {
  assert.deepEqual(dates('Prices fell most recently last October.'), [['last October', '2024-10']]);
  assert.deepEqual(dates('The bank raised rates as recently as 2019.'), [['2019', '2019']]);
  assert.deepEqual(dates('Rebels attacked the town, most recently on Tuesday.'), [['Tuesday', '2025-11-11']]);
  assert.deepEqual(dates('Protests erupted, most recently in March 2024.'), [['March 2024', '2024-03']]);
  assert.deepEqual(dates('Turnout has fallen recently.'), [['recently', 'PAST_REF']]);
});

test('weekdays listed before a plural share it: a timetable, or in the past the nights of that week', () => {
  assert.deepEqual(dates('Flights on Monday and Tuesday nights from March 30 will resume.'), [['Monday', 'XXXX-WXX-1TNI'], ['Tuesday nights', 'XXXX-WXX-2TNI'], ['March 30', '2026-03-30']]);
  const m = analyzeArticle(DATED('Flights on Monday and Tuesday nights from March 30 will resume.')).dates;
  assert.deepEqual(m.map((d) => d.type), ['SET', 'SET', 'DATE']);
  assert.deepEqual(dates('The market opens Monday, Wednesday and Friday mornings.'), [['Monday', 'XXXX-WXX-1TMO'], ['Wednesday', 'XXXX-WXX-3TMO'], ['Friday mornings', 'XXXX-WXX-5TMO']]);
  assert.deepEqual(dates('Clashes broke out on Saturday and Sunday nights in the capital.'), [['Saturday', '2025-11-08TNI'], ['Sunday nights', '2025-11-09TNI']]);
  assert.deepEqual(dates('The shop is shut on Saturdays and Sundays.'), [['Saturdays', 'XXXX-WXX-6'], ['Sundays', 'XXXX-WXX-7']]);
});

test('"a week after" set off by a comma after a day is a stretch, not a rate', () => {
  assert.deepEqual(dates('Voters go to the polls on Nov. 30, a week after the first round.'), [['Nov. 30', '2025-11-30'], ['a week', 'P1W']]);
  assert.equal(analyzeArticle(DATED('Voters go to the polls on Nov. 30, a week after the first round.')).dates[1]?.type, 'DURATION');
  // An amount before it still makes a rate.
  assert.equal(analyzeArticle(DATED('Miners earn $1,000 a week.')).dates[0]?.type, 'SET');
});

test('"most recently" says when, no superlative to check', () => {
  const text = DATED('Three doctors on the list were killed, most recently last October when a gunman shot one at his home.');
  const reasons = analyzeArticle(text).findings.flatMap((f) => (f as { reasons?: string[] }).reasons ?? []);
  assert.ok(!reasons.includes('superlative'), JSON.stringify(reasons));
});

test('a quarter written as a code before its results, reported in the coming days, is the one just ended', () => {
  assert.equal(value('Nvidia will report Q3 earnings on Nov. 19.', 'Q3'), '2025-Q3');
  assert.equal(value('The firm will report Q1 results in April.', 'Q1'), '2026-Q1');
  assert.equal(value('The economy will grow in Q3.', 'Q3'), '2026-Q3');
});

test('the second of two weekdays joined as a choice or a stretch follows the first', () => {
  assert.deepEqual(dates('The storm is expected to make landfall late Thursday or early Friday.'), [['late Thursday', '2025-11-20'], ['early Friday', '2025-11-21']]);
  assert.deepEqual(dates('The talks run from Thursday to Monday.'), [['Thursday', '2025-11-20'], ['Monday', '2025-11-24']]);
  assert.deepEqual(dates('Protests were held on Saturday and Sunday.'), [['Saturday', '2025-11-08'], ['Sunday', '2025-11-09']]);
  // Days gone may be listed in any order.
  assert.deepEqual(dates('Following are statements made Friday and Thursday by the lawyer.'), [['Friday', '2025-11-14'], ['Thursday', '2025-11-13']]);
});

test('a day after "will be closed" lies ahead: the state is no deed finished', () => {
  assert.equal(value('Markets will be closed on Nov. 27 for Thanksgiving.', 'Nov. 27'), '2025-11-27');
  assert.equal(value('The border will be closed on Dec. 27.', 'Dec. 27'), '2025-12-27');
  assert.equal(value('The border closed on Nov. 3.', 'Nov. 3'), '2025-11-03');
});

test('a month or a day that opens a name is no date', () => {
  assert.deepEqual(dates('The group Black September claimed the attack.'), []);
  assert.deepEqual(dates('Fans filled arenas during March Madness.'), []);
  assert.deepEqual(dates("The party praised its May 4th Movement roots."), []);
  assert.deepEqual(dates('The 26th of July Movement seized power.'), []);
  // A month before an event's noun stays a month.
  assert.deepEqual(dates('Trading resumed after the August recess.'), [['August', '2025-08']]);
});
