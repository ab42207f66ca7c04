// Actors in regional house styles: the executive by its local name ("the Centre", "the Presidency"), Australia's
// parties, given names that look like demonyms, titles and bodies written the way other presses write them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { findActorsAndAgreements } from '../../server/src/analysis/actors';
import { lineSegmentation } from '../support/lines';
import { builtinGlossary } from '../../server/src/glossary';

const gaz = createGazetteer(builtinGlossary());

function actors(text: string): string[] {
  return findActorsAndAgreements(text, lineSegmentation(text), gaz).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
}

/** Checks that each expected "text|category|entity" is among the actors found. */
function check(text: string, expected: string[]): void {
  const got = actors(text);
  for (const e of expected) assert.ok(got.includes(e), `${text}\n  expected ${e}\n  got ${JSON.stringify(got)}`);
}

/** Checks that no actor has the given text. */
function absent(text: string, notExpected: string): void {
  const got = actors(text).map((a) => a.split('|')[0]);
  assert.ok(!got.includes(notExpected), `${text}\n  did not expect ${notExpected}\n  got ${JSON.stringify(got)}`);
}

test('the executive by its local name is an actor, capitalised only', () => {
  check('The Centre has asked the states to share their flood data by Monday.', ['The Centre|government|-']);
  check('Governors wrote to the Presidency after the fuel price rose again.', ['the Presidency|government|-']);
  check('The PM told the radio station that the rail line would open in spring.', ['The PM|official|-']);
  absent('The market stands in the centre of the old town.', 'the centre');
  absent('She won the presidency in a runoff last year.', 'the presidency');
  // More of a name after it: another body.
  absent('The Centre for Coastal Studies published the survey.', 'The Centre');
});

test('Australia\u2019s parties are groups, and the Coalition in a story of parties is no army', () => {
  check('The Coalition voted against the bill, and Labor blamed the Greens for the delay.', ['The Coalition|group|-', 'Labor|group|-', 'the Greens|group|-']);
  // Far from any party word in its own sentence, but in a story of parties all the same.
  check('Voters in the outer suburbs shifted late.\n\nIt was, he said, the Coalition that had signed the original contract with the shipyard years before the change.\n\nThe shadow treasurer did not respond.', ['the Coalition|group|-']);
  // A war story's coalition stays military.
  check('Coalition aircraft struck two depots overnight, and the Coalition said no civilians were hurt.', ['the Coalition|military|-']);
  // The Labor Department and Labor Day are no party.
  absent('Labor Secretary nominee hearings resume after Labor Day.', 'Labor');
});

test('a given name with an accent is no demonym', () => {
  const got = actors('The council\u2019s chair, Germán Ruiz Ortega, told reporters the count was complete.');
  assert.ok(got.includes('Germán Ruiz Ortega|person|-') || got.includes('Germán Ruiz Ortega|official|-'), JSON.stringify(got));
  assert.ok(!got.some((a) => a.includes('country:germany')), JSON.stringify(got));
  // The demonym itself still names its country.
  check('The German position hardened overnight.', ['German|country|country:germany']);
  // A country's own name keeps folding its accents.
  check('Türkiye hosted the talks.', ['Türkiye|country|country:turkey']);
});

test('an honorific is whole: "His Highness" opens the ruler\u2019s span, and stands for him alone', () => {
  check('His Highness Sheikh Khalid bin Rashid Al Falasi opened the new port.', ['His Highness Sheikh Khalid bin Rashid Al Falasi|official|-']);
  check('The terminal, His Majesty said, would carry freight by 2030.', ['His Majesty|official|-']);
  // The crown's government is no ruler.
  absent('His Majesty\u2019s Government will publish its reply in June.', 'His Majesty');
});

test('a title over a possessive body or two portfolios is one official', () => {
  check('The deal was initialled by Sheikh Omar, Director of the Ajman Ruler\u2019s Office, on Sunday.', ['Director of the Ajman Ruler\u2019s Office|official|-']);
  check('Fatima Al Ketbi, Minister of Water and Agriculture, attended the signing.', ['Minister of Water and Agriculture|official|-']);
  check('The Minister of Finance and Planning said the budget would balance.', ['The Minister of Finance and Planning|official|-']);
  // A second title after "and" is another post.
  check('She met the Minister of Defence and Prime Minister Hassan Ali.', ['the Minister of Defence|official|-']);
});

test('an official\u2019s span keeps the party and portfolio before the title, and a retired rank', () => {
  check('Opposition health spokeswoman Ruth Ngata said the wards were full.', ['Opposition health spokeswoman Ruth Ngata|official|-']);
  // The Indian party before its office is part of the post, not America's legislature.
  const got = actors('Congress general secretary Priya Nair said the bill was rushed.');
  assert.ok(got.includes('Congress general secretary Priya Nair|official|-'), JSON.stringify(got));
  assert.ok(!got.some((a) => a.includes('us-congress')), JSON.stringify(got));
  // A retired officer keeps the rank in the span, and holds no post.
  check('Maj Gen (retd) Arun Dutta said the roads came too late.', ['Maj Gen (retd) Arun Dutta|person|-']);
});
