import {
  dataset,
  ECONOMY_NAMES,
  formatDate,
  formatRate,
  formatUsdBn,
  type TariffMeasure,
} from '@tradetalks/core';
import { tariffsDayHref, tariffsOnHref } from '@/lib/hrefs';
import { stretchStarts } from '@/models/tariffs/stack-states';
import { SourceLine } from '@/ui/source-line';

const layerName = (id: string) => dataset.tariffLayers.find((l) => l.id === id)?.name ?? id;

function MeasureItem({ measure, starts }: { measure: TariffMeasure; starts: ReadonlySet<string> }) {
  return (
    <li className="measure" id={`measure-${measure.id}`}>
      <p className="measure__meta small">
        <time dateTime={measure.effectiveOn}>{formatDate(measure.effectiveOn)}</time>
        <span className={`tag tag--${measure.imposedBy}`}>
          {ECONOMY_NAMES[measure.imposedBy]} on {ECONOMY_NAMES[measure.on]}
        </span>
        {measure.status === 'conflict' ? (
          <span className="tag tag--warn">
            <span aria-hidden="true">⚠ </span>Sources disagree
          </span>
        ) : null}
      </p>
      <h3 className="measure__title">{measure.action}</h3>
      <dl className="measure__facts">
        <div>
          <dt>Rate</dt>
          <dd className="num">{measure.endsLayer ? 'Ended' : formatRate(measure.rate)}</dd>
        </div>
        {measure.coverageUsdBn !== undefined ? (
          <div>
            <dt>Goods covered</dt>
            <dd className="num">about {formatUsdBn(measure.coverageUsdBn, 0)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Layer</dt>
          <dd>{layerName(measure.layerId)}</dd>
        </div>
        <div>
          <dt>Legal basis</dt>
          <dd>{measure.legalBasis}</dd>
        </div>
        {measure.announcedOn ? (
          <div>
            <dt>Announced</dt>
            <dd>{formatDate(measure.announcedOn)}</dd>
          </div>
        ) : null}
      </dl>
      {measure.note ? <p className="small">{measure.note}</p> : null}
      <p className="small">
        <a
          href={
            starts.has(measure.effectiveOn)
              ? tariffsDayHref(measure.effectiveOn)
              : tariffsOnHref(measure.effectiveOn)
          }
        >
          Both stacks on that day
        </a>
      </p>
      <SourceLine ids={measure.sourceIds} />
    </li>
  );
}

/** Every tariff measure in the data, in effective-date order, each with its own anchor. */
export function MeasureList() {
  const starts = new Set(stretchStarts(dataset));
  const measures = [...dataset.tariffMeasures].sort(
    (a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.imposedBy.localeCompare(b.imposedBy),
  );
  return (
    <ol className="measures">
      {measures.map((m) => (
        <MeasureItem key={m.id} measure={m} starts={starts} />
      ))}
    </ol>
  );
}
