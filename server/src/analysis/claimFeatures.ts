// What makes a sentence a claim worth sourcing: figures, comparisons, causes, predictions, certainty,
// evaluative words and generalisations. Each feature is a word-anchored regex over a bounded slice; the
// caller masks out what is reported speech, quotations and dates first.
import { codeAt, hashWord, isAsciiLetterCode, isAsciiLowerCode, isAsciiUpperCode, isDigitCode, isSpaceCode, isWordCode, testLong } from './chars';

export interface Feature {
  reason: string;
  /**
   * How much the feature alone makes a sentence worth checking, in (0, 1): hard facts (figures, trends,
   * comparisons) rank above predictions and generalisations, as on the CheckThat! debates.
   */
  weight: number;
  re: RegExp;
}

/** Human wording of each reason, for messages. */
export const REASON_WORDS: Record<string, string> = {
  figure: 'figure',
  comparison: 'comparison',
  superlative: 'superlative',
  trend: 'trend',
  causal: 'causal claim',
  prediction: 'prediction',
  certainty: 'certainty',
  evaluative: 'evaluative language',
  generalisation: 'generalisation',
};

// Verbs that, after "will", announce a schedule rather than predict ("delegates will meet on Tuesday").
const SCHEDULE = 'pay (?:an? )?(?:official |state |working |two-day |three-day )?visit|meet|resume|reconvene|convene|hold|gather|travel|visit|attend|begin|start|open|close|continue|take place|host|sign|vote|speak|address|arrive|return|hold talks|discuss|present|publish|release|announce|expire|lapse|end|take effect|enter into force|come into force|revert|return to|report (?:back )?(?:to|by)|sit|fly|take up|hand over|exchange (?:the |their )?(?:instruments|notes|letters|ratifications)|deposit (?:the |its |their )?instruments?|adjourn|rise|consider|examine|review|hear|debate|look into|(?:deliver|unveil|table|give) (?:the |a |an |his |her |its |their |this year\'s |next year\'s )?(?:[a-z-]+ ){0,2}?(?:budget|speech|address|statement|remarks|keynote|lecture|sermon|testimony|bill|verdict|ruling|judg(?:e)?ment)s?';

export const FEATURES: Feature[] = [
  {
    reason: 'figure',
    // ("Bangla year 1432 begins on 14 April", "the Hijri year 1447": a calendar's year after "year" counts nothing.)
    // (Figures in words count too: "Fifty-eight percent of young people", "Fifteen million jobs", "a million dollars", as do
    // records, "a 16-year low", and counts of times, "filed for bankruptcy six times".)
    weight: 0.65,
    re: /(?:[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b|(?:million|billion|trillion|thousand|hundred)\b)|\b(?:millions|billions|thousands|hundreds|dozens) of\b|\b\d{1,3}(?:,\d{3})+\b|\b(?=\d)(?<!\byear\s)(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\b(?!\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|:))(?=\s+[a-z])|\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens)\s+(?:[a-z]+\s+)?(?:people|civilians|soldiers|troops|children|women|men|fighters|militants|members|staff|workers|employees|officials|officers|diplomats|students|patients|passengers|protesters|demonstrators|residents|jobs|journalists|detainees|prisoners|hostages|migrants|refugees|casualties|deaths|drones|missiles|rockets|tanks|aircraft|ships|vessels|villages|towns|homes|buildings|hospitals|schools|droughts|floods|earthquakes|storms|hurricanes|cyclones|typhoons|wildfires|famines|epidemics|outbreaks|attacks|airstrikes|strikes|raids|bombings|explosions|shootings|killings|massacres|coups|wars|crises|recessions|riots|incidents|accidents|crashes|violations|breaches|defaults|times)\b|\bby\s+(?:a\s+third|half|a\s+half|two\s+thirds|a\s+quarter|three\s+quarters|a\s+fifth|a\s+tenth)\b|\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a)\s+(?:percent|per\s+cent|million|billion|trillion)\b|\b\d+-(?:year|month|week|decade)\s+(?:high|low)s?\b|\b(?:one|two|three)\s+in\s+(?:three|four|five|six|seven|eight|nine|ten|\d+)\b|\b(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters)\s+of\s+(?:the|all|its|their|his|her|those|these)\b|\b(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|just\s+under|just\s+over)\s+(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|a\s+fifth)\s+of\s+(?!the\s+(?:time|way|year|month|week|day|century|decade)\b)[a-z]+)/gi,
  },
  {
    reason: 'comparison',
    weight: 0.55,
    re: /\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|faster|slower|stronger|weaker|cheaper|richer|poorer|older|younger)\s+(?:\w+\s+){0,2}than|twice as|half as|as (?:much|many) as|compared (?:with|to)|outnumber\w*|exceed\w*|at least|at most|nearly|almost(?! certain)|roughly|about \d)\b/gi,
  },
  {
    reason: 'superlative',
    // ("With most ballots counted": "most" before a plural noun, with no article, is a share, no superlative; "the most
    // votes", "most famous" are; "the most serious charge" is the gravest count of an indictment, named. "Most"
    // before a word that sorts a plural noun is a share too: "most remaining provisions", "most U.S. tariffs", "most
    // other members"; not after a possessive: "the region's most major ports". "Her most recent book", "most recently in
    // March" say when, not how good. "The most sensitive issues", "the most contentious questions" of a talk name its agenda, no ranking to check.)
    weight: 0.45,
    re: /\b(?:largest|biggest|highest|lowest|greatest|smallest|strongest|weakest|worst|best|fastest|slowest|deadliest|richest|poorest|oldest|youngest|longest|shortest|hardest|toughest|most(?<=\b(?:the|its|their|his|her|our|whose)\smost) (?!of\b)(?!recent(?:ly)?\b)(?!serious (?:charges?|counts?|offen[cs]es?)\b)(?!(?:sensitive|contentious|difficult|divisive|thorny|controversial|pressing) (?:issues?|questions?|points?|topics?)\b)\w+|most(?<!\b(?:the|its|their|his|her|our|whose)\smost) (?!of\b)(?!recent(?:ly)?\b)(?![a-z]+(?<!ou|s)s\b)(?!(?<!['\u2019]s most )(?:remaining|existing|other|new|big|major|large|small|western|national|local|foreign|member|eu|e\.u\.|u\.s\.|us|uk|un)\s+[a-z]+(?<!ou|s)s\b)\w+|least(?<!\bat\sleast) (?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twice|once|half|a|an)\b)\w+|record(?=\s+(?:high|low|highs|lows|number|numbers|level|levels|year|turnout|amount|sum|profit|profits|loss|losses|deficit|surplus|temperatures?|heat|time|pace|margin|share)\b)|record-\w+|unprecedented|first time|first of its kind|first[- ]ever|only (?:country|nation|state|person)|only one (?=to|of|who|that|country|nation|state)|(?:top|leading|foremost)(?<=\b(?:the|its|their|a|voters['\u2019])\s+(?:top|leading|foremost))\s+(?=(?:concern|concerns|priority|priorities|issue|issues|worry|worries|cause|causes|reason|source|destination|exporter|importer|producer|supplier|buyer|donor|choice|threat|killer)\b))/gi,
  },
  {
    reason: 'trend',
    weight: 0.6,
    // ("Rose Gottemoeller put it bluntly": a name; "declined to send in troops", "declined to comment", "declined to order
    // Google to sell Chrome": a refusal, "to" and a verb; "declined to 4.1%", "declined to a record low" a trend.)
    // ("She grew up in Kabul": growing up is no growth; nor is dropping an objection, a plan or a case: "Hungary dropped its
    // objections", "dropped the lawsuit"; "dropped a further 3%", "dropped the most since 2020" are falls.)
    // ("The Berlin Wall fell in 1989", "the city fell to the rebels": a fall from power or to an army, no figure's.)
    re: /\b(?:rose(?=\s*[\d.,;:$%]|\s+(?:by|to|from|sharply|steadily|slightly|steeply|significantly|again|above|over|in|on|after|for|as|and|but|more|less|nearly|almost|about|some|this|last|year|month|week|quarter)\b|\s*$)|risen|rising|fell(?<!\b(?:wall|regime|government|city|town|capital|empire|dynasty|fortress|stronghold|bastion|monarchy)\s+fell)|fallen|falling|increased|increasing|decreased|decreasing|doubled|tripled|halved|soared|soaring|plunged|plummeted|surged|dropped(?!\s+(?:(?:its|their|his|her|all|any|out|off|charges?|objections?|plans?|demands?|bids?|cases?|lawsuits?|claims?|requirements?|opposition|support)\b|the\s+(?!most\b|least\b)|an?\s+(?!further\b|additional\b|record\b|sharp\b|steep\b)))|(?:declined|declining)(?!\s+to\s+(?!(?:a|an|the|its|their|his|her|about|around|nearly|almost|roughly|some|just|below|under|less|more|levels?|record|lowest|lows?|historic|multi-year|pre-[a-z]+|zero|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+(?:teen|ty))\b)[a-z]{2,}\b)|(?:grew|grown|growing)(?![\s-]+up\b)|jumped|spiked|shrank|shrunk|climbed|slumped|tumbled|(?:fleeing|deserting|abandoning|flocking|pouring|pulling\s+out|losing|struggling)(?<=\b(?:are|is)\s+(?:fleeing|deserting|abandoning|flocking|pouring|pulling\s+out|losing|struggling)))\b/gi,
  },
  {
    reason: 'causal',
    weight: 0.4,
    // ("are due to present their findings": "due to" before a verb is a schedule, not a cause.)
    // ("We are determined to strengthen our base": an aim after "to" says nothing caused anything.)
    // ("The dollar weakened against the euro", "the rouble strengthened to 80 per dollar": a move with no object causes nothing.)
    re: /\b(?:because(?: of)?|due to(?!\s+(?:be|present|meet|vote|begin|start|end|take|hold|return|arrive|leave|open|close|expire|report|publish|release|announce|decide|rule|sign|visit|travel|resume|finish|deliver|testify|appear|speak|address|submit|launch|face|serve|respond|reply|hear|debate|review|conclude|convene|gather|unveil|adopt|approve|complete|enter|come|go|hand|brief|discuss|consider|receive|make|give|set|lift|reopen|depart|land|step|run|become|pay|issue|file|sit|weigh|elect|choose|name|appoint|confirm|hold|host|attend|join|send|table|publish|introduce|pass|debate|unveil|kick|expand|raise|impose|apply)\b)|caused|causes|causing|led to|leads to|lead to|leading to|result(?:ed|s)? in|as a result|thanks to|driven by|fuell?ed by|blamed (?:on|for)|contribut(?:ed|es|ing) to|responsible for|triggered|sparked|undermin(?:ed|es|ing)|(?:weaken(?:ed|s|ing)|strengthen(?:ed|s|ing)|(?:weaken|strengthen)(?<!\bto\s(?:weaken|strengthen)))(?!\s*[.,;:]|\s+(?:against|to|by|for|in|on|from|past|beyond|after|as|slightly|sharply|further|modestly|marginally|somewhat|again|considerably|significantly)\b)|fuel(?:s|ed|led|ing)|prompt(?:ed|s|ing))\b/gi,
  },
  {
    reason: 'prediction',
    weight: 0.3,
    // ("We will cut emissions by 2030": what the speaker will do is a commitment, not a prediction; "we will never
    // again become victims", "we will face" still foretell.)
    // (So is what the speaker is going to do: "We're going to cut taxes", "I am not going to wait".)
    re: new RegExp(
      `\\b(?:(?:will(?<!\\b(?:we|i)\\swill)|will(?=\\s+(?:not\\s+)?(?:be|become|never|see|face|win|lose|need|have|get|remain|suffer|find|know)\\b))(?! (?:also |again |then |first |now |next |formally |officially |jointly )?(?:${SCHEDULE})\\b)(?! (?:next |also |then |formally |officially )?be (?:held|signed|hosted|published|released|announced|issued|presented|launched|opened|convened|tabled|submitted|debated|reviewed|updated|delivered|available|made available|posted|broadcast|streamed|livestreamed|heard|handed down|sworn in)\\b)|won't|(?:is|are|was|were|remains?) (?:un)?likely|likely to|unlikely|inevitabl[ey]|bound to|doomed to|destined to|set(?<!\\b(?:was|were|had\\s+been)\\s+set) to|poised to|on track to|(?:is|are) expected to(?! (?:arrive|reach|land|depart|dock|sail|begin|start|resume|end|finish|last|run|open|close|reopen|take effect)\\b)|would (?:inevitably|certainly|likely|surely)|going(?<!\\b(?:we|i)(?:\\s+(?:are|am)|['\u2019](?:re|m))(?:\\s+not)?\\s+going) to)\\b`,
      'gi',
    ),
  },
  {
    reason: 'certainty',
    weight: 0.3,
    // ("The truth is that the market is broken", "Make no mistake": an assertion dressed as settled fact.)
    // ("It is obvious that the West wants to prolong the conflict": so is one set after "it is obvious", "it is clear".)
    // ("Belgium has asked for guarantees", "security guarantees": the noun after a word that asks for, gives or sorts
    // it is a pledge sought, no certainty; "The plan guarantees a pension" still asserts.)
    re: /\b(?:almost certain(?:ly)?|certainly|undoubtedly|clearly|obviously|surely|definitely|without (?:a )?doubt|no doubt|of course|inevitabl[ey]|unavoidabl[ey]|undeniabl[ey]|in fact|proven|proves|guarantee(?<!\b(?:for|of|security|the|any|no|such|these|those|written|firm|legal|loan|credit|bank|state|seek|seeks|sought|seeking|provide|provides|provided|offer|offers|offered|give|gives|gave|want|wants|wanted|demand|demands|demanded|with|without|and|new|binding)\sguarantee)[sd]?|the (?:simple |plain |hard |sad )?(?:truth|fact|reality) is(?= that\b|,|:)|make no mistake|there is no (?:question|denying)|it(?:'s|\u2019s| is| was| seems| became| has become) (?:(?:quite|absolutely|perfectly|abundantly|already|now|increasingly|very) )?(?:obvious|evident|self-evident|indisputable|clear|beyond (?:any )?doubt)(?= that\b))\b/gi,
  },
  {
    reason: 'evaluative',
    weight: 0.45,
    // ("serious charges", "a serious offence": a grade of charge in law, no judgement.)
    // ("non-essential travel", "non-essential workers": a class of things, no judgement.)
    re: /\b(?:far too|much too|too \w+ to|significantly|dramatically|severely|drastically|hugely|massive(?:ly)?|huge|vast(?:ly)?|enormous(?:ly)?|disastrous(?:ly)?|catastrophic|crucial|critical(?!\s+(?:minerals?|raw\s+materials|infrastructure|care|condition|mass|path))|vital|essential(?<!\bnon-essential)|failed|failing|failure|fails|inadequate|insufficient|historic|remarkabl[ey]|alarming(?:ly)?|dangerous(?:ly)?|reckless(?:ly)?|successful(?:ly)?|effective(?<!\b(?:become|became|becomes|becoming)\s+effective)(?:ly)?(?!\s+(?:from|on|upon|as\s+of|immediately|today|tomorrow|at|date|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|\d)|\s\s)|ineffective|devastating|shocking|outrageous|excessive(?:ly)?|sharply|heavily|deeply|badly|seriously|vague|weak|corrupt|illegal|unfair(?:ly)?|unjust|wrong|right to|key(?!\s+(?:(?:policy|interest|lending|deposit|refinancing|repo|benchmark|overnight)\s+)?rates?\b)|major|serious(?!\s+(?:charges?|counts?|offen[cs]es?)\b)|real(?!-time|-world)|mere(?:ly)?|just \d|only \d|barely|hardly|tangible\s+(?:benefits|results|progress|gains|outcomes|improvements|achievements)|fruitful|win-win|indispensable|(?:strong|fresh|new|powerful|great|positive)\s+(?:momentum|impetus))\b/gi,
  },
  {
    reason: 'generalisation',
    // ("All of a sudden, the hearings were over": a turn of phrase for "suddenly".)
    weight: 0.3,
    re: /\b(?:always|never(?!\s+(?:a|an)\b)|every(?<!(?:\bnot|n't|n\u2019t|\bnever)\s+(?:[a-z]+\s+){0,4}every)(?!\s+(?:day|week|month|year|morning|evening|night|other|two|three|four|five|\d))|everyone|everybody|everything|nobody|no one|nothing|none(?<!\bvotes?\s+to\s+none)(?!\s+(?:against|opposed|in\s+favou?r)\b)|all (?!of the (?:\w+ )?(?:delegates|participants)\b|from\s+(?:us|me)\b|of\s+a\s+sudden\b)(?=\w)|entire(?:ly)?|completely|totally|any (?:proposal|attempt|effort)|most(?<!\b(?:at|for|in)\s+most)\s+of\s+(?:the|its|their|all)\s+(?!(?:time|way|year|month|week|day|night|morning|afternoon|evening|century|decade|period|season)\b)(?=[a-z])|whole(?!\s+of\s+(?:\d|\s|the\s+(?:year|month|week|day|period|quarter)))|universal(?:ly)?)\b/gi,
  },
];

// Words without which a feature's regex cannot match (every alternative holds one of them, lower case), so
// a sentence is scanned for words once and only the features it can have are run. Figures also trigger on
// any digit. Kept beside FEATURES: a word added to a regex above needs its trigger here (the unit tests and
// `bench/claims.ts` digest catch a miss).
const TRIGGERS: string[] = [
  'millions billions thousands hundreds dozens three four five six seven eight nine ten eleven twelve thirteen fourteen ' +
    'fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred half third ' +
    'thirds quarter quarters fifth tenth percent cent million billion trillion times',
  'more less fewer greater higher lower larger smaller bigger better worse faster slower stronger weaker cheaper ' +
    'richer poorer older younger twice half much many compared least most nearly almost roughly about',
  'largest biggest highest lowest greatest smallest strongest weakest worst best fastest slowest deadliest richest ' +
    'poorest oldest youngest longest shortest hardest toughest most least record unprecedented first only top leading ' +
    'foremost',
  'rose risen rising fell fallen falling increased increasing decreased decreasing doubled tripled halved soared ' +
    'soaring plunged plummeted surged dropped declined declining grew grown growing jumped spiked shrank shrunk ' +
    'climbed slumped tumbled fleeing deserting abandoning flocking pouring pulling losing struggling',
  'because due caused causes causing led leads lead leading result resulted results thanks driven fueled fuelled ' +
    'blamed contributed contributes contributing responsible triggered sparked undermined undermines undermining ' +
    'weaken weakened weakens weakening strengthen strengthened strengthens strengthening fuel fuels fueling ' +
    'prompted prompts prompting',
  'will won likely unlikely inevitable inevitably bound doomed destined set poised track expected certainly surely going',
  'certain certainly undoubtedly clearly obviously surely definitely doubt course inevitable inevitably undeniable ' +
    'undeniably unavoidable unavoidably fact proven proves guarantee guarantees guaranteed truth reality mistake question denying ' +
    'obvious evident indisputable clear',
  'too significantly dramatically severely drastically hugely massive massively huge vast vastly enormous ' +
    'enormously disastrous disastrously catastrophic crucial critical vital essential failed failing failure fails ' +
    'inadequate insufficient historic remarkable remarkably alarming alarmingly dangerous dangerously reckless ' +
    'recklessly successful successfully effective effectively ineffective devastating shocking outrageous excessive ' +
    'excessively sharply heavily deeply badly seriously vague weak corrupt illegal unfair unfairly unjust wrong ' +
    'right key major serious real mere merely just only barely hardly tangible fruitful win indispensable momentum ' +
    'impetus',
  'always never every everyone everybody everything nobody no nothing none all entire entirely completely totally ' +
    'any whole universal universally most',
];
/** Bit of the weasel-wording cue (cues.ts WEASEL_CUE), after the feature bits: a word that can open a match alone. */
export const WEASEL_BIT = 1 << FEATURES.length;
const WEASEL_TRIGGERS =
  'some many most numerous countless probably possibly presumably perhaps arguably supposedly seemingly ' +
  'conceivably purportedly might seems seem seemed appears appear appeared legendary renowned acclaimed iconic ' +
  'widely generally commonly universally broadly several';
// WEASEL_CUE's words that match only with another word in the sentence (each pair a bit for the word and one for its
// partners, after WEASEL_BIT): "may have", "could have"; "one of the most"; "best known", "well respected";
// "world-famous"; "evidence suggests", "data showed"; "drew criticism". Asked of few sentences rather than of every
// sentence with "one", "could" or "data".
const WEASEL_PAIRS: [string, string][] = [
  ['may could', 'have'],
  ['one', 'most best greatest largest finest leading foremost'],
  ['best well', 'influential famous popular notable known respected'],
  ['world', 'famous'],
  ['research studies evidence data science scientists experts analysis survey surveys poll polls', 'suggest suggests suggested show shows showed shown indicate indicates indicated prove proves proved proven'],
  ['drawn drew attracted faced received sparked generated', 'criticism controversy praise acclaim condemnation'],
  ['known', 'is are was were been be'],
];
/** Whether WEASEL_CUE can match in a text of these triggerBits. */
export function mayHoldWeasel(bits: number): boolean {
  if (bits & WEASEL_BIT) return true;
  for (let k = 0; k < WEASEL_PAIRS.length; k++) {
    const pair = 3 << (FEATURES.length + 1 + 2 * k);
    if ((bits & pair) === pair) return true;
  }
  return false;
}
// Keyed by a 32-bit hash of the lower-case word, so the scan neither slices nor lower-cases: a collision only
// runs a regex that finds nothing, it never skips one. An open-addressed table in typed arrays (a Map lookup per
// word was a third of the scan's time); a slot with no bits is empty, since every word has one.
const WORD_SLOTS = 2048;
const WORD_KEYS = new Int32Array(WORD_SLOTS);
const WORD_VALS = new Int32Array(WORD_SLOTS);
const slotOf = (h: number): number => (h ^ (h >>> 11)) & (WORD_SLOTS - 1);
/** The bits of the word of hash h (0 for none). */
function wordBits(h: number): number {
  for (let k = slotOf(h); WORD_VALS[k] !== 0; k = (k + 1) & (WORD_SLOTS - 1)) if (WORD_KEYS[k] === h) return WORD_VALS[k];
  return 0;
}
const addBits = (words: string, bit: number): void => {
  for (const w of words.split(' ')) {
    const h = hashWord(w);
    let k = slotOf(h);
    while (WORD_VALS[k] !== 0 && WORD_KEYS[k] !== h) k = (k + 1) & (WORD_SLOTS - 1);
    WORD_KEYS[k] = h;
    WORD_VALS[k] |= bit;
  }
};
TRIGGERS.forEach((words, i) => addBits(words, 1 << i));
addBits(WEASEL_TRIGGERS, WEASEL_BIT);
WEASEL_PAIRS.forEach(([words, partners], k) => {
  addBits(words, 1 << (FEATURES.length + 1 + 2 * k));
  addBits(partners, 2 << (FEATURES.length + 1 + 2 * k));
});
const FIGURE_BIT = 1;
const COMPARISON_BIT = 2;
// "outnumber\w*" and "exceed\w*" match any word they start.
const EXCEED = hashWord('exceed');
const OUTNUMBER = hashWord('outnumber');

/** Which features (bit i = FEATURES[i]) and whether the weasel cue can match in `s`: one pass over its words. */
export function triggerBits(s: string): number {
  return triggerBitsIn(s, 0, s.length);
}

/** An ASCII letter's lower-case code, by code (0 for any other character below 128). */
const LOWER_LETTER = new Uint8Array(128);
for (let c = 65; c <= 90; c++) LOWER_LETTER[c] = c + 32;
for (let c = 97; c <= 122; c++) LOWER_LETTER[c] = c;

/** triggerBits of s[from, to): a word ends at `to` (a masked span after it reads as blanks). */
export function triggerBitsIn(s: string, from: number, to: number): number {
  let bits = 0;
  let i = from;
  while (i < to) {
    const c0 = s.charCodeAt(i);
    // (Letters told by one table look-up, not four comparisons: this reads every character of the article twice.)
    const first = c0 < 128 ? LOWER_LETTER[c0] : 0;
    if (first === 0) {
      if (c0 >= 48 && c0 <= 57) bits |= FIGURE_BIT;
      i++;
      continue;
    }
    const a = i;
    let h = first;
    for (i++; i < to; i++) {
      const c = s.charCodeAt(i);
      const l = c < 128 ? LOWER_LETTER[c] : 0;
      if (l === 0) break;
      h = (Math.imul(h, 31) + l) | 0;
    }
    // (Or'ed in for every word, read again only for a long word that opens with "e" or "o": the first "exceed" would
    // otherwise run an operation never run before.)
    bits |= wordBits(h) | (i - a >= 6 && (first === 101 || first === 111) ? exceedBits(s, a, i) : 0);
  }
  return bits;
}

/** COMPARISON_BIT when the word s[a, e) opens with "exceed" or "outnumber" (in any case), else 0. */
function exceedBits(s: string, a: number, e: number): number {
  let h = 0;
  for (let k = a; k < a + 6; k++) h = (Math.imul(h, 31) + LOWER_LETTER[s.charCodeAt(k)]) | 0;
  if (h === EXCEED) return COMPARISON_BIT;
  if (e - a < 9) return 0;
  for (let k = a + 6; k < a + 9; k++) h = (Math.imul(h, 31) + LOWER_LETTER[s.charCodeAt(k)]) | 0;
  return h === OUTNUMBER ? COMPARISON_BIT : 0;
}

/** Nouns a number after them names a thing by ("Article 5", "Resolution 2231", "Wave 5", "Iron Shield 25"). */
const NUMBERED_NOUNS = new Set(
  ('article articles chapter chapters section sections resolution resolutions wave waves figure fig table tables phase ' +
    'stage round part annex paragraph para clause rule level step title protocol amendment version room flight line route ' +
    'highway no number unit brigade division corps battalion regiment squadron fleet shield act order directive decree item ' +
    'principle goal pillar tier category block zone sector district gate terminal platform episode season volume vol issue ' +
    'page p pp area operation exercise report list box appendix schedule option scenario type mark mk model class parts ' +
    'part sections § team ridge hill grid checkpoint outpost camp base post force platoon company').split(' '),
);
/** Procedural nouns a number after them names whatever their case ("rule 37", "resolution 2801", "article 5"). */
// (And a map's grid square: "struck the checkpoint at grid 4471".)
const PROCEDURAL_NOUNS = new Set('rule rules resolution article paragraph paragraphs para paras clause annex chapter chapters section sections amendment protocol grid'.split(' '));
/** A vote's tally up to the number: "voted 7-", "vote of ", "votes of 13-". */
const VOTE_TALLY_BEFORE_RE = /\bvot(?:e|ed|es|ing)\s+(?:(?:by|of)\s+)?(?:\d{1,3}\s*[-\u2013]\s*)?$/i;
/** A vote's tally after the number: " abstentions", " in favour", " votes against". */
const VOTE_TALLY_AFTER_RE = /^\s+(?:abstentions?\b|(?:votes?\s+)?(?:in\s+favou?r|against|opposed)\b)/i;
/** After the second number of a tally: what the vote decided (" decision", " ruling", " vote"). */
const TALLY_NOUN_AFTER_RE = /^\s+(?:decision|ruling|vote|verdict|majority|judgment|judgement|opinion)\b/i;
/** A list of numbered things before a number: "Parts 734, 744, and ", "Articles 5 and ". */
// ("See also paragraphs 3.4 to 3.6", "in Chapters 2 to 5": a range of them, and in lower case.)
const NUMBERED_LIST_BEFORE = /\b(?:Parts|[Ss]ections|[Aa]rticles|[Pp]aragraphs|[Pp]aras|[Cc]hapters|[Aa]nnexes|Resolutions|§§)\s+(?:[\d.()a-z]{1,10},?\s+(?:and\s+|or\s+|to\s+|through\s+)?){1,6}$/;
/** After a number: a street it is the house number of ("10 Downing Street"). */
const STREET_AFTER_RE = /^\s+[A-Z][a-z]+\s+(?:Street|St\.|Road|Avenue|Ave\.|Square|Lane|Place|Boulevard|Drive)\b/;

/** A code of law or a law report after a number ("15 CFR", "50 U.S.C.", "603 U.S. 369", "142 S. Ct."), and before one. */
const CODE_AFTER_RE = /^\s+(?:CFR|FR|U\.S\.C\.|USC|Stat\.|U\.S\.(?=\s\d)|S\.\s?Ct\.|L\.\s?Ed\.|F\.\s?(?:Supp\.\s?)?(?:[234]d|4th))(?!\w)/;
const CODE_BEFORE_RE = /(?:\b(?:CFR|FR|USC)|U\.S\.C\.|Stat\.|\d\sU\.S\.|S\.\s?Ct\.|L\.\s?Ed\.|F\.\s?(?:Supp\.\s?)?(?:[234]d|4th))\s+$/;

/** Software whose release a number after it names ("Chrome 122", "Windows 11", "Android 14", "versions 5.6.0 and"). */
// (Capitalised, but for "version": "release 300 prisoners", "build 500 homes" count.)
const SOFTWARE_NAMES = new Set('Chrome Chromium Firefox Safari Windows Android Linux Ubuntu Debian Fedora RHEL Outlook Java Python OpenSSL OpenSSH Version Versions version versions'.split(' '));

/**
 * Whether the hit [start, end) is part of a release's or a flaw's identifier: a number with two dots or more
 * ("5.6.0", "v2.4.1", "122.0.6261.111"), a CVE ("CVE-2024-3094"), or a number after a product's name ("iOS 17.4",
 * "Chrome 122"). Only read where a dot, a hyphen or a letter-and-blank touches the hit.
 */
function releaseNumber(s: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  // (The dot's next digit read only inside the text: a read past either end, first made at a figure there, deoptimised
  // releaseNumber.)
  while (a > 0 && (isDigitCode(s.charCodeAt(a - 1)) || (s.charCodeAt(a - 1) === 46 && a > 1 && isDigitCode(s.charCodeAt(a - 2))))) a--;
  while (b < s.length && (isDigitCode(s.charCodeAt(b)) || (s.charCodeAt(b) === 46 && b + 1 < s.length && isDigitCode(s.charCodeAt(b + 1))))) b++;
  let dots = 0;
  for (let k = a; k < b; k++) if (s.charCodeAt(k) === 46) dots++;
  if (dots >= 2) return true;
  // "CVE-2024-23225": the rest of a flaw's identifier.
  if (a > 5 && s.charCodeAt(a - 1) === 45 && /\bCVE-(?:\d{4}-)?$/.test(s.slice(Math.max(0, a - 9), a))) return true;
  if (a > 1 && s.charCodeAt(a - 1) === 32 && isAsciiLetterCode(s.charCodeAt(a - 2))) {
    let w = a - 1;
    while (w > 0 && isAsciiLetterCode(s.charCodeAt(w - 1))) w--;
    const word = s.slice(w, a - 1);
    // ("iOS 17.4", "iPadOS 17.4", "macOS 14": a name in lower case with a capital inside.)
    return SOFTWARE_NAMES.has(word) || lowerThenCapital(s, w, a - 1);
  }
  return false;
}

// namingNumber runs for every figure hit (~2,000 in 1 MB of real stories), and nearly all of its patterns find
// nothing there: each runs only where the characters it needs occur (a capital for a code of law, "vot" for a vote's
// tally, a list's noun), read by code, and the tests of one pattern, /^[A-Z]+$/ or /\.$/, are made by code too. (About
// 16,000 regex calls fewer a megabyte, each ~0.5 us in the middle of a run.)

/** `/^[a-z]+[A-Z]/.test(s.slice(from, to))`: lower-case letters, then a capital. */
function lowerThenCapital(s: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isAsciiLowerCode(s.charCodeAt(k))) k++;
  return k > from && k < to && isAsciiUpperCode(s.charCodeAt(k));
}

/** `/^[A-Z]+$/.test(s.slice(from, to))`. */
function allCapitals(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isAsciiUpperCode(s.charCodeAt(k))) return false;
  return to > from;
}

/** Whether s[from, to) holds a capital (A-Z): every match of CODE_BEFORE_RE and CODE_AFTER_RE does. */
function holdsCapital(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isAsciiUpperCode(s.charCodeAt(k))) return true;
  return false;
}

/** Whether s[from, to) holds "vot" in any case, as every match of VOTE_TALLY_BEFORE_RE does. */
function holdsVot(s: string, from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k++) if ((s.charCodeAt(k) | 32) === 118 && (s.charCodeAt(k + 1) | 32) === 111 && (s.charCodeAt(k + 2) | 32) === 116) return true;
  return false;
}

/** Whether s[from, to) holds "by" followed by a character, as every match of /\bby\s+$/ there does. */
function holdsBy(s: string, from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k++) if (s.charCodeAt(k) === 98 && s.charCodeAt(k + 1) === 121) return true;
  return false;
}

/** The nouns of NUMBERED_LIST_BEFORE (which each match holds, then a blank). */
const LIST_NOUNS = new Set('Parts Sections sections Articles articles Paragraphs paragraphs Paras paras Chapters chapters Annexes annexes Resolutions'.split(' '));
/**
 * Whether s[from, to) holds a noun of NUMBERED_LIST_BEFORE and a blank after it, as every match there does: looked for
 * at each "s" before a blank, the letters before it read back to the window's start or a character that is no letter
 * (where the pattern's \b puts the noun's start); or "§§" before a blank.
 */
function holdsListNoun(s: string, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const c = s.charCodeAt(k);
    if ((c !== 115 && c !== 0xa7) || !isSpaceCode(s.charCodeAt(k + 1))) continue;
    if (c === 0xa7) {
      if (k > from && s.charCodeAt(k - 1) === 0xa7) return true;
      continue;
    }
    let w = k;
    while (w > from && isAsciiLetterCode(s.charCodeAt(w - 1))) w--;
    if (k + 1 - w >= 5 && LIST_NOUNS.has(s.slice(w, k + 1))) return true;
  }
  return false;
}

/** `/^\s*\d{1,3}\s*$/.test(s.slice(from, to))`: one to three digits, blanks around them. */
function shortCount(s: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpaceCode(s.charCodeAt(k))) k++;
  const digits = k;
  while (k < to && isDigitCode(s.charCodeAt(k))) k++;
  if (k === digits || k - digits > 3) return false;
  while (k < to && isSpaceCode(s.charCodeAt(k))) k++;
  return k === to;
}

/** `!/\S/.test(s.slice(0, to))`: only blanks before `to`. */
function onlyBlanksBefore(s: string, to: number): boolean {
  for (let k = 0; k < to; k++) if (!isSpaceCode(s.charCodeAt(k))) return false;
  return true;
}

/** Whether a blank opens s[from, to) and a capital follows the blanks, as every match of STREET_AFTER_RE there does. */
function blanksThenCapital(s: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpaceCode(s.charCodeAt(k))) k++;
  return k > from && k < to && isAsciiUpperCode(s.charCodeAt(k));
}

/** Whether the figure hit [start, end) is a number that names something rather than counts. */
function namingNumber(s: string, start: number, end: number): boolean {
  if (releaseNumber(s, start, end)) return true;
  let i = start;
  // (Any blank: a hard wrap puts a line break between "Article" and "5".)
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  // "18 U.S.C. § 1001", "§793(e)": a section of a code of law.
  if (i > 0 && s.charCodeAt(i - 1) === 0xa7) return true;
  // (The word before is read only after a blank, where the tests below use it; by char code, not a regex per character.)
  if (i < start) {
    let w = i;
    for (let c = codeAt(s, w - 1); isAsciiLetterCode(c) || c === 46; c = codeAt(s, w - 1)) w--;
    const word = (s.charCodeAt(i - 1) === 46 ? s.slice(w, i - 1) : s.slice(w, i)).toLowerCase();
    if (NUMBERED_NOUNS.has(word) && /[A-Z§]/.test(s[w] ?? '')) return true;
    // "under rule 37 of the Council's rules", "article 5 of the treaty": a procedural number in lower case too.
    if (PROCEDURAL_NOUNS.has(word) && i - w === word.length) return true;
    // "the first RCH 155 systems": a number after a designator in capitals is a model's name.
    if (i === start - 1 && i - w >= 2 && i - w <= 5 && allCapitals(s, w, i) && /^\d+$/.test(s.slice(start, end).trim())) return true;
  }
  // "voted 7-2 to approve", "by a vote of 13 in favour", "by 11 votes to four": a tally of a vote is its record.
  // ("with 3 abstentions", "12 votes in favour", "none against": the rest of the tally.)
  // (A bare count of votes only: "fell 0.6% against the dollar" is no tally.)
  if ((shortCount(s, start, end) && VOTE_TALLY_AFTER_RE.test(s.slice(end, end + 24))) || (holdsVot(s, Math.max(0, start - 24), start) && testLong(VOTE_TALLY_BEFORE_RE, s.slice(Math.max(0, start - 24), start))) || (holdsBy(s, Math.max(0, start - 4), start) && testLong(/\bby\s+$/, s.slice(Math.max(0, start - 4), start)) && /^\s*votes\b/.test(s.slice(end, end + 8)))) return true;
  // "F-35", "S-400", "COVID-19", "UTC+8", "Sentinel-2": the number is part of a name.
  if (i === start && start > 1 && (s[start - 1] === '-' || s[start - 1] === '+') && /[A-Za-z]/.test(s[start - 2])) return true;
  // "Parts 734, 744, and 772", "Articles 5 and 6": the rest of a list of numbered things.
  if (holdsListNoun(s, Math.max(0, start - 48), start) && testLong(NUMBERED_LIST_BEFORE, s.slice(Math.max(0, start - 48), start))) return true;
  // "15 CFR 744.21", "87 FR 62186", "50 U.S.C. 4821": a title and section of a code of law; "603 U.S. 369", "142 S. Ct.
  // 2228": a law report's volume and page; "[2000] 2 AC 115": a volume after a neutral citation's year.
  if ((holdsCapital(s, end, Math.min(s.length, end + 10)) && testLong(CODE_AFTER_RE, s.slice(end, end + 10))) || (holdsCapital(s, Math.max(0, start - 10), start) && testLong(CODE_BEFORE_RE, s.slice(Math.max(0, start - 10), start))) || (start > 1 && s.charCodeAt(start - 2) === 93)) return true;
  // "Decree 2025-412", "Decree 13/2023/ND-CP": the number after a hyphen or a slash is the rest of the first one's name.
  if (i === start && start > 1 && (s.charCodeAt(start - 1) === 45 || s.charCodeAt(start - 1) === 47) && isDigitCode(s.charCodeAt(start - 2))) {
    // "a 7-4 decision", "the court's 5-4 ruling": the second half of a court's or a board's tally.
    if (s.charCodeAt(start - 1) === 45 && testLong(TALLY_NOUN_AFTER_RE, s.slice(end, end + 12))) return true;
    let k = start - 1;
    while (k > 0 && start - k < 16 && (isDigitCode(s.charCodeAt(k - 1)) || s.charCodeAt(k - 1) === 45 || s.charCodeAt(k - 1) === 47)) k--;
    // ("Case C-703/23 P": the walk stops at the first digit, so that the letter and hyphen before it name the case.)
    while (k < start - 1 && !isDigitCode(s.charCodeAt(k))) k++;
    return namingNumber(s, k, start - 1);
  }
  // A section's number opening a heading ("3.1 Trends in public opinion", "2.4.1 Method").
  if (onlyBlanksBefore(s, start) && /^\d+(?:\.\d+)+$/.test(s.slice(start, end).trim())) return true;
  return blanksThenCapital(s, end, Math.min(s.length, end + 40)) && testLong(STREET_AFTER_RE, s.slice(end, end + 40));
}

/** The index of the causal feature, and what stands before a capitalised word inside a title ("... on Strengthening"). */
const CAUSAL = FEATURES.findIndex((f) => f.reason === 'causal');
const TITLE_WORD_BEFORE_RE = /[A-Z][\w'-]*\s+(?:(?:on|of|for|and|the|to)\s+)?$/;
/** The bits of all the features in a triggerBits value. */
const FEATURE_BITS = (1 << FEATURES.length) - 1;

/**
 * Reasons found in the masked sentence text, and a combined score in [0, 1]. `bits` (from triggerBits of the
 * text or of a text it was masked from) skips the features that cannot match.
 */
/**
 * Whether feature i's match m in the masked text is no hit after all. (Its own function, called for every match: the
 * first causal word of an article, read in a rare branch, would throw away the optimised scoring.)
 */
function notAHit(i: number, masked: string, m: RegExpExecArray): boolean {
  // "Article 5", "Resolution 2231", "3.1 Trends in public opinion", "10 Downing Street": a number that names, not a figure.
  if (i === 0) return namingNumber(masked, m.index, m.index + m[0].length);
  // "the Joint Statement on Strengthening Climate and Polar Cooperation": a capitalised word inside a title.
  return i === CAUSAL && isAsciiUpperCode(masked.charCodeAt(m.index)) && testLong(TITLE_WORD_BEFORE_RE, masked.slice(Math.max(0, m.index - 30), m.index));
}

export function scoreText(masked: string, bits = -1): { reasons: string[]; score: number } {
  const reasons: string[] = [];
  // (No feature can match: the text is not read at all, which would first copy a masked sentence built of pieces.)
  if ((bits & FEATURE_BITS) === 0) return { reasons, score: 0 };
  // A sentence masked (nearly) whole, with no letter or digit left, matches no feature (each alternative holds a
  // word or a digit, see below): not run, as such a text of blanks and punctuation is one-byte, and the patterns
  // would be compiled again for it when the article is two-byte.
  let k = 0;
  while (k < masked.length && masked.charCodeAt(k) < 128 && !isWordCode(masked.charCodeAt(k))) k++;
  if (k === masked.length) return { reasons, score: 0 };
  let keep = 1;
  for (let i = 0; i < FEATURES.length; i++) {
    if (!(bits & (1 << i))) continue;
    const f = FEATURES[i];
    f.re.lastIndex = 0;
    // Only none, one or more than one hit changes the score: a second hit ends the search.
    let hits = 0;
    for (let m = f.re.exec(masked); m && hits < 2; m = f.re.exec(masked)) if (!notAHit(i, masked, m)) hits++;
    if (!hits) continue;
    reasons.push(f.reason);
    keep *= (1 - f.weight) ** (hits > 1 ? 1.3 : 1);
  }
  return { reasons, score: 1 - keep };
}
