import type { Overview } from '@tradetalks/core';
import { StatFigure } from '@/components/stat-figure';
import { claimTopicHref } from '@/lib/hrefs';
import { mergeSources } from '@/lib/sources';

/** Trade in the latest year against the year before and against 2018; China's export share. */
export function TradeFigures({ overview }: { overview: Overview }) {
  const { article, latestYear, sinceTradeWar } = overview.trade;
  const { points, change } = overview.exportShare;
  const first = points[0];
  const last = points.at(-1);
  return (
    <div className="grid-2">
      <StatFigure
        id="figure-trade"
        label={`U.S.–China goods trade in ${sinceTradeWar.toYear}, exports and imports together`}
        value={sinceTradeWar.total.to.text}
        sources={mergeSources(sinceTradeWar.total.change.sources, latestYear.total.change.sources)}
        explain={{ href: '/trade', label: 'Trade year by year' }}
        check={{ href: claimTopicHref('trade'), label: 'Fact check: the trade claims' }}
      >
        <p>
          Against {sinceTradeWar.total.from.text} in {sinceTradeWar.fromYear}, when the tariffs
          began: <strong className="num">{sinceTradeWar.total.change.text}</strong> (
          {sinceTradeWar.total.changePct?.text}). Against {latestYear.fromYear}:{' '}
          {latestYear.total.changePct?.text}.
        </p>
        <p>
          Over {sinceTradeWar.fromYear}–{sinceTradeWar.toYear}, U.S. imports from China{' '}
          {sinceTradeWar.imports.changePct?.text} and U.S. exports to China{' '}
          {sinceTradeWar.exports.changePct?.text}. The article’s years, {article.fromYear}–
          {article.toYear}: {article.total.changePct?.text}.
        </p>
      </StatFigure>
      {first && last ? (
        <StatFigure
          id="figure-export-share"
          label={`Share of China’s exports that went to the U.S. in ${last.dateText}`}
          value={last.text}
          sources={mergeSources(first.sources, last.sources)}
          explain={{ href: '/trade#export-share', label: 'Two ways to measure it' }}
          check={{ href: claimTopicHref('export-share'), label: 'Fact check: the share claims' }}
        >
          <p>
            Down from {first.text} in {first.dateText}
            {change ? ` (${change.text})` : ''}, computed from China’s own customs figures.
          </p>
        </StatFigure>
      ) : null}
    </div>
  );
}
