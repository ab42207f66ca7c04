// Scholarly and policy copy: think-tank briefs with author-year citations and notes, working papers, literature
// reviews, white papers with numbered paragraphs, stories about new studies, reports' executive summaries. Who is
// cited, what is a note, and what a reader would call a claim to source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { builtinGlossary } from '../../server/src/glossary';

const gazetteer = createGazetteer(builtinGlossary());

const FM = '---\ndate: 2026-11-27\n---\n';

/** The attributions of an article as [cue, source] pairs (front matter added). */
function cues(body: string): [string, string | null][] {
  const text = FM + body;
  return analyze(text, { referenceDate: '2026-11-27' }).attributions.map((a) => [a.text, a.source?.text ?? null]);
}

/** The findings of an article as [code, text]. */
function findings(body: string): [string, string][] {
  const text = FM + body;
  return analyze(text, { referenceDate: '2026-11-27' })
    .findings.filter((d) => d.code === 'unsourced-claim' || d.code === 'vague-attribution')
    .map((d) => [d.code, text.slice(d.start, d.end)]);
}

test('Markdown footnotes ("[^5]") and plain-text ones ("^5") cite the author of their note, and their notes report nothing', () => {
  const cases: [string, [string, string | null][], string[]][] = [
    [
      'Grain exports collapsed after the blockade.[^5] Prices fell by 30 percent.\n\n[^5]: World Food Programme, Market Monitor, 3 May 2024.',
      [['[^5]', 'World Food Programme']],
      ['Prices fell by 30 percent.'],
    ],
    ['Exports fell by 12 percent.[^wfp-1]\n\n[^wfp-1]: FAO, Food Price Index, 2024.', [['[^wfp-1]', 'FAO']], []],
    ['Ships made 1,004 voyages before the initiative lapsed.^3\n\n^3 Joint Coordination Centre, Final Report, 17 July 2023.', [['^3', 'Joint Coordination Centre']], []],
    // An exponent is no note.
    ['The site covers 40 km^2 of farmland.', [], ['The site covers 40 km^2 of farmland.']],
  ];
  for (const [body, want, claims] of cases) {
    assert.deepEqual(cues(body), want, body);
    assert.deepEqual(findings(body).filter((f) => f[0] === 'unsourced-claim').map((f) => f[1]), claims, body);
  }
});

test("a white paper's paragraph number is no part of its sentence: not of the source, not of the claim", () => {
  assert.deepEqual(cues('3.3 The Government expects private investment of £40 billion over the Parliament.'), [['expects', 'The Government']]);
  assert.deepEqual(cues('4.2.1 Ofgem has confirmed that it supports this approach.'), [['confirmed', 'Ofgem']]);
  assert.deepEqual(findings('1.2 Demand for electricity will rise by at least 50 percent by 2035.'), [['unsourced-claim', 'Demand for electricity will rise by at least 50 percent by 2035.']]);
  // A sentence that opens with a decimal figure keeps it.
  assert.deepEqual(findings('1.5 million people fled the fighting last year.'), [['unsourced-claim', '1.5 million people fled the fighting last year.']]);
});

test('a plural noun of a cue before a relative clause ("projects that are") or "links to" reports nothing', () => {
  const cases: [string, [string, string | null][]][] = [
    ['Table 1 lists the twelve grid reinforcement projects that are behind schedule.', []],
    ['Press reports that were published on Monday were wrong.', []],
    ['Rail links to Poland carried far less grain than planned.', []],
    // The verbs still report.
    ['The ministry projects that growth will slow.', [['projects', 'The ministry']]],
    ['The study links smoking to cancer.', [['links', 'The study']]],
  ];
  for (const [body, want] of cases) assert.deepEqual(cues(body), want, body);
});

test('no cue in an adjective right after a past verb of saying, nor in a noun after a people\'s adjective', () => {
  const cases: [string, [string, string | null][]][] = [
    ['The scientists compared observed rainfall with model runs.', [['compared', 'The scientists']]],
    ['He denied alleged wrongdoing.', [['denied', 'He']]],
    ['Zhao (2025) analyses Chinese debates on no-first-use pledges.', []],
    ['Arbatov (2024) reviews Russian thinking on strategic stability.', []],
    // A subject with its article, a name, and a report after a plural noun still report.
    ['The Chinese say the deal is fair.', [['say', 'The Chinese']]],
    ['Analyst Julian claims that the deal will fail.', [['claims', 'Analyst Julian']]],
    ['Early reports suggested that the deal would fail.', [['suggested', 'Early reports']]],
  ];
  for (const [body, want] of cases) assert.deepEqual(cues(body), want, body);
});

test('an author-year citation in the sentence names whom vague words stand for', () => {
  const cases: [string, [string, string][]][] = [
    ['Others disagree (cf. Baldwin 1985; Early 2015).', []],
    ['Some scholars dispute this (e.g., Marsh 2001).', []],
    ['Some scholars, such as Marsh (2001), dispute this.', []],
    ['Many economists doubt it (Lee and Park, 2021, p. 14).', []],
    // A bracket with no author and year names no one.
    ['Critics say the plan will fail (in Arabic).', [['vague-attribution', 'Critics say']]],
    ['Many experts believe the plan failed in 2019 (Reuters).', [['vague-attribution', 'Many experts believe']]],
  ];
  for (const [body, want] of cases) assert.deepEqual(findings(body), want, body);
});

test('"both" or "each" opening a clause is the source: the people just named', () => {
  const cases: [string, [string, string | null][]][] = [
    ['Zhao and Arbatov review the debates. Both agree that verification will be harder.', [['agree', 'Both']]],
    ['The two envoys met; each said the other had lied.', [['said', 'each']]],
    ['They both said the talks would fail.', [['said', 'They']]],
    ['All said and done, the talks failed.', []],
    // After an apposition the subject stands before it; before a plural noun "both" is its determiner.
    ['Justin Feldman and Jack Arseneault, attorneys for the firm, both declined to comment.', [['declined', 'Justin Feldman and Jack Arseneault']]],
    ['Both charges carry up to life in prison.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(cues(body), want, body);
});

test('a cross-reference to numbered paragraphs and what a report draws on are no claims', () => {
  const cases: [string, [string, string][]][] = [
    ['See also paragraphs 3.4 to 3.6.', []],
    ['See paragraphs 12 to 14 for details.', []],
    ['The evidence is set out in Chapters 2 to 5.', []],
    ['It draws on 64 interviews with operators and officials conducted between March and August 2026.', []],
    ['The survey draws on 120 interviews with farmers conducted in May.', []],
    // A figure that counts is still one.
    ['The figures rose by 12 to 14 percent.', [['unsourced-claim', 'The figures rose by 12 to 14 percent.']]],
    ['The report draws on 64 interviews, and 40% of firms were hacked.', [['unsourced-claim', 'The report draws on 64 interviews, and 40% of firms were hacked.']]],
  ];
  for (const [body, want] of cases) assert.deepEqual(findings(body), want, body);
});

test('what was expected, named before its month, lies ahead: "expected a decision in January"', () => {
  const value = (body: string, at: string): string | undefined => {
    const text = FM + body;
    return analyze(text, { referenceDate: '2026-11-27' }).dates.find((d) => d.text === at)?.value;
  };
  assert.equal(value('Raghunathan said the team had applied for funding and expected a decision in January.', 'January'), '2027-01');
  assert.equal(value('The inspector said the board expected a ruling in February.', 'February'), '2027-02');
  // What was done in a month is past.
  assert.equal(value('The council held a vote in February.', 'February'), '2026-02');
});

test('a title-case question opened by "Do" is no person ("Do Targeted Sanctions Work? Evidence from ...")', () => {
  const people = (body: string): string[] => analyze(FM + body, { referenceDate: '2026-11-27' }).actors.filter((a) => a.category === 'person').map((a) => a.text);
  assert.deepEqual(people('Do Targeted Sanctions Work? Evidence from Asset Freezes\n\nThe paper was published.'), []);
  assert.deepEqual(people('Why Do Peace Deals Fail? Evidence from Africa\n\nThe paper was published.'), []);
});

test('an author cited by surname and year is a person', () => {
  const people = (body: string): string[] => analyze(FM + body, { referenceDate: '2026-11-27' }).actors.filter((a) => a.category === 'person').map((a) => a.text);
  const cases: [string, string[]][] = [
    ['Drezner (2011) concludes that smart sanctions fail.', ['Drezner']],
    ['Schelling and Halperin (1961) argued that arms control serves defence.', ['Schelling', 'Halperin']],
    ['Williams and Kühn (2024) suggest that treaties are obsolete.', ['Williams', 'Kühn']],
    ['Prior studies (e.g., Hufbauer et al. 2007; Drezner 2011) show little effect.', ['Hufbauer', 'Drezner']],
    ['Shipping recovered within a year (Okafor 2024).', ['Okafor']],
    ['Our strategy follows Angrist (2009, pp. 221-243).', ['Angrist']],
    // A year in brackets after a word that no citation follows names no one.
    ['Brexit (2016) changed everything.', []],
    ['The report (2019) was long.', []],
    // Nor does a journal cited by its title.
    ['Nature (2020) reported that the reefs had bleached.', []],
    ['As Science (2019) noted, the data were thin.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(people(body), want, body);
});

test('an agreement the glossary knows after "and" is another name; the test-ban treaty\'s organisation is an actor', () => {
  const marked = (body: string): string[] => {
    const m = analyze(FM + body, { referenceDate: '2026-11-27', gazetteer });
    return [...m.agreements.map((a) => `${a.text}|${a.entity ?? '-'}`), ...m.actors.map((a) => `${a.text}|${a.entity ?? '-'}`)];
  };
  assert.deepEqual(marked('The INF Treaty and START I cut arsenals.'), ['INF Treaty|inf-treaty', 'START I|start-i']);
  assert.deepEqual(marked('The Treaty of Friendship and Cooperation was signed.'), ['Treaty of Friendship and Cooperation|-']);
  assert.deepEqual(marked('The Comprehensive Nuclear-Test-Ban Treaty Organization built a monitoring network.'), ['Comprehensive Nuclear-Test-Ban Treaty Organization|ctbto']);
});

test('after "each" a noun of a cue is no cue ("the evidence behind each finding")', () => {
  const cases: [string, [string, string | null][]][] = [
    ['The full report sets out the evidence behind each finding in Chapters 2 to 5.', []],
    ['The auditors checked each report for errors.', []],
    ['The two envoys met; each said the other had lied.', [['said', 'each']]],
    ['The two candidates vied for the post, each touting their own record.', [['touting', 'The two candidates']]],
  ];
  for (const [body, want] of cases) assert.deepEqual(cues(body), want, body);
});

test('a document\'s kind before its title and a colon is no speaker ("Policy Brief: The Future of ...")', () => {
  const cases: [string, [string, string | null][]][] = [
    ['Policy Brief: The Future of Grain Corridors\n\nExports fell.', []],
    ['DEPARTMENT FOR ENERGY SECURITY\nWhite Paper: A Resilient Grid for 2035\n\nDemand rose.', []],
    ['Jane Doe: We will win the vote.', [[':', 'Jane Doe']]],
  ];
  for (const [body, want] of cases) assert.deepEqual(cues(body), want, body);
});

test('a paper\'s disclaimer ("All errors are our own.") is no claim', () => {
  const cases: [string, [string, string][]][] = [
    ['All errors are our own.', []],
    ['Any remaining errors are the author\u2019s own.', []],
    ['All errors in the census were corrected by 2020.', [['unsourced-claim', 'All errors in the census were corrected by 2020.']]],
  ];
  for (const [body, want] of cases) assert.deepEqual(findings(body), want, body);
});

test('an author-year citation closing a clause sources it ("Exports fell by 30 percent (Smith 2019).")', () => {
  const cases: [string, [string, string | null][], [string, string][]][] = [
    ['Grain exports fell by 30 percent (Smith 2019).', [['(Smith 2019)', 'Smith']], []],
    ['Exports will fall again next year (Lee and Park, 2021, p. 14).', [['(Lee and Park, 2021, p. 14)', 'Lee and Park']], []],
    ['Sanctions rarely work (e.g., Hufbauer et al. 2007; Drezner 2011).', [['(e.g., Hufbauer et al. 2007; Drezner 2011)', 'Hufbauer et al.']], []],
    // A year alone in brackets names no author.
    ['Exports fell 40 percent (in 2019).', [], [['unsourced-claim', 'Exports fell 40 percent (in 2019).']]],
    // Nor does an acronym and its year: a treaty.
    ['Tariffs are bound under Article II (GATT 1994).', [], []],
  ];
  for (const [body, want, claims] of cases) {
    assert.deepEqual(cues(body), want, body);
    assert.deepEqual(findings(body), claims, body);
  }
});
