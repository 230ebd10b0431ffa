import { BASIS_PHRASES, dataset, formatDate, getSeries, STORY_PERIODS } from '@tradetalks/core';
import type { Metadata } from 'next';
import { Chart } from '@/charts/chart-figure';
import { GDP_SERIES } from '@/charts/specs/gdp';
import { claimTopicHref } from '@/lib/hrefs';
import { Link } from '@/ui/link';

export const metadata: Metadata = {
  title: 'Economy',
  description:
    'U.S. GDP growth in early 2025, estimate by estimate, and China’s manufacturing PMI month by month: the figures the talks were held against.',
};

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
          The U.S. Bureau of Economic Analysis publishes growth as {BASIS_PHRASES[gdp.basisCode]}:
          how much the quarter grew on the one before, compounded as if it went on for a year. It is
          not the change on the same quarter a year earlier, and each estimate revises the last.{' '}
          <Link href={claimTopicHref('gdp')}>How the article labelled it</Link>.
        </p>
        <Chart id="gdp-revisions" />
        <Chart id="gdp-quarters" />
      </section>

      <section className="section" aria-labelledby="pmi-heading">
        <h2 id="pmi-heading">China’s PMI: a survey of purchasing managers</h2>
        <p>
          The official manufacturing purchasing managers’ index asks factories whether output,
          orders, staff and stocks rose or fell on the month before. It is built so that the line in
          the middle means no change.{' '}
          <Link href={claimTopicHref('pmi')}>The article’s PMI claims, checked</Link>.
        </p>
        <Chart id="china-pmi" />
      </section>
    </>
  );
}
