// Session 42 (hF): dates and claims in wire copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datedBy, dateValueOf } from '../support/article';

const on = datedBy('2025-11-14');

test('a weekday after a vote to do something, told in the past, is the vote\'s own day, gone by', () => {
  assert.equal(dateValueOf(on('The Senate voted 60-40 to advance the stopgap spending bill on Sunday.'), 'Sunday'), '2025-11-09');
  assert.equal(dateValueOf(on('Lawmakers voted to lift the state of emergency on Tuesday, ending a month of curfews.'), 'Tuesday'), '2025-11-11');
  // What a decision is to do in a month still lies ahead.
  assert.equal(dateValueOf(on('The Senate voted to hold a referendum in March.'), 'March'), '2026-03');
});
