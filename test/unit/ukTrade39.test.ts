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
