// What makes a sentence a claim worth sourcing: figures, comparisons, causes, predictions, certainty,
// evaluative words and generalisations. Each feature is a word-anchored regex over a bounded slice; the
// caller masks out what is reported speech, quotations and dates first.

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
const SCHEDULE = 'meet|resume|reconvene|convene|hold|gather|travel|visit|attend|begin|start|open|close|continue|take place|host|sign|vote|speak|address|arrive|return|hold talks|discuss|present|publish|release|announce';

export const FEATURES: Feature[] = [
  {
    reason: 'figure',
    weight: 0.65,
    re: /(?:[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b|(?:million|billion|trillion|thousand|hundred)\b)|\b(?:millions|billions|thousands|hundreds|dozens) of\b|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\b(?!\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|:))(?=\s+[a-z]))/gi,
  },
  {
    reason: 'comparison',
    weight: 0.55,
    re: /\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|faster|slower|stronger|weaker|cheaper|richer|poorer|older|younger)\s+(?:\w+\s+)?than|twice as|half as|as (?:much|many) as|compared (?:with|to)|outnumber\w*|exceed\w*|at least|at most|nearly|almost|roughly|about \d)\b/gi,
  },
  {
    reason: 'superlative',
    weight: 0.45,
    re: /\b(?:largest|biggest|highest|lowest|greatest|smallest|strongest|weakest|worst|best|fastest|slowest|deadliest|richest|poorest|oldest|youngest|longest|shortest|hardest|toughest|most (?!of\b)\w+|least \w+|record(?:-\w+)?|unprecedented|first time|only (?:country|nation|one|state|person))\b/gi,
  },
  {
    reason: 'trend',
    weight: 0.6,
    re: /\b(?:rose|risen|rising|fell|fallen|falling|increased|increasing|decreased|decreasing|doubled|tripled|halved|soared|soaring|plunged|plummeted|surged|dropped|declined|declining|grew|grown|growing|jumped|spiked|shrank|shrunk|climbed|slumped|tumbled)\b/gi,
  },
  {
    reason: 'causal',
    weight: 0.4,
    re: /\b(?:because(?: of)?|due to|caused|causes|causing|led to|leads to|lead to|leading to|result(?:ed|s)? in|as a result|thanks to|driven by|fuell?ed by|blamed (?:on|for)|contribut(?:ed|es|ing) to|responsible for|triggered|sparked|undermin(?:ed|es|ing)|weaken(?:ed|s|ing)?|strengthen(?:ed|s|ing)?|fuel(?:s|ed|led|ing)|prompt(?:ed|s|ing))\b/gi,
  },
  {
    reason: 'prediction',
    weight: 0.3,
    re: new RegExp(
      `\\b(?:will(?! (?:also |again |then |first |now |next |formally |officially |jointly )?(?:${SCHEDULE})\\b)(?! be (?:held|signed|hosted|published|released|announced)\\b)|won't|(?:is|are|was|were|remains?) (?:un)?likely|likely to|unlikely|inevitabl[ey]|bound to|set to|poised to|on track to|(?:is|are) expected to|would (?:inevitably|certainly|likely|surely)|going to)\\b`,
      'gi',
    ),
  },
  {
    reason: 'certainty',
    weight: 0.3,
    re: /\b(?:almost certain(?:ly)?|certainly|undoubtedly|clearly|obviously|surely|definitely|without (?:a )?doubt|no doubt|of course|inevitabl[ey]|undeniabl[ey]|in fact|proven|proves|guarantee[sd]?)\b/gi,
  },
  {
    reason: 'evaluative',
    weight: 0.45,
    re: /\b(?:far too|much too|too \w+ to|significantly|dramatically|severely|drastically|hugely|massive(?:ly)?|huge|vast(?:ly)?|enormous(?:ly)?|disastrous(?:ly)?|catastrophic|crucial|critical|vital|essential|failed|failing|failure|fails|inadequate|insufficient|historic|remarkabl[ey]|alarming(?:ly)?|dangerous(?:ly)?|reckless(?:ly)?|successful(?:ly)?|effective(?:ly)?|ineffective|devastating|shocking|outrageous|excessive(?:ly)?|sharply|heavily|deeply|badly|seriously|vague|weak|corrupt|illegal|unfair(?:ly)?|unjust|wrong|right to|key|major|serious|real|mere(?:ly)?|just \d|only \d|barely|hardly)\b/gi,
  },
  {
    reason: 'generalisation',
    weight: 0.3,
    re: /\b(?:always|never|every(?!\s+(?:day|week|month|year|morning|evening|night|other|two|three|four|five|\d))|everyone|everybody|everything|nobody|no one|nothing|none|all (?!of the (?:\w+ )?(?:delegates|participants)\b)(?=\w)|entire(?:ly)?|completely|totally|any (?:proposal|attempt|effort)|whole|universal(?:ly)?)\b/gi,
  },
];

/** Reasons found in the masked sentence text, and a combined score in [0, 1]. */
export function scoreText(masked: string): { reasons: string[]; score: number } {
  const reasons: string[] = [];
  let keep = 1;
  for (const f of FEATURES) {
    f.re.lastIndex = 0;
    let hits = 0;
    while (f.re.exec(masked) && hits < 3) hits++;
    if (!hits) continue;
    reasons.push(f.reason);
    keep *= (1 - f.weight) ** (hits > 1 ? 1.3 : 1);
  }
  return { reasons, score: 1 - keep };
}
