// Sources and cues earlier rounds left: prosecutors after their office is named, an active "branded", a rally that
// demands, a transcript's "Not that I'm aware of", a fact check's labels, a picture that shows, and a present "claims"
// with a day after it. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2025-03-12');

test('"Prosecutors allege" after the office that charged is named speaks for that office, no vague source', () => {
  const cases = [
    "The Manhattan District Attorney's office charged a former city contractor with grand larceny on Tuesday. Prosecutors allege that the man billed the city for work that was never done.",
    'The Justice Department charged two traders with fraud. Prosecutors said the pair moved $40 million through shell companies.',
    'The Crown Prosecution Service charged the driver on Monday. Prosecutors said he had been speeding.',
  ];
  for (const body of cases) {
    const text = DATED(body);
    assert.deepEqual(findings(text).filter((f) => f.startsWith('vague')), [], body);
    assert.deepEqual(attributions(text).filter((a) => a.source === 'Prosecutors').map((a) => a.vague), [false], body);
  }
  // (With no office named, "Prosecutors" still names no one.)
  assert.deepEqual(findings(DATED('Prosecutors allege that the man billed the city for work that was never done.')), ['vague-attribution: Prosecutors allege']);
});

test('an active "branded", "labelled" or "dubbed" with its object and what it was called is a cue', () => {
  const cases: [string, string, string, string][] = [
    ['Critics branded the plan reckless.', 'branded', 'Critics', 'the plan reckless.'],
    ['Opposition leaders labelled the budget a betrayal of pensioners.', 'labelled', 'Opposition leaders', 'the budget a betrayal of pensioners.'],
    ['Japan branded North Korea an "outlaw nation in the neighborhood."', 'branded', 'Japan', 'North Korea an "outlaw nation in the neighborhood."'],
    ['The senator dubbed him "the architect of the shutdown".', 'dubbed', 'The senator', 'him "the architect of the shutdown".'],
  ];
  for (const [body, cue, source, content] of cases) {
    assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source, a.content]), [[cue, source, content]], body);
  }
  // The claim is the critics' now, not the writer's.
  assert.deepEqual(findings(DATED('The government unveiled its housing plan on Monday. Critics branded the plan reckless.')), ['vague-attribution: Critics branded']);
  // (The other senses stay without a cue: a brand, a name given in passing, a label stuck on.)
  for (const body of ['Nike branded its shoes with a swoosh.', 'A rocket dubbed Starship Heavy exploded.', 'The project, dubbed Stargate, will cost $500 billion.', 'The shop sells branded goods.', 'The group labelled the products clearly.']) {
    assert.deepEqual(attributions(DATED(body)), [], body);
  }
});

test('a rally or a protest "demanding" something is an event, no one speaking', () => {
  for (const body of [
    "Cuban President Fidel Castro has led mass rallies in Havana demanding the boy's return.",
    "Protests demanding the boy's return spread across the island.",
    'Students organized demonstrations in Seoul calling for his resignation.',
  ]) {
    assert.deepEqual(attributions(DATED(body)), [], body);
  }
  // (A petition or a letter that demands is a text with its words.)
  assert.deepEqual(attributions(DATED('A petition demanding his release gathered 10,000 signatures.')).map((a) => [a.cue, a.source]), [['demanding', 'A petition']]);
});

test('"Not that I\'m aware of." in a transcript reports no view', () => {
  const text = DATED(['**Question**: Has the minister spoken to her counterpart?', "**Spokesperson**: Not that I'm aware of.", "A: That is what we are worried about."].join('\n\n'));
  assert.deepEqual(attributions(text).filter((a) => a.cue !== ':'), []);
  // (A state with what it is of after it still reports: "I'm not aware of any such plan".)
  assert.deepEqual(attributions(DATED("The minister said she was not aware of any such plan.")).map((a) => a.cue), ['said', 'was not aware']);
  assert.deepEqual(attributions(DATED('Officials are worried about the cost.')).map((a) => [a.cue, a.content]), [['are worried', 'about the cost.']]);
});

test('a fact check\'s "Claim Review:" and "Claimed By:" labels give no cue, nor a platform\'s posts', () => {
  const text = DATED(
    [
      '# Fact check: Did the mayor ban cars from the centre?',
      '**Claim Review:** The mayor banned all cars from the city centre.',
      '**Claimed By:** Facebook posts',
      '**Fact Check:** False',
      'Instagram posts and a viral video repeated the claim. The city said no such ban exists.',
    ].join('\n\n'),
  );
  assert.deepEqual(attributions(text).map((a) => [a.cue, a.source]), [['repeated', 'Instagram posts and a viral video'], ['said', 'The city']]);
  // (A minister who posts still posts.)
  assert.deepEqual(attributions(DATED('The minister posts that the plan is working.')).map((a) => [a.cue, a.source]), [['posts', 'The minister']]);
});

test('a picture that shows someone unnamed doing something depicts a scene; a finding stays', () => {
  for (const body of [
    'A video showing soldiers firing on a crowd circulated on Tuesday.',
    'The photo shows a man holding a flag outside the parliament.',
    'The footage shows two police officers beating a man.',
  ]) {
    assert.deepEqual(attributions(DATED(body)), [], body);
  }
  assert.deepEqual(attributions(DATED('Satellite images show that the runway was damaged.')).map((a) => [a.cue, a.source, a.content]), [['show', 'Satellite images', 'the runway was damaged.']]);
  // (So does a picture that shows what someone named did, or that someone unnamed had done something.)
  assert.deepEqual(attributions(DATED('The video shows the minister leaving the building.')).map((a) => [a.cue, a.source]), [['shows', 'The video']]);
  assert.deepEqual(attributions(DATED('The video shows a man was hurt.')).map((a) => [a.cue, a.source]), [['shows', 'The video']]);
});

test('a present "claims" with a day or a medium before its "that" keeps its cue', () => {
  const cases: [string, string, string][] = [
    ['The minister claims on Monday that the deficit will shrink.', 'claims', 'The minister'],
    ['The ministry claims in a statement that no civilians were harmed.', 'claims in a statement', 'The ministry'],
  ];
  for (const [body, cue, source] of cases) {
    const text = DATED(body);
    assert.deepEqual(attributions(text).map((a) => [a.cue, a.source]), [[cue, source]], body);
    assert.deepEqual(findings(text), [], body);
  }
  // (The noun with a relative clause stays a noun: "The insurance claims in March that were filed late".)
  assert.deepEqual(attributions(DATED('The insurance claims in March that were filed late were rejected.')), []);
});

test('police or troops that charge a crowd charge bodily; a charge in words has its offence', () => {
  for (const body of ['Riot police charged the crowd near the square.', 'A video showing police charging protesters was shared online.', 'Mounted troops charged the demonstrators twice.']) {
    assert.deepEqual(attributions(DATED(body)), [], body);
  }
  assert.deepEqual(attributions(DATED('Police charged two men with murder.')).map((a) => [a.cue, a.source]), [['charged', 'Police']]);
});

test('a picture "posted" online is posted by someone, and posts nothing', () => {
  for (const body of ['A video posted on X shows the blast.', 'Footage posted online shows police beating a man.']) {
    assert.deepEqual(attributions(DATED(body)), [], body);
  }
  assert.deepEqual(attributions(DATED('The mayor posted a video of the flood.')).map((a) => [a.cue, a.source]), [['posted', 'The mayor']]);
});

test('a noun in "-ing" after an article is no verb in what a picture shows', () => {
  assert.deepEqual(attributions(DATED('Satellite images published by Maxar show the expansion of a training base.')), []);
  assert.deepEqual(attributions(DATED('Satellite images published by Maxar show the army building a training base.')).map((a) => [a.cue, a.source]), [['show', 'Satellite images published by Maxar']]);
});

test('posts on a platform that "claim" something are its source, however far they were shared', () => {
  for (const [body, source] of [
    ['Posts shared more than 4,000 times on Facebook claim that the picture shows Lagos.', 'Posts shared more than 4,000 times on Facebook'],
    ['Posts on Facebook claim that the picture shows Lagos.', 'Posts on Facebook'],
    ['Users on X claim that the minister resigned.', 'Users on X'],
  ]) {
    assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [['claim', source]], body);
  }
});
