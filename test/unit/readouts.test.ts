// Government readouts, joint statements, communiqués, chair's summaries and spokesperson briefings: who speaks for
// whom, what their dates are and which of their sentences need a source. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-11-27');

test('a readout\'s verbs of emphasis report: "underscored that", "underscores"', () => {
  const cases: [string, string, string][] = [
    ['The Chancellor underscored that exports to Kenya had doubled since 2020, the highest rise in a decade.', 'underscored', 'The Chancellor'],
    ['The minister underscores that the new port will be the largest in the region.', 'underscores', 'The minister'],
  ];
  for (const [body, cue, source] of cases) {
    const text = DATED(body);
    assert.deepEqual(attributions(text).map((a) => [a.cue, a.source]), [[cue, source]], body);
    assert.deepEqual(findings(text), [], body);
  }
});

test('a thing or an act that underscores something shows it, and reports no one', () => {
  for (const body of [
    'Analysts say it underscores that the regime wants more warheads.',
    'Aides said that naming the envoy so early underscores the commitment of the White House to the talks.',
  ]) assert.ok(!attributions(DATED(body)).some((a) => a.cue.startsWith('underscore')), body);
});

test('a long subject that names an account of a call, with its day and both parties, is the whole source', () => {
  const cases: [string, string][] = [
    [
      "Tokyo's account of a separate meeting on Monday between Japanese Foreign Minister Aiko Mori and her Indian counterpart said the talks had covered rare earths.",
      "Tokyo's account of a separate meeting on Monday between Japanese Foreign Minister Aiko Mori and her Indian counterpart",
    ],
    [
      "The ministry's summary of a call on Wednesday between President Lula da Silva and Chancellor Olaf Brandt said trade was discussed.",
      "The ministry's summary of a call on Wednesday between President Lula da Silva and Chancellor Olaf Brandt",
    ],
  ];
  for (const [body, source] of cases) assert.equal(attributions(DATED(body))[0]?.source, source, body);
});

test('"the leaders" after a readout has named them is no vague source; before any names it is', () => {
  const named = DATED('The President spoke today with Prime Minister Ingrid Halvorsen of Norway. On migration, the leaders agreed that crossings had fallen by a third this year. The leaders stressed that the plan was working.');
  assert.deepEqual(attributions(named).filter((a) => a.source?.endsWith('leaders')).map((a) => [a.source, a.vague]), [['the leaders', false], ['The leaders', false]]);
  assert.deepEqual(findings(named), []);
  assert.deepEqual(attributions(DATED('The leaders agreed that crossings had fallen by a third this year.')).map((a) => a.vague), [true]);
});

test('a month in an invitation to visit lies ahead, unless the sentence says the trip fell through', () => {
  const dates = (body: string): string[] => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(dates('The Kremlin said Putin had accepted an invitation to visit India in March.'), ['March=2027-03']);
  assert.deepEqual(dates('The White House said the president accepted an invitation to visit Beijing in April.'), ['April=2027-04']);
  assert.deepEqual(dates('He accepted an invitation to visit India in March, but the trip was cancelled.'), ['March=2026-03']);
});

test('a bare "A:" among a briefing\'s named turns answers for the spokesperson whose label opens the most turns', () => {
  const text = DATED(
    [
      'Spokesperson Lin Jian: The talks went well.',
      'Reuters: Will the minister attend the summit?',
      'Lin Jian: Yes, he will.',
      'Q: A follow-up question. Is the visit confirmed?',
      'A: The visit will take place next week. Trade rose 40 percent last year.',
    ].join('\n\n'),
  );
  const got = attributions(text).filter((a) => a.cue === ':');
  assert.deepEqual(got.map((a) => a.source), ['Spokesperson Lin Jian', 'Reuters', 'Lin Jian', null, 'Lin Jian']);
  assert.deepEqual(findings(text), []);
});

test('a place in title case before a full date, alone on its line under a statement\'s title, is a dateline, no actor', () => {
  const actors = (text: string): string[] => analyze(text).actors.map((a) => a.text);
  for (const [head, place] of [
    ['Joint Statement of the Two Governments\n\nJakarta, 26 November 2026\n\n', 'Jakarta'],
    ["Chair's Summary\n\nMinisterial Meeting on Food Security and Nutrition\nRome, 25-26 November 2026\n\n", 'Rome'],
  ]) {
    const text = DATED(`${head}1. Ministers from Italy and Indonesia met in ${place} on 25 November.`);
    assert.deepEqual(actors(text), ['Italy', 'Indonesia'], head);
  }
  // Without front matter, the line dates the statement.
  assert.equal(analyze('Joint Statement of the Two Governments\n\nJakarta, 26 November 2026\n\n1. The two sides met on Tuesday.\n').referenceDate, '2026-11-26');
});

test('"the agency" after a UN programme or fund is named refers to it, not to an agency listed before', () => {
  for (const [body, entity] of [
    ['Officials from FAO, WFP and IFAD attended. The Executive Director of WFP told ministers that the agency was short of funds.', 'wfp'],
    ['Officials from UNHCR, UNICEF and the WHO attended. The head of UNICEF said the agency had cut rations.', 'unicef'],
  ]) {
    const agency = analyze(DATED(body)).actors.find((a) => a.text === 'the agency');
    assert.equal(agency?.entity, entity, body);
  }
});

test('a document\'s disclaimer of its own standing is no claim; the same words about something else are', () => {
  for (const body of [
    'This summary is issued under the sole responsibility of the Chair and does not reflect a consensus of all participants.',
    'The views expressed in this paper are those of the authors and do not necessarily reflect those of all member states.',
    '8. This report does not necessarily represent the position of every delegation.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  assert.equal(findings(DATED('The final deal does not reflect the views of all members, most of whom stayed away.')).length, 1);
});

test('"might" in a question put to someone, or in what a named source said, is no hedge of the writer\'s', () => {
  for (const body of [
    'Asked whether the minister might resign, Lee Min-jun said he did not know.',
    'The spokesman was asked if the talks might collapse before December.',
    'The talks might collapse before December, Lee Min-jun said.',
  ]) assert.ok(!findings(DATED(body)).some((f) => f.endsWith(': might')), `${body} ${findings(DATED(body))}`);
  assert.deepEqual(findings(DATED('The talks might collapse before December.')), ['vague-attribution: might']);
});

test('whom a leader spoke with, after when, is no content: "spoke today with", "spoke on Monday with"', () => {
  for (const body of [
    'The President spoke today with Prime Minister Ingrid Halvorsen of Norway to discuss energy security.',
    'The minister spoke on Monday with his French counterpart to discuss the crisis.',
  ]) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.content]), [['spoke', undefined]], body);
});

test('what someone plans or hopes, after a possessive, is the plural noun and reports nothing', () => {
  for (const body of [
    "The Prime Minister set out the UK's plans to return more migrants to safe countries.",
    "The government's plans to cut taxes were welcomed by business groups.",
    'Its hopes to expand into Asia were shelved last year.',
  ]) assert.deepEqual(attributions(DATED(body)).map((a) => a.cue).filter((c) => c === 'plans' || c === 'hopes'), [], body);
  assert.deepEqual(attributions(DATED('The Kremlin plans to respond to the sanctions.')).map((a) => a.cue), ['plans']);
});

test('a formal title names both parties in full: "Joint Statement ... between the Republic of Korea and the Republic of Indonesia"', () => {
  const names = (body: string): string[] => analyze(DATED(body)).agreements.map((a) => a.text);
  assert.deepEqual(names('The leaders adopted the Joint Statement on the Strategic Partnership between the Republic of Korea and the Republic of Indonesia on Tuesday.'), [
    'Joint Statement on the Strategic Partnership between the Republic of Korea and the Republic of Indonesia',
  ]);
  assert.deepEqual(names('Both signed the Agreement between the Government of the United States of America and the Government of the Republic of Indonesia on Defense Cooperation.'), [
    'Agreement between the Government of the United States of America and the Government of the Republic of Indonesia on Defense Cooperation',
  ]);
});

test('a body named for what it fights runs over a lower-case "against": "Global Alliance against Hunger and Poverty"', () => {
  const actors = (body: string): string[] => analyze(DATED(body)).actors.map((a) => a.text);
  assert.deepEqual(actors('Ministers welcomed the progress of the Global Alliance against Hunger and Poverty.'), ['Global Alliance against Hunger and Poverty']);
  assert.deepEqual(actors('She joined the Campaign against Arms Trade in 2019.'), ['Campaign against Arms Trade']);
  // (Not over a state the glossary knows: "The Council against Russia" is no body of that name.)
  assert.deepEqual(actors('The Council against Russia voted on Monday.'), ['Russia']);
});

test('"according to X" with no comma before it vouches for the relative clause it closes, not the clause that frames it', () => {
  const content = (body: string): string | undefined => attributions(DATED(body)).find((a) => a.cue === 'according to')?.content;
  assert.equal(content("We condemn Russia's attacks on civilians, which have killed more than 14,000 people since February 2022 according to the UN mission."), 'which have killed more than 14,000 people since February 2022');
  assert.equal(content('The storm, which killed 40 people according to officials, hit the coast.'), 'which killed 40 people');
  // (Set off by a comma it reports the whole sentence.)
  assert.equal(content('The minister condemned the strikes, which have killed 300 people, according to the UN.'), 'The minister condemned the strikes, which have killed 300 people');
});

test('a level of ties between states is no body: "a Comprehensive Strategic Partnership"', () => {
  const actors = (body: string): string[] => analyze(DATED(body)).actors.map((a) => a.text);
  assert.deepEqual(actors('The two sides agreed to elevate bilateral relations to a Comprehensive Strategic Partnership.'), ['The two sides']);
  assert.deepEqual(actors('They reaffirmed the Special Strategic Partnership established in 2017.'), []);
  assert.deepEqual(actors('The Global Partnership for Education said funding fell.'), ['Global Partnership for Education']);
});

test('a date alone on its line under a readout\'s title dates the readout: "November 25, 2026"', () => {
  for (const head of ['November 25, 2026', 'Wednesday, November 25, 2026', '**November 25, 2026**']) {
    const m = analyze(`Readout of the Secretary's Meeting with Minister Jaishankar\n\n${head}\n\nThe Secretary met today with the minister. They will meet again next month.\n`);
    assert.equal(m.referenceDate, '2026-11-25', head);
    assert.deepEqual(m.dates.filter((d) => d.text !== head.replace(/\*/g, '') && !head.includes(d.text)).map((d) => `${d.text}=${d.value}`), ['today=2026-11-25', 'next month=2026-12'], head);
  }
});

test('"QUESTION:" in a briefing transcript asks for the press, as "Q:" does: no one named "QUESTION" speaks', () => {
  const text = DATED(['MODERATOR: Good afternoon.', 'QUESTION: Did the Secretary raise the purchase of Russian oil?', 'MR PIGOTT: He raised a range of issues, including energy.', 'QUESTION: Will there be a dialogue this winter?', 'MR PIGOTT: We expect it in February.'].join('\n\n'));
  assert.deepEqual(attributions(text).filter((a) => a.cue === ':').map((a) => a.source), ['MODERATOR', null, 'MR PIGOTT', null, 'MR PIGOTT']);
});

test('a plural after a word that counts is the noun: "We\'ll take a few questions", "two more questions"', () => {
  for (const body of ["MODERATOR: Good afternoon. We'll take a few questions.", 'We will take two more questions after the break.']) {
    assert.ok(!attributions(DATED(body)).some((a) => a.cue === 'questions'), body);
  }
  assert.deepEqual(attributions(DATED('Several reports said the port was shut.')).map((a) => a.source), ['Several reports']);
});

test('a chair\'s summary or a readout is its issuer\'s own text: its numbered record is no unsourced claim', () => {
  const body = '1. Ministers and representatives of 43 countries and 11 international organizations attended the meeting in Rome.';
  assert.deepEqual(findings(DATED(`Chair's Summary\n\nMinisterial Meeting on Food Security\n\n${body}`)), []);
  assert.deepEqual(findings(DATED(`Readout of the Secretary's Meeting with Minister Jaishankar\n\n${body}`)), []);
  // (Under another title the same record is a figure to source.)
  assert.equal(findings(DATED(`Food ministers meet in Rome\n\n${body}`)).length, 1);
});

test('a press release\'s closing "ENDS" is no organisation', () => {
  const text = DATED('Norway will provide NOK 250 million to Sudan, the Ministry of Foreign Affairs announced today.\n\nENDS\n\nNotes to editors:\n1. Norway has provided more than NOK 1.2 billion since April 2023.');
  assert.ok(!analyze(text).actors.some((a) => a.text === 'ENDS'));
});
