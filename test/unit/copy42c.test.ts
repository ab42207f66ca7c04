// Session 42 (hF): dates and claims in wire copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datedBy, dateValueOf, findingsOf } from '../support/article';

const on = datedBy('2025-11-14');

test('a weekday after a vote to do something, told in the past, is the vote\'s own day, gone by', () => {
  assert.equal(dateValueOf(on('The Senate voted 60-40 to advance the stopgap spending bill on Sunday.'), 'Sunday'), '2025-11-09');
  assert.equal(dateValueOf(on('Lawmakers voted to lift the state of emergency on Tuesday, ending a month of curfews.'), 'Tuesday'), '2025-11-11');
  // What a decision is to do in a month still lies ahead.
  assert.equal(dateValueOf(on('The Senate voted to hold a referendum in March.'), 'March'), '2026-03');
});

// (A bond's tenor, "the 10-year Treasury yield", stays a duration: TimeBank marks "the 30-year Treasury bond" as P30Y.)

test('the end of a fiscal year set beside its day ahead is the end of the year that day closes', () => {
  const text = on('The government must balance its books by the end of the fiscal year on March 31.');
  assert.equal(dateValueOf(text, 'March 31'), '2026-03-31');
  assert.equal(dateValueOf(text, 'the end of the fiscal year'), '2026');
  assert.equal(dateValueOf(on('Tokyo aims to pass the extra budget before the end of the fiscal year in March.'), 'the end of the fiscal year'), '2026');
});

test('a market level held for the day ("steady at", "flat at", "unchanged at") is the day\'s market news, no unsourced claim', () => {
  assert.deepEqual(findingsOf(on('The euro was steady at $1.16 on Tuesday.')), []);
  assert.deepEqual(findingsOf(on('Gold was flat at $4,080 an ounce in early trading.')), []);
  assert.deepEqual(findingsOf(on('The yen was unchanged at 154.6 per dollar.')), []);
  // A level that is no price, or one given a cause, stays a claim.
  assert.equal(findingsOf(on('Unemployment was steady at 4.1% in October.')).length, 1);
  assert.equal(findingsOf(on('The euro was steady at $1.16 after the central bank signalled more cuts.')).length, 1);
});

test('"the most" and a word of difficulty before issues or questions names an agenda, no superlative claim; other superlatives stay', () => {
  assert.deepEqual(findingsOf(on('The revised framework leaves the most sensitive issues for the presidents to settle.')), []);
  assert.deepEqual(findingsOf(on('Negotiators set aside the most contentious questions until the final round.')), []);
  assert.equal(findingsOf(on('The bridge was the most expensive project in the country\'s history.')).length, 1);
  assert.equal(findingsOf(on('The storm was the most destructive to hit the island in a decade.')).length, 1);
});

test('a day after "the year ending" is the last day of a year still running, ahead; after "the year ended" it is gone by', () => {
  assert.equal(dateValueOf(on('Sony raised its profit forecast for the year ending March 31.'), 'March 31'), '2026-03-31');
  assert.equal(dateValueOf(on('The lender cut its outlook for the fiscal year ending March 31 as loan losses mounted.'), 'March 31'), '2026-03-31');
  assert.equal(dateValueOf(on('The lender reported a record profit for the year ended March 31.'), 'March 31'), '2025-03-31');
});
