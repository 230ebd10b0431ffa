import { dataset, formatDate, type Series, seriesPoints, sourceRefs } from '@tradetalks/core';
import { SourceLine } from '@/ui/source-line';

const UNITS: Record<Series['unit'], string> = {
  'usd-bn': 'US$ billions',
  'usd-mn': 'US$ millions',
  'usd-bn-chained-2017': 'US$ billions of 2017 (chained)',
  percent: 'percent',
  index: 'index points',
};

/** Every series: what it measures, its basis, method and vintages, and where its figures come from. */
export function SeriesCatalogue() {
  return (
    <ul className="series-list">
      {dataset.series.map((s) => {
        const points = seriesPoints(s);
        const first = points[0];
        const last = points.at(-1);
        return (
          <li key={s.id} id={`series-${s.id}`} className="series">
            <h3 className="series__title">{s.title}</h3>
            <p className="small">
              <code>{s.id}</code> · {UNITS[s.unit]} · {s.frequency} · {s.observations.length}{' '}
              observations
              {first && last ? `, ${formatDate(first.period)} to ${formatDate(last.period)}` : ''}
            </p>
            <p className="small">{s.basis}</p>
            {s.method ? <p className="small">Method: {s.method}</p> : null}
            {s.vintages && s.vintages.length > 0 ? (
              <p className="small">Vintages: {s.vintages.map((v) => v.label).join('; ')}.</p>
            ) : null}
            {s.note ? <p className="small">{s.note}</p> : null}
            <SourceLine
              sources={sourceRefs(
                dataset,
                s.observations.flatMap((o) => o.sourceIds),
              )}
            />
          </li>
        );
      })}
    </ul>
  );
}
