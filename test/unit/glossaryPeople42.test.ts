// People in the news of 2025 whom the built-in glossary now knows: named in full, with a title, or by a spelling
// without accents, they link to their entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, datedBy } from '../support/article';

const dated = datedBy('2025-11-20');
const people = (body: string): string[] => analyzeArticle(dated(body)).actors.filter((a) => a.category === 'official' || a.category === 'person').map((a) => `${a.text}|${a.entity ?? '-'}`);

test('ministers, central bankers and party leaders link to their glossary entries', () => {
  assert.deepEqual(people('"We will not sign a blank cheque," Foreign Minister Peter Szijjarto said in Budapest.'), ['Foreign Minister Peter Szijjarto|peter-szijjarto']);
  assert.deepEqual(people('ECB President Christine Lagarde said inflation was close to target.'), ['ECB President Christine Lagarde|christine-lagarde']);
  assert.deepEqual(people('Andrej Babiš, whose ANO party won the election, met President Petr Pavel.').slice(0, 1), ['Andrej Babiš|andrej-babis']);
  assert.deepEqual(people('Kristalina Georgieva and Ajay Banga spoke in Washington.'), ['Kristalina Georgieva|kristalina-georgieva', 'Ajay Banga|ajay-banga']);
});

test('a surname alone links back to the person named in full before', () => {
  assert.deepEqual(people('Sen. Lindsey Graham visited Kyiv. Graham said sanctions would follow.'), ['Sen. Lindsey Graham|lindsey-graham', 'Graham|lindsey-graham']);
});

test('commanders and leaders in the Middle East', () => {
  assert.deepEqual(people('SDF commander Mazloum Abdi met Ahmed al-Sharaa in Damascus.').map((p) => p.split('|')[1]), ['mazloum-abdi', 'ahmed-al-sharaa']);
  assert.deepEqual(people('Finance Minister Bezalel Smotrich and Itamar Ben-Gvir opposed the deal.').map((p) => p.split('|')[1]), ['bezalel-smotrich', 'itamar-ben-gvir']);
});

const bodies = (body: string): string[] => analyzeArticle(dated(body)).actors.filter((a) => a.category !== 'country').map((a) => `${a.text}|${a.entity ?? '-'}`);

test('traders, energy companies and the bodies of the Gaza plan link to their entries', () => {
  assert.deepEqual(bodies('Lukoil agreed to sell its foreign assets to Gunvor, a Geneva-based trader.'), ['Lukoil|lukoil', 'Gunvor|gunvor']);
  assert.deepEqual(bodies('The Board of Peace will oversee reconstruction and the International Stabilization Force will deploy.'), ['Board of Peace|board-of-peace', 'International Stabilization Force|international-stabilization-force']);
  assert.deepEqual(bodies('UNIFIL said its peacekeepers were fired on.').slice(0, 1), ['UNIFIL|unifil']);
  assert.deepEqual(bodies('Saudi Aramco and QatarEnergy raised prices.'), ['Saudi Aramco|saudi-aramco', 'QatarEnergy|qatarenergy']);
});

test('an index named after a rating agency is no mention of it', () => {
  assert.deepEqual(bodies('The S&P 500 rose 1% on Tuesday.'), []);
});

test('a leader named in full with another spelling of the surname links to the entry', () => {
  assert.deepEqual(people('The issues are left for Presidents Donald Trump and Volodymyr Zelenskiy to settle.').map((p) => p.split('|')[1]), ['donald-trump', 'volodymyr-zelensky']);
  assert.deepEqual(people('Oleksandr Syrskyy said the front held.'), ['Oleksandr Syrskyy|oleksandr-syrskyi']);
});

test('the negotiating blocs of the climate talks link to their entries; Arab groups in the street stay a group', () => {
  assert.deepEqual(bodies('Saudi Arabia, speaking for the Arab Group, said it would not accept the text.'), ['Arab Group|arab-group']);
  assert.deepEqual(bodies('The LDC Group and the High Ambition Coalition backed the roadmap; the Like-Minded Developing Countries did not.'), [
    'LDC Group|ldc-group',
    'High Ambition Coalition|high-ambition-coalition',
    'Like-Minded Developing Countries|lmdc',
  ]);
  assert.deepEqual(bodies('Arab groups protested outside the embassy.'), ['Arab groups|-']);
});

test('companies of the business pages link to their entries; a verb or a common word that shares a name does not', () => {
  assert.deepEqual(bodies('Samsung and SK Hynix shares rose after Nvidia placed orders; Toyota and Volkswagen cut forecasts.'), [
    'Samsung|samsung-electronics',
    'SK Hynix|sk-hynix',
    'Nvidia|nvidia',
    'Toyota|toyota',
    'Volkswagen|volkswagen',
  ]);
  assert.deepEqual(bodies('JPMorgan and Goldman Sachs raised their targets for BYD and CATL.'), ['JPMorgan|jpmorgan', 'Goldman Sachs|goldman-sachs', 'BYD|byd', 'CATL|catl']);
  assert.deepEqual(bodies('Crews had to tether the barges as the storm hit.'), []);
});
