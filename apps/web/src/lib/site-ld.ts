import { CSV_TABLES, csvFileName, type Dataset } from '@tradetalks/core';
import { absoluteUrl, SITE_NAME } from './site';

/** schema.org WebSite for the home page: the site's name and address. */
export const websiteLd = (): Record<string, unknown> => ({
  '@context': 'https://schema.org',
  '@type': 'WebSite',
  name: SITE_NAME,
  url: absoluteUrl('/'),
  description: 'The numbers behind the U.S.–China trade conflict, verified, each with its source.',
});

/** schema.org Dataset for /data: what the data is, its version, date, licence and files. */
export const datasetLd = (data: Dataset): Record<string, unknown> => ({
  '@context': 'https://schema.org',
  '@type': 'Dataset',
  name: `${SITE_NAME}: the U.S.–China trade conflict in numbers`,
  description:
    'Tariff measures both ways, U.S.–China goods trade, China’s export share, U.S. GDP, China’s PMI, events, statements and a news article’s claims re-checked, each record with its sources.',
  url: absoluteUrl('/data'),
  version: data.version,
  dateModified: data.asOf,
  license: data.licence.url,
  creator: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/') },
  isAccessibleForFree: true,
  distribution: [
    {
      '@type': 'DataDownload',
      encodingFormat: 'application/json',
      contentUrl: absoluteUrl('/data/dataset.json'),
    },
    ...CSV_TABLES.map((t) => ({
      '@type': 'DataDownload',
      name: t.title,
      encodingFormat: 'text/csv',
      contentUrl: absoluteUrl(`/data/${csvFileName(t.name)}`),
    })),
  ],
});
