import { dataAge, dataset, formatDate } from '@tradetalks/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BUILD_DAY } from '@/lib/site';
import { siteOverview } from '@/models/story/site-story';
import { DataAge, DataAgeShort } from './data-age';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&#x27;', "'");

describe('the data’s age', () => {
  it('says as of which date, how long before the build, the last verified day and what was due', () => {
    const html = text(renderToStaticMarkup(<DataAge />));
    const age = dataAge(dataset, BUILD_DAY);
    expect(html).toContain(age.text);
    expect(html).toContain(formatDate(BUILD_DAY));
    expect(html).toContain(siteOverview().verifiedThrough.text);
    for (const s of siteOverview().scheduled) expect(html).toContain(s.title);
  });

  it('is short in the footer', () => {
    expect(text(renderToStaticMarkup(<DataAgeShort />))).toContain(dataAge(dataset, BUILD_DAY).ago);
  });
});
