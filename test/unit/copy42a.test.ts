// Copy of session 42's date and claim fixes (helper A): feasts told in the past, weekdays beside a holiday, feasts of
// every year, hypothetical "were to", markets' moves with their figures and acts that report nothing. Sentences written
// for these tests in the style of wire copy, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, dateValueOf, datedBy, datesOf, findingsOf } from '../support/article';

const DATED = datedBy('2025-11-14');
const value = (body: string, span: string, on?: string) => dateValueOf(DATED(body, on), span);

test('a feast when a deed told in the past was done is the last one, not the coming one', () => {
  assert.equal(value('Sales fell over the Christmas period.', 'Christmas'), '2024-12-25');
  assert.equal(value('Retailers spent more at Christmas than they had planned.', 'Christmas'), '2024-12-25');
  assert.equal(value('Shoppers spent heavily over Thanksgiving weekend.', 'Thanksgiving'), '2024-11-28');
  assert.equal(value('Sales of candles slumped during Hanukkah.', 'Hanukkah'), '2024-12-26');
  // After the feast, the last one is this year's.
  assert.equal(value('Sales fell over the Christmas period.', 'Christmas', '2026-01-05'), '2025-12-25');
  // What is readied for a feast, or said to lie ahead, is for the coming one.
  assert.equal(value('Retailers hired extra staff for Christmas.', 'Christmas'), '2025-12-25');
  assert.equal(value('The chain said stores would close over Christmas.', 'Christmas'), '2025-12-25');
  assert.equal(value('Stores are closed on Christmas Day.', 'Christmas Day'), '2025-12-25');
  // A weekday set beside it picks the year whose feast fell on it.
  assert.equal(value('The envoy arrived on Christmas Day (Wednesday) and left.', 'Christmas Day'), '2024-12-25');
  assert.equal(value('The envoy arrived on Christmas Day (Thursday) and left.', 'Christmas Day'), '2025-12-25');
});

test('a weekday beside a holiday that falls on it that week is the holiday', () => {
  const monday = '2025-11-24';
  assert.deepEqual(datesOf(DATED('Markets are closed for Thanksgiving on Thursday.', monday)), [['Thanksgiving', '2025-11-27'], ['Thursday', '2025-11-27']]);
  assert.deepEqual(datesOf(DATED('U.S. markets are shut Thursday for Thanksgiving.', monday)), [['Thursday', '2025-11-27'], ['Thanksgiving', '2025-11-27']]);
  assert.equal(value('The exchange is shut for Christmas on Thursday.', 'Thursday', '2025-12-22'), '2025-12-25');
  // A weekday of its own clause keeps its own reading.
  assert.equal(value('Markets were closed on Thursday, and Thanksgiving is next week.', 'Thursday', monday), '2025-11-20');
});

test('"each Ramadan", "every Ramadan" is the month of every Hijri year, a set, as "each Christmas" is', () => {
  assert.deepEqual(datesOf(DATED('Muslims fast each Ramadan.')), [['each Ramadan', 'XXXX-XX']]);
  assert.deepEqual(datesOf(DATED('Every Ramadan, the price of dates rises in Cairo.')), [['Every Ramadan', 'XXXX-XX']]);
  const set = analyzeArticle(DATED('Muslims fast every Ramadan.')).dates[0];
  assert.equal(set?.type, 'SET');
  assert.deepEqual(datesOf(DATED('Families gather each Christmas.')), [['each Christmas', 'XXXX-12-25']]);
});

test('a month after a hypothetical "were to" lies ahead', () => {
  assert.equal(value('If the talks were to collapse in December, oil prices would rise.', 'December'), '2025-12');
  assert.equal(value('If the talks were to collapse in March, oil prices would rise.', 'March'), '2026-03');
  assert.equal(value('Were Iran to resume enrichment in March, the deal would lapse.', 'March'), '2026-03');
  assert.equal(value('If the accord were to be signed in February, sanctions would ease.', 'February'), '2026-02');
  assert.equal(value('If the talks were to collapse in December, oil prices would rise.', 'December', '2026-01-10'), '2026-12');
  // A plan told of the past, or a past verb after a break, keeps its own reading.
  assert.equal(value('The troops were to leave in March.', 'March'), '2025-03');
  assert.equal(value('If the talks were to collapse, officials said in March, prices would rise.', 'March'), '2025-03');
});

test("a market's move with its figure is the day's news, no claim to source", () => {
  const unsourced = (body: string) => findingsOf(DATED(body)).filter((f) => f.startsWith('unsourced-claim'));
  assert.deepEqual(unsourced('Shares of Nvidia fell 3% on Tuesday.'), []);
  assert.deepEqual(unsourced('The yen weakened past 155 per dollar.'), []);
  assert.deepEqual(unsourced('Brent crude rose 1.2% to $64.50 a barrel in London trading.'), []);
  assert.deepEqual(unsourced('Treasury yields rose 12 basis points to 4.1% on Monday.'), []);
  // A statistic, a record or a price's move with its cause stays a claim.
  assert.deepEqual(unsourced('Unemployment fell to 4.1%, the lowest in a decade.'), ['unsourced-claim: Unemployment fell to 4.1%, the lowest in a decade.']);
  assert.deepEqual(unsourced('The yen weakened past 155 per dollar, the weakest since January.'), ['unsourced-claim: The yen weakened past 155 per dollar, the weakest since January.']);
  assert.deepEqual(unsourced('Sales of iPhones fell 3% in China.'), ['unsourced-claim: Sales of iPhones fell 3% in China.']);
  assert.deepEqual(unsourced('Gold rose to a record $4,100 an ounce.'), ['unsourced-claim: Gold rose to a record $4,100 an ounce.']);
});

test('an act toward someone that reports nothing said is no vague attribution', () => {
  const vague = (body: string) => findingsOf(DATED(body)).filter((f) => f.startsWith('vague-attribution'));
  assert.deepEqual(vague('Lawmakers grilled the chief executive on Tuesday.'), []);
  assert.deepEqual(vague('Senators grilled the bank chief over the outage for four hours.'), []);
  // A vague source of a stance on something, or of words, is still one.
  assert.deepEqual(vague('Critics slammed the plan on Tuesday.'), ['vague-attribution: Critics slammed']);
  assert.deepEqual(vague('Analysts said the plan would fail.'), ['vague-attribution: Analysts said']);
});

test('a weekday after "is closed" or "are shut" in the present is the coming one', () => {
  assert.equal(value('Markets in Japan are closed on Monday for a public holiday.', 'Monday'), '2025-11-17');
  assert.equal(value('The Rafah crossing is shut on Monday, officials said.', 'Monday'), '2025-11-17');
  // Told in the past, the last one.
  assert.equal(value('Markets in Japan were closed on Monday for a public holiday.', 'Monday'), '2025-11-10');
});

test("markets and metals moving are the day's news as stocks and currencies are", () => {
  const unsourced = (body: string) => findingsOf(DATED(body)).filter((f) => f.startsWith('unsourced-claim'));
  assert.deepEqual(unsourced('Asian markets fell sharply on Tuesday.'), []);
  assert.deepEqual(unsourced('Copper rose 1.1% to $10,850 a ton on the London Metal Exchange.'), []);
  assert.deepEqual(unsourced('Markets fell because investors feared a recession.'), ['unsourced-claim: Markets fell because investors feared a recession.']);
});

test('"the New Year" is the coming year, or the one begun when told in the past', () => {
  assert.equal(value('The foreign ministers will meet again after the New Year.', 'the New Year'), '2026');
  assert.equal(value('Air travel surged over the New Year holiday.', 'the New Year'), '2025');
  assert.equal(value('The chancellor will set out plans in the new year.', 'the new year'), '2026');
  assert.equal(value('The truce lasted through Hanukkah.', 'Hanukkah'), '2024-12-26');
});

test('a budget, a speech or a verdict to be delivered on a day is a schedule, no prediction', () => {
  const unsourced = (body: string) => findingsOf(DATED(body)).filter((f) => f.startsWith('unsourced-claim'));
  assert.deepEqual(unsourced('Reeves will deliver the autumn budget on Nov. 26.'), []);
  assert.deepEqual(unsourced('The government will unveil its budget on Wednesday.'), []);
  assert.deepEqual(unsourced('Xi will deliver a speech at the summit on Friday.'), []);
  assert.deepEqual(unsourced('The court will deliver its verdict on Monday.'), []);
  // What a budget will deliver is still a prediction.
  assert.deepEqual(unsourced('The budget will deliver a boost to growth.'), ['unsourced-claim: The budget will deliver a boost to growth.']);
});

test("an index, a country's market, futures or a currency settling with its figure is the day's news", () => {
  const unsourced = (body: string) => findingsOf(DATED(body)).filter((f) => f.startsWith('unsourced-claim'));
  assert.deepEqual(unsourced('The Nikkei share average fell 1.8% on Friday.'), []);
  assert.deepEqual(unsourced('U.S. crude futures settled down 0.5% at $59.60 a barrel.'), []);
  assert.deepEqual(unsourced("India's Sensex closed 0.4% higher at 84,500."), []);
  assert.deepEqual(unsourced('The ruble firmed past 80 to the dollar.'), []);
  assert.deepEqual(unsourced('Japanese government bond yields rose to 1.7%.'), []);
  assert.deepEqual(unsourced('Shares of Nvidia fell 3% on Tuesday, extending losses.'), []);
  // A record, or a cause set off after the move, stays a claim.
  assert.deepEqual(unsourced('Bond yields climbed to their highest since May.'), ['unsourced-claim: Bond yields climbed to their highest since May.']);
  assert.deepEqual(unsourced('Shares of Nvidia fell 3% on Tuesday, hurt by worries over AI spending.'), ['unsourced-claim: Shares of Nvidia fell 3% on Tuesday, hurt by worries over AI spending.']);
});

test('a weekday after "head to the polls" in the present is the coming one', () => {
  assert.equal(value('Chileans head to the polls on Sunday to choose a president.', 'Sunday'), '2025-11-16');
  assert.equal(value('Chileans headed to the polls on Sunday.', 'Sunday'), '2025-11-09');
});

test('what was done ahead of a festival gone by in the last weeks was done ahead of that one', () => {
  assert.equal(value('Gold demand rose ahead of Diwali.', 'Diwali'), '2025-XX-XX');
  assert.equal(value('Airfares rose ahead of the Lunar New Year.', 'Lunar New Year', '2025-02-20'), '2025-01-29');
  // Said to lie ahead, or gone by long ago, it is the coming one.
  assert.equal(value('Jewellers expect demand to rise ahead of Diwali.', 'Diwali'), '2026-11-08');
  assert.equal(value('Gold demand rose ahead of Holi.', 'Holi'), '2026-03-04');
});
