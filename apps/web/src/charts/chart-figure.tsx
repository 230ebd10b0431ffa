import { dataset } from '@tradetalks/core';
import { chartCsvHref, chartDrawingHref, chartPngHref, chartSvgHref } from '@/lib/hrefs';
import { siteOverview } from '@/models/story/site-story';
import { SourceLine } from '@/ui/source-line';
import { Static } from '@/ui/static';
import { ChartEvents } from './chart-events';
import { ChartLegend } from './chart-legend';
import { ChartReuse } from './chart-reuse';
import { DataTable } from './data-table';
import { joinSigns } from './describe';
import { legendPlot, zoomLegendLabel } from './draw';
import { chartDrawingSize } from './drawing-file';
import { type ChartId, chartEntry, chartSpec } from './registry';
import type { ChartSpec } from './types';

/** Below this width of the viewport a full-width chart's container is narrower than 40rem. */
const WIDE_MEDIA = '(min-width: 46rem)';

/**
 * The drawings of a chart as images of the files the build makes (`/charts/<id>.<layout>.svg`),
 * one for a wide space and one for a narrow one, shown by a container query. An image, not
 * inline SVG: the page's HTML (and the data Next.js inlines for hydration) then carries no
 * drawing at all, only the text alternative and the table. `eager` (the chart at the top of a
 * page) loads at once, picking its drawing by the viewport, at low priority: a few KB that
 * never hold up the text above it; the others load when near.
 */
function Drawings({
  spec,
  summaryId,
  eager,
}: {
  spec: ChartSpec;
  summaryId: string;
  eager: boolean;
}) {
  const alt = `${spec.title} (chart; described below)`;
  const wide = chartDrawingSize(spec, 'wide');
  const narrow = chartDrawingSize(spec, 'narrow');
  if (eager) {
    return (
      <picture className="chart__picture">
        <source
          media={WIDE_MEDIA}
          srcSet={chartDrawingHref(spec.id, 'wide')}
          width={wide.width}
          height={wide.height}
        />
        <img
          className="chart__img"
          src={chartDrawingHref(spec.id, 'narrow')}
          width={narrow.width}
          height={narrow.height}
          alt={alt}
          aria-describedby={summaryId}
          fetchPriority="low"
        />
      </picture>
    );
  }
  return (
    <>
      {(['wide', 'narrow'] as const).map((layout) => {
        const size = layout === 'wide' ? wide : narrow;
        return (
          // biome-ignore lint/performance/noImgElement: a static export's SVG, sized; next/image would add client JavaScript and do nothing for SVG
          <img
            key={layout}
            className={`chart__img chart__drawing chart__drawing--${layout}`}
            src={chartDrawingHref(spec.id, layout)}
            width={size.width}
            height={size.height}
            alt={alt}
            aria-describedby={summaryId}
            loading="lazy"
            decoding="async"
          />
        );
      })}
    </>
  );
}

/**
 * A chart with everything a reader needs around it: title, units, legend, the drawing (for a
 * wide and a narrow space), a text alternative generated from the data, notes, the sources,
 * the data's age, the same numbers as a table, and the reuse kit (CSV, SVG, PNG, citation,
 * embed code).
 */
export function ChartFigure({
  spec,
  page,
  headingLevel = 3,
  reuse = true,
  eager = false,
}: {
  spec: ChartSpec;
  /** The page the chart lives on, for its citation and embed code. */
  page: string;
  headingLevel?: 1 | 2 | 3;
  /** Off in the embed view, which links back to the page instead. */
  reuse?: boolean;
  /** The chart a page opens with: its drawing loads at once. */
  eager?: boolean;
}) {
  const titleId = `${spec.id}-title`;
  const summaryId = `${spec.id}-summary`;
  const Heading = headingLevel === 1 ? 'h1' : headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className={`chart chart--${spec.plot.kind}`} id={spec.id} aria-labelledby={titleId}>
      <figcaption className="chart__head">
        <Heading id={titleId} className="chart__title">
          {spec.title}
        </Heading>
        <p className="chart__units">{spec.units}</p>
      </figcaption>
      <ChartLegend
        plot={legendPlot(spec)}
        zoom={
          spec.plot.kind === 'panels' && spec.plot.showZoom && spec.plot.panels.length > 1
            ? zoomLegendLabel(spec.plot)
            : undefined
        }
        periods={spec.plot.kind === 'panels' ? spec.plot.periods : []}
      />
      <div className="chart__plot">
        <Drawings spec={spec} summaryId={summaryId} eager={eager} />
      </div>
      {spec.plot.kind === 'panels' ? <ChartEvents plot={spec.plot} /> : null}
      <p className="chart__summary" id={summaryId}>
        {joinSigns(spec.summary)}
      </p>
      {spec.notes && spec.notes.length > 0 ? (
        <ul className="chart__notes">
          {spec.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <div className="chart__meta">
        {spec.sourcesListedAt ? (
          <p className="source-line">
            <span className="source-line__label">Sources:</span> {spec.sources.length} sources, each
            cited by the record it supports:{' '}
            <a href={spec.sourcesListedAt.href}>{spec.sourcesListedAt.label}</a>.
          </p>
        ) : (
          <SourceLine sources={spec.sources} allSourcesLink />
        )}
        <p>{siteOverview().ageText}.</p>
      </div>
      <details className="chart__data">
        <summary>Show the numbers as a table</summary>
        <DataTable caption={spec.title} columns={spec.columns} rows={spec.rows} />
      </details>
      {reuse ? (
        <ChartReuse spec={spec} page={page} />
      ) : (
        <p className="chart__download">
          <a href={chartCsvHref(spec.id)}>Data (CSV)</a> · <a href={chartSvgHref(spec.id)}>SVG</a> ·{' '}
          <a href={chartPngHref(spec.id)}>PNG</a>
        </p>
      )}
    </figure>
  );
}

/** A chart of the registry, by id, with its page, sent as static HTML (it holds no island). */
export function Chart({
  id,
  headingLevel,
  eager = false,
}: {
  id: ChartId;
  headingLevel?: 2 | 3;
  eager?: boolean;
}) {
  return (
    <Static>
      <ChartFigure
        spec={chartSpec(dataset, id)}
        page={chartEntry(id).page}
        eager={eager}
        {...(headingLevel ? { headingLevel } : {})}
      />
    </Static>
  );
}
