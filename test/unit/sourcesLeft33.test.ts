// Attribution faults earlier rounds left: a count that goes on in the sentence after its source, a think tank's own
// summary, a passive that names what was said before its agent, a participle after a letter to someone, a briefing's
// role label, a deferral to someone else, a figure trailing a source. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2025-05-06');

test('a bare "Spokesperson:" label speaks for the briefer the lead names', () => {
  const text = DATED(
    [
      'Department Press Briefing',
      'Spokesperson Anna Ford held the daily briefing at the Department of State at 1:42 p.m.',
      '**Spokesperson**: Good afternoon. The Secretary spoke with the Foreign Minister of Kenya today.',
      '**Question**: Will the Secretary travel to the region?',
      '**Spokesperson**: I have no travel to announce.',
    ].join('\n\n'),
  );
  assert.deepEqual(attributions(text).filter((a) => a.cue === ':').map((a) => a.source), ['Spokesperson Anna Ford', null, 'Spokesperson Anna Ford']);
  const un = DATED(
    [
      'The following is a transcript of the noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.',
      '**Spokesman**: Good afternoon. The Secretary-General is in Rio for the summit.',
      '**Question**: Has he spoken with the Prime Minister?',
      '**Spokesman**: Not that I am aware of.',
    ].join('\n\n'),
  );
  assert.deepEqual(attributions(un).filter((a) => a.cue === ':').map((a) => a.source), ['Stéphane Dujarric', null, 'Stéphane Dujarric']);
});

test('"I\'ll let the Secretary speak to that" hands a turn over; no one has spoken', () => {
  for (const body of ["I'll let the Secretary speak to that.", 'We will let the ministry comment on the figures.', "I'll let the Secretary say whether the trip is on."]) {
    assert.deepEqual(attributions(DATED(body)), [], body);
  }
  // (A speaker's own "let me" and a "let" before another verb keep their cues.)
  assert.deepEqual(attributions(DATED('Let me say that the plan is working.')).map((a) => a.cue), ['say']);
  assert.deepEqual(attributions(DATED('She let the deadline pass, then argued that the rules were unfair.')).map((a) => [a.cue, a.source]), [['argued', 'She']]);
});

test('a passive of naming with what was said before its agent: "was termed illegal by the court"', () => {
  const cases: [string, string, string, string][] = [
    ['The move was termed illegal by the court.', 'termed', 'the court', 'illegal'],
    ['The plan was called a betrayal of workers by the opposition.', 'called', 'the opposition', 'a betrayal of workers'],
    ['The deal was hailed as historic by both leaders.', 'hailed', 'both leaders', 'historic'],
    ['The attack was condemned as cowardly by the United Nations.', 'condemned', 'the United Nations', 'cowardly'],
    ['The move was described by the court as illegal.', 'described', 'the court', 'illegal'],
    ['Glyphosate was deemed safe by the European Food Safety Authority in 2023.', 'deemed', 'the European Food Safety Authority', 'safe'],
  ];
  for (const [body, cue, source, content] of cases) {
    const text = DATED(body);
    assert.deepEqual(attributions(text).map((a) => [a.cue, a.source, a.content, a.vague]), [[cue, source, content, false]], body);
    assert.deepEqual(findings(text), [], body);
  }
  // (A phrasal verb and a passive with no agent stay as they were.)
  assert.deepEqual(attributions(DATED('The march was called off by the organisers.')), []);
  assert.deepEqual(attributions(DATED('The plan was widely criticised.')).map((a) => [a.cue, a.vague]), [['was widely criticised', true]]);
});

test('a participle after a letter to someone is the writer\'s, not the addressee\'s', () => {
  const cases: [string, string, string][] = [
    ['Lazaro Gonzalez wrote to Attorney General Janet Reno last week urging her to let the boy stay.', 'urging', 'Lazaro Gonzalez'],
    ["The dispute deepened when Elian's father, Juan Miguel, sent a letter to U.S. Attorney Janet Reno asking that the boy be moved.", 'asking', 'Juan Miguel'],
    ['The company wrote to shareholders urging them to reject the bid.', 'urging', 'The company'],
  ];
  for (const [body, cue, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [[cue, source]], body);
});

test('a count of people that opens the sentence is its participle\'s source, whole, past its thousands', () => {
  const cases: [string, string, string][] = [
    ['More than 60,000 U.S. plaintiffs have sued Bayer over Roundup, alleging it causes cancer.', 'alleging', 'More than 60,000 U.S. plaintiffs'],
    ['Some 12,000 workers walked out on Monday, demanding higher pay.', 'demanding', 'Some 12,000 workers'],
  ];
  for (const [body, cue, source] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [[cue, source]], body);
});

test('"who" after a passive\'s agent speaks for the agent, not for the words before "by"', () => {
  assert.deepEqual(attributions(DATED('The case was brought by residents, who said the council had ignored them.')).map((a) => [a.cue, a.source]), [['said', 'residents']]);
});

test('a part of a count in the sentence after its source goes on with that source', () => {
  for (const body of [
    'Russian forces attacked along the front 154 times in the past day, the General Staff said. The heaviest fighting was near Pokrovsk, where Russian forces attacked 54 times.',
    'The army said it had shot down 25 drones overnight. Another 12 drones were lost to electronic jamming.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (A figure of another kind after the source is still the writer's own.)
  assert.deepEqual(findings(DATED('The army said it had shot down 25 drones overnight. Russia keeps 40 warships in the Black Sea.')), [
    'unsourced-claim: Russia keeps 40 warships in the Black Sea.',
  ]);
});

test("a think tank's own Key Takeaways are its assessment, argued below; a news story's figures still need a source", () => {
  const head = 'Russian Offensive Campaign Assessment, May 6, 2025\n\nKey Takeaways:\n\n';
  const items = '- Russian forces are likely attempting to collapse the Ukrainian salient before Ukrainian forces can withdraw.\n- Iran has enriched more than 400 kilograms of uranium to 60 percent purity, the largest stockpile it has ever held.\n\n';
  const own = DATED(`${head}${items}ISW assesses that the Kremlin is using its gains to strengthen its negotiating position.`);
  assert.deepEqual(findings(own), []);
  // (Without the analyst's own voice the list is a story's, and its claims are flagged.)
  const story = DATED(`${head}${items}The Kremlin is using its gains to strengthen its negotiating position, analysts said.`);
  assert.equal(findings(story).filter((f) => f.startsWith('unsourced-claim')).length, 2);
});

test('a figure in a participle trailing a source and its verb is part of what the source said', () => {
  for (const body of [
    'Pence was the subject of 60 percent of the conversation about the debate, Twitter announced, gaining 22,000 followers.',
    'Exports rose 12 percent in May, the ministry announced, bringing the total for the year to 4 billion.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (A finite clause after the source is the writer's again.)
  assert.equal(findings(DATED('Pence drew 60 percent of the conversation, Twitter announced, and he gained 22,000 followers.')).length, 1);
});

test('what a relative clause on an act says of it is its subject\'s: ", a decision campaigners called a victory"', () => {
  assert.deepEqual(attributions(DATED('The court annulled the renewal, a decision campaigners called a victory for public health.')).map((a) => [a.cue, a.source, a.content]), [['called', 'campaigners', 'a victory for public health.']]);
  // (Without the comma the words are one noun phrase: "the union members said".)
  assert.deepEqual(attributions(DATED('Wages must rise, the union members said.')).map((a) => a.source), ['the union members']);
});

test('an assessment\'s numbered topics are no speakers: "2. Houthi Attacks: The Houthis launched ..."', () => {
  const text = DATED('Key Takeaways:\n\n1. Houthi Attacks: The Houthis launched two ballistic missiles at Israel on June 2.\n2. Iraqi Politics: The prime minister is building a coalition.');
  assert.deepEqual(attributions(text).map((a) => a.cue), []);
});

test('"branded", "labelled" and "dubbed" report in a passive with what was said and its agent, and nowhere else', () => {
  const cases: [string, string, string, string][] = [
    ['The plan had been branded reckless by local conservation groups.', 'branded', 'local conservation groups', 'reckless'],
    ["The tax increase on fuel was labelled regressive by the Consumers' Federation.", 'labelled', "the Consumers' Federation", 'regressive'],
  ];
  for (const [body, cue, source, content] of cases) {
    assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source, a.content]), [[cue, source, content]], body);
  }
  for (const body of ['The company sells branded goods in 40 countries.', 'The project, dubbed Stargate, opened on Monday.']) assert.deepEqual(attributions(DATED(body)), [], body);
});
