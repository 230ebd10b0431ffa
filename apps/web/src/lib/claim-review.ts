import type { ClaimView } from '@tradetalks/core';
import { claimHref } from './hrefs';
import { absoluteUrl, SITE_NAME } from './site';

/**
 * schema.org ClaimReview for one re-checked claim (core's view of it): the claim as made,
 * where it appeared (its first source: the article, or the White House's fact sheet), and the
 * verdict.
 */
export const claimReview = (claim: ClaimView, reviewedOn: string): Record<string, unknown> => {
  const appearance = claim.claimSources[0];
  // Core places each verdict on ClaimReview's 1–5 scale; unverifiable, off it, has only its label.
  const rating = claim.verdictRating;
  return {
    '@type': 'ClaimReview',
    url: absoluteUrl(claimHref(claim.id)),
    datePublished: reviewedOn,
    author: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/') },
    claimReviewed: claim.text,
    itemReviewed: {
      '@type': 'Claim',
      ...(appearance?.publishedOn ? { datePublished: appearance.publishedOn } : {}),
      author: { '@type': 'Organization', name: claim.speaker?.name ?? appearance?.publisher },
      ...(appearance
        ? {
            appearance: {
              '@type': 'CreativeWork',
              headline: appearance.title,
              ...(appearance.href ? { url: appearance.href } : {}),
            },
          }
        : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      ...(rating === undefined ? {} : { ratingValue: rating, bestRating: 5, worstRating: 1 }),
      alternateName: claim.verdictLabel,
      ratingExplanation: claim.explanation,
    },
  };
};

/** JSON for a <script type="application/ld+json">, safe to inline in HTML. */
export const jsonLd = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
