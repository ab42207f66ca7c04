// Central-bank statements and minutes, budget stories, IMF outlooks and inflation wire copy: what a careful reader of
// each marks as a date, an actor, an attribution or a claim to source. Sentences of our own, one case a line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';

const gazetteer = createGazetteer(builtinGlossary());
/** A Friday. */
const REF = '2026-11-27';

/** The dates of a text as "text=TYPE:value". */
function dates(text: string): string[] {
  return analyze(text, { gazetteer, referenceDate: REF }).dates.map((d) => `${d.text}=${d.type}:${d.value}`);
}

test('dates of economic copy', () => {
  // [text, dates it must have, texts that must be no date]
  const cases: [string, string[], string[]][] = [
    // A rate's base is no stretch of time.
    ['On a month-on-month basis, prices rose 0.2 percent.', [], ['a month']],
    ['Output rose 2 percent on a year-on-year basis and 0.5 percent on a quarter-over-quarter basis.', [], ['a year', 'a quarter']],
    ['It will take a month to finish.', ['a month=DURATION:P1M'], []],
    // A decrease "in" something is no autumn, whatever comes before it.
    ['The MPC will take comfort from the fall in services inflation.', [], ['the fall']],
    ['Since the fall in oil prices, growth has slowed.', [], ['the fall']],
    ['The talks resumed after the fall in Paris.', ['the fall=DATE:2026-FA'], []],
    // Data for a month come out after it: the latest such month, in any tense.
    ['It is likely that the division will widen if inflation data for October surprise.', ['October=DATE:2026-10'], []],
    ['Traders will watch figures for September closely.', ['September=DATE:2026-09'], []],
    // A meeting's minutes are its record, also opening a sentence.
    ['Minutes of the Federal Open Market Committee meeting held in October were released.', [], ['Minutes']],
    ["Minutes from this week's meeting will be published in three weeks.", ['three weeks=DURATION:P3W'], ['Minutes']],
    ['Within minutes of the meeting ending, shares fell.', ['minutes=DURATION:PTXM'], []],
  ];
  const wrong: string[] = [];
  for (const [text, want, notDates] of cases) {
    const got = dates(text);
    for (const w of want) if (!got.includes(w)) wrong.push(`${text}\n  want ${w}\n  got ${got.join(', ')}`);
    for (const n of notDates) if (got.some((g) => g.startsWith(`${n}=`))) wrong.push(`${text}\n  ${n} is no date\n  got ${got.join(', ')}`);
  }
  assert.deepEqual(wrong, []);
});
