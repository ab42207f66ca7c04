// Dates session 39 left: festivals, feasts in a tense, and phrases of news copy. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, datesOf as dates, dateValueOf as valueOf } from '../support/article';

// (Wednesday 20 March 2024.)
const DATED = datedBy('2024-03-20');

test('Purim, Shavuot, Sukkot and Tet are dated from their tables', () => {
  const cases: [string, string, string][] = [
    ['Israelis will mark Purim next week, police said.', 'Purim', '2024-03-24'],
    ['Shavuos 2023 fell on a Friday.', 'Shavuos 2023', '2023-05-26'],
    ['Pilgrims are expected in Jerusalem for Shavuot, officials said.', 'Shavuot', '2024-06-12'],
    ['Sukkot last year drew thousands to the Western Wall.', 'Sukkot', '2023-09-30'],
    ['Vietnamese families are preparing for Tet, the Lunar New Year.', 'Tet', '2025-01-29'],
    ['T\u1ebft 2023 fell in January.', 'T\u1ebft 2023', '2023-01-22'],
  ];
  for (const [body, span, want] of cases) assert.equal(valueOf(DATED(body), span), want, body);
  // (The Tet Offensive is a campaign's name, no festival.)
  assert.deepEqual(dates(DATED('The Tet Offensive began in 1968.')).map(([s]) => s), ['1968']);
});

test('a festival takes the year, or the month, written right after it', () => {
  const cases: [string, string, string][] = [
    ['Passover in 2025 is in April.', 'Passover', '2025-04-13'],
    ['Tet in 2025 will be early.', 'Tet', '2025-01-29'],
    ['Sukkot is in October this time.', 'Sukkot', '2024-10-17'],
    ['Hanukkah begins in December.', 'Hanukkah', '2024-12-26'],
  ];
  for (const [body, span, want] of cases) assert.equal(valueOf(DATED(body), span), want, body);
});

test('a Hijri day after its month, with its year, is that day', () => {
  assert.deepEqual(dates(DATED('The talks were held on Ramadan 15, 1445, officials said.')), [['Ramadan 15, 1445', '2024-03-25']]);
});

test('a bare Ramadan told as begun, ended or under way is that Ramadan', () => {
  const cases: [string, string, string, string][] = [
    ['2024-04-15', 'Ramadan ended last week, officials said.', 'Ramadan', '2024-03'],
    // (Written during Ramadan 2024, "ended" can only be the one before.)
    ['2024-03-20', 'Ramadan ended in a truce last year, officials said.', 'Ramadan', '2023-04'],
    ['2025-11-14', 'As Ramadan began, food prices rose.', 'Ramadan', '2025-03'],
    ['2024-03-20', 'Ramadan is under way in Gaza.', 'Ramadan', '2024-03'],
    ['2025-11-14', 'Prices will rise when Ramadan begins.', 'Ramadan', '2026-03'],
    ['2024-04-15', 'Next Ramadan will be cooler.', 'Next Ramadan', '2025-03'],
    ['2024-03-20', 'Last Ramadan was hot.', 'Last Ramadan', '2023-04'],
  ];
  for (const [on, body, span, want] of cases) assert.equal(valueOf(datedBy(on)(body), span), want, body);
  // (A habit's Ramadan stays undated, and so does one whose start has a day of its own.)
  assert.deepEqual(dates(DATED('Shops open late during Ramadan.')), []);
  assert.deepEqual(dates(DATED('Ramadan began on March 11.')).map(([s]) => s), ['March 11']);
  // (Nor is a person called Ramadan a month.)
  assert.deepEqual(dates(DATED('Tariq Ramadan began his lecture.')), []);
});

test('"next Eid" and "last Eid" are the nearer of the two Eids', () => {
  assert.deepEqual(dates(DATED('Traders expect prices to fall by next Eid.')), [['next Eid', '2024-04-10']]);
  assert.deepEqual(dates(datedBy('2024-05-01')('Traders expect prices to fall by next Eid.')), [['next Eid', '2024-06-16']]);
  assert.deepEqual(dates(datedBy('2024-05-01')('Last Eid was quiet.')), [['Last Eid', '2024-04-10']]);
});

test('"the year to date" is the current year so far, no stretch of a year', () => {
  const on = datedBy('2025-11-14');
  assert.deepEqual(dates(on('Sales rose 5% in the year to date, the company said.')), [['the year to date', '2025']]);
  assert.deepEqual(dates(on('Sales rose 5% year to date.')), [['year to date', '2025']]);
  assert.deepEqual(dates(on('Year-to-date sales rose, and quarter-to-date sales fell.')), [['Year-to-date', '2025'], ['quarter-to-date', '2025-Q4']]);
});

test('a fiscal year that ended (or ends) as a clause\'s verb is a date, its year that of the month it ends in', () => {
  const on = datedBy('2025-11-14');
  assert.deepEqual(dates(on('The fiscal year ended badly for the retailer.')), [['The fiscal year', '2025']]);
  assert.deepEqual(dates(on('The financial year ends in June, the treasury said.')), [['The financial year', '2026'], ['June', '2026-06']]);
  assert.deepEqual(dates(on('The fiscal year ended in June, the treasury said.')), [['The fiscal year', '2025'], ['June', '2025-06']]);
  // (The reduced relative before its last day stays the stretch TimeML makes it.)
  assert.equal(valueOf(on('Profits fell in the fiscal year ended June 30.'), 'the fiscal year'), 'P1Y');
});

test('a weekday that is the subject of a present verb is the coming one', () => {
  // (Wednesday 20 March 2024: Thursday is the 21st.)
  assert.deepEqual(dates(DATED('Thursday marks one year since the invasion, officials said.')), [['Thursday', '2024-03-21'], ['one year', 'P1Y']]);
  assert.deepEqual(dates(DATED('Monday is the deadline for bids.')), [['Monday', '2024-03-25']]);
  // (In the past, the latest.)
  assert.deepEqual(dates(DATED('On Thursday, crowds marked the anniversary.')), [['Thursday', '2024-03-14']]);
});

test('"Thirty years ago on Tuesday": the years are a duration, Tuesday the anniversary', () => {
  assert.deepEqual(dates(DATED('Thirty years ago on Tuesday, the wall fell.')), [['Thirty years', 'P30Y'], ['Tuesday', '2024-03-19']]);
  assert.deepEqual(dates(DATED('Two decades ago on Friday, troops entered the city.')), [['Two decades', 'P2DE'], ['Friday', '2024-03-15']]);
  // (Without the day, "ago" counts back from the article.)
  assert.deepEqual(dates(DATED('Thirty years ago, the wall fell.')), [['Thirty years ago', '1994']]);
});

test('"mid-to-late October" is one span; "the latter half" is the second', () => {
  assert.deepEqual(analyze(DATED('Rain is expected mid-to-late October.')).dates.map((d) => [d.value, d.mod]), [['2024-10', 'END']]);
  assert.deepEqual(dates(DATED('Rain is expected mid-to-late October.')), [['mid-to-late October', '2024-10']]);
  assert.deepEqual(dates(DATED('The latter half of the year was calm.')), [['The latter half of the year', '2024-H2']]);
  assert.deepEqual(dates(DATED('The latter half of 2023 was calm.')), [['The latter half of 2023', '2023-H2']]);
  assert.deepEqual(analyze(DATED('Growth slowed in the latter half of the decade.')).dates.map((d) => [d.value, d.mod]), [['202', 'END']]);
  // (A half of a thing is none of a year's.)
  assert.deepEqual(dates(DATED('The latter half of the report was dull.')), []);
});

test('"some week in 1989", "one day in March": a day or week of that time, left open', () => {
  assert.deepEqual(dates(DATED('It happened some week in 1989, he said.')), [['some week in 1989', '1989-WXX']]);
  assert.deepEqual(dates(DATED('They met one day in May 2020.')), [['one day in May 2020', '2020-05-XX']]);
  assert.deepEqual(dates(DATED('One day in March, the rebels came.')), [['One day in March', '2024-03-XX']]);
  // (How long, in that year: a stretch.)
  assert.deepEqual(dates(DATED('The plant closed for one week in 1989.')), [['one week', 'P1W'], ['1989', '1989']]);
});

test('a festival that is the subject of a past verb of its own is the latest one', () => {
  const on = datedBy('2025-01-05');
  assert.equal(valueOf(on('Lunar New Year celebrations ended last week, police said.'), 'Lunar New Year'), '2024-02-10');
  assert.equal(valueOf(on('As Lunar New Year began, travel surged.'), 'Lunar New Year'), '2024-02-10');
  // (At its eve's sundown, the one beginning.)
  assert.equal(valueOf(datedBy('2024-04-22')('As Passover began, families gathered.'), 'Passover'), '2024-04-23');
  // (What is done for a festival may be for the coming one.)
  assert.equal(valueOf(on('Airlines added flights for Lunar New Year, officials said.'), 'Lunar New Year'), '2025-01-29');
});

test('"ahead of Ramadan", "the start of Ramadan": that Ramadan by the tense', () => {
  assert.deepEqual(dates(datedBy('2024-04-20')('Talks will resume ahead of Ramadan.')), [['Ramadan', '2025-03']]);
  assert.deepEqual(dates(datedBy('2024-04-20')('Fighting eased at the start of Ramadan.')), [['the start of Ramadan', '2024-03']]);
  assert.deepEqual(dates(datedBy('2025-11-14')('Talks will resume ahead of Ramadan.')), [['Ramadan', '2026-03']]);
});
