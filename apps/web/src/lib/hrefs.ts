import type { SourceUse } from '@tradetalks/core';

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
/** Every stretch's panels for the tariff explorer, fetched by its island when it wakes. */
export const EXPLORER_PANELS_HREF = '/tariffs/explorer-panels.html';
export const chartCsvHref = (chartId: string) => `/data/charts/${chartId}.csv`;
/** The chart as a picture, with its title, sources and date inside (made at build time). */
export const chartSvgHref = (chartId: string) => `/data/charts/${chartId}.svg`;
export const chartPngHref = (chartId: string) => `/data/charts/${chartId}.png`;
/** The drawing a page shows, for a wide or a narrow space, in the page's colours and theme. */
export const chartDrawingHref = (chartId: string, layout: 'wide' | 'narrow') =>
  `/charts/${chartId}.${layout}.svg`;
/** The chart alone, for other sites to frame. */
export const embedHref = (chartId: string) => `/embed/${chartId}`;
/** A page's share picture: /og/<slug>.png, the slug made from its path. */
export const ogImageHref = (path: string) => `/og/${ogSlug(path)}.png`;
export const ogSlug = (path: string) =>
  path === '/' ? 'home' : path.replace(/^\//, '').replace(/[^a-z0-9-]+/gi, '_');
/** A chart on its page. */
export const chartHref = (page: string, chartId: string) => `${page}#${chartId}`;
export const glossaryHref = (id: string) => `/glossary#${id}`;
/** What happened after the article, chapter by chapter. */
export const afterHref = (chapter?: string) => (chapter ? `/after#${chapter}` : '/after');
/** What changed in the data, release by release; and the same as an Atom feed. */
export const changesHref = (version?: string) =>
  version ? `/changes#release-${version.replaceAll('.', '-')}` : '/changes';
export const FEED_HREF = '/feed.xml';

export const layerHref = (id: string) => `/tariffs/measures#layer-${id}`;
export const scheduledHref = (id: string) => `/tariffs#scheduled-${id}`;

/** The page and anchor of a record that rests on a source. */
export const citationHref = (citation: SourceUse): string => {
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
    case 'tariffLayers':
      return layerHref(citation.id);
    case 'scheduled':
      return scheduledHref(citation.id);
    case 'sources':
      return sourceHref(citation.id);
  }
};
