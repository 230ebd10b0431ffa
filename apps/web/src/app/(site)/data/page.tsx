import { CSV_TABLES, csvFileName, dataset, formatDate, formatNumber } from '@tradetalks/core';
import type { Metadata } from 'next';
import { chartTables } from '@/charts/tables';
import { SeriesCatalogue } from '@/components/data/series-catalogue';
import { PageCite } from '@/components/page-cite';
import { dataFiles } from '@/lib/downloads';
import { changesHref, chartCsvHref, FEED_HREF } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { datasetLd } from '@/lib/site-ld';
import { JsonLd } from '@/ui/json-ld';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';

export const metadata: Metadata = pageMetadata('/data');

const KIB = 1024;
const size = (text: string) => `${formatNumber(new TextEncoder().encode(text).length / KIB)} KB`;

const SNIPPET = `import { dataset, overview, tariffDay } from '@tradetalks/core';

// The headline figures, decided by core, as of a day you choose (here: the data's own date)
const { tariffs, ageText } = overview(dataset, dataset.asOf);
console.log(ageText, '·', tariffs[0].peak.text, 'from', tariffs[0].peak.dateText);

// Both stacks on any day, layer by layer, with each layer's later legal status
const day = tariffDay(dataset, '2025-04-10');
if (day.ok) {
  for (const layer of day.view.sides[0].layers) {
    console.log(layer.name, layer.rateText, layer.legal?.label ?? '');
  }
}`;

export default function DataPage() {
  const files = dataFiles(dataset);
  const file = (name: string) => files.get(name) ?? '';
  const rowCount = (name: string) => Math.max(0, file(name).trimEnd().split('\r\n').length - 1);
  const charts = chartTables(dataset);
  return (
    <Static>
      <header className="page-intro">
        <p className="eyebrow">Data</p>
        <h1>Download the data</h1>
        <p className="lede">
          Everything on this site comes from one dataset, version {dataset.version}, as of{' '}
          {formatDate(dataset.asOf)} (its latest verified event). Take it whole, table by table, or
          chart by chart. It is free to reuse under {dataset.licence.name}, with credit.
        </p>
      </header>

      <section aria-labelledby="whole-heading">
        <h2 id="whole-heading">The whole dataset</h2>
        <ul className="downloads">
          <li>
            <a href="/data/dataset.json" download>
              dataset.json
            </a>{' '}
            <span className="muted small">{size(file('dataset.json'))}</span>
            <p className="small">
              Every record: {dataset.sources.length} sources, {dataset.actors.length} people and
              institutions, {dataset.events.length} events, {dataset.tariffMeasures.length} tariff
              measures, {dataset.series.length} series, {dataset.statements.length} statements,{' '}
              {dataset.claims.length} claims, {dataset.scheduled.length} changes scheduled after the
              verified data, and the release history.
            </p>
          </li>
          <li>
            <a href="/data/dataset.schema.json" download>
              dataset.schema.json
            </a>{' '}
            <span className="muted small">{size(file('dataset.schema.json'))}</span>
            <p className="small">
              Its JSON Schema (draft 2020-12): every field, its type and what it means. How the
              schema is made and checked is under “For developers” below.
            </p>
          </li>
          <li>
            <a href="/data/datapackage.json" download>
              datapackage.json
            </a>{' '}
            <span className="muted small">{size(file('datapackage.json'))}</span>
            <p className="small">
              A Frictionless Tabular Data Package describing the CSV files below: fields, types and
              units.
            </p>
          </li>
        </ul>
      </section>

      <section className="section" aria-labelledby="tables-heading">
        <h2 id="tables-heading">One CSV per table</h2>
        <ul className="downloads downloads--grid">
          {CSV_TABLES.map((t) => (
            <li key={t.name}>
              <a href={`/data/${csvFileName(t.name)}`} download>
                {csvFileName(t.name)}
              </a>{' '}
              <span className="muted small">
                {rowCount(csvFileName(t.name))} rows · {size(file(csvFileName(t.name)))}
              </span>
              <p className="small">
                <strong>{t.title}.</strong> {t.description}
              </p>
              <details>
                <summary className="small">{t.fields.length} columns</summary>
                <ul className="fields small">
                  {t.fields.map((f) => (
                    <li key={f.name}>
                      <code>{f.name}</code> ({f.type}
                      {f.unit ? `, ${f.unit}` : ''}): {f.description}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="releases-heading">
        <h2 id="releases-heading">Releases</h2>
        <p>
          Version {dataset.version} is the latest of {dataset.releases.length} releases.{' '}
          <Link href={changesHref()}>What each release added, revised and removed</Link>, also as an{' '}
          <a href={FEED_HREF} type="application/atom+xml">
            Atom feed
          </a>
          .
        </p>
      </section>

      <section className="section" aria-labelledby="npm-heading">
        <h2 id="npm-heading">For developers: the npm package</h2>
        <p>
          The same data with its calculations and formatters, typed, with no runtime dependencies:{' '}
          <code>npm install @tradetalks/core</code> (the zod schemas are in{' '}
          <code>@tradetalks/core/schema</code>). The JSON Schema above is generated from those
          schemas; ids that must resolve across records are checked by <code>parseDataset</code>.
        </p>
        <pre>
          <code>{SNIPPET}</code>
        </pre>
      </section>

      <section className="section" aria-labelledby="charts-heading">
        <h2 id="charts-heading">The data behind each chart</h2>
        <details>
          <summary>{charts.length} chart CSV files</summary>
          <ul className="chart-files small">
            {charts.map((t) => (
              <li key={t.id}>
                <a href={chartCsvHref(t.id)} download>
                  {t.title}
                </a>
              </li>
            ))}
          </ul>
        </details>
      </section>

      <section className="section" aria-labelledby="series-heading">
        <h2 id="series-heading">The series</h2>
        <p>Read a series’ basis before comparing it with another.</p>
        <SeriesCatalogue />
      </section>
      <PageCite path="/data" />
      <JsonLd data={datasetLd(dataset)} />
    </Static>
  );
}
