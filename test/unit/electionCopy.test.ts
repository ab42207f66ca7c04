// Election copy: electoral commissions' results and calendars, observer missions' preliminary statements, results-night
// wires, poll reports, coalition talks and election disputes: who says what, which figures have a source, and the
// actors, agreements and dates of a vote. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-05-10');

test('a poll that puts a party or a candidate at a share is its source, with its maker, sample and field dates', () => {
  const cases: [string, string][] = [
    ['A survey by Invamer conducted Oct. 28-31 put Cepeda at 38% and Gutiérrez at 36%.', 'A survey by Invamer'],
    ['The survey of 2,104 British adults, conducted 6-7 May, puts Labour on 27 per cent.', 'The survey of 2,104 British adults'],
    ['A YouGov poll conducted 6-7 May puts Labour on 27 per cent.', 'A YouGov poll'],
  ];
  for (const [body, source] of cases) {
    const text = DATED(body);
    assert.deepEqual(attributions(text).map((a) => [a.cue, a.source]), [[body.includes(' puts ') ? 'puts' : 'put', source]], body);
    assert.deepEqual(findings(text), [], body);
  }
});

test('a poll\'s margin of error, and whom its maker asked when, are its method, no claim', () => {
  for (const body of [
    'The margin of error is plus or minus 2 percentage points.',
    'The poll has a margin of error of 3.1 points.',
    'The margin of error for the subsample of Latino voters is 6 points.',
    'The institute surveyed 1,501 people from April 14 to 17.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (A margin with a judgement after it still needs a source.)
  assert.equal(findings(DATED("The margin of error is 3 points, so Labour's lead is real and the Tories are finished.")).length, 1);
});

test('"observers noted" in an observation mission\'s statement are its own observers; before any mission is named, vague', () => {
  const text = DATED(
    'The EU Election Observation Mission (EU EOM) observed voting in 312 polling stations. Observers noted that party agents were present in almost all polling stations observed. The mission observed that election day was calm, although observers noted overcrowding in 12 per cent of polling stations.',
  );
  assert.deepEqual(attributions(text).filter((a) => /bservers$/.test(a.source ?? '')).map((a) => [a.source, a.vague]), [['Observers', false], ['observers', false]]);
  assert.deepEqual(findings(text).filter((f) => f.startsWith('vague')), []);
  assert.deepEqual(attributions(DATED('Observers noted that party agents were present in almost all polling stations.')).map((a) => a.vague), [true]);
});

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${text.slice(a.start, a.end)}=${a.category}`);
}

test('a party named "Coalition for ..." is an organisation, no armed coalition, and so is its acronym', () => {
  const text = DATED('Former President George Weah of the Coalition for Democratic Change (CDC) conceded on Tuesday. The CDC said it would not appeal.');
  assert.deepEqual(actors(text).filter((a) => /Coalition|CDC/.test(a)), ['Coalition for Democratic Change=organization', 'CDC=organization', 'CDC=organization']);
});

test('"General Elections" heading a mission\'s statement is a vote, no general', () => {
  for (const body of ['General Elections – 22 February 2026', 'The General Election will be held in May.']) {
    assert.deepEqual(actors(DATED(body)), [], body);
  }
  assert.deepEqual(actors(DATED('General Electric said on Monday it would cut 2,000 jobs.')), ['General Electric=organization']);
});

test('a rule with the law that makes it ("Under the constitution, a candidate must win ...") is sourced to the law', () => {
  for (const body of [
    'Under the constitution, a candidate must win more than 50 per cent of valid votes to be elected in the first round.',
    'Under the electoral law, a candidate needs more than 50 per cent of the vote to win outright.',
    'Under Article 5 of the treaty, members must spend 2 per cent of GDP on defence.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (What happened under a law is no rule of it.)
  assert.equal(findings(DATED('Under the new law, prices rose 40 per cent in a year.')).length, 1);
});

test('"the poll showed" after a poll named by its maker is that poll; with none named before, still vague wording', () => {
  const named = DATED('Labour leads by four points, according to a new YouGov poll for The Times. Nigel Farage said the poll showed his party was "the real opposition".');
  assert.deepEqual(findings(named), []);
  assert.deepEqual(findings(DATED('Nigel Farage, the Reform UK leader, said the poll showed his party was ahead.')), ['vague-attribution: poll showed']);
});

test('Europe\'s parties by their members\' name are one group: "Social Democrats", "the Christian Democrats"', () => {
  const text = DATED("Germany's conservatives and Social Democrats reached a coalition deal. The Christian Democrats and the Sweden Democrats agreed.");
  assert.deepEqual(actors(text).filter((a) => a.includes('Democrats')), ['Social Democrats=group', 'The Christian Democrats=group', 'the Sweden Democrats=group']);
  // (Lower case, the believers are no party.)
  assert.deepEqual(actors(DATED('Many social democrats dissent.')), []);
});

test('a coalition agreement after a plural\'s possessive is an agreement: "The Netherlands\' four-party coalition agreement"', () => {
  const agreements = (body: string): string[] => {
    const text = DATED(body);
    return analyze(text).agreements.map((a) => text.slice(a.start, a.end));
  };
  assert.deepEqual(agreements("The Netherlands' four-party coalition agreement was signed on Wednesday."), ['four-party coalition agreement']);
  assert.deepEqual(agreements("The parties' coalition deal gives them 76 seats."), ['coalition deal']);
  assert.deepEqual(agreements("The ministers' agreement was clear."), []);
});

test('a coalition named in its own language, a particle between its words, is one group, no person', () => {
  const text = DATED("Opposition leader Raila Odinga's Azimio la Umoja coalition had asked the court to nullify the result.");
  assert.deepEqual(actors(text), ['Opposition leader Raila Odinga=official', 'Azimio la Umoja coalition=group']);
  assert.deepEqual(attributions(text).map((a) => a.source), ["Opposition leader Raila Odinga's Azimio la Umoja coalition"]);
});

test('a campaign that will wait "before commenting" has said nothing yet', () => {
  const text = DATED("Gutiérrez's campaign said it would wait for the full count before commenting.");
  assert.deepEqual(attributions(text).map((a) => a.cue), ['said']);
  assert.deepEqual(attributions(DATED('He paused before saying that he would resign.')).map((a) => a.cue), ['saying']);
});

test('a politician\'s label opening the sentence leaves the name a person: "Centrist Sergio Fajardo trailed"', () => {
  assert.deepEqual(actors(DATED('Centrist Sergio Fajardo trailed with 6.3% of the vote.')), ['Sergio Fajardo=person']);
});
