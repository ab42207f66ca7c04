// Actors in wire copy: descriptions before a group's name, a country's ruling movement, titles shared by two names,
// and a party named the same in two countries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, datedBy } from '../support/article';

const article = datedBy('2025-11-14');

/** The actors of a body as [text, category, entity]. */
function actorsOf(body: string): [string, string, string | null][] {
  const text = article(body);
  return analyzeArticle(text).actors.map((a) => [text.slice(a.start, a.end), a.category, a.entity ?? null]);
}

test('"the militant group Hamas" is Hamas alone, no second actor for the description', () => {
  const actors = actorsOf('The militant group Hamas said it would hand over the remains of two more hostages on Friday.');
  assert.deepEqual(actors, [['Hamas', 'group', 'hamas']]);
});

test('"the extremist group Islamic State" is the Islamic State alone', () => {
  const actors = actorsOf('Police said the extremist group Islamic State had claimed the attack on the checkpoint.');
  assert.ok(!actors.some(([t]) => t === 'the extremist group'), JSON.stringify(actors));
  assert.ok(actors.some(([, , e]) => e === 'isis'), JSON.stringify(actors));
});

test('"Afghanistan\'s Taliban government" is the Taliban, as the government it forms', () => {
  const actors = actorsOf("Afghanistan's Taliban government said on Thursday it would reopen the border crossing with Pakistan.");
  assert.ok(actors.some(([t, , e]) => t === 'Taliban government' && e === 'taliban'), JSON.stringify(actors));
});

test('"Taliban authorities" and "the Taliban administration" are the Taliban', () => {
  const actors = actorsOf('Taliban authorities detained the aid workers, and the Taliban administration later denied it.');
  assert.deepEqual(actors.map(([, , e]) => e), ['taliban', 'taliban']);
});

test('"U.S. and Ukrainian Presidents Donald Trump and Volodymyr Zelenskiy": each name is its own official, linked', () => {
  const actors = actorsOf('The issues are left for U.S. and Ukrainian Presidents Donald Trump and Volodymyr Zelenskiy to settle.');
  assert.ok(actors.some(([t, c, e]) => t === 'Donald Trump' && c === 'official' && e === 'donald-trump'), JSON.stringify(actors));
  assert.ok(actors.some(([t, c, e]) => t === 'Volodymyr Zelenskiy' && c === 'official' && e === 'volodymyr-zelensky'), JSON.stringify(actors));
});

test('"Russian and Chinese Presidents Vladimir Putin and Xi Jinping": Putin\'s mention is his name, linked to him', () => {
  const actors = actorsOf('Russian and Chinese Presidents Vladimir Putin and Xi Jinping signed a joint statement in Beijing.');
  assert.ok(actors.some(([t, , e]) => t === 'Vladimir Putin' && e === 'vladimir-putin'), JSON.stringify(actors));
});

test('"the Democratic Party" in a story from Seoul is not linked to the American party', () => {
  const actors = actorsOf('Lee Jae-myung, the Democratic Party candidate, won the vote. Turnout in Seoul was the highest since 1997.');
  const party = actors.find(([t]) => t === 'Democratic Party' || t === 'the Democratic Party');
  assert.ok(party, JSON.stringify(actors));
  assert.notEqual(party[2], 'democratic-party-us');
});

test('"the Democratic Party" beside "South Korean" or Yonhap is not the American party either', () => {
  for (const body of [
    'Lee Jae-myung, the Democratic Party candidate, won the South Korean presidency. Trump congratulated him.',
    'The Democratic Party held its majority in the National Assembly, Yonhap news agency reported.',
  ]) {
    const actors = actorsOf(body);
    assert.ok(!actors.some(([, , e]) => e === 'democratic-party-us'), JSON.stringify(actors));
  }
  // (Where the story names the United States, the party stays America's.)
  const us = actorsOf('Lee Jae-myung won in Seoul. In the United States, the Democratic Party lost the House seat.');
  assert.ok(us.some(([, , e]) => e === 'democratic-party-us'), JSON.stringify(us));
});
