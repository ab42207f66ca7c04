// Dates in the house styles of other regions and formats, run through the full analysis: day-first slash dates,
// Hijri dates, an email's Date: header, financial years, and a weekday whose verb comes after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';

const gazetteer = createGazetteer(builtinGlossary());

/** The dates of an article as "text=TYPE:value" (with "/MOD" when there is one). */
function dates(text: string, referenceDate?: string): string[] {
  return analyze(text, { gazetteer, referenceDate }).dates.map((d) => `${d.text}=${d.type}:${d.value}${d.mod ? `/${d.mod}` : ''}`);
}

test('dashed numeric dates with the day first are dates, and make the document day first', () => {
  // South Asian copy writes "27-11-2026"; the ambiguous "05-12-2026" beside it is 5 December.
  const got = dates('Troops raided the camp on 27-11-2026. The minister set a deadline of 05-12-2026 for the plan.', '2026-11-27');
  assert.ok(got.includes('27-11-2026=DATE:2026-11-27'), got.join(', '));
  assert.ok(got.includes('05-12-2026=DATE:2026-12-05'), got.join(', '));
  const alone = dates('The board will meet on 14-01-2027.', '2026-11-27');
  assert.ok(alone.includes('14-01-2027=DATE:2027-01-14'), alone.join(', '));
  // A filing stamp in the US order keeps its month first.
  const us = dates('Filed 11-13-2025. The hearing is on 03-04-2026.', '2025-11-14');
  assert.ok(us.includes('03-04-2026=DATE:2026-03-04'), us.join(', '));
});

test('a day and month with a slash and no year after a preposition of time are a date when a figure is over twelve', () => {
  const got = dates('Earlier, on 28/11, the coast guard reported a blockade. From 15/3 the rules change.', '2026-11-30');
  assert.ok(got.includes('28/11=DATE:2026-11-28'), got.join(', '));
  assert.ok(got.includes('15/3=DATE:2027-03-15'), got.join(', '));
  // Not round the clock, not a count, not an order that is unclear.
  for (const text of ['Staff were on 24/7 duty at the plant.', 'The index fell by 15/12 points.', 'The vote passed on 3/12.']) {
    assert.deepEqual(dates(text, '2026-11-30'), [], text);
  }
});

test('a weekday before its clause takes the tense of the verb after it', () => {
  // 2025-11-14 is a Friday.
  const got = dates('On Wednesday the board will vote on the budget. On Tuesday the mayor opened a bridge.', '2025-11-14');
  assert.ok(got.includes('Wednesday=DATE:2025-11-19'), got.join(', '));
  assert.ok(got.includes('Tuesday=DATE:2025-11-11'), got.join(', '));
  // A past verb after the day keeps the day behind.
  const said = dates('On Monday officials said the plan would change.', '2025-11-14');
  assert.ok(said.includes('Monday=DATE:2025-11-10'), said.join(', '));
});

test('slash dates are read day first in a document that writes a day over twelve first', () => {
  const text = 'The inquiry opened on 21/10/2025. Its chair wrote to the minister on 04/11/2025 and will report on 09/01/2026.';
  const got = dates(text, '2025-11-14');
  assert.ok(got.includes('04/11/2025=DATE:2025-11-04'), got.join(', '));
  assert.ok(got.includes('09/01/2026=DATE:2026-01-09'), got.join(', '));
  // A US document keeps the month first.
  const us = dates('The filing is due 11/20/2025; the hearing was set for 03/04/2026.', '2025-11-14');
  assert.ok(us.includes('03/04/2026=DATE:2026-03-04'), us.join(', '));
  // So does one with no other clue.
  const bare = dates('The hearing was set for 03/04/2026.', '2025-11-14');
  assert.ok(bare.includes('03/04/2026=DATE:2026-03-04'), bare.join(', '));
  // Prose dates written day first, and none month first, tip an ambiguous one too.
  const prose = dates('The council met on 3 November 2025 and again on 12 November 2025. Its minutes are dated 05/11/2025.', '2025-11-14');
  assert.ok(prose.includes('05/11/2025=DATE:2025-11-05'), prose.join(', '));
});

test("an email's Date: header dates the mail", () => {
  const mail = 'From: The Harbour Desk <desk@example.net>\nDate: Wed, 12 Nov 2025 16:05:00 +1100\nSubject: Ferry timetable\n\nThe new timetable starts on Monday, the operator said yesterday.';
  const model = analyze(mail, { gazetteer });
  assert.equal(model.referenceDate, '2025-11-12');
  assert.equal(model.referenceDateSource, 'dateline');
  const got = model.dates.map((d) => `${d.text}=${d.value}`);
  assert.ok(got.includes('Monday=2025-11-17'), got.join(', '));
  assert.ok(got.includes('yesterday=2025-11-11'), got.join(', '));
  // A Date: line further down, after the opening block, is no header.
  const later = analyze('Notes from the meeting\n\nDate: Wed, 12 Nov 2025\nThe group met on Monday.', { gazetteer });
  assert.notEqual(later.referenceDateSource, 'dateline');
});

test('Hijri dates are converted to the Gregorian calendar, never certain, and their months are no actors', () => {
  const text =
    'RIYADH, 10 Rabi al-Thani 1447 — The council met again. Its next session opens on 4 Jumada al-Ula 1447, and a review follows in Shawwal 1447. ' +
    'Delegates will gather during the second week of Sha’ban 1447.';
  const model = analyze(text, { gazetteer, referenceDate: '2025-11-14' });
  const got = model.dates.map((d) => `${d.text}=${d.value}${d.certain ? '' : '?'}`);
  // 10 Rabi al-Thani 1447 is 3 October 2025 by the arithmetic; Shawwal 1447 runs from about 20 March 2026.
  assert.ok(got.includes('10 Rabi al-Thani 1447=2025-10-03?'), got.join(', '));
  assert.ok(got.includes('4 Jumada al-Ula 1447=2025-10-26?'), got.join(', '));
  assert.ok(got.includes('Shawwal 1447=2026-04?'), got.join(', '));
  assert.ok(got.includes('the second week of Sha’ban 1447=2026-W05?'), got.join(', '));
  assert.ok(model.dates.every((d) => !d.text.includes('Rabi') || d.calendar === 'islamic'));
  const people = model.actors.map((a) => a.text);
  assert.ok(!people.some((p) => /Rabi|Jumada|Shawwal/.test(p)), people.join(', '));
  // Without a year, the day nearest the article's; a weekday a day off the arithmetic is the day observed.
  const near = dates('The envoy arrived on Tuesday 21 Jumada al-Awwal and left.', '2025-11-14');
  assert.ok(near.includes('Tuesday 21 Jumada al-Awwal=DATE:2025-11-11'), near.join(', '));
  // A bare month, with neither day nor year, names no date, and a person called Ramadan stays a person.
  const bare = analyze('Shops open late during Ramadan, said Tariq Ramadan.', { gazetteer, referenceDate: '2025-11-14' });
  assert.deepEqual(bare.dates.map((d) => d.text), []);
  assert.ok(bare.actors.some((a) => a.text === 'Tariq Ramadan'));
});

test('a count of financial years is a duration of that many years', () => {
  const got = dates('The fund will pay out over the coming three fiscal years, after two financial years of delays.', '2025-11-14');
  assert.ok(got.some((g) => g.endsWith('three fiscal years=DURATION:P3Y')), got.join(', '));
  assert.ok(got.includes('two financial years=DURATION:P2Y'), got.join(', '));
});

test("a financial year's year is never certain, unless the text writes its last day", () => {
  const model = analyze('Councils must spend the grant by the end of the financial year.', { gazetteer, referenceDate: '2025-11-14' });
  const fy = model.dates.find((d) => d.text.includes('financial year'));
  assert.ok(fy, model.dates.map((d) => d.text).join(', '));
  assert.equal(fy.certain, false);
  assert.ok(fy.inferred?.includes('fiscal year'));
  // Its written end settles the year.
  const ends = dates('Councils must spend the grant by the end of the financial year, which ends on 31 March 2026.', '2025-11-14');
  assert.ok(ends.includes('the end of the financial year=DATE:2026/END'), ends.join(', '));
});

test('a month after a year that opens its sentence without a comma, or after "Last year", is of that year', () => {
  const cases: [string, string[]][] = [
    ['In 2019 the firm was sold in March and closed in July.', ['March=DATE:2019-03', 'July=DATE:2019-07']],
    ['Last year, the union held two strikes, in March and again in July.', ['March=DATE:2024-03', 'July=DATE:2024-07']],
    ['Last year the council met in March.', ['March=DATE:2024-03']],
    // The next sentence has moved on.
    ['Last year the council met twice. It meets again in March.', ['March=DATE:2026-03']],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    for (const w of want) assert.ok(got.includes(w), `${text}: ${got.join(', ')}`);
  }
});

test('"the following Monday" is the first Monday after the day under discussion', () => {
  const cases: [string, string][] = [
    ['Voting closes on 21 November, and results will be published the following Monday.', 'the following Monday=DATE:2025-11-24'],
    ['The vote is on 3 December and the count the following Tuesday.', 'the following Tuesday=DATE:2025-12-09'],
    ['The deal was signed on 12 March 2021; the previous Friday, talks had nearly collapsed.', 'the previous Friday=DATE:2021-03-05'],
    // With no day before it: the coming one.
    ['On the following Monday, ministers will meet.', 'the following Monday=DATE:2025-11-17'],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    assert.ok(got.includes(want), `${text}: ${got.join(', ')}`);
  }
});

test('"that morning" before a noun and its verb is a kind of noun after "that", no time', () => {
  for (const text of ['Commuters complained that morning trains were late.', 'He said that evening classes would close.']) {
    assert.deepEqual(dates(text, '2025-11-14'), [], text);
  }
  // The time stays after a preposition, opening a sentence, or before another subject.
  assert.ok(dates('The strike began on 3 May. That evening talks were held.', '2025-11-14').includes('That evening=TIME:2025-05-03TEV'));
  assert.ok(dates('The strike began on 3 May. Talks ended on that evening.', '2025-11-14').includes('that evening=TIME:2025-05-03TEV'));
  assert.ok(dates('The minister resigned on 3 May. He said that evening he would leave.', '2025-11-14').includes('that evening=TIME:2025-05-03TEV'));
});

test('"a decade on from" a year counts from that year, not from the date before it', () => {
  const cases: [string, string][] = [
    ['The 1980s were hard. A decade on from the floods of 2015, the riverside has been rebuilt.', 'A decade on=DATE:2025'],
    ['Ten years on from the 2015 floods, the town has recovered.', 'Ten years on=DATE:2025'],
    ['Twenty years on from 2010, the plan will be complete.', 'Twenty years on=DATE:2030'],
    // Outside the future, no later than the article's year.
    ['Now, 25 years on from the flood of 2009, the dam is gone.', '25 years on=DATE:2025'],
    // With no year after it, the date before it still anchors; with none at all, "on" in the present is now.
    ['In 1990 the mill closed. Five years on, it reopened.', 'Five years on=DATE:1995'],
    ['A year on from the election, the coalition is fragile.', 'A year on=DATE:2025'],
    ['A year on, he had recovered.', 'A year on=DATE:XXXX'],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    assert.ok(got.includes(want), `${text}: ${got.join(', ')}`);
  }
});

test('what a warning is of lies ahead of it', () => {
  const cases: [string, string][] = [
    ['Forecasters warned of heavy rain from Saturday night.', 'Saturday night=TIME:2025-11-15TNI'],
    ['Police warned of long delays on the roads over the weekend.', 'the weekend=DATE:2025-W46-WE'],
    // The warning's own day, and a thing told of in a clause of its own, keep their tense.
    ['Officials warned on Monday of heavy rain.', 'Monday=DATE:2025-11-10'],
    ['The agency warned of a cyberattack that hit banks on Monday.', 'Monday=DATE:2025-11-10'],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    assert.ok(got.includes(want), `${text}: ${got.join(', ')}`);
  }
});

test('the second clock of a pair is a time too', () => {
  const cases: [string, string][] = [
    ['The first train will depart at 05:12 instead of 05:40.', '05:40=TIME:2025-11-14T05:40'],
    ['Ferries sail at 08:00 and 16:30 daily.', '16:30=TIME:XXXX-XX-XXT16:30'],
    ['The shuttle leaves at 07:15 or 07:45, depending on demand.', '07:45=TIME:2025-11-14T07:45'],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    assert.ok(got.includes(want), `${text}: ${got.join(', ')}`);
  }
  // A verse or a score is no clock.
  assert.deepEqual(dates('John 3:16 and 3:17 are verses; the score was 3:1 and 2:0.', '2025-11-14'), []);
});

test('the days listed after "every" all recur', () => {
  const cases: [string, string[]][] = [
    ['Stoppages would continue every Tuesday and Thursday until January.', ['every Tuesday=SET:XXXX-WXX-2', 'Thursday=SET:XXXX-WXX-4']],
    ['The market opens every Monday, Wednesday and Friday.', ['Wednesday=SET:XXXX-WXX-3', 'Friday=SET:XXXX-WXX-5']],
    ['Every Tuesday and Thursday he wrote home.', ['Thursday=SET:XXXX-WXX-4']],
    // A day in a clause of its own is one day.
    ['He met her every Tuesday and on Thursday he left.', ['Thursday=DATE:2025-11-13']],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    for (const w of want) assert.ok(got.includes(w), `${text}: ${got.join(', ')}`);
  }
});

test('a clock in another zone in brackets with its own day is a time of its own', () => {
  const got = dates('The quake struck on Tuesday. The main shock came at 3:17 a.m. local time (1917 GMT on Monday).', '2025-11-14');
  assert.ok(got.includes('1917 GMT on Monday=TIME:2025-11-10T19:17'), got.join(', '));
  // The day in the brackets is not the first clock's: 16 hours ahead of 19:17 on Monday, 3:17 is on Tuesday.
  assert.ok(got.includes('3:17 a.m. local time=TIME:2025-11-11T03:17'), got.join(', '));
  const alone = dates('The main shock came at 3:17 a.m. local time (1917 GMT on Monday).', '2025-11-14');
  assert.ok(alone.includes('3:17 a.m. local time=TIME:2025-11-11T03:17'), alone.join(', '));
  const behind = dates('Polls closed at 8 p.m. local time (0100 GMT Wednesday).', '2025-11-14');
  assert.ok(behind.includes('8 p.m. local time=TIME:2025-11-11T20:00'), behind.join(', '));
  // Without a day of its own it is the same moment again, and the day after the brackets is both clocks'.
  assert.deepEqual(dates('Talks ended at 10:35 a.m. (0735 GMT).', '2025-11-14'), ['10:35 a.m.=TIME:2025-11-14T10:35']);
  assert.deepEqual(dates('The ceasefire took effect at 12:01 a.m. EST (0501 GMT) on Monday.', '2025-11-14'), ['12:01 a.m. EST (0501 GMT) on Monday=TIME:2025-11-10T00:01']);
});

test('"the quarter to January" is three months up to it, no calendar quarter', () => {
  const got = dates('Economists expect a further fall in the quarter to January.', '2025-11-14');
  assert.ok(got.includes('the quarter=DURATION:P3M'), got.join(', '));
  // A quarter that ends in its month stays that quarter.
  assert.ok(dates('Sales rose in the quarter to June.', '2025-11-14').includes('the quarter=DATE:2025-Q2'));
});

test('"overnight into Wednesday" is the night before that day, one expression', () => {
  const cases: [string, string][] = [
    ['The toll rose overnight into Wednesday.', 'overnight into Wednesday=TIME:2025-11-11TNI'],
    ['Rain will fall overnight into Saturday.', 'overnight into Saturday=TIME:2025-11-14TNI'],
    ['Rain fell overnight into Friday.', 'overnight into Friday=TIME:2025-11-13TNI'],
    ['Fighting continued overnight.', 'overnight=TIME:2025-11-13TNI'],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    assert.ok(got.includes(want), `${text}: ${got.join(', ')}`);
  }
});

test('just after midnight on a day is the start of that day', () => {
  const cases: [string, string][] = [
    ['The first tremor struck shortly after midnight on Tuesday.', 'midnight on Tuesday=TIME:2025-11-11T00:00'],
    ['The gunfire began just past midnight on Sunday.', 'midnight on Sunday=TIME:2025-11-09T00:00'],
    ['Workers have been on strike since midnight Tuesday.', 'midnight Tuesday=TIME:2025-11-11T00:00'],
    // At or until midnight on a day is its end.
    ['The contract expires at midnight on Friday.', 'midnight on Friday=TIME:2025-11-14T24:00'],
    ['The vote runs until midnight on Friday.', 'midnight on Friday=TIME:2025-11-14T24:00'],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    assert.ok(got.includes(want), `${text}: ${got.join(', ')}`);
  }
});

test('a part of a weekday in the plural recurs, as "Friday nights" did', () => {
  const cases: [string, string][] = [
    ['The operator plans hourly services on Sunday mornings from next spring.', 'Sunday mornings=SET:XXXX-WXX-7TMO'],
    ['Saturday evenings at the club are quiet.', 'Saturday evenings=SET:XXXX-WXX-6TEV'],
    ['Friday nights are busy.', 'Friday nights=SET:XXXX-WXX-5TNI'],
    ['He left on Sunday morning.', 'Sunday morning=TIME:2025-11-09TMO'],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    assert.ok(got.includes(want), `${text}: ${got.join(', ')}`);
  }
});

test('a number whose noun was named before it, then "a day", is a frequency', () => {
  const got = dates('The ferry runs two sailings a day in winter, rising to six a day from Easter.', '2025-11-14');
  assert.deepEqual(got.filter((g) => g.startsWith('a day')), ['a day=SET:P1D', 'a day=SET:P1D']);
  assert.ok(dates('Inspectors check twelve a week.', '2025-11-14').includes('a week=SET:P1W'));
});

test('an era named by the word before "years" is no stretch of some years', () => {
  for (const text of ['Historians describe the interwar years as a time of growth.', 'The postwar decades brought growth.', 'Life in the Thatcher years was hard.', 'It covers the years from 1945 to 1965.']) {
    const got = dates(text, '2025-11-14');
    assert.ok(!got.some((g) => g.includes('DURATION')), `${text}: ${got.join(', ')}`);
  }
  // A stretch of years still is one.
  assert.ok(dates('It took years to rebuild.', '2025-11-14').includes('years=DURATION:PXY'));
  assert.ok(dates('The early years were hard.', '2025-11-14').includes('The early years=DURATION:PXY'));
});

test('a story told hour by hour in the past goes on into the next paragraph on its day', () => {
  const got = dates('The quake struck on Tuesday.\n\nWithin minutes, power failed. By 4 a.m., crews were at the scene.', '2025-11-14');
  assert.ok(got.includes('4 a.m.=TIME:2025-11-11T04:00'), got.join(', '));
  // The same moment in brackets keeps the story on the local day.
  const local = dates('The quake struck at 02:14 local time on Wednesday (18:14 GMT Tuesday), officials said.\n\nThe agency said 61 people had died as of 4 p.m. local time.', '2025-11-14');
  assert.ok(local.includes('4 p.m. local time=TIME:2025-11-12T16:00'), local.join(', '));
  // Not what lies ahead, not past a second paragraph or a heading, and not a live blog's stamp.
  const cases = [
    'The quake struck on Tuesday.\n\nAt 9 a.m. the governor will speak.',
    'The quake struck on Tuesday.\n\nAid arrived.\n\nAt 9 a.m. the governor spoke.',
    'The quake struck on Tuesday.\n\n## Today\n\nAt 9 a.m. the governor spoke.',
    'The envoy arrived on Tuesday.\n\n08:15 — Overnight shelling was reported.',
    'The fault lasted until 13:05 on Tuesday.\n\nNight flights are banned between 23:00 and 06:00.',
  ];
  for (const text of cases) {
    const clock = dates(text, '2025-11-14').filter((g) => /T\d\d:\d\d$/.test(g)).pop();
    assert.ok(clock?.includes('2025-11-14T'), `${text}: ${clock}`);
  }
});

test('a change by an amount "over three years" is across them, not more than them', () => {
  const cases: [string, string][] = [
    ['The union wants a 14% rise over three years.', 'three years=DURATION:P3Y'],
    ['Prices rose by 14% over three years.', 'three years=DURATION:P3Y'],
    ['Employers offered 9 per cent over three years.', 'three years=DURATION:P3Y'],
    ['The talks have run for over three years.', 'over three years=DURATION:P3Y/MORE_THAN'],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    assert.ok(got.includes(want), `${text}: ${got.join(', ')}`);
  }
});

test('"every half hour" is a frequency of 30 minutes', () => {
  const got = dates('Trains run every 20 minutes until 8 p.m., then every half hour.', '2025-11-14');
  assert.ok(got.includes('every half hour=SET:PT30M'), got.join(', '));
  assert.ok(dates('Buses run every half-hour.', '2025-11-14').includes('every half-hour=SET:PT30M'));
  assert.ok(dates('It took half an hour.', '2025-11-14').includes('half an hour=DURATION:PT30M'));
});

test('a train or flight named by its time of departure has that time', () => {
  const got = dates('Late on Thursday the operator said the 18:10 service would not run.', '2025-11-14');
  assert.ok(got.includes('18:10=TIME:2025-11-13T18:10'), got.join(', '));
  assert.ok(dates('The 07:52 from Leeds was late.', '2025-11-14').includes('07:52=TIME:2025-11-14T07:52'));
  assert.deepEqual(dates('The score was 3:1 to Arsenal.', '2025-11-14'), []);
});

test('noon and midnight after "until at least" are times', () => {
  assert.ok(dates('Volunteers were asked to stay away until at least noon.', '2025-11-14').includes('noon=TIME:2025-11-14T12:00'));
  assert.ok(dates('The road stays shut until at least midnight.', '2025-11-14').includes('midnight=TIME:2025-11-14T24:00'));
  assert.deepEqual(dates('At least noon is fine.', '2025-11-14'), []);
});

test('a timetable stated in the present tense is of the coming occurrence, a season described generically the nearest', () => {
  // 2025-11-14: a day given by a present-tense schedule lies ahead (the 2026 one), unless a habit or a past verb says
  // otherwise; a span of months in the present stays the nearest one ("The lean season runs from June to September" is
  // 2025, pinned in dates.test.ts).
  const cases: [string, string][] = [
    ['Results day is 14 August.', '14 August=DATE:2026-08-14'],
    ['Term starts on 22 September.', '22 September=DATE:2026-09-22'],
    ['The primary is on Aug. 14.', 'Aug. 14=DATE:2026-08-14'],
    // (A day just gone is that one: a record date stated five days on.)
    ['The record date is Nov. 9.', 'Nov. 9=DATE:2025-11-09'],
    ['The ballot opens on Monday and closes on 28 November.', '28 November=DATE:2025-11-28'],
    ['The fiscal year usually ends on 30 September.', '30 September=DATE:2025-09-30'],
    ['Term started on 22 September.', '22 September=DATE:2025-09-22'],
    ['He said the vote was on 3 October.', '3 October=DATE:2025-10-03'],
    // A relative clause in the present after a past verb of saying has its own tense.
    ['Administrators said the Lent term, which runs from mid-January to mid-March, would not be shortened.', 'mid-January=DATE:2026-01/MID'],
    ['Administrators said the Lent term, which runs from January to March, would not be shortened.', 'March=DATE:2026-03'],
    ['Officials said the strike, which ended in March, had cost millions.', 'March=DATE:2025-03'],
    ['The lean season runs from June to September.', 'June=DATE:2025-06'],
    // A month a present-tense timetable gives is the coming one too; in the past tense, the one gone.
    ['Trinity Term ends in June.', 'June=DATE:2026-06'],
    ['The count is in March.', 'March=DATE:2026-03'],
    ['Trinity Term ended in June.', 'June=DATE:2025-06'],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    assert.ok(got.includes(want), `${text}: ${got.join(', ')}`);
  }
});

test('academic terms are dates: the season of the academic year under way', () => {
  // TimeML values a season-like span by its season (YYYY-SP, as "the spring"); a term is valued so, the whole noun
  // phrase its span: Michaelmas is the autumn term, Lent and Hilary the spring, Trinity the summer. In November 2025
  // the academic year is 2025-26: its spring term is 2026's.
  const cases: [string, string][] = [
    ['Universities will start the spring term a week late.', 'the spring term=DATE:2026-SP'],
    ['Administrators said the Lent term would not be shortened.', 'the Lent term=DATE:2026-SP'],
    ['Hilary term begins in January.', 'Hilary term=DATE:2026-SP'],
    ['Lectures ended early in the Michaelmas term.', 'the Michaelmas term=DATE:2025-FA'],
    ['Students who started the autumn semester in September have lost six days.', 'the autumn semester=DATE:2025-FA'],
    ['Trinity Term ends in June.', 'Trinity Term=DATE:2026-SU'],
    ['The winter semester starts in October.', 'The winter semester=DATE:2025-WI'],
    // Told of in the past after "in", the latest one begun; "last" the latest one over.
    ['In the summer term, most students passed.', 'the summer term=DATE:2025-SU'],
    ['Last summer term was hard.', 'Last summer term=DATE:2025-SU'],
    ['Next spring term the fees rise.', 'Next spring term=DATE:2026-SP'],
  ];
  for (const [text, want] of cases) {
    const got = dates(text, '2025-11-14');
    assert.ok(got.includes(want), `${text}: ${got.join(', ')}`);
  }
  // "lent" the verb, "fall" the verb: no terms.
  assert.deepEqual(dates('The bank lent term loans to firms.', '2025-11-14'), []);
  assert.deepEqual(dates('Prices fall term by term.', '2025-11-14'), []);
});

test('a season that describes a noun is no date of its own when a written date in the clause says when', () => {
  // (TimeBank and AQUAINT hold no season before a noun, "the summer offensive", to follow; a reader takes the written
  // date as the when, and "the winter" alone was a winter of its own, 2024-WI.)
  const cases: [string, string[]][] = [
    ['At the airport, the winter schedule began on 26 October.', ['26 October=DATE:2025-10-26']],
    ['The summer timetable starts on 30 March.', ['30 March=DATE:2026-03-30']],
    ['The rebels said the spring offensive began in April.', ['April=DATE:2025-04']],
  ];
  for (const [text, want] of cases) assert.deepEqual(dates(text, '2025-11-14'), want, text);
  // Without a written date the season stays; so does one that is no noun's.
  assert.ok(dates('The winter fuel payment rises next year.', '2025-11-14').includes('The winter=DATE:2025-WI'));
  assert.ok(dates('The winter was harsh in January.', '2025-11-14').includes('The winter=DATE:2024-WI'));
});
