import {
  dataset,
  formatChangePct,
  formatPercent,
  formatPp,
  formatUsdBn,
  formatUsdBnChange,
  MISSING,
  type Story,
} from '@tradetalks/core';
import { StatFigure } from '@/components/stat-figure';
import { claimTopicHref } from '@/lib/hrefs';
import { exportShareSourceIds, tradeChangeSourceIds } from '@/lib/story-sources';

const usd = (value: number | undefined) => (value === undefined ? MISSING : formatUsdBn(value));

/** Trade in the latest year against the year the conflict began, and China's export share. */
export function TradeFigures({ story }: { story: Story }) {
  const { trade } = story;
  const first = story.exportShare[0];
  const last = story.exportShare[story.exportShare.length - 1];
  return (
    <div className="grid-2">
      <StatFigure
        id="figure-trade"
        label={`U.S.–China goods trade in ${trade.to.year}, exports and imports together`}
        value={usd(trade.to.totalUsdBn)}
        sourceIds={tradeChangeSourceIds(dataset, trade)}
        explain={{ href: '/trade', label: 'Trade year by year' }}
        check={{ href: claimTopicHref('trade'), label: 'Fact check: the trade claims' }}
      >
        <p>
          Against {usd(trade.from.totalUsdBn)} in {trade.from.year}, when the tariffs began:{' '}
          <strong className="num">{formatUsdBnChange(trade.totalChangeUsdBn)}</strong> (
          {formatChangePct(trade.totalChangePct)}).
        </p>
        <p>
          U.S. imports from China {formatChangePct(trade.importsChangePct)}, U.S. exports to China{' '}
          {formatChangePct(trade.exportsChangePct)} over the same years.
        </p>
      </StatFigure>
      {first && last ? (
        <StatFigure
          id="figure-export-share"
          label={`Share of China’s exports that went to the U.S. in ${last.year}`}
          value={formatPercent(last.sharePct)}
          sourceIds={exportShareSourceIds(dataset, [first, last])}
          explain={{ href: '/trade#export-share', label: 'Two ways to measure it' }}
          check={{ href: claimTopicHref('export-share'), label: 'Fact check: the share claims' }}
        >
          <p>
            Down from {formatPercent(first.sharePct)} in {first.year}
            {story.exportShareChangePp === undefined
              ? '.'
              : ` (${formatPp(story.exportShareChangePp)}).`}{' '}
            Computed from China’s own figures: {formatUsdBn(last.chinaExportsToUsUsdBn)} of{' '}
            {formatUsdBn(last.chinaExportsTotalUsdBn)}.
          </p>
        </StatFigure>
      ) : null}
    </div>
  );
}
