// The reference date: option, then front matter date:, then a dateline near the start, else none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { referenceDateOrigin } from '../../server/src/features/describe';
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
  // A wire story's slug and status lines come before the headline and the dateline.
  ['URGENT\nFLASH: Ukraine says drone hits depot\nBULLETIN - Kremlin vows response\n\nUPDATE 2-Ukraine says it struck depot\n\n(Updates with Kremlin comment)\n\nBy Olena Marchuk\n\nKYIV, Nov 14, 2025 (Reuters) - Ukraine said on Friday its drones struck.', undefined, { date: '2025-11-14', source: 'dateline', at: 'Nov 14, 2025' }],
  // A dateline without a year takes one only from the front matter; otherwise there is no reference date.
  ['---\ndate: 2025\n---\nWASHINGTON, Nov. 13 (Reuters) - Officials met.', undefined, { date: '2025-11-13', source: 'dateline', at: 'Nov. 13' }],
  ['WASHINGTON, Nov. 13 (Reuters) - Officials met.', undefined, { date: null, source: 'none' }],
  ['Officials met on Thursday. GENEVA, March 3, 2025 - later text.', undefined, { date: null, source: 'none' }],
  ['---\ndate: not a date\n---\nNothing here.', undefined, { date: null, source: 'none' }],
  // Other front matter keys that publishing tools write.
  ['---\npublished: 2025-11-12\n---\nText.', undefined, { date: '2025-11-12', source: 'front-matter', at: '2025-11-12' }],
  ['---\npubDate: "Wed, 12 Nov 2025 08:00:00 GMT"\n---\nText.', undefined, { date: '2025-11-12', source: 'front-matter' }],
  ['---\ntitle: Talks\ndatePublished: 2025-11-12T08:00:00Z\n---\nText.', undefined, { date: '2025-11-12', source: 'front-matter' }],
  ['---\npublished_at: "2025-11-12 08:00"\n---\nText.', undefined, { date: '2025-11-12', source: 'front-matter' }],
  ['---\npublication_date: November 12, 2025\n---\nText.', undefined, { date: '2025-11-12', source: 'front-matter' }],
  ['---\ntitle: x\ndateline: 12 November 2025\n---\nText.', undefined, { date: '2025-11-12', source: 'front-matter', at: '12 November 2025' }],
  // A dateline writes its month with a capital: "may" is a verb.
  ['PARIS, may 3, 2025 - talks.', undefined, { date: null, source: 'none' }],
  // A French or Spanish wire's dateline writes its month in its own language, in lower case.
  ['PARIS, 13 novembre 2025 (AFP) — Le gouvernement a annoncé un plan.', undefined, { date: '2025-11-13', source: 'dateline', at: '13 novembre 2025' }],
  ['MADRID, 13 nov 2025 (EFE) — The government said on Thursday that the plan would pass.', undefined, { date: '2025-11-13', source: 'dateline', at: '13 nov 2025' }],
  ['MADRID, 3 de marzo de 2025 (EFE) - El gobierno dijo.', undefined, { date: '2025-03-03', source: 'dateline', at: '3 de marzo de 2025' }],
  ['---\ndate: 2025\n---\nPARIS, 13 novembre (AFP) - Talks.', undefined, { date: '2025-11-13', source: 'dateline', at: '13 novembre' }],
  // Not in running text, and not a word that is no month.
  ['Officials met. PARIS, 3 mars 2025 - later text.', undefined, { date: null, source: 'none' }],
  ['PARIS, 3 marches 2025 - talks.', undefined, { date: null, source: 'none' }],
  ['---\ndate: 2025-02-30\n---\nBad day.', undefined, { date: null, source: 'none' }],
  // A year written as a string gives the year too; blank lines before the dateline do not use up its reach.
  ['---\ndate: "2025"\n---\nWASHINGTON, Nov. 13 (Reuters) - Officials met.', undefined, { date: '2025-11-13', source: 'dateline', at: 'Nov. 13' }],
  ['# Talks\n \n \n\t\n \n \n \n \nBAGHDAD, 13 November 2025 - Officials met.', undefined, { date: '2025-11-13', source: 'dateline', at: '13 November 2025' }],
  // Front matter that is never closed is no front matter: the dateline below it counts.
  ['---\ntitle: x\nBAGHDAD, 13 November 2025 - Officials met.', undefined, { date: '2025-11-13', source: 'dateline', at: '13 November 2025' }],
  // A memo's header block, its lines a blank line apart and its names in capitals, dates the memo.
  ['MEMORANDUM FOR: The Deputy Secretary\n\nFROM: Director, Office of Planning\n\nDATE: November 20, 2026\n\nSUBJECT: Funding\n\nBLUF: Money runs out in January.', undefined, { date: '2026-11-20', source: 'dateline', at: 'November 20, 2026' }],
  ['TO: All staff\nDATE: 3 March 2025\n\nThe office closes on Friday.', undefined, { date: '2025-03-03', source: 'dateline', at: '3 March 2025' }],
  // A paragraph of prose between them ends the block.
  ['TO: All staff\n\nThe office closes on Friday.\n\nDate: 3 March 2025', undefined, { date: null, source: 'none' }],
  // A web page's line that dates the article: its publication's stamp, a byline's date, a date and clock on a line of
  // their own, a line of furniture.
  ['Talks resume\n\nPublished: 14 Nov 2025\n\nThe minister said on Thursday that talks would resume.', undefined, { date: '2025-11-14', source: 'dateline', at: '14 Nov 2025' }],
  ['Posted on November 13, 2025 by admin\n\nThe minister spoke.', undefined, { date: '2025-11-13', source: 'dateline', at: 'November 13, 2025' }],
  ['First published on Fri 14 Nov 2025 06.00 GMT\n\nThe minister spoke.', undefined, { date: '2025-11-14', source: 'dateline', at: 'Fri 14 Nov 2025' }],
  ['Last updated: 2025-11-13 09:12 GMT\n\nThe minister spoke.', undefined, { date: '2025-11-13', source: 'dateline', at: '2025-11-13' }],
  ['Updated 3:45 PM EST, Thu November 13, 2025\n\nThe minister spoke.', undefined, { date: '2025-11-13', source: 'dateline', at: 'Thu November 13, 2025' }],
  ['By Jane Doe | 13 November 2025\n\nThe minister spoke.', undefined, { date: '2025-11-13', source: 'dateline', at: '13 November 2025' }],
  ['By Jane Doe, Reuters | November 13, 2025 9:00 AM\n\nThe minister spoke.', undefined, { date: '2025-11-13', source: 'dateline', at: 'November 13, 2025' }],
  ['By Jane Doe, November 13, 2025\n\nThe minister spoke.', undefined, { date: '2025-11-13', source: 'dateline', at: 'November 13, 2025' }],
  ['Jane Doe \u00b7 14 Nov 2025 \u00b7 4 min read\n\nThe minister spoke.', undefined, { date: '2025-11-14', source: 'dateline', at: '14 Nov 2025' }],
  ['Talks resume\nThe minister is upbeat.\nJane Doe\nFriday 14 November 2025 06.00 GMT\n\nThe minister spoke.', undefined, { date: '2025-11-14', source: 'dateline', at: 'Friday 14 November 2025' }],
  ['Nov 14, 2025, 6:00 AM ET\n\nThe minister spoke.', undefined, { date: '2025-11-14', source: 'dateline', at: 'Nov 14, 2025' }],
  ['Nov. 14, 2025, 6:00 a.m. ET\n\nThe minister spoke.', undefined, { date: '2025-11-14', source: 'dateline', at: 'Nov. 14, 2025' }],
  // The publication's date wins over an update's, whichever comes first; a dateline wins over both.
  ['Updated: 15 November 2025\nPublished: 14 November 2025\n\nThe minister spoke.', undefined, { date: '2025-11-14', source: 'dateline', at: '14 November 2025' }],
  ['Updated: 15 November 2025\n\nThe minister spoke.', undefined, { date: '2025-11-15', source: 'dateline', at: '15 November 2025' }],
  ['Published: 14 November 2025\n\nBAGHDAD, Nov. 12 (Reuters) - The minister spoke.', undefined, { date: '2025-11-12', source: 'dateline', at: 'Nov. 12' }],
  // (A dateline without a year takes the latest such day up to the page's stamp.)
  ['Published: 2 January 2026\n\nBAGHDAD, Dec. 31 (Reuters) - The minister spoke.', undefined, { date: '2025-12-31', source: 'dateline', at: 'Dec. 31' }],
  // No stamp: a sentence that opens with such words, a headline with a date, a line below the article's first sentences.
  ['Published on 3 March 2025, the report found that talks would resume.', undefined, { date: null, source: 'none' }],
  ['Talks set for 14 November 2025\n\nThe minister spoke.', undefined, { date: null, source: 'none' }],
  ['The minister spoke.\nHe said talks would resume.\nPublished: 14 November 2025', undefined, { date: null, source: 'none' }],
  ['By Jane Doe\n\nThe minister spoke on 14 November 2025.', undefined, { date: null, source: 'none' }],
];

test('reference date sources in order of precedence', () => {
  for (const [text, option, expected] of CASES) {
    const got = ref(text, option);
    assert.equal(got.date, expected.date, text);
    assert.equal(got.source, expected.source, text);
    if (expected.at !== undefined) assert.equal(got.at, expected.at, text);
  }
});

test('more dateline forms: a weekday before the date, and a date in figures (day first)', () => {
  const cases: [string, string, string][] = [
    ['CANBERRA, Friday 14 November 2025 - Parliament sat late.', '2025-11-14', '14 November 2025'],
    ['Friday 14 November 2025\n\nLONDON - Ministers met.', '2025-11-14', '14 November 2025'],
    ['WASHINGTON, Friday, Nov. 14, 2025 - Talks ended.', '2025-11-14', 'Nov. 14, 2025'],
    ['SYDNEY, 14/11/2025 - Parliament sat late.', '2025-11-14', '14/11/2025'],
    ['14.11.2025 | BERLIN - Ministers met.', '2025-11-14', '14.11.2025'],
    ['03.11.2025 | NEW DELHI - Ministers met.', '2025-11-03', '03.11.2025'],
    ['WASHINGTON, 11/14/2025 - Talks ended.', '2025-11-14', '11/14/2025'],
    ['MACDILL AIR FORCE BASE, Fla. (Nov. 14, 2025) - Forces struck on Thursday.', '2025-11-14', 'Nov. 14, 2025'],
    ['WASHINGTON (14 November 2025) - The Pentagon said it acted.', '2025-11-14', '14 November 2025'],
  ];
  for (const [text, date, at] of cases) assert.deepEqual(ref(text), { date, source: 'dateline', at }, text);
});

test("a dateline without a year is the latest such day up to the reader's day, and says the year is assumed", () => {
  const at = (text: string, today: string) => {
    const fm = parseFrontMatter(text);
    const r = findReferenceDate(text, fm, segment(text, fm ? fm.end : 0), undefined, today);
    return [r.date, r.source, r.inferred?.join(',')];
  };
  assert.deepEqual(at('WASHINGTON, Nov 14 (Reuters) - Talks ended.', '2026-11-29'), ['2026-11-14', 'dateline', 'year']);
  assert.deepEqual(at('NEW DELHI, 14 November (Reuters) - Talks ended.', '2026-11-29'), ['2026-11-14', 'dateline', 'year']);
  // Not yet this year: last year's. A day ahead is a story filed from a time zone already in tomorrow.
  assert.deepEqual(at('WASHINGTON, Dec. 20 (Reuters) - Talks ended.', '2026-11-29'), ['2025-12-20', 'dateline', 'year']);
  assert.deepEqual(at('WASHINGTON, Nov. 30 (Reuters) - Talks ended.', '2026-11-29'), ['2026-11-30', 'dateline', 'year']);
  assert.deepEqual(at('WASHINGTON, Jan. 1 (Reuters) - Talks ended.', '2026-12-31'), ['2027-01-01', 'dateline', 'year']);
  // A year the text gives wins over the reader's day.
  assert.deepEqual(at('---\ndate: 2024\n---\nWASHINGTON, Nov. 13 (Reuters) - Officials met.', '2026-11-29'), ['2024-11-13', 'dateline', undefined]);
  assert.deepEqual(at('WASHINGTON, Nov. 13, 2019 (Reuters) - Officials met.', '2026-11-29'), ['2019-11-13', 'dateline', undefined]);
  // No day of the reader's (the core called without one): no date, as before.
  assert.deepEqual(at('WASHINGTON, Nov 14 (Reuters) - Talks ended.', ''), [null, 'none', undefined]);
});

test("a dateline without a year: the year in which the dateline day is the weekday the lead names", () => {
  const at = (text: string, today: string) => {
    const fm = parseFrontMatter(text);
    const r = findReferenceDate(text, fm, segment(text, fm ? fm.end : 0), undefined, today);
    return [r.date, r.inferred?.join(',')];
  };
  // 12 November 2026 is a Thursday; 12 November 2025 a Wednesday.
  const xinhua = 'BEIJING, Nov. 12 (Xinhua) -- Chinese President Xi Jinping, also general secretary, on Wednesday held talks with King Felipe VI.';
  assert.deepEqual(at(xinhua, '2026-11-29'), ['2025-11-12', 'year']);
  // 3 November 2025 is a Monday; 3 November 2026 a Tuesday.
  assert.deepEqual(at('LONDON, Nov. 3 (Reuters) - Oil prices rose more than 1% on Monday after OPEC+ agreed to pause.', '2026-11-29'), ['2025-11-03', 'year']);
  // The latest year fits: it stands.
  assert.deepEqual(at('LONDON, Nov. 3 (Reuters) - Oil prices rose on Tuesday.', '2026-11-29'), ['2026-11-03', 'year']);
  // Nothing decides: a weekday that is the dateline day in neither year, "last Wednesday", or a weekday after the lead.
  assert.deepEqual(at('BEIJING, Nov. 12 (Xinhua) -- Talks were held on Friday.', '2026-11-29'), ['2026-11-12', 'year']);
  assert.deepEqual(at('BEIJING, Nov. 12 (Xinhua) -- Talks begun last Wednesday ended.', '2026-11-29'), ['2026-11-12', 'year']);
  assert.deepEqual(at('BEIJING, Nov. 12 (Xinhua) -- Talks were held.\n\nAlso on Wednesday, the spokesman spoke.', '2026-11-29'), ['2026-11-12', 'year']);
  // A dateline on a line of its own, with a headline under it: the lead is the paragraph after them (14 November 2025
  // is a Friday).
  assert.deepEqual(at('BRUSSELS, Nov. 14 (Policy Wire) -\n\n# Ministers prepare for summit\n\nMinisters will meet, diplomats said on Friday.', '2026-11-29'), ['2025-11-14', 'year']);
  assert.deepEqual(at('BRUSSELS, Nov. 14 -\nMinisters will meet, diplomats said on Friday.', '2026-11-29'), ['2025-11-14', 'year']);
  // A year the text gives is never changed by a weekday.
  assert.deepEqual(at('BEIJING, Nov. 12, 2026 (Xinhua) -- Xi on Wednesday held talks.', '2026-11-29'), ['2026-11-12', undefined]);
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

test("a French or Spanish dateline's date is one date annotation, the article's", async () => {
  const { analyze } = await import('../../server/src/analysis/analyze');
  for (const [text, at] of [
    ['PARIS, 13 novembre 2025 (AFP) — Le gouvernement a annoncé un plan.', '13 novembre 2025'],
    ['MADRID, 13 nov 2025 (EFE) — The government said on Thursday that the plan would pass.', '13 nov 2025'],
  ]) {
    const dates = analyze(text).dates.map((d) => `${d.text}=${d.value}`);
    assert.ok(dates.includes(`${at}=2025-11-13`), `${text}\n  got ${JSON.stringify(dates)}`);
    assert.ok(!dates.includes('2025=2025'), text);
  }
});

test('an article dated by its web page says so: the hover and the report name the page’s line, not a dateline', () => {
  const page = analyze('Talks resume\n\nPublished: 14 Nov 2025\n\nThe minister said on Thursday that talks would resume.');
  assert.equal(page.referenceDateStamp, true);
  assert.equal(referenceDateOrigin(page), 'the line that dates the page');
  const wire = analyze('BAGHDAD, Nov. 13, 2025 (Reuters) - The minister spoke.');
  assert.equal(wire.referenceDateStamp, undefined);
  assert.equal(referenceDateOrigin(wire), 'dateline');
});
