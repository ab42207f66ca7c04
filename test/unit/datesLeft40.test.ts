// Dates session 40 left: festivals, schedules told in the past, habits and news phrases. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, datesOf as dates, dateValueOf as valueOf } from '../support/article';

// (Friday 14 November 2025.)
const DATED = datedBy('2025-11-14');

test('a Ramadan whose start has a day of its own, "around" it or with no "on", leaves it to that day', () => {
  assert.deepEqual(dates(DATED('Ramadan began around Feb. 18, officials said.')), [['around Feb. 18', '2025-02-18']]);
  assert.deepEqual(dates(DATED('Ramadan will start around Feb. 18, astronomers said.')), [['around Feb. 18', '2026-02-18']]);
  assert.deepEqual(dates(DATED('Ramadan began Monday, officials said.')), [['Monday', '2025-11-10']]);
  // (Without a day, the Ramadan is still the one begun.)
  assert.deepEqual(dates(DATED('Ramadan began in a tense mood.')), [['Ramadan', '2025-03']]);
});

test('what is sought, needed or awaited on a day lies ahead, "is sought" being no past', () => {
  assert.deepEqual(dates(DATED('A ruling is sought on Monday, lawyers said.')), [['Monday', '2025-11-17']]);
  assert.deepEqual(dates(DATED('Approval is still needed on Tuesday, officials said.')), [['Tuesday', '2025-11-18']]);
  assert.deepEqual(dates(DATED('A ruling was sought on Monday, lawyers said.')), [['Monday', '2025-11-10']]);
});

test('a schedule told in the past ("was due to", "had been expected to") is of the latest such day', () => {
  const cases: [string, string, string][] = [
    ['The Senate was due to vote later on Thursday, aides said.', 'Thursday', '2025-11-13'],
    ['The committee had been expected to meet on Thursday, but the meeting was postponed.', 'Thursday', '2025-11-13'],
    ['Lawmakers were scheduled to vote on Wednesday.', 'Wednesday', '2025-11-12'],
    // (A schedule in the present, or back-shifted after a saying, is still ahead.)
    ['The Senate is due to vote on Thursday.', 'Thursday', '2025-11-20'],
    ['The minister said the Senate was due to vote on Thursday.', 'Thursday', '2025-11-20'],
    ['The envoy was due to arrive in Cairo and will meet Sisi on Monday.', 'Monday', '2025-11-17'],
  ];
  for (const [body, span, want] of cases) assert.equal(valueOf(DATED(body), span), want, body);
});

test('a festival written with a year its table leaves undated lends the year to a month after it in its sentence', () => {
  assert.deepEqual(dates(DATED('Diwali 2024 in November drew shoppers.')), [['Diwali 2024', '2024-XX-XX'], ['November', '2024-11']]);
  assert.deepEqual(dates(DATED('Diwali 2024 in October drew shoppers.')), [['Diwali 2024', '2024-XX-XX'], ['October', '2024-10']]);
  // (Not to the next sentence, nor to a month well before the festival's.)
  assert.deepEqual(dates(DATED('Diwali 2024 drew shoppers. In November prices fell.')), [['Diwali 2024', '2024-XX-XX'], ['November', '2025-11']]);
  assert.equal(valueOf(DATED('Shoppers thronged markets before Diwali 2024, and in March sales slumped.'), 'March'), '2025-03');
});

test('Lent and Advent are the seasons, as the month holding their middle, by the year written or the tense', () => {
  const cases: [string, string, string][] = [
    ['Lent begins in February, the church said.', 'Lent', '2026-03'],
    ['As Lent began, churches filled.', 'Lent', '2025-03'],
    ['Last Lent, the pope fell ill.', 'Last Lent', '2025-03'],
    ['Lent 2024 saw record attendance.', 'Lent 2024', '2024-03'],
    ['Advent starts this month, parishes said.', 'Advent', '2025-12'],
  ];
  for (const [body, span, want] of cases) assert.equal(valueOf(DATED(body), span), want, body);
  // (The verb "lent", the advent of a thing, a firm called Advent and its calendars are no seasons.)
  for (const body of ['Lent by the state, the funds vanished.', 'The bank lent $5 billion.', 'The advent of AI changed newsrooms.', 'Advent International bought the firm.', 'Sales of Advent calendars rose.']) assert.deepEqual(dates(DATED(body)), [], body);
  // (A university's Lent term stays a term.)
  assert.deepEqual(dates(DATED('The Lent Term begins in January.')), [['The Lent Term', '2026-SP'], ['January', '2026-01']]);
});

test('"March" or "May" told as beginning or ending is the month', () => {
  const cases: [string, string][] = [
    ['As March began, the army advanced.', '2025-03'],
    ['As March drew to a close, talks resumed.', '2025-03'],
    ['March began with heavy rain in the capital.', '2025-03'],
    ['When May came, the harvest failed.', '2025-05'],
    ['As May ends, prices will rise.', '2026-05'],
  ];
  for (const [body, want] of cases) assert.deepEqual(dates(DATED(body)).map(([, v]) => v), [want], body);
  // (A person called May, and a march, are no months.)
  for (const body of ['As May began her speech, protesters shouted.', 'Theresa May began talks with the EU.', 'Protesters said the march began peacefully.']) assert.deepEqual(dates(DATED(body)), [], body);
});

test('the day of a habit, and the month of a day that recurs, are of no one year', () => {
  const cases: [string, [string, string][]][] = [
    ['The cabinet usually meets on Wednesday.', [['Wednesday', 'XXXX-WXX-3']]],
    ['The council meets on Thursday each week.', [['Thursday', 'XXXX-WXX-4'], ['each week', 'P1W']]],
    ['The committee meets on the first Monday of every month.', [['Monday', 'XXXX-WXX-1'], ['every month', 'P1M']]],
    ['The museum is closed every Monday in January.', [['every Monday', 'XXXX-WXX-1'], ['January', 'XXXX-01']]],
    ['The paper publishes every Sunday in December.', [['every Sunday', 'XXXX-WXX-7'], ['December', 'XXXX-12']]],
    // (Told in the past, or ahead, the month is one January.)
    ['The museum was closed every Monday in January.', [['every Monday', 'XXXX-WXX-1'], ['January', '2025-01']]],
    ['The museum will be closed every Monday in January.', [['every Monday', 'XXXX-WXX-1'], ['January', '2026-01']]],
  ];
  for (const [body, want] of cases) assert.deepEqual(dates(DATED(body)), want, body);
  assert.equal(analyze(DATED('The cabinet usually meets on Wednesday.')).dates[0].type, 'SET');
  // (A habit's word of another clause leaves the day alone.)
  assert.deepEqual(dates(DATED('Officials usually say little, but on Monday they will brief reporters.')), [['Monday', '2025-11-17']]);
});

test('"a year later" in a clause set inside its sentence counts from the year the sentence goes on to write', () => {
  assert.deepEqual(dates(DATED('The deal, which was extended a year later, was signed in 2020.')), [['a year later', '2021'], ['2020', '2020']]);
  assert.deepEqual(dates(DATED('The law, which lapsed two years later, was passed in 2019.')), [['two years later', '2021'], ['2019', '2019']]);
  // (With no such year after it, a year the text does not give.)
  assert.deepEqual(dates(DATED('The truce held, and fighting resumed a year later.')), [['a year later', 'XXXX']]);
  assert.deepEqual(dates(DATED('The deal, which was extended a year later, was popular. It was signed in 2020.')), [['a year later', 'XXXX'], ['2020', '2020']]);
});

test('"TET" in capitals is the festival beside words of Vietnam or a holiday, not the Teacher Eligibility Test', () => {
  const cases: [string, string, string][] = [
    ['VIETNAM BRACES FOR TET TRAVEL RUSH', 'TET', '2026-02-17'],
    ['Vietnamese workers head home for TET.', 'TET', '2026-02-17'],
    ['Ahead of the TET holiday, factories shut.', 'TET', '2026-02-17'],
    ['TET 2026 falls in February.', 'TET 2026', '2026-02-17'],
  ];
  for (const [body, span, want] of cases) assert.equal(valueOf(DATED(body), span), want, body);
  assert.deepEqual(dates(DATED('The state will hold the TET exam on Dec. 7, officials said.')), [['Dec. 7', '2025-12-07']]);
  assert.deepEqual(dates(DATED('Over 2 lakh candidates appeared for the TET, the board said.')), []);
  assert.deepEqual(dates(DATED('Shares of TET rose 4 percent.')), []);
});

test('earnings copy: the year-ago quarter is a quarter, and the months through a month are over', () => {
  assert.deepEqual(dates(DATED('Earnings fell from the year-ago quarter.')), [['the year-ago quarter', '2024-Q3']]);
  assert.deepEqual(dates(DATED('Third-quarter profit rose 5% from the year-ago quarter.')), [['Third-quarter', '2025-Q3'], ['the year-ago quarter', '2024-Q3']]);
  assert.deepEqual(dates(DATED('The company reported a loss for the 12 months through June.')), [['the 12 months', 'P12M'], ['June', '2025-06']]);
  // (A span said to lie ahead, or a deadline, is the coming month.)
  assert.deepEqual(dates(DATED('The curfew will last for two weeks through June.')), [['two weeks', 'P2W'], ['June', '2026-06']]);
  assert.deepEqual(dates(DATED('The program is funded through June.')), [['June', '2026-06']]);
});

test('a day a thing was first booked for, since moved, is the nearer such day', () => {
  assert.deepEqual(dates(DATED('The vote, initially scheduled for Wednesday, was pushed back.')), [['Wednesday', '2025-11-12']]);
  assert.deepEqual(dates(DATED('The vote, originally set for Monday, was moved to Thursday.')), [['Monday', '2025-11-17'], ['Thursday', '2025-11-20']]);
  assert.deepEqual(dates(DATED('The vote is scheduled for Wednesday.')), [['Wednesday', '2025-11-19']]);
});

test('a deadline at midnight or at the end of the day falls on the article date', () => {
  assert.deepEqual(dates(DATED('The Senate acted ahead of a midnight deadline.')), [['midnight', '2025-11-14T24:00']]);
  assert.deepEqual(dates(DATED('Parties face a noon deadline.')), [['noon', '2025-11-14T12:00']]);
  assert.deepEqual(dates(DATED('The president will sign it by the end of the day.')), [['the end of the day', '2025-11-14']]);
  assert.equal(analyze(DATED('The president will sign it by the end of the day.')).dates[0].mod, 'END');
  // (An idiom, a name and the midnight sun are no times.)
  for (const body of ['At the end of the day, voters decide.', 'Midnight Blizzard hacked the firm.', 'The midnight sun shone.']) assert.deepEqual(dates(DATED(body)), [], body);
});

test('a holiday takes the year named after it, counted from the article date', () => {
  assert.deepEqual(dates(DATED('Easter last year fell on March 31.')), [['Easter', '2024-03-31'], ['last year', '2024'], ['March 31', '2024-03-31']]);
  assert.deepEqual(dates(DATED('Christmas sales last year were weak.')), [['Christmas', '2024-12-25'], ['last year', '2024']]);
  assert.deepEqual(dates(DATED('Thanksgiving travel last year broke records.')), [['Thanksgiving', '2024-11-28'], ['last year', '2024']]);
  assert.deepEqual(dates(DATED('Hanukkah celebrations next year will be larger.')), [['Hanukkah', '2026-12-05'], ['next year', '2026']]);
  // (Not past a comma.)
  assert.deepEqual(dates(DATED('Shops will close for Christmas, unlike last year.')), [['Christmas', '2025-12-25'], ['last year', '2024']]);
});

test('"the same quarter a year earlier" with no quarter before it is the latest quarter completed, a year before', () => {
  assert.deepEqual(dates(DATED('Sales rose from the same quarter a year earlier.')), [['the same quarter a year earlier', '2024-Q3']]);
  assert.deepEqual(dates(DATED('Sales rose 5% in the second quarter from the same quarter a year earlier.')), [['the second quarter', '2025-Q2'], ['the same quarter a year earlier', '2024-Q2']]);
});

test('"by late afternoon", "into the early morning": that part of the day under discussion, its end or start', () => {
  assert.deepEqual(dates(DATED('By late afternoon, the ministry had yet to comment.')), [['late afternoon', '2025-11-14TAF']]);
  assert.deepEqual(dates(DATED('Fighting raged into the early morning.')), [['the early morning', '2025-11-14TMO']]);
  assert.equal(analyze(DATED('Fighting raged into the early morning.')).dates[0].mod, 'START');
  assert.deepEqual(dates(DATED('The vote came on Thursday. By late afternoon, results were in.')), [['Thursday', '2025-11-13'], ['late afternoon', '2025-11-13TAF']]);
  // (A market's session is no part of a day told.)
  assert.deepEqual(dates(DATED('Shares fell in early afternoon trade.')), []);
});

test('an event awaited ("ahead of Sunday\u2019s deadline") is of the coming such day', () => {
  assert.deepEqual(dates(DATED("Ahead of Sunday's deadline, talks intensified.")), [['Sunday', '2025-11-16']]);
  assert.deepEqual(dates(DATED("Negotiators missed Sunday's deadline.")), [['Sunday', '2025-11-09']]);
  assert.deepEqual(dates(DATED("Markets rose after Wednesday's Fed decision.")), [['Wednesday', '2025-11-12']]);
});

test('what is bought or booked for a festival, told in the present, is for the coming one', () => {
  assert.deepEqual(dates(DATED('Airfares for Tet have doubled, carriers said.')), [['Tet', '2026-02-17']]);
  assert.deepEqual(dates(DATED('Airfares for TET have doubled, carriers said.')), [['TET', '2026-02-17']]);
  // (Told in the past, the one gone.)
  assert.deepEqual(dates(DATED('Families gathered for Tet in January.')), [['Tet', '2025-01-29'], ['January', '2025-01']]);
});

test('the code of a quarter right after a fiscal year is of that fiscal year', () => {
  assert.deepEqual(dates(DATED("The firm's FY26 Q2 results beat estimates.")), [['FY26', '2026'], ['Q2', '2026-Q2']]);
  assert.deepEqual(dates(DATED('The fiscal 2026 Q1 report is due.')), [['fiscal 2026', '2026'], ['Q1', '2026-Q1']]);
  assert.deepEqual(dates(DATED('Q2 FY26 results beat estimates.')), [['Q2 FY26', '2026-Q2']]);
});

test('"overnight Wednesday", as wire copy writes it, is that night', () => {
  assert.deepEqual(dates(DATED('Strikes hit Kharkiv overnight Wednesday.')), [['overnight Wednesday', '2025-11-12TNI']]);
  assert.deepEqual(dates(DATED('The storm hit overnight on Tuesday.')), [['overnight on Tuesday', '2025-11-11TNI']]);
});

test('a month or season a habit recurs in ("each year in March", "on Saturdays in winter") is of no one year', () => {
  assert.deepEqual(dates(DATED('The festival is held each year in March.')), [['each year', 'P1Y'], ['March', 'XXXX-03']]);
  assert.deepEqual(dates(DATED('The museum closes at 5 p.m. on Saturdays in winter.')).slice(1), [['Saturdays', 'XXXX-WXX-6'], ['winter', 'XXXX-WI']]);
  assert.deepEqual(dates(DATED('He visits his mother on Sundays in summer.')), [['Sundays', 'XXXX-WXX-7'], ['summer', 'XXXX-SU']]);
  // (A season told once stays one.)
  assert.deepEqual(dates(DATED('He visited his mother in summer.')), [['summer', '2025-SU']]);
});

test('"later on Thursday" tells of the day the story was written: the nearer such day', () => {
  assert.deepEqual(dates(DATED('The Senate is due to vote later on Thursday.')), [['Thursday', '2025-11-13']]);
  assert.deepEqual(dates(DATED('The Senate is due to vote later on Thursday.', '2025-11-12')), [['Thursday', '2025-11-13']]);
  assert.deepEqual(dates(DATED('The Senate will vote on Thursday.')), [['Thursday', '2025-11-20']]);
});

test('a Hijri month with the year named after it is the one in that year', () => {
  assert.deepEqual(dates(DATED('Ramadan last year began in March.')), [['Ramadan', '2024-03'], ['last year', '2024'], ['March', '2024-03']]);
  assert.deepEqual(dates(DATED('Ramadan next year will fall in February.')).slice(0, 2), [['Ramadan', '2026-03'], ['next year', '2026']]);
});

test('a rate before "before" or "after" ("600 trucks a day before the war") is a set', () => {
  assert.deepEqual(dates(DATED('Aid deliveries, which averaged 600 trucks a day before the war, remain low.')), [['a day', 'P1D']]);
  assert.equal(analyze(DATED('Aid deliveries, which averaged 600 trucks a day before the war, remain low.')).dates[0].type, 'SET');
  assert.equal(analyze(DATED('The talks began a day before the summit.')).dates[0].type, 'DURATION');
});
