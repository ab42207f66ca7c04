// Copy of session 41's date fixes (helper A): months, weekdays of a month, companies' quarters and habits, read as a
// news reader reads them. Sentences written for these tests, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateValueOf, datedBy } from '../support/article';

const DATED = datedBy('2025-11-14');
const value = (body: string, span: string) => dateValueOf(DATED(body), span);

test('a month after a present verb of hope or aim is the next one', () => {
  assert.equal(value('Hassett hopes to succeed Powell in May.', 'May'), '2026-05');
  assert.equal(value('The central bank aims to end its bond purchases in March.', 'March'), '2026-03');
  assert.equal(value('The chancellor is seeking to pass the budget in February.', 'February'), '2026-02');
  assert.equal(value('Ortega wants to hold the vote in April, aides say.', 'April'), '2026-04');
  // A month in a sentence told in the past stays the last one.
  assert.equal(value('Hassett met Powell in May.', 'May'), '2025-05');
});
