// How the claim rules are silenced: the `policy-lens-ignore` markers on a sentence or on the line before it, and the
// front matter's switches for the whole file (see claims.ts's opening comment). Apart from claims.ts because it reads
// markers and settings, not claims.
import type { FrontMatter } from './types';
import type { Segmentation } from './segment';
import { skipBlanks } from './chars';

const MARKER = /(?:<!--\s*|\[)policy-lens-ignore(?:\s+([\w-]+(?:[\s,]+[\w-]+)*))?\s*(?:-->|\])/g;

/** Rules the front matter switches off for the whole file. */
export function fileDisabledRules(fm: FrontMatter | null): string[] {
  const v = fm?.data['policy-lens'] ?? fm?.data['policyLens'];
  if (!v || typeof v !== 'object') return [];
  const o = v as Record<string, unknown>;
  const out: string[] = [];
  if (o.claims === false) out.push('unsourced-claim', 'vague-attribution');
  if (Array.isArray(o.ignore)) {
    for (const r of o.ignore) if (typeof r === 'string') out.push(r);
  } else if (typeof o.ignore === 'string') {
    out.push(o.ignore);
  }
  return out;
}

/** Whether a rule is off for the file or silenced by a marker on this sentence (an empty set silences all). */
export function silenced(off: Set<string>, sup: Set<string> | undefined, code: string): boolean {
  return off.has(code) || (sup !== undefined && (sup.size === 0 || sup.has(code)));
}

/** The first non-blank character could open a suppression marker ("<!--" or "["). */
export function mayOpenMarker(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(skipBlanks(text, start, end));
  return c === 60 || c === 91;
}

/** Sentence index -> rules silenced there (an empty set silences every rule). */
export function suppressions(text: string, seg: Segmentation): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  // (Every marker holds its name: one search spares the regex's scan of an article that has none.)
  if (!text.includes('policy-lens-ignore')) return out;
  const from = seg.paragraphs[0]?.start ?? text.length;
  MARKER.lastIndex = from;
  let si = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const rules = new Set((m[1] ?? '').split(/[\s,]+/).filter(Boolean));
    // Alone on its line: only blanks between it and the line breaks (scanned over the blanks only).
    let a = m.index;
    while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
    let b = m.index + m[0].length;
    while (b < text.length && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b++;
    const alone = (a === 0 || text[a - 1] === '\n') && (b === text.length || text[b] === '\n');
    while (si + 1 < seg.sentences.length && seg.sentences[si + 1].start <= m.index) si++;
    let target = -1;
    if (alone) {
      // The marker on a line of its own silences the first sentence that starts after it.
      // (The line may have been joined to the sentence below it: the first sentence ending past it.)
      for (let k = si; k < seg.sentences.length; k++) {
        if (seg.sentences[k].end > m.index + m[0].length && /\S/.test(text.slice(Math.max(seg.sentences[k].start, m.index + m[0].length), seg.sentences[k].end))) {
          target = k;
          break;
        }
      }
    } else if (si < seg.sentences.length && seg.sentences[si].start <= m.index) {
      // At the end of a sentence: the sentence that holds the marker, or the one that ends right before it.
      target = text.slice(seg.sentences[si].start, m.index).trim() ? si : si - 1;
    }
    if (target >= 0) out.set(target, rules);
  }
  return out;
}
