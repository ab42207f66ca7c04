// Actors the last round left: a transcript's and a hearing's speaker labels, a speaker's title across a bracketed
// gloss, an agency and a council the glossary did not know, a government named after its Korean leader, a chamber in a
// Pakistani story, a Gulf paper's place label and a show's name in capitals. Sentences written for these tests, run
// through the full analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy } from '../support/article';

const DATED = datedBy('2026-11-27');

/** The actors of an article body as "text|category|entity". */
function actors(body: string): string[] {
  return analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}

/** The sources of an article body's attributions, by their cue: "cue<-source". */
function sources(body: string): string[] {
  const text = DATED(body);
  return analyze(text).attributions.map((a) => `${text.slice(a.start, a.end)}<-${a.source?.text ?? '-'}`);
}

/** Each case: a body, the actors it must have ("text|category|entity"), and the texts no actor may have. */
const CASES: { name: string; text: string; has: string[]; lacks?: string[] }[] = [
  {
    name: 'a show\'s or a speech\'s name in capitals is no government, nor its words acronyms',
    text: 'Senator Amy Klobuchar said on CNN STATE OF THE UNION that the bill had the votes. The STATE OF EMERGENCY was lifted on Monday, and the State of Qatar said it welcomed the step.',
    has: ['Senator Amy Klobuchar|official|-', 'State of Qatar|country|country:qatar'],
    lacks: ['CNN STATE OF THE UNION', 'STATE OF THE UNION', 'STATE', 'UNION', 'STATE OF EMERGENCY', 'EMERGENCY'],
  },
  {
    name: 'a transcript\'s label with a time stamp names a person, given name known or not',
    text: 'Linsey Davis (00:05:01):\nGood evening and welcome to the debate.\n\nOrla Brannigan (00:05:20):\nThank you, Linsey. Our plan works.',
    has: ['Linsey Davis|person|-', 'Orla Brannigan|person|-'],
  },
  {
    name: 'a transcript\'s label with a time stamp for a role or the unnamed names no one',
    text: 'Unknown Speaker (00:03:10):\nCan you hear me?\n\nAudience Member (00:12:01):\nWhat about the budget?\n\nCrowd (00:13:01):\nFour more years!\n\nModerator (00:14:00):\nPlease take your seats.',
    has: [],
    lacks: ['Unknown Speaker', 'Audience Member', 'Crowd', 'Moderator'],
  },
  {
    name: 'a hearing\'s label of two names in capitals, or a rank before one, names the speaker',
    text: 'Chairman WICKER. The committee will come to order.\n\nMr. REED JONES. Thank you, Mr. Chairman.\n\nDr. ANNA LEE. Thank you, Senator.\n\nGeneral HARMON. Senator, three brigades are ready.',
    has: ['Chairman WICKER|official|-', 'Mr. REED JONES|person|-', 'Dr. ANNA LEE|person|-', 'General HARMON|official|-'],
    lacks: ['HARMON', 'ANNA'],
  },
  {
    name: 'a speaker\'s title "of" a house keeps its holder across the house\'s short name in brackets',
    text: 'Speaker of the Islamic Consultative Assembly (Majlis) Mohammad Bagher Ghalibaf said Iran would not negotiate under pressure. Speaker of the National Assembly (NA) Ayaz Sadiq adjourned the session.',
    has: ['Speaker of the Islamic Consultative Assembly (Majlis) Mohammad Bagher Ghalibaf|official|mohammad-bagher-ghalibaf', 'Speaker of the National Assembly (NA) Ayaz Sadiq|official|-'],
    lacks: ['Mohammad Bagher Ghalibaf', 'Ayaz Sadiq'],
  },
  {
    name: 'the United Kingdom Maritime Trade Operations is one force, UKMTO, not a country and a person',
    text: 'The United Kingdom Maritime Trade Operations (UKMTO) said a merchant vessel was hit west of Hodeidah. A spokesperson for the UK Maritime Trade Operations said the crew were safe.',
    has: ['United Kingdom Maritime Trade Operations|military|ukmto', 'UKMTO|military|ukmto', 'UK Maritime Trade Operations|military|ukmto'],
    lacks: ['United Kingdom', 'Kingdom Maritime Trade Operations'],
  },
  {
    name: 'a government or an administration named after a Korean leader with a hyphenated given name is a government',
    text: 'The Lee Jae-myung government plans to raise the minimum wage. Critics said the Moon Jae-in administration had moved too slowly, and Saudi-led forces were not mentioned.',
    has: ['Lee Jae-myung government|government|-', 'Moon Jae-in administration|government|-', 'Saudi-led forces|military|-'],
  },
  {
    name: 'Taiwan\'s Mainland Affairs Council is a government agency, and so is its acronym',
    text: "Taiwan's Mainland Affairs Council said Beijing's drills were a provocation. MAC deputy head Liang Wen-chieh said the council would monitor the situation.",
    has: ['Mainland Affairs Council|government|mainland-affairs-council', 'MAC|government|mainland-affairs-council'],
  },
  {
    name: 'a bare "Senate" in a story filed from Islamabad is Pakistan\'s, no link to the US Senate',
    text: 'ISLAMABAD: The Senate on Friday passed the finance bill after a heated debate, with senators of the PTI staging a walkout.\n\nSenate Chairman Yousuf Raza Gilani said the house had given its recommendations.',
    has: ['Senate|government|-'],
  },
  {
    name: 'so is one in a story filed "ISLAMABAD, June 14 (APP):", its city a capital in capitals',
    text: 'ISLAMABAD, June 14 (APP): The Senate on Friday passed the finance bill.',
    has: ['Senate|government|-'],
  },
  {
    name: 'a bare "Senate" in a story filed from Washington is the US Senate, whatever other countries it names',
    text: 'WASHINGTON (AP) - The Senate on Friday passed the bill, a win for China hawks.',
    has: ['Senate|government|us-senate', 'China|country|country:china'],
  },
  {
    name: 'a Gulf paper\'s place label opening a later paragraph is no person',
    text: 'The UAE cabinet approved a new visa policy on Monday, the state news agency WAM reported.\n\nDUBAI: The Dubai government has announced a housing programme worth 5 billion dirhams, the Dubai Media Office said.\n\nSHARJAH: The Sharjah Police said road deaths fell by a fifth last year.',
    has: ['Dubai government|government|-', 'Dubai Media Office|government|-'],
    lacks: ['DUBAI', 'SHARJAH'],
  },
  {
    name: 'a city\'s label over a digest\'s item is a place, no person; a host who names himself stays the speaker',
    text: 'TAPPER: Welcome back to the show. I am Jake Tapper.\n\nKLOBUCHAR: Thank you, Jake. The bill has the votes.\n\nKUWAIT CITY: The National Assembly speaker said the house would resume sessions in October, KUNA reported.',
    has: ['TAPPER|person|-', 'KLOBUCHAR|person|-'],
    lacks: ['KUWAIT CITY'],
  },
  {
    name: 'a policy\'s name holds no company; a company\'s plan keeps its company',
    text: 'The cabinet approved the National Electric Vehicle Policy and the Solar Energy Policy on Thursday. The General Electric Pension Plan was frozen.',
    has: ['General Electric|organization|-'],
    lacks: ['National Electric', 'Solar Energy', 'The General'],
  },
  {
    name: '"the public" before a thing it owns is an adjective; the people stay a group',
    text: 'The workforce at the public shipyards has grown by 4,000, and spending on the public works rose. The public wants answers.',
    has: ['The public|group|-'],
    lacks: ['the public'],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = actors(c.text);
    for (const e of c.has) assert.ok(got.includes(e), `${c.text}\n  expected ${e}\n  got ${JSON.stringify(got)}`);
    for (const w of c.lacks ?? []) assert.ok(!got.some((a) => a.split('|')[0] === w), `${c.text}\n  did not expect ${w}\n  got ${JSON.stringify(got)}`);
  });
}

test('a place label that its lead names again, or a city\'s, gives the lead no speaker; a transcript\'s label still speaks', () => {
  const cues = sources('The UAE cabinet approved a new visa policy on Monday, the state news agency WAM reported.\n\nDUBAI: The Dubai government has announced a housing programme worth 5 billion dirhams, the Dubai Media Office said.\n\nSHARJAH: The Sharjah Police said road deaths fell by a fifth last year.');
  assert.ok(!cues.some((s) => s.endsWith('<-DUBAI') || s.endsWith('<-SHARJAH')), JSON.stringify(cues));
  assert.deepEqual(sources('TAPPER: Welcome back. I am Jake Tapper.\n\nKLOBUCHAR: Thank you, Jake. The bill has the votes.\n\nGAZA CITY: The health ministry said 12 people were killed.').filter((s) => s.startsWith(':')), [':<-TAPPER', ':<-KLOBUCHAR']);
});

test('a speaker named across the house\'s short name in brackets is the whole source; a place in brackets is none of it', () => {
  assert.deepEqual(sources('Speaker of the Islamic Consultative Assembly (Majlis) Mohammad Bagher Ghalibaf said Iran would not negotiate under pressure.'), ['said<-Speaker of the Islamic Consultative Assembly (Majlis) Mohammad Bagher Ghalibaf']);
  assert.deepEqual(sources('In Kabul (Afghanistan) Taliban officials said the border was shut.'), ['said<-Taliban officials']);
});
