// What a verb cue reports once its source is read (contentOfCue): the clause before the cue ("CONTENT, X said.") or
// the rest of the sentence after it, up to a second verb of saying or a contrast that opens with a name.
import type { Sentence, Span, TextSpan } from './types';
import { backOverBlanks, execLong, lazyRegExp, skipBlanks, testLong } from './chars';
import { isTailOrComma, lastNonBlank, onlyLeadOpeners, thatLength } from './speechChars';
import { trimSpan } from './speechPasses';
/** The opening of a relative clause set off by a comma, up to its verb ("Russia, which has repeatedly"). */
/** A relative clause set off by a comma whose subject stands between "which" and the cue: ", which his lawyers ". */
const RELATIVE_OBJECT_OPEN_RE = /,\s+which\s+(?:[\p{Lu}][\p{L}'\u2019.-]*|the|his|her|its|their|people|[a-z]+s)(?:\s+[\p{L}'\u2019.-]+){0,5}\s+$/u;
// ("The bus, whose driver said he was tired, overturned": and "whose" with the noun it owns.)
const RELATIVE_OPEN_RE = /,\s+(?:which|who|whose\s+[a-z][a-z'\u2019-]*(?:\s+[a-z][a-z'\u2019-]*)?)\s+(?:(?:has|have|had|also|long|repeatedly|previously|[a-z]+ly)\s+)*$/;
/** ", but ISW has", ", though Kyiv says": a contrast whose clause opens with a name (not "I"). */
const BUT_NAMED_RE = lazyRegExp(() => /,\s+(?:but|though|although|whereas)\s+(?!I\b)(?=\p{Lu}\p{L}*\s+(?:has|have|had|is|was|says|said|did|does|denied|denies|disputes|rejected)\b)/u);
/** "and said", ", but denied": a second verb of saying in the same clause. */
const AND_SAID_RE = /,?\s+(?:and|but)\s+(?:also\s+)?(?:said|says|added|adds|denied|denies|told|insisted|warned|stressed|noted|argued)\b/;
/** AND_SAID_RE without its leading blanks, which keep the engine from skipping ahead to "and"/"but": a cheaper pre-check. */
const AND_SAID_GATE_RE = /(?:and|but)\s+(?:also\s+)?(?:said|says|added|adds|denied|denies|told|insisted|warned|stressed|noted|argued)\b/;
// (The words before those patterns are sought by one pattern each, not by a search per word: every multi-letter
// `includes` is a call into the runtime, dear on the article's two-byte text.)
/** " and " or " but ", which every AND_SAID_GATE_RE match in a window of the content has around it. */
const AND_OR_BUT_RE = / (?:and|but) /;
/** " but ", "though " or " whereas ", one of which every BUT_NAMED_RE match holds. */
const CONTRAST_WORDS_RE = / but |though | whereas /;

/** What a verb cue reports: the clause before it ("CONTENT, X said.") or the rest of the sentence after it. */
/**
 * Where and beside whom the words were said, running to the sentence's end past the 80 characters a tail is read in:
 * "..., Rutte told a press conference at NATO headquarters in Brussels alongside Supreme Allied Commander Europe
 * General Alexus Grynkewich." Only names, places and a few small words, so no clause of its own hides in it.
 */
const SETTING_TO_END_RE = /^\s+(?:at|in|alongside|beside)\s+(?:(?:the|a|an|at|in|on|of|and|alongside|beside|with|during|headquarters|visiting|his|her|its|their|\p{Lu}[\p{L}'\u2019.-]*|\d{1,4})\s+){1,18}?(?:\p{Lu}[\p{L}'\u2019.-]*|headquarters|\d{1,4})\s*[.!?]?["\u201d]?\s*$/u;
function settingTailToEnd(text: string, s: Sentence, from: number): boolean {
  const n = s.end - from;
  if (n < 80 || n > 220) return false;
  const c = text.charCodeAt(from + 1);
  return (c === 97 || c === 105) && SETTING_TO_END_RE.test(text.slice(from, s.end));
}

export function contentOfCue(text: string, s: Sentence, cue: Span, src: TextSpan, sourceFirst: boolean, restFrom: number, isSpeech: boolean): Span {
  // Only bounded windows are read around the cue, so a huge sentence with many cues stays linear.
  const leadEnd = sourceFirst ? src.start : cue.start;
  const leadLast = lastNonBlank(text.slice(Math.max(s.start, leadEnd - 8), leadEnd));
  const rest = text.slice(restFrom, Math.min(s.end, restFrom + 80));
  if (
    (leadEnd - s.start > 8 || !onlyLeadOpeners(text, s.start, Math.min(leadEnd, s.start + 8))) &&
    // (Or the two apostrophes that close a quotation in the typewriter style of older wire copy: "``We had one
    // cancellation,'' said Mary Jones".)
    (leadLast === 44 || leadLast === 0x201d || leadLast === 34 || (leadLast === 39 && text.slice(Math.max(s.start, leadEnd - 8), leadEnd).trimEnd().endsWith("''"))) &&
    // '"...," X said after Y failed to appear.': in a sentence that opens with the quotation, and with the source
    // right before its verb, what follows the verb is no content unless it opens like one ("that", a colon, another
    // quotation).
    (isTailOrComma(rest, s.end - restFrom < 80) ||
      settingTailToEnd(text, s, restFrom) ||
      (leadLast !== 44 && sourceFirst && cue.start - src.end < 24 && !/[,;]/.test(text.slice(src.end, cue.start)) && opensWithQuotation(text, s.start, leadEnd) && !CONTENT_OPENS_RE.test(rest)))
  ) {
    return trimSpan(text, s.start, sourceFirst ? src.start : cue.start);
  }
  // ("echoed that view.": a "that" with only a noun after it is its determiner, no complementiser.)
  const that = s.end - restFrom < 40 && testLong(THAT_NOUN_ONLY_RE, text.slice(restFrom, s.end)) ? 0 : thatLength(text.slice(restFrom, Math.min(s.end, restFrom + 100)));
  let content = trimSpan(text, restFrom + that, s.end);
  // ("He welcomed the decision and said it was overdue": the next verb of saying starts another report.)
  const window = text.slice(content.start, Math.min(content.end, content.start + 300));
  const said = testLong(AND_OR_BUT_RE, window) && AND_SAID_GATE_RE.test(window) ? AND_SAID_RE.exec(window) : null;
  if (said) content = { start: content.start, end: content.start + said.index };
  // "claimed that Russian forces seized the village, but ISW has not observed ...": a new subject with a name after
  // "but" speaks for itself.
  const turn = window.includes(', ') && testLong(CONTRAST_WORDS_RE, window) ? BUT_NAMED_RE().exec(window) : null;
  if (turn && content.start + turn.index < content.end) content = { start: content.start, end: content.start + turn.index };
  // "Russia, which has called for the office to be closed, said ...": a cue inside a relative clause set off by
  // commas reports up to the clause's closing comma.
  const before40 = text.slice(Math.max(s.start, cue.start - 40), cue.start);
  if ((before40.includes('which') || before40.includes('who')) && RELATIVE_OPEN_RE.test(before40)) {
    const close = /,\s+(?=(?:said|says|told|tells|added|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|[a-z]{3,}ed)\b)/.exec(text.slice(content.start, Math.min(content.end, content.start + 300)));
    if (close) content = { start: content.start, end: content.start + close.index };
  } else if (before40.includes('which') ? RELATIVE_OBJECT_OPEN_RE.test(before40) : cue.start - s.start > 48 && RELATIVE_OBJECT_OPEN_RE.test(text.slice(Math.max(s.start, cue.start - 64), cue.start))) {
    // ("The sentence, which his lawyers said they would appeal, caps a trial": so does one whose relative pronoun is
    // what is reported on, its subject between; the main clause's verb follows the closing comma.)
    const close = /,\s+(?=[a-z]+s?\b)(?!(?:and|but|or|as|if|when|while|after|before|because|though|although|saying|adding)\b)/.exec(text.slice(content.start, Math.min(content.end, content.start + 200)));
    if (close) content = { start: content.start, end: content.start + close.index };
  }
  if (!isSpeech) {
    // ("opposed the move, arguing that ...": what the participle after it says is its own report.)
    const cut = execLong(/;\s|,\s+(?:and|but|while|whereas|arguing|saying|insisting|adding|claiming|noting|warning|stressing|citing)\s/, text.slice(content.start, Math.min(content.end, content.start + 600)));
    if (cut) content = { start: content.start, end: content.start + cut.index };
  } else if (window.includes(', ')) {
    // ("Police said a man had been arrested, adding that no one was hurt": so after a verb of saying, a participle of
    // saying after a comma is the next report, shared source and all.)
    content = beforeSayingParticiple(text, content);
  }
  // ("The Wall Street Journal, citing people familiar with the matter, reported that": a participle set off after its
  // subject cites up to its closing comma, before the sentence's own verb.)
  if (cue.start - s.start > 4 && text.charCodeAt(backOverBlanks(text, cue.start, s.start) - 1) === 44 && text.charCodeAt(cue.end - 1) === 103 && window.includes(', ')) {
    const close = SUBJECT_VERB_AFTER_COMMA_RE.exec(window);
    if (close && content.start + close.index < content.end) content = { start: content.start, end: content.start + close.index };
  }
  // ("The military said its forces repelled the attack, a claim that could not be independently verified": the writer's
  // note on the claim, after it, is no part of it.)
  if (window.includes(', a') && (window.includes('verif') || window.includes('confirm') || window.includes('corroborat'))) {
    const note = UNVERIFIED_NOTE_RE.exec(window);
    if (note && content.start + note.index < content.end) content = { start: content.start, end: content.start + note.index };
  }
  return content;
}

/** A comma, then the verb of the sentence a participle was set into: ", reported", ", said", ", has said". */
const SUBJECT_VERB_AFTER_COMMA_RE = /,\s+(?:(?:has|have|had|also|later|earlier|previously|first)\s+)?(?:said|says|reported|reports|told|wrote|added|announced|confirmed|denied|warned|claimed|alleged)\b/;

/** A writer's note that a claim could not be checked: ", a claim that could not be independently verified", ", an account
 * Reuters was unable to confirm". */
const UNVERIFIED_NOTE_RE = /,\s+(?:a|an)\s+(?:claim|assertion|account|figure|toll|number|report|statement|allegation)\s+(?:that\s+|which\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:not|n['\u2019]t|unable\s+to|no\s+way\s+to)\s+(?:be\s+)?(?:immediately\s+|independently\s+)*(?:verif|confirm|corroborat)/;

/** A content up to a comma and a participle of saying that opens a report of its own (", adding that", ", citing"). */
export function beforeSayingParticiple(text: string, content: Span): Span {
  const cut = SAYING_PARTICIPLE_RE.exec(text.slice(content.start, Math.min(content.end, content.start + 300)));
  return cut ? { start: content.start, end: content.start + cut.index } : content;
}

/** A comma and a participle of saying that opens a report of its own: ", adding that", ", citing"; or ", according to". */
const SAYING_PARTICIPLE_RE = /,\s+(?:adding|saying|noting|citing|insisting|arguing|claiming|stressing|according\s+to)\s/;

/** What opens a content after the verb: "that" (not "that night"), a colon, a quotation. */
const CONTENT_OPENS_RE = /^\s*(?:that\b(?!\s+(?:night|day|morning|afternoon|evening|week|month|year|time)\b)|[:"\u201c])/;

/** Whether text[from, to) is a quotation opening at from (after blanks), ending at to (after blanks). */
function opensWithQuotation(text: string, from: number, to: number): boolean {
  const i = skipBlanks(text, from, to);
  const c = text.charCodeAt(i);
  return (c === 34 || c === 0x201c) && to - i > 2;
}
/** "that" and one word to the sentence's end: "that view.", "that assessment." */
const THAT_NOUN_ONLY_RE = /^\s+that\s+(?!(?:yesterday|today|tonight|again|too|also|before|last|this|earlier|later|now|then|once|twice|publicly|repeatedly|privately|himself|herself|themselves|week|month|year|day|night|morning|evening|out|up|off|down|away|back|in|on|over)\b)[\p{Ll}-]+\s*[.!?]?\s*$/u;
