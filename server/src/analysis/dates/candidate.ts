// A temporal expression found by a rule, before overlaps are settled and anchors resolved.
import type { FiscalPart, TimexType } from '../types';
import type { Ymd } from './calendar';

/** Resolved later, in document order, against the last date mentioned (or the reference date). */
export type Deferred =
  | { kind: 'shiftYears'; n: number; quarterOnly?: boolean; yearOnly?: boolean; notAfterRef?: boolean } // "a year earlier", "year-ago": the last date moved by years (notAfterRef: "20 years on" outside the future, which a count past the article's year overshoots: the article's year)
  | { kind: 'lastQuarter'; needAnchor: boolean } // "the latest period"
  | { kind: 'yearOfQuarter'; year: number } // "the 1988 period": that year's quarter under discussion
  | { kind: 'shiftUnit'; unit: ShiftUnit; n: number; part?: string; season?: string; clock?: string; years?: number; near?: boolean; inParagraph?: boolean; counted?: boolean } // "the following year", "the next morning", "that winter"; years: "the same month last year"; near: "the day before it", from a date of its own paragraph only; inParagraph: "by the end of the month", the month of a date before it in its paragraph, not after the article's, else the article's; counted: "a month earlier", a count of units from it (a flashback, n < 0, moves no story on)
  | { kind: 'sameYear' } // "April of that year": the year of the date under discussion
  | { kind: 'monthFrom'; month: number; dir: 1 | -1; season?: string } // "the following February", "the following spring" (from its first month): the first after the date under discussion
  | { kind: 'weekdayFrom'; wd: number; dir: 1 | -1 } // "the following Monday", "the previous Friday": the first such day after (before) the day under discussion
  | { kind: 'contextYear'; ahead?: boolean; easter?: number; julian?: boolean; feast?: string } // "May 14" after "1948 -", "Nov. 21" after "Nov. 1, 1995": the year of the narrative (ahead: said to lie ahead, "to begin on Aug. 3", which only a chronology's entry dates; easter: a feast that many days after Easter, whose day moves with the year, julian: after the Orthodox Easter; feast: a holiday whose day moves with the year, by its key, "thanksgiving", "diwali")
  | { kind: 'pointFrom'; unit: ShiftUnit; n: number } // "two days later": a duration whose end is counted from the date under discussion
  | { kind: 'electionDay'; us: string | null }; // "election day", "polling day": the day of an election named before (us: the US Election Day, in a text about the US)

/** The units a date under discussion can be moved by. */
export type ShiftUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: string;
  inferred: string[];
  /** Relative to the reference date (unresolved when there is none). */
  relative: boolean;
  /** Higher wins ties between candidates of the same length. */
  priority: number;
  deferred?: Deferred;
  /** For a duration counted from the date under discussion ("two days later"), the date it reaches. */
  point?: string;
  /** For a set, how many times in each period ("twice a year": 2X). */
  freq?: string;
  /** For a year written as a span ("2024-25"), the last year; the value is the first. */
  through?: string;
  /**
   * For a quarter or half of a fiscal year ("Q1 FY2025-26"), that year, and later the months the part covers; code: the
   * year written as a code ("FY26"); shift: the fiscal year the article is in, moved by so many ("of the current fiscal").
   */
  fiscal?: FiscalPart & { code?: boolean; shift?: number };
  /** The calendar the text wrote the date in, when not the Gregorian one: its value is converted. */
  calendar?: 'islamic' | 'persian' | 'bengali';
  /** True when the value was counted from the date under discussion ("a year later"), not from the reference date. */
  fromContext?: boolean;
}

/** What a rule builds from one match. */
export type Made = Omit<Candidate, 'priority'>;

export interface RuleContext {
  /** The chunk being read. */
  s: string;
  ref: Ymd | null;
}

export interface Rule {
  name: string;
  re: RegExp;
  /**
   * Builds the candidate from a match at m.index in ctx.s, or null to reject it. A match that names several
   * days ("14-16 November", "1990-91") gives one candidate for each.
   */
  make: (m: RegExpExecArray, ctx: RuleContext) => Made | Made[] | null;
  priority?: number;
  /** A cheap test a chunk must pass before the rule's own regex runs on it. */
  hint?: RegExp;
  /** More cheap tests that must all pass as well: every match of the rule holds a hit of each (and of hint). */
  also?: RegExp[];
  /**
   * How far (characters) a match may start before the latest first hit of its hints; default 80. Keep it above
   * the longest text the rule's regex allows before the hinted word, with room for runs of spaces.
   */
  reach?: number;
  /**
   * Word-start forms of the hints (`\b(?:...)`), or the words of its phrases ("a dash before a month"), that every
   * match holds too: the rule is skipped when one has no hit, and no match starts after its last hit; unlike hints they
   * do not move where reading starts.
   */
  gate?: RegExp[];
}
