import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { siteOverview } from '@/models/story/site-story';
import { AfterSummary } from './after-summary';
import { TariffFigures } from './tariff-figures';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&#x27;', "'");

describe('the home page figures', () => {
  it('link each side’s peak and last verified day to its page', () => {
    const html = renderToStaticMarkup(<TariffFigures overview={siteOverview()} />);
    for (const side of siteOverview().tariffs) {
      expect(html).toContain(`href="/tariffs/on/${side.peak.date}"`);
    }
    expect(html).not.toMatch(/href="\/tariffs\/on\/"|\?date="/);
  });

  it('render no link to a day core gives no date for', () => {
    const o = siteOverview();
    const undated = o.tariffs.map((side) => ({
      ...side,
      peak: { ...side.peak, date: undefined },
      latest: { ...side.latest, date: undefined },
    })) as unknown as typeof o.tariffs;
    const html = renderToStaticMarkup(<TariffFigures overview={{ ...o, tariffs: undated }} />);
    expect(html).not.toContain('/tariffs/on/');
    expect(html).not.toContain('?date=');
    expect(text(html)).not.toContain('Every layer that day');
  });
});

describe('the chapters after the article', () => {
  it('show the span core gives each chapter', () => {
    const chapters = siteOverview().afterArticle;
    const html = text(renderToStaticMarkup(<AfterSummary chapters={chapters} />));
    for (const c of chapters) expect(html).toContain(`${c.span.text} · ${c.events.length} event`);
  });
});
