// Actors and attributions of business, technology and corporate copy (session 43, helper Q): a company named again by
// what it is ("the company", "the carmaker", "the Japanese carmaker"), executives and candidates with their titles,
// plural titles before two names, and analysts and regulators as sources. Sentences written for these tests in the
// style of wire copy, run through the full analysis with the built-in glossary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorTriplesOf, attributionsOf as attributions, datedBy } from '../support/article';

const DATED = datedBy('2025-11-14');

/** The actors of an article body as "text|category|entity". */
const actors = (body: string): string[] => actorTriplesOf(DATED(body));

/** Each case: a body, the actors it must have ("text|category|entity"), and the texts no actor may have. */
const CASES: { name: string; text: string; has: string[]; lacks?: string[] }[] = [
  {
    name: '"the company" after a company the glossary knows is that company',
    text: 'Nvidia said quarterly sales rose 62%. The company said it would hire more engineers next year.',
    has: ['Nvidia|organization|nvidia', 'The company|organization|nvidia'],
  },
  {
    name: '"the company" inside the sentence that names it, or after a spokesperson, is the company',
    text: 'Shares in Nvidia rose after the company said it would beat forecasts. A spokesperson for the company declined to comment.',
    has: ['the company|organization|nvidia'],
  },
  {
    name: 'what a company makes names it again: the carmaker, the chipmaker, the drugmaker, the planemaker, the miner',
    text: 'Volkswagen cut its profit forecast. The carmaker said tariffs had cost it 1.3 billion euros.\n\nTSMC reported record profit. The chipmaker said AI demand would stay strong.\n\nPfizer said its trial succeeded. The drugmaker said it would seek approval.\n\nAirbus delivered 67 jets in October, the planemaker said.\n\nRio Tinto said output rose. The miner said shipments were steady.',
    has: ['The carmaker|organization|volkswagen', 'The chipmaker|organization|tsmc', 'The drugmaker|organization|pfizer', 'the planemaker|organization|airbus', 'The miner|organization|rio-tinto'],
  },
  {
    name: 'a bank is "the bank" and "the lender", a central bank "the bank" and "the central bank"',
    text: 'HSBC said it would cut 500 jobs. The bank said the cuts were part of a cost drive.\n\nBarclays said it would buy back shares. The lender said profit rose 23%.\n\nThe Bank of England held rates. The central bank said inflation had peaked.',
    has: ['The bank|organization|hsbc', 'The lender|organization|barclays', 'central bank|organization|bank-of-england'],
  },
  {
    name: "a company's description with where it is from or what it is is the company, the country no actor of its own",
    text: 'Nissan said it would close plants. The Japanese carmaker said it would cut 20,000 jobs.\n\nSamsung Electronics said profit rose. The South Korean company said memory prices had recovered.\n\nJPMorgan said profit rose. The largest U.S. lender said consumers were resilient.\n\nGoldman Sachs raised its forecast. The Wall Street bank said the Fed would cut twice.',
    has: ['The Japanese carmaker|organization|nissan', 'The South Korean company|organization|samsung-electronics', 'The largest U.S. lender|organization|jpmorgan', 'The Wall Street bank|organization|goldman-sachs'],
    lacks: ['Japanese', 'South Korean', 'U.S.'],
  },
  {
    name: 'a company that is no business is not "the company": a rights group, a central bank, a ministry',
    text: 'Amnesty International said the trial was unfair. The company had no comment.\n\nThe Bank of England held rates, and the company said prices rose.\n\nThe finance ministry said the firm had paid its taxes.',
    has: ['Amnesty International|organization|amnesty'],
    lacks: ['The company', 'the company', 'the firm'],
  },
  {
    name: '"the company" with no company before it stays a source of its own, no actor',
    text: 'The company said on Monday it would cut 1,000 jobs.',
    has: [],
    lacks: ['The company'],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const got = actors(c.text);
    for (const h of c.has) assert.ok(got.includes(h), `missing ${h} in ${JSON.stringify(got)}`);
    for (const l of c.lacks ?? []) assert.ok(!got.some((g) => g.split('|')[0] === l), `unexpected ${l} in ${JSON.stringify(got)}`);
  });
}

test('a plural title before two names or more belongs to none of them alone: each mention is its name', () => {
  const has = (body: string, want: string[]) => assert.deepEqual(actors(body).filter((a) => !a.endsWith('|country|country:united-states')), want);
  has('Presidents Donald Trump and Volodymyr Zelenskiy met in Washington on Friday.', ['Donald Trump|official|donald-trump', 'Volodymyr Zelenskiy|official|volodymyr-zelensky']);
  has('Prime Ministers Keir Starmer and Mark Carney signed the accord.', ['Keir Starmer|official|keir-starmer', 'Mark Carney|official|mark-carney']);
  has('The letter was signed by Senators Elizabeth Warren and Bernie Sanders.', ['Elizabeth Warren|official|-', 'Bernie Sanders|official|-']);
  // A title of one keeps its name; so does a plural title before one name alone.
  has('President Donald Trump and Volodymyr Zelenskiy met.', ['President Donald Trump|official|donald-trump', 'Volodymyr Zelenskiy|official|volodymyr-zelensky']);
});

/** The actor whose text is exactly `span`, as "text|category|entity", or undefined. */
function actorOn(body: string, span: string): string | undefined {
  return actors(body).find((a) => a.split('|')[0] === span);
}

test("a company's capitalised Chief Executive is a person, as its CEO is; a territory's stays an official", () => {
  assert.equal(actorOn('Apple Chief Executive Tim Cook told investors that iPhone sales grew.', 'Apple Chief Executive Tim Cook'), 'Apple Chief Executive Tim Cook|person|tim-cook');
  assert.equal(actorOn('Chief Executive Jensen Huang said demand for its chips remained strong.', 'Chief Executive Jensen Huang'), 'Chief Executive Jensen Huang|person|jensen-huang');
  assert.equal(actorOn('Hong Kong Chief Executive John Lee said the city would back it.', 'Hong Kong Chief Executive John Lee'), 'Hong Kong Chief Executive John Lee|official|-');
  assert.equal(actorOn('Chief Executive John Lee said the city would recover.', 'Chief Executive John Lee'), 'Chief Executive John Lee|official|-');
});

test("a body the glossary knows that owns a post by its possessive is an actor of its own beside the officeholder", () => {
  assert.deepEqual(actors("Amnesty's South Asia director Smriti Singh said the arrests were unlawful."), ['Amnesty|organization|amnesty', 'South Asia director Smriti Singh|official|-']);
  assert.deepEqual(actors("Microsoft's chief financial officer Amy Hood said cloud revenue rose 40%."), ['Microsoft|organization|microsoft', 'chief financial officer Amy Hood|person|-']);
  assert.deepEqual(actors("Glencore's chief executive Gary Nagle said coal would stay profitable."), ['Glencore|organization|glencore', 'chief executive Gary Nagle|person|-']);
  // A state's post stays one mention with the state; so does a body's post written without the possessive.
  assert.deepEqual(actors("Britain's Foreign Secretary Yvette Cooper said the talks were useful."), ["Britain's Foreign Secretary Yvette Cooper|official|-"]);
  assert.ok(actors('Apple CEO Tim Cook spoke.').includes('Apple CEO Tim Cook|person|tim-cook'));
  // The source of what was said keeps the whole description.
  assert.deepEqual(attributions(DATED("Amnesty's South Asia director Smriti Singh said the arrests were unlawful.")).map((a) => a.source), ["Amnesty's South Asia director Smriti Singh"]);
});

test('a candidate keeps the race and the party before the title; a word of tenure after a possessive is the title\'s', () => {
  assert.equal(actorOn('Republican presidential candidate Vivek Ramaswamy said he would end the program.', 'Republican presidential candidate Vivek Ramaswamy'), 'Republican presidential candidate Vivek Ramaswamy|person|-');
  assert.ok(actorOn('Democratic mayoral candidate Zohran Mamdani said rents would be frozen.', 'Democratic mayoral candidate Zohran Mamdani'));
  assert.ok(actorOn("Iran's former foreign minister Javad Zarif said talks must resume.", "Iran's former foreign minister Javad Zarif"));
  assert.ok(actorOn("Britain's new Foreign Secretary Yvette Cooper said the talks were useful.", "Britain's new Foreign Secretary Yvette Cooper"));
});

/** The attributions of a body as "cue|source|content", "vague" added when vague or anonymous. */
function said(body: string): string[] {
  return attributions(DATED(body)).map((a) => `${a.cue}|${a.source ?? '-'}|${a.content ?? '-'}${a.vague ? '|vague' : ''}`);
}

test('"according to analysts at UBS" names the analysts\' firm: their source, no vague one', () => {
  assert.deepEqual(said('According to analysts at UBS, the shares could rise a further 20%.'), ['According to|analysts at UBS|the shares could rise a further 20%.']);
  assert.deepEqual(said('According to analysts polled by Reuters, profit fell.'), ['According to|analysts polled by Reuters|profit fell.']);
  // Analysts with nothing said of who they are stay vague.
  assert.deepEqual(said('According to analysts, the shares could rise.'), ['According to analysts|-|the shares could rise.|vague']);
});

test('analysts and shareholders told are whom one told, not what', () => {
  assert.deepEqual(said('Apple Chief Executive Tim Cook told analysts that iPhone sales grew.'), ['told|Apple Chief Executive Tim Cook|iPhone sales grew.']);
  assert.deepEqual(said('Cook told shareholders on a call that sales grew.'), ['told|Cook|sales grew.']);
});

test('a company that beat or missed forecasts is no source of a forecast', () => {
  assert.deepEqual(said('Nvidia beat forecasts.'), []);
  assert.deepEqual(said('Sales beat estimates.'), []);
  assert.deepEqual(said('Nvidia forecasts revenue of $65 billion.'), ['forecasts|Nvidia|revenue of $65 billion.']);
});

test('what a company said ends before the comma that credits a spokesperson with the whole', () => {
  assert.deepEqual(said('Meta said it would spend more on data centres, a spokesperson for the company said.'), [
    'said|Meta|it would spend more on data centres',
    'said|a spokesperson for the company|Meta said it would spend more on data centres',
  ]);
  // A clause after the comma that is no credit stays in the report.
  assert.deepEqual(said('Meta said it would spend more, and analysts said the plan was costly.').slice(0, 1), ['said|Meta|it would spend more']);
});

test('the glossary knows the companies, regulators and executives of the business pages', () => {
  const linked = (body: string) => actors(body).filter((a) => !a.endsWith('|-'));
  assert.deepEqual(linked('Tesla, Intel and AMD fell, while UBS, Jefferies, Bank of America and Wells Fargo rose. Unilever was flat.'), [
    'Tesla|organization|tesla', 'Intel|organization|intel', 'AMD|organization|amd', 'UBS|organization|ubs', 'Jefferies|organization|jefferies',
    'Bank of America|organization|bank-of-america', 'Wells Fargo|organization|wells-fargo', 'Unilever|organization|unilever',
  ]);
  assert.deepEqual(linked('The SEC and the Financial Conduct Authority opened inquiries.'), ['SEC|government|us-sec', 'Financial Conduct Authority|government|fca-uk']);
  assert.deepEqual(linked('Satya Nadella, Sundar Pichai, Mark Zuckerberg, Andy Jassy, Jamie Dimon and Janet Yellen spoke.').map((a) => a.split('|')[2]), ['satya-nadella', 'sundar-pichai', 'mark-zuckerberg', 'andy-jassy', 'jamie-dimon', 'janet-yellen']);
});

test('"the agency" after a body the glossary describes as an agency is that body', () => {
  assert.ok(actors('The Securities and Exchange Commission sued the exchange. The agency said Binance had misled investors.').includes('The agency|government|us-sec'));
  assert.ok(actors('The Federal Trade Commission sued Amazon. The agency said the company had abused its power.').includes('The agency|government|ftc'));
  // And "the company" after it is the company sued.
  assert.ok(actors('The Federal Trade Commission sued Amazon. The agency said the company had abused its power.').includes('the company|organization|amazon'));
});

test('"the group" after a company the glossary calls a group, or "the consumer goods group", is that company', () => {
  assert.ok(actors('Siemens said orders rose. The group said it would hire.').includes('The group|organization|siemens'));
  assert.ok(actors('Siemens said orders rose. The German engineering group said it would hire.').includes('The German engineering group|organization|siemens'));
  assert.ok(actors('Unilever said it would spin off its ice cream unit. The consumer goods group said sales rose.').includes('The consumer goods group|organization|unilever'));
  // A campaigning group stays one; an armed group's description is no company's.
  assert.ok(actors('Human Rights Watch said the law was abusive. The group said it would appeal.').includes('The group|organization|hrw'));
  assert.ok(!actors('Unilever said sales rose. The militant group said it fired rockets.').some((a) => a.endsWith('|unilever') && a.startsWith('The militant')));
});

test('a company named paragraphs back, with none since, is not "the firm" of a later sentence; a lobby group is no firm', () => {
  const far = `Gazprom Neft said output rose.\n\n${'The ministry said the plan was on track and the talks would go on. '.repeat(25)}\n\nThe ministry had paid the firm.`;
  assert.ok(!actors(far).some((a) => a.startsWith('the firm|')));
  assert.ok(!actors('The CCIA said the rules were costly. The firm said it would appeal.').some((a) => a.startsWith('The firm|')));
  // A trade named in the description is checked against the glossary: a company it does not know is no "oil firm".
  assert.ok(!actors('Acme Electronics Co. said sales rose. The oil firm is majority-owned by Gazprom Neft.').some((a) => a.startsWith('The oil firm|')));
  assert.ok(actors('Acme Electronics Co. said sales rose. The company said it would hire.').includes('The company|organization|-'));
});

test('the Big Four accounting firms are the glossary\'s, and "the firm" after one is it', () => {
  assert.ok(actors('Deloitte was fined by the watchdog. The firm said it accepted the findings.').includes('The firm|organization|deloitte'));
  assert.deepEqual(actors('KPMG and PwC audited the accounts, and EY declined to comment.'), ['KPMG|organization|kpmg', 'PwC|organization|pwc', 'EY|organization|ey']);
});

test('"the iPhone maker", "the Ozempic maker", "the EV maker" are the company that makes it; "the policy maker" is no company', () => {
  assert.ok(actors('Apple was fined by the European Commission. The iPhone maker said it would appeal.').includes('The iPhone maker|organization|apple'));
  assert.ok(actors('Novo Nordisk said sales rose. The Ozempic maker said it would cut prices.').includes('The Ozempic maker|organization|novo-nordisk'));
  assert.ok(actors('Tesla said deliveries fell. The EV maker said demand would recover.').includes('The EV maker|organization|tesla'));
  assert.ok(actors('Xiaomi said sales rose. The smartphone maker said it would expand.').includes('The smartphone maker|organization|xiaomi'));
  assert.ok(!actors('Apple said sales rose. The policy maker said rates would stay.').some((a) => a.startsWith('The policy maker')));
});
