// Actors of op-ed, parliament-group and business copy the round left: a European Parliament group whose name holds a
// slash or an ampersand, a company's town and state before its verb, a country's faithful, a coalition yet to be formed,
// a letter-writer's town, two think tanks, a byline in emphasis and a city of two words in capitals. Sentences written
// for these tests, run through the full analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy } from '../support/article';

const DATED = datedBy('2026-11-28');

/** The actors of an article body as "text|category|entity". */
function actors(body: string): string[] {
  return analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}

/** Each case: a body, the actors it must have ("text|category|entity"), and the texts no actor may have. */
const CASES: { name: string; text: string; has: string[]; lacks?: string[] }[] = [
  {
    name: 'a European Parliament group written with a slash or an ampersand is one body, the glossary\'s',
    text: 'The Greens/EFA group and the S&D backed the motion, while the EPP abstained. Greens/EFA co-chair Terry Reintke said the vote was close, and the Socialists & Democrats split.',
    has: ['Greens/EFA group|organization|greens-efa', 'S&D|organization|s-and-d', 'Greens/EFA|organization|greens-efa', 'Socialists & Democrats|organization|s-and-d'],
    lacks: ['The Greens', 'EFA group', 'Democrats'],
  },
  {
    name: 'a country\'s faithful named by its demonym are a group of people, no organisation',
    text: 'Israeli Jews are divided over the reform, a poll found. The survey of French Catholics showed the same split.',
    has: ['Israeli Jews|group|-', 'French Catholics|group|-'],
  },
  {
    name: 'a coalition yet to be formed, or one leaving office, is of parties, no armed force',
    text: 'Talks on the next coalition stalled on Sunday. The outgoing coalition will stay on as a caretaker.',
    has: [],
    lacks: ['coalition', 'The outgoing coalition'],
  },
  {
    name: 'a letter-writer\'s town on the line under the name is a place, no state',
    text: 'Sir, your report on housing missed the point.\n\nJane Holt\nLondon',
    has: ['Jane Holt|person|-'],
    lacks: ['London'],
  },
  {
    name: 'two think tanks and a university of the social sciences are known bodies',
    text: 'A report by Chatham House warned of delays, and researchers at Sciences Po agreed.',
    has: ['Chatham House|organization|chatham-house', 'Sciences Po|organization|sciences-po'],
  },
  {
    name: 'a byline set in emphasis credits the writer, as a plain one does: no person in it',
    text: '*By Margaret Ellison*\n\nThe city must fix its buses before it builds another stadium.\n\n_By Amara Diallo_\n\nThe mayor, Tom Reyes, disagreed.',
    has: ['Tom Reyes|official|-'],
    lacks: ['Margaret Ellison', 'Amara Diallo'],
  },
  {
    name: 'a city of two words set in capitals mid-sentence is a place, its second word no body',
    text: 'The summit in TEL AVIV was delayed, and talks in NEW YORK and EL PASO resumed. NATO said it was ready.',
    has: ['NATO|organization|nato'],
    lacks: ['AVIV', 'YORK', 'PASO', 'TEL AVIV'],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = actors(c.text);
    for (const e of c.has) assert.ok(got.includes(e), `${c.text}\n  expected ${e}\n  got ${JSON.stringify(got)}`);
    for (const w of c.lacks ?? []) assert.ok(!got.some((a) => a.split('|')[0] === w), `${c.text}\n  did not expect ${w}\n  got ${JSON.stringify(got)}`);
  });
}

test('a company\'s town and state set off before its verb are its address: the company speaks, not the town', () => {
  for (const [body, source] of [
    ['America West Airlines, Phoenix, Ariz., said it would add flights to Boston.', 'America West Airlines'],
    ['General Dynamics Corp., St. Louis, Mo., said it won a Navy contract.', 'General Dynamics Corp'],
    ['Harbor Freight Co., Dayton, Ohio, said its sales rose.', 'Harbor Freight Co'],
  ]) assert.equal(attributions(DATED(body))[0]?.source, source, body);
});
