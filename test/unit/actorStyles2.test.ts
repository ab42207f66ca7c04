// Actors in regional house styles, second part: posts serving another office, members' bodies named in the
// possessive, institutions kept in their own language, bodies known by an appositive, classes after a count, list
// headings in capitals, sides of a talk, places along a border, signatures and a department's country.
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
