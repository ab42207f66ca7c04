// Op-eds, columns, editorials, commentaries and analysis pieces: the author's own argument is opinion, not an unsourced
// claim of fact, but the facts it gives with figures still need a source. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-11-24');
const unsourced = (text: string): string[] => findings(text).filter((f) => f.startsWith('unsourced-claim')).map((f) => f.slice('unsourced-claim: '.length));

test('an opinion piece\'s judgments and predictions are the author\'s; its figures still need a source', () => {
  const body = [
    'None of this will be easy. Russia will almost certainly test the alliance again. The bill is the best chance in a generation.',
    'England built about 200,000 homes last year. House prices are now more than eight times average earnings.',
  ].join('\n\n');
  const figures = ['England built about 200,000 homes last year.', 'House prices are now more than eight times average earnings.'];
  for (const head of [
    '# Opinion | Europe Cannot Keep Outsourcing Its Security',
    '# The Times view on the housing bill: Build, Don\'t Dither\n\nEDITORIAL',
    '# Commentary: The Sahel After the Coups\n\nBy Amara Diallo',
    '# The Fed is fighting the last war\n\nBy Paul Whitaker | Columnist',
    'Editorial Board | The Washington Herald',
    '# Analysis: Why the export controls are a warning shot',
  ]) assert.deepEqual(unsourced(DATED(`${head}\n\n${body}`)), figures, head);
  // (Or the author's tagline says so.)
  const tagged = DATED(`# Europe Cannot Keep Outsourcing Its Security\n\n*By Margaret Ellison*\n\n*Margaret Ellison is a senior fellow at the Council on Foreign Relations. The views expressed are the author's own.*\n\n${body}`);
  assert.deepEqual(unsourced(tagged), figures);
  const disclaimed = DATED(`# The Fed is fighting the last war\n\n${body}\n\nThe views expressed in this column are those of the author and do not necessarily reflect the views of this publication.`);
  assert.deepEqual(unsourced(disclaimed), figures);
  // A news story's are flagged, as before.
  assert.equal(unsourced(DATED(`# Europe weighs its security\n\n${body}`)).length, 5);
});

test('an author\'s "most recent book" says when it came out, no superlative to source', () => {
  assert.deepEqual(unsourced(DATED('Noa Shapiro\'s most recent book is "The Divided State." Her most recent report was published in May.')), []);
  assert.deepEqual(unsourced(DATED('The ministry\'s most expensive programme was cancelled.')), ['The ministry\'s most expensive programme was cancelled.']);
});

test('"The conventional wisdom holds that" is one vague attribution, not two', () => {
  const text = DATED('The conventional wisdom holds that the coups were driven by disinformation.');
  assert.deepEqual(findings(text), ['vague-attribution: The conventional wisdom holds']);
  assert.deepEqual(attributions(text).map((a) => [a.cue, a.source, a.vague]), [['holds', 'The conventional wisdom', true]]);
});

test('a columnist\'s beat, a telling detail and history repeating report no words', () => {
  for (const body of [
    'Paul Whitaker writes about economics and finance for the paper.',
    'The timing is telling. The announcement came two days after the vote.',
    'History does not repeat, but it rhymes.',
    'History repeats itself, first as tragedy.',
  ]) assert.deepEqual(attributions(DATED(body)), [], body);
  // (What is written about, with its words, and a repeated quotation still report.)
  assert.deepEqual(attributions(DATED('She writes about the war that it was "a catastrophe of choice."')).map((a) => a.cue), ['writes']);
  assert.deepEqual(attributions(DATED('"We will not leave," the minister repeated.')).map((a) => [a.cue, a.source]), [['repeated', 'the minister']]);
  assert.deepEqual(attributions(DATED('The minister is telling reporters that the deal is done.')).map((a) => a.cue), ['telling reporters']);
});

test('the time spent saying something stands between the speaker and the verb', () => {
  const cases: [string, string][] = [
    ['Its officials spent 2021 insisting that inflation was transitory.', 'Its officials'],
    ['The minister spent the weekend denying that the deal was dead.', 'The minister'],
    ['Critics have spent months arguing that the plan is flawed.', 'Critics'],
  ];
  for (const [body, source] of cases) assert.equal(attributions(DATED(body))[0]?.source, source, body);
});

test('an author\'s tagline names a person, whatever the given name', () => {
  const people = (body: string): string[] => analyze(DATED(body)).actors.filter((a) => a.category === 'person').map((a) => a.text);
  assert.deepEqual(people('Amara Diallo is a fellow with the Africa Program at the Center for Strategic and International Studies.'), ['Amara Diallo']);
  assert.deepEqual(people('Temitope Okonjo is a senior fellow at the Brookings Institution.'), ['Temitope Okonjo']);
  assert.deepEqual(people('Noa Shapiro is a columnist for Haaretz.'), ['Noa Shapiro']);
  assert.deepEqual(people('Goldman Sachs is a partner in the deal.'), []);
});

test('a dateline of two words in capitals is a place, no acronym of a body', () => {
  const actors = (body: string): string[] => analyze(DATED(body)).actors.map((a) => a.text);
  for (const place of ['TEL AVIV', 'KUALA LUMPUR', 'ADDIS ABABA', 'BUENOS AIRES']) {
    assert.deepEqual(actors(`# Opinion | The next government must choose\n\nBy Noa Shapiro\n\n${place} — The election in March will be the sixth in seven years.`), [], place);
  }
  assert.deepEqual(actors('The summit in KUALA LUMPUR was delayed, and NAVCENT said so.'), ['NAVCENT']);
});

test('a people\'s thinking is a noun, and a disclaimer\'s "views expressed in this column" report nothing', () => {
  for (const body of [
    'The war has changed European thinking for good.',
    'The election changed German thinking on defence.',
    'The views expressed in this column are those of the author and do not reflect the views of this publication.',
  ]) assert.deepEqual(attributions(DATED(body)), [], body);
  assert.deepEqual(attributions(DATED('In this column, the minister argued that the plan was sound.')).map((a) => a.source), ['the minister']);
});
