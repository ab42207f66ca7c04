// Actors the round's hunts saw and left: aid groups named like armies, rescue groups named like people, a mayor and a
// minister before their names, a party's link that needs its country, a state in an election story, a wire trailer.
// Sentences written for these tests, run through the full analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';

const gazetteer = createGazetteer(builtinGlossary());

/** The actors of an article as "text|category|entity". */
function actors(text: string): string[] {
  return analyze(text, { gazetteer }).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}

/** Each case: a text, the actors it must have ("text|category|entity"), and the texts no actor may have. */
const CASES: { name: string; text: string; has: string[]; lacks?: string[] }[] = [
  {
    name: 'Mercy Corps is an aid group, no army, and "CARE and Mercy Corps" are two groups',
    text: 'Mercy Corps said aid trucks were held at the crossing. CARE and Mercy Corps said the route had been closed for a week.',
    has: ['Mercy Corps|organization|mercy-corps', 'CARE|organization|-'],
    lacks: ['CARE and Mercy Corps'],
  },
  {
    name: 'the Peace Corps is America\'s volunteer agency, no army; a medical corps stays a force',
    text: 'The Peace Corps said its volunteers would return in June. The Army Medical Corps said field hospitals were ready.',
    has: ['Peace Corps|government|peace-corps', 'Army Medical Corps|military|-'],
  },
  {
    name: 'the Africa Centres for Disease Control and Prevention and Africa CDC are one agency, named whole',
    text: 'The outbreak was confirmed by the Africa Centres for Disease Control and Prevention on Monday. Africa CDC said cases had risen in three provinces.',
    has: ['Africa Centres for Disease Control and Prevention|organization|africa-cdc', 'Africa CDC|organization|africa-cdc'],
    lacks: ['CDC'],
  },
  {
    name: 'the White Helmets are a rescue group, no person',
    text: 'The White Helmets said rescuers pulled three people from the rubble in Idlib.',
    has: ['White Helmets|organization|white-helmets'],
  },
  {
    name: 'a Korean story\'s "ruling Democratic Party (DP)" is no link to the American party',
    text: 'Lawmakers of the ruling Democratic Party (DP) said the bill would pass, as South Korea\'s parliament prepared for a vote.',
    has: ['Democratic Party|organization|-', 'DP|organization|-', 'South Korea|country|country:south-korea'],
  },
  {
    name: 'America\'s Democratic Party keeps its link in an American story',
    text: 'The Democratic Party said Republicans had blocked the bill.',
    has: ['Democratic Party|organization|democratic-party-us'],
  },
  {
    name: 'Georgia in a story of electoral votes is the US state, no country',
    text: 'He won Georgia\'s 16 electoral votes, and the swing states decided the race.',
    has: [],
    lacks: ['Georgia'],
  },
  {
    name: 'Georgia the country keeps its mention in a story of the Caucasus, whatever its votes',
    text: 'Georgia said it would hold the vote in October. The count in Tbilisi gave no party a majority of the electoral votes.',
    has: ['Georgia|country|country:georgia'],
  },
  {
    name: 'a wire\'s trailer, "Enditem/ASG", names no body',
    text: 'The talks end on Friday, the ministry said.\n\nEnditem/ASG',
    has: [],
    lacks: ['ASG', 'Enditem'],
  },
  {
    name: 'a hearing record\'s surname in capitals after a title is the speaker, no body',
    text: 'Senator REED. Thank you. Mr. WICKER. Thank you, Mr. Chairman.',
    has: ['Senator REED|official|-', 'Mr. WICKER|person|-'],
    lacks: ['REED', 'WICKER'],
  },
  {
    name: 'a company\'s CEO or chief executive before a name is a person, with the company',
    text: 'Apple CEO Tim Cook spoke. Google chief executive Sundar Pichai said the deal was done. Hong Kong Chief Executive John Lee said the city would back it.',
    has: ['Apple CEO Tim Cook|person|tim-cook', 'Google chief executive Sundar Pichai|person|sundar-pichai', 'Hong Kong Chief Executive John Lee|official|-'],
  },
  {
    name: 'an army\'s battlegroup named after its front is a force, whole',
    text: 'The Battlegroup Centre said its units had repelled 12 attacks. Troops of the Battlegroup East advanced, and the Dnipro Battlegroup said it held the line.',
    has: ['Battlegroup Centre|military|-', 'Battlegroup East|military|-', 'Dnipro Battlegroup|military|-'],
  },
  {
    name: 'a mayor "of" a town, and a minister "of" a portfolio "of" a country, before the name are one official',
    text: 'Mayor of Kharkiv Ihor Terekhov said the city was shelled overnight. Minister of Energy of Ukraine Svitlana Hrynchuk said the grid held.',
    has: ['Mayor of Kharkiv Ihor Terekhov|official|-', 'Minister of Energy of Ukraine Svitlana Hrynchuk|official|-'],
    lacks: ['Svitlana Hrynchuk'],
  },
  {
    name: 'a minister\'s list of portfolios after commas is the title\'s, no body of its own',
    text: "Togo's Minister of Foreign Affairs, Regional Integration and Togolese Abroad, Robert Dussey, said talks would resume. The Minister of Finance, Planning and Economic Development, Matia Kasaija, said revenue fell.",
    has: ["Togo's Minister of Foreign Affairs, Regional Integration and Togolese Abroad|official|-", 'Robert Dussey|official|-', 'The Minister of Finance, Planning and Economic Development|official|-'],
    lacks: ['Togolese Abroad'],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = actors(c.text);
    for (const e of c.has) assert.ok(got.includes(e), `${c.text}\n  expected ${e}\n  got ${JSON.stringify(got)}`);
    for (const w of c.lacks ?? []) assert.ok(!got.some((a) => a.split('|')[0] === w), `${c.text}\n  did not expect ${w}\n  got ${JSON.stringify(got)}`);
  });
}
