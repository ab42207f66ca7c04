// Features that turn the model into what the user reads: dates in words, safe markdown, flat tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInWords, relationToReference, valueInWords, zoneInWords } from '../../server/src/features/describe';
import { commandLink, escapeMarkdown, sanitizeMarkdown, toPlainText, withoutCommandLinks } from '../../server/src/features/markdown';
import { collectTokens } from '../../server/src/features/semanticTokens';
import { hoverAt, entryMarkdown } from '../../server/src/features/hover';
import { analyze } from '../../server/src/analysis/analyze';
import { createGazetteer } from '../../server/src/analysis/gazetteer';
import { LineIndex } from '../../server/src/analysis/positions';
import type { DocContext } from '../../server/src/features/context';
import { normaliseSettings } from '../../server/src/settings';

function check<I, O>(cases: [I, O][], fn: (i: I) => O) {
  for (const [input, expected] of cases) assert.deepEqual(fn(input), expected, JSON.stringify(input));
}

test('TIMEX3 values in words', () => {
  check<[string, string, string?], string>(
    [
      [['DATE', '2025-11-13'], 'Thursday 13 November 2025'],
      [['DATE', '2025-10', 'START'], 'early October 2025'],
      [['DATE', '2025-09', 'END'], 'late September 2025'],
      [['DATE', '2025-Q3'], 'Q3 2025'],
      [['DATE', '2025-SU'], 'summer 2025'],
      [['DATE', '2025-W46'], 'the week of 10 November 2025'],
      [['DATE', '2025-W10', 'END'], 'late in the week of 3 March 2025'],
      [['DATE', '199'], 'the 1990s'],
      [['DATE', 'FUTURE_REF'], 'some time in the future'],
      [['DURATION', 'P5Y'], '5 years'],
      [['DURATION', 'PT3H'], '3 hours'],
      [['SET', 'P1Y'], 'every year'],
      [['TIME', '2025-11-14T10:00'], 'Friday 14 November 2025, 10:00'],
      [['DATE', '2025-09', 'ON_OR_BEFORE'], 'no later than September 2025'],
      [['DATE', '2024', 'MID'], 'mid-2024'],
      [['DATE', '199', 'START'], 'the early 1990s'],
      [['DATE', '18', 'END'], 'the late 19th century'],
    ],
    ([type, value, mod]) => dateInWords({ type: type as any, value, mod }),
  );
  assert.equal(valueInWords('DATE', 'XXXX-10'), 'October (year unknown)');
  // Values with unknown parts say what is known, never the raw TIMEX3.
  for (const [type, value, words] of [
    ['SET', 'XXXX-WXX-1', 'every Monday'],
    ['SET', 'XXXX-WXX-7', 'every Sunday'],
    ['SET', 'XXXX-SU', 'every summer'],
    ['SET', 'XXXX-XX-XXTMO', 'every morning'],
    ['DATE', 'XXXX-WXX-4', 'a Thursday (date unknown)'],
    ['DATE', 'XXXX-WXX-4TNI', 'a Thursday night (date unknown)'],
    ['DATE', 'XXXX-11-13', '13 November (year unknown)'],
    ['TIME', 'XXXX-XX-XXT10:00', '10:00 (day unknown)'],
    ['DATE', 'XXXX-Q3', 'Q3 (year unknown)'],
    ['DATE', '1989-QX', 'a quarter of 1989'],
    ['DATE', '2025-WXX', 'a week of 2025'],
    ['DATE', 'XXXX', 'date unknown'],
    ['DATE', '2025-W45-WE', 'the weekend of 8-9 November 2025'],
    ['DATE', '2020-W53-WE', 'the weekend of 2-3 January 2021'],
    ['DATE', 'XXXX-WXX-WE', 'a weekend (date unknown)'],
    ['DATE', 'XXXX-SU', 'summer (year unknown)'],
    ['DATE', '2025-XX', 'a month of 2025'],
    ['DATE', '2025-H1', 'first half of 2025'],
    ['DATE', '10', 'the 11th century'],
    ['DATE', '11', 'the 12th century'],
    ['DATE', '20', 'the 21st century'],
    ['DURATION', 'PXY', 'some years'],
  ]) {
    assert.equal(valueInWords(type, value), words, `${type} ${value}`);
  }
});

test('relation to the article date', () => {
  check<[string, string | null], string | null>(
    [
      [['2025-11-13', '2025-11-14'], "the day before the article's date"],
      [['2025-11-14', '2025-11-14'], "the article's date"],
      [['2025-11-18', '2025-11-14'], "4 days after the article's date"],
      [['2025-10', '2025-11-14'], "1 month before the article's month"],
      [['2008', '2025-11-14'], "17 years before the article's year"],
      [['2025-11-13', null], null],
      [['2025-11-15', '2025-11-14'], "the day after the article's date"],
      [['2025-07-01', '2025-11-14'], "about 4 months before the article's date"],
      [['2020-01-01', '2025-11-14'], "about 6 years before the article's date"],
      [['2025-11', '2025-11-14'], "the month of the article's date"],
      [['2025', '2025-11-14'], "the year of the article's date"],
      [['2026-01', '2025-11-14'], "2 months after the article's month"],
      // Weeks and quarters count in weeks and quarters (2025-11-14 is a Friday of week 46, in the fourth quarter).
      [['2025-W46', '2025-11-14'], "the week of the article's date"],
      [['2025-W50', '2025-11-14'], "4 weeks after the article's week"],
      [['2025-W45-WE', '2025-11-14'], "1 week before the article's week"],
      [['2026-W01', '2025-12-29'], "the week of the article's date"],
      [['2025-Q3', '2025-11-14'], "1 quarter before the article's quarter"],
      [['2025-Q4', '2025-10-01'], "the quarter of the article's date"],
      [['2027-Q1', '2025-11-14'], "5 quarters after the article's quarter"],
      // From two years on, months as years and months.
      [['2023-12', '2025-11-14'], "23 months before the article's month"],
      [['2022-07', '2026-03-12'], "3 years and 8 months before the article's month"],
      [['2028-11', '2025-11-14'], "3 years after the article's month"],
      [['2023-10', '2025-11-14'], "2 years and 1 month before the article's month"],
      // Seasons and halves count in seasons and halves (14 November is in the autumn and the second half; winter runs
      // from December into February, and belongs to the year it starts in).
      [['2025-FA', '2025-11-14'], "the season of the article's date"],
      [['2025-SU', '2025-11-14'], "1 season before the article's season"],
      [['2025-WI', '2025-11-14'], "1 season after the article's season"],
      [['2026-SP', '2025-11-14'], "2 seasons after the article's season"],
      [['2024-WI', '2025-02-10'], "the season of the article's date"],
      [['2024-WI', '2025-11-14'], "3 seasons before the article's season"],
      [['2025-H2', '2025-11-14'], "the half-year of the article's date"],
      [['2025-H1', '2025-11-14'], "1 half-year before the article's half-year"],
      [['2027-H1', '2025-03-01'], "4 half-years after the article's half-year"],
    ],
    ([v, r]) => relationToReference(v, r),
  );
});

test('untrusted text cannot inject links, HTML or commands into hovers', () => {
  assert.equal(escapeMarkdown('[x](command:evil) <img src=x>'), '\\[x\\]\\(command:evil\\) &lt;img src=x&gt;');
  assert.equal(sanitizeMarkdown('see [docs](https://ok.example/a) and [bad](command:workbench.action.x) <b>hi</b> ![i](https://x/i.png)'),
    'see [docs](https://ok.example/a) and bad hi i');
  assert.equal(sanitizeMarkdown('[js](javascript:alert(1))'), 'js)');
  assert.throws(() => commandLink('x', 'workbench.action.terminal.new', []));
  assert.match(commandLink('Open', 'policyLens.openGlossaryEntry', ['a b']), /^\[Open\]\(command:policyLens\.openGlossaryEntry\?%5B%22a%20b%22%5D\)$/);
  assert.equal(toPlainText('**Bold** \\[x\\] [site](https://a.example) [Open](command:policyLens.x?1)'), 'Bold [x] site <https://a.example>');  // For editors that cannot run them: the command link goes, and the separator before it; other links stay.
  assert.equal(withoutCommandLinks('**NATO** · actor\n\n[nato.int](https://www.nato.int) · [Open in glossary](command:policyLens.openGlossaryEntry?%5B%22nato%22%5D)'), '**NATO** · actor\n\n[nato.int](https://www.nato.int)');
  assert.equal(withoutCommandLinks('**X** · actor · not in the glossary\n\n[Add to glossary](command:policyLens.addToGlossary?%5B%5D)'), '**X** · actor · not in the glossary');
});

function ctxFor(text: string, entries: any[] = []): DocContext {
  const gazetteer = createGazetteer({ entries, stoplist: [] });
  return { uri: 'file:///a.news', model: analyze(text, { gazetteer }), lines: new LineIndex(text), gazetteer, markdown: true };
}

test('a date inside an agreement name is its own token; the name is split around it', () => {
  const ctx = ctxFor('---\ndate: 2025-11-14\n---\nThey cited the 2008 Strategic Framework Agreement.\n');
  const text = ctx.model.text;
  const tokens = collectTokens(ctx).map((t) => [t.type, text.slice(t.start, t.end)]);
  assert.ok(tokens.some(([k, s]) => k === 'date' && s === '2008'), JSON.stringify(tokens));
  for (let i = 1; i < tokens.length; i++) {
    const a = collectTokens(ctx)[i - 1];
    const b = collectTokens(ctx)[i];
    assert.ok(a.end <= b.start, 'tokens never overlap');
  }
});

test('glossary entry hovers escape the entry and link only http(s)', () => {
  const ctx = ctxFor('x', []);
  const md = entryMarkdown(
    { id: 'e', label: 'Evil *label* [x](command:rm)', kind: 'actor', category: 'group', description: 'Desc <script>alert(1)</script> [ok](https://ok.example)', links: ['javascript:alert(1)', 'https://wiki.example/E', 'Q42'] },
    ctx,
  );
  assert.doesNotMatch(md, /<script>|\]\(command:rm|javascript:/);
  assert.match(md, /\[ok\]\(https:\/\/ok\.example\)/);
  assert.match(md, /wikidata\.org\/wiki\/Q42/);
  assert.match(md, /command:policyLens\.openGlossaryEntry/);
});

test('the Timeline puts "now" at the article date, not after every dated entry', async () => {
  const { documentSymbols } = await import('../../server/src/features/symbols');
  const text = '---\ndate: 2025-11-14\n---\nTalks began in March 2024. The deal is now in force, and a review is due in January 2026.\n';
  const names = (documentSymbols(ctxFor(text)).find((s) => s.name === 'Timeline')?.children ?? []).map((c) => c.name);
  assert.deepEqual(names, ['2024-03 · March 2024', 'PRESENT_REF · now', '2026-01 · January 2026']);
  // Without an article date it has none to stand at: after the dated ones, as before.
  const undated = (documentSymbols(ctxFor(text.replace('date: 2025-11-14', 'title: x'))).find((s) => s.name === 'Timeline')?.children ?? []).map((c) => c.name);
  assert.equal(undated[undated.length - 1], 'PRESENT_REF · now');
});

test('hover on a relative date says what it resolves to', () => {
  const text = '---\ndate: 2025-11-14\n---\nOfficials met on Thursday.\n';
  const ctx = ctxFor(text);
  const h = hoverAt(ctx, text.indexOf('Thursday') + 2);
  assert.ok(h);
  assert.match((h!.contents as any).value, /Thursday 13 November 2025\*\* \(the day before the article's date\)/);
});

test('a duration counted from the date before it ("Two days later") says in its hover, its hint and the outline when it reaches', async () => {
  const { inlayHints } = await import('../../server/src/features/inlayHints');
  const { documentSymbols } = await import('../../server/src/features/symbols');
  const text = '---\ndate: 2025-11-14\n---\nThe ceasefire was signed on 3 March 2021. Two days later, fighting resumed.\n';
  const ctx = ctxFor(text);
  const at = text.indexOf('Two days');
  const hover = (hoverAt(ctx, at + 2)!.contents as MarkupContentLike).value;
  assert.match(hover, /^\*\*2 days\*\*/);
  assert.match(hover, /reaches \*\*Friday 5 March 2021\*\* \(about 5 years before the article's date\)/);
  assert.match(hover, /TIMEX3 DURATION `P2D`; reaches `2021\\?-03\\?-05`/);
  const hints = inlayHints(ctx, 0, text.length).map((h) => [ctx.lines.offsetAt(h.position), h.label]);
  assert.deepEqual(hints, [[at + 'Two days'.length, ' 2021-03-05']]);
  const timeline = documentSymbols(ctx).find((s) => s.name === 'Timeline')?.children?.map((c) => [c.name, c.detail]);
  assert.deepEqual(timeline, [
    ['2021-03-03 · 3 March 2021', 'Wednesday 3 March 2021'],
    ['2021-03-05 · Two days', 'Friday 5 March 2021'],
  ]);
});

test('a clock time\'s hover names its zone and the time in UTC', () => {
  const text = '---\ndate: 2025-11-14\n---\nThe strike began at 9 p.m. EST on Monday.\n';
  const ctx = ctxFor(text);
  const hover = (hoverAt(ctx, text.indexOf('9 p.m.') + 1)!.contents as MarkupContentLike).value;
  assert.match(hover, /Time zone: EST \(UTC-05:00\); 02:00 UTC on Tuesday 11 November 2025/);
  assert.equal(zoneInWords('2025-11-10T10:00', 'local time'), 'Time zone: local time');
  assert.equal(dateInWords({ type: 'SET', value: 'P1Y', freq: '2X' }), 'twice a year');
  assert.equal(dateInWords({ type: 'SET', value: 'P1W', freq: '3X' }), '3 times a week');
  assert.equal(zoneInWords('2025-11-10T10:00', 'IST', '+05:30'), 'Time zone: IST (UTC+05:30); 04:30 UTC');
});

test('settings from the client are normalised; bad values fall back to defaults', () => {
  const s = normaliseSettings({ claims: { severity: { 'unsourced-claim': 'Error', 'vague-attribution': 'loud' } }, referenceDate: 'soon', glossary: 'x' });
  assert.equal(s.claims.severity['unsourced-claim'], 'error');
  assert.equal(s.claims.severity['vague-attribution'], 'information');
  assert.equal(s.referenceDate, '');
  assert.equal(normaliseSettings({ referenceDate: '2025-02-30' }).referenceDate, '');
  assert.equal(normaliseSettings({ referenceDate: ' 2024-02-29 ' }).referenceDate, '2024-02-29');
  assert.deepEqual(s.glossary, ['glossary.yaml', '.policy-lens/glossary.yaml']);
  assert.equal(normaliseSettings(null).inlayHints.enabled, true);
});

test('completion offers glossary labels and aliases for the word being typed', async () => {
  const { completions } = await import('../../server/src/features/completion');
  const g = createGazetteer({ entries: [{ id: 'pesh', label: 'Peshmerga', kind: 'actor', category: 'military', aliases: ['Peshmerga forces'] }], stoplist: [] });
  const items = completions('Then the Pesh', 13, g);
  assert.deepEqual(items.map((i) => i.label).sort(), ['Peshmerga', 'Peshmerga forces']);
  assert.deepEqual(completions('Then the P', 10, g), [], 'one letter is too little to go on');
});

/** An article with a glossary agreement (parties, dates, related entry), its anaphor, and dates of each kind. */
function accordArticle(): DocContext {
  return ctxFor(
    '---\ndate: 2025-11-14\n---\nOfficials met on Thursday. The Erbil Accord was signed on 13 November 2025, the KRG said.\n\n' +
      'The accord was praised by the KRG. Talks lasted for three years and are held every week. Prices rose recently. ' +
      'Peshmerga commanders said the Erbil Accord would hold.\n',
    [
      { id: 'erbil-accord', label: 'Erbil Accord', kind: 'agreement', aliases: ['Erbil Agreement'], parties: ['krg', 'iraq-gov'], signed: '2010-11-11', inForce: '2010-12-01', related: ['sfa'] },
      { id: 'krg', label: 'Kurdistan Regional Government', kind: 'actor', category: 'government', aliases: ['KRG'] },
      { id: 'iraq-gov', label: 'Government of Iraq', kind: 'actor', category: 'government' },
      { id: 'sfa', label: 'Strategic Framework Agreement', kind: 'agreement' },
    ],
  );
}

test('inlay hints only after dates the text leaves open: not after full dates, durations, sets or vague references', async () => {
  const { inlayHints } = await import('../../server/src/features/inlayHints');
  const ctx = accordArticle();
  const text = ctx.model.text;
  const hints = inlayHints(ctx, 0, text.length);
  assert.deepEqual(
    hints.map((h) => [ctx.lines.offsetAt(h.position), h.label]),
    [[text.indexOf('Thursday') + 'Thursday'.length, ' 2025-11-13']],
  );
  assert.equal((hints[0].tooltip as { value: string }).value, 'Thursday 13 November 2025');
});

test('hovers show the glossary facts of an agreement, what an anaphor refers to, and the article date', () => {
  const ctx = accordArticle();
  const text = ctx.model.text;
  const hover = (at: number) => (hoverAt(ctx, at)!.contents as MarkupContentLike).value;
  // As the reader sees it: markdown escapes (the hyphens of "2010\-11\-11") rendered.
  const accord = hover(text.indexOf('Erbil Accord') + 2).replace(/\\([-\\`*_{}[\]()#+.!|<>~])/g, '$1');
  for (const fact of ['Also: Erbil Agreement', 'Parties: Kurdistan Regional Government, Government of Iraq', 'Signed: 2010-11-11', 'In force: 2010-12-01', 'Related: Strategic Framework Agreement']) {
    assert.ok(accord.includes(fact), `${fact} in:\n${accord}`);
  }
  assert.match(hover(text.indexOf('The accord') + 5), /^Refers to \*\*Erbil Accord\*\* \(earlier in the article\)/);
  assert.match(hover(text.indexOf('Thursday') + 2), /Article date: 2025-11-14/);
});

interface MarkupContentLike {
  value: string;
}

test('a year written as a span of two ("2024-25") is one date, from the one year into the next', () => {
  const ctx = ctxFor('---\ndate: 2025-11-14\n---\nIn the 2024-25 financial year, spending rose.\n');
  const text = ctx.model.text;
  const hover = (hoverAt(ctx, text.indexOf('2024-25') + 2)!.contents as MarkupContentLike).value;
  assert.match(hover, /^\*\*the year from 2024 into 2025\*\*/);
  assert.match(hover, /TIMEX3 DATE `2024`; through `2025`/);
});

test('an agreement without a name: its hover says so, and no glossary fix offers to file it', async () => {
  const { glossaryActions } = await import('../../server/src/features/glossaryActions');
  const ctx = ctxFor('Both sides agreed a prisoner exchange deal on Monday. The deal was welcomed.\n');
  const text = ctx.model.text;
  const hover = (at: number) => (hoverAt(ctx, at)!.contents as MarkupContentLike).value;
  assert.equal(hover(text.indexOf('prisoner')), '**a prisoner exchange deal** · agreement · not named: marked by what it is about');
  assert.match(hover(text.indexOf('The deal') + 5), /^Refers to \*\*a prisoner exchange deal\*\* \(earlier in the article\)\n\n\*\*a prisoner exchange deal\*\* · agreement · not named/);
  const file = { uri: 'file:///ws/glossary.yaml', text: 'entries: []\n', version: null };
  assert.deepEqual(glossaryActions(ctx, ctx.model.agreements, file, true), []);
});

test('the outline lists each actor and agreement once, and not the anaphors', async () => {
  const { documentSymbols } = await import('../../server/src/features/symbols');
  const ctx = accordArticle();
  const text = ctx.model.text;
  const groups = documentSymbols(ctx);
  const children = (g: string) => groups.find((s) => s.name === g)?.children ?? [];
  const names = (g: string) => children(g).map((c) => c.name);
  assert.deepEqual(names('Agreements'), ['Erbil Accord']);
  assert.deepEqual(names('Actors'), ['Kurdistan Regional Government', 'Peshmerga commanders']);
  // Each entry leads to the first mention.
  assert.equal(ctx.lines.offsetAt(children('Agreements')[0].range.start), text.indexOf('Erbil Accord'));
  assert.equal(ctx.lines.offsetAt(children('Actors')[0].range.start), text.indexOf('KRG'));
  // An anaphor of an agreement the glossary does not know ("The pact") is no second agreement.
  const pact = ctxFor('The Baghdad Water Pact was signed in March. The pact holds.\n');
  assert.deepEqual(documentSymbols(pact).find((s) => s.name === 'Agreements')?.children?.map((c) => c.name), ['Baghdad Water Pact']);
  // Descriptions in common nouns come after the names, in a group of their own.
  const rebels = ctxFor('The rebels shelled Goma on Monday, and troops of the Congolese army withdrew, the UN said.\n');
  const actors = documentSymbols(rebels).find((s) => s.name === 'Actors')?.children ?? [];
  const last = actors[actors.length - 1];
  assert.equal(last.name, 'Described, not named');
  assert.ok(last.children!.length > 0 && last.children!.every((c) => !/\p{Lu}/u.test(c.name.replace(/^The /, ''))), JSON.stringify(last.children!.map((c) => c.name)));
  assert.deepEqual(actors.map((c) => c.name), ['Congolese army', 'UN', 'Described, not named']);
  assert.deepEqual(last.children!.map((c) => c.name), ['The rebels', 'troops']);
});

test('semantic tokens: actors carry their category and "unlinked" when not in the glossary; sources are tokens; a range request stays in range', async () => {
  const { semanticTokens } = await import('../../server/src/features/semanticTokens');
  const ctx = accordArticle();
  const text = ctx.model.text;
  const tokens = collectTokens(ctx);
  const at = (s: string, type: string) => tokens.find((t) => t.type === type && text.slice(t.start, t.end) === s);
  assert.deepEqual(at('KRG', 'actor')?.modifiers, ['government']);
  assert.deepEqual(at('Peshmerga commanders', 'source')?.modifiers, []);
  const pmf = ctxFor('The Popular Mobilization Forces attacked a base.\n');
  const pmfToken = collectTokens(pmf).find((t) => t.type === 'actor');
  assert.deepEqual(pmfToken?.modifiers, ['military', 'unlinked']);
  // The source token paints over the actor inside it; the actor's own modifiers are on the model's token list.
  const second = text.indexOf('\n\n');
  const all = semanticTokens(ctx).data.length / 5;
  const firstParagraph = semanticTokens(ctx, 0, second).data.length / 5;
  assert.ok(firstParagraph > 0 && firstParagraph < all, `${firstParagraph} of ${all}`);
  assert.equal(firstParagraph, tokens.filter((t) => t.start < second).length);
});

test('the "insert the resolved date" fix is offered for relative dates only, and not twice', async () => {
  const { dateActions } = await import('../../server/src/features/dateActions');
  const ctx = accordArticle();
  const text = ctx.model.text;
  const titles = (s: string) => dateActions(ctx, text.indexOf(s), text.indexOf(s) + s.length, [], '2025-11-28').map((a) => a.title);
  assert.deepEqual(titles('Thursday'), ['Insert the resolved date: "Thursday (Thursday 13 November 2025)"']);
  assert.deepEqual(titles('13 November 2025'), []);
  assert.deepEqual(titles('three years'), []);
  assert.deepEqual(titles('recently'), []);
  const done = ctxFor('---\ndate: 2025-11-14\n---\nOfficials met on Thursday (Thursday 13 November 2025).\n');
  const t = done.model.text;
  assert.deepEqual(dateActions(done, t.indexOf('Thursday'), t.indexOf('Thursday') + 8, [], '2025-11-28'), []);
});

test('overlapping: the items of a sorted list over a range, as a filter of them all (nested, touching, unsorted lists)', async () => {
  const { overlapping } = await import('../../server/src/features/context');
  // The definition: every item that starts before the range's end and ends after its start, in order.
  const expected = <T extends { start: number; end: number }>(items: T[], s: number, e: number) => items.filter((it) => it.start < e && it.end > s);
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  let checked = 0;
  for (let round = 0; round < 60; round++) {
    // Short items, some long ones over many (nesting), some empty, starts repeated; every 5th list left unsorted.
    const items = Array.from({ length: 1 + rnd(40) }, () => {
      const start = rnd(200);
      return { start, end: start + (rnd(10) ? rnd(8) : rnd(120)) };
    });
    if (round % 5) items.sort((a, b) => a.start - b.start);
    for (let s = -2; s < 330; s += 1 + rnd(4)) {
      for (const e of [s, s + 1, s + rnd(30), s + 200]) {
        assert.deepEqual(overlapping(items, s, e), expected(items, s, e), `${JSON.stringify(items)} [${s}, ${e})`);
        checked++;
      }
    }
  }
  assert.ok(checked > 5000);
});

test('semantic tokens of a range: those of the whole document that overlap it, however it cuts them (old definition)', async () => {
  const { semanticTokens } = await import('../../server/src/features/semanticTokens');
  const { SemanticTokensBuilder } = await import('vscode-languageserver');
  // The old definition: every token of the document made and cut, then those overlapping the range encoded.
  const old = (ctx: DocContext, from: number, to: number): number[] => {
    const builder = new SemanticTokensBuilder();
    for (const t of collectTokens(ctx)) {
      if (t.end <= from || t.start >= to) continue;
      const s = ctx.lines.positionAt(t.start);
      const e = ctx.lines.positionAt(t.end);
      for (let line = s.line; line <= e.line; line++) {
        const startChar = line === s.line ? s.character : 0;
        const endChar = line === e.line ? e.character : ctx.lines.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - ctx.lines.offsetAt({ line, character: 0 });
        if (endChar > startChar) builder.push(line, startChar, endChar - startChar, ['date', 'actor', 'agreement', 'claim', 'source'].indexOf(t.type), bits(t.modifiers));
      }
    }
    return builder.build().data;
  };
  const mods = ['person', 'official', 'government', 'military', 'organization', 'country', 'group', 'unlinked', 'relative', 'vague', 'manual'];
  const bits = (m: string[]) => m.reduce((b, x) => b | (1 << mods.indexOf(x)), 0);
  const texts = [
    accordArticle(),
    ctxFor('---\ndate: 2025-11-14\n---\nThey cited the 2008 Strategic Framework Agreement on Monday.\nThe UN said. The UN and the\nEU said on\nTuesday, the 2008 Strategic Framework Agreement held.\n'),
    ctxFor(`${'UN and EU officials said on Monday. '.repeat(30)}\n\nThe ministry said the UN would act.\n`),
  ];
  for (const ctx of texts) {
    const n = ctx.model.text.length;
    assert.ok(collectTokens(ctx).length > 2);
    for (let a = -1; a <= n + 1; a += 3) {
      for (const b of [a, a + 1, a + 7, a + 40, a + 400, Infinity]) {
        assert.deepEqual(semanticTokens(ctx, a, b).data, old(ctx, a, b), `[${a}, ${b})`);
      }
    }
  }
});

test('a date counted from the date before it says so in its hover, not that the article date gave it', () => {
  const text = '---\ndate: 2026-03-12\n---\nThe deal was signed in July 2022. Russia withdrew from it a year later. Talks resumed on Monday.\n';
  const ctx = ctxFor(text);
  const hover = (s: string) => (hoverAt(ctx, text.indexOf(s) + 2)!.contents as MarkupContentLike).value;
  for (const [at, inferred] of [
    ['a year later', 'date inferred from the date before it'],
    ['Monday', 'week inferred from the article date'],
  ]) {
    assert.ok(hover(at).includes(`; ${inferred}`), `${at}: ${hover(at)}`);
  }
  assert.doesNotMatch(hover('a year later'), /inferred from the article date/);
  // A clock that takes the day under discussion too.
  const clocks = '---\ndate: 2025-11-14\n---\nAt 2:30 a.m. on Thursday a drone struck. A second was intercepted at 2:47 a.m.\n';
  const c2 = ctxFor(clocks);
  const h2 = (hoverAt(c2, clocks.indexOf('2:47') + 2)!.contents as MarkupContentLike).value;
  assert.ok(h2.includes('; day inferred from the date before it'), h2);
});

test("a dateline without a year: the hover says how the year was chosen, by the reader's day or by the lead's weekday", () => {
  const gazetteer = createGazetteer({ entries: [], stoplist: [] });
  const article = (text: string): string => {
    const model = analyze(text, { gazetteer, today: '2026-11-30' });
    const ctx: DocContext = { uri: 'file:///a.news', model, lines: new LineIndex(text), gazetteer, markdown: true };
    return (hoverAt(ctx, text.indexOf('Oct. 3') + 2)!.contents as MarkupContentLike).value.split('\n').pop()!;
  };
  // 3 October 2026 is a Saturday: the lead's "on Friday" is 3 October 2025.
  assert.equal(article('SEOUL, Oct. 3 (Wire) - The ministers agreed on Friday to resume talks.\n'), 'Article date: 2025-10-03 (from dateline; year assumed, the latest in which 3 October is a Friday, as the lead says: the dateline gives none)');
  assert.equal(article('SEOUL, Oct. 3 (Wire) - The ministers agreed to resume talks.\n'), 'Article date: 2026-10-03 (from dateline; year assumed, the latest such day up to today: the dateline gives none)');
});

test('inlay hints after relative dates that name no figure ("last year", "next week"), not after those that spell it out', async () => {
  const { inlayHints } = await import('../../server/src/features/inlayHints');
  const text = '---\ndate: 2026-03-12\n---\nPrices rose last year and in 2023. Talks resume next week, two years after they began, and end by the end of the month. They met on Monday, 9 March 2026, and now wait.\n';
  const ctx = ctxFor(text);
  const hints = inlayHints(ctx, 0, text.length).map((h) => [text.slice(0, ctx.lines.offsetAt(h.position)).split(/\s/).slice(-2).join(' '), h.label, (h.tooltip as { value: string }).value]);
  assert.deepEqual(hints, [
    ['last year', ' 2025', '2025'],
    ['next week', ' 2026-W12', 'the week of 16 March 2026'],
    ['the month', ' 2026-03', 'late March 2026'],
  ]);
});

test('an unresolved date\'s diagnostic says what to add to the front matter, in words a reader can follow', () => {
  const ctx = ctxFor('Officials met on Monday.\n');
  assert.deepEqual(ctx.model.findings.map((f) => f.message), ['"Monday" is relative, but the article has no date to resolve it against. Add "date: YYYY-MM-DD" to the front matter.']);
});

test('"Insert the resolved date" is offered where an inlay hint is: after "last year" too, not after "2023"', async () => {
  const { dateActions } = await import('../../server/src/features/dateActions');
  const ctx = ctxFor('---\ndate: 2026-03-12\n---\nPrices rose last year and in 2023.\n');
  const text = ctx.model.text;
  const titles = (s: string) => dateActions(ctx, text.indexOf(s), text.indexOf(s) + s.length, [], '2026-11-30').map((a) => a.title);
  assert.deepEqual(titles('last year'), ['Insert the resolved date: "last year (2025)"']);
  assert.deepEqual(titles('2023'), []);
});

test('plaintext hovers: a description\'s emphasis, markdown line breaks and the separator before a dropped command link are gone', () => {
  const md = entryMarkdown(
    { id: 'aes', label: 'Alliance of Sahel States', kind: 'actor', category: 'organization', aliases: ['AES'], parties: ['x'], signed: '2024-06-12', description: 'A confederation of *Mali*, *Burkina Faso* and 2 \\* 3 *units*.', links: ['https://en.wikipedia.org/wiki/AES'] } as any,
    ctxFor('Nothing.\n'),
  );
  assert.equal(
    toPlainText(md),
    'Alliance of Sahel States · actor · organization\n\nA confederation of Mali, Burkina Faso and 2 * 3 units.\n\nAlso: AES\nParties: x\nSigned: 2024-06-12\n\nen.wikipedia.org <https://en.wikipedia.org/wiki/AES>',
  );
});

test('hovers of vague sources say who, vaguely, and that the source names no one', () => {
  const text = '---\ndate: 2026-03-12\n---\nAid agencies say cholera cases have doubled since January. It is widely believed that mines were laid. Officials familiar with the talks said they would resume.\n';
  const ctx = ctxFor(text);
  const hover = (s: string, d = 1) => (hoverAt(ctx, text.indexOf(s) + d)!.contents as MarkupContentLike).value;
  assert.equal(hover('cholera', 3), 'Vague source **Aid agencies** (cue “say”): this claim (trend) names no one who could be checked.');
  assert.equal(hover(' say ', 2), 'Attribution cue “say”: source **Aid agencies** (vague: names no one)');
  assert.equal(hover('It is widely'), 'Attribution cue “It is widely believed”: no source named');
  assert.match(hover('said they'), /: source \*\*Officials familiar with the talks\*\* \(anonymous: a role, no name\)$/);
});

test('the hover says where the article date came from in words', () => {
  const hover = (text: string, referenceDate?: string) => {
    const gazetteer = createGazetteer({ entries: [], stoplist: [] });
    const ctx: DocContext = { uri: 'file:///a.news', model: analyze(text, { gazetteer, referenceDate }), lines: new LineIndex(text), gazetteer, markdown: true };
    return (hoverAt(ctx, text.indexOf('Monday') + 2)!.contents as MarkupContentLike).value.split('\n').pop();
  };
  assert.equal(hover('---\ndate: 2026-03-12\n---\nThey met on Monday.\n'), 'Article date: 2026-03-12 (from front matter)');
  assert.equal(hover('They met on Monday.\n', '2026-03-12'), 'Article date: 2026-03-12 (from the policyLens.referenceDate setting or --reference-date)');
  assert.equal(hover('KYIV, March 12, 2026 - They met on Monday.\n'), 'Article date: 2026-03-12 (from dateline)');
});
