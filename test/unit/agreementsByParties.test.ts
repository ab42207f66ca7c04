// An agreement described by its words ("a free trade agreement") in a sentence that names its parties is the glossary's
// agreement of those parties and words, and the descriptions that refer back to it are too; not where several fit,
// nor where the words are not the glossary's ("a new trade deal").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, datedBy } from '../support/article';

const dated = datedBy('2025-12-06');
const agreements = (body: string): string[] => analyzeArticle(dated(body)).agreements.map((a) => `${a.text}|${a.entity ?? '-'}`);

test('a free trade agreement signed by the EU and Mercosur is the EU-Mercosur Agreement, and so is "the deal" after it', () => {
  assert.deepEqual(
    agreements('The European Union and Mercosur signed a free trade agreement on Saturday. French farmers oppose the deal.\n\nThe agreement was first struck in 2019.'),
    ['a free trade agreement|eu-mercosur-agreement', 'the deal|eu-mercosur-agreement', 'The agreement|eu-mercosur-agreement'],
  );
});

test('the parties may come in any order and with others in the sentence', () => {
  assert.deepEqual(agreements('Despite protests in France, Mercosur and the EU signed a trade deal in Asuncion.'), ['a trade deal|eu-mercosur-agreement']);
});

test('a description the glossary does not give those parties stays unnamed', () => {
  assert.deepEqual(agreements('Mercosur and the EU signed a new trade deal in Asuncion.'), ['a new trade deal|-']);
  assert.deepEqual(agreements('The United States and Iraq signed a security agreement in Baghdad.'), ['a security agreement|-']);
});

test('parties named in another sentence do not make the agreement theirs', () => {
  assert.deepEqual(agreements('The European Union met Mercosur envoys. Brazil signed a free trade agreement with Chile.'), ['a free trade agreement|-']);
});

test('where several glossary agreements of those parties fit the words, none is chosen', () => {
  // (Eight US-Russian treaties; none is "a treaty" more than another.)
  assert.deepEqual(agreements('Russia and the United States signed a treaty in Prague.').filter((a) => !a.endsWith('|-')), []);
});

test('the agreements of 2025 by their names and by their parties', () => {
  assert.deepEqual(agreements('Kyiv and Washington agreed a minerals deal in April.'), ['a minerals deal|us-ukraine-minerals-deal']);
  assert.deepEqual(agreements('Armenia and Azerbaijan initialled a peace agreement at the White House.'), ['a peace agreement|armenia-azerbaijan-peace-agreement']);
  assert.deepEqual(agreements('The EU-US trade deal caps most tariffs at 15%. Resolution 2803 endorsed the Gaza peace plan.'), [
    'EU-US trade deal|us-eu-trade-framework',
    'Resolution 2803|unscr-2803',
    'Gaza peace plan|gaza-peace-plan',
  ]);
});

test('tariffs phased out over 15 years last those years, no more; dropping an objection is no trend', () => {
  const text = dated('Under the accord, tariffs on 91% of goods will be phased out over 15 years. Hungary dropped its objections. The company dropped the lawsuit.');
  const m = analyzeArticle(text);
  assert.deepEqual(m.dates.map((d) => [text.slice(d.start, d.end), d.value, d.mod ?? '']), [['15 years', 'P15Y', '']]);
  assert.deepEqual(m.findings.map((f) => text.slice(f.start, f.end)), []);
  const falls = dated('Sales dropped a further 3% in May. The index dropped the most since 2020.');
  assert.equal(analyzeArticle(falls).findings.filter((f) => f.code === 'unsourced-claim').length, 2);
});

test('a month after an irregular past verb and its object is the one gone by ("upheld the law in December")', () => {
  const text = datedBy('2025-11-14')('A federal appeals court upheld the law in December. Police kept the roads closed in December. The court upheld it in December.');
  assert.deepEqual(analyzeArticle(text).dates.map((d) => d.value), ['2024-12', '2024-12', '2024-12']);
  // (Ahead, it is the coming one.)
  assert.deepEqual(analyzeArticle(datedBy('2025-11-14')('The court will uphold it in December.')).dates.map((d) => d.value), ['2025-12']);
});
