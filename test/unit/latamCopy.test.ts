// Copy from Latin America as the wires and the region's English-language outlets write it: Spanish and Portuguese names
// of parties, armed groups and institutions, electoral authorities, two-surname names, pesos and reais, Mercosur and the
// OAS. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy } from '../support/article';

const DATED = datedBy('2026-11-28');

/** The actors of a body as "text|category". */
function actors(body: string): string[] {
  return analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}`);
}

test('armed groups and parties by their Spanish and Portuguese names are groups: "Clan del Golfo", "Centro Democrático"', () => {
  assert.deepEqual(actors('Troops fought the Clan del Golfo in Antioquia.'), ['Troops|military', 'Clan del Golfo|group']);
  assert.deepEqual(actors('The Tren de Aragua recruits in prisons.'), ['Tren de Aragua|group']);
  assert.deepEqual(actors('La Libertad Avanza won in Buenos Aires.'), ['La Libertad Avanza|group']);
  assert.deepEqual(actors('The Comando Vermelho controls the favela.'), ['Comando Vermelho|group']);
  // (Two of them joined by "and" are two.)
  assert.deepEqual(actors('Officials from Pacto Histórico and Cambio Radical met.'), ['Pacto Histórico|group', 'Cambio Radical|group']);
  // (A party that speaks is no person.)
  assert.deepEqual(
    attributions(DATED('Centro Democrático said the plan had failed.')).map((a) => a.source),
    ['Centro Democrático'],
  );
  assert.deepEqual(actors('Centro Democrático said the plan had failed.'), ['Centro Democrático|group']);
  // (A "Centro" of more words is a centre, an organisation.)
  assert.deepEqual(actors('He spoke at the Centro Cultural Kirchner.'), ['Centro Cultural Kirchner|organization']);
});

test('the authority that runs a state\'s elections is a government body: "the National Electoral Council (CNE)"', () => {
  assert.deepEqual(actors('The National Electoral Council (CNE) declared Maduro the winner.').slice(0, 2), ['National Electoral Council|government', 'CNE|government']);
  assert.deepEqual(actors('The Central Election Commission said turnout was 60%.'), ['Central Election Commission|government']);
  assert.deepEqual(actors('The Election Commission of India set the dates.'), ['Election Commission of India|government']);
  // (A society for electoral reform is no authority.)
  assert.deepEqual(actors('The Electoral Reform Society backed the bill.'), ['Electoral Reform Society|organization']);
});

test('"Santiago" before a surname is a person, not a body named after Chile\'s capital', () => {
  assert.deepEqual(actors("Paraguay's Santiago Peña took over the presidency."), ['Paraguay|country', 'Santiago Peña|official']);
  assert.deepEqual(actors('Santiago Abascal said the vote was rigged.'), ['Santiago Abascal|person']);
});

test('"the bloc" after Mercosur is Mercosur, and never one of a bloc\'s institutions', () => {
  const mentions = (body: string): string[] =>
    analyze(DATED(body)).actors.filter((a) => /bloc/i.test(a.text)).map((a) => `${a.text}|${a.entity ?? '-'}`);
  assert.deepEqual(mentions("Brazil hosted a Mercosur summit. Paraguay took over the bloc's pro tempore presidency."), ["the bloc|mercosur"]);
  assert.deepEqual(mentions('Mercosur and the EU closed a deal, European Commission President Ursula von der Leyen said at the bloc\'s summit.'), ['the bloc|eu']);
});

test('"the group" after an armed group named in Spanish is that group: "the Clan del Golfo ... the group"', () => {
  assert.deepEqual(
    actors('Petro suspended talks with the Clan del Golfo after the group was blamed for an attack.').filter((a) => a.includes('group')),
    ['Clan del Golfo|group', 'the group|group'],
  );
});

test('"the first half" set against a half of a year named before it in the sentence is that year\'s', () => {
  const dates = (body: string): string[] => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(dates('Poverty fell to 38.1% in the second half of 2024, according to INDEC, from 52.9% in the first half.'), [
    'the second half of 2024=2024-H2',
    'the first half=2024-H1',
  ]);
  assert.deepEqual(dates('GDP grew in the third quarter of 2025 after shrinking in the second quarter.'), ['the third quarter of 2025=2025-Q3', 'the second quarter=2025-Q2']);
  // (In a sentence of its own it is still the article's year.)
  assert.deepEqual(dates('Exports rose in the first half of 2023. Imports fell in the second half.'), ['the first half of 2023=2023-H1', 'the second half=2026-H2']);
});

test('a nickname in quotes between the names is part of the name: \'Jorge "Tuto" Quiroga\', \'Luiz Inácio “Lula” da Silva\'', () => {
  assert.deepEqual(actors('Former President Jorge "Tuto" Quiroga said he would win. Quiroga voted in La Paz.'), [
    'Former President Jorge "Tuto" Quiroga|official',
    'Quiroga|official',
  ]);
  assert.deepEqual(actors('President Luiz Inácio “Lula” da Silva said the deal was fair.'), ['President Luiz Inácio “Lula” da Silva|official']);
  // (A quotation after a name is none: the name ends before it.)
  assert.deepEqual(actors('Senator Ana Perez "will not give up," he said.'), ['Senator Ana Perez|official']);
});

test('the presidential palaces of Latin America stand for their governments: "the Casa Rosada said", "La Moneda"', () => {
  assert.deepEqual(actors('The Casa Rosada said the cuts would go on.'), ['Casa Rosada|government']);
  assert.deepEqual(actors('Planalto said Lula would travel to Caracas, where Miraflores Palace officials were waiting.').filter((a) => a.endsWith('|government')), ['Planalto|government', 'Miraflores Palace officials|government']);
  assert.deepEqual(actors('La Moneda said it would veto the bill, and the Casa de Nariño backed it.'), ['La Moneda|government', 'Casa de Nariño|government']);
});

test('in a story filed from Mexico City, a bare "Congress" is Mexico\'s, though the story names the United States', () => {
  const linked = (text: string): (string | null)[] => analyze(text).actors.filter((a) => a.text === 'Congress').map((a) => a.entity);
  assert.deepEqual(linked(DATED('MEXICO CITY (AP) — Sheinbaum rejected U.S. drone strikes. Her Morena party holds a two-thirds majority in Congress.')), [null]);
  // (A story filed there about Washington's own politics keeps it America's.)
  assert.deepEqual(linked(DATED('MEXICO CITY (AP) — Republicans in Washington want Congress to fund the wall.')), ['us-congress']);
});

test('a figure that "according to" vouches for, set against another after it, is sourced whole: "..., according to INDEC, from 52.9%"', () => {
  for (const body of [
    'Poverty fell to 38.1% in 2024, according to INDEC, from 52.9% in 2023.',
    'Exports rose to $5 billion, according to the ministry, up from $3 billion a year earlier.',
  ]) {
    const text = DATED(body);
    assert.deepEqual(analyze(text).findings.map((f) => f.code), [], body);
    assert.equal(attributions(text)[0]?.content, body, body);
  }
});
