import type { RecordCollection } from '../types';

/** What each kind of record is called, one and many: for a changelog, a feed, a source's citations. */
export const COLLECTION_LABELS: Record<
  RecordCollection,
  { readonly one: string; readonly many: string }
> = {
  sources: { one: 'Source', many: 'Sources' },
  actors: { one: 'Person or institution', many: 'People and institutions' },
  events: { one: 'Event', many: 'Events' },
  tariffLayers: { one: 'Tariff layer', many: 'Tariff layers' },
  tariffMeasures: { one: 'Tariff measure', many: 'Tariff measures' },
  series: { one: 'Series', many: 'Series' },
  statements: { one: 'Statement', many: 'Statements' },
  claims: { one: 'Claim', many: 'Claims' },
  scheduled: { one: 'Scheduled change', many: 'Scheduled changes' },
};

/** A release's kinds of change, as a changelog says them. */
export const CHANGE_LABELS = { added: 'added', revised: 'revised', removed: 'removed' } as const;
