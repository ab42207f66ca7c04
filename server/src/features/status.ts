// What an article stands on, for an editor's status bar (the custom request `policyLens/articleStatus`): the date its
// relative dates resolve against and where that came from, and how much was found in it.
import type { ArticleModel } from '../analysis/types';
import { referenceDateOrigin, valueInWords } from './describe';

export interface ArticleStatus {
  /** The article's date (YYYY-MM-DD), or null when it has none. */
  referenceDate: string | null;
  /** That date in words ("Friday 14 November 2025"), or null. */
  referenceDateInWords: string | null;
  /** Where it came from ("front matter", "dateline; year assumed ..."), or null. */
  origin: string | null;
  /** Relative dates left unresolved for want of an article date. */
  unresolved: number;
  dates: number;
  actors: number;
  agreements: number;
  attributions: number;
  unsourcedClaims: number;
  vagueAttributions: number;
}

/** The status of an analysed article. */
export function articleStatus(model: ArticleModel): ArticleStatus {
  let unsourcedClaims = 0;
  let vagueAttributions = 0;
  for (const f of model.findings) {
    if (f.code === 'unsourced-claim') unsourcedClaims++;
    else if (f.code === 'vague-attribution') vagueAttributions++;
  }
  let unresolved = 0;
  for (const d of model.dates) if (d.unresolved) unresolved++;
  const date = model.referenceDate;
  return {
    referenceDate: date,
    referenceDateInWords: date ? valueInWords('DATE', date) : null,
    origin: date ? referenceDateOrigin(model) : null,
    unresolved,
    dates: model.dates.length,
    actors: model.actors.length,
    agreements: model.agreements.length,
    attributions: model.attributions.length,
    unsourcedClaims,
    vagueAttributions,
  };
}
