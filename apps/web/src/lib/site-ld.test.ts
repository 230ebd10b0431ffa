import { CSV_TABLES, dataset } from '@tradetalks/core';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from './site';
import { datasetLd, websiteLd } from './site-ld';

describe('site JSON-LD', () => {
  it('describes the dataset with its version, date, licence and every file, on SITE_URL', () => {
    const ld = datasetLd(dataset) as {
      version: string;
      dateModified: string;
      license: string;
      distribution: { contentUrl: string }[];
    };
    expect(ld.version).toBe(dataset.version);
    expect(ld.dateModified).toBe(dataset.asOf);
    expect(ld.license).toBe(dataset.licence.url);
    expect(ld.distribution).toHaveLength(CSV_TABLES.length + 1);
    for (const d of ld.distribution)
      expect(d.contentUrl.startsWith(`${SITE_URL}/data/`)).toBe(true);
  });

  it('names the site at its address', () => {
    expect(websiteLd()).toMatchObject({ '@type': 'WebSite', url: `${SITE_URL}/` });
  });
});
