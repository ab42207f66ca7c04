// "a U.S.-brokered ceasefire", "a Qatari-mediated truce": an agreement described by who brought it about is one, marked
// from its own words (the broker stays an actor), and a later "the truce" refers back to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, datedBy } from '../support/article';

const dated = datedBy('2025-11-21');
const marked = (body: string): string[] => {
  const m = analyzeArticle(dated(body));
  return [...m.actors.map((a) => `actor ${a.text}|${a.entity ?? '-'}`), ...m.agreements.map((a) => `agreement ${a.text}${a.antecedent ? ` -> ${a.antecedent.text}` : ''}`)];
};

test('a ceasefire brokered by a country named before it is an agreement, and the truce after it refers back', () => {
  assert.deepEqual(marked('A U.S.-brokered ceasefire took effect on Oct. 10. Under the truce, Hamas released the last living hostages.'), [
    'actor U.S.|country:united-states',
    'actor Hamas|hamas',
    'agreement ceasefire',
    'agreement the truce -> ceasefire',
  ]);
});

test('a deal mediated or backed by a country is one of its own', () => {
  assert.deepEqual(marked('An Egyptian-brokered ceasefire deal took effect. The deal held.'), ['actor Egyptian|country:egypt', 'agreement ceasefire deal', 'agreement The deal -> ceasefire deal']);
  assert.deepEqual(marked('A Qatari-mediated truce collapsed within hours.'), ['actor Qatari|country:qatar', 'agreement truce']);
});

test('a coalition led by a country is no agreement', () => {
  assert.deepEqual(marked('The U.S.-led coalition struck targets in Syria.').filter((s) => s.startsWith('agreement')), []);
});

test('an agreement that someone reached is one of its own, and "the deal" after it refers to it', () => {
  assert.deepEqual(
    marked('His legacy is an agreement that the nations of the world reached in Paris in December to curb emissions. Much of the impetus for the deal came from China.').filter((s) => s.startsWith('agreement')),
    ['agreement an agreement', 'agreement the deal -> an agreement'],
  );
});

test('a convention is never "the deal"', () => {
  const got = marked('The 1951 Refugee Convention obliges countries to protect refugees.\n\nCountry after country flouts it. Officials said the deal was unfair.').filter((s) => s.startsWith('agreement'));
  assert.deepEqual(got, ['agreement 1951 Refugee Convention']);
});

test('treaties, conventions and accords of record link to the glossary', () => {
  const m = analyzeArticle(dated('Kyiv cites the Budapest Memorandum; Ankara the Montreux Convention; Lebanon the Taif Agreement; Ethiopia the Pretoria agreement.'));
  assert.deepEqual(m.agreements.map((a) => a.entity), ['budapest-memorandum', 'montreux-convention', 'taif-agreement', 'pretoria-agreement']);
});

test('a description with no agreement before it, named right after ("The deal, known as ..."), is one of its own', () => {
  assert.deepEqual(marked('The deal, known as the "Global Mutirao", was gavelled through after an all-night session.'), ['agreement The deal']);
  assert.deepEqual(marked('The deal, called unfair by critics, was not signed.'), []);
});
