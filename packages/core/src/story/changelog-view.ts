import { compareIso, firstDayOf } from '../calc/dates';
import { CHANGE_LABELS, COLLECTION_LABELS } from '../format/collection-labels';
import type { Dataset, RecordCollection } from '../types';
import { perDataset } from './memo';
import { type ReleaseView, releasesView } from './releases-view';
import { type EventView, eventViewOf } from './timeline-view';

/** One release as a changelog or a feed shows it. */
export interface ChangelogRelease extends ReleaseView {
  /** The records it touched, one group per kind of change and collection, in release order. */
  readonly groups: readonly {
    readonly change: 'added' | 'revised' | 'removed';
    readonly collection: RecordCollection;
    /** "Events added", "Sources revised". */
    readonly label: string;
    readonly records: readonly { readonly id: string; readonly label: string }[];
  }[];
  /** The events it added that the data still holds, latest first: what happened, as news. */
  readonly newEvents: readonly EventView[];
}

/**
 * What changed in the data, release by release (newest first): each release's records grouped
 * by kind of change and collection, and the events it added. For a "What changed" page, an
 * Atom feed or a terminal's changelog.
 */
export const changelogView = /* @__PURE__ */ perDataset(
  (dataset: Dataset): readonly ChangelogRelease[] => {
    const eventIds = new Set(dataset.events.map((e) => e.id));
    return releasesView(dataset).map((release) => {
      const groups = new Map<string, ChangelogRelease['groups'][number]>();
      for (const c of release.changes) {
        const key = `${c.change}|${c.collection}`;
        const group = groups.get(key);
        groups.set(key, {
          change: c.change,
          collection: c.collection,
          label: `${COLLECTION_LABELS[c.collection].many} ${CHANGE_LABELS[c.change]}`,
          records: [...(group?.records ?? []), ...c.records],
        });
      }
      const added = release.changes
        .filter((c) => c.change === 'added' && c.collection === 'events')
        .flatMap((c) => c.records.map((r) => r.id))
        .filter((id) => eventIds.has(id));
      const newEvents = [...new Set(added)]
        .map((id) => eventViewOf(dataset, id))
        .sort((a, b) => compareIso(firstDayOf(b.date), firstDayOf(a.date)));
      return { ...release, groups: [...groups.values()], newEvents };
    });
  },
);
