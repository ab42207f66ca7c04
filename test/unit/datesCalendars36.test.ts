// Dates of fiscal calendars, earnings, parliaments and courts: quarters and halves of a fiscal year and the months they
// cover, what statistics offices will publish "for October", what a forecaster said "in March", the days of a lame-duck
// session. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, datesOf as dates } from '../support/article';
import { dateInWords } from '../../server/src/features/describe';
import { dateHover } from '../../server/src/features/hover';

const DATED = datedBy('2025-10-15');

/** Each date's text and its words, as the Timeline and the hover put them. */
function words(text: string): [string, string][] {
  return analyze(text).dates.map((d) => [text.slice(d.start, d.end), dateInWords(d)]);
}

test('a quarter or half of a fiscal year written as a span of two is that part of the year, and its words say which months', () => {
  const text = DATED('Revenue in Q1 FY2025-26 rose 4%.');
  assert.deepEqual(dates(text), [['Q1 FY2025-26', '2026-Q1']]);
  assert.deepEqual(words(text), [['Q1 FY2025-26', 'Q1 of the fiscal year 2025-26 (April to June 2025)']]);
  // (The hover says so, and stands it to the article's date by those months.)
  const model = analyze(text);
  const hover = dateHover(model.dates[0], model);
  assert.ok(hover.startsWith("**Q1 of the fiscal year 2025\\-26 \\(April to June 2025\\)** (6 months before the article's month)"), hover);
  assert.deepEqual(analyze(text).dates[0].fiscal, { year: '2025-26', from: '2025-04', to: '2025-06' });
  // ("Q1 of", "H2", the words of a quarter or half, "fiscal" for "FY".)
  assert.deepEqual(
    words(DATED('Profit rose in the second quarter of FY2025-26, in Q1 of FY2025-26 and in H2 FY2025-26, as in the first half of fiscal 2025-26.')),
    [
      ['the second quarter of FY2025-26', 'Q2 of the fiscal year 2025-26 (July to September 2025)'],
      ['Q1 of FY2025-26', 'Q1 of the fiscal year 2025-26 (April to June 2025)'],
      ['H2 FY2025-26', 'the second half of the fiscal year 2025-26 (October 2025 to March 2026)'],
      ['the first half of fiscal 2025-26', 'the first half of the fiscal year 2025-26 (April to September 2025)'],
    ],
  );
  // (Pakistan's fiscal year runs from July.)
  assert.deepEqual(words(DATED('ISLAMABAD: Remittances rose 8% in Q1 FY2025-26.')).at(-1), ['Q1 FY2025-26', 'Q1 of the fiscal year 2025-26 (July to September 2025)']);
  // (The year alone stays a year that runs into the next.)
  assert.deepEqual(words(DATED('Spending rose in FY2025-26.')), [['FY2025-26', 'the fiscal year from 2025 into 2026']]);
});

test('a quarter of a fiscal year in short is worded as the fiscal year\'s, with its months where the text names the country', () => {
  // (Indian copy: FY26 runs from April 2025 to March 2026; "Q4" after it is of that year.)
  assert.deepEqual(words(DATED('The RBI projects growth of 7% in Q3 FY26 and 6.5% in Q4, and 6.8% in the second quarter of FY27.')), [
    ['Q3 FY26', 'Q3 of fiscal 2026 (October to December 2025)'],
    ['Q4', 'Q4 of fiscal 2026 (January to March 2026)'],
    ['the second quarter of FY27', 'Q2 of fiscal 2027 (July to September 2026)'],
  ]);
  // (A company's fiscal year may start in any month: its quarter is named as the company's, without months.)
  assert.deepEqual(words(DATED('Revenue rose in the fiscal third quarter and in the first half of fiscal 2026.')), [
    ['the fiscal third quarter', 'Q3 of fiscal 2025'],
    ['the first half of fiscal 2026', 'the first half of fiscal 2026'],
  ]);
  // (A calendar quarter keeps its words.)
  assert.deepEqual(words(DATED('Growth slowed in Q3 2025.')), [['Q3 2025', 'Q3 2025']]);
});

test('what a statistics office or a company will publish for a month or quarter is for one gone', () => {
  const DATED_NOV = datedBy('2025-11-13');
  assert.deepEqual(dates(DATED_NOV('The ONS will publish monthly GDP for October on 12 December and its second estimate for Q3 on 22 December.')), [
    ['monthly', 'P1M'],
    ['October', '2025-10'],
    ['12 December', '2025-12-12'],
    ['Q3', '2025-Q3'],
    ['22 December', '2025-12-22'],
  ]);
  assert.deepEqual(dates(DATED_NOV('The company will report earnings for September next week.')), [['September', '2025-09'], ['next week', '2025-W47']]);
  // (A plan for a month stays ahead.)
  assert.deepEqual(dates(DATED_NOV('The ONS will publish its review in October.')), [['October', '2026-10']]);
});

test('a forecast reported with "would", and an outlook called likely, in the past: the saying is over, the outlook ahead', () => {
  // ("forecast" is its own past: "would" after the date says the saying is over.)
  assert.deepEqual(dates(datedBy('2025-11-21')('The OBR forecast in March that borrowing would total £117.7bn.')), [['March', '2025-03']]);
  assert.deepEqual(dates(datedBy('2025-11-21')('The OBR forecast in March that borrowing will total £117.7bn.')), [['March', '2026-03']]);
  // (What a saying in the past called likely at a date lies ahead of it; the date of a deed stays past.)
  assert.deepEqual(dates(datedBy('2025-11-13')('It held rates at 4% but signalled that a cut in December was likely.')), [['December', '2025-12']]);
  assert.deepEqual(dates(datedBy('2025-11-13')('Officials cut rates in December, saying more cuts were likely.')), [['December', '2024-12']]);
});

test('a clause of time in the present after a past verb tells what is to come: "before the new Congress is sworn in on Jan. 3"', () => {
  const DATED_NOV = datedBy('2024-11-13');
  assert.deepEqual(dates(DATED_NOV('Congress returned Tuesday for a lame-duck session, weeks before the new Congress is sworn in on Jan. 3.')), [
    ['Tuesday', '2024-11-12'],
    ['weeks', 'PXW'],
    ['Jan. 3', '2025-01-03'],
  ]);
  assert.deepEqual(dates(DATED_NOV('Talks stalled until the envoy returns in January.')), [['January', '2025-01']]);
  // (In the past, the clause is told of as over.)
  assert.deepEqual(dates(DATED_NOV('He resigned in May, before the bill was signed in June.')), [['May', '2024-05'], ['June', '2024-06']]);
});

test('a quarter a figure is set against is no quarter the story moves to: "the previous quarter", "the same quarter last year"', () => {
  const text = DATED('Operating margin for the quarter was 21.3%, compared with 20.8% in the previous quarter and 21.1% in the same quarter last year. The company added 3,200 employees during the quarter.');
  assert.deepEqual(dates(text), [
    ['the quarter', '2025-Q3'],
    ['the previous quarter', '2025-Q2'],
    ['the same quarter last year', '2024-Q3'],
    ['the quarter', '2025-Q3'],
  ]);
  // ("the prior-year quarter", an earnings release's word, was not found.)
  assert.deepEqual(dates(DATED('Revenue for the quarter rose 56%. Net income was $26.4 billion, against $16.6 billion in the prior-year quarter.')), [
    ['the quarter', '2025-Q3'],
    ['the prior-year quarter', '2024-Q3'],
  ]);
});

test('"the same period last year" after a day is that year, not that day a year back', () => {
  const DATED_NOV = datedBy('2025-11-21');
  assert.deepEqual(dates(DATED_NOV('Borrowing was £116.8bn, the ONS said on Friday, £9.9bn more than in the same period last year.')), [
    ['Friday', '2025-11-21'],
    ['the same period last year', '2024'],
  ]);
  // (After a month, that month a year back.)
  assert.deepEqual(dates(DATED_NOV('Sales in October rose 3% from the same period last year.')), [['October', '2025-10'], ['the same period last year', '2024-10']]);
});

test('a term long over, not told in the past, is the coming one: "will hand down its judgment in the Michaelmas term" in July', () => {
  const DATED_JULY = datedBy('2025-07-10');
  assert.deepEqual(dates(DATED_JULY('The court will hand down its judgment in the Michaelmas term.')), [['the Michaelmas term', '2025-FA']]);
  assert.deepEqual(dates(DATED_JULY('The Lent term starts in January.')), [['The Lent term', '2026-SP'], ['January', '2026-01']]);
  // (Told in the past, the one gone; a term that began three months ago may still be running.)
  assert.deepEqual(dates(DATED_JULY('The Michaelmas term was difficult.')), [['The Michaelmas term', '2024-FA']]);
  assert.deepEqual(dates(DATED_JULY('The summer term ends in July.')), [['The summer term', '2025-SU'], ['July', '2025-07']]);
});

test('a quarter something was done in is over, whatever the tense of the clause: "deals signed in Q1"', () => {
  assert.deepEqual(dates(DATED('Analysts said growth would hinge on the ramp-up of deals signed in Q1.')), [['Q1', '2025-Q1']]);
  assert.deepEqual(dates(DATED('The company will launch the product in Q1.')), [['Q1', '2026-Q1']]);
});

test('a span in the present is the nearest, whatever the tense of a clause joined after it', () => {
  const DATED_MARCH = datedBy('2025-03-12');
  assert.deepEqual(dates(DATED_MARCH("The Supreme Court's Trinity term runs from early June to the end of July, and a hearing before the summer is considered unlikely.")), [
    ['Trinity term', '2025-SU'],
    ['early June', '2025-06'],
    ['the end of July', '2025-07'],
    ['the summer', '2025-SU'],
  ]);
});

test('the courts\' Easter term is a term, in the spring', () => {
  const DATED_MARCH = datedBy('2025-03-12');
  assert.deepEqual(dates(DATED_MARCH('The court would give its decision before the end of the Easter term.')), [['the end of the Easter term', '2025-SP']]);
  assert.deepEqual(dates(DATED_MARCH('Judgment is expected in the Easter term.')), [['the Easter term', '2025-SP']]);
});

test('"over" after a count of things is across the stretch, not more than it: "21 sittings over 32 days"', () => {
  const DATED_JULY = datedBy('2025-07-21');
  const got = analyze(DATED_JULY('The session will have 21 sittings over 32 days.')).dates.map((d) => [d.text, d.value, d.mod ?? '']);
  assert.deepEqual(got, [['32 days', 'P32D', '']]);
  assert.deepEqual(analyze(DATED_JULY('The two sides held five rounds of talks over two weeks.')).dates.map((d) => [d.text, d.mod ?? '']), [['two weeks', '']]);
  // (After a verb or "for", more than.)
  assert.deepEqual(analyze(DATED_JULY('He has been held for over 32 days.')).dates.map((d) => [d.text, d.mod ?? '']), [['over 32 days', 'MORE_THAN']]);
});

test('"the first quarter of the current fiscal" is a part of the fiscal year the article is in, as the country counts it', () => {
  const DATED_JULY = datedBy('2025-07-21');
  assert.deepEqual(words(DATED_JULY("Data showed that India's fiscal deficit in the first quarter of the current fiscal stood at 17.9%.")), [
    ['the first quarter of the current fiscal', 'Q1 of the fiscal year 2025-26 (April to June 2025)'],
  ]);
  assert.deepEqual(dates(DATED_JULY("India's growth in the first quarter of next fiscal is seen at 6.7%.")), [['the first quarter of next fiscal', '2027-Q1']]);
  assert.deepEqual(words(DATED_JULY("Pakistan's exports rose in the first half of the current fiscal year.")), [
    ['the first half of the current fiscal year', 'the first half of the fiscal year 2025-26 (July to December 2025)'],
  ]);
  // (With no country named, the year is the article's, its months unknown; "of the year" stays a calendar quarter.)
  assert.deepEqual(words(DATED_JULY('Revenue fell in the second quarter of the fiscal year.')), [['the second quarter of the fiscal year', 'Q2 of fiscal 2025']]);
  assert.deepEqual(dates(DATED_JULY('The first quarter of the year was weak.')), [['The first quarter', '2025-Q1'], ['the year', '2025']]);
});
