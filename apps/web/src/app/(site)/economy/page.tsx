import type { Metadata } from 'next';
import { Chart } from '@/charts/chart-figure';
import { PageCite } from '@/components/page-cite';
import { claimTopicHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { siteOverview } from '@/models/story/site-story';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';
import { Term } from '@/ui/term';

export const metadata: Metadata = pageMetadata('/economy');

export default function EconomyPage() {
  const { gdp, pmi } = siteOverview();
  return (
    <Static>
      <header className="page-intro">
        <p className="eyebrow">Economy</p>
        <h1>The economies behind the talks</h1>
        <p className="lede">
          Two numbers from the weeks before Geneva were read as signs that the tariffs were hurting
          both sides: a fall in U.S. output in {gdp.firstPrint.dateText} ({gdp.firstPrint.text},
          annualized) and a drop in China’s factory index in {pmi.april.dateText} ({pmi.april.text}
          ). Both came with fine print.
          {gdp.yearOnYear
            ? ` Against the same quarter a year earlier, U.S. output grew ${gdp.yearOnYear.text}.`
            : ''}
        </p>
      </header>

      <section aria-labelledby="gdp-heading">
        <h2 id="gdp-heading">U.S. GDP: one quarter, every estimate</h2>
        <p>
          The U.S. Bureau of Economic Analysis publishes growth as an{' '}
          <Term id="annualized-rate">annualized quarter-over-quarter rate</Term>: how much the
          quarter grew on the one before, compounded as if it went on for a year. It is not the
          change on the same quarter a year earlier (<Term id="year-on-year">year on year</Term>
          ), and each estimate revises the last.{' '}
          <Link href={claimTopicHref('gdp')}>How the article labelled it</Link>.
        </p>
        <div className="grid-2">
          <Chart id="gdp-revisions" />
          <Chart id="gdp-quarters" />
        </div>
      </section>

      <section className="section" aria-labelledby="pmi-heading">
        <h2 id="pmi-heading">China’s PMI: a survey of purchasing managers</h2>
        <p>
          The official manufacturing <Term id="pmi">purchasing managers’ index</Term> asks factories
          whether output, orders, staff and stocks rose or fell on the month before. It is built so
          that the line in the middle means no change.{' '}
          <Link href={claimTopicHref('pmi')}>The article’s PMI claims, checked</Link>.
        </p>
        <Chart id="china-pmi" />
      </section>
      <PageCite path="/economy" />
    </Static>
  );
}
