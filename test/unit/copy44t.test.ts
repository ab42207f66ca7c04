// Dates of wire copy (session 44, helper T): the weekday of a body's decision told in the past, a fiscal year that
// ends on a day or in a month, feasts kept or travelled for in the past, every feast as a set, and the reader's
// readings the TimeML hunt found (a month's own figures, a future passive, a relative clause's past). Sentences written
// for these tests in the style of wire copy, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, dateValueOf, datedBy, datesOf } from '../support/article';

/** Friday 14 November 2025. */
const DATED = datedBy('2025-11-14');

const value = (body: string, span: string, on?: string): string | undefined => dateValueOf(DATED(body, on), span);

test("a weekday after a body's decision told in the past is the decision's day, the one gone", () => {
  assert.equal(value('The Senate agreed to advance the bill on Sunday.', 'Sunday'), '2025-11-09');
  assert.equal(value('The Senate voted 60-40 to advance the bill on Sunday.', 'Sunday'), '2025-11-09');
  assert.equal(value('The board decided to cut the dividend on Tuesday.', 'Tuesday'), '2025-11-11');
  assert.equal(value('Lawmakers approved the measure on Monday.', 'Monday'), '2025-11-10');
  assert.equal(value('Five people were killed on Saturday.', 'Saturday'), '2025-11-08');
  // A meeting decided on is held on a day of its own, ahead; what a pledge sets lies ahead too.
  assert.equal(value('The two leaders agreed to meet on Sunday.', 'Sunday'), '2025-11-16');
  assert.equal(value('The ministers decided to resume talks on Monday.', 'Monday'), '2025-11-17');
  assert.equal(value('Iran vowed to respond on Saturday.', 'Saturday'), '2025-11-15');
  // A month in what was decided stays the decision's content.
  assert.equal(value('OPEC+ agreed on Sunday to raise output in December.', 'December'), '2025-12');
});

test('a fiscal year ending on a day is a year long (TimeML P1Y), and its last day the coming one while it runs', () => {
  assert.deepEqual(datesOf(DATED('Toyota raised its forecast for the fiscal year ending March 31.')), [['the fiscal year', 'P1Y'], ['March 31', '2026-03-31']]);
  const year = analyzeArticle(DATED('Toyota raised its forecast for the fiscal year ending March 31.')).dates[0];
  assert.equal(year?.type, 'DURATION');
  // "that ended", and a company's own year ("its fiscal year"), are the same stretch.
  assert.deepEqual(datesOf(DATED('Profit rose 5% in the fiscal year that ended March 31.')), [['the fiscal year', 'P1Y'], ['March 31', '2025-03-31']]);
  assert.deepEqual(datesOf(DATED('Sony expects profit to fall in its fiscal year ending March 31.')), [['its fiscal year', 'P1Y'], ['March 31', '2026-03-31']]);
  assert.deepEqual(datesOf(DATED('Profit will rise in the year that ends March 31.')), [['the year', 'P1Y'], ['March 31', '2026-03-31']]);
  // A company's year named alone is no date: "changed its fiscal year to a calendar year".
  assert.deepEqual(datesOf(DATED('The company changed its fiscal year to a calendar year.')), []);
  // "The year that ended the war" is no stretch.
  assert.deepEqual(datesOf(DATED('It was the year that ended the war.')), []);
});

test('a forecast for the year to a month or day is for a year still running: the coming end', () => {
  assert.equal(value('Toyota raised its forecast for the year to March.', 'March'), '2026-03');
  assert.equal(value('Toyota raised its full-year forecast for the fiscal year through March.', 'March'), '2026-03');
  assert.equal(value('Toyota raised its forecast for the year to March 31.', 'March 31'), '2026-03-31');
  // Results for the year to a day are of the one gone.
  assert.equal(value('Sales fell in the year to March 31, the company said.', 'March 31'), '2025-03-31');
  assert.equal(value('Inflation rose 3% in the year to October.', 'October'), '2025-10');
  // A quarter still running ends within three months; one ending further ahead is the one gone.
  assert.equal(value('Profit fell in the quarter ending Sept. 30.', 'Sept. 30'), '2025-09-30');
  assert.equal(value('Profit will rise in the quarter ending Dec. 31.', 'Dec. 31'), '2025-12-31');
  assert.equal(value('Profit fell in the quarter ending in September.', 'September'), '2025-09');
});

test('a feast kept, spent or travelled for in the past is the latest one; what is readied for it, the coming one', () => {
  assert.equal(value('Retailers spent more over the Christmas period.', 'Christmas'), '2024-12-25');
  assert.equal(value('Retailers had a strong Christmas.', 'Christmas'), '2024-12-25');
  assert.equal(value('Many families spent Christmas in shelters.', 'Christmas'), '2024-12-25');
  assert.equal(value('Families gathered for Christmas dinner.', 'Christmas'), '2024-12-25');
  assert.equal(value('Millions travelled home for Thanksgiving.', 'Thanksgiving'), '2024-11-28');
  // Travel in the last days before the feast is for the coming one.
  assert.equal(value('Millions travelled home for Thanksgiving.', 'Thanksgiving', '2025-11-26'), '2025-11-27');
  assert.equal(value('The mall was decorated for Christmas.', 'Christmas'), '2025-12-25');
  assert.equal(value('Retailers stocked up for Christmas.', 'Christmas'), '2025-12-25');
  // In the present, a holiday's weekday is the coming one.
  assert.deepEqual(datesOf(DATED('Markets are closed for Thanksgiving on Thursday.', '2025-11-24')), [['Thanksgiving', '2025-11-27'], ['Thursday', '2025-11-27']]);
});

test('a deed done in Ramadan, or to be done in it, names the latest Ramadan or the next; a habit names none', () => {
  assert.equal(value('Prices rose during the holy month of Ramadan.', 'Ramadan'), '2025-03');
  assert.equal(value('During Ramadan, prices rose.', 'Ramadan'), '2025-03');
  assert.equal(value('Militants will attack during Ramadan, officials warned.', 'Ramadan'), '2026-03');
  assert.deepEqual(datesOf(DATED('Muslims fast during Ramadan.')), []);
  assert.deepEqual(datesOf(DATED('Shops open late during Ramadan, said Tariq Ramadan.')), []);
});

test('every feast is a set: "each Ramadan", "every Christmas", "every Eid"', () => {
  for (const [body, span, v] of [
    ['Muslims fast each Ramadan.', 'each Ramadan', 'XXXX-XX'],
    ['Families gather every Christmas.', 'every Christmas', 'XXXX-12-25'],
    ['Every Thanksgiving, families gather.', 'Every Thanksgiving', 'XXXX-11'],
    ['Each Eid, families visit graves.', 'Each Eid', 'XXXX-XX-XX'],
  ]) {
    const d = analyzeArticle(DATED(body)).dates;
    assert.deepEqual(d.map((x) => [x.text, x.type, x.value]), [[span, 'SET', v]], body);
  }
});

test("a month's own figures or event before its \"'s\" is the month; a person's name is not", () => {
  assert.deepEqual(datesOf(DATED("The revision to October's figures was small.")), [['October', '2025-10']]);
  assert.deepEqual(datesOf(DATED("September's job figures were revised.")), [['September', '2025-09']]);
  assert.deepEqual(datesOf(DATED("Theresa May's election was a gamble.")), []);
  assert.deepEqual(datesOf(DATED("April's mother said she was proud.")), []);
  // "The March accession": a month before its event.
  assert.equal(value('The March accession will let the three countries join.', 'March'), '2026-03');
});

test("the week's or the year's superlative is the current one", () => {
  assert.deepEqual(datesOf(DATED("Volume rose to the week's highest on Thursday.")), [['the week', '2025-W46'], ['Thursday', '2025-11-13']]);
  assert.deepEqual(datesOf(DATED("It was the year's biggest fall.")), [['the year', '2025']]);
});

test('a future passive and a relative clause set off by commas do not make the clause past', () => {
  assert.equal(value('Colonel Collins will be named commander of the shuttle for a mission in March.', 'March'), '2026-03');
  assert.equal(value('The sale, which had been expected, is part of a plan to pay down debt by February.', 'February'), '2026-02');
  // A past verb of the main clause after the relative clause keeps the past.
  assert.equal(value('The minister, who arrived on Friday, met the king on Saturday.', 'Saturday'), '2025-11-08');
});

test('"at mid-afternoon yesterday" is that part of yesterday', () => {
  const d = analyzeArticle(DATED('In London at mid-afternoon yesterday, the shares were up 2 pence.')).dates;
  assert.deepEqual(d.map((x) => [x.text, x.type, x.value, x.mod]), [['mid-afternoon yesterday', 'TIME', '2025-11-13TAF', 'MID']]);
});

test('an event planned, with its day, lies ahead of the plan; an attempt\'s weekday is the attempt\'s', () => {
  // (Friday 7 January 2000.)
  assert.equal(value('Protesters planned a large demonstration in Little Havana on Saturday.', 'Saturday', '2000-01-07'), '2000-01-08');
  assert.equal(value('Unions planned a strike Monday.', 'Monday', '2000-01-07'), '2000-01-10');
  // A plan since given up or held, and an event staged, are of the day gone.
  assert.equal(value('Protesters had planned a rally on Saturday.', 'Saturday', '2000-01-07'), '2000-01-01');
  assert.equal(value('Protesters staged a large demonstration on Saturday.', 'Saturday', '2000-01-07'), '2000-01-01');
  assert.equal(value('Democrats sought to block the bill on Monday.', 'Monday'), '2025-11-10');
});

test('a show\'s title is no date: ABC\'s "This Week", "VOA Today", NBC\'s "Today" show', () => {
  assert.deepEqual(datesOf(DATED('Baker, speaking on ABC News\' "This Week," said the request was valid.')), []);
  assert.deepEqual(datesOf(DATED('He said on ABC-TV\'s "This Week With David Brinkley" that the raids worked.')), []);
  assert.deepEqual(datesOf(DATED('This is VOA Today.')), []);
  assert.deepEqual(datesOf(DATED('He told NBC\'s "Today" show that he was fine.')), []);
  // Quoted speech that opens with the day keeps it.
  assert.deepEqual(datesOf(DATED('"This week was hard," he said.')), [['This week', '2025-W46']]);
  assert.deepEqual(datesOf(DATED('He said: "Today we begin."')), [['Today', '2025-11-14']]);
});

test('"today\'s world", "today\'s youth" are the present age (PRESENT_REF); "today\'s vote" is the day', () => {
  assert.deepEqual(datesOf(DATED("The rule applies only to fathers in today's world.")), [['today', 'PRESENT_REF']]);
  assert.deepEqual(datesOf(DATED("In today's money, that is $5 billion.")), [['today', 'PRESENT_REF']]);
  assert.deepEqual(datesOf(DATED("Today's vote was close.")), [['Today', '2025-11-14']]);
});

test('"a week or so ago", "a month or two ago" are about then', () => {
  const d = analyzeArticle(DATED('Then, a week or so ago, the general secretly picked the day.')).dates;
  assert.deepEqual(d.map((x) => [x.text, x.type, x.value, x.mod]), [['a week or so ago', 'DATE', '2025-W45', 'APPROX']]);
  assert.deepEqual(datesOf(DATED('It happened a month or two ago.')), [['a month or two ago', '2025-10']]);
});
