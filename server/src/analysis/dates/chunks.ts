// Cutting paragraphs into bounded chunks, so that no parser ever sees unbounded text.
import type { Span } from '../types';
import { isSpaceAt, isSpaceCode } from '../chars';

/** Longest chunk handed to a parser; chrono-node is quadratic in its input, so this bounds the cost. */
export const MAX_CHUNK = 1500;

/** Splits [start,end) of text into chunks of at most `max` characters, cutting at sentence ends or spaces. */
export function chunksOf(text: string, span: Span, max = MAX_CHUNK): Span[] {
  const out: Span[] = [];
  let pos = Math.max(0, span.start);
  const end = Math.min(text.length, span.end);
  while (pos < end) {
    if (end - pos <= max) {
      out.push({ start: pos, end });
      break;
    }
    const limit = pos + max;
    let cut = -1;
    // Prefer the last sentence end in the window, then the last space, else a hard cut.
    for (let i = limit - 1; i > pos + max / 2; i--) {
      const c = text.charCodeAt(i);
      if ((c === 46 || c === 33 || c === 63) && isSpaceAt(text, i + 1)) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      for (let i = limit - 1; i > pos + max / 4; i--) {
        if (isSpaceCode(text.charCodeAt(i))) {
          cut = i + 1;
          break;
        }
      }
    }
    if (cut < 0) {
      cut = limit;
      // Never split a surrogate pair.
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    out.push({ start: pos, end: cut });
    pos = cut;
  }
  return out;
}

/** A cheap test for anything date-like, so most chunks skip the expensive parsers. */
export const DATE_HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|now|current|recent|previous|formerly|past|future|soon|shortly|present|day|moment|half|week|month|quarter|year|decade|centur|millenn|hour|minute|second|morning|afternoon|evening|night|overnight|noon|midnight|midday|dawn|dusk|daybreak|nightfall|term\b|spring|summer|fall|autumn|winter|annual|biennial|daily|hourly|nightly|earlier|later|lately|once|nineties|eighties|seventies|sixties|fifties|forties|thirties|twenties|period|fortnight|ago\b|nineteen|eighteen|thousand|christmas|easter|lent\b|advent\b|pentecost|whitsun|halloween|thanksgiving|independence|valentine|bastille|veterans|armistice|hogmanay|juneteenth|diwali|deepavali|holi\b|nava?ratri|passover|pesach|ramad|ramzan|ramazan|purim|shavuo|sukko|succo|t[e\u1ebf]t\b|rosh|kippur|hann?ukk?ah|chanukk?ah|eid\b)/i;
