// The reasons a sentence with claim features is still no claim to source: a recommendation, a standing note, a law's
// or a treaty's own terms, a recorded decision or result, a market's record, a document's or an issuer's own words, and
// the like. Apart from claims.ts because each is a small rule with its own patterns, and claims.ts asks them all at once.
import type { ActorAnnotation, AttributionAnnotation, Sentence, Span } from './types';
import { lowerBound } from './order';
import type { Segmentation } from './segment';
import { afterListMarker } from './sentences';
import { scoreText } from './claimFeatures';
import { backOverBlanks, codeAt, isAsciiUpperCode, isDigitCode, isWordCode, lazyRegExp, skipBlanks, testLong } from './chars';
import { type IssuerNames, issuersActs, OBSERVER_STATEMENT, OPINION_PIECE, SITUATION_REPORT, STATISTICAL_RELEASE, SURVEILLANCE_REPORT } from './documentKinds';
import { onlySocialReach, searchedInVain, underCheckLabel } from './factCheckWords';

/**
 * What is no claim though it has claim features: a recommendation, a standing note, a recorded decision, a sentence that
 * names its own source, an issuer's own words (or, in an agency's report, `reporter`'s), a law's terms, a treaty's own
 * words, a transition into sources, an election's declared result, an observer mission's or a surveillance report's own
 * record (as the document's `kind` says). (Asked only of what would be one, the rarer case.)
 */
export function notAClaim(text: string, start: number, end: number, own: string, reasons: string[], bits: number, seg: Segmentation, si: number, buckets: (AttributionAnnotation[] | undefined)[], issuer: boolean, reporter: string[] | null, kind: number, named: IssuerNames | null, prevCleared = false): boolean {
  const s = seg.sentences[si];
  return claimlessFragment(text, start, end, reasons) || ((kind & OPINION_PIECE) !== 0 && authorsOwnView(own, reasons)) || recommends(text, start, end) || scheduleNote(text, start, end, reasons) || lawsTerms(text, start, end, reasons) || recordedDecision(text, start, end, own, reasons, bits, si > 0 && seg.sentences[si - 1].paragraph === s.paragraph ? seg.sentences[si - 1] : undefined) || electionResult(text, start, end, reasons) || marketRecord(text, start, end, reasons) || marketMoveOnly(text, start, end, reasons) || marketMoveFigure(text, start, end, reasons) || releasedCount(text, start, end, reasons) || (kind !== 0 && documentsOwnRecord(text, start, end, reasons, kind)) || namesOwnSource(text, start, end, own, bits, si > 0 && seg.sentences[si - 1].paragraph === s.paragraph ? buckets[si - 1] : undefined) || (issuer && (issuersOwnWords(text, start, end, seg.paragraphs[s.paragraph]) || (named !== null && issuersActs(text, start, named)))) || leadsIntoSources(text, start, end, reasons, seg.sentences[si + 1], buckets[si + 1]) || sourcingNote(text, start, end) || contactBlock(text, start, end) || treatyOwnWords(text, start, end, reasons) || (si > 0 && seg.sentences[si - 1].paragraph === s.paragraph && (continuesAssessment(text, start, end, seg.sentences[si - 1], buckets[si - 1]) || continuesCount(text, start, end, reasons, buckets[si - 1]))) || onlyAskedWhether(own, bits) || onlySocialReach(own, bits) || underCheckLabel(text, seg, s.paragraph) || searchedInVain(text, start, end) || (reporter !== null && reporter.some((name) => reportersOwnWords(text, start, end, name))) || ((reporter !== null || (kind & SITUATION_REPORT) !== 0) && partnersWork(text, start, end)) || (reporter === null && (kind & SITUATION_REPORT) !== 0 && agencysWork(text, start, end)) || (seg.sentences[si + 1]?.paragraph === s.paragraph && sourcedInNext(text, reasons, seg.sentences[si + 1], buckets[si + 1])) || (si > 0 && s.paragraph - seg.sentences[si - 1].paragraph <= 1 && derivedFromSourced(text, start, end, reasons, buckets[si - 1], prevCleared));
}

/**
 * "Nothing to see.", "Nothing to report here.", "None whatsoever.", "All of it.": a fragment with no verb of its own,
 * only an all-or-nothing word and what it is about; it states nothing anyone could source.
 */
function claimlessFragment(text: string, start: number, end: number, reasons: string[]): boolean {
  return reasons.length === 1 && reasons[0] === 'generalisation' && !hasWords(text, start, end, 6) && FRAGMENT_RE.test(text.slice(start, end));
}
const FRAGMENT_RE = /^\W*(?:(?:absolutely|almost|just|really)\s+)?(?:nothing|none|nobody|no\s+one|everything|everyone|everybody|all)(?:\s+(?:at\s+all|else|new|more|whatsoever|yet|here|there|to\s+[a-z]+|about|for|of\s+(?:it|that|this|them|us)))*\s*[.!?\u2026]*["'\u201d\u2019)]*\s*$/i;

/**
 * In an opinion piece, its unattributed judgments, predictions and generalisations ("None of this will be easy", "That
 * target will almost certainly be missed") are the author's argument; the facts it gives with figures ("England built
 * about 200,000 homes last year", "House prices are now more than eight times average earnings") still need a source.
 */
function authorsOwnView(own: string, reasons: string[]): boolean {
  return !reasons.includes('figure') && !(reasons.includes('comparison') && MULTIPLE_RE.test(own));
}
/** A multiple: "eight times", "twice", "fivefold", "3.5 times". */
const MULTIPLE_RE = /\b(?:twice|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)\s*(?:times|-?fold)|(?:two|three|four|five|six|seven|eight|nine|ten)fold)\b/i;

/**
 * "Historians have long argued over whether the treaty made the war inevitable", "It is unclear whether the truce will
 * hold": what a "whether" clause holds is asked, not asserted. Whether the rest of the sentence, less that clause (up to
 * its comma, semicolon or colon), still claims anything.
 */
function onlyAskedWhether(own: string, bits: number): boolean {
  const w = own.indexOf('whether');
  if (w < 0 || (w > 0 && isWordCode(own.charCodeAt(w - 1))) || isWordCode(codeAt(own, w + 7))) return false;
  let e = w + 7;
  while (e < own.length && own.charCodeAt(e) !== 44 && own.charCodeAt(e) !== 59 && own.charCodeAt(e) !== 58) e++;
  return !scoreText(own.slice(0, w) + own.slice(e), bits).reasons.length;
}

/**
 * The factors of an assessment just given, in the sentence after it: "WHO assesses the overall risk as high. Factors
 * include insufficient vaccine supply and weak surveillance." The list is the assessor's, as the assessment is.
 */
function continuesAssessment(text: string, start: number, end: number, prev: Sentence, prevAtts: AttributionAnnotation[] | undefined): boolean {
  const head = text.slice(start, Math.min(end, start + 60));
  if (!head.includes(' include') || !FACTORS_INCLUDE_RE.test(head)) return false;
  if (prevAtts?.some((a) => !a.vague && !a.anonymous && !!a.source)) return true;
  return ASSESSES_RE().test(text.slice(prev.start, Math.min(prev.end, prev.start + 120)));
}
/**
 * A figure in the unit of a count that a named source gave in the sentence before, and nothing else to claim: "Russian
 * forces attacked along the front 154 times, the General Staff said. The heaviest fighting was near Pokrovsk, where
 * Russian forces attacked 54 times." The part of the count goes on with the source of the whole.
 */
function continuesCount(text: string, start: number, end: number, reasons: string[], prevAtts: AttributionAnnotation[] | undefined): boolean {
  if (!prevAtts || reasons.length !== 1 || reasons[0] !== 'figure') return false;
  let counted: string | null = null;
  for (let k = 0; k < prevAtts.length; k++) {
    const a = prevAtts[k];
    if (a.vague || !a.source || !a.content || a.content.end - a.content.start > 400) continue;
    counted = `${counted ?? ''} ${text.slice(a.content.start, a.content.end).toLowerCase()}`;
  }
  if (counted === null) return false;
  // (The units counted in the sentence, each the word right after a figure: "54 times", "12 drones".)
  const own = text.slice(start, Math.min(end, start + 300));
  COUNT_UNIT_RE.lastIndex = 0;
  for (let m = COUNT_UNIT_RE.exec(own); m; m = COUNT_UNIT_RE.exec(own)) {
    const unit = m[1].toLowerCase();
    if (UNITLESS.has(unit)) continue;
    for (let i = counted.indexOf(` ${unit}`); i >= 0; i = counted.indexOf(` ${unit}`, i + 1)) {
      if (isDigitCode(counted.charCodeAt(i - 1)) && !isWordCode(codeAt(counted, i + 1 + unit.length))) return true;
    }
  }
  return false;
}
/** A figure and the word it counts: "54 times", "1,200 drones". */
const COUNT_UNIT_RE = /\d[\d,.]*\s+([A-Za-z]{3,})/g;
/** Words after a figure that count nothing of their own (a share, a scale, a span of time). */
const UNITLESS = new Set(['and', 'the', 'per', 'percent', 'cent', 'million', 'billion', 'trillion', 'years', 'year', 'days', 'day', 'months', 'month', 'weeks', 'hours']);
/** "Factors include", "Contributing factors include", "Key drivers included": a list of an assessment's grounds. */
const FACTORS_INCLUDE_RE = /^\W*(?:(?:the\s+)?(?:main|key|contributing|underlying|aggravating|major|other)\s+)?(?:factors|drivers|reasons|grounds|risk\s+factors)\s+(?:for\s+this\s+)?include[ds]?\b/i;
/** A named body that assesses or rates something: "WHO assesses the overall risk as high", "ECDC considers the risk". */
const ASSESSES_RE = lazyRegExp(() => /^\W*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,6}(?:(?:currently|now|also|still)\s+)?(?:assesses|assessed|considers|considered|rates|rated|judges|judged|classifies|classified|grades|graded)\s/u);

/**
 * What a law, a rule, a deal or one of their provisions lays down, in a sentence it opens: "Under the act, companies
 * face fines of up to €35 million", "Under the DMA, gatekeepers face fines of up to 10%", "Under the constitution, a
 * candidate must win more than 50 per cent", "Under Article XV of the agreement, the withdrawal takes effect six months
 * after notification", "In accordance with article 28 (2) of the Agreement, ...". Its figures, limits, rules and what
 * will happen are the text's own terms, not the reporter's claim; a cause or a trend is still a claim ("Under the
 * deal, prices rose 40% because of the tariffs"), and so is what happens under anything else ("Under pressure, ...").
 */
function lawsTerms(text: string, start: number, end: number, reasons: string[]): boolean {
  const at = skipBlanks(text, start, end);
  const c = text.charCodeAt(at);
  // (Every opener starts "Under", "In accordance", "Pursuant" or "As provided".)
  if (c !== 85 && c !== 73 && c !== 80 && c !== 65) return false;
  if (!reasonsWithin(reasons, LAW_TERM_REASONS)) return false;
  const head = text.slice(at, Math.min(end, at + 160));
  return head.includes(',') && (testLong(UNDER_LAW_RE, head) || PROVISION_OPEN_RE().test(head));
}
const LAW_TERM_REASONS = new Set(['figure', 'comparison', 'superlative', 'evaluative', 'prediction', 'generalisation']);
/** The reasons a treaty's own clauses may give: its figures, comparisons, what will happen and its scope. */
const TREATY_TERM_REASONS = new Set(['figure', 'comparison', 'prediction', 'generalisation']);
/** Whether every reason is one of `allowed`. */
function reasonsWithin(reasons: readonly string[], allowed: ReadonlySet<string>): boolean {
  for (let k = 0; k < reasons.length; k++) if (!allowed.has(reasons[k])) return false;
  return true;
}
/** "Under the act,", "Under the new rules,", "Under the Digital Markets Act,", "Under the DMA,", "Under the electoral law,";
 * with the law's number in brackets or when it was made: "Under the AI Act (Regulation (EU) 2024/1689),", "Under the
 * framework agreement reached in August,"; an article of a treaty with a long name: "Under Article 258 of the Treaty on
 * the Functioning of the European Union (TFEU),". */
const UNDER_LAW_RE = /^Under\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\w'-]+\s+){0,6}?(?:act|law|laws|rules?|regulations?|directive|deal|agreement|accord|treaty|pact|code|order|bill|framework|ruling|decision|settlement|plan|constitution|charter|statutes?|truce|ceasefire|arrangement|protocol|convention|memorandum|partnership|[A-Z]{2,6}|Act|Law|Regulation|Directive|Agreement|Accord|Treaty|Code|Order|Bill|Framework|Constitution|Charter|Deal|Pact|Truce|Protocol|Convention|Arrangement|Partnership|Understanding|\d+)(?:\s+of\s+the\s+[\w\s]{1,60}?)?(?:\s+\((?:[^()]|\([^()]{0,12}\)){1,60}\))?(?:\s+(?:reached|signed|agreed|adopted|struck|concluded|approved|passed|sealed)\s+(?:in|on|last|this|earlier)\s+[\w\s]{1,24}?)?\s*,/;

/**
 * A treaty's own words, quoted or set out whole: a preamble's clause, which ends on its comma or semicolon
 * ("Recognising that the Mara River is a shared resource of vital importance to both Parties,"); an operative clause
 * that acts as it speaks ("The Parties hereby establish a Joint Commission, which shall meet at least twice a year");
 * what the Parties shall do ("Each Party shall reduce its emissions by 40 percent"); and a final clause on when the
 * text is in force ("This Memorandum will come into effect upon signature and will remain in effect for five years",
 * "The treaty opened for signature on March 4 and will remain open for signature until March 3, 2027").
 */
function treatyOwnWords(text: string, start: number, end: number, reasons: string[]): boolean {
  const last = text.charCodeAt(backOverBlanks(text, end) - 1);
  const head = text.slice(start, Math.min(end, start + 240));
  if ((last === 44 || last === 59) && PREAMBLE_RE.test(head)) return true;
  if (head.includes(' hereby ')) return true;
  // ("This Convention shall be open for signature by all States": its generalisations are the text's scope.)
  if (!reasonsWithin(reasons, TREATY_TERM_REASONS)) return false;
  if (head.includes('Part') && head.includes(' shall ') && PARTIES_SHALL_RE().test(head)) return true;
  if (!FINAL_CLAUSE_WORDS_RE.test(head)) return false;
  // (An article's heading on the line above runs into its first sentence: "Commencement and duration⏎This Memorandum ...".)
  const nl = head.indexOf('\n');
  return FINAL_CLAUSE_RE().test(nl > 0 && nl < 60 ? head.slice(nl + 1) : head);
}
/** A preamble's opening word: "Recalling", "Recognizing", "Mindful of", "Deeply concerned", "Having regard to". */
const PREAMBLE_RE = /^\W*(?:\d+\.\s+)?(?:(?:Further|Also)\s+)?(?:Recalling|Recognising|Recognizing|Noting|Acknowledging|Considering|Desiring|Reaffirming|Affirming|Convinced|Determined|Mindful|Bearing\s+in\s+mind|Emphasi[sz]ing|Stressing|Welcoming|Conscious|Aware|(?:Deeply\s+|Gravely\s+)?[Cc]oncerned|Taking\s+(?:into\s+account|note)|Guided\s+by|Having\s+regard|Expressing|Underlining|Reiterating|Believing|Seeking|Wishing|Resolved|Inspired|Encouraged|Acting\s+under)\b/;
/** What the Parties shall do: "The Parties shall", "Each Party shall", "Either Contracting Party shall not". */
const PARTIES_SHALL_RE = lazyRegExp(() => /^\W*(?:\d+\.\s+)?(?:The\s+|Each\s+|Either\s+|Any\s+|A\s+|No\s+|All\s+)?(?:High\s+)?(?:Contracting\s+)?(?:States?\s+)?Part(?:y|ies)\s+(?:(?:to\s+(?:this|the)\s+\p{Lu}\p{L}+|concerned|hereto),?\s+)?shall\b/u);
/** Words of which every FINAL_CLAUSE_RE match holds one (one search, not four `includes`). */
const FINAL_CLAUSE_WORDS_RE = /force|effect|open|expire/;
/** A treaty, by name or as "this Agreement", as subject of its own entry into force, term or signature. */
const FINAL_CLAUSE_RE = lazyRegExp(() => /^\W*(?:\d+\.\s+)?(?:This|The|Its)\s+(?:[\p{L}\d-]+\s+){0,6}?(?:Agreement|Treaty|Convention|Memorandum|Protocol|Declaration|Accord|Charter|Arrangement|treaty|agreement|convention|memorandum|protocol|accord|pact)\s+(?:(?:shall|will|may)\s+(?:(?:not|only|automatically|also|then)\s+)?(?:enter\s+into\s+force|come\s+into\s+(?:force|effect)|take\s+effect|remain\s+(?:in\s+(?:force|effect)|open|valid)|expire|cease\s+to\s+have\s+effect|be\s+open\s+for\s+signature)|(?:enters|entered)\s+into\s+force|(?:comes|came)\s+into\s+(?:force|effect)|(?:takes|took)\s+effect|(?:remains|remained)\s+in\s+(?:force|effect)|expires|(?:was\s+|is\s+)?opened\s+for\s+signature|is\s+open\s+for\s+signature)\b/u);
/** A provision or a treaty's terms opening the sentence, up to its comma: "Under Article 6 of the treaty,", "Under the
 * terms of the accord,", "Pursuant to article 12,", "Under the safeguard chapter,". */
const PROVISION_OPEN_RE = lazyRegExp(() => /^(?:Under|In\s+accordance\s+with|Pursuant\s+to|As\s+provided\s+(?:for\s+)?(?:in|by))\s+(?:the\s+terms\s+of\s+)?(?:(?:(?:the|this|its|that)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:[Aa]rticle|[Ss]ection|[Pp]aragraph|[Aa]nnex|[Cc]hapter|[Cc]lause|[Pp]rovisions?|[Pp]rotocol|[Tt]erms)(?:\s+[\dIVXLC]+(?:\.\d+)*(?:\s?\(\w{1,3}\))*)?|(?:the|this|that|its)\s+(?:(?:\d{4}|new|original|interim|draft|landmark)\s+)?(?:treaty|agreement|accord|convention|memorandum|pact|deal|charter|Treaty|Agreement|Convention|Memorandum|Charter))(?:\s+of\s+(?:the|this|its|that)\s+(?:[\p{L}-]+\s+){0,5}?(?:treaty|agreement|accord|convention|protocol|charter|memorandum|pact|deal|Treaty|Agreement|Convention|Protocol|Charter|Memorandum))?\s*,/u);


/** A telephone number or an e-mail address: a contact block's line ("Tel.: +47 22 24 00 00", "press@example.no"). */
const CONTACT_RE = /[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:tel|phone|mobile|fax)\b|\+\d{1,3}[\s\d()-]{6,}\d/i;

/**
 * A contact block under a press release or a letter ("Kari Nordmann⏎Press Officer, Ministry of Energy⏎Tel.: +47 22
 * 24 00 00⏎Email: press@example.no"): short lines, none ending as a sentence ends, one a telephone number or an e-mail
 * address. Its numbers are how to reach someone, not figures.
 */
function contactBlock(text: string, start: number, end: number): boolean {
  if (end - start > 400) return false;
  const t = text.slice(start, end);
  // (One line is no block: most sentences stop here, before the split.)
  if (!t.includes('\n')) return false;
  const lines = t.split('\n');
  if (lines.length < 2 || !CONTACT_RE.test(t)) return false;
  for (const line of lines) {
    const l = line.trim();
    if (l.length > 60 || /[.!?]["'\u201d\u2019)]*$/.test(l)) return false;
  }
  return true;
}

/**
 * A note on how the sources were heard, not a claim: "They spoke on condition of anonymity because they were not
 * authorised to discuss internal deliberations", "The officials were not authorized to speak publicly". (Its reason
 * after "because" says why the source is unnamed.)
 */
function sourcingNote(text: string, start: number, end: number): boolean {
  const t = text.slice(start, Math.min(end, start + 300));
  return (t.includes('anonym') || t.includes('authori') || t.includes('named') || t.includes('identified')) && (SOURCING_NOTE_RE.test(t) || (t.includes(', ') && SOURCING_PARTICIPLE_RE.test(t)));
}

/** The same note as a participle after the source it is about: '"...," a person familiar with the talks said, declining to
 * be identified because the talks are private.' (its reason after "because" is why the source is unnamed). */
const SOURCING_PARTICIPLE_RE = /\b(?:said|says|told|added|wrote)\s*,\s+(?:declining|asking|speaking|requesting|insisting\s+on)\b[^.;:!?]{0,30}?(?:anonymity|anonymously|not\s+to\s+be\s+(?:named|identified)|to\s+be\s+(?:named|identified))\b/;

const SOURCING_NOTE_RE = /^\W*(?:[\p{L}'\u2019-]+\s+){1,6}?(?:(?:spoke|speaks|speak|talked|talks|asked|asks|requested|requests|declined|insisted|(?:was|were)\s+granted|agreed\s+to\s+(?:speak|talk))\b[^.;:!?]{0,40}?(?:anonymity|anonymously|not\s+to\s+be\s+(?:named|identified)|to\s+be\s+identified\s+only)|(?:was|were|are|is)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|discuss|comment|brief)\b)/iu;

/**
 * In an observer mission's statement, what its observers did and found ("Voting was assessed positively in 94 per cent of
 * observations", "The EU EOM deployed 112 observers"); in a surveillance report, its figures for an epidemiological week
 * ("1,284 new cases were reported in EW 45"); in a statistical release, its figures: the document's own record, not a
 * claim it owes a source for.
 */
function documentsOwnRecord(text: string, start: number, end: number, reasons: string[], kind: number): boolean {
  const head = text.slice(start, Math.min(end, start + 240));
  if ((kind & OBSERVER_STATEMENT) !== 0 && OBSERVED_RE.test(head)) return true;
  // (A statistical release's figures are its own statistics: "Energy prices fell by 1.3% compared with November 2025".)
  if ((kind & STATISTICAL_RELEASE) !== 0 && reasonsWithin(reasons, EPI_WEEK_REASONS)) return true;
  if ((kind & SURVEILLANCE_REPORT) === 0 || !reasonsWithin(reasons, EPI_WEEK_REASONS)) return false;
  if ((head.includes('EW') || head.includes('eek')) && EPI_WEEK_RE.test(head)) return true;
  // In a situation report, its count of cases and deaths to date: "Cases have been reported from 51 counties", "a
  // cumulative 48,310 cases, including 812 deaths, have been recorded".
  if ((kind & SITUATION_REPORT) === 0) return false;
  if ((head.includes('ases') || head.includes('eaths')) && CASES_RECORDED_RE.test(head)) return true;
  // Its count to the day it gives, its rates and its tally of the toll and the response: "As of 30 November, 1,240 people
  // have been displaced", "The case fatality rate stands at 1.7 per cent", "At least 27 people have died", "Health: 1,100
  // shelter kits have been distributed".
  return ((head.includes('As of ') || head.includes('As at ')) && AS_OF_RE.test(head)) || ((head.includes(' rate') || head.includes('CFR')) && RATE_STANDS_RE.test(head)) || TOLL_RE().test(head);
}
/** A report's section label before its sentence: "Health: ", "WASH: ", "Food security: ". */
const LABEL = '(?:[A-Z][\\w &/-]{1,30}:\\s+)?';
/** A count to a day: "As of 30 November, ", "As at 23 November 2026, ", "As of Monday, ". */
const AS_OF_RE = new RegExp(`^\\W*${LABEL}As\\s+(?:of|at)\\s+(?:\\d{1,2}\\s+[A-Z][a-z]+|[A-Z][a-z]+\\.?\\s+\\d{1,2}|(?:the\\s+)?end\\s+of\\s+[A-Z][a-z]+|[A-Z][a-z]+day|today|\\d{1,2}/\\d{1,2})[^,;:]{0,16},\\s`);
/** An epidemic's rate and its level: "The case fatality rate stands at", "The CFR is", "The test positivity rate has fallen". */
const RATE_STANDS_RE = new RegExp(`^\\W*${LABEL}(?:[^,;:]{1,50},\\s+)?(?:[Tt]he\\s+)?(?:(?:overall|cumulative|national|current|crude)\\s+)?(?:case[- ]fatality\\s+(?:rate|ratio)|CFR|attack\\s+rate|(?:test\\s+)?positivity\\s+rate|mortality\\s+rate|incidence\\s+rate)(?:\\s+\\(CFR\\))?\\s+(?:stands|stood|is|was|remains|remained|has\\s+(?:risen|fallen|increased|decreased|declined|dropped))\\b`);
/** A figure of people, homes or supplies and what befell them or was done for them: "1,240 people have been displaced",
 * "Some 3,400 houses have been destroyed", "At least 27 people have died and 41 are missing", "1,100 kits have been
 * distributed", "180,000 litres of water are trucked daily". */
const TOLL_RE = lazyRegExp(() => new RegExp(`^\\W*${LABEL}(?:[^,;:]{1,50},\\s+)?(?:(?:[Ss]ome|[Aa]t\\s+least|[Oo]ver|[Mm]ore\\s+than|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Aa]n\\s+estimated|[Aa]\\s+total\\s+of|[Aa]n\\s+additional|[Aa]\\s+further|[Aa]nother)\\s+)?\\d[\\d,.]*(?:\\s+(?:million|thousand))?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:people|persons|individuals|households|families|children|houses|homes|shelters|schools|latrines|kits|patients|IDPs|refugees|migrants|returnees|litres|liters|tonnes|tons)(?:\\s+of\\s+[\\p{L}-]+)?\\s+(?:(?:have|has|had)\\s+(?:been\\s+)?|(?:were|are|was)\\s+)(?:\\p{Ll}{2,}ed|destroyed|killed|missing|hit|built|sent|given|taken)\\b`, 'u'));
/** Cases or deaths, as the subject of their passive count, after at most a short opening phrase: "a cumulative total
 * of 48,120 new cholera cases and 612 deaths were reported". */
const CASES_RECORDED_RE = /^\W*(?:[^,;:]{1,50},\s+)?(?:(?:a|an|the)\s+)?(?:(?:cumulative\s+)?total\s+of\s+)?(?:[\w,.]+\s+){0,4}?(?:cases|deaths)\b(?:\s+and\s+[\d,.]+\s+(?:[\w-]+\s+)?deaths)?(?:,\s+(?:including|of\s+which|with)\s+[^,;]{1,40},)?\s+(?:have\s+been|has\s+been|had\s+been|were|was)\s+(?:(?:now|so\s+far|also)\s+)?(?:reported|recorded|confirmed|notified|registered|detected)\b/i;
/** The words of a mission's observation: its observers, what they observed and assessed, the polling stations they
 * visited, the mission or group by name, its first person ("Our 12-member group", "most polling stations opened on time"). */
const OBSERVED_RE = /observ|\bassessed\b|\bI?EOM\b|\b[Mm]ission\b|\bGroup\b|polling\s+stations?\b|^\W*(?:We|Our)\b/;
const EPI_WEEK_RE = /\bEW\s?\d{1,2}\b|\bepi(?:demiological)?\s+weeks?\s+\d/i;
const EPI_WEEK_REASONS = new Set(['figure', 'comparison', 'trend', 'superlative']);

/**
 * An election's declared result: seats, votes, councils won or lost, a margin, the turnout ("Reform UK won 677 council
 * seats", "Labour lost 187 councillors and control of Doncaster", "won by six votes after a recount", "Turnout was 32
 * per cent"). Its figures are facts of record, as a body's recorded decision is; a result projected, forecast or polled
 * is still a claim, and so is what the result is said to mean ("its best performance ever").
 */
function electionResult(text: string, start: number, end: number, reasons: string[]): boolean {
  if (!reasonsWithin(reasons, RESULT_REASONS)) return false;
  const head = text.slice(start, Math.min(end, start + 200));
  if (!(head.includes(' seat') || head.includes(' vot') || head.includes('majorit') || head.includes('ouncil') || head.includes('urnout') || head.includes(' points') || head.includes(' ward'))) return false;
  if (RESULT_HEDGE_RE.test(head)) return false;
  return TURNOUT_RE.test(head) || RESULT_RE().test(head) || (head.includes('voting') && SHARE_VOTING_RE.test(head));
}
// ("With all 23 councils declared, the Conservatives lost 674 seats", "Labour won every seat in Wales": the whole of a
// count is of record too.)
const RESULT_REASONS = new Set(['figure', 'comparison', 'trend', 'generalisation']);
const RESULT_HEDGE_RE = /\b(?:project(?:s|ed|ions?)|forecasts?|predict(?:s|ed|ions?)|polls?|polling|survey|would|could|might|may|expected\s+to|likely|set\s+to|on\s+(?:course|track)|if)\b/;
const TURNOUT_RE = /^\W*(?:(?:The|Overall|Final|Official|National)\s+)?(?:(?:overall|final|official|national|voter)\s+)?[Tt]urnout\s+(?:was|is|stood\s+at|reached|came\s+to)\s+(?:about\s+|around\s+|just\s+(?:over|under)\s+)?\d/;
/** A referendum's share: "with 65 percent voting yes", "52% voted to leave". */
const SHARE_VOTING_RE = /\d\s*(?:%|per\s*cent|percent)\s+(?:of\s+(?:voters|those\s+voting|ballots)\s+)?vot(?:ed|ing)\s+(?:yes|no|in\s+favou?r|against|for|to)\b/;
/** A verb of winning or losing and, within six words, what was won: "won 677 council seats", "took control of ten councils". */
const RESULT_RE = lazyRegExp(() => /\b(?:won|wins|winning|took|taking|gained|gaining|lost|losing|retained|retaining|held|secured|securing|captured|capturing|carried|picked\s+up|flipped)\s+(?:[^\s;:]+\s+){0,6}?(?:seats?|votes?|councillors?|councils?|wards?|constituencies|mandates|delegates|electoral\s+votes|points|majority)\b/u);

/**
 * A market's record of the day, its prices and volumes as the exchange printed them: "British Gas shed 8.5 pence a share
 * to close at 185 pence", "The Nikkei index fell 148.85 points to 35378.44", "The DAX dropped 19.69 points Friday to
 * 1462.93", "Brent crude futures rose 1.2% to $64.50 a barrel", "Volume was 840.8 million shares". Figures, moves and comparisons only: a cause ("pressured down by
 * profit-taking") or a judgement stays a claim, and so does a forecast.
 */
function marketRecord(text: string, start: number, end: number, reasons: string[]): boolean {
  if (!reasonsWithin(reasons, MARKET_REASONS)) return false;
  const head = text.slice(start, Math.min(end, start + 240));
  // ("Sterling rose 0.4% against the dollar", "The FTSE 100 fell 1.2%": a price's move in per cent, the whole sentence.)
  if (head.includes('%') && MARKET_PERCENT_RE().test(head)) return true;
  if (!MARKET_WORDS_RE.test(head)) return false;
  // ("Approval fell 5 points to 38%", "Unemployment fell 0.2 points": a poll's or a statistic's figure is no price.)
  return !RESULT_HEDGE_RE.test(head) && MARKET_SUBJECT_RE().test(head) && !NOT_MARKET_RE.test(head) && (MARKET_MOVE_RE().test(head) || MARKET_VOLUME_RE.test(head));
}
/** What a market prices or counts: an index, shares, a bond, a commodity, a currency, the day's volume. */
const MARKET_SUBJECT_RE = lazyRegExp(() => /\b(?:index|indexes|indices|shares?|stocks?|[Oo]il\s+prices|Nikkei|Dow|FTSE|DAX|CAC|Hang\s+Seng|S&P|Nasdaq|Stoxx|Kospi|Sensex|Nifty|yields?|bonds?|Treasur(?:y|ies)|crude|Brent|futures|gold|dollar|euro|yen|sterling|pound|rupee|yuan|ruble|rouble|lira|bitcoin|volume|turnover)\b/);
/** A poll's, an economy's or a company's reported figure, which a move in points or pence does not make a price. */
const NOT_MARKET_RE = /\b(?:approval|ratings?|support|poll(?:s|ing)?|unemployment|jobless|inflation|GDP|growth|exports?|imports?|deficit|output|profits?|earnings|revenues?|sales|income|loss(?:es)?)\b/i;
const MARKET_REASONS = new Set(['figure', 'comparison', 'trend', 'superlative']);
/** A currency, a commodity or an index named first, its move in per cent and maybe against what, and nothing else. */
const MARKET_PERCENT_RE = lazyRegExp(() => /^\W*(?:[Tt]he\s+)?(?:(?:British|U\.S\.|US|Japanese|European|Chinese|benchmark|blue-chip|broader|spot|front-month)\s+)*(?:[Ss]terling|pound|dollar|euro|yen|yuan|rupee|lira|rouble|ruble|gold|silver|copper|Brent(?:\s+crude)?|crude|oil|bitcoin|FTSE\s+(?:100|250)|Nikkei(?:\s+225)?|DAX|CAC\s+40|S&P\s+500|Nasdaq(?:\s+Composite)?|Dow(?:\s+Jones\s+Industrial\s+Average)?|STOXX\s+600|Stoxx\s+600|Hang\s+Seng|Kospi|Sensex|Nifty(?:\s+50)?|index)\s+(?:futures\s+)?(?:rose|fell|gained|lost|shed|dropped|climbed|slipped|slid|eased|added|jumped|plunged|surged|tumbled|declined|advanced|rallied|sank|edged\s+(?:up|down|higher|lower)|was\s+(?:up|down))\s+(?:about\s+|nearly\s+|some\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent)(?:\s+(?:against|versus|to|at|on|in)\s[^,;%]{0,40})?\W*$/u);
/** A market record's words, one of which it holds: one search of the head, not seven `includes`. */
const MARKET_WORDS_RE = / points| pence| cents| shares| to close| closed at| settled| a barrel| an ounce| per barrel| per ounce|(?:[Oo]il|[Cc]rude|[Gg]old|[Cc]opper) prices /;
/** A price's move and its size or level: "fell 148.85 points to", "shed 8.5 pence", "closed at 185", "eased 1 to 416". */
const MARKET_MOVE_RE = lazyRegExp(() => /\b(?:rose|fell|gained|lost|shed|dropped|climbed|slipped|slid|eased|added|jumped|plunged|surged|tumbled|declined|advanced|rallied|sank|skidded|edged\s+(?:up|down|higher|lower)|closed|settled|ended|finished|was\s+(?:up|down)|were\s+(?:up|down)|(?<=\b(?:yields?|index|shares|stocks?|bonds?|futures|price|prices)\s)(?:up|down))\s+(?:(?:\w+\s+){0,2}?(?:at|to)\s+)?(?:about\s+|nearly\s+|some\s+)?[$\u00a3\u20ac#]?\d[\d,.]*\s*(?:(?:basis\s+)?points?|pence|p\b|cents?|%|percent|to\s+[$\u00a3\u20ac#]?\d|at\s+[$\u00a3\u20ac#]?\d|on\s+(?:turnover|volume)|on\s+[\d.]+\s+million\s+shares)/);
/** The day's volume: "Volume was 840.8 million shares", "Turnover totalled 11 million shares". */
const MARKET_VOLUME_RE = /^\W*(?:(?:Trading\s+)?[Vv]olume|[Tt]urnover)\s+(?:was|totalled|totaled|came\s+to|reached|rose\s+to|fell\s+to)\s+(?:about\s+)?[\d,.]+\s+(?:million|billion)?\s*shares\b/;

/**
 * A market's move with no figure, read off the market itself: "Shares of Nvidia fell sharply this week", "Oil prices
 * edged higher on Monday", "Asian stocks rallied for a third straight session". What moved, how and when, and nothing
 * else: a cause ("after the company warned"), a figure or a record stays a claim.
 */
function marketMoveOnly(text: string, start: number, end: number, reasons: string[]): boolean {
  if (end - start > 160 || !reasons.includes('trend') || !reasonsWithin(reasons, MOVE_ONLY_REASONS)) return false;
  const head = text.slice(start, end);
  const m = MARKET_MOVED_RE().exec(head);
  if (!m) return false;
  // (Only words of manner and of when after the verb, up to the sentence's end.)
  return onlyMoveTail(head.slice(m[0].length), false);
}
/**
 * Whether `tail`, what follows a market's move up to its sentence's end, holds only words of manner and of when
 * (MOVE_TAIL_WORDS), or, where `quoted`, of what a price is quoted against or where it trades (QUOTED_AGAINST_WORDS).
 */
function onlyMoveTail(tail: string, quoted: boolean): boolean {
  const rest = tail.replace(/[.!]?\s*$/, '');
  if (!/^[\s\p{L}-]*$/u.test(rest)) return false;
  const words = rest.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const w = words[k].toLowerCase();
    if (w !== '' && !MOVE_TAIL_WORDS.has(w) && !(quoted && QUOTED_AGAINST_WORDS.has(w))) return false;
  }
  return true;
}
const MOVE_ONLY_REASONS = new Set(['trend', 'evaluative', 'comparison']);

/**
 * A market's move and its size or level, read off the market itself: "Shares of Nvidia fell 3% on Tuesday", "The yen
 * weakened past 155 per dollar", "Brent crude rose 1.2% to $64.50 a barrel in London trading". The day's news of the
 * market, as marketMoveOnly's is: a cause ("after the company warned"), a record ("the lowest in a decade") or a
 * subject that is no price ("Unemployment fell to 4.1%") stays a claim.
 */
function marketMoveFigure(text: string, start: number, end: number, reasons: string[]): boolean {
  if (end - start > 200 || !reasons.includes('figure') || !reasonsWithin(reasons, MOVE_FIGURE_REASONS)) return false;
  const head = text.slice(start, end);
  const m = MARKET_MOVED_RE().exec(head);
  if (!m) return false;
  const f = MOVE_FIGURE_RE.exec(head.slice(m[0].length));
  if (!f) return false;
  // (Then only words of manner, of when and where, and what a currency is quoted against, up to the sentence's end.)
  // (", extending losses", ", paring early gains": the move's run, no cause.)
  return onlyMoveTail(head.slice(m[0].length + f[0].length).replace(/[.!]?\s*$/, '').replace(MOVE_RUN_AFTER_RE, ''), true);
}
/** The move's run, set off after it: ", extending losses", ", paring early gains", ", its third straight daily gain". */
const MOVE_RUN_AFTER_RE = /,\s+(?:(?:extending|adding\s+to|paring|erasing|reversing|building\s+on)\s+(?:its\s+|their\s+|the\s+)?(?:[a-z-]+\s+){0,2}?(?:losses|gains|declines?|rally|slide|advance|streak)|(?:its|their)\s+(?:second|third|fourth|fifth)\s+(?:straight\s+|consecutive\s+)?(?:daily\s+|weekly\s+)?(?:gain|loss|decline|rise|fall))$/;
const MOVE_FIGURE_REASONS = new Set(['figure', 'trend', 'evaluative', 'comparison']);
/** A move's size, its level or both, right after the verb: " 3%", " 1.2% to $64.50 a barrel", " past 155 per dollar",
 * " by 12 basis points to 4.1%". */
const MOVE_FIGURE_RE = /^\s+(?:(?:up|down|higher|lower)\s+)?(?:(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|more\s+than|as\s+much\s+as)\s+)?[$\u00a3\u20ac]?\d[\d,.]*\s*(?:%|percent|per\s+cent|(?:basis\s+)?points?|cents?|pence|yen)(?=[\s.,!]|$)(?:\s+(?:higher|lower))?)?(?:\s*(?:to|past|above|below|beyond|through|under|at)\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?[$\u00a3\u20ac]?\d[\d,.]*(?:\s*(?:%|percent|per\s+cent|(?:basis\s+)?points?|cents?|pence|yen))?(?:\s+(?:per|a|an|to\s+the|against\s+the)\s+(?:dollar|euro|yen|pound|barrel|ounce|share|tonne|ton)\b)?)?/i;
/** What a price is quoted against or where it trades, after its move: "against the dollar", "on the Nasdaq". */
const QUOTED_AGAINST_WORDS = new Set('against versus dollar euro yen pound greenback nasdaq exchange metal wall street hong kong trade'.split(' '));
/** What a market prices, opening the sentence (maybe with where it trades), and its move: "Shares of Nvidia fell", "Oil
 * prices edged higher", "The dollar weakened", "Nvidia shares tumbled", "Stocks on Wall Street fell"; or its level held
 * ("The euro was steady at", "Gold was flat at", "The yen held unchanged at"). */
const MARKET_MOVED_RE = lazyRegExp(() => /^\W*(?:[Ss]hares\s+(?:of|in)\s+(?:the\s+[a-z-]+(?:\s+[a-z-]+)?|(?:\p{Lu}[\p{L}.&'\u2019-]*\s+){0,3}\p{Lu}[\p{L}.&'\u2019-]*)|(?:\p{Lu}[\p{L}.&'\u2019-]*\s+){1,3}(?:shares|stock)|(?:[Tt]he\s+|(?:India|China|Japan|Britain|Germany|France|Russia|Turkey|Brazil|Mexico|Korea|South\s+Korea|Australia|Canada|Europe|Asia|America)['\u2019]s\s+)?(?:(?:U\.S\.|US|European|Asian|Japanese|Chinese|British|German|[Gg]lobal|[Ww]orld|[Bb]enchmark|[Bb]lue-chip|[Tt]ech|[Bb]ank|[Ee]nergy|10-year|[Ll]ong-dated|[Gg]overnment|[Cc]rude)\s+)*(?:[Ss]tocks|[Ss]hares|[Ee]quities|[Ss]tock\s+markets?|[Mm]arkets|[Bb]ond\s+yields|[Tt]reasury\s+yields|[Yy]ields|Treasuries|[Oo]il\s+prices|[Gg]old\s+prices|[Ss]hare\s+prices|[Ss]tock\s+prices|[Gg]old|[Ss]ilver|[Cc]opper|[Aa]luminium|[Aa]luminum|[Nn]ickel|[Pp]latinum|[Oo]il|[Cc]rude|Brent(?:\s+crude)?|[Bb]itcoin|[Dd]ollar|[Ee]uro|[Pp]ound|[Yy]en|[Yy]uan|[Ss]terling|[Rr]upee|[Rr]uble|[Rr]ouble|[Ll]ira|[Pp]eso|[Rr]and|[Ff]ranc|[Rr]inggit|[Rr]upiah|[Bb]aht|[Ss]hekel|[Ff]utures|Wall\s+Street|Nasdaq(?:\s+Composite)?|Dow(?:\s+Jones\s+Industrial\s+Average)?|S&P\s+500|FTSE\s+100|Nikkei(?:\s+225)?|DAX|CAC\s+40|Hang\s+Seng|S[Tt][Oo][Xx][Xx]\s+600|Kospi|Sensex|Nifty(?:\s+50)?)(?:\s+(?:share\s+)?(?:average|index))?(?:\s+(?:on|in)\s+(?:Wall\s+Street|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))?)\s+(?:(?:also|have|had|has)\s+)?(?:rose|fell|gained|lost|dropped|climbed|slipped|slid|eased|jumped|plunged|surged|soared|tumbled|declined|advanced|rallied|sank|dipped|rebounded|recovered|retreated|firmed|weakened|strengthened|edged|(?:settled|closed|ended|finished)(?=\s+(?:up|down|higher|lower)\b|\s+[\d.]+%\s+(?:higher|lower)\b)|(?:was|were|held|stayed|remained|traded)\s+(?:steady|flat|unchanged|little\s+changed|stable)(?=\s+at\s))\b/u);
/** Words of manner and of when that a market's move may end with: "sharply this week", "for a third straight session". */
const MOVE_TAIL_WORDS = new Set(
  ('sharply slightly steeply modestly broadly heavily further again back higher lower up down marginally strongly firmly steadily ground ' +
    'on in at for this last early late trading session sessions day days week month morning afternoon evening overnight today yesterday ' +
    'a the second third fourth fifth straight consecutive new york london tokyo asia europe ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

/**
 * A body's own public act of release and the count of what it released: "The House Oversight Committee released 20,000
 * pages of documents on Wednesday", "The Justice Department published 300 emails". The release is the record; what the
 * pages show is still a claim. So are the papers a body files or issues and those it charges, on the court's or its own
 * record: "Prosecutors filed 34 felony counts", "The committee issued subpoenas to 14 companies", "The SEC charged 12
 * people".
 */
function releasedCount(text: string, start: number, end: number, reasons: string[]): boolean {
  if (reasons.length !== 1 || reasons[0] !== 'figure') return false;
  const head = text.slice(start, Math.min(end, start + 200));
  return RELEASE_VERB_RE.test(head) && RELEASED_COUNT_RE().test(head);
}
/** The verbs of RELEASED_COUNT_RE, one small search first. */
const RELEASE_VERB_RE = / (?:released|published|posted|unsealed|filed|disclosed|made public|issued|brought|charged|indicted|subpoenaed|sued) /;
/** A body (a name of up to seven capitalised words ending in a body's noun, or initials), maybe when, a verb of making
 * public, filing or charging, a count and, within three words, a noun of papers or of those charged: "The House Oversight
 * Committee released 20,000 pages", "issued subpoenas to 14 companies", "charged 12 people". */
const RELEASED_COUNT_RE = lazyRegExp(() => /^\W*(?:(?:On\s+\p{Lu}\p{Ll}+day|Last\s+week|Earlier\s+this\s+(?:week|month)),?\s+)?(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&'\u2019-]*\s+(?:(?:of|for|on|and)\s+)?){0,6}(?:\p{Lu}{2,6}|[Cc]ommittee|[Ss]ubcommittee|[Dd]epartment|[Mm]inistry|[Aa]gency|[Oo]ffice|[Cc]ourt|[Cc]ommission|[Pp]anel|[Aa]rchives|[Bb]ureau|[Cc]ouncil|[Aa]dministration|[Ss]ervice|[Pp]rosecutors|[Ii]nvestigators|[Ii]nquiry|[Tt]ribunal|[Ee]state)\s+(?:(?:on\s+\p{Lu}\p{Ll}+day|also|has|have|had|formally|publicly|quietly)\s+){0,2}(?:(?:released|published|posted|unsealed|filed|disclosed|made\s+public|issued|brought)\s+(?:(?:subpoenas|summonses|warrants|letters|requests|notices)\s+(?:to|for)\s+)?|(?:charged|indicted|subpoenaed|sued)\s+)(?:(?:more\s+than|nearly|about|some|roughly|over|almost|another|a\s+further|an\s+additional)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:pages|documents|files|e-?mails|records|photos|photographs|images|videos|messages|texts|transcripts|exhibits|letters|memos|filings|cables|recordings|reports|counts|charges|indictments|lawsuits|suits|complaints|motions|subpoenas|warrants|people|individuals|defendants|companies|firms|banks|executives|officials|officers|members|suspects)\b/u);

/**
 * In an agency's own report, what the agency says of itself, which its report is the source of: "WFP assisted 680,000
 * people in May", "UNHCR's financial requirements for 2026 amount to US$ 689 million", "In May, WFP reached ...".
 */
function reportersOwnWords(text: string, start: number, end: number, name: string): boolean {
  let at = skipBlanks(text, start, end);
  // (After a short opening phrase and its comma: "In May, WFP ...".)
  if (!text.startsWith(name, at)) {
    // (Only the 40 characters after the start are searched: a text without a comma further on made it quadratic.)
    const comma = text.slice(at, Math.min(end, at + 42)).indexOf(', ');
    if (comma < 0) return false;
    at += comma + 2;
    if (!text.startsWith(name, at)) return false;
  }
  const c = text.charCodeAt(at + name.length);
  return c === 32 || c === 39 || c === 0x2019;
}

/**
 * In an agency's own report, what its partners did, which the report gathers from them: "Partners distributed hygiene kits
 * to 24,000 households", "Humanitarian partners reached 18,400 people", "In Juba, health cluster partners deployed 14
 * teams" (partners unnamed, the report's own; a named agency is not the issuer's). So in a situation report or a flash
 * update that names no issuer: its partners are still the report's.
 */
function partnersWork(text: string, start: number, end: number): boolean {
  const head = text.slice(start, Math.min(end, start + 100));
  return (head.includes('artners ')) && PARTNERS_RE.test(head);
}
const PARTNERS_RE = /^\W*(?:[^,;:]{1,40},\s+)?(?:(?:the|its|our|their)\s+)?(?:(?:humanitarian|health|cluster|protection|WASH|shelter|nutrition|education|logistics|implementing|response|NGO|UN|aid|local|national|international)\s+){0,3}partners\s+(?:(?:have|has|had|also|are|were|have\s+also)\s+)?[a-z]+(?:ed|ing)\b/i;

/**
 * In a situation report whose titles name no issuer, what a UN or relief agency did, which the report is the source of
 * as of its partners' work: "Since the start of 2026, WHO has shipped 5.1 million doses", "UNICEF delivered 40 tonnes of
 * supplies" (the agency, maybe after a short opening phrase and its comma, then its verb in the past).
 */
function agencysWork(text: string, start: number, end: number): boolean {
  let at = skipBlanks(text, start, end);
  if (!isAsciiUpperCode(text.charCodeAt(at + 1))) {
    // (Only the 40 characters after the start are searched, as for reportersOwnWords.)
    const comma = text.slice(at, Math.min(end, at + 42)).indexOf(', ');
    if (comma < 0) return false;
    at += comma + 2;
  }
  let e = at;
  while (e < end && e - at < 8 && isAsciiUpperCode(text.charCodeAt(e))) e++;
  return RELIEF_AGENCIES.has(text.slice(at, e)) && AGENCY_DID_RE.test(text.slice(e, Math.min(end, e + 40)));
}
/** The UN and relief agencies whose situation reports go out under their own name. */
const RELIEF_AGENCIES = new Set(['WHO', 'UNICEF', 'UNHCR', 'WFP', 'OCHA', 'IOM', 'FAO', 'UNFPA', 'UNDP', 'UNRWA', 'IFRC', 'ICRC', 'PAHO', 'UNOPS', 'UNMAS']);
/** The agency's verb in the past, maybe after "has" or "also": " has shipped", " delivered", " has also supported". */
const AGENCY_DID_RE = /^\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:[a-z]{3,}ed|sent|built|led|set\s+up|brought|dispatched)\b/;

/**
 * In an issuer's own text, what the issuer states for itself, which its text is the source of: its numbered paragraphs
 * ("3. Allies will cut ...") and what it says in the first person ("We will cut ..."), the legal effect of its act ("All
 * assets of the listed persons are frozen"), its tally of its acts ("Today's action brings the total to 412"), and what its
 * act is and does ("The payment follows 13 reform steps", "The funds will be paid out in December").
 */
function issuersOwnWords(text: string, start: number, end: number, para: Span): boolean {
  if (isDigitCode(text.charCodeAt(para.start)) && afterListMarker(text, para.start, para.end) > para.start) return true;
  const head = text.slice(start, Math.min(end, start + 240));
  return FIRST_PERSON_RE.test(head) || LEGAL_EFFECT_RE.test(head) || OWN_TALLY_RE.test(head) || OWN_ACT_SUBJECT_RE.test(head);
}
/** The issuer's act itself as the subject, maybe under a heading: "The payment follows Ukraine's completion of 13 reform
 * steps", "Next steps⏎The funds will be paid out in December", "Today's package includes 45 listings". */
const OWN_ACT_SUBJECT_RE = /^\W*(?:[^\n.!?]{1,40}\n)?(?:[^,.;:!?\n]{1,40},\s+)?(?:The|This|These|Today['\u2019]s)\s+(?:(?:new|first|second|third|latest|next|additional)\s+)?(?:payment|disbursement|funds|funding|package|decision|regulation|measures?|tranche|instalment|installment|loan|grant|listings?|designations?)\s+(?:will|would|is|are|follows|brings|takes|comes|includes|covers|consists|amounts|totals)\b/;
const FIRST_PERSON_RE = /^\W*(?:We|Our)\b/;
const LEGAL_EFFECT_RE = /\b(?:is|are)\s+(?:hereby\s+|also\s+|now\s+)?(?:frozen|blocked|prohibited|banned|barred|forbidden|suspended|revoked)\b|\bit\s+is\s+(?:an?\s+)?(?:criminal\s+)?(?:offence|offense|illegal|unlawful|prohibited)\s+to\b/;
const OWN_TALLY_RE = /^\W*(?:Today['\u2019]s|This|These|The|Yesterday['\u2019]s)\s+(?:action|actions|designations?|decision|announcement|measures?|package|listings?)\s+(?:brings?|takes?|raises?|increases?)\s+the\s+(?:total|number|tally|count)\b/i;

/**
 * A figure that the next sentence goes on with and sources: "In 2024, the city recorded 1,412 violent crimes. In 2025, it
 * recorded 1,511, according to the department's annual report." What the next one says before its source stands on this
 * one ("it", "the figure" and a bare figure), and its source names where both come from.
 */
function sourcedInNext(text: string, reasons: string[], next: Sentence, nextAtts: AttributionAnnotation[] | undefined): boolean {
  if (!nextAtts || !reasonsWithin(reasons, FIGURE_REASONS)) return false;
  for (let j = 0; j < nextAtts.length; j++) {
    const a = nextAtts[j];
    const c = a.content;
    if (a.vague || !a.source || !c || a.start < next.start || a.start >= next.end || c.end > a.start || c.start > next.start + 2) continue;
    const said = text.slice(c.start, Math.min(c.end, c.start + 120));
    if (FIGURE_END_RE.test(said) && ANAPHORIC_OPEN_RE.test(said)) return true;
  }
  return false;
}
const FIGURE_REASONS = new Set(['figure', 'comparison', 'trend']);

/**
 * The writer's arithmetic on the figures a named source gave in the sentence before: "That is an increase of 7 per
 * cent.", "This represents a 12% fall." after "In 2025, it recorded 1,511, according to the department's report."; or
 * on figures the sentence before gave as no claim (prevCleared), such as a report's own count ("In September, 48,210
 * cases were reported. This represents a 12% decrease in cases compared with August.").
 */
function derivedFromSourced(text: string, start: number, end: number, reasons: string[], prevAtts: AttributionAnnotation[] | undefined, prevCleared: boolean): boolean {
  if ((!prevAtts && !prevCleared) || end - start > 140 || !reasonsWithin(reasons, FIGURE_REASONS) || !DERIVED_RE.test(text.slice(start, end))) return false;
  return prevCleared || prevAtts!.some((a) => !a.vague && !a.anonymous && !!a.source);
}
/** A sentence that is only a change worked out from the figures before it: "That is an increase of 7 per cent." */
const DERIVED_RE = /^\W*(?:That|This|It)\s+(?:is|was|represents|represented|marks|marked|amounts\s+to|amounted\s+to)\s+(?:an?\s+)?(?:(?:increase|rise|fall|drop|decrease|decline|jump|gain|reduction)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|just\s+(?:over|under)\s+)?[\d.,]+\s*(?:%|per\s*cent|percent|percentage\s+points?)|(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?[\d.,]+\s*(?:%|per\s*cent|percent|-per-cent)\s+(?:increase|rise|fall|drop|decrease|decline|jump|gain|reduction))(?:\s+(?:on|from|over|compared\s+with|in)\s+[^,;:]{1,40})?\s*[.!]?\s*$/;
/** A figure that ends a clause with no noun after it, not after a preposition: "recorded 1,511", "was 43,500", "had 9.7%". */
const FIGURE_END_RE = /(?<!\b(?:in|since|by|from|to|until|before|after|of|on|at|for))\s[$\u20ac\u00a3]?\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion)?[,\s]*$/;
/** A clause whose subject points back, after a short opening phrase: "In 2025, it", "By 2025 it", "In 2023, the figure". */
const ANAPHORIC_OPEN_RE = /^\W*(?:(?:In|By|For|During|Last|This|The|A)\b[^,.;:]{0,30}?(?:,\s*|\s+))?(?:it|they|the\s+(?:figure|number|total|rate|tally|count|share|toll))\s/;

/**
 * A short transition that the next sentence backs with a named source: "Not everyone was impressed." before "The
 * farmers' union accused the ministry of ...". Its generalisation about who reacted sums up what follows, sourced there.
 */
function leadsIntoSources(text: string, start: number, end: number, reasons: string[], next: Sentence | undefined, nextAtts: AttributionAnnotation[] | undefined): boolean {
  if (!next || !nextAtts || reasons.length !== 1 || reasons[0] !== 'generalisation' || hasWords(text, start, end, 9)) return false;
  // (A sentence about who reacted: "Not everyone agreed", "Nobody in the room was convinced".)
  if (!REACTION_SUMMARY_RE.test(text.slice(start, end))) return false;
  return nextAtts.some((a) => !a.vague && !!a.source && a.start >= next.start && a.start < next.end);
}

const REACTION_SUMMARY_RE = /^\W*(?:not\s+)?(?:everyone|everybody|nobody|no\s+one|all)\b/i;

/** Whether text[start, end) holds at least n words (runs of letters or digits, any script). */
export function hasWords(text: string, start: number, end: number, n: number): boolean {
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const w = isWordCode(c) || (c >= 0xc0 && isOtherWordCode(c));
    if (w && !inWord && --n === 0) return true;
    inWord = w;
  }
  return false;
}

/** Whether c, from U+00C0 on, is a letter or digit of any script: not general punctuation nor the ideographic space.
 * (Its own function: the first such letter would reach a comparison never run before in the optimised hasWords.) */
function isOtherWordCode(c: number): boolean {
  // (fold: checked. The marks' one-byte forms, below U+00C0, never reach it: no word, as the marks are not.)
  return !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000;
}

/**
 * A recommendation: its subject, then "should" or "ought to" ("Governments should spend 2 percent of GDP on defence",
 * "Each G7 member should hold reserves"). What ought to be is no fact to source.
 */
function recommends(text: string, start: number, end: number): boolean {
  const head = text.slice(start, Math.min(end, start + 120));
  // A newsletter's word to its reader ("That's all for this week.", "Reply to this email ...", "You are receiving this
  // because ...") is no claim either.
  if (READER_NOTE_RE.test(head)) return true;
  // (Most sentences hold none of the words the patterns need: one search says so.)
  if (!RECOMMENDS_WORDS_RE.test(head)) return false;
  // A body's own act in its conclusions or resolution: "The European Council invites the Commission to ...". (Each
  // pattern is anchored at the sentence's start and fails at once where it does not apply.)
  // (The last three run only where a word each of their matches holds occurs.)
  return RECOMMENDS_RE().test(head) || (mayNameBody(head) && OWN_ACT_RE.test(head)) || (BOILERPLATE_WORDS_RE.test(head) && BOILERPLATE_RE.test(head)) || (THANKS_WORDS_RE.test(head) && THANKS_RE().test(head));
}
/**
 * A schedule note: what will begin, open or be held when, with at most the figures that describe it ("An oral cholera
 * vaccination campaign targeting 1.4 million people will begin on 18 November and last ten days").
 */
function scheduleNote(text: string, start: number, end: number, reasons: string[]): boolean {
  for (let k = 0; k < reasons.length; k++) if (reasons[k] !== 'figure' && reasons[k] !== 'prediction') return false;
  const head = text.slice(start, Math.min(end, start + 240));
  if (head.includes('will ') && SCHEDULE_TAIL_RE.test(head) && SCHEDULE_NOTE_RE().test(head)) return true;
  // A law's own timetable: when its rules apply ("The bans will apply six months after entry into force", "Obligations
  // for general-purpose AI models will apply from 2 August 2025").
  if (head.includes('will ') && head.includes(' appl') && APPLIES_FROM_RE().test(head)) return true;
  // A measure's own timetable told in the present or the past: "Reciprocal tariffs of 20% on EU goods take effect on Aug.
  // 1", "The 25% duties are due to kick in on March 12", "The 90-day pause expires on Aug. 12" (the whole sentence).
  if (EFFECT_WORDS_RE.test(head) && TAKES_EFFECT_RE().test(head)) return true;
  // A service note: where a text can be read ("The full ruling, 60 pages long, is available on the court's website",
  // "Guidance, with a list of 30 goods, is published on the ministry's portal").
  if (SERVICE_WORDS_RE.test(head) && SERVICE_VERB_PLACE_RE.test(head) && SERVICE_NOTE_RE().test(head)) return true;
  // A poll's method: whom it asked and when ("The survey, of 2,000 adults, was carried out last week.", "The poll
  // questioned 1,500 voters online between 3 and 5 June.").
  // ("The institute surveyed 1,501 people from April 14 to 17.": or its maker.)
  if (POLL_WORDS_RE.test(head) && POLL_METHOD_RE().test(head)) return true;
  // And its margin of error, alone in its sentence: "The margin of error is plus or minus 2 percentage points.", "The poll
  // has a margin of error of 3.1 points."
  if (head.includes('margin of') && MARGIN_OF_ERROR_RE().test(head)) return true;
  // And a report's: what it draws on ("It draws on 64 interviews with operators conducted between March and August").
  if (head.includes(' on ') && (head.includes('draw') || head.includes('based') || head.includes('relies')) && EVIDENCE_BASE_RE().test(head)) return true;
  // And the writer's promise to readers: "We asked the campaign for comment and will update this story if we hear back".
  if (head.includes('update') && UPDATE_NOTE_RE.test(head)) return true;
  // And a note of a text's length: "the full report runs to 212 pages".
  return (head.includes('pages') || head.includes('paragraphs')) && DOC_LENGTH_RE.test(head);
}
/** A promise to update the piece itself: "will update this article", "will update the story". */
const UPDATE_NOTE_RE = /\bwill\s+update\s+(?:this|the|our)\s+(?:story|article|post|report|piece|page|fact[- ]check)\b/i;
/** A text or study that opens its sentence and what it draws on, counted, with nothing found after it. */
const EVIDENCE_BASE_RE = lazyRegExp(() => /^\W*(?:It|The|This|That|Its|Their|Our|A|An)\b(?:\s+[\p{L}-]+){0,4}?\s+(?:draws|drew|is\s+based|was\s+based|relies|relied)\s+on\s+(?:(?:more\s+than|over|some|about|nearly|almost)\s+)?[\d,]+\s+(?:[\p{L}-]+\s+){0,2}?(?:interviews|responses|respondents|surveys|cases|documents|records|focus\s+groups|(?:field|site)\s+visits|sources|submissions|datasets|studies)\b(?![^;]*(?:%|\b(?:after|because|and\s+found|showing|finds?|found)\b))[^;]{0,140}$/u);
/** A sentence that gives only a poll's margin of error (and maybe for whom it holds). */
const MARGIN_OF_ERROR_RE = lazyRegExp(() => /^\W*(?:(?:The|Its|Their|This|That|It|Each)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:has|had|carries|carried|with)\s+(?:an?|the)\s+)?(?:overall\s+)?margin\s+of\s+(?:sampling\s+)?error\s+(?:is|was|of|for\s+[^;%]{1,40}?\s+(?:is|was))\s+(?:about\s+|around\s+|roughly\s+)?(?:plus\s+or\s+minus\s+|\+\/-\s*|\u00b1\s*)?\d[\d.]*\s*(?:%|per\s*cent|percent|percentage\s+points?|points?)(?:\s+(?:either\s+way|for\s+[^;]{1,40}))?\W*$/u);
/** A poll, survey or study (or its maker) that opens its sentence, then how and when it was carried out or whom it asked. */
const POLL_METHOD_RE = lazyRegExp(() => /^\W*(?:The|This|That|Its|Their|Our|A|An)\s+(?:[\p{L}-]+\s+){0,3}?(?:poll|survey|study|questionnaire|pollster|institute|polling\s+(?:firm|company|agency))\b(?:,?\s+of\s+[\d,]+\s+[\p{L}-]+(?:\s+[\p{L}-]+)?,?)?\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:carried\s+out|conducted|fielded|taken)\b|(?:questioned|surveyed|interviewed|polled|sampled)\s+[\d,]+\s)(?![^;]*(?:%|\b(?:after|because|as|when|while|since|and\s+found|showing)\b))[^;]{0,100}$/u);
const DOC_LENGTH_RE = /\b(?:text|version|declaration|communiqu[eé]|document|report|judgment|judgement|ruling|statement|resolution|conclusions|agreement|treaty|decision)\s+(?:runs|ran|is|was)\s+(?:to\s+)?\d[\d,]*\s+(?:pages|paragraphs)(?:\s+long)?\s*[.;]?\s*$/i;
/** The words a service note and a poll's method hold (one search each rather than three `includes`). */
const SERVICE_WORDS_RE = /availab|publish|posted/;
const POLL_WORDS_RE = /poll|survey|study/;
/** SCHEDULE_NOTE_RE from "will" on, which every match holds: one small search spares the long pattern most sentences. */
const SCHEDULE_TAIL_RE =
  /will\s+(?:(?:also|then|now|formally|officially)\s+)?(?:begin|start|open|run|take\s+place|resume|reopen|close|follow|be\s+held|be\s+available|be\s+published|be\s+released|take\s+effect|enter\s+into\s+force|come\s+into\s+force)\s+(?:on|from|in|at|next|this|until|between|by|within)\b/iu;
const SCHEDULE_NOTE_RE = lazyRegExp(() => /^\W*(?:[\p{L}\p{N}.,'\u2019-]+\s+){1,16}?will\s+(?:(?:also|then|now|formally|officially)\s+)?(?:begin|start|open|run|take\s+place|resume|reopen|close|follow|be\s+held|be\s+available|be\s+published|be\s+released|take\s+effect|enter\s+into\s+force|come\s+into\s+force)\s+(?:on|from|in|at|next|this|until|between|by|within)\b/iu);
/** The words every TAKES_EFFECT_RE match holds. */
const EFFECT_WORDS_RE = /effect|force|kick|expire/;
/** A subject of up to 16 words, taking effect or expiring (or due to), and when, to the sentence's end. */
const TAKES_EFFECT_RE = lazyRegExp(() => /^\W*(?:[\p{L}\p{N}.,%'\u2019$\u20ac\u00a3-]+\s+){1,16}?(?:(?:is|are|was|were)\s+(?:due|set|scheduled)\s+to\s+(?:take\s+effect|come\s+into\s+force|enter\s+into\s+force|go\s+into\s+effect|kick\s+in|expire)|(?:takes?|took)\s+effect|(?:comes?|came|enters?|entered)\s+into\s+force|(?:goes|go|went)\s+into\s+effect|kicks?\s+in|kicked\s+in|expires?|expired)\s+(?:on|from|at|in|next|this|until|by)\s+[^,;]{1,30}$/u);
/** What will apply when: "will apply from", "will start to apply 24 months after", "will become applicable in August 2026". */
const APPLIES_FROM_RE = lazyRegExp(() => /^\W*(?:[\p{L}\p{N}.,'\u2019()-]+\s+){1,16}?will\s+(?:(?:only|also|then|now|fully|generally|largely)\s+)?(?:apply|(?:start|begin)\s+to\s+apply|become\s+applicable|be\s+applicable)\s+(?:(?:in\s+full|fully)\s+)?(?:from|as\s+of|after|until|within|(?:in|on|by)\s+(?:\d|(?:early|mid|late)\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:[\p{L}\p{N}-]+\s+){1,2}(?:months?|years?|weeks?|days?)\s+(?:after|from|following|later))\b/iu);
/** What every SERVICE_NOTE_RE match holds: its verb and the word after it ("available online", "published in"), with its flags. */
const SERVICE_VERB_PLACE_RE = /(?:available|published|posted)\s+(?:online|on|at|in|from|via|through|upon)\b/iu;
/** "is available on the court's website", "are published in the Official Journal", "is posted online". */
const SERVICE_NOTE_RE = lazyRegExp(() => /\b(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?(?:available|published|posted|made\s+available)\s+(?:online\b|(?:on|at|in|from|via|through)\s+(?:[\p{L}'\u2019.-]+\s+){0,4}?(?:website|web\s?site|site|web\s?page|page|portal|gazette|journal|register)\b|on\s+request\b|upon\s+request\b)/iu);

/**
 * A deliberative body's decision, with the figures it decided ("The Portland City Council approved a $412 million
 * budget", "The council cut that request by $1.8 million", "The Supreme Court on Tuesday dismissed an appeal by 40
 * landowners", a judge's "The judge set bail at $500,000"), or its members' or the Union's states' ("MEPs voted 401 to 192 to back a 90 percent cut", "The
 * Twenty-Seven also approved the 19th package"): the body's own record, not a claim to source. What the body's text says of others ("adopted a
 * resolution condemning the junta for its brutal crackdown") is the body's too: only the words before it are judged.
 */
function recordedDecision(text: string, start: number, end: number, own: string, reasons: string[], bits: number, prev: Sentence | undefined): boolean {
  let other = false;
  for (let k = 0; k < reasons.length; k++) if (reasons[k] !== 'figure' && reasons[k] !== 'comparison') other = true;
  const head = text.slice(start, Math.min(end, start + 160));
  // ("The bank kept its main policy rate unchanged at 3.75%": any actor's decision on what is its own is its record.)
  // ("It also ordered the government to pay 8,000 euros" after "The court ordered ...": the same body's next decision.)
  if (!(bodyDecided(head) || (ITS_OR_RATE_RE.test(head) && OWN_DECISION_RE().test(head)) || ADOPTING_RE.test(head) || (head.includes(' by ') && PASSED_BY_RE().test(head)) || (head.includes('fined ') && namedFine(head)) || (prev !== undefined && text.startsWith('It ', skipBlanks(text, start, end)) && IT_DECIDED_RE.test(head) && bodyDecided(text.slice(prev.start, Math.min(prev.end, prev.start + 160)))))) return false;
  if (!other) return true;
  const m = RESOLVED_CONTENT_RE.exec(own);
  if (!m) return false;
  const before = scoreText(own.slice(0, m.index), bits).reasons;
  for (let k = 0; k < before.length; k++) if (before[k] !== 'figure' && before[k] !== 'comparison') return false;
  return true;
}
/** Whether a sentence's head is a body's decision: "The court ordered", "Lawmakers voted", "The council approved". */
function bodyDecided(head: string): boolean {
  return DECISION_OPEN_RE.test(head) && DECISION_VERB_RE.test(head) && DECISION_RE().test(head);
}
/** The body of the sentence before, as "It", deciding again: "It also ordered", "It further awarded". */
const IT_DECIDED_RE = /^\W*It\s+(?:(?:also|then|further|additionally|later)\s+)?(?:ordered|awarded|upheld|dismissed|rejected|approved|imposed|fined|granted|allocated|set|extended|quashed|annulled|voted)\b/;
/**
 * A fine a named body imposed, with its amount: "Ireland's Data Protection Commission (DPC) fined Meta €1.2 billion",
 * "TikTok was fined £12.7 million by the UK's Information Commissioner's Office". The penalty is the body's record.
 */
function namedFine(head: string): boolean {
  return FINED_BY_RE().test(head) || FINED_OPEN_RE().test(head);
}
/** "was fined €345 million by the", "has been fined a record $5 billion by Italy's": a fine and the body after "by". */
const FINED_BY_RE = lazyRegExp(() => /\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|again|now)\s+)?fined\s+(?:an?\s+(?:record\s+)?)?[$\u20ac\u00a3\u00a5]?\s?\d[\d.,]*\s*(?:bn|m|million|billion)?\s+(?:[\p{Ll}-]+\s+){0,2}by\s+(?:the\s+)?\p{Lu}/u);
/** A named body of up to eight words (its initials after it), or a regulator, that "fined" someone: "Ireland's Data Protection
 * Commission (DPC) fined", "The Italian competition authority fined". */
const FINED_OPEN_RE = lazyRegExp(() => /^\W*(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}'\u2019.-]*\s+)(?:(?:\p{Lu}[\p{L}'\u2019.-]*|of|for|and|on)\s+){0,7}|(?:[\p{L}'\u2019.-]+\s+){0,4}(?:authority|regulator|watchdog|commission|commissioner|agency|ministry|office|court|tribunal)\s+)(?:\(\p{Lu}{2,8}\)\s+)?(?:(?:on\s+\p{Lu}\p{Ll}+day|also|has|have|had|last\s+(?:week|month|year))\s+)*fined\s+(?:\p{Lu}|[\p{Ll}\s]{0,30}\p{Lu})/u);
/** A text and the vote that passed or threw it out: "The text was adopted by 26 member states", "The bill was passed by
 * 312 votes to 201", "The resolution was adopted by a vote of 12 to 0". */
const PASSED_BY_RE = lazyRegExp(() => /^\W*(?:The|This|That|Its|Their)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:text|regulation|law|bill|resolution|decision|directive|proposal|measure|motion|budget|package|amendments?|treaty|report|plan|deal|agreement)\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:narrowly|unanimously|formally|finally|also|then)\s+)?(?:adopted|approved|passed|rejected|endorsed|ratified|voted\s+down)\s+(?:(?:unanimously|narrowly)\s+)?by\s+(?:\d|a\s+(?:vote|show\s+of\s+hands|majority)|all\s|(?:\w+\s+){1,2}(?:votes|member\s+states|countries|states)\b)/u);
/** A body's act opening with its participle: "Adopting resolution 2801 (2025) by a vote of ...". */
const ADOPTING_RE = /^\W*(?:Adopting|Approving|Extending|Renewing|Endorsing)\s+(?:unanimously\s+)?(?:resolution|decision|the\s+(?:resolution|text|decision|draft)|a\s+(?:resolution|decision|text|draft))\b/;
/** What a body's resolution or ruling says of someone: "censuring Iran", "condemning the attacks". */
const RESOLVED_CONTENT_RE = /\b(?:censuring|censured|condemning|condemned|criticising|criticizing|rebuking|deploring|urging|demanding|accusing|faulting|calling\s+(?:on|for|upon))\b/i;
/** " its " or " rate"/" Rate", one of which every OWN_DECISION_RE match holds (one search, not three `includes`). */
const ITS_OR_RATE_RE = / its | [Rr]ate/;
/** A subject of up to six words, a verb of deciding and "its", or the rate a central bank sets: "The bank kept its",
 * "Norges Bank raised its", "The Bank of England held rates at 4 percent", "In London, the Bank held Bank Rate at". */
const OWN_DECISION_RE = lazyRegExp(() => /^\W*(?:[\p{L}\p{N}.,'\u2019-]+\s+){1,6}?(?:(?:also|again|narrowly|unanimously|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:kept|keeps|held|holds|left|leaves|raised|raises|cut|cuts|lowered|lowers|set|sets|hiked|hikes|trimmed|trims)\s+(?:its\b|(?:interest\s+)?rates\b|Bank\s+Rate\b|the\s+(?:(?:key|main|benchmark|policy|base|bank|deposit|cash|repo|lending|refinancing|interest|federal\s+funds|overnight)\s+){1,2}rate\b)/u);

/**
 * A sentence that names where its figures come from: "Of 32 analysts polled by the Financial Times, 29 ...", or a
 * clause that points back to the source named in the sentence before ("Indirect imports, which the office tracks
 * separately, peaked in 2023" after "The Central Statistical Office said ...").
 */
function namesOwnSource(text: string, start: number, end: number, own: string, bits: number, prev: AttributionAnnotation[] | undefined): boolean {
  const body = text.slice(start, Math.min(end, start + 300));
  if (body.includes(' by ') && COLLECTED_BY_RE().test(body)) return true;
  // (Its subject's own estimate: "The government has put the price at $268 billion".)
  if (body.includes(' at ') && ESTIMATE_VERB_RE.test(body) && OWN_ESTIMATE_RE().test(body)) return true;
  // "the report of the inspectors, which documented 90 breaches": the document holds the figures after it (when the
  // words before it claim nothing of their own).
  if ((body.includes('which ') || body.includes('that ')) && CLAUSE_OPEN_RE.test(own)) {
    const d = DOCUMENT_CLAUSE_RE.exec(own);
    if (d && !scoreText(own.slice(0, d.index), bits).reasons.length) return true;
  }
  if (!prev || !body.includes(' the ')) return false;
  const m = KEEPER_CLAUSE_RE.exec(body);
  if (!m) return false;
  const noun = m[1].toLowerCase();
  return prev.some((a) => !a.vague && !!a.source && a.source.end <= start && a.source.text.toLowerCase().endsWith(noun));
}

/** A named actor's own estimate: "The Albanese government has put the cost at $368 billion", "Treasury puts it at 4%". */
/** OWN_ESTIMATE_RE's verb between blanks, which every match holds ("has put the cost at"). */
const ESTIMATE_VERB_RE = /\s(?:put|puts|pegged|pegs|priced|prices|valued|values|estimated|estimates|costed|costs)\s/;
const OWN_ESTIMATE_RE = lazyRegExp(() => /^\W*(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}'\u2019.&-]*\s+){1,5}(?:(?:government|ministry|department|treasury|office|agency|administration|bank|regulator|watchdog|company|group|council)\s+)?|(?:[a-z]+\s+)?(?:government|ministry|department|treasury|office|agency|administration|bank|regulator|watchdog|company|group|council)\s+)(?:(?:has|have|had|also|now)\s+)*(?:put|puts|pegged|pegs|priced|prices|valued|values|estimated|estimates|costed|costs)\s+(?:[^.;:!?]{1,80}?\s)?at\s+(?:between\s+|about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|up\s+to\s+)?[$\u20ac\u00a3\u00a5\u20b9\u20a6]?\s?\d/u);

/** A named body that collected the figures: "polled by the Financial Times", "compiled by Reuters". */
const COLLECTED_BY_RE = lazyRegExp(() => /\b(?:polled|surveyed|interviewed|compiled|tallied|collected|gathered|counted)\s+by\s+(?:the\s+)?\p{Lu}/u);
/** The comma and "which" or "that" every DOCUMENT_CLAUSE_RE match holds: a search from each comma, not from each word. */
const CLAUSE_OPEN_RE = /,\s*(?:which|that)\s/i;
/** A document and a clause of what it holds: "the audit, which found", "a survey that counted". */
const DOCUMENT_CLAUSE_RE = /\b(?:report|document|study|survey|review|assessment|audit|census|inquiry|investigation|dataset|database|register|statistics|analysis)\b[^.;!?]{0,120}?,\s*(?:which|that)\s+(?:also\s+)?(?:recorded|records|found|finds|documented|documents|counted|counts|showed|shows|listed|lists|estimated|estimates|identified|identifies|tallied|tallies)\b/i;
/** A clause in which the source named before keeps the figures: "which the office tracks", "as the agency records". */
const KEEPER_CLAUSE_RE = /\b(?:which|that|as)\s+the\s+([a-z]+)\s+(?:also\s+|separately\s+)?(?:tracks|tracked|records|recorded|collects|collected|compiles|compiled|publishes|published|counts|counted|monitors|monitored|measures|measured|keeps|kept|estimates|estimated)\b/;
/**
 * A named body, maybe after when ("Last week, the IAEA Board of Governors adopted"), maybe with when between it and its
 * verb ("The Security Council this morning extended", "The Constitutional Court on Wednesday rejected").
 */
/**
 * What every DECISION_RE match holds, in plain characters that compile at once: its opening up to the body's noun
 * (a capitalised word is one that opens with no lower-case ASCII letter), and a blank and its verb.
 */
const DECISION_OPEN_RE =
  /^\W*(?:(?:[Ll]ast\s+\S+|[Ee]arlier\s+this\s+\S+|[Oo]n\s+\S+|[Yy]esterday|[Tt]oday),?\s+)?(?:[Tt]he\s+)?(?:(?:[^\sa-z]\S*|of)\s+){0,6}(?:(?:federal|union|state|provincial|regional|national|city|county|municipal|district|town|local|coalition|interim|caretaker|transitional|new|full|executive|standing|select|joint|special|appropriations|finance|budget|planning|zoning|school|judiciary|supreme|high|constitutional|appeals|electoral|upper|lower)\s+){0,2}(?:MEPs|MPs|[Ll]awmakers|[Ll]egislators|[Ss]enators|[Mm]inisters|[Ll]eaders|Twenty-Seven|(?:EU\s+)?[Mm]ember\s+[Ss]tates|[Cc]ouncil|[Bb]oard|[Pp]arliament|[Aa]ssembly|[Cc]ommittee|[Ss]enate|[Hh]ouse|[Ll]egislature|[Cc]abinet|[Cc]ongress|[Cc]ouncillors|[Tt]rustees|[Ss]hareholders|[Cc]ourt|[Tt]ribunal|[Jj]udges?)\s/;
const DECISION_VERB_RE =
  /\s(?:voted|approved|cleared|adopted|passed|cut|rejected|dismissed|upheld|overturned|annulled|struck\s+down|quashed|extended|renewed|allocated|authori[sz]ed|ratified|amended|endorsed|raised|lowered|set|asked\s+for|requested|ordered|agreed(?=\s+(?:on\s+)?(?:an?|to)\s))\b/;
const DECISION_RE =
  lazyRegExp(() => /^\W*(?:(?:[Ll]ast\s+(?:week|month|year)|[Ee]arlier\s+this\s+(?:week|month|year)|[Oo]n\s+\p{Lu}\p{Ll}+day|[Yy]esterday|[Tt]oday),?\s+)?(?:[Tt]he\s+)?(?:(?:[\p{Lu}][\p{L}'\u2019.-]*|of)\s+){0,6}(?:(?:federal|union|state|provincial|regional|national|city|county|municipal|district|town|local|coalition|interim|caretaker|transitional|new|full|executive|standing|select|joint|special|appropriations|finance|budget|planning|zoning|school|judiciary|supreme|high|constitutional|appeals|electoral|upper|lower)\s+){0,2}(?:MEPs|MPs|[Ll]awmakers|[Ll]egislators|[Ss]enators|[Mm]inisters|[Ll]eaders|Twenty-Seven|(?:EU\s+)?[Mm]ember\s+[Ss]tates|[Cc]ouncil|[Bb]oard(?:\s+of\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,2})?|[Pp]arliament|[Aa]ssembly|[Cc]ommittee|[Ss]enate|[Hh]ouse|[Ll]egislature|[Cc]abinet|[Cc]ongress|[Cc]ouncillors|[Tt]rustees|[Ss]hareholders|[Cc]ourt|[Tt]ribunal|[Jj]udges?)(?:\s+(?:on|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'\u2019-]*){0,3})?\s+(?:(?:on\s+\p{Lu}\p{Ll}+day|today|yesterday|this\s+(?:morning|afternoon|evening|week)|last\s+(?:week|month|night)),?\s+)?(?:(?:also|then|later|narrowly|unanimously|formally|finally|had)\s+)?(?:voted|approved|cleared|adopted|passed|cut|rejected|dismissed|upheld|overturned|annulled|struck\s+down|quashed|extended|renewed|allocated|authori[sz]ed|ratified|amended|endorsed|raised|lowered|set|asked\s+for|requested|ordered|agreed(?=\s+(?:on\s+)?(?:an?|to)\s))\b/u);

/** Whether a text holds one of OWN_ACT_RE's bodies: every match names one. */
function mayNameBody(t: string): boolean {
  return t.includes('Council') || t.includes('Commission') || t.includes('Assembly') || t.includes('Committee') || t.includes('Summit') || t.includes('Heads') || t.includes('Ministers');
}
/** A word every BOILERPLATE_RE match holds ("day 12 of", "merely an allegation", "presumed innocent", "all times", a
 * paper's "All errors are our own", a disclaimer's "responsibility", "reflect" or "represent"). */
const BOILERPLATE_WORDS_RE = /day|merely|presumed|times|errors|responsib|reflect|represent/i;
/** A word every THANKS_RE match holds (with its flags, so its case folding). */
const THANKS_WORDS_RE = /thanks?\s|grateful|expresses/iu;
/** Thanks given: "OCHA thanks all donors for their support", "The Government is grateful to its partners". */
const THANKS_RE = lazyRegExp(() => /^\W*(?:[\p{L}\p{N}'\u2019-]+\s+){1,6}(?:(?:also\s+|again\s+|sincerely\s+|warmly\s+)?(?:thanks|thank)\s+(?!to\b)|(?:is|are|remains?)\s+(?:deeply\s+|very\s+|most\s+)?grateful\b|expresses\s+(?:its|their|his|her|our)\s+(?:deep\s+|sincere\s+)?(?:gratitude|thanks|appreciation)\b)/iu);
/**
 * The standing notes of releases and diaries: "An indictment is merely an allegation", "All defendants are presumed
 * innocent until proven guilty", "All times GMT unless stated"; and a document's disclaimer, "This summary is issued
 * under the sole responsibility of the Chair and does not reflect a consensus", "The views expressed in this paper do not
 * necessarily reflect those of the Secretariat"; a paper's "All errors are our own".
 */
const BOILERPLATE_RE = /^\W*(?:\d+\.\s+)?(?:(?:this|the)\s+(?:[a-z'-]+\s+){0,3}?(?:summary|report|document|paper|note|publication|statement|brief|briefing|study|text|analysis|chair's\s+summary)\s+(?:(?:is|was|has\s+been)\s+(?:issued|published|prepared|produced|written|released)\s+under\s+the\s+(?:sole\s+)?responsibility\s+of\b|does\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\b)|the\s+(?:views|opinions)\s+(?:expressed|set\s+out)\s+(?:in|here)\b[^.;]{0,60}?\s+(?:are|do\s+not)\b)|^\W*(?:day\s+[\d,]+\s+of\b|(?:an?\s+)?(?:indictment|complaint|charge|criminal\s+complaint)s?\s+(?:is|are)\s+merely\s+(?:an?\s+)?(?:allegation|accusation)s?|(?:all\s+)?(?:the\s+)?(?:defendants?|suspects?|accused)\s+(?:is|are)\s+presumed\s+innocent|all\s+times\s+(?:are\s+)?(?:[A-Z]{2,4}|local)\b|(?:all|any)\s+(?:remaining\s+)?errors\s+(?:and\s+omissions\s+)?(?:are|remain)\s+(?:(?:entirely|solely)\s+)?(?:our|my|the\s+authors?['\u2019]?s?)\s+own\b)/i;
/** A newsletter's note to its reader: its mail, the subscription, its sign-off ("That's all for today"). */
const READER_NOTE_RE = /\bthis\s+(?:e-?mail|newsletter|digest)\b|\bunsubscribe\b|\byou\s+(?:have\s+)?subscribed\b|\byou(?:'re|\u2019re|\s+are)\s+receiving\b|^\W*that(?:'s|\u2019s|\s+is)\s+(?:all|it)\s+for\b/i;
const RECOMMENDS_WORDS_RE = /should|ought|must|hank|grateful|Council|Commission|Assembly|Committee|Summit|Ministers|Heads|merely|presumed|times|Day |errors|responsib|reflect|represent/;
const OWN_ACT_RE = /^\W*(?:\d+\.\s+)?(?:The\s+)?(?:European\s+Council|Council|Commission|General\s+Assembly|Security\s+Council|Assembly|Committee|Summit|Heads\s+of\s+State\s+and\s+Government|Ministers)\s+(?:(?:also|further|once\s+again|again)\s+)?(?:(?:today\s+|unanimously\s+)*(?:adopted|adopts|approved|approves|extended|extends|renewed|renews)|invites|calls\s+on|calls\s+upon|calls\s+for|urges|requests|encourages|asks|welcomes|reaffirms|recalls|underlines|stresses|decides|agrees|endorses|notes|takes\s+note|reiterates|condemns|deplores|expresses|looks\s+forward|will\s+revert|will\s+return|remains\s+committed)\b/;
const RECOMMENDS_RE = lazyRegExp(() => /^\W*(?:\d+\.\s+)?(?:(?!(?:that|which|who|whom|if|when|because|said|says|say|suggest|suggests|suggested|believe|believes|argue|argues|think|thinks|felt|feel|feels)\b)[\p{L}\p{N}'\u2019-]+\s+){1,6}(?:should|ought\s+to|must)\s+(?:not\s+|never\s+|also\s+|urgently\s+|immediately\s+|now\s+)?[a-z]/iu);

/**
 * A named actor's act of policy reported as the news, with the figures that set it: "President Donald Trump paused
 * tariffs for 90 days on Wednesday, ... but raised duties on Chinese imports to 125%", "Britain cut tariffs on 400
 * products", "Reeves raised taxes by 40 billion pounds in her October budget". The act is on the record (a decree, a
 * budget, a schedule of duties); its figures are its terms, not the reporter's claim. Only an actor that opens the
 * sentence, a verb of deciding right after it and a measure as its object: what the actor did to anything else ("China
 * cut soybean purchases by 40%", "Russia launched 400 drones") and a figure's ranking ("the highest tariffs in a
 * century") still need a source.
 */
export function actorsOwnAct(text: string, start: number, end: number, reasons: readonly string[], actors: readonly ActorAnnotation[], starts: readonly number[]): boolean {
  if (!reasonsWithin(reasons, ACT_REASONS)) return false;
  const k = lowerBound(starts, start);
  if (k >= actors.length) return false;
  const a = actors[k];
  if (a.end > end || a.start - start > 40 || !ACT_CATEGORIES.has(a.category) || (a.entity === null && a.category !== 'official')) return false;
  if (!ACT_OPENING_RE.test(text.slice(start, a.start))) return false;
  // ("President Donald Trump and Chinese leader Xi Jinping agreed Thursday to a one-year truce": two actors joined by
  // "and" act together.)
  const b = actors[k + 1];
  const last = b && ACT_CATEGORIES.has(b.category) && b.end <= end && AND_ONLY_RE.test(text.slice(a.end, b.start)) ? b : a;
  const tail = text.slice(last.end, Math.min(end, last.end + 140));
  return ACT_VERB_RE.test(tail) && ACT_RE().test(tail);
}
const ACT_REASONS = new Set(['figure', 'comparison', 'trend']);
/** Only "and" between two actors. */
const AND_ONLY_RE = /^\s+and\s+$/;
const ACT_CATEGORIES = new Set(['official', 'government', 'country', 'organization']);
/** What may come before the actor: "The", a short phrase of time and its comma ("On Wednesday, "). */
const ACT_OPENING_RE = /^\W*(?:(?:On|In|Last|Earlier|Late|Early|Later|Separately|Meanwhile|Also)\b[^,.;]{0,30},\s+)?(?:[Tt]he\s+)?$/;
/** The verbs of ACT_RE, one small search first. */
const ACT_VERB_RE = /\s(?:imposed|paused|suspended|lifted|levied|slapped|hiked|raised|cut|slashed|lowered|reduced|halved|doubled|tripled|increased|extended|delayed|postponed|scrapped|exempted|waived|removed|announced|unveiled|introduced|approved|signed|set|agreed|struck|sealed|froze|allocated|earmarked|pledged)\s/;
/** Right after the actor (with a few words of time or manner), a verb of deciding, and a measure within eight words. */
const ACT_RE = lazyRegExp(() => /^\s+(?:(?:has|have|had|also|then|later|again|formally|abruptly|unexpectedly|temporarily|(?:on\s+)?\p{Lu}\p{Ll}+day|last\s+(?:week|month|year|night)|this\s+(?:week|month|year))\s+){0,3}(?:imposed|paused|suspended|lifted|levied|slapped|hiked|raised|cut|slashed|lowered|reduced|halved|doubled|tripled|increased|extended|delayed|postponed|scrapped|exempted|waived|removed|announced|unveiled|introduced|approved|signed|set|agreed|struck|sealed|froze|allocated|earmarked|pledged)\s+(?:[^\s,;]+\s+){0,8}?(?:tariffs?|duties|duty|levies|levy|tax(?:es)?|quotas?|sanctions|(?:interest\s+)?rates?|budget|spending|funding|aid|package|deal|agreement|truce|pause|ban|cap|ceiling|limit|fees?|subsid(?:y|ies)|export\s+controls|restrictions|loans?|fund|stimulus|relief|allowances?|thresholds?|benefits|grants?)\b/u);

/**
 * A measure's own terms, the measure opening the sentence: "Trump's "Liberation Day" tariffs announced on April 2 set a
 * baseline 10% duty on most imports", "The sanctions announced by the Treasury on Friday target 20 ships". What the
 * measure sets, targets or covers is its text, on the record; what it did to anyone ("The tariffs cut exports by 40%")
 * or what share it touches ("affect 40% of exports") is still a claim.
 */
export function measuresTerms(text: string, start: number, end: number, reasons: readonly string[]): boolean {
  if (!reasonsWithin(reasons, TERMS_REASONS)) return false;
  const head = text.slice(start, Math.min(end, start + 200));
  return MEASURE_WORDS_RE.test(head) && MEASURE_TERMS_RE().test(head);
}
const TERMS_REASONS = new Set(['figure']);
const MEASURE_WORDS_RE = /tariffs|duties|levies|sanctions|quotas|countermeasures|measures|curbs|restrictions/i;
/** A measure of up to eight words (a possessive, quotes, a participle of its making and when), then a verb of its terms. */
const MEASURE_TERMS_RE = lazyRegExp(() => /^\W*(?:[\p{L}\p{N}'\u2019"\u201c\u201d.%-]+\s+){0,8}?(?:tariffs|duties|levies|sanctions|quotas|countermeasures|measures|curbs|restrictions)\s+(?:(?:announced|imposed|unveiled|introduced|adopted|agreed|approved|set\s+out|outlined)\s+(?:by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,4})?(?:(?:on|in|last|earlier\s+this)\s+[\p{L}\p{N}.]+(?:\s+\d{1,2})?(?:,\s+\d{4})?\s+)?)?(?:also\s+)?(?:set|sets|target|targets|cover|covers|apply\s+to|applies\s+to|exempt|exempts|include|includes|impose|imposes|levy|levies|carry|carries|range\s+from|ranges\s+from)\b/u);
