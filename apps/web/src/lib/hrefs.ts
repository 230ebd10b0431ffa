import type { Citation } from '@tradetalks/core';

// Where each kind of record lives on the site. Anchors are the record ids, prefixed where
// two collections share a page.

export const eventHref = (id: string) => `/timeline#${id}`;
export const actorHref = (id: string) => `/timeline#actor-${id}`;
export const statementHref = (id: string) => `/timeline#statement-${id}`;
export const measureHref = (id: string) => `/tariffs/measures#measure-${id}`;
export const seriesHref = (id: string) => `/data#series-${id}`;
export const claimHref = (id: string) => `/claims/${id}`;
export const claimTopicHref = (topic: string) => `/claims#topic-${topic}`;
export const sourceHref = (id: string) => `/sources#${id}`;
export const tariffsOnHref = (date: string) => `/tariffs?date=${date}`;
/** The page of one date on which a stack changed (pre-rendered, works without JavaScript). */
export const tariffsDayHref = (date: string) => `/tariffs/on/${date}`;
export const chartCsvHref = (chartId: string) => `/data/charts/${chartId}.csv`;

/** The page and anchor of a record that cites a source. */
export const citationHref = (citation: Citation): string => {
  switch (citation.collection) {
    case 'actors':
      return actorHref(citation.id);
    case 'events':
      return eventHref(citation.id);
    case 'tariffMeasures':
      return measureHref(citation.id);
    case 'series':
      return seriesHref(citation.id);
    case 'statements':
      return statementHref(citation.id);
    case 'claims':
      return claimHref(citation.id);
  }
};
