// Dates in the house styles of other regions and formats, run through the full analysis: day-first slash dates,
// Hijri dates, an email's Date: header, financial years, and a weekday whose verb comes after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';

const gazetteer = createGazetteer(builtinGlossary());

/** The dates of an article as "text=TYPE:value" (with "/MOD" when there is one). */
function dates(text: string, referenceDate?: string): string[] {
  return analyze(text, { gazetteer, referenceDate }).dates.map((d) => `${d.text}=${d.type}:${d.value}${d.mod ? `/${d.mod}` : ''}`);
}

test('a weekday before its clause takes the tense of the verb after it', () => {
  // 2025-11-14 is a Friday.
  const got = dates('On Wednesday the board will vote on the budget. On Tuesday the mayor opened a bridge.', '2025-11-14');
  assert.ok(got.includes('Wednesday=DATE:2025-11-19'), got.join(', '));
  assert.ok(got.includes('Tuesday=DATE:2025-11-11'), got.join(', '));
  // A past verb after the day keeps the day behind.
  const said = dates('On Monday officials said the plan would change.', '2025-11-14');
  assert.ok(said.includes('Monday=DATE:2025-11-10'), said.join(', '));
});
