import { formatDate } from '../format/date';
import type { Dataset, RecordCollection } from '../types';
import { perDataset } from './memo';
import { sourceLabel } from './source-ref';

/** One release of the data, with the records it touched named, for a changelog or a feed. */
export interface ReleaseView {
  readonly version: string;
  readonly date: string;
  readonly dateText: string;
  readonly summary: string;
  readonly changes: readonly {
    readonly change: 'added' | 'revised' | 'removed';
    readonly collection: RecordCollection;
    /** Each record with a label a reader knows it by (removed records keep their id). */
    readonly records: readonly { readonly id: string; readonly label: string }[];
  }[];
}

const labels = (dataset: Dataset): Record<RecordCollection, ReadonlyMap<string, string>> => ({
  sources: new Map(dataset.sources.map((s) => [s.id, `${sourceLabel(s)}: ${s.title}`])),
  actors: new Map(dataset.actors.map((a) => [a.id, a.name])),
  events: new Map(dataset.events.map((e) => [e.id, e.title])),
  tariffLayers: new Map(dataset.tariffLayers.map((l) => [l.id, l.name])),
  tariffMeasures: new Map(dataset.tariffMeasures.map((m) => [m.id, m.action])),
  series: new Map(dataset.series.map((s) => [s.id, s.title])),
  statements: new Map(dataset.statements.map((s) => [s.id, s.text])),
  claims: new Map(dataset.claims.map((c) => [c.id, c.text])),
  scheduled: new Map(dataset.scheduled.map((c) => [c.id, c.title])),
});

/** Every release, newest first, with its records named. */
export const releasesView = /* @__PURE__ */ perDataset((dataset): readonly ReleaseView[] => {
  const byCollection = labels(dataset);
  return [...dataset.releases].reverse().map((r) => ({
    version: r.version,
    date: r.date,
    dateText: formatDate(r.date),
    summary: r.summary,
    changes: r.changes.map((c) => ({
      change: c.change,
      collection: c.collection,
      records: c.ids.map((id) => ({ id, label: byCollection[c.collection].get(id) ?? id })),
    })),
  }));
});
