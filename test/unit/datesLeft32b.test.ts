// Dates the round's hunts left: a document named by its day, "the coming year", the start of the article's day, an
// Iranian day in a past clause, a programme named with a year, "the dark days", a range of weekdays after a clock
// range. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, datesOf as dates } from '../support/article';

const DATED = datedBy('2026-11-28');

test('a document named by a day long gone or still ahead is of a year the text does not give', () => {
  assert.deepEqual(dates(DATED('Seoul said it would suspend the Sept. 19 inter-Korean military agreement.')), [['Sept. 19', 'XXXX-09-19']]);
  assert.deepEqual(dates(DATED('Beijing cited the August 17 Communiqué.')), [['August 17', 'XXXX-08-17']]);
  assert.deepEqual(dates(DATED('Both sides honoured the December 12 accord.')), [['December 12', 'XXXX-12-12']]);
  // (A fortnight on, "the Nov. 14 agreement" is this year's; a day with no document stays this year's.)
  assert.deepEqual(dates(DATED('Both sides honoured the Nov. 14 agreement.')), [['Nov. 14', '2026-11-14']]);
  assert.deepEqual(dates(DATED('The talks on Sept. 19 ended without agreement.')), [['Sept. 19', '2026-09-19']]);
});

test('"the coming year" is next year', () => {
  assert.deepEqual(dates(DATED('The minister set out the tasks for the ministry in the coming year.')), [['the coming year', '2027']]);
  // ("the coming months" stays a stretch ahead.)
  assert.deepEqual(dates(DATED('Talks will continue in the coming months.'))[0]?.[1], 'FUTURE_REF');
});

test('"since the start of the day" is the article\'s day; "at the end of the day" is an idiom', () => {
  const since = analyze(DATED('Since the start of the day, there have been 182 combat clashes, the General Staff said.')).dates;
  assert.deepEqual(since.map((d) => [d.value, d.mod]), [['2026-11-28', 'START']]);
  assert.deepEqual(dates(DATED('At the end of the day, voters care about prices.')), []);
});

test('a day of the Iranian calendar without a year in a past clause is the one gone', () => {
  assert.deepEqual(dates(DATED('Crowds marked the 13th of Aban in Tehran, chanting slogans.', '2026-07-20')), [['13th of Aban', '2025-11-04']]);
  assert.deepEqual(dates(DATED('Crowds will mark the 13th of Aban in Tehran.', '2026-07-20')), [['13th of Aban', '2026-11-04']]);
});

test('a programme or an event named with a year is a name; a month, a holiday or an act before a year stays a date', () => {
  assert.deepEqual(dates(DATED('The plan is part of Vision 2030 and Agenda 2063.')), []);
  assert.deepEqual(dates(DATED('Fans gathered in Berlin for Euro 2024.')), []);
  assert.deepEqual(dates(DATED('Sales rose in May 2024, Q3 2024 and FY 2024.')).map((d) => d[0]), ['May 2024', 'Q3 2024', 'FY 2024']);
  assert.deepEqual(dates(DATED('It was passed under the Welfare Reform Act 2012 after Memorial Day 2026.')).map((d) => d[0]), ['2012', 'Memorial Day 2026']);
  // (An author-year citation's year stays one.)
  assert.deepEqual(dates(DATED('Sanctions rarely work (Lee and Park 2021).')).map((d) => d[0]), ['2021']);
});

test('"the dark days of one-party rule" is an era, no stretch of days', () => {
  assert.deepEqual(dates(DATED('Many remember the dark days of one-party rule.')), []);
  assert.deepEqual(dates(DATED('In the heady days of the boom, prices rose.')), []);
  assert.deepEqual(dates(DATED('The talks took days.')), [['days', 'PXD']]);
});

test('"the night of 9 to 10 September" is one night, dated by its first day', () => {
  assert.deepEqual(dates(DATED('Drones struck Kyiv in the night of 9 to 10 September, officials said.')), [['9 to 10 September', '2026-09-09']]);
  assert.deepEqual(dates(DATED('Talks were held on 9 to 10 September.')).length, 2);
});

test('a clock time before a range of weekdays keeps to itself ("7.30am to 3.30pm, Monday to Thursday")', () => {
  const got = dates(DATED('Schools open from 7.30am to 3.30pm, Monday to Thursday.')).map((d) => d[0]);
  assert.deepEqual(got, ['7.30am', '3.30pm', 'Monday', 'Thursday']);
  // (A clock and a lone day stay one time.)
  assert.deepEqual(dates(DATED('The vote closes at 3.30pm, Monday.')).map((d) => d[0]), ['3.30pm, Monday']);
});

test('a document named by its day and "of" a year is that year\'s day; a night over two days written month first is one', () => {
  assert.deepEqual(dates(DATED('Beijing cited the August 17 Communiqué of 1982.')), [['August 17', '1982-08-17'], ['1982', '1982']]);
  assert.deepEqual(dates(DATED('Drones struck in the night of Sept. 9-10, officials said.')), [['Sept. 9-10', '2026-09-09']]);
  assert.deepEqual(dates(DATED('Talks ran Sept. 9-10.')).length, 2);
});
