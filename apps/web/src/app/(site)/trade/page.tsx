import {
  dataset,
  formatChangePct,
  formatUsdBn,
  STORY_PERIODS,
  story,
  tradeYearsWithTotals,
} from '@tradetalks/core';
import type { Metadata } from 'next';
import { Chart } from '@/charts/chart-figure';
import { PageCite } from '@/components/page-cite';
import { RevisionsTable } from '@/components/trade/revisions-table';
import { TradeChangePicker } from '@/components/trade/trade-change-picker';
import { claimTopicHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { tradePairs } from '@/models/trade/trade-pairs';
import { Link } from '@/ui/link';
import { Term } from '@/ui/term';

export const metadata: Metadata = pageMetadata('/trade');

export default function TradePage() {
  const years = tradeYearsWithTotals(dataset);
  const { trade } = story(dataset);
  const last = years[years.length - 1] ?? STORY_PERIODS.tradeFrom;
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Trade</p>
        <h1>Trade: what the tariffs did to the flows</h1>
        <p className="lede">
          Goods trade between the two countries came to{' '}
          {formatUsdBn(trade.to.totalUsdBn ?? Number.NaN)} in {trade.to.year},{' '}
          {formatChangePct(trade.totalChangePct)} against {trade.from.year}.
          {trade.importsChangePct < 0 && trade.exportsChangePct > 0
            ? ' The fall is all on one side: U.S. imports from China shrank, while U.S. exports to China grew.'
            : ''}
        </p>
      </header>

      <section aria-labelledby="flows-heading">
        <h2 id="flows-heading" className="visually-hidden">
          Exports, imports and the balance
        </h2>
        <Chart id="trade-flows" />
        <Chart id="trade-balance" />
      </section>

      <section className="section" aria-labelledby="compare-heading" id="compare">
        <h2 id="compare-heading">Compare any two years</h2>
        <p>
          Totals add exports and imports; the <Term id="trade-balance">balance</Term> is exports
          minus imports. Both are computed from the figures as{' '}
          <Term id="first-report">first reported</Term>.
        </p>
        <TradeChangePicker
          years={years}
          defaultFrom={STORY_PERIODS.tradeFrom}
          defaultTo={last}
          pairs={tradePairs(dataset)}
        />
      </section>

      <section className="section" aria-labelledby="share-heading">
        <h2 id="share-heading">How much of China’s business is the U.S.?</h2>
        <Chart id="export-share" />
        <p>
          <Link href={claimTopicHref('export-share')}>
            The article’s export-share figures, checked
          </Link>
        </p>
      </section>

      <section className="section" aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">First reports and revisions</h2>
        <p>
          Census revises its figures after the first release, and sources quote different releases.
          This site shows first reports throughout; where a later revision is known, here it is.
        </p>
        <RevisionsTable />
      </section>
      <PageCite path="/trade" />
    </>
  );
}
