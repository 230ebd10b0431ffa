import type { ClaimsView, ClaimView, Verdict } from '@tradetalks/core';
import { oneOf } from '@/models/url/params';

/**
 * Core's claims, findings first, in one section per verdict that any claim got (the order is
 * core's `VERDICT_ORDER`; a section only groups what core already ordered).
 */
export const verdictSections = (
  view: ClaimsView,
): readonly {
  verdict: Verdict;
  label: string;
  symbol: string;
  claims: readonly ClaimView[];
}[] =>
  view.counts
    .filter((c) => c.count > 0)
    .map((c) => ({
      verdict: c.verdict,
      label: c.label,
      symbol: c.symbol,
      claims: view.claims.filter((claim) => claim.verdict === c.verdict),
    }));

/** The `?verdict=` reader of /claims: one of the verdicts claims got, or all of them. */
export const verdictReader = (verdicts: readonly { verdict: Verdict; label: string }[]) =>
  oneOf(
    'verdict',
    verdicts.map((v) => v.verdict),
    {
      noun: 'a verdict of the fact check',
      fallback: 'every claim',
      examples: verdicts.map((v) => v.label.toLowerCase()).join(', '),
    },
  );

/** Where a verdict's claims are: filtered with JavaScript, its section without. */
export const verdictHref = (verdict: Verdict | undefined): string =>
  verdict === undefined ? '/claims#verdicts' : `/claims?verdict=${verdict}#verdict-${verdict}`;

/** The id of the server-rendered list the verdict filter shows and hides groups of. */
export const CLAIMS_LIST_ID = 'claims-by-verdict';
