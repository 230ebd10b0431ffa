import { dataset } from '@tradetalks/core';

/** Every kind of page: each top-level route, one claim, one tariff date, and the 404. */
export const ROUTES = [
  '/',
  '/timeline',
  '/tariffs',
  '/trade',
  '/economy',
  '/claims',
  `/claims/${dataset.claims[0]?.id}`,
  '/data',
  '/sources',
  '/glossary',
  `/tariffs/on/${dataset.tariffMeasures[0]?.effectiveOn}`,
  '/tariffs/measures',
  '/embed/tariff-history',
] as const;

/** Pages other sites may frame (their own frame policy). */
export const EMBED_ROUTES = ['/embed/tariff-history'] as const;

export const NOT_FOUND_ROUTE = '/no-such-page';

/** Pages whose figures are charts, to check they are there without JavaScript. */
export const CHART_ROUTES = ['/tariffs', '/trade', '/economy'] as const;
