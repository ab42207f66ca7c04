// Actors of news copy (session 44, helper V): where a body's name ends ("On Tuesday the European Commission said" names
// the Commission, not "Tuesday the European Commission"), firms named after what they are ("the German company
// Züblin"), companies named again by what they are, acronyms that are also everyday abbreviations ("his BP"), months
// that are given names ("June Almeida"), and military units and ranks. Sentences written for these tests in the style of
// wire copy, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorTriplesOf, datedBy, datesOf } from '../support/article';

const DATED = datedBy('2025-11-14');

/** The actors of an article body as "text|category|entity". */
const actors = (body: string): string[] => actorTriplesOf(DATED(body));
/** The texts of the actors of an article body. */
const texts = (body: string): string[] => actors(body).map((a) => a.split('|')[0]);

/** Each case: a body, the actors it must have ("text|category|entity"), and the texts no actor may have. */
const CASES: { name: string; text: string; has: string[]; lacks?: string[] }[] = [
  {
    name: 'a day, a date or a place before "the" and a body is no part of its name',
    text: 'On Tuesday the European Commission proposed new rules.\n\nOn Monday 19 December the UN Security Council adopted a resolution.\n\nIn Kyiv the Defence Ministry said drones hit the city.\n\nAt Davos the World Economic Forum opened its meeting.',
    has: ['European Commission|organization|european-commission', 'UN Security Council|organization|un-security-council', 'Defence Ministry|government|-', 'World Economic Forum|organization|-'],
    lacks: ['Tuesday the European Commission', 'Monday 19 December the UN Security Council', 'Kyiv the Defence Ministry', 'Davos the World Economic Forum'],
  },
  {
    name: 'a name that runs over "the" after its first word, a verb, stays whole',
    text: 'Save the Children said the camp was full.',
    has: ['Save the Children|organization|save-the-children'],
  },
  {
    name: 'a place after the "In" that opens the sentence is where, not the title\'s country',
    text: 'In Turkey Minister Ellwood met refugees.\n\nIn Paris President Macron met the Syrian National Coalition.\n\nIn U.S. President Donald Trump\'s view, the deal is dead.',
    has: ['Minister Ellwood|official|-', 'President Macron|official|emmanuel-macron', 'U.S. President Donald Trump|official|donald-trump'],
    lacks: ['Turkey Minister Ellwood', 'Paris President Macron'],
  },
  {
    name: 'a firm named right after what it is, and named again, is an organisation',
    text: 'The dam was built by the German company Züblin. The Danish shipping company Maersk said sales rose. Later Maersk said it would hire.\n\nIt was designed by the British engineering firm Arup.',
    has: ['Züblin|organization|-', 'Maersk|organization|-', 'Arup|organization|-'],
  },
  {
    name: 'a person, a title or a ship after such a noun is no firm',
    text: 'It was a company Jane Doe founded.\n\nThe aircraft carrier John F. Kennedy is headed to the Gulf.',
    has: ['Jane Doe|person|-'],
    lacks: ['John F. Kennedy'],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = actors(c.text);
    for (const h of c.has) assert.ok(got.includes(h), `missing ${h} in ${JSON.stringify(got)}`);
    for (const l of c.lacks ?? []) assert.ok(!got.some((g) => g.split('|')[0] === l), `unexpected ${l} in ${JSON.stringify(got)}`);
  });
}

test('a known body, then "and" and a body of its own with its head, are two', () => {
  assert.deepEqual(actors('Hamas and Interior Ministry officials met in Gaza.').slice(0, 2), ['Hamas|group|hamas', 'Interior Ministry officials|government|-']);
  // A body named for two portfolios stays one.
  assert.ok(actors('The Trade and Industry Ministry said exports rose.').includes('Trade and Industry Ministry|government|-'));
});

test('the Arabic article joined to a name by its hyphen is the name\'s', () => {
  assert.deepEqual(texts('The attack was claimed by al-Quds Brigades and al-Ghuraba Brigades.'), ['al-Quds Brigades', 'al-Ghuraba Brigades']);
});

test('anti-, pro- and counter- before a name: the side taken is the group\'s, and a country so named acts in nothing', () => {
  assert.ok(actors('The United States and the counter-ISIL coalition struck targets.').includes('counter-ISIL coalition|military|global-coalition'));
  assert.deepEqual(texts('Anti-Taliban fighters seized the town.'), ['Anti-Taliban fighters']);
  assert.ok(texts('The resident leader of anti-coalition forces said they would hold.').includes('anti-coalition forces'));
  assert.deepEqual(texts('The anti-American protests spread, and the pro-Kremlin media cheered.'), []);
  assert.deepEqual(texts('Pro-Russian separatists attacked.'), ['Pro-Russian separatists']);
});

test('military units keep their numbers, and ratings their class', () => {
  assert.deepEqual(texts('The 507th ARW will deploy again, said Col. David C. Lyons, 407th AEG commander.'), ['507th ARW', 'Col. David C. Lyons', '407th AEG commander']);
  assert.ok(texts('He was assigned to Explosive Ordnance Disposal Mobile Unit Two, based in Virginia.').includes('Explosive Ordnance Disposal Mobile Unit Two'));
  assert.ok(texts('He was put on the United Nations Security Council Committee 1267 list.').includes('United Nations Security Council Committee 1267'));
  assert.deepEqual(texts('Navy Special Warfare Operator 1st Class Charles H. Keating IV was killed.'), ['Navy Special Warfare Operator 1st Class Charles H. Keating IV']);
  assert.deepEqual(texts('Navy Senior Chief Petty Officer Scott C. Dayton, 42, died.'), ['Navy Senior Chief Petty Officer Scott C. Dayton']);
});

test('a tribe or a clan by its name is a group', () => {
  assert.ok(actors('ISIL killed 70 members of the Al Bu Nimr tribe in Anbar.').includes('Al Bu Nimr tribe|group|-'));
  assert.ok(actors('He is a sheikh of the Al-Karabla clan.').includes('Al-Karabla clan|group|-'));
});

test('letters that are also everyday abbreviations: a person\'s measure or assistant is no body, the company stays', () => {
  assert.deepEqual(texts('His BP was high, and her GP said he should rest. Patients with high BP were excluded.'), []);
  assert.deepEqual(actors('BP said profit rose, and Shell cut its dividend.').slice(0, 1), ['BP|organization|bp']);
  assert.deepEqual(texts('His PA said he was unavailable. The PA system failed during the speech.'), []);
  assert.ok(actors('The PA said it would hold elections next year.').includes('PA|government|palestinian-authority'));
  // A body a person's possessive names as the force it is from stays: "her NYPD escort".
  assert.deepEqual(texts('She ditched her NYPD escort.'), ['NYPD']);
  // Scans, wards, bands and degrees are no bodies.
  assert.deepEqual(texts('The hospital has facilities for MRI and CT scans, and he was taken to the ICU. It broadcasts on 64 UHF at 12130 MHZ. His MBA and his PTSD were discussed.'), []);
});

test('"WHO" and "US" as pronouns in a line of capitals are no bodies; the agency and the country stay', () => {
  assert.deepEqual(texts('WHO IS TO BLAME FOR THE CRISIS?'), []);
  assert.deepEqual(texts('THE PEOPLE WHO STAYED BEHIND'), []);
  assert.deepEqual(texts('JOIN US FOR A SPECIAL EVENT'), []);
  assert.deepEqual(texts('IT IS A FIGHT FOR ALL OF US.'), []);
  assert.deepEqual(actors('WHO WARNS OF NEW PANDEMIC RISK'), ['WHO|organization|who']);
  assert.deepEqual(actors('WHO WILL SEND EXPERTS TO GAZA'), ['WHO|organization|who']);
  assert.deepEqual(actors('THE US ECONOMY IS SLOWING'), ['US|country|country:united-states']);
});

test('a glossary acronym in another sense: mortgage-backed securities are no crown prince, Saudi Arabia\'s PIF its fund', () => {
  assert.deepEqual(texts('Agency MBS spreads widened as investors bought more MBS.'), []);
  assert.ok(actors('Saudi Crown Prince Mohammed bin Salman met investors. MBS said the deal was good.').includes('MBS|official|mohammed-bin-salman'));
  assert.ok(actors("Saudi Arabia's PIF bought a stake in the club.").includes('PIF|organization|public-investment-fund'));
  assert.ok(actors('The PIF met in Honiara to discuss Pacific climate finance.').includes('PIF|organization|pacific-islands-forum'));
});

test('a unit of a company the glossary knows is the company\'s', () => {
  assert.deepEqual(actors('Analysts at Citigroup Global Markets said demand fell. The bank expects two cuts.'), ['Citigroup Global Markets|organization|citigroup', 'The bank|organization|citigroup']);
  assert.deepEqual(actors('Goldman Sachs Asset Management said demand fell.'), ['Goldman Sachs Asset Management|organization|goldman-sachs']);
});

test('April, May and June as given names: the person, and no date', () => {
  const body = 'June Almeida discovered the first human coronavirus in 1964. White House correspondent April Ryan asked about it. May Mobarak, a professor at Yale, said the data were clear.';
  const got = actors(body);
  for (const p of ['June Almeida|person|-', 'April Ryan|person|-', 'May Mobarak|person|-']) assert.ok(got.includes(p), `missing ${p} in ${JSON.stringify(got)}`);
  assert.deepEqual(datesOf(DATED(body)), [['1964', '1964']]);
  // The month stays a month after a preposition, a word of time or a figure, and "May" a wish before "God".
  assert.deepEqual(datesOf(DATED('In June Parliament voted to extend it, and by May Labour had lost its lead.')).map((d) => d[0]), ['June', 'May']);
  assert.ok(actors('In June Parliament voted to extend it.').includes('Parliament|government|parliament-uk'));
  assert.deepEqual(texts('May God bless you, he said.'), []);
  // Nor is a holiday, a report or a period named after the month anyone: "April Fools' Day", "the June Quarter".
  assert.deepEqual(texts("April Fools' Day pranks spread online, and May Day rallies were held. June Quarter profits rose."), []);
  // A preposition of time, the month and a body: the body alone.
  assert.deepEqual(actors('Since June Congress has passed no budget.'), ['Congress|government|us-congress']);
  assert.ok(texts('Theresa May said in May that the deal was dead.').includes('Theresa May'));
  assert.deepEqual(datesOf(DATED('Theresa May said in May that the deal was dead.')).map((d) => d[0]), ['May']);
});

test('a left-to-right mark inside a title joins it as a space does', () => {
  assert.deepEqual(actors('Carter met Iraqi Prime Minister\u200e Haider al-Abadi in Baghdad.').slice(-1), ['Iraqi Prime Minister\u200e Haider al-Abadi|official|haider-al-abadi']);
});

test('"The company\'s chief executive, Andy Jassy," is Amazon\'s officer: the company named again, the person the glossary\'s', () => {
  assert.deepEqual(actors("Amazon said it would cut 14,000 jobs. The company's chief executive, Andy Jassy, said the cuts were needed."), ['Amazon|organization|amazon', 'The company|organization|amazon', 'Andy Jassy|person|andy-jassy']);
  // A company's officer set off by commas is a person as "chief executive Andy Jassy" is; a state's stays an official.
  assert.ok(actors("Amazon said it would cut jobs. Its chief executive, Andy Jassy, said so.").includes('Andy Jassy|person|andy-jassy'));
  assert.ok(actors("Amazon said it would cut jobs. The company's chief executive Andy Jassy said so.").includes('chief executive Andy Jassy|person|andy-jassy'));
  assert.ok(actors("Hong Kong's chief executive, John Lee, said the city would recover.").includes('John Lee|official|-'));
  assert.ok(actors("Russia's president, Vladimir Putin, said the talks were useful.").includes('Vladimir Putin|official|vladimir-putin'));
});

test('"the bank" and "the company" after a firm\'s analysts: the firm, unless the analysts spoke of a company', () => {
  assert.ok(actors('Citigroup analysts said demand fell. The bank said it expected two cuts.').includes('The bank|organization|citigroup'));
  assert.ok(actors('Analysts at Citigroup said demand fell. The bank expects two cuts.').includes('The bank|organization|citigroup'));
  // A company the analysts spoke of is "the company"; still, only a bank is "the bank".
  assert.ok(actors('Citigroup analysts said Amazon would beat forecasts. The company has cut costs.').includes('The company|organization|amazon'));
  assert.ok(actors('Citigroup analysts said Amazon would beat forecasts. The bank has cut its target.').includes('The bank|organization|citigroup'));
  // The subject of the sentence before still goes on when it acts itself.
  assert.ok(actors('Amnesty International criticised the Taliban. The group said it would publish a report.').includes('The group|organization|amnesty'));
});

test('Twitter is X Corp, and X is the company where it can only be: a regulator\'s case, its new name, a clause of its own', () => {
  assert.ok(actors('Twitter said it would suspend the accounts.').includes('Twitter|organization|x-corp'));
  assert.deepEqual(actors('Regulators fined X. Elon Musk said it was censorship.'), ['X|organization|x-corp', 'Elon Musk|person|elon-musk']);
  assert.deepEqual(actors('Musk bought Twitter in 2022 and renamed it X. X said it would appeal.').filter((a) => a.startsWith('X|')).length, 2);
  assert.ok(actors('The European Commission said X had breached the rules.').includes('X|organization|x-corp'));
  assert.ok(actors('The EU opened an investigation into X.').includes('X|organization|x-corp'));
  assert.ok(actors('The EU fined X 120 million euros on Friday.').includes('X|organization|x-corp'));
  // Not a letter that stands for something else, nor a name's.
  assert.deepEqual(texts('The company will pay X dollars per share. Generation X voters backed him. Let X be the number.'), []);
  assert.deepEqual(actors('He met Malcolm X. He said so.'), ['Malcolm X|person|malcolm-x']);
});

test('the Syrian Observatory for Human Rights is the glossary\'s war monitor', () => {
  assert.deepEqual(actors('The Syrian Observatory for Human Rights said 20 people died.'), ['Syrian Observatory for Human Rights|organization|sohr']);
});

test('the coalition\'s forces, troops, advisers and member states are one mention each', () => {
  assert.deepEqual(texts('On 10 November the coalition forces began to attack, and after four days the coalition troops launched another phase.'), ['the coalition forces', 'the coalition troops']);
  assert.deepEqual(actors('Coalition nations which have conducted strikes include Australia.').slice(0, 1), ['Coalition nations|government|-']);
});

test('a people\'s or a country\'s adjective before an armed group is the group\'s', () => {
  assert.deepEqual(actors('Patches of the Kurdish YPG circulated, and the Lebanese Hezbollah fired rockets.'), ['Kurdish YPG|military|ypg', 'Lebanese Hezbollah|group|hezbollah']);
  assert.deepEqual(actors('The Yemeni Houthis fired missiles.'), ['Yemeni Houthis|group|houthis']);
  // A name of its own the glossary holds stays that group's: the Pakistani Taliban are the TTP.
  assert.deepEqual(actors('The Pakistani Taliban attacked a checkpoint.'), ['Pakistani Taliban|group|ttp']);
  assert.ok(actors('ISIL killed 70 members of the Al bu Nimr tribe.').includes('Al bu Nimr tribe|group|-'));
});

test('an armed group\'s description is an armed group named before, no campaigning one; militias are a group', () => {
  assert.ok(actors('The Islamic State seized the town. The jihadist group also took over a barracks.').includes('The jihadist group|group|isis'));
  assert.ok(actors('Hamas fired rockets. The militant group said it would continue.').includes('The militant group|group|hamas'));
  assert.ok(actors('Amnesty International criticised the attack. The militant group said it fired rockets.').includes('The militant group|group|-'));
  assert.ok(actors('The Israel Defense Forces struck the camp. The militant group said it fired rockets.').includes('The militant group|group|-'));
  assert.ok(actors('Assad has been dependent on foreign militias and Russian air support.').includes('foreign militias|group|-'));
  // "military" before a campaign or an action describes it.
  assert.deepEqual(texts('The meeting focused on the military campaign, and the military action we are taking.'), []);
});

test('glossary letters that another region\'s body shares are that body in a story of its region', () => {
  assert.ok(actors('The ISF will deploy to Gaza under Resolution 2803.').includes('ISF|military|international-stabilization-force'));
  assert.ok(actors('The ISF retook Mosul from Islamic State.').includes('ISF|military|isf'));
  assert.ok(actors('The MAS kept its policy unchanged, the Monetary Authority of Singapore said.').includes('MAS|government|monetary-authority-of-singapore'));
  assert.ok(actors('The ICC fined the player for a slow over-rate in the Test against India.').includes('ICC|organization|international-cricket-council'));
  assert.ok(actors('The ICC issued an arrest warrant for Netanyahu.').includes('ICC|organization|icc'));
  assert.ok(actors("Japan's FSA ordered the bank to improve its controls.").includes('FSA|government|japan-fsa'));
  assert.ok(actors('The SNA recaptured the town from al-Shabaab, Somali officials said.').includes('SNA|military|somali-national-army'));
  assert.ok(actors('PTI reported that the Indian Army had moved troops.').includes('PTI|organization|press-trust-of-india'));
  // A tariff schedule's code is no Syrian group.
  assert.deepEqual(texts('The goods fall under HTS code 8471.30 of the Harmonized Tariff Schedule.'), []);
});

test('a company by its size in a trade ("the software giant", "the e-commerce giant") is the company of that trade named before', () => {
  assert.ok(actors('Microsoft said it would invest $10 billion in Britain. The software giant said the money would fund data centres.').includes('The software giant|organization|microsoft'));
  assert.ok(actors('Amazon said sales rose. The e-commerce giant said it would hire.').includes('The e-commerce giant|organization|amazon'));
  assert.ok(actors('Meta Platforms said it would cut jobs. The social media company said costs rose.').includes('The social media company|organization|meta'));
  assert.ok(actors('Saudi Aramco said output rose. The state-owned company said it would invest.').includes('The state-owned company|organization|saudi-aramco'));
  // What a possessive owns is the subject the next sentence goes on with.
  assert.ok(actors("Alphabet's Google said it would appeal. The search giant said the ruling was wrong.").includes('The search giant|organization|google'));
  // A company of another trade is not it, and "the giant" alone names no one.
  assert.ok(!actors('BP said profit fell. GM said it would keep Jaguar independent. This week, the U.S. auto giant paid for the trip.').some((a) => a.endsWith('|bp') && a.includes('giant')));
  assert.ok(!actors('Microsoft said profit rose. The giant said so.').some((a) => a.startsWith('The giant')));
});

test('a capital a reply is aimed at is its government; a cleric\'s style between a title and a name is the name\'s', () => {
  assert.ok(actors('Beijing hit back at Washington, saying the tariffs were unfair.').includes('Washington|country|country:united-states'));
  assert.ok(actors('Iran lashed out at Washington over the sanctions.').includes('Washington|country|country:united-states'));
  assert.deepEqual(texts('He arrived back at Washington on Friday.'), []);
  assert.deepEqual(actors('Supreme Leader Ayatollah Ali Khamenei said the talks were useless.'), ['Supreme Leader Ayatollah Ali Khamenei|official|ali-khamenei']);
});

test('"the company" after "Google parent Alphabet said" is Alphabet: a company named to describe another is only a modifier', () => {
  assert.ok(actors('Google parent Alphabet said profit rose. The company said cloud sales jumped.').includes('The company|organization|alphabet'));
  assert.ok(actors('Facebook owner Meta said it would cut jobs. The company said costs rose.').includes('The company|organization|meta'));
  assert.ok(actors('Tesla rival BYD said sales rose. The carmaker said exports doubled.').includes('The carmaker|organization|byd'));
  // A firm the glossary does not know, so described, is an organisation.
  assert.ok(actors('Apple supplier Foxconn said sales rose.').includes('Foxconn|organization|-'));
});
