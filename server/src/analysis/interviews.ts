// An interview's parties: the answers under a magazine interview's bold questions, and the interviewer, the
// interviewee, a briefing's briefer and the asker's label that the speaker-label pass reads; with the credit lines
// and procedure that close a turn. Apart from speechPasses.ts because they answer who asks and who answers.
import type { AttributionAnnotation, Span, TextSpan } from './types';
import type { Segmentation } from './segment';
import { isSpaceCode, lazyRegExp, skipBlanks } from './chars';
import { lowerBound } from './order';
import { creditAt } from './credits';
import { GIVEN_NAMES } from './givenNames';
import { make } from './speechPasses';

/**
 * A magazine interview sets its questions in bold and the answers plain below them: "**How serious is that?**" then
 * "Very serious. ...". With two such questions or more, each run of answer paragraphs is the interviewee's, named by
 * the headline or the introduction ("A Conversation with Ingrid Solberg", "Ingrid Solberg, a former envoy, spoke to
 * ..."); the closing emphasis of the question is the cue.
 */
export function interviewAnswers(text: string, seg: Segmentation, out: AttributionAnnotation[]): void {
  const ps = seg.paragraphs;
  const asks: number[] = [];
  for (let j = 0; j < ps.length; j++) if (boldQuestion(text, ps[j])) asks.push(j);
  if (asks.length < 2) return;
  const who = intervieweeBefore(text, seg, asks[0]);
  if (!who) return;
  const byStart = out.map((a) => a.start).sort((x, y) => x - y);
  for (let n = 0; n < asks.length; n++) {
    const first = asks[n] + 1;
    const until = n + 1 < asks.length ? asks[n + 1] : ps.length;
    let last = first - 1;
    while (last + 1 < until && !CREDIT_LINE_RE.test(text.slice(ps[last + 1].start, ps[last + 1].start + 60)) && !EDITED_NOTE_RE.test(text.slice(ps[last + 1].start, Math.min(ps[last + 1].end, ps[last + 1].start + 200)))) last++;
    if (last < first) continue;
    // (An answer a label already gives its speaker, "A: ...", is the label's.)
    const k = lowerBound(byStart, ps[first].start);
    if (k < byStart.length && byStart[k] < ps[first].start + 2 && text.charCodeAt(ps[first].start) !== 34) continue;
    const q = ps[asks[n]];
    out.push(make(text, { start: q.end - 2, end: q.end }, who, { start: ps[first].start, end: ps[last].end }));
  }
}

/** A paragraph in bold that asks: "**Was Eritrea the missing party?**". */
function boldQuestion(text: string, p: Span): boolean {
  const c = text.charCodeAt(p.start);
  if (!(c === 42 || c === 95) || p.end - p.start < 6 || p.end - p.start > 1200) return false;
  if (text.charCodeAt(p.start + 1) !== c || text.charCodeAt(p.end - 1) !== c || text.charCodeAt(p.end - 2) !== c) return false;
  return text.slice(p.start, p.end).includes('?');
}

/** "This interview has been edited and condensed." */
const EDITED_NOTE_RE = /^\s*[*_]?(?:This|The)\s+(?:interview|conversation|transcript)\s+(?:has\s+been|was)\s+(?:edited|condensed|translated|lightly)/i;
const NAME_PART = "\\p{Lu}[\\p{L}'\\u2019.-]+";
/** "A Conversation with Ingrid Solberg", "An interview with ...", "Q&A with ...". */
const INTERVIEW_WITH_RE = new RegExp(`\\b(?:[Cc]onversation|[Ii]nterview|Q&A|[Tt]alks?|[Ss]peaks?)\\s+[Ww]ith\\s+((?:${NAME_PART}\\s+){1,3}${NAME_PART})`, 'u');
/** "Ingrid Solberg, a former ambassador, spoke to ...", "Ingrid Solberg spoke with ...". */
const SPOKE_TO_RE = new RegExp(`((?:${NAME_PART}\\s+){1,3}${NAME_PART})(?:,[^,.;\\n]{3,100},)?\\s+(?:spoke|talked)\\s+(?:to|with)\\b`, 'u');
/** An introduction that opens with the interviewee's name: "Ingrid Solberg spent 31 years ...". */
const OPENS_WITH_NAME_RE = new RegExp(`^((?:${NAME_PART}\\s+){1,2}${NAME_PART})(?:,|\\s+\\p{Ll})`, 'u');

/** Where a match's first group stands, found in the text of paragraph p from its start. */
function groupSpan(p: Span, m: RegExpExecArray): TextSpan {
  const at = p.start + m.index + m[0].indexOf(m[1]);
  return { start: at, end: at + m[1].length, text: m[1] };
}

/**
 * The interviewer named in the (up to four) paragraphs before the first question: "spoke to our diplomatic editor,
 * Jane Roe,", "Interviewed by Jane Roe", a byline "By Jane Roe".
 */
export function interviewerBefore(text: string, seg: Segmentation, first: number): TextSpan | null {
  for (let j = Math.max(0, first - 4); j < first; j++) {
    const p = seg.paragraphs[j];
    const head = text.slice(p.start, Math.min(p.end, p.start + 600));
    // (A byline that opens the paragraph, as segmentation found it: its first name.)
    const m = creditAt(seg.credits, p.start, 'byline') ? BYLINE_NAME_RE().exec(head) : head.includes(' to ') || head.includes(' with ') || head.includes(' by ') ? INTERVIEWER_RE().exec(head) : null;
    if (m) return groupSpan(p, m);
  }
  return null;
}
const INTERVIEWER_RE = lazyRegExp(() => /(?:\b(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+(?:(?:our|the|a|an|this\s+newspaper['\u2019]s)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+,?\s+)?|\b(?:[Ii]nterview(?:ed)?|[Cc]onducted|[Qq]uestions)\s+(?:(?:conducted|asked)\s+)?by\s+)((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}\p{Lu}[\p{L}'\u2019.-]+)/u);
/** The first name of a byline: "Jane Roe" of "By Jane Roe and John Doe". */
const BYLINE_NAME_RE = lazyRegExp(() => /^By\s+((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}\p{Lu}[\p{L}'\u2019.-]+)/u);

/** The interviewee named in the (up to four) paragraphs before the first question. */
function intervieweeBefore(text: string, seg: Segmentation, first: number): TextSpan | null {
  let opener: TextSpan | null = null;
  for (let j = Math.max(0, first - 4); j < first; j++) {
    const p = seg.paragraphs[j];
    const head = text.slice(p.start, Math.min(p.end, p.start + 600));
    const w = INTERVIEW_WITH_RE.exec(head);
    if (w) return groupSpan(p, w);
    const m = SPOKE_TO_RE.exec(head);
    if (m && GIVEN_NAMES.has(m[1].split(/\s+/)[0].toLowerCase())) return groupSpan(p, m);
    const o = opener ? null : OPENS_WITH_NAME_RE.exec(head);
    if (o && GIVEN_NAMES.has(o[1].split(/\s+/)[0].toLowerCase())) opener = groupSpan(p, o);
  }
  return opener;
}

/**
 * The label of a paragraph that a transcript's asker opens: "Q:", or a publication named with "The" ("The Economist:");
 * null when there is none. (Speaker labels proper are speakerLabelAt's.)
 */
export function askerLabelAt(text: string, p: Span): TextSpan | null {
  const q = skipBlanks(text, p.start, p.end);
  // ("**Question**: Stéphane, does ...": the UN's noon briefing sets the label in bold, the colon after it.)
  if (text.charCodeAt(q) === 42 && text.charCodeAt(q + 1) === 42 && text.charCodeAt(q + 2) === 81) {
    const m = BOLD_QUESTION_RE.exec(text.slice(q, q + 16));
    return m ? { start: q + 2, end: q + m[0].length - 2, text: 'QUESTION' } : null;
  }
  if (text.charCodeAt(q) === 81 && text.charCodeAt(q + 1) === 58 && isSpaceCode(text.charCodeAt(q + 2))) return { start: q, end: q + 1, text: 'Q' };
  // ("QUESTION: ...", as the State Department's briefing transcripts mark the press's questions: a bare "Q:"; so does
  // the Kremlin's "Question: Mr President, ...".)
  if (text.charCodeAt(q) === 81 && (text.startsWith('QUESTION:', q) || text.startsWith('Question:', q)) && isSpaceCode(text.charCodeAt(q + 9))) return { start: q, end: q + 8, text: 'QUESTION' };
  const m = text.charCodeAt(q) === 84 ? PUBLICATION_LABEL_RE.exec(text.slice(q, q + 48)) : null;
  return m ? { start: q, end: q + m[1].length, text: m[1] } : null;
}
const BOLD_QUESTION_RE = /^\*\*(?:Question|QUESTION|Q)\*\*:\s/;
const PUBLICATION_LABEL_RE = /^(The\s+\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2}):\s+\S/u;
/** After "Q:", the reporter who asks: " Reporter (AFP), Jean-Luc Martin:" (the name in 1, the colon after it in 2). */
export const REPORTER_LABEL_RE = lazyRegExp(() => /^\s+(?:Reporter|Journalist|Correspondent|Question)\s*(?:\([^()\n]{1,40}\))?\s*,\s*(\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+){0,3})(\s*(?:\([^()\n]{1,40}\))?:)/u);
/** A briefing's lead: the one who answers, then the act ("Lin Jian answered questions", "Zakharova held a briefing"). */
const BRIEFER_RE = lazyRegExp(() => /((?:\p{Lu}[\p{L}'\u2019.-]+\s+){0,3}\p{Lu}[\p{L}'\u2019.-]+)\s+(?:(?:on|this|last)\s+\p{Lu}?[a-z]+\s+)?(?:answered|took|fielded|held|hosted|gave)\s+(?:an?\s+|the\s+|(?:reporters|journalists)['\u2019]\s+)?(?:[a-z-]+\s+){0,2}(?:questions|briefing|press\s+conference|news\s+conference)\b/u);
/** A briefing and who gave it: "noon briefing by Stéphane Dujarric", "press conference by Spokesperson Lin Jian". */
const BRIEFING_BY_RE = lazyRegExp(() => /\b(?:briefing|press\s+conference|news\s+conference)\s+by\s+((?:\p{Lu}[\p{L}'\u2019.-]+\s+){0,3}\p{Lu}[\p{L}'\u2019.-]+)/u);

/** The one who answers in a briefing whose lead stands in the (up to three) paragraphs before `first`. */
export function brieferBefore(text: string, seg: Segmentation, first: number): TextSpan | null {
  for (let j = first - 1; j >= 0 && j >= first - 3; j--) {
    const p = seg.paragraphs[j];
    const head = text.slice(p.start, Math.min(p.end, p.start + 600));
    // ("... today's noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General": the briefing, then who gave it.)
    const m = BRIEFER_RE().exec(head) ?? (head.includes(' by ') ? BRIEFING_BY_RE().exec(head) : null);
    if (m) return groupSpan(p, m);
  }
  return null;
}
/** A credit line that closes an interview: "Interview conducted by ...", "Interviewed by ...". */
const CREDIT_LINE_RE = /^\s*(?:\*|_)?(?:Interview|Interviewed|Conducted|Reporting|Edited|Translated|Compiled|Questions)\b[^.\n]{0,40}\bby\b/i;

/**
 * Whether a paragraph's head closes the turn before it: a credit line, or the record's own procedure between the
 * speeches ("Question put.", "The House divided: Ayes 312, Noes 201.", "Resolved, That ...", "Sitting suspended.").
 */
export function closesTurn(head: string): boolean {
  return CREDIT_LINE_RE.test(head) || PROCEDURE_RE.test(head);
}
const PROCEDURE_RE = /^\s*(?:Question\s+(?:put|accordingly|agreed|negatived|proposed)\b|(?:The\s+)?(?:House|Committee|Lords|Commons|Senate|Chamber)\s+(?:divided|adjourned|rose|suspended|resumed)\b|(?:Resolved|Ordered),\s|Division\s+(?:No\.?\s*)?\d|Sitting\s+(?:suspended|resumed)\b|Motion\s+(?:made|agreed|withdrawn|carried)|Amendments?\s+(?:proposed|made|agreed|negatived|withdrawn)\b|Bill\s+(?:read|accordingly|passed|committed)\b|Ayes\s+\d|Contents\s+\d)/;
