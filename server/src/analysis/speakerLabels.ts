// Speaker labels: the name or role before a colon that opens a paragraph of a transcript, a hearing or an interview
// ("PENCE:", "Jane Doe:", "The Prime Minister (Keir Starmer):"), and the turns they attribute. Apart from
// speechPasses.ts because reading a label, and telling it from a heading, is a concern of its own.
import type { ActorAnnotation, AttributionAnnotation, Span, TextSpan } from './types';
import type { Segmentation } from './segment';
import { PRONOUNS } from './cues';
import { isAsciiLetterCode, isAsciiUpperCode, isSpaceCode, lastIndexWithin, lazyRegExp, skipBlanks, testLong } from './chars';
import { firstStartingFrom, lowerBound } from './order';
import { TITLES } from './actorWords';
import { GIVEN_NAMES } from './givenNames';
import { make, trimSpan } from './speechPasses';
import { askerLabelAt, brieferBefore, closesTurn, interviewerBefore, REPORTER_LABEL_RE } from './interviews';
import { datelineCityCountry } from './datelines';

// "PENCE: Well, look ..." in transcripts and "Poll: Wealthy Voters Abandon ..." in headlines.
// A transcript of parliament adds the constituency and party, or the office holder's name, in brackets: "Kemi Badenoch
// (North West Essex) (Con):", "The Prime Minister (Keir Starmer):", "Baroness Chapman of Darlington:".
// (Also after a podcast's timestamp, "[00:01:12] FISCHER:", and a post's handle, "@StateDept:".)
// (A select committee's evidence numbers its questions without a full stop: "Q42 Mark Francois:".)
const LABEL = lazyRegExp(() => /^(?:Q\d{1,4}\.?\s+|\d{1,3}\.\s+)?(?:\[\d{1,9}\]\s+)?(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?["\u201c]?((?:\p{Lu}[\p{L}'\u2019.-]*|@[A-Za-z0-9_]{2,30})(?: (?:of (?:the )?|for (?:the )?|de |van |von |bin )?\p{Lu}[\p{L}'\u2019.-]*){0,5})((?:\s\([^()\n]{1,50}\)){0,2}):\s+\S/u);
/** A time zone after a clock time: "07:30 BST:", "14:32 GMT:". */
const TIME_ZONE_LABEL = /^(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AST|IST|PKT|JST|KST|HKT|SGT|AEST|AEDT|SAST|EAT|WAT|CAT|GST|IRST|ICT|WIB|PHT|NZST|NZDT|ET|PT|CT|Z)$/;
/** A person's name in a label's brackets: "(Keir Starmer)". */
const NAME_IN_BRACKETS = lazyRegExp(() => /\(((?:\p{Lu}[\p{L}'\u2019.-]+)(?: \p{Lu}[\p{L}'\u2019.-]+){1,3})\)/u);
/** The article or "our" before a section's label ("THE VERDICT", "OUR RATING"). */
const THE_OUR_RE = /^(?:the|our)\s+/i;
const NOT_LABEL = /^(?:note|update|updated|editor'?s note|photo|photos|file photo|photograph|photographs|picture|pictures|photo credit|image credit|image source|credit|credits|copyright|image caption|photo caption|illustration|graphic|gallery|listen|audio|also read|read also|see also|more from|sign up|sponsored|sponsored content|paid content|partner content|recommended|most read|most popular|trending|top stories|video|watch|related|read more|correction|source|sources|by|posted|published|tags?|image|caption|advertisement|q|a|witnesses|warning|breaking|exclusive|analysis|opinion|live|pictured|above|below|more|also|see|contact|email|follow|subscribe|disclaimer|transcript|clarification|disclosure|crosstalk|laughter|applause|inaudible|bottom line|context|background|details|key points|summary|timeline|driving the news|between the lines|go deeper|flashback|zoom in|zoom out|reality check|fact check|monday|tuesday|wednesday|thursday|friday|saturday|sunday|later this month|later this week|next week|this week|today|tomorrow|tonight|release date|release number|release|date|dateline|media contact|contact|for immediate release|embargoed|embargo|location|place|time|subject|re|from|to|cc|attn|tel|phone|fax|email|web|website|claim|the claim|claim review|claimed by|claim source|claims|verdict|our verdict|rating|our rating|ruling|conclusion|the facts|fact|facts|true|false|misleading|correct|incorrect|follow-up|follow up|key dates|key facts|by the numbers|the big picture|why it matters|what's next|numbers|quick numbers|reader mail|yes|no|ref|refs|dtg|info|classification|classified by|reason|subj|action|origin|distribution|precedence|priority|flash|bulletin|urgent|alert|breaking news|developing|developing story|agency|agencies|dates|addresses|supplementary information|for further information contact|signed|location|locations|parties|mediators|mediator|languages|language|effective|status|signatories|depositary|type|drafted|ratified|citation|headquarters|founded|members|population|capital|website|duration|expires|expiry|venue|participants|speakers|sponsors|signed by|in force|area|established|dissolved|predecessor|successor|commanders|strength|casualties|result|belligerents|in favour|in favor|against|abstaining|abstentions|abstention|ayes|noes|votes|vote|present|absent|not voting|profile|explainer|interview|obituary|feature|factbox|fact box|q&a|comment|review|essay|column|dispatch|report|briefing|scene|portrait|bluf|purpose|issue|issues|risks?|options?|decision|recommended action|action requested|next steps|tabs?|attachments?|enclosures?|assessment|key judgments?|key judgements?|scope note|outlook|mission|situation|logistics|intent|enemy|friendly)$/i;
/** A heading's noun in capitals: "DISCUSSION:", "RECOMMENDATIONS:", "AWARENESS:" (no surname ends so; a briefing's
 * "QUESTION:" is a reporter who speaks). */
const HEADING_NOUN_RE = /^(?!QUESTIONS?$)[A-Z]{2,}(?:TIONS?|SIONS?|NESS)$/;
/** A section's heading of several words: "What we found", "Why it matters", "Our take", "Key findings", "The main takeaways";
 * or a document's kind before its title: "Policy Brief: The Future of ...", "Working Paper:", "Executive Summary:",
 * "UNHCR Regional Update: DRC Situation #58", "Next SitRep:"; or an assessment's topic: "Houthi Attacks:", "Iraqi Politics:". */
const SECTION_LABEL = /^(?:what|why|how|when|where|which|who|our|key)\s|\s(?:findings|facts|points|takeaways|numbers|dates|questions|answers|issues|highlights|details|figures|lessons|stakes|brief|paper|note|summary|memo|memorandum|update|report|sitrep|bulletin|appeal|release|advisory|attacks|strikes|politics|negotiations|operations|developments|diplomacy|relations|escalation|activities)$/i;
/** A humanitarian report's sections and sectors before a colon: "Education: At least 31 schools ...", "Contacts:". */
const SECTOR_LABELS = new Set(
  ('education|health|nutrition|protection|shelter|wash|logistics|coordination|funding|contacts|access|response|needs|gaps|' +
    'constraints|challenges|overview|methodology|highlights|child protection|food security|early recovery|cash assistance|' +
    'gender-based violence|mine action|emergency telecommunications|reporting period|in numbers|funding overview|' +
    'situation overview|operational context|humanitarian access|shelter and nfis|water and sanitation').split('|'),
);
/** A label that is a day, a month or a stretch of them (a diary's or a timeline's entry): "Mid-October:", "Saturday-Sunday:". */
const DATE_LABEL = /^(?:(?:early|mid|late|end)[- ]?)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s*[-\u2013]\s*[a-z]+\.?)?(?:\s+\d{1,2})?(?:,?\s+\d{4})?$/i;

/** A label in Markdown emphasis, the colon inside it or after it: "**PENCE:** ...", "**Jane Doe**: ...", "*Q:* ...". */
const MARKDOWN_LABEL = lazyRegExp(() => /^(\*\*|__|\*|_)(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s+)?((?:\p{Lu}[\p{L}'\u2019.-]*)(?: \p{Lu}[\p{L}'\u2019.-]*){0,3})(\s\([^()\n]{1,50}\))?(?::\1|\1:)\s+\S/u);

/** A caption's speaker in capitals, a comma and the role in capitals: "RET. GEN. JANE DOE, FORMER NATO COMMANDER:". */
const CAPTION_LABEL = lazyRegExp(() => /^((?:\p{Lu}{2,}\.?\s+){1,5}\p{Lu}[\p{Lu}'-]+),\s+\p{Lu}[\p{Lu}0-9 ,.'&()-]{2,70}:\s+\S/u);

/**
 * Whether a head may open CAPTION_LABEL: its first word of capitals ends at a dot or a blank, and a comma follows.
 * (Past ASCII a character may be a capital or a blank: then only the comma is asked for.)
 */
function mayOpenCaption(head: string): boolean {
  let i = 0;
  while (isAsciiUpperCode(head.charCodeAt(i))) i++;
  const c = head.charCodeAt(i);
  if (c >= 128) return head.includes(',');
  return i >= 2 && (c === 46 || c === 32 || (c >= 9 && c <= 13)) && head.includes(',');
}

const UPPER_RE = lazyRegExp(() => /^\p{Lu}$/u);

/** Whether LABEL can match head: a capital (after an optional opening quote) and a colon. */
function mayOpenLabel(head: string): boolean {
  const c = head.charCodeAt(0);
  const first = c === 34 || c === 0x201c ? head.charCodeAt(1) : c;
  // (Or a Hansard question's number before the label: "[906214] Mrs Sharon Hodgson ...:", "Q2. Jane Doe:".)
  // (A name may open with a capital beyond ASCII: "Łukasz Nowak:", "Đurić:".)
  return ((first >= 65 && first <= 90) || first === 91 || first === 64 || (first >= 48 && first <= 57) || (first >= 0xc0 && UPPER_RE().test(head.charAt(c === 34 || c === 0x201c ? 1 : 0)))) && head.indexOf(':', 1) > 0;
}

/**
 * The speaker label that opens a paragraph ("PENCE:", "SPOKESPERSON BRUCE:", "Jane Doe:"), or null: a name or an
 * all-caps label before a colon; a headline phrase ("The Latest:", "Stealth Over Health:") is none.
 */
export function speakerLabelAt(text: string, p: Span): TextSpan | null {
  // (The label's line may close a paragraph of lines run together: "Answered on 17 July 2025\nLuke Pollard (...):".)
  if (p.end - p.start > 2 && text.charCodeAt(p.end - 1) === 58) {
    const nl = lastIndexWithin(text, '\n', p.end - 1, Math.max(p.start, p.end - 81));
    if (nl > p.start) p = { start: skipBlanks(text, nl + 1, p.end), end: p.end };
  }
  let head = text.slice(p.start, Math.min(p.end, p.start + 80));
  // A label on a line of its own, the turn in the paragraph after it: "Luke Pollard (Minister of State for Defence
  // Procurement):" in a written answer.
  const alone = p.end - p.start <= 80 && text.charCodeAt(p.end - 1) === 58;
  if (alone) head += ' \u2026';
  const c = head.charCodeAt(0);
  // "Unsubscribe: https://...", "Web: www.example.org": a label before nothing but a web address is a form's line.
  if (linkOnlyAfterColon(text, p, head)) return null;
  // Markdown interviews set the label in bold or italics: "**Grynkewich:** Our assessment ...".
  const markdown = c === 42 || c === 95;
  // "GEN. JANE DOE, FORMER NATO COMMANDER:": a caption's name in capitals, its role after a comma.
  const captioned = !markdown && mayOpenLabel(head) && mayOpenCaption(head) ? CAPTION_LABEL().exec(head) : null;
  if (captioned) return labelSpan(p, captioned[0], captioned[1]);
  // (A Markdown label's every match holds its colon.)
  const m = markdown ? (head.includes(':') ? MARKDOWN_LABEL().exec(head) : null) : mayOpenLabel(head) ? LABEL().exec(head) : null;
  let name = m ? m[markdown ? 2 : 1] : '';
  // ("THE RATING:", "THE VERDICT:": a section's label with its article is one still.)
  if (!m || NOT_LABEL.test(name) || SECTOR_LABELS.has(name.toLowerCase()) || HEADING_NOUN_RE.test(name) || DATE_LABEL.test(name) || (THE_OUR_RE.test(name) && NOT_LABEL.test(name.replace(THE_OUR_RE, '')))) return null;
  // ("WHAT WE FOUND:", "HOW WE CHECKED:", "KEY FINDINGS:", "THE TAKEAWAYS:": a question word opening a clause, or a
  // plural of an article's furniture, heads a section; a speaker is a person, an office or a body.)
  if (name.includes(' ') && SECTION_LABEL.test(name)) return null;
  // ("KUWAIT CITY: ...", "Gaza City: ...": a city's dateline over a digest's item, no speaker.)
  // ("LAHORE: The National Assembly will ...": a wire city's, whose name the glossary does not hold, is none either.)
  if (name.endsWith(' CITY') || name.endsWith(' City') || datelineCityCountry(name)) return null;
  // "07:30 BST: The first convoy crossed": a live blog's clock time and its zone, no speaker.
  if (TIME_ZONE_LABEL.test(name) && /\d:\d\d\]?\s+$/.test(head.slice(0, head.indexOf(name)))) return null;
  // "The Prime Minister (Keir Starmer):": the office holder named in the brackets speaks.
  // (After a name, the brackets hold a constituency: "Kemi Badenoch (North West Essex)".)
  // ("Mr Speaker (Sir Lindsay Hoyle)" is an office too; "Mrs Sharon Hodgson (Sunderland Central)" is a member and her seat.)
  // (So is a podcast's role: "HOST (Mark Delaney):", "GUEST (Dr. Lena Fischer):".)
  const office = /^The\s/.test(name) || (/^(?:Mr|Madam|Mrs|Ms)\s/.test(name) && officeAt(name.slice(name.indexOf(' ') + 1))) || /^(?:HOST|GUEST|CO-HOST|MODERATOR|INTERVIEWER|PRESENTER|ANCHOR|CALLER|PANELIST|PANELLIST|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN)$/i.test(name);
  // (A podcast's Markdown label may hold a time stamp and the role's holder: "**[00:01:02] Host (Anna Ford):**".)
  const brackets = markdown ? m[3] : m[2];
  const held = brackets && office ? NAME_IN_BRACKETS().exec(brackets) : null;
  const bracketed = !!held;
  if (held && bracketed) name = held[1];
  // (A rank or an honour is no word of the name: "General Sir Roland Walker:", "Air Chief Marshal Sir Tony Radakin:".)
  const words = name.split(' ').filter((w) => !testLong(/^(?:of|the|for|de|van|von|bin)$/, w) && !HONOURS.has(w));
  // (Alone on its line, a label names a person or holds a role in brackets; "Key Findings:" heads what follows.)
  if (alone && !m[2] && !(words.length >= 2 && words.length < name.split(' ').length) && !(words.length >= 2 && GIVEN_NAMES.has(words[0].toLowerCase()))) return null;
  // ("Little Relief for Refugees:" heads a section; only an office's name runs over "for" or "of the".)
  if (!bracketed && / (?:for|of the) /.test(name) && !(/^The /.test(name) && officeAt(name.slice(4)))) return null;
  // "The Prime Minister:", "The SPEAKER:", "The Secretary of State for Defence:": an office speaks in a transcript.
  if (!bracketed && /^The /.test(name) && officeAt(name.slice(4))) return labelSpan(p, m[0], name);
  // "An Hon. Member:", "Several Hon. Members:": the House's interjections in a parliamentary record speak too.
  if (!bracketed && name.includes('Hon') && HON_MEMBERS_RE.test(name)) return labelSpan(p, m[0], name);
  if (!bracketed && name !== name.toUpperCase() && (words.length > 3 || words.some((w) => /^(?:The|A|An|Of|To|In|On|Over|For|And|With|At|By|From|Why|How|What|Who|When|Where|Is|Are|Latest|Breaking|Live|New|More|Our|My|Your|This|That)$/.test(w)))) return null;
  return labelSpan(p, m[0], name);
}

/**
 * The colon that closes a speaker label ending at `at`: after the brackets that follow the name, so that a transcript's
 * time stamp, "David Muir (00:00:12):", or a clock, "Ms Shea (10:42) (United States):", holds no cue.
 */
function labelColon(text: string, at: number): number {
  // (A hearing's label closes with its full stop: "Senator Reed. Thank you, Mr. Chairman.")
  if (text.charCodeAt(at) === 46) return at;
  let i = at;
  for (let n = 0; n < 3; n++) {
    while (text.charCodeAt(i) === 32) i++;
    if (text.charCodeAt(i) !== 40) break;
    const close = text.indexOf(')', i);
    if (close < 0 || close - i > 52) break;
    i = close + 1;
  }
  return text.charCodeAt(i) === 58 ? i : text.indexOf(':', at);
}

/** The first words of a congressional hearing's speaker labels ("Chairman Wicker.", "Mr. HEGSETH.", "The CHAIRMAN."). */
const HEARING_TITLES = new Set(['the', 'chairman', 'chairwoman', 'chair', 'senator', 'representative', 'congressman', 'congresswoman', 'mr', 'mrs', 'ms', 'dr', 'admiral', 'general', 'secretary', 'ambassador', 'director', 'governor', 'judge', 'ranking', 'vice', 'delegate']);
/** A hearing's speaker label and its full stop, before the turn's first word: "Senator Shaheen. Mr. Hegseth, the ...". */
const HEARING_LABEL_RE = /^((?:The\s+(?:Chairman|Chairwoman|Chair|CHAIRMAN|CHAIRWOMAN|CHAIR|Vice\s+Chairman|VICE\s+CHAIRMAN))|(?:Chairman|Chairwoman|Chair|CHAIRMAN|CHAIRWOMAN|CHAIR|Senator|Representative|Congressman|Congresswoman|Mr|Mrs|Ms|Dr|Admiral|General|Secretary|Ambassador|Director|Governor|Judge|Ranking\s+Member|Vice\s+Chairman|Delegate)\.?(?:\s+(?:\p{Lu}[\p{L}'\u2019-]+|\p{Lu}\.)){1,3})\.\s+(?=["\u201c\[\p{Lu}])/u;

/**
 * The speaker labels of a congressional hearing's record (the Government Publishing Office's style): a title and a
 * name closed by a full stop, "Chairman Wicker. Good morning." Set where no other label is, when at least two
 * paragraphs open so: in prose a sentence is never a title and a name alone.
 */
function hearingLabels(text: string, seg: Segmentation, labels: (TextSpan | null)[]): void {
  const found: { j: number; label: TextSpan }[] = [];
  for (let j = 0; j < seg.paragraphs.length; j++) {
    if (labels[j]) continue;
    const p = seg.paragraphs[j];
    if (!isAsciiUpperCode(text.charCodeAt(p.start))) continue;
    let w = p.start;
    while (w < p.end && w - p.start < 14 && isAsciiLetterCode(text.charCodeAt(w))) w++;
    if (!HEARING_TITLES.has(text.slice(p.start, w).toLowerCase())) continue;
    const m = HEARING_LABEL_RE.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (m) found.push({ j, label: { start: p.start, end: p.start + m[1].length, text: m[1] } });
  }
  if (found.length < 2) return;
  for (const { j, label } of found) labels[j] = label;
}

/** A paragraph that is a label, its colon, then one web address and nothing else. */
const LINK_ONLY_RE = /^\s*<?(?:https?:\/\/|www\.)\S*\s*$/;

/** Whether the paragraph p reads "Label: <web address>" and no more. */
function linkOnlyAfterColon(text: string, p: Span, head: string): boolean {
  const colon = head.indexOf(':');
  if (colon < 1 || p.end - p.start - colon > 300) return false;
  const after = skipBlanks(text, p.start + colon + 1, p.end);
  const c = text.charCodeAt(after);
  return (c === 104 || c === 119 || c === 60) && LINK_ONLY_RE.test(text.slice(after, p.end));
}

/** The members of a House who interject unnamed: "An Hon. Member", "Hon. Members", "Several Hon. Members". */
const HON_MEMBERS_RE = /^(?:(?:An|Several|Some|Many|Other|Two|Three)\s+)?(?:Hon\.?|Honourable|Honorable|Noble)\s+(?:Members?|Lords?|Lady|Ladies|Gentleman|Gentlemen|Friends?)$/;

/** Ranks, honours and forms of address before a speaker's name. */
const HONOURS = new Set(
  'General Lieutenant-General Major-General Brigadier Colonel Lieutenant Major Captain Commander Admiral Vice Rear Air Chief Marshal Field Sir Dame Lord Lady Baroness Baron Dr Dr. Professor Prof Prof. Rt Hon Mr Mr. Mrs Mrs. Ms Ms. Miss Judge Justice Rev Rev. Reverend Ambassador'.split(' '),
);

/** Whether text[from, end) opens with a line of a few capitalised words, no sentence, that does not end the paragraph. */
function topicHeading(text: string, from: number, end: number): boolean {
  const k = text.slice(from, Math.min(end, from + 61)).indexOf('\n');
  if (k < 0) return false;
  const nl = from + k;
  const line = text.slice(from, nl).trim();
  return /^\p{Lu}[\p{L}'\u2019-]*(?: (?:and|of|the|for|in|on|to|\p{Lu}[\p{L}'\u2019-]*)){0,6}$/u.test(line);
}

/** Whether the actors hold a country mention over exactly the label. */
function countryAt(actors: readonly ActorAnnotation[], label: TextSpan): boolean {
  const k = firstStartingFrom(actors, label.start);
  return k < actors.length && actors[k].start === label.start && actors[k].end === label.end && actors[k].category === 'country';
}

/** Whether the first attribution after `from` has its source right there, as the lead's subject ("The Sharjah government has announced"). */
function leadSubjectSpeaks(sorted: readonly AttributionAnnotation[], starts: readonly number[], from: number, end: number): boolean {
  const k = lowerBound(starts, from);
  const src = k < sorted.length ? sorted[k].source : undefined;
  return !!src && sorted[k].start < end && src.start >= from && src.start - from < 3;
}

/** The labels that open more than one paragraph (empty in a digest, whose items each have their own). */
function countLabels(labels: readonly (TextSpan | null)[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const l of labels) if (l) uses.set(l.text, (uses.get(l.text) ?? 0) + 1);
  for (const [k, n] of uses) if (n < 2) uses.delete(k);
  return uses;
}

/**
 * Whether the sentence that opens at `from` (after a label's colon) holds an attribution of its own, with a source
 * that is no pronoun: "..., the ISPR said". `sorted` holds the attributions found in sentences, by start.
 */
function reportsItself(seg: Segmentation, sorted: readonly AttributionAnnotation[], starts: readonly number[], from: number): boolean {
  const k = lowerBound(starts, from);
  if (k >= sorted.length) return false;
  const a = sorted[k];
  const s = seg.sentences[firstStartingFrom(seg.sentences, from + 1) - 1];
  if (!s || s.end <= from || a.start >= s.end || !a.source) return false;
  return !PRONOUNS.has(a.source.text.toLowerCase());
}

/**
 * Whether a label in capitals is a place that the words after its colon name again in title case, a Gulf or South
 * Asian paper's dateline opening any paragraph: "DUBAI: The Dubai government has announced ...", "SHARJAH: The Sharjah
 * Police said ...". (A speaker's turn does not open by naming the speaker.)
 */
export function placeEchoed(text: string, label: TextSpan, end: number): boolean {
  const name = label.text;
  if (name.length < 4 || name.length > 24 || !isAsciiUpperCode(name.charCodeAt(1))) return false;
  const from = text.indexOf(':', label.end) + 1;
  if (from <= 0 || from - label.end > 2) return false;
  let title = '';
  for (const w of name.split(' ')) {
    if (!testLong(/^[A-Z][A-Z'\u2019-]+$/, w)) return false;
    title += (title ? ' ' : '') + w[0] + w.slice(1).toLowerCase();
  }
  const at = text.slice(from, Math.min(end, from + 160)).indexOf(title);
  if (at < 0 || isAsciiLetterCode(text.charCodeAt(from + at + title.length))) return false;
  // (Not a surname after its given name: "TAPPER: Welcome back. I'm Jake Tapper." is the host.)
  return !(at > 1 && text.charCodeAt(from + at - 1) === 32 && GIVEN_BEFORE_RE().test(text.slice(Math.max(from, from + at - 20), from + at)));
}
/** A capitalised word other than an article right before a blank: the given name of the surname after it. */
const GIVEN_BEFORE_RE = lazyRegExp(() => /(?:^|[^\p{L}])(?!(?:The|A|An)\s)\p{Lu}[\p{L}'\u2019.-]*\s$/u);

/** Whether paragraph j's label is the text's only one. */
function soleLabel(labels: readonly (TextSpan | null)[], j: number): boolean {
  for (let m = 0; m < labels.length; m++) if (m !== j && labels[m]) return false;
  return true;
}

/**
 * "DHAKA: The International Crimes Tribunal-1 yesterday sentenced ...", "COX'S BAZAR: ...": a name in capitals before the
 * colon that opens the article's first paragraph, the only label in it, is the dateline of the South Asian press (Dawn,
 * The Daily Star), not a speaker (a transcript labels many turns; an office, "PRESIDENT:", speaks).
 */
function datelineLead(text: string, seg: Segmentation, j: number, label: TextSpan): boolean {
  const from = skipBlanks(text, labelColon(text, label.end) + 1, seg.paragraphs[j].end);
  if (officeAt(label.text) || !isAsciiUpperCode(text.charCodeAt(from))) return false;
  // (A lead names its day after its subject, "... yesterday sentenced", "... on Tuesday unveiled"; a speaker's turn,
  // "PENCE: Well, look, we are ready.", does not.)
  const lead = text.slice(from, Math.min(seg.paragraphs[j].end, from + 120));
  return lead.includes('day') && LEAD_WHEN_RE.test(lead);
}
/** Whether nothing but headings comes before paragraph j. */
function opensText(headings: ReadonlySet<number>, j: number): boolean {
  for (let m = 0; m < j; m++) if (!headings.has(m)) return false;
  return true;
}
/**
 * Whether paragraph j's label (its words starting at `from`) is a dateline, no speaker. Only the text's one label, and
 * not when its paragraph ends by asking ("CCTV: The Japanese prime minister said ... What is China's comment?"): in a
 * transcript, "PENCE: ... HARRIS: The vice president is wrong, and the people know it.", every name speaks, whoever its
 * turn reports. Then a place in capitals before a lead whose first sentence names its own source ("NEW DELHI: The
 * Centre on Thursday approved ..., Union Home Minister Amit Shah announced"), or, opening the article, before a lead
 * that names its day ("DHAKA: The tribunal yesterday sentenced ..."); or a place of a word or two in title case, as the
 * Gulf press writes it, opening the article before a lead whose own subject speaks ("Sharjah: The Sharjah government has
 * announced ..."; not "Reuters: According to the customs agency, ...", the newsroom's item).
 */
function datelineLabel(text: string, seg: Segmentation, labels: readonly (TextSpan | null)[], headings: ReadonlySet<number>, sorted: readonly AttributionAnnotation[], starts: readonly number[], j: number, label: TextSpan, from: number): boolean {
  const end = seg.paragraphs[j].end;
  if (!soleLabel(labels, j) || closingMark(text, end) === 63) return false;
  if (label.text === label.text.toUpperCase()) return reportsItself(seg, sorted, starts, from) || (opensText(headings, j) && datelineLead(text, seg, j, label));
  return opensText(headings, j) && !officeAt(label.text) && TITLE_PLACE_RE().test(label.text) && leadSubjectSpeaks(sorted, starts, from, end) && reportsItself(seg, sorted, starts, from);
}
/** A place's name in title case, of one word or two: "Sharjah", "Abu Dhabi". */
const TITLE_PLACE_RE = lazyRegExp(() => /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u);
/** The last mark of the span ending at `end`, past blanks and closing quotation marks (a char code, NaN at the text's start). */
function closingMark(text: string, end: number): number {
  let e = end;
  while (e > 0) {
    const c = text.charCodeAt(e - 1);
    if (!isSpaceCode(c) && c !== 34 && c !== 0x201d && c !== 0x2019 && c !== 39) break;
    e--;
  }
  return text.charCodeAt(e - 1);
}
/** A full stop, "?" or "!": what closes a sentence, as no headline ends. */
const ENDS_SENTENCE = new Set([46, 63, 33]);
/** A lead's subject, then its day and its verb: "The tribunal yesterday sentenced", "Finance Minister X on Tuesday unveiled". */
const LEAD_WHEN_RE = /^(?!(?:I|We|You|They|He|She|It)\s)[^.!?:;"\u201c]{2,90}?\s(?:yesterday|today|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+[a-z]{3,}/;

/** The label's name as a span of the text. */
function labelSpan(p: Span, match: string, name: string): TextSpan {
  const start = p.start + match.indexOf(name);
  return { start, end: start + name.length, text: name };
}

/** Whether words open with an office ("Prime Minister", "Chancellor of the Exchequer", "SPEAKER"). */
function officeAt(words: string): boolean {
  const keys = words.toLowerCase().replace(/\./g, '').split(' ');
  for (let n = Math.min(3, keys.length); n >= 1; n--) if (TITLES.has(keys.slice(0, n).join(' '))) return true;
  return false;
}

/** Speaker labels at the start of a paragraph: the label is the source, the colon the cue. */
export function labelAttributions(text: string, seg: Segmentation, out: AttributionAnnotation[], titleCase: (words: string) => boolean, actors: readonly ActorAnnotation[] = []): void {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const starts = sorted.map((a) => a.start);
  const headings = new Set(seg.headings);
  const turns: { a: AttributionAnnotation; paragraph: number }[] = [];
  const speakers = new Set<string>();
  const questions: { paragraph: number; label: TextSpan }[] = [];
  // "A:" turns: the answer's colon, and the speaker label after it if any ("A: SPOKESPERSON: ...").
  const answers: { paragraph: number; colon: number; label: TextSpan | null }[] = [];
  // The paragraphs that open with a label of either kind: a turn stops before them.
  const labelled = new Set<number>();
  const labels = seg.paragraphs.map((p) => speakerLabelAt(text, p));
  hearingLabels(text, seg, labels);
  // The labels that open several paragraphs, counted only when a country's name is one.
  let uses: Map<string, number> | undefined;
  // (The briefer a bare "Spokesperson:" label speaks for; undefined until such a label is met.)
  let roleBriefer: TextSpan | null | undefined;
  for (let j = 0; j < seg.paragraphs.length; j++) {
    const p = seg.paragraphs[j];
    const asker = askerLabelAt(text, p);
    if (asker && !headings.has(j)) questions.push({ paragraph: j, label: asker });
    const q = skipBlanks(text, p.start, p.end);
    if (!asker && !headings.has(j) && text.charCodeAt(q) === 65 && text.charCodeAt(q + 1) === 58 && isSpaceCode(text.charCodeAt(q + 2))) {
      answers.push({ paragraph: j, colon: q + 1, label: speakerLabelAt(text, { start: skipBlanks(text, q + 2, p.end), end: p.end }) });
      labelled.add(j);
      continue;
    }
    const label = labels[j];
    if (asker || label) labelled.add(j);
    // ("Sudan: Humanitarian Situation Report No. 14" heads the article; no one speaks there.)
    // ("QUESTION:" asks, below, as "Q:" does.)
    if (!label || headings.has(j) || asker?.text === 'QUESTION') continue;
    // "**Sudan:** More than 2,000 civilians ...": a digest's item on a country, not the country speaking. (In a
    // debate or a transcript some label opens more than one turn: there a delegation speaks.)
    if (countryAt(actors, label)) {
      uses ??= countLabels(labels);
      if (!uses.size) continue;
    }
    const srcStart = label.start;
    // (After Markdown emphasis the colon may follow it, and the words start after the emphasis closes.)
    const colon = labelColon(text, label.end);
    let from = colon + 1;
    while (text.charCodeAt(from) === 42 || text.charCodeAt(from) === 95) from++;
    const k = lowerBound(starts, srcStart);
    if (k < sorted.length && sorted[k].start < colon + 1) continue;
    // "Ukraine: Military Aid" over a written question: a topic and its heading in title case, the line unfinished.
    if (topicHeading(text, from, p.end)) continue;
    if (datelineLabel(text, seg, labels, headings, sorted, starts, j, label, from)) continue;
    // ("DUBAI: The Dubai government has announced ..., the Dubai Media Office said.": a place that its lead names again.)
    if (placeEchoed(text, label, p.end) && !officeAt(label.text) && reportsItself(seg, sorted, starts, from)) continue;
    let body = trimSpan(text, from, p.end);
    let at = j;
    // A label on a line of its own speaks in the paragraph after it.
    if (body.end <= body.start) {
      if (j + 1 >= seg.paragraphs.length || labels[j + 1] || headings.has(j + 1)) continue;
      at = j + 1;
      body = trimSpan(text, seg.paragraphs[at].start, seg.paragraphs[at].end);
    }
    // "**Spokesperson**: ..." under "Spokesperson Anna Ford held the daily briefing": a bare role speaks for the briefer
    // the lead names (looked for once, at the first such label).
    let source: TextSpan = label;
    if (label.text.length < 16 && BARE_ROLE_LABEL_RE.test(label.text)) {
      if (roleBriefer === undefined) roleBriefer = brieferBefore(text, seg, j);
      if (roleBriefer) source = roleBriefer;
    }
    const a = make(text, { start: colon, end: colon + 1 }, source, body);
    out.push(a);
    turns.push({ a, paragraph: at });
    speakers.add(label.text.toUpperCase());
  }
  // "A: SPOKESPERSON: ..." answers as the label says; a bare "A:" answers for the one a briefing's lead names
  // ("Foreign Ministry spokesperson Lin Jian answered questions at a regular press briefing.").
  const briefer = answers.length ? brieferBefore(text, seg, Math.min(answers[0].paragraph, questions.length ? questions[0].paragraph : answers[0].paragraph)) : null;
  // (Where the lead names no one, a bare "A:" among named turns, "Mao Ning: ..." then "Q: A follow-up ..." and "A: ...",
  // answers for the one whose label opens the most turns, at least two: a briefing's spokesperson.)
  const answerer = answers.length && !briefer && turns.length >= 2 ? mostFrequentLabel(turns) : null;
  // (Its turns so far, in paragraph order, read once with the answers, which are in paragraph order too.)
  const answererTurns = answerer ? turns.filter((t) => t.a.source && labelKey(t.a.source.text) === answerer) : [];
  let lastTurn = -1;
  for (const { paragraph: j, colon, label } of answers) {
    const p = seg.paragraphs[j];
    while (lastTurn + 1 < answererTurns.length && answererTurns[lastTurn + 1].paragraph < j) lastTurn++;
    const source = label ?? briefer ?? (lastTurn >= 0 ? answererTurns[lastTurn].a.source : null);
    if (!source) continue;
    const cue = label ? labelColon(text, label.end) : colon;
    let from = cue + 1;
    while (text.charCodeAt(from) === 42 || text.charCodeAt(from) === 95) from++;
    const a = make(text, { start: cue, end: cue + 1 }, source, trimSpan(text, from, p.end));
    out.push(a);
    turns.push({ a, paragraph: j });
    speakers.add(source.text.toUpperCase());
  }
  // A White House transcript marks the press's questions "Q:": beside named speakers, a questioner asks, named only
  // when the label goes on with the reporter ("Q: Reporter (AFP), Jean-Luc Martin: ..."). (Alone, "Q:" and "A:" are
  // an explainer's own questions and answers.) A publication named with "The" asks too: "The Economist: Russia spends
  // 40 percent ...".
  if (speakers.size >= 1 && questions.length) {
    // (A bare "Q:" asks for the one the introduction names: "The minister spoke to our editor, Jane Roe, ...".)
    let asker: TextSpan | null | undefined;
    for (const { paragraph: j, label } of questions) {
      const p = seg.paragraphs[j];
      const k = lowerBound(starts, label.start);
      if (k < sorted.length && sorted[k].start < label.end + 1) continue;
      const bare = label.text === 'Q' || label.text === 'QUESTION';
      const reporter = bare ? REPORTER_LABEL_RE().exec(text.slice(label.end + 1, Math.min(p.end, label.end + 100))) : null;
      let cue = label.end;
      let source: TextSpan | null = bare ? null : label;
      if (reporter) {
        const at = label.end + 1 + reporter[0].length - reporter[1].length - reporter[2].length - 1;
        source = { start: at, end: at + reporter[1].length, text: reporter[1] };
        cue = label.end + reporter[0].length;
      } else if (bare) {
        if (asker === undefined) asker = interviewerBefore(text, seg, questions[0].paragraph);
        source = asker;
      }
      const a = make(text, { start: cue, end: cue + 1 }, source, trimSpan(text, cue + 1, p.end));
      out.push(a);
      turns.push({ a, paragraph: j });
      // (The press that a full transcript labels "QUESTION:", unnamed, is one of its speakers too.)
      if (source) speakers.add(source.text.toUpperCase());
      else if (label.text === 'QUESTION') speakers.add('');
    }
    turns.sort((x, y) => x.paragraph - y.paragraph);
  }
  // A transcript (two speakers or more): a turn runs on over the paragraphs after its label, up to the next label,
  // heading or credit line ("MR. MILLER: Good afternoon ..." then "Second, today the Treasury ..."). A headline that
  // opens with a name ("Pence: Flowers Won't Be at Debate") is no turn.
  if (speakers.size < 2) return;
  for (let t = 0; t < turns.length; t++) {
    const { a, paragraph } = turns[t];
    // (A broadcast host's welcome that names the show in capitals, "JAKE TAPPER, CNN HOST: Welcome to STATE OF THE
    // UNION. I'm Jake Tapper.", ends its sentences as no headline does.)
    if (!a.content || (titleCase(text.slice(a.content.start, a.content.end)) && !(ENDS_SENTENCE.has(closingMark(text, a.content.end)) && a.source?.text === a.source?.text.toUpperCase()))) continue;
    const until = t + 1 < turns.length ? turns[t + 1].paragraph : seg.paragraphs.length;
    let last = paragraph;
    while (last + 1 < until && !headings.has(last + 1) && !labelled.has(last + 1) && !closesTurn(text.slice(seg.paragraphs[last + 1].start, seg.paragraphs[last + 1].start + 60))) last++;
    if (last > paragraph) a.content = { start: a.content.start, end: seg.paragraphs[last].end };
  }
}

/** A label that is a spokesperson's role and no name: "Spokesperson", "SPOKESMAN", "The Spokeswoman". */
const BARE_ROLE_LABEL_RE = /^(?:[Tt]he\s+|THE\s+)?(?:[Ss]pokes(?:person|man|woman)|SPOKES(?:PERSON|MAN|WOMAN))$/;

/** A label's last word, which "Spokesperson Lin Jian" and "Lin Jian" share. */
function labelKey(label: string): string {
  return label.slice(label.lastIndexOf(' ') + 1);
}

/** The last word of the labels that open the most of the turns, when they open two or more (the first, on a tie). */
function mostFrequentLabel(turns: readonly { a: AttributionAnnotation }[]): string | null {
  const uses = new Map<string, number>();
  let best: string | null = null;
  let most = 1;
  for (let t = 0; t < turns.length; t++) {
    const src = turns[t].a.source;
    if (!src) continue;
    const key = labelKey(src.text);
    const n = (uses.get(key) ?? 0) + 1;
    uses.set(key, n);
    if (n > most) {
      most = n;
      best = key;
    }
  }
  return best;
}
