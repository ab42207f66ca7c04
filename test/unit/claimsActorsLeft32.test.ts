// Claims and actors the last round left: an observer mission's own findings, election results of record, a situation
// report's weekly figures, a calendar's year and a law's timetable; names that were missed, split or mistaken. Sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2025-11-14');

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${text.slice(a.start, a.end)}=${a.category}`);
}

const EOM_STATEMENT = 'EUROPEAN UNION ELECTION OBSERVATION MISSION\nRepublic of Malawi — General Elections 2025\n\nPreliminary Statement\n\n';

test("an observer mission's statement gives its own observations: no source is owed", () => {
  for (const body of [
    'The process was assessed negatively in 18 per cent of observations.',
    'Opening was assessed positively in 38 of the 42 polling stations observed.',
    'On election day, EU observers visited 486 polling stations.',
    'In total, the EU EOM deployed 112 observers from 26 member states.',
  ]) assert.deepEqual(findings(DATED(EOM_STATEMENT + body)), [], body);
  // (The mission named only in the statement's first sentence is the same mission.)
  const opened = DATED('Statement of Preliminary Findings and Conclusions\n\nThis statement of the International Election Observation Mission (IEOM) is issued before the count ends. Group voting was noted in 5 per cent of observations.');
  assert.deepEqual(findings(opened), []);
  // (In a news story the same figure is still the reporter's to source.)
  assert.equal(findings(DATED('Observers criticise Malawi vote\n\nThe process was assessed negatively in 18 per cent of observations.')).length, 1);
});

test('an election result declared is a fact of record, not a claim', () => {
  for (const body of [
    'Reform UK won 677 council seats.',
    'The Conservatives lost 674 seats and control of 16 councils.',
    'Labour lost 187 councillors and control of Doncaster.',
    "Reform's candidate won by six votes after a recount.",
    'Trump carried North Carolina by more than three points with 95% of the expected vote counted.',
    'Turnout was 32 per cent, down from 35 per cent in 2021.',
    'Voters approved the charter in a referendum, with 65 percent voting yes.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (A result projected or forecast, and what a result is said to mean, are still claims.)
  for (const body of [
    'Reform UK could win 677 council seats.',
    'Reform is projected to win 400 seats.',
    'Jamaat-e-Islami won 68 seats, its best performance ever.',
  ]) assert.equal(findings(DATED(body)).length, 1, body);
});

test("a situation report's figures for an epidemiological week are its own surveillance data", () => {
  const report = 'Cholera Outbreak Situation Report No. 52\n\n';
  for (const body of [
    '1,284 new cases were reported in EW 45.',
    '1,284 new cases were reported in EW 45, an 8% increase compared with EW 44.',
    'In epidemiological week 45, 14 deaths were recorded, the highest weekly toll since March.',
  ]) assert.deepEqual(findings(DATED(report + body)), [], body);
  // (Outside a report, or without its week, a count still wants its source.)
  assert.equal(findings(DATED('Cholera spreads in the north\n\n1,284 new cases were reported in EW 45.')).length, 1);
  assert.equal(findings(DATED(report + 'WHO and UNICEF supported 36 cholera treatment centres.')).length, 1);
});

test("a calendar's year is no figure, and a law's timetable is no prediction", () => {
  for (const body of [
    'Bangla year 1432 begins on 14 April.',
    'The Nepali year 2082 began on Monday.',
    'The bans will apply six months after entry into force.',
    'Obligations for general-purpose AI models will apply from 2 August 2025.',
    'The rest of the act will become applicable 24 months after entry into force.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  // (What a rule will do to someone is still foretold.)
  assert.equal(findings(DATED('The bans will apply to 400 companies and will cost them dearly.')).length, 1);
});

test('"Jamaat" alone is Jamaat-e-Islami; in a longer name it is no party of its own', () => {
  assert.deepEqual(actors(DATED('The BNP and Jamaat welcomed the verdict.')), ['BNP=organization', 'Jamaat=organization']);
  assert.ok(!actors(DATED('Members of the Tablighi Jamaat gathered in Tongi.')).includes('Jamaat=organization'));
  assert.ok(!actors(DATED('Jamaat ul-Ahrar claimed the attack.')).includes('Jamaat=organization'));
});

test('a trade\'s term in capitals after a nationality names a product, no body: "Chinese GPU makers"', () => {
  for (const body of ['Chinese GPU makers are racing to catch up.', 'Indian EV makers lobbied hard.', 'US AI companies objected.']) {
    assert.ok(!actors(DATED(body)).some((a) => a.includes(' ') && a.endsWith('=organization')), body);
  }
  assert.ok(!actors(DATED('He will travel to Washington DC on March 12.')).includes('Washington DC=organization'));
  // (A body named after its country still is one.)
  assert.deepEqual(actors(DATED('Kenya Airways cancelled flights.')), ['Kenya Airways=organization']);
});

test('a product named after its maker is no organisation, and its maker alone is no right span', () => {
  for (const body of ['Apple Music added a lossless tier.', 'Red Hat Enterprise Linux 10 ships in May.', 'Google Maps showed the road closed.']) {
    assert.deepEqual(actors(DATED(body)), [], body);
  }
  assert.deepEqual(actors(DATED('Apple said the tier would launch soon.')), ['Apple=organization']);
});

test('a body\'s mission named by both sets of initials is one body: "EU EOM"', () => {
  assert.deepEqual(actors(DATED('The EU EOM deployed 120 observers.')), ['EU EOM=organization']);
  assert.deepEqual(actors(DATED('EU NAVFOR ships escorted the convoy.')), ['EU NAVFOR=organization']);
});

test('the Congress of Vienna is a conference, no government; a state\'s congress still is one', () => {
  assert.deepEqual(actors(DATED('The map of Europe was redrawn at the Congress of Vienna.')), []);
  assert.deepEqual(actors(DATED('The Congress of Berlin met in 1878.')), []);
  assert.deepEqual(actors(DATED('The Congress of Colombia voted on Tuesday.')), ['Congress of Colombia=government']);
});

test('a capital that stands for the accords signed there is not its government: "Oslo was never a peace agreement"', () => {
  assert.deepEqual(actors(DATED('Oslo was never a peace agreement.')), []);
  assert.deepEqual(actors(DATED('Minsk is a dead letter, the diplomat said.')), []);
  assert.deepEqual(actors(DATED('Oslo was a party to the talks.')), ['Oslo=country']);
});

test("an observer group's interim statement gives its own record too, of polling stations and of the group", () => {
  const group = 'COMMONWEALTH OBSERVER GROUP\nGeneral Election, 28 April 2025\n\nINTERIM STATEMENT\n\n';
  for (const body of [
    'Voters turned out in large numbers, and most polling stations opened on time.',
    "In 9 per cent of polling stations observed, voters' names were missing from the register.",
    'The Group will issue its final report in June.',
  ]) assert.deepEqual(findings(DATED(group + body)), [], body);
});

test('a seat won with its majority is a result of record, and the winner a person', () => {
  const text = DATED('Nigel Farage won Clacton with a majority of 8,405.');
  assert.deepEqual(findings(text), []);
  assert.deepEqual(actors(text), ['Nigel Farage=official']); // (the glossary's leader of Reform UK)
  assert.deepEqual(actors(DATED('Bridget Phillipson was re-elected in Houghton.')), ['Bridget Phillipson=person']);
});

test('observers of a union of states named whole are a named source: "European Union election observers said"', () => {
  for (const [body, source] of [
    ['European Union election observers said on Monday that the vote was calm.', 'European Union election observers'],
    ['African Union observers said the vote was peaceful.', 'African Union observers'],
  ]) {
    const seen = analyze(DATED(body)).attributions;
    const text = DATED(body);
    assert.deepEqual(seen.map((a) => [a.source && text.slice(a.source.start, a.source.end), !!a.vague]), [[source, false]], body);
  }
  // (A region's people are still vague.)
  assert.ok(analyze(DATED('European diplomats said the vote was calm.')).attributions[0].vague);
});

test('Port of Spain is a city, not Spain', () => {
  assert.ok(!actors(DATED('The group met in Port of Spain on Tuesday.')).includes('Spain=country'));
});

test('a month that opens the name of an event or a text is no date: "the July Charter", "the October Revolution"', () => {
  const dates = (body: string): string[] => {
    const text = DATED(body);
    return analyze(text).dates.map((d) => text.slice(d.start, d.end));
  };
  assert.deepEqual(dates('Voters approved the July Charter in a referendum.'), []);
  assert.deepEqual(dates('The July Uprising toppled the government.'), []);
  assert.deepEqual(dates('The October Revolution of 1917 changed Russia.'), ['1917']);
  assert.deepEqual(dates('Talks resume in July.'), ['July']);
});

test('results declared are no one\'s words: "With all 23 councils declared"', () => {
  const seen = (body: string): number => analyze(DATED(body)).attributions.length;
  const declared = DATED('With all 23 councils declared, the Conservatives lost 674 seats.');
  assert.deepEqual(analyze(declared).attributions, []);
  assert.deepEqual(findings(declared), []);
  assert.deepEqual(analyze(DATED('Houghton was the first seat to declare.')).attributions, []);
  assert.equal(seen('The minister declared that the vote was fair.'), 1);
});
