// Claims: which sentences need a source, how they are sourced, the findings, and suppression.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../server/src/analysis/segment';
import { findAttributions } from '../../server/src/analysis/attribution';
import { findClaims, type ClaimOptions } from '../../server/src/analysis/claims';
import { parseFrontMatter } from '../../server/src/analysis/frontMatter';
import type { Finding } from '../../server/src/analysis/types';
import { analyze } from '../../server/src/analysis/analyze';

function run(text: string, options?: Partial<ClaimOptions>) {
  const frontMatter = parseFrontMatter(text);
  const seg = segment(text, frontMatter ? frontMatter.end : 0);
  const attributions = findAttributions(text, seg, []);
  return findClaims(text, seg, { attributions, dates: [], actors: [], frontMatter }, options);
}

function codes(text: string, options?: Partial<ClaimOptions>): string[] {
  return run(text, options).findings.map((f) => f.code);
}

/** One sentence in, the findings' codes out. */
function check(text: string, expected: string[]): void {
  assert.deepEqual(codes(text), expected, text);
}

test('claims worth sourcing are flagged unsourced, with their reasons', () => {
  const cases: [string, string][] = [
    ['The Pentagon has spent more than $300 million on force protection.', 'figure'],
    ['Attacks on US bases rose sharply in the last three months.', 'trend'],
    ['It is the largest contributor of climate finance.', 'superlative'],
    ['Sanctions have weakened the Russian economy.', 'causal'],
    ['The withdrawal will leave a security vacuum.', 'prediction'],
    ['A ceasefire remains unlikely before the spring.', 'prediction'],
    ['The deal is almost certain to collapse.', 'certainty'],
    ['The offer is far too small to matter.', 'evaluative'],
    ['Corruption significantly contributed to the collapse.', 'evaluative'],
    ['The Kremlin has rejected every proposal to freeze the conflict.', 'generalisation'],
    // Comparisons by a verb alone, found by the start of any word ("outnumber", "exceeded").
    ['Rebels now outnumber government troops in the east.', 'comparison'],
    ['Spending on the war exceeded the budget.', 'comparison'],
  ];
  for (const [text, reason] of cases) {
    const { findings, claims } = run(text);
    assert.equal(findings.length, 1, text);
    const f = findings[0];
    assert.equal(f.code, 'unsourced-claim', text);
    assert.equal(f.severity, 'warning');
    assert.ok(f.reasons.includes(reason), `${text}: ${f.reasons}`);
    assert.match(f.message, /^Unsourced claim: /);
    assert.ok(f.score !== undefined && f.score > 0 && f.score <= 1);
    assert.equal(claims[0].status, 'unsourced');
  }
});

test('not claims: scene-setting, schedules, questions, datelines, headings, quotes, attributed sentences', () => {
  for (const text of [
    'He spoke after a meeting of defence ministers in Brussels.',
    'The talks resume at 10 a.m. on Tuesday.',
    'Delegates will meet again in the second quarter.',
    // "due to" before a verb is a schedule, not a cause.
    'Observers are due to present their findings on Friday.',
    // A treaty's end and a ceasefire's start on a day are a schedule; a recommendation is no fact; "critical minerals"
    // is a name; "Rose" before a surname is a person.
    'New START will expire on February 5, 2026.',
    'The ceasefire will take effect on Monday.',
    // A house sitting, a case heard, a budget handed down, a chair handed over, a flight: a timetable's entries.
    'The Senate will sit again next week.',
    'The matter will next be heard on Friday.',
    'The Budget will be handed down in May.',
    'Malaysia will hand over the ASEAN chairmanship to the Philippines in January.',
    'The president will fly to Jakarta on Tuesday for talks.',
    'Governments should spend 2 percent of GDP on defence.',
    '1. Each G7 member should hold reserves for the most exposed minerals.',
    'The ministry published a list of critical minerals.',
    'Rose Gottemoeller put it bluntly.',
    // A war's day counter; a past schedule.
    "Day 1,360 of Russia's full-scale invasion.",
    'The treaty was set to expire in 2021.',
    // A council's conclusions and votes are its own acts.
    'The Security Council today adopted resolution 2801 (2025) by a vote of 13 in favour to none against.',
    'The European Council will revert to the matter at its next meeting.',
    'The European Council invites the Commission to present a package reducing burdens by at least 25%.',
    // A release's and a diary's standing notes.
    'An indictment is merely an allegation.',
    'All defendants are presumed innocent until proven guilty.',
    'All times GMT unless stated.',
    'Will the talks collapse without a deal?',
    '# The largest deal will collapse',
    // A headline in plain text: one line, no sentence's end, before the story.
    'FACTBOX-The largest deal in the Sudan war will collapse\n\nTalks reopened on Monday.',
    'GENEVA, March 3, 2025 (Policy Lens Wire) - Talks reopened on Monday.',
    '"The withdrawal will leave a vacuum," the minister said.',
    'The withdrawal will leave a vacuum, the minister said.',
    'Sudani told reporters that Iraq no longer needs 5,000 foreign troops.',
    'Clinton leads by 4 points, according to the poll.',
    'The decision follows a report by the IAEA that Tehran had enriched uranium to 60 percent purity.',
    // The source with what describes it, up to the cue, is the source's, not the reporter's words.
    'The European Union, the largest contributor to the fund, said the fund will double by 2030.',
  ]) {
    check(text, []);
  }
});

test('a question is not flagged; a claim after the wire dateline is marked from its first word', () => {
  check('Has the Pentagon spent more than $300 million on force protection?', []);
  const text = 'BAGHDAD, Nov. 13 (Reuters) - The Pentagon has spent more than $300 million on force protection.';
  const f = run(text).findings;
  assert.deepEqual(f.map((x) => [x.code, text.slice(x.start, x.end)]), [['unsourced-claim', 'The Pentagon has spent more than $300 million on force protection.']]);
});

test('list items: figures alone are data, a claim is marked from its first word, not its marker', () => {
  const text = 'Results:\n\n- Turnout 62%\n- Iraq: 40%\n- Unemployment rose 40 percent last year.\n12. Oil up 9%.\n';
  const f = run(text).findings;
  assert.deepEqual(
    f.map((x) => [x.code, text.slice(x.start, x.end)]),
    [
      ['unsourced-claim', 'Unemployment rose 40 percent last year.'],
      ['unsourced-claim', 'Oil up 9%.'],
    ],
  );
  check('Yes.', []);
});

test('a frame of saying with no one named sources nothing', () => {
  // "In a statement" names no speaker and is not vague either: the figure is still the reporter's.
  check('In a statement, unemployment rose 40 percent last year.', ['unsourced-claim']);
});

test('sourced and vague statuses', () => {
  const sourced = run('The Pentagon has spent $300 million a year, the Defense Department said.');
  assert.equal(sourced.findings.length, 0);
  assert.equal(sourced.claims[0]?.status, 'sourced');
  assert.equal(sourced.claims[0]?.attribution?.source?.text, 'the Defense Department');
  const vague = run('Many observers believe the talks will collapse.');
  assert.equal(vague.claims[0]?.status, 'vague');
  assert.deepEqual(vague.findings.map((f) => f.code), ['vague-attribution']);
  assert.equal(vague.findings[0].severity, 'information');
  assert.match(vague.findings[0].message, /Many observers/);
  // Half sourced: the reporter's own clause still needs a source.
  check('The Kremlin has rejected the plan, and Western sanctions have significantly weakened its economy.', ['unsourced-claim']);
});

test('vague attribution forms', () => {
  for (const text of [
    'Critics argue that the plan is far too vague.',
    'Experts believe the economy will shrink.',
    'It is widely thought that the deal is dead.',
    'Some say the deal is dead.',
    'The regime is widely regarded as unstable.',
    'The convoy was reportedly attacked near the border.',
    'Inflation was 2.1% in October, data showed.',
  ]) {
    const { findings } = run(text);
    assert.ok(findings.some((f) => f.code === 'vague-attribution'), text);
  }
  // Data a source names is that source's.
  assert.deepEqual(codes('Euro zone inflation was 2.1% in October, Eurostat data showed.'), []);
});

test('an anonymous source gets a finding that says it is unnamed; a bare plural of a trade one that it names no one', () => {
  const cases: [string, string, string][] = [
    ['Sources familiar with the discussions said a deal was close.', 'Sources familiar with the discussions said', 'anonymous-source'],
    ['A senior administration official, briefing reporters on condition of anonymity, said the troops would stay.', 'said', 'anonymous-source'],
    ['Two diplomats said the talks had stalled.', 'Two diplomats said', 'anonymous-source'],
    ['Officials said the bridge would reopen.', 'Officials said', 'vague-source'],
    ['Meteorologists say the storm will reach the coast on Friday.', 'Meteorologists say', 'vague-source'],
    ['Insurance companies estimate the damage at more than 2 billion euros.', 'Insurance companies estimate', 'vague-source'],
  ];
  for (const [text, marked, reason] of cases) {
    const found = run(text).findings.filter((f) => f.code === 'vague-attribution');
    assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.reasons]), [[marked, [reason]]], text);
    assert.match(found[0].message, reason === 'anonymous-source' ? /^Anonymous source: the article does not name "/ : /^Vague attribution: /, text);
  }
  // Who they are and where they work, or a firm's name: named. "an official release" is a document, no official.
  for (const text of [
    'Doctors at Al-Shifa hospital said the wards were full.',
    'Economists at Goldman Sachs expect the bank to hold rates.',
    'According to an official release from the Press Information Bureau, the agency will build 62 of the 75 roads.',
  ]) {
    check(text, []);
  }
  // The message holds the source on one line.
  const [wrapped] = run('The talks had stalled, two diplomats familiar with\nthe matter said.').findings;
  assert.match(wrapped.message, /"two diplomats familiar with the matter"/);
});

test('anonymous sources can be silenced alone ("anonymous-source"), by setting, front matter or marker; vague ones stay', () => {
  const text = 'Two diplomats said the talks had stalled. Officials said the bridge would reopen.';
  const reasons = (t: string, options?: Partial<ClaimOptions>) => run(t, options).findings.filter((f) => f.code === 'vague-attribution').map((f) => f.reasons[0]);
  assert.deepEqual(reasons(text), ['anonymous-source', 'vague-source']);
  assert.deepEqual(reasons(text, { disabledRules: ['anonymous-source'] }), ['vague-source']);
  assert.deepEqual(reasons(`---\npolicy-lens: { ignore: [anonymous-source] }\n---\n${text}`), ['vague-source']);
  assert.deepEqual(reasons('Two diplomats said the talks had stalled. [policy-lens-ignore anonymous-source] Officials said the bridge would reopen.'), ['vague-source']);
  // ("vague-attribution" still silences both.)
  assert.deepEqual(reasons(text, { disabledRules: ['vague-attribution'] }), []);
});

test('"as many as" before a number is a count, not weasel wording', () => {
  assert.ok(!codes('Officials counted as many as 40,000 ballots.').includes('vague-attribution'));
  // "some" in what a named source says is theirs; alone it is vague.
  assert.deepEqual(codes('The ministry said some flights were cancelled.'), []);
  assert.deepEqual(codes('Some flights were cancelled.'), ['vague-attribution']);
  // A quantity that names its members is no weasel wording.
  assert.deepEqual(codes('Several states, including the United States and China, have not ratified it.'), []);
});

test('a share of people holding a view is a figure to source, not a speaker', () => {
  assert.deepEqual(codes('Roughly 70 percent of Americans support negotiations with Russia on nuclear limits.'), ['unsourced-claim']);
});

test('weasel words with no attribution to carry them get a milder finding of their own', () => {
  const text = 'The plan will probably fail.';
  const weasel = run(text).findings.filter((f) => f.code === 'vague-attribution');
  assert.deepEqual(weasel.map((f) => [text.slice(f.start, f.end), f.reasons]), [['probably', ['weasel-words']]]);
  assert.deepEqual(codes(text, { disabledRules: ['vague-attribution'] }), ['unsourced-claim']);
});

test('related: the nearest named source in the paragraph', () => {
  const text = 'The ministry said talks went well. Exports will double within a year.';
  const f = run(text).findings.find((x) => x.code === 'unsourced-claim') as Finding;
  assert.ok(f);
  assert.equal(text.slice(f.related![0].start, f.related![0].end), 'The ministry');
});

test('related: a vague source is no hint', () => {
  const text = 'Critics said the talks went well. Exports will double within a year.';
  const f = run(text).findings.find((x) => x.code === 'unsourced-claim') as Finding;
  assert.ok(f);
  assert.equal(f.related, undefined);
});

test('what a source says over several sentences is sourced in each of them', () => {
  check('The ministry said: Exports will double within a year. Unemployment will fall by 40 percent.', []);
  // A vague source over two sentences is one finding, at its cue.
  check('Critics argue: the plan will fail. It will collapse within a year.', ['vague-attribution']);
});

test('options: severities, disabled rules, switched off, threshold', () => {
  const text = 'Exports will double within a year. Critics argue the plan fails.';
  assert.deepEqual(codes(text), ['unsourced-claim', 'vague-attribution']);
  assert.equal(run(text, { unsourcedSeverity: 'error' }).findings[0].severity, 'error');
  assert.equal(run(text, { vagueSeverity: 'hint' }).findings[1].severity, 'hint');
  assert.deepEqual(codes(text, { disabledRules: ['vague-attribution'] }), ['unsourced-claim']);
  assert.deepEqual(codes(text, { disabledRules: ['unsourced-claim'] }), ['vague-attribution']);
  assert.deepEqual(codes(text, { enabled: false }), []);
  assert.deepEqual(codes(text, { minScore: 0.99 }), ['vague-attribution']);
  // Anonymous named-role sources source their claim unless asked otherwise; the reader is told they are unnamed.
  const anon = 'Exports will double, officials familiar with the matter said.';
  assert.deepEqual(codes(anon), ['vague-attribution']);
  assert.equal(run(anon).claims[0].status, 'sourced');
  assert.equal(run(anon, { anonymousIsVague: true }).claims[0].status, 'vague');
});

test('suppression markers work in .news, Markdown and plain text', () => {
  const claim = 'The withdrawal will inevitably leave a security vacuum.';
  const cases: [string, string[]][] = [
    [`${claim} <!-- policy-lens-ignore -->`, []],
    [`${claim} [policy-lens-ignore]`, []],
    [`<!-- policy-lens-ignore -->\n${claim}`, []],
    [`[policy-lens-ignore]\n${claim}`, []],
    [`${claim} [policy-lens-ignore vague-attribution]`, ['unsourced-claim']],
    [`${claim} [policy-lens-ignore unsourced-claim]`, []],
    // The marker silences only its own sentence.
    [`${claim} [policy-lens-ignore] Exports will double.`, ['unsourced-claim']],
    [`[policy-lens-ignore]\n${claim}\n\nExports will double.`, ['unsourced-claim']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(codes(text), expected, text);
});

test('suppression per file through the front matter', () => {
  const body = 'Exports will double within a year. Critics argue the plan fails.\n';
  assert.deepEqual(codes(`---\ntitle: x\npolicy-lens:\n  claims: false\n---\n${body}`), []);
  assert.deepEqual(codes(`---\npolicy-lens:\n  ignore: [vague-attribution]\n---\n${body}`), ['unsourced-claim']);
  assert.deepEqual(codes(`---\npolicyLens:\n  ignore: unsourced-claim\n---\n${body}`), ['vague-attribution']);
  // A setting with no value, or one that is not a map, switches nothing off (and breaks nothing).
  assert.deepEqual(codes(`---\npolicy-lens:\n---\n${body}`), ['unsourced-claim', 'vague-attribution']);
  assert.deepEqual(codes(`---\npolicy-lens: off\n---\n${body}`), ['unsourced-claim', 'vague-attribution']);
  // Front matter itself is never judged.
  assert.deepEqual(codes('---\ntitle: Exports will double within a year\n---\nThe talks resume on Tuesday.\n'), []);
});

test('findings: offsets inside the text, sorted, scores in [0, 1]', () => {
  const text = 'Attacks rose sharply by 40 percent. Critics argue that every plan failed. The talks resume on Tuesday.';
  const { findings } = run(text);
  for (let i = 1; i < findings.length; i++) assert.ok(findings[i].start >= findings[i - 1].start);
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
    assert.ok((f.score ?? 0) >= 0 && (f.score ?? 0) <= 1);
  }
});

test('robustness: hostile input never throws', () => {
  for (const text of [
    'will '.repeat(50_000),
    '[policy-lens-ignore] '.repeat(10_000),
    '<!-- policy-lens-ignore '.repeat(10_000),
    'Critics say.\n'.repeat(10_000),
    '$1 million. '.repeat(20_000),
  ]) {
    const { findings } = run(text);
    for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length);
  }
});

test("a report's tables and key figures are its data, not claims", () => {
  check('| Kalemba | 486 deaths rose sharply | 9 |', []);
  check('Cumulative cases, 2025: 1,742', []);
  check('Hospitalizations: 226 (13%)', []);
  check('The outbreak killed 341 people in Kalemba last month.', ['unsourced-claim']);
});

test('a contact block under a press release is no claim; a sentence with a telephone number still can be', () => {
  check('The ministry employs 200 people.\n\nMEDIA CONTACT:\nKari Nordmann\nPress Officer, Ministry of Energy\nTel.: +47 22 24 00 00\nEmail: press@example.no\n', ['unsourced-claim']);
  check('Kari Nordmann\nPress Officer, Ministry of Energy\n+47 22 24 00 00', []);
  check('Calls to the hotline on +47 22 24 00 00 rose by 40 per cent last month.', ['unsourced-claim']);
});

test('a number that names something is no figure: articles, resolutions, waves, sections, house numbers', () => {
  // (A hard wrap between the noun and its number changes nothing.)
  for (const text of ['Chapter 4 reviews the literature.', 'Article\n5 was not invoked.', 'They met at No.\n10 on Friday.', 'Article 5 was not invoked.', 'Wave 5 was postponed.', 'The meeting was held at 10 Downing Street.', 'Iron Shield 25 ran this month.', 'Resolution 1031 created IFOR.', '3.1 Trends in public opinion']) {
    check(text, []);
  }
  // So does a military or a map's designation: a team's, a ridge's, a grid square's, a task force's.
  for (const text of ['Monitoring Team 7 resumed patrols.', 'Hostile forces hold positions on Ridge 412.', 'Mortar fire struck the checkpoint at grid 4471.', 'Task Force 51 sailed north.']) {
    check(text, []);
  }
  // Counts stay figures.
  check('Police arrested 25 protesters in the square.', ['unsourced-claim']);
  check('Mortar fire struck 12 checkpoints.', ['unsourced-claim']);
  for (const text of ['The F-35 and S-400 were shown.', 'See 15 CFR Parts 734, 744, and 772.', 'The ceasefire became effective immediately.', "That's all from us for today."]) check(text, []);
  assert.deepEqual(run('The UK would need at least four additional frigates.').findings[0]?.reasons, ['comparison']);
  // Proportions in words are figures; "more per capita than" compares; "never a treaty" and "the whole of 2024" are no
  // generalisations.
  check('One in four of them are children.', ['unsourced-claim']);
  check('Half of the refugees are women.', ['unsourced-claim']);
  assert.deepEqual(run('Denmark gave more per capita than anyone.').findings[0]?.reasons, ['comparison']);
  check('It was never a treaty.', []);
  check('Not every reaction was official.', []);
  // Nor is a denied one a few words after its "not": "has not been able to verify every claim".
  check('The newspaper has not been able to verify every claim in the memo independently.', []);
  check("We couldn't reach every village.", []);
  check('Every village was hit.', ['unsourced-claim']);
  // Counts in words are figures too.
  check('Twelve civilians were killed in the strike.', ['unsourced-claim']);
  check('Forty employees resigned.', ['unsourced-claim']);
  check('The two sides met for three days.', []);
  // A state visit is a schedule, not a prediction; "almost certainly" is certainty, not a comparison.
  check('Premier Li Qiang will pay an official visit to Malaysia next week.', []);
  assert.deepEqual(run('It will almost certainly fail.').findings[0]?.reasons, ['prediction', 'certainty']);
});


test("briefs and wire copy: an analyst's own judgement, a schedule, a title's words are no unsourced claims", () => {
  check('**We assess with moderate confidence** that a limited text will be signed by mid-2026.', []);
  check('We judge it unlikely (20-35%) that the government will accept any role for the force.', []);
  check('AES defence ministers are due to respond to the draft.', []);
  check('The two sides also signed the Joint Statement on Strengthening Climate and Polar Cooperation.', []);
  // A cause stays a cause.
  check('The delay is due to the war.', ['unsourced-claim']);
});

test('situation reports: a publishing schedule and a timetable are no claims; a quantity inside what an official concedes is theirs', () => {
  check('The next situation report will be issued next week.', []);
  check('A second convoy left on Sunday and is expected to arrive in Tawila by Friday.', []);
  check('The minister is expected to resign.', ['vague-attribution']);
  check('Officials at the ministry privately concede that several programmes will slip.', []);
});

test('"the record" is no record high; "only one debate" is a count', () => {
  check('The record is public.', []);
  check('They met in only one televised debate.', []);
  check('Prices hit a record high.', ['unsourced-claim']);
});

test('provenance and named sources are not vague: "seen by", "according to the mission", "customs data"', () => {
  check('The report, seen by this newspaper, estimates that Iran held 440.9 kg of uranium.', []);
  check('Observers noted the misuse of administrative resources in at least 14 districts, according to the mission.', []);
  check("China's exports fell 1.1% in October, customs data showed.", []);
});

test('a norm, thanks and a schedule with its figures are no claims; "doomed to fail" is a prediction', () => {
  check('Iran must never be allowed to acquire a nuclear weapon.', []);
  check('OCHA thanks all donors for their support.', []);
  check('The Government is grateful to all donors for every contribution.', []);
  check('An oral cholera vaccination campaign targeting 1.4 million people will begin on 18 November and last ten days.', []);
  check("The full text of the Judgment and the separate and dissenting opinions will be available on the Court's website next week.", []);
  check("Western attempts to contain China's development are doomed to fail.", ['unsourced-claim']);
  assert.deepEqual(run("Western attempts to contain China's development are doomed to fail.").findings[0].reasons, ['prediction']);
  // Still a claim: a figure that will change.
  check('Prices will rise by 5% from 1 January.', ['unsourced-claim']);
});

test('a magazine interview: bold questions are no claims, and the plain answers are the interviewee\'s', () => {
  const text =
    '"We Mistook a Ceasefire for a Settlement": A Conversation with Ingrid Solberg\n\n' +
    'Ingrid Solberg spent 31 years in the Norwegian foreign service. We spoke in her office in February.\n\n' +
    '**There were reports last year that the TPLF had split. How serious is that?**\n\n' +
    'Very serious. More than a million people are still displaced.\n\n' +
    '**What about the United States? Washington was the most important outside actor in 2022.**\n\n' +
    'The Americans were essential. The envoy shuttled between Addis and Mekelle almost weekly, but nobody wanted to write it down.\n\n' +
    'This interview has been edited and condensed.';
  assert.deepEqual(
    run(text).findings.filter((f) => f.code === 'unsourced-claim').map((f) => text.slice(f.start, f.end)),
    [],
  );
  const answers = findAttributions(text, segment(text, 0), []).filter((a) => a.text === '**');
  assert.deepEqual(
    answers.map((a) => [a.source?.text, text.slice(a.content!.start, a.content!.end)]),
    [
      ['Ingrid Solberg', 'Very serious. More than a million people are still displaced.'],
      ['Ingrid Solberg', 'The Americans were essential. The envoy shuttled between Addis and Mekelle almost weekly, but nobody wanted to write it down.'],
    ],
  );
});

test('procedural numbers, model names and vote tallies are no figures; a backshifted clause after "he said, and" is his; unnamed advocates are vague', () => {
  check("The representative of the Sudan, taking the floor under rule 37 of the Council's rules, rejected the text.", []);
  check('What I can say is that the first RCH 155 systems are due in service by the end of the decade.', []);
  check('The council voted 7-2 to approve the budget.', []);
  check('The army lost 40 guns last year.', ['unsourced-claim']);
  check('The Rapid Support Forces had committed genocide in West Darfur in 2023, he said, and the Council had failed to act for two years.', []);
  check('Housing advocates say rents in the city are the highest in northern New England.', ['vague-attribution']);
  check('Human rights groups say the trial is long overdue.', ['vague-attribution']);
});

test("a deliberative body's decision with its figures is its record, no claim to source", () => {
  check('The Portland City Council approved a $412 million budget after a five-hour meeting in which more than 60 residents spoke.', []);
  check('The council cut that request by $1.8 million.', []);
  check('The Portland Board of Public Education had asked for $148 million.', []);
  // (What the decision is said to do is still a claim.)
  check('The budget will raise taxes by 5 percent and cause hardship.', ['unsourced-claim']);
});

test('sentences that name their own source, and hedges inside what a named source says, are not flagged', () => {
  // A source set off mid-sentence covers the second predicate of the same subject.
  check('The militia has about 3,000 members, according to army intelligence, and controls at least 12 of the 40 districts.', []);
  // Figures collected by a named body; a clause that points back to the source of the sentence before.
  check('Of 50 economists surveyed by Bloomberg this month, 41 expect a cut.', []);
  check('The customs agency said exports fell sharply in March. Re-exports, which the agency records separately, have fallen for six months.', []);
  // An actor's decision on what is its own.
  check('The central bank held its deposit rate at 2% on Wednesday for the fourth meeting in a row.', []);
  // Hedges and quantities inside a named speaker's words; "some distant year" is no source.
  check('The minister told parliament that the bridge could reopen in spring, possibly earlier.', []);
  check('Chile has some of the richest copper deposits on earth, the survey said.', []);
  check('The region deserves a plan now, not in some distant decade.', []);
  // Still flagged: an approximate fraction is a figure, "the top concern" a superlative.
  check('The company now makes about half of the world\'s solar wafers.', ['unsourced-claim']);
  check('Rents are the top concern for young voters.', ['unsourced-claim']);
});

test('a vague-attribution finding marks the vague source with its verb', () => {
  const text = 'Turnout rose in the suburbs, the polls showed.';
  const f = run(text).findings.find((x) => x.code === 'vague-attribution');
  assert.equal(f && text.slice(f.start, f.end), 'the polls showed');
});

test('an unsourced claim points at the nearest named source of its paragraph, the first of equals', () => {
  const text = [
    'The ministry said the plan was sound.',
    'Prices rose sharply and the economy is collapsing fast.',
    'Farmers union leader Kaaa Bbbb said more help was needed.',
    'Prices rose sharply again and the economy is collapsing faster than ever.',
    'Unemployment doubled to 12 percent in the worst slump on record.',
    'Economist Jane Doe said the slump would end.',
    'Exports fell by 40 percent, the largest drop ever.',
  ].join(' ') + '\n\nThe harvest was the worst in decades.';
  const frontMatter = parseFrontMatter(text);
  const seg = segment(text, 0);
  const attributions = findAttributions(text, seg, []);
  const { findings } = findClaims(text, seg, { attributions, dates: [], actors: [], frontMatter });
  const claims = findings.filter((f) => f.code === 'unsourced-claim');
  assert.ok(claims.length >= 4, JSON.stringify(claims));
  for (const f of claims) {
    // By definition: of the paragraph's named sources in order, the first at the least distance from either end.
    const para = seg.paragraphs.find((p) => p.start <= f.start && f.start < p.end)!;
    let best = Infinity;
    let near: (typeof attributions)[number] | undefined;
    for (const a of attributions) {
      if (!a.source || a.vague || a.start < para.start || a.start >= para.end) continue;
      const d = Math.min(Math.abs(a.start - f.start), Math.abs(a.start - f.end));
      if (d < best) [best, near] = [d, a];
    }
    assert.deepEqual(f.related?.map((r) => [r.start, r.end]), near ? [[near.source!.start, near.source!.end]] : undefined, text.slice(f.start, f.end));
  }
  // (The last paragraph has no source to point at.)
  assert.equal(claims.at(-1)!.related, undefined);
});

test('a note on why sources are unnamed is no claim: "They spoke on condition of anonymity because ..."', () => {
  for (const text of [
    'They spoke on condition of anonymity because they were not authorised to discuss internal deliberations.',
    'The official spoke on condition of anonymity because the talks were confidential.',
    'Both officials requested anonymity because they feared reprisals from the army.',
    'The officials were not authorized to speak publicly because the investigation is continuing.',
  ]) check(text, []);
  // A claim that only mentions anonymity is still one.
  check('Anonymity has fuelled a sharp rise in online abuse since 2020.', ['unsourced-claim']);
});

test('a poll or study named after its maker is no vague wording: "the Ipsos poll showed"', () => {
  check('Labour leads by six points, with 35% to 29%, the Ipsos poll showed.', []);
  check('A Gallup survey shows that 55% of adults approve of the plan.', []);
  check('The Ipsos poll showed that 40% of voters back the plan.', []);
  // An unnamed poll is still vague.
  assert.ok(codes('Labour leads by six points, with 35% to 29%, a new poll showed.').includes('vague-attribution'));
  assert.ok(codes('Polls show that most voters back the plan.').includes('vague-attribution'));
});

test('a share of those asked in a named poll is sourced to the poll: "In the Ipsos survey, 64% agreed"', () => {
  check('In the Ipsos survey, 64% agreed that the current system was unsustainable.', []);
});

test('a hedge inside what a named source says is theirs: "The company said it may have breached sanctions"', () => {
  check('Nordlink Shipping said it may have breached US sanctions by carrying cargo for a company linked to Iran.', []);
  check('The ministry said the strike could have killed civilians.', []);
  // Alone it is still vague wording.
  assert.ok(codes('The strike may have killed dozens of civilians.').includes('vague-attribution'));
});

test('a figure in a report an outlet carried is sourced to it: "declined to confirm a report in The Washington Post that 3,000 ..."', () => {
  check('The spokesperson declined to confirm a report in The Washington Post that 3,000 troops would leave by the autumn.', []);
  check('Según El País, 40 people were treated in hospital.', []);
});

test('a quantity inside what a named study or body found is theirs: "a study by the University of Leeds found that some ..."', () => {
  check('A study by the University of Leeds found that some cancers are linked to damp housing.', []);
  check('Some cancers are linked to damp housing, a study by the University of Leeds found.', []);
  check('Many homes are damp, according to the Resolution Foundation.', []);
  // Found by no one named, it is still vague.
  assert.ok(codes('A new study found that some cancers are linked to damp housing.').includes('vague-attribution'));
});

test('an assertion dressed as settled fact is a claim: "The truth is that the market is broken"', () => {
  check('The truth is that the market is broken.', ['unsourced-claim']);
  check('The fact is, councils lack the money to build.', ['unsourced-claim']);
  check('The truth is out there.', []);
  check('The housing minister said the truth is that the market is broken.', []);
});

test('a poll\'s method, whom it asked and when, is no claim: "The survey, of 2,000 adults, was carried out last week."', () => {
  check('The survey, of 2,000 adults, was carried out last week.', []);
  check('The poll questioned 1,500 voters online between 3 and 5 June.', []);
  // A figure beside it is still one.
  check('The study was carried out after 40% of the wells ran dry.', ['unsourced-claim']);
});

test('a code section, a law report citation and a numbered decree are no figures', () => {
  for (const text of [
    'In Loper Bright Enterprises v. Raimondo, 603 U.S. 369 (2024), the Supreme Court overruled Chevron.',
    'Under 26 U.S.C. 48D, the credit applies to property placed in service.',
    'Under 50 U.S.C. 4821 the agency may act.',
    'France issued Decree 2025-412 in the spring, adjusting how the regulator handles complaints.',
    'The ruling in Simms [2000] 2 AC 115 shaped the principle of legality.',
  ]) check(text, []);
  // A count after a hyphenated season is still a figure.
  check('The fund paid 2025-26 dividends of 412 million euros.', ['unsourced-claim']);
});

test("the page's notes on itself claim nothing: a correction, a clarification, a copyright line, a reading time", () => {
  const story = 'The court suspended the fare rise on Thursday.\n\n';
  for (const note of [
    'Correction, Nov. 27: An earlier version of this article misstated the size of the planned rise. It was 12%, not 21%.',
    '*Clarification:* A previous version of this story said the fare rise was the largest in 20 years. It was the largest in 15 years.',
    'An earlier version of this article said 40% of passengers were affected. The figure is 30%.',
    'This article was amended on 28 November 2026: the rise is 12%, the largest in a decade.',
    'Correction (Nov. 27): It was 12%, not 21%, the largest rise in a decade.',
    'Correction - An earlier version gave 40%, the largest rise in a decade.',
    '\u00a9 2026 Example News Ltd. All rights reserved.',
    '27 November 2026 \u00b7 3 min read',
  ]) check(story + note, []);
  // Links to other stories: a link's line, and a list of headlines under its heading.
  check(story + 'Read more: Why the rupiah fell to its lowest level in 20 years', []);
  check(story + 'Most read\n\n1. Thailand\'s premier faces a vote\n2. Why the rupiah fell to a record low\n\nMore on this story\n\nThe deficit nears its legal limit - 2 days ago\nFuel queues grow 40% in Sumatra - 12 November 2026', []);
  // The story's own sentences are still judged, and a paragraph that only opens with such a word is no note.
  check(story + 'Fares rose 40% last year, the largest rise in Europe.', ['unsourced-claim']);
  check(story + 'Corrections to the timetable raised fares 40% last year, the largest rise in Europe.', ['unsourced-claim']);
  check(story + 'Corrections officers at the jail: 40% fewer staff than last year, the worst rise in a decade.', ['unsourced-claim']);
  check(story + 'Most read\n\nThe rupiah fell to a record low on Friday, the worst day in 20 years.', ['unsourced-claim']);
});

test('figures in words, records and counts of times are figures: "Fifty-eight percent", "a 16-year low", "six times"', () => {
  for (const text of [
    'Fifty-eight percent of young people are not working.',
    'Twenty-six per cent of the budget goes on debt.',
    'The programme will create fifteen million jobs.',
    'The city paid a million dollars for the report.',
    'He filed for bankruptcy six times.',
  ]) {
    const { findings } = run(text);
    assert.equal(findings.length, 1, text);
    assert.equal(findings[0].code, 'unsourced-claim', text);
    assert.ok(findings[0].reasons.includes('figure'), `${text}: ${findings[0].reasons}`);
  }
  // "16-year" stays a duration in the timeline; in the sentence it is the record the figure claims.
  const model = analyze('---\ndate: 2025-11-14\n---\nUnemployment is at a 16-year low.\n\nThe rupee hit a 17-month high against the dollar.\n');
  assert.deepEqual(model.dates.map((d) => d.value), ['P16Y', 'P17M']);
  assert.deepEqual(model.findings.map((f) => [f.code, f.reasons.includes('figure')]), [['unsourced-claim', true], ['unsourced-claim', true]]);
  // A span of time before other words is still when, not a figure: "a 16-year war", "the five-year plan".
  assert.deepEqual(codes('The talks ended a 16-year standoff over the border.'), []);
});

test('what the speaker is going to do is no prediction, and growing up is no growth', () => {
  for (const text of ['We are going to cut taxes for working families.', "We're not going to wait for the courts.", 'I’m going to see it through.', 'She grew up in Kabul and later moved to Herat.', 'Children growing up in the camps attend school.']) {
    assert.deepEqual(codes(text), [], text);
  }
  // What others are going to do is still foretold; growth still grows.
  assert.deepEqual(run('The opposition is going to win the election.').findings.map((f) => f.reasons), [['prediction']]);
  assert.deepEqual(run('The economy grew faster than expected.').findings.map((f) => f.reasons.includes('trend')), [true]);
});

test('"all of a sudden" is no generalisation and "non-essential" no judgement', () => {
  assert.deepEqual(codes('All of a sudden, the hearings were over.'), []);
  assert.deepEqual(codes('The government banned non-essential travel to the region.'), []);
  assert.deepEqual(run('All of the hostages were freed.').findings.map((f) => f.reasons), [['generalisation']]);
  assert.deepEqual(run('Clean water is essential to the recovery.').findings.map((f) => f.reasons), [['evaluative']]);
});
