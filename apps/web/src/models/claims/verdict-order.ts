import { type ClaimResult, VERDICTS, type Verdict } from '@tradetalks/core';
import { oneOf } from '@/models/url/params';

/**
 * The order the fact check is read in: what it found first (numbers that do not add up,
 * figures sources dispute, right numbers with the wrong label), then what could not be
 * checked, then what holds.
 */
export const VERDICT_ORDER: readonly Verdict[] = [
  'inconsistent',
  'disputed',
  'mislabelled',
  'unverifiable',
  'consistent',
];

/** Verdicts that are findings: the article is off. */
export const FINDINGS: ReadonlySet<Verdict> = new Set(['inconsistent', 'disputed', 'mislabelled']);

/** The results grouped by verdict, in reading order, leaving out verdicts no claim got. */
export const byVerdict = (
  results: readonly ClaimResult[],
): readonly { verdict: Verdict; results: readonly ClaimResult[] }[] =>
  VERDICT_ORDER.map((verdict) => ({
    verdict,
    results: results.filter((r) => r.verdict === verdict),
  })).filter((g) => g.results.length > 0);

/** The `?verdict=` reader of /claims: one of the verdicts claims got, or all of them. */
export const verdictReader = (verdicts: readonly Verdict[]) =>
  oneOf('verdict', verdicts, {
    noun: 'a verdict of the fact check',
    fallback: 'every claim',
    examples: verdicts.map((v) => VERDICTS[v].label.toLowerCase()).join(', '),
  });

/** Where a verdict's claims are: filtered with JavaScript, its section without. */
export const verdictHref = (verdict: Verdict | undefined): string =>
  verdict === undefined ? '/claims#verdicts' : `/claims?verdict=${verdict}#verdict-${verdict}`;

/** The id of the server-rendered list the verdict filter shows and hides groups of. */
export const CLAIMS_LIST_ID = 'claims-by-verdict';
