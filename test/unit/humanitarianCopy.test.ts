// Humanitarian situation reports, flash updates and appeals: OCHA, UNHCR, IOM, WFP, UNICEF and WHO bulletins, NGO
// appeals and cluster updates. Who reports their figures, what their dates are and which of their sentences need a
// source. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-05-14');

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.text}=${a.category}`);
}

test('"according to" set off after an opening adverbial reports the whole sentence, whose figure is then sourced', () => {
  for (const body of [
    'Since the escalation began on 7 October 2023, according to the Ministry of Health, at least 52,400 people have been killed.',
    'In Sudan, according to the Federal Ministry of Health, 11,200 suspected cases were reported in August.',
  ]) {
    const text = DATED(body);
    const got = attributions(text).find((a) => a.cue === 'according to');
    assert.equal(got?.content, body, body);
    assert.deepEqual(findings(text), [], body);
  }
});

test('a ministry with a mixed-case acronym in brackets and its place is the whole source: "the Ministry of Health (MoH) in Gaza"', () => {
  const text = DATED('Between 6 and 12 May, the Ministry of Health (MoH) in Gaza reported that 287 people were killed. According to MoH, 641 were injured.');
  assert.deepEqual(attributions(text).map((a) => a.source), ['the Ministry of Health (MoH) in Gaza', 'MoH']);
  assert.ok(actors(text).includes('MoH=government'));
  const dmr = DATED('According to the Ministry of Disaster Management and Relief (MoDMR), 16 people died. MoDMR said 35,000 houses were destroyed.');
  assert.deepEqual(actors(dmr).filter((a) => a.startsWith('MoDMR')), ['MoDMR=government', 'MoDMR=government']);
});

test('a report\'s sector and section labels before a colon are no speakers: "Education:", "Contacts:", "UNHCR Regional Update:"', () => {
  const text = DATED(
    [
      'UNHCR Regional Update: Democratic Republic of the Congo Situation #58',
      'Education: At least 31 schools were damaged in April, the ministry said.',
      'Health: UNICEF delivered 18 generators to hospitals in Kherson.',
      'Contacts: Regional Bureau for Southern Africa, Pretoria',
      'Next SitRep: 20 August 2026',
    ].join('\n\n'),
  );
  assert.deepEqual(attributions(text).map((a) => a.cue), ['said']);
  const turn = DATED('Jane Doe: We delivered the aid to 4,000 families.');
  assert.deepEqual(attributions(turn).map((a) => [a.cue, a.source]), [[':', 'Jane Doe']]);
});

test('a humanitarian cluster is an organisation, and a task force on a subject is no military formation', () => {
  const text = DATED(
    'The Food Security Cluster estimates that 1.4 million people need food. According to the Site Management Cluster, some 70,000 people were displaced. The Global Task Force on Cholera Control (GTFCC) held an emergency meeting. Task Force Spartan left Kuwait.',
  );
  assert.deepEqual(actors(text), [
    'Food Security Cluster=organization',
    'Site Management Cluster=organization',
    'Global Task Force on Cholera Control=organization',
    'GTFCC=organization',
    'Task Force Spartan=military',
    'Kuwait=country',
  ]);
  assert.deepEqual(attributions(text).map((a) => a.source), ['The Food Security Cluster', 'the Site Management Cluster']);
});

test('the UN\'s humanitarian agencies by their full names: OHCHR\'s office, IOM, UNRWA, IFRC', () => {
  const text = DATED(
    'According to the Office of the United Nations High Commissioner for Human Rights (OHCHR), at least 188 civilians were killed. The International Organization for Migration (IOM) said 45,000 people had fled. UNRWA said fuel would run out. The IFRC allocated CHF 750,000.',
  );
  const linked = analyze(text).actors.filter((a) => a.entity).map((a) => `${a.text}=${a.entity}`);
  assert.deepEqual(linked, [
    'Office of the United Nations High Commissioner for Human Rights=ohchr',
    'OHCHR=ohchr',
    'International Organization for Migration=iom',
    'IOM=iom',
    'UNRWA=unrwa',
    'IFRC=ifrc',
  ]);
});

test('"the previous week" after "this week" is the week before it, not the same week', () => {
  const text = DATED('The majority of displacements this week were recorded in Marib. DTM recorded 148 households, up from 96 the previous week.', '2026-04-09');
  assert.deepEqual(analyze(text).dates.map((d) => `${d.text}=${d.value}`), ['this week=2026-W15', 'the previous week=2026-W14']);
});

test('"by the end of the month" after a date of an earlier month in its paragraph is that month\'s end', () => {
  const dates = (body: string): string[] => analyze(DATED(body, '2026-07-22')).dates.map((d) => `${d.text}=${d.value}${d.mod ? ' ' + d.mod : ''}`);
  assert.deepEqual(dates('The Government announced on 12 June the evacuation of families. Some 1,700 children had been evacuated by the end of the month, officials said.'), [
    '12 June=2026-06-12',
    'the end of the month=2026-06 END',
  ]);
  // (What lies ahead, a month after the article's, or none in its paragraph: the article's month.)
  assert.deepEqual(dates('In June inflation rose to 3%. The central bank will meet by the end of the month.'), ['June=2026-06', 'the end of the month=2026-07 END']);
  assert.deepEqual(dates('Elections are due in November. The commission published the list by the end of the month.'), ['November=2026-11', 'the end of the month=2026-07 END']);
  assert.deepEqual(dates('Talks began on 2 June.\n\nThe ministry decided by the end of the month.'), ['2 June=2026-06-02', 'the end of the month=2026-07 END']);
});

test('"Our teams on the ground report that ..." is an NGO\'s own account, sourced; "the peace plan" stays a noun', () => {
  const text = DATED('Our teams on the ground report that thousands of families are living in the open. Talks on the peace plan stalled last week.');
  assert.deepEqual(attributions(text).map((a) => [a.cue, a.source]), [['report', 'Our teams on the ground']]);
  assert.deepEqual(findings(text), []);
});

test('a report\'s headings and a figure\'s unit letter are no actors: "KEY DEVELOPMENTS", "1.1 M refugees"', () => {
  const text = DATED('KEY DEVELOPMENTS\n\nRecent Developments\n\n1.1 M refugees and asylum-seekers have fled, and 7.1 M people are displaced. Berkeley Developments said rents rose.');
  assert.deepEqual(actors(text), ['refugees=group', 'Berkeley Developments=organization']);
});

test('the occupied Palestinian territory is the place Palestine, not the Palestinian people', () => {
  const text = DATED('The 2026 Flash Appeal for the Occupied Palestinian Territory seeks $4 billion. UNRWA runs clinics across the occupied Palestinian territory.');
  assert.deepEqual(analyze(text).actors.filter((a) => a.text.includes('Palestin')).map((a) => `${a.text}=${a.entity}`), [
    'Occupied Palestinian Territory=country:palestine',
    'occupied Palestinian territory=country:palestine',
  ]);
});

test('a participle that describes data or names before the sentence\'s own verb reports nothing: "Data reported to WHO may be incomplete"', () => {
  for (const body of [
    'Data reported to WHO may be incomplete and are subject to change.',
    'The boundaries and names shown on maps do not imply official endorsement.',
    'The figures shown in the table are estimates.',
  ]) assert.deepEqual(attributions(DATED(body)), [], body);
  // (What was reported to someone, in a clause of its own, stays reported.)
  const told = DATED('Residents reported to police that shots were fired near the camp.');
  assert.deepEqual(attributions(told).map((a) => [a.cue, a.source]), [['reported', 'Residents']]);
});

test('an appeal\'s place and full date before a dash is a dateline, after a title in capitals that names the document\'s kind', () => {
  const text = 'EMERGENCY APPEAL: Pakistan Monsoon Floods\n\nIslamabad, 1 October 2026 - Save the Children is appealing today for £5 million to reach 250,000 children.\n';
  const m = analyze(text);
  assert.equal(m.referenceDate, '2026-10-01');
  assert.deepEqual(m.actors.map((a) => a.text), ['Pakistan', 'Save the Children']);
  assert.deepEqual(m.dates.map((d) => `${d.text}=${d.value}`), ['1 October 2026=2026-10-01', 'today=2026-10-01']);
  // (A document's kind in capitals before a colon is no speaker either: "MEDIA ADVISORY:", "PRESS RELEASE:".)
  const advisory = DATED('The appeal was launched in Geneva.\n\nMEDIA ADVISORY: Kenya floods\n\nPRESS RELEASE: Sudan cholera');
  assert.deepEqual(actors(advisory), ['Kenya=country', 'Sudan=country']);
  assert.deepEqual(attributions(advisory), []);
});

test('aid that supports work or counted people takes no stance: "UNICEF supported the repair of 12 bomb shelters"', () => {
  for (const body of ['UNICEF supported the repair of 12 bomb shelters in schools.', 'WFP supported 1.2 million people with cash transfers in May.']) {
    assert.deepEqual(attributions(DATED(body)), [], body);
  }
  assert.deepEqual(attributions(DATED('Germany supported the resolution on aid access.')).map((a) => [a.cue, a.source]), [['supported', 'Germany']]);
});

test('the items of a list that runs on its lead\'s sentence are judged with the lead, not each as a claim', () => {
  const lead = 'During the reporting period, humanitarian organizations coordinated 58 planned aid movements with the authorities:';
  const text = DATED([lead, '- 21 were facilitated;', '- 19 were impeded;', '- 11 were denied; and', '- 7 were cancelled by the organizers due to security reasons.'].join('\n'));
  assert.deepEqual(findings(text), [`unsourced-claim: ${lead}`]);
  // (Under a label, each item is a sentence of its own, and judged.)
  const label = DATED(['Challenges:', '- Roads to coastal unions remained under water for three weeks;', '- Prices of rice rose by 30 per cent in June;'].join('\n'));
  assert.deepEqual(findings(label), ['unsourced-claim: Prices of rice rose by 30 per cent in June;']);
});
