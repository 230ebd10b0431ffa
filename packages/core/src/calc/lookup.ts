import type { ActorId, SourceId } from '../data/ids';
import type { Actor, Dataset, Source } from '../types';

/** The source with this id (typed from the data). @throws RangeError when there is none. */
export const getSource = (dataset: Dataset, id: SourceId): Source => {
  const found = dataset.sources.find((s) => s.id === id);
  if (found === undefined) throw new RangeError(`no source "${id}" in the dataset`);
  return found;
};

/** The actor with this id (typed from the data). @throws RangeError when there is none. */
export const getActor = (dataset: Dataset, id: ActorId): Actor => {
  const found = dataset.actors.find((a) => a.id === id);
  if (found === undefined) throw new RangeError(`no actor "${id}" in the dataset`);
  return found;
};

/** A record that cites a source: its collection and id, and a human label. */
export interface Citation {
  readonly collection: 'actors' | 'events' | 'tariffMeasures' | 'series' | 'statements' | 'claims';
  readonly id: string;
  readonly label: string;
}

/** Every record citing each source, keyed by source id (sources cited by none map to []). */
export const citationsBySource = (dataset: Dataset): ReadonlyMap<string, readonly Citation[]> => {
  const out = new Map<string, Citation[]>(dataset.sources.map((s) => [s.id, []]));
  const add = (ids: readonly string[], citation: Citation) => {
    for (const id of new Set(ids)) out.get(id)?.push(citation);
  };
  for (const a of dataset.actors)
    add(a.sourceIds, { collection: 'actors', id: a.id, label: a.name });
  for (const e of dataset.events)
    add(e.sourceIds, { collection: 'events', id: e.id, label: e.title });
  for (const m of dataset.tariffMeasures) {
    add(m.sourceIds, { collection: 'tariffMeasures', id: m.id, label: m.action });
  }
  for (const s of dataset.series) {
    add(
      s.observations.flatMap((o) => o.sourceIds),
      { collection: 'series', id: s.id, label: s.title },
    );
  }
  for (const s of dataset.statements) {
    add(s.sourceIds, { collection: 'statements', id: s.id, label: s.text });
  }
  for (const c of dataset.claims) {
    add([...c.sourceIds, ...(c.context ?? []).flatMap((x) => x.sourceIds)], {
      collection: 'claims',
      id: c.id,
      label: c.text,
    });
  }
  return out;
};
