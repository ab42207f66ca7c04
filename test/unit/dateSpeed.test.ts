// Exactness of the speed helpers of the date pass: the merged trigger scan against each hint's own regex
// (word-start hints and grouped specials included), and the code-unit helpers against the regexes they replace.
import test from 'node:test';
import assert from 'node:assert/strict';
import { assertScanLikeRegexes } from '../support/triggerScan';
import { digitAfterBlanks, dropFinalS, dropLeadingThe, endsWithLetters, hasSpace, startsWithDigit } from '../../server/src/analysis/dates/textTests';
import { parseNumber, unitOf } from '../../server/src/analysis/dates/lexicon';

test('word-start hints and grouped specials hit where their own regexes would', () => {
  const hints = [
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    /\b(?:second|day|week|year|period)/i,
    /jan|feb|mar|day/i,
    /\d[-/]\d|\d\d\d\d|(a)(b)c|\bago\b|per\b/i,
    /\d\s*(?:a\.?m|p\.?m|o'clock)|noon/i,
    /0'?s\b|'\d0s|ties\b/i,
    /\d/,
  ];
  const texts = [
    'the market in May, remarkable dismay; mid-March, 12/3/2024 and 1999-2000, abc at 7am',
    'Thursday today, the 10-day week; yesterday and years later, periods of 24-hour days',
    "super paper per capita, sago ago, the '80s and 1990s, nineties at noon, 5 o'clock",
    '_day x2day 9may',
    '',
  ];
  assertScanLikeRegexes(hints, texts);
});

test('code-unit helpers answer as the regexes they replace', () => {
  const words = ['', 's', 'years', 'Year', 'YEARS', 'nights', 'Nights', 'knights', 'the  past', 'the\tnext', 'the', 'theory', 'the ',
    ' 12', '\u00a0 3rd', 'x1', '9', 'a\u2028b', 'ie', 'centuries', 'ſ', 'İyear', '１'];
  for (const w of words) {
    assert.equal(endsWithLetters(w, 'year'), /year$/i.test(w), w);
    assert.equal(endsWithLetters(w, 'nights'), /nights$/i.test(w), w);
    assert.equal(dropFinalS(w), w.replace(/s$/, ''), w);
    assert.equal(hasSpace(w), /\s/.test(w), w);
    assert.equal(startsWithDigit(w), /^\d/.test(w), w);
    assert.equal(dropLeadingThe(w), w.replace(/^the\s+/, ''), w);
    assert.equal(digitAfterBlanks(w, 0, 6), /^\s*\d/.test(w.slice(0, 6)), w);
  }
});

test('number and unit words read as before', () => {
  const nums = ['twenty-four', 'twenty four', ' Five ', 'a couple of', 'a  few', '1,200', '5 1/2', '3.5', 'one-', '', 'a dozen', 'x', 'constructor'];
  const expected = [24, 24, 5, 2, null, 1200, 5.5, 3.5, null, null, 12, null];
  nums.slice(0, expected.length).forEach((n, i) => assert.equal(parseNumber(n), expected[i], n));
  const units: [string, string | null][] = [['Weeks', 'W'], ['centuries', 'CE'], ['century', 'CE'], ['days', 'D'], ['periods', null], ['weekend', 'WE']];
  for (const [w, u] of units) assert.equal(unitOf(w), u, w);
});
