// Copy of session 41's fixes: a body named after its country's possessive that the glossary has under the country's
// adjective. Sentences written for these tests, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy } from '../support/article';

const DATED = datedBy('2025-11-24');
const actor = (body: string, text: string) => analyze(DATED(body)).actors.find((a) => a.text === text);

test("a body after its country's possessive is the glossary's entry of the country's adjective and that body", () => {
  assert.equal(actor("Brazil's Supreme Court ruled on Tuesday that the decree was unconstitutional.", 'Supreme Court')?.entity, 'brazil-stf');
  assert.equal(actor("Germany's Federal Cartel Office opened an inquiry into the merger.", 'Federal Cartel Office')?.entity, 'bundeskartellamt');
  // One the glossary has no entry for stays unlinked (and never becomes another country's court).
  const israel = actor("Israel's Supreme Court froze the dismissal.", 'Supreme Court');
  assert.equal(israel?.category, 'government');
  assert.equal(israel?.entity ?? null, null);
  // A body that is no possessive's stays as it was.
  assert.equal(actor('The Brazilian Supreme Court ruled on Tuesday.', 'Brazilian Supreme Court')?.entity, 'brazil-stf');
});
