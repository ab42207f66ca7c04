// Fact-check articles (PolitiFact, Full Fact, AFP, Africa Check, BOOM, Snopes): the claim checked and the verdict under
// their labels, the checker's own searches and counts, the posts quoted and the sources listed at the end. Sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-10-14');

test('how often a post was shared, viewed or liked is the checker\'s own count of a public counter, no claim', () => {
  for (const body of [
    'The claim has been shared more than 35,000 times on Facebook.',
    'The video has been viewed over 2 million times on TikTok.',
    'The post had more than 6,000 shares at the time of writing.',
    'The image had been reposted more than 9,000 times by Friday morning.',
    'Similar posts circulated on Instagram and X, where they gathered more than three million views.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
});

test('a count of shares beside a claim of its own still leaves the claim to be sourced', () => {
  assert.equal(findings(DATED('Crime has tripled since 2020, and the post has been shared 12,000 times.')).length, 1);
  assert.equal(findings(DATED('Shares of the company fell 12 percent after the recall.')).length, 1);
});

test('a claim checked under its label ("Claim:", "What was claimed") is reported, and the verdict under its own ("Our ruling:") the checker\'s finding', () => {
  for (const body of [
    '**Claim:** Ghana has the fastest-growing economy in the world.',
    'Claim: Ghana has the fastest-growing economy in the world.',
    '**The claim:** 60,000 ballots were found in a river after the election.',
    '**Claim:**\n\nThe city cut its police budget by 30% last year.',
    '**What was claimed**\n\nThe council has closed 40 libraries since 2020.',
    '**Our verdict**\n\nIncorrect. The number of nurses has risen by 4,000 since April.',
    'Our ruling: The photo was taken in 2019 and shows the worst flood in Texas history. We rate the claim False.',
    '**Conclusion: Ghana\'s economy is among the fastest-growing in Africa**',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (The label covers its own paragraph only: what follows is the checker's to source.)
  assert.equal(findings(DATED('**Claim:** Ghana has the fastest-growing economy in the world.\n\nGhana has the fastest-growing economy in Africa.')).length, 1);
});

test('the checker\'s own search that came up empty is no claim: "We could not find any year in which ..."', () => {
  for (const body of [
    'We could not find any two-year period in which prices rose by 25%.',
    'We were unable to find any month in which more than 5,000 migrants crossed.',
    'We did not find a single year in which the deficit fell below 3%.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
});

test('the checker\'s promise to update the piece is no prediction to source', () => {
  for (const body of [
    'We asked the mayor\'s office for comment and will update this story if we hear back.',
    'PolitiFact has contacted the authors of the post and will update this article if they respond.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (A forecast of the world still is one.)
  assert.equal(findings(DATED('The council will cut 300 jobs next year.')).length, 1);
});

test('a verdict\'s label ("Our ruling:", "What was claimed") is no one\'s speech', () => {
  assert.deepEqual(attributions(DATED('**Our ruling:** The photo was taken in 2019 and shows a flood in Texas.')), []);
  assert.deepEqual(attributions(DATED('Our ruling: The photo was taken in 2019 and shows a flood in Texas.')), []);
  assert.deepEqual(attributions(DATED('**What was claimed**\n\nThe council has closed 40 libraries since 2020.')), []);
  // (A judge's ruling still reports: "Her ruling: ...".)
  assert.equal(attributions(DATED('Her ruling: the ban was unlawful.')).length, 1);
});

test('a title in quotation marks under "Sources" is no one\'s words', () => {
  const text = DATED('The campaign called the ad "a lie" in a statement.\n\n**Sources:**\n\n"Crime in Kelby, 2025." Kelby Police Department, 2026.\n\nOffice for National Statistics. "Crime in England and Wales." Accessed Oct. 12, 2026.');
  assert.deepEqual(attributions(text).map((a) => a.cue), ['called']);
});

test('a post quoted before an inverted "reads" is its source: \'"...," reads a post shared on X\'', () => {
  const cases: [string, string, string][] = [
    ['"The dam has burst. Get out now," reads a post shared on X on Oct. 11.', 'a post', '"The dam has burst. Get out now,"'],
    ['"Schools will close for a month," read the caption of one Facebook post.', 'the caption of one Facebook post', '"Schools will close for a month,"'],
  ];
  for (const [body, source, content] of cases) assert.deepEqual(attributions(DATED(body)).map((a) => [a.source, a.content]), [[source, content]], body);
});

test('a quotation, then the speaker, a role set off and "said in a video posted to X on" a day: the quotation is what was said', () => {
  const text = DATED('"Taxes have doubled under this council," Ann Pryce, a Labour candidate for the Kelby ward, said in a video posted to X on Oct. 3.');
  assert.deepEqual(attributions(text).map((a) => [a.source, a.content]), [['Ann Pryce', '"Taxes have doubled under this council,"']]);
});

test('what no data or record shows reports nothing: "We could not find any data showing", "found no data showing"', () => {
  for (const body of [
    'We could not find any data showing a 40% rise in burglaries.',
    'There is no evidence showing that the vaccine causes infertility.',
    'The agency did not find any news report of the minister making such a statement.',
  ]) assert.deepEqual(attributions(DATED(body)).filter((a) => a.cue !== 'found'), [], body);
  assert.deepEqual(attributions(DATED('Reuters found no data showing a rise in strokes this winter.')).map((a) => a.cue), ['found']);
});

test('"the data show" after the data have been named points back at them: no vague source', () => {
  const text = DATED('Police data show a smaller rise. Burglaries did climb by about 30 percent, the data show.');
  assert.deepEqual(findings(text), []);
  const stats = DATED('According to the latest NHS workforce statistics, there were 361,000 nurses in June. The figures show a rise of 6,500.');
  assert.deepEqual(findings(stats), []);
  // (With no data named before, "the data" still names no one.)
  assert.deepEqual(findings(DATED('Burglaries did climb by about 30 percent, the data show.')), ['vague-attribution: the data show']);
});

test('"that year-to-year", "this year-on-year": a rate\'s base after a determiner is no year', () => {
  const dates = (body: string): string[] => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.value}`);
  assert.deepEqual(dates('She told us that year-to-year changes in small towns are mostly noise.'), []);
  assert.deepEqual(dates('Analysts said this year-on-year rise was the steepest since 2010.'), ['2010=2010']);
  assert.deepEqual(dates('Exports rose last month-on-month, the data showed.'), []);
  // (A year that is one stays one.)
  assert.deepEqual(dates('The bank said that year was the worst on record.').length, 1);
});

test('figures described before their verb are its source: "The department\'s figures for 2025 show", "figures published in May show"', () => {
  const cases: [string, string, string][] = [
    ["The department's figures for 2025 show violent crime down 3%.", 'show', "The department's figures for 2025"],
    ['Police figures for the first half of 2026 show burglaries down 3%.', 'show', 'Police figures for the first half of 2026'],
    ['Government figures released on Monday showed a rise of 3%.', 'showed', 'Government figures'],
    ['Official figures published in May show a rise in rents.', 'show', 'Official figures'],
  ];
  for (const [body, cue, source] of cases) {
    assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source]), [[cue, source]], body);
    assert.deepEqual(findings(DATED(body)), [], body);
  }
  // (When they came out is no part of them: "Figures released last week show".)
  assert.deepEqual(attributions(DATED('Figures released last week show a rise in rents.')).map((a) => a.source), ['Figures']);
  // ("in May" is the month, when, no part of who; not the modal "may" between a source and its verb.)
  assert.deepEqual(attributions(DATED('Officials in May say the plan works.')).map((a) => a.source), ['Officials']);
});

test('the fact checkers are organisations: "told Africa Check", "Full Fact contacted", "Snopes found"', () => {
  const actors = (body: string): string[] => analyze(DATED(body)).actors.map((a) => `${a.text}=${a.category}`);
  assert.deepEqual(actors('The economist told Africa Check that the estimates were modelled.'), ['Africa Check=organization']);
  assert.deepEqual(actors('Full Fact contacted the ministry on Monday.'), ['Full Fact=organization']);
  assert.deepEqual(actors('Snopes found no such law, and Lead Stories and Alt News agreed.'), ['Snopes=organization', 'Lead Stories=organization', 'Alt News=organization']);
});

test('"These show that ..." reports, as "They show that" does: "these show" before its "that" is no noun', () => {
  const text = DATED("The figure comes from the council's vacancy statistics. These show that about 1,200 posts were empty in June.");
  assert.deepEqual(attributions(text).map((a) => [a.cue, a.source]), [['show', 'These']]);
  assert.deepEqual(findings(text), []);
});
