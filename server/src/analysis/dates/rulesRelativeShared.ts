// What the relative rule files share: the hint for "this", "last" and "next", and `at`, which places a rule's result
// on its match. Apart so that each rules file imports them from here rather than from one another. (The boundaries
// of their patterns, B, E and re, are the calendar rules' own, in rulesCalendarShared.ts.)
import type { Made } from './candidate';

/** Words that place a unit relative to now ("this week", "last month"; also every "on this day in 1995"). */
export const THIS_LAST_NEXT_HINT = /this|last|next|coming|past|previous|current|outgoing/i;

export function at(m: RegExpExecArray, rest: Omit<Made, 'start' | 'end'>, start = m.index, end = m.index + m[0].length): Made {
  return { start, end, ...rest };
}
