// Actors in regional house styles: the executive by its local name ("the Centre", "the Presidency"), Australia's
// parties, given names that look like demonyms, titles and bodies written the way other presses write them; posts
// serving another office, members' bodies named in the possessive, institutions kept in their own language, bodies
// known by an appositive, classes after a count, list headings in capitals, sides of a talk, places along a border,
// signatures and a department's country.
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

test('a post serving another office is one title with its portfolio, and no body', () => {
  const text = 'In a note signed by the Special Adviser to the Governor on Housing and Transport, Musa Adeyemi, the grant was confirmed.';
  check(text, ['the Special Adviser to the Governor on Housing and Transport|official|-']);
  absent(text, 'Governor on Housing');
  assert.ok(actors(text).some((a) => a.startsWith('Musa Adeyemi|')), 'the named officeholder stays an actor');
});

test('a body of members named in the plural possessive is one organisation', () => {
  check('The Coastal Mayors\u2019 Council met in Lagos and asked for more dredgers.', ['Coastal Mayors\u2019 Council|organization|-']);
  check("A letter from the Rural Nurses' Association reached the ministry.", ["Rural Nurses' Association|organization|-"]);
  // A possessive before anything but a body's word still ends the name.
  absent('The Republicans\u2019 Senate leader said little.', 'Republicans\u2019 Senate leader');
});

test('an institution named in English and in its own language is one kind of body', () => {
  const text = 'The Comptroller\u2019s Office (Contraloría General de la República) opened an audit, and the Auditor\u2019s Office agreed.';
  check(text, ['Comptroller\u2019s Office|government|-', 'Contraloría General de la República|government|-']);
  check('Figures came from the Ombudsman\u2019s Office in the capital.', ['Ombudsman\u2019s Office|government|-']);
  assert.ok(!actors(text).some((a) => a.endsWith('|person|-') && a.startsWith('Contraloría')), 'the Spanish name is no person');
});

test('a name set off before a body\u2019s noun is that body, not a person', () => {
  check('Agri-Verde, the Iberian growers\u2019 lobby, said the quota was too small.', ['Agri-Verde|organization|-']);
  check('Terra-Nostra, a farmers\u2019 federation, said it would appeal.', ['Terra-Nostra|organization|-']);
  // A person who belongs to a group stays a person.
  check('Anna Kowalczyk, a member of the group, said she would vote no.', ['Anna Kowalczyk|person|-']);
});

test('capitalised plurals after a count are a class, not a person', () => {
  absent('The Inuit Circumpolar Council, one of several Permanent Observers, said it was not consulted.', 'Permanent Observers');
  absent('The river board, one of four Founding Members, said the plan was late.', 'Founding Members');
});

test('a numbered heading in capitals holds no acronyms', () => {
  absent('3) ONE CHART\n\nExports fell by a tenth in October, according to the customs office.', 'CHART');
  absent('2. BIG PICTURE\n\nThe harvest was the smallest in a decade.', 'PICTURE');
});

test('the name alone on the line after a letter\u2019s closing is a person', () => {
  check('Thanks for reading.\n\nKind regards,\nMarta Quillfeather\nDesk editor', ['Marta Quillfeather|person|-']);
  check('See you next month.\n\nBest wishes,\nTobias Renwick', ['Tobias Renwick|person|-']);
});

test('the two parties of a talk named by their pair are a group', () => {
  const text = 'Peru and Chile signed four documents on Monday. The two sides agreed to meet again in Lima, and both countries welcomed the deal.';
  check(text, ['The two sides|group|-', 'both countries|group|-']);
  absent('Shelling was heard on both sides of the river overnight.', 'both sides');
});

test('a side of a border and a state of a country are places, not actors', () => {
  absent('Roads on the Bhutanese side of the ridge were washed away.', 'Bhutanese side');
  absent('Roads near the border have lagged behind the Nepali side for years.', 'Nepali side');
  absent('Heavy rain fell in the Mexican state of Oaxaca on Sunday.', 'Mexican state');
  // Across a table, the side is the delegation.
  check('The Indian side said the next round would be held in March.', ['Indian side|government|-']);
});

test('"the department" in a story of a Commonwealth Defence is not the Pentagon', () => {
  const text = 'Defence officials in Ottawa briefed the committee. The Pentagon was told in May. A senior adviser to the department said costs had doubled.';
  check(text, ['the department|government|-', 'Pentagon|government|pentagon']);
  // In an American story it still is.
  check('The Pentagon published the audit. A senior adviser to the department said costs had doubled.', ['the department|government|pentagon']);
});

test('a currency written by its code before a figure is no body', () => {
  for (const code of ['KES', 'NGN', 'ZAR', 'PKR', 'MYR', 'PHP', 'UGX', 'GHS', 'BDT']) {
    const text = `The ministry paid ${code} 1.2bn to suppliers for equipment that was never delivered.`;
    assert.ok(!actors(text).some((a) => a.startsWith(code)), `${text}\n  got ${JSON.stringify(actors(text))}`);
  }
});

test('a country\u2019s name in capitals before "bloc" or "alliance" names the grouping, not the country', () => {
  for (const text of ['The Opposition INDIA bloc staged a walkout in the Lok Sabha.', 'Leaders of the CHAD alliance met in Ndjamena.']) {
    assert.ok(!actors(text).some((a) => a.includes('|country|')), `${text}\n  got ${JSON.stringify(actors(text))}`);
  }
  check('The Opposition INDIA bloc staged a walkout in the Lok Sabha.', ['INDIA|organization|-']);
  // The country by its name, and an acronym before "coalition", stay.
  check('India said it would reply. The US-led coalition struck.', ['India|country|country:india']);
});

test('a Malaysian title of honour names a person, who is then named alone by the first word of the name', () => {
  const text = 'Datuk Seri Anwar Ibrahim met farmers in Kedah. Anwar said prices would fall. Tan Sri Muhyiddin Yassin criticised the plan. Muhyiddin said it was rushed.';
  check(text, ['Datuk Seri Anwar Ibrahim|official|anwar-ibrahim', 'Anwar|official|anwar-ibrahim', 'Tan Sri Muhyiddin Yassin|person|-', 'Muhyiddin|person|-']);
  // After an office's title too, past a prefix of the name ("Ahmad").
  check('Deputy Prime Minister Datuk Seri Ahmad Zahid Hamidi said so. Zahid said it again.', ['Zahid|official|-']);
  // A Chinese family name that is also a word of a Malay title keeps its own reading.
  absent('Minister Tan See Leng said jobs grew. See said more.', 'See');
});

test('"PM" in capitals before a name is the prime minister\u2019s title, and no title after a clock\u2019s figure', () => {
  check('PM Shehbaz Sharif lauded the troops.', ['PM Shehbaz Sharif|official|shehbaz-sharif']);
  for (const text of ['The vote is at 5 PM Eastern Time.', 'The talks ended at 11:30 PM Monday.']) {
    assert.ok(!actors(text).some((a) => a.startsWith('PM')), `${text}\n  got ${JSON.stringify(actors(text))}`);
  }
});

test('a name set off by commas after a body\u2019s officer is that person', () => {
  check("The party's National Publicity Secretary, Debo Ologunagba, alleged fraud.", ['Debo Ologunagba|official|-']);
  check("The party's publicity secretary, Debo Ologunagba, alleged fraud.", ['Debo Ologunagba|person|-']);
});

test('a government named by its building, and the houses of India\u2019s and Malaysia\u2019s parliaments, are in the glossary', () => {
  check('Wisma Putra said in a statement that talks would resume.', ['Wisma Putra|government|wisma-putra']);
  check('Malacañang said the President was briefed. Aso Rock denied the report.', ['Malacañang|government|malacanang', 'Aso Rock|government|aso-rock']);
  check('The Lok Sabha passed the bill after the Rajya Sabha did.', ['Lok Sabha|government|lok-sabha', 'Rajya Sabha|government|rajya-sabha']);
});

test('"Sec." is the Philippine press\'s secretary: "Foreign Affairs Sec. Theresa Lazaro", "Executive Sec. Lucas Bersamin"', () => {
  check('MANILA - Foreign Affairs Sec. Theresa Lazaro told reporters the talks would resume in June.', ['Foreign Affairs Sec. Theresa Lazaro|official|-']);
  check('Executive Sec. Lucas Bersamin said the order was signed on Monday.', ['Executive Sec. Lucas Bersamin|official|-']);
  check('Defense Sec. Pete Hegseth arrived in Manila on Tuesday.', ['Defense Sec. Pete Hegseth|official|pete-hegseth']);
  // ("SEC" in capitals is the Securities and Exchange Commission, no title.)
  check('The company filed with the SEC on Monday. The SEC said it would appeal.', ['SEC|government|us-sec']);
  absent('The company filed with the SEC on Monday. The SEC said it would appeal.', 'the SEC');
});
