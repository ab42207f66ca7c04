// The text report: its inline marks (whatever the annotations, the article text survives and the marks nest)
// and its timeline order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { markUp } from '../../server/src/cli/text';
import { inDateOrder } from '../../server/src/analysis/dates/calendar';
import type { ActorAnnotation, ArticleModel } from '../../server/src/analysis/types';

function modelOf(text: string, spans: [number, number][]): ArticleModel {
  const actors: ActorAnnotation[] = spans
    .map(([a, b]) => ({ kind: 'actor' as const, start: Math.min(a, b), end: Math.max(a, b), text: '', category: 'group' as const, entity: null }))
    .sort((x, y) => x.start - y.start || x.end - y.end);
  for (const a of actors) a.text = text.slice(a.start, a.end);
  return { text, dates: [], actors, agreements: [], attributions: [] } as unknown as ArticleModel;
}

/** The marks of markUp's plain output as (open | close) events, and the text with them taken out. */
function unmark(marked: string): { text: string; balanced: boolean; closes: number } {
  let text = '';
  let depth = 0;
  let balanced = true;
  let closes = 0;
  for (let i = 0; i < marked.length; i++) {
    if (marked[i] === '[') depth++;
    else if (marked[i] === '|') {
      i = marked.indexOf(']', i);
      depth--;
      closes++;
      if (depth < 0) balanced = false;
    } else text += marked[i];
  }
  return { text, balanced: balanced && depth === 0, closes };
}

test('marked-up text keeps every character and its marks nest, for any set of spans', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é') }), fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 12 }), (text, raw) => {
      const spans = raw.map(([a, b]) => [Math.min(a, text.length), Math.min(b, text.length)] as [number, number]);
      const m = modelOf(text, spans);
      const r = unmark(markUp(m, false));
      assert.equal(r.text, text);
      assert.ok(r.balanced, 'well nested');
      // Spans that are nested or apart (none crosses another) are all kept.
      const nonEmpty = m.actors.filter((a) => a.end > a.start);
      const crossing = nonEmpty.some((x) => nonEmpty.some((y) => x.start < y.start && y.start < x.end && x.end < y.end));
      if (!crossing) assert.equal(r.closes, nonEmpty.length);
    }),
  );
});

test('a span that crosses an open one is dropped; nested and equal spans are kept, inner closed first', () => {
  const text = 'the United Nations Security Council met';
  const m = modelOf(text, [
    [4, 35],
    [4, 18],
    [11, 27],
    [4, 18],
  ]);
  assert.equal(markUp(m, false), 'the [[[United Nations|group]|group] Security Council|group] met');
});

test('the timeline orders dates by when they begin, ties in their first order', () => {
  // Each value's place: a quarter at its first month, a season at its first month, a week at its Monday.
  const order = ['2024', '2025-SU', '2025-Q3', '2025-11', '2025-W46', '2025-11-13', '2025-11-14', '2025-11-14T09:00', 'P5Y', 'XXXX-10'];
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...order), fc.nat()), { maxLength: 40 }), (rows) => {
      const dates = rows.map(([value, id]) => ({ value, id }));
      assert.deepEqual(inDateOrder(dates), [...dates].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value)));
    }),
  );
});
