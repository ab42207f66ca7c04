// A reference list's entries (referenceEntries), which cite and report nothing, and the footnote attributions whose
// source is only their marker, which take the author of the note they point to (noteSources). Both read the notes.
import type { AttributionAnnotation, TextSpan } from './types';
import type { Segmentation } from './segment';
import { isDigitCode, lazyRegExp } from './chars';
/** The key of a note's marker: "[4]" and "4." and "⁴" are all "4". */
function noteKey(marker: string): string {
  let k = '';
  for (const ch of marker) {
    const i = SUPERSCRIPT_DIGITS.indexOf(ch);
    if (i >= 0) k += String(i);
    else if (ch >= '0' && ch <= '9') k += ch;
    else if (ch !== '[' && ch !== ']' && ch !== '.' && ch !== ':') k += ch;
  }
  return k;
}
const SUPERSCRIPT_DIGITS = '\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079';
/** A note's marker at its line's head: "[4]", a Markdown footnote's "[^4]:", a plain-text "^4", "4.", "¹". */
const NOTE_MARKER = '(?:\\[\\d{1,3}\\]|\\[\\^[\\w-]{1,20}\\]:?|\\^\\d{1,3}|\\d{1,3}\\.|[\\u00b9\\u00b2\\u00b3\\u2070\\u2074-\\u2079]{1,3})';
/** A note's author after its marker: up to the first comma, full stop or bracket ("Global Coalition to Protect ..."). */
const NOTE_AUTHOR_RE = lazyRegExp(() => new RegExp(`^${NOTE_MARKER}\\s+(\\p{Lu}[^,.;:()*\\n"\\u201c]{1,80}?)\\s*[,.(]`, 'u'));

/** Footnote attributions whose source is only their marker get the author of the note they point to. */
export function noteSources(text: string, refs: number[], out: AttributionAnnotation[]): void {
  const notes = new Map<string, TextSpan>();
  for (let k = 0; k < refs.length; k += 2) {
    const m = NOTE_AUTHOR_RE().exec(text.slice(refs[k], Math.min(refs[k + 1], refs[k] + 120)));
    if (!m) continue;
    const key = noteKey(m[0].slice(0, m[0].search(/\s/)));
    const at = refs[k] + m[0].indexOf(m[1]);
    if (!notes.has(key)) notes.set(key, { start: at, end: at + m[1].length, text: m[1] });
  }
  if (!notes.size) return;
  for (const a of out) {
    if (!a.source || a.source.start !== a.start || a.source.end !== a.end) continue;
    const note = notes.get(noteKey(a.text));
    if (note) a.source = note;
  }
}

/** A notes section's heading: "References", "**Notes**", "## Sources". */
const NOTES_HEADING_RE = /^(?:#{1,6}\s*)?[*_]{0,2}(?:our\s+)?(?:references|notes|endnotes|footnotes|sources|bibliography|works\s+cited|further\s+reading)[*_]{0,2}:?[*_]{0,2}$/i;
/** A year of a reference: 1800 to 2099. */
const YEAR_RE = /\b(?:1[89]|20)\d\d\b/;
/** A note's marker (NOTE_MARKER) at the start of its line, then a blank. */
const NOTE_ENTRY_RE = new RegExp(`^${NOTE_MARKER}\\s`);

/**
 * The paragraphs of a reference list, as [start, end, start, end, ...] in order: entries under a notes heading, and
 * anywhere entries marked "[n]" or with a superscript that give a year ('[2] Ministry of Foreign Affairs, "Statement on
 * the Black Sea Initiative", 17 July 2023.').
 */
export function referenceEntries(text: string, seg: Segmentation): number[] {
  const out: number[] = [];
  let inNotes = false;
  for (let k = 0; k < seg.paragraphs.length; k++) {
    const p = seg.paragraphs[k];
    const c = text.charCodeAt(p.start);
    const len = p.end - p.start;
    if (len <= 40 && NOTES_HEADING_RE.test(text.slice(p.start, p.end))) {
      inNotes = true;
      continue;
    }
    // (Cheap checks first: an entry opens with "[", a digit or a superscript.)
    const entry = (c === 91 || c === 94 || isDigitCode(c) || c > 127) && NOTE_ENTRY_RE.test(text.slice(p.start, Math.min(p.end, p.start + 26)));
    // (Under the heading a fact check's "Sources" list needs no markers: a short entry that gives a year is one,
    // '"AB-1893 Vehicles: Fire Extinguishers." California Legislative Information, 2025.')
    if (!entry && inNotes && len < 300 && YEAR_RE.test(text.slice(p.start, p.end))) {
      out.push(p.start, p.end);
      continue;
    }
    if (!entry) {
      inNotes = false;
      continue;
    }
    if (inNotes || (!isDigitCode(c) && len < 400 && YEAR_RE.test(text.slice(p.start, p.end)))) out.push(p.start, p.end);
  }
  return out;
}
