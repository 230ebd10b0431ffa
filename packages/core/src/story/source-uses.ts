import { citationsBySource } from '../calc/lookup';
import type { Dataset, RecordCollection } from '../types';
import { perDataset } from './memo';

/** A record that rests on a source, with the label a reader knows it by. */
export interface SourceUse {
  readonly collection: RecordCollection;
  readonly id: string;
  readonly label: string;
}

/**
 * Every record resting on each source, keyed by source id: what `citationsBySource` counts
 * (actors, events, measures, series, statements, claims and their context), and also the
 * figures events report, what came after a claim, the courts' findings on a tariff layer and
 * the changes scheduled after the verified data. Sources no record rests on map to `[]`.
 */
export const sourceUses = /* @__PURE__ */ perDataset(
  (dataset: Dataset): ReadonlyMap<string, readonly SourceUse[]> => {
    const out = new Map<string, SourceUse[]>(
      [...citationsBySource(dataset)].map(([id, list]) => [id, [...list]]),
    );
    const add = (ids: readonly string[], use: SourceUse) => {
      for (const id of new Set(ids)) {
        const list = out.get(id);
        if (list && !list.some((u) => u.collection === use.collection && u.id === use.id)) {
          list.push(use);
        }
      }
    };
    for (const e of dataset.events) {
      add(
        (e.figures ?? []).flatMap((f) => f.sourceIds),
        { collection: 'events', id: e.id, label: e.title },
      );
    }
    for (const c of dataset.claims) {
      add(
        (c.after ?? []).flatMap((n) => n.sourceIds),
        { collection: 'claims', id: c.id, label: c.text },
      );
    }
    for (const l of dataset.tariffLayers) {
      add(
        (l.legalHistory ?? []).flatMap((f) => f.sourceIds),
        { collection: 'tariffLayers', id: l.id, label: l.name },
      );
    }
    for (const s of dataset.scheduled) {
      add(s.sourceIds, { collection: 'scheduled', id: s.id, label: s.title });
    }
    return out;
  },
);
