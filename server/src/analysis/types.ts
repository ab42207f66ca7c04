// The shapes the core produces. Offsets are UTF-16 code units into the whole document text
// (front matter included), end exclusive: exactly JavaScript string indices.

/** A half-open range of the document text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression normalised to TimeML TIMEX3. */
export interface DateAnnotation extends TextSpan {
  kind: 'date';
  type: TimexType;
  /** TIMEX3 value: 2025-11-13, 2025-10, 2025-W46, 2025-Q3, 2025-SU, P5Y, PAST_REF, XXXX-10 ... */
  value: string;
  /** TIMEX3 mod: START | MID | END | BEFORE | AFTER | ON_OR_BEFORE | ON_OR_AFTER | APPROX ... */
  mod?: string;
  /** False where part of the value was inferred (from the reference date or by convention). */
  certain: boolean;
  /** Which parts were inferred, in words ("year", "month", "day"), for hovers. */
  inferred?: string[];
  /**
   * True when the inferred parts were counted from the date the text was discussing ("a year later" after "July
   * 2022"), not from the reference date.
   */
  fromContext?: boolean;
  /** True when the expression is relative and there was no reference date to resolve it against. */
  unresolved?: boolean;
  /**
   * For a duration counted from the date under discussion ("two days later" after "3 March 2021"), the date it
   * reaches, as a TIMEX3 DATE value (2021-03-05). TimeML keeps the expression a duration; this says when.
   */
  point?: string;
  /** For a set, TIMEX3 freq: how many times in each period ("twice a year" is P1Y with freq 2X). */
  freq?: string;
  /**
   * For one year written as a span of two ("the 2024-25 financial year", "the 2025/26 season"), the second year's
   * value; `value` is the first's, where the period starts.
   */
  through?: string;
  /**
   * For a quarter or half of a fiscal year ("Q1 FY2025-26", "Q3 FY26", "the fiscal first quarter"), whose value counts
   * the parts of that year as TimeML does (the year named by the one it ends in): the fiscal year as the text names it
   * ("2025-26", "2026"), and the calendar months the part covers, first and last ("2025-04", "2025-06"), where the text
   * tells when that year starts.
   */
  fiscal?: FiscalPart;
  /**
   * The calendar the text wrote the date in, when not the Gregorian one ("23 Jumada al-Awwal 1447"): the value is
   * converted by the arithmetical (tabular) Islamic calendar and may be a day or two off the calendar observed; or
   * the Iranian (Solar Hijri) one ("22 Bahman 1357", "the Iranian year 1405"), whose year begins at Nowruz; or
   * ("15 Shraban", "8 Falgun 1431") by the Bangla calendar as Bangladesh keeps it, which West Bengal's may not match.
   */
  calendar?: 'islamic' | 'persian' | 'bengali';
  /** For a clock time, the zone the text names, as written ("EST", "GMT", "local time"). */
  zone?: string;
  /** That zone's offset from UTC ("-05:00"), where the zone says it ("local time" does not). */
  utcOffset?: string;
}

/** A part of a fiscal year: the year as named, and the calendar months the part covers when known. */
export interface FiscalPart {
  year: string;
  from?: string;
  to?: string;
}

export type ActorCategory = 'person' | 'official' | 'government' | 'military' | 'organization' | 'country' | 'group';

/** A mention of an actor (state, government, official, force, organisation, group, person). */
export interface ActorAnnotation extends TextSpan {
  kind: 'actor';
  category: ActorCategory;
  /** Glossary entry id the mention is linked to, or null when the glossary does not know it. */
  entity: string | null;
}

/** A mention of an agreement (treaty, accord, framework, memorandum, deal, resolution ...). */
export interface AgreementAnnotation extends TextSpan {
  kind: 'agreement';
  entity: string | null;
  /** For a definite description ("the agreement"), the named agreement it refers to. */
  antecedent: TextSpan | null;
  /**
   * True for an agreement found by its description alone, which has no name ("a prisoner exchange deal", "the
   * memorandum of understanding"), and for a description that refers back to one (its antecedent is then that).
   */
  unnamed?: boolean;
}

/** Reported speech: the cue ("said", "according to"), who is cited, and optionally what is reported. */
export interface AttributionAnnotation extends TextSpan {
  kind: 'attribution';
  source: TextSpan | null;
  content?: Span;
  /** True when the source names nobody ("critics argue", "it is widely believed", "some say"). */
  vague?: boolean;
  /** True when the source withholds a name but gives a role ("officials familiar with the matter"). */
  anonymous?: boolean;
}

export type Annotation = DateAnnotation | ActorAnnotation | AgreementAnnotation | AttributionAnnotation;

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A finding the user should see as a diagnostic. Codes are stable; quick fixes match on them. */
export interface Finding extends Span {
  code: string;
  severity: Severity;
  message: string;
  reasons: string[];
  /** Confidence in [0, 1], for ranking. */
  score?: number;
  /** A related place, e.g. the nearest source in the paragraph. */
  related?: { start: number; end: number; message: string }[];
}

export type ReferenceDateSource = 'option' | 'front-matter' | 'dateline' | 'none';

/** Parsed YAML front matter: its range in the text and its top-level values. */
export interface FrontMatter extends Span {
  /** Range of the YAML body between the fences. */
  body: Span;
  data: Record<string, unknown>;
  /** A message when the YAML could not be parsed (the article is still analysed). */
  error?: string;
}

export interface Paragraph extends Span {}

export interface Sentence extends Span {
  /** Index of the paragraph holding the sentence. */
  paragraph: number;
}

/** A quotation and, where found, its speaker. */
export interface Quotation extends Span {
  speaker?: TextSpan;
}

/** A sentence judged to assert something checkable, and why. */
export interface Claim extends Span {
  reasons: string[];
  score: number;
  /** How it is sourced: 'sourced', 'vague' or 'unsourced'. */
  status: 'sourced' | 'vague' | 'unsourced';
  /** The attribution that sources it, when sourced or vague. */
  attribution?: AttributionAnnotation;
}

/** Everything the core knows about one article. */
export interface ArticleModel {
  text: string;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  /** Where the reference date was found in the text, when it came from the text. */
  referenceDateSpan?: Span;
  /** Parts of the reference date the text did not give: ['year'] for a dateline without one. */
  referenceDateInferred?: string[];
  /** How an assumed year was chosen: 'weekday' when the lead's weekday ruled out the latest such day up to today. */
  referenceDateYearBy?: 'weekday';
  /** True when a web page's line dated the article ("Published: 14 Nov 2025"; its source is then 'dateline'). */
  referenceDateStamp?: boolean;
  frontMatter: FrontMatter | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotations: Quotation[];
  dates: DateAnnotation[];
  actors: ActorAnnotation[];
  agreements: AgreementAnnotation[];
  attributions: AttributionAnnotation[];
  claims: Claim[];
  findings: Finding[];
}
