// What the editor and the terminal say of a date: every kind of TIMEX3 value in words a reader takes in, never the
// raw value where words belong, and each date placed where it falls on a timeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInWords, knownWithoutDate, relationToReference, valueInWords } from '../../server/src/features/describe';
import { inDateOrder } from '../../server/src/analysis/dates/calendar';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { LineIndex } from '../../server/src/analysis/positions';
import { hoverAt } from '../../server/src/features/hover';
import { documentSymbols } from '../../server/src/features/symbols';
import { textReport } from '../../server/src/cli/text';
import type { DocContext } from '../../server/src/features/context';

const gazetteer = createGazetteer({ entries: [], stoplist: [] });
const DATED = (body: string) => `---\ndate: 2025-11-14\n---\n${body}\n`;

function ctxFor(text: string): DocContext {
  return { uri: 'file:///a.news', model: analyze(text, { gazetteer }), lines: new LineIndex(text), gazetteer, markdown: true };
}

function hover(text: string, at: string): string {
  const h = hoverAt(ctxFor(text), text.indexOf(at) + 1);
  assert.ok(h, `a hover on "${at}"`);
  return (h.contents as { value: string }).value;
}

test('a value of which only the year is known reads as such, never as its Xs', () => {
  for (const [value, words] of [
    ['2025-XX-XX', 'a day of 2025'],
    ['XXXX-XX-15', 'the 15th of a month (month unknown)'],
    ['XXXX-XX-XX', 'a day (date unknown)'],
    ['XXXX-H1', 'first half (year unknown)'],
    ['XXX', 'a decade (date unknown)'],
  ]) {
    assert.equal(valueInWords('DATE', value), words, value);
  }
  assert.equal(valueInWords('TIME', 'XXXX-XX-XXTEV'), 'an evening (day unknown)');
  assert.equal(valueInWords('TIME', 'XXXX-XX-XXTNI'), 'a night (day unknown)');
});

test('durations of several units and sets of a month, a day of the year or the working week are in words', () => {
  for (const [type, value, words] of [
    ['DURATION', 'P1Y6M', '1 year and 6 months'],
    ['DURATION', 'PT5H30M', '5 hours and 30 minutes'],
    ['DURATION', 'PT1M30S', '1 minute and 30 seconds'],
    ['DURATION', 'P2DT3H', '2 days and 3 hours'],
    ['SET', 'XXXX-07', 'every July'],
    ['SET', 'XXXX-11-04', 'every 4 November'],
    ['SET', 'XXXX-WXX-WD', 'every weekday'],
    ['SET', 'XXXX-XX-XXT06:00', 'every day at 06:00'],
  ]) {
    assert.equal(valueInWords(type, value), words, `${type} ${value}`);
  }
});

test('mods read as English on every kind of period', () => {
  for (const [type, value, mod, words] of [
    ['DATE', '2025-SU', 'MID', 'mid-summer 2025'],
    ['DATE', '2025-H1', 'START', 'early in the first half of 2025'],
    ['DATE', '2025-H2', 'BEFORE', 'before the second half of 2025'],
    ['DATE', 'XXXX-WXX-4', 'END', 'late on a Thursday (date unknown)'],
    ['DATE', 'XXX', 'END', 'late in a decade (date unknown)'],
    ['DATE', 'XXXX', 'START', 'early in a year (date unknown)'],
    ['DURATION', 'PXY', 'APPROX', 'some years'],
  ]) {
    assert.equal(dateInWords({ type: type as never, value, mod }), words, `${value} ${mod}`);
  }
  // A set's frequency: "an hour", and "every" where the period is no single unit.
  assert.equal(dateInWords({ type: 'SET', value: 'PT1H', freq: '2X' }), 'twice an hour');
  assert.equal(dateInWords({ type: 'SET', value: 'P2Y', freq: '3X' }), '3 times every 2 years');
  assert.equal(dateInWords({ type: 'SET', value: 'P1Y', freq: '2X' }), 'twice a year');
});

test('decades, centuries and partly known years stand to the article date; long spans are counted in years', () => {
  for (const [value, words] of [
    ['199', "3 decades before the article's decade"],
    ['202', "the decade of the article's date"],
    ['18', "2 centuries before the article's century"],
    ['20', "the century of the article's date"],
    ['2025-XX-XX', "the year of the article's date"],
    ['1989-WXX', "36 years before the article's year"],
    ['2019-SP', "6 years and 2 seasons before the article's season"],
    ['2021-Q4', "4 years before the article's quarter"],
    ['2020-H1', "5 and a half years before the article's half-year"],
    ['2025-W07', "about 9 months before the article's week"],
    ['2022-W46', "about 3 years before the article's week"],
  ]) {
    assert.equal(relationToReference(value, '2025-11-14'), words, value);
  }
});

test('on a timeline, a day of a known year stands by its year; the vague past, present and future in that order', () => {
  const order = ['1989', '1989-WXX', '1989-03', '2025', '2025-XX-XX', '2025-02', 'P5Y', 'PAST_REF', 'PRESENT_REF', 'FUTURE_REF', 'XXXX-10'];
  const shuffled = [...order].reverse().map((value, i) => ({ value, start: i }));
  assert.deepEqual(inDateOrder(shuffled).map((d) => d.value), order);
});

test('the hover on a day of a known year says what is known and what is not', () => {
  const text = DATED('Shops were shut for Diwali, officials said.');
  const h = hover(text, 'Diwali');
  assert.match(h, /^\*\*a day of 2025\*\* \(the year of the article's date\)/);
  assert.match(h, /TIMEX3 DATE `2025-XX-XX`; year inferred from the article date; month and day unknown/);
});

test('an unresolved date says what its words give, and that its parts are unknown, not inferred', () => {
  const text = 'Talks resumed on Thursday at 9 p.m. EST, officials said.\n';
  const h = hover(text, 'Thursday');
  assert.match(h, /relative date, unresolved/);
  assert.match(h, /Known without the article's date: a Thursday \\\(date unknown\\\)/);
  assert.match(h, /TIMEX3 DATE `XXXX-WXX-4`; week unknown/);
  assert.doesNotMatch(h, /inferred/);
  // A clock's zone is given even when its day is not.
  assert.match(hover(text, '9 p.m.'), /Time zone: EST \(UTC-05:00\); 02:00 UTC \(the next day\)/);
  // The outline's Timeline says the same in its detail.
  const timeline = documentSymbols(ctxFor(text)).find((s) => s.name === 'Timeline');
  assert.equal(timeline?.children?.find((c) => c.name.endsWith('Thursday'))?.detail, 'unresolved: a Thursday (date unknown)');
});

test('the text report words a day of a known year and lists it with its year, not at the end', () => {
  const report = textReport('a.news', analyze(DATED('Talks began in 2025. Shops shut for Diwali. The deal came in March 2025 and collapsed on Thursday.'), { gazetteer }), false);
  const rows = report.slice(report.indexOf('\nTimeline\n')).split('\n').filter((l) => /^ {2}\S/.test(l));
  assert.deepEqual(
    rows.map((l) => l.trim().split(/\s{2,}|\s(?=")/)[0]),
    ['2025', '2025-XX-XX', '2025-03', '2025-11-13'],
    report,
  );
  assert.ok(rows.some((l) => /^ {2}2025-XX-XX +a day of 2025 +"Diwali"$/.test(l)), report);
  assert.doesNotMatch(report.slice(report.indexOf('\nTimeline\n')), / 2025-XX-XX +2025-XX-XX/);
});

test('what a user reads of an unresolved date leaves out the uninformative', () => {
  assert.equal(knownWithoutDate({ type: 'DATE', value: 'XXXX-XX', text: 'next month' }), null);
  assert.equal(knownWithoutDate({ type: 'DATE', value: 'XXXX', text: 'this year' }), null);
  assert.equal(knownWithoutDate({ type: 'DATE', value: 'XXXX-XX-XX', text: 'Diwali' }), null);
  assert.equal(knownWithoutDate({ type: 'DATE', value: 'XXXX-10', mod: 'START', text: 'early October' }), 'early October (year unknown)');
});

test('a clock time reads with the zone the text gives it, in the hover, the outline and the text report', () => {
  const text = DATED('The strike began at 9 p.m. EST on Monday. Polls close at 8 p.m. local time on Tuesday.');
  assert.match(hover(text, '9 p.m.'), /^\*\*Monday 10 November 2025, 21:00 EST\*\* \(4 days before the article's date\)/);
  const details = documentSymbols(ctxFor(text)).find((s) => s.name === 'Timeline')?.children?.map((c) => c.detail);
  assert.deepEqual(details, ['Monday 10 November 2025, 21:00 EST', 'Tuesday 18 November 2025, 20:00 local time']);
  const report = textReport('a.news', analyze(text, { gazetteer }), false);
  assert.match(report, /\n {2}2025-11-10T21:00 Monday 10 November 2025, 21:00 EST +"9 p\.m\. EST on Monday"\n/);
  // Without a day, the zone still stands by the clock.
  assert.equal(dateInWords({ type: 'TIME', value: 'XXXX-XX-XXT20:00', zone: 'EST' }), '20:00 EST (day unknown)');
});

test("the outline names a date hard-wrapped over two lines on one line", () => {
  const text = DATED('The strike ends by the\nend of the year, officials said.');
  const names = documentSymbols(ctxFor(text)).find((s) => s.name === 'Timeline')?.children?.map((c) => c.name);
  assert.deepEqual(names, ['2025 · the end of the year']);
});

test('"now", "recently" and "in the coming months" say how they stand to the article date; a midnight that ends a day says so', () => {
  assert.equal(relationToReference('PRESENT_REF', '2025-11-14'), "the article's date");
  assert.equal(relationToReference('PAST_REF', '2025-11-14'), "before the article's date");
  assert.equal(relationToReference('FUTURE_REF', '2025-11-14'), "after the article's date");
  assert.equal(relationToReference('PAST_REF', null), null);
  const text = DATED('Talks have stalled recently. Lawmakers have until midnight on Nov. 21 to avert a shutdown.');
  assert.match(hover(text, 'recently'), /^\*\*some time in the past\*\* \(before the article's date\)/);
  assert.equal(valueInWords('TIME', '2025-11-21T24:00'), "Friday 21 November 2025, 24:00 (midnight, at the day's end)");
  assert.equal(valueInWords('TIME', '2025-11-21T00:00'), 'Friday 21 November 2025, 00:00');
});

test('"Insert the resolved date" after a day of which only the year is known inserts the year', async () => {
  const { dateActions } = await import('../../server/src/features/dateActions');
  const text = DATED('Shops shut for Diwali, officials said.');
  const at = text.indexOf('Diwali');
  assert.deepEqual(dateActions(ctxFor(text), at, at + 6, [], '2025-11-30').map((a) => a.title), ['Insert the resolved date: "Diwali (2025)"']);
});

test('dates of no known year keep the text\'s order at the end of a timeline, not the order of their raw values', () => {
  const text = 'Officials met on Thursday and will meet again in early October, after the summer.\n';
  const names = documentSymbols(ctxFor(text)).find((s) => s.name === 'Timeline')?.children?.map((c) => c.name);
  assert.deepEqual(names, ['XXXX-WXX-4 · Thursday', 'XXXX-10 · early October', 'XXXX-SU · the summer']);
});

test('a mod on a clock time stands before the clock, not before the day', () => {
  assert.equal(dateInWords({ type: 'TIME', value: '2021-03-05T06:30', mod: 'APPROX' }), 'Friday 5 March 2021, about 06:30');
  assert.equal(dateInWords({ type: 'TIME', value: '2025-11-21T17:00', mod: 'ON_OR_BEFORE' }), 'Friday 21 November 2025, no later than 17:00');
  assert.equal(dateInWords({ type: 'TIME', value: 'XXXX-XX-XXT06:30', mod: 'APPROX' }), 'about 06:30 (day unknown)');
  // (Early, mid and late are the day's: "late Thursday 13 November 2025, 21:00" stays as the text has it.)
  assert.equal(dateInWords({ type: 'TIME', value: '2025-11-13T21:00', mod: 'END' }), 'late Thursday 13 November 2025, 21:00');
});

test('a year its words name a fiscal year is called one, in the hover and the text report', () => {
  const text = DATED('Core earnings for fiscal 2025 rose, FY2026 looks weak, and profit fell in 2024.');
  assert.match(hover(text, 'fiscal 2025'), /^\*\*fiscal year 2025\*\* \(the year of the article's date\)/);
  const report = textReport('a.news', analyze(text, { gazetteer }), false);
  assert.match(report, /\n {2}2024 +2024 +"2024"\n {2}2025 +fiscal year 2025 +"fiscal 2025"\n {2}2026 +fiscal year 2026 +"FY2026"\n/);
  assert.equal(dateInWords({ type: 'DATE', value: '2024', through: '2025', text: 'FY2024-25' }), 'the fiscal year from 2024 into 2025');
});

test('years before Christ and of the first millennium read as they are written, and stand first on the Timeline', () => {
  for (const [value, words] of [
    ['BC0044', '44 BC'],
    ['BC0044-03-15', '15 March 44 BC'],
    ['BC04', 'the 5th century BC'],
    ['0070', 'AD 70'],
    ['0070-03', 'March AD 70'],
  ]) {
    assert.equal(valueInWords('DATE', value), words, value);
  }
  // (Not 1970: the years 0-99 are their own.)
  assert.equal(valueInWords('DATE', '0070-03-15'), 'Saturday 15 March AD 70');
  assert.equal(relationToReference('BC0044', '2025-11-14'), "2068 years before the article's year");
  assert.equal(relationToReference('180', '2025-11-14'), "220 years before the article's decade");
  const text = DATED('Rome was founded in 753 BC; Caesar died in 44 BC, and the temple fell in AD 70. It was rebuilt in 1990.');
  const report = textReport('a.news', analyze(text, { gazetteer }), false);
  const rows = report.slice(report.indexOf('\nTimeline\n')).split('\n').filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
  assert.deepEqual(rows, ['BC0753', 'BC0044', '0070', '1990'], report);
  assert.match(report, /\n {2}BC0044 +44 BC +"44 BC"\n/);
});

test("a zone in brackets with a second clock is that clock's, and not given to the first", () => {
  assert.equal(dateInWords({ type: 'TIME', value: '2016-10-28T10:35', zone: 'GMT', text: 'about 10:35 a.m. (0735 GMT) Friday' }), 'Friday 28 October 2016, 10:35');
  assert.equal(dateInWords({ type: 'TIME', value: '2016-11-01T09:00', zone: 'EST', text: '9 a.m. EST Tuesday' }), 'Tuesday 1 November 2016, 09:00 EST');
});

test("the hover gives no UTC for a clock whose bracketed zone is another clock's", () => {
  const text = DATED('The blast came at about 10:35 a.m. (0735 GMT) on Friday, officials said.');
  const h = hover(text, '10:35');
  assert.doesNotMatch(h, /Time zone: GMT/, h);
  // (Its own zone is local time, three hours ahead of the bracket's UTC.)
  assert.match(h, /Time zone: local time \(UTC\+03:00\); 07:35 UTC/, h);
  const clock = analyze(text).dates.find((d) => d.type === 'TIME');
  assert.equal(clock?.zone, undefined);
  assert.equal(clock?.utcOffset, '+03:00');
  assert.match(hover(DATED('The strike began at 9 p.m. EST on Monday.'), '9 p.m.'), /Time zone: EST \(UTC-05:00\)/);
});

test('a week, a month or a quarter of no known date says which it is', () => {
  assert.equal(valueInWords('DATE', 'XXXX-WXX'), 'a week (date unknown)');
  assert.equal(valueInWords('DATE', 'XXXX-XX'), 'a month (date unknown)');
  assert.equal(valueInWords('DATE', 'XXXX-QX'), 'a quarter (date unknown)');
  assert.equal(dateInWords({ type: 'DATE', value: 'XXXX-WXX', mod: 'END' }), 'late in a week (date unknown)');
  // (Its hover with no article date adds nothing the text does not say.)
  assert.equal(knownWithoutDate({ type: 'DATE', value: 'XXXX-WXX', text: 'last week' }), null);
});

test('an inlay hint shows a decade as "2020s" and a day of a known year as its year, not "202" or "2025-XX-XX"', async () => {
  const { inlayHints } = await import('../../server/src/features/inlayHints');
  const text = DATED('A deal is expected by the end of the decade. Shops shut for Diwali. They met on Thursday.');
  const ctx = ctxFor(text);
  const labels = inlayHints(ctx, 0, text.length).map((h) => String(h.label).trim());
  assert.deepEqual(labels, ['2020s', '2025', '2025-11-13']);
});

test('an Iranian year reads as the year it is, and a date 352 days away is about a year away', () => {
  const text = DATED('The Iranian year 1404 began at Nowruz.');
  assert.match(hover(text, 'Iranian'), /^\*\*the Iranian year from March 2025 into 2026\*\*/);
  assert.equal(relationToReference('2026-11-01', '2025-11-14'), "about 1 year after the article's date");
  assert.equal(relationToReference('2026-10-01', '2025-11-14'), "about 11 months after the article's date");
});

test('a mod on a part of a day reads before the part, whatever the mod', () => {
  assert.equal(dateInWords({ type: 'TIME', value: '2025-11-13TNI', mod: 'BEFORE' }), 'before the night of Thursday 13 November 2025');
  assert.equal(dateInWords({ type: 'TIME', value: '2025-11-13TMO', mod: 'APPROX' }), 'about the morning of Thursday 13 November 2025');
  assert.equal(dateInWords({ type: 'TIME', value: '2025-11-13TNI', mod: 'END' }), 'late in the night of Thursday 13 November 2025');
});
