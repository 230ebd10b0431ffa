import { claimsView, dataset, sourceRefs, timelineView } from '@tradetalks/core';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Chart } from '@/charts/chart-figure';
import { CHARTS } from '@/charts/registry';
import { ChapterSection } from '@/components/after/chapter-section';
import { ClaimCard } from '@/components/claims/claim-card';
import { DataAge } from '@/components/data-age';
import { AfterSummary } from '@/components/home/after-summary';
import { TariffFigures } from '@/components/home/tariff-figures';
import { SiteFooter } from '@/components/site-footer';
import { EventCard } from '@/components/timeline/event-card';
import { siteOverview } from '@/models/story/site-story';
import { renderStatic } from './render-static';
import { SourceLine } from './source-line';

const same = (node: ReactNode) => expect(renderStatic(node)).toBe(renderToStaticMarkup(node));

describe('renderStatic writes what renderToStaticMarkup writes', () => {
  it('for elements, attributes, text, fragments and void elements', () => {
    same(
      <>
        <p className="a" data-x="1" aria-hidden="true" hidden>
          Tom &amp; “Jerry’s” &lt;x&gt; {3} {null} {false}
          {/* biome-ignore lint/performance/noImgElement: a test of how an img is written */}
          <img src="/a.svg" alt="A 'b' &quot;c&quot;" width={10} height={5} loading="lazy" />
        </p>
        <time dateTime="2025-04-10">10 Apr 2025</time>
        <label htmlFor="x">X</label>
        <details open>
          <summary>S</summary>
        </details>
        <ol start={3}>
          <li value={4}>four</li>
        </ol>
      </>,
    );
  });

  it.each(CHARTS.map((c) => [c.id] as const))('for the chart %s', (id) => same(<Chart id={id} />));

  it('for every claim card, event card, chapter and the home figures', () => {
    for (const c of claimsView(dataset).claims) same(<ClaimCard claim={c} />);
    for (const e of timelineView(dataset)) same(<EventCard event={e} />);
    const o = siteOverview();
    for (const chapter of o.afterArticle) same(<ChapterSection chapter={chapter} />);
    same(<AfterSummary chapters={o.afterArticle} />);
    same(<TariffFigures overview={o} />);
    same(<DataAge />);
    same(<SiteFooter />);
    same(
      <SourceLine
        sources={sourceRefs(
          dataset,
          dataset.sources.map((s) => s.id),
        )}
      />,
    );
  });

  it('refuses what it cannot write, rather than dropping it', () => {
    expect(() => renderStatic(<button type="button" onClick={() => {}} />)).toThrow(/handler/);
    expect(() => renderStatic(<p style={{ color: 'red' }} />)).toThrow(/style/);
  });
});
