// Copy from the war in Ukraine: air-force and General Staff tallies, defence-ministry statements, regional governors on
// Telegram, ISW assessments, sanctions packages and allies' meetings. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2025-11-07');
const dates = (body: string): string[] => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.value}${d.mod ? ` ${d.mod}` : ''}`);

test('"over the past night" of an air-defence tally is last night, no vague past', () => {
  assert.deepEqual(dates('Over the past night, air defence units destroyed 40 drones, the ministry said.'), ['the past night=2025-11-06TNI']);
  assert.deepEqual(dates('During the past night Russia launched 12 missiles, the air force said.'), ['the past night=2025-11-06TNI']);
  assert.deepEqual(dates('In the past, nights were calm.'), ['the past=PAST_REF']);
});

test('a strike "in the early hours" is early on the article\'s day; "the early hours of Friday" marks Friday, as TimeML does', () => {
  assert.deepEqual(dates('A drone hit a dormitory in the early hours, the governor said.'), ['the early hours=2025-11-07TMO START']);
  assert.deepEqual(dates('Missiles struck Dnipro in the small hours, the governor said.'), ['the small hours=2025-11-07TMO START']);
  assert.deepEqual(dates('Missiles struck Dnipro in the early hours of Friday, the governor said.'), ['Friday=2025-11-07']);
});

test('a bridge, a road or a pipeline "linking" two places reports nothing; a report linking two things still does', () => {
  for (const body of [
    'Explosions damaged the Kerch bridge linking Russia to annexed Crimea.',
    'The railway line linking Kharkiv with Kyiv was hit again, the governor said.',
    'A new pipeline links Poland to Norway.',
  ]) assert.ok(!attributions(DATED(body)).some((a) => a.cue.startsWith('link')), body);
  assert.deepEqual(attributions(DATED('A UN report linked the brigade to the killings.')).map((a) => [a.cue, a.source]), [['linked', 'A UN report']]);
});

test('invoking an article or a provision cites no one: "Warsaw invoked Article 4"', () => {
  for (const body of [
    'Warsaw invoked Article 4 of the North Atlantic Treaty, triggering consultations among the allies.',
    'Lithuania invoked the bloc\'s emergency brake mechanism.',
    'The government invoked emergency powers.',
  ]) assert.deepEqual(attributions(DATED(body)).map((a) => a.cue), [], body);
});

const actors = (body: string): string[] => {
  const text = DATED(body);
  return analyze(text).actors.map((a) => `${text.slice(a.start, a.end)}=${a.category}${a.entity ? `:${a.entity}` : ''}`);
};

test('Ukraine\'s titles make officials: "Commander-in-Chief", "regional head", "human rights commissioner", "regional governor"', () => {
  assert.deepEqual(actors('Commander-in-Chief Oleksandr Syrskyi said the line held.'), ['Commander-in-Chief Oleksandr Syrskyi=official:oleksandr-syrskyi']);
  assert.deepEqual(actors('Regional head Ivan Fedorov reported 520 attacks.'), ['Regional head Ivan Fedorov=official']);
  assert.deepEqual(actors('Human rights commissioner Dmytro Lubinets said the process was far from complete.'), ['Human rights commissioner Dmytro Lubinets=official:dmytro-lubinets']);
  assert.deepEqual(actors('Two people were killed, regional governor Oleh Syniehubov said.'), ['regional governor Oleh Syniehubov=official']);
});

test('the war\'s spokespeople, commanders and ministers are known by every transliteration', () => {
  assert.deepEqual(actors('Kremlin spokesman Dmitri Peskov told reporters the goals would be achieved.'), ['Kremlin spokesman Dmitri Peskov=official:dmitry-peskov', 'reporters=group']);
  assert.deepEqual(actors('Zakharova said so, and Syrsky said so, and Sybiha said so, and Lukashenka said so.').map((a) => a.split(':')[1]), ['maria-zakharova', 'oleksandr-syrskyi', 'andrii-sybiha', 'alexander-lukashenko']);
  assert.deepEqual(actors('ISW assesses that the Kremlin is likely stalling.').slice(0, 1), ['ISW=organization:isw']);
  assert.deepEqual(actors('Allies met at the Ukraine Defence Contact Group on Tuesday.').slice(-1), ['Ukraine Defence Contact Group=organization:udcg']);
});
