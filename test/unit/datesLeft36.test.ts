// Holidays, festivals and dates the last rounds left: the movable festivals of the Hindu, Jewish, Chinese and Muslim
// calendars by their tables, Eid al-Fitr, Eid al-Adha and Holi, a holiday in a sentence that names its year, a holiday
// with its own day in apposition, a day "each year", and a plan in the present after a verb of saying.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, datesOf as dates } from '../support/article';

// (Wednesday 15 October 2025.)
const DATED = datedBy('2025-10-15');

test('the movable festivals news names most are dated by their tables, 2015 to 2035', () => {
  const cases: [string, string, string][] = [
    ['Diwali 2018 was bright.', 'Diwali 2018', '2018-11-07'],
    ['Diwali 2026 will be bright.', 'Diwali 2026', '2026-11-08'],
    ['Holi 2024 brought crowds to Mathura.', 'Holi 2024', '2024-03-25'],
    ['Navratri 2025 began with fasting.', 'Navratri 2025', '2025-09-22'],
    ['Lunar New Year 2026 will bring the largest migration on earth.', 'Lunar New Year 2026', '2026-02-17'],
    ['Chinese New Year 2024 was the Year of the Dragon.', 'Chinese New Year 2024', '2024-02-10'],
    ['Passover 2025 began after sundown.', 'Passover 2025', '2025-04-13'],
    ['Rosh Hashanah 2025 was marked quietly.', 'Rosh Hashanah 2025', '2025-09-23'],
    ['Yom Kippur 2023 was solemn.', 'Yom Kippur 2023', '2023-09-25'],
    ['Hanukkah 2025 will be marked at the White House.', 'Hanukkah 2025', '2025-12-15'],
    ['Eid al-Adha 2024 was hot.', 'Eid al-Adha 2024', '2024-06-16'],
  ];
  for (const [body, text, value] of cases) assert.deepEqual(dates(DATED(body)), [[text, value]], body);
  // (A year the table leaves out keeps its year alone.)
  assert.deepEqual(dates(DATED('Eid al-Fitr 2027 will be quiet.')), [['Eid al-Fitr 2027', '2027-XX-XX']]);
  // ("Spring Festival", China's name for it, in a story about China; not the Prague Spring Festival.)
  assert.deepEqual(dates(DATED('Chinese families will travel home for the Spring Festival.')), [['Spring Festival', '2026-02-17']]);
  assert.deepEqual(dates(DATED('Crowds filled the squares at the Spring Festival, organisers in Vienna said.')), []);
  // (Not a date: a war named for the day it began.)
  assert.deepEqual(dates(DATED('Veterans of the Yom Kippur War gathered.')), []);
});

test('Eid al-Fitr, Eid ul-Fitr, Eid al-Adha and Holi are dated as other holidays are, by the tense around them', () => {
  assert.deepEqual(dates(DATED('Families gathered for Eid ul-Fitr, and later for Eid-ul-Adha.')), [['Eid ul-Fitr', '2025-03-30'], ['Eid-ul-Adha', '2025-06-06']]);
  assert.deepEqual(dates(DATED('Shops closed for Eid al-Fitr.')), [['Eid al-Fitr', '2025-03-30']]);
  assert.deepEqual(dates(DATED('Crowds threw coloured powder at Holi.')), [['Holi', '2025-03-14']]);
  assert.deepEqual(dates(DATED('Holi will bring crowds to Mathura.')), [['Holi', '2026-03-04']]);
  // (Told in the past ten days before it, as a day of a month is: the coming one.)
  assert.deepEqual(dates(datedBy('2025-01-20')('Airlines added flights for Lunar New Year.')), [['Lunar New Year', '2025-01-29']]);
});

test('a festival takes the day written right after it, when it lies near its own', () => {
  // (Diwali 2025: almanacs split between two days, the table gives only its year; the article gives the day.)
  assert.deepEqual(dates(DATED('Markets will be shut for Diwali on October 21.')), [['Diwali', '2025-10-21'], ['October 21', '2025-10-21']]);
  // (A country's own day, a day after the table's, with its weekday.)
  assert.deepEqual(dates(DATED('Pakistan marked Eid al-Adha on Saturday, June 7.')), [['Eid al-Adha', '2025-06-07'], ['Saturday, June 7', '2025-06-07']]);
  // (After a verb that places it on the day: "is expected on", "will be observed on"; an Eid the table has no day for
  // takes the day written when it lies within three days of its day by the tabular calendar.)
  assert.deepEqual(dates(datedBy('2026-02-12')('Eid al-Fitr is expected on March 20.')), [['Eid al-Fitr', '2026-03-20'], ['March 20', '2026-03-20']]);
  assert.deepEqual(dates(datedBy('2025-05-28')('Eid-ul-Azha will be observed on Saturday, June 7, in Pakistan.')), [['Eid-ul-Azha', '2025-06-07'], ['Saturday, June 7', '2025-06-07']]);
  // (Far from its day, the date after "on" is another thing's.)
  assert.deepEqual(dates(DATED('Sales rose after Holi on October 2.')).map((d) => d[0]), ['Holi', 'October 2']);
  assert.notEqual(dates(DATED('Sales rose after Holi on October 2.'))[0][1], '2025-10-02');
});

test('a holiday in a sentence that names its year takes that year', () => {
  assert.deepEqual(dates(DATED('In 2023, Diwali lights filled the streets, and Thanksgiving travel hit a record.')), [
    ['2023', '2023'], ['Diwali', '2023-11-12'], ['Thanksgiving', '2023-11-23'],
  ]);
  assert.deepEqual(dates(DATED("Last year's Thanksgiving was busy.")), [['Last year', '2024'], ['Thanksgiving', '2024-11-28']]);
  assert.deepEqual(dates(DATED("Next year's Passover falls early.")), [['Next year', '2026'], ['Passover', '2026-04-02']]);
  assert.deepEqual(dates(DATED('Diwali of 2022 was bright.')), [['Diwali of 2022', '2022-10-24']]);
  // (An Eid, too, whose day moves through the year.)
  assert.deepEqual(dates(datedBy('2026-02-12')('Last year, Ramadan began on March 1 and Eid al-Fitr was celebrated on March 30.')), [
    ['Last year', '2025'], ['March 1', '2025-03-01'], ['Eid al-Fitr', '2025-03-30'], ['March 30', '2025-03-30'],
  ]);
  assert.deepEqual(dates(DATED("Last year's Easter came early.")), [['Last year', '2024'], ['Easter', '2024-03-31']]);
});

test('a holiday followed by its own day in apposition is one date', () => {
  assert.deepEqual(dates(DATED('Christmas Day, December 25, is a public holiday.')), [['Christmas Day, December 25', '2025-12-25']]);
  assert.deepEqual(dates(DATED('Rosh Hashanah (September 23) closed the schools.')), [['Rosh Hashanah (September 23)', '2025-09-23']]);
  // (A country's own day of a lunar festival, a day from the table's: the day written.)
  assert.deepEqual(dates(DATED('Eid al-Fitr, March 31, was a holiday in Pakistan.')), [['Eid al-Fitr, March 31', '2025-03-31']]);
  // (Another day after a comma is a list, not the holiday's own.)
  assert.deepEqual(dates(DATED('Offices close on Christmas Day, December 26 and January 1.')).map((d) => d[0]), ['Christmas Day', 'December 26', 'January 1']);
});

test('a day of the month "each year" or "every year" is that day of every year, a set', () => {
  const set = (text: string) => analyze(text).dates.map((d) => [text.slice(d.start, d.end), d.type, d.value]);
  assert.deepEqual(set(DATED('The national day falls on November 4 each year.')), [['November 4 each year', 'SET', 'XXXX-11-04']]);
  assert.deepEqual(set(DATED('Every year on 26 January, the country marks its founding.')), [['Every year on 26 January', 'SET', 'XXXX-01-26']]);
});

test('a plan in the present after a verb of saying lies ahead', () => {
  // (The article is dated Wednesday 15 October 2025.)
  assert.deepEqual(dates(DATED('Officials said the minister announces the plan on Monday.')), [['Monday', '2025-10-20']]);
  assert.deepEqual(dates(DATED('He said the museum opens its doors on Thursday.')), [['Thursday', '2025-10-16']]);
  assert.deepEqual(dates(DATED('The president visits Kyiv on Monday, aides said.')), [['Monday', '2025-10-20']]);
  // (A past verb after the saying keeps the day gone.)
  assert.deepEqual(dates(DATED('Officials said the minister announced the plan on Monday.')), [['Monday', '2025-10-13']]);
});

test('a sentence opened by "Next year," or "In 2027,", or by "Last year\'s" before a holiday, lends its year to its days', () => {
  assert.deepEqual(dates(DATED("Last year's Lunar New Year, on February 10, saw 8.4 billion trips.")), [['Last year', '2024'], ['Lunar New Year', '2024-02-10'], ['February 10', '2024-02-10']]);
  const april = datedBy('2025-04-10');
  assert.deepEqual(dates(april('Next year, Easter falls on April 5.')), [['Next year', '2026'], ['April 5', '2026-04-05']]);
  // (A day said to lie ahead, in a sentence opened by a year to come: that year's.)
  assert.deepEqual(dates(DATED('In 2027, the treaty will enter into force in March.')), [['2027', '2027'], ['March', '2027-03']]);
  // ("Last year's" before a figure of the year lends nothing: the month keeps its own tense.)
  assert.deepEqual(dates(april("Last year's output fell, and in March prices rose.")), [['Last year', '2024'], ['March', '2025-03']]);
});

test('the Orthodox feasts keep the Julian calendar: "Orthodox Easter", "Orthodox Christmas", "Christmas on January 7"', () => {
  assert.deepEqual(dates(DATED('Orthodox Easter 2024 fell late.')), [['Easter 2024', '2024-05-05']]);
  assert.deepEqual(dates(datedBy('2024-04-10')('Crowds will gather for Orthodox Easter.')), [['Easter', '2024-05-05']]);
  assert.deepEqual(dates(DATED('In 2023, crowds gathered at Orthodox Easter.')), [['2023', '2023'], ['Easter', '2023-04-16']]);
  const january = datedBy('2026-01-05');
  assert.deepEqual(dates(january('Orthodox Christians in Serbia will celebrate Christmas on January 7.')), [['Christmas', '2026-01-07'], ['January 7', '2026-01-07']]);
  assert.deepEqual(dates(january('Orthodox Christmas is a public holiday in Russia.')), [['Christmas', '2026-01-07']]);
  // (The Armenian Church keeps 6 January: that day is no Julian Christmas.)
  assert.deepEqual(dates(january("Armenia's church celebrates Christmas on January 6 each year.")).map((d) => d[1].slice(4)), ['-12-25', '-01-06']);
});

test('a date that opens a sentence reads that sentence\'s tense and year, not those of the one before', () => {
  assert.deepEqual(dates(DATED('Last year, Durga Puja drew crowds, the department said. Diwali follows three weeks later.')), [['Last year', '2024'], ['Diwali', '2025-XX-XX'], ['three weeks', 'P3W']]);
  assert.deepEqual(dates(DATED('Crowds came, the mayor said. Christmas brings more.')), [['Christmas', '2025-12-25']]);
  // ("In 2023, ..." lends its year to its own sentence only.)
  assert.deepEqual(dates(DATED('In 2023, the firm was sold. March 3 brought new owners.')), [['2023', '2023'], ['March 3', '2025-03-03']]);
});

test("Independence Day is the day of the country its words name, else the United States' 4 July", () => {
  const cases: [string, string[]][] = [
    ["India's Independence Day was marked with a speech from the Red Fort.", ['2025-08-15']],
    ["Pakistan’s 78th Independence Day was marked in Islamabad.", ['2025-08-14']],
    ['Mexican Independence Day drew crowds to the Zocalo.', ['2025-09-16']],
    ['Markets shut for Independence Day, the Karachi exchange said, as Pakistan marked the holiday.', ['2025-08-14']],
    ['Americans set off fireworks on Independence Day.', ['2025-07-04']],
    ['The senator spoke on Independence Day.', ['2025-07-04']],
    // (Two countries in the sentence and none before the holiday: the US's, as before.)
    ['On Independence Day the president spoke about trade with Mexico and India.', ['2025-07-04']],
    // (A day that moves with another calendar, or a country that calls its day otherwise: no date rather than a wrong one.)
    ["Israel's Independence Day was muted.", []],
  ];
  for (const [body, values] of cases) assert.deepEqual(dates(DATED(body)).map(([, v]) => v), values, body);
});

test('every night and every weekend are that part of every day and every weekend, as every morning is', () => {
  const values = (body: string) => analyze(DATED(body)).dates.map((d) => [d.type, d.value]);
  assert.deepEqual(values('Patrols run every night.'), [['SET', 'XXXX-XX-XXTNI']]);
  assert.deepEqual(values('Checks continue nightly.'), [['SET', 'XXXX-XX-XXTNI']]);
  assert.deepEqual(values('Markets close each weekend.'), [['SET', 'XXXX-WXX-WE']]);
  assert.deepEqual(values('Patrols run every morning.'), [['SET', 'XXXX-XX-XXTMO']]);
  // (Counted: days and weeks still.)
  assert.deepEqual(values('Talks happen every two nights.'), [['SET', 'P2D']]);
  assert.deepEqual(values('The market opens every other weekend.'), [['SET', 'P2W']]);
});

test('every November 4 and every 4 November are that day of every year; a number after the month that is no day is not', () => {
  const values = (body: string) => analyze(DATED(body)).dates.map((d) => d.value);
  assert.deepEqual(analyze(DATED('The festival is held every November 4.')).dates.map((d) => [d.text, d.value]), [['every November 4', 'XXXX-11-04']]);
  assert.deepEqual(values('The parade is held every 4 November.'), ['XXXX-11-04']);
  assert.deepEqual(values('Every February 29 is rare.'), ['XXXX-02-29']);
  assert.deepEqual(values('Every November 4,000 people march.'), ['XXXX-11']);
  assert.deepEqual(values('Every March the river floods.'), ['XXXX-03']);
});

test('"is expected", "is considered": a present passive is no past tense, so a month of it lies ahead', () => {
  const inNovember = datedBy('2025-11-14');
  const values = (body: string) => analyze(inNovember(body)).dates.map((d) => d.value);
  assert.deepEqual(values('The vote in March is expected to pass.'), ['2026-03']);
  assert.deepEqual(values('A ruling in March is considered unlikely.'), ['2026-03']);
  // (A past form is still the past: "The vote in March passed.")
  assert.deepEqual(values('The vote in March passed.'), ['2025-03']);
});

test('a holiday named for a person or a country names no actor: "Martin Luther King Jr. Day", "Russia Day", "Canada Day"', () => {
  const model = analyze(DATED('The office shuts on Martin Luther King Jr. Day. Canada Day and Russia Day were quiet. Putin spoke on Russia Day.'));
  assert.deepEqual(model.actors.map((a) => a.text), ['Putin']);
  assert.deepEqual(model.dates.map((d) => d.text), ['Martin Luther King Jr. Day', 'Canada Day', 'Russia Day', 'Russia Day']);
  // (A feast's name before an apposition read as a person's name: "Rosh Hashanah, the Jewish New Year".)
  const feast = analyze(datedBy('2025-09-10')('Rosh Hashanah, the Jewish New Year, begins at sundown on Monday.'));
  assert.deepEqual(feast.actors.map((a) => a.text), []);
  assert.deepEqual(feast.dates.map((d) => [d.text, d.value]), [['Rosh Hashanah', '2025-09-23'], ['Monday', '2025-09-15']]);
});
