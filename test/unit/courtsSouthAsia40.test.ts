// Copy about courts and international law (the U.S. Supreme Court and the tariff case, federal judges, the ICC and the
// ICJ, the Strasbourg and Luxembourg courts, UN rapporteurs, rights groups) and about South Asia (India and Pakistan,
// the Taliban, Bangladesh's interim government, Nepal and Sri Lanka). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2025-11-14');
/** The actors of a body as "text|category|entity". */
const actors = (body: string): string[] => analyze(DATED(body)).actors.map((a) => `${a.text}|${a.category}|${a.entity ?? '-'}`);
/** The agreements of a body as "text|entity". */
const agreements = (body: string): string[] => analyze(DATED(body)).agreements.map((a) => `${a.text}|${a.entity ?? '-'}`);
const cueSource = (body: string): [string, string | null][] => attributions(DATED(body)).map((a) => [a.cue, a.source]);
const dates = (body: string): string[] => analyze(DATED(body)).dates.map((d) => `${d.text}=${d.value}`);

test('the courts, judges, rapporteurs and South Asian leaders of the news are linked to the glossary', () => {
  const cases: [string, string][] = [
    ['The U.S. Supreme Court heard arguments on Wednesday.', 'U.S. Supreme Court|government|us-supreme-court'],
    ['Chief Justice John Roberts questioned the lawyer.', 'Chief Justice John Roberts|official|john-roberts'],
    ['The European Court of Human Rights ruled against Russia.', 'European Court of Human Rights|organization|ecthr'],
    ['ICC Prosecutor Karim Khan has been on leave since May.', 'ICC Prosecutor Karim Khan|official|karim-khan'],
    ['UN human rights chief Volker Turk said he was appalled.', 'UN human rights chief Volker Turk|official|volker-turk'],
    ['Chief Adviser Muhammad Yunus met the party leaders.', 'Chief Adviser Muhammad Yunus|official|muhammad-yunus'],
    ['Nepal\'s interim Prime Minister Sushila Karki spoke on Sunday.', 'Nepal\'s interim Prime Minister Sushila Karki|official|sushila-karki'],
    ['The Taliban\'s supreme leader Hibatullah Akhundzada issued a decree.', 'Taliban\'s supreme leader Hibatullah Akhundzada|official|hibatullah-akhundzada'],
    ['The South Asian Association for Regional Cooperation has not met since 2014.', 'South Asian Association for Regional Cooperation|organization|saarc'],
  ];
  for (const [body, actor] of cases) assert.ok(actors(body).includes(actor), `${body}: ${actors(body).join(', ')}`);
  assert.deepEqual(agreements('India has held the Indus Waters Treaty in abeyance since April.'), ['Indus Waters Treaty|indus-waters-treaty']);
});

test('a surname the glossary gives to one person names the other person named in full before', () => {
  const body = 'The U.N. special rapporteur Francesca Albanese said in a report that states were complicit. Washington imposed sanctions on Albanese in July.';
  assert.ok(actors(body).includes('Albanese|official|francesca-albanese'), actors(body).join(', '));
  // (Alone, the surname is still the glossary's: "Albanese said" is Anthony Albanese.)
  assert.ok(actors('Albanese said Australia would not change course.').includes('Albanese|official|anthony-albanese'));
});

test('a court "ruled 7-4 in August that" or "ruled in a separate advisory opinion that" reports its ruling', () => {
  for (const [body, cue, source] of [
    ['The U.S. Court of Appeals for the Federal Circuit ruled 7-4 in August that most of the tariffs were illegal.', 'ruled 7-4', 'The U.S. Court of Appeals for the Federal Circuit'],
    ['The appeals court ruled 6-3 last month that the levies were unlawful.', 'ruled 6-3', 'The appeals court'],
    ['In July, the court ruled in a separate advisory opinion that states had a legal obligation to tackle climate change.', 'ruled', 'the court'],
  ]) {
    assert.deepEqual(cueSource(body), [[cue, source]], body);
    assert.deepEqual(findings(DATED(body)), [], body);
  }
});

test('a court\'s chamber is a body, the international court\'s an organisation; a chamber of commerce is an association', () => {
  assert.deepEqual(actors("The ICC's Appeals Chamber said on Friday that the warrants stood."), ['ICC|organization|icc', 'Appeals Chamber|organization|-']);
  assert.deepEqual(actors('The Trial Chamber found him guilty on all counts.'), ['Trial Chamber|government|-']);
  assert.deepEqual(actors('The U.S. Chamber of Commerce opposed the tariffs.'), ['U.S. Chamber of Commerce|organization|-']);
});

test('"in" and a place after a convention\'s name says where it was breached, no part of the name', () => {
  assert.deepEqual(agreements('The court ruled that Russia had violated the European Convention on Human Rights in Crimea.'), ['European Convention on Human Rights|echr-convention']);
  assert.deepEqual(agreements('Russia violated the Convention on the Rights of the Child in Ukraine, the report said.'), ['Convention on the Rights of the Child|-']);
  // (A name that goes on through "in" stays whole: "the Treaty of Amity and Cooperation in Southeast Asia".)
  assert.deepEqual(agreements('Both joined the Treaty of Amity and Cooperation in Southeast Asia.'), ['Treaty of Amity and Cooperation in Southeast Asia|-']);
});

test('"India\'s foreign ministry spokesperson Randhir Jaiswal rejected the allegation" names one official, who rejected words', () => {
  const body = 'India\'s foreign ministry spokesperson Randhir Jaiswal rejected the allegation as "baseless and unfounded".';
  assert.deepEqual(actors(body), ['India\'s foreign ministry spokesperson Randhir Jaiswal|official|randhir-jaiswal']);
  assert.deepEqual(cueSource(body), [['rejected', 'India\'s foreign ministry spokesperson Randhir Jaiswal']]);
  assert.deepEqual(actors('Pakistan\'s foreign office spokesperson Tahir Andrabi said the talks had failed.'), ['Pakistan\'s foreign office spokesperson Tahir Andrabi|official|-']);
  // (A bill, an offer or an appeal rejected is no one's words.)
  for (const other of ['Parliament rejected the bill on Tuesday.', 'He rejected calls to resign.', 'The court rejected the appeal as inadmissible.']) assert.deepEqual(cueSource(other), [], other);
});

test('a rapporteur\'s or a prosecutor\'s role with its remit, set off before the name, is no part of what was said', () => {
  for (const [body, source, content] of [
    ['The U.N. special rapporteur on the occupied Palestinian territories, Francesca Albanese, said in a report last month that dozens of states were complicit.', 'Francesca Albanese', 'dozens of states were complicit.'],
    ['The ICC prosecutor, Karim Khan, said last year that the evidence was strong.', 'Karim Khan', 'the evidence was strong.'],
  ]) {
    assert.deepEqual(attributions(DATED(body)).map((a) => [a.source, a.content]), [[source, content]], body);
    assert.deepEqual(findings(DATED(body)), [], body);
  }
});

test('a party the glossary knows, then "party" or "coalition", is that party', () => {
  assert.deepEqual(actors('Hasina called the verdict biased in a statement issued by her Awami League party.').slice(-1), ['Awami League party|organization|awami-league']);
  assert.deepEqual(actors("Dissanayake's National People's Power coalition won a two-thirds majority."), ['Dissanayake|official|anura-kumara-dissanayake', "National People's Power coalition|organization|npp-sri-lanka"]);
  assert.deepEqual(actors('The Hamas group said it had received the proposal.'), ['Hamas group|group|hamas']);
});

test('"a May decision", "the May ruling", "the May clashes": May before a court\'s or a war\'s noun is the month', () => {
  assert.deepEqual(dates('The appeals court upheld a May decision by the Court of International Trade.'), ['May=2025-05']);
  assert.deepEqual(dates('Relations have been frosty since the May clashes.'), ['May=2025-05']);
  assert.deepEqual(dates('The court may order a retrial.'), []);
});

test('"Indian Kashmir", "Pakistani Punjab": a region by its ruler\'s demonym is a place, no organisation', () => {
  for (const body of ['Militants killed 26 people in Pahalgam in Indian Kashmir.', 'Voters in Pakistani Punjab went to the polls.', 'Iraqi Kurdistan held elections.']) {
    assert.ok(!actors(body).some((a) => a.includes('|organization|')), `${body}: ${actors(body).join(', ')}`);
  }
});

test('the justices and the tariff law are linked; a case appealed to a higher court is no plea', () => {
  assert.deepEqual(actors('Justice Neil Gorsuch warned of the risk. Gorsuch said Congress could lose its power.').filter((a) => a.includes('gorsuch')), ['Justice Neil Gorsuch|official|neil-gorsuch', 'Gorsuch|official|neil-gorsuch']);
  assert.deepEqual(agreements('"IEEPA does not authorize tariffs," the court said.'), ['IEEPA|ieepa']);
  assert.deepEqual(agreements('Trump invoked the International Emergency Economic Powers Act in April.'), ['International Emergency Economic Powers Act|ieepa']);
  assert.deepEqual(cueSource('The administration said it would appeal to the U.S. Court of Appeals for the D.C. Circuit.'), [['said', 'The administration']]);
  assert.deepEqual(cueSource('She appealed to the justices to intervene.'), [['appealed', 'She']]);
});

test('South Asian dates: a televised address, a "Gen Z-led" protest, the same day as a coming election', () => {
  const D = (body: string): string[] => analyze(DATED(body, '2025-11-25')).dates.map((d) => `${d.text}=${d.value}`);
  // ("a televised address" holds an adjective, no verb: "said" before it still dates the Thursday just past.)
  assert.deepEqual(D('"This election will be free," Yunus said in a televised address to the nation on Thursday evening.'), ['Thursday evening=2025-11-20TEV']);
  // ("Gen Z-led" is an adjective, no past verb: the date set for the elections lies ahead.)
  assert.deepEqual(D('The interim government has set March 5 for elections, six months after the Gen Z-led protests.'), ['March 5=2026-03-05', 'six months=P6M']);
  assert.deepEqual(D('Bangladesh will hold its general election on Feb. 12, the first vote since the ouster of Sheikh Hasina in August last year. The referendum would be held on the same day.'), ['Feb. 12=2026-02-12', 'August last year=2024-08', 'the same day=2026-02-12']);
  // (A generation is no general.)
  assert.deepEqual(actors('The Gen Z-led protests forced K.P. Sharma Oli to resign.'), ['K.P. Sharma Oli|official|kp-sharma-oli']);
});

test('"rejected a U.N. report" reports; Nawaz Sharif, Imran Khan and the Permanent Court of Arbitration are linked', () => {
  assert.deepEqual(cueSource('Afghanistan\'s Taliban administration on Sunday rejected a U.N. report on executions, calling it "propaganda".').map((x) => x[0]), ['rejected', 'calling']);
  assert.deepEqual(actors('Modi and Nawaz Sharif met in Kathmandu in 2014.'), ['Modi|official|narendra-modi', 'Nawaz Sharif|official|nawaz-sharif']);
  assert.deepEqual(actors('The Permanent Court of Arbitration ruled in August.'), ['Permanent Court of Arbitration|organization|pca']);
});

test('"made army chief Asim Munir the Chief of Defence Forces": the person and the post, no body; "Two Supreme Court judges" counts judges', () => {
  assert.deepEqual(actors('The amendment made army chief Asim Munir the Chief of Defence Forces.'), ['army chief Asim Munir|official|asim-munir', 'the Chief of Defence Forces|official|-']);
  assert.ok(actors('Two Supreme Court judges resigned in protest on Thursday.').includes('Supreme Court|government|-'));
  assert.ok(actors('Two Sigma Investments said it would appeal.').includes('Two Sigma Investments|organization|-'));
});

test('who wrote a ruling or a letter is no report of its own: "In a 6-3 ruling written by Chief Justice John Roberts, the court said"', () => {
  assert.deepEqual(cueSource('In a 6-3 ruling written by Chief Justice John Roberts, the court said the law did not authorize tariffs.'), [['said', 'the court']]);
  assert.deepEqual(cueSource('The majority opinion, written by Roberts, said the statute was clear.'), [['said', 'The majority opinion']]);
});

test('a cleric\'s honorific names the person after it: "Mawlawi Abdul Kabir", "Maulana Fazlur Rehman"', () => {
  assert.deepEqual(actors('Maulvi Abdul Kabir spoke to reporters in Kabul.').slice(0, 1), ['Maulvi Abdul Kabir|person|-']);
  assert.deepEqual(actors('Maulana Fazlur Rehman addressed a rally.'), ['Maulana Fazlur Rehman|person|-']);
  assert.deepEqual(actors('The mullah said prayers.'), []);
});

test('the wire\'s names for a court named before: "the Strasbourg-based court", "the Hague-based court", "the EU\'s top court"', () => {
  assert.deepEqual(actors('The European Court of Human Rights ruled on Tuesday. The Strasbourg-based court ordered Moscow to pay damages.'), [
    'European Court of Human Rights|organization|ecthr', 'The Strasbourg-based court|organization|ecthr', 'Moscow|country|country:russia',
  ]);
  assert.ok(actors('The International Criminal Court issued warrants. The Hague-based court has no police.').includes('The Hague-based court|organization|icc'));
  assert.deepEqual(actors("The EU's top court said in its judgment that the reforms undermined judicial independence."), ["EU's top court|organization|cjeu"]);
  assert.deepEqual(actors("The U.N.'s top court will give its opinion."), ["U.N.'s top court|organization|icj"]);
  // (A seat before "-based" is still no actor alone: "A Tehran-based businessman said".)
  assert.deepEqual(actors('A Tehran-based businessman said prices had doubled.'), []);
});

test('a constitution\'s amendment by its number is named: "the 14th Amendment", "the 27th Constitutional Amendment"', () => {
  assert.deepEqual(agreements('The 14th Amendment guarantees birthright citizenship, the justices were told.'), ['14th Amendment|-']);
  assert.deepEqual(agreements('Parliament passed the 27th Constitutional Amendment on Thursday.'), ['27th Constitutional Amendment|-']);
  assert.deepEqual(agreements('The Twenty-fifth Amendment was never invoked.'), ['Twenty-fifth Amendment|-']);
  assert.deepEqual(agreements('The first amendment to the bill failed.'), []);
});

test('the May 2025 operations are linked: Operation Sindoor, Operation Bunyan-um-Marsoos', () => {
  assert.ok(actors('India launched Operation Sindoor on May 7, striking nine sites in Pakistan.').includes('Operation Sindoor|military|operation-sindoor'));
  assert.ok(actors('Pakistan responded with Operation Bunyan-um-Marsoos.').includes('Operation Bunyan-um-Marsoos|military|operation-bunyan-um-marsoos'));
});

test('Pakistan\'s, Afghanistan\'s, Sri Lanka\'s and India\'s office holders of the news are linked', () => {
  for (const [body, actor] of [
    ['President Asif Ali Zardari signed the amendment into law.', 'President Asif Ali Zardari|official|asif-ali-zardari'],
    ['Taliban Deputy Prime Minister Mullah Abdul Ghani Baradar met the envoy.', 'Taliban Deputy Prime Minister Mullah Abdul Ghani Baradar|official|abdul-ghani-baradar'],
    ['Chief Justice Surya Kant said the court would hear the case in January.', 'Chief Justice Surya Kant|official|surya-kant'],
    ['Former President Ranil Wickremesinghe was arrested in August.', 'Former President Ranil Wickremesinghe|official|ranil-wickremesinghe'],
  ]) assert.ok(actors(body).includes(actor), `${body}: ${actors(body).join(', ')}`);
  // (Bilawal named in full first: "Zardari" alone is then the son, not the president.)
  assert.ok(actors('PPP chairman Bilawal Bhutto Zardari spoke first. Zardari said the amendment was needed.').includes('Zardari|official|bilawal-bhutto-zardari'));
});

test('", finding that" after a judge\'s act reports the judge\'s finding', () => {
  const body = 'U.S. District Judge Karin Immergut blocked the order, finding that the plaintiffs were likely to succeed.';
  assert.deepEqual(cueSource(body), [['finding', 'U.S. District Judge Karin Immergut']]);
  assert.deepEqual(findings(DATED(body)), []);
  assert.deepEqual(cueSource('He spent years finding ways to win.'), []);
});
