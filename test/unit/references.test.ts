// Session-23 fixes to agreements and dates: which agreement a description refers back to, where an agreement's name
// starts and ends, descriptions without a name; and clock times, decades, office hours, months, seasons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';
import { analyze } from '../../server/src/analysis/analyze';
import { segment } from '../../server/src/analysis/segment';
import { textReport } from '../../server/src/cli/text';

const gazetteer = createGazetteer(builtinGlossary());

/** Agreements found in an article, as "text|entity" (with "|unnamed" and " -> antecedent" where they apply). */
function agreements(body: string): string[] {
  const model = analyze(`---\ndate: 2025-11-14\n---\n${body}`, { gazetteer });
  return model.agreements.map((a) => `${a.text}|${a.entity ?? '-'}${a.unnamed ? '|unnamed' : ''}${a.antecedent ? ` -> ${a.antecedent.text}` : ''}`);
}

/** Actor texts found in an article. */
function actors(body: string): string[] {
  return analyze(`---\ndate: 2025-11-14\n---\n${body}`, { gazetteer }).actors.map((a) => a.text);
}

test('a definite description skips an agreement cited only as a precedent', () => {
  const found = agreements(
    'The tribunal upheld the Treaty on Joint Fisheries in the Adriatic, signed by Italy and Croatia. As in its judgments on the Ems Estuary Treaty, the tribunal deferred to the legislature. A dissenting judge said the treaty went too far.',
  );
  assert.ok(found.includes('the treaty|- -> Treaty on Joint Fisheries in the Adriatic'), found.join('\n'));
  // Without an earlier treaty, the cited one is still the only candidate.
  const alone = agreements('Its rulings on the Lisbon Treaty were cited. Critics say the treaty was misread.');
  assert.ok(alone.includes('the treaty|lisbon-treaty -> Lisbon Treaty'), alone.join('\n'));
});

test('a description with a year goes to the agreement of that year, never to a draft', () => {
  const found = agreements(
    'Negotiators tabled a draft framework to succeed the 2015 Joint Comprehensive Plan of Action.\n\nA senior envoy recalled that “nobody trusted anyone” in the months before the 2015 agreement.',
  );
  assert.ok(found.includes('the 2015 agreement|jcpoa -> Joint Comprehensive Plan of Action'), found.join('\n'));
});

test('an agreement name ends before a list of parties that a comma cuts', () => {
  const body = 'The Senate ratified the North Sea Grid Agreement between the Kingdom of Norway, the Kingdom of Denmark and Germany.';
  assert.deepEqual(agreements(body), ['North Sea Grid Agreement|-']);
  assert.ok(actors(body).includes('Kingdom of Norway'), actors(body).join('\n'));
});

test('a resolution name starts at its noun, not at the verb of the line before it', () => {
  assert.deepEqual(agreements('The Council acted on Monday, Renewing Resolution 2744 (2024) without a vote.'), ['Resolution 2744 (2024)|-']);
  assert.deepEqual(agreements('Welcoming resolution 2312 (2016), members spoke.'), ['resolution 2312 (2016)|-']);
});

test('an agreement name reads left over a list with commas and over parties joined by an en dash', () => {
  assert.deepEqual(agreements('Ministers signed the EU–Moldova Research, Innovation and Mobility Partnership Agreement.'), [
    'EU–Moldova Research, Innovation and Mobility Partnership Agreement|-',
  ]);
  // A comma outside the name stays outside it.
  assert.deepEqual(agreements('In Lima, Pacific Tuna Agreement members met.'), ['Pacific Tuna Agreement|-']);
});

test('a description with hyphenated modifiers is an unnamed agreement', () => {
  assert.deepEqual(agreements('Both governments will sign an aerospace-supply partnership agreement in spring.'), ['an aerospace-supply partnership agreement|-|unnamed']);
});

test('a place and a topic before "deal" describe the deal, and later mentions form one chain', () => {
  const found = agreements(
    'Papers react to the Vilnius power deal\n\nMonday’s agreement between Latvia and Estonia on grid balancing was welcomed. One editor called the deal overdue; another said the agreement came late.',
  );
  assert.deepEqual(found, [
    'Vilnius power deal|-|unnamed',
    'agreement|-|unnamed -> Vilnius power deal',
    'the deal|-|unnamed -> Vilnius power deal',
    'the agreement|-|unnamed -> Vilnius power deal',
  ]);
});

/** Dates found in an article dated 14 November 2025, as "text|TYPE|value" (with "|through" where one is given). */
function dates(body: string): string[] {
  return analyze(`---\ndate: 2025-11-14\n---\n${body}`, { gazetteer }).dates.map((d) => `${d.text}|${d.type}|${d.value}${d.through ? `|${d.through}` : ''}`);
}

test('the clock times of a meeting record are the record’s day, not an earlier sentence’s', () => {
  assert.deepEqual(dates('The envoy reported to the committee on 3 November. The session opened at 9:15 a.m. and closed at 11:40 a.m.'), [
    '3 November|DATE|2025-11-03',
    '9:15 a.m.|TIME|2025-11-14T09:15',
    '11:40 a.m.|TIME|2025-11-14T11:40',
  ]);
  // A story's own clock times still take the day it tells of.
  assert.deepEqual(dates('Shelling began on Tuesday. Sirens sounded again at 4:20 a.m.'), ['Tuesday|DATE|2025-11-11', '4:20 a.m.|TIME|2025-11-11T04:20']);
});

test('"the previous decade" set against a stretch of time is ten years, as "the past decade" is', () => {
  assert.deepEqual(dates('The region grew more in three years than in the previous decade.'), ['three years|DURATION|P3Y', 'the previous decade|DURATION|P10Y']);
  // After a decade under discussion it is the one before.
  assert.deepEqual(dates('Trade boomed in the 1970s; the previous decade had been slow.'), ['the 1970s|DATE|197', 'the previous decade|DATE|196']);
});

test('office hours: weekdays are a set, and a dash between two clocks gives two times of no one day', () => {
  assert.deepEqual(dates('Helpline: weekdays 09:00–17:30.'), ['weekdays|SET|XXXX-WXX-WD', '09:00|TIME|XXXX-XX-XXT09:00', '17:30|TIME|XXXX-XX-XXT17:30']);
  // A verse reference is no range of clocks.
  assert.deepEqual(dates('The sermon quoted John 3:16–4:12.'), []);
});

test('a habit word later in the sentence does not make a month recurring unless it is the month’s', () => {
  assert.deepEqual(dates('Leaders pledged in March to spend 3% of output annually on research.'), ['March|DATE|2025-03', 'annually|SET|P1Y']);
  assert.deepEqual(dates('The river floods in April every year.'), ['April|DATE|XXXX-04', 'every year|SET|P1Y']);
});

test('a season before a noun is the current one, whatever the tense around it', () => {
  assert.deepEqual(dates('The paper ran the story as “Kyiv locks in winter fuel deal”.'), ['winter|DATE|2025-WI']);
});

test('two consecutive years before "season" or "fiscal year" are one date running into the next', () => {
  assert.deepEqual(dates('Ticket sales for the 2026–2027 football season opened.'), ['2026–2027|DATE|2026|2027']);
  assert.deepEqual(dates('The 2024-2025 fiscal year closed with a surplus.'), ['2024-2025|DATE|2024|2025']);
  // A span of years is still two dates.
  assert.deepEqual(dates('He served from 2010–2014.'), ['2010|DATE|2010', '2014|DATE|2014']);
});

test('a short capitalised abbreviation before a case code does not end the sentence', () => {
  const text = 'The judges relied on two earlier cases (Pl. ÚS 4/19 and Sb. NS 12/21) in their reasoning. They adjourned.';
  const found = segment(text, 0).sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(found, ['The judges relied on two earlier cases (Pl. ÚS 4/19 and Sb. NS 12/21) in their reasoning.', 'They adjourned.']);
  // A name of two letters at a sentence's end still ends it.
  const other = 'The award went to Wu. The ceremony ended.';
  assert.deepEqual(segment(other, 0).sentences.map((s) => other.slice(s.start, s.end)), ['The award went to Wu.', 'The ceremony ended.']);
});

test('the text report lists dates of no known year apart, and words a late night plainly', () => {
  const report = textReport('a.news', analyze('---\ndate: 2025-11-14\n---\nThe fair opens in May every year. Votes were counted late on Wednesday night.', { gazetteer }), false);
  const lines = report.split('\n');
  const undated = lines.indexOf('Undated (no year or day known)');
  assert.ok(undated > 0, report);
  assert.match(lines[undated + 1], /^ {2}XXXX-05 +May \(year unknown\) +"May"$/);
  assert.ok(lines.some((l) => /^ {2}2025-11-12TNI +late in the night of Wednesday 12 November 2025 +"late on Wednesday night"$/.test(l)), report);
});
