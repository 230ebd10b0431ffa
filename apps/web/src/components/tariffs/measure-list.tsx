import {
  dataset,
  ECONOMY_NAMES,
  formatDate,
  formatRate,
  formatUsdBn,
  type LayerView,
  sourceRefs,
  type TariffMeasure,
  tariffDayDates,
} from '@tradetalks/core';
import { tariffsDayHref, tariffsOnHref } from '@/lib/hrefs';
import { dayView } from '@/models/story/site-story';
import { SourceLine } from '@/ui/source-line';
import { LegalStatus } from './legal-status';

const layerName = (id: string) => dataset.tariffLayers.find((l) => l.id === id)?.name ?? id;

/** The layer a measure set, as core's stack on its first day shows it (with its legal status). */
const layerOn = (measure: TariffMeasure): LayerView | undefined =>
  dayView(measure.effectiveOn)
    .sides.find((s) => s.side === measure.imposedBy)
    ?.layers.find((l) => l.measureId === measure.id);

function MeasureItem({
  measure,
  dayPages,
  firstOfLayer,
}: {
  measure: TariffMeasure;
  dayPages: ReadonlySet<string>;
  firstOfLayer: boolean;
}) {
  const layer = measure.endsLayer ? undefined : layerOn(measure);
  return (
    <li className="measure" id={`measure-${measure.id}`}>
      {firstOfLayer ? <span id={`layer-${measure.layerId}`} /> : null}
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
      {layer?.legal ? <LegalStatus legal={layer.legal} /> : null}
      <p className="small">
        <a
          href={
            dayPages.has(measure.effectiveOn)
              ? tariffsDayHref(measure.effectiveOn)
              : tariffsOnHref(measure.effectiveOn)
          }
        >
          Both stacks on that day
        </a>
      </p>
      <SourceLine sources={sourceRefs(dataset, measure.sourceIds)} />
    </li>
  );
}

/** Every tariff measure in the data, in effective-date order, each with its own anchor. */
export function MeasureList() {
  const dayPages = new Set(tariffDayDates(dataset));
  const measures = [...dataset.tariffMeasures].sort(
    (a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.imposedBy.localeCompare(b.imposedBy),
  );
  const seen = new Set<string>();
  return (
    <ol className="measures">
      {measures.map((m) => {
        const first = !seen.has(m.layerId);
        seen.add(m.layerId);
        return <MeasureItem key={m.id} measure={m} dayPages={dayPages} firstOfLayer={first} />;
      })}
    </ol>
  );
}
