import { dataset, ECONOMY_NAMES, formatDate } from '@tradetalks/core';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageCite } from '@/components/page-cite';
import { StackPanel } from '@/components/tariffs/stack-panel';
import { measureHref, tariffsDayHref, tariffsOnHref } from '@/lib/hrefs';
import { metadataFor } from '@/lib/pages';
import { statesOn, tariffDayInfo } from '@/models/pages';
import { stackScaleMaxPct, stretchStarts } from '@/models/tariffs/stack-states';
import { Link } from '@/ui/link';

export const dynamicParams = false;

export function generateStaticParams() {
  return stretchStarts(dataset).map((date) => ({ date }));
}

export async function generateMetadata({
  params,
}: PageProps<'/tariffs/on/[date]'>): Promise<Metadata> {
  const { date } = await params;
  return metadataFor(tariffsDayHref(date), tariffDayInfo(dataset, date));
}

export default async function TariffDayPage({ params }: PageProps<'/tariffs/on/[date]'>) {
  const { date } = await params;
  const starts = stretchStarts(dataset);
  if (!starts.includes(date)) notFound();
  const states = statesOn(dataset, date);
  const i = starts.indexOf(date);
  const previous = starts[i - 1];
  const next = starts[i + 1];
  const changes = dataset.tariffMeasures.filter((m) => m.effectiveOn === date);
  const maxPct = stackScaleMaxPct(dataset);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/tariffs">Tariffs</Link>
          </li>
          <li>
            <Link href={tariffsOnHref(date)}>Explore this date</Link>
          </li>
        </ol>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Tariffs on one day</p>
        <h1>Tariffs in force on {formatDate(date)}</h1>
        {changes.length > 0 ? (
          <>
            <p className="lede">What took effect that day:</p>
            <ul>
              {changes.map((m) => (
                <li key={m.id}>
                  <Link href={measureHref(m.id)}>{m.action}</Link> ({ECONOMY_NAMES[m.imposedBy]} on{' '}
                  {ECONOMY_NAMES[m.on]})
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="lede">The start of the data: no additional tariff in force yet.</p>
        )}
      </header>
      <div className="grid-2">
        {states.map((state) =>
          state ? <StackPanel key={state.side} state={state} maxPct={maxPct} /> : null,
        )}
      </div>
      <nav aria-label="Other dates" className="pager section">
        {previous ? (
          <Link href={tariffsDayHref(previous)} rel="prev">
            <span aria-hidden="true">← </span>
            {formatDate(previous)}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={tariffsDayHref(next)} rel="next">
            {formatDate(next)}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </nav>
      <PageCite path={tariffsDayHref(date)} title={tariffDayInfo(dataset, date).title} />
    </>
  );
}
