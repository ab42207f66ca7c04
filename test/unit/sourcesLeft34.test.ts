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
