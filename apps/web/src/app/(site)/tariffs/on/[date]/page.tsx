import { dataset, ECONOMY_NAMES, tariffDayDates, tariffScaleMaxPct } from '@tradetalks/core';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageCite } from '@/components/page-cite';
import { StackPanel } from '@/components/tariffs/stack-panel';
import { eventHref, measureHref, tariffsDayHref, tariffsOnHref } from '@/lib/hrefs';
import { metadataFor } from '@/lib/pages';
import { tariffDayInfo } from '@/models/pages';
import { dayView } from '@/models/story/site-story';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';
import { Static } from '@/ui/static';

export const dynamicParams = false;

export function generateStaticParams() {
  return tariffDayDates(dataset).map((date) => ({ date }));
}

export async function generateMetadata({
  params,
}: PageProps<'/tariffs/on/[date]'>): Promise<Metadata> {
  const { date } = await params;
  return metadataFor(tariffsDayHref(date), tariffDayInfo(date));
}

export default async function TariffDayPage({ params }: PageProps<'/tariffs/on/[date]'>) {
  const { date } = await params;
  if (!tariffDayDates(dataset).includes(date)) notFound();
  const day = dayView(date);
  const maxPct = tariffScaleMaxPct(dataset);
  return (
    <Static>
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
        <h1>Tariffs in force on {day.dateText}</h1>
        <p className="lede">What took effect that day:</p>
        <ul>
          {day.changes.map((c) => (
            <li key={c.measureId}>
              <Link href={measureHref(c.measureId)}>{c.action}</Link> ({ECONOMY_NAMES[c.side]},{' '}
              {c.layerName}: {c.rateText})
              <SourceLine sources={c.sources} />
            </li>
          ))}
        </ul>
        {day.events.length > 0 ? (
          <p>
            The same day:{' '}
            {day.events.map((e, i) => (
              <span key={e.id}>
                {i > 0 ? '; ' : ''}
                <Link href={eventHref(e.id)}>{e.title}</Link>
              </span>
            ))}
            .
          </p>
        ) : null}
      </header>
      <div className="grid-2">
        {day.sides.map((side) => (
          <StackPanel key={side.side} day={day} side={side} maxPct={maxPct} />
        ))}
      </div>
      <nav aria-label="Other dates" className="pager section">
        {day.previousDate ? (
          <Link href={tariffsDayHref(day.previousDate)} rel="prev">
            <span aria-hidden="true">← </span>
            {dayView(day.previousDate).dateText}
          </Link>
        ) : (
          <span />
        )}
        {day.nextDate ? (
          <Link href={tariffsDayHref(day.nextDate)} rel="next">
            {dayView(day.nextDate).dateText}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </nav>
      <PageCite path={tariffsDayHref(date)} title={tariffDayInfo(date).title} />
    </Static>
  );
}
