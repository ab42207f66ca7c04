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
  // (A title and a body's last word name the body: "the Commander-in-Chief Forum".)
  assert.deepEqual(actors('He spoke at the Commander-in-Chief Forum on Monday.'), ['Commander-in-Chief Forum=organization']);
  // (Only an office's title: "the Republican Party and Clinton recovers" still reads the party, then Clinton.)
  assert.deepEqual(actors('Secretary Clinton spoke on Monday.\n\nTrump consolidates the support of the Republican Party and Clinton recovers.').slice(-1), ['Clinton=official']);
});

test('the war\'s spokespeople, commanders and ministers are known by every transliteration', () => {
  assert.deepEqual(actors('Kremlin spokesman Dmitri Peskov told reporters the goals would be achieved.'), ['Kremlin spokesman Dmitri Peskov=official:dmitry-peskov', 'reporters=group']);
  assert.deepEqual(actors('Zakharova said so, and Syrsky said so, and Sybiha said so, and Lukashenka said so.').map((a) => a.split(':')[1]), ['maria-zakharova', 'oleksandr-syrskyi', 'andrii-sybiha', 'alexander-lukashenko']);
  assert.deepEqual(actors('ISW assesses that the Kremlin is likely stalling.').slice(0, 1), ['ISW=organization:isw']);
  assert.deepEqual(actors('Allies met at the Ukraine Defence Contact Group on Tuesday.').slice(-1), ['Ukraine Defence Contact Group=organization:udcg']);
});

test('where and beside whom a briefing was given is no part of what was said, however long: "..., Rutte told a press conference at NATO headquarters alongside ..."', () => {
  for (const body of [
    'The operation will involve assets from Denmark, France and Germany, among other allies, Rutte told a press conference at NATO headquarters in Brussels alongside Supreme Allied Commander Europe General Alexus Grynkewich.',
    'The operation will involve assets from Denmark and France, Rutte told a press conference in Brussels alongside Polish Prime Minister Donald Tusk and German Chancellor Friedrich Merz on Friday.',
    'The operation will involve assets from Denmark and France, Rutte said alongside Tusk.',
  ]) {
    const text = DATED(body);
    assert.deepEqual(attributions(text).map((a) => [a.source, a.content?.slice(0, 40)]), [['Rutte', 'The operation will involve assets from D']], body);
    assert.deepEqual(findings(text), [], body);
  }
});

test('a morning\'s clock after a night under discussion is the next day\'s: "overnight ... As of 9 a.m."', () => {
  assert.deepEqual(dates('Russia launched 93 drones overnight, the air force said. As of 9 a.m., the number of injured had risen to 12.'), ['overnight=2025-11-06TNI', '9 a.m.=2025-11-07T09:00']);
  assert.deepEqual(dates('Drones attacked Odesa on Thursday night. At 2:40 a.m. a fire broke out at the port, the governor said.'), ['Thursday night=2025-11-06TNI', '2:40 a.m.=2025-11-07T02:40']);
  assert.deepEqual(dates('Drones attacked Odesa on Thursday night. At 11 p.m. a fire broke out at the port, the governor said.'), ['Thursday night=2025-11-06TNI', '11 p.m.=2025-11-06T23:00']);
});

test('the daily reporters of the war are actors: "the air force said", "the regional military administration said", Ukrenergo', () => {
  assert.deepEqual(actors('Hits were recorded at 12 locations, the air force said.'), ['the air force=military']);
  assert.deepEqual(actors('The regional military administration said 40,000 consumers were without power.'), ['The regional military administration=government']);
  assert.deepEqual(actors('Ukrenergo said power was restored, and Naftogaz said gas production was hit.'), ['Ukrenergo=organization:ukrenergo', 'Naftogaz=organization:naftogaz']);
});

test('an adverb that splits the infinitive keeps the source: "The Kremlin continues to falsely claim that ..."', () => {
  assert.deepEqual(attributions(DATED('The Kremlin continues to falsely claim that Ukraine is responsible for the strike.')).map((a) => [a.cue, a.source]), [['claim', 'The Kremlin']]);
  assert.deepEqual(attributions(DATED('Peskov went on to repeatedly insist that the goals would be achieved.')).map((a) => [a.cue, a.source]), [['insist', 'Peskov']]);
});

test('an opening participle of the medium frames the main verb, which reports: "Writing on Telegram, Lysak said ..."', () => {
  for (const [body, source] of [
    ['Writing on Telegram, Lysak said a five-storey building was hit.', 'Lysak'],
    ['Posting on X, Zelensky said the attack was cynical.', 'Zelensky'],
  ]) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [['said', source]], body);
  // (A participle with its own clause still reports: "Claiming ..., Trump told Fox", "Noting that ..., Peskov added".)
  assert.deepEqual(attributions(DATED('Claiming the criticism is designed to pressure moderators, Trump told Fox that the system was rigged.')).map((a) => a.cue), ['Claiming', 'told']);
  assert.deepEqual(attributions(DATED('Noting that the war must end, Peskov added that talks would go on.')).map((a) => [a.cue, a.source]), [['Noting', 'Peskov'], ['added', 'Peskov']]);
});
