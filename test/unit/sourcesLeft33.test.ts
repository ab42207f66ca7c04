// Attribution faults earlier rounds left: a count that goes on in the sentence after its source, a think tank's own
// summary, a passive that names what was said before its agent, a participle after a letter to someone, a briefing's
// role label, a deferral to someone else, a figure trailing a source. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2025-05-06');

test('a bare "Spokesperson:" label speaks for the briefer the lead names', () => {
  const text = DATED(
    [
      'Department Press Briefing',
      'Spokesperson Anna Ford held the daily briefing at the Department of State at 1:42 p.m.',
      '**Spokesperson**: Good afternoon. The Secretary spoke with the Foreign Minister of Kenya today.',
      '**Question**: Will the Secretary travel to the region?',
      '**Spokesperson**: I have no travel to announce.',
    ].join('\n\n'),
  );
  assert.deepEqual(attributions(text).filter((a) => a.cue === ':').map((a) => a.source), ['Spokesperson Anna Ford', null, 'Spokesperson Anna Ford']);
  const un = DATED(
    [
      'The following is a transcript of the noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.',
      '**Spokesman**: Good afternoon. The Secretary-General is in Rio for the summit.',
      '**Question**: Has he spoken with the Prime Minister?',
      '**Spokesman**: Not that I am aware of.',
    ].join('\n\n'),
  );
  assert.deepEqual(attributions(un).filter((a) => a.cue === ':').map((a) => a.source), ['Stéphane Dujarric', null, 'Stéphane Dujarric']);
});

test('"I\'ll let the Secretary speak to that" hands a turn over; no one has spoken', () => {
  for (const body of ["I'll let the Secretary speak to that.", 'We will let the ministry comment on the figures.', "I'll let the Secretary say whether the trip is on."]) {
    assert.deepEqual(attributions(DATED(body)), [], body);
  }
  // (A speaker's own "let me" and a "let" before another verb keep their cues.)
  assert.deepEqual(attributions(DATED('Let me say that the plan is working.')).map((a) => a.cue), ['say']);
  assert.deepEqual(attributions(DATED('She let the deadline pass, then argued that the rules were unfair.')).map((a) => [a.cue, a.source]), [['argued', 'She']]);
});
