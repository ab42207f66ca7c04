// Cue words that report nothing (nouns, adjectives, deeds, questions) and reporting verbs that were missed: what a
// reader sees as attributions, and what the claims check then makes of the sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/segment';
import { findAttributions } from '../../server/src/analysis/attribution';
import { analyze } from '../../server/src/analysis/analyze';
import { seenOf, type Seen } from '../support/seen';

function attributions(text: string): Seen[] {
  return seenOf(text, findAttributions(text, segment(text, 0), []));
}

/** The cue words found in the text, in order. */
function cues(text: string): string[] {
  return attributions(text).map((a) => a.cue);
}

test('a nouny cue in a compound or before a preposition is the noun: "the Senate vote on 3 March", "Border disputes between"', () => {
  assert.deepEqual(cues('The bill must clear the committee before the Senate debate on 3 March.'), []);
  assert.deepEqual(cues('The ministers will meet ahead of the Assembly debate in June 2026.'), []);
  assert.deepEqual(cues('Fishing disputes between the two coastal states have multiplied since 2019.'), []);
  assert.deepEqual(cues('Reports of looting in the port reached the capital overnight.'), []);
  // Still verbs: a plural subject with what it debates or disputes.
  assert.deepEqual(cues('The farmers dispute that the subsidy was ever paid.'), ['dispute']);
});

test('the claims check sees a trend once a false cue no longer hides it', () => {
  const text = '---\ndate: 2025-11-14\n---\nRiver disputes between the neighbours have grown steadily over the past decade.\n';
  const m = analyze(text);
  assert.equal(m.attributions.length, 0);
  assert.ok(m.findings.some((f) => f.code === 'unsourced-claim' && f.reasons.includes('trend')), JSON.stringify(m.findings));
});

test('a yes-no question that opens with its auxiliary reports no one: "Does she accept that ...?"', () => {
  assert.deepEqual(cues('Does the minister accept that the depot has been closed for a year?'), []);
  assert.deepEqual(cues('Mr Halloran (Independent): Will she confirm that the grant was withdrawn in May?'), [':']);
  // A statement with the same verb still reports.
  assert.deepEqual(cues('The minister confirmed that the depot has been closed for a year.'), ['confirmed']);
});

test('goodwill wished to someone is no view: "we wish them well"', () => {
  assert.deepEqual(cues('The coalition may split before spring, and we wish them well.'), []);
  assert.deepEqual(cues('Her rivals wished her every success in the new job.'), []);
});

test('a court\'s holding and ruling are reports: "the judges held that", ", the tribunal ruled."', () => {
  assert.deepEqual(attributions('The appeal judges held that the regulator had exceeded its powers.'), [
    { cue: 'held', source: 'The appeal judges', content: 'the regulator had exceeded its powers.', vague: false },
  ]);
  assert.deepEqual(attributions('The port authority must refund every licence fee it collected, the tribunal ruled.'), [
    { cue: 'ruled', source: 'the tribunal', content: 'The port authority must refund every licence fee it collected', vague: false },
  ]);
  // Holding a thing is no report.
  assert.deepEqual(cues('The two delegations held talks in Vienna on Tuesday.'), []);
  assert.deepEqual(cues('The governing party held that seat for forty years.'), []);
});

test('a publishing act reads its object\'s head, not a noun inside a phrase after it', () => {
  assert.deepEqual(cues('The tribunal published its decision in case 114/24 on Monday.'), []);
  assert.deepEqual(cues('The ministry issued a statement on the strike.').length, 1);
});

test('"-ing" and "-ed" words that describe a noun are no reports', () => {
  // A kind of noun, with the noun's own relative clause.
  assert.deepEqual(cues('The auditors say the scheme imposes reporting duties that small charities cannot carry.'), ['say']);
  // An adjective after a possessive pronoun.
  assert.deepEqual(cues('Few diplomats took their declared aims seriously until the invasion.'), []);
  // A participle whose "source" is a verb phrase after a modal.
  assert.deepEqual(cues('Members will submit yearly national plans showing the route to the target.'), []);
  // A progressive with whom it warns still reports.
  assert.deepEqual(cues('The mayor is warning residents that the bridge will close.'), ['warning']);
});

test('"attributed to" that blames something is no speech and no vague attribution', () => {
  const text = 'Monitors logged 230 ceasefire breaches, most of them attributed to irregular units in the hills.';
  assert.deepEqual(cues(text), []);
});

test('"citing X" between a report and its "that" names the report\'s sources; the content is the that-clause', () => {
  assert.deepEqual(attributions('The Tribune reported, citing three officials, that the summit would be postponed.'), [
    { cue: 'reported', source: 'The Tribune', content: 'the summit would be postponed.', vague: false },
  ]);
});

test('offering or agreeing to do something is a deed, not vague hearsay', () => {
  const got = attributions('The Europeans have offered to extend the deadline by a month.');
  assert.ok(got.every((a) => !a.vague), JSON.stringify(got));
});

test('finding a thing and demonstrating are no reports; a finding and an objection are', () => {
  assert.deepEqual(cues('Latvia and Estonia found new suppliers within a year.'), []);
  assert.deepEqual(cues('Dockworkers have been protesting for three weeks outside the terminal.'), []);
  assert.deepEqual(cues('The inspectors found that the seals had been broken.'), ['found']);
  assert.deepEqual(cues('The review found the agency was short of staff.'), ['found']);
  assert.deepEqual(cues('Parents protested the closure of the clinic.'), ['protested']);
  // Verdicts and judgements with a thing as object are findings too.
  assert.deepEqual(cues('The arbitration panel found against the shipping company on every count.'), ['found']);
  assert.deepEqual(cues('One banking analyst finds the merger plan still unworkable.'), ['finds']);
  assert.deepEqual(cues('The new governor will find it hard to cut the deficit.'), ['find']);
  // "Well may we say": a modal before its pronoun subject, no verb phrase as source.
  assert.deepEqual(cues('Well may we say the old order is over.'), ['say']);
});
