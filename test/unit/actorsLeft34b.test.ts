// Actors of Latin American and Russian copy the round left: a region's demonym before a leader's title, Putin by his name
// and patronymic, Russia's own Security Council, a state company's chief, Mexico's presidency by its seat, the cartels
// and gangs, the statistics agencies, Chile's Republicans, Brazil's Lula and Bolivia's MAS. Sentences written for these
// tests, run through the full analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy } from '../support/article';

const DATED = datedBy('2026-03-10');

/** The actors of an article body as "text|category|entity". */
function actors(body: string): string[] {
  return analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}

/** Each case: a body, the actors it must have ("text|category|entity"), and the texts no actor may have. */
const CASES: { name: string; text: string; has: string[]; lacks?: string[] }[] = [
  {
    name: 'a region\'s demonym before a lower-case title is one mention with its holder, as a country\'s is',
    text: 'On Tuesday, Chechen leader Ramzan Kadyrov said his fighters would stay. Chechen leader Ramzan Kadyrov repeated it. Police said Dagestani leader Sergei Melikov had met them.',
    has: ['Chechen leader Ramzan Kadyrov|official|ramzan-kadyrov', 'Dagestani leader Sergei Melikov|official|-'],
    lacks: ['Chechen leader', 'Ramzan Kadyrov', 'Dagestani leader', 'Sergei Melikov'],
  },
  {
    name: 'Putin addressed by his given name and patronymic is Putin',
    text: 'Vladimir Vladimirovich also laid flowers at the memorial, Kremlin spokesman Dmitry Peskov told reporters.',
    has: ['Vladimir Vladimirovich|official|vladimir-putin'],
  },
  {
    name: 'the bare "Security Council" of a Kremlin story that names no UN is Russia\'s own',
    text: 'Putin had held a meeting with permanent members of the Security Council, the Kremlin said.',
    has: ['Security Council|government|russia-security-council'],
  },
  {
    name: 'but a Kremlin story about a veto keeps the UN\'s',
    text: 'Russia vetoed the draft at the Security Council, Kremlin spokesman Dmitry Peskov said.',
    has: ['Security Council|organization|un-security-council'],
  },
  {
    name: 'the heads of Russia\'s state-controlled energy companies are officials',
    text: 'Gazprom CEO Alexei Miller said exports to China had risen. Rosneft chief Igor Sechin agreed.',
    has: ['Gazprom CEO Alexei Miller|official|alexei-miller', 'Rosneft chief Igor Sechin|official|igor-sechin'],
  },
  {
    name: 'Los Pinos is Mexico\'s presidency, and the cartels are groups, named or not in the glossary',
    text: 'Los Pinos said the president would travel. The Sinaloa Cartel and the Gulf Cartel are both fighting for the routes, as is the Clan del Golfo.',
    has: ['Los Pinos|government|los-pinos', 'Sinaloa Cartel|group|sinaloa-cartel', 'Gulf Cartel|group|-', 'Clan del Golfo|group|-'],
  },
  {
    name: 'the statistics agencies of Brazil and Argentina are government bodies',
    text: 'The statistics agency IBGE said inflation slowed, while INDEC reported a rise in poverty.',
    has: ['IBGE|government|ibge', 'INDEC|government|indec'],
  },
  {
    name: 'in a Chilean story the Republican Party is Chile\'s, and stays the US party where the US is named',
    text: 'In Chile, the Republican Party won the most seats. The party will lead the Senate.',
    has: ['Republican Party|organization|republican-party-chile'],
  },
  {
    name: '(the US Republican Party beside Chile)',
    text: 'Chile and the United States talked trade, and the Republican Party welcomed it.',
    has: ['Republican Party|organization|republican-party'],
  },
  {
    name: 'Lula alone and Kassab before his cue are actors',
    text: 'The candidate was backed by Lula. Brazil\'s Lula said the deal was fair. Kassab told reporters the party would support him.',
    has: ['Lula|official|lula', 'Kassab|official|gilberto-kassab'],
  },
  {
    name: 'Bolivia\'s Movement Toward Socialism is named whole, and Ecuador\'s gangs are groups',
    text: 'In Bolivia, the Movement Toward Socialism (MAS) split. In Ecuador, Los Choneros and Los Lobos are the two largest gangs, police said.',
    has: ['Movement Toward Socialism|organization|movement-toward-socialism', 'MAS|organization|movement-toward-socialism', 'Los Choneros|group|los-choneros', 'Los Lobos|group|los-lobos'],
  },
  {
    name: 'Latin America\'s presidents are known by their surnames alone, and Navalny and his widow are people the glossary knows',
    text: 'The decision was welcomed by Bukele. Sheinbaum rejected it. Noboa declared a state of emergency. Maduro denied it. Navalny\'s widow Yulia Navalnaya said the verdict was a farce.',
    has: ['Bukele|official|nayib-bukele', 'Sheinbaum|official|claudia-sheinbaum', 'Noboa|official|daniel-noboa', 'Maduro|official|nicolas-maduro', 'Navalny|person|alexei-navalny', 'Yulia Navalnaya|person|yulia-navalnaya'],
  },
  {
    name: '(a son\'s name, or a Ukrainian "Petro", is no president)',
    text: 'Eduardo Bolsonaro said so. Petro Poroshenko said so.',
    has: ['Eduardo Bolsonaro|official|eduardo-bolsonaro', 'Petro Poroshenko|person|-'],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = actors(c.text);
    for (const e of c.has) assert.ok(got.includes(e), `${c.text}\n  expected ${e}\n  got ${JSON.stringify(got)}`);
    for (const w of c.lacks ?? []) assert.ok(!got.some((a) => a.split('|')[0] === w), `${c.text}\n  did not expect ${w}\n  got ${JSON.stringify(got)}`);
  });
}
