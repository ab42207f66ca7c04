// The reference date: option, then front matter date:, then a dateline near the start, else none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findReferenceDate, parseDateString } from '../../server/src/analysis/referenceDate';
import { parseFrontMatter } from '../../server/src/analysis/frontMatter';
import { segment } from '../../server/src/analysis/segment';
import type { FrontMatter } from '../../server/src/analysis/types';

function ref(text: string, option?: string, fm: FrontMatter | null = parseFrontMatter(text)) {
  const r = findReferenceDate(text, fm, segment(text, fm ? fm.end : 0), option);
  return { date: r.date, source: r.source, at: r.span ? text.slice(r.span.start, r.span.end) : undefined };
}

const CASES: [string, string | undefined, { date: string | null; source: string; at?: string }][] = [
  ['Anything.', '2025-11-13', { date: '2025-11-13', source: 'option' }],
  ['---\ndate: 2025-11-14\n---\nText.', '2025-01-01', { date: '2025-01-01', source: 'option' }],
  ['---\ntitle: Talks\ndate: 2025-11-14\n---\nText.', undefined, { date: '2025-11-14', source: 'front-matter', at: '2025-11-14' }],
  ['---\ndate: "November 13, 2025"\n---\nText.', undefined, { date: '2025-11-13', source: 'front-matter', at: 'November 13, 2025' }],
  ['---\ndate: 13 Nov 2025\n---\nText.', undefined, { date: '2025-11-13', source: 'front-matter', at: '13 Nov 2025' }],
  ['---\ndate: 2025-11-14T08:30:00Z\n---\nText.', undefined, { date: '2025-11-14', source: 'front-matter' }],
  ['WASHINGTON, Nov. 13, 2025 (Reuters) - Officials met.', undefined, { date: '2025-11-13', source: 'dateline', at: 'Nov. 13, 2025' }],
  ['GENEVA, March 3, 2025 (AFP) - Talks opened.', undefined, { date: '2025-03-03', source: 'dateline', at: 'March 3, 2025' }],
  ['ERBIL, Iraq, Nov. 14, 2025 (Policy Lens Wire) - Talks.', undefined, { date: '2025-11-14', source: 'dateline', at: 'Nov. 14, 2025' }],
  ['13 November 2025 | BAGHDAD\nOfficials met.', undefined, { date: '2025-11-13', source: 'dateline', at: '13 November 2025' }],
  // Two cities, after a headline and a byline.
  ['Iran says no\n\nBy A Reporter\n\nDUBAI/VIENNA, Nov 14, 2025 (Reuters) - Iran said no.', undefined, { date: '2025-11-14', source: 'dateline', at: 'Nov 14, 2025' }],
  ['# US and Iraq hold talks\n\nBAGHDAD, 13 November 2025 - Officials met.', undefined, { date: '2025-11-13', source: 'dateline', at: '13 November 2025' }],
  // A dateline without a year takes one only from the front matter; otherwise there is no reference date.
  ['---\ndate: 2025\n---\nWASHINGTON, Nov. 13 (Reuters) - Officials met.', undefined, { date: '2025-11-13', source: 'dateline', at: 'Nov. 13' }],
  ['WASHINGTON, Nov. 13 (Reuters) - Officials met.', undefined, { date: null, source: 'none' }],
  ['Officials met on Thursday. GENEVA, March 3, 2025 - later text.', undefined, { date: null, source: 'none' }],
  ['---\ndate: not a date\n---\nNothing here.', undefined, { date: null, source: 'none' }],
  // Other front matter keys that publishing tools write.
  ['---\npublished: 2025-11-12\n---\nText.', undefined, { date: '2025-11-12', source: 'front-matter', at: '2025-11-12' }],
  ['---\npubDate: "Wed, 12 Nov 2025 08:00:00 GMT"\n---\nText.', undefined, { date: '2025-11-12', source: 'front-matter' }],
  ['---\ntitle: x\ndateline: 12 November 2025\n---\nText.', undefined, { date: '2025-11-12', source: 'front-matter', at: '12 November 2025' }],
  // A dateline writes its month with a capital: "may" is a verb.
  ['PARIS, may 3, 2025 - talks.', undefined, { date: null, source: 'none' }],
  ['---\ndate: 2025-02-30\n---\nBad day.', undefined, { date: null, source: 'none' }],
  // A year written as a string gives the year too; blank lines before the dateline do not use up its reach.
  ['---\ndate: "2025"\n---\nWASHINGTON, Nov. 13 (Reuters) - Officials met.', undefined, { date: '2025-11-13', source: 'dateline', at: 'Nov. 13' }],
  ['# Talks\n \n \n\t\n \n \n \n \nBAGHDAD, 13 November 2025 - Officials met.', undefined, { date: '2025-11-13', source: 'dateline', at: '13 November 2025' }],
  // Front matter that is never closed is no front matter: the dateline below it counts.
  ['---\ntitle: x\nBAGHDAD, 13 November 2025 - Officials met.', undefined, { date: '2025-11-13', source: 'dateline', at: '13 November 2025' }],
];

test('reference date sources in order of precedence', () => {
  for (const [text, option, expected] of CASES) {
    const got = ref(text, option);
    assert.equal(got.date, expected.date, text);
    assert.equal(got.source, expected.source, text);
    if (expected.at !== undefined) assert.equal(got.at, expected.at, text);
  }
});

test('a YAML date parsed to a JS Date is accepted', () => {
  const text = '---\ndate: 2025-11-14\n---\nText.';
  const fm = parseFrontMatter(text);
  assert.ok(fm);
  fm.data.date = new Date(Date.UTC(2025, 10, 14));
  assert.equal(ref(text, undefined, fm).date, '2025-11-14');
});

test('date strings in common formats', () => {
  assert.equal(parseDateString('2025-11-13'), '2025-11-13');
  assert.equal(parseDateString('2025/11/13'), '2025-11-13');
  assert.equal(parseDateString('November 13, 2025'), '2025-11-13');
  assert.equal(parseDateString('Thursday, Nov. 13, 2025'), '2025-11-13');
  assert.equal(parseDateString('13th November 2025'), '2025-11-13');
  assert.equal(parseDateString('11/13/2025'), '2025-11-13');
  assert.equal(parseDateString('2025-13-01'), null);
  assert.equal(parseDateString(''), null);
});

test('garbage never throws', () => {
  const junk = `${'\u0000\uD800'.repeat(1000)}${', Nov. 13 ('.repeat(5000)}`;
  assert.equal(ref(junk).source, 'none');
});
