import { dataset, formatDate, seriesPoints } from '@tradetalks/core';
import { SourceLine } from '@/ui/source-line';

const UNITS = { 'usd-bn': 'US$ billions', percent: 'percent', index: 'index points' } as const;

/** Every series: what it measures, its basis and vintages, and where its figures come from. */
export function SeriesCatalogue() {
  return (
    <ul className="series-list">
      {dataset.series.map((s) => {
        const points = seriesPoints(s);
        const first = points[0];
        const last = points[points.length - 1];
        return (
          <li key={s.id} id={`series-${s.id}`} className="series">
            <h3 className="series__title">{s.title}</h3>
            <p className="small">
              <code>{s.id}</code> · {UNITS[s.unit]} · {s.frequency} · {s.observations.length}{' '}
              observations
              {first && last ? `, ${formatDate(first.period)} to ${formatDate(last.period)}` : ''}
            </p>
            <p className="small">{s.basis}</p>
            {s.vintages && s.vintages.length > 0 ? (
              <p className="small">Vintages: {s.vintages.map((v) => v.label).join('; ')}.</p>
            ) : null}
            {s.note ? <p className="small">{s.note}</p> : null}
            <SourceLine ids={s.observations.flatMap((o) => o.sourceIds)} />
          </li>
        );
      })}
    </ul>
  );
}
