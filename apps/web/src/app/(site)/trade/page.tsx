import { ARTICLE_PERIODS, dataset, tradeYearsWithTotals } from '@tradetalks/core';
import type { Metadata } from 'next';
import { Chart } from '@/charts/chart-figure';
import { PageCite } from '@/components/page-cite';
import { RevisionsTable } from '@/components/trade/revisions-table';
import { TradeChangePicker } from '@/components/trade/trade-change-picker';
import { claimTopicHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { siteOverview } from '@/models/story/site-story';
import { tradePairs } from '@/models/trade/trade-pairs';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';
import { Term } from '@/ui/term';

export const metadata: Metadata = pageMetadata('/trade');

export default function TradePage() {
  const years = tradeYearsWithTotals(dataset);
  const { sinceTradeWar, latestYear } = siteOverview().trade;
  return (
    <>
      <Static>
        <header className="page-intro">
          <p className="eyebrow">Trade</p>
          <h1>Trade: what the tariffs did to the flows</h1>
          <p className="lede">
            Goods trade between the two countries came to {sinceTradeWar.total.to.text} in{' '}
            {sinceTradeWar.toYear}, {sinceTradeWar.total.changePct?.text} against{' '}
            {sinceTradeWar.fromYear} and {latestYear.total.changePct?.text} against{' '}
            {latestYear.fromYear}. U.S. imports from China changed by{' '}
            {sinceTradeWar.imports.changePct?.text} over those years, U.S. exports to China by{' '}
            {sinceTradeWar.exports.changePct?.text}.
          </p>
        </header>

        <section aria-labelledby="flows-heading">
          <h2 id="flows-heading" className="visually-hidden">
            Exports, imports and the balance
          </h2>
          <Chart id="trade-flows" />
          <Chart id="trade-balance" />
        </section>
      </Static>

      <section className="section" aria-labelledby="compare-heading" id="compare">
        <h2 id="compare-heading">Compare any two years</h2>
        <p>
          Totals add exports and imports; the <Term id="trade-balance">balance</Term> is exports
          minus imports. Both are computed from the figures as{' '}
          <Term id="first-report">first reported</Term>.
        </p>
        <TradeChangePicker
          years={years}
          defaultFrom={ARTICLE_PERIODS.tradeFrom}
          defaultTo={sinceTradeWar.toYear}
          pairs={tradePairs(dataset)}
        />
      </section>
      <Static>
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
            Census revises its figures after the first release, and sources quote different
            releases. This site shows first reports throughout; where a later revision is known,
            here it is.
          </p>
          <RevisionsTable />
        </section>
        <PageCite path="/trade" />
      </Static>
    </>
  );
}
