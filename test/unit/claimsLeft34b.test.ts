// Claims of courts, councils and reports: what a court held and ordered, what a council's or an agency's own text
// records, the arithmetic on a report's own count, a thing agreed on, and a body's timetable. Sentences written for these
// tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf as attributions, datedBy, findingsOf as findings } from '../support/article';

const DATED = datedBy('2026-11-20');

test('a court\'s holding reports, its vote set off by commas: "held, unanimously, that"', () => {
  const cases: [string, string, string, string][] = [
    [
      "In today's Chamber judgment in the case of Petrov v. Bulgaria, the European Court of Human Rights held, unanimously, that there had been a violation of Article 6 of the Convention.",
      'held, unanimously,',
      'the European Court of Human Rights',
      'there had been a violation of Article 6 of the Convention.',
    ],
    ['The judges held, by five votes to two, that the ban was lawful.', 'held, by five votes to two,', 'The judges', 'the ban was lawful.'],
  ];
  for (const [body, cue, source, content] of cases) {
    assert.deepEqual(attributions(DATED(body)).map((a) => [a.cue, a.source, a.content]), [[cue, source, content]], body);
  }
});

test('"It also ordered" after a court\'s order is the same court\'s decision, no claim', () => {
  const text = DATED('The court ordered Bulgaria to pay the applicant 12,000 euros in respect of non-pecuniary damage. It also ordered the government to pay 8,000 euros in costs and expenses.');
  assert.deepEqual(findings(text), []);
  // (With no body's decision before it, "It" is anyone's.)
  assert.ok(findings(DATED('The agency was set up in 2020. It also ordered 8,000 new ventilators in June.')).some((f) => f.includes('It also ordered')));
});

test('the writer\'s arithmetic on a report\'s own count is no claim; on an unsourced figure it still is', () => {
  const report = (body: string): string => DATED(`Multi-country outbreak of cholera, External situation report #31\n\n${body}`);
  assert.deepEqual(findings(report('In September 2026, a cumulative total of 48 210 cholera cases were reported from 19 countries. This represents a 12% decrease in cases compared with August.')), []);
  assert.equal(findings(DATED('Cholera cases rose to 48,210 in September, the worst month on record. This represents a 12% increase compared with August.')).length, 2);
});

test('in a situation report whose titles name no issuer, a relief agency\'s own work is the report\'s', () => {
  const report = (body: string): string => DATED(`Multi-country outbreak of cholera, External situation report #31\n\nPublished 14 October 2026\n\n${body}`);
  assert.deepEqual(findings(report('Since the start of 2026, WHO has shipped 5.1 million doses of oral cholera vaccine to 11 countries.')), []);
  assert.deepEqual(findings(report('UNICEF delivered 40 tonnes of water treatment supplies to 12 districts in September.')), []);
  // (Outside a situation report the agency's figure still wants a source.)
  assert.equal(findings(DATED('Since the start of 2026, WHO has shipped 5.1 million doses of oral cholera vaccine to 11 countries.')).length, 1);
});

test('in a release of the "Council of the EU", what the EU did is the issuer\'s own record', () => {
  const release = (body: string): string => DATED(`Council of the EU, Press release, 20 November 2026\n\nUkraine: Council agrees to extend support\n\n${body}`);
  assert.deepEqual(findings(release('Since 2022, the EU and its member states have provided 177 billion euros to Ukraine.')), []);
  // (Another's record in it is still a claim.)
  assert.equal(findings(release('Since 2022, Russia has fired 9,000 missiles at Ukraine.')).length, 1);
});

test('a fund or a deal agreed on, even after its time or in a headline, reports no one\'s words', () => {
  for (const body of [
    'European Union finance ministers agreed early Friday on a joint fund of 150 billion euros for defence.',
    'Finance ministers agreed on a joint fund for defence.',
    'The ministers agreed late on Thursday on a new set of rules for banks.',
    'EU ministers agree defence fund\n\nThe fund will be set up next year.',
  ]) assert.ok(!attributions(DATED(body)).some((a) => a.cue.startsWith('agree')), body);
  // ("agreed that" still reports.)
  assert.deepEqual(attributions(DATED('The ministers agreed on Thursday that the fund was too small.')).map((a) => [a.cue, a.source]), [['agreed', 'The ministers']]);
});

test('a body that "is expected to vote in January" keeps a timetable, no vague source; a forecast stays vague', () => {
  for (const body of [
    'The bill now goes to the European Parliament, which is expected to vote in January.',
    'The Senate is expected to vote on the bill next week.',
    'The treaty is expected to be signed on Monday.',
  ]) assert.deepEqual(findings(DATED(body)), [], body);
  assert.deepEqual(findings(DATED('The law is expected to cut emissions by 40% in January.')).map((f) => f.split(':')[0]), ['vague-attribution']);
});

test('a council\'s conclusions are its own text: their numbered points are the issuer\'s record', () => {
  const text = DATED(
    [
      'European Council conclusions on Ukraine, 23 October 2026',
      '',
      '1. The European Council reiterates its unwavering support for Ukraine.',
      '',
      "2. Since the beginning of Russia's war of aggression, the EU and its Member States have provided more than 180 billion euros in support to Ukraine.",
    ].join('\n'),
  );
  assert.deepEqual(findings(text), []);
});
