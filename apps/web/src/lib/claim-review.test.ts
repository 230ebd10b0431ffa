import { checkClaims, dataset, VERDICTS } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { claimReview, jsonLd } from './claim-review';

interface Review {
  '@type': string;
  claimReviewed: string;
  url: string;
  itemReviewed: { '@type': string };
  reviewRating: { alternateName: string; ratingValue?: number };
}

describe('ClaimReview', () => {
  const results = checkClaims(dataset);

  it.each(results.map((r) => [r.claim.id, r] as const))('%s is a complete ClaimReview', (_, r) => {
    const review = claimReview(dataset, r) as unknown as Review;
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe(r.claim.text);
    expect(review.url).toMatch(new RegExp(`/claims/${r.claim.id}$`));
    expect(review.reviewRating.alternateName).toBe(VERDICTS[r.verdict].label);
    expect(review.itemReviewed['@type']).toBe('Claim');
  });

  it('puts consistent above disputed on the numeric scale, and gives unverifiable none', () => {
    const rating = (v: string) =>
      (
        claimReview(
          dataset,
          results.find((r) => r.verdict === v) ?? (results[0] as never),
        ) as unknown as Review
      ).reviewRating.ratingValue;
    expect(rating('consistent')).toBeGreaterThan(rating('disputed') ?? Number.POSITIVE_INFINITY);
    expect(rating('unverifiable')).toBeUndefined();
  });
});

describe('jsonLd', () => {
  it('cannot close its script tag or open another', () => {
    const text = jsonLd({ claim: '</script><script>alert(1)</script> & more' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)).toEqual({ claim: '</script><script>alert(1)</script> & more' });
  });
});
