import { evaluateCheck } from '../calc/check-claim';
import { type ClaimResult, checkClaims, formatRecomputed, verdictCounts } from '../calc/claims';
import { formatDate } from '../format/date';
import {
  CHECKED_AGAINST,
  CLAIM_TOPICS,
  VERDICT_ORDER,
  VERDICTS,
  type Verdict,
} from '../format/labels';
import { roundDerived } from '../format/precision';
import type { Claim, ClaimContext, Dataset } from '../types';
import { perDataset } from './memo';
import { type SourceRef, sourceRefs } from './source-ref';

/** A note beside a claim (context, or what came after), with its sources. */
export interface ClaimNoteView {
  readonly text: string;
  /** The figure the note rests on, computed by core: "11.14%", with its arithmetic. */
  readonly figure: { readonly text: string; readonly formula: string } | undefined;
  readonly sources: readonly SourceRef[];
}

/** One claim re-checked, as every surface shows it. */
export interface ClaimView {
  readonly id: string;
  readonly topic: Claim['topic'];
  readonly topicLabel: string;
  readonly text: string;
  /** Who made the claim; `undefined` when it is the article's. */
  readonly speaker: { readonly name: string; readonly role: string } | undefined;
  /** "The article" or "The White House, 15 April 2025". */
  readonly madeBy: string;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly verdictSymbol: string;
  readonly verdictMeaning: string;
  /** The verdict on ClaimReview's 1 (worst) to 5 (best) scale; none for unverifiable. */
  readonly verdictRating: number | undefined;
  /** "12%", "$582.4B". */
  readonly stated: string;
  /** "−11.73%", or "—" when nothing could be recomputed. */
  readonly recomputed: string;
  /** The recomputed number, rounded to 4 decimals; `undefined` for dates and yes/no checks. */
  readonly recomputedValue: number | undefined;
  readonly formula: string;
  readonly explanation: string;
  /** "Checked against independent sources". */
  readonly checkedAgainst: string;
  readonly alternatives: readonly {
    readonly label: string;
    readonly recomputed: string;
    readonly formula: string;
    readonly agrees: boolean | undefined;
  }[];
  readonly context: readonly ClaimNoteView[];
  /** What happened after the claim was made that bears on it. */
  readonly after: readonly ClaimNoteView[];
  /** Where the claim was made. */
  readonly claimSources: readonly SourceRef[];
  /** The sources the recomputation rests on. */
  readonly evidenceSources: readonly SourceRef[];
}

/** Every claim re-checked, findings first, with the counts. */
export interface ClaimsView {
  readonly total: number;
  /** Each verdict in findings-first order, with its count (zero counts included). */
  readonly counts: readonly {
    readonly verdict: Verdict;
    readonly label: string;
    readonly symbol: string;
    readonly count: number;
  }[];
  /** Disputed and mislabelled first, then the rest (`VERDICT_ORDER`), dataset order within. */
  readonly claims: readonly ClaimView[];
  /** The same claims by topic, in reading order. */
  readonly byTopic: readonly {
    readonly topic: Claim['topic'];
    readonly label: string;
    readonly claims: readonly ClaimView[];
  }[];
}

const topicLabel = (topic: Claim['topic']): string =>
  CLAIM_TOPICS.find((t) => t.id === topic)?.label ?? topic;

const formatRecomputedValue = (r: ClaimResult['recomputed']): number | undefined =>
  r?.kind === 'number' ? roundDerived(r.value, r.unit) : undefined;

const claimView = (dataset: Dataset, r: ClaimResult): ClaimView => {
  const { claim } = r;
  const speaker =
    claim.speakerId === undefined
      ? undefined
      : dataset.actors.find((a) => a.id === claim.speakerId);
  const note = (n: ClaimContext): ClaimNoteView => {
    const e = n.figure && evaluateCheck(dataset, n.figure);
    return {
      text: n.text,
      figure: e?.ok ? { text: formatRecomputed(e.recomputed), formula: e.formula } : undefined,
      sources: sourceRefs(dataset, [...n.sourceIds, ...(e?.ok ? e.sourceIds : [])]),
    };
  };
  const verdict = VERDICTS[r.verdict];
  return {
    id: claim.id,
    topic: claim.topic,
    topicLabel: topicLabel(claim.topic),
    text: claim.text,
    speaker: speaker && { name: speaker.name, role: speaker.role },
    madeBy:
      speaker === undefined
        ? 'The article'
        : `${speaker.name}${claim.statedOn === undefined ? '' : `, ${formatDate(claim.statedOn)}`}`,
    verdict: r.verdict,
    verdictLabel: verdict.label,
    verdictSymbol: verdict.symbol,
    verdictMeaning: verdict.meaning,
    verdictRating: verdict.rating,
    stated: r.stated,
    recomputed: r.recomputedText,
    recomputedValue: formatRecomputedValue(r.recomputed),
    formula: r.formula,
    explanation: r.explanation,
    checkedAgainst: `Checked against ${CHECKED_AGAINST[claim.checkedAgainst]}`,
    alternatives: r.alternatives.map((a) => ({
      label: a.label,
      recomputed: a.recomputedText,
      formula: a.formula,
      agrees: a.agrees,
    })),
    context: (claim.context ?? []).map(note),
    after: (claim.after ?? []).map(note),
    claimSources: sourceRefs(dataset, claim.sourceIds),
    evidenceSources: sourceRefs(dataset, r.evidenceSourceIds),
  };
};

const rank = (verdict: Verdict): number => VERDICT_ORDER.indexOf(verdict);

/** Every claim re-checked and laid out for reading: findings first, counts, topics. */
export const claimsView = /* @__PURE__ */ perDataset((dataset): ClaimsView => {
  const results = checkClaims(dataset);
  const counts = verdictCounts(results);
  const views = results.map((r) => claimView(dataset, r));
  const claims = views
    .map((v, i) => ({ v, i }))
    .sort((a, b) => rank(a.v.verdict) - rank(b.v.verdict) || a.i - b.i)
    .map(({ v }) => v);
  return {
    total: views.length,
    counts: VERDICT_ORDER.map((verdict) => ({
      verdict,
      label: VERDICTS[verdict].label,
      symbol: VERDICTS[verdict].symbol,
      count: counts[verdict],
    })),
    claims,
    byTopic: CLAIM_TOPICS.map((t) => ({
      topic: t.id,
      label: t.label,
      claims: views.filter((v) => v.topic === t.id),
    })).filter((t) => t.claims.length > 0),
  };
});
