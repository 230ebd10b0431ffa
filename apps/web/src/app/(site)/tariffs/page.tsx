import { dataset } from '@tradetalks/core';
import type { Metadata } from 'next';
import { Chart } from '@/charts/chart-figure';
import { DataAge } from '@/components/data-age';
import { PageCite } from '@/components/page-cite';
import { ExplorerSection } from '@/components/tariffs/explorer-section';
import { StackScope } from '@/components/tariffs/stack-scope';
import { afterHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { siteOverview } from '@/models/story/site-story';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';
import { Term } from '@/ui/term';

export const metadata: Metadata = pageMetadata('/tariffs');

export default function TariffsPage() {
  const [us, cn] = siteOverview().tariffs;
  return (
    <>
      <Static>
        <header className="page-intro">
          <p className="eyebrow">Tariffs · {siteOverview().age.shortText}</p>
          <h1>Tariffs, layer by layer</h1>
          <p className="lede">
            Neither side’s headline rate is a single tariff. Each is a{' '}
            <Term id="tariff-stack">stack</Term> of <Term id="additional-tariff">additional</Term>{' '}
            layers set by different laws on different dates: the U.S. reached {us.peak.text} on{' '}
            {us.peak.dateText}, China {cn.peak.text} on {cn.peak.dateText}. Where a court later held
            a layer unlawful, the stack still shows what was charged, and says what the courts
            found. Pick any day to see what was in force and what it was made of.
          </p>
        </header>
      </Static>

      <section aria-labelledby="explorer-heading">
        <h2 id="explorer-heading" className="visually-hidden">
          The stack on a given day
        </h2>
        <ExplorerSection />
      </section>

      <Static>
        <DataAge />

        <section className="section" aria-labelledby="history-heading">
          <h2 id="history-heading">The stacks over time</h2>
          <Chart id="tariff-steps-recent" />
          <Chart id="tariff-steps" />
          <p>
            <Link href={afterHref('ruling')}>The Supreme Court’s ruling and what followed it</Link>
          </p>
        </section>

        <section className="section" aria-labelledby="average-heading">
          <h2 id="average-heading">Headline rates and the average tariff</h2>
          <p>
            The Peterson Institute (PIIE) publishes a different number: the{' '}
            <Term id="trade-weighted-average">average tariff</Term> on what one side buys from the
            other, over all of that trade. It sits below the headline where goods were exempted or
            on no list, and it was well above zero in the first trade war, when no tariff applied to
            all goods and the product lists did the work. Both numbers are right; they answer
            different questions.
          </p>
          <div className="grid-2">
            <Chart id="piie-us" />
            <Chart id="piie-cn" />
          </div>
        </section>

        <section className="section" aria-labelledby="scope-heading">
          <h2 id="scope-heading">What a stack counts</h2>
          <p>
            The laws behind the layers, in plain words: <Term id="ieepa" />,{' '}
            <Term id="section-122" />, <Term id="section-301" /> and its{' '}
            <Term id="section-301-lists">lists</Term>, <Term id="section-232" />, and the normal{' '}
            <Term id="mfn" /> that all of them come on top of.
          </p>
          <StackScope />
        </section>

        <section className="section" aria-labelledby="measures-heading">
          <h2 id="measures-heading">Every tariff measure</h2>
          <p>
            The stacks are built from {dataset.tariffMeasures.length} dated measures, each setting
            one layer’s rate until a later one replaces or ends it.{' '}
            <Link href="/tariffs/measures">
              Every measure, with its rate, legal basis and sources
            </Link>
            .
          </p>
        </section>
        <PageCite path="/tariffs" />
      </Static>
    </>
  );
}
