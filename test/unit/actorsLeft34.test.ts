// Actors the last round left: a Pakistani story filed from a city that is no capital, a plural title's surnames, the
// parties of a case's name, a European Parliament group, a fair named for the Arabs, an EU team, an army's jets and a
// general's post with its acronym. Sentences written for these tests, run through the full analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy } from '../support/article';

const DATED = datedBy('2026-11-28');

/** The actors of an article body as "text|category|entity". */
function actors(body: string): string[] {
  return analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}

/** Each case: a body, the actors it must have ("text|category|entity"), and the texts no actor may have. */
const CASES: { name: string; text: string; has: string[]; lacks?: string[] }[] = [
  {
    name: 'a bare "Senate" in a story filed from Karachi, no capital, is Pakistan\'s, no link to the US Senate',
    text: 'KARACHI: The Senate on Friday approved the 27th Amendment bill after opposition senators walked out.\n\nSenate Chairman Yousuf Raza Gilani adjourned the session until Monday.',
    has: ['Senate|government|-'],
  },
  {
    name: 'a wire city\'s label over a later item is no speaker, and leaves the story\'s dateline one: no person "KARACHI"',
    text: 'KARACHI: The Senate on Friday approved the bill after opposition senators walked out.\n\nLAHORE: The National Assembly will take up the bill next week, officials said.',
    has: ['Senate|government|-', 'National Assembly|government|-'],
    lacks: ['KARACHI', 'LAHORE'],
  },
  {
    name: 'so is a bare "Parliament" in a story filed "SYDNEY, Nov 28 (Reuters) -"',
    text: 'SYDNEY, Nov 28 (Reuters) - Parliament passed the social media ban for children on Thursday.',
    has: ['Parliament|government|-'],
  },
  {
    name: 'a plural title before surnames alone names each of them, the last after "and" too',
    text: 'Justices Alito and Thomas dissented, while Justices Sotomayor, Kagan and Jackson joined the majority. Senators Warren and Sanders objected.',
    has: ['Alito|official|samuel-alito', 'Thomas|official|-', 'Sotomayor|official|sonia-sotomayor', 'Kagan|official|elena-kagan', 'Jackson|official|-', 'Warren|official|-', 'Sanders|official|-'],
  },
  {
    name: 'a title "of" a body whose name holds "of" keeps the body whole and its holder, with or without an acronym',
    text: 'Chairman of the Joint Chiefs of Staff (JCS) Dan Caine told lawmakers the strikes had worked. Chairman of the Joint Chiefs of Staff Dan Caine spoke again on Friday. Secretary General of the Organization of Islamic Cooperation Hissein Brahim Taha welcomed the talks.',
    has: ['Chairman of the Joint Chiefs of Staff (JCS) Dan Caine|official|dan-caine', 'Chairman of the Joint Chiefs of Staff Dan Caine|official|dan-caine', 'Secretary General of the Organization of Islamic Cooperation Hissein Brahim Taha|official|-'],
    lacks: ['Dan Caine', 'JCS', 'Organization of Islamic Cooperation Hissein Brahim Taha'],
  },
  {
    name: '"fighter" before an aircraft is its kind: the force before it stands alone, no group "IDF fighter"',
    text: 'IDF fighter jets struck targets in Sanaa on Thursday, and Russian fighter planes were seen over the Baltic. A Hamas fighter was killed.',
    has: ['IDF|military|idf', 'Hamas fighter|group|-'],
    lacks: ['IDF fighter', 'Russian fighter'],
  },
  {
    name: 'a people or a country before an event\'s name in capitals is a word of that name, no actor',
    text: 'Visitors flocked to the Arab Book Fair in Sharjah, and the Iraqi Book Fair closed in Baghdad. The Kurdish Film Festival drew crowds. Arab states met in Cairo.',
    has: ['Arab|group|arabs'],
    lacks: ['Iraqi', 'Kurdish', 'Arab Book Fair'],
  },
  {
    name: 'a European Parliament group is one body, with or without "group" after its name',
    text: 'The Patriots for Europe group said it would table a censure motion, and the European Conservatives and Reformists group backed it. Renew Europe and the Europe of Sovereign Nations group split.',
    has: ['Patriots for Europe group|organization|patriots-for-europe', 'European Conservatives and Reformists group|organization|ecr-group', 'Renew Europe|organization|renew-europe', 'Europe of Sovereign Nations group|organization|europe-of-sovereign-nations'],
    lacks: ['Europe group', 'Conservatives', 'Reformists group', 'Sovereign Nations group'],
  },
  {
    name: 'an international body\'s negotiators or officials are of its kind but not the body; its team stays the body',
    text: 'EU negotiators said talks would resume, while US negotiators said they were ready. UN officials said aid was blocked, and the IMF team arrived in Cairo.',
    has: ['EU negotiators|organization|-', 'US negotiators|government|-', 'UN officials|organization|-', 'IMF team|organization|imf'],
  },
  {
    name: 'the parties in a case\'s name are no actors; the same body named outside it is',
    text: "The ruling in SEC v. Jarkesy curbed agency courts, and Trump v. United States widened immunity. In Loper Bright Enterprises v. Raimondo the justices overturned Chevron. The SEC said it would comply.",
    has: ['SEC|government|us-sec'],
    lacks: ['Trump', 'United States', 'Loper Bright Enterprises'],
  },
  {
    name: 'a city\'s municipality is its government (a place after a comma or "in"), and the EU\'s naval operations are forces',
    text: 'Ajman Municipality has launched a campaign to inspect buildings. Istanbul Metropolitan Municipality said it would appeal. Operation Aspides said its frigates had escorted 300 ships, and EUNAVFOR Atalanta said pirates seized a dhow. The mosque is in Brandbergen, Haninge Municipality.',
    has: ['Ajman Municipality|government|-', 'Istanbul Metropolitan Municipality|government|-', 'Operation Aspides|military|operation-aspides', 'EUNAVFOR Atalanta|military|operation-atalanta'],
    lacks: ['Haninge Municipality'],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = actors(c.text);
    for (const e of c.has) assert.ok(got.includes(e), `${c.text}\n  expected ${e}\n  got ${JSON.stringify(got)}`);
    for (const w of c.lacks ?? []) assert.ok(!got.some((a) => a.split('|')[0] === w), `${c.text}\n  did not expect ${w}\n  got ${JSON.stringify(got)}`);
  });
}

test('one word set off before a firm\'s noun names that firm, and so does the word again later', () => {
  const got = actors('Attacks on shipping have fallen, according to Ambrey, a British maritime security firm.\n\nAmbrey said a tanker was approached by a skiff off Yemen.');
  assert.deepEqual(got.filter((a) => a.startsWith('Ambrey')), ['Ambrey|organization|-', 'Ambrey|organization|-']);
});
