import type { Line } from '../lines/line';
import { seg } from '../lines/line';
import type { ListScreen } from '../screen/lists';
import type { ListState } from '../state/app-state';
import { LinesView } from './lines-view';

const EMPTY: Line = [seg('  Nothing matches. Esc clears the filter.', 'muted')];

/** A list's header, then the items that fit from `list.top`, the selected one marked. */
export const ListPane = ({
  screen,
  list,
  height,
}: {
  readonly screen: ListScreen;
  readonly list: ListState;
  readonly height: number;
}) => {
  const rows: Line[] = [...screen.header];
  const end = Math.min(screen.count, list.top + screen.visibleFrom(list.top));
  for (let index = list.top; index < end; index++)
    rows.push(...screen.item(index, index === list.cursor));
  if (screen.count === 0) rows.push(EMPTY);
  return <LinesView lines={rows.slice(0, height)} height={height} />;
};
