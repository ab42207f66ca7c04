// Claims the last round left (2): a decision's terms and its vote, a court's order, a situation report's own figures,
// a release's own statements, a fact-check's verdict. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-11-30');

test('a decision\'s terms and its vote, reported as events, are its record: "Ministers agreed a 20 billion euro fund."', () => {
  for (const body of [
    'Ministers agreed a 20 billion euro fund.',
    'EU finance ministers agreed on a 150 billion euro loan scheme.',
    'The text was adopted by 26 member states.',
    'The bill was passed by 312 votes to 201.',
    'The court ordered Poland to pay the applicant 20,000 euros in damages.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (A cause or a judgement beside the decision, and a text's figures with no vote, still want a source.)
  assert.equal(findings(DATED('Ministers agreed a 20 billion euro fund because the war had destroyed 40% of the grid.')).length, 1);
  assert.equal(findings(DATED('The court ordered Poland to pay 20,000 euros, the largest award in the chamber cases.')).length, 1);
  assert.equal(findings(DATED('The text, which will cost 20 billion euros, is the largest ever.')).length, 1);
});

test("a flash update's or a situation report's own figures: its count to a day, its rates, its toll", () => {
  for (const title of ['Democratic Republic of the Congo: Kasai Floods\nFlash Update No. 2\n\n', 'Disease Outbreak News\nMpox - Sierra Leone\n\n', 'Kasai Floods Situation Report No. 4\n\n']) {
    for (const body of [
      'As of 30 November, 1,240 people have been displaced in Kasai.',
      'The case fatality rate stands at 1.7 per cent.',
      'At least 27 people have died and 41 are missing.',
      'Some 3,400 houses have been destroyed or damaged in Tshikapa and Kamonia territories.',
      'Shelter: 1,100 emergency shelter kits have been distributed in Tshikapa.',
      'WASH: 180,000 litres of water are trucked daily to displacement sites.',
      'Humanitarian partners have reached 6,200 people with emergency shelter kits.',
    ]) assert.deepEqual(findings(DATED(title + body)), [], title + body);
  }
  // (The same figures in a newspaper's story, and a cause in the report, still want a source.)
  for (const body of ['As of 30 November, 1,240 people have been displaced in Kasai.', 'The case fatality rate stands at 1.7 per cent.', 'At least 27 people have died and 41 are missing.']) {
    assert.equal(findings(DATED('Floods hit Kasai\n\n' + body)).length, 1, body);
  }
  assert.equal(findings(DATED('Kasai Floods\nFlash Update No. 2\n\nTorrential rains since 24 November have caused the rivers to burst their banks.')).length, 1);
});

test("a fact check's verdict that runs over several paragraphs is the checker's, up to the next heading", () => {
  const claim = 'Claim: A post shared on Facebook says the government will ban all cash payments from January.\n\n';
  for (const verdict of ['Our verdict: False.\n\n', 'VERDICT\n\nFalse. The government has announced no such ban.\n\n', '**Our ruling:** False.\n\n']) {
    const text = DATED(claim + verdict + 'The law lowers the limit for cash payments between businesses to 5,000 euros.\n\nIt applies to fewer than 2% of transactions.');
    assert.deepEqual(findings(text), [], verdict);
  }
  // (A heading ends the verdict: what follows it is the writer's again, and so is a claim with no verdict above it.)
  assert.deepEqual(findings(DATED(claim + 'VERDICT\n\nFalse. The law lowers the limit to 5,000 euros.\n\nTHE FACTS\n\nThe law lowers the limit for cash payments between businesses to 5,000 euros.')), ['unsourced-claim: The law lowers the limit for cash payments between businesses to 5,000 euros.']);
  assert.equal(findings(DATED(claim + 'The government says the post is wrong.\n\nThe law lowers the limit for cash payments between businesses to 5,000 euros.')).length, 1);
});

test('a release that no title calls one is read by its dateline and its "About" boilerplate', () => {
  const title = 'Gulf Coast Marine Systems Announces $48 Million Expansion of Tampa Shipyard\n\nNew dry dock to add 300 jobs by 2028\n\n';
  const about = '\n\nAbout Gulf Coast Marine Systems\nGulf Coast Marine Systems is the leading ship repair company on the Gulf Coast, with 1,400 employees in three states.\n\nMedia Contact: Jordan Reyes, press@gcms.example.com';
  for (const dateline of ['TAMPA, Fla. – ', 'TAMPA, Fla., June 2, 2026 /PRNewswire/ -- ']) {
    for (const body of [
      'Gulf Coast Marine Systems repaired 112 vessels in 2025, a 22 percent increase over the previous year.',
      'In 2025, the company repaired 112 vessels, a 22 percent increase over the previous year.',
    ]) assert.deepEqual(findings(DATED(title + dateline + 'On June 2, the company broke ground on a new dry dock.\n\n' + body + about)), [], dateline + body);
  }
  // (What others did is still theirs to source; a newspaper's story with a dateline, or an agency's, is no release.)
  assert.equal(findings(DATED(title + 'TAMPA, Fla. – On June 2, the company broke ground.\n\nRival yards lost 40 percent of their orders in 2025.' + about)).length, 1);
  const story = 'Gulf Coast Marine Systems repaired 112 vessels in 2025, a 22 percent increase over the previous year.';
  assert.equal(findings(DATED(title + 'TAMPA, Fla. – On June 2, the company broke ground.\n\n' + story)).length, 1);
  assert.ok(findings(DATED(title + 'TAMPA, Fla. (AP) – On June 2, the company broke ground.\n\n' + story + about)).includes(`unsourced-claim: ${story}`));
  assert.ok(findings(DATED(title + 'TAMPA, Fla. – On June 2, the company broke ground.\n\n' + story + '\n\nAbout the author\nJane Doe covers business.')).includes(`unsourced-claim: ${story}`));
});

test('a statistical release\'s figures and estimates are its own: under "Flash estimate - November 2026"', () => {
  const title = 'Flash estimate - November 2026\nEuro area annual inflation down to 2.1%\n\nEuro area annual inflation is expected to be 2.1% in November 2026, down from 2.2% in October, according to a flash estimate from Eurostat.\n\n';
  for (const body of [
    'Looking at the main components of euro area inflation, services is expected to have the highest annual rate in November (3.4%, compared with 3.5% in October).',
    'Energy prices fell by 1.3% compared with November 2025.',
    'Core inflation remained unchanged at 2.4%.',
    'Among member states, the highest annual rates were recorded in Romania (5.1%) and Estonia (4.6%).',
  ]) assert.deepEqual(findings(DATED(title + body)), [], body);
  // (The same figures under a newspaper's headline, even one that names the estimate, still want a source.)
  for (const head of ['Euro zone inflation eases\n\n', 'Flash estimate shows euro zone inflation easing\n\n']) {
    assert.equal(findings(DATED(head + 'Energy prices fell by 1.3% compared with November 2025.')).length, 1, head);
    assert.equal(findings(DATED(head + 'Services is expected to have the highest annual rate in November.')).length, 1, head);
  }
});

test("in a body's press release, what its own act is and does is its statement: \"The payment follows 13 reform steps\"", () => {
  const release = 'Council of the EU\nPress release\n28 November 2026\n\nUkraine Facility: Council approves 4.2 billion euro disbursement\n\nThe Council today approved the disbursement of 4.2 billion euros to Ukraine under the Ukraine Facility. ';
  for (const body of [
    "The payment follows Ukraine's completion of 13 reform steps.",
    'Next steps\nThe funds will be paid out in December.',
    'The disbursement is the fifth under the facility, which totals 50 billion euros.',
  ]) assert.deepEqual(findings(DATED(release + body)), [], body);
  // (The same sentence in a news story is the writer's, and what others did is still theirs to source.)
  assert.equal(findings(DATED("EU approves Ukraine payment\n\nThe payment follows Ukraine's completion of 13 reform steps.")).length, 1);
  assert.equal(findings(DATED(release + 'Russia fired 40 missiles at Kyiv in November.')).length, 1);
});

test('a situation report\'s total of cases and deaths together is its own count: "a cumulative total of 48,120 cases and 612 deaths were reported"', () => {
  const title = 'Cholera - Global situation\nMulti-country outbreak of cholera, External Situation Report #32\n\n';
  for (const body of [
    'In October 2026, a cumulative total of 48,120 new cholera cases and 612 deaths were reported from 23 countries.',
    'A total of 1,204 cases and 31 deaths have been recorded since the start of the outbreak.',
  ]) assert.deepEqual(findings(DATED(title + body)), [], body);
  // (In a newspaper's story the count still wants a source.)
  assert.equal(findings(DATED('Cholera spreads\n\nIn October 2026, a cumulative total of 48,120 new cholera cases and 612 deaths were reported from 23 countries.')).length, 1);
});
