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
