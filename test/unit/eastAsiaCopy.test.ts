// Security and diplomacy copy from Japan, the Koreas, Taiwan and China: wire datelines of Yonhap, Kyodo, KCNA and
// CNA, headlines in title case, names in East Asian order, military bodies and briefings. Sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-11-28');

/** The actors of an article as "text|category". */
function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.text}|${a.category}`);
}

/** The dates of an article as "text=value". */
function dates(text: string): string[] {
  return analyze(text).dates.map((d) => `${d.text}=${d.value}`);
}

test('a place in title case before a date and an East Asian agency opens the story: no actor, dash or none', () => {
  const cases: [string, string[]][] = [
    ['Pyongyang, November 28 (KCNA) -- Kim Jong Un inspected a munitions enterprise on Thursday.', ['Kim Jong Un|official']],
    ["Taipei, Nov. 27 (CNA) Taiwan's Ministry of National Defense said Thursday it had tracked 26 aircraft.", ['Taiwan|country', 'Ministry of National Defense|government']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(actors(DATED(body)), expected, body);
});

test('a headline in title case ends a name at its verb, or where the glossary\'s name ends', () => {
  const cases: [string, string[]][] = [
    ['Wang Yi Holds Talks With ROK Foreign Minister\n\nThe talks were held in Beijing.', ['Wang Yi|official', 'ROK|country']],
    ['Comrade Kim Jong Un Sends Greetings To Russian President\n\nThe message was sent on Friday.', ['Comrade Kim Jong Un|official', 'Russian|country']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(actors(DATED(body)), expected, body);
});

test('South Korea\'s Joint Chiefs of Staff, Japan\'s Joint Staff, the Legislative Yuan and the Kuomintang are bodies; "N. Korea" a state', () => {
  const cases: [string, string[]][] = [
    ['The Joint Chiefs of Staff (JCS) said the missile flew about 350 kilometers.', ['Joint Chiefs of Staff|military', 'JCS|military']],
    ["The bombers flew toward the Pacific Ocean, the ministry's Joint Staff said in a release.", ['Joint Staff|military']],
    ['Koo spoke at the Legislative Yuan on Wednesday.', ['Legislative Yuan|government']],
    ['The Kuomintang (KMT) said it would seek talks.', ['Kuomintang|organization', 'KMT|organization']],
    ['N. Korea fires ballistic missile toward East Sea: JCS\n\nThe launch was the sixth this year.', ['N. Korea|country', 'JCS|military']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(actors(DATED(body)), expected, body);
});

test('a briefing\'s first question, quoting what someone said, is its asker\'s turn, not a dateline', () => {
  const text = DATED(
    [
      "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on November 25, 2026",
      'CCTV: The Japanese prime minister said on Monday that a Taiwan contingency could threaten Japan. What is your comment?',
      'Lin Jian: We firmly oppose the remarks.',
    ].join('\n\n'),
  );
  assert.deepEqual(attributions(text).filter((a) => a.cue === ':').map((a) => a.source), ['CCTV', 'Lin Jian']);
  assert.ok(actors(text).includes('CCTV|organization'));
});

test('remarks or documents the sentence is about, with an adjective before them, report nothing', () => {
  const body =
    "The erroneous remarks by the Japanese leader grossly interfered in China's internal affairs and seriously violated the one-China principle and the four political documents between China and Japan.";
  assert.deepEqual(attributions(DATED(body)), []);
  assert.deepEqual(attributions(DATED('The latest comments by the minister caused anger in Seoul.')), []);
});

test('a year of a Japanese era is that year: "Reiwa 7" is 2025, "Heisei 27" 2015', () => {
  assert.deepEqual(dates(DATED("According to the Defense Ministry's white paper for Reiwa 7, China poses the greatest strategic challenge.")), ['Reiwa 7=2025']);
  assert.deepEqual(dates(DATED('The security laws were enacted in Heisei 27.')), ['Heisei 27=2015']);
});

test('"on the 26th" before what was said is a day of this month, as East Asian copy dates it', () => {
  assert.deepEqual(dates(DATED('Prime Minister Kim Min-seok said on the 26th that the government would hold a memorial ceremony.')), ['the 26th=2026-11-26']);
  assert.deepEqual(dates(DATED('It was the 26th such launch this year.')), ['this year=2026']);
});

test('a model of aircraft after a nationality is no body: "Russian Tu-95 bombers", "Chinese Y-8", "U.S. F-35 jets"', () => {
  const body = 'Two Chinese H-6 bombers and two Russian Tu-95 bombers flew over the Sea of Japan. A Chinese Y-8 plane and a Russian Il-20 were also tracked, and U.S. F-35 jets landed.';
  assert.deepEqual(actors(DATED(body)), ['Chinese|country', 'Russian|country', 'Chinese|country', 'Russian|country', 'U.S.|country']);
});

test('"official" before a thing\'s noun is its adjective, no official: "Chinese official ships", "official media"', () => {
  assert.deepEqual(actors(DATED('Two Chinese official ships were also tracked.')), ['Chinese|country']);
  assert.deepEqual(actors(DATED("Japan's official development assistance rose in 2025.")), ['Japan|country']);
  assert.deepEqual(actors(DATED('A Chinese official said the ships were on patrol.')), ['Chinese official|official']);
});

test('Yonhap\'s "(LEAD)" and "(2nd LD)", and "KST", are no bodies; a special counsel counsels no one', () => {
  assert.deepEqual(actors(DATED('(LEAD) Assembly passes special counsel bill\n\nThe bill passed 182-0.')), []);
  assert.deepEqual(attributions(DATED('(LEAD) Assembly passes special counsel bill\n\nThe bill passed 182-0.')), []);
  assert.deepEqual(actors(DATED('(2nd LD) N. Korea fires missile at 7:44 a.m. (KST)\n\nThe launch was the sixth.')), ['N. Korea|country']);
});

test('a tally "based on" data is the source, what it is based on is not', () => {
  const body = 'So far this month, Taiwan has tracked Chinese aircraft 312 times, according to a CNA tally based on MND data.';
  assert.deepEqual(attributions(DATED(body)).map((a) => a.source), ['a CNA tally']);
});

test('"the presidential office" that speaks is the government; outside it, the building', () => {
  assert.deepEqual(actors(DATED('The presidential office said Lee would promulgate the bill next Tuesday.')), ['The presidential office|government']);
  assert.deepEqual(actors(DATED('Protesters gathered outside the presidential office on Friday.')), ['Protesters|group']);
});

test('"the inter-Korean military agreement" is named whole, prefix and all', () => {
  const got = analyze(DATED('Lee pledged to restore the inter-Korean military agreement signed in 2018.')).agreements.map((a) => a.text);
  assert.deepEqual(got, ['inter-Korean military agreement']);
});

test('the military demarcation line is no military, warning shots no warning; the two Koreas and Rodong Sinmun are actors', () => {
  const body =
    'North Korean troops crossed the military demarcation line about 10 times this year, prompting South Korean troops to fire warning shots, according to the Joint Chiefs of Staff.';
  assert.deepEqual(actors(DATED(body)), ['North Korean troops|military', 'South Korean troops|military', 'Joint Chiefs of Staff|military']);
  assert.deepEqual(attributions(DATED(body)).map((a) => a.cue), ['according to']);
  assert.deepEqual(actors(DATED('The two Koreas last held general-level military talks in October 2018.')), ['The two Koreas|group']);
  assert.deepEqual(actors(DATED('The Rodong Sinmun said Monday that the policy remained unchanged.')), ['Rodong Sinmun|organization']);
});

test('experts named by country, place and field are still no one: "Chinese mainland military experts told"', () => {
  const text = DATED('Chinese mainland military experts told the Global Times on Thursday that the patrols were a stern warning.');
  assert.deepEqual(findings(text), ['vague-attribution: Chinese mainland military experts told']);
});
