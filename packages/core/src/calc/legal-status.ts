import type { LegalFinding } from '../types';
import { compareIso } from './dates';

/**
 * Where a layer stands in law on a day, from the findings up to it:
 * - `unchallenged`: no finding yet;
 * - `challenged`: a case is pending, no ruling against the layer;
 * - `held-unlawful-for-plaintiffs`: held unlawful, but relief only for those who sued;
 * - `held-unlawful-for-plaintiffs-stayed`: that ruling, put on hold on appeal;
 * - `held-unlawful`: held unlawful for everyone.
 */
export type LegalStanding =
  | 'unchallenged'
  | 'challenged'
  | 'held-unlawful-for-plaintiffs'
  | 'held-unlawful-for-plaintiffs-stayed'
  | 'held-unlawful';

const step = (standing: LegalStanding, finding: LegalFinding): LegalStanding => {
  if (standing === 'held-unlawful') return standing;
  switch (finding.kind) {
    case 'held-unlawful':
      return 'held-unlawful';
    case 'held-unlawful-for-plaintiffs':
      return 'held-unlawful-for-plaintiffs';
    case 'ruling-stayed':
      return standing === 'held-unlawful-for-plaintiffs'
        ? 'held-unlawful-for-plaintiffs-stayed'
        : standing;
    case 'challenged':
      return standing === 'unchallenged' ? 'challenged' : standing;
  }
};

/** The standing on `date` (`YYYY-MM-DD`) given a layer's findings (any order). */
export const legalStandingOn = (findings: readonly LegalFinding[], date: string): LegalStanding =>
  [...findings]
    .filter((f) => f.date <= date)
    .sort((a, b) => compareIso(a.date, b.date))
    .reduce(step, 'unchallenged');
