import {
  type ClaimResult,
  type Dataset,
  getSource,
  VERDICTS,
  type Verdict,
} from '@tradetalks/core';
import { claimHref } from './hrefs';
import { absoluteUrl, SITE_NAME } from './site';

/**
 * Where each verdict sits on ClaimReview's numeric scale (1 worst, 5 best). Unverifiable has
 * no place on it: its rating carries only the label.
 */
const RATING: Record<Verdict, number | undefined> = {
  consistent: 5,
  mislabelled: 3,
  disputed: 2,
  inconsistent: 1,
  unverifiable: undefined,
};

const ARTICLE_SOURCE = 'article';

/** schema.org ClaimReview for one re-checked claim. */
export const claimReview = (data: Dataset, result: ClaimResult): Record<string, unknown> => {
  const article =
    data.sources.find((s) => s.id === ARTICLE_SOURCE) ??
    getSource(data, result.claim.sourceIds[0] ?? '');
  const rating = RATING[result.verdict];
  return {
    '@type': 'ClaimReview',
    url: absoluteUrl(claimHref(result.claim.id)),
    datePublished: data.asOf,
    author: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/') },
    claimReviewed: result.claim.text,
    itemReviewed: {
      '@type': 'Claim',
      ...(article.publishedOn ? { datePublished: article.publishedOn } : {}),
      appearance: {
        '@type': 'CreativeWork',
        headline: article.title,
        ...(article.url ? { url: article.url } : {}),
      },
    },
    reviewRating: {
      '@type': 'Rating',
      ...(rating === undefined ? {} : { ratingValue: rating, bestRating: 5, worstRating: 1 }),
      alternateName: VERDICTS[result.verdict].label,
      ratingExplanation: result.explanation,
    },
  };
};

/** JSON for a <script type="application/ld+json">, safe to inline in HTML. */
export const jsonLd = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
