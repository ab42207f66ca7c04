// Attribution grammar around a cue: which words are the source, which the cue, and where the content starts
// (relative clauses, "according to" phrases, nouns and deeds that only look like cues).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/segment';
import { findAttributions } from '../../server/src/analysis/attribution';

interface Seen {
  cue: string;
  source: string | null;
  content: string | null;
}

function seen(text: string): Seen[] {
  return findAttributions(text, segment(text, 0), []).map((a) => ({
    cue: a.text,
    source: a.source?.text ?? null,
    content: a.content ? text.slice(a.content.start, a.content.end) : null,
  }));
}

/** The attribution whose cue is `cue`, or undefined. */
function byCue(text: string, cue: string): Seen | undefined {
  return seen(text).find((a) => a.cue === cue);
}

test('a named speaker with a relative clause and "said in a video message" keeps the speaker and the cue', () => {
  const text = 'In Lima, union leader Tomás Quispe Huamán, who has gone into hiding, said in a video message that the strike would continue.';
  assert.deepEqual(seen(text), [{ cue: 'said in a video message', source: 'union leader Tomás Quispe Huamán', content: 'the strike would continue.' }]);
  // (The frame covers a kind of message before its noun.)
  assert.equal(byCue('The mayor said in a radio address that buses were free.', 'said in a radio address')?.content, 'buses were free.');
});

test('"according to" at the start of a sentence: the source runs to the comma that ends its noun phrase', () => {
  assert.deepEqual(seen('According to a letter signed by the Special Envoy to the Governor on Trade and Industry, Ada Obi, the tariffs were lifted in May.'), [
    { cue: 'According to', source: 'a letter signed by the Special Envoy to the Governor on Trade and Industry, Ada Obi', content: 'the tariffs were lifted in May.' },
  ]);
  assert.deepEqual(seen('According to papers released at the inquiry, the council spent twice its budget.'), [
    { cue: 'According to', source: 'papers released at the inquiry', content: 'the council spent twice its budget.' },
  ]);
  // When it came out is no part of who said it, nor of what was said.
  assert.deepEqual(seen('According to a memo on Tuesday, the depot will close.'), [{ cue: 'According to', source: 'a memo', content: 'the depot will close.' }]);
});
