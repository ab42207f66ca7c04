// Court, tribunal and prosecution copy: rulings and their votes, indictments and pleas, sentencing, statutes and case
// numbers, judges and police officers by rank. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-11-27');
const cueSource = (body: string): [string, string | null][] => attributions(DATED(body)).map((a) => [a.cue, a.source]);
const actors = (body: string): string[] => analyze(DATED(body)).actors.map((a) => `${a.text}/${a.category}`);
const dates = (body: string): string[] => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.value}`);

test('a court that "ruled Friday that" or "ruled 6-3 that" reports its ruling', () => {
  for (const [body, cue, source] of [
    ['An appeals court ruled Friday that most of the levies were imposed unlawfully.', 'ruled', 'An appeals court'],
    ['The Supreme Court on Monday ruled 6-3 that federal agencies cannot impose such penalties in-house.', 'ruled 6-3', 'The Supreme Court'],
    ['The constitutional court ruled 5-4 on Tuesday that the decree was void.', 'ruled 5-4', 'The constitutional court'],
  ]) {
    assert.deepEqual(cueSource(body), [[cue, source]], body);
    assert.deepEqual(findings(DATED(body)), [], body);
  }
});

test('a vote\'s tally, a case\'s number and a section of a code are no figures to source', () => {
  for (const body of [
    'In a 7-4 decision, the appeals court agreed with a lower court that the act did not allow the levies.',
    "The court's 5-4 ruling overturned the precedent.",
    'The court said in its judgment in Case C-703/23 P that the General Court had not erred in law.',
    'He was charged with making false statements under 18 U.S.C. § 1001 and with unlawful retention under § 793(e) of the code.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (A count is still one: "In a 7-4 decision, the court cut 300 jobs" is judged for its figure.)
  assert.equal(findings(DATED('In a 7-4 decision, the board cut 300 jobs at the plant.')).length, 1);
});

test('a code of law or a treaty cited by its initials is no body', () => {
  for (const body of [
    'He was charged with two counts of making false statements in violation of 18 U.S.C. § 1001.',
    'Under Article 263 TFEU, an action for annulment must be brought within two months.',
  ]) assert.deepEqual(actors(body), [], body);
});

test('"The court heard" and "the inquest heard" report the clause that follows, with or without "that"', () => {
  for (const [body, source] of [
    ['The court heard Carter had been drinking for most of the previous day.', 'The court'],
    ['The inquest heard she had been treated for depression since 2019.', 'The inquest'],
    ['The jury heard the defendant had bought the knife two days earlier.', 'The jury'],
  ]) assert.deepEqual(cueSource(body), [['heard', source]], body);
  // (What a court heard as a case is no report: "The court heard the appeal on Monday.")
  assert.deepEqual(cueSource('The court heard the appeal on Monday.'), []);
});

test('a plea of guilty or not guilty reports no words', () => {
  for (const body of [
    'Hurst pleaded not guilty at an arraignment on Thursday.',
    'Ex-mayor pleads guilty in bribery case',
    'The company pleaded no contest to the charges.',
  ]) assert.deepEqual(cueSource(body), [], body);
  // (A plea for something still reports: "She pleaded with the judge to spare her son.")
  assert.deepEqual(cueSource('She pleaded with the judge to spare her son.'), [['pleaded', 'She']]);
});

test('"the most serious charge" names a count, no superlative to source', () => {
  assert.deepEqual(findings(DATED('He faces up to 10 years in prison on the most serious charge.')), []);
  assert.deepEqual(findings(DATED('She was acquitted of the most serious counts.')), []);
});

test('"Oct. 14 and 15 that": the second day of a hearing before "that" is a date', () => {
  assert.deepEqual(dates('Ravenia argued at hearings on Oct. 14 and 15 that the court lacked jurisdiction.'), ['Oct. 14=2026-10-14', '15=2026-10-15']);
});

test('"the bloc" after a court of the Union is the Union, not the court', () => {
  const text = DATED("The EU adopted the framework in 2023. The Court of Justice of the European Union on Thursday upheld the bloc's data transfer framework.");
  assert.deepEqual(analyze(text).actors.map((a) => `${a.text}/${a.entity}`), ['EU/eu', 'Court of Justice of the European Union/cjeu', 'the bloc/eu']);
  // (With no Union named before, the bloc is no court either.)
  const alone = DATED("The Court of Justice of the European Union on Thursday upheld the bloc's data transfer framework.");
  assert.ok(!analyze(alone).actors.some((a) => a.text === 'the bloc' && a.entity === 'cjeu'));
});

test('a police officer by a British rank is an official', () => {
  for (const [body, actor] of [
    ['Det Insp Helen Shaw said the attack was cowardly.', 'Det Insp Helen Shaw/official'],
    ['Det Supt Mark Evans said officers had arrested two men.', 'Det Supt Mark Evans/official'],
    ['DCI Sarah Jones said the victim had been targeted.', 'DCI Sarah Jones/official'],
    ['Detective Chief Inspector Amy Hale said the inquiry was continuing.', 'Detective Chief Inspector Amy Hale/official'],
  ]) assert.deepEqual(actors(body), [actor], body);
});

test('a titled person "of" a body is the person and the body, not one body of both', () => {
  for (const [body, want] of [
    ['Speaking after the hearing, Det Insp Helen Shaw of Greater Manchester Police said the attack was cowardly.', ['Det Insp Helen Shaw/official', 'Greater Manchester Police/government']],
    ['Dr Jane Doe of Oxford University said the evidence was weak.', ['Dr Jane Doe/person', 'Oxford University/organization']],
  ] as [string, string[]][]) assert.deepEqual(actors(body), want, body);
  // (A body whose name opens with a title's word stays whole: "Queen Mary University of London".)
  assert.deepEqual(actors('Queen Mary University of London said it would appeal.'), ['Queen Mary University of London/organization']);
});

test('"Justices" before a list of names makes each an official', () => {
  assert.deepEqual(actors('Sotomayor wrote in a dissent joined by Justices Elena Kagan and Ketanji Brown Jackson.').slice(-2), ['Elena Kagan/official', 'Ketanji Brown Jackson/official']);
});

test('a counsel who "submitted that" and a bench that "observed" report', () => {
  assert.deepEqual(cueSource('Senior counsel Kapil Sibal, appearing for the petitioners, submitted that notices were served late.'), [['submitted', 'Senior counsel Kapil Sibal']]);
  assert.deepEqual(cueSource('"You cannot bulldoze homes overnight," the bench observed.'), [['observed', 'the bench']]);
  // (A thing submitted is no report: "The state submitted a report to the court.")
  assert.deepEqual(cueSource('The state submitted a report to the court.'), []);
});

test('a sentence\'s term, a coordinated verb, a quarrel and a passive\'s participle report no vague source', () => {
  for (const body of [
    'Carter must serve two-thirds of his sentence before he can be considered for release.',
    'Prosecutors agreed to drop four other counts and to recommend a sentence at the low end of the range.',
    'He had been drinking for most of the previous day and had argued with a neighbour over a parking space.',
  ]) assert.deepEqual(findings(DATED(body)).filter((f) => f.startsWith('vague')), [], body);
  assert.deepEqual(cueSource('He had argued with a neighbour over a parking space.'), []);
  // ("the rights claimed by Talmora": a passive's participle, its agent the source.)
  assert.deepEqual(cueSource('The court found that at least some of the rights claimed by Talmora were plausible.'), [['found', 'The court'], ['claimed', 'Talmora']]);
  // (A vague subject is still one: "Some critics and analysts argued that the sentence was lenient.")
  assert.deepEqual(findings(DATED('Some critics and analysts argued that the sentence was lenient.')).filter((f) => f.startsWith('vague')).length, 1);
});

test('"its earlier ruling that declared" is the ruling named, no cue of its own', () => {
  const got = cueSource('The Supreme Court on Wednesday reserved its verdict on appeals against its earlier ruling that declared military trials of civilians unconstitutional.');
  assert.ok(!got.some(([cue]) => cue === 'ruling'), JSON.stringify(got));
});

test('a barrister "defending" or "prosecuting" is set off as a role, not a second cue', () => {
  assert.deepEqual(cueSource('In mitigation, Chris Brett, defending, said his client was deeply ashamed.'), [['said', 'Chris Brett']]);
  assert.deepEqual(cueSource('Rachel Amis, prosecuting, told the court the fire had spread quickly.'), [['told', 'Rachel Amis']]);
});

test('a surname that is a plural of a body\'s one-word name is the person\'s: "Pierre Dumas" is no State Duma', () => {
  assert.deepEqual(actors('A lawyer for the accused, Pierre Dumas, called the charges baseless.'), ['Pierre Dumas/person']);
  // (The chamber itself still is one: "The Duma voted on Tuesday.")
  assert.deepEqual(actors('The Duma voted on Tuesday.'), ['Duma/government']);
});

test('a law by its initials that someone is charged or held under, or that was violated, is no body', () => {
  for (const body of [
    'He was charged under RICO and the FCPA.',
    'The activist was detained by police under the UAPA in May.',
    'The levies were imposed under IEEPA, the court ruled.',
    'The company admitted violating the FCPA.',
  ]) assert.deepEqual(actors(body).filter((a) => /^[A-Z]{3,}\//.test(a)), [], body);
  // (A body a force serves under is still one: "Fighters under the RSF advanced.")
  assert.deepEqual(actors('Fighters under the RSF advanced on the town.').filter((a) => a.startsWith('RSF')).length, 1);
});

test('"the U.S. attorney\'s office" in lower case is the prosecutors\' office, not the country', () => {
  for (const [body, actor] of [
    ["The U.S. attorney's office in Manhattan declined to comment.", "U.S. attorney's office/government"],
    ["The U.S. attorney's office for the Northern District of Illinois said the investigation was continuing.", "U.S. attorney's office/government"],
  ]) assert.deepEqual(actors(body), [actor], body);
});
