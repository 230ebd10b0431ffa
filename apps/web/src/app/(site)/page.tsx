import type { Metadata } from 'next';
import { Chart } from '@/charts/chart-figure';
import { DataAge } from '@/components/data-age';
import { AfterSummary } from '@/components/home/after-summary';
import { EconomyFigures } from '@/components/home/economy-figures';
import { FactCheckSummary } from '@/components/home/fact-check-summary';
import { TariffFigures } from '@/components/home/tariff-figures';
import { TradeFigures } from '@/components/home/trade-figures';
import { PageCite } from '@/components/page-cite';
import { afterHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { websiteLd } from '@/lib/site-ld';
import { siteOverview } from '@/models/story/site-story';
import { JsonLd } from '@/ui/json-ld';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';
import { Term } from '@/ui/term';

export const metadata: Metadata = pageMetadata('/');

export default function HomePage() {
  const o = siteOverview();
  const [us, cn] = o.tariffs;
  return (
    <Static>
      <header className="page-intro hero">
        <p className="eyebrow">The U.S.–China trade conflict · {o.age.shortText}</p>
        <h1>The trade conflict in numbers</h1>
        <p className="lede">
          By {o.bothAtPeak.dateText} the United States was charging {us.peak.text} on everything it
          bought from China, and China {cn.peak.text} on everything it bought from the United
          States. Negotiators met and the rates came down; then
          {o.ruling ? ` on ${o.ruling.dateText}` : ''} the Supreme Court held that the emergency law
          behind the U.S. peak, <Term id="ieepa" />, does not authorize tariffs. On{' '}
          {us.latest.dateText}, the last verified day, the U.S. charged {us.latest.text} on all
          goods from China and China {cn.latest.text} on all goods from the U.S.
        </p>
        <p>
          Every number links to its source and to the page that explains it; a widely shared news
          article of May 2025 is <Link href="/claims">re-checked claim by claim</Link>, and{' '}
          <Link href={afterHref()}>what came after it</Link> is told from the record.
        </p>
      </header>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="visually-hidden">
          The tariffs over time
        </h2>
        <Chart id="tariff-history" eager />
      </section>

      <DataAge />

      <section className="section" aria-labelledby="tariffs-heading">
        <h2 id="tariffs-heading">
          Tariffs: the peak, what it was made of, and what the courts found
        </h2>
        <TariffFigures overview={o} />
      </section>

      <section className="section" aria-labelledby="after-heading">
        <h2 id="after-heading">After the article</h2>
        <AfterSummary chapters={o.afterArticle} />
      </section>

      <section className="section" aria-labelledby="trade-heading">
        <h2 id="trade-heading">Trade: smaller, and less of China’s business</h2>
        <TradeFigures overview={o} />
      </section>

      <section className="section" aria-labelledby="economy-heading">
        <h2 id="economy-heading">The economies in the weeks before the talks</h2>
        <EconomyFigures overview={o} />
      </section>

      <section className="section" aria-labelledby="check-heading">
        <h2 id="check-heading">The article, re-checked</h2>
        <FactCheckSummary claims={o.claims} />
      </section>
      <PageCite path="/" />
      <JsonLd data={websiteLd()} />
    </Static>
  );
}
