// Actors of news copy (session 44, helper Y): two bodies before a shared noun ("Badr and Interior Ministry officials"),
// a company named again by its country's possessive ("Germany's biggest carmaker"), a firm introduced by what it is
// ("Apple supplier Foxconn", "Dutch brewer Heineken") as what "the company" goes back to, titles of written works after
// the word for them ("the holy book Kitab Al Jilwah"), and a body's leaders and members that keep its glossary link
// ("Palestinian Hamas leaders"). Sentences written for these tests in the style of wire copy, run through the full
// analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorTriplesOf, datedBy } from '../support/article';

const DATED = datedBy('2025-11-14');

/** The actors of an article body as "text|category|entity". */
const actors = (body: string): string[] => actorTriplesOf(DATED(body));

/** Each case: a body, the actors it must have ("text|category|entity"), and the texts no actor may have. */
const CASES: { name: string; text: string; has: string[]; lacks?: string[] }[] = [
  {
    name: 'a lone name, "and" and a body with its head before a shared noun are two bodies',
    text: 'Badr and Interior Ministry officials met in Baghdad.\n\nFatah and Hamas officials met in Cairo.\n\nFatah and Islamic Jihad leaders met on Sunday.\n\nSadr and Interior Ministry forces clashed in Basra.',
    has: ['Badr|organization|-', 'Interior Ministry officials|government|-', 'Fatah|group|-', 'Hamas officials|group|hamas', 'Islamic Jihad leaders|group|pij', 'Sadr|organization|-', 'Interior Ministry forces|military|-'],
    lacks: ['Badr and Interior Ministry officials', 'Fatah and Islamic Jihad'],
  },
  {
    name: 'names with "and" inside stay whole; people before "and" are no body',
    text: 'Bosnia and Herzegovina and Trinidad and Tobago signed the accord.\n\nAntigua and Barbuda officials said the storm passed.\n\nThe Ministry of Foreign Affairs and Trade said it was concerned.\n\nThe Trade and Industry Ministry said exports rose.\n\nScience and Technology Ministry officials said the launch failed.\n\nResidents and Health Ministry officials said the hospital was hit.\n\nSaturday and Hamas officials said the crossing would open.',
    has: ['Bosnia and Herzegovina|country|country:bosnia-and-herzegovina', 'Trinidad and Tobago|country|country:trinidad-and-tobago', 'Ministry of Foreign Affairs and Trade|government|-', 'Trade and Industry Ministry|government|-', 'Health Ministry officials|government|-'],
    lacks: ['Trade', 'Science', 'Technology Ministry officials', 'Residents', 'Residents and Health Ministry', 'Saturday'],
  },
  {
    name: 'a country\'s possessive and a company\'s description go back to the company named before',
    text: 'Volkswagen said on Tuesday it would cut 35,000 jobs. Germany\'s biggest carmaker said the cuts would come by 2030.\n\nToyota said output rose in October. Japan\'s biggest automaker said exports fell.\n\nHSBC said profit rose. The country\'s largest bank said it would cut jobs.',
    has: ["Germany's biggest carmaker|organization|volkswagen", "Japan's biggest automaker|organization|toyota", "The country's largest bank|organization|hsbc"],
    lacks: ['Germany', 'Japan'],
  },
  {
    name: 'a possessive\'s description beside a name, or with no company before, names no earlier company',
    text: 'Toyota said sales rose. China\'s biggest carmaker BYD said sales fell.\n\nVolkswagen said sales fell. BYD, China\'s biggest carmaker, said sales rose.',
    has: ['BYD|organization|byd'],
    lacks: ["China's biggest carmaker"],
  },
  {
    name: 'a possessive\'s description with no company of that country before is the country\'s name only',
    text: 'BYD said sales rose. Germany\'s biggest carmaker said profit fell.\n\nGermany\'s biggest carmaker said profit fell.',
    has: ['Germany|country|country:germany'],
    lacks: ["Germany's biggest carmaker"],
  },
  {
    name: 'a central bank is no commercial bank named before',
    text: 'Deutsche Bank said profit rose. The central bank said inflation would ease.',
    has: ['Deutsche Bank|organization|deutsche-bank'],
    lacks: ['central bank|organization|deutsche-bank'],
  },
  {
    name: 'a firm introduced by what it is, with or without an article, is what "the company" goes back to',
    text: 'Apple supplier Foxconn said sales rose. The company expects growth.\n\nDutch brewer Heineken said sales rose. The company raised prices.\n\nMexican cement maker Cemex said sales fell. The company blamed weak demand.\n\nChinese EV maker Nio said deliveries rose.\n\nKorean battery maker LG Energy Solution said it would build a plant.',
    has: ['Foxconn|organization|-', 'Heineken|organization|-', 'Cemex|organization|-', 'Nio|organization|-', 'LG Energy Solution|organization|-', 'The company|organization|-'],
    lacks: ['The company|organization|apple'],
  },
  {
    name: 'the title of a written work after the word for it is no actor; an author after it is',
    text: 'The holy book Kitab Al Jilwah is sacred to Yazidis.\n\nThe treatise Nahj al-Balagha is attributed to Ali.\n\nThe scripture Guru Granth Sahib is read aloud.\n\nShe cited the book John Smith wrote in 1990.',
    has: ['Yazidis|group|yazidis', 'John Smith|person|-'],
    lacks: ['Kitab Al Jilwah', 'Nahj al-Balagha', 'Guru Granth Sahib'],
  },
  {
    name: 'a body\'s leaders and an armed group\'s members keep its link, after a people\'s adjective too',
    text: 'Palestinian Hamas leaders met in Cairo.\n\nHamas leaders met in Doha.\n\nLebanese Hezbollah members met in Beirut.\n\nAfghan Taliban officials said the ban stays.\n\nHouthi leaders said they would strike.',
    has: ['Palestinian Hamas leaders|group|hamas', 'Hamas leaders|group|hamas', 'Lebanese Hezbollah members|group|hezbollah', 'Afghan Taliban officials|group|taliban', 'Houthi leaders|group|houthis'],
  },
  {
    name: 'a people\'s leaders and an alliance\'s members are no body of its own',
    text: 'Arab leaders met in Riyadh.\n\nNATO members agreed to spend more.',
    has: ['Arab leaders|group|-', 'NATO members|group|-'],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = actors(c.text);
    for (const h of c.has) assert.ok(got.includes(h), `missing ${h} in ${JSON.stringify(got)}`);
    for (const l of c.lacks ?? []) assert.ok(!got.some((g) => g === l || g.split('|')[0] === l), `unexpected ${l} in ${JSON.stringify(got)}`);
  });
}

test('a company named by whose it is ("Microsoft-backed", "Alphabet-owned") is only a modifier of the firm after it', () => {
  const a = actors('Microsoft-backed OpenAI said it would raise funds. The startup said demand was strong.');
  assert.ok(a.includes('The startup|organization|openai'), JSON.stringify(a));
  const b = actors('Alphabet-owned Waymo said it would expand. The company said rides rose.');
  assert.ok(b.includes('Waymo|organization|-') && !b.includes('The company|organization|alphabet'), JSON.stringify(b));
});

test('a firm introduced after "and" in a list, and "the bank" after a lender so introduced', () => {
  assert.ok(actors('German carmaker Volkswagen and French rival Renault reported results.').includes('Renault|organization|-'));
  const a = actors('Italian lender UniCredit said it had raised its stake. The bank said the move was strategic.');
  assert.ok(a.includes('UniCredit|organization|-') && a.includes('The bank|organization|-'), JSON.stringify(a));
});

test('a country\'s possessive after "and" opens a body of its own', () => {
  const a = actors('China\'s Ministry of Commerce and Japan\'s Ministry of Economy, Trade and Industry announced talks.');
  assert.ok(a.includes('Ministry of Commerce|government|-') && a.includes('Japan|country|country:japan') && a.includes('Ministry of Economy, Trade and Industry|government|-'), JSON.stringify(a));
  // (The name's own possessive stays the name's.)
  assert.ok(actors('The Ministry of Trade and Industry\'s report was published.').some((x) => x.startsWith('Ministry of Trade and Industry|')));
});

test('a name set off after a role of a body named in capitals is the officeholder, "former" too', () => {
  assert.ok(actors('The head of Shin Bet, Ronen Bar, testified on Monday.').includes('Ronen Bar|official|-'));
  assert.ok(actors('The former head of Shin Bet, Ronen Bar, testified on Monday.').includes('Ronen Bar|official|-'));
});

test('"the utility" is a power company named before, not a thing\'s use', () => {
  assert.ok(actors('Tokyo Electric Power Co said it would restart the reactor. The utility said safety checks were done.').includes('The utility|organization|-'));
  assert.ok(actors('Italian utility Enel said profit rose. The utility said it would invest.').includes('The utility|organization|-'));
  assert.deepEqual(actors('The IEA said demand rose. The utility of sanctions is doubtful.'), ['IEA|organization|iea']);
});

test('"the world\'s" and a continent\'s possessive rank a company named before as a country\'s does', () => {
  assert.ok(actors('Samsung Electronics said profit rose. The world\'s biggest memory chipmaker said demand was strong.').includes("The world's biggest memory chipmaker|organization|samsung-electronics"));
  assert.ok(actors('Airbus said deliveries rose. Europe\'s largest planemaker said it would raise output.').includes("Europe's largest planemaker|organization|airbus"));
});

test('delegations are a government\'s or a body\'s people, as a delegation is', () => {
  assert.ok(actors('Russian and Ukrainian delegations met in Istanbul.').includes('Ukrainian delegations|government|-'));
  assert.ok(actors('Fatah and Hamas delegations met in Cairo.').includes('Hamas delegations|group|hamas'));
});

test('an acronym\'s leaders take the sense the story gives the acronym ("Saudi Arabia\'s PIF leaders")', () => {
  assert.ok(actors('Saudi Arabia\'s PIF leaders met bankers in Riyadh.').includes('PIF leaders|organization|public-investment-fund'));
  assert.deepEqual(actors('Amal and Hezbollah supporters rallied in Beirut.')[0], 'Amal|group|-');
});

test('"the company" after a firm introduced by how it stands to a known company is that firm, not the known one', () => {
  const got = actors('Apple supplier Pegatron said it would build a plant in India. The company said costs rose.');
  assert.ok(got.includes('Pegatron|organization|-'));
  assert.ok(!got.includes('The company|organization|apple'), JSON.stringify(got));
});
