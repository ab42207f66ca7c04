// Dates the last round left: a timetable's hours and days, a programme or a tournament named with a year, an
// author-year citation, a weekday of votes won, "during the month" in a bulletin, solid company period codes
// ("1QFY26", "H1FY25") and Bangladesh's "36 July". Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, datesOf as dates } from '../support/article';

const DATED = datedBy('2025-03-13');

test('opening hours with a range of weekdays are a timetable: times of no day, and every such weekday', () => {
  assert.deepEqual(dates(DATED('The office is open from 7.30am to 3.30pm, Monday to Thursday, and from 8am to noon on Fridays.')), [
    ['7.30am', 'XXXX-XX-XXT07:30'],
    ['3.30pm', 'XXXX-XX-XXT15:30'],
    ['Monday', 'XXXX-WXX-1'],
    ['Thursday', 'XXXX-WXX-4'],
    ['8am', 'XXXX-XX-XXT08:00'],
    ['noon', 'XXXX-XX-XXT12:00'],
    ['Fridays', 'XXXX-WXX-5'],
  ]);
  assert.deepEqual(dates(DATED('The museum opens at 10am on Sundays.')), [['10am', 'XXXX-XX-XXT10:00'], ['Sundays', 'XXXX-WXX-7']]);
  // (In the past, the hours and days are that week's; a clock and a lone day stay one time; a range of days alone is two days.)
  assert.deepEqual(dates(DATED('The office was open from 7.30am to 3.30pm, Monday to Thursday.')).map((d) => d[1]), ['2025-03-13T07:30', '2025-03-13T15:30', '2025-03-10', '2025-03-13']);
  assert.deepEqual(dates(DATED('The vote closes at 3.30pm, Monday.')), [['3.30pm, Monday', '2025-03-10T15:30']]);
  assert.deepEqual(dates(DATED('Talks ran from Monday to Thursday.')).map((d) => d[1]), ['2025-03-10', '2025-03-13']);
});

test('a programme or a tournament named with a year of two or three capitalised words is a name, no date', () => {
  assert.deepEqual(dates(DATED('Riyadh has poured billions into tourism under Saudi Vision 2030, officials said.')), []);
  assert.deepEqual(dates(DATED('The kingdom will host the World Cup 2034, and Morocco will co-host the World Cup 2030.')), []);
  assert.deepEqual(dates(DATED('The FIFA World Cup 2026 will be held in North America.')), []);
  // (A month, a holiday or an act before a year stays a date.)
  assert.deepEqual(dates(DATED('It was passed under the Welfare Reform Act 2012 after Memorial Day 2026.')).map((d) => d[0]), ['2012', 'Memorial Day 2026']);
  assert.deepEqual(dates(DATED('The Budget 2024 was passed in late May 2024.')).map((d) => d[0]), ['2024', 'late May 2024']);
});

test('two authors and a year cite a study, whose year stays a date', () => {
  assert.deepEqual(dates(DATED('Smith and Jones 2019 found that sanctions rarely changed a regime\'s conduct.')), [['2019', '2019']]);
  // ("and" after a year joins two programmes.)
  assert.deepEqual(dates(DATED('The plan is part of Vision 2030 and Agenda 2063.')), []);
});

test('votes won on a weekday, in the past, were won on the last such day', () => {
  // (The article is dated Thursday 7 November 2024.)
  assert.deepEqual(dates(DATED("Donald Trump won Georgia's 16 electoral votes on Tuesday, the Associated Press said.", '2024-11-07')), [['Tuesday', '2024-11-05']]);
  assert.deepEqual(dates(DATED('He won the popular vote on Tuesday.', '2024-11-07')), [['Tuesday', '2024-11-05']]);
  // (A body that votes on a day still has it ahead.)
  assert.deepEqual(dates(DATED('Parliament votes on Tuesday on the budget.', '2024-11-07')), [['Tuesday', '2024-11-12']]);
});

test('"During the month," opening a bulletin\'s sentence is the month it reports on', () => {
  const text = '---\ndate: 2024-10-04\n---\n# Cholera bulletin: September 2024\n\nDuring the month, 1,200 cases were reported, the ministry said. Over the month, teams reached 300,000 people, WHO said.\n';
  assert.deepEqual(dates(text), [['September 2024', '2024-09'], ['the month', '2024-09'], ['the month', '2024-09']]);
  // (Inside a clause, "during the month" stays a stretch of a month.)
  assert.deepEqual(dates(DATED('Prices rose 2 percent during the month, the ministry said.')), [['the month', 'P1M']]);
});

test('company period codes written solid are their quarter or half, and no organisation', () => {
  const text = DATED("Infosys's net profit rose 9 percent in 1QFY26. In H1FY25 revenue grew 4 percent, and in Q1FY26 margins held at 21 percent.", '2025-07-20');
  assert.deepEqual(dates(text), [['1QFY26', '2026-Q1'], ['H1FY25', '2025-H1'], ['Q1FY26', '2026-Q1']]);
  assert.ok(!analyze(text).actors.some((a) => /FY/.test(text.slice(a.start, a.end))));
  // (With the fiscal year in full; with a span of years, the quarter is of that fiscal year, named by the year it ends in:
  // session 36 took "Q1" in, which had been left out.)
  const full = DATED('Revenue rose in Q3FY2026 and in Q3 FY2026, and the 2QFY2026 numbers were strong.', '2025-07-20');
  assert.deepEqual(dates(full), [['Q3FY2026', '2026-Q3'], ['Q3 FY2026', '2026-Q3'], ['2QFY2026', '2026-Q2']]);
  assert.ok(!analyze(full).actors.some((a) => /FY/.test(full.slice(a.start, a.end))));
  assert.deepEqual(dates(DATED('Q1 FY2025-26 was weak.', '2025-07-20')), [['Q1 FY2025-26', '2026-Q1']]);
});

test('"36 July", Bangladesh\'s count of the uprising\'s days, is 5 August 2024', () => {
  const text = DATED('Bangladesh on Tuesday marked the first anniversary of 36 July, the day Sheikh Hasina fled the country.', '2025-08-05');
  assert.deepEqual(dates(text), [['Tuesday', '2025-08-05'], ['36 July', '2024-08-05']]);
  assert.deepEqual(dates(DATED('Students gathered on July 32 and the 36th of July.', '2025-08-05')), [['July 32', '2024-08-01'], ['36th of July', '2024-08-05']]);
});

test('a range of weekdays written before a timetable\'s hours makes them a timetable too', () => {
  assert.deepEqual(dates(DATED('The contact centre is open Monday to Friday, 9am to 5pm.')), [
    ['Monday', 'XXXX-WXX-1'],
    ['Friday', 'XXXX-WXX-5'],
    ['9am', 'XXXX-XX-XXT09:00'],
    ['5pm', 'XXXX-XX-XXT17:00'],
  ]);
  assert.deepEqual(dates(DATED('Library opening hours: Mon–Fri 9am–7pm, Sat 9am–5pm, Sun closed.')).map((d) => d[1]), ['XXXX-XX-XXT09:00', 'XXXX-XX-XXT19:00', 'XXXX-XX-XXT09:00', 'XXXX-XX-XXT17:00']);
  // (An event's days with its hours, or days gone, are days of their own.)
  assert.ok(!dates(DATED('The summit runs Monday to Wednesday, 9am to 5pm.')).some((d) => d[1].startsWith('XXXX')));
  assert.ok(!dates(DATED('The talks ran Monday to Wednesday, 9am to 5pm.')).some((d) => d[1].startsWith('XXXX')));
});

test('a month a thing was said in, after a date ahead, is the story\'s own month', () => {
  const text = DATED('The election is expected in the first half of April 2026, Chief Adviser Muhammad Yunus said in June.', '2025-07-16');
  assert.deepEqual(dates(text).map((d) => d[1]), ['2026-04', '2025-06']);
  assert.deepEqual(dates(DATED('The election is expected in April 2026, Yunus told reporters in June.', '2025-07-16')).map((d) => d[1]), ['2026-04', '2025-06']);
  // (A later month that goes on from a date ahead stays in its year.)
  assert.deepEqual(dates(DATED('The window runs until February 11, 2026, with backup opportunities in March and April.', '2025-07-16')).map((d) => d[1]), ['2026-02-11', '2026-03', '2026-04']);
});

test('a year\'s possessive is no decade, and a programme named after its owner is a name', () => {
  assert.deepEqual(dates(DATED('Planners said Vision 2030\'s goals were revised.')), []);
  assert.deepEqual(dates(DATED('Officials cited 2030\'s deadline.')), [['2030', '2030']]);
  assert.deepEqual(dates(DATED('The UN\'s Agenda 2030 and Trump\'s Project 2025 were cited.')), []);
  // (A decade with "the" or a preposition stays one; a month or a budget after an owner stays a date.)
  assert.deepEqual(dates(DATED('The 1990\'s were calm, and in 1980\'s Britain miners struck.')).map((d) => d[1]), ['199', '198']);
  assert.deepEqual(dates(DATED('Britain\'s May 2024 election was close, and India\'s Budget 2024 raised spending.')).map((d) => d[1]), ['2024-05', '2024']);
});
