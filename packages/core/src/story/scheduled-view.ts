import { compareIso } from '../calc/dates';
import { formatDate } from '../format/date';
import type { Dataset, Economy, ScheduledChange } from '../types';
import { type SourceRef, sourceRefs } from './source-ref';

/** A change due after the verified data, whose outcome is not established. */
export interface ScheduledView {
  readonly id: string;
  readonly date: string;
  readonly dateText: string;
  readonly side: Economy;
  readonly title: string;
  readonly summary: string;
  readonly sources: readonly SourceRef[];
}

const scheduledView = (dataset: Dataset, change: ScheduledChange): ScheduledView => ({
  id: change.id,
  date: change.date,
  dateText: formatDate(change.date),
  side: change.imposedBy,
  title: change.title,
  summary: change.summary,
  sources: sourceRefs(dataset, change.sourceIds),
});

/** Every change due after the verified data, in date order (U.S. first on a tie). */
export const scheduledViews = (
  dataset: Dataset,
  changes: readonly ScheduledChange[] = dataset.scheduled,
): readonly ScheduledView[] =>
  [...changes]
    .sort((a, b) => compareIso(a.date, b.date) || compareIso(b.imposedBy, a.imposedBy))
    .map((c) => scheduledView(dataset, c));
