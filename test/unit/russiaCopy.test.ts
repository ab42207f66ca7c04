// Russian and Kremlin copy: TASS, RIA Novosti and Interfax in English, the Kremlin's readouts and Western wires
// reporting Moscow. Who speaks, for whom, on what dates. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-05-12');
const dates = (body: string): string[] => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.value}`);
const actors = (body: string): string[] => analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}`);

test("Russia's public holidays are dates: Defender of the Fatherland Day, Russia Day, Cosmonautics Day, Unity Day", () => {
  assert.deepEqual(dates('Two people were killed in Belgorod on Defender of the Fatherland Day, the governor said.'), ['Defender of the Fatherland Day=2026-02-23']);
  assert.deepEqual(dates('Putin will hand out state awards at the Kremlin on Russia Day.'), ['Russia Day=2026-06-12']);
  assert.deepEqual(dates('Roscosmos unveiled the module on Cosmodrome tours before Cosmonautics Day.'), ['Cosmonautics Day=2026-04-12']);
  assert.deepEqual(dates('The president will meet historians on National Unity Day.'), ['National Unity Day=2026-11-04']);
  // Germany's and Ukraine's days of unity are other days.
  assert.deepEqual(dates('Berlin marked German Unity Day with a concert.'), []);
  assert.deepEqual(dates('Kyiv marked Unity Day with a human chain.'), []);
});

test("a holiday's name is no person's nor a body's: \"the Fatherland Day, a public holiday\", \"Russia Day\"", () => {
  assert.deepEqual(actors('The strikes came as Russia marked Defender of the Fatherland Day, a public holiday honouring the armed forces.'), ['Russia|country']);
  assert.deepEqual(actors('Moscow marked Russia Day with fireworks.').filter((a) => a.includes('Day')), []);
  assert.deepEqual(actors('Canada Day fell on a Wednesday.').filter((a) => a.includes('Day')), []);
  // A surname "Day" before a verb of saying is still a person's.
  assert.deepEqual(actors('Stockwell Day said the bill was flawed.'), ['Stockwell Day|person']);
});

test('a cosmodrome set off before what said so is a place, no person: "from the Baikonur Cosmodrome, the state corporation said"', () => {
  const body = 'The Soyuz MS-29 will lift off on October 14 from the Baikonur Cosmodrome, the state corporation said on Tuesday.';
  assert.deepEqual(actors(body).filter((a) => a.includes('Baikonur')), []);
  assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [['said', 'the state corporation']]);
});

test('"receiving state support", "citing state media": "state" after a gerund is an adjective, no verb of saying', () => {
  const body = 'The bill bans organisations declared foreign agents from receiving state support, Duma Speaker Vyacheslav Volodin wrote on Telegram.';
  assert.deepEqual(attributions(DATED(body)).map((a) => a.cue).filter((c) => c === 'state'), []);
  assert.deepEqual(attributions(DATED('Gazprom cut supplies, citing state regulations.')).map((a) => a.cue).filter((c) => c === 'state'), []);
});

test("Moscow's bodies and officials are known: the CSTO and the Eurasian Economic Union, the Federation Council, Roscosmos, the Central Bank of Russia", () => {
  const linked = (body: string): string[] => analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? ''}`);
  assert.deepEqual(linked('Leaders of CSTO and Eurasian Economic Union member states attended.').slice(0, 2), ['CSTO|organization|csto', 'Eurasian Economic Union|organization|eaeu']);
  assert.deepEqual(linked('The bill now goes to the Federation Council, the upper house.'), ['Federation Council|government|federation-council']);
  assert.deepEqual(linked('Roscosmos will launch the crew in October.'), ['Roscosmos|organization|roscosmos']);
  assert.deepEqual(linked('The Central Bank of Russia kept its key rate at 16.5%. Nabiullina said cuts could resume.'), ['Central Bank of Russia|organization|bank-of-russia', 'Nabiullina|official|elvira-nabiullina']);
  assert.deepEqual(linked('Matviyenko and Volodin backed the bill.'), ['Matviyenko|official|valentina-matviyenko', 'Volodin|official|vyacheslav-volodin']);
});

test('a company described before its name is the whole source: "Russian gas giant Gazprom", "Russian oil major Rosneft"', () => {
  const cases: [string, string][] = [
    ['Russian gas giant Gazprom reported a net loss of 629 billion roubles for 2025.', 'Russian gas giant Gazprom'],
    ['Russian oil major Rosneft said its net income fell 18% to 1.06 trillion roubles.', 'Russian oil major Rosneft'],
  ];
  for (const [body, source] of cases) assert.equal(attributions(DATED(body))[0]?.source, source, body);
  // "oil major" names a company, no officer of that rank.
  assert.deepEqual(actors('Russian oil major Rosneft said its net income fell.'), ['Russian|country', 'Rosneft|organization']);
  assert.deepEqual(actors('An army major John Smith said the post had fallen.'), ['army major John Smith|official']);
});

test('responding to an attack or to sanctions is a deed, no words reported: "Moscow will respond to Western sanctions"', () => {
  for (const body of [
    'Israel responded to the attack with airstrikes on Tuesday.',
    'Zakharova said Moscow would respond to the measures in a tough and verified manner.',
    'Russia responded in kind, expelling two diplomats.',
  ]) assert.ok(!attributions(DATED(body)).some((a) => a.cue.startsWith('respond')), body);
  // Answering a question, or a deed answered by saying something, still reports words.
  assert.deepEqual(attributions(DATED('Peskov responded to a question about the talks.')).map((a) => a.cue), ['responded']);
  // A minister who "responds to the attack" over a statement answers in words.
  assert.deepEqual(attributions(DATED('Minister for the Middle East, Tobias Ellwood, responds to the attack in the Karrada district of Baghdad')).map((a) => a.cue), ['responds']);
  assert.ok(attributions(DATED('The ministry responded to the strikes by saying that it would retaliate.')).some((a) => a.cue === 'responded'));
});

test('"It is obvious that ...", "it is clear that ...": certainty stated by no one is an unsourced claim', () => {
  assert.deepEqual(findings(DATED('It is obvious that Western countries are seeking to prolong the conflict at any cost.')), [
    'unsourced-claim: It is obvious that Western countries are seeking to prolong the conflict at any cost.',
  ]);
  assert.deepEqual(findings(DATED("It's evident that the strikes hit civilian targets.")).length, 1);
  assert.deepEqual(findings(DATED('It is not clear that the talks will resume.')), []);
  assert.deepEqual(findings(DATED('It is obvious that the West wants war, Zakharova said at a weekly briefing.')), []);
});

test('"business daily Kommersant", "the Israeli daily reported": a daily newspaper is no date that repeats', () => {
  for (const body of [
    'Business daily Kommersant reported that the windfall tax would be raised.',
    'The pro-Kremlin daily Izvestia wrote that the plan had been shelved.',
    'The business daily said the deal was off.',
  ]) assert.deepEqual(dates(body), [], body);
  // A day's repetition stays one.
  assert.deepEqual(dates('Peskov speaks to reporters on a daily conference call.'), ['daily=P1D']);
  assert.deepEqual(dates('Kyiv faces daily Russian attacks.'), ['daily=P1D']);
  assert.deepEqual(dates('The daily Russian shelling goes on.'), ['daily=P1D']);
});

test('a paper described before its name, then "citing" its sources: the whole of it cites, "Russian newspaper Kommersant"', () => {
  const cases: [string, string][] = [
    ['Russian newspaper Kommersant, citing two sources, said the plan was shelved.', 'Russian newspaper Kommersant'],
    ['Independent outlet Meduza, citing two sources close to the Kremlin, reported last month that a new wave of mobilisation was planned.', 'Independent outlet Meduza'],
  ];
  for (const [body, source] of cases) {
    const seen = attributions(DATED(body));
    assert.equal(seen.find((a) => a.cue === 'citing')?.source, source, body);
    assert.equal(seen.find((a) => a.cue !== 'citing')?.source, source, body);
  }
  assert.deepEqual(actors('Independent outlet Meduza and the Izvestia daily disagreed. Kadyrov did not comment.'), ['Meduza|organization', 'Izvestia|organization', 'Kadyrov|official']);
});
