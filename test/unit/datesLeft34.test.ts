// Dates the last round left: a company's results day in the present, a fiscal year ending in a month named alone,
// months of a fiscal year in short ("9MFY25"), a range of days before "last year", Holy Week and Easter told in the
// past, a stretch of days that would end after the article, "every Thursday night", the quarter results are for, a
// weekday of "next week", "the weekend of 1-2 November", results after the bell, a decision announced in the present.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, datesOf as dates } from '../support/article';

const DATED = datedBy('2025-11-04');

test('a company that reports its results on a weekday, in the present, reports on the coming one', () => {
  // (The article is dated Tuesday 4 November 2025.)
  assert.deepEqual(dates(DATED('Nissan reports on Thursday.')), [['Thursday', '2025-11-06']]);
  assert.deepEqual(dates(DATED('Apple reports quarterly earnings on Thursday after the bell.')), [['Thursday', '2025-11-06']]);
  assert.deepEqual(dates(DATED('Nvidia reports Wednesday.')), [['Wednesday', '2025-11-05']]);
  assert.deepEqual(dates(DATED('Toyota posts its results on Friday, the company said.')), [['Friday', '2025-11-07']]);
  // (In the past, or what a report is about, it stays the last such day.)
  assert.deepEqual(dates(DATED('Reuters reported on Thursday that the deal was off.')), [['Thursday', '2025-10-30']]);
  assert.deepEqual(dates(DATED("The newspaper reports on Thursday's decision.")), [['Thursday', '2025-10-30']]);
  assert.deepEqual(dates(DATED('Analysts said its reports on Thursday were thin.')), [['Thursday', '2025-10-30']]);
});

test('a fiscal year ending in a month named alone ends in the coming such month, and "the year through March" is a year long', () => {
  // (The article is dated 4 November 2025: a year still running ends next March.)
  assert.deepEqual(dates(DATED('Guidance for the year ending March was raised.')), [['the year', 'P1Y'], ['March', '2026-03']]);
  assert.deepEqual(dates(DATED('Sony expects a profit for the year ending March.')), [['the year', 'P1Y'], ['March', '2026-03']]);
  assert.deepEqual(dates(DATED('Nissan cut its forecast for the year ending in March.')), [['the year', 'P1Y'], ['March', '2026-03']]);
  assert.deepEqual(dates(DATED('Sony raised its outlook for the year through March.')).map((d) => d[1])[0], 'P1Y');
  // (A year that ended, ended in the last such month; a year written out stays.)
  assert.deepEqual(dates(DATED('Revenue for the year ended March fell.')), [['the year', 'P1Y'], ['March', '2025-03']]);
  assert.deepEqual(dates(DATED('Tata Motors said profit for the year ending March 2026 would rise.')), [['the year', 'P1Y'], ['March 2026', '2026-03']]);
  assert.deepEqual(dates(DATED('Protesters will march on Sunday.')), [['Sunday', '2025-11-09']]);
});

test('a count of months before a fiscal year in short ("9MFY25") is that many months of the year, and no organisation', () => {
  const text = DATED('Infosys posted its 9MFY25 numbers. Revenue in 9M FY2026 rose, as in 6MFY26.');
  assert.deepEqual(dates(text), [['9M', 'P9M'], ['FY25', '2025'], ['9M', 'P9M'], ['FY2026', '2026'], ['6M', 'P6M'], ['FY26', '2026']]);
  assert.ok(!analyze(text).actors.some((a) => /FY/.test(text.slice(a.start, a.end))));
  // (As "the first nine months of fiscal 2025" is; a code glued to other letters stays none.)
  assert.deepEqual(dates(DATED('Profit in the first nine months of fiscal 2025 rose.')).map((d) => d[1]), ['P9M', '2025']);
  assert.deepEqual(dates(DATED('The XMFY25 code was retired.')), []);
});

test('a range of days in one month before "last year" or "next year" takes that year for each day', () => {
  assert.deepEqual(dates(DATED('The council met on 18-19 December last year.')), [['18', '2024-12-18'], ['19 December last year', '2024-12-19']]);
  assert.deepEqual(dates(DATED('Leaders met on December 18-19 last year in Brussels.')), [['December 18', '2024-12-18'], ['19 last year', '2024-12-19']]);
  assert.deepEqual(dates(DATED('The summit is on 18-19 December next year.')).map((d) => d[1]), ['2026-12-18', '2026-12-19']);
  assert.deepEqual(dates(DATED('They met on 3, 4 and 5 March this year.')).map((d) => d[1]), ['2025-03-03', '2025-03-04', '2025-03-05']);
  // (As a single day does; "last year's" after a comma is another phrase's.)
  assert.deepEqual(dates(DATED('The council met on 19 December last year.')), [['19 December last year', '2024-12-19']]);
  assert.deepEqual(dates(DATED("The summit opens 18-19 December, last year's having failed.")).map((d) => d[0]), ['18', '19 December', 'last year']);
});

test('Holy Week and Semana Santa are the week that ends on Easter Sunday, as "Easter week" is', () => {
  // (The article is dated 20 March 2025; Easter Sunday 2025 is 20 April, in ISO week 16.)
  assert.deepEqual(dates(DATED('Pilgrims crowd Seville during Holy Week.', '2025-03-20')), [['Holy Week', '2025-W16']]);
  assert.deepEqual(dates(DATED('Semana Santa processions draw thousands.', '2025-03-20')), [['Semana Santa', '2025-W16']]);
  assert.deepEqual(dates(DATED('Schools close for Easter week.', '2025-03-20')), [['Easter week', '2025-W16']]);
  assert.deepEqual(dates(DATED('During Holy Week 2024, the city was full.', '2025-03-20')), [['Holy Week 2024', '2024-W13']]);
  // (In lower case it is some week held holy.)
  assert.deepEqual(dates(DATED('The holy week of fasting began.', '2025-03-20')), []);
});

test('a stretch of days told in the past that would end after the article\'s day is last year\'s', () => {
  // (The article is dated 16 July 2025.)
  assert.deepEqual(dates(DATED('Gunmen killed 40 people between July 15 and August 15, the report said.', '2025-07-16')).map((d) => d[1]), ['2024-07-15', '2024-08-15']);
  assert.deepEqual(dates(DATED('Between 15 July and 15 August, 40 people were killed.', '2025-07-16')).map((d) => d[1]), ['2024-07-15', '2024-08-15']);
  // (A stretch ahead, or one that ended by the article's day, stays this year's.)
  assert.deepEqual(dates(DATED('The festival runs from July 15 to August 15.', '2025-07-16')).map((d) => d[1]), ['2025-07-15', '2025-08-15']);
  assert.deepEqual(dates(DATED('Gunmen killed 40 people between June 15 and July 15.', '2025-07-16')).map((d) => d[1]), ['2025-06-15', '2025-07-15']);
});

test('"every Thursday night" is that part of every such day, one set', () => {
  assert.deepEqual(dates(DATED('The brotherhoods have rehearsed every Thursday night since the start of Lent.')), [['every Thursday night', 'XXXX-WXX-4TNI'], ['the start of Lent', '2025-03']]);
  assert.deepEqual(dates(DATED('The market opens each Sunday morning.')), [['each Sunday morning', 'XXXX-WXX-7TMO']]);
  // (A part after another unit is no part of its set.)
  assert.deepEqual(dates(DATED('He teaches every day evening classes.')), [['every day', 'P1D']]);
  assert.deepEqual(dates(DATED('Flights leave every morning.')), [['every morning', 'XXXX-XX-XXTMO']]);
});

test('a feast of Easter told in the past is the latest one, a week by its Monday', () => {
  // (The article is dated 25 March 2025, before Easter Sunday, 20 April.)
  assert.deepEqual(dates(DATED('Last year, crowds gathered at Easter.', '2025-03-25')), [['Last year', '2024'], ['Easter', '2024-03-31']]);
  assert.deepEqual(dates(DATED('The ceasefire was agreed on Good Friday, officials said.', '2025-03-25')), [['Good Friday', '2024-03-29']]);
  assert.deepEqual(dates(DATED('Last year a million visitors watched the processions during Semana Santa.', '2025-03-25')).map((d) => d[1]), ['2024', '2024-W13']);
  // (Ahead, or begun by the article's day, it is this year's.)
  assert.deepEqual(dates(DATED('The Pope will celebrate Mass at Easter.', '2025-03-25')), [['Easter', '2025-04-20']]);
  assert.deepEqual(dates(DATED('Protesters prayed as Easter week began.', '2025-04-14')), [['Easter week', '2025-W16']]);
});

test('the quarter a company will report results for is over: this year\'s, not next year\'s', () => {
  // (The article is dated 4 November 2025.)
  assert.deepEqual(dates(DATED('Sony will report earnings for the July-September quarter on Tuesday.')).map((d) => d.join('=')), ['the July-September quarter=2025-Q3', 'Tuesday=2025-11-04']);
  assert.deepEqual(dates(DATED('Toyota will publish results for the second quarter next week.')).map((d) => d.join('=')), ['the second quarter=2025-Q2', 'next week=2025-W46']);
  // (A step of a plan in a quarter gone by is next year's.)
  assert.deepEqual(dates(DATED('The company will complete the plant in the second quarter.')), [['the second quarter', '2026-Q2']]);
  assert.deepEqual(dates(DATED('The merger will close in the April-June quarter.')), [['the April-June quarter', '2026-Q2']]);
});

test('a weekday after "next week" in its clause is that week\'s', () => {
  // (The article is dated Tuesday 4 November 2025.)
  assert.deepEqual(dates(DATED('Earnings season kicks off next week with JPMorgan on Tuesday.')), [['next week', '2025-W46'], ['Tuesday', '2025-11-11']]);
  assert.deepEqual(dates(DATED("Next week's vote on Wednesday will be close.")), [['Next week', '2025-W46'], ['Wednesday', '2025-11-12']]);
  assert.deepEqual(dates(DATED('Honda reports next week, on Thursday.')), [['next week', '2025-W46'], ['Thursday', '2025-11-13']]);
  // (Another clause's weekday keeps its own tense.)
  assert.deepEqual(dates(DATED('The union strikes next week, and the minister spoke on Tuesday.')), [['next week', '2025-W46'], ['Tuesday', '2025-11-04']]);
});

test('"the weekend of 1-2 November" is one weekend, its range of days inside it', () => {
  assert.deepEqual(dates(DATED('Ministers met over the weekend of 1-2 November.')), [['the weekend of 1-2 November', '2025-W44-WE']]);
  assert.deepEqual(dates(DATED('They met the weekend of Nov. 1-2.')), [['the weekend of Nov. 1-2', '2025-W44-WE']]);
  assert.deepEqual(dates(DATED('Talks are set for the week of 17 to 21 November.')), [['the week of 17 to 21 November', '2025-W47']]);
  // (A range of days alone stays two days.)
  assert.deepEqual(dates(DATED('Ministers met on 1-2 November.')).map((d) => d[1]), ['2025-11-01', '2025-11-02']);
});

test('a company that reports after the bell or before the market opens on a weekday reports on the coming one', () => {
  // (The article is dated Tuesday 4 November 2025.)
  assert.deepEqual(dates(DATED('Shares of the company, which reports after the bell on Wednesday, rose.')), [['Wednesday', '2025-11-05']]);
  assert.deepEqual(dates(DATED('Nvidia reports results after the bell Wednesday.')), [['Wednesday', '2025-11-05']]);
  assert.deepEqual(dates(DATED('Apple reports before the market opens on Thursday.')), [['Thursday', '2025-11-06']]);
  // (What happened after the bell is past.)
  assert.deepEqual(dates(DATED('The stock fell after the bell on Wednesday.')), [['Wednesday', '2025-10-29']]);
});

test('a body that announces or presents its decision on a weekday, in the present, does so on the coming one', () => {
  // (The article is dated Tuesday 4 November 2025.)
  assert.deepEqual(dates(DATED('The Bank of England announces its decision on Thursday at noon.')), [['Thursday at noon', '2025-11-06T12:00']]);
  assert.deepEqual(dates(DATED('The minister outlines the plan on Monday.')), [['Monday', '2025-11-10']]);
  // (Announced, it is the last such day.)
  assert.deepEqual(dates(DATED('The minister announced the plan on Monday.')), [['Monday', '2025-11-03']]);
});
