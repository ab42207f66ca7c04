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
    ['On the month, prices rose 0.2 percent. On the year, they rose 3.4 percent.', [], ['the month', 'the year']],
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
    // "A year earlier" compares with the year its own sentence names, not a quarter named paragraphs before.
    ['Revenue fell short in the first quarter.\n\nThe minister said the deficit would narrow to 4.3 percent in 2026/27 from 5.1 percent a year earlier.', ['a year earlier=DATE:2025'], []],
    ['GDP grew 0.5 percent in the third quarter of 2025, data showed on Friday, up from 0.3 percent a year earlier.', ['a year earlier=DATE:2024-Q3'], []],
    ['Prices rose 3.4 percent in the year to October, down from 3.8 percent in September.\n\nOn a month-on-month basis, prices rose 0.2 percent, compared with 0.4 percent a year earlier.', ['a year earlier=DATE:2025-10'], []],
    // A financial year written as a range keeps its "FY", as "fiscal 2025-26" keeps its word.
    ['The budget for FY2026/27 targets a surplus, after FY2025-26 missed it.', ['FY2026/27=DATE:2026', 'FY2025-26=DATE:2025'], ['2026/27', '2025-26']],
  ];
  const wrong: string[] = [];
  for (const [text, want, notDates] of cases) {
    const got = dates(text);
    for (const w of want) if (!got.includes(w)) wrong.push(`${text}\n  want ${w}\n  got ${got.join(', ')}`);
    for (const n of notDates) if (got.some((g) => g.startsWith(`${n}=`))) wrong.push(`${text}\n  ${n} is no date\n  got ${got.join(', ')}`);
  }
  assert.deepEqual(wrong, []);
});

/** The attributions of a text as "cue <- source" (source "-" when none), and its findings as "code: text". */
function read(text: string): { attributions: string[]; findings: string[] } {
  const model = analyze(`---\ndate: ${REF}\n---\n${text}`, { gazetteer, referenceDate: REF });
  return {
    attributions: model.attributions.map((a) => `${model.text.slice(a.start, a.end)} <- ${a.source?.text ?? '-'}`),
    findings: model.findings.map((f) => `${f.code}: ${model.text.slice(f.start, f.end)}`),
  };
}

test('sources of economic copy', () => {
  // [text, attributions it must have, attributions it must not have (by cue or "cue <- source"), findings it must not have (by prefix)]
  const cases: [string, string[], string[], string[]][] = [
    // A party named with its article and capital is named, as "The Tories" is; the camp of opinion stays vague.
    ['The Conservatives said the plan was unfair.', ['said <- The Conservatives'], [], ['vague-attribution']],
    // A plural noun after a possessor is no verb of promising.
    ["The party broke its election promises.", [], ['promises <- The party broke its election'], []],
    ["The Conservatives said the Budget broke Labour's election promises.", ['said <- The Conservatives'], ["promises <- the Budget broke Labour's election"], []],
    // When economists were polled is part of who they are.
    ['Economists polled before the Budget had expected a larger rise in borrowing.', ['expected <- Economists polled before the Budget'], ['expected <- the Budget'], []],
    ['Analysts surveyed ahead of the release had predicted a fall.', ['predicted <- Analysts surveyed ahead of the release'], [], []],
    // A forecast of a figure, by whoever sees or forecasts it.
    ['In its new staff projections, the ECB sees headline inflation averaging 2.1 percent this year.', ['sees <- the ECB'], [], ['unsourced-claim']],
    ['The Fund sees growth slowing to 3 percent next year.', ['sees <- The Fund'], [], ['unsourced-claim']],
    ['The Bank had forecast 4.6 percent.', ['forecast <- The Bank'], [], ['unsourced-claim']],
    ['The central bank forecast growth of 2 percent next year.', ['forecast <- The central bank'], [], ['unsourced-claim']],
    ['The bank forecasts inflation of 2 percent in 2027.', ['forecasts <- The bank'], [], ['unsourced-claim']],
    ['She saw the minister at 3 p.m.', [], ['saw'], []],
    // A report at the end of its sentence, with when it was made after it.
    ['Wage growth has slowed to its weakest pace in three years, separate figures showed last week.', ['showed <- separate figures'], [], ['unsourced-claim']],
    ['The tariff will be lifted in March, the ministers agreed last week.', ['agreed <- the ministers'], [], ['unsourced-claim']],
    ['Both sides praised the roadmap agreed two years ago.', [], ['agreed'], []],
    // An agentless forecast in the sentence after a named source's own forecast or figures is theirs.
    ['The Fund projects growth of 4.6 percent in 2026. Over the medium term, growth is expected to recover to about 5 percent.', ['is expected <- The Fund'], [], ['vague-attribution']],
    ['Public debt stood at 67 percent of GDP in June, according to the Fund. It is projected to fall below 60 percent by 2030.', ['projected <- the Fund'], [], ['vague-attribution']],
    // A market's or a measure's showing is how it moved; a document's is a finding.
    ['Repurchase agreement rates had shown occasional spikes around tax dates.', [], ['shown'], []],
    ['Bond yields showed little change, and the economy has shown resilience.', [], ['showed', 'shown'], []],
    ['Exports fell, official data showed.', ['showed <- official data'], [], []],
    // A date set for a decision reports nothing yet.
    ['The MPC next announces its decision on December 18.', [], ['announces'], []],
    ['The Committee will announce its decision at 2 p.m.', [], ['announce'], []],
    ['The bank announced that it would cut rates.', ['announced <- The bank'], [], []],
    ["The staff's forecast for inflation was little changed: total inflation was expected to be 2.8 percent this year.", ["was expected <- The staff's forecast"], [], ['vague-attribution']],
    // A central bank's own decision on its rate is its record, not a claim to source.
    ['The Bank of England held rates at 4 percent earlier this month after a 5-4 vote.', [], [], ['unsourced-claim']],
    ['In London, the Bank of England held Bank Rate at 3.75 percent earlier in the month.', [], [], ['unsourced-claim']],
    ['The central bank left the policy rate at 9.25 percent.', [], [], ['unsourced-claim']],
    // "The key rate" is the rate's name, no judgement.
    ['The central bank left the key policy rate at 9.25 percent.', [], [], ['unsourced-claim']],
  ];
  const wrong: string[] = [];
  for (const [text, want, notAttr, notFindings] of cases) {
    const got = read(text);
    for (const w of want) if (!got.attributions.includes(w)) wrong.push(`${text}\n  want ${w}\n  got ${got.attributions.join('; ')}`);
    for (const n of notAttr) if (got.attributions.some((a) => a === n || a.startsWith(`${n} <-`))) wrong.push(`${text}\n  no ${n}\n  got ${got.attributions.join('; ')}`);
    for (const n of notFindings) if (got.findings.some((f) => f.startsWith(n))) wrong.push(`${text}\n  no ${n}\n  got ${got.findings.join('; ')}`);
  }
  assert.deepEqual(wrong, []);
});

/** The actors of a text as "text=category" (with " entity" when linked). */
function actors(text: string): string[] {
  return analyze(`---\ndate: ${REF}\n---\n${text}`, { gazetteer, referenceDate: REF }).actors.map((a) => `${a.text}=${a.category}${a.entity ? ` ${a.entity}` : ''}`);
}

test('actors of economic copy', () => {
  // [text, actors it must have, texts that must be no actor]
  const cases: [string, string[], string[]][] = [
    // The Fed's rate-setting committee, and "the Committee" after it, are one body.
    ['The Federal Open Market Committee met. The Committee decided to lower the target range.', ['Federal Open Market Committee=organization fomc', 'The Committee=organization fomc'], []],
    // Rating agencies and statistics offices, by the names news uses.
    ['Fitch upgraded Kenya in August, and Moody\'s downgraded Peru. Eurostat data showed a rise.', ['Fitch=organization fitch-ratings', "Moody's=organization moodys", 'Eurostat=organization eurostat'], []],
    ['The OBR forecast that the economy will grow.', ['OBR=government obr'], []],
    // A state's central bank and treasury, in lower case or by a name that ends in "Treasury".
    ["Nigeria's central bank said rates would stay high.", ['central bank=government'], []],
    ['Every country needs a central bank. The central bank governor spoke.', [], ['central bank']],
    ['The National Treasury said the deficit would narrow.', ['National Treasury=government'], []],
    ['Long-term Treasury bonds ended higher, and the Shearson Lehman Hutton Treasury index fell.', [], ['Long-term Treasury', 'Shearson Lehman Hutton Treasury']],
    // An international body's own team is that body.
    ['Haimanot Teferra, who led the IMF team, spoke.', ['IMF team=organization imf'], []],
    // A vote roll's names with their middle initials.
    ['Voting for the action were Jerome H. Powell, Chair; Michelle W. Bowman; and Lisa D. Cook.', ['Michelle W. Bowman=person', 'Lisa D. Cook=person'], []],
    // Measures named by their letters are no bodies.
    ['Total PCE price inflation was 2.8 percent, and the HICP index rose.', [], ['PCE', 'HICP']],
  ];
  const wrong: string[] = [];
  for (const [text, want, notActors] of cases) {
    const got = actors(text);
    for (const w of want) if (!got.includes(w)) wrong.push(`${text}\n  want ${w}\n  got ${got.join(', ')}`);
    for (const n of notActors) if (got.some((g) => g.startsWith(`${n}=`))) wrong.push(`${text}\n  ${n} is no actor\n  got ${got.join(', ')}`);
  }
  assert.deepEqual(wrong, []);
});

test('agreements of economic copy', () => {
  const agreements = (text: string): string[] => analyze(`---\ndate: ${REF}\n---\n${text}`, { gazetteer, referenceDate: REF }).agreements.map((a) => a.text);
  // A contract of finance opening its sentence is no agreement of state; a place's agreement stays one.
  assert.deepEqual(agreements('Repurchase agreements are short loans. Repurchase agreement rates spiked.'), []);
  assert.ok(agreements('Minsk agreements were never implemented.').includes('Minsk agreements'));
});

test('a currency that weakens against another causes nothing', () => {
  const reasons = (text: string): string[] => analyze(`---\ndate: ${REF}\n---\n${text}`, { gazetteer, referenceDate: REF }).findings.flatMap((f) => f.reasons ?? []);
  assert.ok(!reasons('The dollar weakened against the euro for the fourth session running.').includes('causal'));
  assert.ok(!reasons('The rouble strengthened to 80 per dollar on Tuesday.').includes('causal'));
  assert.ok(reasons('The sanctions weakened the rouble sharply in March.').includes('causal'));
  assert.ok(reasons('This is a key test of the plan, which failed.').includes('evaluative'));
});

test('one economist, unnamed, is an anonymous source', () => {
  const anonymous = (text: string): string[] => analyze(`---\ndate: ${REF}\n---\n${text}`, { gazetteer, referenceDate: REF }).attributions.filter((a) => a.anonymous).map((a) => a.source?.text ?? '');
  assert.deepEqual(anonymous('"Barring a shock, the Bank will cut in December," said one City economist.'), ['one City economist']);
  assert.deepEqual(anonymous('"Rates will fall," another analyst said.'), ['another analyst']);
  assert.deepEqual(anonymous('"Rates will fall," said Rob Wood, chief UK economist at Pantheon Macroeconomics.'), []);
});

test('a market report\'s prices and volumes are its record, no unsourced claims; a cause, a poll or a statistic still is one', () => {
  const text = `---\ndate: 1989-10-16\n---\nThe 30-share index settled 42.0 points lower at 1678.5. Volume was 840.8 million shares. British Gas shed 8.5 pence a share to close at 185 pence. Shell eased 1 to 416 on turnover of 4.8 million shares. The DAX dropped 19.69 points Friday to 1462.93.\n\nThe Nikkei index was pressured down by profit-taking triggered by sharp advances. Approval of the government fell 5 points to 38 percent. Unemployment fell 0.2 points to 4.1 percent.\n`;
  const flagged = analyze(text, { gazetteer }).findings.filter((f) => f.code === 'unsourced-claim').map((f) => text.slice(f.start, f.start + 24));
  assert.deepEqual(flagged, ['The Nikkei index was pres', 'Approval of the governmen', 'Unemployment fell 0.2 poi'].map((t) => t.slice(0, 24)));
});
