import type { Overview, SideHeadline } from '@tradetalks/core';
import { StatFigure } from '@/components/stat-figure';
import { afterHref, claimTopicHref, tariffsDayHref, tariffsOnHref } from '@/lib/hrefs';
import { mergeSources } from '@/lib/sources';
import { SourceLine } from '@/ui/source-line';
import { LegalStatus } from '../tariffs/legal-status';

function SideFigure({ id, side }: { id: string; side: SideHeadline }) {
  const { peak, peakListed, latest, latestListed } = side;
  return (
    <StatFigure
      id={id}
      label={`${side.title}, on all goods at the peak`}
      value={peak.text}
      sources={mergeSources(peak.sources, peakListed.sources)}
      explain={
        peak.date === undefined
          ? undefined
          : { href: tariffsDayHref(peak.date), label: `Every layer on ${peak.dateText}` }
      }
      check={{ href: claimTopicHref('tariffs'), label: 'Fact check: the tariff claims' }}
    >
      <p>
        From {peak.dateText}: {side.peakMadeOf}. The most a listed good paid was{' '}
        <strong>{peakListed.text}</strong>
        {peakListed.note ? ` (${peakListed.note}, on ${peakListed.dateText})` : ''}.
      </p>
      {side.peakLegal[0] ? (
        <>
          <LegalStatus
            legal={side.peakLegal[0].legal}
            layer={side.peakLegal.map((l) => l.layer).join(' and ')}
          />
          <p className="small">
            <a href={afterHref('ruling')}>What followed the ruling</a>
          </p>
        </>
      ) : null}
      <p className="latest-line">
        On {latest.dateText}, the last verified day: <strong>{latest.text}</strong> on all goods
        {side.latestMadeOf && latest.value > 0 ? ` (${side.latestMadeOf})` : ''}, up to{' '}
        {latestListed.text} on a listed good
        {side.latestLegal.length > 0
          ? `; ${side.latestLegal.map((l) => `${l.layer}: ${l.legal.label}`).join('; ')}`
          : ''}
        .
        {latest.date === undefined ? null : (
          <>
            {' '}
            <a href={tariffsOnHref(latest.date)}>Every layer that day</a>
          </>
        )}
      </p>
      <SourceLine label="Sources for that day" sources={latest.sources} />
    </StatFigure>
  );
}

/** The two peaks, what they were made of, what the courts later found, and the last verified day. */
export function TariffFigures({ overview }: { overview: Overview }) {
  const [us, cn] = overview.tariffs;
  return (
    <div className="grid-2">
      <SideFigure id="figure-us-tariff" side={us} />
      <SideFigure id="figure-china-tariff" side={cn} />
    </div>
  );
}
