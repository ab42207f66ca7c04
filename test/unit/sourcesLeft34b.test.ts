// Sources and cues the round's hunts left: figures of speech read as cues, a body's own investigators, stances inside
// what a source says, a noun's clause with its "that" left out, a date inside an aside, a nickname in a name.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2025-03-12');
const cues = (body: string): string[] => attributions(DATED(body)).map((a) => a.cue);

test('"The numbers tell a different story", "Europe has told itself a comforting story": no one tells anything', () => {
  for (const body of [
    'The government says the economy is recovering. The numbers tell a different story.',
    'The data told another story.',
    'Europe has told itself a comforting story about its security.',
  ]) assert.ok(!cues(body).some((c) => c.startsWith('tell') || c === 'told'), body);
  // A story someone told someone still reports it.
  assert.deepEqual(cues('The minister told reporters that the story was false.'), ['told reporters']);
});

test('investigators, auditors and inspectors after the body that sent them are no vague source', () => {
  const cases: [string, string][] = [
    ['The National Transportation Safety Board opened an inquiry into the crash on Tuesday. Investigators said the engine failed shortly after takeoff.', 'Investigators'],
    ['The FBI is leading the inquiry. Federal investigators said the bomb was homemade.', 'Federal investigators'],
    ['The Government Accountability Office reviewed the program. Auditors said that costs had doubled.', 'Auditors'],
    ['The IAEA sent a team to the plant. Inspectors said the site was intact.', 'Inspectors'],
  ];
  for (const [body, source] of cases) {
    const text = DATED(body);
    assert.deepEqual(attributions(text).map((a) => [a.source, a.vague]), [[source, false]], body);
    assert.deepEqual(findings(text), [], body);
  }
  // With no such body named before, they name no one.
  assert.deepEqual(attributions(DATED('Investigators said the engine failed.')).map((a) => a.vague), [true]);
  assert.deepEqual(attributions(DATED('The Treasury sent a team. Inspectors said the site was intact.')).map((a) => a.vague), [true]);
});

test('a name the writer expects someone to give, a decision that may come, markets that applaud: no cue', () => {
  for (const body of [
    'Populist parties will call it a power grab.',
    'That could change if the next American president decides that the alliance is a burden.',
    'Markets applauded the move.',
    'European stocks cheered the news.',
  ]) assert.deepEqual(cues(body), [], body);
  // Said, made or praised by people, they still report.
  assert.deepEqual(cues('Critics called it a power grab.'), ['Critics called']);
  assert.deepEqual(cues('The court decided that the law was void.'), ['decided']);
  assert.deepEqual(cues('Investors welcomed the decision.'), ['welcomed']);
});

test('"It is clear that the West wants war, Zakharova said": the want is part of what she said', () => {
  for (const body of ['It is clear that the West wants war, Zakharova said.', 'Washington wanted a quick deal, the diplomat said.']) {
    const got = attributions(DATED(body));
    assert.deepEqual(got.map((a) => a.cue), ['said'], body);
  }
});

test('"a ruling the president called a coup": the clause\'s subject is the source, not the ruling', () => {
  assert.deepEqual(
    attributions(DATED('Protesters gathered outside a court after a ruling the president called a "coup".')).map((a) => [a.cue, a.source]),
    [['called', 'the president']],
  );
});

test('an aside with a full date and a phrase after it keeps its speaker\'s "said"', () => {
  const cases: [string, string][] = [
    ["The president, who took office on Oct. 1, 2024, as the country's first female leader, said cooperation was going well.", 'The president'],
    ["Sheinbaum, who took office on Oct. 1, 2024, as Mexico's first female president, said cooperation was going well.", 'Sheinbaum'],
  ];
  for (const [body, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source, a.content]), [['said', source, 'cooperation was going well.']], body);
});

test('a nickname in quotes between the names is part of the source, no quotation', () => {
  const cases: [string, string, string][] = [
    ['Former President Jorge "Tuto" Quiroga said the election would be fair.', 'Former President Jorge "Tuto" Quiroga', 'the election would be fair.'],
    ['Ismael "El Mayo" Zambada told the court he was innocent.', 'Ismael "El Mayo" Zambada', 'he was innocent.'],
  ];
  for (const [body, source, content] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.source, a.content]), [[source, content]], body);
});
