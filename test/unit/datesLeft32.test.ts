// Dates the last round saw and left, and the dates of South Asian and Gulf newspaper copy and of weekly bulletins: a
// month with "last year" after its noun, a Hijri day in a past clause, "the 17th instant", "the outgoing fiscal year",
// "a month earlier". Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, datesOf as dates } from '../support/article';

const DATED = datedBy('2025-08-05');

test('a month before its noun and "last year" is last year\'s month', () => {
  assert.deepEqual(dates(DATED('The July uprising last year toppled the government.')), [
    ['July', '2024-07'],
    ['last year', '2024'],
  ]);
  assert.deepEqual(dates(DATED('The August floods of last year killed 40 people.'))[0], ['August', '2024-08']);
  assert.deepEqual(dates(DATED('The March elections next year will be the first since 2008.'))[0], ['March', '2026-03']);
  // (A comparison with last year leaves the month to its tense.)
  assert.deepEqual(dates(DATED('Sales were higher in June than last year.'))[0], ['June', '2025-06']);
});

test('a Hijri day without a year in a past clause is the one gone, not the one ahead', () => {
  assert.deepEqual(dates(DATED('Eid was celebrated after 29th Ramazan, officials said.', '2025-12-01')), [['29th Ramazan', '2025-03-29']]);
  assert.deepEqual(dates(DATED('Eid will be celebrated after 29th Ramazan, officials said.', '2025-12-01')), [['29th Ramazan', '2026-03-18']]);
});

test('"the 17th instant" is a day of the article\'s month; "ultimo" of the month before, "proximo" of the next', () => {
  assert.deepEqual(dates(DATED('The meeting held on 17th instant approved the budget.')), [['17th instant', '2025-08-17']]);
  assert.deepEqual(dates(DATED('The Assembly will vote on the finance bill by the 26th inst., the minister said.')), [['the 26th inst.', '2025-08-26']]);
  assert.deepEqual(dates(DATED('We acknowledge your letter of the 28th ultimo.')), [['the 28th ultimo', '2025-07-28']]);
  assert.deepEqual(dates(DATED('The instant noodle market grew by 8 per cent.')), []);
});

test('South Asian budget copy\'s fiscal years: "the outgoing fiscal year", "the last fiscal", "next fiscal"', () => {
  const D = datedBy('2025-06-11');
  assert.deepEqual(dates(D('GDP grew by 2.68pc during the outgoing fiscal year.')), [['the outgoing fiscal year', '2025']]);
  assert.deepEqual(dates(D("The last fiscal's increase had been 25pc.")), [['The last fiscal', '2024']]);
  assert.deepEqual(dates(D('Inflation is to fall to 6.5 percent by next fiscal, the adviser said.')), [['next fiscal', '2026']]);
  // (A fiscal noun is no year: "the current fiscal deficit".)
  assert.ok(!dates(D('The current fiscal deficit is 5.9 percent of GDP.')).some(([t]) => t.includes('fiscal')));
  assert.ok(!dates(D('Next fiscal stimulus talks begin soon.')).some(([t]) => t.includes('fiscal')));
  assert.equal(analyze(D('GDP grew during the outgoing fiscal year.')).dates[0]?.type, 'DATE');
});

test('"A month earlier" is a date a month before the one under discussion, and moves the story nowhere', () => {
  assert.deepEqual(dates(DATED('The ministry announced the new tariff on Monday. A month earlier, it had rejected the proposal. A year earlier, it had approved it.')), [
    ['Monday', '2025-08-04'],
    ['A month earlier', '2025-07'],
    ['A year earlier', '2024-08-04'],
  ]);
  assert.deepEqual(dates(DATED('The accord was signed in March 2024. Exports fell 3 percent from a month earlier. A quarter later, profit rose.')), [
    ['March 2024', '2024-03'],
    ['a month earlier', '2024-02'],
    ['A quarter later', '2024-Q2'],
  ]);
  // (From a year alone, the month is not known; "a month earlier than planned" says by how much; "six months later"
  // counts a stretch.)
  assert.deepEqual(dates(DATED('In 2019 the plant opened. A month later it closed.')), [['2019', '2019'], ['A month later', 'XXXX-XX']]);
  assert.equal(analyze(DATED('The accord was signed in May 2019. Six months later it collapsed.')).dates[1]?.type, 'DURATION');
  assert.deepEqual(dates(DATED('The deal came a month earlier than planned.')), [['a month', 'P1M']]);
});

test('a day with "last year" after it lends that year to a later day of its sentence', () => {
  assert.deepEqual(dates(DATED('The movement, which began on July 1 last year, turned into an uprising after a killing on July 16.')), [
    ['July 1 last year', '2024-07-01'],
    ['July 16', '2024-07-16'],
  ]);
});

test('a Bangla date is converted by the calendar Bangladesh keeps, and marked as converted', () => {
  const D = datedBy('2025-02-18');
  assert.deepEqual(dates(D('The investigation agency has been asked to submit the report by 29 Falgun.')), [['29 Falgun', '2025-03-13']]);
  assert.deepEqual(dates(D('Pahela Falgun, 1 Falgun 1431, was marked with songs. He left on 30 Chaitra 1431.')), [
    ['1 Falgun 1431', '2025-02-14'],
    ['30 Chaitra 1431', '2025-04-13'],
  ]);
  assert.deepEqual(dates(D('Victory Day, 16 December, fell on 1 Poush.')), [['16 December', '2024-12-16'], ['1 Poush', '2024-12-16']]);
  assert.ok(analyze(D('The rally is on 8 Falgun.')).dates.every((d) => d.calendar === 'bengali' && !d.certain));
  // (A month alone, or a name, is no date: "Kartik Aaryan", "the Bhadra rains".)
  assert.deepEqual(dates(D('Kartik Aaryan arrived in Dhaka for the Bhadra festival.')), []);
});

test('a bulletin published after the period its title names says "this week" and "this month" of that period', () => {
  const weekly = analyze(datedBy('2025-09-15')('# Pakistan: Monsoon 2025 - Weekly Situation Report No. 9 (8 - 14 September 2025)\n\nHeavy rains continued this week in Punjab. Last week, the fund allocated $5 million.'));
  assert.deepEqual(weekly.dates.filter((d) => /week/i.test(d.text)).map((d) => [d.text, d.value]), [['this week', '2025-W37'], ['Last week', '2025-W36']]);
  const monthly = analyze(datedBy('2025-10-07')('# Rohingya Refugee Response - Monthly Bulletin, September 2025\n\nThis month, partners reached 820,000 people, down from 870,000 last month. Campaigns are planned for next month.'));
  assert.deepEqual(monthly.dates.filter((d) => /month/i.test(d.text)).map((d) => [d.text, d.value]), [['This month', '2025-09'], ['last month', '2025-08'], ['next month', '2025-10']]);
  const weekOf = analyze(datedBy('2025-10-07')('# Monthly Bulletin, September 2025\n\nCholera cases rose in the third week of the month.'));
  assert.deepEqual(weekOf.dates.slice(1).map((d) => [d.text, d.value]), [['the third week of the month', '2025-W38']]);
  // (Dated within its period, or with no period in its title, a report's "this week" is its own.)
  const own = analyze(datedBy('2025-09-12')('# Weekly Situation Report No. 9 (8 - 14 September 2025)\n\nHeavy rains continued this week.'));
  assert.equal(own.dates.find((d) => d.text === 'this week')?.value, '2025-W37');
  const plain = analyze(datedBy('2025-09-15')('# Floods hit Punjab, 8 - 14 September 2025\n\nHeavy rains continued this week.'));
  assert.equal(plain.dates.find((d) => d.text === 'this week')?.value, '2025-W38');
});

test('a quarter of months told in the past the month after it ended is this year\'s', () => {
  const D = datedBy('2025-10-20');
  assert.deepEqual(dates(D('Remittances rose 8 per cent in July-September, the central bank said.')), [['July-September', '2025-Q3']]);
  assert.deepEqual(dates(D('Exports fell in the July-September quarter last year.')), [['the July-September quarter last year', '2024-Q3']]);
});

test('"the current fiscal year 2025-26" is the year written after it', () => {
  const D = datedBy('2025-10-20');
  assert.deepEqual(dates(D('Remittances are expected to cross $40bn in the current fiscal year 2025-26.')), [['the current fiscal year 2025-26', '2025']]);
  assert.equal(analyze(D('Growth is forecast at 4.2pc in this fiscal year 2025/26.')).dates[0]?.through, '2026');
  // (Without it, the year is the article's by convention, as before.)
  assert.deepEqual(dates(D('Remittances are expected to cross $40bn in the current fiscal year.')), [['the current fiscal year', '2025']]);
});

test('protests announced "from Friday" begin on the coming Friday', () => {
  const D = datedBy('2025-03-12');
  assert.deepEqual(dates(D('The PTI has announced countrywide protests from Friday, a party spokesman said.')), [['Friday', '2025-03-14']]);
  assert.deepEqual(dates(D('Traders called an indefinite shutdown from Monday.')), [['Monday', '2025-03-17']]);
  // (Protests held from a day are over.)
  assert.deepEqual(dates(D('The PTI held protests from Friday to Sunday.'))[0], ['Friday', '2025-03-07']);
});
