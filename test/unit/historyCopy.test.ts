// History features, anniversaries and explainers with a past: eras, old years, round anniversaries and named wars,
// as "On this day" pieces and explainers write them. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, findingsOf as findings, datesOf as dates } from '../support/article';

const DATED = datedBy('2025-03-15');

test('years before and after Christ: "44 BC", "133 BCE", "AD 476", a day of 44 BC, "the 1st century BC"', () => {
  const cases: [string, [string, string][]][] = [
    ['On March 15, 44 BC, a group of senators stabbed Julius Caesar to death.', [['March 15, 44 BC', 'BC0044-03-15']]],
    ['Octavian defeated Mark Antony at Actium in 31 BC.', [['31 BC', 'BC0031']]],
    ['The violence began with the murder of Tiberius Gracchus in 133 BCE.', [['133 BCE', 'BC0133']]],
    ['The empire in the West lasted until AD 476, when Odoacer deposed the last emperor.', [['AD 476', '0476']]],
    ['In the 1st century BC, the city may have reached a million people.', [['the 1st century BC', 'BC00']]],
  ];
  for (const [body, want] of cases) assert.deepEqual(dates(DATED(body)), want, body);
  // ("ad" and "bc" in lower case are words and initials, not eras.)
  assert.deepEqual(dates(DATED('The agency ran 40 ad spots in the 5 bc districts.')), []);
});

test('a year before 1600 after "in", "from", "until" is a date: "at Augsburg in 1555", "from 1520 to 1566"', () => {
  assert.deepEqual(dates(DATED('The principle agreed at Augsburg in 1555 was extended to Calvinists.')), [['1555', '1555']]);
  assert.deepEqual(dates(DATED('Suleiman, who reigned from 1520 to 1566, besieged Vienna.')), [['1520', '1520'], ['1566', '1566']]);
  assert.deepEqual(dates(DATED('The eastern empire survived until the conquest of Constantinople in 1453.')), [['1453', '1453']]);
  // (Without such a word, an old four-digit number is a count or a code.)
  assert.deepEqual(dates(DATED('The regiment lost 1450 of its men.')), []);
});

test('a named war counted in years is no stretch of time: "the Thirty Years\' War", "the Seven Years’ War"', () => {
  for (const body of [
    "The treaties ended the Thirty Years' War, a conflict that killed a third of some German lands.",
    'Britain emerged from the Seven Years’ War as the leading colonial power.',
  ]) assert.deepEqual(dates(DATED(body)), [], body);
  // (A stretch of years before a lower-case noun is still one.)
  assert.deepEqual(dates(DATED("After thirty years' service, he retired.")), [["thirty years", 'P30Y']]);
});

test('a round anniversary in hundreds: "Two hundred years ago today", "Two hundred and fifty years ago"', () => {
  const text = DATED('Two hundred years ago today, the delegates signed the Final Act. Two hundred and fifty years ago, the war began.', '2015-06-09');
  assert.deepEqual(dates(text), [['Two hundred years ago today', '1815-06-09'], ['Two hundred and fifty years ago', '1765']]);
});

function agreements(text: string): [string, string | null][] {
  return analyze(text).agreements.map((a) => [a.text, a.entity ?? null]);
}
function actors(text: string): [string, string | null][] {
  return analyze(text).actors.map((a) => [a.text, a.entity ?? null]);
}

test('where a treaty was signed is no part of its name: "the Treaty of Versailles in the Hall of Mirrors"', () => {
  assert.deepEqual(agreements(DATED('German delegates signed the Treaty of Versailles in the Hall of Mirrors.')), [['Treaty of Versailles', 'treaty-of-versailles']]);
  assert.deepEqual(agreements(DATED('Leaders signed the Treaty of Lisbon in the Jeronimos Monastery.')), [['Treaty of Lisbon', 'lisbon-treaty']]);
  // (A name that goes on after "in" without "the" keeps it.)
  assert.deepEqual(agreements(DATED('Vietnam signed the Treaty of Amity and Cooperation in Southeast Asia in 1995.')).map((a) => a[0]), ['Treaty of Amity and Cooperation in Southeast Asia']);
});

test('the settlements of history are known agreements: the Peace of Westphalia, the Treaty of Lausanne, the Helsinki Final Act', () => {
  const text = DATED("The Peace of Westphalia ended the Thirty Years' War. The Treaty of Lausanne replaced the Treaty of Sèvres. The Helsinki Final Act was signed in 1975. Warsaw Pact countries signed it.", '2023-10-24');
  assert.deepEqual(agreements(text), [
    ['Peace of Westphalia', 'peace-of-westphalia'],
    ['Treaty of Lausanne', 'treaty-of-lausanne'],
    ['Treaty of Sèvres', null],
    ['Helsinki Final Act', 'helsinki-final-act'],
    ['Warsaw Pact', 'warsaw-pact'],
  ]);
});

test('historic states are actors: the Ottoman Empire, the Holy Roman Empire, Prussia, Austria-Hungary', () => {
  const text = DATED('The Ottoman Empire was not represented. Prussia gained half of Saxony, and the Holy Roman Empire survived until 1806. Austria-Hungary and the Russian Empire went to war in 1914; the Byzantine Empire had fallen in 1453. The League of Nations met in Geneva.');
  assert.deepEqual(actors(text), [
    ['Ottoman Empire', 'ottoman-empire'],
    ['Prussia', 'prussia'],
    ['Holy Roman Empire', 'holy-roman-empire'],
    ['Austria-Hungary', 'austria-hungary'],
    ['Russian Empire', 'russian-empire'],
    ['Byzantine Empire', 'byzantine-empire'],
    ['League of Nations', 'league-of-nations'],
  ]);
});

test('a historic leader with "Former" or "Then-" opening the sentence is one official, name and all', () => {
  for (const [body, who] of [
    ['Then-Soviet leader Leonid Brezhnev called the accord a great achievement.', 'Then-Soviet leader Leonid Brezhnev'],
    ['Former Soviet leader Mikhail Gorbachev declined to send in troops.', 'Former Soviet leader Mikhail Gorbachev'],
    ['Former Russian leader Boris Yeltsin resigned on the last day of 1999.', 'Former Russian leader Boris Yeltsin'],
  ]) assert.deepEqual(actors(DATED(body)).filter((a) => a[0].includes('leader')).map((a) => a[0]), [who], body);
});

test('a quotation framed by "he is reported to have told" is hearsay, not the words of a source paragraphs back', () => {
  const text = DATED('At least 140 people were killed at the wall, according to a study by the Centre for Contemporary History.\n\nGorbachev declined to send in troops. "Life punishes those who come too late," he is reported to have told the leadership a month earlier.', '2024-11-09');
  const seen = analyze(text).attributions.map((a) => [a.text, a.source?.text ?? null, a.content ? text.slice(a.content.start, a.content.end).includes('Life punishes') : false]);
  assert.deepEqual(seen, [
    ['according to', 'a study by the Centre for Contemporary History', false],
    ['is reported', null, true],
  ]);
});

test('a war, a wall or an uprising named for a place is no organisation: "the Iraq War", "the Berlin Wall", "the Prague Spring"', () => {
  for (const body of [
    'The Iraq War began in March 2003.',
    'Thirty-five years ago tonight, the Berlin Wall fell.',
    'The Prague Spring ended when Warsaw Pact tanks rolled in.',
    'The Warsaw Uprising began on August 1, 1944.',
    'The Iranian Revolution toppled the Shah.',
  ]) assert.deepEqual(actors(DATED(body)).filter((a) => a[0].includes(' ')), [], body);
  // (A body named for its country keeps its name: "Kenya Airways".)
  assert.deepEqual(actors(DATED('Kenya Airways said it would resume flights.')), [['Kenya Airways', null]]);
});

test('a refusal is no trend: "declined to send in troops", "declined to comment"; a figure that declined still is', () => {
  for (const body of [
    'Mikhail Gorbachev, the last leader of the Soviet Union, declined to send in troops.',
    'The Kremlin declined to comment on the archive.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  assert.equal(findings(DATED('Grain exports declined to 4 million tonnes.')).length, 1);
});

test('a year counted from a year before Christ stays before Christ: "In 27 BC ... that year", "44 BC ... A year later"', () => {
  assert.deepEqual(dates(DATED('In 27 BC, the Senate gave him the title Augustus, and historians date the empire to that year.')), [['27 BC', 'BC0027'], ['that year', 'BC0027']]);
  assert.deepEqual(dates(DATED('Octavian won at Actium in 31 BC. The following year, Antony died. Caesar was killed in 44 BC. A year later, war broke out.')), [
    ['31 BC', 'BC0031'], ['The following year', 'BC0030'], ['44 BC', 'BC0044'], ['A year later', 'BC0043'],
  ]);
  // (Counted past 1 BC, the years run on from AD 1: there is no year 0.)
  assert.deepEqual(dates(DATED('He was born in 2 BC. Three years later, his father died.')), [['2 BC', 'BC0002'], ['Three years later', '0002']]);
});

test('"Thirty-five years ago tonight" is that night of the year it names, as "Fifty years ago today" is that day', () => {
  assert.deepEqual(dates(DATED('Thirty-five years ago tonight, the Berlin Wall fell.', '2024-11-09')), [['Thirty-five years ago tonight', '1989-11-09TNI']]);
  assert.deepEqual(dates(DATED('Fifty years ago today, the leaders of 35 states gathered in Helsinki.', '2025-08-01')), [['Fifty years ago today', '1975-08-01']]);
});
