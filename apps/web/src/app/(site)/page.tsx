import { dataset, eventYears, formatDate, formatRate, getActor, story } from '@tradetalks/core';
import type { Metadata } from 'next';
import { Chart } from '@/charts/chart-figure';
import { EconomyFigures } from '@/components/home/economy-figures';
import { FactCheckSummary } from '@/components/home/fact-check-summary';
import { TalksList } from '@/components/home/talks-list';
import { TariffFigures } from '@/components/home/tariff-figures';
import { TradeFigures } from '@/components/home/trade-figures';
import { PageCite } from '@/components/page-cite';
import { statementHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { websiteLd } from '@/lib/site-ld';
import { JsonLd } from '@/ui/json-ld';
import { Link } from '@/ui/link';

export const metadata: Metadata = pageMetadata('/');

const EMBARGO_QUOTE = 'bessent-embargo';

export default function HomePage() {
  const s = story(dataset);
  const quote = dataset.statements.find((st) => st.id === EMBARGO_QUOTE);
  const speaker = quote ? getActor(dataset, quote.actorId) : undefined;
  return (
    <>
      <JsonLd data={websiteLd()} />
      <header className="page-intro hero">
        <p className="eyebrow">The U.S.–China trade conflict · data as of {formatDate(s.asOf)}</p>
        <h1>The trade conflict in numbers</h1>
        <p className="lede">
          By {formatDate(s.tariffs.chinaPeak.date)} the United States was charging{' '}
          {formatRate(s.tariffs.usPeak.allGoods)} on everything it bought from China, and China{' '}
          {formatRate(s.tariffs.chinaPeak.allGoods)} on everything it bought from the United States
          {quote && speaker ? (
            <>
              {' '}
              — “<Link href={statementHref(quote.id)}>{quote.text}</Link>”, as {speaker.name},{' '}
              {speaker.role}, put it
            </>
          ) : null}
          . Negotiators met, the rates came down, and by {formatDate(s.asOf)} they stood at{' '}
          {formatRate(s.tariffs.usNow.allGoods)} and {formatRate(s.tariffs.chinaNow.allGoods)}.
        </p>
        <p>
          Here is the story figure by figure. Every number links to its source and to the page that
          explains it, and a widely shared news article from that week is{' '}
          <Link href="/claims">re-checked claim by claim</Link>.
        </p>
      </header>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="visually-hidden">
          The tariffs over time
        </h2>
        <Chart id="tariff-history" />
      </section>

      <section className="section" aria-labelledby="tariffs-heading">
        <h2 id="tariffs-heading">Tariffs: the peak, and what it was made of</h2>
        <TariffFigures story={s} />
      </section>

      <section className="section" aria-labelledby="trade-heading">
        <h2 id="trade-heading">Trade: smaller, and less of China’s business</h2>
        <TradeFigures story={s} />
      </section>

      <section className="section" aria-labelledby="economy-heading">
        <h2 id="economy-heading">The economies in the weeks before the talks</h2>
        <EconomyFigures story={s} />
      </section>

      <section className="section" aria-labelledby="talks-heading">
        <h2 id="talks-heading">The talks: who met whom</h2>
        <TalksList />
        <p>
          <Link href="/timeline">The full timeline, both ways, from {eventYears(dataset)[0]}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="check-heading">
        <h2 id="check-heading">The article, re-checked</h2>
        <FactCheckSummary />
      </section>
      <PageCite path="/" />
    </>
  );
}
