// Copy of session 41's date fixes (helper A): months, weekdays of a month, companies' quarters and habits, read as a
// news reader reads them. Sentences written for these tests, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, dateValueOf, datedBy, datesOf } from '../support/article';

const DATED = datedBy('2025-11-14');
const value = (body: string, span: string) => dateValueOf(DATED(body), span);

test('a month after a present verb of hope or aim is the next one', () => {
  assert.equal(value('Hassett hopes to succeed Powell in May.', 'May'), '2026-05');
  assert.equal(value('The central bank aims to end its bond purchases in March.', 'March'), '2026-03');
  assert.equal(value('The chancellor is seeking to pass the budget in February.', 'February'), '2026-02');
  assert.equal(value('Ortega wants to hold the vote in April, aides say.', 'April'), '2026-04');
  // A month in a sentence told in the past stays the last one.
  assert.equal(value('Hassett met Powell in May.', 'May'), '2025-05');
});

test("a weekday of the month, of next month or of last month is that day", () => {
  assert.equal(value('The vote is set for the last Friday of the month.', 'the last Friday of the month'), '2025-11-28');
  assert.equal(value('The summit is set for the first Monday of next month.', 'the first Monday of next month'), '2025-12-01');
  assert.equal(value('Exports fell on the second Tuesday of last month.', 'the second Tuesday of last month'), '2025-10-14');
  // Told in the past and gone by in the article's month, it is the month before's; ahead and gone by, the month after's.
  assert.equal(value('The vote was held on the last Friday of the month.', 'the last Friday of the month'), '2025-10-31');
  assert.equal(value('Payrolls data is due on the first Friday of the month.', 'the first Friday of the month'), '2025-12-05');
});

test("a company's quarter named by its last month is that quarter of the calendar", () => {
  const text = DATED("Apple's December quarter revenue rose 8%, the company said.");
  assert.deepEqual(datesOf(text), [['December quarter', '2025-Q4']]);
  assert.equal(value('Revenue for the September quarter rose 4%.', 'the September quarter'), '2025-Q3');
  assert.equal(value('Its June quarter profit fell by a third.', 'June quarter'), '2025-Q2');
  // The quarter the article is in, even told in the past.
  assert.equal(value('Sales in the December quarter rose 8%.', 'the December quarter'), '2025-Q4');
});

test('a year starting on a day is a stretch of a year, and its first day follows the tense', () => {
  const budget = DATED('The budget for the fiscal year starting April 1, 2026 will be presented in February.');
  assert.deepEqual(datesOf(budget).slice(0, 2), [['the fiscal year', 'P1Y'], ['April 1, 2026', '2026-04-01']]);
  assert.equal(value('The bank raised its forecast for the year beginning April 1.', 'the year'), 'P1Y');
  // Reported with a verb that looks ahead, the next April 1; in the present, too; one that began, the last.
  assert.equal(value('The government said the fiscal year starting on April 1 would bring spending cuts.', 'April 1'), '2026-04-01');
  assert.equal(value("A new tax regime takes effect in India's fiscal year starting April 1.", 'April 1'), '2026-04-01');
  assert.equal(value('The deficit for the fiscal year that began April 1 has widened.', 'April 1'), '2025-04-01');
});

test('a feast of every year is a set, and one of a habit is of no one year', () => {
  assert.deepEqual(datesOf(DATED('Every Christmas the high street fills with shoppers.')), [['Every Christmas', 'XXXX-12-25']]);
  assert.equal(analyzeArticle(DATED('Every Christmas the high street fills with shoppers.')).dates[0]?.type, 'SET');
  assert.equal(value('Families travel home each Thanksgiving.', 'each Thanksgiving'), 'XXXX-11');
  assert.equal(value('Retailers hire extra staff every year before Christmas.', 'Christmas'), 'XXXX-12-25');
  assert.equal(value('Sales of fish rise during Lent each year.', 'Lent'), 'XXXX-XX');
  // One Christmas, ahead, stays this year's.
  assert.equal(value('The bank will close its branches at Christmas.', 'Christmas'), '2025-12-25');
});

test('"last" before a feast still to come this year is last year\'s', () => {
  assert.equal(value('Shops were packed last Christmas, the retail group said.', 'last Christmas'), '2024-12-25');
  assert.equal(value('Air travel set a record last Thanksgiving.', 'last Thanksgiving'), '2024-11-28');
  // One gone by this year stays this year's.
  assert.equal(value('Turnout was low last Halloween.', 'last Halloween'), '2025-10-31');
});

test('a month after a present outlook ("is likely to", "is seen cutting", "is on track to") is the next one', () => {
  assert.equal(value('Growth is likely to pick up in June, the central bank said.', 'June'), '2026-06');
  assert.equal(value('The Fed is seen cutting rates again in June.', 'June'), '2026-06');
  assert.equal(value('Inflation is projected to ease back to target in July.', 'July'), '2026-07');
  assert.equal(value('The merger is on track to close in June.', 'June'), '2026-06');
  assert.equal(value('Negotiators are working to finalise the text in June.', 'June'), '2026-06');
  // Told in the past, the outlook was of the last one.
  assert.equal(value('The bank was seen cutting rates in June.', 'June'), '2025-06');
});

test('"mid-next year", "late-last year": the year, with its edge', () => {
  const text = DATED('The plant is slated to open in mid-next year.');
  const d = analyzeArticle(text).dates.find((x) => text.slice(x.start, x.end) === 'mid-next year');
  assert.equal(d?.value, '2026');
  assert.equal(d?.mod, 'MID');
  assert.equal(value('Prices peaked in late-last year.', 'late-last year'), '2024');
  assert.equal(value('The deal is due to close in mid-next month.', 'mid-next month'), '2025-12');
});

test('a visit told in the present, "arrives in Beijing on Sunday", is of the coming day', () => {
  assert.equal(value('The foreign minister arrives in Beijing on Sunday for a three-day visit.', 'Sunday'), '2025-11-16');
  assert.equal(value('Leaders of the bloc arrive in Seoul on Monday.', 'Monday'), '2025-11-17');
  assert.equal(value('The foreign minister arrived in Beijing on Sunday.', 'Sunday'), '2025-11-09');
});

test('Black Friday is the day after Thanksgiving', () => {
  assert.equal(value('Retailers are hiring extra staff for Black Friday.', 'Black Friday'), '2025-11-28');
  assert.equal(value('Online sales on Black Friday last year rose 10%.', 'Black Friday'), '2024-11-29');
});

test('a participle set off by commas does not set the tense of the verb after it', () => {
  assert.equal(value('The sanctions, imposed in 2022, expire in March.', 'March'), '2026-03');
  assert.equal(value('The talks, suspended in January, resume in June.', 'June'), '2026-06');
  assert.equal(value('The sanctions, imposed in 2022, expired in March.', 'March'), '2025-03');
});
