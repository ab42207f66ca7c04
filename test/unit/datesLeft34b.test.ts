// Dates the round's hunts left (2): a feast in a sentence that opens with its year, a bare quarter after one written
// with its fiscal year, a feast named by its weekday before its day, Diwali, a holiday's standing day in the present,
// "a year earlier" after a span that runs from a year to now. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datedBy, datesOf as dates } from '../support/article';

const DATED = datedBy('2025-06-10');

test('a feast in a sentence that opens with a year is that year\'s feast, on that year\'s day', () => {
  assert.deepEqual(dates(DATED('In 2023, crowds gathered at Easter.')), [['2023', '2023'], ['Easter', '2023-04-09']]);
  assert.deepEqual(dates(DATED('In 2022, pilgrims walked on Good Friday.')), [['2022', '2022'], ['Good Friday', '2022-04-15']]);
  assert.deepEqual(dates(DATED('In 2021, shops stayed shut at Christmas.')), [['2021', '2021'], ['Christmas', '2021-12-25']]);
  // (Alone, or in the next sentence, the tense picks the year.)
  assert.deepEqual(dates(DATED('Crowds gathered at Easter.')), [['Easter', '2025-04-20']]);
  assert.deepEqual(dates(DATED('In 2023 the church was rebuilt. Crowds gathered at Easter.')), [['2023', '2023'], ['Easter', '2025-04-20']]);
});

test('a bare quarter after one written with its year, in the sentence, is of that year', () => {
  assert.deepEqual(dates(DATED('Growth was 7% in Q3 FY26 and 6.5% in Q4.')), [['Q3 FY26', '2026-Q3'], ['Q4', '2026-Q4']]);
  assert.deepEqual(dates(DATED('Sales rose 4% in Q3 2026 and 2% in Q4.')), [['Q3 2026', '2026-Q3'], ['Q4', '2026-Q4']]);
  assert.deepEqual(dates(DATED('Margins rose in H1 FY25 and fell in H2.')), [['H1 FY25', '2025-H1'], ['H2', '2025-H2']]);
  // (In the next sentence the tense picks it again.)
  assert.deepEqual(dates(DATED('Sales rose 4% in Q3 2026. In Q4 they fell.')), [['Q3 2026', '2026-Q3'], ['Q4', '2024-Q4']]);
});

test('a feast named by its weekday, before its day, is one date with the feast\'s name', () => {
  assert.deepEqual(dates(DATED('The parade is on Palm Sunday, April 13, and the mass on Easter Sunday, April 20.')), [
    ['Palm Sunday, April 13', '2025-04-13'],
    ['Easter Sunday, April 20', '2025-04-20'],
  ]);
  assert.deepEqual(dates(DATED('Shops close on Good Friday, 18 April.')), [['Good Friday, 18 April', '2025-04-18']]);
  assert.deepEqual(dates(DATED('It was a good Sunday, April 13.')), [['Sunday, April 13', '2025-04-13']]);
});

test('Diwali is a date: its day where the almanacs agree, else its year alone', () => {
  assert.deepEqual(dates(DATED('Diwali 2022 was quiet, and Deepavali, 2021, was muted.')), [['Diwali 2022', '2022-10-24'], ['Deepavali, 2021', '2021-11-04']]);
  assert.deepEqual(dates(DATED('Markets will be closed for Diwali.')), [['Diwali', '2025-XX-XX']]);
  assert.deepEqual(dates(DATED('Gold sales fell last Diwali.')), [['last Diwali', '2024-XX-XX']]);
});

test('a holiday\'s standing day, told in the present, is a day of every year', () => {
  assert.deepEqual(dates(DATED('Defender of the Fatherland Day is marked on February 23, and Unity Day on November 4.')), [
    ['Defender of the Fatherland Day', 'XXXX-02-23'],
    ['February 23', 'XXXX-02-23'],
    ['Unity Day', 'XXXX-11-04'],
    ['November 4', 'XXXX-11-04'],
  ]);
  assert.deepEqual(dates(DATED('Christmas is celebrated on December 25 in the West.')), [['Christmas', 'XXXX-12-25'], ['December 25', 'XXXX-12-25']]);
  // (In the past, or an anniversary, it is one year's day.)
  assert.deepEqual(dates(DATED('Defender of the Fatherland Day was marked on February 23.')), [['Defender of the Fatherland Day', '2025-02-23'], ['February 23', '2025-02-23']]);
  assert.deepEqual(dates(DATED('The 80th anniversary of the victory is marked on May 9.')), [['May 9', '2025-05-09']]);
});

test('"a year earlier" after a span from a year to now, in a sentence before, is a year before the present', () => {
  assert.deepEqual(dates(DATED('Prices have risen sharply since 2021. Annual inflation stood at 47.3%, down from a peak of almost 300% a year earlier.')), [
    ['2021', '2021'],
    ['a year earlier', '2024'],
  ]);
  // (A story that moves on from the year counts from it.)
  assert.deepEqual(dates(DATED('Prices have risen sharply since 2021, when inflation hit 50%. A year later it stood at 90%.')), [['2021', '2021'], ['A year later', '2022']]);
});

test('a feast said to lie ahead, or "next Easter", is the coming one, though this year\'s is past', () => {
  // (The article is dated 10 June 2025, after Easter.)
  assert.deepEqual(dates(DATED('Crowds will gather at Easter.')), [['Easter', '2026-04-05']]);
  assert.deepEqual(dates(DATED('Next Easter, crowds will gather.')), [['Next Easter', '2026-04-05']]);
  assert.deepEqual(dates(DATED('Last Easter, crowds gathered.')), [['Last Easter', '2025-04-20']]);
  // (Before Easter, this year's.)
  assert.deepEqual(dates(DATED('Crowds will gather at Easter.', '2025-03-10')), [['Easter', '2025-04-20']]);
});

test('a holiday, "the new year", "a later date" or "two weeks from now" broken over a hard-wrapped line is still a date', () => {
  assert.deepEqual(dates(DATED('Markets were shut on New Year\u2019s\nEve, traders said.')), [['New Year\u2019s\nEve', '2024-12-31']]);
  assert.deepEqual(dates(DATED('Parliament returns in the new\nyear, the speaker said.', '2025-11-14')), [['the new\nyear', '2026']]);
  assert.deepEqual(dates(DATED('The vote was put off to a later\ndate, officials said.')), [['a later\ndate', 'FUTURE_REF']]);
  assert.deepEqual(dates(DATED('I saw him the other\nday, she said.')), [['the other\nday', 'PAST_REF']]);
  assert.deepEqual(dates(DATED('The ceasefire ends two weeks from\nnow, diplomats said.', '2025-11-14')), [['two weeks from\nnow', '2025-W48']]);
});
