// Dates and treaties the session's hunts saw and left: a term's end after a dated start, the Ides of March, a
// "whether" clause, a procedure's next step, a second verb after "but", a state's act of declaring, a treaty's
// parties informing each other. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze as analyzeWith } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';

const gazetteer = createGazetteer(builtinGlossary());
const analyze = (text: string) => analyzeWith(text, { gazetteer });

const DATED = (body: string, date = '2026-03-10'): string => `---\ndate: ${date}\n---\n${body}\n`;

function dates(text: string): [string, string][] {
  return analyze(text).dates.map((d) => [text.slice(d.start, d.end), d.value]);
}

function findings(text: string): string[] {
  return analyze(text).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

function attributions(text: string): [string, string | null][] {
  return analyze(text).attributions.map((a) => [a.text, a.source?.text ?? null]);
}

test('a month that ends a term counted from a dated start is in the term\'s last year', () => {
  assert.deepEqual(dates(DATED('The extension of the New START treaty, agreed in January 2021 for five years, ran out in February.')), [
    ['January 2021', '2021-01'],
    ['five years', 'P5Y'],
    ['February', '2026-02'],
  ]);
  // (A term that would end after the article's date leaves the month to its tense.)
  assert.deepEqual(dates(DATED('The lease, signed in March 2024 for ten years, expired in February.'))[2], ['February', '2026-02']);
  // (Without a term the written date still lends its year.)
  assert.deepEqual(dates(DATED('The talks opened in January 2021 and ended in February.'))[1], ['February', '2021-02']);
});

test('"the Ides of March" is the 15th of March, of a year it does not give', () => {
  assert.deepEqual(dates(DATED('Caesar was killed on the Ides of March in 44 BC.', '2024-03-15')), [
    ['Ides of March', 'XXXX-03-15'],
    ['44 BC', 'BC0044'],
  ]);
  assert.deepEqual(dates(DATED('The talks resume in March.', '2024-01-15')), [['March', '2024-03']]);
});

test('what a "whether" clause holds is asked, not claimed', () => {
  assert.deepEqual(findings(DATED('Historians have long argued over whether the treaty made the Second World War inevitable.')), []);
  assert.deepEqual(findings(DATED('It remains unclear whether the truce will hold.')), []);
  // (The rest of the sentence is still judged.)
  assert.equal(findings(DATED('Whether or not the talks resume, the war will certainly drag on.')).length, 1);
});

test('a treaty\'s next procedural step is no prediction: "will exchange instruments of ratification"', () => {
  assert.deepEqual(findings(DATED('It now goes to the President for ratification, after which the two governments will exchange instruments of ratification.')), []);
  assert.deepEqual(findings(DATED('Both states will deposit their instruments with the Secretary-General.')), []);
  assert.equal(findings(DATED('The two governments will face fierce resistance at home.')).length, 1);
});

test('a verb after "but" is the subject\'s second, not said by the object before it', () => {
  assert.deepEqual(attributions(DATED("She declined to identify other bidders but said Mr. Drabinsky's offer was the best.")), [
    ['declined', 'She'],
    ['said', 'She'],
  ]);
  assert.deepEqual(findings(DATED("She declined to identify other bidders but said Mr. Drabinsky's offer was the best.")), []);
  // (A vague subject of its own is still vague.)
  assert.deepEqual(attributions(DATED('Other bidders said the offer was too low.')), [['Other bidders said', 'Other bidders']]);
});

test('declaring independence or a state of emergency is an act, not a report of words', () => {
  for (const body of [
    'Slovenia and Croatia declared independence on 25 June 1991.',
    'The government declared a state of emergency in three provinces.',
    'The president declared martial law on Tuesday night.',
  ]) assert.deepEqual(attributions(DATED(body)), [], body);
  assert.deepEqual(attributions(DATED('The minister declared that the talks had failed.')), [['declared', 'The minister']]);
});

test('parties informing each other of a procedure\'s completion is no report', () => {
  assert.deepEqual(attributions(DATED('The agreement shall enter into force on the date of the last notification by which the Parties inform each other of the completion of their internal procedures.')), []);
  assert.deepEqual(attributions(DATED('The Parties informed each other that the procedures were complete.')).length, 1);
});

test('"two years later" after a day is a year; "that night" after a span ending in the day\'s year is that day\'s', () => {
  assert.deepEqual(dates(DATED('The Oslo Accord was signed on September 13, 1993. Two years later, the second agreement followed.', '2019-11-09'))[1], ['Two years later', '1995']);
  // ("A year earlier" keeps the anchor's own detail, as a comparison of months does.)
  assert.deepEqual(dates(DATED('Inflation was 3.1% in October 2024, up from 2.2% a year earlier.', '2024-11-20'))[1], ['a year earlier', '2023-10']);
  const night = DATED('On the night of November 9, 1989, crowds poured through the checkpoints. The Wall had stood between 1961 and 1989. That night, border guards opened the gates, and the next day thousands crossed.', '2019-11-09');
  assert.deepEqual(dates(night).slice(3).map(([t, v]) => [t, v.slice(0, 10)]), [
    ['That night', '1989-11-09'],
    ['the next day', '1989-11-10'],
  ]);
});

test('an early year said to be near is a year: "around 1299", "circa 1450", "c. 1300"', () => {
  assert.deepEqual(dates(DATED('Osman founded his state around 1299, and it was rebuilt circa 1450. The dynasty ruled from c. 1300.')).map(([t, v]) => [t, v]), [
    ['around 1299', '1299'],
    ['circa 1450', '1450'],
    ['c. 1300', '1300'],
  ]);
  assert.deepEqual(dates(DATED('Around 1500 were arrested and around 1200 people fled.')), []);
});

test('"the agreement" past a named declaration of another kind is the unnamed agreement just signed', () => {
  const text = DATED("Sudan's warring parties signed a ceasefire agreement in Jeddah on Tuesday. The Jeddah Declaration, signed in May 2023, had failed. The agreement was signed by envoys of both sides.", '2023-06-20');
  assert.deepEqual(analyze(text).agreements.map((a) => [a.text, a.antecedent?.text ?? null]), [
    ['a ceasefire agreement', null],
    ['Jeddah Declaration', null],
    ['The agreement', 'a ceasefire agreement'],
  ]);
});

test('a body "for the former" country is named whole: "International Criminal Tribunal for the former Yugoslavia"', () => {
  const text = DATED('The judges of the International Criminal Tribunal for the former Yugoslavia met in The Hague.');
  assert.deepEqual(analyze(text).actors.map((a) => [a.text, a.category]), [['International Criminal Tribunal for the former Yugoslavia', 'organization']]);
  // (A country "of the former" regime after no body's head is not swallowed.)
  const other = DATED('Many citizens of the former Soviet Union emigrated.');
  assert.ok(!analyze(other).actors.some((a) => a.text.includes('citizens')));
});

test('a wall, a regime or a city that fell is an event, no trend', () => {
  for (const body of ['The Berlin Wall fell in 1989.', 'The regime fell within a week.', 'The capital fell to the rebels on Sunday.']) assert.deepEqual(findings(DATED(body)), [], body);
  assert.equal(findings(DATED('Exports fell in March.')).length, 1);
});

test('a conference named for its subjects runs on to its continent: "Conference on Security and Co-operation in Europe"', () => {
  const text = DATED('The Conference on Security and Co-operation in Europe met. The Final Act of the Conference on Interaction and Confidence-Building Measures in Asia was adopted in 2002.');
  assert.deepEqual(analyze(text).actors.map((a) => a.text), ['Conference on Security and Co-operation in Europe', 'Conference on Interaction and Confidence-Building Measures in Asia']);
  // (A body's name with no subject before "in" stops there.)
  assert.deepEqual(analyze(DATED('The European Commission in Europe met.')).actors.map((a) => a.text), ['European Commission']);
});
