// Copy of session 40's hunt (the Geneva talks on Ukraine, the end of the US shutdown): who speaks when a participle
// describes them, a television show that shows nothing, and the people and deadlines such stories name. Sentences
// written for these tests, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf } from '../support/article';

const DATED = datedBy('2025-11-24');

test('a participle after the noun that opens the source describes it: the source is the whole phrase', () => {
  const source = (body: string) => attributions(DATED(body)).find((a) => a.cue === 'said')?.source;
  assert.equal(source('European leaders meeting on the sidelines of the G20 summit in Johannesburg said the plan needed more work.'), 'European leaders meeting on the sidelines of the G20 summit in Johannesburg');
  assert.equal(source('Diplomats attending the talks in Geneva said the mood was upbeat.'), 'Diplomats attending the talks in Geneva');
  assert.equal(source('The committee investigating the attack said it had found no evidence.'), 'The committee investigating the attack');
  assert.equal(source('Lawmakers backing the bill said it would pass.'), 'Lawmakers backing the bill');
  // A participle after a verb still opens a clause: the thing it acts on is no part of who speaks.
  assert.equal(source('He was reacting to a communiqué issued in Kaduna, which said the talks had failed.'), 'a communiqué issued in Kaduna');
});

test('a hit show is a programme, no verb of showing', () => {
  const cues = attributions(DATED('They described crass behavior by the host behind the scenes of the hit show, in which contestants were given tasks.')).map((a) => a.cue);
  assert.deepEqual(cues, ['described']);
});

test('after a participle that asks for an act, its object is who acts', () => {
  const src = attributions(DATED('Diplomats are drafting a resolution demanding Iran explain its stock.')).find((a) => a.cue === 'explain')?.source;
  assert.equal(src, 'Iran');
});

test('a weekday set beside a day that falls on it names that day again', () => {
  const dates = (body: string) => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(dates('Trump had given Ukraine until Thanksgiving, Thursday, to respond.'), ['Thanksgiving=2025-11-27', 'Thursday=2025-11-27']);
  assert.deepEqual(dates('The summit opens on Dec. 4, Thursday, in Geneva.'), ['Dec. 4=2025-12-04', 'Thursday=2025-12-04']);
  assert.deepEqual(dates('He arrived on Christmas Day (Thursday) and left.'), ['Christmas Day=2025-12-25', 'Thursday=2025-12-25']);
  // A weekday the day does not fall on is left to its own reading.
  assert.deepEqual(dates('The vote was held on Nov. 20, Friday.'), ['Nov. 20=2025-11-20', 'Friday=2025-11-21']);
});

test('the glossary names the envoys of the Ukraine talks, the coalition of the willing and the secretary over the FAA', () => {
  const linked = (body: string) => analyze(DATED(body)).actors.map((a) => `${a.text}=${a.entity ?? ''}`);
  assert.deepEqual(linked('Army Secretary Dan Driscoll, who delivered the plan to Kyiv last week, also attended.'), ['Army Secretary Dan Driscoll=dan-driscoll']);
  assert.deepEqual(linked('The so-called coalition of the willing is due to meet by video link on Tuesday.'), ['coalition of the willing=coalition-of-the-willing']);
  assert.deepEqual(linked('Transportation Secretary Sean Duffy said flight cuts would be rolled back.'), ['Transportation Secretary Sean Duffy=sean-duffy']);
});

test('a participle after a clause of its own, with its own subject, is that subject\'s; after what a cue reports, the speaker\'s', () => {
  const bySource = (body: string, cue: string) => attributions(DATED(body)).find((a) => a.cue.startsWith(cue))?.source;
  assert.equal(bySource('U.S. Ambassador Mike Waltz called it historic, while Hamas rejected it, saying in a statement that it imposed a trusteeship.', 'saying'), 'Hamas');
  assert.equal(bySource('Netanyahu welcomed the vote, but Hamas rejected it, adding that it would not disarm.', 'adding'), 'Hamas');
  assert.equal(bySource('Waltz said Russia and China abstained, and Britain voted for it, noting that the text was fair.', 'noting'), 'Waltz');
  assert.equal(bySource('The minister said the talks had stalled, adding that he was hopeful.', 'adding'), 'The minister');
});

test('a verb that takes no object is no participle describing the noun before it', () => {
  const found = attributions(DATED('Far-right ministers objected to language mentioning a pathway to statehood.')).map((a) => `${a.cue}|${a.source}`);
  assert.deepEqual(found, ['objected|Far-right ministers']);
});

test('a report before its own verb is the document: the September jobs report says nothing itself until it is out', () => {
  const found = (body: string) => attributions(datedBy('2025-11-20')(body)).map((a) => `${a.cue}|${a.source ?? ''}`);
  assert.deepEqual(found('The delayed September jobs report, due on Thursday, is expected to show employers added 50,000 jobs.').filter((f) => f.startsWith('report')), []);
  assert.deepEqual(found('The September jobs report showed employers added 119,000 jobs.'), ['showed|The September jobs report']);
  assert.deepEqual(found('Employers report that hiring has slowed.'), ['report|Employers']);
});

test('the glossary names the Fed chair and the governors who vote on rates', () => {
  const linked = analyze(datedBy('2025-11-20')('Fed Chair Jerome Powell said a cut was not a foregone conclusion. Governor Christopher Waller has argued for another cut, and Governor Stephen Miran dissented.')).actors.map((a) => a.entity);
  assert.deepEqual(linked, ['jerome-powell', 'christopher-waller', 'stephen-miran']);
});

test('a verb that only ends as a past does is no past: "to succeed Powell when his term ends in May" lies ahead', () => {
  const dates = (body: string) => analyze(datedBy('2025-11-20')(body)).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(dates('Waller is a contender to succeed Powell when his term as chair ends in May.'), ['May=2026-05']);
  assert.deepEqual(dates('The army will proceed in March.'), ['March=2026-03']);
  assert.deepEqual(dates('The workers agreed in May.'), ['May=2025-05']);
});

test('a consul and an envoy posted somewhere are officials, and so is the name set off after where', () => {
  const actors = (body: string) => analyze(datedBy('2025-11-21')(body)).actors.map((a) => `${a.text}=${a.category}`);
  assert.deepEqual(actors("China's consul general in Osaka, Xue Jian, posted a message."), ['China=country', 'consul general in Osaka=official', 'Xue Jian=official']);
  assert.deepEqual(actors("Russia's ambassador to Japan, Nikolai Nozdrev, said talks would go on."), ['Russia=country', 'ambassador to Japan=official', 'Nikolai Nozdrev=official']);
  assert.deepEqual(actors('Consul General Xue Jian posted a message.'), ['Consul General Xue Jian=official']);
});

test("the glossary names China's Foreign Ministry spokespeople and Japan's Chief Cabinet Secretary", () => {
  const linked = analyze(datedBy('2025-11-21')("Chinese Foreign Ministry spokesperson Mao Ning said Japan had crossed a red line. Japan's Chief Cabinet Secretary Minoru Kihara said Tokyo's position was unchanged. Lin Jian and Guo Jiakun took later briefings.")).actors.map((a) => a.entity).filter(Boolean);
  for (const id of ['mao-ning', 'minoru-kihara', 'lin-jian', 'guo-jiakun']) assert.ok(linked.includes(id), `${id} in ${linked.join(', ')}`);
});

test('the news outlets officials talk to are the glossary\'s, and so are China\'s trade negotiators', () => {
  const linked = (body: string) => analyze(datedBy('2025-10-31')(body)).actors.map((a) => `${a.text}=${a.category}:${a.entity ?? ''}`);
  assert.deepEqual(linked('Bessent, who met Chinese Vice Premier He Lifeng last weekend, told Fox Business that China would buy soybeans.'), ['Bessent=official:scott-bessent', 'Chinese Vice Premier He Lifeng=official:he-lifeng', 'Fox Business=organization:fox-business', 'China=country:country:china']);
  for (const [outlet, id] of [['CNN', 'cnn'], ['NBC News', 'nbc-news'], ['the Global Times', 'global-times'], ['Anadolu Agency', 'anadolu'], ['Deutsche Welle', 'deutsche-welle']]) {
    assert.ok(linked(`The minister told ${outlet} that talks would go on.`).some((a) => a.endsWith(`:${id}`)), outlet);
  }
});

test('a legal appeal is no report, and what a relative clause reports ends at its closing comma', () => {
  const found = (body: string) => attributions(DATED(body)).map((a) => `${a.cue}|${a.source}|${a.content}`);
  assert.deepEqual(found("The sentence, which Bolsonaro's lawyers said they would appeal, caps a trial that lasted months."), ["said|Bolsonaro's lawyers|they would appeal"]);
  assert.deepEqual(found('The plan, which officials said would cost $5 billion, faces opposition in Congress.').map((f) => f.split('|')[2]), ['would cost $5 billion']);
  assert.deepEqual(found('The mayor appealed, again, for calm.').map((f) => f.split('|')[0]), ['appealed']);
});

test("two leaders' act of policy reported as the news is no unsourced claim; what they did to anything else still is", () => {
  assert.deepEqual(findingsOf(datedBy('2025-10-31')('President Donald Trump and Chinese leader Xi Jinping agreed Thursday to a one-year truce in their trade war, with Washington cutting tariffs on Chinese goods to 10% from 20%.')), []);
  assert.deepEqual(findingsOf(datedBy('2025-10-31')('China and Russia cut soybean purchases by 40% on Monday.')).map((f) => f.split(':')[0]), ['unsourced-claim']);
});

test("a group's official and his name are one official; an official agency stays an agency", () => {
  const actors = (body: string) => analyze(DATED(body)).actors.map((a) => `${a.text}=${a.category}:${a.entity ?? ''}`);
  assert.deepEqual(actors('Hezbollah official Mahmoud Qmati told reporters the attack crossed a red line.').slice(0, 1), ['Hezbollah official Mahmoud Qmati=official:']);
  assert.deepEqual(actors('The official Xinhua news agency said talks went well.'), ['Xinhua=organization:xinhua']);
  assert.deepEqual(actors('Netanyahu ordered the strike on the advice of army chief Eyal Zamir.').slice(-1), ['army chief Eyal Zamir=official:eyal-zamir']);
});
