// Sources the round's hunts left: sentences where a cue lost its source, its content or itself. Sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf as attributions, datedBy } from '../support/article';

const DATED = datedBy('2024-03-04');

test('a name with its article and an apposition after an opening adverb speaks', () => {
  for (const opener of ['Meanwhile', 'However']) {
    const body = `${opener}, the Rodong Sinmun, the main newspaper of the ruling party, said Monday that the drills were a provocation.`;
    assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [['said', 'the Rodong Sinmun']], body);
  }
});

test('"cannot" stands between a subject and its verb, and a later "but says" shares the subject', () => {
  const body = 'The army cannot confirm the figure but says it is investigating.';
  assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [['confirm', 'The army'], ['says', 'The army']]);
});

test('a state before a "that" clause holding a cue of its own is kept beside it', () => {
  const body = 'The IAEA was deeply concerned that Iran had not answered its questions.';
  const seen = attributions(DATED(body));
  assert.deepEqual(seen.find((a) => a.cue === 'was deeply concerned')?.source, 'The IAEA', body);
});

test('a setting after the cue with a relative clause on its last noun is still a tail: the content is before it', () => {
  const body = 'Russia will not stop, Zelensky said at a joint news conference in Kyiv with the visiting German chancellor, who said Berlin would send more help.';
  const said = attributions(DATED(body)).find((a) => a.source === 'Zelensky');
  assert.equal(said?.content, 'Russia will not stop', body);
});

test('a title-case dateline before a lead that names its own source is no speaker', () => {
  const text = DATED('Sharjah: The Sharjah government has announced a new holiday for public sector staff.\n\nThe holiday falls on Monday, officials said.');
  const seen = attributions(text);
  assert.ok(!seen.some((a) => a.source === 'Sharjah'), JSON.stringify(seen));
  assert.ok(seen.some((a) => a.cue === 'has announced' || a.cue === 'announced'), JSON.stringify(seen));
});

test('a title-case label over a turn whose lead names no source still speaks', () => {
  const seen = attributions(DATED('Smith: We will not give up the fight.'));
  assert.deepEqual(seen.map((a) => [a.cue, a.source]), [[':', 'Smith']]);
});

test('a participle after a letter someone sent has the sender as its source', () => {
  const cases: [string, string, string][] = [
    ['Lawyers in Ohio sent a letter warning that the law was unconstitutional.', 'warning', 'Lawyers in Ohio'],
    ['Lawyers in Ohio sent a letter to the governor warning that the law was unconstitutional.', 'warning', 'Lawyers in Ohio'],
    ['He sent a letter to the Prime Minister urging him to act.', 'urging', 'He'],
  ];
  for (const [body, cue, source] of cases) {
    assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [[cue, source]], body);
  }
  // (In a relative clause the sending describes the speaker.)
  const body = 'One of the doctors who sent the letter called the remedy a fraud.';
  assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [['called', 'One of the doctors who sent the letter']], body);
});

test('what a firm does for its clients is no advice reported', () => {
  const body = 'Lawyers at the firm, who advise banks on sanctions, said the rules were unclear.';
  assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [['said', 'Lawyers at the firm']]);
  assert.deepEqual(attributions(DATED('The minister advised banks to stop the payments.')).map((a) => a.cue), ['advised']);
});

test('"only" stands between a subject and its verb, but not in "not only"', () => {
  assert.deepEqual(attributions(DATED('Delhi only acknowledged receipt of the note.')).map((a) => [a.cue, a.source]), [['acknowledged', 'Delhi']]);
  assert.deepEqual(attributions(DATED('The research not only documented the abuses but named the officers.')), []);
});

test('a stoppage or a vote that is called is convened, not said', () => {
  for (const body of ['The traders called a shutdown from Monday.', 'The union called a general strike for Friday.', 'The prime minister called a snap election.']) {
    assert.ok(!attributions(DATED(body)).some((a) => a.cue.startsWith('call')), body);
  }
  assert.ok(attributions(DATED('The minister called the strike illegal.')).some((a) => a.cue === 'called'));
});
