// British politics and trade copy: Westminster and the Treasury, the budget and the Bank of England, tariffs and trade
// talks (USTR, the WTO, Brussels). Who the parties and the people are, which sentences need a source, and their dates.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle as analyze, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2025-07-10');
const actors = (body: string): string[] => analyze(DATED(body)).actors.map((a) => `${a.text}=${a.category}${a.entity ? `:${a.entity}` : ''}`);

test('Britain\'s parties by their bare names are the glossary\'s: "Labour", "the Conservatives", "the Tories"', () => {
  const got = actors('Labour has a large majority, but the Conservatives and Reform UK attacked Starmer. The Tories said taxes would rise.');
  assert.ok(got.includes('Labour=organization:labour-party-uk'), got.join(' | '));
  assert.ok(got.includes('the Conservatives=organization:conservative-party-uk'), got.join(' | '));
  assert.ok(got.includes('The Tories=organization:conservative-party-uk'), got.join(' | '));
  // (New Zealand's Labour and Canada's Conservatives are their own, in a story with no sign of Britain.)
  assert.ok(actors("WELLINGTON, July 9 (Reuters) - New Zealand's Labour said on Wednesday it would oppose the bill.").includes('Labour=organization'));
  assert.ok(actors("OTTAWA (Reuters) - Canada's Conservatives said the budget was a failure.").includes('Conservatives=organization'));
  // (Nor is the noun a party: "Labour costs rose".)
  assert.deepEqual(actors('Labour costs rose 3% in the quarter.'), []);
});

test('the Chancellor, the opposition\'s leaders and the trade negotiators of Washington and Brussels are linked', () => {
  const got = actors(
    'British finance minister Rachel Reeves said on Wednesday she would keep her fiscal rules. Kemi Badenoch said Reeves had lost control. ' +
      'Reform UK leader Nigel Farage and Shadow chancellor Mel Stride called for cuts. U.S. Trade Representative Jamieson Greer met ' +
      'Scott Bessent and EU trade commissioner Maros Sefcovic. Lutnick said HMRC and the ONS would publish figures.',
  );
  for (const want of [
    'British finance minister Rachel Reeves=official:rachel-reeves',
    'Kemi Badenoch=official:kemi-badenoch',
    'Reeves=official:rachel-reeves',
    'Reform UK leader Nigel Farage=official:nigel-farage',
    'Shadow chancellor Mel Stride=official:mel-stride',
    'U.S. Trade Representative Jamieson Greer=official:jamieson-greer',
    'Scott Bessent=official:scott-bessent',
    'EU trade commissioner Maros Sefcovic=official:maros-sefcovic',
    'Lutnick=official:howard-lutnick',
    'HMRC=government:hmrc',
    'ONS=government:ons-uk',
  ])
    assert.ok(got.includes(want), `${want}\n  got ${got.join(' | ')}`);
});

test('a named actor\'s act of policy in the lead, with the figures that set it, is the news, no claim to source', () => {
  for (const body of [
    'WASHINGTON, April 9 (Reuters) - President Donald Trump paused tariffs for 90 days on Wednesday, giving trading partners time to negotiate, but raised duties on Chinese imports to 125%.',
    'LONDON, July 9 (Reuters) - Britain cut tariffs on 400 products on Wednesday.',
    'The United States imposed 25% tariffs on U.S. steel imports in March.',
    'Reeves raised taxes by 40 billion pounds in her October budget.',
    'On Wednesday, the European Union approved a 90 billion euro loan for Ukraine.',
  ])
    assert.deepEqual(findings(DATED(body)), [], body);
  // (What an actor did to anything but a measure, and a ranking of the measure, still need a source.)
  for (const body of ['China cut soybean purchases by 40% in June.', 'Russia launched 400 drones overnight.', 'Trump imposed the highest tariffs in a century on 60 countries.'])
    assert.equal(findings(DATED(body)).length, 1, body);
});

test('a rate-setting committee named with its bank ("the Bank of England\'s Monetary Policy Committee voted 5-4") records its vote', () => {
  assert.deepEqual(findings(DATED("The Bank of England's Monetary Policy Committee voted 5-4 to cut Bank Rate to 4%.")), []);
  assert.deepEqual(findings(DATED("The Reserve Bank of India's Monetary Policy Committee voted unanimously to hold the repo rate at 5.5%.")), []);
  // (Its staff are no body deciding.)
  assert.equal(findings(DATED("The Bank of England's staff of 4,000 voted to strike.")).length, 1);
});

test('a deal\'s terms under its capitalised name, and a measure\'s timetable, are no claims: "Under the ... Deal,", "take effect on Aug. 1"', () => {
  for (const body of [
    'Under the US-UK Economic Prosperity Deal, British car exports face a 10% tariff within a quota of 100,000 vehicles a year.',
    'Under the Geneva truce, U.S. tariffs on Chinese goods fall to 30% for 90 days.',
    'Reciprocal tariffs of 20% on EU goods take effect on Aug. 1.',
    'The 25% duties on cars are due to kick in on April 3.',
  ])
    assert.deepEqual(findings(DATED(body)), [], body);
  // (What happens under pressure, or what the tariffs did after they took effect, is still a claim.)
  assert.equal(findings(DATED('Under pressure, prices rose 40%.')).length, 1);
  assert.equal(findings(DATED('Tariffs of 50% took effect on Aug. 27, cutting exports by 40% by October.')).length, 1);
  assert.equal(findings(DATED('Prices rose 40% due to rising tariffs.')).length, 1);
});

test('a scheduled event named with its day inside what was said, whose verb looks ahead, is still to come: "said the budget on Nov. 26 would"', () => {
  const dates = (body: string): string[] => {
    const text = DATED(body);
    return analyze(text).dates.map((d) => `${text.slice(d.start, d.end)}=${d.value}`);
  };
  assert.deepEqual(dates('Shadow chancellor Mel Stride said the budget on Nov. 26 would bring more tax rises.'), ['Nov. 26=2025-11-26']);
  // (A deed on that day said to have consequences is past; so is an event said to have been so.)
  assert.deepEqual(dates('He said the attack on Nov. 26 would not go unpunished.'), ['Nov. 26=2024-11-26']);
  assert.deepEqual(dates('She said the vote on March 3 was rigged.'), ['March 3=2025-03-03']);
});

test('a party\'s leader by its adjective, two portfolios joined by "and", and two officials joined by "and" are read whole', () => {
  const cases: [string, string[]][] = [
    ['Conservative leader Kemi Badenoch said Reeves had lost control.', ['Conservative leader Kemi Badenoch=official:kemi-badenoch', 'Reeves=official:rachel-reeves']],
    ['Labour leader Keir Starmer and Tory leader Kemi Badenoch clashed.', ['Labour leader Keir Starmer=official:keir-starmer', 'Tory leader Kemi Badenoch=official:kemi-badenoch']],
    ['Lib Dem leader Ed Davey said the budget was a failure.', ['Lib Dem leader Ed Davey=official']],
    ['Senate Democratic leader Chuck Schumer said no.', ['Senate Democratic leader Chuck Schumer=official:chuck-schumer']],
    ['Commerce Secretary Howard Lutnick and Treasury Secretary Scott Bessent met.', ['Commerce Secretary Howard Lutnick=official:howard-lutnick', 'Treasury Secretary Scott Bessent=official:scott-bessent']],
    ['Business and Trade Secretary Jonathan Reynolds said the deal protected jobs.', ['Business and Trade Secretary Jonathan Reynolds=official']],
  ];
  for (const [body, want] of cases) assert.deepEqual(actors(body), want, body);
});

test('the trade agreements of British and African copy are the glossary\'s: the Economic Prosperity Deal, the TCA, CPTPP, AfCFTA', () => {
  const text = DATED('Under the US-UK Economic Prosperity Deal, car tariffs fell. Britain joined the CPTPP in December. The AfCFTA was signed in Kigali. The EU-UK Trade and Cooperation Agreement is up for review in 2026.');
  const got = analyze(text).agreements.map((a) => `${text.slice(a.start, a.end)}=${a.entity}`);
  assert.deepEqual(got, ['US-UK Economic Prosperity Deal=us-uk-economic-prosperity-deal', 'CPTPP=cptpp', 'AfCFTA=afcfta', 'EU-UK Trade and Cooperation Agreement=eu-uk-tca']);
});

test('a market\'s move in basis points or per cent is its record: "the 10-year yield down 6 basis points", "Sterling rose 0.4%"', () => {
  for (const body of ['Gilt yields fell after the budget, with the 10-year yield down 6 basis points at 4.43%.', 'Sterling rose 0.4% against the dollar.', 'The FTSE 100 fell 1.2% on Friday.'])
    assert.deepEqual(findings(DATED(body)), [], body);
  // (A cause of the move, or an economy's figure, still needs a source.)
  assert.ok(findings(DATED('The pound fell 2% because investors feared a recession.')).some((f) => f.startsWith('unsourced-claim')));
  assert.equal(findings(DATED('Exports rose 5% in October.')).length, 1);
});

test('a measure and the participle of its making are no source: "tariffs announced on April 2 set a 10% duty" are the measure\'s terms', () => {
  for (const body of ['Trump\'s "Liberation Day" tariffs announced on April 2 set a baseline 10% duty on most imports.', 'The sanctions announced by the Treasury on Friday target 20 ships.']) {
    const text = DATED(body);
    assert.deepEqual(analyze(text).attributions, [], body);
    assert.deepEqual(findings(text), [], body);
  }
  // (Who announced something is still its source; what the measure did is still a claim.)
  assert.equal(analyze(DATED('The Treasury announced sanctions on Friday.')).attributions.length, 1);
  assert.equal(findings(DATED('The tariffs cut exports by 40%.')).length, 1);
  assert.equal(findings(DATED('The tariffs affect 40% of British exports.')).length, 1);
});

test('Africa\'s leaders, parties and blocs are the glossary\'s, a rank between a post and the name too', () => {
  const got = actors(
    'Army chief General Abdel Fattah al-Burhan vowed to fight on. RSF commander Mohamed Hamdan Dagalo, known as Hemedti, spoke. ' +
      'Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met. Mali\'s junta leader General Assimi Goita and Niger\'s General ' +
      'Abdourahamane Tiani formed the Alliance of Sahel States (AES). South African President Cyril Ramaphosa\'s African National Congress (ANC) ' +
      'governs with the Democratic Alliance. Nigeria\'s President Bola Tinubu met WTO chief Ngozi Okonjo-Iweala.',
  );
  for (const want of [
    'Army chief General Abdel Fattah al-Burhan=official:abdel-fattah-al-burhan',
    'Hemedti=official:mohamed-hamdan-dagalo',
    'Congolese President Felix Tshisekedi=official:felix-tshisekedi',
    'Rwandan President Paul Kagame=official:paul-kagame',
    'junta leader General Assimi Goita=official:assimi-goita',
    "Niger's General Abdourahamane Tiani=official:abdourahamane-tiani",
    'Alliance of Sahel States=organization:aes',
    'AES=organization:aes',
    'South African President Cyril Ramaphosa=official:cyril-ramaphosa',
    'African National Congress=organization:anc',
    'Democratic Alliance=organization:democratic-alliance-sa',
    "Nigeria's President Bola Tinubu=official:bola-tinubu",
  ])
    assert.ok(got.includes(want), `${want}\n  got ${got.join(' | ')}`);
  // (A rank before a name the glossary holds by another given name links nothing.)
  assert.ok(actors('Army chief General Ivanka Trump spoke.').includes('Army chief General Ivanka Trump=official'));
});

test('a federal state named before the lower-case "state" is the place, no verb of saying: "a state of emergency in Rivers state"', () => {
  assert.deepEqual(analyze(DATED('Tinubu declared a state of emergency in Rivers state in March.')).attributions, []);
  const text = DATED('Kano state governor Abba Yusuf said the curfew would stay.');
  assert.deepEqual(analyze(text).attributions.map((a) => a.source && text.slice(a.source.start, a.source.end)), ['Kano state governor Abba Yusuf']);
});

test('a bare "RSF" in a story of Sudan\'s war is the Rapid Support Forces, not the press freedom group', () => {
  assert.ok(actors('In Sudan, drone strikes killed 40 people. The RSF has denied targeting civilians.').includes('RSF=military:rapid-support-forces'));
  assert.ok(actors('RSF, the press freedom group, said Sudan jailed 3 journalists.').includes('RSF=organization'));
  assert.ok(actors('RSF ranked Norway first in its press freedom index.').includes('RSF=organization'));
  assert.ok(actors("Cameroon's Paul Biya, 92, was sworn in. Opposition party Chadema said the vote was rigged.").includes('Chadema=organization:chadema'));
});

test('members of parliament are actors, no person named "Labour MPs"; a lower-case title and its name open a sentence as its subject', () => {
  assert.deepEqual(actors('MPs voted 335 to 260 on Tuesday to approve the welfare bill.'), ['MPs=government']);
  assert.deepEqual(actors('Labour MPs said the cuts went too far.'), ['Labour=organization:labour-party-uk', 'MPs=government']);
  const text = DATED('Former deputy prime minister Angela Rayner resigned on Sept. 5 after admitting she had underpaid stamp duty.');
  assert.deepEqual(analyze(text).attributions.map((a) => a.source && text.slice(a.source.start, a.source.end)), ['Former deputy prime minister Angela Rayner']);
});
