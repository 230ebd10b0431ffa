import { formatDateRange } from '../format/date';
import { BASIS_PHRASES, type Verdict } from '../format/labels';
import { formatIndex } from '../format/number';
import type { Basis, Claim, Dataset, StatedFigure } from '../types';
import { type Evaluation, evaluateCheck } from './check-claim';
import { agrees, formatFigure, formatStated, type Recomputed } from './claim-figures';

/** The same check under another vintage or definition. */
export interface AlternativeResult {
  readonly label: string;
  readonly recomputed: Recomputed | undefined;
  /** The recomputed figure formatted for a reader, or "—". */
  readonly recomputedText: string;
  readonly formula: string;
  /** Whether the stated figure also holds under this alternative. */
  readonly agrees: boolean | undefined;
}

/** One claim of the article, re-checked. */
export interface ClaimResult {
  readonly claim: Claim;
  /** The figure as the article states it, formatted: "12%", "$582.4B". */
  readonly stated: string;
  /** What core recomputed at full precision; `undefined` when nothing could be. */
  readonly recomputed: Recomputed | undefined;
  /** The recomputed figure formatted for a reader ("−11.73%"), or "—". */
  readonly recomputedText: string;
  /** The arithmetic, with the numbers in it. */
  readonly formula: string;
  readonly verdict: Verdict;
  /** One line a reader can follow. */
  readonly explanation: string;
  readonly alternatives: readonly AlternativeResult[];
  /** Sources behind the recomputation (the claim's own sources are on `claim`). */
  readonly evidenceSourceIds: readonly string[];
}

export const formatRecomputed = (recomputed: Recomputed | undefined): string => {
  if (recomputed === undefined) return '—';
  switch (recomputed.kind) {
    case 'number':
      return formatFigure(recomputed.value, recomputed.unit);
    case 'date':
      return formatDateRange(recomputed.date, recomputed.endDate);
    case 'holds':
      return recomputed.holds ? 'yes' : 'no';
  }
};

const basisMismatch = (stated: StatedFigure, evaluation: Evaluation) =>
  'basis' in stated &&
  stated.basis !== undefined &&
  evaluation.ok &&
  evaluation.basis !== undefined &&
  evaluation.basis !== stated.basis
    ? { stated: stated.basis, actual: evaluation.basis }
    : undefined;

const explainNumber = (
  claimed: StatedFigure,
  stated: string,
  r: Extract<Recomputed, { kind: 'number' }>,
) => {
  const value = formatFigure(r.value, r.unit);
  const { low, high } = r.interval;
  if (low === high && r.value === ('value' in claimed ? claimed.value : undefined)) {
    return `Recomputed: ${value}, as stated.`;
  }
  if ('value' in claimed && formatStated({ ...claimed, value: r.value }) === stated) {
    return `Recomputed: ${value}, which rounds to the stated ${stated}.`;
  }
  return `Recomputed: ${value}. The inputs are rounded, so the true value lies between ${formatFigure(low, r.unit)} and ${formatFigure(high, r.unit)}, which reaches the stated ${stated}.`;
};

/** The first alternative measured on `basis`, formatted ("+2.02%"), if the claim has one. */
const onStatedBasis = (dataset: Dataset, claim: Claim, basis: Basis): string | undefined => {
  for (const alt of claim.alternatives ?? []) {
    const e = evaluateCheck(dataset, alt.check);
    if (e.ok && e.basis === basis) return formatRecomputed(e.recomputed);
  }
  return undefined;
};

const explain = (
  dataset: Dataset,
  verdict: Verdict,
  claim: Claim,
  stated: string,
  evaluation: Evaluation,
): string => {
  if (!evaluation.ok) return evaluation.reason;
  const r = evaluation.recomputed;
  if (verdict === 'unverifiable') {
    return 'Only the article itself supports this; no independent source in our data confirms it.';
  }
  if (verdict === 'mislabelled') {
    const mismatch = basisMismatch(claim.stated, evaluation);
    const what = mismatch ? BASIS_PHRASES[mismatch.actual] : 'something else';
    const said = mismatch ? BASIS_PHRASES[mismatch.stated] : 'what the article says';
    const onStated = mismatch && onStatedBasis(dataset, claim, mismatch.stated);
    return `${stated} matches ${evaluation.describe}, but that is ${what}, not ${said}.${
      onStated ? ` As ${said}, the figure is ${onStated}.` : ''
    }`;
  }
  if (r.kind === 'date') {
    const when = formatDateRange(r.date, r.endDate);
    return verdict === 'consistent'
      ? `Sources date it ${when}.`
      : `Sources date it ${when}, not ${stated}.`;
  }
  if (r.kind === 'holds' && claim.check.kind === 'zero') {
    const total = evaluation.formula.split(' = ').at(-1) ?? '';
    return r.holds
      ? `${evaluation.describe}: zero, as stated.`
      : `${evaluation.describe} came to ${total}: not zero.`;
  }
  if (r.kind === 'holds') {
    const gap = formatIndex(Math.abs(r.differencePoints));
    const direction = r.differencePoints < 0 ? 'below' : 'not below';
    return `${evaluation.describe}: ${gap} points ${direction}.`;
  }
  if (verdict === 'consistent') return explainNumber(claim.stated, stated, r);
  const who = verdict === 'inconsistent' ? 'The article’s own figures give' : 'Sources give';
  return `${who} ${formatFigure(r.value, r.unit)}, not ${stated}, beyond the rounding of either figure.`;
};

/** Re-check one claim against the dataset. */
export const checkClaim = (dataset: Dataset, claim: Claim): ClaimResult => {
  const evaluation = evaluateCheck(dataset, claim.check);
  const stated = formatStated(claim.stated);
  let verdict: Verdict;
  if (!evaluation.ok || evaluation.articleOnly) verdict = 'unverifiable';
  else if (basisMismatch(claim.stated, evaluation) && agrees(claim.stated, evaluation.recomputed)) {
    verdict = 'mislabelled';
  } else if (agrees(claim.stated, evaluation.recomputed)) verdict = 'consistent';
  else verdict = claim.checkedAgainst === 'own-figures' ? 'inconsistent' : 'disputed';

  const recomputed = evaluation.ok ? evaluation.recomputed : undefined;
  return {
    claim,
    stated,
    recomputed,
    recomputedText: formatRecomputed(recomputed),
    formula: evaluation.ok ? evaluation.formula : '—',
    verdict,
    explanation: explain(dataset, verdict, claim, stated, evaluation),
    alternatives: (claim.alternatives ?? []).map((alt) => {
      const e = evaluateCheck(dataset, alt.check);
      return {
        label: alt.label,
        recomputed: e.ok ? e.recomputed : undefined,
        recomputedText: formatRecomputed(e.ok ? e.recomputed : undefined),
        formula: e.ok ? e.formula : e.reason,
        agrees: e.ok ? agrees(claim.stated, e.recomputed) : undefined,
      };
    }),
    evidenceSourceIds: evaluation.ok ? [...new Set(evaluation.sourceIds)] : [],
  };
};

/**
 * Every claim of the article re-checked: the stated figure, the recomputed one at full
 * precision, the formula, a verdict and a one-line explanation. Pure; never throws for a
 * dataset that passes `parseDataset`.
 */
export const checkClaims = (dataset: Dataset): readonly ClaimResult[] =>
  dataset.claims.map((claim) => checkClaim(dataset, claim));

/** How many claims got each verdict. */
export const verdictCounts = (results: readonly ClaimResult[]): Record<Verdict, number> => {
  const counts = { consistent: 0, inconsistent: 0, mislabelled: 0, disputed: 0, unverifiable: 0 };
  for (const r of results) counts[r.verdict] += 1;
  return counts;
};
