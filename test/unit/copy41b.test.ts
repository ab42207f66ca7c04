// Copy of session 41's attribution and claim fixes: who "who" relates, a participle's source after a clause with an
// irregular past, a post's platform, a market's move without a figure and a body's release of its papers. Sentences
// written for these tests in the style of wire copy, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, attributionsOf, datedBy, findingsOf } from '../support/article';

const DATED = datedBy('2025-11-14');
/** The source of the cue `cue` in a one-sentence article. */
const sourceOf = (body: string, cue: string) => attributionsOf(DATED(body)).find((a) => a.cue === cue)?.source;
const unsourced = (body: string) => findingsOf(DATED(body)).filter((f) => f.startsWith('unsourced-claim'));

test('"who" after those an act was aimed at relates them: they are the source', () => {
  assert.equal(sourceOf('The army kept firing at the crowd who said they were unarmed.', 'said'), 'the crowd');
  assert.equal(sourceOf('The ministry denies soldiers fired on protesters, who said they were peaceful.', 'said'), 'protesters');
  assert.equal(sourceOf('Police fired tear gas at students, who said they had been beaten.', 'said'), 'students');
  // (A place after "at" is no one "who" relates: the people before it speak.)
  assert.equal(sourceOf('Officials stationed at the embassy, who said they were safe, left on Friday.', 'said'), 'Officials stationed at the embassy');
});

test("a participle set off after a clause whose verb is an irregular past takes the clause's subject", () => {
  assert.equal(sourceOf('The judges upheld the warrants, finding that the evidence was sufficient.', 'finding'), 'The judges');
  assert.equal(sourceOf('The appeals court upheld the sentence, saying the trial had been fair.', 'saying'), 'The appeals court');
  assert.equal(sourceOf('The regulator withheld approval, arguing that the data were incomplete.', 'arguing'), 'The regulator');
});

test("a participle after a clause whose subject has a place after \"in\" takes that subject, and a month is no place", () => {
  assert.equal(sourceOf('A federal judge in Boston blocked the policy on Tuesday, writing that the agency had exceeded its authority.', 'writing'), 'A federal judge in Boston');
  assert.equal(sourceOf('The EU in March approved the plan, saying it would help farmers.', 'saying'), 'The EU');
});

test('a post on a platform keeps the platform in its source, and the platform is no one', () => {
  const body = 'The minister resigned on Friday, according to a post on X.';
  assert.equal(sourceOf(body, 'according to'), 'a post on X');
  assert.equal(sourceOf('The strike was called off, according to a video on Telegram by the union.', 'according to'), 'a video on Telegram by the union');
  assert.equal(sourceOf('According to a post on X, the minister resigned.', 'According to'), 'a post on X');
  assert.equal(analyzeArticle(DATED(body)).actors.some((a) => a.text === 'X'), false);
  // (When it was posted is still no part of it, and initials keep their full stop.)
  assert.equal(sourceOf('The minister resigned, according to a post on Monday.', 'according to'), 'a post');
  assert.equal(sourceOf('The talks collapsed, according to the U.S.', 'according to'), 'the U.S.');
});

test("a market's move with no figure is read off the market: no unsourced claim", () => {
  assert.deepEqual(unsourced('Shares of Nvidia fell sharply this week.'), []);
  assert.deepEqual(unsourced('Oil prices edged higher on Monday.'), []);
  assert.deepEqual(unsourced('Asian stocks rallied for a third straight session.'), []);
  // A cause, or prices that are no market's, stay claims.
  assert.equal(unsourced('Shares of Nvidia fell sharply this week after the company cut its forecast.').length, 1);
  assert.equal(unsourced('Prices fell sharply this year.').length, 1);
});

test("a body's release of its papers, with their count, is its own public act: no unsourced claim", () => {
  assert.deepEqual(unsourced('The House Oversight Committee released 20,000 pages of documents on Wednesday.'), []);
  assert.deepEqual(unsourced('The Justice Department published 300 emails on Friday.'), []);
  assert.deepEqual(unsourced('The FBI released 12 pages of notes on Friday.'), []);
  // What is released that is no paper, or a count no body gave out, stays a claim.
  assert.equal(unsourced('The ministry released 40 prisoners on Friday.').length, 1);
  assert.equal(unsourced('Hackers released 20,000 pages of documents on Wednesday.').length, 1);
});

test('a plural after a verb that raises it is a noun: its adjective is no source', () => {
  const seen = attributionsOf(DATED('Comer said the documents raised serious questions.'));
  assert.deepEqual(seen.map((a) => [a.cue, a.source]), [['said', 'Comer']]);
  assert.equal(attributionsOf(DATED('The disclosure prompted fresh doubts.')).length, 0);
});

test('a verb that takes no object ends the source of a "who" after its preposition\'s object', () => {
  assert.equal(sourceOf('Demonstrators clashed with police in the capital, who said they had arrested 40 people.', 'said'), 'police in the capital');
});

test('", which" after a maker named after "by" speaks for the maker, when the noun opens the sentence too', () => {
  assert.equal(sourceOf('Data compiled by the agency, which said exports fell, showed a slowdown.', 'said'), 'the agency');
  assert.equal(sourceOf('Figures released by the ministry, which said the economy grew, were revised.', 'said'), 'the ministry');
});

test('papers a body files or issues, and those it charges, counted, are its own record: no unsourced claim', () => {
  assert.deepEqual(unsourced('Prosecutors filed 34 felony counts against the former president.'), []);
  assert.deepEqual(unsourced('The committee issued subpoenas to 14 companies on Thursday.'), []);
  assert.deepEqual(unsourced('The SEC charged 12 people with insider trading.'), []);
  // (A judgement on it is still the reporter's claim.)
  assert.equal(unsourced('The SEC charged 12 people with insider trading, the biggest case in a decade.').length, 1);
});

test("a market's move where it trades, and a judge's own order with its figure, are no unsourced claims", () => {
  assert.deepEqual(unsourced('Stocks on Wall Street fell sharply on Friday.'), []);
  assert.deepEqual(unsourced('The judge set bail at $500,000.'), []);
  assert.deepEqual(unsourced('A federal judge ordered the administration to restore $2 billion in grants.'), []);
});

test('the people an act was aimed at keep where they were when "who" relates them', () => {
  assert.equal(sourceOf('Troops fired on the crowd in the square, who said they had been peaceful.', 'said'), 'the crowd in the square');
});

test('"on" after people who study a topic names the topic: "who" relates the people', () => {
  assert.equal(sourceOf('The ministry consulted experts on migrants, who said the data were incomplete.', 'said'), 'experts on migrants');
});
