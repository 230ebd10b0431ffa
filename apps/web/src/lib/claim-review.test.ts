import { claimsView, dataset, VERDICTS } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { claimReview, jsonLd } from './claim-review';

interface Review {
  '@type': string;
  claimReviewed: string;
  url: string;
  itemReviewed: { '@type': string; author: { name: string }; appearance?: { headline: string } };
  reviewRating: { alternateName: string; ratingValue?: number };
}

describe('ClaimReview', () => {
  const { claims } = claimsView(dataset);
  const review = (c: (typeof claims)[number]) => claimReview(c, dataset.asOf) as unknown as Review;

  it.each(claims.map((c) => [c.id, c] as const))('%s is a complete ClaimReview', (_, c) => {
    const r = review(c);
    expect(r['@type']).toBe('ClaimReview');
    expect(r.claimReviewed).toBe(c.text);
    expect(r.url).toMatch(new RegExp(`/claims/${c.id}$`));
    expect(r.reviewRating.alternateName).toBe(VERDICTS[c.verdict].label);
    expect(r.itemReviewed['@type']).toBe('Claim');
    expect(r.itemReviewed.appearance?.headline).toBe(c.claimSources[0]?.title);
  });

  it('names the White House as the author of its own claim, not the article', () => {
    const wh = claims.find((c) => c.speaker !== undefined);
    expect(wh).toBeDefined();
    if (wh) expect(review(wh).itemReviewed.author.name).toBe(wh.speaker?.name);
  });

  it('puts consistent above disputed on the numeric scale, and gives unverifiable none', () => {
    const rating = (v: string) => {
      const c = claims.find((x) => x.verdict === v);
      return c ? review(c).reviewRating.ratingValue : undefined;
    };
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
