// Agreement recognition: glossary matches, name patterns, resolutions, and "the agreement" resolved to
// the nearest earlier named agreement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { findActorsAndAgreements } from '../../server/src/analysis/actors';
import { lineSegmentation } from '../support/lines';
import { builtinGlossary } from '../../server/src/glossary';
import { analyze } from '../../server/src/analysis/analyze';

const gaz = createGazetteer(builtinGlossary());

const seg = lineSegmentation;

/** Agreements found, as "text|entity" or "text|entity -> antecedent". */
function agreements(text: string): string[] {
  return findActorsAndAgreements(text, seg(text), gaz).agreements.map(
    (a) => `${a.text}|${a.entity ?? '-'}${a.antecedent ? ` -> ${a.antecedent.text}` : ''}`,
  );
}

function check(text: string, expected: string[]): void {
  assert.deepEqual(agreements(text), expected, text);
}

test('glossary agreements, short forms and acronyms', () => {
  check('Iran and the JCPOA; the NPT and New START; the Paris Agreement.', [
    'JCPOA|jcpoa',
    'NPT|npt',
    'New START|new-start',
    'Paris Agreement|paris-agreement',
  ]);
  check('the Iran nuclear deal and the Kyoto Protocol', ['Iran nuclear deal|jcpoa', 'Kyoto Protocol|kyoto-protocol']);
});

test('a name that lists its subjects with commas and "and" is one name', () => {
  check('They signed the Treaty of Friendship, Cooperation and Mutual Assistance in 1961.', ['Treaty of Friendship, Cooperation and Mutual Assistance|-']);
  check('The Treaty of Lisbon, France and Germany agreed, was a success.', ['Treaty of Lisbon|lisbon-treaty']);
});

test('arms-control treaties: an acronym in brackets inside the name, numbered treaties', () => {
  check('The Intermediate-Range Nuclear Forces (INF) Treaty banned such missiles.', ['Intermediate-Range Nuclear Forces (INF) Treaty|inf-treaty']);
  check('SALT I and START II were signed. The Moscow Treaty of 2002 followed.', ['SALT I|salt-i', 'START II|start-ii', 'Moscow Treaty|sort']);
});

test('UN resolutions: the year in brackets, lists of numbers, document symbols', () => {
  check('The Council adopted resolution 2801 (2025).', ['resolution 2801 (2025)|-']);
  check('Recalling its resolutions 2729 (2024) and 2625 (2022), it acted.', ['2729 (2024)|-', '2625 (2022)|-']);
  check('It recalled resolutions 2334, 2417 (2018) and 2720.', ['2334|-', '2417 (2018)|-', '2720|-']);
  check('It cited S/RES/2801 (2025) and A/RES/77/1.', ['S/RES/2801 (2025)|-', 'A/RES/77/1|-']);
});

test('an accord named with another head noun of its family is still that accord', () => {
  check('He helped broker the Camp David agreement and later the Oslo agreement.', ['Camp David agreement|camp-david-accords', 'Oslo agreement|oslo-accords']);
  check('The Good Friday accord held.', ['Good Friday accord|good-friday-agreement']);
  // A possessive inside a party's name does not cut the agreement's name short.
  check("He negotiated the Comprehensive Peace Agreement between Sudan and the Sudan People's Liberation Movement.", [
    "Comprehensive Peace Agreement between Sudan and the Sudan People's Liberation Movement|-",
  ]);
});

test('a year and a name before a head noun', () => {
  check('The meeting comes within the 2008 Strategic Framework Agreement, which matters.', ['2008 Strategic Framework Agreement|us-iraq-sfa']);
  check('They signed the Erbil Water Sharing Accord last year.', ['Erbil Water Sharing Accord|-']);
  // A headline in title case names no agreement by its capitals; a glossary one is still found.
  check('U.S. And China Agree To Extend Tariff Truce For 90 Days', []);
  check('Iran Rejects Return To The Paris Agreement Talks', ['Paris Agreement|paris-agreement']);
  // Lower-case kinds of deal after the parties.
  check('The U.S.-Ukraine minerals deal and the EU-Tunisia migration pact were signed.', ['U.S.-Ukraine minerals deal|us-ukraine-minerals-deal', 'EU-Tunisia migration pact|-']);
});

test('head noun first: "Treaty of X", "Convention on Y", memoranda', () => {
  check('the Treaty of Lisbon and the Convention on Cluster Munitions', ['Treaty of Lisbon|lisbon-treaty', 'Convention on Cluster Munitions|ccm']);
  check('a Memorandum of Understanding on Energy Cooperation was signed', ['Memorandum of Understanding on Energy Cooperation|-']);
  check('the Treaty of Westphalia', ['Treaty of Westphalia|-']);
  // "and the" before another agreement's modifiers ends the first name; inside one name it stays.
  check('They cited the 1951 Refugee Convention and the Geneva Conventions.', ['1951 Refugee Convention|refugee-convention', 'Geneva Conventions|geneva-conventions']);
  check('The Treaty of Friendship and Cooperation was signed.', ['Treaty of Friendship and Cooperation|-']);
});

test('resolutions by number', () => {
  check('under UN Security Council Resolution 2254 and Resolution 1701', [
    'UN Security Council Resolution 2254|unscr-2254',
    'Resolution 1701|unscr-1701',
  ]);
  check('Security Council resolution 2334 passed', ['Security Council resolution 2334|-']);
});

test('lower-case heads with capitalised modifiers', () => {
  check('the US-Iraq security agreement expired', ['US-Iraq security agreement|-']);
  check('the New START treaty expires', ['New START treaty|new-start']);
});

test('generic nouns alone are not agreements', () => {
  check('They reached an agreement on a plan and a framework.', []);
  check('Agreement was near.', []);
});

test('an agreement described by what it is about is one, named or not', () => {
  check('The two governments signed a memorandum of understanding on energy cooperation on Tuesday.', ['a memorandum of understanding|-']);
  check('A new trade agreement with Japan is expected, and both sides agreed a prisoner exchange deal.', ['A new trade agreement|-', 'a prisoner exchange deal|-']);
  check('Officials said the nuclear deal was dead and the ceasefire agreement had collapsed.', ['the nuclear deal|-', 'the ceasefire agreement|-']);
  // The day it was made may stand between the article and what it is about.
  check('The Commission was created under the September 14 ceasefire agreement between the two sides.', ['the September 14 ceasefire agreement|-']);
  check('The March 3 trade deal was signed.', ['The March 3 trade deal|-']);
  // Without words that say what it is about, it is no agreement of its own: "a deal", "the deal".
  check('He took a deal. They said the deal was close.', []);
  // Later descriptions refer to it as to a named one, but only as the nearest and by a head of its kind.
  check('Both sides agreed a prisoner exchange deal. The deal was welcomed.', ['a prisoner exchange deal|-', 'The deal|- -> a prisoner exchange deal']);
  check('The Minsk Protocol was signed. A ceasefire agreement was reached. The deal held, but the protocol did not.', [
    'Minsk Protocol|minsk-agreements',
    'A ceasefire agreement|-',
    'The deal|- -> A ceasefire agreement',
    'the protocol|minsk-agreements -> Minsk Protocol',
  ]);
});

test('state-media and court copy: MoU by its initials, a Joint Statement, "in" inside a treaty\'s name', () => {
  check('China and Finland sign MoU on green cooperation.\n\nThe two sides signed a memorandum of understanding. The memorandum runs five years. Ministers will answer the draft MoU.', [
    'MoU|-',
    'a memorandum of understanding|-',
    'The memorandum|- -> a memorandum of understanding',
    'the draft MoU|- -> a memorandum of understanding',
  ]);
  check('The two sides signed the Joint Statement on Climate and Polar Cooperation. The statement was clear.', ['Joint Statement on Climate and Polar Cooperation|-']);
  check('He led the talks on the Adapted Conventional Armed Forces in Europe Treaty in 1999.', ['Adapted Conventional Armed Forces in Europe Treaty|-']);
});

test('arms-sale copy: a span of years or an ordinal before the head, and what follows the head, describe an agreement', () => {
  check('Lockheed Martin said it had signed a seven-year framework agreement with the Army.', ['a seven-year framework agreement|-']);
  check('A second agreement for six more batteries was signed in 2023.', ['A second agreement|-']);
  check('The two are negotiating an agreement on the status of US troops.', ['an agreement|-']);
  check('They reached an agreement on Thursday.', []);
});

test('summit and migration copy: a plural possessive inside a name; an agreement after its possessor', () => {
  check("The 31-page Johannesburg Leaders' Declaration commits the G20.", ["Johannesburg Leaders' Declaration|-"]);
  check("Critics say the European Union's pact on migration and asylum is weak. The pact took effect in June.", ['pact|-', 'The pact|- -> pact']);
  check("Officials back the administration's trade agreement. Iran's agreement with Russia held.", ['trade agreement|-', 'agreement|-']);
});

test('a truce, a ceasefire, a protocol with its year, a communique and a joint declaration are agreements without a name', () => {
  check('The two agreed in May to stop attacking each other, a truce brokered by Oman. That arrangement is holding.', ['a truce|-', 'That arrangement|- -> a truce']);
  check('Returns happen under a 2023 protocol between the two countries.', ['a 2023 protocol|-']);
  check('Leaders agreed on a communique and issued a joint declaration on Ukraine. The final communique was adopted.', [
    'a communique|-',
    'a joint declaration|-',
    'The final communique|- -> a communique',
  ]);
});

test('a possible demobilization deal is an agreement without a name', () => {
  check('The talks focused on a possible demobilization deal for 1,200 fighters.', ['a possible demobilization deal|-']);
});

test('poll and treaty-talks copy: a coalition agreement, a legally binding treaty, a global plastics treaty', () => {
  check('It was a breach of the coalition agreement.', ['the coalition agreement|-']);
  check('Talks on a legally binding treaty to end plastic pollution resumed. A global plastics treaty is needed.', ['a legally binding treaty|-', 'global plastics treaty|global-plastics-treaty']);
});

test('a head that describes another noun is no agreement: "ceasefire violation", "truce talks"', () => {
  check('The incident is the third ceasefire violation since May. Truce talks resumed.', []);
});

test('definite descriptions resolve to the nearest earlier agreement', () => {
  check('The 2008 Strategic Framework Agreement set the terms.\nThe agreement serves as the cornerstone.', [
    '2008 Strategic Framework Agreement|us-iraq-sfa',
    'The agreement|us-iraq-sfa -> 2008 Strategic Framework Agreement',
  ]);
  check('The Black Sea Grain Initiative collapsed when Moscow withdrew from the pact.', [
    'Black Sea Grain Initiative|black-sea-grain-initiative',
    'the pact|black-sea-grain-initiative -> Black Sea Grain Initiative',
  ]);
  // The same head noun wins over a nearer agreement of another kind.
  check('the Treaty of Lisbon, then the Paris Agreement. Critics of the treaty spoke.', [
    'Treaty of Lisbon|lisbon-treaty',
    'Paris Agreement|paris-agreement',
    'the treaty|lisbon-treaty -> Treaty of Lisbon',
  ]);
  // Without an earlier agreement, a description names nothing.
  check('They said the deal was close.', []);
  // A glossary treaty is a treaty whatever its name; "the ceasefire" takes no memorandum; "the agreement reached on
  // 22 October" is a new one, of its own.
  check('The Treaty on the Non-Proliferation of Nuclear Weapons entered into force in 1970. New START expires in February. The treaty limits warheads.', [
    'Treaty on the Non-Proliferation of Nuclear Weapons|npt',
    'New START|new-start',
    'The treaty|new-start -> New START',
  ]);
  check('Tunisia signed a Memorandum of Understanding in 2023. The EU welcomes the ceasefire in Gaza.', ['Memorandum of Understanding|-', 'the ceasefire|-']);
  check('Russia violated the UN Charter. Ministers welcomed the agreement reached on 22 October 2025.', ['UN Charter|un-charter', 'the agreement|-']);
  // A word inside a name is not its head: "the resolution" is the resolution, not an agreement "on the Resolution of".
  check('The Council adopted resolution 2801 (2025). It urged parties to implement the Revitalized Agreement on the Resolution of the Conflict.\nRussia said the resolution was flawed.', [
    'resolution 2801 (2025)|-',
    'Revitalized Agreement on the Resolution of the Conflict|-',
    'the resolution|- -> resolution 2801 (2025)',
  ]);
});

test('actors inside an agreement name are not reported separately', () => {
  const text = 'the US-Iraq Strategic Framework Agreement';
  const r = findActorsAndAgreements(text, seg(text), gaz);
  assert.deepEqual(r.agreements.map((a) => a.entity), ['us-iraq-sfa']);
  assert.deepEqual(r.actors, []);
});

test('a glossary term or unknown kind is neither actor nor agreement', () => {
  const g2 = createGazetteer({ entries: [{ id: 't', label: 'Widget Doctrine', kind: 'term' }], stoplist: [] });
  const text = 'The Widget Doctrine applies.';
  const r = findActorsAndAgreements(text, seg(text), g2);
  assert.deepEqual(r.agreements, []);
  assert.deepEqual(r.actors, []);
});

test('party conventions, plans and etiquette are not agreements', () => {
  check('the Republican National Convention in July and the Democratic convention', []);
  check('the Clean Power Plan and Secret Service protocol. Such agreements are rare.', []);
  check('the 1951 Refugee Convention', ['1951 Refugee Convention|refugee-convention']);
});

test('where and with whom an agreement was signed is no part of its name', () => {
  check('Reagan and Gorbachev signed the INF Treaty in Washington.', ['INF Treaty|inf-treaty']);
  check('Rabin and Arafat signed the Oslo Accords in Washington.', ['Oslo Accords|oslo-accords']);
  // ("in" further into a name stays: "the Treaty on Conventional Armed Forces in Europe".)
  check('The Treaty on Conventional Armed Forces in Europe lapsed.', ['Treaty on Conventional Armed Forces in Europe|cfe']);
});

test('General Assembly resolutions by session; a resolution is no deal; a title-case headline names no agreement', () => {
  check('The Assembly adopted Resolution 68/262 and General Assembly resolution 72/282, and Resolution ES-11/1.', [
    'Resolution 68/262|-',
    'General Assembly resolution 72/282|-',
    'Resolution ES-11/1|-',
  ]);
  check('Resolution 2231 endorsed the deal.', ['Resolution 2231|unscr-2231']);
  check('The Council adopted Resolution 2231. The resolution endorsed the deal.', ['Resolution 2231|unscr-2231', 'The resolution|unscr-2231 -> Resolution 2231']);
  check('Ceasefire Talks Stall in Istanbul', []);
  check("The Treaty of Lisbon's Article 50 was triggered.", ['Treaty of Lisbon|lisbon-treaty']);
  check('Oslo Accords Turn Thirty', ['Oslo Accords|oslo-accords']);
});


test('no agreement in talks about a truce or in a day kept for one; an unnamed confederation treaty', () => {
  check('Sudan truce talks stall in Jeddah.', []);
  check('**Armistice Day.** Leaders marked the anniversary.', []);
  check('Mali, Burkina Faso and Niger signed a confederation treaty in Niamey last July.', ['a confederation treaty|-']);
});

test('space, cyber and Arctic agreements the glossary knows', () => {
  check('The Artemis Accords and the Budapest Convention were discussed.', ['Artemis Accords|artemis-accords', 'Budapest Convention|budapest-convention']);
  check('Rights groups criticised the UN Convention against Cybercrime.', ['UN Convention against Cybercrime|un-cybercrime-convention']);
  check('The Arctic Council, founded by the Ottawa Declaration, met.', ['Ottawa Declaration|ottawa-declaration']);
});

test('a place with a particle names an agreement whole; the UN convention; a humanitarian memorandum', () => {
  check('They cited the Santa Fe de Ralito agreement of 2003.', ['Santa Fe de Ralito agreement|-']);
  check('Human rights groups have criticised the UN convention for its broad definitions.', ['UN convention|-']);
});

test('a description with its own year never refers back to an agreement of another year', () => {
  check('* May 2, 2019 - The sides sign the Lakeside Accord in Oslo.\n\n* The 2011 peace agreement with the militia had failed.', [
    'Lakeside Accord|-',
    'The 2011 peace agreement|-',
  ]);
  check('The 2015 nuclear deal was signed in Vienna. Later the 2015 deal collapsed.', ['2015 nuclear deal|jcpoa', 'the 2015 deal|jcpoa -> 2015 nuclear deal']);
});

test('an agreement named by its parties takes the entity of the glossary agreement they signed', () => {
  check('The Black Sea Grain Initiative lapsed. Shipping since then has beaten the UN deal. Critics prefer the 2022 deal.', [
    'Black Sea Grain Initiative|black-sea-grain-initiative',
    'UN deal|black-sea-grain-initiative',
    'the 2022 deal|black-sea-grain-initiative -> UN deal',
  ]);
});

test('a deal on a ceasefire, a parallel memorandum and an arrangement; truce and ceasefire are one kind', () => {
  check('The two sides reached a deal on a three-month local truce. They extended the ceasefire twice.', [
    'a deal on a three-month local truce|-',
    'the ceasefire|- -> a deal on a three-month local truce',
  ]);
  check('A parallel memorandum between the two ports was signed. Under the memorandum, fees fell.', [
    'A parallel memorandum|-',
    'the memorandum|- -> A parallel memorandum',
  ]);
});

test('an acronym after "known as" takes the kind of its long form', () => {
  check('They joined the Regional Fisheries Protection Agreement, known as the RFPA. Peru has not joined the RFPA.', [
    'Regional Fisheries Protection Agreement|-',
    'RFPA|-',
    'RFPA|-',
  ]);
});

test('a year right after an agreement\'s acronym is its version, part of the name and no date', () => {
  const text = 'The tariff breaches GATT 1994, the court held in 2021.';
  const model = analyze(text, { gazetteer: gaz, referenceDate: '2025-11-14' });
  assert.deepEqual(model.agreements.map((a) => `${a.text}|${a.entity}`), ['GATT 1994|gatt']);
  assert.deepEqual(model.dates.map((d) => d.text), ['2021']);
  // A year after a full name, or one after a preposition, stays a date.
  assert.deepEqual(analyze('It joined the GATT in 1994.', { gazetteer: gaz, referenceDate: '2025-11-14' }).dates.map((d) => d.text), ['1994']);
});

test('"any deal", "any new arrangement": the agreement under discussion, one of its own', () => {
  check('The envoy said any new arrangement would need a monitoring body.', ['any new arrangement|-']);
  check('Any accord must be put to a referendum, the minister warned.', ['Any accord|-']);
  check('The opposition rejected any pact with the separatists.', ['any pact|-']);
  // A loose head needs an adjective after "any"; "no agreement" names none.
  check('Any arrangement suits the family. No agreement was reached.', []);
});

test('a description that refers back mentions its agreement again: a later "the deal" reaches it first', () => {
  check('The Oslo Accords were signed in 1993. Leaders discussed a new deal on water in May. Israel said it still honoured the accords. The deal worked, an official said.', [
    'Oslo Accords|oslo-accords',
    'a new deal|-',
    'the accords|oslo-accords -> Oslo Accords',
    'The deal|oslo-accords -> Oslo Accords',
  ]);
  check('The two sides agreed a ceasefire in July. In October they signed the Kuala Lumpur Peace Accord. Thailand suspended the accord on Monday. Cambodia said it remained committed to the agreement.', [
    'a ceasefire|-',
    'Kuala Lumpur Peace Accord|kuala-lumpur-peace-accord',
    'the accord|kuala-lumpur-peace-accord -> Kuala Lumpur Peace Accord',
    'the agreement|kuala-lumpur-peace-accord -> Kuala Lumpur Peace Accord',
  ]);
});

test('South China Sea and ASEAN agreements the glossary knows', () => {
  check('Leaders urged a Code of Conduct in the South China Sea under the 2002 Declaration on the Conduct of Parties in the South China Sea. The Five-Point Consensus stands.', [
    'Code of Conduct in the South China Sea|south-china-sea-code-of-conduct',
    '2002 Declaration on the Conduct of Parties in the South China Sea|doc-south-china-sea',
    'Five-Point Consensus|five-point-consensus',
  ]);
});

test('an agreement described by what it grants or pays for: a hosting agreement, a sponsorship deal (sports copy)', () => {
  check('FIFA confirmed Saudi Arabia would host the 2034 World Cup. The hosting agreement, Infantino said, included human rights commitments.', ['The hosting agreement|-']);
  check('The club signed a sponsorship deal with an airline.', ['a sponsorship deal|-']);
});

test('a charter, a body\u2019s founding rules, is no "agreement" or "deal" referred back to (sports copy)', () => {
  check('The ban breached the Olympic Charter. FIFA awarded the 2034 World Cup. The hosting agreement, Infantino said, included commitments.', ['Olympic Charter|-', 'The hosting agreement|-']);
  check('Russia violated the UN Charter. The deal was close, officials said.', ['UN Charter|un-charter']);
});

test('a pronoun\u2019s possessive before a described agreement makes it the owners\u2019 own (trade and Haiti copy)', () => {
  check('The EU and Mercosur concluded their trade agreement in December. French farmers oppose the pact, and the agreement needs approval.', [
    // (Those owners are the parties of a glossary agreement of those words: it is that one, agreementsByParties.test.ts.)
    'their trade agreement|eu-mercosur-agreement',
    'the pact|eu-mercosur-agreement -> their trade agreement',
    'the agreement|eu-mercosur-agreement -> their trade agreement',
  ]);
  check('Kenya signed its security pact with Haiti. The pact runs a year.', ['its security pact|-', 'The pact|- -> its security pact']);
  check('Iran honoured its agreement. The deal held.', []);
});

test('a joint or signed declaration is an agreement without a name (ASEAN copy)', () => {
  check('The two sides later signed a joint declaration in Kuala Lumpur, and Thailand suspended it.', ['a joint declaration|-']);
  check('The minister read a declaration.', []);
});

test('a name\u2019s first words and a general head in lower case are that agreement again (Sudan copy)', () => {
  check('The Juba Peace Agreement was signed in 2020.\nThe faction did not sign the Juba agreement.', ['Juba Peace Agreement|-', 'Juba agreement|- -> Juba Peace Agreement']);
  // What follows it can make it another deal.
  check('The Doha Agreement was signed in 2020. Later the Doha deal on gas was reached.', ['Doha Agreement|doha-agreement', 'Doha deal|-']);
});

test('laws by name or number are agreements, whole', () => {
  check('The CHIPS and Science Act of 2022 funds chip plants.', ['CHIPS and Science Act of 2022|chips-act']);
  check('The court read the Welfare Reform Act 2012 and the Online Safety Act.', ['Welfare Reform Act 2012|-', 'Online Safety Act|uk-online-safety-act']);
  check('Regulation (EU) 2024/1689, better known as the AI Act, entered into force.', ['Regulation (EU) 2024/1689|-', 'AI Act|eu-ai-act']);
  check('It implements Law No. 27 of 2022 on Personal Data Protection and Government Regulation No. 12 of 2026.', ['Law No. 27 of 2022 on Personal Data Protection|-', 'Government Regulation No. 12 of 2026|-']);
  check('France issued Decree 2025-412; Vietnam issued Decree 13/2023/ND-CP.', ['Decree 2025-412|-', 'Decree 13/2023/ND-CP|-']);
  check('They sued under the Justice for Victims of Trafficking Act and the Freedom of Information Act.', ['Justice for Victims of Trafficking Act|-', 'Freedom of Information Act|-']);
  // A body of law, a longer name, a person, a headline's verb.
  check('The army imposed Martial Law; International Humanitarian Law applies; the Rule of Law matters.', []);
  check('She studied at Harvard Law School and met Andrew Law. The Law Enforcement Agency said so.', []);
  // A law is not the deal a description refers back to.
  check('They passed the Affordable Care Act. Later, this deal was signed with Mexico.', ['Affordable Care Act|-']);
});

test('a plural head after "of" inside a name; a count before a lower-case head', () => {
  check('The Vienna Convention on the Law of Treaties (1969) sets out how treaties are read.', ['Vienna Convention on the Law of Treaties|-']);
  check('BRUSSELS, Nov. 26 (Reuters) - Three treaty articles came up again.', []);
});

test('a resolution the glossary knows, in the UN\'s lower case, is that resolution', () => {
  check('The Council discussed resolution 2231 (2015) and Resolution 2254 (2015).', ['resolution 2231 (2015)|unscr-2231', 'Resolution 2254 (2015)|unscr-2254']);
});

test('an agreement made right there, one then called by its name, and a name spelt by initials the glossary knows', () => {
  // Signed, reached or struck: an agreement of its own, which "the deal" after it refers to (not NAFTA, paragraphs before).
  check('Canada ratified NAFTA in 1993.\n\nIran and the IAEA signed an agreement in Cairo in September, but Tehran suspended the deal weeks later.', [
    'NAFTA|nafta',
    'an agreement|-',
    'the deal|- -> an agreement',
  ]);
  check('The two sides struck a deal on Tuesday.', ['a deal|-']);
  // A loose description takes the nearest agreement of its own paragraph over one of its head in a paragraph before.
  check('The EU-Mercosur trade agreement was signed in December.\n\nKyiv and Washington signed a minerals deal on Wednesday. Under the agreement, a joint fund will be set up.', [
    'EU-Mercosur trade agreement|eu-mercosur-agreement',
    'a minerals deal|us-ukraine-minerals-deal',
    'the agreement|us-ukraine-minerals-deal -> a minerals deal',
  ]);
  // "known as", "dubbed": the name that follows says which one.
  check('Ukraine and Russia signed a grain export deal brokered by Turkey in July 2022, known as the Black Sea Grain Initiative. The deal collapsed a year later.', [
    'a grain export deal|black-sea-grain-initiative',
    'Black Sea Grain Initiative|black-sea-grain-initiative',
    'The deal|black-sea-grain-initiative -> a grain export deal',
  ]);
  // Initials the glossary knows, after a name it does not, sharing a word of that agreement's own.
  check('The US-Mexico-Canada Agreement (USMCA) comes up for review in 2026.', ['US-Mexico-Canada Agreement|usmca', 'USMCA|usmca']);
  // Not where the name shares only the words any agreement has.
  assert.ok(agreements('The United Shipping Maritime Cooperation Agreement (USMCA) was signed in Oslo.').includes('United Shipping Maritime Cooperation Agreement|-'));
});
