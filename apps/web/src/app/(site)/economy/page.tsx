import { BASIS_PHRASES, dataset, formatDate, getSeries, STORY_PERIODS } from '@tradetalks/core';
import type { Metadata } from 'next';
import { Chart } from '@/charts/chart-figure';
import { GDP_SERIES } from '@/charts/specs/gdp';
import { PageCite } from '@/components/page-cite';
import { claimTopicHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { Link } from '@/ui/link';
import { Term } from '@/ui/term';

export const metadata: Metadata = pageMetadata('/economy');

export default function EconomyPage() {
  const gdp = getSeries(dataset, GDP_SERIES);
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Economy</p>
        <h1>The economies behind the talks</h1>
        <p className="lede">
          Two numbers from the weeks before Geneva were read as signs that the tariffs were hurting
          both sides: a fall in U.S. output in {formatDate(STORY_PERIODS.gdpQuarter)} and a drop in
          China’s factory index in {formatDate(STORY_PERIODS.pmiMonth)}. Both came with fine print.
        </p>
      </header>

      <section aria-labelledby="gdp-heading">
        <h2 id="gdp-heading">U.S. GDP: one quarter, four estimates</h2>
        <p>
          The U.S. Bureau of Economic Analysis publishes growth as{' '}
          <Term id="annualized-rate">{BASIS_PHRASES[gdp.basisCode]}</Term>: how much the quarter
          grew on the one before, compounded as if it went on for a year. It is not the change on
          the same quarter a year earlier (<Term id="year-on-year">year on year</Term>
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
    </>
  );
}
