import { claimsView, dataset, tariffDayDates } from '@tradetalks/core';

/** Every kind of page: each top-level route, one claim, one tariff date, and the 404. */
export const ROUTES = [
  '/',
  '/after',
  '/timeline',
  '/tariffs',
  '/trade',
  '/economy',
  '/claims',
  `/claims/${claimsView(dataset).claims[0]?.id}`,
  '/data',
  '/sources',
  '/glossary',
  '/changes',
  `/tariffs/on/${tariffDayDates(dataset)[0]}`,
  '/tariffs/measures',
  '/embed/tariff-history',
] as const;

/** Pages other sites may frame (their own frame policy). */
export const EMBED_ROUTES = ['/embed/tariff-history'] as const;

export const NOT_FOUND_ROUTE = '/no-such-page';

/** Pages whose figures are charts, to check they are there without JavaScript. */
export const CHART_ROUTES = ['/', '/tariffs', '/trade', '/economy'] as const;

/** Pages that show the latest verified state, and so say how old the data is. */
export const NOW_ROUTES = ['/', '/after', '/tariffs'] as const;
